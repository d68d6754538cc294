import pytest
from gate_texts import LAB_SUMMARY, OBS_SUMMARY, edit

from plainsum.checks.jargon import (
    check_jargon,
    find_terms,
    lay_terms,
    learned_terms,
    unexplained_terms,
)


def flagged(text: str) -> list[str]:
    return [t.text for t in unexplained_terms(text)]


@pytest.mark.parametrize(
    "text,term",
    [
        ("The mice ran on a rotarod for five minutes each day.", "rotarod"),
        ("The g-ratio was lower in the treated mice.", "g-ratio"),
        ("The drug was given by iontophoresis twice a week.", "iontophoresis"),
        ("Many histiocytes were seen in the skin samples.", "histiocytes"),
        ("The hazard ratio for smokers was higher than for others.", "hazard ratio"),
        ("There was marked heterogeneity between the trials.", "heterogeneity"),
        ("Results are shown with their confidence intervals.", "confidence intervals"),
    ],
)
def test_unexplained_jargon_is_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mice ran on a rotarod, a test of balance in mice.",
        "The mice ran on a turning rod (rotarod) to test their balance.",
        "The g-ratio (a measure of how thick the myelin is) was lower.",
        "The drug was given by iontophoresis, which means a weak current pushes it into the skin.",
        "They used a method called iontophoresis to give the drug.",
        "Many histiocytes were seen in the skin. These are immune cells that clear up debris.",
        "The hazard ratio is a way of comparing how fast something happens in two groups.",
        "People took the drug ganciclovir for a week.",
        "Two antibiotic creams, mupirocin and fusidic acid, were compared.",
        "People took fingolimod or a dummy pill.",  # MS readers know their medicines
        "Damage to myelin can cause relapses.",
        "The study was run by the Hippocampome Project team.",  # a name inside a sentence
        "People in the trial were able to walk further after six weeks.",
    ],
)
def test_plain_or_explained_text_passes(text):
    assert flagged(text) == []


def test_each_term_is_reported_once_at_first_use():
    text = "A rotarod was used. The rotarod turned slowly. The rotarod stopped."
    assert [t.text for t in find_terms(text)] == ["rotarod"]


def test_very_rare_words_are_errors_and_learned_terms_warnings():
    summary = edit(
        OBS_SUMMARY,
        what_the_study_did=OBS_SUMMARY.what_the_study_did
        + " The hazard ratio was high. Mice also ran on a rotarod.",
    )
    findings = {f.span: f for f in check_jargon(summary)}
    assert findings["rotarod"].severity.value == "error"
    assert findings["hazard ratio"].severity.value == "warning"
    assert all(f.section == "what_the_study_did" and f.check == "jargon" for f in findings.values())
    assert "rotarod" in findings["rotarod"].message and findings["rotarod"].hint


def test_term_explained_in_an_earlier_section_may_stand_later():
    summary = edit(
        LAB_SUMMARY,
        why_it_matters=LAB_SUMMARY.why_it_matters + " Ganciclovir is not used for MS today.",
    )
    assert check_jargon(summary) == []


def test_headline_term_may_be_explained_in_the_body():
    summary = edit(
        LAB_SUMMARY,
        headline="Mice did better on the rotarod after treatment with the drug",
        what_the_study_did=LAB_SUMMARY.what_the_study_did
        + " Mice ran on a rotarod, a test of balance.",
    )
    assert check_jargon(summary) == []
    alone = edit(LAB_SUMMARY, headline="Mice did better on the rotarod after treatment")
    assert [f.section for f in check_jargon(alone)] == ["headline"]


def test_clean_summaries_have_no_jargon():
    assert check_jargon(LAB_SUMMARY) == [] and check_jargon(OBS_SUMMARY) == []


def test_shipped_lists_hold_single_terms():
    learned, lay = learned_terms(), lay_terms()
    assert len(learned) > 50 and "myelin" in lay
    assert all(len(t.split()) <= 3 and t == t.lower() for t in learned | lay)
    assert not learned & lay
