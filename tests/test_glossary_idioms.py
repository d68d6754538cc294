"""Issue 9 (independent readers): a glossary swap must read as natural English or not be made.
"smoking cessation" was "smoking stopping", "upper respiratory tract infections" "upper breathing
tract infections", "no pharmacological agent" "no drug agent". Sentences written for these
tests."""

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # the act itself: "quitting smoking"
        (
            "Midwives offered help with smoking cessation during pregnancy.",
            "Midwives offered help with quitting smoking during pregnancy.",
        ),
        (
            "Smoking cessation is hard after a diagnosis.",
            "Quitting smoking is hard after a diagnosis.",
        ),
        (
            "The clinic looked at vaping for smoking cessation and its costs.",
            "The clinic looked at vaping for quitting smoking and its costs.",
        ),
        (
            "Advice to sustain smoking cessation delivered by nurses helped a little.",
            "Advice to sustain quitting smoking delivered by nurses helped a little.",
        ),
        # before a noun: "stop-smoking"
        (
            "Group smoking cessation programmes helped more people stay off cigarettes.",
            "Group stop-smoking programmes helped more people stay off cigarettes.",
        ),
        # the plain names of breathing infections
        (
            "The most common side effects were upper respiratory tract infections and rashes.",
            "The most common side effects were nose and throat infections and rashes.",
        ),
        # a drug, never a "drug agent"
        (
            "The pill did no better than placebo or no pharmacological agent.",
            "The pill did no better than placebo or no drug.",
        ),
        (
            "Two pharmacological agents were tested for tremor.",
            "Two drugs were tested for tremor.",
        ),
    ],
)
def test_swaps_read_as_natural_english(text: str, plain: str) -> None:
    assert plain_words(text, False, frozenset()) == plain


@pytest.mark.parametrize(
    "text",
    [
        "Smoking stopping was rare.",
        "The upper breathing tract infections cleared.",
        "No drug agent was given.",
    ],
)
def test_the_unidiomatic_phrases_are_not_written(text: str) -> None:
    source = (
        text.replace("Smoking stopping", "Smoking cessation")
        .replace("upper breathing tract", "upper respiratory tract")
        .replace("drug agent", "pharmacological agent")
    )
    assert plain_words(source, False, frozenset()) != text


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a shown finding stays shown: "can" would make it a mere possibility
        (
            "The new pouch has been shown to be better than the straight join in three trials.",
            "The new pouch has been shown to be better than the straight join in three trials.",
        ),
        (
            "Both devices have been shown to have similar results in small trials.",
            "Both devices have been shown to have similar results in small trials.",
        ),
        # the tract itself, not only its infections
        (
            "The clinic treated upper respiratory tract symptoms such as hoarseness.",
            "The clinic treated nose and throat symptoms such as hoarseness.",
        ),
    ],
)
def test_shown_findings_and_the_airways(text: str, plain: str) -> None:
    assert plain_words(text) == plain


def test_animals_already_named_are_not_named_again() -> None:
    assert plain_words(
        "In mice with experimental autoimmune encephalomyelitis, the drug helped."
    ) == ("In mice with an MS-like disease, the drug helped.")
    # with no animal named before it, the plain phrase says where the disease is
    assert plain_words("Experimental autoimmune encephalomyelitis was milder with the drug.") == (
        "An MS-like disease in animals was milder with the drug."
    )
