"""Two more plain words for a paper's terms: "painkillers" for "pain medication" or "pain
relief", "a rotating rod" for "the rotarod". A faithful summary sentence in those words is
supported; the same words where the paper never has the term still are not. A paper and
sentences written for these tests."""

from plainsum.checks.paraphrase import glossed
from plainsum.ingest import parse

PAPER = parse(
    """Massage for low back pain: a randomised trial

Methods: 120 adults with long-lasting low back pain had massage or usual care for eight weeks.

Results: Pain medication use fell in both groups. Mice given the compound stayed longer on the
rotarod."""
)
OTHER = parse(
    """Massage for low back pain: a randomised trial

Methods: 120 adults with long-lasting low back pain had massage or usual care for eight weeks.

Results: Pain scores fell in both groups, and sleep was better with massage at eight weeks."""
)


def test_painkillers_and_a_rotating_rod_gloss_the_papers_terms():
    assert {"painkillers"} <= glossed(PAPER, "People in both groups used fewer painkillers.")
    assert {"rotating", "rod"} <= glossed(PAPER, "Treated mice stayed longer on a rotating rod.")


def test_the_same_words_without_the_term_are_not_glossed():
    assert "painkillers" not in glossed(OTHER, "People in both groups used fewer painkillers.")
