"""The draft -> check -> repair loop in plainsum.api, driven by a scripted drafter."""

import asyncio
from dataclasses import dataclass, field

from plainsum.api import adraft, draft
from plainsum.drafters import Drafter, DrafterResult, DraftRequest
from plainsum.schemas import Finding, PlainSummary, Usage
from plainsum.settings import Settings

SOURCE = """Cultured human brain cells and a common herpes virus

We infected cultured human brain cells with a herpes virus in the lab. Infected cells made more
of a protein called ABC1 than cells that were not infected. The virus copied itself faster in
cells with more ABC1. Some researchers think viruses may play a part in multiple sclerosis.
"""

CLEAN = PlainSummary(
    headline="A herpes virus grew faster in brain cells that made more of one protein",
    what_the_study_did=(
        "Scientists grew human brain cells in the lab. They infected the cells with a herpes "
        "virus. Infected cells made more of a protein called ABC1. The virus made copies of "
        "itself faster in cells with more ABC1."
    ),
    why_it_matters=(
        "This study is not about MS itself. Some researchers think viruses may play a part in "
        "MS, so the team looked at how this virus grows. If you have questions, talk with your "
        "doctor or care team."
    ),
    limitations=(
        "The work was done in cells in a lab, not in people. We do not know yet if the same "
        "thing happens in the human body. More studies are needed."
    ),
)
BROKEN = CLEAN.model_copy(update={"headline": "A breakthrough cure: a virus grew in brain cells"})


@dataclass
class ScriptedDrafter:
    """Returns the scripted summaries in turn and records what it was asked to repair."""

    script: list[PlainSummary]
    name: str = "scripted"
    model: str | None = "script-1"
    prompt_version: str | None = "test-v1"
    repairs: list[list[Finding]] = field(default_factory=list)

    async def draft(self, request: DraftRequest) -> DrafterResult:
        return DrafterResult(summary=self.script.pop(0), usage=Usage(input_tokens=10))

    async def repair(self, request, previous, findings) -> DrafterResult:
        self.repairs.append(findings)
        return DrafterResult(summary=self.script.pop(0), usage=Usage(input_tokens=5))


def test_scripted_drafter_fits_the_seam():
    assert isinstance(ScriptedDrafter([]), Drafter)


def test_clean_first_draft_is_not_repaired():
    drafter = ScriptedDrafter([CLEAN])
    result = draft(SOURCE, Settings(), drafter=drafter)
    assert result.passed, result.findings
    assert len(result.provenance.attempts) == 1 and drafter.repairs == []
    assert result.provenance.model == "script-1" and result.provenance.prompt_version == "test-v1"
    assert result.design.value == "lab"


def test_failing_draft_is_repaired_with_its_findings():
    drafter = ScriptedDrafter([BROKEN, CLEAN])
    result = draft(SOURCE, Settings(max_repairs=2), drafter=drafter)
    assert result.passed
    assert [a.kind for a in result.provenance.attempts] == ["draft", "repair"]
    assert any(f.check == "claims" for f in drafter.repairs[0])
    assert result.usage.input_tokens == 15  # every attempt's usage is counted


def test_unrepairable_draft_is_returned_marked_failing():
    drafter = ScriptedDrafter([BROKEN, BROKEN, BROKEN])
    result = draft(SOURCE, Settings(max_repairs=2), drafter=drafter)
    assert not result.passed and result.errors
    assert len(result.provenance.attempts) == 3


def test_best_attempt_is_kept():
    worse = BROKEN.model_copy(update={"limitations": "It may be a miracle that proves a cure."})
    drafter = ScriptedDrafter([BROKEN, worse])
    result = draft(SOURCE, Settings(max_repairs=1), drafter=drafter)
    assert result.summary == BROKEN


def test_adraft_runs_concurrently():
    async def both():
        return await asyncio.gather(
            adraft(SOURCE, Settings(), drafter=ScriptedDrafter([CLEAN])),
            adraft(SOURCE, Settings(), drafter=ScriptedDrafter([BROKEN, CLEAN])),
        )

    first, second = asyncio.run(both())
    assert first.passed and second.passed


def test_a_repair_that_changes_nothing_is_not_checked_again():
    from plainsum.checks import run_gate

    calls = []

    async def checker(source, summary, design, grade):
        calls.append(summary)
        return run_gate(source, summary, design, grade=grade)

    drafter = ScriptedDrafter([BROKEN, BROKEN, CLEAN])
    result = asyncio.run(adraft(SOURCE, Settings(max_repairs=2), drafter=drafter, checker=checker))
    assert result.passed
    assert calls == [BROKEN, CLEAN]  # the unchanged repair kept its findings
    attempts = result.provenance.attempts
    assert len(attempts) == 3 and attempts[1].findings == attempts[0].findings


def test_draft_hands_back_the_draft_without_formatting_it(monkeypatch):
    """On the main thread `asyncio.run` ends by formatting its finished task, result and all
    (its Ctrl-C check): `draft` does not make the draft that result, so no repr is paid."""
    import threading

    from plainsum.schemas import Draft

    assert threading.current_thread() is threading.main_thread()
    shown: list[int] = []
    monkeypatch.setattr(Draft, "__repr__", lambda self: shown.append(1) or "Draft(...)")
    result = draft(SOURCE, Settings(), drafter=ScriptedDrafter([CLEAN]))
    assert result.passed and result.summary == CLEAN
    assert shown == []
