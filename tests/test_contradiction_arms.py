"""A harm set beside the wrong arm: said to differ between two arms where the paper says there
was none in either, or put only in the arm the paper did not put it in; and a claim about
severe harms read against the paper's severe harms, not all of them. Papers and sentences
written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.contradiction_arms import harm_in_other_arm, none_in_either
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import Source, parse
from plainsum.schemas import PlainSummary

# a review of two ways of restarting a medicine after a rash
RESTART = parse(
    """Objectives: To compare a slow restart with a full-dose restart of sulfasalazine in \
people who had a mild rash with it before.

Main results: Four trials with 310 adults were included. Fewer people stopped the medicine \
with the slow restart, and fewer had any skin reaction at eight weeks. No serious skin \
reactions occurred with either schedule in the four trials.

Authors' conclusions: A slow restart may help people stay on sulfasalazine."""
)

# a review of one trial setting massage against a painkiller
MASSAGE = parse(
    """Objectives: To assess massage for tension headache.

Main results: One trial with 84 adults compared weekly massage versus ibuprofen, a painkiller \
bought over the counter. Headache days fell more with massage. Stomach upsets and other side \
effects occurred in the ibuprofen group only.

Authors' conclusions: Massage may ease tension headache, but the evidence is thin."""
)


def _contradictions(source: Source, sentence: str) -> list[str]:
    summary = PlainSummary(
        headline="One way of restarting a medicine may keep more people on it",
        what_the_study_did=f"The review looked at trials of the two ways. {sentence}",
        why_it_matters="This review is not about MS. Ask your care team about your medicines.",
        limitations="The trials were small, so the review can only be as good as they are.",
    )
    design = detect_design(source)
    links = link_summary(source, summary, design)
    return [
        f.message
        for f in check_support(source, design, links)
        if f.span == sentence and f.check == "contradiction"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Serious skin reactions were also rarer with the slow restart.",
        "Serious skin reactions were more common with the full-dose restart.",
    ],
)
def test_a_difference_in_a_harm_none_had_is_a_contradiction(sentence):
    assert _contradictions(RESTART, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No one had a serious skin reaction with either way of restarting.",
        "Fewer people had any skin reaction with the slow restart.",
    ],
)
def test_the_harms_as_the_paper_gives_them_pass(sentence):
    assert not _contradictions(RESTART, sentence)


def test_a_harm_moved_to_the_other_arm_is_a_contradiction():
    found = _contradictions(MASSAGE, "Side effects were seen only in the people given massage.")
    assert found and "the other" in found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Side effects were seen only in the people who took ibuprofen.",
        "Side effects were seen only in the people who took the painkiller.",
        # a name the paper never uses is neither arm: not judged
        "Side effects were seen only in the people given tablets.",
    ],
)
def test_a_harm_kept_in_its_arm_passes(sentence):
    assert not _contradictions(MASSAGE, sentence)


def test_none_in_either_reads_what_no_arm_had():
    claims = none_in_either("No serious skin reactions occurred with either schedule.")
    assert [c.polarity for c in claims] == ["null"]
    assert {"serious", "skin", "reactions"} <= set(claims[0].words)
    assert not none_in_either("We asked whether reactions occurred in either group.")
    assert not none_in_either("Reactions were mild in both groups.")


def test_a_severe_harm_is_read_against_the_papers_severe_harms():
    paper = [
        "Fewer people had skin reactions of any kind with the slow restart.",
        "No serious skin reactions occurred with either schedule.",
    ]
    assert contradiction("Serious skin reactions were fewer with the slow restart.", paper)
    assert not contradiction("Skin reactions were fewer with the slow restart.", paper)


def test_the_arm_of_a_harm_is_read_from_the_papers_comparison():
    paper = [s.strip() + "." for s in MASSAGE.text.split(".") if s.strip()]
    only_other = ["Stomach upsets and other side effects occurred in the ibuprofen group only."]
    assert harm_in_other_arm("Side effects occurred only with massage.", only_other, paper)
    assert not harm_in_other_arm("Side effects occurred only with ibuprofen.", only_other, paper)
