"""The headline is the authors' finding, not what they draw from it (issue 9): "Checking X may
help find people at risk", "This case highlights the importance of X" or "New symptoms should
prompt an MRI" head only where no conclusion states the finding itself; a finding with a use
run on after it ("... with high accuracy and could reduce misdiagnosis") heads as its finding,
and why it matters says it whole. A diagnostic study's figures of accuracy are its result; a
limit the authors name ("Residual confounding cannot be excluded") is said under the
limitations, never as why the study matters. Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest
from composed_draft import drafted

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.implication import implies, without_use
from plainsum.plain.limits import states_a_limit
from plainsum.plain.results import says_a_finding
from plainsum.plain.simplify import measured
from plainsum.plain.standalone import leans_back
from plainsum.schemas import StudyDesign


def _ordered(first: int, *texts: str):
    return [measured(t, (first + i,), first + i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lesson, advice or a use drawn from what was found
        ("This case highlights the importance of eye checks in people who take fingolimod.", True),
        ("These findings underline the need to test vitamin D levels before pregnancy.", True),
        ("Measuring ferritin levels may help find women at risk of heavy bleeding.", True),
        ("Screening for low mood could help nurses plan follow-up visits.", True),
        ("New blurred vision in these patients should prompt an early eye examination.", True),
        ("Clinics should offer carers their own source of support.", True),
        ("Carers should be offered their own source of support.", True),
        ("The score may help clinicians choose between the two treatments.", True),
        # what a finding would mean for health
        ("Even small falls in weight could have important health implications for joints.", True),
        ("Such a drop may have major consequences for hospital workload.", True),
        # what was found, hedged or not
        ("Walking training may improve walking speed in adults with MS.", False),
        ("People on the new drug had fewer relapses than those on placebo.", False),
        ("Low ferritin levels were linked with heavier bleeding.", False),
        ("This study shows that cooling vests lower tiredness in hot weather.", False),
        ("The blood test separated MS from migraine with high accuracy.", False),
        ("Salt restriction had important effects on blood pressure in older adults.", False),
    ],
)
def test_a_sentence_that_says_what_a_finding_means_or_what_to_do(text: str, expected: bool) -> None:
    assert implies(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blood test separated MS from migraine with high accuracy and could reduce "
            "misdiagnosis in clinics.",
            "The blood test separated MS from migraine with high accuracy",
        ),
        (
            "Thinning of the retina is closely linked with disability in progressive MS and may "
            "be a useful marker in trials.",
            "Thinning of the retina is closely linked with disability in progressive MS",
        ),
        (
            "The short walking test was reliable in people with MS and may help guide "
            "rehabilitation.",
            "The short walking test was reliable in people with MS",
        ),
        # a place for it in care, where or for whom it would serve
        (
            "Group therapy by video call eased anxiety in people with MS and could be offered "
            "where a clinic is not nearby.",
            "Group therapy by video call eased anxiety in people with MS",
        ),
        (
            "The home balance plan cut falls in older adults and may be considered for people "
            "who cannot attend classes.",
            "The home balance plan cut falls in older adults",
        ),
        (
            "The sleep app shortened the time to fall asleep in people with MS and could offer "
            "an alternative to sleeping pills.",
            "The sleep app shortened the time to fall asleep in people with MS",
        ),
        (
            "Pelvic floor training reduced bladder leaks in women with MS and may be used "
            "alongside drug treatment.",
            "Pelvic floor training reduced bladder leaks in women with MS",
        ),
        # the use holds a negation or a limit: the sentence stays whole
        ("The cream eased the rash in most children and could not be used on broken skin.", None),
        (
            "The scan found more lesions in people with MS and may be offered only where "
            "specialist readers work.",
            None,
        ),
        ("The blood test separated MS from migraine well and could not replace a scan.", None),
        ("The blood test separated MS from migraine well and may help only in young adults.", None),
        # a second finding after "and" is no use of the first
        ("The new drug lowered relapse rates and may increase the risk of infections.", None),
        # too little is left to stand alone
        ("It worked and could help many people.", None),
    ],
)
def test_a_use_run_on_after_the_finding_is_cut_from_the_headline(
    text: str, expected: str | None
) -> None:
    assert without_use(text) == expected


_ONLINE_TRIAL = (
    "Online problem-solving therapy for low mood in multiple sclerosis: a randomised trial\n\n"
    "Background: Low mood is common in multiple sclerosis (MS), and therapists are scarce in "
    "many areas.\n"
    "Methods: We randomly assigned 120 adults with MS and low mood to eight weeks of online "
    "problem-solving therapy or to a waiting list. The primary outcome was the depression score "
    "at ten weeks.\n"
    "Results: Depression scores fell more in the online therapy group than in the waiting-list "
    "group (mean difference 3.1 points). Ten people (8%) stopped the therapy early.\n"
    "Conclusions: Online problem-solving therapy lowered depression scores in people with MS "
    "and could be offered where therapists are not available.\n"
)


def test_the_use_after_an_only_conclusion_goes_under_why_it_matters() -> None:
    # the headline took the authors' only conclusion whole, and why it matters held the
    # pointer alone (the gate's hollow_why): the finding heads, and why it matters says the use
    # the authors draw from it, as theirs, without the finding again (`why_implication`: the
    # conclusion whole there said the headline twice)
    summary = drafted(_ONLINE_TRIAL)
    # (the body's word swaps may say "treatment" for "therapy": the test does not pin them)
    assert summary.headline.startswith("Online problem-solving")
    assert summary.headline.endswith("lowered depression scores in people with MS")
    first_why = summary.why_it_matters.split(". ")[0]
    assert first_why == ("The authors say this could be offered where therapists are not available")
    assert "lowered depression scores" not in summary.why_it_matters


def test_the_finding_heads_over_what_the_authors_draw_from_it() -> None:
    results = _ordered(
        0,
        "Over four years, bleeding needing a hospital stay was more common with the new pill.",
        "Low ferritin levels were linked with heavier bleeding.",
    )
    conclusions = _ordered(
        2,
        "Women who took the new pill had more heavy bleeding than those on the older pills.",
        "Measuring ferritin levels may help find women at higher risk.",
    )
    head = choose_headline(conclusions, results, StudyDesign.OBSERVATIONAL)
    assert head.text == (
        "Women who took the new pill had more heavy bleeding than those on the older pills"
    )
    # ... the lesson heads where no conclusion states a finding of its own
    lesson = _ordered(2, "Measuring ferritin levels may help find women at higher risk.")
    head = choose_headline(lesson, results[:1], StudyDesign.OBSERVATIONAL)
    assert head.text == "Measuring ferritin levels may help find women at higher risk"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cut-off of 30% had a sensitivity of 91% and a specificity of 85%.", True),
        ("The pooled sensitivity was 0.82 and the pooled specificity 0.93.", True),
        ("The area under the curve was 0.88.", True),
        ("We calculated the sensitivity and specificity of the test.", False),
    ],
)
def test_a_tests_accuracy_figures_are_a_finding(text: str, expected: bool) -> None:
    assert says_a_finding(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residual confounding cannot be excluded.", True),
        ("Unmeasured confounding may explain part of the link.", True),
        ("We cannot rule out bias from the way people were chosen.", True),
        ("Bias could not be ruled out.", True),
        ("Confounding by age was handled in the analysis.", False),
        ("People on the new drug had more infections.", False),
    ],
)
def test_a_confounding_or_bias_caveat_is_a_stated_limit(text: str, expected: bool) -> None:
    assert states_a_limit(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("People on the new drug had more infections than those on placebo", False),
        ("People who exercised slept better than those who did not", False),
        ("Those patients slept better", True),
        ("These women had more infections", True),
    ],
)
def test_those_named_by_the_words_after_it_points_at_nothing_before(
    text: str, expected: bool
) -> None:
    assert leans_back(text) is expected


ACCURACY = (
    "Accuracy of a retinal scan for telling MS from migraine\n\n"
    "Objective: To find out how well a retinal scan tells MS apart from migraine.\n"
    "Methods: We enrolled 180 adults with new brain scan changes at three clinics. Two readers "
    "who did not know the diagnosis read every retinal scan. The final diagnosis after two years "
    "was the reference.\n"
    "Results: 96 people were found to have MS and 84 to have migraine. A cut-off of 30% had a "
    "sensitivity of 91% and a specificity of 85%. The readers agreed closely.\n"
    "Conclusions: The retinal scan told MS apart from migraine with high accuracy and could "
    "reduce misdiagnosis in clinics.\n"
)


def test_a_diagnostic_study_heads_with_its_finding_and_says_its_use_under_why() -> None:
    summary = drafted(ACCURACY)
    assert summary.headline.startswith("The retinal scan told MS apart from migraine")
    assert "misdiagnosis" not in summary.headline
    assert "could reduce misdiagnosis" in summary.why_it_matters
    # (the accuracy result stays, its statistics explained in brackets: explained_accuracy)
    assert re.search(r"sensitivity (?:\([^)]*\) )?of 91%", summary.what_the_study_did)
    assert "96 people were found to have MS" not in summary.headline


COHORT = (
    "Heavy bleeding with a new contraceptive pill in women with MS: a registry study\n\n"
    "Background: Women with MS often use hormonal pills, but bleeding risks are not well known.\n"
    "Methods: We used a national registry of women with MS linked with hospital records. We "
    "followed 4210 women who started a new pill or an older pill between 2016 and 2023.\n"
    "Results: Over four years, bleeding needing a hospital stay was more common with the new "
    "pill than with older pills. Low ferritin levels were linked with heavier bleeding.\n"
    "Conclusions: Women with MS who took the new pill had more heavy bleeding than those on "
    "older pills. Measuring ferritin levels may help find women at higher risk. Residual "
    "confounding cannot be excluded.\n"
)


def test_a_cohort_heads_with_its_finding_and_keeps_its_caveat_out_of_why() -> None:
    summary = drafted(COHORT)
    assert "new pill had more heavy bleeding" in summary.headline
    assert "confounding" not in summary.why_it_matters
    assert "Residual confounding cannot be excluded." in summary.limitations


def test_what_studies_the_review_left_out_found_never_heads() -> None:
    results = _ordered(
        0,
        "Two studies that were not eligible showed that fans lowered body heat.",
        "Three non-eligible studies showed that vests lowered body heat in runners.",
        "Cooling vests lowered tiredness a little compared with no vest.",
    )
    head = choose_headline([], results, StudyDesign.REVIEW)
    assert head.text == "Cooling vests lowered tiredness a little compared with no vest"
