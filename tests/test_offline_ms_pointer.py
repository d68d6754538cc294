"""Who "these persons" are in the authors' advice: people with MS, when the conclusion just before
it names them and no other group. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.ms_pointer import with_people_named, with_treatment_named
from plainsum.plain.simplify import measured

_ADVICE = "Regular checks of these persons for exercise classes is advised."


@pytest.mark.parametrize(
    "before, sources, advice, expected",
    [
        (  # the sentence before names people with MS: the pointer says who
            "Exercise classes can help people with MS take part in daily life.",
            (4,),
            _ADVICE,
            "Regular checks of people with MS for exercise classes is advised.",
        ),
        (  # "MS patients" names them too
            "Exercise classes helped MS patients walk further.",
            (4,),
            "Such patients should be offered exercise classes.",
            "People with MS should be offered exercise classes.",
        ),
        (  # another group named before: "these persons" may be them
            "Exercise classes helped people with MS and their carers feel less tired.",
            (4,),
            _ADVICE,
            _ADVICE,
        ),
        (  # the sentence before names nobody with MS
            "Exercise classes helped older adults walk further.",
            (4,),
            _ADVICE,
            _ADVICE,
        ),
        (  # not the sentence just before it in the paper
            "Exercise classes can help people with MS take part in daily life.",
            (2,),
            _ADVICE,
            _ADVICE,
        ),
        (  # it leans on the sentence before for more than who
            "Exercise classes can help people with MS take part in daily life.",
            (4,),
            "These classes suit these persons best.",
            "These classes suit these persons best.",
        ),
    ],
)
def test_these_persons_are_people_with_ms_only_when_the_sentence_before_says_so(
    before: str, sources: tuple[int, ...], advice: str, expected: str
) -> None:
    first = measured(before, sources, order=1)
    p = measured(advice, (5,), order=2)
    assert with_people_named(p, [first]).text == expected


@pytest.mark.parametrize(
    "before, advice, expected",
    [
        (  # the sentence before ends on the people, named by what they take
            "This case shows why eye checks matter in people who take fingolimod for a year.",
            "Blurred vision in these patients should prompt an eye examination.",
            "Blurred vision in people who take fingolimod for a year should prompt an eye "
            "examination.",
        ),
        (
            "Liver tests should be checked often among adults treated with the new tablet.",
            "Such patients should be told about signs of liver harm.",
            "Adults treated with the new tablet should be told about signs of liver harm.",
        ),
        (  # people with MS narrowed down by their drug, at the end: those people, in full
            "Swelling at the back of the eye was seen in 2% of people with MS treated with "
            "fingolimod.",
            "Blurred vision in these patients should prompt an eye examination.",
            "Blurred vision in people with MS treated with fingolimod should prompt an eye "
            "examination.",
        ),
        (  # ... not at the end: never "people with MS" for only those on the drug
            "People with MS treated with fingolimod had swelling at the back of the eye more "
            "often than expected.",
            "Blurred vision in these patients should prompt an eye examination.",
            "Blurred vision in these patients should prompt an eye examination.",
        ),
        (
            "MS patients who switched to the new tablet had more headaches in the first month.",
            "Such patients should be told that headaches often fade.",
            "Such patients should be told that headaches often fade.",
        ),
        (  # everyone with MS, only a place or a time said after them: still people with MS
            "Exercise classes helped people with MS in the study walk further.",
            "Such patients should be offered exercise classes.",
            "People with MS should be offered exercise classes.",
        ),
        (  # the people are not at the end of the sentence before: no pointer is resolved
            "People who take fingolimod for a year had more eye problems than expected.",
            "Blurred vision in these patients should prompt an eye examination.",
            "Blurred vision in these patients should prompt an eye examination.",
        ),
    ],
)
def test_these_patients_are_the_people_the_sentence_before_ends_on(
    before: str, advice: str, expected: str
) -> None:
    first = measured(before, (4,), order=1)
    p = measured(advice, (5,), order=2)
    assert with_people_named(p, [first]).text == expected


@pytest.mark.parametrize(
    "before, sources, expected",
    [
        (  # the conclusion just before opens on the drug: "its use" is the drug's
            "Velanumab reduces relapses and probably slows disability worsening in relapsing MS.",
            (4,),
            "The use of velanumab must be weighed against the risk of a rare brain infection.",
        ),
        (  # the sentence before opens on no one thing
            "These findings suggest that velanumab reduces relapses in relapsing MS.",
            (4,),
            "Its use must be weighed against the risk of a rare brain infection.",
        ),
        (  # not the sentence just before it in the paper
            "Velanumab reduces relapses and probably slows disability worsening in relapsing MS.",
            (2,),
            "Its use must be weighed against the risk of a rare brain infection.",
        ),
    ],
)
def test_its_use_is_said_as_the_use_of_the_drug_the_sentence_before_opens_on(
    before: str, sources: tuple[int, ...], expected: str
) -> None:
    first = measured(before, sources, 0)
    its = measured("Its use must be weighed against the risk of a rare brain infection.", (5,), 1)
    assert with_treatment_named(its, [first, its]).text == expected
