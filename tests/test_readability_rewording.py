"""The reading-grade finding says which sentences to reword for the body to reach its target,
so that an editor's light edit of a draft just over grade 8 is quick (issue 8: 12 of the 14
readers' disagreements with the gate were drafts held for review by this warning alone).
Texts written for these tests."""

from plainsum.checks.readability import check_readability
from plainsum.schemas import PlainSummary

PLAIN = "The team asked adults with MS to walk each day."
HARD = (
    "Quantitative assessment demonstrated substantially elevated ambulatory capacity "
    "following the structured intervention."
)


def grade_message(**sections: str) -> str:
    summary = PlainSummary(
        headline="Daily walking helped adults with MS walk further after a year",
        why_it_matters=sections.get(
            "why", "Walking more may help. Ask your MS nurse before you change your routine."
        ),
        what_the_study_did=sections["what"],
        limitations=sections.get("limits", "It was one small study, so the results may differ."),
    )
    (finding,) = [f for f in check_readability(summary) if "Flesch" in f.message]
    return finding.message


def test_one_hard_sentence_is_named_as_the_whole_edit():
    message = grade_message(what=f"{PLAIN} {HARD}")
    assert message.endswith("Rewording it alone at grade 8 would bring the body to 3.1.")


def test_a_body_hard_throughout_says_more_than_the_hardest_must_change():
    hard_limits = (
        "Methodological heterogeneity substantially compromised comparability. Generalisability "
        "remains considerably uncertain. Interpretation necessitates appropriate caution."
    )
    message = grade_message(what=HARD, why=HARD.replace("following", "after"), limits=hard_limits)
    assert "would bring the body only to grade" in message
    assert message.endswith("most sentences need plainer words.")
