"""The cues a detected design names are those of its patterns found in the paper's whole text,
whether or not the scores read a text with cited reviews or earlier work blanked (then the
design's own cues are asked again), and a text without a word those need is left as it is.
Abstracts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.design import _COMPILED, cue_hits, detect_design
from plainsum.design_cited import without_cited_reviews, without_earlier_work
from plainsum.ingest import parse

ABSTRACTS = [
    # a trial that cites others' meta-analyses: blanked for the scores, named from the whole
    "Previous meta-analyses have shown that exercise eases fatigue. We randomised 120 adults "
    "with MS to a walking programme or usual care in a randomised controlled trial. Fatigue "
    "fell more with walking. Further trials are needed in older people.",
    # a review with nothing blanked
    "We searched MEDLINE and Embase for randomised controlled trials. Six trials were included. "
    "The certainty of the evidence was low. Pooled results showed less pain with the brace.",
    # a cohort: earlier work named in a sentence of its own
    "In a previous study we reported that vitamin D was low in MS. Here we followed 300 people "
    "with MS for five years in a prospective cohort. Low vitamin D was associated with relapses.",
    # mice, with no cited review
    "Mice were fed cuprizone for five weeks to strip the coating of their nerves. The drug "
    "protected myelin in treated mice, and fewer nerve cells were lost than in untreated mice.",
]


@pytest.mark.parametrize("text", ABSTRACTS)
def test_named_cues_are_the_designs_cues_found_in_the_whole_text(text: str) -> None:
    info = detect_design(parse(text))
    lowered = parse(text).full_text.lower()
    hits = cue_hits(lowered).get(info.design, ())
    found = [p.pattern for (p, _), n in zip(_COMPILED.get(info.design, []), hits, strict=True) if n]
    assert info.cues == tuple(found[:5])


@pytest.mark.parametrize(
    "text",
    [
        "Walking eased fatigue in adults with MS over twelve weeks.",
        "The brace helped, and the review of records took two days.",  # 'review' but no citing
    ],
)
def test_a_text_without_a_cited_review_or_earlier_work_is_kept(text: str) -> None:
    assert without_cited_reviews(text) == text
    assert without_earlier_work(text) == text


def test_cited_reviews_and_earlier_work_are_still_blanked() -> None:
    text = ABSTRACTS[0]
    blanked = without_earlier_work(without_cited_reviews(text))
    assert len(blanked) == len(text)
    assert "meta-analyses" not in blanked and "Further trials" not in blanked
    assert "We randomised 120 adults" in blanked
