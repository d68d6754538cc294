"""Each input format read from a file written for the project (tests/fixtures/), asserting the
fields parsed; plus sniffing, the multi-item rules of read_source, folders and JSON Lines."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from plainsum.errors import InputError
from plainsum.ingest import (
    ItemError,
    Source,
    read_bytes,
    read_source,
    read_sources,
    read_text,
    sniff,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _sources(path: Path | str, fmt: str | None = None) -> list[Source | ItemError]:
    return list(read_sources(path, fmt))


def test_pubmed_xml_two_articles():
    first, second = _sources(FIXTURES / "pubmed_two_articles.xml")
    assert isinstance(first, Source) and isinstance(second, Source)
    assert first.format == "pubmed"
    assert first.pmid == first.id == "90000001"
    assert first.doi == "10.5555/jin.2025.0101"
    assert first.title.startswith(
        "Walking speed after a home exercise program in relapsing multiple"
    )
    assert first.journal == "Journal of Invented Neurology"
    assert first.date == "2025-02-17"  # the electronic ArticleDate before the Apr 2025
    assert first.authors == ("Adaeze Okafor", "Per Lindqvist", "Home Walking Study Group")
    assert first.url == "https://pubmed.ncbi.nlm.nih.gov/90000001/"
    assert [s.name for s in first.sections] == [
        "background",
        "objective",
        "methods",
        "results",
        "conclusions",
    ]
    assert first.section("methods").startswith("We randomly assigned 120 adults")
    assert first.plain_language_summary.startswith("People with MS who did simple exercises")
    assert "simple exercises" not in first.text  # the lay summary is kept apart
    assert second.pmid == "90000002" and second.doi is None
    assert second.date == "2024-11"  # MedlineDate "2024 Nov-Dec"
    assert second.authors == ("CJ Moreau",)
    assert second.sections[0].name == "body" and "640 people" in second.text


def test_medline_export():
    first, second = _sources(FIXTURES / "medline_export.nbib")
    assert isinstance(first, Source)
    assert first.format == "medline" and first.pmid == "90000011"
    assert first.title.startswith("Vitamin D blood levels and new brain lesions in early multiple")
    assert first.title.endswith("an observational study.")  # the continuation line joined
    assert first.doi == "10.5555/imsj.2023.0455"
    assert first.journal == "Invented Multiple Sclerosis Journal"
    assert first.date == "2023-08-18"  # DEP (electronic) before DP
    assert first.authors == ("Rania Haddad", "Kenji Sato")
    assert [s.name for s in first.sections] == ["background", "methods", "results", "conclusions"]
    assert first.section("results").startswith("People in the lowest third")
    assert isinstance(second, ItemError)  # too short to be a paper: reported, not dropped
    assert second.id == "90000012" and "only 4 words" in second.reason


def test_jats_structured_abstract_and_plain_summary_apart():
    (article,) = _sources(FIXTURES / "jats_structured.xml")
    assert isinstance(article, Source) and article.format == "jats"
    assert article.title == (
        "A blood marker of nerve damage and disability in progressive multiple sclerosis"
    )
    assert (article.doi, article.pmid) == ("10.5555/inr.2024.0077", "90000021")
    assert article.url == "https://pmc.ncbi.nlm.nih.gov/articles/PMC9900021/"
    assert article.journal == "Invented Neuroimmunology Reports"
    assert article.date == "2024-01-09"  # epub before ppub
    assert article.authors == ("Lucia M. Ferreira", "Jan Achterberg")  # not the editor
    assert [s.name for s in article.sections] == ["background", "methods", "results", "conclusions"]
    assert "hazard ratio 1.6" in article.section("results")
    assert article.section("methods").endswith("for four years.")  # citation "1" dropped
    assert article.plain_language_summary.startswith("A protein in the blood")
    assert "protein in the blood" not in article.text
    assert "Body text" not in article.text  # the abstract wins over the body


def test_jats_without_abstract_uses_body_sections(tmp_path):
    paragraph = "People with multiple sclerosis took part in a study of walking and fatigue. " * 3
    path = tmp_path / "body.xml"
    path.write_text(
        "<article><front><article-meta><title-group><article-title>Only a body here"
        "</article-title></title-group></article-meta></front><body>"
        f"<sec><title>Introduction</title><p>{paragraph}</p></sec>"
        f"<sec><title>Results</title><p>{paragraph}</p><fig><caption>FIGURE TEXT</caption></fig>"
        "</sec></body></article>",
        encoding="utf-8",
    )
    src = read_source(path)
    assert [s.name for s in src.sections] == ["background", "results"]
    assert "FIGURE TEXT" not in src.text


def test_jats_with_nothing_to_summarise_is_refused(tmp_path):
    path = tmp_path / "empty.xml"
    path.write_text(
        "<article><front><article-meta><title-group><article-title>T</article-title>"
        "</title-group></article-meta></front></article>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no abstract or text"):
        read_source(path)


def test_rss1_feed():
    first, second = _sources(FIXTURES / "feed_rss1.rdf")
    assert isinstance(first, Source) and first.format == "feed"
    assert first.title == "Fatigue and heat: a survey of 800 people with MS"
    assert first.doi == "10.5555/ims.2025.001"
    assert first.url == "https://journal.example.org/ims/article/10.5555/ims.2025.001"
    assert first.date == "2025-06-30"
    assert first.authors == ("Ana Ruiz",)
    assert first.journal == "Invented MS Research"  # prism:publicationName
    assert [s.name for s in first.sections] == ["background", "methods", "results"]
    assert "<" not in first.text and "&lt;" not in first.text  # HTML stripped
    assert isinstance(second, ItemError) and "only 6 words" in second.reason


def test_atom_feed():
    (entry,) = _sources(FIXTURES / "feed_atom.xml")
    assert isinstance(entry, Source)
    assert entry.title == "Balance training & falls in MS"
    assert entry.id == "tag:journal.example.org,2025:ijr-4471"
    assert entry.url == "https://doi.org/10.5555/ijr.2025.4471"
    assert entry.doi == "10.5555/ijr.2025.4471"
    assert entry.date == "2025-07-01"  # published, not updated
    assert entry.authors == ("Grace Mensah", "Tomas Berg")
    assert entry.journal == "Invented Journal of Rehabilitation - Latest"  # the feed's title
    assert "30 compared with 52" in entry.text  # the content, longer than the summary
    assert "alert" not in entry.text and "Short teaser" not in entry.text


def test_two_page_pdf():
    src = read_source(FIXTURES / "paper_two_pages.pdf")
    assert src.format == "pdf"
    assert src.title == "Cooling garments and walking in heat-sensitive multiple sclerosis"
    assert src.authors == ("Imani Clarke", "Rolf Jansen")
    assert src.doi == "10.5555/ijmc.2025.0310"
    names = [s.name for s in src.sections]
    assert names[:4] == ["background", "methods", "results", "conclusions"]
    assert "discussion" not in names and "conclusions" in names[4:]  # page 2 read too
    assert "28 metres further" in src.section("results")
    assert "Rolf Jansen" not in src.text  # the text starts at the abstract


@pytest.mark.parametrize(
    "name,message",
    [("image_only.pdf", "no text layer"), ("encrypted.pdf", "encrypted PDF that needs a password")],
)
def test_pdf_refusals(name, message):
    with pytest.raises(InputError, match=message):
        read_source(FIXTURES / name)


@pytest.mark.parametrize("name", ["hostile_billion_laughs.xml", "hostile_external_entity.xml"])
def test_hostile_xml_refused(name):
    with pytest.raises(InputError, match="declares entities") as caught:
        read_source(FIXTURES / name)
    assert "\n" not in str(caught.value)


def test_external_entity_never_read_even_when_format_forced(tmp_path):
    for fmt in ("pubmed", "jats", "feed"):
        with pytest.raises(InputError, match="refuses"):
            read_source(FIXTURES / "hostile_external_entity.xml", fmt)


def test_draft_refuses_a_file_of_several_without_item():
    with pytest.raises(InputError, match=r"holds 2 papers.*--item.*plainsum batch"):
        read_source(FIXTURES / "pubmed_two_articles.xml")
    assert read_source(FIXTURES / "pubmed_two_articles.xml", item="90000002").pmid == "90000002"
    assert read_source(FIXTURES / "pubmed_two_articles.xml", item="1").pmid == "90000001"
    doi = read_source(FIXTURES / "pubmed_two_articles.xml", item="10.5555/jin.2025.0101")
    assert doi.pmid == "90000001"
    with pytest.raises(InputError, match="no item '7'"):
        read_source(FIXTURES / "pubmed_two_articles.xml", item="7")
    with pytest.raises(InputError, match="only 4 words"):  # the chosen item's own reason
        read_source(FIXTURES / "medline_export.nbib", item="90000012")


ABSTRACT = (
    "We followed 300 adults with multiple sclerosis for two years and measured how far they "
    "walked every three months. People who exercised more walked further at the end."
)


def test_jsonl_items_and_bad_lines(tmp_path):
    path = tmp_path / "papers.jsonl"
    rows = [
        {
            "id": "a1",
            "text": ABSTRACT,
            "title": "Walking",
            "doi": "doi:10.5555/x.1",
            "date": "2025-03-04",
        },
        {"id": "a2", "abstract": ABSTRACT},
        {"id": "a3", "source": "too short"},
        {"id": "a4"},
    ]
    lines = [json.dumps(r) for r in rows] + ["{not json", "", "[1, 2]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _sources(path)
    assert [type(i).__name__ for i in items] == [
        "Source",
        "Source",
        "ItemError",
        "ItemError",
        "ItemError",
        "ItemError",
    ]
    first = items[0]
    assert (first.id, first.title, first.doi, first.date) == (
        "a1",
        "Walking",
        "10.5555/x.1",
        "2025-03-04",
    )
    assert first.text.startswith("We followed 300 adults")  # the given title is not re-guessed
    assert items[1].id == "a2" and items[2].id == "a3"
    assert "needs a non-empty" in items[3].reason
    assert "papers.jsonl:5: not valid JSON" in items[4].reason
    assert "must be a JSON object" in items[5].reason


def test_folder_of_formats(tmp_path):
    for name in (
        "pubmed_two_articles.xml",
        "feed_atom.xml",
        "paper_two_pages.pdf",
        "image_only.pdf",
    ):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "notes.txt").write_text("Title of a short paper here\n\n" + ABSTRACT)
    (tmp_path / ".hidden.txt").write_text(ABSTRACT)
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n")
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "deep.md").write_text("# A paper in a subfolder here\n\n" + ABSTRACT)
    items = _sources(tmp_path)
    ok = [i for i in items if isinstance(i, Source)]
    bad = [i for i in items if isinstance(i, ItemError)]
    assert sorted(s.format for s in ok) == ["feed", "pdf", "pubmed", "pubmed", "text", "text"]
    assert sorted(Path(e.path).name for e in bad) == ["image_only.pdf", "picture.png"]
    assert any("no text layer" in e.reason for e in bad)
    assert {s.id for s in ok if s.format == "text"} == {"notes", "more/deep"}
    assert {e.id for e in bad} == {"image_only", "picture"}


@pytest.mark.parametrize(
    "head,suffix,expected",
    [
        (b"%PDF-1.7\n", ".bin", "pdf"),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "x" "y"><PubmedArticleSet>',
            ".txt",
            "pubmed",
        ),
        (b"<?xml version='1.0'?><!-- c --><article xmlns:xlink='x'>", "", "jats"),
        (b"<rss version='2.0'><channel>", ".xml", "feed"),
        (b"<rdf:RDF xmlns:rdf='x'>", ".xml", "feed"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", ".xml", "feed"),
        (b"PMID- 123\nTI  - x", ".txt", "medline"),
        (b'{"id": 1, "text": "x"}\n', ".data", "jsonl"),
        (b"Just a paper.", ".md", "text"),
        ("<feed>".encode("utf-16"), ".xml", "feed"),
        ("<article>".encode("utf-32"), "", "jats"),
    ],
)
def test_sniff(head, suffix, expected):
    assert sniff(head, suffix) == expected


def test_unknown_xml_and_html_are_refused(tmp_path):
    (tmp_path / "a.xml").write_text("<catalog><book/></catalog>")
    with pytest.raises(InputError, match="root <catalog>"):
        read_source(tmp_path / "a.xml")
    (tmp_path / "b.html").write_text("<!DOCTYPE html><html><body>x</body></html>")
    with pytest.raises(InputError, match="HTML page"):
        read_source(tmp_path / "b.html")


def test_input_format_forces_the_reader(tmp_path):
    path = tmp_path / "looks_like_text.txt"
    path.write_bytes((FIXTURES / "feed_atom.xml").read_bytes())
    assert read_source(path, "atom").format == "feed"
    with pytest.raises(InputError, match="unknown input format"):
        read_source(path, "docx")


def test_folder_reports_special_files_and_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Title of a short paper here\n\n" + ABSTRACT)
    os.mkfifo(tmp_path / "pipe.txt")  # would block forever if opened
    os.symlink(tmp_path / "loop2.txt", tmp_path / "loop1.txt")
    os.symlink(tmp_path / "loop1.txt", tmp_path / "loop2.txt")
    items = _sources(tmp_path)
    reasons = sorted(
        i.reason.split(": ", 1)[-1] if ": " in i.reason else i.reason
        for i in items
        if isinstance(i, ItemError)
    )
    assert [i.id for i in items if isinstance(i, Source)] == ["good"]
    assert sorted(i.id for i in items if isinstance(i, ItemError)) == ["loop1", "loop2", "pipe"]
    assert any("named pipe" in r for r in reasons)
    assert sum("symbolic link loop" in r for r in reasons) == 2


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16-le", "utf-16-be", "utf-32"])
def test_read_text_honours_a_bom(tmp_path, encoding):
    path = tmp_path / "t.toml"
    data = 'name = "caf\u00e9"\n'.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = "\ufeff".encode(encoding) + data
    path.write_bytes(data)
    assert read_text(path) == 'name = "caf\u00e9"\n'


def test_read_bytes_stops_past_the_limit_on_stdin(monkeypatch):
    class Endless(io.RawIOBase):
        served = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"y" * len(buffer)
            Endless.served += len(buffer)
            return len(buffer)

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    with pytest.raises(InputError, match="stdin is more than 1,000 bytes"):
        read_bytes("-", 1000)
    assert Endless.served < 1_000_000  # it stopped, it did not read on


def test_source_metadata_reaches_the_output_info():
    info = read_source(FIXTURES / "pubmed_two_articles.xml", item="2").info()
    assert (info.pmid, info.format, info.date) == ("90000002", "pubmed", "2024-11")
    assert info.authors == ["CJ Moreau"]


def test_pretty_printed_json_array_and_object(tmp_path):
    array = tmp_path / "papers.json"
    array.write_text(json.dumps([{"id": "p1", "text": ABSTRACT}, {"id": "p2"}], indent=2))
    items = _sources(array)
    assert [type(i).__name__ for i in items] == ["Source", "ItemError"]
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "solo", "abstract": ABSTRACT, "pmid": 123}, indent=2))
    src = read_source(one)
    assert (src.id, src.pmid) == ("solo", "123")


def test_rss2_feed(tmp_path):
    path = tmp_path / "toc.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Invented MS Letters</title>'
        "<item><title>Smoking and MS progression</title>"
        "<link>https://journal.example.org/iml/10.5555/iml.77</link>"
        '<guid isPermaLink="false">iml-77</guid>'
        "<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><dc:creator>Lena Vogt</dc:creator>"
        f"<description><![CDATA[<p>{ABSTRACT}</p>]]></description></item></channel></rss>",
        encoding="utf-8",
    )
    (entry,) = _sources(path)
    assert (entry.id, entry.date, entry.journal) == ("iml-77", "2025-03-04", "Invented MS Letters")
    assert entry.doi == "10.5555/iml.77" and entry.authors == ("Lena Vogt",)
    assert entry.text.startswith("We followed 300 adults") and "<p>" not in entry.text


def test_utf16_pubmed_xml(tmp_path):
    path = tmp_path / "utf16.xml"
    text = (FIXTURES / "pubmed_two_articles.xml").read_text(encoding="utf-8")
    path.write_bytes(
        text.replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="UTF-16"?>').encode(
            "utf-16"
        )
    )
    assert [s.pmid for s in _sources(path)] == ["90000001", "90000002"]


def test_markdown_opening_with_html_is_text(tmp_path):
    path = tmp_path / "paper.md"
    path.write_text('<div align="center">A paper title of some words</div>\n\n' + ABSTRACT)
    assert read_source(path).format == "text"
