"""MathML inside PubMed and JATS abstracts is read as inline text, not as the layout whitespace of
a pretty-printed file: PubMed's own exports write "V with a dot over it, O, subscript 2 max" one
token per line, which a plain text walk turned into "V . O 2 m a x"."""

from __future__ import annotations

from xml.etree.ElementTree import fromstring

import pytest

from plainsum.ingest import Source, read_sources
from plainsum.ingest.xmlsafe import math_text, text_of

MML = 'xmlns:mml="http://www.w3.org/1998/Math/MathML"'


def pretty(body: str) -> str:
    """A formula laid out one element per line, as PubMed and PMC files are."""
    lines = "\n".join(f"    {line}" for line in body.split())
    return f"<mml:math {MML}>\n{lines}\n</mml:math>"


V_DOT_O2_MAX = pretty(
    "<mml:mrow> <mml:mover> <mml:mi>V</mml:mi> <mml:mo>.</mml:mo> </mml:mover> "
    "<mml:msub> <mml:mi>O</mml:mi> <mml:mrow> <mml:mn>2</mml:mn> <mml:mi>m</mml:mi> "
    "<mml:mi>a</mml:mi> <mml:mi>x</mml:mi> </mml:mrow> </mml:msub> </mml:mrow>"
)


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        (V_DOT_O2_MAX, "VO2max"),  # an accent over the base is dropped, a subscript run on
        (
            pretty(
                "<mml:mmultiscripts> <mml:mi>Xe</mml:mi> <mml:mprescripts/> <mml:none/> "
                "<mml:mn>129</mml:mn> </mml:mmultiscripts>"
            ),
            "129Xe",  # scripts written before the base come first
        ),
        (
            pretty(
                "<mml:mfrac> <mml:mi>a</mml:mi> <mml:mi>b</mml:mi> </mml:mfrac> "
                "<mml:mo>+</mml:mo> <mml:msup> <mml:mi>x</mml:mi> <mml:mn>2</mml:mn> </mml:msup>"
            ),
            "a/b+x^2",
        ),
        (
            pretty("<mml:mn>3</mml:mn> <mml:mtext>&#160;</mml:mtext> <mml:mi>mg</mml:mi>"),
            "3 mg",  # an explicit space in mtext stays a space
        ),
        (
            pretty(
                "<mml:semantics> <mml:mrow> <mml:mi>n</mml:mi> <mml:mo>=</mml:mo> "
                "<mml:mn>40</mml:mn> </mml:mrow> <mml:annotation>n=40\\,</mml:annotation> "
                "</mml:semantics>"
            ),
            "n=40",  # the TeX annotation is not text
        ),
    ],
)
def test_math_text(formula, expected):
    assert math_text(fromstring(formula)) == expected


def test_an_overscript_that_is_not_an_accent_is_kept():
    formula = pretty("<mml:mover> <mml:mi>x</mml:mi> <mml:mi>k</mml:mi> </mml:mover>")
    assert math_text(fromstring(formula)) == "xk"


def test_text_of_reads_a_formula_in_a_sentence_without_padded_brackets():
    element = fromstring(
        f"<AbstractText>Peak oxygen uptake (\n{V_DOT_O2_MAX}\n) rose by 3 units.</AbstractText>"
    )
    assert text_of(element) == "Peak oxygen uptake (VO2max) rose by 3 units."


PUBMED = f"""<?xml version="1.0" ?>
<PubmedArticleSet>
<PubmedArticle>
  <MedlineCitation Status="MEDLINE" Owner="NLM">
    <PMID Version="1">90000077</PMID>
    <Article PubModel="Print">
      <Journal><Title>Journal of Invented Exercise Science</Title></Journal>
      <ArticleTitle>Cycling training and fitness in relapsing MS</ArticleTitle>
      <Abstract>
        <AbstractText Label="METHODS">Forty adults with relapsing MS cycled three times a week
        for twelve weeks, and peak oxygen uptake (
        {V_DOT_O2_MAX}
        ) was measured on a treadmill before and after.</AbstractText>
        <AbstractText Label="RESULTS">
        {V_DOT_O2_MAX}
        rose by 2.1 ml/kg/min with training and did not change in the control group.</AbstractText>
      </Abstract>
    </Article>
  </MedlineCitation>
</PubmedArticle>
</PubmedArticleSet>
"""

JATS = f"""<?xml version="1.0" ?>
<article {MML} article-type="research-article">
  <front>
    <article-meta>
      <title-group>
        <article-title>Lung ventilation imaging in adults with MS</article-title>
      </title-group>
      <abstract>
        <p>We imaged 25 adults after they breathed inhaled <inline-formula>{
    pretty(
        "<mml:mmultiscripts> <mml:mi>He</mml:mi> <mml:mprescripts/> <mml:none/> "
        "<mml:mn>3</mml:mn> </mml:mmultiscripts> <mml:mtext>&#160;</mml:mtext> "
        "<mml:mi>MRI</mml:mi>"
    )
}</inline-formula> gas, and ventilation defects were
        fewer after the breathing programme.</p>
        <p>Breathing exercises may help lung ventilation in people with MS who have weak breathing
        muscles; a randomised trial is needed to test this.</p>
      </abstract>
    </article-meta>
  </front>
</article>
"""


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "fitness.xml",
            PUBMED,
            ["peak oxygen uptake (VO2max) was measured", "VO2max rose by 2.1 ml/kg/min"],
        ),
        ("lungs.xml", JATS, ["inhaled 3He MRI gas, and ventilation defects"]),
    ],
)
def test_formulas_in_pubmed_and_jats_files(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (source,) = read_sources(path)
    assert isinstance(source, Source)
    for piece in expected:
        assert piece in source.text
    assert " m a x" not in source.text and "( " not in source.text
