"""`plain_sentences` rewrites a sentence once, and a second time only when the paper's own long
forms alone give other words than the standard ones do: the pieces must be those of rewriting
it with each expander in full, as it was done before. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import Expander
from plainsum.plain.simplify import HARD_MAX_WORDS, _explained_pieces, plain_sentences, rewrite


def reference(text: str, expand: Expander, max_words: int = HARD_MAX_WORDS) -> list[str]:
    """The pieces as `plain_sentences` made them with two full rewrites."""
    full = rewrite(text, False, expand)
    out = _explained_pieces(full, max_words, (0,))
    paper_only = expand.paper_only
    shorter = rewrite(text, False, paper_only) if paper_only is not None else full
    if shorter != full:
        kept = _explained_pieces(shorter, max_words, (0,))
        if len(kept) > len(out):
            return [p.text for p in kept]
    return [p.text for p in out]


SENTENCES = [
    "Methods: We randomised 120 adults with COPD to exercise or usual care.",
    "Both TCAs and SSRIs eased low mood compared with placebo (RR 0.62, 95% CI 0.4 to 0.9).",
    "rTMS and sham rTMS were compared in people with LBP, and rTMS gave no clear benefit "
    "over sham rTMS on pain or on the ability to do everyday work at twelve weeks.",
    "Short-arm casts (SAC) healed as well as long casts, and the SAC was easier to wear.",
    "The intervention significantly reduced relapses in people with RRMS.",
    "No abbreviations are used in this plain sentence about walking.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("definitions", [{}, {"SAC": "short-arm casts"}])
def test_one_rewrite_gives_the_pieces_two_gave(text: str, definitions: dict[str, str]) -> None:
    expand = Expander(definitions)
    got = [p.text for p in plain_sentences(text, False, (0,), expand)]
    assert got == reference(text, expand)


def test_a_long_sentence_still_keeps_its_short_forms_when_written_out_is_too_long() -> None:
    text = SENTENCES[2]
    expand = Expander({})
    written = rewrite(text, False, expand)
    assert "repetitive transcranial magnetic stimulation" not in written  # too long to show
    assert [p.text for p in plain_sentences(text, False, (0,), expand)] == reference(text, expand)
