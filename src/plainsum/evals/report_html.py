"""`report.html`: one self-contained page (inline CSS, JS and SVG; nothing fetched) for a run.

Every piece of text that comes from a paper, a reference or a draft goes through `esc`. The page
also carries a Content-Security-Policy that lets only its own script (by hash) run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re

from ..schemas import SECTION_TITLES, Finding, Severity
from .runlog import Aggregate, CaseResult, RunLog, SystemResult
from .scorers import METRICS, Metric

CSS = """
:root{--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--mute:#57606a;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1400px;
padding:1rem 1.5rem;color:#1f2328}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;border-bottom:1px solid var(--line);
padding-bottom:.2rem;margin-top:2rem}h3{font-size:1rem;margin:.2rem 0}h4{margin:.1rem 0 .4rem}
.meta{color:var(--mute);font-size:.9rem}
table{border-collapse:collapse;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:right}
th:first-child,td:first-child,td.text{text-align:left}thead th{background:var(--bg)}
td.best{font-weight:700;color:var(--ok)}td.best::after{content:" \\2605"}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:.8rem}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:.4rem}
figcaption{font-size:.85rem;color:var(--mute)}svg text{font:11px system-ui,sans-serif}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid var(--line);
z-index:1;display:flex;gap:1.2rem;flex-wrap:wrap;align-items:center}
article.case{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin:.8rem 0}
[hidden]{display:none!important}
.source{max-height:24rem;overflow:auto}
.source,.reference{white-space:pre-wrap;background:var(--bg);padding:.5rem;border-radius:4px;
font-size:.9rem}
.drafts{display:grid;gap:.8rem;margin-top:.6rem}
.draft{border-left:4px solid var(--line);padding:.2rem .6rem}
.draft.pass{border-color:var(--ok)}.draft.fail{border-color:var(--bad)}
.draft.error{border-color:var(--warn)}
.verdict{font-size:.8rem;font-weight:700;padding:0 .3rem;border-radius:3px;color:#fff}
.pass .verdict{background:var(--ok)}.fail .verdict{background:var(--bad)}
.error .verdict{background:var(--warn)}
.sec{margin:.3rem 0}.sec b{display:block;font-size:.8rem;color:var(--mute)}
mark{border-radius:2px;padding:0 1px}mark.error{background:#ffd7d5}mark.warning{background:#fff1a8}
mark.info{background:#ddf4ff}
.flag{font-size:.75rem;border-radius:3px;padding:0 .3rem;white-space:nowrap}
.flag.error{background:#ffd7d5}.flag.warning{background:#fff1a8}.flag.info{background:#ddf4ff}
ul.findings{font-size:.85rem;padding-left:1.1rem;margin:.3rem 0}li.error{color:var(--bad)}
li.warning{color:var(--warn)}.scores{font-size:.8rem;color:var(--mute)}
.up{color:var(--ok)}.down{color:var(--bad)}
pre.raw{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--bg);padding:.5rem;
border-radius:4px;font-size:.8rem;max-height:20rem;overflow-y:auto}
.errline{overflow-wrap:anywhere}.draft,.sec,li,mark{overflow-wrap:anywhere}
.source,.reference{overflow-wrap:anywhere}
.scale{fill:#eaeef2}
"""

FILTER_JS = """
(function () {
  var dis = document.getElementById("f-disagree");
  var fail = document.getElementById("f-fail");
  var text = document.getElementById("f-text");
  var count = document.getElementById("shown-count");
  var cases = Array.prototype.slice.call(document.querySelectorAll("article.case"));
  function apply() {
    var q = text.value.trim().toLowerCase();
    var shown = 0;
    cases.forEach(function (c) {
      var ok = (!dis.checked || c.dataset.disagree === "1") &&
        (!fail.checked || c.dataset.fail === "1") &&
        (!q || c.dataset.key.toLowerCase().indexOf(q) >= 0);
      c.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + cases.length + " cases shown";
  }
  dis.addEventListener("change", apply);
  fail.addEventListener("change", apply);
  text.addEventListener("input", apply);
  apply();
})();
"""


def esc(text: object) -> str:
    """HTML-escape anything for use in text or a quoted attribute."""
    return html.escape(str(text), quote=True)


def page(title: str, body: str, script: str = "") -> str:
    """A whole HTML document; only `script` (allowed by its hash) may run."""
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    script_src = f"'sha256-{digest}'" if script else "'none'"
    csp = (
        f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script_src}; "
        "base-uri 'none'; form-action 'none'"
    )
    tail = f"<script>{script}</script>\n" if script else ""
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n{tail}"
        "</body>\n</html>\n"
    )


def fmt(value: float | None, metric: Metric | None = None) -> str:
    """A metric value as text: fixed digits for known metrics, '-' for none."""
    if value is None:
        return "-"
    digits = metric.digits if metric else 3
    return f"{value:.{digits}f}"


def best_systems(row: dict[str, Aggregate | None], metric: str) -> set[str]:
    """The systems with the best mean of `metric` (none when it has no direction or one system)."""
    info = METRICS.get(metric)
    if metric == "failed_cases":
        info = Metric("failed cases", "lower", 0)
    values = {s: a.mean for s, a in row.items() if a is not None and a.mean is not None}
    if info is None or info.better is None or len(values) < 2:
        return set()
    target = max(values.values()) if info.better == "higher" else min(values.values())
    if all(v == target for v in values.values()):
        return set()
    return {s for s, v in values.items() if v == target}


def _metric_rows(log: RunLog) -> list[str]:
    return [*log.metric_names(), "failed_cases"]


def aggregate_table(log: RunLog) -> str:
    """Metrics down, systems across; the best value of each row marked."""
    systems = log.active_systems()
    head = "".join(f"<th>{esc(s)}</th>" for s in systems)
    rows = []
    for metric in _metric_rows(log):
        row = {s: log.aggregates.get(s, {}).get(metric) for s in systems}
        best = best_systems(row, metric)
        info = METRICS.get(metric)
        label = info.label if info else metric.replace("_", " ")
        arrow = {"higher": " ↑", "lower": " ↓"}.get(info.better or "", "") if info else ""
        shown = info or (Metric("", None, 0) if metric == "failed_cases" else None)
        cells = "".join(
            f'<td class="{"best" if s in best else ""}" title="n={a.n if a else 0}">'
            f"{fmt(a.mean if a else None, shown)}</td>"
            for s, a in row.items()
        )
        rows.append(f"<tr><th>{esc(label)}{arrow}</th>{cells}</tr>")
    return (
        f'<table id="aggregate"><thead><tr><th>metric</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def bar_chart(
    title: str,
    values: dict[str, float | None],
    best: set[str],
    digits: int = 2,
    scale: float | None = None,
) -> str:
    """A horizontal bar per system, as inline SVG, on an absolute scale: 0 to `scale` (the
    metric's natural end: 1 for a share, 20 for a grade), stretched only when a value passes
    it, so one system's bar still reads (a grey track shows the whole scale)."""
    present = {k: v for k, v in values.items() if v is not None}
    if not present:
        return ""
    top = max([abs(v) for v in present.values()] + [scale or 0.0]) or 1.0
    row_h, label_w, bar_w = 22, 130, 150
    height = row_h * len(values) + 6
    parts = [
        f'<svg role="img" aria-label="{esc(title)}" width="{label_w + bar_w + 70}" '
        f'height="{height}" viewBox="0 0 {label_w + bar_w + 70} {height}">'
    ]
    for i, (name, value) in enumerate(values.items()):
        y = 3 + i * row_h
        width = 0 if value is None else max(1.0, abs(value) / top * bar_w)
        colour = "#1a7f37" if name in best else "#8c959f"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{esc(name[:20])}</text>'
            f'<rect class="scale" x="{label_w}" y="{y + 3}" width="{bar_w}" '
            f'height="{row_h - 8}"/>'
            f'<rect x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 8}" '
            f'fill="{colour}"/>'
            f'<text x="{label_w + width + 4:.1f}" y="{y + 14}">'
            f"{esc('-' if value is None else f'{value:.{digits}f}')}</text>"
        )
    parts.append("</svg>")
    caption = f"{esc(title)} <span>(scale 0 to {top:g})</span>"
    return f"<figure><figcaption>{caption}</figcaption>{''.join(parts)}</figure>"


def charts(log: RunLog) -> str:
    systems = log.active_systems()
    figures = []
    for metric in log.metric_names():
        info = METRICS.get(metric)
        row = {s: log.aggregates.get(s, {}).get(metric) for s in systems}
        values = {s: (a.mean if a else None) for s, a in row.items()}
        label = info.label if info else metric
        digits = info.digits if info else 3
        scale = info.scale if info else None
        figures.append(bar_chart(label, values, best_systems(row, metric), digits, scale))
    return f'<div class="charts">{"".join(f for f in figures if f)}</div>'


# A letter outside ASCII: case folding may take it to an ASCII letter ("ſ" to "s", the Kelvin
# sign to "k") or change its length ("İ"); a text without one lower-cases in place.
_FOREIGN_LETTER = re.compile(r"(?![\x00-\x7f])[^\W\d_]")


def _places(span: str, text: str, lower: str | None) -> list[tuple[int, int]]:
    """Where `span` occurs in `text`, case ignored: the places `re.finditer(re.escape(span),
    text, re.I)` finds. An ASCII span in a text with no letter outside ASCII (`lower` is that
    text lower-cased, else None) is found by `str.find` in the lower-cased text, where the
    case-blind pattern would be compiled for every span of every draft of a report (most of
    a 1,000-case report's rendering time)."""
    if lower is None or not span.isascii():
        return [m.span() for m in re.finditer(re.escape(span), text, re.I)]
    needle = span.lower()
    places = []
    at = lower.find(needle)
    while at != -1:
        places.append((at, at + len(needle)))
        at = lower.find(needle, at + len(needle))
    return places


def _spans(text: str, findings: list[Finding]) -> list[tuple[int, int, Finding]]:
    """Non-overlapping (start, end, finding) places where findings' spans occur in `text`."""
    found: list[tuple[int, int, Finding]] = []
    lower = None if _FOREIGN_LETTER.search(text) else text.lower()
    for finding in findings:
        span = (finding.span or "").strip()
        if len(span) < 2:
            continue
        for start, end in _places(span, text, lower):
            found.append((start, end, finding))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    kept: list[tuple[int, int, Finding]] = []
    for start, end, finding in found:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, finding))
    return kept


def highlight(text: str, findings: list[Finding]) -> str:
    """`text` escaped, with each finding's span wrapped in a <mark> that names the finding."""
    out, pos = [], 0
    for start, end, finding in _spans(text, findings):
        out.append(esc(text[pos:start]))
        tip = f"{finding.check}: {finding.message}"
        out.append(
            f'<mark class="{esc(finding.severity.value)}" title="{esc(tip)}">'
            f"{esc(text[start:end])}</mark>"
        )
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def _verdict(result: SystemResult) -> str:
    if result.error or result.draft is None:
        return "error"
    return "pass" if result.draft.passed else "fail"


KEY_SCORES = (
    "fk_grade",
    "caveat_coverage",
    "invented_numbers",
    "overclaims",
    "rouge1",
    "latency_s",
)


def draft_card(result: SystemResult, repeats: int) -> str:
    verdict = _verdict(result)
    label = {"pass": "passed", "fail": "failed", "error": "error"}[verdict]
    name = esc(result.system) + (f" · repeat {result.repeat + 1}" if repeats > 1 else "")
    cached = ' <span class="meta">(cached)</span>' if result.cached else ""
    head = f'<h4>{name} <span class="verdict">{label}</span>{cached}</h4>'
    if result.draft is None:
        raw = (
            f'<b class="meta">the model\'s last answer</b><pre class="raw">{esc(result.raw_answer)}'
            "</pre>"
            if result.raw_answer
            else '<p class="meta">no answer was received</p>'
        )
        error = f'<p class="errline">{esc(result.error or "no draft")}</p>'
        return f'<div class="draft error">{head}{error}{raw}</div>'
    draft = result.draft
    sections = []
    for section, text in draft.summary.sections().items():
        mine = [f for f in draft.findings if f.section in (section, None)]
        # findings about the whole section (no span) are flagged beside it
        notes = "".join(
            f' <span class="flag {esc(f.severity.value)}">{esc(f.check)}: {esc(f.message)}</span>'
            for f in draft.findings
            if f.section == section and not (f.span or "").strip()
        )
        sections.append(
            f'<div class="sec" data-section="{esc(section)}"><b>{esc(SECTION_TITLES[section])}</b>'
            f"{highlight(text, mine)}{notes}</div>"
        )
    items = "".join(
        f'<li class="{esc(f.severity.value)}">{esc(f.severity.value)} [{esc(f.check)}'
        f"{' ' + esc(f.section) if f.section else ''}] {esc(f.message)}</li>"
        for f in draft.findings
    )
    findings = f'<ul class="findings">{items}</ul>' if items else '<p class="meta">no findings</p>'
    scores = " · ".join(
        f"{esc(METRICS[m].label)} {fmt(result.value(m), METRICS[m])}"
        for m in KEY_SCORES
        if result.value(m) is not None
    )
    return (
        f'<div class="draft {verdict}">{head}{"".join(sections)}{findings}'
        f'<div class="scores">{scores}</div></div>'
    )


def disagreement(case: CaseResult) -> tuple[bool, bool]:
    """(systems disagree on the verdict, some system fails or errors) for one case."""
    verdicts = {_verdict(r) for r in case.results}
    return len(verdicts) > 1, bool(verdicts & {"fail", "error"})


def case_block(index: int, case: CaseResult, systems: list[str], repeats: int) -> str:
    """One case: its source (and reference) beside every system's draft."""
    disagree, failing = disagreement(case)
    cards = [draft_card(r, repeats) for s in systems for r in case.for_system(s)]
    reference = (
        f'<details><summary>Human reference</summary><div class="reference">'
        f"{esc(case.case.reference)}</div></details>"
        if case.case.reference
        else ""
    )
    source = (
        f'<div class="paper"><h4>Source <span class="meta">'
        f"({len(case.case.text.split())} words)</span></h4>"
        f'<div class="source">{esc(case.case.text)}</div>{reference}</div>'
    )
    columns = len(cards) + 1
    return (
        f'<article class="case" id="case-{index}" data-key="{esc(case.case.key)}" '
        f'data-disagree="{int(disagree)}" data-fail="{int(failing)}">'
        f"<h3>{esc(case.case.key)}</h3>"
        f'<div class="drafts" style="grid-template-columns:repeat({columns},minmax(0,1fr))">'
        f"{source}{''.join(cards)}</div></article>"
    )


def render_report(log: RunLog) -> str:
    """The whole report page for one run."""
    systems = log.active_systems()
    repeats = int(log.config.get("repeats", 1) or 1)
    skipped = "".join(
        f"<li>{esc(s.name)} skipped: {esc(s.skipped)}</li>" for s in log.systems if s.skipped
    )
    notes = "".join(f"<li>{esc(note)}</li>" for note in log.notes)
    name = log.config.get("name", "eval")
    header = (
        f"<header><h1>plainsum eval: {esc(name)}</h1>"
        f'<p class="meta">run {esc(log.run_id)} · {esc(log.created)} · {len(log.cases)} cases · '
        f"systems: {esc(', '.join(systems) or 'none')} · {log.failures} failed draft(s) · "
        f"{log.wall_seconds:.1f} s · plainsum {esc(log.versions.get('plainsum', '?'))}</p>"
        f"{f'<ul class=meta>{skipped}{notes}</ul>' if skipped or notes else ''}</header>"
    )
    cases = "".join(case_block(i, c, systems, repeats) for i, c in enumerate(log.cases))
    filters = (
        '<div class="filters">'
        '<label><input type="checkbox" id="f-disagree"> only cases where systems disagree</label>'
        '<label><input type="checkbox" id="f-fail"> only cases where a system fails</label>'
        '<label>case id <input type="search" id="f-text" placeholder="filter"></label>'
        '<span id="shown-count" class="meta"></span></div>'
    )
    gate_note = (
        f'<p class="meta">Highlights: <mark class="error">error</mark> '
        f'<mark class="warning">warning</mark> <mark class="info">info</mark> '
        f"(hover for the finding). Severity levels: {', '.join(s.value for s in Severity)}.</p>"
    )
    body = (
        f"{header}<section><h2>Aggregate</h2>{aggregate_table(log)}</section>"
        f"<section><h2>Per metric</h2>{charts(log)}</section>"
        f'<section id="cases"><h2>Cases</h2>{filters}{gate_note}{cases}</section>'
    )
    return page(f"plainsum eval {log.run_id}", body, FILTER_JS)
