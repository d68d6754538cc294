"""Feeds as publishers write them (issue 10): headings glued to their text, publication details
before the abstract, and entries that hold no abstract at all (feeds written for the project).

A feed that flattens a structured abstract ("BackgroundPhysical activity ... scarce.ObjectiveTo
test ...") gave a headline "BackgroundPhysical activity may protect the brain in MS"; one whose
description holds only "Publication date: ... Source: ... Author(s): ..." was refused for being
short instead of for having no abstract.
"""

from __future__ import annotations

from pathlib import Path

from plainsum.ingest import ItemError, Source, read_sources
from plainsum.ingest.source import split_inline_labels

GLUED = (
    "Neurology Letters, Ahead of Print. &lt;br/&gt;BackgroundHand tremor limits daily tasks in "
    "multiple sclerosis, and few treatments help.ObjectiveTo test whether a weighted glove "
    "reduces tremor during writing.MethodsWe enrolled 42 adults with MS and arm tremor and "
    "measured tremor with a wrist sensor with and without the glove.ResultsTremor amplitude "
    "was 31% lower with the glove, and writing speed rose by 12%.ConclusionA weighted glove "
    "eased tremor during writing in adults with MS. Longer studies are needed."
)
DETAILS_ONLY = (
    "<![CDATA[<p>Publication date: Available online 3 December 2026</p><p><b>Source:</b> "
    "Invented MS Reports</p><p>Author(s): Rosa Lind, Tomas Ek</p>]]>"
)
DETAILS_THEN_ABSTRACT = (
    "<![CDATA[<p>Publication date: March 2027</p><p><b>Source:</b> Invented MS Reports, Volume "
    "12</p><p>Author(s): Nadia Farouk</p><div>We read the records of 260 people with MS who "
    "started a new tablet treatment. Liver enzymes rose above three times the normal limit in "
    "4% of them, most within 6 months. Regular blood tests in the first 6 months can find this "
    "early.</div>]]>"
)


def _feed(tmp_path: Path, *descriptions: str) -> list[Source | ItemError]:
    items = "".join(
        f"<item><title>Paper {i}</title><link>https://journal.example/{i}</link>"
        f"<description>{d}</description><dc:creator>Ana Souza, Jon Berg</dc:creator></item>"
        for i, d in enumerate(descriptions, 1)
    )
    path = tmp_path / "toc.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Invented TOC</title>'
        f"{items}</channel></rss>",
        encoding="utf-8",
    )
    return list(read_sources(path))


def test_glued_headings_become_sections(tmp_path: Path) -> None:
    (source,) = _feed(tmp_path, GLUED)
    assert isinstance(source, Source)
    names = [s.name for s in source.sections]
    assert names == ["background", "objective", "methods", "results", "conclusions"]
    assert source.section("background").startswith("Hand tremor limits")
    assert "Ahead of Print" not in source.text and "BackgroundHand" not in source.text
    assert source.journal == "Neurology Letters"
    assert source.authors == ("Ana Souza", "Jon Berg")


def test_an_entry_with_only_publication_details_has_no_abstract(tmp_path: Path) -> None:
    (item,) = _feed(tmp_path, DETAILS_ONLY)
    assert isinstance(item, ItemError)
    assert "no abstract" in item.reason and "publication details" in item.reason


def test_publication_details_give_the_journal_and_date_not_the_text(tmp_path: Path) -> None:
    (source,) = _feed(tmp_path, DETAILS_THEN_ABSTRACT)
    assert isinstance(source, Source)
    assert source.text.startswith("We read the records of 260 people")
    assert "Publication date" not in source.text and "Author(s)" not in source.text
    assert source.journal == "Invented MS Reports"
    assert source.date == "2027-03"


def test_one_glued_word_is_no_heading() -> None:
    text = "The ResultsTracker app logged steps. Background noise was low in every room."
    assert split_inline_labels(text) == [("", text)]


def test_a_surname_first_author_is_one_name(tmp_path: Path) -> None:
    from plainsum.ingest.feeds import _split_names

    assert _split_names("Souza, Ana") == ["Souza, Ana"]
    assert _split_names("Ana Souza, Jon Berg and Li Wei") == ["Ana Souza", "Jon Berg", "Li Wei"]


TEASER = (
    "Fatigue is the most common symptom of multiple sclerosis and one of the hardest to treat. "
    "We randomly assigned 120 adults with MS and severe fatigue to a 12-week online programme "
    "or to a waiting list, and measured fatigue at the end of the programme and [...]"
)


def test_an_abstract_the_feed_cut_short_is_refused_with_its_reason(tmp_path: Path) -> None:
    teaser, whole = _feed(tmp_path, TEASER, GLUED)
    assert isinstance(teaser, ItemError)
    assert "only the start of its abstract" in teaser.reason
    assert isinstance(whole, Source)  # the rest of the feed is still read
