"""Correct summaries in a warm, spoken or newsletter voice that the gate failed for their
wording: a review that found nothing saying it cannot answer, few studies measuring something
so its effect is unclear, the reader sent to "the team" or "your anaesthetist", a change
"to make with your doctor"; "You're", "Here's" and "Vitamin A lowered ..." read as having no
verb; a spoken signpost ("Now, a question about sleep."); a headline whose harm is the finding
("may do more harm than good"), whose "safe" is a range, or that says what an overview covers
when the paper's last word says only that. Near misses stay caught. Texts written for these
tests."""

import pytest

from plainsum.checks.caveats import CAVEATS
from plainsum.checks.fluency import check_fluency
from plainsum.checks.headline import check_headline
from plainsum.checks.safety import check_safety
from plainsum.checks.substance import check_substance
from plainsum.checks.verbs import has_verb
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

REVIEW_QUALITY = CAVEATS["review_quality"]
CARE_TEAM = CAVEATS["care_team"]


@pytest.mark.parametrize(
    "sentence",
    [
        "With no trials to go on, the reviewers cannot say whether yoga eases back pain.",
        "Having found no studies, the review gives no answer on the best dose.",
        "Without any trials, nobody can tell whether the cream works.",
        "Few trials looked at sleep or mood, so the effect on them is unclear.",
        "Only a few studies followed people for a year, so we do not know if the gain lasts.",
    ],
)
def test_a_review_with_little_or_nothing_to_go_on_says_so(sentence):
    assert REVIEW_QUALITY.present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No trials reported deaths.",
        "The review found no trials that compared the two creams.",
        "Few trials measured pain at night.",
        "The review included twelve trials with no missing data.",
    ],
)
def test_counts_of_what_studies_did_are_no_quality_caveat(sentence):
    assert not REVIEW_QUALITY.present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If your son has been in hospital with a bad attack, ask the team what to watch for.",
        "Any change to your dose is one to make with your doctor.",
        "Your anaesthetist can tell you which medicines are planned for the day.",
        "If you are due for a scan, your radiographer can explain what happens.",
    ],
)
def test_the_reader_sent_to_the_people_who_care_for_them(sentence):
    assert CARE_TEAM.present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The team found that your chances were lower after the course.",
        "The team asked you to fill in a diary.",
        "Anaesthetists gave the drug during the operation.",
    ],
)
def test_the_research_team_is_no_pointer(sentence):
    assert not CARE_TEAM.present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You're not the only one who finds mornings hard.",
        "Here's what the trial found about sleep.",
        "Vitamin A lowered deaths among the youngest children.",
        "Group B improved faster than the others.",
    ],
)
def test_run_on_verbs_and_letter_names_are_verbs(sentence):
    assert has_verb(sentence)


def _body(what: str) -> PlainSummary:
    return PlainSummary(
        headline="A daily walk helped people with MS sleep a little better",
        what_the_study_did=what,
        why_it_matters="If sleep is a problem for you, talk with your MS nurse.",
        limitations="This was one small trial, so the result needs checking in a larger one.",
    )


def _no_verb(what: str) -> list[str | None]:
    return [f.span for f in check_fluency(_body(what)) if f.message.endswith("(no_verb)")]


@pytest.mark.parametrize(
    "signpost",
    [
        "Now, a question from late pregnancy.",
        "Next, to vaccines and their timing.",
        "First, some background.",
    ],
)
def test_a_spoken_signpost_is_no_fragment(signpost):
    what = f"{signpost} Sixty adults with MS took part, and half of them walked every day."
    assert _no_verb(what) == []


@pytest.mark.parametrize(
    "fragment",
    [
        "Effect of the drug on relapse in people with MS.",
        "Now, the effect of the drug on relapse in people with MS.",
        "Next, a drug and its effect on relapse for adults with MS in the new trial.",
    ],
)
def test_a_cut_sentence_is_still_a_fragment(fragment):
    what = f"{fragment} Sixty adults with MS took part, and half of them walked every day."
    assert _no_verb(what)


TRIAL = parse(
    """Early planned delivery for women with severe pre-eclampsia after 34 weeks

Objectives: To compare planned early delivery with waiting in women with pre-eclampsia after
34 weeks of pregnancy.

Results: Four trials with 1600 women were included. Planned early delivery reduced serious
illness or death in mothers. More babies needed breathing support after early delivery.

Conclusions: Planned early delivery lowers serious maternal illness and death; babies more
often need breathing support."""
)
RESCUE = parse(
    """Rescue ventilation for very premature babies

Objectives: To assess a rescue form of ventilation in very premature babies with lung disease.

Results: One trial was found. Fewer babies given rescue ventilation had air leaks, but more had
bleeding in the brain.

Conclusions: There is too little evidence to recommend rescue ventilation, and the few data
suggest that harm may outweigh any benefit."""
)
OVERVIEW = parse(
    """Treatments for a rare growth disorder of the bones

The disorder is the most common inherited cause of short stature. In this article, we discuss
treatments from limb lengthening surgery to growth hormone and newer drugs. The discussion is a
comparison of the complications and drawbacks of each approach."""
)
PLAIN_BODY = {
    "what_the_study_did": "The researchers looked at trials in pregnant women.",
    "why_it_matters": "This work did not look at MS. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def _headline_errors(source, headline: str) -> list[str]:
    findings = check_headline(source, PlainSummary(headline=headline, **PLAIN_BODY))
    return [f.message for f in findings if f.severity == "error"]


@pytest.mark.parametrize(
    "source,headline",
    [
        (TRIAL, "Planning an early birth lowered the risk of serious harm to mothers"),
        (RESCUE, "Rescue ventilation for very premature babies may do more harm than good"),
        (
            OVERVIEW,
            "Surgery, growth hormone and newer drugs: a look at treatments for the disorder",
        ),
    ],
)
def test_a_headline_that_is_the_finding_passes(source, headline):
    assert _headline_errors(source, headline) == []


@pytest.mark.parametrize(
    "source,headline",
    [
        (TRIAL, "No serious harms were reported with planned early delivery"),
        (RESCUE, "Rescue ventilation was safe for very premature babies in one trial"),
    ],
)
def test_a_harm_aside_still_heads_wrongly(source, headline):
    assert _headline_errors(source, headline)


MS_MARKER = parse(
    """A blood marker at diagnosis and later disability in multiple sclerosis

Background: Serum glial fibrillary acidic protein is a blood marker of brain injury that may
help to follow multiple sclerosis, but what it adds at diagnosis is not known.

Methods: We measured the protein in 240 adults at their first diagnosis of multiple sclerosis
and followed them for six years.

Results: Adults in the top quarter of serum glial fibrillary acidic protein were more likely to
need a walking aid after six years. The marker added little once age and brain scans were taken
into account.

Conclusions: A high level at diagnosis was linked to later disability, but it added little to
routine scans. It should not yet be used alone to guide treatment choices at diagnosis."""
)


def _why_rules(why: str) -> dict[str, Severity]:
    summary = PlainSummary(
        headline="A blood marker at diagnosis was linked to later disability in MS",
        what_the_study_did=(
            "The researchers measured a blood marker in 240 adults when they were first told "
            "they had MS, and followed them for six years. Those with the highest levels were "
            "more likely to need a walking aid later."
        ),
        why_it_matters=why,
        limitations="This kind of study can find a link, but it cannot show cause and effect.",
    )
    design = detect_design(MS_MARKER)
    found = check_substance(MS_MARKER, design, link_summary(MS_MARKER, summary, design))
    return {f.message.rsplit("(", 1)[-1].rstrip(")."): f.severity for f in found}


def test_a_conclusion_given_its_subject_from_the_background_is_a_meaning():
    # "It should not yet be used ..." with its "It" named from the background sentence
    why = (
        "Blood glial fibrillary acidic protein should not yet be used alone to guide treatment "
        "choices at diagnosis. "
        "If you have questions about your own care, talk with your doctor or care team."
    )
    assert "hollow_why" not in _why_rules(why)


def test_the_background_said_again_is_still_hollow():
    why = (
        "Glial fibrillary acidic protein is a blood marker of brain injury that may help to "
        "follow MS. "
        "If you have questions about your own care, talk with your doctor or care team."
    )
    assert _why_rules(why).get("hollow_why") == Severity.ERROR


EMPTY_REVIEW = parse(
    """Swimming for children with asthma

Objectives: To assess the effects of swimming lessons on asthma control in children.

Results: No randomised trials met the inclusion criteria.

Conclusions: There is not enough evidence to judge the effect of swimming in children with
asthma. Trials are needed."""
)


@pytest.mark.parametrize(
    "headline",
    [
        "There is not enough evidence available to check the effect of swimming in children "
        "with asthma",
        "There is a lack of data to find out the effect of swimming for children with asthma",
    ],
)
def test_what_lacking_evidence_would_be_for_is_no_procedure(headline):
    assert _headline_errors(EMPTY_REVIEW, headline) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Reviewers searched six databases to find out whether swimming helps asthma",
        "There is not enough evidence to check whether the risk in girls is higher than in boys",
    ],
)
def test_a_procedure_or_side_question_still_fails(headline):
    assert _headline_errors(EMPTY_REVIEW, headline)


def _advice(why: str) -> list[str]:
    summary = PlainSummary(
        headline="Medicines have not been shown to help children with tummy pain that comes back",
        what_the_study_did="The review found 16 small trials in children aged 5 to 18.",
        why_it_matters=why,
        limitations="A review is only as good as the trials it includes, and these were weak.",
    )
    return [f.message for f in check_safety(summary) if f.severity == "error"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If your child's pain keeps coming back, you may be offered a medicine to try.",
        "In the trials, children were given a cream to use before bed.",
    ],
)
def test_what_care_offers_the_reader_is_no_advice(sentence):
    assert _advice(sentence + " Your GP can talk it through with you.") == []


def test_a_choice_made_for_the_reader_is_still_advice():
    assert _advice("The medicine to try first is a low dose of the antidepressant.")
