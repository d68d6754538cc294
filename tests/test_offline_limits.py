"""The limitations of an offline draft: the paper's own stated limits, said whole or as a short
sentence linked to the source, never a finding filed as a limit. Texts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.limits import names_no_limit, stated_limits, states_a_limit
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _limits(text: str) -> list[str]:
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)))
    return [line.text for line in sections["limitations"]]


def _stated(text: str, design: StudyDesign) -> set[str]:
    return {x.name for x in stated_limits(source_sentences(parse(text)), design)}


OPEN_TRIAL = (
    "Objective: To test a new cream for itchy skin in adults.\n"
    "Methods: In this open-label trial, 80 adults used the cream twice a day for four weeks.\n"
    "Results: Itch scores fell by half, and no one had a serious side effect.\n"
    "Conclusions: The cream may ease itchy skin."
)
RUN_IN_THEN_BLIND = (
    "Objective: To test a weekly dose of a drug against a daily dose for low mood.\n"
    "Methods: All 114 adults first took the daily dose open-label for seven weeks. Those who "
    "got better were then randomly assigned in a double-blind design to the daily dose, the "
    "weekly dose or a placebo for seven more weeks.\n"
    "Results: Mood scores did not differ between the groups.\n"
    "Conclusions: A weekly dose may keep low mood away as well as a daily one."
)


def test_an_open_label_trial_says_people_knew_their_treatment():
    assert "open" in _stated(OPEN_TRIAL, StudyDesign.TRIAL)


def test_an_open_run_in_before_a_double_blind_phase_is_no_open_label_limit():
    # people in the randomised phase did not know their treatment: saying they did is false
    assert "open" not in _stated(RUN_IN_THEN_BLIND, StudyDesign.TRIAL)


@pytest.mark.parametrize(
    ("text", "no_limit"),
    [
        ("The vaccines have been linked to a small number of cases of heart inflammation.", True),
        ("Hand pain often brings functional limitation and weaker grip.", True),
        ("The small number of patients limits what can be concluded.", False),
        ("A small number of studies were found, and all had limitations.", False),
        ("The evidence was of low quality.", False),
    ],
)
def test_a_finding_or_symptom_filed_as_a_limit_by_its_cue_words_names_no_limit(text, no_limit):
    assert names_no_limit(text) is no_limit


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("However, results may not be generalizable to people who had hip surgery.", True),
        ("The main limitation was that only one hospital took part.", True),
        ("These results should be interpreted with caution.", True),
        ("Of the 120 children, 26 (21.7%) dropped out before the end of the study.", True),
        ("21.9% of participants were lost to follow-up at one year.", True),
        # a result: people who left, compared between the groups
        ("More people dropped out of the placebo group (30%) than the drug group (10%).", False),
        ("A study was excluded because 29% of women were lost to follow-up.", False),
        ("Walking speed improved by 20% in the exercise group.", False),
        # what the studies did not do is a limit; what they did not find is a result
        ("Sadly, most trials did not include people who felt tired at the start.", True),
        ("Many studies failed to use a tested measure of pain.", True),
        ("Most trials did not find a difference in walking speed.", False),
        ("Some studies did not show less pain with the cream.", False),
        # results that may not apply to others, said with "apply to"
        ("As answers came from clinic members, they may not apply to all people with MS.", True),
        ("The findings might not apply to children.", True),
        ("The cream did not apply to the skin evenly in hot weather.", False),
    ],
)
def test_a_limit_said_whole_in_the_papers_words(text, states):
    assert states_a_limit(text) is states


LIMIT_AMONG_RESULTS = (
    "Hip pain is common in older adults, and exercise is often advised. We asked whether a "
    "home exercise plan eases hip pain. We enrolled 140 adults with hip pain at two clinics "
    "and followed them for six months. Pain scores fell more in the exercise group than in "
    "the usual care group. Of the 140 adults, 31 (22%) dropped out before six months. "
    "Home exercise may ease hip pain in older adults."
)
NO_LIMIT_CUED = (
    "Vaccines against the flu are given to millions of people each year. This report sums up "
    "what is known of their safety. Serious harms are rare. The vaccines have been linked to a "
    "small number of cases of nerve inflammation. Most side effects are a sore arm or a mild "
    "fever that passes in a day or two."
)


def test_a_dropout_count_among_the_results_is_a_stated_limit():
    limits = _limits(LIMIT_AMONG_RESULTS)
    assert any("dropped out" in line for line in limits), limits


def test_a_finding_filed_as_a_limit_by_its_cue_words_is_not_said_as_one():
    limits = _limits(NO_LIMIT_CUED)
    assert not any("nerve inflammation" in line for line in limits), limits


def test_a_review_its_authors_call_conclusive_is_not_called_small() -> None:
    from plainsum.plain.evidence_size import called_conclusive

    assert called_conclusive(["The evidence is conclusive: the drug does not help."])
    assert called_conclusive(["No further randomised trials are needed."])
    assert not called_conclusive(["The evidence is not conclusive."])
    assert not called_conclusive(["The results are inconclusive, and more trials are needed."])


def test_conclusive_evidence_not_found_or_still_needed_is_not_called_conclusive() -> None:
    from plainsum.plain.evidence_size import called_conclusive

    assert called_conclusive(["Hence this updated review is conclusive."])
    assert not called_conclusive(["This review found no conclusive evidence that X helps."])
    assert not called_conclusive(["Larger trials are required to make conclusive statements."])
    assert not called_conclusive(["Early studies are as yet to be conclusive."])


def _said(conclusions: str, design: StudyDesign = StudyDesign.REVIEW) -> list[str]:
    text = (
        "Objectives: To assess cooling vests for tiredness in adults.\n"
        "Main results: We included eight trials with 640 people. Tiredness fell in four.\n"
        f"Authors' conclusions: {conclusions}"
    )
    return [x.text for x in stated_limits(source_sentences(parse(text)), design)]


@pytest.mark.parametrize(
    ("conclusions", "said"),
    [
        (
            "We found low-level evidence for cooling vests.",
            "The authors say the evidence is weak.",
        ),
        (
            "Cooling vests are widely used; however, randomised evidence is weak.",
            "The authors say the evidence from randomised trials is weak.",
        ),
        (
            "There was strong evidence for less tiredness and weak evidence for better sleep.",
            "The authors say some of the evidence is weak.",
        ),
        (
            "The data include the likelihood of major bias due to the way missing values were "
            "filled in.",
            "The authors say the studies had flaws in how they were done.",
        ),
        (
            "There are still some important methodological issues to overcome.",
            "The authors say the studies had flaws in how they were done.",
        ),
        (
            "Two trials with good randomisation found a small effect on tiredness; four trials "
            "with suboptimal randomisation found a larger one.",
            "The authors say some of the studies had flaws in how they were done.",
        ),
        (
            "Side effects were rare and not well reported in the trials.",
            "The authors say some results were poorly reported.",
        ),
        (
            "Only one trial with serious methodological flaws was included.",
            "The authors say the study had flaws in how it was done.",  # one study: its flaws
        ),
    ],
)
def test_the_authors_own_words_on_weak_evidence_and_flaws_are_a_limit(conclusions, said):
    assert said in _said(conclusions)


@pytest.mark.parametrize(
    "conclusions",
    [
        "The evidence is not weak: cooling vests ease tiredness.",
        "We rated the evidence as low certainty, since the evidence was weak.",  # said once
        "Cooling vests ease tiredness in people with MS.",
        "There is limited evidence of harm from cooling vests.",  # a finding, not a limit
    ],
)
def test_no_weak_evidence_limit_the_authors_do_not_state_or_already_grade(conclusions):
    assert not any("evidence is" in s for s in _said(conclusions))


def test_one_study_in_one_comparison_of_a_review_of_many_is_no_review_of_one() -> None:
    text = (
        "Main results: Seven trials were included. Diet compared to no diet: only one trial "
        "of 20 people was included.\n"
        "Authors' conclusions: All trials had serious methodological flaws."
    )
    sentences = source_sentences(parse(text))
    flaws = "The authors say all of the studies had flaws in how they were done."
    assert flaws in [x.text for x in stated_limits(sentences, StudyDesign.REVIEW, 7)]
    alone = "The authors say the study had flaws in how it was done."  # no count: one study
    assert alone in [x.text for x in stated_limits(sentences, StudyDesign.REVIEW)]


def _review_limits(results: str, studies: int | None) -> list[str]:
    text = (
        "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
        f"Main results: {results}\n"
        "Authors' conclusions: Cooling vests may ease tiredness."
    )
    sentences = source_sentences(parse(text))
    return [x.text for x in stated_limits(sentences, StudyDesign.REVIEW, studies)]


@pytest.mark.parametrize(
    ("results", "studies", "said"),
    [
        (  # both of the review's two trials: all of them, never "some"
            "Only two single-centre trials of cooling vests have been done.",
            2,
            "The authors say all of the trials were done in a single centre.",
        ),
        (  # two of five: some
            "Two single-centre trials found less tiredness.",
            5,
            "The authors say some trials were done in a single centre.",
        ),
        (  # no count said: some, never "the trials"
            "A single-centre trial found less tiredness.",
            4,
            "The authors say some trials were done in a single centre.",
        ),
        (  # every grade low or very low: the evidence, never "some of" it
            "Tiredness fell (low-certainty evidence); sleep was a little better (very "
            "low-certainty evidence).",
            None,
            "The authors rated the evidence as low or very low certainty.",
        ),
        (  # a moderate grade said another way: some of the evidence was low
            "Tiredness fell (low-certainty evidence); sleep was a little better (very "
            "low-certainty evidence); mood was the same (moderate quality).",
            None,
            "The authors rated some of the evidence as low certainty.",
        ),
        (  # a call for high-quality trials grades nothing
            "Tiredness fell (low-certainty evidence); sleep was a little better (very "
            "low-certainty evidence). High-quality, larger trials and new studies of high "
            "quality are needed.",
            None,
            "The authors rated the evidence as low or very low certainty.",
        ),
        (  # a moderate grade too: some of the evidence was low
            "Tiredness fell (moderate-certainty evidence); sleep was a little better "
            "(low-certainty evidence); mood was a little better (very low-certainty evidence).",
            None,
            "The authors rated some of the evidence as low certainty.",
        ),
    ],
)
def test_a_limit_is_said_of_as_many_studies_as_the_authors_say(results, studies, said):
    assert said in _review_limits(results, studies)


@pytest.mark.parametrize(
    ("conclusions", "design", "said"),
    [
        (
            "Early cooling is simple to use. Preliminary results are promising.",
            StudyDesign.TRIAL,
            "The authors say these are early results.",
        ),
        (
            "There is preliminary evidence that cooling vests ease tiredness.",
            StudyDesign.REVIEW,
            "The authors say the evidence is still early.",
        ),
    ],
)
def test_results_the_authors_call_preliminary_are_a_stated_limit(conclusions, design, said):
    assert said in _said(conclusions, design)


def test_preliminary_results_in_the_background_are_no_limit_of_this_study() -> None:
    text = (
        "Background: Preliminary results of earlier trials suggested cooling helps.\n"
        "Objectives: To test cooling vests for tiredness in adults with MS.\n"
        "Results: Tiredness fell in the cooling group.\n"
        "Conclusions: Cooling vests ease tiredness."
    )
    sentences = source_sentences(parse(text))
    assert "preliminary" not in {x.name for x in stated_limits(sentences, StudyDesign.TRIAL)}


@pytest.mark.parametrize(
    ("conclusions", "differed"),
    [
        ("Statistical heterogeneity between the included trials was substantial.", True),
        ("The risk of bias and the heterogeneity of the trials included were low.", False),
        ("Heterogeneity across the eight trials was very low for tiredness.", False),
        ("There was little heterogeneity between trials.", False),
        ("Heterogeneity between the trials was not low, so read them with care.", True),
        ("Heterogeneity was moderate and the quality of the evidence was low.", True),
        ("Effects were not the same for all measures, heterogeneity was a problem.", True),
    ],
)
def test_heterogeneity_is_a_limit_only_when_the_studies_did_differ(conclusions, differed):
    said = "The authors say the studies differed from each other."
    assert (said in _said(conclusions)) is differed


# A limitation the authors state in a sentence that ends on a preposition its verb leaves there
# ("which group they were in") is a whole sentence and is said, not dropped as a cut.
@pytest.mark.parametrize(
    "limitation",
    [
        "People knew which group they were in, which may have changed how they scored pain.",
        "Only age and sex were adjusted for.",
        "Diet was not something the study could control for.",
    ],
)
def test_a_stated_limit_ending_on_its_verbs_preposition_is_said(limitation: str) -> None:
    text = (
        "Objective: To test a stretching programme for leg stiffness in adults with MS.\n"
        "Methods: We randomised 90 adults to daily stretching or to usual care for eight weeks.\n"
        "Results: Stiffness scores fell more in the stretching group than in the usual care "
        "group.\n"
        "Conclusions: Daily stretching eased leg stiffness over eight weeks.\n"
        f"Limitations: {limitation}"
    )
    assert limitation in _limits(text)


_VESTS_UNSURE = (
    "For tiredness, mood and side effects we are uncertain if cooling vests have an effect "
    "(one trial, 120 people, very low quality evidence for all three outcomes). For sleep, we are "
    "uncertain if cooling vests have an effect (one trial, 110 people, very low quality "
    "evidence)."
)


@pytest.mark.parametrize(
    ("results", "said"),
    [
        (  # "all three outcomes" of one comparison, beside another graded otherwise
            f"{_VESTS_UNSURE} For tiredness, mood and side effects, fans may make little or no "
            "difference (one trial, 300 people, low quality evidence for all three outcomes).",
            "The authors rated some of the evidence as very low certainty.",
        ),
        # one grade in the whole review: all of it is that grade
        (_VESTS_UNSURE, "The authors rated all of the evidence as very low certainty."),
        (  # the grade said covers every grade the review gives
            "Cooling vests may ease tiredness (two trials, 150 people). Nevertheless, all "
            "evidence was of low or very low quality.",
            "The authors rated all of the evidence as low or very low certainty.",
        ),
    ],
)
def test_all_of_the_evidence_only_where_the_review_grades_it_all_alike(
    results: str, said: str
) -> None:
    assert said in _review_limits(results, 3)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Cultural differences might limit the applicability of these results.", True),
        ("The small sample may limit the generalisability of the findings.", True),
        ("Residual confounding cannot be excluded.", True),
        ("Cooling vests may limit the rise in body heat during exercise.", False),
        # a consensus's own caveat: what its advice rests on
        ("As trials are few, most of the statements rest on expert opinion.", True),
        ("These recommendations are based largely on expert opinion.", True),
        ("The panel sought expert opinion on each statement.", False),
        ("Experts agreed that yearly flu vaccines are safe.", False),
    ],
)
def test_a_caveat_on_whom_results_apply_to_is_a_stated_limit(text: str, states: bool) -> None:
    assert states_a_limit(text) is states


def test_almost_all_of_the_evidence_is_most_of_it() -> None:
    results = (
        "Almost all the evidence in this review was of low or very low certainty. Fans probably "
        "cool people a little more than vests do (two trials, 150 people, moderate-certainty "
        "evidence)."
    )
    said = _review_limits(results, 3)
    assert "The authors rated most of the evidence as low or very low certainty." in said
