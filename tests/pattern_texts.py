"""Texts for the tests that compare a pattern's answers two ways (tests/test_prefilter.py,
tests/test_first_chars.py): the caveat phrasings, the screen's texts and the examples, each
whole and split into sentences."""

from __future__ import annotations

from pathlib import Path

import caveat_phrasings
import screen_texts

from plainsum.checks.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[str]:
    """Every text above, whole and as sentences, in a fixed order."""
    texts: list[str] = []
    for name in dir(caveat_phrasings):
        value = getattr(caveat_phrasings, name)
        if isinstance(value, dict):
            for phrasings in value.values():
                if isinstance(phrasings, list):
                    texts.extend(t for t in phrasings if isinstance(t, str))
    whole = [*screen_texts.NOT_RESEARCH.values(), *screen_texts.RESEARCH.values()]
    whole += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    for text in whole:
        texts.append(text)  # the screen reads whole texts
        texts.extend(split_sentences(text))
    return texts
