"""What the gate checked, for the renderers: one line of figures (grade reached and target,
sentences linked to the source, checks run, status) and, for the HTML page, the summary's
sentences tied to their evidence in the source text (selecting a sentence highlights it).

Everything shown is escaped; the page needs no network (a small inline script and style).
"""

from __future__ import annotations

import html

from .checks.readability import said_grade
from .schemas import CheckReport, EvidenceLink, Status

STATUS_WORDS = {
    Status.PASSED: "passed",
    Status.NEEDS_REVIEW: "needs review",
    Status.FAILED: "FAILED",
}

CSS = """
.sent{border-radius:3px;cursor:pointer}.sent:hover,.sent:focus,.sent.on{background:#e3ecff;
outline:none}.sent.frame{color:#444}.sent.nolink{text-decoration:underline dotted #a4161a}
.source{white-space:pre-wrap;font-size:.92rem;background:#f7f7f8;padding:1rem;border-radius:6px}
.src.hl{background:#ffe58a}.needs_review{color:#8a5a00}
"""

# Selecting (hover, focus or click) a summary sentence highlights the source sentences it is
# linked to and scrolls the first into view on click. Ids are plain integers set by plainsum.
SCRIPT = """
(function(){
  var sents=document.querySelectorAll('.sent');
  function clear(){
    document.querySelectorAll('.hl').forEach(function(x){x.classList.remove('hl')});
    sents.forEach(function(x){x.classList.remove('on')});
  }
  function show(el,scroll){
    clear();el.classList.add('on');var first=null;
    (el.getAttribute('data-ev')||'').split(' ').forEach(function(k){
      if(!k){return}
      document.querySelectorAll('.src[data-s="'+k+'"]').forEach(function(x){
        x.classList.add('hl');if(!first){first=x}
      });
    });
    if(scroll&&first&&first.scrollIntoView){first.scrollIntoView({block:'nearest'})}
  }
  sents.forEach(function(el){
    el.addEventListener('mouseenter',function(){show(el,false)});
    el.addEventListener('focus',function(){show(el,false)});
    el.addEventListener('click',function(){show(el,true)});
  });
})();
"""


def status_of_report(report: CheckReport) -> Status:
    """The report's status word; reports made before statuses existed are read from `passed`."""
    if report.status is not None:
        return report.status
    return Status.PASSED if report.passed else Status.FAILED


def linked_counts(links: list[EvidenceLink]) -> tuple[int, int, int]:
    """(content sentences linked to the source, content sentences, frame sentences)."""
    content = [link for link in links if link.kind != "frame"]
    linked = [link for link in content if link.source_sentences]
    return len(linked), len(content), len(links) - len(content)


def checked_line(report: CheckReport) -> str:
    """Grade reached vs target, sentences linked to the source, the checks run."""
    parts = []
    if report.grade is not None:
        grade = said_grade(report.grade, report.grade_target)
        parts.append(f"reading grade {grade} (target {report.grade_target:g})")
    if report.evidence:
        linked, content, frame = linked_counts(report.evidence)
        text = f"{linked} of {content} sentences linked to the source"
        if frame:
            text += f" (+{frame} caveat or pointer sentences)"
        parts.append(text)
    if report.checks_run:
        parts.append("checked: " + ", ".join(report.checks_run))
    return " · ".join(parts)


def _ids(link: EvidenceLink) -> str:
    return " ".join(str(int(a)) for a, _ in link.spans)


def sentences_html(text: str, links: list[EvidenceLink], mark) -> str:  # type: ignore[no-untyped-def]
    """`text` (one paragraph) with each linked sentence in a selectable span; `mark(s)` escapes
    a piece of text and marks what findings point at in it."""
    flat = " ".join(text.split())
    out, cursor = [], 0
    for link in links:
        at = flat.find(link.text, cursor)
        if at < 0:
            continue
        out.append(mark(flat[cursor:at]))
        kind = "frame" if link.kind == "frame" else ("nolink" if not link.spans else "")
        title = "caveat or pointer" if link.kind == "frame" else f"support {link.score:.2f}"
        out.append(
            f'<span class="sent {kind}" tabindex="0" data-ev="{_ids(link)}" '
            f'title="{html.escape(title)}">{mark(link.text)}</span>'
        )
        cursor = at + len(link.text)
    out.append(mark(flat[cursor:]))
    return "".join(out)


def source_html(report: CheckReport) -> str:
    """The source text, escaped, with every sentence some summary sentence links to in a span
    the script can highlight. Empty when the report carries no source text."""
    text = report.source_text
    if not text:
        return ""
    spans = sorted({(int(a), int(b)) for link in report.evidence for a, b in link.spans})
    out, cursor = [], 0
    for a, b in spans:
        if a < cursor or b > len(text) or a >= b:
            continue  # overlapping or out of range: leave it plain
        out.append(html.escape(text[cursor:a]))
        out.append(f'<span class="src" data-s="{a}">{html.escape(text[a:b])}</span>')
        cursor = b
    out.append(html.escape(text[cursor:]))
    return (
        '<h2>The paper</h2><p class="meta">Select a sentence of the summary to see the '
        "sentences of the paper it is linked to.</p>"
        f'<div class="source">{"".join(out)}</div>'
    )
