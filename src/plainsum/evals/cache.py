"""A folder of drafts keyed by (system config hash, input hash, repeat), so reruns do not re-draft.

Each draft is one JSON file written atomically; concurrent runs can share the folder.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import ValidationError

from .. import __version__
from ..files import write_atomic
from ..fingerprint import code_fingerprint, prompt_fingerprint
from ..ingest import Source
from ..schemas import Draft, Severity, Status
from .config import SystemConfig, uses_model

_code_fingerprint = code_fingerprint
_prompt_fingerprint = prompt_fingerprint


def system_key(system: SystemConfig) -> str:
    """A short hash of everything that changes a system's drafts (not its display name).

    Model systems hash their parameters and prompt text only, so that editing plainsum's code
    does not re-bill a model; offline systems also hash the code that drafts and checks.
    """
    material: dict[str, object] = {
        "params": system.params(),
        "plainsum": __version__,
        "prompt": _prompt_fingerprint(system.prompt),
    }
    if not uses_model(system):
        material["code"] = _code_fingerprint()
    text = json.dumps(material, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


class DraftCache:
    """Drafts on disk under `folder/<system key>/<input hash>-r<repeat>.json`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, system_key: str, input_sha256: str, repeat: int) -> Path:
        return self.folder / system_key / f"{input_sha256[:24]}-r{repeat}.json"

    def get(self, system_key: str, input_sha256: str, repeat: int) -> Draft | None:
        """The cached draft, or None when there is none (or it no longer reads as a Draft)."""
        path = self._path(system_key, input_sha256, repeat)
        try:
            return Draft.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, ValidationError):
            return None

    def put(self, system_key: str, input_sha256: str, repeat: int, draft: Draft) -> Path:
        path = self._path(system_key, input_sha256, repeat)
        path.parent.mkdir(parents=True, exist_ok=True)
        return write_atomic(path, draft.model_dump_json())


def rechecked(draft: Draft, source: Source) -> Draft:
    """A cached draft judged by the gate as it is now: the text is cached, the verdict is not.

    Without this, after the gate changes, cached model drafts keep the old gate's findings while
    offline systems (whose key hashes the code) are re-drafted and judged by the new gate, and a
    comparison across them is wrong exactly when the gate improves.
    """
    from ..api import check  # the library surface; imported late, it pulls in the whole gate

    findings = check(source, draft.summary, grade=draft.grade_target)
    errors = any(f.severity == Severity.ERROR for f in findings)
    warnings = any(f.severity == Severity.WARNING for f in findings)
    status = Status.FAILED if errors else Status.NEEDS_REVIEW if warnings else Status.PASSED
    return draft.model_copy(update={"findings": findings, "passed": not errors, "status": status})
