"""Reversals said in a plain word for the paper's term (plainsum.checks.plain_equivalents
joined with the project's vetted lay glosses, data/lay_glosses.tsv): "itching" for
"pruritus", "fits" for "seizures", "died" for "mortality". Sentences written for these tests."""

from functools import partial

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.plain_equivalents import named_alike
from plainsum.evidence import stand_in_groups, stem
from plainsum.ingest import parse

AIM = (
    "Objectives: To assess the effects of the treatment in adults with the condition, "
    "compared with placebo, in randomised trials.\n\n"
)


def reversed_(mine: str, theirs: str) -> bool:
    source = parse(
        AIM + "Main results: " + theirs + "\n\nAuthors' conclusions: More trials are needed "
        "to confirm these results in adults."
    )
    return contradiction(mine, [theirs], partial(stand_in_groups, source)) is not None


@pytest.mark.parametrize(
    "mine,theirs",
    [
        (
            "More people died with metformin than with the dummy pill.",
            "Mortality was lower with metformin than with placebo (RR 0.70).",
        ),
        (
            "The cream made itching worse in people with eczema.",
            "Pruritus was reduced with the cream compared with the vehicle (RR 0.6).",
        ),
        ("Fits became more frequent on the drug.", "Seizure frequency fell with the drug."),
        (
            "Fewer people had fits with the new drug.",
            "Epileptic seizures were more frequent with the new drug (RR 1.6).",
        ),
        ("Numbness got worse with the drug.", "Paraesthesia improved with the drug."),
        (
            "Bleeding was less common with aspirin.",
            "Haemorrhage was more frequent with aspirin (RR 1.4).",
        ),
        ("Clots were more common with the pill.", "Thrombosis was less frequent with the pill."),
        ("Swelling got worse with the stockings.", "Oedema improved with the stockings."),
        (
            "Dizziness was rarer with the new tablets.",
            "Vertigo was more frequent with the new tablets (RR 2.0).",
        ),
    ],
)
def test_a_reversal_in_plain_words_is_found(mine, theirs):
    assert reversed_(mine, theirs)


@pytest.mark.parametrize(
    "mine,theirs",
    [
        ("Fewer people died with the drug.", "Mortality was lower with the drug (RR 0.7)."),
        ("Itching eased with the cream.", "Pruritus was reduced with the cream (RR 0.6)."),
        (
            "Bleeding was more common with aspirin.",
            "Haemorrhage was more frequent with aspirin (RR 1.4).",
        ),
        # an organ shared with another claim is not the same thing
        ("Heart rate went up with the drug.", "Cardiac mortality decreased with the drug."),
        # sleepiness going up is not sleep getting worse
        ("Sleep got worse with melatonin.", "Somnolence increased with melatonin."),
        ("Mood improved with yoga.", "Anxiety scores were higher after yoga than after rest."),
        ("People slept better with melatonin.", "Insomnia improved with melatonin."),
        # a direction gloss ("raised" for "upregulated") joins nothing
        ("Levels were raised in the treated mice.", "Expression was lower in treated mice."),
        ("Fits were as common with both drugs.", "Seizure frequency did not differ."),
    ],
)
def test_the_same_finding_in_plain_words_passes(mine, theirs):
    assert not reversed_(mine, theirs)


@pytest.mark.parametrize(
    "plain,term,alike",
    [
        ("itching", "pruritus", True),
        ("fits", "seizures", True),
        ("sugar", "glycaemic", True),
        ("died", "mortality", True),
        ("tiredness", "fatigue", True),  # the table's own groups still join
        ("raised", "upregulated", False),  # a direction names no thing
        ("rated", "score", False),  # a measure names no thing
        ("itching", "seizures", False),
    ],
)
def test_plain_words_and_terms_are_named_alike_both_ways(plain, term, alike):
    assert named_alike(stem(plain), stem(term)) is alike
    assert named_alike(stem(term), stem(plain)) is alike


def test_a_gloss_joins_a_claim_about_the_plain_word_alone_only():
    # "healed more pressure sores" is about sores and pressure: "sores" for "ulcers" (a gloss,
    # the everyday kind) does not tie it to "improving wound healing in pressure ulcers"
    assert not reversed_(
        "An ointment healed more pressure sores than a dummy ointment.",
        "The ointment was effective for improving wound healing in patients with pressure ulcers.",
    )
    assert named_alike(stem("sores"), stem("ulcers"))
    assert not named_alike(stem("sores"), stem("ulcers"), glosses=False)
