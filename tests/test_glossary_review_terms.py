"""The terms offline drafts of review abstracts kept most often (issue 9), said plainly: a swap
where one plain word says the same in any paper, an explanation in brackets where a swap would
lose the meaning, and neither where the term is part of something else. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.jargon import unexplained_terms
from plainsum.plain.simplify import plain_sentences


def _plain(text: str) -> str:
    return " ".join(p.text for p in plain_sentences(text, review=True))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # swaps: one plain word, the same sense
        ("Owing to the paucity of trials, nothing firm can be said.", "the lack of trials"),
        ("Children got nebulised adrenaline or a mist.", "got inhaled adrenaline"),
        ("Adjunctive lithium did not lower relapse rates.", "Add-on lithium did not"),
        ("The estimates of benefit were imprecise.", "were uncertain"),
        ("The dropout rate was higher with the tablets.", "The rate of leaving early was"),
        ("Dropouts were few in both arms.", "People who left early were few"),
        ("Perinatal deaths were rare in all trials.", "Deaths of babies around the time of"),
        ("Aspirin lowered stroke after a transient ischaemic attack.", "after a mini-stroke"),
        ("One man had a cerebrovascular accident during the trial.", "One man had a stroke"),
        ("Swabs were taken from asymptomatic patients at the clinic.",
         "from patients without symptoms at"),
        ("Drains were not needed after laparoscopic cholecystectomy.",
         "after laparoscopic gallbladder removal"),
        ("Clots were fewer after total knee arthroplasty.", "after total knee joint replacement"),
        ("Fewer children had acute otitis media.", "Fewer children had acute middle ear infection"),
        ("Steroids did not clear otitis media with effusion.", "did not clear glue ear"),
        ("Treated mice had more myelinated axons than untreated mice.",
         "more myelin-coated nerve fibres than"),
        # "feasible" is "can be done in practice", not "possible": beside "possibly safe" the
        # old swap read "possibly safe, possible and may be helpful"
        ("Small studies suggest early feeding is possibly safe, feasible and may be helpful.",
         "possibly safe, practical and may be helpful"),
        ("It was not feasible to blind the therapists.", "It was not practical to blind"),
        ("Survival was longer with myeloablative therapy than with standard chemotherapy.",
         "longer with very high-dose treatment than"),
        ("Fewer relapses were seen in the myeloablative group.", "in the very high-dose group"),
        # explanations: the term stays, what it is follows in brackets
        ("Subgroup analyses showed no difference.",
         "Subgroup analyses (separate looks at some of the people or studies) showed"),
        ("Co-trimoxazole reduced deaths.", "Co-trimoxazole (an antibiotic medicine) reduced"),
        ("Weaning reduced the need for tracheostomy.",
         "tracheostomy (an opening made in the neck to help breathing)."),
        ("Most trials were at high risk of bias for blinding.",
         "blinding (whether people knew who got which treatment)"),
        ("Few reports described allocation concealment.",
         "allocation concealment (hiding who would get which treatment"),
        ("Sensitivity analysis showed the same answer.",
         "Sensitivity analysis (a re-check of the results with different choices) showed"),
        ("The number needed to treat was six.",
         "The number needed to treat (how many people must be treated for one more to"),
        # "low or unclear": the bracket reads right for the pair as for the one term
        ("The trials were at low or unclear risk of bias.",
         "unclear risk of bias (unclear because too little was reported to judge it)"),
        ("The glomerular filtration rate fell more slowly.",
         "rate (a measure of how well the kidneys filter blood) fell"),
        ("Sleep improved with benzodiazepines in two trials.",
         "benzodiazepines (a group of calming medicines) in two trials"),
        # part of a longer noun phrase: no bracket inside it
        ("Benzodiazepine withdrawal was slow.", "Benzodiazepine withdrawal was slow."),
        ("There was no blinding of outcome assessment.",
         "There was no blinding of outcome assessment."),
        # an autoimmune disease is not any "immune disease" (an immune deficiency is one too)
        ("Gut bacteria may play a part in autoimmune disease.", "autoimmune disease"),
        ("The risk of other autoimmune diseases rose.", "other autoimmune diseases"),
        # what people take in is "intake"; what a brain or muscle uses up is not
        ("Alcohol consumption fell in the group given advice.", "Alcohol intake fell"),
        ("Glucose consumption in the frontal brain rose after the drug.",
         "Glucose consumption in the frontal brain rose"),
        ("Oxygen consumption was lower during the test.", "Oxygen consumption was lower"),
    ],
)  # fmt: skip
def test_review_terms(text: str, want: str) -> None:
    assert want in _plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most trials were at high risk of bias for blinding.",
        "Few reports described allocation concealment.",
        "Sensitivity analysis showed the same answer.",
        "One trial had an unclear risk of bias.",
        "Owing to the paucity of trials, nothing firm can be said.",
    ],
)
def test_the_gate_finds_the_term_explained(text: str) -> None:
    assert unexplained_terms(_plain(text)) == []


@pytest.mark.parametrize(
    "fragment",
    ["Outcome assessor blinding.", "Low risk of bias for blinding and attrition."],
)
def test_a_fragment_gets_no_explanation(fragment: str) -> None:
    """The verb of an explanation would make a fragment pass for a whole sentence."""
    from plainsum.plain.explain import explain_terms

    assert explain_terms(fragment) == fragment


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 'cross-sectional' names a kind of study only beside a study word; beside anything
        # else it is a cut through something, and 'one-time' would make the sentence false
        ("We ran a cross-sectional study of 300 nurses.", "a one-time study of 300 nurses"),
        ("Two cross-sectional surveys were done a year apart.", "Two one-time surveys were"),
        ("The scan measured the cross-sectional area of the spinal cord.",
         "the cross-sectional area of the spinal cord"),
        ("Cross-sectional images of the nerve were taken.", "Cross-sectional images of"),
    ],
)  # fmt: skip
def test_a_study_word_makes_cross_sectional_a_kind_of_study(text: str, want: str) -> None:
    assert want in _plain(text), _plain(text)


def test_feasible_is_never_said_as_possible() -> None:
    """'Possible' means it may happen; 'feasible' means it can be done. Beside 'possibly safe'
    the swap changed the authors' claim (issue 9's reading of a surfactant review)."""
    out = _plain("Home exercise was feasible and possibly safe in people with MS.")
    assert "possible and" not in out and "was practical and possibly safe" in out, out


def test_blinding_is_explained_without_saying_which_way_it_went():
    # "at high risk of bias due to blinding (keeping people from knowing ...)" read as if the
    # hiding itself caused the bias, the opposite of the paper (reader w1, stop 48)
    from plainsum.plain.explain import explain_terms as explain

    out = explain("Two trials were at high risk of bias due to blinding.")
    assert "keeping people from knowing" not in out
    assert "blinding (whether people knew who got which treatment)" in out
