"""A paper not about MS was about what its aim, conclusions or title name: a topic met only in
passing is a false "This review was about ...". Papers and sentences written for these tests."""

from plainsum.checks.support import check_support
from plainsum.checks.topic import topic_not_aimed
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Surgery for obstructive sleep apnoea in adults: a systematic review

Objectives: To assess the effects of surgery for obstructive sleep apnoea in adults.

Results: We included nine trials with 410 adults. Surgery lowered the number of breathing
pauses per hour. Snoring was reported by partners in two trials.

Conclusions: Surgery may reduce breathing pauses in adults with obstructive sleep apnoea."""
)
NOT_MS = "It did not look at MS, so what it means for people with MS is not known."


def test_a_topic_the_paper_sets_out_to_study_is_its_topic():
    assert topic_not_aimed(REVIEW, "This review was about obstructive sleep apnoea.") is None


def test_a_topic_met_only_in_passing_is_not():
    assert topic_not_aimed(REVIEW, "This review was about snoring.") == ("snoring", False)


# A review of everyone in intensive care that names one illness only as a subset and an outcome
WARD = parse(
    """Background: People in intensive care often have clots in small vessels.

Objectives: To assess the effect of clot-dissolving drugs on death in critically ill adults. We \
also looked at bleeding and the effect on pneumonia.

Results: We included 20 trials with 2900 adults. The drugs did not lower deaths. In adults with \
pneumonia, deaths did not differ either.

Conclusions: There is not enough evidence for these drugs in critically ill adults, including \
the subgroup of patients with pneumonia. A larger trial is needed in critically ill adults such \
as those with severe pneumonia."""
)
WARD_ALL = parse(
    WARD.full_text.replace(
        "Conclusions: There", "Conclusions: In people with pneumonia the drugs did not help. There"
    )
)


def test_a_topic_named_only_as_a_subset_or_an_outcome_is_a_narrowed_topic():
    assert topic_not_aimed(WARD, "This review was about pneumonia.") == ("pneumonia", True)
    assert topic_not_aimed(WARD, "This review was about critically ill adults.") is None


def test_a_topic_the_conclusions_name_as_its_own_subject_once_is_not_narrowed():
    assert topic_not_aimed(WARD_ALL, "This review was about pneumonia.") is None


def test_a_paper_with_no_aim_or_conclusion_is_not_judged():
    source = parse(
        "Results: Surgery lowered the number of breathing pauses per hour in the adults who "
        "took part. Snoring was reported by partners in two of the nine trials, and sleepiness "
        "in the day fell a little."
    )
    assert topic_not_aimed(source, "This review was about snoring.") is None


def _support_errors(why: str) -> list[str]:
    summary = PlainSummary(
        headline="Surgery may cut breathing pauses in adults with sleep apnoea",
        what_the_study_did=(
            "The review included nine trials with 410 adults. Surgery lowered the number of "
            "breathing pauses per hour."
        ),
        why_it_matters=why,
        limitations="The review found only nine small trials.",
    )
    design = detect_design(REVIEW)
    links = link_summary(REVIEW, summary, design)
    return [
        f.message
        for f in check_support(REVIEW, design, links)
        if f.section == "why_it_matters" and f.check == "support"
    ]


def test_the_support_check_refuses_a_false_topic_beside_the_not_about_ms_statement():
    (message,) = _support_errors(f"This review was about snoring. {NOT_MS}")
    assert "'snoring'" in message


def test_the_support_check_passes_the_papers_own_topic():
    assert _support_errors(f"This review was about obstructive sleep apnoea. {NOT_MS}") == []


# A review that counts its trials by who they took in: most in one condition, a few in another
CHOLESTEROL = parse(
    """Results: We included 12 trials with 9800 people. Ten trials recruited people with a \
history of angina, two trials recruited people with a history of kidney disease. The tablets \
lowered heart attacks but not deaths.

Conclusions: The tablets may prevent heart attacks. More trials are needed in people with kidney \
disease, whose risk of side effects may differ."""
)


def test_a_condition_counted_in_fewer_of_the_studies_is_a_narrowed_topic():
    assert topic_not_aimed(CHOLESTEROL, "This review was about kidney disease.") == (
        "kidney disease",
        True,
    )


def test_the_condition_most_of_the_studies_took_in_is_not_narrowed_by_the_count():
    source = parse(CHOLESTEROL.full_text.replace("The tablets may", "In angina the tablets may"))
    assert topic_not_aimed(source, "This review was about angina.") is None


# A review whose aim names its subject, and whose results name one kind of it in a list
INSOLES = parse(
    """Objectives: To assess the benefits and harms of shoe insoles for knee pain in older adults.

Results: We included 11 trials with 930 adults. The kinds of knee pain included osteoarthritis, \
gout, sports injury and pain with no known cause. Insoles made little difference to pain.

Conclusions: Insoles may ease pain a little in adults with gout, but the evidence is weak."""
)


def test_a_kind_the_paper_lists_is_a_narrowed_topic_where_the_aim_names_another_subject():
    assert topic_not_aimed(INSOLES, "This review was about gout.") == ("gout", True)
    assert topic_not_aimed(INSOLES, "This review was about knee pain in older adults.") is None


def test_a_topic_the_aim_names_is_not_narrowed_by_a_list():
    source = parse(INSOLES.full_text.replace("for knee pain in", "for knee pain and gout in"))
    assert topic_not_aimed(source, "This review was about gout.") is None


def test_what_the_review_included_is_no_list_of_kinds():
    source = parse(
        INSOLES.full_text.replace(
            "The kinds of knee pain included osteoarthritis, gout, sports injury and pain with no "
            "known cause.",
            "We included 11 trials in adults with gout.",
        )
    )
    assert topic_not_aimed(source, "This review was about gout.") is None
