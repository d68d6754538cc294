"""PubMed's search feeds (RSS 2.0): each description opens on the citation ("Mult Scler Relat
Disord. 2026 Nov 28;95:106201. doi: ... Online ahead of print.") and ends on the ids ("PMID:... |
DOI:..."); the journal is in dc:source and the link carries tracking parameters. The citation
was drafted as the paper's first sentences, the channel's title ("multiple sclerosis -
PubMed") became the journal, and no PMID was found (a feed written for the project)."""

from __future__ import annotations

from pathlib import Path

from plainsum.ingest import Source, read_sources

DESCRIPTION = (
    "&lt;p&gt;Invented Neurol J. 2026 Nov 28;95:106201. doi: 10.5555/inj.2026.106201. Online "
    "ahead of print.&lt;/p&gt;&lt;p&gt;&lt;b&gt;BACKGROUND:&lt;/b&gt; Cold rooms may ease "
    "fatigue in MS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;METHODS:&lt;/b&gt; We asked 40 adults with MS to "
    "work in a cool room and a warm room on two days.&lt;/p&gt;&lt;p&gt;&lt;b&gt;RESULTS:"
    "&lt;/b&gt; Fatigue scores were 20% lower in the cool room.&lt;/p&gt;&lt;p&gt;&lt;b&gt;"
    'CONCLUSIONS:&lt;/b&gt; A cool room eased fatigue for a day.&lt;/p&gt;&lt;p&gt;PMID:&lt;a href="https://pubmed.ncbi.'
    'nlm.nih.gov/40000002/"&gt;40000002&lt;/a&gt; | DOI:&lt;a href=https://doi.org/10.5555/inj.'
    "2026.106201&gt;10.5555/inj.2026.106201&lt;/a&gt;&lt;/p&gt;"
)
FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>multiple sclerosis - PubMed'
    "</title><link>https://pubmed.ncbi.nlm.nih.gov/rss/search/x/</link><description>NCBI"
    "</description><item><title>Cool rooms and fatigue in MS</title>"
    "<link>https://pubmed.ncbi.nlm.nih.gov/40000002/?utm_source=Other&amp;utm_medium=rss</link>"
    f"<description>{DESCRIPTION}</description><dc:creator>Ana Souza</dc:creator>"
    "<dc:date>2026-11-28</dc:date><dc:source>Invented Neurol J</dc:source>"
    "<dc:identifier>pmid:40000002</dc:identifier><dc:identifier>doi:10.5555/inj.2026.106201"
    "</dc:identifier></item></channel></rss>"
)


def _source(tmp_path: Path) -> Source:
    path = tmp_path / "pubmed.xml"
    path.write_text(FEED, encoding="utf-8")
    (item,) = list(read_sources(path))
    assert isinstance(item, Source)
    return item


def test_the_citation_and_ids_are_details_not_text(tmp_path: Path) -> None:
    source = _source(tmp_path)
    assert source.text.startswith("BACKGROUND: Cold rooms")
    assert "Online ahead of print" not in source.text
    assert "PMID" not in source.text
    assert source.text.rstrip().endswith("A cool room eased fatigue for a day.")


def test_the_journal_ids_and_address(tmp_path: Path) -> None:
    source = _source(tmp_path)
    assert source.journal == "Invented Neurol J"
    assert source.pmid == "40000002"
    assert source.doi == "10.5555/inj.2026.106201"
    assert source.url == "https://pubmed.ncbi.nlm.nih.gov/40000002/"
    assert source.date == "2026-11-28"
