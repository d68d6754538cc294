import pytest
from gate_texts import LAB_SUMMARY, OBS_SUMMARY, edit

from plainsum.checks.jargon import (
    check_jargon,
    find_terms,
    lay_terms,
    learned_terms,
    passing_conditions,
    unexplained_terms,
)
from plainsum.schemas import PlainSummary


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
        # terms of art made of everyday words
        ("Bias from random sequence generation was low.", "random sequence generation"),
        ("A random-effects model pooled the results of the trials.", "random-effects model"),
        ("The relative risk of a relapse was lower with the drug.", "relative risk"),
        ("The gain in walking did not reach statistical significance.", "statistical significance"),
        (
            "Fatigue was statistically significantly lower after the course.",
            "statistically significantly",
        ),
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
        # ordinary words, read word by word
        "The evidence supporting the drug came from two trials.",
        "Pain intensity was measured at three time points.",
        "The risk of a relapse was lower with the drug.",
        # "e-" before a word every reader knows says "electronic"
        "People who used e-cigarettes only had about the same relapse rate as non-users.",
        "The course was taught by e-learning and an e-bike was lent to each person.",
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
        + " The sensitivity analysis agreed. Mice also ran on a rotarod.",
    )
    findings = {f.span: f for f in check_jargon(summary)}
    assert findings["rotarod"].severity.value == "error"
    assert findings["sensitivity analysis"].severity.value == "warning"
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


# Rarer-than-everyday words built from medicine's word parts are errors like very rare words;
# an explanation counts only in plain words and only within its own section.
@pytest.mark.parametrize(
    "text,term",
    [
        ("Blood sugar was measured in the postprandial period.", "postprandial"),
        ("The children were slower on psychomotor tasks.", "psychomotor"),
        ("The scan showed thinning of the corpus callosum in both groups.", "callosum"),
        ("Levels of sphingomyelin and ceramide rose.", "ceramide"),
        ("The odds ratio for relapse was 1.4.", "odds ratio"),
        ("The bone loss was worse in osteopenic women.", "osteopenic"),
    ],
)
def test_technical_words_are_errors(text, term):
    summary = edit(OBS_SUMMARY, what_the_study_did=f"{OBS_SUMMARY.what_the_study_did} {text}")
    severities = {f.span.lower(): f.severity.value for f in check_jargon(summary)}
    assert severities.get(term) == "error", severities


@pytest.mark.parametrize(
    "text",
    [
        # the term names part of a noun phrase that the sentence then explains
        "Dimethyl fumarate tablets are a medicine for relapsing MS.",
        "Levels rose after plasmapheresis sessions, a treatment that filters the blood.",
        "Lamotrigine extended release is a drug for epilepsy.",
        "Scans looked at the corpus callosum, the bridge between the two halves of the brain.",
    ],
)
def test_explained_noun_phrases_pass(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text,term",
    [
        # an explanation in jargon explains nothing
        ("The cells made more ceramide, which is proinflammatory.", "ceramide"),
        # a verb after the term: nothing about the term is said
        ("Ceramide rose, a sign that the cells were stressed.", "ceramide"),
    ],
)
def test_explanations_that_explain_nothing_do_not_count(text, term):
    assert term in [t.lower() for t in flagged(text)]


def test_a_next_sentence_in_another_section_does_not_explain():
    summary = edit(
        LAB_SUMMARY,
        what_the_study_did=f"{LAB_SUMMARY.what_the_study_did} The mice ran on a rotarod.",
        why_it_matters="This study was not about MS. It may help later work on balance.",
    )
    assert "rotarod" in {f.span for f in check_jargon(summary)}


@pytest.mark.parametrize(
    "text",
    [
        # the term's abbreviation may stand between the term and what it is
        "Adrenoleukodystrophy (ALD) is an inherited disease of the nerves.",
        "Levels of myeloperoxidase (MPO), an enzyme of white blood cells, rose.",
        # one plain word in brackets, or an appositive 'or'
        "Some children had tonsillectomies (operations) in the first year.",
        "Doctors gave antiresorptive treatment, or drugs that slow bone loss.",
        # a question that sets out to explain the term
        "What is hidradenitis and how is it treated?",
        # what it is said by when it happens, or by the medicine's class before its name
        "Hyponatraemia occurs when there is too little salt in the blood.",
        "Rhabdomyolysis happens when damaged muscle leaks into the blood.",
        "Patients took the antipsychotic perphenazine or a dummy pill.",
    ],
)
def test_more_ways_of_explaining_pass(text):
    assert flagged(text) == []


# A medicine's name, known by its ending or by the slot a medicine fills, is a warning for an
# editor (lay summaries keep drug names); a technical word in a procedure's slot stays an error.
@pytest.mark.parametrize(
    "text,term,severity",
    [
        ("Some took sufentanil instead.", "sufentanil", "warning"),
        ("Some people were treated with mycophenolate for a year.", "mycophenolate", "warning"),
        (
            "Late hydrotubation versus no hydrotubation made no difference.",
            "hydrotubation",
            "error",
        ),
        ("Others had leflunomide or placebo for two years.", "leflunomide", "warning"),
        ("Methotrexate versus mycophenolate made little difference.", "mycophenolate", "warning"),
        ("Mycophenolate or methotrexate was taken for a year.", "mycophenolate", "warning"),
        ("The group that stayed on ciclosporin tablets did better.", "ciclosporin", "warning"),
        ("A few people switched to cyclophosphamide later.", "cyclophosphamide", "warning"),
        ("Mycophenolate did not lower the number of flare-ups.", "mycophenolate", "error"),
        ("Some people received iontophoresis to the skin.", "iontophoresis", "error"),
        ("Levels of sphingomyelin and ceramide rose.", "ceramide", "error"),
        # a medicine's name joined to an everyday word is still its name
        ("Fewer ocrelizumab-treated patients made antibodies.", "ocrelizumab-treated", "warning"),
        ("Statin-induced muscle pain was rare in both groups.", "statin-induced", None),
        ("The natalizumab-exposed group had more infections.", "natalizumab-exposed", "warning"),
        # ... but not a technical word joined to one
        ("Iontophoresis-treated skin healed sooner.", "iontophoresis-treated", "error"),
    ],
)
def test_an_unexplained_medicine_name_is_a_warning_not_an_error(text, term, severity):
    summary = edit(OBS_SUMMARY, what_the_study_did=f"{OBS_SUMMARY.what_the_study_did} {text}")
    severities = {f.span.lower(): f.severity.value for f in check_jargon(summary)}
    assert severities.get(term) == severity, severities


@pytest.mark.parametrize(
    "text,flagged",
    [
        # a next sentence that tells what happened to the thing does not say what it is
        ("Babies are born with polydactyly. It was first described in 1980.", True),
        ("Babies are born with polydactyly. They were seen by a surgeon.", True),
        ("Babies are born with polydactyly. It is an extra finger or toe.", False),
        ("The groups were weighted by propensity scores.", True),
    ],
)
def test_what_happened_to_a_term_does_not_explain_it(text, flagged):
    assert bool(unexplained_terms(text)) is flagged


@pytest.mark.parametrize(
    ("word", "rare"),
    [
        ("unvalidated", False),  # not validated
        ("unblinded", False),
        ("nonadherence", False),
        ("unstimulated", False),
        ("nonrandomised", False),
        ("unmyelinated", True),  # the word after the prefix is itself technical
        ("nonanoic", True),
    ],
)
def test_a_negating_prefix_on_a_known_word_is_not_a_very_rare_word(word, rare):
    from plainsum.checks.jargon_words import very_rare

    assert very_rare(word) is rare


@pytest.mark.parametrize(
    ("text", "term", "severity"),
    [
        ("The scale they used was unvalidated in people with MS.", "unvalidated", "warning"),
        ("Some trials were unblinded, so people knew their treatment.", "unblinded", "warning"),
        ("Nonadherence was common in both groups.", "Nonadherence", "warning"),
        ("The trial was a noninferiority trial of two tablets.", "noninferiority", "warning"),
        ("Most people in the study were nonambulatory.", "nonambulatory", "warning"),
        ("The nerves in the sample were unmyelinated.", "unmyelinated", "error"),
    ],
)
def test_a_negated_known_word_is_a_warning_not_nothing(text, term, severity):
    summary = PlainSummary(
        headline="Two tablets for walking problems were compared in a trial",
        what_the_study_did=f"Researchers compared two tablets in 120 adults. {text}",
        why_it_matters="The tablets may help some people walk a little further each day.",
        limitations="This was one trial, so the results need checking in other studies.",
    )
    found = [f for f in check_jargon(summary) if f.span == term]
    assert [str(f.severity) for f in found] == [severity]


@pytest.mark.parametrize(
    "text",
    [
        # a list after a word that only starts like a kind of thing ('fatigue' is no 'fat')
        "People had chills, fever, fatigue, throat irritation, pharyngolaryngeal pain and rash.",
        "Some had fatigue and pharyngolaryngeal pain after the first dose.",
    ],
)
def test_a_list_opened_by_no_kind_word_explains_nothing(text):
    assert [t.text for t in unexplained_terms(text)] == ["pharyngolaryngeal"]


def test_a_list_opened_by_a_kind_word_still_names_its_kind():
    assert unexplained_terms("They took drugs such as infliximab and adalimumab.") == []


@pytest.mark.parametrize(
    "word,rare",
    [("e-cigarettes", False), ("e-learning", False), ("e-selectin", True), ("g-ratio", True)],
)
def test_e_before_a_common_word_says_electronic(word, rare):
    from plainsum.checks.jargon_words import very_rare

    assert very_rare(word) is rare


@pytest.mark.parametrize(
    "text, terms",
    [
        ("Two trials were at high risk of detection bias.", [("detection bias", 32)]),
        ("Few trials at risk of detection  bias were found.", [("detection  bias", 22)]),
        # a phrase never runs over punctuation or a line break
        ("Two trials were at high risk of detection, bias was low elsewhere.", []),
        ("Two trials were at high risk of detection\nbias was low elsewhere.", []),
        # a word of lower-case letters is read; one with a digit is an abbreviation's business
        ("Patients with hypogammaglobulinaemia were left out.", [("hypogammaglobulinaemia", 14)]),
        ("Patients with hypogammaglobulinaemia-2 were left out.", []),
    ],
)
def test_learned_phrases_run_over_plain_spaces_only(text, terms):
    assert [(t.text, t.start) for t in find_terms(text)] == terms


@pytest.mark.parametrize(
    "text, whole, terms",
    [
        # named once in the whole summary: a passing mention a reader cannot know
        (
            "Headache and rhinitis were common.\nMost people felt well.",
            "Fewer relapses.\nHeadache and rhinitis were common.\nMost people felt well.",
            [("rhinitis", 13)],
        ),
        # named again and again: the summary's own subject
        ("Rhinitis was common. Rhinitis eased later.", "Rhinitis was common. Rhinitis eased.", []),
        # capitalised inside a sentence: a name
        ("People at the Rhinitis Clinic took part.", "People at the Rhinitis Clinic.", []),
        ("Most people felt well.", "Most people felt well.", []),
    ],
)
def test_passing_conditions_are_those_named_once(text, whole, terms):
    found = passing_conditions(text, whole, find_terms(text))
    assert [(t.text, t.start) for t in found] == terms
