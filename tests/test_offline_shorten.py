"""The headline shortener: shorter forms of a sentence that say the same, and the headline
chosen from them. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import IDEAL_WORDS, choose_headline
from plainsum.plain.shorten import reports_a_finding, short_forms
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("sentence", "lab", "expected"),
    [
        (
            "In this cohort, lower salt intake was linked to fewer headaches.",
            False,
            "Lower salt intake was linked to fewer headaches",
        ),
        # the control between the subject and its verb
        (
            "Daily stretching compared with usual care did not change how far people could walk.",
            False,
            "Daily stretching did not change how far people could walk",
        ),
        (
            "These results suggest that daily walking may improve balance in older adults.",
            False,
            "Daily walking may improve balance in older adults",
        ),
        (
            "The new drug lowered the yearly rate of flare-ups, which fits with earlier work.",
            False,
            "The new drug lowered the yearly rate of flare-ups",
        ),
        (
            "There is low-quality evidence that massage eases leg cramps in older adults.",
            False,
            "Weak evidence suggests massage eases leg cramps in older adults",
        ),
        (
            "There is high-quality evidence that massage eases leg cramps in older adults.",
            False,
            "Good evidence shows massage eases leg cramps in older adults",
        ),
        (
            "Yoga reduced tiredness in adults with MS compared with usual care.",
            False,
            "Yoga reduced tiredness in adults with MS",
        ),
        (
            "Infected cells made more of a repair protein called beta factor 9 than healthy cells.",
            False,
            "Infected cells made more of a repair protein than healthy cells",
        ),
        (
            "A common virus uses a repair protein to copy itself in human star-shaped brain cells.",
            True,
            "A common virus uses a repair protein to copy itself in human cells",
        ),
        (
            "The new drug lowered the number of flare-ups and raised the share of days spent "
            "walking outdoors.",
            False,
            "The new drug lowered the number of flare-ups",
        ),
        (
            "The effect of cooling vests on tiredness is poorly known, as well as their cost.",
            False,
            "The effect of cooling vests on tiredness is poorly known",
        ),
        (
            "The findings suggest that there is not enough evidence to judge home visits.",
            False,
            "There is not enough evidence to judge home visits",
        ),
        (
            "Weak evidence from three small trials shows that balance classes reduce falls.",
            False,
            "Weak evidence suggests balance classes reduce falls",
        ),
        (
            "There is no randomised trial evidence showing that massage lowers blood pressure in "
            "adults with kidney disease.",
            False,
            "No randomised trial evidence shows massage lowers blood pressure in adults with "
            "kidney disease",
        ),
        (
            "To date, low-certainty evidence suggests that balance classes reduce falls.",
            False,
            "Weak evidence suggests balance classes reduce falls",
        ),
        (
            "The review authors found fairly good evidence that short talks can reduce smoking "
            "in young adults.",
            False,
            "Fairly good evidence shows short talks can reduce smoking in young adults",
        ),
        (
            "Lab tests and brain scans revealed that the enzyme increases in damaged nerve fibres.",
            False,
            "The enzyme increases in damaged nerve fibres",
        ),
        (
            "The findings of this review support the conclusion that cooling vests reduce "
            "tiredness.",
            False,
            "Cooling vests reduce tiredness",
        ),
        # "evidence to support that X reduces Y" says a clause: "suggests", never "supports X
        # reduces Y"
        (
            "There was low-quality evidence to support that cooling vests reduce the number of "
            "people with heat attacks.",
            False,
            "Weak evidence suggests cooling vests reduce the number of people with heat attacks",
        ),
        # a second graded statement about another question, run on with no verb of its own
        (
            "There was moderate evidence that knee braces are not more helpful than advice in "
            "preventing knee pain, and conflicting evidence whether braces help beside exercise.",
            False,
            "Moderate evidence suggests knee braces are not more helpful than advice in "
            "preventing knee pain",
        ),
        # ... with no comma, where the second names its grade as a certainty
        (
            "There was moderate-certainty evidence that people using cooling vests have fewer "
            "hot days than people using fans and very low- to low-certainty evidence of more "
            "hot days than people staying indoors.",
            False,
            "Moderate evidence suggests people using cooling vests have fewer hot days than "
            "people using fans",
        ),
        (
            "There is low-certainty evidence that cooling vests may ease tiredness, and no "
            "evidence that they help sleep.",
            False,
            "Cooling vests may ease tiredness, but the evidence is weak",
        ),
        # every dose tested and how long the treatment ran only set the claim's scale
        (
            "There is low-quality evidence that the new pill at a dose of 5 mg a day or 10 mg a "
            "day reduces the number of flare-ups over one year or two years of treatment "
            "compared with placebo.",
            False,
            "Weak evidence suggests the new pill reduces the number of flare-ups",
        ),
        (
            "Vitamin D at doses of 1000, 2000 or 4000 units a day did not change tiredness "
            "during 24 weeks.",
            False,
            "Vitamin D did not change tiredness",
        ),
        # an "and" after a closed list ("A, B, and C") starts a second verb phrase
        (
            "Diet changes may increase quality of life, kidney function, and blood protein, and "
            "lower blood pressure.",
            False,
            "Diet changes may increase quality of life, kidney function, and blood protein",
        ),
        # a call for more research after a claim that hedges itself
        (
            "The results suggest that cooling vests are helpful for heat-related tiredness in "
            "MS, but further trials - especially against fans - are needed.",
            False,
            "Cooling vests may be helpful for heat-related tiredness in MS",
        ),
        (
            "Limited data suggest that cooling vests ease tiredness more than fans, but more "
            "trials are needed to compare them.",
            False,
            "Limited data suggest that cooling vests ease tiredness more than fans",
        ),
        # a reporter that gives evidence asserts what follows, as "found that" does
        (
            "The researchers provide evidence that night-time cooling may ease leg stiffness "
            "in people with MS.",
            False,
            "Night-time cooling may ease leg stiffness in people with MS",
        ),
        (
            "It was shown that the cream lowered itching in older adults.",
            False,
            "The cream lowered itching in older adults",
        ),
    ],
)
def test_a_shorter_form_keeps_the_claim(sentence: str, lab: bool, expected: str) -> None:
    assert expected in short_forms(sentence, lab)


@pytest.mark.parametrize(
    ("sentence", "lab", "lost"),
    [
        # the trailing clause holds a "not": without it the claim would be false
        (
            "The new drug lowered the yearly rate of flare-ups, although the difference was not "
            "significant.",
            False,
            "The new drug lowered the yearly rate of flare-ups",
        ),
        # "suggest" is the only hedge: dropping the frame would state it as fact
        (
            "These results suggest that daily walking improves balance in older adults.",
            False,
            "Daily walking improves balance in older adults",
        ),
        # "suggest" hedges a negative finding too
        (
            "These results suggest that daily walking does not improve balance in older adults.",
            False,
            "Daily walking does not improve balance in older adults",
        ),
        # how many studies found it is part of the claim
        (
            "Most of the trials found that cooling vests reduce tiredness in hot weather.",
            False,
            "Cooling vests reduce tiredness in hot weather",
        ),
        # so is who was studied
        (
            "Studies in children showed that cooling vests reduce tiredness in hot weather.",
            False,
            "Some evidence suggests cooling vests reduce tiredness in hot weather",
        ),
        # the lead names who was studied
        (
            "In these patients, the new drug lowered pain scores.",
            False,
            "The new drug lowered pain scores",
        ),
        # a hedge in the trailing words
        (
            "Cooling vests eased tiredness in hot weather, possibly through lower body heat.",
            False,
            "Cooling vests eased tiredness in hot weather",
        ),
        # a claim that does not hedge itself keeps the call that tempers it
        (
            "Cooling vests eased heat-related tiredness in adults with MS, but larger trials are "
            "needed.",
            False,
            "Cooling vests eased heat-related tiredness in adults with MS",
        ),
        # how much evidence there is names no claim: the call stays with it
        (
            "There is not enough evidence to judge cooling vests, and larger trials are needed.",
            False,
            "There is not enough evidence to judge cooling vests",
        ),
        (
            "There is weak evidence, and larger trials of cooling vests are needed.",
            False,
            "There is weak evidence",
        ),
        # one dose bounds the claim (another may not have helped)
        (
            "The new pill at 10 mg a day lowered flare-ups over two years.",
            False,
            "The new pill lowered flare-ups",
        ),
        # doses compared, or a length that is part of the claim, stay
        (
            "Flare-ups fell with both doses of the new pill, 5 mg and 10 mg a day, over two years.",
            False,
            "Flare-ups fell with both doses of the new pill over two years",
        ),
        (
            "The cream eased itching over the short term, over four weeks.",
            False,
            "The cream eased itching over the short term",
        ),
        # "limited evidence" is a grade, never a reporter's assertion
        (
            "The researchers present limited evidence that the cream eases itching.",
            False,
            "The cream eases itching",
        ),
        # an "and" that closes a list of things, not a second verb phrase
        (
            "The new pill lowered the rates of flare-ups, falls, bladder infections and use of "
            "walking aids.",
            False,
            "The new pill lowered the rates of flare-ups, falls, bladder infections",
        ),
        # semicolons that set out a list: a cut there leaves a list's debris
        (
            "There were no clear differences for sleep; mood; or stopping the diet early.",
            False,
            "There were no clear differences for sleep; mood",
        ),
        # what a comparison is made with stays with the comparison
        (
            "Cooling vests led to more hours of activity each day, compared with fans.",
            False,
            "Cooling vests led to more hours of activity each day",
        ),
        # ", with X" may name what was given
        (
            "Two trials found no clear change in hand strength, with drug A versus drug B.",
            False,
            "Two trials found no clear change in hand strength",
        ),
        # words after "and" that the first verb shares ("defined and reported poorly")
        (
            "In most trials, flare-ups were counted and reported poorly.",
            False,
            "In most trials, flare-ups were counted",
        ),
        # a grade that says there is no evidence is not a grade of a finding
        (
            "There is no good evidence that massage eases leg cramps in older adults.",
            False,
            "Good evidence shows massage eases leg cramps in older adults",
        ),
        # a second clause of its own may be the point ("... and it was lower after")
        (
            "Sleep was shorter in the first week than in the second and it was also deeper "
            "after the change of diet.",
            False,
            "Sleep was shorter in the first week than in the second",
        ),
        # "limited evidence on the effect of X" says no finding to grade
        (
            "There is now limited evidence on the effect of home visits on walking in adults.",
            False,
            "Weak evidence suggests on the effect of home visits on walking in adults",
        ),
        # a list cut in two
        (
            "There was some evidence for better walking in the long term, balance, as well as "
            "mood.",
            False,
            "There was some evidence for better walking in the long term, balance",
        ),
        # a safe-only finding keeps what makes it a finding
        (
            "Stretching can be offered to people with MS without serious side effects.",
            False,
            "Stretching can be offered to people with MS",
        ),
        # only a lab study's cells are said short
        (
            "A common virus uses a repair protein to copy itself in human star-shaped brain cells.",
            False,
            "A common virus uses a repair protein to copy itself in human cells",
        ),
    ],
)
def test_a_cut_never_drops_a_word_of_meaning(sentence: str, lab: bool, lost: str) -> None:
    assert lost not in short_forms(sentence, lab)


def test_every_short_form_is_a_whole_sentence_and_shorter() -> None:
    sentence = (
        "In this study, regular stretching lowered muscle stiffness in adults with MS compared "
        "with usual care, which matches what physiotherapists often see."
    )
    forms = short_forms(sentence)
    assert forms
    for form in forms:
        assert len(form.split()) < len(sentence.split())
        assert form[0].isupper() and not form.endswith((",", ";", "."))


def test_a_long_conclusion_is_shortened_to_a_headline() -> None:
    conclusion = measured(
        "In this trial, a twelve-week balance class reduced the number of falls in adults with "
        "MS compared with usual care, which matches earlier reports from smaller clinics."
    )
    head = choose_headline([conclusion], [], StudyDesign.TRIAL)
    assert head.text == "A twelve-week balance class reduced the number of falls in adults with MS"
    assert len(head.text.split()) <= IDEAL_WORDS[1]
    assert head.origin == conclusion.text and not head.from_template


def test_a_short_conclusion_beats_a_shortened_result() -> None:
    conclusion = measured("Balance classes reduced falls in adults with MS.")
    result = measured(
        "Adults in the balance classes had fewer falls over the year than adults in the "
        "waiting-list group, which was the main result."
    )
    head = choose_headline([conclusion], [result], StudyDesign.TRIAL)
    assert head.text == "Balance classes reduced falls in adults with MS"


def test_a_hedged_long_conclusion_keeps_its_hedge_in_the_headline() -> None:
    conclusion = measured(
        "There is low-quality evidence that a daily cooling vest eases tiredness in people with "
        "MS, which is in keeping with what they report in clinics."
    )
    head = choose_headline([conclusion], [], StudyDesign.REVIEW)
    assert head.text.startswith("Weak evidence suggests")
    assert "people with MS" in head.text


def test_a_sentence_a_repair_left_out_does_not_come_back_shortened() -> None:
    conclusion = measured(
        "Regular stretching lowered muscle stiffness in adults with MS compared with usual "
        "care, which matches what physiotherapists often see in their clinics."
    )
    first = choose_headline([conclusion], [], StudyDesign.TRIAL)
    assert first.origin == conclusion.text and first.text != conclusion.text.rstrip(".")
    again = choose_headline([conclusion], [], StudyDesign.TRIAL, drop=frozenset({first.text}))
    assert again.origin != conclusion.text


def test_no_clear_evidence_with_no_short_form_is_said_from_the_facts() -> None:
    conclusion = measured(
        "There is no reliable evidence from randomised trials that daily fish oil capsules "
        "change how often adults with relapsing MS have flare-ups or new damage."
    )
    head = choose_headline(
        [conclusion], [], StudyDesign.REVIEW, "animals", "nine trials", 3, "fish oil", 1
    )
    assert head.from_template
    assert head.text == "A review of nine trials found no clear evidence about fish oil"
    assert head.sources == (3, 1)


def test_a_weak_finding_that_leans_one_way_is_not_made_a_template() -> None:
    conclusion = measured(
        "Weak evidence from two small trials suggests that daily fish oil capsules may reduce "
        "how often adults with relapsing MS have flare-ups."
    )
    head = choose_headline(
        [conclusion], [], StudyDesign.REVIEW, "animals", "nine trials", 3, "fish oil", 1
    )
    assert not head.from_template
    assert "may reduce" in head.text


def test_what_a_frame_says_was_found_is_a_finding_without_a_finding_word() -> None:
    result = measured(
        "Microscope images and lab tests revealed that the coating proteins assembled into "
        "ring-shaped nets on the surface of the virus."
    )
    head = choose_headline([], [result], StudyDesign.LAB)
    assert (
        head.text
        == "The coating proteins assembled into ring-shaped nets on the surface of the virus"
    )


def test_what_trials_compared_is_not_the_headline() -> None:
    procedure = measured("Twelve trials with data from 900 women compared two kinds of surgery.")
    finding = measured("Most women had less leaking of urine after either kind of surgery.")
    head = choose_headline([], [procedure, finding], StudyDesign.REVIEW)
    assert head.text == "Most women had less leaking of urine after either kind of surgery"


def test_a_headline_must_say_what_the_evidence_is_about() -> None:
    topic = measured("The current evidence is still uncertain.")
    finding = measured("Home visits may help adults with MS walk further.")
    head = choose_headline([topic, finding], [], StudyDesign.REVIEW)
    assert head.text == "Home visits may help adults with MS walk further"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There is not enough evidence from good quality randomised trials to support or "
            "refute the use of cooling vests for tiredness in adults with MS.",
            "No good evidence shows whether using cooling vests works for tiredness in "
            "adults with MS",
        ),
        (
            "There is no evidence to support or refute the use and type of foot splints to "
            "prevent falls in older adults.",
            "No good evidence shows whether using foot splints prevents falls in older adults",
        ),
        (
            "There is little to no evidence to support or refute the use of ginger tea for the "
            "treatment of travel sickness.",
            "No good evidence shows whether using ginger tea treats travel sickness",
        ),
        (  # both verbs agree with the subject: never "prevents or treat"
            "There is no evidence to support or refute the use of cranberry juice to prevent or "
            "treat bladder infections in older women.",
            "No good evidence shows whether using cranberry juice prevents or treats bladder "
            "infections in older women",
        ),
    ],
)
def test_no_evidence_either_way_is_said_short(sentence: str, expected: str) -> None:
    assert expected in short_forms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Y is a list: "for pain, tiredness and walking" may not be one claim
        "There is insufficient evidence to support or refute the use of cooling vests for pain, "
        "tiredness and walking in people with MS.",
        # X is two things: a list cut in two would change what was not shown
        "There is no evidence to support or refute the use of diet and exercise for weight.",
        # "little evidence to support" leans one way: not "either way"
        "There is little evidence to support the use of ginger tea for travel sickness.",
    ],
)
def test_no_evidence_either_way_needs_plain_noun_phrases(sentence: str) -> None:
    assert not any(f.startswith("No good evidence shows") for f in short_forms(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The absolute and comparative effects and tolerability of cooling vests in adults "
            "with relapsing MS remain unclear.",
            "The effects of cooling vests in adults with relapsing MS remain unclear",
        ),
        (
            "The effect and safety of ginger tea on travel sickness in children is poorly "
            "documented.",
            "The effect of ginger tea on travel sickness in children is unclear",
        ),
    ],
)
def test_an_unclear_effect_is_said_short(sentence: str, expected: str) -> None:
    assert expected in short_forms(sentence)


@pytest.mark.parametrize(
    ("sentence", "lost"),
    [
        # "helpful effects" are unclear: the effects as a whole (harms too) may not be
        (
            "The helpful effects of cooling vests in adults with MS remain unclear.",
            "The effects of cooling vests in adults with MS remain unclear",
        ),
        # a clause inside: what is unclear is not a plain noun phrase
        (
            "The effects of drugs that block the receptor on walking are poorly documented.",
            "The effects of drugs that block the receptor on walking are unclear",
        ),
    ],
)
def test_an_unclear_effect_keeps_what_is_unclear(sentence: str, lost: str) -> None:
    assert lost not in short_forms(sentence)


def test_no_evidence_either_way_becomes_a_short_headline() -> None:
    conclusion = measured(
        "There is not enough evidence from good quality randomised trials to support or refute "
        "the use of cooling vests for tiredness in adults with MS."
    )
    head = choose_headline(
        [conclusion], [], StudyDesign.REVIEW, "animals", "nine trials", 3, "cooling vests", 1
    )
    assert not head.from_template and head.origin == conclusion.text
    assert head.text == (
        "No good evidence shows whether using cooling vests works for tiredness in adults with MS"
    )
    assert len(head.text.split()) <= IDEAL_WORDS[1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how it worked goes; the claim stays
        (
            "Trained pharmacists can improve how people take their pills, through home visits "
            "or phone calls.",
            "Trained pharmacists can improve how people take their pills",
        ),
        # what the work built goes; what it showed is the finding
        (
            "This study builds a simple home walking test, and shows that the test predicts "
            "falls in older adults.",
            "The test predicts falls in older adults",
        ),
    ],
)
def test_a_means_or_a_first_deed_is_cut(sentence: str, expected: str) -> None:
    assert expected in short_forms(sentence)


@pytest.mark.parametrize(
    ("sentence", "lost"),
    [
        # the model the finding was made in is part of the claim
        (
            "Our study builds a new mouse line and shows that the protein is needed for memory.",
            "The protein is needed for memory",
        ),
        # "can be reached through": how is the point
        (
            "Better sleep can be reached, through a fixed bedtime and less light at night.",
            "Better sleep can be reached",
        ),
        # "only" in the part that would go
        (
            "This study builds a test that works only at home, and shows that the test predicts "
            "falls in older adults.",
            "The test predicts falls in older adults",
        ),
    ],
)
def test_a_first_deed_with_meaning_stays(sentence: str, lost: str) -> None:
    assert lost not in short_forms(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        # a claim that hedges itself is not hedged a second time by the grade
        (
            "There is low-certainty evidence that warm baths appear to ease leg stiffness in "
            "adults with MS.",
            "Warm baths appear to ease leg stiffness in adults with MS, but the evidence is weak",
            "Weak evidence suggests warm baths appear",
        ),
        (
            "Very low quality evidence from three trials suggests that tai chi might improve "
            "balance in older women.",
            "Tai chi might improve balance in older women, but the evidence is very weak",
            "evidence suggests tai chi might",
        ),
        # a middle grade in front of a hedged claim adds nothing: the claim alone
        (
            "There is moderate-quality evidence that a daily walk may lift mood in new mothers.",
            "A daily walk may lift mood in new mothers",
            "evidence suggests a daily walk may",
        ),
        # "can" is not a second hedge
        (
            "There is moderate-quality evidence that a daily walk can lift mood in new mothers.",
            "Moderate evidence suggests a daily walk can lift mood in new mothers",
            "evidence suggests a daily walk may",
        ),
    ],
)
def test_a_graded_claim_is_hedged_once(sentence: str, expected: str, never: str) -> None:
    forms = short_forms(sentence)
    assert expected in forms
    assert not any(never in f for f in forms)


def test_where_a_claim_comes_from_is_a_lead_that_goes() -> None:
    forms = short_forms(
        "Based on this review, the included trials showed that cooling vests did not lower "
        "tiredness in adults with MS."
    )
    assert "Cooling vests did not lower tiredness in adults with MS" in forms


def test_a_review_that_found_graded_evidence_is_said_as_the_grade() -> None:
    forms = short_forms(
        "This careful review found fairly good evidence that, compared with sham surgery, knee "
        "washouts did not ease pain in older adults."
    )
    assert "Fairly good evidence shows knee washouts did not ease pain in older adults" in forms


@pytest.mark.parametrize(
    ("grade", "said"),
    [
        ("high-certainty", "Good evidence shows"),
        ("fairly good", "Fairly good evidence shows"),
        ("moderate-certainty", "Moderate evidence suggests"),
        ("some", "Some evidence suggests"),
        ("limited", "Limited evidence suggests"),
        ("low-certainty", "Weak evidence suggests"),
        ("very low-certainty", "Very weak evidence suggests"),
    ],
)
def test_a_grade_is_said_as_sure_as_the_paper_says_it(grade: str, said: str) -> None:
    # never stronger, never weaker: "fairly good" is not "some", "limited" is not "weak"
    forms = short_forms(f"There is {grade} evidence that cooling vests ease tiredness in MS.")
    assert f"{said} cooling vests ease tiredness in MS" in forms
    others = {"Good", "Fairly good", "Moderate", "Some", "Limited", "Weak", "Very weak"}
    others.discard(said.split(" evidence")[0])
    assert not any(f.startswith(f"{o} evidence") for o in others for f in forms)


def test_a_limited_grade_after_a_hedged_claim_stays_limited() -> None:
    forms = short_forms("There is limited evidence that cooling vests may ease tiredness in MS.")
    assert "Cooling vests may ease tiredness in MS, but the evidence is limited" in forms


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how big the effect was
        (
            "Phone coaching may lower salt intake, with an average drop of two grams a day "
            "compared to control people.",
            "Phone coaching may lower salt intake",
        ),
        # why the evidence falls short
        (
            "The review could not draw firm conclusions about yoga for back pain due to the "
            "absence of large trials.",
            "The review could not draw firm conclusions about yoga for back pain",
        ),
        # on what evidence it was judged
        (
            "Cooling vests cannot be advised for daily use on the basis of the present evidence.",
            "Cooling vests cannot be advised for daily use",
        ),
        # the measure it was judged by
        (
            "Fairly good evidence shows the new drug did not slow walking loss, based on "
            "timed walks at two years.",
            "Fairly good evidence shows the new drug did not slow walking loss",
        ),
        # it held either way
        (
            "Two trials found no differences in reading skills between the groups, whether "
            "measured by tests or teacher reports.",
            "Two trials found no differences in reading skills between the groups",
        ),
        # one trial's graded evidence: the grade is the paper's, the trial count the limits'
        (
            "A single trial of a new drug provided fairly good evidence that the drug did not "
            "slow walking loss.",
            "Fairly good evidence shows the drug did not slow walking loss",
        ),
        # an absolute phrase that adds how it works
        (
            "The results support the view that the repair switch is kept across species, with "
            "two proteins acting as its main controls.",
            "The repair switch is kept across species",
        ),
        # a link word before the reporting frame goes with the frame
        (
            "But the findings support the view that the repair switch is kept across species.",
            "The repair switch is kept across species",
        ),
        # a concession the claim stands against
        (
            "Despite a large number of trials, there is no good evidence that cooling helps "
            "after head injury.",
            "There is no good evidence that cooling helps after head injury",
        ),
        # a weak grade said after a hedged claim stays after the cut
        (
            "There is weak evidence that phone coaching may lower salt intake in the short "
            "term and increase walking in the long term.",
            "Phone coaching may lower salt intake in the short term, but the evidence is weak",
        ),
    ],
)
def test_a_tail_or_lead_that_only_sizes_the_claim_goes(sentence: str, expected: str) -> None:
    assert expected in short_forms(sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # the size is said of some people only
        (
            "Cooling vests lowered tiredness, with an average drop of two points in people "
            "with MS.",
            "Cooling vests lowered tiredness",
        ),
        # a reason that holds a hedge
        (
            "Yoga eased back pain due to the small number of sessions that may have been missed.",
            "Yoga eased back pain",
        ),
        # an absolute phrase that names who it held for
        (
            "Walking lowered blood pressure, with the largest change being seen in older adults.",
            "Walking lowered blood pressure",
        ),
        # a concession that holds a negation
        (
            "Despite no clear change in pain, cooling vests improved sleep in adults.",
            "Cooling vests improved sleep in adults",
        ),
        # "despite" before a clause of its own is not a concession phrase to drop here
        (
            "Walking groups, despite the cost, did not lower blood pressure in adults.",
            "Did not lower blood pressure in adults",
        ),
    ],
)
def test_a_tail_or_lead_with_meaning_stays(sentence: str, kept: str) -> None:
    assert kept not in short_forms(sentence)


def test_a_control_after_an_aside_is_not_cut() -> None:
    sentence = (
        "For night cramps, changes in cramp counts, salt tablets compared with a dummy "
        "treatment, were small and not clear."
    )
    assert all("compared" in form for form in short_forms(sentence) if "salt tablets" in form)


@pytest.mark.parametrize(
    ("sentence", "short"),
    [
        (
            "Swimming, and particularly long, slow or mixed sessions, may ease stiffness in "
            "the knees",
            "Swimming may ease stiffness in the knees",
        ),
        (
            "The new brace, especially the lighter kind, did not change walking speed",
            "The new brace did not change walking speed",
        ),
    ],
)
def test_an_aside_that_singles_out_part_of_the_subject_goes(sentence: str, short: str) -> None:
    assert short in short_forms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a negation or a hedge in the aside bears on the claim
        "The new brace, especially when not worn at night, did not change walking speed",
        "Swimming, particularly if it may be done daily, eased stiffness in the knees",
        # a population in it narrows the claim
        "Swimming, particularly in older women, may ease stiffness in the knees",
    ],
)
def test_an_aside_that_bears_on_the_claim_stays(sentence: str) -> None:
    subject = sentence.split(",")[0]  # a form without the aside goes on from it with a space
    assert not any(f.startswith(f"{subject} ") for f in short_forms(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There is inadequate evidence to suggest that a higher dose of the pill helps more "
            "than a lower dose.",
            "There is not enough evidence to say that a higher dose of the pill helps more than "
            "a lower dose",
        ),
        (
            "There was insufficient evidence to show that yoga improves balance in older adults.",
            "There was not enough evidence to say that yoga improves balance in older adults",
        ),
        (
            "There is not enough trial evidence to conclude that cooling vests ease tiredness.",
            "There is not enough trial evidence to say that cooling vests ease tiredness",
        ),
        (
            "There is little evidence to support that massage eases leg cramps.",
            "There is not enough evidence to say that massage eases leg cramps",
        ),
    ],
)
def test_too_little_evidence_keeps_its_negation(sentence: str, expected: str) -> None:
    forms = short_forms(sentence)
    assert expected in forms
    # never turned into a grade of the claim ("Weak evidence suggests X")
    assert not any(f.startswith(("Weak", "Some", "Good")) for f in forms)


@pytest.mark.parametrize(
    "sentence",
    [
        "There is inadequate evidence to suggest that naps help memory in students.",
        "There is insufficient evidence to suggest that naps help memory in students.",
        "There is scant evidence to suggest that naps help memory in students.",
        "There is no evidence to suggest that naps help memory in students.",
        "There were few data to show that naps help memory in students.",
    ],
)
def test_too_little_evidence_is_never_a_weak_grade(sentence: str) -> None:
    assert not any("evidence suggests" in f or "evidence shows" in f for f in short_forms(sentence))


def test_too_little_evidence_for_a_noun_phrase_is_not_restated() -> None:
    # "to support the use of X" holds no clause: "not enough evidence to say the use of X" would
    # be broken
    forms = short_forms("There is insufficient evidence to support the use of cooling vests.")
    assert not any("to say" in f for f in forms)


def test_a_frame_after_a_link_word_still_reports_a_finding() -> None:
    assert reports_a_finding("But the results show that the repair switch is kept in flies.")
    assert not reports_a_finding("But the repair switch is kept in flies.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second hedged claim about another subject, and a contrast after it, go whole
        (
            "Wool socks may reduce foot pain, ease swelling, and improve sleep, and cotton socks "
            "may ease swelling, while nylon socks may make little or no difference to pain.",
            "Wool socks may reduce foot pain, ease swelling, and improve sleep",
        ),
        (
            "Cold packs may shorten recovery after knee surgery, whereas heat packs may slow it.",
            "Cold packs may shorten recovery after knee surgery",
        ),
    ],
)
def test_a_second_claim_about_another_subject_goes(sentence: str, expected: str) -> None:
    assert expected in short_forms(sentence)


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        # what follows points back at the first claim and bounds it
        (
            "Wool socks may reduce foot pain in older adults, and the effect may not last.",
            "Wool socks may reduce foot pain in older adults",
        ),
        # the list before "and" is the subject of the verb after it
        (
            "Analyses by age group, length of treatment, different settings, and use of heparin "
            "did not show differences.",
            "Analyses by age group, length of treatment, different settings",
        ),
        # a claim said without a hedge: the second one may be the point
        (
            "The drug was linked with severe rashes in older adults, and dose changes may "
            "help prevent them.",
            "The drug was linked with severe rashes in older adults",
        ),
    ],
)
def test_a_second_claim_that_bears_on_the_first_stays(sentence: str, never: str) -> None:
    assert never not in short_forms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "an absence of evidence" is no grade: never "Some evidence supports ..."
        "There is currently an absence of evidence to support any of the splints used for "
        "weak ankles in children.",
        "Studies without evidence of benefit suggest that cooling vests help walking in MS.",
    ],
)
def test_an_absence_of_evidence_is_never_read_as_a_grade(sentence: str) -> None:
    assert not any(f.startswith(("Some evidence", "Good evidence")) for f in short_forms(sentence))


def test_a_grade_said_after_never_covers_a_second_graded_statement() -> None:
    """ "X may help, and no evidence that Y, but the evidence is weak" reads as if the weak
    evidence were about Y too: only the first statement takes the grade after it."""
    forms = short_forms(
        "There is low-certainty evidence that cooling vests may ease tiredness, and no "
        "evidence that they help sleep."
    )
    assert not [f for f in forms if "no evidence" in f and f.endswith("the evidence is weak")]
