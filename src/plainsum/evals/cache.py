"""A folder of drafts keyed by (system config hash, input hash, repeat), so reruns do not re-draft.

Each draft is one JSON file written atomically; concurrent runs can share the folder.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from .. import __version__
from ..files import write_atomic
from ..schemas import Draft
from .config import SystemConfig, uses_model

# Code that cannot change a draft; everything else in the package can (drafters, checks, data).
_NOT_DRAFTING = ("evals", "cli", "__pycache__")


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """A hash of the package files an offline draft depends on: drafters, pipeline, checks, data."""
    digest = hashlib.sha256()
    root = Path(str(resources.files("plainsum")))
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or relative.parts[0] in _NOT_DRAFTING or path.suffix == ".pyc":
            continue
        digest.update(str(relative).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _prompt_fingerprint(prompt: str | None) -> str | None:
    """A hash of the prompt's text when it can be found (a path, or a file shipped in prompts/)."""
    if not prompt:
        return None
    candidates = [Path(prompt)]
    folder = resources.files("plainsum").joinpath("prompts")
    for suffix in ("", ".md", ".txt"):
        candidates.append(Path(str(folder.joinpath(prompt + suffix))))
    for path in candidates:
        if path.is_file():
            return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return None


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
