"""The paper's own slip "Patients classified as X was 64% ..." (the share cut from its subject) is
left out of a draft, as the gate's fluency check (bare_plural_was) flags it: the drafter never
shows a sentence the gate calls broken (issue 9, CD006165). Every sentence is written for these
tests."""

from __future__ import annotations

from composed_draft import composed

from plainsum.plain.source_slips import source_slip


def test_people_given_a_figure_with_a_singular_verb_is_a_slip() -> None:
    assert source_slip("Patients needing insulin was 60% with drug A and 10% with drug B.")
    assert source_slip("The share of patients needing insulin was 60% with drug A.") is None


REVIEW = (
    "Objectives: To assess drug A against insulin for adults with slowly developing type 1 "
    "diabetes.\n\n"
    "Main results: We included five trials with 420 participants. Drug A gave poorer sugar "
    "control than insulin alone. Patients needing insulin was 60% with drug A and 10% with "
    "insulin. Weight gain was similar in both groups.\n\n"
    "Authors' conclusions: Drug A controlled blood sugar less well than insulin."
)


def test_the_draft_leaves_the_slip_out() -> None:
    head, body, why, lim = composed(REVIEW)
    assert "needing insulin was" not in " ".join([head, body, why, lim])
