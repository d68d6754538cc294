"""A result the paper says was not significant, stated in the summary as an effect (issue 8,
dropped qualifiers). Papers and sentences written for these tests."""

import pytest
from summary_with import support_messages

from plainsum.checks.significance_kept import held_clause, significance_dropped
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Background: Cooling vests are offered to people with MS whose symptoms worsen in heat.

Methods: We searched for randomised trials comparing cooling vests with no vest in adults \
with multiple sclerosis.

Results: We included six trials with 318 participants. Participants wearing a cooling vest \
reported less fatigue (MD -0.8; 95% CI -1.4 to -0.2) and walked faster over ten metres \
(MD 1.1 seconds; 95% CI 0.3 to 1.9). In the vest group, fewer participants stopped the \
walking test early (RR 0.71; 95% CI 0.45 to 1.12, three trials) and fewer reported falls \
(RR 0.80; 95% CI 0.51 to 1.25, two trials), but these results failed to reach statistical \
significance. Skin irritation was more common with the vest (RR 2.40; 95% CI 1.10 to 5.23).

Conclusions: Cooling vests reduced fatigue and improved walking speed in people with MS \
who are sensitive to heat."""
)

SECTIONS = {
    "headline": "Cooling vests eased tiredness and helped walking in people with MS",
    "what_the_study_did": "The reviewers found six trials with 318 people.",
    "why_it_matters": "Heat can make MS symptoms worse. Ask your MS nurse about cooling.",
    "limitations": "The trials were small.",
}


def _messages(sentence: str, section: str = "what_the_study_did") -> list[str]:
    return support_messages(REVIEW, SECTIONS, sentence, "not significant", section)


def test_an_effect_the_paper_calls_not_significant_is_an_error():
    sentence = "Fewer people in vests stopped the walking test early, and fewer reported falls."
    assert _messages(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the qualifier kept, in several words
        "Fewer people in vests stopped the walking test early or fell, but this could be chance.",
        "Slightly fewer people in vests stopped the walking test early, but the gap was not "
        "statistically significant.",
        "There was no clear difference in how many people stopped the walking test early.",
        "Fewer people in vests stopped the walking test early, an insignificant gap.",
        # a result the paper states as significant
        "People wearing a cooling vest felt less tired and walked faster.",
        "Skin irritation was more common with the vest.",
    ],
)
def test_a_kept_qualifier_or_a_significant_result_passes(sentence):
    assert not _messages(sentence)


def test_the_clause_after_a_result_speaks_of_it_only_when_it_refers_back():
    paper = (
        "More people improved with the drug (RR 1.9; 95% CI 1.2 to 3.0) but the cure rates "
        "were low and not statistically significant."
    )
    clause, rest = held_clause(paper, "More people improved with the drug.") or ("", "")
    assert clause.startswith("More people improved")
    assert "cure rates" in rest


def test_a_sentence_significant_for_one_outcome_and_not_another_is_let_go():
    source = parse(
        """Background: Sedation for awake procedures.

Methods: We randomised 90 adults to drug A or drug B.

Results: Drug A significantly reduced discomfort with no significant differences in oxygen \
levels or heart rate compared with drug B.

Conclusions: Drug A is an option for awake procedures."""
    )
    summary = PlainSummary(
        headline="Drug A eased discomfort during awake procedures",
        what_the_study_did="People given drug A had less discomfort than those given drug B.",
        why_it_matters="This is not about MS. Ask your doctor.",
        limitations="The trial was small.",
    )
    links = link_summary(source, summary, detect_design(source))
    assert not [link for link in links if significance_dropped(source, link)]
