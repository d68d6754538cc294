"""'Heterozygous' and 'homozygous' alone have no plain word that keeps the sentence true and
whole: 'compound heterozygous' became 'compound one-copy' and '27% were homozygous' '27% were
two-copy'. The word stays (the gate names it); the phrase 'heterozygous mutations' still has its
plain words. Sentences written for these tests."""

from plainsum.plain.simplify import plain_sentences


def _plain(text: str) -> str:
    return " ".join(p.text for p in plain_sentences(text, False, (0,), None, 60))


def test_zygosity_alone_is_not_swapped():
    out = _plain("Most of the children were compound heterozygous, and a third were homozygous.")
    assert "one-copy" not in out and "two-copy" not in out
    assert "compound heterozygous" in out


def test_the_phrase_with_mutations_keeps_its_plain_words():
    out = _plain("Children with heterozygous mutations had milder disease than the others.")
    assert "gene changes in one copy" in out
