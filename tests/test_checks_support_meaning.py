"""Reversed and unsupported findings read by meaning: the size of an effect, a direction said of
a skill, a result about something the paper's results never mention, "most" as a majority, and
what a studied product was made of. Papers and sentences written for these tests."""

import pytest

from plainsum.checks.contradiction_sizes import sizes as sized_effects
from plainsum.checks.polarity import claims_in
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import found_share, link_summary, split_source
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

REVIEW = parse(
    """Sage extract for tiredness in multiple sclerosis: a systematic review

Background: Tiredness is common in multiple sclerosis and hard to treat.

Methods: We searched four databases for randomised trials of sage extract in adults with
multiple sclerosis and pooled their results.

Results: Four trials with 210 adults were included. All trials reported small and inconsistent
improvements in tiredness. Relapses were fewer with sage extract than with placebo. Participants
taking sage extract were better at naming objects. Scores on most tests stayed below the
population average.

Conclusions: Sage extract may ease tiredness a little and cut relapses; better trials are
needed."""
)

CLEAN_REVIEW = PlainSummary(
    headline="Sage extract may ease MS tiredness a little, a review of four trials found",
    what_the_study_did=(
        "The reviewers found four trials with 210 adults with MS. All of them reported small "
        "and uneven drops in tiredness. People taking sage extract had fewer relapses."
    ),
    why_it_matters=(
        "Tiredness is hard to treat in MS. Talk with your doctor or care team before trying any "
        "supplement."
    ),
    limitations=(
        "This review is only as good as its four small trials, and they were not all alike."
    ),
)


def _findings(source, summary, **edits):
    summary = summary.model_copy(update=edits)
    design = detect_design(source)
    return check_support(source, design, link_summary(source, summary, design))


def _errors_on(sentence, section="what_the_study_did", source=REVIEW, clean=CLEAN_REVIEW):
    edited = getattr(clean, section) + " " + sentence
    found = _findings(source, clean, **{section: edited})
    return [f for f in found if f.span == sentence and f.severity == Severity.ERROR]


def test_the_clean_review_summary_has_no_errors():
    found = _findings(REVIEW, CLEAN_REVIEW)
    assert [f for f in found if f.severity == Severity.ERROR] == [], found


@pytest.mark.parametrize(
    "sentence",
    [
        "All trials reported large and steady drops in tiredness.",
        "The trials found big improvements in tiredness.",
    ],
)
def test_an_effect_given_the_other_size_contradicts(sentence):
    errors = _errors_on(sentence)
    assert [f.check for f in errors] == ["contradiction"], errors
    assert "size" in errors[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        "All trials reported slight improvements in tiredness.",  # the same size, reworded
        "A large trial would show whether the improvements in tiredness are real.",
    ],
)
def test_an_effect_given_the_same_size_passes(sentence):
    assert not [f for f in _errors_on(sentence) if f.check == "contradiction"]


@pytest.mark.parametrize(
    "sentence,sizes",
    [
        ("Trials saw small and uneven drops in pain.", ["small"]),
        ("Trials saw a large, steady fall in pain.", ["large"]),
        ("Trials saw no large changes in pain.", []),  # a size denied
        ("Trials saw small but steady drops in pain.", []),  # both kinds: no one size
        ("Small trials saw drops in pain.", []),  # the size of the trials, not of the effect
    ],
)
def test_sizes_read_from_a_sentence(sentence, sizes):
    assert [size for size, _ in sized_effects(sentence)] == sizes


def test_a_direction_at_a_skill_is_about_the_skill():
    (claim,) = claims_in("People taking the drug were worse at naming objects.")
    assert claim.polarity == "worse" and set(claim.about) == {"name"}
    errors = _errors_on("People taking sage extract were worse at naming objects.")
    assert [f.check for f in errors] == ["contradiction"], errors


def test_a_result_about_something_the_results_never_mention_is_unsupported():
    errors = _errors_on("Sage extract also slowed the thinning of the retina seen on scans.")
    assert [f.check for f in errors] == ["support"], errors
    assert "thinning" in errors[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        "Sage extract reduced the number of relapses.",  # the results say so
        "Drugs like this can reduce the thinning of the retina.",  # a general fact
        "Some people have an increased risk of thinning of the retina.",  # a participle
        "Sage extract may have slowed the thinning of the retina.",  # a hedge
    ],
)
def test_results_the_paper_reports_or_facts_that_are_not_results_pass(sentence):
    assert not [f for f in _errors_on(sentence) if "never mention" in f.message]


def test_most_as_a_majority_is_not_a_subgroup_comparison():
    # the paper's "most tests" is a majority: it names no best, so a best is unsupported
    errors = _errors_on("Those who started young improved the most on naming.")
    assert [f.check for f in errors] == ["support"], errors
    assert "subgroups" in errors[0].message


def test_a_paper_naming_who_did_best_supports_a_best():
    paper = parse(
        """Sage extract for tiredness in multiple sclerosis: a randomised trial

Methods: We randomised 120 adults with multiple sclerosis to sage extract or placebo.

Results: Tiredness fell more with sage extract. Younger participants were most likely to
respond to sage extract.

Conclusions: Sage extract eased tiredness, most of all in younger people."""
    )
    clean = CLEAN_REVIEW.model_copy(
        update={"what_the_study_did": "In a trial of 120 adults, tiredness fell more on sage."}
    )
    sentence = "Younger people improved the most."
    assert not [f for f in _errors_on(sentence, source=paper, clean=clean) if f.check == "support"]


def test_what_a_studied_product_was_made_of_must_come_from_the_paper():
    sentence = "The capsules were made from dried leaves and olive oil."
    errors = _errors_on(sentence)
    assert [f.check for f in errors] == ["support"], errors


def test_what_things_are_made_of_in_general_is_background():
    sentence = "Nerve coatings are made of fats and proteins."
    assert _errors_on(sentence) == []


def test_found_share_counts_words_found_in_the_given_sentences_only():
    sentences = split_source(REVIEW)
    results = frozenset(s.index for s in sentences if s.role.value in ("results", "conclusion"))
    methods = frozenset(s.index for s in sentences if s.role.value == "methods")
    assert found_share(REVIEW, "relapses", results) == 1.0
    assert found_share(REVIEW, "relapses", methods) == 0.0
    assert found_share(REVIEW, "databases", methods) == 1.0
    assert 0.0 < found_share(REVIEW, "relapses and retina", results) < 1.0
    assert found_share(REVIEW, "", results) == 0.0


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        # denied evidence covers its whole that-clause
        ("We found no evidence that low doses of the drug improve walking speed.", ["null"]),
        ("The review did not find clear evidence that sage was better for sleep.", ["null"]),
        # a pair of opposites names what was weighed
        ("The review looked at the benefits and harms of the drug.", []),
        ("Scores could go up or down.", []),
        # a purpose or a manner is not a result
        ("Exercise is one strategy to improve walking.", []),
        ("Larger trials are needed to better understand the drug.", []),
        # a result stays one
        ("The drug helped to reduce pain.", ["better", "down"]),
    ],
)
def test_directions_that_are_denied_weighed_or_intended(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities


PILL_TRIAL = parse(
    """Potassium binder for high potassium in kidney disease: a randomised trial

Methods: We randomised 90 adults with kidney disease and high blood potassium to a binder or
placebo for 8 weeks.

Results: Blood potassium levels were lowered more with the binder than with placebo.

Conclusions: The binder lowered blood potassium."""
)
CLEAN_PILL = PlainSummary(
    headline="A potassium binder lowered blood potassium in kidney disease",
    what_the_study_did=(
        "In a trial of 90 adults with kidney disease, blood potassium levels fell more with the "
        "binder than with placebo."
    ),
    why_it_matters="Talk with your doctor or care team about your own care.",
    limitations="This was one trial.",
)


@pytest.mark.parametrize(
    "sentence,contradicts",
    [
        # what a term means is not a result
        (
            "High potassium is a condition where blood potassium levels are higher than normal.",
            False,
        ),
        ("Kidney disease is a condition in which blood potassium levels are higher.", False),
        ("High potassium is defined as blood potassium levels higher than normal.", False),
        ("The binder is a treatment for potassium levels that are too high.", False),
        # a result the other way round still contradicts
        ("Blood potassium levels were higher with the binder than with placebo.", True),
        # an aim is not a result
        ("The researchers set out to compare the binder with placebo for higher potassium.", False),
    ],
)
def test_definitions_and_aims_are_not_read_as_results(sentence, contradicts):
    errors = _errors_on(sentence, source=PILL_TRIAL, clean=CLEAN_PILL)
    assert any(f.check == "contradiction" for f in errors) is contradicts, errors


# A null graded in the paper's words ("no clinically relevant effect") and a reduction the
# authors "ruled out" are nulls: a faithful lay "no important effect" agrees with them.
NERVE_REVIEW = parse(
    """Magnesium for nerve pain after shingles: a systematic review

Background: Nerve pain after shingles can last for months.

Methods: We searched for randomised trials of magnesium against placebo in adults.

Results: Eight trials with 610 adults were included. Magnesium lowered pain scores in the first
week. We ruled out a clinically relevant reduction in pain with magnesium at four weeks.

Conclusions: Magnesium probably has no clinically relevant effect on pain scores after the first
month."""
)
CLEAN_NERVE = PlainSummary(
    headline="Magnesium eased nerve pain after shingles only in the first week",
    what_the_study_did=(
        "The reviewers found eight trials with 610 adults. Magnesium lowered pain scores in the "
        "first week."
    ),
    why_it_matters="Talk with your doctor or care team before trying any supplement.",
    limitations="This review is only as good as its eight trials.",
)


@pytest.mark.parametrize(
    "sentence,contradicts",
    [
        ("Magnesium probably has no important effect on pain scores after the first month.", False),
        ("It had no meaningful effect on pain at four weeks.", False),
        ("Magnesium raised pain scores after the first month.", True),
    ],
)
def test_graded_and_ruled_out_nulls_are_nulls(sentence, contradicts):
    errors = _errors_on(sentence, source=NERVE_REVIEW, clean=CLEAN_NERVE)
    assert any(f.check == "contradiction" for f in errors) is contradicts, errors


def test_ruled_out_turns_a_direction_into_no_difference():
    (claim,) = claims_in("We ruled out a clinically relevant reduction in pain at four weeks.")
    assert claim.polarity == "null"
    assert claims_in("Doctors ruled out infection, and the pain fell.")[0].polarity == "down"


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        # a direction word that a negated one acts on makes no claim of its own
        ("The pill was not linked with reduced worsening disability.", ["null", "null"]),
        ("The drug did not reduce the decline in walking.", ["null"]),
        # on its own it still does
        ("Disability was worsening in both groups.", ["worse"]),
        ("Fatigue was higher and mood was worse.", ["up", "worse"]),
    ],
)
def test_a_direction_acted_on_is_not_a_claim_of_its_own(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities


def test_not_linked_with_reduced_worsening_agrees_with_no_reduced_progression():
    paper = parse(
        """Beta-blockers for disability in progressive MS: a systematic review

Methods: We searched for randomised trials of beta-blockers against placebo in adults with
progressive multiple sclerosis.

Results: Three trials with 260 adults were included. Disability progression did not differ
between the groups.

Conclusions: Beta-blocker treatment was not associated with reduced disability progression in
progressive multiple sclerosis."""
    )
    clean = PlainSummary(
        headline="Beta-blockers did not slow disability in progressive MS",
        what_the_study_did="The reviewers found three trials with 260 adults.",
        why_it_matters="Talk with your doctor or care team about your own care.",
        limitations="This review is only as good as its three trials.",
    )
    sentence = "Beta-blocker treatment was not linked with reduced worsening disability."
    errors = _errors_on(sentence, source=paper, clean=clean)
    assert not [f for f in errors if f.check == "contradiction"], errors
