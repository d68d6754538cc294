"""Small field normalisers the format readers share: dates to ISO 8601, DOIs, HTML to text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        1,
    )
    for m in names
}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]+)", re.IGNORECASE)


def month_number(value: str | None) -> int | None:
    """1-12 from "3", "03", "Mar" or "March" (None when it is not a month)."""
    if not value:
        return None
    value = value.strip().lower().rstrip(".")
    if value.isdigit():
        number = int(value)
        return number if 1 <= number <= 12 else None
    return MONTHS.get(value) or MONTHS.get(value[:3]) or _SEASONS.get(value)


def iso_date(
    year: str | int | None, month: str | int | None = None, day: str | int | None = None
) -> str | None:
    """ "YYYY-MM-DD", "YYYY-MM" or "YYYY" from parts (None without a plausible year)."""
    try:
        y = int(str(year).strip()[:4])
    except (TypeError, ValueError):
        return None
    if not 1000 <= y <= 9999:
        return None
    m = month_number(str(month)) if month is not None else None
    if m is None:
        return f"{y:04d}"
    try:
        d = int(str(day).strip()) if day is not None else None
    except ValueError:
        d = None
    if d is None or not 1 <= d <= 31:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def date_from_text(value: str | None) -> str | None:
    """ISO date from MEDLINE/PubMed free text: "2024 Mar 15", "2023 Mar-Apr", "2022 Winter",
    "20240315", "2024-03-15"."""
    if not value:
        return None
    value = value.strip()
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", value)
    if compact:
        return iso_date(*compact.groups())
    iso = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?.*", value)
    if iso:
        return iso_date(*iso.groups())
    parts = re.split(r"[\s/-]+", value)
    year = parts[0] if parts and parts[0][:4].isdigit() else None
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 and parts[2].isdigit() else None
    return iso_date(year, month if month_number(month) else None, day)


# "...all that is required.Intussusception occurs...": PubMed's older records join some
# paragraphs with no space; the sentence splitter would read one sentence of the two.
_GLUED_SENTENCES = re.compile(r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z][a-z])")


def unglue_sentences(text: str) -> str:
    """A space between a sentence's full stop and the next sentence glued to it."""
    return _GLUED_SENTENCES.sub(" ", text)


def clean_doi(value: str | None) -> str | None:
    """A bare DOI ("10.1234/abc") from "doi:10.1234/abc", a doi.org link or text holding one."""
    if not value:
        return None
    match = DOI.search(value)
    return match.group(1).rstrip(".,;)]") if match else None


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section"}
    _SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(value: str | None) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, one line per block."""
    if not value:
        return ""
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
