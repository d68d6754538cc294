"""The eval run log: one versioned JSON document per run (config, versions, drafts, scores)."""

from __future__ import annotations

import json
import statistics
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from ..errors import InputError
from ..files import write_atomic
from ..ingest.bounded import MAX_FILE_BYTES, read_text
from ..schemas import Draft
from .scorers import Score

RUNLOG_SCHEMA_VERSION = "1"
LOG_NAME = "log.json"


class SystemInfo(BaseModel):
    """A system as it ran: its parameters, cache key, and why it was skipped if it was."""

    name: str
    backend: str
    params: dict[str, Any] = Field(default_factory=dict)
    key: str = ""
    skipped: str | None = None


class CaseInfo(BaseModel):
    id: str
    dataset: str
    text: str
    reference: str | None = None
    input_sha256: str

    @property
    def key(self) -> str:
        return f"{self.dataset}/{self.id}"


class SystemResult(BaseModel):
    """One system's draft of one case (one repeat), its scores, or the error that stopped it."""

    system: str
    repeat: int = 0
    draft: Draft | None = None
    scores: list[Score] = Field(default_factory=list)
    error: str | None = None
    raw_answer: str | None = None  # the model's last answer when drafting failed on it
    cached: bool = False
    seconds: float = 0.0

    def value(self, metric: str) -> float | None:
        for score in self.scores:
            if score.name == metric:
                return score.value
        return None


class CaseResult(BaseModel):
    case: CaseInfo
    results: list[SystemResult] = Field(default_factory=list)

    def for_system(self, system: str) -> list[SystemResult]:
        return [r for r in self.results if r.system == system]


class Aggregate(BaseModel):
    """A metric over every case of one system: mean, spread and how many cases had a value."""

    mean: float | None
    stdev: float | None = None
    n: int = 0


class RunLog(BaseModel):
    """Everything about one eval run; `schema_version` changes when the shape does."""

    schema_version: str = RUNLOG_SCHEMA_VERSION
    kind: str = "plainsum-eval-run"
    run_id: str
    created: str = Field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    config_path: str | None = None
    config: dict[str, Any] = Field(default_factory=dict)
    versions: dict[str, str] = Field(default_factory=dict)
    systems: list[SystemInfo] = Field(default_factory=list)
    scorers: list[str] = Field(default_factory=list)
    cases: list[CaseResult] = Field(default_factory=list)
    aggregates: dict[str, dict[str, Aggregate]] = Field(default_factory=dict)
    failures: int = 0
    notes: list[str] = Field(default_factory=list)
    wall_seconds: float = 0.0

    def active_systems(self) -> list[str]:
        """Systems that ran (not skipped), in config order."""
        return [s.name for s in self.systems if not s.skipped]

    def metric_names(self) -> list[str]:
        """Every score name present in the run, in first-seen order."""
        names: dict[str, None] = {}
        for case in self.cases:
            for result in case.results:
                for score in result.scores:
                    names.setdefault(score.name, None)
        return list(names)

    def case_values(self, system: str, metric: str) -> dict[str, float]:
        """Per case key, the mean over repeats of `metric` for `system` (None values left out)."""
        out: dict[str, float] = {}
        for case in self.cases:
            values = [v for r in case.for_system(system) if (v := r.value(metric)) is not None]
            if values:
                out[case.case.key] = statistics.fmean(values)
        return out

    def system_values(self, system: str) -> dict[str, dict[str, float]]:
        """`case_values(system, metric)` of every metric at once, by metric: one pass over the
        cases and their scores, where asking metric by metric walks them once per metric (an
        eval's end waits on it: 27 metrics x 1,000 cases)."""
        out: dict[str, dict[str, float]] = {}
        for case in self.cases:
            per_metric: dict[str, list[float]] = {}
            for result in case.results:
                if result.system != system:
                    continue
                seen: set[str] = set()
                for score in result.scores:  # a metric's first score is its value (`value`)
                    if score.name in seen:
                        continue
                    seen.add(score.name)
                    if score.value is not None:
                        per_metric.setdefault(score.name, []).append(score.value)
            for metric, values in per_metric.items():
                out.setdefault(metric, {})[case.case.key] = statistics.fmean(values)
        return out


def aggregate(log: RunLog) -> dict[str, dict[str, Aggregate]]:
    """Mean and spread of every metric for every system that ran, over cases."""
    table: dict[str, dict[str, Aggregate]] = {}
    metrics = log.metric_names()
    for system in log.active_systems():
        row: dict[str, Aggregate] = {}
        by_metric = log.system_values(system)
        for metric in metrics:
            values = list(by_metric.get(metric, {}).values())
            row[metric] = Aggregate(
                mean=round(statistics.fmean(values), 6) if values else None,
                stdev=round(statistics.stdev(values), 6) if len(values) > 1 else None,
                n=len(values),
            )
        row["failed_cases"] = Aggregate(
            mean=float(sum(1 for c in log.cases for r in c.for_system(system) if r.error)),
            n=len(log.cases),
        )
        table[system] = row
    return table


def log_json(log: RunLog) -> str:
    """The text of `log.json`."""
    return log.model_dump_json(indent=1) + "\n"


def save_log(log: RunLog, folder: Path) -> Path:
    """Write the log as `folder/log.json`, atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_atomic(folder / LOG_NAME, log_json(log))


def load_log(path: str | Path) -> RunLog:
    """Read a run log from its JSON file or from the run folder that holds it."""
    path = Path(path)
    if path.is_dir():
        path = path / LOG_NAME
    if not path.exists():
        raise InputError(f"{path}: no such run log (give a run folder or its {LOG_NAME})")
    try:
        data = json.loads(read_text(path, MAX_FILE_BYTES, "run logs"))
    except (RecursionError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable run log ({exc})") from None
    if not isinstance(data, dict) or data.get("kind") != "plainsum-eval-run":
        raise InputError(f"{path}: not a plainsum eval run log")
    if data.get("schema_version") != RUNLOG_SCHEMA_VERSION:
        raise InputError(
            f"{path}: run log schema {data.get('schema_version')!r}; this plainsum reads "
            f"{RUNLOG_SCHEMA_VERSION!r}"
        )
    try:
        return RunLog.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InputError(f"{path}: bad run log at {where}: {err['msg']}") from None
