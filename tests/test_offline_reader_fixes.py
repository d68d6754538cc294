"""False or broken drafts readers found (issue 9): each case is a sentence or an abstract written
for the tests in the style of the one a reader flagged."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.aim import aim_sentence, short_aim
from plainsum.plain.compose import compose, gather
from plainsum.plain.condition import conditions_in
from plainsum.plain.echoes import echoes, past_the_headline, without_echoes
from plainsum.plain.glossary import plain_words
from plainsum.plain.harms import concluded_harms
from plainsum.plain.lines import Line
from plainsum.plain.senses import kept_terms
from plainsum.plain.simplify import PlainSentence, plain_sentences, rewrite


def _sections(text: str) -> tuple[str, dict[str, list[str]]]:
    source = parse(text)
    head, sections = compose(gather(source, detect_design(source)))
    return head.text, {k: [line.text for line in v] for k, v in sections.items()}


# The authors' only conclusion, cut short for the headline: it adds only "as well as its
# tolerability", so it is the headline again and said in neither section (readers read it twice
# under the headline); why it matters says what the unknown effect means instead.
POORLY_DOCUMENTED = (
    "Background: Pain is a common and disabling symptom of multiple sclerosis (MS).\n"
    "Objectives: To determine the effectiveness and safety of gabapentin in treating pain in "
    "people with MS.\n"
    "Search methods: We searched the Cochrane MS Group Trials Register (May 2010).\n"
    "Selection criteria: Randomised, placebo-controlled, double-blind trials of gabapentin in "
    "people with MS and pain.\n"
    "Main results: Four trials met the criteria for inclusion in this review. A total of 180 "
    "people with MS were studied. Overall the quality of the trials was poor and all trials "
    "were open to bias. All studies reported small and mixed reductions in pain. The number "
    "of people reporting side effects during gabapentin treatment ranged from 12% to 48%.\n"
    "Authors' conclusions: The effect of gabapentin in reducing pain in people with MS is "
    "poorly documented, as well as its tolerability. Good quality trials are needed."
)


def test_the_conclusion_cut_for_the_headline_is_not_said_again():
    head, sections = _sections(POORLY_DOCUMENTED)
    assert "poorly documented" in head
    why, did = sections["why_it_matters"], sections["what_the_study_did"]
    assert not any("poorly documented" in s for s in why + did)
    assert why[0].startswith("This means the effect of gabapentin")
    assert any("small and mixed" in s for s in did)  # the body keeps its own result


@pytest.mark.parametrize(
    "aim, head",
    [
        # the people come before the outcomes: kept whole, the outcomes left out
        (
            "To assess the effects of yoga in people with raised blood pressure but without "
            "heart disease on deaths, strokes and heart attacks.",
            "The review authors wanted to assess the effects of yoga in people with raised "
            "blood pressure but without heart disease.",
        ),
        (
            "To assess the effects of vitamin D in adults with asthma, compared with placebo, "
            "on asthma attacks.",
            "The review authors wanted to assess the effects of vitamin D in adults with asthma.",
        ),
        # too many words for whom: no head at all rather than one without them
        (
            "To assess the effects of interferon beta in people with relapsing remitting MS who "
            "have had at least two relapses in the previous three years, compared with placebo.",
            None,
        ),
    ],
)
def test_a_short_aim_keeps_the_people_it_is_about(aim, head):
    assert short_aim(aim_sentence(aim, review=True, objective=True)) == head


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "In autosomal dominant polycystic kidney disease, cysts grow.",
            ["autosomal dominant polycystic kidney disease"],
        ),
        (
            "We studied people with chronic obstructive pulmonary disease.",
            ["chronic obstructive pulmonary disease"],
        ),
        # a run of name-like words longer than a name: none rather than a name cut in two
        ("Trials in Severe Early Acute Chronic Autosomal Dominant Kidney Disease.", []),
    ],
)
def test_a_condition_is_named_whole_or_not_at_all(text, names):
    assert conditions_in(text) == names


@pytest.mark.parametrize(
    "sentence, plain",
    [
        (
            "The included trials had a high risk of selection, detection, and attrition bias.",
            "The included trials had a high risk of selection, detection, and drop-out bias.",
        ),
        (
            "Two trials had a high risk of performance and attrition bias.",
            "Two trials had a high risk of performance and drop-out bias.",
        ),
        (
            "Three trials had a high risk of attrition bias.",
            "Three trials had a high risk of bias from people dropping out.",
        ),
    ],
)
def test_a_list_of_biases_keeps_its_head_noun(sentence, plain):
    assert plain_words(sentence) == plain


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("The intervention group had fewer relapses than the control group.", False),
        ("Both interventions reduced pain more than placebo did.", False),
        ("The school smoking interventions did not change how many pupils smoked.", True),
        ("An exercise intervention raised walking speed.", True),
        ("Interventions in the bar setting lowered the number of fights.", True),
    ],
)
def test_an_intervention_is_a_treatment_only_where_the_sentence_allows(sentence, kept):
    assert ("ntervention" in plain_words(sentence)) is kept


NO_TREATMENT = (
    "Objectives: To assess interventions in bars and pubs for reducing injuries.\n"
    "Authors' conclusions: Compliance with interventions was poor; mandated interventions "
    "may be more likely to work."
)
DRUG_REVIEW = (
    "Objectives: To assess drug interventions for pain in people with MS.\n"
    "Authors' conclusions: Compliance with interventions was poor in the placebo trials."
)


@pytest.mark.parametrize(
    "paper, kept",
    [
        (NO_TREATMENT, True),  # no treatment named anywhere: interventions stay interventions
        (DRUG_REVIEW, False),
        ("Objectives: To assess educational interventions for nurses.\nTreatment is costly.", True),
    ],
)
def test_a_paper_that_names_no_treatment_keeps_its_interventions(paper, kept):
    keep = kept_terms(paper)
    conclusion = "Compliance with interventions was poor."
    (piece,) = plain_sentences(conclusion, True, (0,), None, keep=keep)
    assert ("interventions" in piece.text) is kept
    assert ("intervention" in keep) is kept


# The harms are a main result: said in the body, with the sentence that leans on them, even
# when the results sentence that lists them is too long to show (a reader found a review's
# side effects dropped from every section).
HARMS_CONCLUDED = (
    "Background: Relapses are common in relapsing-remitting multiple sclerosis (MS).\n"
    "Objectives: To assess the effectiveness and safety of zeptolimab for people with "
    "relapsing MS.\n"
    "Search methods: We searched the trials register (May 2021).\n"
    "Main results: Three trials with 2100 people compared zeptolimab with placebo over two "
    "years. Zeptolimab reduced the number of people with at least one relapse over two years "
    "compared with placebo. In terms of the safety profile, the most common adverse events "
    "associated with zeptolimab in the trials were headache, nausea, hair thinning, raised liver "
    "enzymes, low white blood cell counts and skin rashes on the arms and legs.\n"
    "Authors' conclusions: There was low-quality evidence to support that zeptolimab at a dose "
    "of 5 mg a day or 10 mg a day as single treatment reduces both the number of people with at "
    "least one relapse and the yearly relapse rate over one year or two years of treatment "
    "compared with placebo. The common side effects were headache, nausea, hair thinning and "
    "raised liver enzymes. These side effects were mostly mild, but were more frequent with the "
    "higher dose. New trials with longer follow-up are needed."
)


def test_the_harms_the_authors_conclude_on_are_said_in_the_body():
    _, sections = _sections(HARMS_CONCLUDED)
    did = sections["what_the_study_did"]
    harms = did.index(
        "The common side effects were headache, nausea, hair thinning and raised liver enzymes."
    )
    assert did[harms + 1].startswith("These side effects were mostly mild")  # with its pointer
    assert not any("side effects" in s for s in sections["why_it_matters"])  # said once


@pytest.mark.parametrize(
    "conclusion, said",
    [
        ("The common side effects were headache and nausea.", True),
        ("Serious adverse events were rare in both groups.", True),
        ("Adverse events were poorly reported in the trials.", False),  # how it was reported
        ("Future trials should report side effects in full.", False),  # a call for research
    ],
)
def test_a_conclusion_says_what_the_harms_were(conclusion, said):
    (p,) = plain_sentences(conclusion, True, (5,))
    p = PlainSentence(**{**p.__dict__, "order": 5})
    assert bool(concluded_harms([p], [], set())) is said


def test_no_concluded_harm_is_added_beside_a_harm_result():
    (p,) = plain_sentences("The common side effects were headache and nausea.", True, (5,))
    did = [Line("Side effects were more frequent with the drug than with placebo.", (3,))]
    assert concluded_harms([p], did, set()) == []


@pytest.mark.parametrize(
    "text, other, echo",
    [
        # says nothing the other does not (a plain "use of" aside)
        (
            "There is very low-level evidence for the use of non-drug treatments for long pain.",
            "There is very low-level evidence for non-drug treatments for long pain in MS",
            True,
        ),
        # the fuller sentence says who and how much: no echo
        (
            "Vitamin D reduced the yearly relapse rate by a third in adults who took it for "
            "two years.",
            "Vitamin D reduced the yearly relapse rate",
            False,
        ),
        # one is negated, the other not: two claims
        (
            "Exercise did not reduce fatigue in people with MS.",
            "Exercise reduced fatigue in people with MS",
            False,
        ),
        # another number: another result
        (
            "Walking speed rose by 12% in the exercise group.",
            "Walking speed rose by 20% in the exercise group",
            False,
        ),
    ],
)
def test_an_echo_says_nothing_the_other_sentence_does_not(text, other, echo):
    assert echoes(text, other) is echo


HEAD = "Cooling vests did not slow the worsening of walking in progressive MS"


def test_a_body_sentence_that_only_says_the_headline_again_is_left_out():
    did = [
        Line("This was a review of earlier studies.", (0,), main=True),
        Line("The review included two trials with 120 people.", (4,)),
        Line("Cooling vests did not slow the worsening of walking in people with MS.", (5,)),
        Line("Fewer people in the cooling group felt too hot during the day.", (6,), main=True),
    ]
    why = [
        Line("Cooling vests did not slow the worsening of walking in progressive MS.", (9,)),
        Line("The authors advise against buying a vest to slow walking problems.", (10,)),
        Line("If you have questions about your own care, talk with your doctor.", kind="frame"),
    ]
    new_did, new_why = without_echoes(HEAD, did, why)
    assert [x.text for x in new_did] == [x.text for x in did if x is not did[2]]
    assert [x.text for x in new_why] == [x.text for x in why[1:]]


def test_an_echo_that_is_the_only_finding_of_its_section_stays():
    did = [
        Line("The review included two trials with 120 people.", (4,)),
        Line("Cooling vests did not slow the worsening of walking in people with MS.", (5,)),
        # a side result that may yet be left out for the grade: the echo stays beside it
        Line("Fewer people in the cooling group felt too hot during the day.", (6,)),
    ]
    why = [Line("Cooling vests did not slow the worsening of walking in MS.", (9,))]
    assert without_echoes(HEAD, did, why) == (did, why)


def test_the_first_half_of_a_sentence_whose_rest_is_shown_stays():
    did = [
        Line("Cooling vests did not slow the worsening of walking in people with MS.", (5,)),
        Line("The drop in walking speed was smallest in the youngest people.", (5,)),
        Line("Fewer people in the cooling group felt too hot.", (6,)),
    ]
    assert without_echoes(HEAD, did, [])[0] == did


@pytest.mark.parametrize(
    "sentence, plain",
    [
        # the study's own results: said so, they point at no sentence left out
        (
            "These results suggest that salt water lowered the risk of cramps.",
            "The results suggest that salt water lowered the risk of cramps.",
        ),
        (
            "Thus, these findings strongly support a role for the gene.",
            "The findings strongly support a role for the gene.",
        ),
        # results said of something before: left as they are
        (
            "These results were confirmed in a second group.",
            "These results were confirmed in a second group.",
        ),
    ],
)
def test_these_results_are_the_studys_own(sentence, plain):
    assert rewrite(sentence) == plain


def test_a_sentence_about_another_thing_is_no_echo():
    # one word of its own names another treatment: two findings, both kept
    assert not echoes(
        "Exercise may make little or no difference to the risk of falling.",
        "A medicine review may make little or no difference to the rate of falls or risk of "
        "falling",
    )


def test_a_harm_named_only_as_a_reason_is_no_harm_finding():
    text = (
        "Because of the possible risk of side effects, a patient's ability to use the brace as "
        "told is essential."
    )
    (p,) = plain_sentences(text, True, (5,))
    assert concluded_harms([p], [], set()) == []


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # the headline word for word, then a clause of its own: only the clause
        (
            "The effect of cooling vests on tiredness is poorly documented and no advice can be "
            "given to guide their use.",
            "No advice can be given to guide their use.",
        ),
        (
            "The effect of cooling vests on tiredness is poorly documented; more trials of the "
            "vests are needed.",
            "More trials of the vests are needed.",
        ),
        # a clause without its own subject, or a contrast: the sentence stays as it is
        (
            "The effect of cooling vests on tiredness is poorly documented and cannot be judged.",
            None,
        ),
        (
            "The effect of cooling vests on tiredness is poorly documented, but they are safe.",
            None,
        ),
        # not the headline word for word
        ("Cooling vests were safe and most people liked wearing them.", None),
    ],
)
def test_why_it_matters_says_only_what_it_adds_to_the_headline(text, added) -> None:
    headline = "The effect of cooling vests on tiredness is poorly documented"
    assert past_the_headline(text, headline) == added


def test_why_it_matters_keeps_the_added_clause_linked_to_its_sentence() -> None:
    headline = "The effect of cooling vests on tiredness is poorly documented"
    why = [
        Line(f"{headline} and no advice can be given to guide their use.", (7,), main=True),
        Line("If you have questions, talk with your doctor or care team.", kind="frame"),
    ]
    _, out = without_echoes(headline, [], why)
    assert out[0].text == "No advice can be given to guide their use."
    assert out[0].sources == (7,) and out[0].main
    assert out[1] == why[1]


def test_a_result_a_later_main_sentence_says_again_with_more_is_said_once():
    # an independent reader met "X users were less likely to have side effects than Y users"
    # and then "X users had fewer side effects than Y users, and ..." (CD001324)
    did = [
        Line("The review included nine trials with 900 women.", (3,)),
        Line("Pill A users were less likely to have any side effects than pill B users.", (6,)),
        Line(
            "Pill A users had fewer side effects than pill B users, and were more likely to "
            "have their period early.",
            (9,),
            main=True,
        ),
    ]
    assert without_echoes(HEAD, did, [])[0] == [did[0], did[2]]
    # ... never for a later sentence that is no main one (a sensitivity analysis saying the
    # result again with more words is no reason to drop the result)
    side = [did[0], did[1], Line(did[2].text, (9,))]
    assert without_echoes(HEAD, side, [])[0] == side
