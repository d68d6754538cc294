"""A direction after an existential "there is/are/were" is said of what follows it: "In the
exercise group there were more falls" is about falls, not the exercise group, and "evidence
that there are more minor side effects with quinine" is about side effects, not the evidence.
Read of the words before, the claim matched the wrong thing of the paper (a false alarm against
"no difference between quinine and vitamin E") or missed the reversal it states. Sentences
written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in


@pytest.mark.parametrize(
    "sentence,about",
    [
        ("In the exercise group there were fewer falls.", {"fall"}),
        ("In the drug group, there was a greater reduction in pain.", {"pain"}),
        ("Among older adults there may be slightly fewer hip fractures.", {"hip", "fractur"}),
        ("Evidence shows that there are more minor side effects with quinine.", {"minor"}),
        ("In the mice given the compound there was more myelin repair.", {"myelin"}),
        ("After the course there has been less anxiety among carers.", {"anxieti"}),
    ],
)
def test_said_of_what_follows_there_is(sentence: str, about: set[str]) -> None:
    first = claims_in(sentence)[0]
    assert about <= first.about.keys()


# a subject before the direction, with no "there", keeps being what it is said of
@pytest.mark.parametrize(
    "sentence,about",
    [
        ("Pain in the drug group was lower.", {"pain"}),
        ("Their relapses were fewer after the switch.", {"relaps"}),
    ],
)
def test_a_real_subject_is_still_read(sentence: str, about: set[str]) -> None:
    assert about <= claims_in(sentence)[0].about.keys()


REVERSED = [
    ("In the exercise group there were more falls.", "Exercise reduced the number of falls."),
    (
        "Among people taking the drug there were fewer relapses.",
        "The annualised relapse rate increased with the drug compared with placebo.",
    ),
    (
        "In children given zinc there were more episodes of diarrhoea.",
        "Zinc reduced episodes of diarrhoea in children.",
    ),
    (
        "For people on the low-salt diet there were fewer strokes.",
        "The low-salt diet did not reduce strokes (HR 1.02).",
    ),
    (
        "In the mice given the compound there was more myelin repair.",
        "The compound reduced myelin repair in mice.",
    ),
    (
        "Across the trials there were more infections with rituximab.",
        "Rituximab did not increase infections across the trials.",
    ),
    (
        "In the treated rats there was less nerve damage.",
        "Treatment increased nerve damage in rats.",
    ),
    (
        "In the group that slept longer there were fewer colds.",
        "Colds were more common among long sleepers.",
    ),
]

FAITHFUL = [
    ("In the exercise group there were fewer falls.", "Exercise reduced the number of falls."),
    (
        "Among people taking the drug there were more relapses.",
        "The annualised relapse rate increased with the drug compared with placebo.",
    ),
    (
        "In children given zinc there were fewer episodes of diarrhoea.",
        "Zinc reduced episodes of diarrhoea in children.",
    ),
    (
        "For people on the low-salt diet there were no fewer strokes.",
        "The low-salt diet did not reduce strokes (HR 1.02).",
    ),
    (
        "In the mice given the compound there was less myelin repair.",
        "The compound reduced myelin repair in mice.",
    ),
    (
        "Across the trials there were no more infections with rituximab.",
        "Rituximab did not increase infections across the trials.",
    ),
    (
        "In the treated rats there was more nerve damage.",
        "Treatment increased nerve damage in rats.",
    ),
    (
        "During the trial there were more hospital admissions in the telehealth arm.",
        "Telehealth increased hospital admissions.",
    ),
    # what follows "there are more" is another thing than the paper's no-difference result
    (
        "There is evidence that there are more minor side effects with quinine compared to "
        "placebo but no increase in major side effects.",
        "There is no difference in major side effects between quinine and vitamin E.",
    ),
]


@pytest.mark.parametrize("summary,paper", REVERSED)
def test_reversed_after_there_is_is_flagged(summary: str, paper: str) -> None:
    assert contradiction(summary, [paper]) is not None


@pytest.mark.parametrize("summary,paper", FAITHFUL)
def test_faithful_after_there_is_passes(summary: str, paper: str) -> None:
    assert contradiction(summary, [paper]) is None
