"""Work a batch sends to its worker processes: module-level functions whose arguments and
results pickle. Each is the CPU-heavy part of one paper."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from ..api import adraft
from ..checks import GateResult, run_checks, run_gate
from ..design import DesignInfo, detect_design
from ..drafters.offline import OfflineDrafter
from ..errors import PlainsumError
from ..ingest import Source, parse
from ..lexicon import live_zipf
from ..schemas import PlainSummary
from ..screen import require_research
from ..settings import Settings

if TYPE_CHECKING:
    from .engine import Engine

_WARM_TEXT = (
    "Background: People with multiple sclerosis often feel tired. Methods: We asked 120 adults "
    "with MS about their sleep and their tiredness every six months for two years. Results: "
    "Poor sleep was linked to more tiredness. Conclusions: Sleep may matter for fatigue in MS."
)


_loop: asyncio.AbstractEventLoop | None = None


def _run(coro):  # type: ignore[no-untyped-def]
    """Run a coroutine on this worker's own loop (made once, not per paper)."""
    global _loop
    if _loop is None:
        _loop = asyncio.new_event_loop()
    return _loop.run_until_complete(coro)


def warm() -> None:
    """Load what the gate and the drafter read lazily (word lists, dictionaries) once: in the
    batch's parent before its workers fork (`Engine.start`). On a loop of its own, closed at
    the end: a loop left behind would be shared by every forked worker."""
    source = parse(_WARM_TEXT)
    design = detect_design(source)
    draft = asyncio.run(adraft(source, Settings(backend="offline", max_repairs=0)))
    run_checks(source, draft.summary, design)
    # wordfreq's English list, which the gate asks about a word whose shape the lexicon's own
    # table does not reproduce ("IL-17", "CD4": most papers have one): loaded here once, not by
    # every worker at its first such word (0.2 s of CPU and 50 MB each)
    live_zipf("il-17")


def parse_text(text: str, path: str | None = None) -> Source | str:
    """The parsed paper, or the one line saying why it cannot be one."""
    try:
        return parse(text, path=path)
    except PlainsumError as exc:
        return f"{type(exc).__name__}: {' '.join(str(exc).split())}"


def read_case(text: str, path: str | None = None) -> tuple[Source, DesignInfo] | str:
    """Parse, screen and classify a paper in one call, or the one line saying why it cannot be
    drafted (the same line `parse_text` or `prepare` would give)."""
    try:
        source = parse(text, path=path)
        return source, prepare(source)
    except PlainsumError as exc:
        return f"{type(exc).__name__}: {' '.join(str(exc).split())}"


def prepare(source: Source) -> DesignInfo:
    """Refuse what is not research (InputError, as `plainsum draft` does), then the design."""
    require_research(source)
    return detect_design(source)


def check(source: Source, summary: PlainSummary, design: DesignInfo, grade: float) -> GateResult:
    return run_gate(source, summary, design, grade=grade)


def draft_offline(source: Source, settings: Settings, design: DesignInfo | None = None) -> str:
    """A whole offline draft (screen and design unless given, draft, gate, repairs) as JSON."""
    drafter = OfflineDrafter(settings)
    screened = design is not None
    draft = _run(adraft(source, settings, drafter=drafter, design=design, screened=screened))
    return draft.model_dump_json()


async def draft_offline_on(
    engine: Engine, source: Source, settings: Settings, design: DesignInfo | None = None
) -> str:
    """An offline draft as JSON: in a worker process, or on this loop when the engine has none."""
    if engine.workers == 0:
        drafter = OfflineDrafter(settings)
        screened = design is not None
        draft = await adraft(source, settings, drafter=drafter, design=design, screened=screened)
        return draft.model_dump_json()
    return await engine.cpu(draft_offline, source, settings, design)
