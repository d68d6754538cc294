"""A treatment the paper only gave as a combination, named by one of its parts: "the effect of
a single dose of oral aspirin" where every trial gave "oral aspirin plus caffeine". Papers and
sentences written for these tests."""

import pytest

from plainsum.checks.support import check_support
from plainsum.checks.support_combination import _cut, _paper
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

HEADACHE = parse(
    """Objectives: To assess a single dose of oral aspirin plus caffeine for tension headache in \
adults, and the added benefit of the caffeine.

Main results: Eighteen trials with 3100 adults compared aspirin plus caffeine with placebo, and \
nine compared it with the same dose of aspirin alone. More adults were free of pain at two hours \
with aspirin plus caffeine than with placebo. Adding caffeine helped a few more adults than \
aspirin alone.

Conclusions: Aspirin combined with caffeine relieves tension headache in about half of adults."""
)


@pytest.mark.parametrize(
    "sentence, naming",
    [
        (
            "The review authors wanted to check a single dose of oral aspirin.",
            "single dose of oral aspirin",
        ),
        (
            "This review looked at a single dose of oral aspirin for headache.",
            "single dose of oral aspirin",
        ),
    ],
)
def test_a_combination_named_by_its_first_part_is_cut_short(sentence, naming):
    found = _cut(_paper(HEADACHE.full_text), sentence)
    assert found is not None and found[1] == "caffeine" and found[0].endswith(naming)


@pytest.mark.parametrize(
    "sentence",
    [
        # the whole combination, in the paper's words or the summary's own
        "The review authors wanted to check a single dose of oral aspirin plus caffeine.",
        "The review looked at a single dose of oral aspirin with caffeine.",
        "The review looked at a single dose of oral aspirin and caffeine for headache.",
        "The review looked at a single dose of oral aspirin, taken with caffeine.",
        # the part the paper also names alone
        "Adding caffeine helped a few more adults than aspirin alone.",
        "Nine trials compared the combination with the same dose of aspirin.",
        # nothing of the combination
        "Eighteen trials with 3100 adults were included.",
    ],
)
def test_the_whole_combination_or_a_part_the_paper_names_alone_passes(sentence):
    assert _cut(_paper(HEADACHE.full_text), sentence) is None


def test_a_plural_of_the_papers_alone_naming_counts_as_alone():
    source = parse(
        "Results: Two trials compared open surgery versus splint treatments. One trial compared "
        "open surgery versus splint treatment plus hand therapy. Surgery gave better results "
        "than splints at six months, with fewer people needing a second treatment."
    )
    assert (
        _cut(
            _paper(source.full_text),
            "The main comparison was open surgery versus splint treatment.",
        )
        is None
    )


def test_a_marker_glued_to_a_name_is_no_combination():
    source = parse(
        "Results: The number of CD4+ T cells rose in the treated mice. CD4+ T cells fell in "
        "the untreated mice, which were kept for eight weeks on the same food and water."
    )
    assert _cut(_paper(source.full_text), "The number of CD4 cells rose in treated mice.") is None


def test_the_support_check_reports_the_cut_as_an_error():
    summary = PlainSummary(
        headline="Aspirin with caffeine eases tension headache in about half of adults",
        what_the_study_did=(
            "The review authors wanted to check a single dose of oral aspirin. Eighteen trials "
            "with 3100 adults were included. More adults were free of pain at two hours than with "
            "a dummy pill."
        ),
        why_it_matters="This review did not look at MS. If you get headaches, ask your doctor.",
        limitations="The review could only be as good as the trials it found.",
    )
    design = detect_design(HEADACHE)
    links = link_summary(HEADACHE, summary, design)
    messages = [
        f.message for f in check_support(HEADACHE, design, links) if "caffeine" in f.message
    ]
    assert len(messages) == 1 and "only gives together with 'caffeine'" in messages[0]
