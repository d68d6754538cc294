"""Reversed findings read by meaning: a result named as a graded noun found ("we found a
significant effect on tiredness"), "no clear evidence of an effect", a verb of worsening, faster
as an increase, and a fronted phrase that takes a thing away ("in mice that lacked the
enzyme, ..."). Papers and sentences written for these tests."""

import pytest

from plainsum.checks.polarity import claims_in
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

REVIEW = parse(
    """Walking programmes for tiredness in multiple sclerosis: a systematic review

Background: Tiredness is common in multiple sclerosis.

Methods: We searched three databases for randomised trials of walking programmes in adults with
multiple sclerosis and pooled their results.

Results: Twelve trials with 640 adults were included. Based on ten trials that used a
non-walking control, we found a significant effect on tiredness in favour of walking
programmes. There was no clear evidence of an effect on spasticity or on hand strength.

Conclusions: Walking programmes may ease tiredness in multiple sclerosis."""
)

CLEAN_REVIEW = PlainSummary(
    headline="Walking programmes may ease tiredness in MS, a review of twelve trials found",
    what_the_study_did=(
        "The reviewers found twelve trials with 640 adults with MS. In ten trials that compared "
        "walking with no walking, people who walked reported less tiredness."
    ),
    why_it_matters=(
        "Tiredness is hard to live with in MS. Talk with your MS team about what kind of "
        "activity suits you."
    ),
    limitations="The trials were small and differed from each other.",
)

LAB = parse(
    """A gut enzyme and nerve damage in mice

Background: The enzyme KLX4 is made by gut bacteria.

Methods: We infected wild type mice and mice lacking KLX4 with a gut germ.

Results: KLX4 activation worsened nerve damage in the spinal cord without changing how fast the
germ grew. Inhibition of KLX4 prevents cyst formation in cultured kidney cells.

Conclusions: KLX4 drives nerve damage in mice."""
)

CLEAN_LAB = PlainSummary(
    headline="A gut enzyme made nerve damage worse in mice",
    what_the_study_did=(
        "The researchers infected mice with a gut germ. The enzyme KLX4 made nerve damage in "
        "the spinal cord worse."
    ),
    why_it_matters="This study is not about people. Ask your doctor if you have questions.",
    limitations="This work was done in mice, not in people.",
)


def _errors_on(sentence, source=REVIEW, clean=CLEAN_REVIEW):
    summary = clean.model_copy(
        update={"what_the_study_did": clean.what_the_study_did + " " + sentence}
    )
    design = detect_design(source)
    found = check_support(source, design, link_summary(source, summary, design))
    return [f for f in found if f.span == sentence and f.severity == Severity.ERROR]


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        ("We found a significant effect on tiredness in favour of walking.", ["effect"]),
        ("We did not find a significant effect on tiredness.", ["null"]),
        ("There was no significant effect on tiredness.", ["null"]),
        ("There was no clear evidence of an effect on balance.", ["null"]),
        ("The activation exacerbated disease.", ["worse"]),
        ("Cysts formed faster in treated cells.", ["up"]),
        ("An effect on balance was looked for.", []),  # a bare effect is a thing looked for
        ("Important differences between the drugs may exist.", []),  # not found
        ("Children came in with an acute exacerbation of asthma.", []),  # a noun, no result
        ("Milder regimens were used in two trials.", []),
    ],
)
def test_directions_named_by_meaning(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities


def test_a_fronted_phrase_taking_a_thing_away_covers_its_clause():
    (claim,) = claims_in("In mice that lacked the enzyme, the disease was worse.")
    assert claim.polarity == "worse" and claim.inverted
    (claim,) = claims_in("In older mice, the disease was worse.")
    assert not claim.inverted


def test_the_clean_summaries_have_no_contradiction():
    assert not [f for f in _errors_on("") if f.check == "contradiction"]
    stopped = "Blocking KLX4 stopped cysts from forming in kidney cells."
    assert not _errors_on(stopped, LAB, CLEAN_LAB)


@pytest.mark.parametrize(
    "sentence",
    [
        "People who walked reported no less tiredness than those who did not.",
        "Walking clearly eased spasticity.",
    ],
)
def test_a_denied_or_invented_effect_contradicts_the_review(sentence):
    errors = _errors_on(sentence)
    assert "contradiction" in [f.check for f in errors], errors


def test_a_result_about_taking_a_thing_away_is_compared_with_its_own_kind():
    # "lacked KLX4 ... worse" is about taking KLX4 away; the paper's "KLX4 activation worsened
    # damage" is about KLX4 itself: not compared, so neither agrees nor contradicts
    said = "In mice that lacked KLX4, nerve damage in the spinal cord was worse."
    assert not [f for f in _errors_on(said, LAB, CLEAN_LAB) if f.check == "contradiction"]
    reversed_ = "KLX4 activation eased nerve damage in the spinal cord."
    assert "contradiction" in [f.check for f in _errors_on(reversed_, LAB, CLEAN_LAB)]
