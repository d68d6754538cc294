import pytest

from plainsum.checks.claims import find_claims


@pytest.mark.parametrize(
    "text,rule",
    [
        ("This drug is a cure for MS.", "cure"),
        ("The new pill could cure fatigue.", "cure"),
        ("Scientists hail a breakthrough in repair.", "breakthrough"),
        ("It is a game-changer for people with MS.", "breakthrough"),
        ("The study proves that diet matters.", "proves"),
        ("You should stop taking your current drug.", "advice"),
        ("Patients should ask for this drug.", "advice"),
        ("People with MS should start taking vitamin D.", "advice"),
        ("The treatment is guaranteed to work.", "guarantee"),
        ("This drug will help everyone with MS.", "certainty"),
    ],
)
def test_overclaims_caught(text, rule):
    assert rule in [r.name for r, _, _ in find_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "There is no cure for MS yet.",
        "This study does not prove that diet matters.",
        "It cannot prove that smoking causes worse MS.",
        "The drug is not a cure.",
        "Talk with your doctor or care team before you start taking anything new.",
        "The team measured how curious children were.",
        "Researchers found fewer relapses in the treated group.",
    ],
)
def test_hedged_and_plain_text_passes(text):
    assert find_claims(text) == []
