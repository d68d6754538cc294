"""Two words joined by a slash ("infection/sepsis", "pramipexole/levodopa combination") said in
words: the slash is unreadable, and what it means depends on what it joins."""

from __future__ import annotations

import re

__all__ = ["slash_words"]

# "nosocomial infection/sepsis": two words joined by a slash are one or the other; the slash
# would make the sentence unreadable (and unused). Never a ratio ("n-6/n-3 ratio"), a unit
# ("mg/kg") or a code ("PTCRA/PTCA").
_WORD_SLASH = re.compile(r"(?<![\w/-])([A-Za-z][a-z]{3,})/([a-z]{4,})(?![\w/-])(?! ratios?\b)")
# "the pramipexole/levodopa combination": a slash before a word for two things given together
# joins them ("and"); "or" would change the treatment.
_TOGETHER_AFTER = re.compile(
    r"\s+(?:combos?|combinations?|mixtures?|co-?therapy|co-?administration|regimens?|"
    r"co-?treatment|together)\b",
    re.I,
)


def _joined(m: re.Match[str]) -> str:
    """Two words joined by a slash, said with "or", or "and" when what follows says they were
    given together."""
    joined = " and " if _TOGETHER_AFTER.match(m.string, m.end()) else " or "
    return m.group(1) + joined + m.group(2)


def slash_words(text: str) -> str:
    """`text` with each slash between two words said in words."""
    return _WORD_SLASH.sub(_joined, text)
