"""`plainsum site`: a static site from a batch's results.jsonl, only what may be published.

Every text here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from plainsum.batch.results import BatchResult, BatchStatus, SourceMeta
from plainsum.cli import main
from plainsum.schemas import Finding, PlainSummary, Severity
from plainsum.site import DEFAULT_DISCLAIMER, build_site, original_link


def _summary(headline: str) -> PlainSummary:
    return PlainSummary(
        headline=headline,
        what_the_study_did=(
            "Researchers followed 120 adults with MS for two years. They compared people who "
            "walked daily with people who did not."
        ),
        why_it_matters=(
            "Walking is cheap and safe for many people. Ask your doctor or MS nurse before you "
            "change how active you are."
        ),
        limitations=(
            "This study watched people and did not test walking as a treatment. It shows a "
            "link, not a cause."
        ),
    )


def _result(rid: str, status: BatchStatus, date: str | None, headline: str, **meta) -> BatchResult:
    return BatchResult(
        id=rid,
        key=f"key-{rid}",
        status=status,
        summary=_summary(headline) if status != BatchStatus.ERROR else None,
        source=SourceMeta(date=date, **meta),
        error="the endpoint kept failing" if status == BatchStatus.ERROR else None,
        findings=(
            [Finding(check="caveats", severity=Severity.ERROR, message="missing caveat")]
            if status == BatchStatus.FAILED
            else []
        ),
    )


RESULTS = [
    _result(
        "old",
        BatchStatus.PASSED,
        "2025-03-02",
        "Daily walks were linked with fewer flare-ups",
        doi="10.1234/walk.2025.1",
        journal="Journal of Walking",
        title="Walking and relapses",
    ),
    _result(
        "new",
        BatchStatus.PASSED,
        "2025-11-20",
        "People who walked more reported less tiredness",
        pmid="41234567",
        title="Fatigue & walking <a cohort>",
    ),
    _result(
        "mid", BatchStatus.NEEDS_REVIEW, "2025-06-01", "A drug lowered relapses in a small trial"
    ),
    _result("okd", BatchStatus.FAILED, "2025-08-15", "Cooling vests helped some people with heat"),
    _result("bad", BatchStatus.FAILED, "2025-09-01", "A diet cured nothing but was tested badly"),
    _result("err", BatchStatus.ERROR, "2025-10-01", "unused"),
    _result(
        "evil",
        BatchStatus.PASSED,
        "2024-01-01",
        'A <script>window.__pwned=1</script> study of "quotes" & signs',
        url="javascript:alert(1)",
        title="<img src=x onerror=alert(1)>",
    ),
]
RESULTS[3].approved = True  # an editor checked it and approved it


def _write(folder: Path, results=RESULTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "results.jsonl").write_text("".join(r.to_line() + "\n" for r in results))
    return folder


def test_only_passed_or_approved_drafts_are_published_newest_first(tmp_path):
    report = build_site(_write(tmp_path / "batch"), tmp_path / "site")
    assert report.published == ["new", "okd", "old", "evil"]
    assert sorted(report.held_back) == ["bad", "err", "mid"]
    index = (tmp_path / "site" / "index.html").read_text()
    order = [index.index(h) for h in ("less tiredness", "Cooling vests", "fewer flare-ups")]
    assert order == sorted(order)
    assert "20 November 2025" in index and "Researchers followed 120 adults" in index
    assert "A diet cured nothing" not in index and "small trial" not in index
    review = (tmp_path / "site" / "review.html").read_text()
    assert "A diet cured nothing" in review and "the endpoint kept failing" in review
    assert "missing caveat" in review


def test_each_page_has_the_sections_the_original_and_the_standing_note(tmp_path):
    build_site(_write(tmp_path / "batch"), tmp_path / "site", disclaimer="Our own note & more.")
    page = (tmp_path / "site" / "papers" / "old.html").read_text()
    assert "What the study did" in page and "Limitations" in page
    assert 'href="https://doi.org/10.1234/walk.2025.1"' in page and "Walking and relapses" in page
    assert "Journal of Walking" in page and "2 March 2025" in page
    assert "Our own note &amp; more." in page
    pubmed = (tmp_path / "site" / "papers" / "new.html").read_text()
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/41234567/"' in pubmed
    assert "Fatigue &amp; walking &lt;a cohort&gt;" in pubmed
    assert "approved by an editor" in (tmp_path / "site" / "papers" / "okd.html").read_text()


def test_every_text_is_escaped_and_unsafe_links_are_dropped(tmp_path):
    build_site(_write(tmp_path / "batch"), tmp_path / "site")
    for path in (tmp_path / "site").rglob("*.html"):
        text = path.read_text()
        assert "<script" not in text and "<img" not in text
        assert "javascript:" not in text
    evil = (tmp_path / "site" / "papers" / "evil.html").read_text()
    assert "&lt;script&gt;" in evil and "&lt;img src=x onerror=alert(1)&gt;" in evil


def test_original_link_prefers_doi_then_pubmed_then_the_papers_own_url():
    r = _result("x", BatchStatus.PASSED, None, "A headline of enough words here")
    assert original_link(r) is None
    r.source.url = "https://example.org/paper/1"
    assert original_link(r) == "https://example.org/paper/1"
    r.source.pmid = "123"
    assert original_link(r) == "https://pubmed.ncbi.nlm.nih.gov/123/"
    r.source.doi = "doi:10.5555/abc-1"
    assert original_link(r) == "https://doi.org/10.5555/abc-1"
    r.source.doi, r.source.pmid, r.source.url = "not a doi", "12a", "ftp://x"
    assert original_link(r) is None


def test_the_feed_parses_and_lists_what_was_published(tmp_path):
    build_site(_write(tmp_path / "batch"), tmp_path / "site", base_url="https://ms.example.org/")
    feed = feedparser.parse((tmp_path / "site" / "feed.xml").read_text())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    titles = [e.title for e in feed.entries]
    assert titles[:3] == [
        "People who walked more reported less tiredness",
        "Cooling vests helped some people with heat",
        "Daily walks were linked with fewer flare-ups",
    ]
    assert feed.entries[0].link == "https://ms.example.org/papers/new.html"
    assert "<script>" in titles[3]  # a feed title is text: the reader escapes it, not us twice


def test_ids_from_inputs_cannot_write_outside_the_site(tmp_path):
    results = [
        _result(
            "../../../outside",
            BatchStatus.PASSED,
            "2025-01-01",
            "A walk a day was linked with less tiredness",
        )
    ]
    report = build_site(_write(tmp_path / "batch", results), tmp_path / "site")
    assert all((tmp_path / "site") in f.parents for f in report.files)
    assert not (tmp_path / "outside.html").exists()


def test_a_rerun_line_for_the_same_paper_replaces_the_older_one(tmp_path):
    later = _result(
        "old", BatchStatus.FAILED, "2025-03-02", "Daily walks were linked with fewer flare-ups"
    )
    report = build_site(_write(tmp_path / "batch", [*RESULTS, later]), tmp_path / "site")
    assert "old" not in report.published and "old" in report.held_back


def test_cli_site(tmp_path, capsys):
    batch = _write(tmp_path / "batch")
    (tmp_path / "plainsum.toml").write_text('site_title = "MS News, Plainly"\n')
    code = main(
        [
            "site",
            str(batch),
            "--out",
            str(tmp_path / "site"),
            "--config",
            str(tmp_path / "plainsum.toml"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 0 and "4 published, 3 held back" in err
    index = (tmp_path / "site" / "index.html").read_text()
    assert "MS News, Plainly" in index and DEFAULT_DISCLAIMER[:40] in index


@pytest.mark.parametrize("problem", ["missing", "not-results", "out-is-file"])
def test_cli_site_bad_input_is_one_line(tmp_path, capsys, problem):
    batch = tmp_path / "batch"
    out = tmp_path / "site"
    if problem == "not-results":
        batch.mkdir()
        (batch / "results.jsonl").write_text('{"hello": "world"}\n')
    elif problem == "out-is-file":
        _write(batch)
        out.write_text("a file")
    code = main(["site", str(batch), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err


def test_site_from_a_real_batch_run(tmp_path, capsys):
    """The whole path: plainsum batch (offline) over papers, then plainsum site."""
    papers = tmp_path / "papers"
    papers.mkdir()
    examples = Path(__file__).parents[1] / "examples"
    for src in sorted(examples.glob("*.txt"))[:3]:
        (papers / src.name).write_text(src.read_text())
    code = main(
        [
            "batch",
            str(papers),
            "--out",
            str(tmp_path / "out"),
            "--backend",
            "offline",
            "--quiet",
            "--workers",
            "0",
        ]
    )
    assert code in (0, 1), capsys.readouterr().err
    assert main(["site", str(tmp_path / "out"), "--out", str(tmp_path / "site")]) == 0
    lines = (tmp_path / "out" / "results.jsonl").read_text().splitlines()
    published = [json.loads(x) for x in lines if json.loads(x)["status"] == "passed"]
    index = (tmp_path / "site" / "index.html").read_text()
    for row in published:
        assert row["summary"]["headline"].split()[0] in index
