"""A paper's key in a batch: a hash of its text, the prompt, the model and the settings that
change a draft. The same key means the same draft, so a rerun skips it; any change drafts again."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .. import __version__
from ..fingerprint import code_fingerprint, prompt_fingerprint
from ..settings import Settings

# Settings that change what a model writes or what the gate decides; others (timeouts, retry
# budgets, logging, prices) only change how the draft is fetched.
MODEL_SETTINGS = ("model", "temperature", "max_repairs", "grade", "max_input_tokens")
MODEL_SETTINGS_EXTRA = ("max_output_tokens",)
OFFLINE_SETTINGS = ("max_repairs", "grade")


def draft_spec(settings: Settings) -> dict[str, Any]:
    """Everything besides the paper that decides its draft, as plain JSON values."""
    backend = settings.resolved_backend()
    spec: dict[str, Any] = {"backend": backend, "plainsum": __version__}
    if backend == "openai":
        for name in (*MODEL_SETTINGS, *MODEL_SETTINGS_EXTRA):
            spec[name] = getattr(settings, name)
        spec["prompt"] = settings.prompt
        spec["prompt_text"] = prompt_fingerprint(settings.prompt)
    else:
        for name in OFFLINE_SETTINGS:
            spec[name] = getattr(settings, name)
        spec["code"] = code_fingerprint()  # the offline drafter is code: a change redrafts
    return spec


def spec_digest(spec: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()


def paper_key(source_sha256: str, spec_hash: str) -> str:
    """The key of one paper under one draft spec (`spec_digest`)."""
    return hashlib.sha256(f"{source_sha256}\n{spec_hash}".encode()).hexdigest()
