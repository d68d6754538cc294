"""design_cited blanks cited reviews and sentences on earlier or future work run by run of
text (up to each sentence mark), only where a run may hold a match: the same text as the
patterns' own `sub` over the whole paper, which these tests keep as the reference."""

from __future__ import annotations

import re

import pytest

from plainsum import design_cited as dc


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def reference_cited(text: str) -> str:
    return dc._CITED.sub(lambda m: _blank(m) if dc._cited(m) else m.group(0), text)


def reference_earlier(text: str) -> str:
    return dc._FUTURE.sub(_blank, dc._EARLIER.sub(_blank, text))


TEXTS = [
    "",
    "No review here at all.",
    "Several meta-analyses have shown that exercise helps. We ran a trial in 80 adults.",
    "Meta-analyses of cohort studies have demonstrated a link. Our review found no effect.",
    "This meta-analysis found a small benefit. Previous reviews reported larger ones!",
    "According to recent systematic reviews the drug is safe? We checked 12 trials.",
    "our. Meta-analyses have shown it",  # the look back for "our" crosses a sentence mark
    "We. Meta-analysis of two trials found less pain.",
    "Previously, we showed this in mice. Here, we assessed human cells.",
    "Results held.\nPreviously, we reported a rise. Further studies are needed.",
    "In a previous study we found more. Future trials should test doses!",
    "Further research is still warranted. Larger trials are necessary. Done.",
    "Previous work has shown it; e.g. two trials. More studies are needed",  # no final mark
    "Studies in mice are needed? Work is required! Research would be warranted.",
    "Trials were done (n = 40). Further investigations are required to confirm this.",
    "Several meta-analyses have shown X. Several meta-analyses have shown Y. Previously, no.",
    "WOR\u212a is needed. \u017ftudies are necessary. Meta-\u212analyses have shown it.",
    "Future studies should ask. Previously, we found it.Previously, again.",
    "A review. . . Reviews have shown ? ! Previously, x.",
    "Ünïcode words: several reviews have found überall effects. Further work is needed.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_blanking_run_by_run_is_the_patterns_own_sub(text):
    dc.without_cited_reviews.cache_clear()
    assert dc.without_cited_reviews(text) == reference_cited(text)
    assert dc.without_earlier_work(text) == reference_earlier(text)


def test_the_table_blanks_something_in_most_texts():
    """The reference itself blanks text in these examples: the comparison above is not
    between two texts left alone."""
    changed = [t for t in TEXTS if reference_cited(t) != t or reference_earlier(t) != t]
    assert len(changed) >= 14


@pytest.mark.parametrize(
    ("text", "design"),
    [
        # a review of trials that calls for an economic evaluation did none
        (
            "Four trials (310 patients) were included. Home dialysis "
            "did not differ from hospital dialysis in deaths. There is a need for a large RCT "
            "of home versus hospital dialysis, accompanied by an economic evaluation of their "
            "cost-effectiveness.",
            "review",
        ),
    ],
)
def test_a_design_called_for_is_not_the_papers_own(text, design):
    from plainsum.design import detect_design
    from plainsum.ingest import parse

    assert detect_design(parse(text)).design.value == design
