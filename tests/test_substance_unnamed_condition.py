"""unnamed_condition: a summary that never names the condition or the people its paper is about
is sent for review. Papers and summaries written for these tests."""

import pytest

from plainsum.checks import run_checks, status_of
from plainsum.checks.condition_named import condition_words, unnamed_condition
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity, Status

# A review whose aim names the illness its hormone add-on was for.
HORMONE = parse(
    """Objectives: To assess the effects of oestrogen added to usual care for the treatment of
schizophrenia in adults.

Main results: Five trials with 230 women were included. Mental state scores did not differ
clearly between oestrogen and placebo. Fewer women left the trials early in the oestrogen
groups. Movement side effects were rare in both groups.

Authors' conclusions: Adding oestrogen to usual care does not clearly improve mental state in
women with schizophrenia."""
)

# The body names the hormone and the results, never the illness.
UNNAMED = PlainSummary(
    headline="Adding oestrogen did not clearly improve mental state scores",
    what_the_study_did=(
        "This review pooled five trials with 230 women. Mental state scores did not differ "
        "clearly between oestrogen and a dummy treatment. Movement side effects were rare."
    ),
    why_it_matters=(
        "This review is not about MS. If you take hormones, ask your care team before changing "
        "anything."
    ),
    limitations="The trials were small, so a modest benefit could have been missed.",
)


def _named(sentence: str) -> PlainSummary:
    return UNNAMED.model_copy(
        update={"what_the_study_did": f"{sentence} {UNNAMED.what_the_study_did}"}
    )


def test_the_condition_is_read_from_the_aim_and_the_conclusions():
    assert "schizophrenia" in condition_words(HORMONE)
    assert not {"women", "adults", "care", "usual"} & set(condition_words(HORMONE))


def test_a_summary_that_never_names_the_condition_needs_review():
    design = detect_design(HORMONE)
    findings = run_checks(HORMONE, UNNAMED, design)
    flagged = [f for f in findings if "unnamed_condition" in f.message]
    assert flagged and all(f.severity == Severity.WARNING for f in flagged)
    assert "schizophrenia" in flagged[0].message
    assert status_of(flagged) == Status.NEEDS_REVIEW


def test_a_summary_naming_the_condition_is_not_flagged():
    named = _named("The trials were in women with schizophrenia.")
    assert unnamed_condition(HORMONE, " ".join(named.model_dump().values())) is None


@pytest.mark.parametrize(
    "paper, text",
    [
        # the glossary's plain phrase for the paper's long form, whole
        (
            "Objectives: To assess steroids for children with otitis media with effusion "
            "(OME).\n\nMain results: Ten trials with 900 children were included.\n\n"
            "Authors' conclusions: Steroids did not help children with OME hear better.",
            "Steroid tablets did not help children with glue ear hear better.",
        ),
        # an abbreviation the paper never defines, spelled out by the summary
        (
            "Main results: Two trials screened newborns for CF. Screened babies were less "
            "often badly underweight.\n\nAuthors' conclusions: Screening for CF in newborns "
            "may help growth in children with CF.",
            "Screening newborn babies for cystic fibrosis meant fewer were badly underweight.",
        ),
        # a longer word that holds the paper's ("postmenopausal" holds "menopausal")
        (
            "Objectives: To assess soy pills for the relief of menopausal flushing in women."
            "\n\nMain results: Twelve trials with 1200 women were included.\n\n"
            "Authors' conclusions: Soy pills did not clearly ease flushing.",
            "Soy pills did not clearly ease hot flushes in postmenopausal women.",
        ),
    ],
)
def test_other_names_of_the_condition_count(paper, text):
    assert unnamed_condition(parse(paper), text) is None


def test_a_paper_that_names_no_condition_is_not_judged():
    methods = parse(
        "Objectives: To describe how research reviews are brought up to date.\n\n"
        "Main results: Four ways of updating were found.\n\n"
        "Authors' conclusions: Little research has looked at when to update reviews."
    )
    assert condition_words(methods) == []
    assert unnamed_condition(methods, "Four ways of updating reviews were found.") is None


@pytest.mark.parametrize(
    "conclusion",
    [
        "The results may affect women who plan a pregnancy.",  # a verb before the people
        "Services should inform patients about the waiting times.",
    ],
)
def test_a_verb_before_the_people_in_the_conclusions_is_no_condition(conclusion):
    paper = parse(
        "Main results: Three trials with 400 people were included. Waiting times fell in two "
        "of the three clinics.\n\n"
        f"Authors' conclusions: {conclusion}"
    )
    assert condition_words(paper) == []
