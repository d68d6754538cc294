"""Shared helpers for the eval harness tests: small datasets, configs, a fake drafter and
hand-built run logs. All text here was written for these tests."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path

from plainsum.drafters import DrafterResult, DraftRequest
from plainsum.evals.runlog import CaseInfo, CaseResult, RunLog, SystemInfo, SystemResult, aggregate
from plainsum.evals.scorers import Score
from plainsum.schemas import (
    Draft,
    Finding,
    PlainSummary,
    Provenance,
    Severity,
    SourceInfo,
    StudyDesign,
    Usage,
)

ABSTRACTS = {
    "walk": (
        "A home exercise trial in multiple sclerosis\n\n"
        "We randomised 60 adults with multiple sclerosis to ten weeks of home exercise or usual "
        "care. Walking speed rose more with exercise than with usual care. Tiredness did not "
        "change. Longer trials are needed to see whether the gain lasts."
    ),
    "mice": (
        "A compound helps nerve coating grow back in mice\n\n"
        "Mice whose myelin had been stripped by a toxin were given compound QX-4 or a dummy "
        "treatment for three weeks. Treated mice had more myelinated nerve fibres and better "
        "balance on a rotating rod. The work supports more study of QX-4 as a repair treatment."
    ),
    "sleep": (
        "Sleep and tiredness in people with multiple sclerosis: a survey\n\n"
        "We asked 300 people with multiple sclerosis about their sleep and their tiredness. "
        "Those who slept less than six hours a night reported more tiredness during the day. "
        "Because both were measured at once, the survey cannot show which came first."
    ),
}

CLEAN = PlainSummary(
    headline="Exercise at home helped people with MS walk a little faster",
    what_the_study_did=(
        "Researchers asked adults with MS to exercise at home for ten weeks. Others kept to "
        "their usual care. The exercise group walked a little faster at the end."
    ),
    why_it_matters=(
        "Walking problems are common in MS. Simple exercise at home may help a little. Talk "
        "with your doctor or care team before you change your care."
    ),
    limitations=(
        "The study was short and small. We do not know if the gain lasts. More research is "
        "needed to be sure."
    ),
)


def write_dataset(folder: Path, name: str = "cases.jsonl", with_reference: bool = True) -> Path:
    path = folder / name
    rows = []
    for case_id, text in ABSTRACTS.items():
        row: dict[str, str] = {"id": case_id, "text": text}
        if with_reference and case_id != "sleep":
            row["reference"] = "People with MS did exercise at home and walked a bit faster."
        rows.append(json.dumps(row))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def write_config(folder: Path, body: str = "", dataset: str = "cases.jsonl") -> Path:
    """A config next to its dataset; `body` replaces the default systems."""
    if not (folder / dataset).exists():
        write_dataset(folder, dataset)
    systems = body or '[[systems]]\nname = "fake"\nbackend = "offline"\n'
    path = folder / "eval.toml"
    path.write_text(
        f'name = "test"\n{systems}\n[[datasets]]\npath = "{dataset}"\n', encoding="utf-8"
    )
    return path


@dataclass
class FakeDrafter:
    """Returns `CLEAN` for every paper, counts calls, fails on papers containing `fail_on`, and
    records how many drafts were in flight at once."""

    name: str = "fake"
    model: str | None = "fake-1"
    prompt_version: str | None = "fake-v1"
    fail_on: str | None = None
    delay: float = 0.0
    summary: PlainSummary = field(default_factory=lambda: CLEAN)
    calls: int = 0
    in_flight: int = 0
    max_in_flight: int = 0
    seen: list[str] = field(default_factory=list)

    async def draft(self, request: DraftRequest) -> DrafterResult:
        self.calls += 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
            self.seen.append(request.source.title or "")
            if self.fail_on and self.fail_on in request.source.full_text:
                raise RuntimeError("the fake drafter was\n  told to fail here")
            return DrafterResult(
                summary=self.summary,
                usage=Usage(input_tokens=100, output_tokens=50, cost_usd=0.001),
            )
        finally:
            self.in_flight -= 1

    async def repair(self, request, previous, findings) -> DrafterResult:  # type: ignore[no-untyped-def]
        return previous


def make_draft(passed: bool = True, findings: list[Finding] | None = None) -> Draft:
    return Draft(
        summary=CLEAN,
        source=SourceInfo(sha256="0" * 64, chars=100),
        design=StudyDesign.TRIAL,
        about_ms=True,
        provenance=Provenance(drafter="fake", plainsum_version="0"),
        findings=findings or [],
        passed=passed,
    )


def make_log(
    values: dict[str, dict[str, list[float]]],
    run_id: str = "run-a",
    texts: dict[str, str] | None = None,
    passed: dict[str, list[bool]] | None = None,
) -> RunLog:
    """A run log from per-system, per-metric value lists (one value per case, same order)."""
    systems = list(values)
    n = len(next(iter(next(iter(values.values())).values())))
    cases = []
    for i in range(n):
        key = f"c{i}"
        text = (texts or {}).get(key, f"Abstract number {i}.")
        results = []
        for system in systems:
            ok = passed[system][i] if passed else True
            findings = (
                []
                if ok
                else [
                    Finding(
                        check="claims",
                        severity=Severity.ERROR,
                        message="hype",
                        section="headline",
                        span="walk",
                    )
                ]
            )
            scores = [Score(name=m, value=v[i], explanation="") for m, v in values[system].items()]
            scores.append(Score(name="gate_passed", value=1.0 if ok else 0.0, explanation=""))
            results.append(
                SystemResult(system=system, draft=make_draft(ok, findings), scores=scores)
            )
        cases.append(
            CaseResult(
                case=CaseInfo(id=key, dataset="d", text=text, input_sha256=str(i)),
                results=results,
            )
        )
    log = RunLog(
        run_id=run_id,
        config={"name": "synthetic", "repeats": 1},
        systems=[SystemInfo(name=s, backend="offline") for s in systems],
        cases=cases,
    )
    log.aggregates = aggregate(log)
    return log
