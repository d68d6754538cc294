"""A paper as plainsum reads it (`Source`), and turning text into one: normalised text, title,
abstract sections. The readers of each format (text, PubMed, JATS, feeds, PDF ...) all end here."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields
from typing import Any

from ..errors import InputError
from ..schemas import SourceInfo
from .headings import (
    NO_LABELS,
    colon_after_spaced_headings,
    drop_no_label,
    split_glued_headings,
    split_spaced_headings,
)
from .headings import canonical as _canonical
from .normalise import normalise

MIN_WORDS = 25  # fewer words than this is not enough to summarise


_HEAD = r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(?P<head>[A-Za-z][A-Za-z ,'’/&-]{1,48}?)(?:\*\*)?"
_HEADING_INLINE = re.compile(_HEAD + r"\s*[:.]\s*(?:\*\*)?\s*")
_HEADING_LINE = re.compile(_HEAD + r"\s*:?\s*$")
# A heading inside a line, after a sentence's end: a structured abstract written as one
# paragraph ("Background: ... 105 patients were randomly assigned. Results: ... Conclusion: ...").
_HEADING_MID = re.compile(r"(?<=[.!?)\]\"”'’])[ \t]+(?P<head>[A-Z][A-Za-z ,'’/&-]{2,48}):[ \t]+")


@dataclass(frozen=True)
class Section:
    heading: str  # as written
    name: str  # canonical: background, objective, methods, results, conclusions, limitations ...
    text: str


@dataclass(frozen=True)
class Source:
    """A paper as plainsum reads it: the text to summarise, its sections, and what is known
    about it (any metadata field may be missing)."""

    text: str  # the normalised body (title excluded)
    title: str | None = None
    sections: tuple[Section, ...] = field(default_factory=tuple)
    path: str | None = None
    id: str | None = None  # the item's id: PMID, DOI, feed entry id, JSONL id, else from the file
    authors: tuple[str, ...] = ()
    journal: str | None = None
    date: str | None = None  # publication date, ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY)
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None
    format: str = "text"  # the reader that built it: text, pubmed, medline, jats, feed, pdf, jsonl
    # An author-written plain-language summary (JATS), kept apart: it is not the paper's text.
    plain_language_summary: str | None = None
    # What the record's metadata says the item is when it is a notice about another paper
    # ("a correction notice", "a retraction notice"): not research, whatever its text reads like.
    notice: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(((self.title or "") + "\n" + self.text).encode()).hexdigest()

    # The gate's and the drafter's per-paper memos are keyed by the Source (about 160 hashes
    # a paper in the gate, 2 us each: the generated __hash__ hashes every field and section)
    # or by its full text (about 50 a paper, a new 2 KB string each): both are worked out once
    # and kept on the instance, outside the fields (equality, repr and fields() are the
    # dataclass's own) and outside what pickling carries (a str's hash differs between
    # processes).
    def __hash__(self) -> int:
        kept: int | None = self.__dict__.get("_hash")
        if kept is None:
            kept = hash(tuple(self.__dict__[name] for name in _SOURCE_FIELDS))
            object.__setattr__(self, "_hash", kept)
        return kept

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k in _SOURCE_FIELDS}

    @property
    def full_text(self) -> str:
        """Title and body, as a checker should see it."""
        kept: str | None = self.__dict__.get("_full_text")
        if kept is None:
            kept = f"{self.title}\n\n{self.text}" if self.title else self.text
            object.__setattr__(self, "_full_text", kept)
        return kept

    def section(self, *names: str) -> str:
        """Text of every section with one of the canonical `names`, joined."""
        return "\n\n".join(s.text for s in self.sections if s.name in names)

    def info(self) -> SourceInfo:
        return SourceInfo(
            title=self.title,
            sha256=self.sha256,
            chars=len(self.text),
            path=self.path,
            id=self.id,
            format=self.format,
            journal=self.journal,
            date=self.date,
            authors=list(self.authors),
            doi=self.doi,
            pmid=self.pmid,
            url=self.url,
        )


_SOURCE_FIELDS = tuple(f.name for f in fields(Source))


@dataclass(frozen=True)
class ItemError:
    """One item of an input that could not be read (the others still can): its id or path and
    the one-line reason."""

    id: str
    reason: str
    path: str | None = None

    def __str__(self) -> str:
        return self.reason


SourceItem = Source | ItemError


def _split_sections(text: str) -> tuple[Section, ...]:
    """Find abstract headings written inline ("Methods: ..."), on a line of their own, or inside
    a one-paragraph structured abstract (`_mid_headings`)."""
    sections: list[Section] = []
    current_head, current_name = "", ""
    buf: list[str] = []

    def flush() -> None:
        body = _joined_lines(buf)
        if body:
            sections.append(Section(current_head, current_name or "body", body))

    def start(head: str) -> None:
        nonlocal current_head, current_name, buf
        flush()
        current_head, current_name, buf = head.strip(), _canonical(head) or "", []

    # a paragraph that has opened on a heading keeps reading its later lines' single headings:
    # a structured abstract hard-wrapped (a PDF's text) has "... (MFIS). Results: Mean ..."
    # inside a line of its own
    headed = False
    for line in text.split("\n"):
        if not line.strip():
            buf.append("")
            headed = False
            continue
        own = _HEADING_LINE.match(line)
        if own and _canonical(own["head"]):
            start(own["head"])
            headed = True
            continue
        inline = _HEADING_INLINE.match(line)
        opened = bool(inline and _canonical(inline["head"]))
        if inline and opened:
            start(inline["head"])
            line = line[inline.end() :]
        headed = headed or opened
        at = 0
        for mid in _mid_headings(line, headed):
            buf.append(line[at : mid.start()])
            start(mid["head"])
            at = mid.end()
        buf.append(line[at:])
    flush()
    return tuple(sections)


# A line of its own that names what the results after it are about ("Hypertonic saline versus
# mannitol", "Secondary outcomes", "Results for trials in adults:", "Mother"): short, no closing
# stop (a colon at most), no verb, after a sentence's end (or another such line), before a line
# that starts a sentence. Run into the sentence after it, it read "... versus mannitol There was
# no difference ..."; it is left out of its section's text (the paper's whole text keeps it), so
# the sentence after it is read whole.
_SUBHEADING_WORDS = 12
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")
_VERB_LIKE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|can|could|will|would|may|might|"
    r"should|must)\b|\b\w{3,}ed\b",
    re.I,
)


def _joined_lines(lines: list[str]) -> str:
    """A section's lines as one text, its whitespace tidied, without its sub-headings (see
    `_SUBHEADING_WORDS`)."""
    kept = [" ".join(line.split()) for line in lines]
    kept = [line for line in kept if line]
    heads = _subheadings(kept)
    return " ".join(line for i, line in enumerate(kept) if i not in heads)


def _subheadings(lines: list[str]) -> set[int]:
    """The indexes of `lines` that are sub-headings: short, no end stop and no verb of their
    own, after a line that ends a sentence or another sub-heading, before a line that starts a
    sentence."""
    heads: set[int] = set()
    for i, line in enumerate(lines):
        if i == 0 or i + 1 >= len(lines) or not line[:1].isupper():
            continue
        if not lines[i + 1][:1].isupper() or len(line.split()) > _SUBHEADING_WORDS:
            continue
        if re.search(r"[.!?;,]$", line) or _VERB_LIKE.search(line):
            continue  # a sentence, or a hard-wrapped one's first line ("... enrolled 40 adults")
        if i - 1 in heads or _ENDS_SENTENCE.search(lines[i - 1]):
            heads.add(i)
    return heads


def _mid_headings(line: str, opened: bool) -> list[re.Match[str]]:
    """Known headings inside a line after a sentence's end ("... were randomised. Results: ..."):
    counted when the line opened with a heading too, or holds two of them, so that one
    "Note: ..." inside a paragraph of plain text stays text."""
    found = [m for m in _HEADING_MID.finditer(line) if _canonical(m["head"])]
    return found if opened or len(found) >= 2 else []


def _looks_like_title(line: str, rest: str) -> bool:
    line = line.strip()
    if not line or not rest.strip():
        return False
    if line.startswith("#"):
        return True
    words = len(line.split())
    if (
        _canonical(line.rstrip(":"))
        or _HEADING_INLINE.match(line)
        and _canonical(
            _HEADING_INLINE.match(line)["head"]  # type: ignore[index]
        )
    ):
        return False
    return 3 <= words <= 40 and not re.search(r"[.;:]$", line) and len(line) < 300


def _require_words(text: str, name: str) -> None:
    words = len(text.split())
    if words < MIN_WORDS:
        raise InputError(
            f"{name} has only {words} words; a paper or abstract needs at least {MIN_WORDS}"
        )


def parse(
    text: str,
    path: str | None = None,
    *,
    title: str | None = None,
    where: str | None = None,
    **meta: Any,
) -> Source:
    """Build a `Source` from already-decoded text, refusing what cannot be a paper.

    Without a `title`, a first line that looks like one is taken as the title. `meta` fills the
    other `Source` fields (id, authors, journal, date, doi, pmid, url, format); `where` names
    the input in error messages (default: its path).
    """
    name = where or path or "input"
    text = normalise(text)
    if not text:
        raise InputError(f"{name} is empty")
    if title is None:
        first, _, rest = text.partition("\n")
        if _looks_like_title(first, rest):
            title = first.strip().lstrip("#").strip().strip("*").strip()
            text = rest.strip()
    else:
        title = normalise(title) or None
    _require_words(text, name)
    text = colon_after_spaced_headings(text)  # "Methods We ..." -> "Methods: We ..."
    return Source(text=text, title=title, sections=_split_sections(text), path=path, **meta)


_INLINE_LABEL = re.compile(r"(?:(?<=[.!?)\]])\s+|^)(?P<head>[A-Z][A-Z ,'&/-]{2,48}):\s+")


def split_inline_labels(text: str) -> list[tuple[str, str]]:
    """Split a one-paragraph structured abstract ("BACKGROUND: ... METHODS: ...", as MEDLINE and
    some feeds write it) into (label, text) parts; only known headings count as labels.
    Headings glued to their text ("BackgroundPhysical activity ...") count too."""
    glued = split_glued_headings(text) or split_spaced_headings(text)
    if glued is not None:
        return glued
    parts: list[tuple[str, str]] = []
    head, start = "", 0
    for match in _INLINE_LABEL.finditer(text):
        if not _canonical(match["head"]):
            continue
        chunk = text[start : match.start()].strip()
        if chunk:
            parts.append((head, chunk))
        head, start = match["head"].strip(), match.end()
    chunk = text[start:].strip()
    if chunk:
        parts.append((head, chunk))
    return parts


def build_source(
    parts: list[tuple[str, str]],
    *,
    title: str | None,
    categories: list[str | None] | None = None,
    where: str | None = None,
    **meta: Any,
) -> Source:
    """Build a `Source` from labelled parts of a structured record (PubMed, JATS, feeds ...).

    Each part is (label, text); an empty label is unlabelled text. A label's canonical section
    name comes from the heading table, else from `categories` (PubMed's NlmCategory), else
    "body". The text reads "Label: text" per part, as a structured abstract is written.
    `where` names the item in error messages (default: its path or id).
    """
    name = where or meta.get("path") or meta.get("id") or "input"
    sections: list[Section] = []
    chunks: list[str] = []
    for index, (label, body) in enumerate(parts):
        label, body = normalise(label).rstrip(":. "), " ".join(normalise(body).split())
        label = "" if label.lower() in NO_LABELS else label
        body = drop_no_label(body)
        inline = None if label else _HEADING_INLINE.match(body)
        if inline and _canonical(inline["head"]):  # "<b>Methods:</b> ..." flattened
            label, body = inline["head"].strip(), body[inline.end() :]
        if not body:
            continue
        category = (categories[index] if categories and index < len(categories) else None) or ""
        canonical = _canonical(label) if label else None
        if canonical is None and category.lower() not in ("", "unassigned", "unlabelled"):
            canonical = _canonical(category)
        sections.append(Section(label, canonical or "body", body))
        chunks.append(f"{label}: {body}" if label else body)
    text = "\n\n".join(chunks)
    if not text:
        raise InputError(f"{name} has no abstract or text")
    _require_words(text, name)
    return Source(
        text=text,
        title=(normalise(title) or None) if title else None,
        sections=tuple(sections),
        **meta,
    )
