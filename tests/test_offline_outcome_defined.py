"""A result too long to show with the clause that defines its outcome is shown without that
clause, never left out (issue 9). Texts written for the tests."""

from __future__ import annotations

import pytest
from body_lines import did_lines

from plainsum.plain.outcome_defined import without_definition
from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    "text, short",
    [
        (
            "High-dose steroid pulses given with plasma exchange in people with secondary "
            "progressive MS did not slow the worsening of walking, as defined as a rise of one "
            "point on the walking scale.",
            "High-dose steroid pulses given with plasma exchange in people with secondary "
            "progressive MS did not slow the worsening of walking.",
        ),
        (
            "Fatigue fell more in the yoga group than in the waiting-list group as measured by "
            "the fatigue severity questionnaire.",
            "Fatigue fell more in the yoga group than in the waiting-list group.",
        ),
        # an aside inside the sentence: its main verb comes after it
        (
            "The aim was to find out whether poor sleep, measured as fewer than six hours a "
            "night, raises the number of relapses.",
            None,
        ),
        # the definition is the sentence's own verb: nothing to cut
        ("A relapse was defined as new symptoms lasting more than a day.", None),
        # no clause left with a verb of its own
        ("The share of people free of relapses, defined as no attacks for a year.", None),
        # the cut would end on a joining word
        ("Pain got better in the treated group and measured by a diary.", None),
    ],
)
def test_the_trailing_clause_that_defines_an_outcome_is_cut_at_its_boundary(text, short):
    assert without_definition(text) == short


LONG_RESULT = (
    "Immune-suppressing infusions given monthly together with steroids in people with "
    "progressive MS, compared with a dummy infusion or with no treatment at all, did not "
    "prevent the worsening of disability over two years, as defined as moving up a full step "
    "on the disability scale."
)


def test_a_long_result_is_kept_without_its_definition_rather_than_left_out():
    pieces = [p.text for p in plain_sentences(LONG_RESULT, True, (0,), None, 40)]
    assert len(pieces) == 1
    assert pieces[0].endswith("did not prevent the worsening of disability over two years.")
    assert "not prevent" in pieces[0]  # the negation stays


def test_a_result_short_enough_keeps_its_definition():
    text = "Walking got worse in fewer people on the drug, as defined as a slower timed walk."
    pieces = [p.text for p in plain_sentences(text, True, (0,), None, 40)]
    assert any("as defined as" in p for p in pieces)


REVIEW = (
    "Objectives: To find out whether monthly immune-suppressing infusions slow progressive MS.\n"
    "Search methods: We searched the trial registers up to March 2019.\n"
    "Main results: Only three trials (140 participants) were included. "
    + LONG_RESULT
    + " Five people stopped treatment because of sickness.\n"
    "Authors' conclusions: Monthly immune-suppressing infusions did not slow disability in "
    "progressive MS and their use is not supported."
)


def test_the_reviews_main_result_reaches_the_body():
    did = " ".join(did_lines(REVIEW))
    assert "did not prevent the worsening of disability over two years." in did
