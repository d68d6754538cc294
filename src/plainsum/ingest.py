"""Read a paper (file or stdin) into a `Source`: normalised text, title and abstract sections."""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .schemas import SourceInfo

MAX_BYTES = 2_000_000  # a long full-text paper is ~150 kB; much more is not a paper
MIN_WORDS = 25  # fewer words than this is not enough to summarise
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}

# Heading variants -> canonical section name.
HEADINGS: dict[str, str] = {
    "background": "background",
    "introduction": "background",
    "context": "background",
    "rationale": "background",
    "background and purpose": "background",
    "background and aims": "background",
    "background and objectives": "background",
    "objective": "objective",
    "objectives": "objective",
    "aim": "objective",
    "aims": "objective",
    "purpose": "objective",
    "importance": "background",
    "goal": "objective",
    "methods": "methods",
    "method": "methods",
    "materials and methods": "methods",
    "methods and materials": "methods",
    "patients and methods": "methods",
    "design": "methods",
    "study design": "methods",
    "design, setting, and participants": "methods",
    "setting": "methods",
    "participants": "methods",
    "patients": "methods",
    "interventions": "methods",
    "intervention": "methods",
    "main outcome measures": "methods",
    "main outcomes and measures": "methods",
    "outcome measures": "methods",
    "measurements": "methods",
    "search methods": "methods",
    "search strategy": "methods",
    "selection criteria": "methods",
    "data collection and analysis": "methods",
    "data sources": "methods",
    "study selection": "methods",
    "data extraction": "methods",
    "data synthesis": "results",
    "results": "results",
    "main results": "results",
    "findings": "results",
    "key results": "results",
    "conclusions": "conclusions",
    "conclusion": "conclusions",
    "authors' conclusions": "conclusions",
    "authors conclusions": "conclusions",
    "conclusions and relevance": "conclusions",
    "interpretation": "conclusions",
    "discussion": "conclusions",
    "significance": "conclusions",
    "implications": "conclusions",
    "limitations": "limitations",
    "limitation": "limitations",
    "strengths and limitations": "limitations",
    "abstract": "abstract",
    "summary": "abstract",
}

_HEAD = r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(?P<head>[A-Za-z][A-Za-z ,'’/&-]{1,48}?)(?:\*\*)?"
_HEADING_INLINE = re.compile(_HEAD + r"\s*[:.]\s*(?:\*\*)?\s*")
_HEADING_LINE = re.compile(_HEAD + r"\s*:?\s*$")


@dataclass(frozen=True)
class Section:
    heading: str  # as written
    name: str  # canonical: background, objective, methods, results, conclusions, limitations ...
    text: str


@dataclass(frozen=True)
class Source:
    """A paper as plainsum reads it."""

    text: str  # the normalised body (title excluded)
    title: str | None = None
    sections: tuple[Section, ...] = field(default_factory=tuple)
    path: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(((self.title or "") + "\n" + self.text).encode()).hexdigest()

    @property
    def full_text(self) -> str:
        """Title and body, as a checker should see it."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    def section(self, *names: str) -> str:
        """Text of every section with one of the canonical `names`, joined."""
        return "\n\n".join(s.text for s in self.sections if s.name in names)

    def info(self) -> SourceInfo:
        return SourceInfo(
            title=self.title, sha256=self.sha256, chars=len(self.text), path=self.path
        )


def normalise(text: str) -> str:
    """Unicode NFKC, unified quotes and dashes, no control characters, tidy whitespace."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u2018\u2019\u201b\u2032]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201f\u2033]", '"', text)
    text = re.sub(r"[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", text)
    text = text.replace("\u00ad", "")  # soft hyphen
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _canonical(head: str) -> str | None:
    key = re.sub(r"\s+", " ", head.strip().lower().replace("’", "'"))
    return HEADINGS.get(key)


def _split_sections(text: str) -> tuple[Section, ...]:
    """Find abstract headings written inline ("Methods: ...") or on a line of their own."""
    sections: list[Section] = []
    current_head, current_name = "", ""
    buf: list[str] = []

    def flush() -> None:
        body = " ".join(" ".join(buf).split())
        if body:
            sections.append(Section(current_head, current_name or "body", body))

    for line in text.split("\n"):
        if not line.strip():
            buf.append("")
            continue
        own = _HEADING_LINE.match(line)
        if own and _canonical(own["head"]):
            flush()
            current_head, current_name, buf = own["head"].strip(), _canonical(own["head"]) or "", []
            continue
        inline = _HEADING_INLINE.match(line)
        if inline and _canonical(inline["head"]):
            flush()
            current_head = inline["head"].strip()
            current_name = _canonical(inline["head"]) or ""
            buf = [line[inline.end() :]]
            continue
        buf.append(line)
    flush()
    return tuple(sections)


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


def parse(text: str, path: str | None = None) -> Source:
    """Build a `Source` from already-decoded text, refusing what cannot be a paper."""
    text = normalise(text)
    if not text:
        raise InputError(f"{path or 'input'} is empty")
    title = None
    first, _, rest = text.partition("\n")
    if _looks_like_title(first, rest):
        title = first.strip().lstrip("#").strip().strip("*").strip()
        text = rest.strip()
    if len(text.split()) < MIN_WORDS:
        raise InputError(
            f"{path or 'input'} has only {len(text.split())} words; "
            f"a paper or abstract needs at least {MIN_WORDS}"
        )
    return Source(text=text, title=title, sections=_split_sections(text), path=path)


def decode(data: bytes, name: str) -> str:
    """Decode bytes as text, refusing binary data."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name} is {len(data):,} bytes; plainsum reads papers up to {MAX_BYTES:,} bytes"
        )
    if b"\x00" in data[:8192] or data[:5] == b"%PDF-" or data[:4] == b"PK\x03\x04":
        raise InputError(f"{name} is not a text file (binary data); give a .txt or .md file")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 fails only on a few undefined bytes
        raise InputError(f"{name} is not readable text")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(5, len(text) // 100):
        raise InputError(f"{name} is not a text file (binary data); give a .txt or .md file")
    return text


def read_source(path: str | Path) -> Source:
    """Read a paper from a file path, or from stdin when `path` is "-"."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return parse(decode(data, "stdin"), path=None)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p} is a folder; give a file (or - for stdin)")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{p} is {size:,} bytes; plainsum reads papers up to {MAX_BYTES:,} bytes")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from exc
    return parse(decode(data, str(p)), path=str(p))
