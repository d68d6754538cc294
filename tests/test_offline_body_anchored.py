"""Every result in the body is anchored, and the harms the paper states are said (issue 9).

A result whose subject or comparison it does not name is shown only right after the sentence
that names them; how many people dropped out and what the paper itself holds are not results;
a harm the authors state is said even when another comparison found none. Texts written for the
tests."""

from __future__ import annotations

import pytest
from body_lines import did_lines

from plainsum.plain.anchored import comparison_unnamed, several_comparisons, unanchored
from plainsum.plain.harms import concluded_harms
from plainsum.plain.lines import Line
from plainsum.plain.pick import leans_back
from plainsum.plain.results import (
    ABOUT_THE_PAPER,
    says_which_way,
    what_it_says,
)
from plainsum.plain.simplify import PlainSentence, plain_sentences
from plainsum.plain.standalone import leans_back as headline_leans_back


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # a reference risk of nothing named
        ("The assumed risk was 24 per 100.", True),
        ("The assumed risk of a relapse in the placebo group was 24 per 100.", False),
        # no difference, at a time, in nothing named
        ("There was no difference seen at 24 weeks.", True),
        ("There was no difference in walking at 24 weeks.", False),
        # later than an event the sentence does not name
        ("Muscle strength was measured 48h later.", True),
        ("Nerve growth was checked three weeks later.", True),
        ("The mice were given the gene and nerve growth was checked three weeks later.", False),
        # ... or a time the sentence names
        ("Higher vitamin levels early on went with less disability 9 years later.", False),
        ("Scores measured at diagnosis predicted walking problems five years later.", False),
        ("Children treated in the first year had fewer relapses 4 years later.", False),
        ("Disability was lower 11 years later.", True),
        # one trial of a list the sentence before counted off
        ("In the third trial, little or no difference was seen in pain.", True),
        ("The second study found fewer falls with the brace.", True),
        ("The first trials of the drug were small.", False),  # the earliest, not one of a list
        ("In the first trial of 98 people, falls were fewer with the brace.", False),
        # a counted set is often the whole review's ("The review included three trials. All
        # three ..."): not read as leaning (gate_identity: CD001282 lost its main finding)
        ("In all three studies, growth was slower with the inhaled steroid.", False),
        # "the latter" of a pair the sentence does not name
        ("In the latter, the risk of falls was halved.", True),
        ("Vitamin D and calcium were given, and the latter lowered falls.", False),
        # the evidence for an outcome said in a sentence the draft may not show
        ("The review authors judged the evidence for this outcome to be low.", True),
        ("Walking was slower, but the trials differed a lot for this outcome.", False),
        ("No deaths occurred in the two trials reporting this outcome.", False),
        # other than what the sentence does not name
        ("The review authors could not judge the effect of other schedules.", True),
        ("Walking was compared with cycling, and the effect of other sports was unclear.", False),
        # other than a group it does not name
        ("The other group had more falls.", True),
        ("The yoga group and the other group had fewer falls than before.", False),
        ("Tiredness eased in both groups.", False),  # the groups of the comparison before
    ],
)
def test_a_result_that_points_at_what_it_does_not_name_leans(text, bare):
    assert unanchored(text) is bare
    assert leans_back(text) is bare
    if bare:  # nor does it stand alone as a headline
        assert headline_leans_back(text.rstrip("."))


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("There were no differences in walking speed at 6 weeks and 6 months of treatment.", True),
        ("No clear difference was found in fatigue scores.", True),
        ("There was no evidence of a difference in side effects, though data were few.", True),
        # hedged by the review's grade, it is still a result of a comparison it does not name
        ("There may be no difference in the rates of falls.", True),
        ("There is probably no difference in the rates of bladder infections.", True),
        ("There may be little to no difference in fatigue at one year.", True),
        ("There is probably no difference in falls between the walking and rest groups.", False),
        ("There was no evidence of a difference in side effects between the two drugs.", False),
        ("There were no differences in walking speed between the exercise and rest groups.", False),
        ("There was no clear difference in relapses with fish oil compared with placebo.", False),
        ("There was no difference in fatigue in people taking the drug.", False),
        ("Tiredness eased in both groups.", False),  # the groups of the comparison before
        ("Walking was faster in the training group than in the control group.", False),
        ("Relapses were fewer in the treatment group.", False),
    ],
)
def test_a_result_that_names_no_comparison_of_its_own(text, unnamed):
    assert comparison_unnamed(text) is unnamed


@pytest.mark.parametrize(
    ("text", "headings", "several"),
    [
        ("Trials compared yoga versus rest and drug A versus placebo.", 0, True),
        ("One trial compared yoga versus rest. Yoga versus rest eased tiredness.", 0, False),
        ("Drug A eased tiredness.", 2, True),
        ("Drug A eased tiredness.", 0, False),
    ],
)
def test_a_paper_of_several_comparisons(text, headings, several):
    assert several_comparisons(text, headings) is several


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("More than 9% of the people dropped out.", True),
        ("About a fifth of participants withdrew.", True),
        ("More people dropped out of the drug group than the placebo group.", False),
        ("In the drug group, 12% dropped out.", False),
        ("Four people withdrew because of side effects.", False),
        ("The dropout rate was lower among people given the drug.", False),
        ("There was a clear effect in favour of placebo for the number of dropouts.", False),
    ],
)
def test_how_many_dropped_out_with_no_group_or_reason_is_how_the_study_ran(text, run):
    assert what_it_says(text).run is run


@pytest.mark.parametrize(
    ("text", "about_paper"),
    [
        (
            "Main themes of the interviews, the methods used and lessons learned are described.",
            True,
        ),
        ("The implications for care are briefly discussed.", True),
        ("A case of a woman with MS and optic neuritis is described.", False),
        ("Nurses described the training as helpful.", False),
    ],
)
def test_a_sentence_about_what_the_paper_holds_is_no_content(text, about_paper):
    assert bool(ABOUT_THE_PAPER.search(text)) is about_paper


@pytest.mark.parametrize(
    "text",
    [
        "It was linked with a greater frequency of side effects.",
        "Side effects were more common with the drug.",
    ],
)
def test_a_raised_harm_says_which_way_it_went(text):
    assert says_which_way(text)


SEVERAL_COMPARISONS = (
    "Objectives: To assess treatments for fatigue in people with MS.\n"
    "Search methods: We searched the trial registers up to March 2021.\n"
    "Main results: Four trials (210 participants) met the inclusion criteria. They compared "
    "amantadine versus placebo and modafinil versus aspirin. "
    "Amantadine was clearly more helpful than placebo for fatigue. "
    "Fatigue eased in 60% of amantadine patients compared to 30% of placebo patients. "
    "Thirty patients were enrolled in the trial of modafinil versus aspirin. "
    "There were no differences in fatigue scores at 4 weeks and 6 months of treatment.\n"
    "Authors' conclusions: Low quality evidence suggests that amantadine may help fatigue in MS."
)


def test_a_result_of_another_comparison_is_never_shown_as_the_last_ones():
    did = did_lines(SEVERAL_COMPARISONS)
    bare = "There were no differences in fatigue scores at 4 weeks and 6 months of treatment."
    if bare in did:  # only right after the sentence that names its comparison
        assert "modafinil versus aspirin" in did[did.index(bare) - 1]
    assert any("amantadine" in line.lower() for line in did)


HARM_AFTER_NULL = (
    "Objectives: To assess beta-interferon for people with primary progressive MS.\n"
    "Search methods: We searched the trial registers up to May 2020.\n"
    "Main results: Of 900 records screened, only two trials (120 patients) were included. "
    "Beta-interferon compared with placebo did not change the share of people whose "
    "disability got worse, and it was linked with a greater frequency of side effects.\n"
    "Authors' conclusions: Beta-interferon did not slow disability in primary progressive MS."
)


def test_a_harm_said_in_the_second_half_of_the_main_result_is_kept():
    did = did_lines(HARM_AFTER_NULL)
    null = next(i for i, line in enumerate(did) if "did not change" in line)
    assert "side effects" in did[null + 1]  # right after the result it leans on


def _conclusion(text: str) -> PlainSentence:
    (p,) = plain_sentences(text, True, (9,))
    return PlainSentence(**{**p.__dict__, "order": 9})


RAISED = "There is an increased risk of common infections with the drug."
NULL_LINE = Line(
    "In people with progressive MS, the drug may make little or no difference in serious "
    "side effects and common infections.",
    (4,),
)
RAISED_LINE = Line("Side effects were more frequent with the drug than with placebo.", (4,))


@pytest.mark.parametrize(
    ("did", "said"),
    [
        ([], True),  # no harm in the body: the authors' harm is said
        ([NULL_LINE], True),  # only "no difference" in one comparison: it would seem denied
        ([RAISED_LINE], False),  # a raised harm is said already
    ],
)
def test_the_authors_raised_harm_is_said_unless_the_body_says_one(did, said):
    assert bool(concluded_harms([_conclusion(RAISED)], did, set())) is said


def test_a_no_difference_harm_conclusion_is_not_added_beside_a_null_harm_result():
    calm = _conclusion("Serious side effects were rare with the drug and with placebo.")
    assert concluded_harms([calm], [NULL_LINE], set()) == []


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (
            "In the trial that compared massage to rest, people given massage were more likely "
            "to sleep well.",
            False,
        ),
        ("Two trials compared massage to rest in people with MS.", True),
    ],
)
def test_a_trial_described_with_what_it_found_is_a_result(text, run):
    assert what_it_says(text).run is run


@pytest.mark.parametrize(
    ("text", "serious"),
    [
        # what the serious harms were, or that there were none: a finding on harm
        ("Two people had serious side effects: one a heart attack and one a stroke.", True),
        ("There were no serious side effects in either group.", True),
        ("Severe side effects were more common with the drug than with placebo.", True),
        # common harms only, what was measured, or what could not be analysed: none
        ("Headache and nausea were the most common side effects.", False),
        ("The main results were relapses, serious side effects and deaths.", False),
        ("For serious side effects, the authors did no analyses as the data were poor.", False),
        # leans on the sentence before it
        ("But serious side effects were more common with the drug.", False),
    ],
)
def test_a_result_on_serious_harm_is_kept_as_a_main_one(text, serious):
    from plainsum.plain.harms import serious_harm

    p = plain_sentences(text, True, (3,))[0]
    if text.startswith("But "):
        p = PlainSentence(**{**p.__dict__, "leans": True})
    assert (serious_harm([p]) is p) is serious


SERIOUS_REVIEW = (
    "Objectives: To assess the benefits and harms of cooling vests for heat-sensitive adults "
    "with MS.\n"
    "Search methods: We searched the trial registers up to 4 March 2025.\n"
    "Main results: We included two trials with 420 participants. Cooling vests improved "
    "walking speed a little compared with no vest. Skin redness and chills were the most "
    "common side effects. Two participants had serious side effects: one had a fall with a "
    "broken wrist and one had a chest infection.\n"
    "Authors' conclusions: Cooling vests may help walking a little in heat-sensitive adults "
    "with MS."
)


def test_the_serious_harms_stay_in_the_body_beside_the_common_ones():
    from body_lines import did_main_lines

    mains = did_main_lines(SERIOUS_REVIEW)
    assert any(t.startswith("Two people had serious side effects") for t in mains), mains
    assert any("most common side effects" in t for t in mains), mains


@pytest.mark.parametrize(
    ("text", "leaning"),
    [
        # "Neither trial", "Either study": two trials named before, never the review's all
        ("Neither trial reported any deaths or falls.", True),
        ("Either study could have missed rare harms.", True),
        ("Neither of these groups had serious side effects.", True),
        # "Neither of the two trials comparing A with B" names its trials
        ("Neither of the two trials comparing yoga with rest found a change in pain.", False),
        # "Neither ... nor" names both itself
        ("Neither yoga nor cycling eased fatigue in the trials.", False),
    ],
)
def test_neither_trial_leans_on_the_trials_named_before(text, leaning):
    assert leans_back(text) is leaning
