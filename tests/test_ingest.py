import pytest

from plainsum.errors import InputError
from plainsum.ingest import MAX_BYTES, decode, parse, read_source
from plainsum.ingest.normalise import normalise

ABSTRACT = """Vitamin D levels and relapses in people with multiple sclerosis

Background: Low vitamin D has been linked with more relapses in multiple sclerosis (MS).
Objective: To test whether blood vitamin D levels predict relapses over two years.
Methods: We followed 180 adults with relapsing MS and measured vitamin D every six months.
Results: People with the lowest levels had more relapses than people with the highest levels.
Conclusions: Low vitamin D was associated with more relapses. Trials are needed.
"""


def test_title_and_sections_found():
    src = parse(ABSTRACT)
    assert src.title == "Vitamin D levels and relapses in people with multiple sclerosis"
    names = [s.name for s in src.sections]
    assert names == ["background", "objective", "methods", "results", "conclusions"]
    assert src.section("methods").startswith("We followed 180 adults")
    assert "Background:" in src.text  # the text is kept as written


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a structured abstract written as one paragraph: each heading after a sentence's end
        (
            ABSTRACT.split("\n", 2)[2].replace("\n", " "),
            ["background", "objective", "methods", "results", "conclusions"],
        ),
        (
            "We followed 180 adults with relapsing MS for two years and measured vitamin D twice "
            "a year. Results: People with low levels had more relapses. Conclusion: Low vitamin D "
            "went with more relapses.",
            ["body", "results", "conclusions"],
        ),
        # one heading word inside plain text that opened without one is text
        (
            "We followed 180 adults with relapsing MS for two years and measured vitamin D twice "
            "a year in every one of them. Results: people with low levels had more relapses.",
            ["body"],
        ),
        (
            "We followed 180 adults with relapsing MS for two years and measured vitamin D twice "
            "a year in every one of them. Results in brief: low levels, more relapses.",
            ["body"],
        ),
    ],
)
def test_headings_inside_one_paragraph(text, names):
    assert [s.name for s in parse(text).sections] == names


@pytest.mark.parametrize(
    "heading,name",
    [
        ("BACKGROUND:", "background"),
        ("Main results:", "results"),
        ("Authors' conclusions:", "conclusions"),
        ("## Materials and Methods", "methods"),
        ("Aims:", "objective"),
        ("**Interpretation:**", "conclusions"),
        ("Methods and findings:", "results"),
        ("Design, Setting, and Participants:", "methods"),
        ("Exposures:", "methods"),
        ("Classification of Evidence:", "conclusions"),
        ("Trial registration:", "administrative"),
        ("FUNDING:", "administrative"),
    ],
)
def test_heading_variants(heading, name):
    body = " ".join(["Some words of the section text here."] * 6)
    text = (
        f"{heading} {body}"
        if heading.endswith(":") or heading.endswith(":**")
        else (f"{heading}\n{body}")
    )
    src = parse("A title for the paper here\n\n" + text)
    assert src.sections[0].name == name


def test_unicode_and_whitespace_normalised():
    body = "The \u201cdrug\u201d \u2013 a pill \u2014 was tested.   " * 6
    src = parse("Title  of\u00a0a study here\n\n" + body)
    assert "\u201c" not in src.text and "\u2013" not in src.text
    assert "  " not in src.text


def test_same_text_same_hash():
    assert parse(ABSTRACT).sha256 == parse(ABSTRACT.replace("\n", "\r\n")).sha256


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "is empty"),
        (b"   \n\t\n", "is empty"),
        (b"\x00\x01\x02binary\x00" * 50, "not a text file"),
        (b"%PDF-1.7\n" + b"x" * 100, "not a text file"),
        (b"a" * (MAX_BYTES + 1), "bytes"),
    ],
)
def test_decode_refuses(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "input")


def test_too_short_refused():
    with pytest.raises(InputError, match="at least"):
        parse("MS is a disease.")


def test_read_source_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_source(tmp_path)


def test_read_source_file(tmp_path):
    p = tmp_path / "paper.md"
    p.write_text("# " + ABSTRACT, encoding="utf-8")
    src = read_source(p)
    assert src.title and src.title.startswith("Vitamin D")
    assert src.path == str(p)


@pytest.mark.parametrize(
    "inserted,kept",
    [
        ("\x00\x07\x1b\x7f", False),  # C0 controls and DEL
        ("\x85\u200b\u200e\ufeff", False),  # a C1 control and format characters
        ("\ue000\U000f0000", False),  # private use
        ("é\u00e6\u4e2d", True),  # letters of any script
    ],
)
def test_control_characters_dropped_and_text_kept(inserted, kept):
    text = normalise(f"Relapses over two ye{inserted}ars.\n\nA\tsecond paragraph.")
    assert all((ch in text) is kept for ch in inserted)
    assert text.startswith("Relapses over two ye") and text.endswith("\n\nA second paragraph.")
