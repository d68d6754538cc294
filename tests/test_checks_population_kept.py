"""A summary sentence that names a population the paper did not study: children for adults,
mice for monkeys, patients for mice, relapsing for progressive MS, people with MS for healthy
volunteers. Papers and sentences written for these tests."""

import pytest
from summary_with import support_messages

from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

ADULT_TRIAL = parse(
    """Background: Night cramps in the calf are common in later life.

Methods: We randomly assigned 212 adults aged 60 to 85 years with weekly night cramps to \
magnesium tablets or placebo for eight weeks.

Results: Cramps per week fell by 1.9 with magnesium and by 1.7 with placebo (difference 0.2, \
95% CI -0.4 to 0.8). Diarrhoea was more common with magnesium.

Conclusions: Magnesium tablets did not reduce night cramps in older adults."""
)

MOUSE_STUDY = parse(
    """Background: Gut bacteria shape immune responses in the brain.

Methods: We gave germ-free mice a mix of four gut bacteria and then induced experimental \
autoimmune encephalomyelitis (EAE).

Results: Mice given the bacteria developed milder paralysis and fewer inflamed areas in the \
spinal cord than germ-free mice. Their gut made more of the short-chain fatty acid butyrate.

Conclusions: Four gut bacteria protected mice from EAE, in part through butyrate."""
)

PROGRESSIVE_TRIAL = parse(
    """Background: Few treatments slow disability in progressive multiple sclerosis.

Methods: In this trial, 340 people with secondary progressive MS were randomly assigned to \
high-dose biotin or placebo for two years.

Results: Disability worsened in 21% on biotin and in 23% on placebo (hazard ratio 0.91, 95% \
CI 0.65 to 1.27).

Conclusions: High-dose biotin did not slow disability in secondary progressive MS."""
)

HEALTHY_STUDY = parse(
    """Purpose: To measure how age changes the handling of a single dose of baclofen.

Methods: Twenty-four healthy volunteers aged 22 to 80 years took one 10 mg dose, and blood \
levels were measured for 24 hours.

Results: Baclofen was cleared more slowly with age, in line with kidney function.

Conclusions: Older people with weaker kidneys may need smaller doses of baclofen."""
)


def _population_messages(source, sections: dict[str, str], section: str, sentence: str):
    return support_messages(source, sections, sentence, "where the paper names", section)


ADULT_SECTIONS = {
    "headline": "Magnesium tablets did not ease night cramps in older adults",
    "what_the_study_did": "",
    "why_it_matters": "This is not about MS. Talk to your doctor about cramps.",
    "limitations": "The trial lasted only eight weeks.",
}
MOUSE_SECTIONS = {
    "headline": "Four gut bacteria protected mice from an MS-like illness",
    "what_the_study_did": "",
    "why_it_matters": "This may help explain how gut bacteria affect MS. Ask your MS nurse.",
    "limitations": "This was a study in mice, not people, so it may not apply to humans.",
}
PROGRESSIVE_SECTIONS = {
    "headline": "High-dose biotin did not slow disability in secondary progressive MS",
    "what_the_study_did": "",
    "why_it_matters": "Biotin is not a treatment for this kind of MS. Ask your neurologist.",
    "limitations": "This was one trial of two years.",
}
HEALTHY_SECTIONS = {
    "headline": "The body clears baclofen more slowly with age",
    "what_the_study_did": "",
    "why_it_matters": "Baclofen is used for stiffness in MS. Ask your pharmacist about doses.",
    "limitations": "The study was small, with 24 people, and each took one dose.",
}


@pytest.mark.parametrize(
    "source, sections, sentence",
    [
        (
            ADULT_TRIAL,
            ADULT_SECTIONS,
            "The trial gave 212 children with weekly night cramps magnesium or a dummy tablet.",
        ),
        (
            ADULT_TRIAL,
            ADULT_SECTIONS,
            "Teenagers with night cramps took magnesium tablets or a dummy tablet for 8 weeks.",
        ),
        (
            MOUSE_STUDY,
            MOUSE_SECTIONS,
            "Rabbits given four gut bacteria had milder paralysis than germ-free rabbits.",
        ),
        (
            MOUSE_STUDY,
            MOUSE_SECTIONS,
            "Patients given a mix of four gut bacteria developed milder paralysis and fewer "
            "inflamed areas in the spinal cord.",
        ),
        (
            PROGRESSIVE_TRIAL,
            PROGRESSIVE_SECTIONS,
            "The trial gave 340 people with relapsing-remitting MS high-dose biotin or a "
            "dummy pill for two years.",
        ),
        (
            HEALTHY_STUDY,
            HEALTHY_SECTIONS,
            "Twenty-four people with MS aged 22 to 80 took one 10 mg dose of baclofen.",
        ),
    ],
)
def test_a_population_the_paper_did_not_study_is_an_error(source, sections, sentence):
    assert _population_messages(source, sections, "what_the_study_did", sentence)


@pytest.mark.parametrize(
    "source, sections, sentence",
    [
        (
            ADULT_TRIAL,
            ADULT_SECTIONS,
            "The trial gave 212 adults aged 60 to 85 with weekly night cramps magnesium or a "
            "dummy tablet.",
        ),
        (
            ADULT_TRIAL,
            ADULT_SECTIONS,
            "Older people with night cramps took magnesium tablets or a dummy tablet.",
        ),
        # a population named to be ruled out
        (
            ADULT_TRIAL,
            ADULT_SECTIONS,
            "The trial took 212 people over 60 and no children, and gave them magnesium.",
        ),
        (
            MOUSE_STUDY,
            MOUSE_SECTIONS,
            "Mice given four gut bacteria had milder paralysis than germ-free mice.",
        ),
        (
            MOUSE_STUDY,
            MOUSE_SECTIONS,
            "Their gut made more butyrate, a fatty acid that may also matter in people.",
        ),
        (
            PROGRESSIVE_TRIAL,
            PROGRESSIVE_SECTIONS,
            "The trial gave 340 people with secondary progressive MS high-dose biotin or a "
            "dummy pill for two years.",
        ),
        (
            HEALTHY_STUDY,
            HEALTHY_SECTIONS,
            "Twenty-four healthy volunteers aged 22 to 80 took one 10 mg dose of baclofen.",
        ),
        # an explanation in brackets speaks of anyone
        (
            HEALTHY_STUDY,
            HEALTHY_SECTIONS,
            "Older people cleared the drug more slowly (the kidneys clear it, in a child as in "
            "an adult).",
        ),
    ],
)
def test_the_population_the_paper_studied_passes(source, sections, sentence):
    assert not _population_messages(source, sections, "what_the_study_did", sentence)


def test_why_it_matters_may_speak_of_people_with_ms_beyond_the_paper():
    sentence = "Many people with MS take baclofen for stiff muscles."
    sections = dict(HEALTHY_SECTIONS, what_the_study_did="Healthy volunteers took baclofen.")
    assert not _population_messages(HEALTHY_STUDY, sections, "why_it_matters", sentence)


def test_the_headline_is_held_to_the_population_too():
    sections = dict(ADULT_SECTIONS, what_the_study_did="The trial gave magnesium or a dummy.")
    sections["headline"] = ""
    sentence = "Magnesium tablets did not ease night cramps in children"
    found = _population_messages(ADULT_TRIAL, sections, "headline", sentence)
    assert found and "children" in found[0]


def _overreach_messages(source, sections):
    summary = PlainSummary(**sections)
    design = detect_design(source)
    links = link_summary(source, summary, design)
    return [
        f.message
        for f in check_support(source, design, links)
        if f.section == "headline" and "without saying it was found in" in f.message
    ]


def test_an_animal_study_headline_that_leaves_out_the_animals_is_an_error():
    sections = dict(MOUSE_SECTIONS, what_the_study_did="Mice were given four gut bacteria.")
    sections["headline"] = "Four gut bacteria protected against an MS-like illness"
    assert _overreach_messages(MOUSE_STUDY, sections)


@pytest.mark.parametrize(
    "headline",
    [
        "Four gut bacteria protected mice from an MS-like illness",
        "In animals, four gut bacteria protected against an MS-like illness",
        "Could four gut bacteria protect against an MS-like illness?",
    ],
)
def test_an_animal_study_headline_that_names_its_model_passes(headline):
    sections = dict(MOUSE_SECTIONS, what_the_study_did="Mice were given four gut bacteria.")
    sections["headline"] = headline
    assert not _overreach_messages(MOUSE_STUDY, sections)


@pytest.mark.parametrize(
    "sentence",
    [
        "In mice (not rats), the bacteria eased paralysis.",
        "The cows (dairy) gave milk with more fat.",
        "A cow milk diet and chicken(pox) were both named.",
        "Guinea (x) pigs and zebrafish larvae were studied.",
        "No mice were harmed; the monkeys were given the drug.",
        "Mouse-like cells grew in a dish.",
        "The effect was seen in people with MS.",
    ],
)
def test_one_search_for_every_animal_finds_what_each_animal_finds(sentence):
    # population_moved passes over a sentence in which the search for every animal finds
    # none: every animal the sentence names (brackets blanked, as _said reads it) is found
    # by that search in the sentence as written
    from plainsum.checks.population_kept import _ANIMAL, _ANY_ANIMAL, _said

    named = [name for name, pattern in _ANIMAL.items() if _said(pattern, sentence)]
    if named:
        assert _ANY_ANIMAL.search(sentence)
