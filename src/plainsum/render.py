"""Render drafts and check reports as Markdown, JSON or one self-contained HTML page, and read a
Markdown or JSON summary back (for `plainsum check`)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from typing import Literal

from pydantic import ValidationError

from .checks.markup import strip_markup
from .english import counted
from .errors import InputError
from .render_evidence import (
    CSS as EVIDENCE_CSS,
)
from .render_evidence import (
    SCRIPT,
    STATUS_WORDS,
    checked_line,
    sentences_html,
    source_html,
    status_of_report,
)
from .schemas import (
    SECTION_TITLES,
    SECTIONS,
    CheckReport,
    Draft,
    Finding,
    PlainSummary,
    Severity,
    Status,
)

Format = Literal["md", "json", "html"]
FORMATS = ("md", "json", "html")

_DESIGN_WORDS = {
    "lab": "lab study (cells or tissue)",
    "animal": "animal study",
    "observational": "observational study",
    "trial": "clinical trial",
    "review": "review of earlier studies",
    "case_report": "case report",
    "guideline": "guideline",
    "narrative_review": "narrative review",
    "diagnostic": "diagnostic-accuracy study",
    "economic": "economic evaluation",
    "protocol": "study protocol (no results yet)",
    "qualitative": "qualitative study (interviews or focus groups)",
    "unknown": "study design not detected",
}


def gate_line(findings: list[Finding], passed: bool, status: Status | None = None) -> str:
    """One line: passed, needs review (warnings only) or failed, with counts."""
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
    if status is None:
        status = Status.PASSED if passed else Status.FAILED
    counts = f"{counted(errors, 'error')}, {counted(warnings, 'warning')}"
    return f"Gate: {STATUS_WORDS[status]} ({counts})"


def _finding_line(f: Finding) -> str:
    where = f" {f.section}" if f.section else ""
    hint = f" Fix: {f.hint}" if f.hint else ""
    return f"- **{f.severity.value}** [{f.check}{where}] {f.message}{hint}"


def provenance_line(report: Draft | CheckReport) -> str:
    if not isinstance(report, Draft):
        return f"Checked an edited draft · {_DESIGN_WORDS[report.design.value]}"
    p = report.provenance
    chosen = " (chosen by --backend auto)" if p.backend == "auto" else ""
    parts = [f"Drafter: {p.drafter}{chosen}"]
    if p.model:
        parts.append(f"model {p.model}")
    if p.prompt_version:
        parts.append(f"prompt {p.prompt_version}")
    parts.append(_DESIGN_WORDS[report.design.value])
    parts.append(counted(len(p.attempts), "attempt"))
    parts.append(f"{report.timings.total_seconds:.2f} s")
    u = report.usage
    if u.input_tokens or u.output_tokens:
        tokens = f"tokens in {u.input_tokens} (cached {u.cached_tokens}) / out {u.output_tokens}"
        parts.append(tokens)
        if u.cost_usd is not None:
            parts.append(f"~${u.cost_usd:.4f}")
    return " · ".join(parts)


# What `strip_markup` changes starts with one of these: a tag or a `<` before a letter, a link or
# a reference (`[`), a script scheme (`:`). A text with none of them is returned as it is.
_MARKUP_STARTS = ("<", "[", ":")


def _stripped(text: str, flagged: frozenset[str] = frozenset()) -> str:
    """`strip_markup(text, flagged=flagged)`, without its five searches on a text that has
    nothing they could change (most sentences of a summary)."""
    if any(c in text for c in _MARKUP_STARTS):
        return strip_markup(text, flagged=flagged)
    return text


def to_markdown(report: Draft | CheckReport) -> str:
    """The summary in the newsroom's shape, then a footer with the gate's findings.

    Editors paste this into their sites: raw HTML is stripped and only http(s)/mailto links are
    kept (the gate's markup check fails a draft with any link that is not the paper's own).
    """
    s = report.summary
    flagged = frozenset(f.span for f in report.findings if f.check == "markup" and f.span)
    lines = [f"# {_stripped(s.headline, flagged)}", ""]
    for name in SECTIONS[1:]:
        text = _stripped(getattr(s, name), flagged)
        lines += [f"## {SECTION_TITLES[name]}", "", text, ""]
    gate = gate_line(report.findings, report.passed, status_of_report(report))
    lines += ["---", "", f"**{gate}** · {provenance_line(report)}"]
    checked = checked_line(report)
    if checked:
        lines += ["", checked]
    if report.findings:
        lines.append("")
        lines += [_stripped(_finding_line(f)) for f in report.findings]
    if isinstance(report, Draft) and report.provenance.notes:
        lines.append("")
        lines += [_stripped(f"- note: {n}") for n in report.provenance.notes]
    return "\n".join(lines) + "\n"


def to_json(report: Draft | CheckReport) -> str:
    return report.model_dump_json(indent=2) + "\n"


_CSS = """
body{font:17px/1.6 system-ui,-apple-system,Segoe UI,sans-serif;max-width:44rem;margin:2rem auto;
padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.6rem;line-height:1.3}h2{font-size:1.15rem;margin-top:1.6rem}
.meta{color:#555;font-size:.9rem}.passed{color:#126b2f}.failed{color:#a4161a}
ul.findings{font-size:.95rem;padding-left:1.2rem}li.error{color:#a4161a}li.warning{color:#8a5a00}
mark.error{background:#ffd6d6}mark.warning{background:#fff1c2}
"""


def _marks(findings: list[Finding], section: str) -> list[tuple[str, str]]:
    """(escaped span, severity) of every span findings point at in `section`, in the order
    they are marked: worked out once a section, not once a piece of its text."""
    # One mark per span, the most severe finding's; longest spans first, ties by text, so the
    # page is the same on every run (a set's order depends on the hash seed).
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    worst: dict[str, Severity] = {}
    for f in findings:
        if f.section == section and f.span:
            if f.span not in worst or rank[f.severity] < rank[worst[f.span]]:
                worst[f.span] = f.severity
    spans = sorted(
        ((span, sev.value) for span, sev in worst.items()), key=lambda sv: (-len(sv[0]), sv[0])
    )
    return [(html.escape(span or ""), severity) for span, severity in spans]


def _marked(text: str, marks: list[tuple[str, str]]) -> str:
    """Escape `text`, marking the spans `marks` (`_marks`) names."""
    out = html.escape(text)
    for escaped, severity in marks:
        if escaped and escaped in out and "<mark" not in escaped:
            out = out.replace(escaped, f'<mark class="{severity}">{escaped}</mark>', 1)
    return out


def to_html(report: Draft | CheckReport) -> str:
    """One self-contained page (no network), every piece of text escaped."""
    s = report.summary
    status = status_of_report(report)
    title = html.escape(s.headline)

    marks: dict[str, list[tuple[str, str]]] = {}

    def section(name: str, text: str) -> str:
        links = [link for link in report.evidence if link.section == name]
        if name not in marks:
            marks[name] = _marks(report.findings, name)
        return sentences_html(text, links, lambda t: _marked(t, marks[name]))

    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{title}</title><style>{_CSS}{EVIDENCE_CSS}</style></head><body>",
        f"<h1>{section('headline', s.headline)}</h1>",
    ]
    if report.source.title:
        parts.append(f'<p class="meta">About: {html.escape(report.source.title)}</p>')
    for name in SECTIONS[1:]:
        parts.append(f"<h2>{html.escape(SECTION_TITLES[name])}</h2>")
        for para in getattr(s, name).split("\n\n"):
            parts.append(f"<p>{section(name, para)}</p>")
    parts.append("<hr>")
    parts.append(
        f'<p class="meta"><strong class="{status.value}">'
        f"{html.escape(gate_line(report.findings, report.passed, status))}</strong> · "
        f"{html.escape(provenance_line(report))}</p>"
    )
    checked = checked_line(report)
    if checked:
        parts.append(f'<p class="meta">{html.escape(checked)}</p>')
    if report.findings:
        parts.append('<ul class="findings">')
        for f in report.findings:
            where = f" {f.section}" if f.section else ""
            hint = f" <em>Fix: {html.escape(f.hint)}</em>" if f.hint else ""
            parts.append(
                f'<li class="{f.severity.value}"><strong>{f.severity.value}</strong> '
                f"[{html.escape(f.check + where)}] {html.escape(f.message)}{hint}</li>"
            )
        parts.append("</ul>")
    parts.append(source_html(report))
    if report.evidence:
        parts.append(f"<script>{SCRIPT}</script>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render(report: Draft | CheckReport, fmt: Format) -> str:
    if fmt == "json":
        return to_json(report)
    if fmt == "html":
        return to_html(report)
    return to_markdown(report)


# ---- reading a summary back -------------------------------------------------------------------

_TITLE_TO_SECTION = {
    "what the study did": "what_the_study_did",
    "what the study found": "what_the_study_did",
    "what they did": "what_the_study_did",
    "why it matters": "why_it_matters",
    "why it matters to people with ms": "why_it_matters",
    "why this matters": "why_it_matters",
    "limitations": "limitations",
    "limits": "limitations",
    "what this study cannot show": "limitations",
}


def _section_for(title: str) -> str | None:
    key = re.sub(r"[^a-z ]", "", title.lower()).strip()
    key = re.sub(r"\s+", " ", key)
    return _TITLE_TO_SECTION.get(key) or _TITLE_TO_SECTION.get(key.replace("_", " "))


def parse_markdown(text: str, name: str = "draft") -> PlainSummary:
    """Read the Markdown `plainsum draft` writes (or an editor's edit of it) back into sections."""
    values: dict[str, list[str]] = {}
    current: str | None = None
    lines = text.replace("\r\n", "\n").split("\n")
    for at, line in enumerate(lines):
        stripped = line.strip()
        if stripped == "---" and "headline" in values:
            following = next((x.strip() for x in lines[at + 1 :] if x.strip()), "")
            if not following or following.startswith("**Gate:"):
                break  # the gate footer follows
            continue  # an editor's rule inside a section: the text after it still counts
        if stripped.startswith("# ") and "headline" not in values:
            values["headline"] = [stripped[2:].strip()]
            current = None
            continue
        if stripped.startswith("## "):
            current = _section_for(stripped[3:])
            if current is None:
                raise InputError(f"{name}: unknown section heading {stripped[3:]!r}")
            values.setdefault(current, [])
            continue
        if current:
            values[current].append(line)
    missing = [s for s in SECTIONS if not "\n".join(values.get(s, [])).strip()]
    if missing:
        raise InputError(
            f"{name}: missing section(s) {', '.join(missing)}; expected '# Headline' then "
            "'## What the study did', '## Why it matters to people with MS', '## Limitations'"
        )
    fields = {k: re.sub(r"\n{3,}", "\n\n", "\n".join(v).strip()) for k, v in values.items()}
    return _validate(fields, name)


def _validate(fields: Mapping[str, object], name: str) -> PlainSummary:
    try:
        return PlainSummary.model_validate(fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "summary"
        raise InputError(f"{name}: {where}: {err['msg']}") from None


def parse_json(text: str, name: str = "draft") -> PlainSummary:
    """Read a Draft/CheckReport JSON, or a bare object with the four sections."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply to be a draft") from None
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a JSON object with the four sections")
    if isinstance(data.get("summary"), dict):
        data = data["summary"]
    return _validate(data, name)


def parse_summary(text: str, name: str = "draft") -> PlainSummary:
    """Markdown or JSON, decided by content."""
    if text.lstrip()[:1] in ("{", "["):
        return parse_json(text, name)
    return parse_markdown(text, name)
