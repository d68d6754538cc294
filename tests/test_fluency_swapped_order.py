"""Swaps that leave a phrase a reader cannot parse (issue 8, stop 52's readers: a draft said
"Bisphosphonates probably increased the number of kidney unwanted events." and passed): a body
part named as a noun before the adjective of its phrase (a warning: see fluency.WARNING_RULES), a
possessive or an article before a question word where a swap put a clause for a noun, and an
article left before a noun a swap made plural. Sentences written for these tests."""

import pytest

from plainsum.checks.fluency import sentence_problems


def rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence, rule",
    [
        ("The new pill probably raised the number of kidney unwanted events.", "noun_adjective"),
        (
            "There was little difference in gut unwanted events between the groups.",
            "noun_adjective",
        ),
        ("Liver serious harms were reported in two trials.", "noun_adjective"),
        ("Three children had skin mild reactions to the cream.", "noun_adjective"),
        ("The drug made no difference to its how well people put up with it.", "determiner_break"),
        ("Their were fewer falls in the exercise group.", "determiner_break"),
        ("The drug was linked with a clearly higher chances of falls.", "article_plural"),
        ("The nurses explained the what the scan showed.", "determiner_break"),
    ],
)
def test_a_swapped_order_is_broken(sentence, rule):
    assert rule in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Serious kidney problems were rare in both groups.",
        "The new pill probably caused more unwanted kidney events.",
        # 'adverse events' is one noun to many writers
        "More work is needed on kidney adverse effects.",
        # a verb or a preposition between them: no phrase
        "The liver was badly damaged, and the heart serious enough to need care in two.",
        "Blood tests showed mild anaemia in some children.",
        "The study looked at how well the drug worked and why some people stopped it.",
        "Its effect on pain was small.",
        "The drug was linked with a clearly higher chance of falls.",
        "The drug was linked with higher rates of falls.",
        "They asked what the scan showed and whether it changed their care.",
    ],
)
def test_whole_sentences_pass(sentence):
    assert not rules(sentence) & {"noun_adjective", "determiner_break", "article_plural"}


def test_a_body_part_before_its_adjective_is_sent_for_review():
    from plainsum.checks.fluency import check_fluency
    from plainsum.schemas import PlainSummary, Severity

    summary = PlainSummary(
        headline="A new pill eased bone pain in men with prostate cancer",
        what_the_study_did="Reviewers pooled six trials. The pill probably raised the number "
        "of kidney unwanted events.",
        why_it_matters="This review is not about MS. Ask your care team about your own care.",
        limitations="The trials were small and some were poorly run.",
    )
    found = [f for f in check_fluency(summary) if "kidney unwanted" in (f.span or "")]
    assert [f.severity for f in found] == [Severity.WARNING]
