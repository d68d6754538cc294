"""Outputs say what the gate checked: status word, grade reached and target, sentences linked to
the source, checks run; the HTML page ties each summary sentence to its evidence."""

from __future__ import annotations

import json
import time

import pytest
from gate_texts import OBS_SOURCE, OBS_SUMMARY, edit
from test_report_browser import _open, browser  # noqa: F401  (a fixture)

from plainsum.api import check_report
from plainsum.ingest import parse
from plainsum.render import to_html, to_json, to_markdown

EVIL_SOURCE = parse(
    OBS_SOURCE.full_text.replace(
        "People who quit had risks close to never smokers.",
        "People who quit had risks close to never smokers <script>window.__pwned = 1</script>.",
    )
)


@pytest.fixture(scope="module")
def report():
    return check_report(OBS_SOURCE, OBS_SUMMARY)


def test_report_fields_say_what_was_checked(report):
    assert report.status.value == "passed"
    assert report.grade is not None and report.grade_target == 8.0
    assert "support" in report.checks_run and "caveats" in report.checks_run
    assert report.evidence and report.source_text == OBS_SOURCE.text
    for link in report.evidence:
        for a, b in link.spans:
            assert report.source_text[a:b].strip()


def test_json_carries_links_with_spans(report):
    data = json.loads(to_json(report))
    link = next(x for x in data["evidence"] if x["section"] == "what_the_study_did")
    assert {"section", "index", "text", "kind", "source_sentences", "spans", "score"} <= set(link)
    assert data["status"] == "passed" and data["checks_run"]


def test_markdown_footer_names_grade_links_checks_and_status(report):
    md = to_markdown(report)
    footer = md.split("---", 1)[1]
    assert "Gate: passed" in footer
    assert f"reading grade {report.grade:.1f} (target 8)" in footer
    assert "sentences linked to the source" in footer
    assert "checked: readability" in footer and "support" in footer


def test_warnings_only_is_needs_review_not_a_pass():
    # a shape warning only: a question, where an editor must state the finding
    short = edit(
        OBS_SUMMARY, headline="Do smokers with MS get worse sooner than people who never smoked?"
    )
    report = check_report(OBS_SOURCE, short)
    assert report.passed and report.status.value == "needs_review"
    assert "Gate: needs review" in to_markdown(report)


def test_html_ties_sentences_to_source_spans_and_escapes_everything():
    report = check_report(EVIL_SOURCE, OBS_SUMMARY)
    page = to_html(report)
    assert "<script>window.__pwned" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert page.count('class="sent') == len(report.evidence)
    linked = {str(a) for link in report.evidence for a, _ in link.spans}
    for start in linked:
        assert f'data-s="{start}"' in page
    assert page.count("<script>") == 1  # the page's own, inline
    assert "http" not in page.split("<body>", 1)[1]  # nothing fetched from the network


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_selecting_a_sentence_highlights_its_evidence_in_a_real_browser(browser, tmp_path):  # noqa: F811
    report = check_report(EVIL_SOURCE, OBS_SUMMARY)
    page = tmp_path / "draft.html"
    page.write_text(to_html(report), encoding="utf-8")
    tools = _open(browser, page.as_uri())
    try:
        assert tools.js("typeof window.__pwned") == "undefined"
        assert tools.js("document.querySelectorAll('.src.hl').length") == 0
        target = next(
            i
            for i, link in enumerate(report.evidence)
            if link.section == "what_the_study_did" and link.spans
        )
        tools.js(f"document.querySelectorAll('.sent')[{target}].click()")
        time.sleep(0.1)
        lit = tools.js("Array.from(document.querySelectorAll('.src.hl')).map(x => x.textContent)")
        a, b = report.evidence[target].spans[0]
        assert report.source_text[a:b] in lit
        assert tools.errors() == []
    finally:
        tools.close()
