"""The number check's screen (plainsum.checks.number_findings): a summary sentence that states
no number (no digit, no number word) is given no rule, because no rule can find anything in it.
Each rule is asked here itself, without the screen, so that a rule that one day reads something
else than the sentence's numbers fails this test. Abstracts and sentences written for it."""

from __future__ import annotations

import pytest

from plainsum.checks import number_findings
from plainsum.checks.number_findings import _RULES, NUMBERS
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink, PlainSummary

# Arms, shares, time points, counts of studies and of people, a part of a whole: something for
# every rule to read.
REVIEW = parse(
    """Balance training for people with multiple sclerosis

Objectives: To assess balance training for people with MS.
Main results: We included 23 trials with 1,412 participants. Nine trials (520 participants) \
compared balance training with usual care. At 12 weeks, 31% of the training group and 18% of \
the usual care group reported a fall (RR 0.61), and at 24 weeks the falls did not differ. Of the \
1,412 participants, 1,180 finished the programmes; 64 of 700 people in the training groups and \
59 of 712 in the control groups left early. Two trials in people over 60 years were eligible \
for the main analysis.
Authors' conclusions: Balance training may reduce falls in people with MS for a few months.
"""
)
NO_NUMBER = [
    "Balance training reduced falls in people with MS.",
    "People who trained fell less often than those given usual care.",
    "The review included trials that compared balance training with usual care.",
    "Falls did not differ between the groups later on.",
    "Most people finished the programmes, and a few in each group left early.",
    "The evidence is of low certainty, so the results may change.",
    "Someone who falls often should talk to their care team.",  # "one" inside a word
]
WITH_NUMBER = [
    "The review included two trials.",  # a count the paper gives to a part
    "The review included 2 trials.",
]


def _link(text: str) -> EvidenceLink:
    summary = PlainSummary(
        headline="Balance training may help people with MS fall less.",
        what_the_study_did=text,
        why_it_matters="It may help people with MS who fall.",
        limitations="The trials were small.",
    )
    return next(k for k in link_summary(REVIEW, summary) if k.text == text)


@pytest.mark.parametrize("sentence", NO_NUMBER)
@pytest.mark.parametrize("rule", [r[0] for r in _RULES], ids=lambda f: f.__name__)
def test_no_rule_finds_anything_in_a_sentence_without_numbers(rule, sentence):
    assert not number_findings.SPELLED_NUMBER.search(sentence)
    assert list(rule(sentence, REVIEW)) == []


@pytest.mark.parametrize("sentence", NO_NUMBER)
def test_a_sentence_without_numbers_gets_no_finding(sentence):
    assert number_findings.number_findings(_link(sentence), REVIEW) == []


@pytest.mark.parametrize("sentence", WITH_NUMBER)
def test_a_number_in_words_or_digits_is_still_read(sentence):
    found = number_findings.number_findings(_link(sentence), REVIEW)
    assert [f.check for f in found] == [NUMBERS]
    assert "23" in found[0].message
