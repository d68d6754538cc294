"""Structures of real journal files (PubMed exports, MEDLINE, PMC efetch JATS) that the
project's first fixtures did not have, each in a fixture written for the project: PubMed's
bracketed superscripts, exponents in <sup>, "UNLABELLED" parts, compound headings, and
notices (errata, corrections) named by their metadata and refused by the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainsum.errors import InputError
from plainsum.ingest import Source, read_sources
from plainsum.ingest.fields import unglue_sentences
from plainsum.ingest.headings import canonical
from plainsum.ingest.notices import jats_notice, pubmed_notice
from plainsum.ingest.scripts import pubmed_scripts
from plainsum.screen import is_research, require_research, screen

FIXTURES = Path(__file__).parent / "fixtures"


def _by_id(name: str) -> dict[str, Source]:
    items = list(read_sources(FIXTURES / name))
    assert all(isinstance(item, Source) for item in items)
    return {item.id: item for item in items if isinstance(item, Source)}


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("uptake of (13)C-labelled glucose", "uptake of 13C-labelled glucose"),
        ("[(11)C]PiB and (18)F-FDG PET", "[11C]PiB and 18F-FDG PET"),
        ("(99m)Tc scans", "99mTc scans"),
        ("K(+) and Ca(2+) channels", "K+ and Ca2+ channels"),
        ("CD4(+) and CD8(-) T cells", "CD4+ and CD8- T cells"),
        ("knockout (-/-) mice", "knockout (-/-) mice"),  # not after a name: left alone
        ("2 x 10(6) cells per millilitre", "2 x 10^6 cells per millilitre"),
        ("5×10(9)/L", "5×10^9/L"),
        ("infected with 10(7) bacteria", "infected with 10^7 bacteria"),
        ("at 10(-6) M", "at 10^-6 M"),
        ("24 kg/m(2) and 1.73 m(2)", "24 kg/m2 and 1.73 m2"),
        ("cells/mm(3)", "cells/mm3"),
        # brackets that are not superscripts stay as written
        ("aims were (1) to test and (2) to compare", "aims were (1) to test and (2) to compare"),
        ("Chi2(4) = 3.1 and log(10) units", "Chi2(4) = 3.1 and log(10) units"),
        ("in 2010(3) and A10(2)", "in 2010(3) and A10(2)"),
        # a reference number before a word that is also an element's symbol: no isotope
        ("were studied.(2)In the second", "were studied.(2)In the second"),
        ("as reported (3)At baseline", "as reported (3)At baseline"),
        ("(111)In-labelled and (123)I scans", "111In-labelled and 123I scans"),
        ("(2)H and (3)H water", "2H and 3H water"),
    ],
)
def test_pubmed_bracketed_superscripts(written, read):
    assert pubmed_scripts(written) == read


def test_pubmed_record_reads_superscripts_unlabelled_and_compound_headings():
    items = _by_id("pubmed_real_structures.xml")
    first = items["90000101"]
    assert first.title == "Brain 13C spectroscopy and K+ channels in relapsing multiple sclerosis."
    assert first.text.startswith("We gave 24 adults")  # not "UNLABELLED: We gave ..."
    assert [s.heading for s in first.sections] == [""]
    for read in (
        "13C-labelled",
        "1H and 13C",
        "CD4+ T cells",
        "2 x 10^6 per",
        "24 kg/m2",
        "10^-6 M",
    ):
        assert read in first.text
    second = items["90000102"]
    assert "below 0.8 × 10^9/L in 20 people" in second.text  # not "0.8 × 109/L"
    assert "3.5 mg kg^-1 over" in second.text
    assert [s.name for s in second.sections] == ["results", "conclusions"]
    assert first.notice is None and second.notice is None
    assert items["90000103"].notice == "a correction notice"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Conclusions/Significance", "conclusions"),
        ("Methodology/Principal Findings", "results"),
        ("METHODS AND RESULTS", "results"),
        ("BACKGROUND & AIMS", "objective"),
        ("Background/Objectives", "objective"),
        ("SETTING/PARTICIPANTS", "methods"),
        ("Result", "results"),
        ("Methods", "methods"),  # a plain heading as before
        ("Conclusion and recommendation", None),  # one part is not a heading
        ("Funding/Results", None),  # never mixes a part not summarised into a finding
        ("Black and white", None),
    ],
)
def test_compound_headings(heading, name):
    assert canonical(heading) == name


@pytest.mark.parametrize(
    ("types", "notice"),
    [
        (["Journal Article", "Published Erratum"], "a correction notice"),
        (["Retraction of Publication"], "a retraction notice"),
        (["Expression of Concern"], "an expression of concern"),
        (["Journal Article", "Randomized Controlled Trial"], None),
        (["Retracted Publication"], None),  # the retracted paper itself, not the notice
        ([], None),
    ],
)
def test_pubmed_notice_types(types, notice):
    assert pubmed_notice(types) == notice


@pytest.mark.parametrize(
    ("article_type", "notice"),
    [
        ("correction", "a correction notice"),
        ("retraction", "a retraction notice"),
        ("expression-of-concern", "an expression of concern"),
        ("research-article", None),
        (None, None),
    ],
)
def test_jats_notice_types(article_type, notice):
    assert jats_notice(article_type) == notice


def test_medline_record_reads_unlabelled_superscripts_and_erratum(tmp_path):
    path = tmp_path / "export.nbib"
    path.write_text(
        "PMID- 90000301\nTI  - Sodium (23)Na imaging of lesions in multiple sclerosis.\n"
        "AB  - UNLABELLED: We imaged 30 adults with multiple sclerosis with (23)Na MRI and\n"
        "      counted 3 x 10(3) voxels a lesion. Sodium was higher in lesions than in the\n"
        "      white matter around them, most of all in lesions that enhanced.\n"
        "PT  - Journal Article\n\n"
        "PMID- 90000302\nTI  - Correction to: Sodium imaging of lesions.\n"
        "AB  - In the abstract of this article the number of adults was given as 30 and\n"
        "      should have been 32. The results and the conclusions are not changed by\n"
        "      this correction, which the authors regret.\n"
        "PT  - Published Erratum\n",
        encoding="utf-8",
    )
    study, erratum = list(read_sources(path))
    assert isinstance(study, Source) and isinstance(erratum, Source)
    assert study.title == "Sodium 23Na imaging of lesions in multiple sclerosis."
    assert study.text.startswith("We imaged 30 adults") and "3 x 10^3 voxels" in study.text
    assert study.notice is None and erratum.notice == "a correction notice"


@pytest.mark.parametrize(
    ("name", "item", "reason"),
    [
        ("pubmed_real_structures.xml", "90000103", "a correction notice"),
        ("jats_correction.xml", "10.5555/ino.2024.0042", "a correction notice"),
    ],
)
def test_screen_refuses_a_notice_from_its_metadata(name, item, reason):
    notice = _by_id(name)[item]
    assert not is_research(notice)
    verdict = screen(notice)
    assert (verdict.is_research, verdict.kind) == (False, "notice") and reason in verdict.reason
    with pytest.raises(InputError, match="not summarised: its record marks it as " + reason):
        require_research(notice)


def test_the_same_text_without_notice_metadata_is_judged_by_its_words():
    study = _by_id("pubmed_real_structures.xml")["90000101"]
    assert is_research(study) and screen(study).kind == "research"


def test_aes_pdf_without_a_password_is_read_or_refused_in_one_line():
    """Publishers protect PDFs against copying with AES-256 and an empty open password; pypdf
    opens AES only with the optional cryptography package. Without it this raised pypdf's
    DependencyError ("internal error"); now it is one line saying what to install."""
    path = FIXTURES / "encrypted_aes_no_password.pdf"
    try:
        import cryptography  # noqa: F401
    except ImportError:
        with pytest.raises(InputError, match="encrypted with AES.*pip install cryptography"):
            list(read_sources(path))
    else:
        (paper,) = list(read_sources(path))
        assert isinstance(paper, Source) and "cooling vest" in paper.text


_FEED = (
    '<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
    "<title>{journal}</title><item><title>Sleep and fatigue in multiple sclerosis</title>"
    '<guid isPermaLink="false">inv-12</guid><description>We asked 150 adults with multiple '
    "sclerosis about their sleep and their fatigue for six months. Those who slept less than "
    "six hours a night reported more fatigue, and the link held after age and disability were "
    "taken into account.</description></item></channel></rss>"
)


@pytest.mark.parametrize(
    ("encoding", "journal", "declared", "codec"),
    [
        # Real journals' tables of contents: Chinese (GB2312, Big5), Korean (EUC-KR) and
        # Russian (Windows-1251) feeds, which expat alone cannot read.
        ("gb2312", "中华神经科杂志", "gb2312", "gb2312"),
        ("big5", "臺灣神經學雜誌", "big5", "big5"),
        ("euc-kr", "대한신경과학회지", "euc-kr", "euc-kr"),
        ("windows-1251", "Журнал неврологии", "windows-1251", "cp1251"),
        ("mac-roman", "Revue de neurologie générale", "macintosh", "mac-roman"),
        # UTF-16 without a byte-order mark, as some exporters write it.
        ("utf-16-be", "Invented Neurology Letters", "utf-16", "utf-16-be"),
        ("utf-16-le", "Invented Neurology Letters", "utf-16", "utf-16-le"),
    ],
)
def test_feed_in_an_encoding_expat_does_not_read(tmp_path, encoding, journal, declared, codec):
    path = tmp_path / "toc.xml"
    path.write_bytes(_FEED.format(encoding=declared, journal=journal).encode(codec))
    (entry,) = list(read_sources(path))
    assert isinstance(entry, Source)
    assert entry.journal == journal and entry.text.startswith("We asked 150 adults")


def test_an_unknown_declared_encoding_is_one_line(tmp_path):
    path = tmp_path / "toc.xml"
    path.write_bytes(_FEED.format(encoding="x-invented-8", journal="J").encode("ascii"))
    with pytest.raises(InputError, match="declares the encoding 'x-invented-8'.*UTF-8"):
        list(read_sources(path))


def _pubmed(tmp_path: Path, abstract: str) -> Source:
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0" ?><PubmedArticleSet><PubmedArticle><MedlineCitation>'
        '<PMID Version="1">90000401</PMID><Article><ArticleTitle>Fatigue and sleep in multiple '
        f"sclerosis.</ArticleTitle><Abstract>{abstract}</Abstract></Article></MedlineCitation>"
        "</PubmedArticle></PubmedArticleSet>",
        encoding="utf-8",
    )
    (source,) = list(read_sources(path))
    assert isinstance(source, Source)
    return source


_STUDY = (
    "Fatigue is common in multiple sclerosis and poor sleep may add to it.",
    "We asked 150 adults with multiple sclerosis about sleep and fatigue for six months.",
    "Those who slept less than six hours a night reported more fatigue.",
)


@pytest.mark.parametrize(
    ("abstract", "sections"),
    [
        # A whole structured abstract in one AbstractText, with bold headings.
        (
            f"<AbstractText><b>Background:</b> {_STUDY[0]}<b>Methods</b>: {_STUDY[1]}"
            f"<b>Results.</b> {_STUDY[2]}</AbstractText>",
            [("Background", "background"), ("Methods", "methods"), ("Results", "results")],
        ),
        # Text before the first bold heading keeps the part's own label.
        (
            f'<AbstractText Label="BACKGROUND">{_STUDY[0]}<b>Methods:</b> {_STUDY[1]} '
            f"{_STUDY[2]}</AbstractText>",
            [("BACKGROUND", "background"), ("Methods", "methods")],
        ),
        # Bold that is not a heading, or a heading word without its colon, stays in the text.
        (
            f"<AbstractText>{_STUDY[0]} {_STUDY[1]} Those who slept <b>less</b> than six hours "
            "a night reported more fatigue; <b>Results</b> were alike in men and women."
            "</AbstractText>",
            [("", "body")],
        ),
    ],
)
def test_bold_headings_inside_one_abstract_text(tmp_path, abstract, sections):
    source = _pubmed(tmp_path, abstract)
    assert [(s.heading, s.name) for s in source.sections] == sections
    assert "sclerosis.Methods" not in source.text and "it.Methods" not in source.text
    assert all(sentence in source.text for sentence in _STUDY[:2])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("all that was needed.Further work", "all that was needed. Further work"),
        ("after the trial ended.The findings", "after the trial ended. The findings"),
        # not sentences glued: abbreviations, names, units, decimals
        ("E.Coli and p.Gly12Asp", "E.Coli and p.Gly12Asp"),
        ("Tris.HCl at 7.4", "Tris.HCl at 7.4"),
        ("see www.example.org", "see www.example.org"),
    ],
)
def test_glued_sentences_in_pubmed_text(written, read):
    assert unglue_sentences(written) == read


_SPANISH = (
    "ANTECEDENTES: La fatiga es frecuente en la esclerosis múltiple y el mal sueño puede "
    "aumentarla. MÉTODOS: Se preguntó a 150 adultos con esclerosis múltiple por su sueño y su "
    "fatiga durante seis meses. RESULTADOS: Los que dormían menos de seis horas por noche "
    "tenían más fatiga."
)


@pytest.mark.parametrize(
    ("abstract", "labels"),
    [
        # A journal's Spanish abstract after the English parts, in the same Abstract.
        (
            f'<AbstractText Label="BACKGROUND">{_STUDY[0]}</AbstractText>'
            f'<AbstractText Label="METHODS">{_STUDY[1]}</AbstractText>'
            f'<AbstractText Label="RESULTS">{_STUDY[2]} Fatigue and sleep were measured with '
            "questionnaires at every visit.</AbstractText>"
            f'<AbstractText Label="LA FATIGA Y EL SUEÑO">{_SPANISH}</AbstractText>',
            ["BACKGROUND", "METHODS", "RESULTS"],
        ),
        # An English part of bare terms (few function words) is English all the same.
        (
            f'<AbstractText Label="BACKGROUND">{_STUDY[0]} {_STUDY[1]}</AbstractText>'
            '<AbstractText Label="MAIN MEASUREMENTS">fatigue severity scale score, sleep '
            "duration, sleep latency, daytime sleepiness, disability score, age, sex, disease "
            "duration, depression score</AbstractText>",
            ["BACKGROUND", "MAIN MEASUREMENTS"],
        ),
        # A record with no English part is kept whole (the screen refuses it as not English).
        (f"<AbstractText>{_SPANISH}</AbstractText>", [""]),
    ],
)
def test_a_translation_after_the_english_parts_is_left_out(tmp_path, abstract, labels):
    source = _pubmed(tmp_path, abstract)
    assert [s.heading for s in source.sections] == labels
    english = labels != [""]
    assert ("fatiga" in source.text) is not english
    assert is_research(source) is english


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "erratum.xml",
            '<?xml version="1.0" ?><PubmedArticleSet><PubmedArticle><MedlineCitation>'
            '<PMID Version="1">90000501</PMID><Article><ArticleTitle>Erratum: Sleep and fatigue '
            "in multiple sclerosis.</ArticleTitle><PublicationTypeList><PublicationType>"
            "Published Erratum</PublicationType></PublicationTypeList></Article>"
            "</MedlineCitation></PubmedArticle></PubmedArticleSet>",
            "erratum.xml PMID 90000501 is a correction notice about another paper, not a study",
        ),
        (
            "retraction.nbib",
            "PMID- 90000502\nTI  - Retraction of: Sleep and fatigue in multiple sclerosis.\n"
            "PT  - Retraction of Publication\n",
            "retraction.nbib PMID 90000502 is a retraction notice about another paper",
        ),
        (
            "concern.xml",
            '<?xml version="1.0" ?><article article-type="expression-of-concern"><front>'
            "<article-meta><title-group><article-title>Expression of concern: Sleep and fatigue"
            "</article-title></title-group></article-meta></front></article>",
            "concern.xml is an expression of concern about another paper",
        ),
        # A research record without an abstract still says so.
        (
            "no_abstract.xml",
            '<?xml version="1.0" ?><PubmedArticleSet><PubmedArticle><MedlineCitation>'
            '<PMID Version="1">90000503</PMID><Article><ArticleTitle>Sleep and fatigue.'
            "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>",
            "has no abstract or text",
        ),
    ],
)
def test_a_notice_without_an_abstract_says_what_it_is(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (item,) = list(read_sources(path))
    assert not isinstance(item, Source) and reason in item.reason
