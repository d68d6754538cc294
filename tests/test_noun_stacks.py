"""Glossary swaps inside noun stacks and lists read whole or are not made, and never repeat a
word beside them (plain/noun_stacks.py, used by plain/glossary.py). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words
from plainsum.plain.noun_stacks import modifying_noun, repeats_word, stack_fits


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a noun modifies the term: a plain phrase opening with an adjective breaks the stack
        ("We review the most useful imaging biomarkers in MS.", "imaging biomarkers"),
        ("Serum biomarkers and MRI biomarkers were compared.", "MRI biomarkers"),
        ("Yoga helped women with stress urinary incontinence.", "stress urinary incontinence"),
        # a plain phrase that post-modifies cannot follow a modifying noun
        ("The drug blocked the signalling pathway in mice.", "signalling pathway"),
        ("UTI incidence was lower in the treated group.", "UTI incidence"),
        ("CNS adverse events were rare with the higher dose.", "CNS adverse events"),
    ],
)
def test_a_swap_that_breaks_a_noun_stack_is_not_made(sentence: str, kept: str) -> None:
    assert kept in plain_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("New lesions were rare.", "New damaged areas were rare."),
        # a plain phrase that opens with an adjective reads whole after another adjective
        ("Serious adverse events were rare.", "Serious health problems were rare."),
        # a verb or a number before the term is no noun stack
        ("We found moderate-quality evidence.", "We found fairly good evidence."),
        ("The review included 15 RCTs.", "The review included 15 randomised trials."),
    ],
)
def test_a_swap_that_reads_whole_is_still_made(sentence: str, plain: str) -> None:
    assert plain_words(sentence) == plain


def test_a_swap_that_would_repeat_a_word_beside_it_is_not_made() -> None:
    assert plain_words("Biomarkers were measured in blood.") == "Biomarkers were measured in blood."
    assert "One study investigated" in plain_words("One study investigated the diet.")
    # the same word further off is no repeat
    assert plain_words("One trial investigated diet in a small study.").startswith(
        "One trial studied diet"
    )


def test_promising_is_no_longer_made_hopeful() -> None:
    assert "promising" in plain_words("It is a promising drug for MS.")


@pytest.mark.parametrize(
    ("before", "noun"),
    [
        ("the most promising imaging ", "imaging"),
        ("in MRI ", "MRI"),
        ("people with stress ", "stress"),
        ("the new ", ""),  # an adjective
        ("the clinical ", ""),  # an adjective by its ending
        ("we found ", ""),  # a verb
        ("to perform ", ""),  # a verb after "to"
        ("patients receiving ", ""),  # an -ing verb
        ("the, ", ""),
        ("included 15 ", ""),  # a number
    ],
)
def test_modifying_noun(before: str, noun: str) -> None:
    assert modifying_noun(before) == noun


def test_stack_fits_only_judges_noun_phrases_of_several_words() -> None:
    assert stack_fits("placebo", "dummy", "saline ")  # one word
    assert stack_fits("versus placebo", "compared with a dummy treatment", "therapy ")
    assert stack_fits("recruited", "signed up", "trials ")  # a verb
    assert not stack_fits("biomarkers", "measurable signs", "imaging ")


def test_repeats_word_looks_two_words_either_side_by_stem() -> None:
    assert repeats_word("biomarkers", "measurable signs", "", " were measured")
    assert repeats_word("pathway", "chain of signals", "the signalling ", "")
    assert not repeats_word("biomarkers", "measurable signs", "", " in blood were then measured")
    assert not repeats_word("effectiveness", "effect", "the ", " of the diet")


def test_an_abbreviation_is_written_out_inside_a_stack() -> None:
    assert plain_words("The high quality RCT found no difference.") == (
        "The high quality randomised trial found no difference."
    )


def test_a_word_across_a_comma_is_no_repeat() -> None:
    assert repeats_word("lymphocytes", "white blood cells", "presenting cells ", " need iron")
    assert not repeats_word("lymphocytes", "white blood cells", "presenting cells, ", " need iron")


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # two words of a pair or list that would both become one plain word: the later stays
        ("Controls got no intervention or therapy.", "Controls got no treatment or therapy."),
        ("Results were heterogeneous and inconsistent.", "Results were mixed and inconsistent."),
        ("We rated efficacy, effectiveness and safety.", "We rated effect, effectiveness and"),
        ("Cytokines, chemokines and hormones rose.", "Immune signals, chemokines and hormones"),
        # the paper's own word is the plain one: the swap beside it is not made
        ("They compared therapy or treatment alone.", "They compared therapy or treatment"),
        ("They compared treatment or therapy alone.", "They compared treatment or therapy"),
    ],
)
def test_a_swap_never_merges_two_joined_words(sentence: str, plain: str) -> None:
    assert plain_words(sentence).startswith(plain)


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # different plain words, or the paper's own repeat: every swap is made
        ("Efficacy and adverse events were rated.", "Effect and unwanted events were rated."),
        (
            "The intervention and the intervention group were small.",
            "The treatment and the treatment group were small.",
        ),
        # not joined as a pair: a verb stands between
        ("The intervention helped and therapy was safe.", "The treatment helped and treatment"),
        # the item beside it is longer than the plain word: two things still
        ("It lowered mortality, death from stroke and pain.", "It lowered deaths, death from"),
        (
            "It was compared with a dummy drug or no intervention.",
            "It was compared with a dummy drug or no treatment.",
        ),
    ],
)
def test_swaps_that_are_not_merged_are_still_made(sentence: str, plain: str) -> None:
    assert plain_words(sentence).startswith(plain)


def test_kept_apart_keeps_the_first_of_two_swaps_that_read_the_same() -> None:
    from plainsum.plain.noun_stacks import Swap, kept_apart

    text = "no intervention or therapy"
    swaps = [Swap(3, 15, "intervention", "treatment"), Swap(19, 26, "therapy", "treatment")]
    assert kept_apart(text, swaps) == swaps[:1]
    assert kept_apart("no intervention or drug", swaps[:1]) == swaps[:1]


def test_a_term_the_paper_explains_in_an_appositive_is_not_swapped_into_a_repeat() -> None:
    # the paper says what the term is right after it: the plain phrase would say it twice
    assert plain_words(
        "Thinning on optical coherence tomography, a quick and painless eye scan, predicts "
        "worse walking."
    ).startswith("Thinning on optical coherence tomography, a quick")
    # an appositive that says something else does not stop the swap
    assert plain_words(
        "Thinning on optical coherence tomography, a test done in clinic, predicts worse walking."
    ).startswith("Thinning on eye scans, a test done in clinic")
    # nor does the main clause after an opening phrase
    assert plain_words(
        "After optical coherence tomography, the scan results were read by two doctors."
    ).startswith("After eye scans, the scan results")


def test_a_scan_named_by_its_plain_word_reads_whole_without_an_article() -> None:
    assert plain_words("Optical coherence tomography could help doctors decide.") == (
        "Eye scans could help doctors decide."
    )
