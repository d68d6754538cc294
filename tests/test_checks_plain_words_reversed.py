"""Reversals said in a plain word for the paper's term (plainsum.checks.plain_equivalents
joined with the project's vetted lay glosses, data/lay_glosses.tsv): "itching" for
"pruritus", "fits" for "seizures", "died" for "mortality"; and in a plain phrase of several
words for a one-word term (`named_by_phrase`): "blood sugar" for "glucose", "feeling sick" for
"nausea". Sentences written for these tests."""

from functools import partial

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.plain_equivalents import named_alike, named_by_phrase
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


# --- plain phrases of several words -------------------------------------------------------


@pytest.mark.parametrize(
    "mine,theirs",
    [
        ("Blood sugar rose with metformin.", "Fasting glucose fell with metformin (MD -1.2)."),
        ("The drug raised blood sugar levels.", "Glycaemia was lower with the drug than placebo."),
        (
            "Blood sugar was higher after the oat breakfast.",
            "Postprandial glycaemia was lower after the oat breakfast.",
        ),
        (
            "Feeling sick was more common with the new tablet.",
            "Nausea was less frequent with the new tablet (RR 0.6).",
        ),
        (
            "Gut bacteria were less varied after the antibiotic.",
            "Microbiome diversity increased after the antibiotic.",
        ),
        (
            "Low mood got worse with the app.",
            "Depression scores improved with the app compared with the waiting list.",
        ),
        (
            "Protein in the spinal fluid rose after the treatment.",
            "CSF protein decreased after the treatment.",
        ),
        (
            "Talking therapy made low mood worse.",
            "Psychotherapy improved depressive symptoms compared with usual care.",
        ),
    ],
)
def test_a_reversal_in_a_plain_phrase_is_found(mine: str, theirs: str) -> None:
    assert reversed_(mine, theirs)


@pytest.mark.parametrize(
    "mine,theirs",
    [
        ("Blood sugar fell with metformin.", "Fasting glucose fell with metformin (MD -1.2)."),
        (
            "Feeling sick was less common with the new tablet.",
            "Nausea was less frequent with the new tablet (RR 0.6).",
        ),
        (
            "Gut bacteria became more varied after the diet.",
            "Microbiota diversity increased after the diet.",
        ),
        ("Low mood eased with the app.", "Depression scores improved with the app."),
        # another thing that shares a word of the phrase
        ("Blood sugar rose with the drug.", "Blood pressure fell with the drug."),
        ("Feeling sick was more common with the tablet.", "Headache was less frequent with it."),
        ("Immune cells rose in the blood.", "Red cell counts fell in the blood."),
        # a phrase that says a kind ("long term") is not the thing it qualifies
        ("Long-term disability was lower with the drug.", "Chronic pain was more frequent."),
        ("Family members felt less stress.", "Relationship quality improved with the programme."),
    ],
)
def test_the_same_finding_or_another_thing_in_a_plain_phrase_passes(mine: str, theirs: str) -> None:
    assert not reversed_(mine, theirs)


@pytest.mark.parametrize(
    "about,theirs,named",
    [
        ("blood sugar", "glucose", True),
        ("feeling sick", "nausea", True),
        ("gut bacteria", "microbiota", True),
        ("blood sugar", "blood", False),  # a phrase sharing a word is read word by word
        ("blood", "glucose", False),  # one word of the phrase is not the phrase
        ("turned down", "downregulated", False),  # a direction names no thing
    ],
)
def test_a_phrase_names_a_term_only_when_it_is_there_whole(
    about: str, theirs: str, named: bool
) -> None:
    stems = frozenset(stem(w) for w in about.split())
    assert bool(named_by_phrase(stems, frozenset({stem(theirs)}))) is named
