"""What the study did carries the main result and says what was studied, in whom (issue 9).
Texts written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from body_lines import did_lines

from plainsum.design import detect_design
from plainsum.drafters.fit_grade import fit_grade
from plainsum.ingest import parse
from plainsum.plain.aim import compared_in, short_aim, without_comparators
from plainsum.plain.compose import compose, gather
from plainsum.plain.lines import Line
from plainsum.plain.results import procedural_result, says_which_way
from plainsum.plain.source import source_sentences
from plainsum.schemas import Severity

COUNT_AND_RESULT = (
    "Objectives: To assess beta-interferon for people with primary progressive MS.\n"
    "Search methods: We searched the trial registers up to May 2020.\n"
    "Main results: Of 900 records screened, only two trials (120 patients) were included. "
    "Beta-interferon compared with placebo did not change the share of people whose "
    "disability got worse, and it was linked with more side effects.\n"
    "Authors' conclusions: Beta-interferon did not slow disability in primary progressive MS."
)


def test_a_result_read_with_the_count_of_trials_is_still_shown():
    did = " ".join(did_lines(COUNT_AND_RESULT))
    assert "The review included two trials with 120 patients." in did
    assert "did not change the share of people whose disability got worse" in did
    assert "900 records" not in did  # the count's own sentence is not said twice


@pytest.mark.parametrize(
    "text, moved",
    [
        ("Patients given the drug had a clear drop in total number of new lesions.", True),
        ("Walking speed rose in the exercise group but fell in the control group.", True),
        ("In total, 40 patients were included in the two trials.", False),
    ],
)
def test_the_plain_words_for_a_change_say_which_way_an_outcome_went(text, moved):
    assert says_which_way(text) is moved
    assert procedural_result(text) is not moved


@pytest.mark.parametrize(
    "text, moved",
    [
        # what the pooled analysis found is a result, however it is introduced
        ("Pooled data from four trials showed fewer relapses with the drug than placebo.", True),
        ("When the review authors pooled the data, there was no clear change in fatigue.", True),
        (
            "The main pooled analysis included 20 studies and gave fairly good evidence that "
            "people who had the training had fewer falls than people who had none.",
            True,
        ),
        ("Walking speed improved in the studies where pooling of the data was possible.", True),
        # that the data were not pooled, or could not be, is how the review ran
        ("The review authors did not pool the data because the trials differed.", False),
        ("Two trials could not be included in the pooled analysis.", False),
        ("Most trials did not provide suitable data for pooled analysis.", False),
        ("The results could not be pooled, so fewer relapses were not confirmed.", False),
    ],
)
def test_a_result_of_the_pooled_analysis_says_which_way_and_not_pooling_is_bookkeeping(text, moved):
    assert says_which_way(text) is moved


PRIMARY_AND_SUBGROUP = (
    "Objectives: To assess brief advice for people who drink too much alcohol.\n"
    "Search methods: We searched the trial registers up to May 2020.\n"
    "Main results: We included 30 studies with 9000 people. The primary pooled analysis "
    "included 22 studies and gave fairly good evidence that people who got brief advice drank "
    "less alcohol than people who got no advice after one year. A subgroup analysis by age "
    "showed that both young and older adults drank less alcohol after getting brief advice.\n"
    "Authors' conclusions: Brief advice can reduce alcohol intake in people who drink too much "
    "compared with no advice."
)


def test_the_primary_pooled_result_is_in_the_body_before_a_subgroup_one():
    did = did_lines(PRIMARY_AND_SUBGROUP)
    main = next(i for i, t in enumerate(did) if t.startswith("The primary pooled analysis"))
    assert "people who got brief advice drank less alcohol" in did[main]
    subgroup = [i for i, t in enumerate(did) if t.startswith("A subgroup analysis")]
    assert all(i > main for i in subgroup)


@pytest.mark.parametrize(
    "aim",
    [
        # cut before "to", the head would end inside its clause: "programmes that seek."
        "The review authors wanted to assess the effects of training programmes that seek to "
        "improve how nurses respond to violence, compared to no training, or usual training.",
        "The review authors wanted to assess the effects of drugs used to treat pain in MS, "
        "compared with placebo, or with exercise.",
        # the head would be the first item of a list: "looked at topical in improving ..."
        "The review authors wanted to check the safety of topical, medical, and surgical "
        "treatments for skin ulcers in improving healing.",
        "The review authors wanted to check the safety of topical, medical and surgical "
        "treatments for skin ulcers in improving healing.",
        # an adjective alone, its noun cut with a bracket: "looked at bilateral in adults"
        "The review authors wanted to check the effects of bilateral in adults with hearing "
        "loss in both ears.",
    ],
)
def test_an_aim_is_never_cut_inside_its_clause(aim):
    assert short_aim(aim) is None
    assert short_aim(aim, compact=True) is None


@pytest.mark.parametrize(
    ("aim", "short", "compact"),
    [
        # the head "combination therapy" names no treatment: its "with ..." does
        (
            "The review authors wanted to assess the effects of combination therapy with "
            "anti-spasm tablets and stretching, compared with stretching alone, in people with MS.",
            "The review authors wanted to assess the effects of combination therapy with "
            "anti-spasm tablets and stretching in people with MS.",
            "The review authors looked at combination therapy with anti-spasm tablets and "
            "stretching in people with MS.",
        ),
        (
            "The review authors wanted to compare the effects of long-term treatment with "
            "long-acting insulin analogues with NPH insulin in adults with type 2 diabetes.",
            "The review authors wanted to compare the effects of long-term treatment with "
            "long-acting insulin analogues with NPH insulin in adults with type 2 diabetes.",
            "The review authors looked at long-term treatment with long-acting insulin analogues "
            "with NPH insulin in adults with type 2 diabetes.",
        ),
    ],
)
def test_an_aim_is_never_cut_before_what_names_its_treatment(aim, short, compact):
    assert short_aim(aim) == short
    assert short_aim(aim, compact=True) == compact


@pytest.mark.parametrize(
    "aim",
    [
        "The researchers wanted to compare the effect and safety of a new tablet with an older "
        "injection in people with relapsing MS.",
        "The researchers wanted to compare the effects of cooling vests to fans for heat "
        "sensitivity in adults with MS.",
    ],
)
def test_an_aim_that_compares_keeps_what_it_compares_with(aim):
    """An aim cut to "compare the effect of X in people with MS" compares nothing."""
    assert short_aim(aim) == aim
    assert without_comparators(aim) is None


def test_an_aim_cut_at_its_head_keeps_what_follows_a_comparison():
    aim = (
        "The review authors wanted to assess the effects of teriflunomide as monotherapy "
        "versus placebo for slowing the disease in people with MS."
    )
    assert short_aim(aim) == (
        "The review authors wanted to assess the effects of teriflunomide for slowing the "
        "disease in people with MS."
    )


@pytest.mark.parametrize(
    "aim, bare",
    [
        (
            "The review authors wanted to assess training for nurses on violence against "
            "women, compared to no training, wait-list or usual training.",
            "The review authors wanted to assess training for nurses on violence against women.",
        ),
        # "compare" without what it compares with is no sentence: kept whole
        ("The researchers wanted to compare cooling vests for people with MS versus fans.", None),
        ("The researchers wanted to test a drug versus placebo.", None),  # too little left
        ("The researchers wanted to test a new drug for tiredness in people with MS.", None),
    ],
)
def test_an_aim_said_without_the_comparators_it_ends_on(aim, bare):
    assert without_comparators(aim) == bare


def test_a_long_aim_built_from_the_paper_is_drafted_whole():
    text = (
        "Objectives: To assess the effects of training programmes that seek to improve how "
        "nurses and doctors respond to violence against women, compared to no training, "
        "wait-list, placebo or training as usual.\n"
        "Search methods: We searched the registers up to June 2020.\n"
        "Main results: We included 19 trials with 1662 participants. Training improved how "
        "nurses and doctors felt about helping women.\n"
        "Authors' conclusions: Training may improve how nurses and doctors respond."
    )
    aims = [line for line in did_lines(text) if line.startswith("The review authors wanted")]
    assert aims and aims[0].endswith("respond to violence against women.")


def _sections(aim: str) -> dict[str, list[Line]]:
    return {
        "what_the_study_did": [
            Line("This was a review of earlier studies.", (0,), main=True),
            Line(aim, (1,), keep=True),
            Line("Cooling vests reduced tiredness considerably in summer.", (2,), main=True),
            Line(
                "Participants characterised their experiences enthusiastically afterwards.",
                (3,),
            ),
        ],
        "why_it_matters": [],
        "limitations": [],
    }


PLAIN_AIM = (
    "The review authors looked at cooling vests and other cooling garments for tiredness "
    "experienced during summer temperatures by people with multiple sclerosis."
)


def test_what_was_studied_stays_over_the_grade_when_it_holds_no_word_the_gate_names():
    sections = _sections(PLAIN_AIM)
    fit_grade(sections, 11.0)  # the optional sentence goes, the aim stays
    did = [line.text for line in sections["what_the_study_did"]]
    assert PLAIN_AIM in did
    assert not any(line.startswith("Participants") for line in did)


@pytest.mark.parametrize(
    ("aim", "target"),
    [
        (PLAIN_AIM.replace("cooling garments", "CGX-17 cooling garments"), 11.0),  # a code
        (PLAIN_AIM, 2.0),  # the body reads far over the grade even without the optional one
    ],
)
def test_the_only_aim_stays_over_the_grade_and_the_gate_names_what_is_hard(aim, target):
    sections = _sections(aim)
    fit_grade(sections, target)
    did = [line.text for line in sections["what_the_study_did"]]
    assert aim in did  # true and whole come before plain: what was studied is never dropped
    assert not any(line.startswith("Participants") for line in did)


def test_a_second_hard_aim_may_go_when_the_first_says_what_was_studied():
    second = (
        "The review authors also wanted to compare CGX-17 thermoelectric garments with "
        "phase-change cryotherapeutic apparatus."
    )
    sections = _sections(PLAIN_AIM)
    sections["what_the_study_did"].insert(2, Line(second, (1,), keep=True))
    fit_grade(sections, 2.0)
    did = [line.text for line in sections["what_the_study_did"]]
    assert PLAIN_AIM in did
    assert second not in did


EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_passes_the_gate_with_nothing_for_an_editor_to_review(example):
    from plainsum.api import draft
    from plainsum.settings import Settings

    result = draft(example.read_text(encoding="utf-8"), Settings(backend="offline"))
    assert result.passed
    assert [f.message for f in result.findings if f.severity == Severity.WARNING] == []


NO_AIM = (
    "Search methods: We searched the trial registers up to May 2020.\n"
    "Selection criteria: Randomised trials of treatments for stiff shoulders.\n"
    "Main results: Two randomised trials were found. One trial compared stretching and "
    "splinting in 120 adult men with stiff shoulders. No clear difference was found in pain at "
    "three months. The second trial found that splinting helped sleep.\n"
    "Authors' conclusions: There is not enough evidence to say which treatment is best."
)


def test_a_review_with_no_aim_says_what_a_trial_compared_and_in_whom():
    source = parse(NO_AIM)
    _, sections = compose(gather(source, detect_design(source)))
    aims = [line.text for line in sections["what_the_study_did"] if line.keep]
    assert aims == [
        "One trial compared stretching and splinting in 120 adult men with stiff shoulders."
    ]
    assert compared_in(source_sentences(parse(NO_AIM)), headed=True) is not None


@pytest.mark.parametrize(
    "text",
    [
        # found something: a result, not what was studied
        NO_AIM.replace("stretching and splinting in", "stretching, which reduced pain, in"),
        # leans on a trial named before
        NO_AIM.replace("One trial compared", "The first trial compared"),
        # in whom is not said
        NO_AIM.replace(" in 120 adult men with stiff shoulders", ""),
        # others' work
        NO_AIM.replace("One trial compared", "Previous trials compared"),
    ],
)
def test_what_a_trial_compared_is_said_only_whole_in_whom_and_with_no_finding(text):
    assert compared_in(source_sentences(parse(text)), headed=True) is None


def test_what_a_trial_compared_is_read_from_a_background_only_without_headings():
    text = NO_AIM.replace("Main results: ", "Background: ")
    assert compared_in(source_sentences(parse(text)), headed=True) is None
    assert compared_in(source_sentences(parse(text)), headed=False) is not None


def test_a_sentence_before_the_stated_aim_of_a_headingless_abstract_is_background():
    text = (
        "Heat sensitivity is one of the most common problems in MS and is clearly associated "
        "with an increased risk of falls. Our aim was to study cooling vests in people with "
        "MS. A trial was performed on 40 people with MS. Our data showed that the vests "
        "reduced tiredness over the summer."
    )
    source = parse(text)
    head, sections = compose(gather(source, detect_design(source)))
    shown = [head.text] + [line.text for line in sections["what_the_study_did"]]
    assert not any(line.startswith("Heat sensitivity") for line in shown)
    assert any("reduced tiredness" in line for line in shown)


QUALIFIED = (
    "Objectives: To assess acupuncture for pain in people with MS.\n"
    "Search methods: We searched the trial registers up to May 2020.\n"
    "Main results: We included eight trials with 400 participants. Acupuncture reduced pain "
    "scores a little in two small trials with short follow-up of only a few weeks, but there "
    "was no convincing evidence of a lasting effect on pain. Acupuncture improved sleep in one "
    "trial. Acupuncture reduced tiredness in two trials. Acupuncture improved mood in three "
    "trials. Acupuncture lowered the use of pain medicines in one trial. Acupuncture improved "
    "walking in one trial. Side effects were mild and rare.\n"
    "Authors' conclusions: Acupuncture may reduce pain a little for a short time."
)


@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_a_result_is_never_shown_without_the_qualifier_of_its_own_sentence(level):
    source = parse(QUALIFIED)
    _, sections = compose(gather(source, detect_design(source)), level=level)
    did = [line.text for line in sections["what_the_study_did"]]
    claim = [i for i, line in enumerate(did) if line.startswith("Acupuncture reduced pain")]
    assert claim, did  # the main result is shown
    assert did[claim[0] + 1] == "But there was no convincing evidence of a lasting effect on pain."


def test_leaving_sentences_out_for_the_grade_never_drops_a_qualifier_alone():
    claim = Line(
        "Acupuncture reduced pain scores considerably in two small trials.", (3,), main=True
    )
    qualifier = Line(
        "But there was no convincing evidence of a sustained physiological effect on "
        "neuropathic symptomatology.",
        (3,),
        leans=True,
    )
    sections = {
        "what_the_study_did": [
            Line("This was a review of earlier studies.", (0,), main=True),
            Line("Cooling vests reduced tiredness considerably in summer.", (2,), main=True),
            Line("Walking improved in one trial.", (4,), main=True),
            claim,
            qualifier,
        ],
        "why_it_matters": [],
        "limitations": [],
    }
    fit_grade(sections, 2.0)
    did = sections["what_the_study_did"]
    assert (claim in did) == (qualifier in did)


def test_an_aside_after_the_head_is_not_a_list():
    aim = (
        "The review authors wanted to check the effects of teriflunomide, alone or with other "
        "drugs, in people with MS."
    )
    assert (
        short_aim(aim, compact=True)
        == "The review authors looked at teriflunomide in people with MS."
    )


# A results-only review extract whose conclusion weighs benefit against side effects: the null
# side-effect result ranks first by the conclusion's words, the benefit next.
SPRAY = (
    "No new trials were found for this update. Five studies involving 1210 participants with "
    "hay fever met our inclusion criteria. The trials compared NSCS with placebo for 14 or 28 "
    "days. When we pooled the results from the four trials included in the meta-analysis, "
    "participants receiving NSCS were more likely to report relief of nasal symptoms than those "
    "receiving placebo (68% versus 55%; risk ratio 1.24; 95% confidence interval 1.10 to 1.39). "
    "No significant adverse events were reported and there was no significant difference in "
    "drop-out rates between the two treatment groups or between doses of NSCS. "
    "Current evidence supports the use of NSCS for hay fever. Clinicians should weigh the "
    "modest benefits against possible minor adverse events."
)


def _leads(text: str) -> list[str]:
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)))
    return [line.text for line in sections["what_the_study_did"] if line.lead]


def test_the_benefit_beside_no_side_effects_is_kept_whole():
    """A repair keeps lead results whole whatever their hard words: the benefit must be one,
    or the body is left saying only that side effects were no worse (issue 9's readers)."""
    leads = " ".join(_leads(SPRAY))
    assert "more likely to report relief of nasal symptoms" in leads, leads
    assert "No significant unwanted events" in leads, leads


def test_a_secondary_result_beside_no_side_effects_is_no_lead():
    text = SPRAY.replace(
        "When we pooled the results from the four trials included in the meta-analysis, "
        "participants",
        "For the secondary outcome, participants",
    )
    assert not any("secondary outcome" in t for t in _leads(text))
