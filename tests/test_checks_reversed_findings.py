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
        # an effect said to favour the treatment is a gain (gate37: was "effect")
        ("We found a significant effect on tiredness in favour of walking.", ["better"]),
        ("We found a significant effect on tiredness in favour of the control group.", ["worse"]),
        ("We found a significant effect on tiredness.", ["effect"]),
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


def test_a_result_about_taking_a_thing_away_is_turned_round_against_the_thing_itself():
    # "lacked KLX4 ... worse" is about taking KLX4 away; the paper's "KLX4 activation worsened
    # damage" is about KLX4 acting: taking away what worsens damage cannot worsen it too
    lacked_worse = "In mice that lacked KLX4, nerve damage in the spinal cord was worse."
    assert "contradiction" in [f.check for f in _errors_on(lacked_worse, LAB, CLEAN_LAB)]
    lacked_milder = "In mice that lacked KLX4, nerve damage in the spinal cord was less severe."
    assert not [f for f in _errors_on(lacked_milder, LAB, CLEAN_LAB) if f.check == "contradiction"]
    reversed_ = "KLX4 activation eased nerve damage in the spinal cord."
    assert "contradiction" in [f.check for f in _errors_on(reversed_, LAB, CLEAN_LAB)]


def test_taking_away_another_thing_is_not_turned_round():
    # the taken-away thing (a gut germ's toxin) is not what acts in the paper's claim
    said = "In mice that lacked the toxin, nerve damage in the spinal cord was worse."
    assert not [f for f in _errors_on(said, LAB, CLEAN_LAB) if f.check == "contradiction"]


def test_blocking_what_the_paper_blocks_the_other_way_contradicts():
    said = "Blocking KLX4 made cysts form faster in kidney cells."
    assert "contradiction" in [f.check for f in _errors_on(said, LAB, CLEAN_LAB)]


# A trial written for these tests, and findings turned round in plain words: each must be read
# against the result it turns round, whatever words it uses for it.
TRIAL = parse(
    """Vitamin K2 and relapses in relapsing-remitting multiple sclerosis: a randomised trial

Background: Vitamin K2 may act on immune cells.

Methods: We randomly assigned 180 adults with relapsing-remitting multiple sclerosis to vitamin
K2 or placebo for two years.

Results: Vitamin K2 reduced the annualised relapse rate compared with placebo (0.21 versus
0.39; P=0.01). Patients taking vitamin K2 had fewer new T2 lesions on MRI than those taking
placebo. Walking speed did not differ between groups. Fatigue scores improved in the vitamin K2
group. Nocturnal muscle cramps were more frequent with vitamin K2.

Conclusions: Vitamin K2 lowered relapse rates and MRI activity in relapsing-remitting multiple
sclerosis."""
)
CLEAN_TRIAL = PlainSummary(
    headline="Vitamin K2 pills cut relapses in people with relapsing MS, a trial found",
    what_the_study_did=(
        "The researchers gave 180 adults with relapsing MS either vitamin K2 or a dummy pill "
        "for two years."
    ),
    why_it_matters="Relapses are hard to live with. Talk with your MS team before taking pills.",
    limitations="This was one trial, and it was fairly small.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vitamin K2 made no difference to how often people had relapses.",
        "People taking vitamin K2 had more relapses than those on the dummy pill.",
        "People taking vitamin K2 had more new areas of damage on brain scans.",  # lesions, MRI
        "Tiredness got worse with vitamin K2.",  # fatigue
        "Tiredness did not improve with vitamin K2.",
        "Walking got faster with vitamin K2.",  # a speed that did not differ
        "Muscle cramps at night were less common with vitamin K2.",  # nocturnal
        "Relapses were about as common with vitamin K2 as with the dummy pill.",
        "Relapses were the same in both groups.",
    ],
)
def test_a_finding_turned_round_in_plain_words_contradicts_the_trial(sentence):
    errors = _errors_on(sentence, TRIAL, CLEAN_TRIAL)
    assert "contradiction" in [f.check for f in errors], errors


@pytest.mark.parametrize(
    "sentence",
    [
        "People taking vitamin K2 had fewer relapses than those on the dummy pill.",
        "People taking vitamin K2 had fewer new areas of damage on brain scans.",
        "Tiredness eased with vitamin K2.",
        "Walking speed was about the same in both groups.",
        "Muscle cramps at night were more common with vitamin K2.",
        "People on the same dose of vitamin K2 had fewer relapses.",  # not a null
    ],
)
def test_the_same_findings_said_in_plain_words_pass(sentence):
    assert not [f for f in _errors_on(sentence, TRIAL, CLEAN_TRIAL) if f.check == "contradiction"]


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        ("Inhibition of the enzyme prevents cyst formation.", ["down"]),
        ("The drug did not prevent relapses.", ["null"]),
        ("Relapses were about as common with the drug.", ["null"]),
        ("The germs grew just as well.", ["null"]),
        ("They took the same dose for a year.", []),
        ("There is no evidence from trials that the drug reduces relapses.", ["null"]),
        ("No evidence shows the vaccine is of benefit to them.", ["null"]),
        ("There is no trial evidence demonstrating that the drug reduces deaths.", ["null"]),
        ("There is insufficient evidence from trials that it reduces bleeding.", ["null"]),
    ],
)
def test_plain_ways_of_saying_less_or_no_difference(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities
