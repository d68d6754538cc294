"""Which attempt a draft keeps (plainsum.attempt_rank): for the offline drafter, errors of
truth, wholeness and the main finding before errors of plain words, then the attempt that
states more results, then the fewest other findings; for a model, errors alike. Links and
findings written for these tests."""

from __future__ import annotations

from plainsum.attempt_rank import rank_attempt, results_stated
from plainsum.plain.sentences import Role
from plainsum.schemas import EvidenceLink, Finding, Severity

ROLES = [Role.AIM, Role.METHODS, Role.RESULTS, Role.CONCLUSION]


def _error(check: str) -> Finding:
    return Finding(check=check, severity=Severity.ERROR, message=f"a {check} error")


def _note(check: str = "readability") -> Finding:
    return Finding(check=check, severity=Severity.INFO, message="a note")


def _link(section: str, text: str, *sources: int) -> EvidenceLink:
    return EvidenceLink(
        section=section,
        index=0,
        text=text,
        kind="content",
        source_sentences=list(sources),
        spans=[],
        score=0.5,
    )


HEADLINE = _link("headline", "Weighted blankets improved sleep in adults with MS", 3)
AIM = _link("what_the_study_did", "The review looked at weighted blankets for sleep.", 0)
RESULT = _link("what_the_study_did", "Sleep quality improved with weighted blankets.", 2)


def test_hard_words_in_a_headline_with_the_finding_rank_before_a_hollow_headline() -> None:
    finding_kept = rank_attempt([_error("jargon"), _error("jargon")], [HEADLINE], ROLES)
    hollow = rank_attempt([_error("headline"), _error("jargon")], [], ROLES)
    assert finding_kept < hollow


def test_a_model_s_attempts_count_every_error_alike() -> None:
    finding_kept = rank_attempt([_error("jargon"), _error("jargon")], by_worth=False)
    hollow = rank_attempt([_error("headline")], by_worth=False)
    assert hollow < finding_kept


def test_at_equal_errors_the_attempt_with_more_results_ranks_first() -> None:
    fuller = rank_attempt([_error("jargon"), _note(), _note()], [AIM, RESULT], ROLES)
    cut = rank_attempt([_error("jargon")], [AIM], ROLES)
    assert fuller < cut


def test_at_equal_errors_and_results_the_fewest_other_findings_rank_first() -> None:
    assert rank_attempt([_note()], [RESULT], ROLES) < rank_attempt(
        [_note(), _note()], [RESULT], ROLES
    )


def test_only_the_body_s_results_are_counted() -> None:
    assert results_stated([HEADLINE, AIM, RESULT], ROLES) == 1
    side_headed = rank_attempt([], [HEADLINE, AIM, RESULT], ROLES)
    main_in_body = rank_attempt([], [AIM, RESULT, RESULT], ROLES)
    assert main_in_body < side_headed
