"""Counts said in English: '1 request', '3 requests', never 'request(s)'."""

from __future__ import annotations

__all__ = ["counted"]


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 attempt', '3 attempts', '0 errors', '1,204 requests': a count with its noun in the
    right number (`plural` for nouns that do not just take an s: 'reply', 'replies')."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {plural or noun + 's'}"
