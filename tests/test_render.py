import json
from pathlib import Path

import pytest

from plainsum.errors import InputError
from plainsum.render import parse_json, parse_markdown, parse_summary, to_html, to_json, to_markdown
from plainsum.schemas import (
    Attempt,
    Draft,
    Finding,
    PlainSummary,
    Provenance,
    Severity,
    SourceInfo,
)

SUMMARY = PlainSummary(
    headline="A herpes virus made more copies of itself in lab-grown brain cells",
    what_the_study_did="Scientists grew brain cells in the lab and infected them with a virus.",
    why_it_matters="This study is not about MS. Talk to your doctor or care team.",
    limitations="The work was done in cells, not in people. We do not know yet if it holds.",
)


def make_draft(findings=(), passed=True, title="A <script>alert(1)</script> study"):
    return Draft(
        summary=SUMMARY,
        source=SourceInfo(title=title, sha256="0" * 64, chars=100),
        provenance=Provenance(drafter="offline", prompt_version="offline-1", plainsum_version="0"),
        findings=list(findings),
        passed=passed,
    )


def test_markdown_round_trip():
    draft = make_draft([Finding(check="shape", severity=Severity.WARNING, message="long")])
    text = to_markdown(draft)
    assert text.startswith("# A herpes virus")
    assert "## Why it matters to people with MS" in text
    assert "Gate: passed (0 errors, 1 warning)" in text
    assert parse_markdown(text) == SUMMARY


def test_json_round_trip_and_bare_object():
    text = to_json(make_draft())
    assert json.loads(text)["summary"]["headline"] == SUMMARY.headline
    assert parse_json(text) == SUMMARY
    assert parse_summary(json.dumps(SUMMARY.model_dump())) == SUMMARY


def test_html_escapes_and_marks_spans():
    finding = Finding(
        check="claims",
        severity=Severity.ERROR,
        message="bad",
        section="what_the_study_did",
        span="infected them",
    )
    page = to_html(make_draft([finding], passed=False))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert '<mark class="error">infected them</mark>' in page
    assert "FAILED" in page


def test_html_marks_a_span_once_with_its_worst_finding_whatever_the_hash_seed():
    """Guards render._marks: the same span from a warning and an error gave nested marks
    whose order followed the hash seed, so a batch's pages differed between runs."""
    import subprocess
    import sys

    code = (
        "from tests.test_render import make_draft, Finding, Severity\n"
        "from plainsum.render import to_html\n"
        "fs = [Finding(check=c, severity=s, message='m', section='what_the_study_did', span=sp)\n"
        "      for c, s, sp in [('a', Severity.WARNING, 'infected them'),\n"
        "                       ('b', Severity.ERROR, 'infected them'),\n"
        "                       ('c', Severity.INFO, 'brain cells'),\n"
        "                       ('d', Severity.WARNING, 'a virus')]]\n"
        "print(to_html(make_draft(fs, passed=False)))\n"
    )
    pages = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)},
            cwd=Path(__file__).resolve().parents[1],
        ).stdout
        for seed in range(6)
    }
    assert len(pages) == 1
    page = pages.pop()
    assert page.count('<mark class="error">infected them</mark>') == 1
    assert '<mark class="warning">infected them' not in page
    assert '<mark class="info">brain cells</mark>' in page


@pytest.mark.parametrize(
    "text,message",
    [
        ("# Headline only here for now\n", "missing section"),
        ("# A fine headline for the test\n\n## Recipe\n\nflour", "unknown section"),
        ("{not json", "not valid JSON"),
        ('["a list"]', "JSON object"),
        ('{"headline": "", "what_the_study_did": "x"}', "headline"),
    ],
)
def test_bad_drafts_rejected(text, message):
    with pytest.raises(InputError, match=message):
        parse_summary(text)


@pytest.mark.parametrize(
    ("attempts", "words"), [(1, "1 attempt ·"), (2, "2 attempts ·"), (3, "3 attempts ·")]
)
def test_footer_counts_attempts_in_english(attempts, words):
    draft = make_draft()
    draft.provenance.attempts = [Attempt(number=n + 1) for n in range(attempts)]
    text = to_markdown(draft)
    assert words in text and "attempt(s)" not in text


@pytest.mark.parametrize(
    ("errors", "warnings", "words"),
    [
        (0, 0, "(0 errors, 0 warnings)"),
        (1, 1, "(1 error, 1 warning)"),
        (2, 3, "(2 errors, 3 warnings)"),
    ],
)
def test_gate_line_counts_in_english(errors, warnings, words):
    findings = [Finding(check="shape", severity=Severity.ERROR, message="e")] * errors
    findings += [Finding(check="shape", severity=Severity.WARNING, message="w")] * warnings
    assert words in to_markdown(make_draft(findings, passed=not errors))


def test_footer_says_when_backend_auto_chose_the_drafter():
    draft = make_draft()
    assert "Drafter: offline ·" in to_markdown(draft)
    draft.provenance.backend = "auto"
    assert "Drafter: offline (chosen by --backend auto)" in to_markdown(draft)


@pytest.mark.parametrize(
    "text",
    [
        "Fatigue eased a little in the group that walked every day.",
        "A drug slowed new brain spots (p < 0.05) in 40 adults.",  # "<" before a space: text
        "Read <b>this</b> before the next relapse.",
        "Some spots <5 mm were not counted.",
        "See [the trial](https://example.org/trial) for more.",
        "See [the trial](javascript:alert(1)) for more.",
        "![a chart](https://example.org/chart.png) showed it.",
        "[1]: https://example.org/ref\nThe rest of the text.",
        "Open javascript:alert(1) to see it.",  # its only sign is the ':'
        "Fix: say who took part.",
        "- **error** [markup what_the_study_did] raw HTML in the summary",
        "",
    ],
)
@pytest.mark.parametrize("flagged", [frozenset(), frozenset({"https://example.org/trial"})])
def test_markdown_strips_markup_as_strip_markup_does(text, flagged):
    from plainsum.checks.markup import strip_markup
    from plainsum.render import _stripped

    assert _stripped(text, flagged) == strip_markup(text, flagged=flagged)
