"""plainsum: plain-language summaries of biomedical research for people with MS."""

from __future__ import annotations

__version__ = "0.1.0"

from . import first_chars as _first_chars  # before any module compiles its patterns

_first_chars.install()
