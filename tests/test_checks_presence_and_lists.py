"""Reversed findings that state no direction or hide one: harms said to have happened where the
paper says there were none; a subject that is a list ("their balance and speed of walking had
not changed"), each item read against the paper; and a result stated in a sentence that also
carries a caveat ("..., but the trials were of low quality"), which is still held to the
paper's result. Papers and sentences written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in
from plainsum.checks.polarity_presence import harms, presence_contradiction
from plainsum.checks.polarity_time import time_points
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

HARMS_FLAGGED = [
    ("Side effects were common with the cream.", ["No adverse events were reported."]),
    (
        "Several children had side effects from the nasal spray.",
        ["None of the children experienced adverse effects during the study."],
    ),
    (
        "The new splint caused complications in some patients.",
        ["There were no complications in either group."],
    ),
    (
        "Two people died during the trial.",
        ["No patients died during follow-up.", "Walking speed improved in both groups."],
    ),
    ("The exercise classes harmed most people.", ["The classes were free of adverse events."]),
]

HARMS_PASS = [
    # the paper names the harm as present somewhere
    (
        "Side effects were common with the cream.",
        [
            "No serious adverse events were reported.",
            "The most common adverse events were itching and redness.",
        ],
    ),
    # the summary says there were none, or does not say they happened
    ("No side effects were reported.", ["There were no adverse events."]),
    ("The trial also recorded side effects.", ["No adverse events were reported."]),
    ("Nobody died during the study.", ["No patients died during follow-up."]),
    # a hedge or a question is not a statement that harm was done
    ("The cream may cause side effects in some people.", ["No adverse events were reported."]),
    # the paper does not say there were none
    (
        "Side effects were common with the cream.",
        ["The cream did not increase the risk of serious adverse effects."],
    ),
]


@pytest.mark.parametrize("summary, source", HARMS_FLAGGED)
def test_harm_said_to_happen_where_the_paper_says_none_is_flagged(summary, source):
    assert presence_contradiction(summary, source) in source


@pytest.mark.parametrize("summary, source", HARMS_PASS)
def test_harms_the_paper_backs_or_the_summary_does_not_claim_pass(summary, source):
    assert presence_contradiction(summary, source) is None


@pytest.mark.parametrize(
    "sentence, absent, present",
    [
        ("There were no adverse events.", {"adverse"}, set()),
        ("No harms were reported in either arm.", {"adverse"}, set()),
        ("Nobody died.", {"death"}, set()),
        ("Five patients died and two had complications.", set(), {"death", "complication"}),
        ("The drug was not associated with any side effects.", {"adverse"}, set()),
    ],
)
def test_harms_read_as_absent_or_present(sentence, absent, present):
    assert harms(sentence) == (absent, present)


LIST_FLAGGED = [
    (
        "Six weeks after the course, their balance and speed of walking had not changed.",
        ["After the course, static balance and gait speed improved in most participants."],
    ),
    (
        "Pain and sleep quality did not improve with the brace.",
        ["Wearing the brace reduced pain scores over eight weeks."],
    ),
]
LIST_PASS = [
    (
        "Six weeks after the course, their balance and speed of walking had improved.",
        ["After the course, static balance and gait speed improved in most participants."],
    ),
    (
        "Pain and sleep quality did not improve with the brace.",
        ["Pain and sleep quality were similar with and without the brace."],
    ),
]


@pytest.mark.parametrize("summary, source", LIST_FLAGGED)
def test_a_listed_subject_is_read_item_by_item(summary, source):
    assert contradiction(summary, source) is not None


@pytest.mark.parametrize("summary, source", LIST_PASS)
def test_a_listed_subject_that_agrees_passes(summary, source):
    assert contradiction(summary, source) is None


def test_each_item_of_a_listed_subject_is_a_claim():
    about = [set(c.about) for c in claims_in("Their memory and speed of thinking had not changed.")]
    assert any("memori" in a for a in about) and any("speed" in a for a in about)


TRIALS = parse(
    """Heat therapy for nerve pain in multiple sclerosis: a review

Background: Nerve pain is common in multiple sclerosis.

Methods: We searched for randomised trials of heat therapy for nerve pain in adults with
multiple sclerosis.

Results: Five trials with 240 adults were included. Pain scores improved with heat wraps and
warm baths, but the trials had a high risk of bias.

Conclusions: Heat therapy may ease nerve pain in multiple sclerosis, but better trials are
needed."""
)

CLEAN = PlainSummary(
    headline="Heat therapy may ease nerve pain in MS, but the trials were weak",
    what_the_study_did=(
        "The reviewers found five trials of heat therapy with 240 adults with MS. Pain scores "
        "improved with heat wraps and warm baths, but the evidence was weak."
    ),
    why_it_matters="Nerve pain is common in MS. Your doctor or pain team can help you weigh it up.",
    limitations="The trials had a high risk of bias. A review is only as good as its trials.",
)


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        (
            "Pain scores got worse with heat wraps and warm baths, but the evidence was weak.",
            True,
        ),
        (
            "Pain scores improved with heat wraps and warm baths, but the evidence was weak.",
            False,
        ),
    ],
)
def test_a_result_in_a_caveat_sentence_is_held_to_the_paper(sentence, flagged):
    text = CLEAN.what_the_study_did.replace(
        "Pain scores improved with heat wraps and warm baths, but the evidence was weak.",
        sentence,
    )
    summary = CLEAN.model_copy(update={"what_the_study_did": text})
    design = detect_design(TRIALS)
    found = check_support(TRIALS, design, link_summary(TRIALS, summary, design))
    errors = [f for f in found if f.check == "contradiction" and f.severity == Severity.ERROR]
    assert bool(errors) == flagged


# Source sentences read the way they are meant: "but did not reach significance" is no
# difference shown; "there is no doubt that" affirms; "with or without" denies nothing; a
# time at the end of a subject is when, not what changed.
@pytest.mark.parametrize(
    "sentence, polarity, denied",
    [
        (
            "Night-time cramps were fewer with magnesium but did not reach statistical "
            "significance.",
            "null",
            "down",
        ),
        (
            "Anxiety scores were lower after the massage, although the difference was not "
            "statistically significant.",
            "null",
            "down",
        ),
        ("Anxiety scores were lower after the massage.", "down", ""),
        (
            "There is no doubt that the vaccine is effective in preventing measles.",
            "better",
            "",
        ),
        (
            "There is evidence for stretching with or without splints in improving stiffness.",
            "better",
            "",
        ),
    ],
)
def test_source_sentences_read_as_meant(sentence, polarity, denied):
    claim = claims_in(sentence)[0]
    assert (claim.polarity, claim.denied) == (polarity, denied)


@pytest.mark.parametrize(
    "sentence, about, not_about",
    [
        ("Blood pressure over the next 24 hours was higher.", "pressur", "hour"),
        ("Walking speed at 12 weeks was faster with the brace.", "walk", "week"),
        ("Pain during follow-up was lower in the yoga group.", "pain", "follow"),
    ],
)
def test_a_time_ending_the_subject_is_not_what_changed(sentence, about, not_about):
    claim = claims_in(sentence)[0]
    assert about in claim.about and not any(k.startswith(not_about) for k in claim.about)


TIMED_SOURCE = [
    "Children on the syrup had fewer asthma attacks at 12 weeks but not at 24 weeks.",
    "The syrup reduced asthma attacks.",
]


@pytest.mark.parametrize(
    "summary, flagged",
    [
        # the result at the time the summary names is the paper's at that time
        ("At 24 weeks, children on the syrup still had fewer asthma attacks.", True),
        ("The drop in asthma attacks held up at 24 weeks.", True),
        ("At 12 weeks, children on the syrup had fewer asthma attacks.", False),
        ("By 24 weeks, the difference in asthma attacks was no longer clear.", False),
        # no time named: read against every time
        ("The syrup reduced asthma attacks.", False),
    ],
)
def test_a_result_is_read_at_the_time_it_names(summary, flagged):
    assert (contradiction(summary, TIMED_SOURCE) is not None) == flagged


@pytest.mark.parametrize(
    "text, days",
    [
        ("at 24 weeks", {168}),
        ("at week 48", {336}),
        ("over 12 to 24 months", {365, 730}),
        ("in the first week", {7}),
        ("after two years", {730}),
        ("women who got pregnant within 6 months", set()),
        ("adults aged 41 to 52 years", set()),
    ],
)
def test_time_points(text, days):
    assert time_points(text) == days


def test_a_clause_naming_its_trial_by_a_pronoun_keeps_that_trials_limit():
    source = [
        "A second trial reported no significant differences between the splint and placebo in "
        "shoulder pain, but it suggested improvement in shoulder pain occurred earlier with the "
        "splint."
    ]
    assert contradiction("There was no benefit for shoulder pain.", source) is None


def test_a_difference_said_not_clear_agrees_with_one_not_significant():
    summary = "Walking was slower after the injection, although the difference was not clear."
    source = [
        "Walking speed was lower after the injection, although the difference was not "
        "statistically significant."
    ]
    assert contradiction(summary, source) is None
