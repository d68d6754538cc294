"""The body never says the headline again word for word while it has something else true to say
(issue 9: 32 of 1141 drafts did). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.drafters.body_fill import a_finding, fallback
from plainsum.ingest import parse
from plainsum.plain.echoes import only_the_headline
from plainsum.plain.lines import Line
from plainsum.plain.material import Material, gather
from plainsum.plain.sentences import Role

_CREAM = (
    "Objective: To compare a cooling cream with a plain cream for itchy skin in older adults. "
    "Methods: We randomly assigned 80 older adults with itchy skin to a cooling cream or a plain "
    "cream for four weeks. Results: Itching eased more with the cooling cream than with the plain "
    "cream. {turn}Conclusions: Further trials are needed."
)


def _found_beside_headline(text: str) -> tuple[str, str | None]:
    """(the first result's text as the headline, what `a_finding` adds to an empty body)."""
    material, head, empty = _first_result_heading(text)
    found = a_finding(material, empty, {head}, frozenset())
    return head, found.text if found else None


def _first_result_heading(text: str) -> tuple[Material, str, dict[str, list[Line]]]:
    """The paper's material, its first result's text as the headline, and an empty draft."""
    source = parse(text)
    material = gather(source, detect_design(source))
    head = material.by_role[Role.RESULTS][0].text.rstrip(".")
    empty: dict[str, list[Line]] = {
        "what_the_study_did": [],
        "why_it_matters": [],
        "limitations": [],
    }
    return material, head, empty


def test_a_finding_that_stands_once_its_however_is_gone_comes_before_the_headline() -> None:
    head, found = _found_beside_headline(
        _CREAM.format(turn="However, more people using the cooling cream had skin redness. ")
    )
    assert found == "More people using the cooling cream had skin redness."
    assert found.rstrip(".") != head


def test_the_headline_again_only_when_the_paper_has_no_other_finding() -> None:
    head, found = _found_beside_headline(_CREAM.format(turn=""))
    assert found is not None and found.rstrip(".") == head


def test_a_turned_sentence_that_still_points_back_is_never_taken() -> None:
    # alone, "this" points at nothing the reader has met: the headline's sentence stays
    head, found = _found_beside_headline(
        _CREAM.format(turn="However, this benefit faded once the cream was stopped. ")
    )
    assert found is not None and found.rstrip(".") == head


def test_a_thin_body_takes_a_turned_finding_before_the_headlines_sentence() -> None:
    # no aim or method to fill a body too thin to stand: a finding whose only lean was its
    # "However" says more than the headline again
    material, head, empty = _first_result_heading(
        "Background: Dry skin itches in many older adults living in care homes. Results: "
        "Itching eased more with the cooling cream than with the plain cream. However, more "
        "people using the cooling cream had skin redness."
    )
    assert fallback(material, empty, head).text == (
        "More people using the cooling cream had skin redness."
    )


_HEAD = "The effects of warm baths on sleep remain unclear"
_OTHER = Line("Warm baths eased muscle pain more than usual care.", (3,), main=True)
_COUNT = Line("The review included six trials with 420 people.", (1,))
_HARD = Line(
    "Warm baths lowered the level of glycosaminoglycans more than usual care.", (2,), main=True
)
_BARE = Line("The effects of warm baths on sleep remain unclear.", (4,))


@pytest.mark.parametrize(
    ("restated", "did", "only"),
    [
        # its "But" aside, the headline word for word, beside a finding of the body's own
        (
            Line("But the effects of warm baths on sleep remain unclear.", (4,)),
            [_COUNT, _OTHER],
            True,
        ),
        (_BARE, [_COUNT, _OTHER], True),
        # nothing else found: the body keeps it
        (_BARE, [_COUNT], False),
        # thin without it: the repairs would keep a hard sentence whole in its place
        (_BARE, [_OTHER], False),
        # the only other finding is hard
        (_BARE, [_COUNT, _HARD], False),
        # the rest of its sentence is shown, and reads after it
        (Line(_BARE.text, (3,)), [_COUNT, _OTHER], False),
        # it says more than the headline
        (
            Line("The effects of warm baths on sleep remain unclear in older adults.", (4,)),
            [_COUNT, _OTHER],
            False,
        ),
    ],
)
def test_the_headlines_finding_in_full_is_left_out_when_it_is_only_the_headline(
    restated: Line, did: list[Line], only: bool
) -> None:
    assert only_the_headline(restated, _HEAD, did) is only


@pytest.mark.parametrize(
    ("headline", "only"),
    [
        ("Warm baths ease sleep problems in mice", True),
        ("Warm baths ease sleep problems in old fruit flies", True),
        # a place the sentence does not say is more than the animals
        ("Warm baths ease sleep problems in winter", False),
    ],
)
def test_the_animals_a_headline_names_are_no_more_than_the_sentence_says(
    headline: str, only: bool
) -> None:
    line = Line("Warm baths ease sleep problems.", (4,))
    assert only_the_headline(line, headline, [_COUNT, _OTHER]) is only
