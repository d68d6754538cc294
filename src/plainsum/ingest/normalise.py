"""Text normalisation of a paper as read: one Unicode form, one kind of quote and dash, no control
characters, tidy whitespace (ingest.source parses what this returns)."""

from __future__ import annotations

import re
import unicodedata

# The ASCII characters of category C (controls), found by one search in an ASCII text.
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# normalise's character maps: a class's substitution runs only when one of its characters is
# in the text (a search with `in` costs a few microseconds; a substitution over the text,
# mostly finding nothing, several times that).
_UNIFIED = [
    (chars, re.compile(f"[{chars}]"), unified)
    for chars, unified in (
        ("\u2018\u2019\u201b\u2032", "'"),
        ("\u201c\u201d\u201f\u2033", '"'),
        ("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),
    )
]
_BLANKS = re.compile(r"[ \t\u00a0]+")
_SPACES = re.compile(r" {2,}")
_LINE_ENDS = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")


def _drop_controls(text: str) -> str:
    """The text without control, format, private-use or unassigned characters (category C),
    newlines and tabs kept. Each distinct character is classified once (a paper has a few
    hundred), not every character of the text: this ran per character on the batch's loop.
    An ASCII text's only such characters are its controls: one search finds whether it has
    any."""
    if text.isascii() and _ASCII_CONTROLS.search(text) is None:
        return text
    drop = {
        ord(ch): None for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch)[0] == "C"
    }
    return text.translate(drop) if drop else text


def normalise(text: str) -> str:
    """Unicode NFKC, unified quotes and dashes, no control characters, tidy whitespace.

    Each step runs only where the text holds what it changes (the same text out: a
    substitution that finds nothing, or replaces a single space or a bare newline by itself,
    changes nothing); a paper's text is normalised in a batch's main process."""
    text = unicodedata.normalize("NFKC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for chars, pattern, unified in _UNIFIED:
        if any(ch in text for ch in chars):
            text = pattern.sub(unified, text)
    text = text.replace("\u00ad", "")  # soft hyphen
    text = _drop_controls(text)
    if "\t" in text or "\u00a0" in text:
        text = _BLANKS.sub(" ", text)
    elif "  " in text:  # runs of spaces alone: only those of two or more change
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_ENDS.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()
