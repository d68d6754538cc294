"""What a draft says the paper studied, defined or stated is the paper's whole (issue 9, from
the readings of stop 51): one trial's comparison is no review's aim, a long form read from inside
another code is no definition, a sample that may not stand for everyone is a stated limit, and
where and when studies were done never heads. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.abbreviations import find_definitions
from plainsum.plain.aim import studied_from
from plainsum.plain.headline.choose import _WHERE_WHEN_DONE
from plainsum.plain.limits import states_a_limit
from plainsum.plain.source import source_sentences


def _studied(results: str) -> str | None:
    built = studied_from(source_sentences(parse(results)), review=True)
    return built[0] if built else None


@pytest.mark.parametrize(
    "one",
    [
        "In the single trial comparing cream A to cream B, there was no clear difference with "
        "the use of cream A compared to cream B in healing rates.",
        "Another trial of 60 people found a benefit of the use of cream A in leg ulcers.",
    ],
)
def test_one_trial_s_comparison_is_not_what_the_review_studied(one: str) -> None:
    results = "We included nine studies with 700 people with leg ulcers. " + one
    assert _studied(results) is None


def test_a_long_form_inside_another_code_is_no_definition() -> None:
    text = (
        "Scarring was lower in those given ABCRT with added bandage therapy (ABCT) than in "
        "those given ABCT alone. People with HIV-associated neurocognitive disorder (HAND) "
        "were seen. The CFTR-Associated Ligand (CAL) was measured. MRI-guided focused "
        "ultrasound (MRgFUS) was used."
    )
    found = find_definitions(text)
    assert "ABCT" not in found
    assert found["HAND"] == "HIV-associated neurocognitive disorder"
    assert found["CAL"] == "CFTR-Associated Ligand"
    assert found["MRgFUS"] == "MRI-guided focused ultrasound"


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        (
            "Because people chose whether to answer, these counts may not represent all people "
            "with gout.",
            True,
        ),
        ("Our sample may not reflect the wider population of people with gout.", True),
        ("The new pill may not represent a safe choice for people with gout.", False),
    ],
)
def test_a_sample_that_may_not_stand_for_everyone_is_a_stated_limit(text: str, limit: bool) -> None:
    assert states_a_limit(text) is limit


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The studies were done in Norway between 1990 and 2001, by one team.", True),
        ("Both trials were carried out in Kenya.", True),
        ("Cooling caps were done in a way that cut hair loss.", False),
        ("Hair loss fell between the first and the third cycle.", False),
    ],
)
def test_where_and_when_studies_were_done_is_never_a_last_resort_headline(
    text: str, said: bool
) -> None:
    assert bool(_WHERE_WHEN_DONE.search(text)) is said
