"""report.html: self-contained, every case shown, findings highlighted, all paper text escaped."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest
from test_eval_fixtures import make_log

from plainsum.evals.report_html import _FOREIGN_LETTER, _places, highlight, render_report
from plainsum.evals.report_term import run_table
from plainsum.schemas import Finding, Severity

EVIL = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> & more'


def _log():
    return make_log(
        {
            "alpha": {"fk_grade": [7.0, 9.0, 8.0], "rouge1": [0.3, 0.4, 0.5]},
            "beta": {"fk_grade": [6.0, 6.5, 7.0], "rouge1": [0.2, 0.2, 0.2]},
        },
        texts={"c0": EVIL},
        passed={"alpha": [True, True, False], "beta": [True, False, False]},
    )


def test_paper_text_is_escaped():
    page = render_report(_log())
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&amp; more" in page
    assert page.count("<script>") == 1  # the page's own filter script only


def test_only_the_pages_own_script_may_run():
    page = render_report(_log())
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert f"script-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp


def test_self_contained():
    page = render_report(_log())
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "<link" not in page
    assert "<svg" in page and "<style>" in page


def test_every_case_and_system_is_shown_with_flags():
    page = render_report(_log())
    articles = re.findall(r'<article class="case"[^>]*>', page)
    assert len(articles) == 3
    flags = [
        (re.search(r'data-disagree="(\d)"', a).group(1), re.search(r'data-fail="(\d)"', a).group(1))
        for a in articles
    ]
    # c0: both pass; c1: alpha passes, beta fails; c2: both fail
    assert flags == [("0", "0"), ("1", "1"), ("0", "1")]
    assert page.count('class="draft pass"') == 3 and page.count('class="draft fail"') == 3
    for control in ('id="f-disagree"', 'id="f-fail"', 'id="f-text"', 'id="shown-count"'):
        assert control in page


def test_aggregate_marks_the_best_value():
    page = render_report(_log())
    table = re.search(r'<table id="aggregate">.*?</table>', page, re.S).group(0)
    fk_row = re.search(r"<tr><th>FK grade.*?</tr>", table).group(0)
    cells = re.findall(r'<td class="([^"]*)"[^>]*>([^<]*)</td>', fk_row)
    assert cells == [("", "8.0"), ("best", "6.5")]  # lower grade is better
    rouge_row = re.search(r"<tr><th>ROUGE-1.*?</tr>", table).group(0)
    assert re.findall(r'<td class="([^"]*)"', rouge_row) == ["best", ""]


def test_findings_are_highlighted_as_spans():
    finding = Finding(
        check="claims", severity=Severity.ERROR, message='says "cure" <b>', span="a cure"
    )
    out = highlight("This is a cure <i>for</i> A CURE.", [finding])
    assert out.count('<mark class="error"') == 2
    assert "&lt;i&gt;for&lt;/i&gt;" in out
    assert 'title="claims: says &quot;cure&quot; &lt;b&gt;"' in out
    assert highlight("nothing here", [finding]) == "nothing here"


def test_overlapping_spans_do_not_nest():
    a = Finding(check="claims", severity=Severity.ERROR, message="m", span="big cure")
    b = Finding(check="claims", severity=Severity.WARNING, message="m", span="cure")
    out = highlight("A big cure.", [a, b])
    assert out.count("<mark") == 1 and "big cure</mark>" in out


def test_terminal_table_marks_the_best():
    from rich.console import Console

    console = Console(record=True, width=120)
    console.print(run_table(_log()))
    text = console.export_text()
    assert "alpha" in text and "beta" in text
    fk_line = next(line for line in text.splitlines() if "FK grade" in line)
    assert "6.5 ★" in fk_line and "8.0 ★" not in fk_line


def test_section_findings_without_a_span_are_flagged_beside_the_section():
    from test_eval_fixtures import make_draft

    from plainsum.evals.report_html import draft_card
    from plainsum.evals.runlog import SystemResult

    finding = Finding(
        check="shape",
        severity=Severity.WARNING,
        message="Section is <short>",
        section="limitations",
    )
    card = draft_card(SystemResult(system="s", draft=make_draft(findings=[finding])), 1)
    limitations = re.search(r'data-section="limitations">.*?</div>', card).group(0)
    assert '<span class="flag warning">shape: Section is &lt;short&gt;</span>' in limitations
    assert "flag" not in re.search(r'data-section="headline">.*?</div>', card).group(0)


# Spans and texts where matching without case could go wrong: letters outside ASCII that fold
# into ASCII ones ("ſ" is "s", the Kelvin sign "k", "ı"/"İ" for "i") or change length, spans
# that repeat or overlap, punctuation outside ASCII that is no letter.
PLACES = [
    ("a cure", "This is a cure for A CURE and a Cure."),
    ("aa", "aaaaa"),
    ("ſome risk", "Some risk, ſome risk, SOME RISK."),
    ("some risk", "ſome risk and Some risk."),
    ("kidney", "Kidney and \u212aidney disease."),
    ("this", "Thıs and THİS and this."),
    ("İstanbul", "İstanbul and istanbul."),
    ("≥ 2 weeks", "For ≥ 2 weeks – not ≥ 2 WEEKS."),
    ("straße", "STRASSE or Straße."),
    ("(95% CI)", "risk (95% ci) and (95% CI)"),
    ("no match", "Nothing to find here."),
    ("Ⓐ cure", "ⓐ cure and Ⓐ CURE."),
]


@pytest.mark.parametrize(("span", "text"), PLACES)
def test_span_places_are_those_a_case_blind_pattern_finds(span, text):
    lower = None if _FOREIGN_LETTER.search(text) else text.lower()
    want = [m.span() for m in re.finditer(re.escape(span), text, re.I)]
    assert _places(span, text, lower) == want
