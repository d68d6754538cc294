"""Drafters: the offline one built into the package, and the OpenAI-compatible model client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Drafter, DrafterResult, DraftRequest

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["Drafter", "DrafterResult", "DraftRequest", "make_drafter"]


def make_drafter(settings: Settings) -> Drafter:
    """The drafter `settings` asks for (`settings.backend` must already be resolved)."""
    settings.require_endpoint_for_model()
    if settings.resolved_backend() == "openai":
        from .openai import OpenAIDrafter  # imported lazily: only this module imports openai

        return OpenAIDrafter(settings)
    from .offline import OfflineDrafter

    return OfflineDrafter(settings)
