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
from ..schemas import Draft
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
