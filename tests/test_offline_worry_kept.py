"""A claim the paper weighs against a harm in the same sentence ("X is an effective medication,
but the side-effect profile is worrisome") is never said without it (issue 9: a cramps review
was headed "Quinine sulfate is a helpful medicine", recommending what the paper warns about).
Sentences written for these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.headline.no_finding import conceded
from plainsum.plain.material import gather
from plainsum.plain.simplify import plain_sentences

CRAMPS = """Night cramps in the legs are common in older adults. Stretching before bed is often \
advised. Tonic water has been tried for decades. Drug Z is an effective medication, but its \
side-effect profile is worrisome, and other drugs are probably just as effective. Better \
studies of the causes of cramps are needed.
"""


def test_a_claim_and_its_worry_stay_one_sentence() -> None:
    text = "Drug Z is an effective medication, but its side-effect profile is worrisome."
    assert len(plain_sentences(text)) == 1


def test_the_claim_alone_is_conceded() -> None:
    sentence = "Drug Z is an effective medication, but its side-effect profile is worrisome."
    assert conceded("Drug Z is a helpful medicine.", sentence)
    assert not conceded("Drug Z reduced relapses.", "Drug Z reduced relapses, but not disability.")


def test_the_headline_keeps_the_worry() -> None:
    source = parse(CRAMPS)
    head, _ = compose(gather(source, detect_design(source)))
    assert "Drug Z" not in head.text or "worr" in head.text
