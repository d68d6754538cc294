"""Hashes of what shapes a draft besides its input: the package's drafting code and a prompt's
text. Batch keys and the eval cache use them, so a change to either drafts again."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Code that cannot change a draft; everything else in the package can (drafters, checks, data).
_NOT_DRAFTING = ("evals", "cli", "batch", "__pycache__")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
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


def prompt_fingerprint(prompt: str | None) -> str | None:
    """A hash of the prompt's text when it can be found (a path, or a file shipped in prompts/)."""
    if not prompt:
        return None
    candidates = [Path(prompt)]
    from .prompts import prompt_folder

    folder = prompt_folder()
    for suffix in ("", ".md", ".txt"):
        candidates.append(Path(str(folder.joinpath(prompt + suffix))))
    for path in candidates:
        if path.is_file():
            return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return None
