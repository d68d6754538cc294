"""Same-output speed (issue 10): the joined-terms and combination checks build the paper's
rarely read tables (its sentences' word pairs, its clauses) only when a summary sentence needs
them, and those tables are what the eager build made. Sentences written for this test."""

from __future__ import annotations

import re

from plainsum.checks import joined_terms as jt
from plainsum.checks import support_combination as sc
from plainsum.evidence_words import stem

PAPER = (
    "We compared peak airway pressure and leak pressure in 60 adults with MS. "
    "Oral baclofen plus tizanidine reduced spasticity (OPL) scores more than oral baclofen "
    "alone; the elastic compression group and the plaster cast group walked the same."
)
PLAIN_PAPER = "We asked 80 adults with MS about sleep. Poor sleep went with more tiredness."


def _eager_joined(text: str) -> tuple[set, list, dict]:
    """The tables as the check built them before: triples, sentences' pairs, what follows."""
    words = jt._sequence(text)
    triples = set(zip(words, words[1:], words[2:], strict=False))
    sentences = [
        set(zip(s, s[1:], strict=False))
        for s in (jt._sequence(t) for t in jt._SENTENCE_END.split(text))
    ]
    after: dict[str, set[str]] = {}
    for x, y in zip(jt._tokens(text), words[1:], strict=False):
        after.setdefault(x, set()).add(y)
    return triples, sentences, after


def test_the_joined_terms_tables_are_the_eager_ones() -> None:
    paper = jt._Paper(PAPER)
    assert paper.words == jt._sequence(PAPER)
    assert (paper.triples, paper.sentences, paper.after) == _eager_joined(PAPER)


def test_a_sentence_whose_first_pair_is_the_papers_reads_no_more_of_it() -> None:
    jt._paper.cache_clear()
    # "peak airway pressure" is the paper's own: its first pair is known, nothing is joined
    assert jt._joins(PAPER, "Peak airway pressure rose in adults.") is None
    paper = jt._paper(PAPER)
    assert not {"triples", "sentences", "after"} & set(vars(paper))


def test_a_sentence_with_no_three_words_to_join_never_reads_the_paper() -> None:
    jt._paper.cache_clear()
    assert jt._joins(PAPER, "It went well.") is None
    assert jt._paper.cache_info().currsize == 0


def test_a_join_is_still_found() -> None:
    jt._paper.cache_clear()
    found = jt._joins(PAPER, "The device gave a higher peak leak pressure.")
    assert found == ("peak leak pressure", "peak airway...", "leak pressure")


def _eager_clauses(text: str) -> list[tuple[list[str], list[int], str]]:
    clauses = []
    for clause in re.split(r"(?<=[.;:!?])\s+|\n", text):
        spans = [(stem(m.group().lower()), m.end()) for m in sc._WORD.finditer(clause)]
        clauses.append(([w for w, _ in spans], [e for _, e in spans], clause))
    return clauses


def test_the_clauses_are_the_eager_ones() -> None:
    assert sc._Paper(PAPER).clauses == _eager_clauses(PAPER)


def test_a_paper_with_no_combination_builds_no_clauses() -> None:
    paper = sc._Paper(PLAIN_PAPER)
    assert paper.combined == []
    assert sc._cut(paper, "Poor sleep went with more tiredness.") is None
    assert "clauses" not in vars(paper)


def test_a_cut_combination_is_still_found() -> None:
    paper = sc._Paper(
        "Oral baclofen plus tizanidine reduced spasticity. Oral baclofen plus tizanidine was safe."
    )
    assert sc._cut(paper, "Oral baclofen reduced spasticity.") == ("Oral baclofen", "tizanidine")
