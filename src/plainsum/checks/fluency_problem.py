"""The fluency check's unit: one problem found in a summary's text (shared by
plainsum.checks.fluency and plainsum.checks.half_replaced)."""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """One fluency problem: the rule broken, the text that breaks it, and what to do."""

    rule: str
    span: str
    message: str
    hint: str
