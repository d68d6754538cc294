"""The repair loop and the reading grade, with the model drafter against the local test server.

The grade policy (checks/readability.py): over the target the grade is a warning (needs review),
an error only `ERROR_MARGIN` grades over it. A true, whole draft is not failed for its grade
alone, but the loop still asks the model for plainer wording whenever the grade is over the
target, and keeps the plainer answer when it comes."""

from __future__ import annotations

from llm_server import completion
from openai_cases import PAPER, PASSING

from plainsum.api import draft
from plainsum.checks.readability import ERROR_MARGIN, measure, over_grade
from plainsum.drafters import DrafterResult, DraftRequest
from plainsum.schemas import Finding, PlainSummary, Severity, Status
from plainsum.settings import Settings

# PASSING in longer words: true and whole, every caveat kept, and harder to read (grade ~7).
HARDER = dict(
    PASSING,
    what_the_study_did=(
        "Researchers followed 210 adults with MS at three specialist clinics for two years. "
        "Every six months, participants completed standardised questionnaires concerning "
        "their sleep and their everyday fatigue. No treatment was administered as part of the "
        "study. People who reported poor sleep had considerably more fatigue at the end of "
        "the study than people who slept well."
    ),
    why_it_matters=(
        "Fatigue is a common and disabling problem in multiple sclerosis. This study suggests "
        "that poor sleep and fatigue may be associated. Talk to your doctor or care team "
        "before you change your sleep habits or your care."
    ),
)


def _grade(answer: dict[str, str]) -> float:
    return measure(PlainSummary.model_validate(answer).body()).grade


def _asks(sent: list[dict]) -> list[str]:
    """The last user message of each request after the first (the repair requests)."""
    return [request["messages"][-1]["content"] for request in sent[1:]]


def test_the_test_answers_sit_where_the_tests_need_them():
    assert _grade(PASSING) < _grade(HARDER) - 2  # the target 5 sits between them


def test_a_grade_over_the_target_is_sent_back_for_plainer_wording(llm_server, model_settings, sent):
    llm_server.script(completion(HARDER), completion(PASSING))
    result = draft(PAPER, model_settings(grade=5.0, max_repairs=2))
    assert len(sent) == 2  # the grade warning alone asked for a repair
    (ask,) = _asks(sent)
    assert "[warning]" in ask and "Flesch-Kincaid grade" in ask and "target is 5" in ask
    assert result.summary == PlainSummary.model_validate(PASSING)  # the plainer answer is kept
    assert result.status == Status.PASSED and result.passed


def test_a_draft_over_the_grade_alone_needs_review_and_is_not_failed(
    llm_server, model_settings, sent
):
    llm_server.script(*[completion(HARDER)] * 3)
    result = draft(PAPER, model_settings(grade=5.0, max_repairs=2))
    assert len(sent) == 3  # every repair asked for plainer wording
    assert result.passed and result.status == Status.NEEDS_REVIEW
    (grade,) = [f for f in result.findings if f.check == "readability"]
    assert grade.severity == Severity.WARNING and f"grade {_grade(HARDER):.1f}" in grade.message


def test_a_grade_far_over_the_target_fails(llm_server, model_settings, sent):
    target = round(_grade(HARDER) - ERROR_MARGIN - 0.5)  # more than ERROR_MARGIN under it
    llm_server.script(*[completion(HARDER)] * 2)
    result = draft(PAPER, model_settings(grade=float(target), max_repairs=1))
    assert len(sent) == 2 and not result.passed and result.status == Status.FAILED
    assert [f.severity for f in result.findings if f.check == "readability"] == [Severity.ERROR]


def test_a_draft_at_the_target_is_not_repaired(llm_server, model_settings, sent):
    llm_server.script(completion(PASSING))
    result = draft(PAPER, model_settings(max_repairs=2))
    assert len(sent) == 1 and result.status == Status.PASSED


def _finding(check: str, severity: Severity, message: str) -> Finding:
    return Finding(check=check, severity=severity, message=message)


def test_over_grade_reads_only_the_grade_finding():
    grade = "The body reads at Flesch-Kincaid grade 9.1; the target is 8 or below."
    assert over_grade([_finding("readability", Severity.WARNING, grade)])
    assert over_grade([_finding("readability", Severity.ERROR, grade)])
    # other readability warnings (a long sentence, rare words) are no reason to repair
    assert not over_grade([_finding("readability", Severity.WARNING, "Sentence of 31 words.")])
    assert not over_grade([_finding("jargon", Severity.WARNING, grade)])
    assert not over_grade([])


class CuttingDrafter:
    """A drafter that can only leave sentences out (`rewords = False`, as the offline one)."""

    name, model, prompt_version = "cutting", None, "test-v1"
    rewords = False

    def __init__(self, answers: list[dict[str, str]]) -> None:
        self.answers = [PlainSummary.model_validate(a) for a in answers]
        self.repairs = 0

    async def draft(self, request: DraftRequest) -> DrafterResult:
        return DrafterResult(summary=self.answers.pop(0))

    async def repair(self, request, previous, findings) -> DrafterResult:
        self.repairs += 1
        return DrafterResult(summary=self.answers.pop(0))


def test_a_drafter_that_only_cuts_is_not_sent_back_for_the_grade_alone():
    """Cutting results to reach a grade trades a whole draft for a plainer one."""
    drafter = CuttingDrafter([HARDER, PASSING])
    result = draft(PAPER, Settings(grade=5.0, max_repairs=2), drafter=drafter)
    assert drafter.repairs == 0 and result.status == Status.NEEDS_REVIEW
    assert result.summary == PlainSummary.model_validate(HARDER)


def test_a_drafter_that_only_cuts_is_sent_back_for_a_grade_far_over_the_target():
    target = round(_grade(HARDER) - ERROR_MARGIN - 0.5)
    drafter = CuttingDrafter([HARDER, PASSING])
    result = draft(PAPER, Settings(grade=float(target), max_repairs=2), drafter=drafter)
    assert drafter.repairs == 1 and result.summary == PlainSummary.model_validate(PASSING)
