"""plainsum: plain-language summaries of biomedical research for people with MS."""

from __future__ import annotations

__version__ = "0.1.0"
