"""What the study did and the limitations of an offline draft (issue 9, second pass): the aim
names what was studied and in whom, the main result and the main harm are both said, no
sentence leans on one that is not shown, lists keep their commas, and the limitations are the
ones the paper states (a caveat only where it fits). Texts written for the tests."""

from __future__ import annotations

import asyncio
import re

import pytest
from composed_draft import drafted

from plainsum.checks.caveats import check_caveats
from plainsum.design import detect_design
from plainsum.drafters.base import DraftRequest
from plainsum.drafters.offline import OfflineDrafter
from plainsum.ingest import parse
from plainsum.plain.aim import short_aim
from plainsum.plain.compose import compose, gather
from plainsum.plain.facts import study_facts
from plainsum.plain.frames import NO_PEOPLE, about_germs_alone
from plainsum.plain.glossary import plain_words
from plainsum.plain.limits import stated_limits
from plainsum.plain.pick import ONE_OF_MANY, leans_back
from plainsum.plain.simplify import fit_for_readers, join_list_semicolons, plain_sentences, rewrite
from plainsum.plain.source import source_sentences
from plainsum.plain.splits import split_long
from plainsum.schemas import PlainSummary, StudyDesign
from plainsum.settings import Settings


def _lines(text: str):
    source = parse(text)
    return compose(gather(source, detect_design(source)))[1]


def _did(text: str) -> list[str]:
    return [line.text for line in _lines(text)["what_the_study_did"]]


# A review whose results give many findings: a harm comes last, after the benefits.
REVIEW = (
    "Background: Some people with MS take a spice extract for tiredness.\n"
    "Objectives: To assess the benefits and harms of turmeric capsules for tiredness in adults "
    "with MS.\n"
    "Search methods: We searched the trial registers up to 4 March 2025.\n"
    "Selection criteria: We included randomised trials of turmeric capsules versus dummy pills.\n"
    "Data collection and analysis: Two review authors extracted the data.\n"
    "Main results: We included seven trials with 640 participants. "
    "Turmeric capsules probably reduce tiredness a little after three months compared with "
    "dummy pills. "
    "Turmeric capsules may improve sleep quality slightly. "
    "Turmeric capsules may make little or no difference to walking speed. "
    "Turmeric capsules may improve mood a little. "
    "Turmeric capsules may make little or no difference to memory tests. "
    "Turmeric capsules may make little or no difference to hand strength. "
    "Stomach upsets were more common with turmeric capsules than with dummy pills. "
    "High risk of attrition bias was found in three trials.\n"
    "Authors' conclusions: Turmeric capsules may ease tiredness a little in adults with MS. "
    "Stomach upsets are a common side effect."
)


def test_the_aim_comes_right_after_the_design_and_names_what_and_whom():
    did = _did(REVIEW)
    assert did[0] == "This was a review of earlier studies."
    assert did[1].startswith("The review authors wanted to check the benefits and harms of")
    assert "turmeric capsules" in did[1] and "adults with MS" in did[1]


def test_the_aim_is_kept_over_the_grade():
    lines = _lines(REVIEW)["what_the_study_did"]
    aim = next(line for line in lines if line.keep)
    assert "wanted to" in aim.text and not aim.main  # kept, but never counted as a result
    draft = drafted(REVIEW)
    assert "wanted to check the benefits and harms of turmeric" in draft.what_the_study_did


def test_the_main_harm_is_said_beside_the_main_benefit():
    lines = _lines(REVIEW)["what_the_study_did"]
    harm = next(line for line in lines if "Stomach upsets" in line.text)
    assert harm.main  # kept over the grade like the main result
    assert any(line.main and "reduce tiredness" in line.text for line in lines)


@pytest.mark.parametrize(
    "harm",
    [
        "Side effects were poorly reported in most trials.",
        "Only five trials reported side effects.",
    ],
)
def test_a_harm_that_was_only_reported_on_is_not_the_main_harm(harm):
    text = REVIEW.replace(
        "Stomach upsets were more common with turmeric capsules than with dummy pills. ",
        harm + " ",
    )
    assert not any("reported" in line for line in _did(text))


def test_the_main_result_is_kept_whatever_its_length():
    long_result = (
        "Turmeric capsules probably reduce tiredness a little after three months compared "
        "with dummy pills, whether tiredness was rated by the people themselves, by their "
        "carers or by their nurses at the clinic."
    )
    text = REVIEW.replace(
        "Turmeric capsules probably reduce tiredness a little after three months compared with "
        "dummy pills. ",
        long_result + " ",
    )
    lines = _lines(text)["what_the_study_did"]
    main = next(line for line in lines if line.text.startswith("Turmeric capsules probably"))
    assert main.main and len(main.text.split()) > 30


def test_the_aim_is_kept_in_a_repair_when_its_hard_word_stands_elsewhere_too():
    from plainsum.schemas import Finding, Severity

    source = parse(REVIEW.replace("turmeric capsules", "curcuminoid capsules"))
    request = DraftRequest(source=source, design=detect_design(source), settings=Settings())
    drafter = OfflineDrafter(Settings())
    first = asyncio.run(drafter.draft(request))
    assert "curcuminoid" in first.summary.what_the_study_did
    hard = [Finding(check="jargon", severity=Severity.ERROR, message="hard", span="curcuminoid")]
    repaired = asyncio.run(drafter.repair(request, first, hard))
    assert "wanted to check the benefits and harms of curcuminoid" in (
        repaired.summary.what_the_study_did
    )


def test_a_long_hard_aim_is_said_as_what_was_studied_in_whom():
    aim = (
        "The review authors wanted to assess the effects of intrathecal baclofen pumps "
        "compared with oral baclofen or usual care in people with progressive MS."
    )
    assert short_aim(aim, compact=True) == (
        "The review authors looked at intrathecal baclofen pumps in people with progressive MS."
    )
    assert short_aim("The review authors wanted to see what happens.", compact=True) is None


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a list that goes on after a semicolon: commas
        (
            "The drug had no effect on relapses at one year; on disability at one year; and "
            "on brain scans at one year.",
            "The drug had no effect on relapses at one year, on disability at one year, and "
            "on brain scans at one year.",
        ),
        (
            "There was some evidence for better walking, balance; and quality of life measured "
            "by a questionnaire.",
            "There was some evidence for better walking, balance, and quality of life measured "
            "by a questionnaire.",
        ),
        # two clauses with verbs of their own: the semicolon stays
        ("Pain fell in the first group; it did not change in the second.", None),
        ("Relapses fell; on the other hand, disability was unchanged.", None),
    ],
)
def test_a_semicolon_that_only_continues_a_list_becomes_a_comma(text, joined):
    assert join_list_semicolons(text) == (joined or text)


def test_a_list_joined_by_and_is_not_split_at_a_participle():
    text = (
        "There was weak evidence for better walking, balance, and quality of life measured by "
        "a questionnaire after twelve weeks of training at home."
    )
    assert split_long(text) == [text]


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Regular checks of these persons for rehab are advised.", True),
        # "these errors": errors the sentence before named (a review's limitation said "Careful
        # use of the sign should avoid a good share of these errors" with no errors said)
        ("Careful use of the checklist should avoid a good share of these errors.", True),
        ("Careful use of the checklist avoided most reading errors.", False),
        ("Among those patients, two had a relapse.", True),
        ("Supplements with this ratio of oils also helped.", True),
        # "this pathway", in the glossary's plain words: the pathway was named before
        ("The known parts of this chain of signals can form a switch.", True),
        ("A chain of signals in the cell can form a switch.", False),
        ("These results are promising.", True),
        ("The drug helped people with MS walk further.", False),
        ("This study found less tiredness with the vest.", False),
        ("People in both groups had fewer relapses.", False),
        # a figure or group named just before ("The corresponding risk", "The same trials")
        ("The corresponding risk in the vitamin group was two per 100.", True),
        ("The same three trials reported on walking speed.", True),
        ("The latter two scales were filled in by nurses.", True),
        ("The rest of the patients had no relapse.", True),
        ("The sameness of the two groups at the start was checked.", False),
        # a difference between the groups in an outcome the sentence does not name
        ("There was no clear difference between the two groups.", True),
        ("The pooled analysis showed no clear differences between the groups, nor in falls.", True),
        ("There was no clear difference between the groups in walking speed.", False),
        ("Tiredness scores showed little or no difference between groups.", False),
    ],
)
def test_a_pointer_to_a_sentence_not_shown_is_recognised(text, leans):
    assert leans_back(text) is leans


def test_a_sentence_pointing_back_is_not_shown_without_its_sentence():
    text = REVIEW.replace(
        "Authors' conclusions: Turmeric capsules may ease tiredness a little in adults with MS.",
        "Authors' conclusions: Regular reviews of these persons for side effects are advised.",
    )
    body = " ".join(" ".join(line.text for line in lines) for lines in _lines(text).values())
    assert "these persons" not in body


@pytest.mark.parametrize(
    ("text", "one_of_many"),
    [
        ("The high quality trial on counselling found no clear difference.", True),
        ("The largest study reported fewer falls.", True),
        ("The review authors found seven trials.", False),
        ("Turmeric capsules may improve mood a little.", False),
    ],
)
def test_one_trial_named_as_if_introduced_is_recognised(text, one_of_many):
    assert bool(ONE_OF_MANY.match(text)) is one_of_many


def test_a_review_of_several_trials_never_shows_one_trial_it_did_not_introduce():
    text = REVIEW.replace(
        "Turmeric capsules may improve mood a little. ",
        "The high quality trial on counselling reported better mood with turmeric capsules. ",
    )
    body = " ".join(" ".join(line.text for line in lines) for lines in _lines(text).values())
    assert "The high quality trial" not in body


def test_an_aim_stated_in_the_background_is_the_aim():
    text = (
        "Background: Heat makes MS symptoms worse for many people. The present study "
        "investigated whether cooling vests improve walking in adults with MS. "
        "Methods: Forty adults with MS wore a cooling vest or a plain vest for one hour. "
        "Results: People walked further with the cooling vest than with the plain vest. "
        "Conclusions: Cooling vests may help people with MS walk further on hot days."
    )
    did = _did(text)
    assert any(
        line.startswith("The researchers looked at whether cooling vests improve walking")
        for line in did
    )


def test_a_review_count_said_as_a_review_of_n_trials():
    text = (
        "Background: Omega oils are sold for tiredness. Methods: A systematic review of 16 "
        "randomised controlled trials was undertaken. Results: Most trials found less tiredness "
        "with omega oils. Conclusion: Omega oils may ease tiredness."
    )
    source = parse(text)
    facts = study_facts(source_sentences(source), StudyDesign.REVIEW)
    assert any(f.text == "The review included 16 trials." for f in facts)


def test_a_ratio_written_with_colons_is_not_shown():
    assert not fit_for_readers("Four studies used oils in a 9: 3: 1 ratio of three fats.")
    assert fit_for_readers("Four studies gave oils in three different amounts.")


def _limit_names(text: str, design: StudyDesign = StudyDesign.REVIEW) -> list[str]:
    return [s.name for s in stated_limits(source_sentences(parse(text)), design)]


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("High risk of attrition bias was found in three trials.", True),
        ("Both trials had high dropout rates.", True),
        ("All trials were at low risk of attrition bias.", False),
        ("There was no attrition bias in the trials.", False),
    ],
)
def test_dropouts_are_a_limitation_only_where_the_paper_says_many_left(sentence, named):
    text = (
        "Objectives: To assess a diet for MS. Main results: We included five trials. "
        f"{sentence} The diet made no difference to relapses."
    )
    assert ("dropouts" in _limit_names(text)) is named


def test_a_dropout_limit_is_not_said_twice():
    lim = [line.text for line in _lines(REVIEW)["limitations"]]
    assert "The authors say many people dropped out of some of the studies." in lim
    said = REVIEW.replace(
        "Authors' conclusions:",
        "Authors' conclusions: The quality of the trials was limited because many people "
        "dropped out.",
    )
    lim = [line.text for line in _lines(said)["limitations"]]
    assert sum("dropped out" in line for line in lim) <= 1


def test_dropouts_in_a_counted_few_studies_are_said_of_some_of_them():
    text = (
        "Objectives: To assess a diet for MS.\nMain results: We included five trials. "
        "Three studies additionally had a high risk of attrition bias. The diet made no "
        "difference to relapses.\nAuthors' conclusions: The diet did not help."
    )
    limits = {
        s.name: s.text for s in stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW)
    }
    assert limits["dropouts"] == "The authors say many people dropped out of some of the studies."


def test_a_review_of_one_trial_speaks_of_one_study():
    text = (
        "Objectives: To assess a diet for MS.\nMain results: We included one trial with 80 "
        "participants. The trial had a high risk of attrition bias. The diet made no difference "
        "to relapses.\nAuthors' conclusions: The evidence is too thin to judge the diet."
    )
    names = {
        s.name: s.text for s in stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW, 1)
    }
    assert names["dropouts"] == "The authors say many people dropped out of the study."


GERMS = (
    "Spores let bacteria survive for years. Here we show that a sigma factor starts spore "
    "formation in Bacillus cells grown in the lab. Bacteria without the factor made no spores. "
    "The factor controls a chain of genes that is the same in many bacteria."
)
HUMAN_CELLS = (
    "We grew human nerve cells in the lab. Cells treated with the drug made more myelin "
    "proteins. The drug may one day help patients with MS."
)


def test_lab_work_on_germs_alone_says_no_people_took_part_not_that_it_may_not_apply():
    assert about_germs_alone([GERMS])
    assert not about_germs_alone([HUMAN_CELLS])
    assert not about_germs_alone(["Bacteria from patients with infections were grown."])


def test_the_germ_caveat_is_drafted_and_satisfies_the_gate():
    source = parse(GERMS)
    design = detect_design(source)
    if design.design != StudyDesign.LAB:
        pytest.skip(f"the design detector reads this text as {design.design}")
    lim = [line.text for line in compose(gather(source, design))[1]["limitations"]]
    assert lim[:2] == list(NO_PEOPLE)
    summary = PlainSummary(
        headline="A sigma factor starts spore formation in bacteria",
        what_the_study_did="This was a lab study of how bacteria make spores in a dish.",
        why_it_matters="If you have questions about your own care, talk with your doctor or "
        "care team.",
        limitations=" ".join(NO_PEOPLE),
    )
    assert not [f for f in check_caveats(summary, design) if "not_in_people" in f.message]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The evidence was of low to very low certainty.", "The evidence was weak to very weak."),
        (
            "All studies scored low on the methodological quality assessment.",
            "All studies scored low on the study quality check.",
        ),
        (
            "The drug may help essential hypertensive patients.",
            "The drug may help people with high blood pressure.",
        ),
        # "evidence to find out" is no phrase: "determine" stays there
        (
            "There was no evidence to determine whether it helps.",
            "There was no evidence to determine whether it helps.",
        ),
    ],
)
def test_glossary_swaps_that_keep_the_phrase_whole(text, plain):
    assert rewrite(text) == plain


def test_the_no_clear_differences_swap_needs_no_determiner_before_it():
    assert plain_words("Two trials reported non-significant results.") == (
        "Two trials reported no clear differences."
    )
    assert "non-significant" in plain_words("These non-significant results were pooled.")


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        (
            "Cooling vests versus fans Walking speed: One trial found faster walking with vests.",
            "One trial found faster walking with vests.",
        ),
        ("Cold baths versus warm baths One trial found less pain.", "One trial found less pain."),
        # a comparison with its own verb is the sentence itself
        (
            "Cooling vests versus fans improved walking in Spain.",
            "Cooling vests versus fans improved walking in Spain.",
        ),
    ],
)
def test_a_comparison_heading_joined_to_its_sentence_is_left_out(text, stripped):
    from plainsum.plain.simplify import strip_label

    assert strip_label(text) == stripped


def test_an_aim_over_the_grade_is_said_briefly_rather_than_dropped():
    from plainsum.drafters.fit_grade import fit_grade
    from plainsum.plain.lines import Line

    aim = (
        "The review authors wanted to check the effects of intrathecal baclofen pumps compared "
        "with oral baclofen in people with progressive MS."
    )
    sections = {
        "what_the_study_did": [
            Line("This was a review of earlier studies.", (0,), main=True),
            Line(aim, (1,), keep=True),
            Line("Intrathecal baclofen pumps reduced spasticity considerably.", (2,), main=True),
        ],
        "why_it_matters": [],
        "limitations": [],
    }
    fit_grade(sections, 4.0)
    did = [line.text for line in sections["what_the_study_did"]]
    assert (
        "The review authors looked at intrathecal baclofen pumps in people with progressive MS."
        in did
    )
    assert all(line.startswith(("This", "The", "Intrathecal")) for line in did)


def _sentences(text: str):
    return source_sentences(parse(text))


HEADLESS = (
    "Nine trials with 700 people met the entry rules. Cooling vests made no difference to "
    "walking speed. Stomach aches were rare in both groups. The evidence for the effect of "
    "cooling vests for heat-sensitive people with MS is weak. Larger trials are needed."
)


def test_a_paper_with_no_aim_says_what_was_studied_from_its_conclusion():
    from plainsum.plain.aim import studied_from

    built = studied_from(_sentences(HEADLESS), review=True)
    assert built is not None
    text, index = built
    assert text == ("The review authors looked at cooling vests for heat-sensitive people with MS.")
    assert "effect of cooling vests" in _sentences(HEADLESS)[index].text
    did = _did(HEADLESS)
    assert any(
        line.endswith("looked at cooling vests for heat-sensitive people with MS.") for line in did
    )


def test_what_was_studied_stops_before_a_clause_of_reason():
    # 'because only one trial ... was included' is why the evidence is weak, not what was studied
    from plainsum.plain.aim import studied_from

    text = (
        "Main results: One trial with 300 people met the entry rules. Relapses were fewer with "
        "the drug.\nAuthors' conclusions: We found weak evidence for the use of fingolide as a "
        "relapse treatment for MS because only one small trial was included."
    )
    built = studied_from(_sentences(text), review=True)
    assert built is not None
    assert built[0] == "The review authors looked at fingolide as a relapse treatment for MS."


@pytest.mark.parametrize(
    "sentence",
    [
        # other work, not this one
        "There has been recent evidence for the use of cooling vests in people with MS.",
        # a result, not a thing studied
        "The benefit of reduced relapses for people in whom the drug was started early was clear.",
        # the match runs into a clause
        "The effects of regular cooling in children remain uncertain due to the few trials.",
        "Using a fixed effect of cooling vests suggested a benefit for the vest group.",
        # a comparison, a time or a reason is no "for whom": what was studied is not said whole
        "The benefit of cooling vests for adults even right after the first week was unclear.",
        "We cannot judge the role of cooling vests in MS due to the lack of good trials.",
        # a clause after "whether", a topic that points back, a list cut short
        "It is unclear whether the use of cooling vests in people with MS helps walking.",
        "More trials are needed on the effects of these vests in people with MS.",
        "Trials of cooling vests in people with MS, stroke or spinal injury are needed.",
        # a count of some studies: a part of the review, not what it studied
        "Three studies looked at the effects of cooling vests for walking in MS.",
        "Two of the nine trials showed a clear effect of cooling vests for people with MS.",
        # no study did it: "looked at X" would claim evidence the review says it lacks
        "We found no trials assessing the role of cooling vests in children with MS.",
        "None of the included studies evaluated the effect of cooling vests in children with MS.",
        # a call for research on a thing no other sentence names: not what this one studied
        "More trials will be needed to resolve the role of spermicides in children with MS.",
        "There are no randomised controlled trials of cooling vests for children with MS yet.",
        # a result inside what was studied, or a tail that runs into a verb or a new clause
        "Daily use of cooling vests reduced the rate of falls in those trials where data were "
        "pooled.",
        "The use of cooling vests in people with MS seems to have no advantage over fans.",
        "We could rule out serious harm of cooling vests for these outcomes but we were unsure.",
        "The long-term safety of cooling vests in these patients remains to be defined.",
        # what the treatment was meant to reduce is not what was studied
        "There is weak evidence for training nurses to reduce the use of cooling vests in care "
        "homes.",
    ],
)
def test_what_was_studied_is_never_read_from_other_work_or_a_result(sentence):
    from plainsum.plain.aim import studied_from

    text = "Nine trials met the entry rules. Cooling made no difference to walking. " + sentence
    assert studied_from(_sentences(text), review=True) is None


def test_a_brief_aim_never_leaves_out_what_the_treatment_was_for():
    aim = (
        "The review authors wanted to check the effects of shock wave treatment on the healing "
        "of leg ulcers."
    )
    assert short_aim(aim, compact=True) is None


def test_a_harm_that_leans_on_a_result_comes_right_after_it():
    # "But ..." contrasts with the sentence before it in the paper: the harm is shown beside
    # that sentence, never alone beside another result (a second trial's harm beside the first's)
    text = REVIEW.replace(
        "Stomach upsets were more common with turmeric capsules than with dummy pills. ",
        "However, stomach upsets were more common with turmeric capsules than with dummy pills. ",
    )
    did = _did(text)
    harm = "But stomach upsets were more common with turmeric capsules than with dummy pills."
    assert harm in did
    before = "Turmeric capsules may make little or no difference to hand strength."
    assert did[did.index(harm) - 1] == before


def test_few_people_is_said_once_when_the_review_count_says_it():
    text = REVIEW.split("Main results:")[0] + (
        "Main results: We included two trials with 90 participants. The small sample size "
        "limited the trials. Turmeric capsules made no difference to tiredness.\n"
        "Authors' conclusions: Turmeric capsules did not help."
    )
    lim = [line.text for line in _lines(text)["limitations"]]
    assert "The review found only two trials, with 90 people in all." in lim
    assert "The authors say some of the results rest on few people." not in lim


@pytest.mark.parametrize(
    ("sentence", "review", "expected"),
    [
        (
            "The present study investigated whether cooling vests help walking in MS.",
            False,
            "The researchers looked at whether cooling vests help walking in MS.",
        ),
        (
            "This review aims to summarise trials of cooling vests in MS.",
            True,
            "The review authors wanted to summarise trials of cooling vests in MS.",
        ),
        # the aim named as the study's purpose
        (
            "The purpose of this study was to compare two cooling vests in people with MS.",
            False,
            "The researchers wanted to compare two cooling vests in people with MS.",
        ),
        (
            "Our main aim was to test a cooling vest for heat-related fatigue.",
            False,
            "The researchers wanted to test a cooling vest for heat-related fatigue.",
        ),
        # the scene, not this study's aim
        ("Cooling vests are often used by people with MS.", False, None),
        ("The purpose of cooling vests is to lower body heat.", False, None),
        ("The aim of treatment is to prevent relapses.", False, None),
        ("Previous studies investigated cooling vests in MS.", False, None),
    ],
)
def test_an_aim_stated_in_the_background_is_said_as_what_was_studied(sentence, review, expected):
    from plainsum.plain.aim import own_aim

    assert own_aim(sentence, review) == expected


@pytest.mark.parametrize(
    ("sentence", "run", "direction"),
    [
        ("Cooling vests made no difference to walking speed.", False, True),
        ("The primary outcome was walking speed at six weeks.", True, False),
        ("Two trials compared cooling vests with usual care.", True, False),
        ("Relapses were fewer with the drug than with dummy pills.", False, True),
    ],
)
def test_what_a_result_says(sentence, run, direction):
    from plainsum.plain.results import what_it_says

    says = what_it_says(sentence)
    assert (says.run, says.direction) == (run, direction)


@pytest.mark.parametrize(
    ("sentence", "procedural"),
    [
        # an outcome that holds a procedure word in passing is a result
        ("There was no clear difference in gestational age at birth between the groups.", False),
        ("A ventilation plan that included deep breaths reduced deaths in intensive care.", False),
        ("The review authors are uncertain whether surgery improves hand function.", False),
        # how the review was done, whatever way it points
        ("The review authors did not pool these data.", True),
        ("Two review authors independently extracted the data.", True),
        ("The review authors have chosen to include the data as results may be similar.", True),
        ("Weak evidence showed little or no difference in pain or in withdrawals.", True),
        # no procedure word at all
        ("Cooling vests reduced tiredness.", False),
    ],
)
def test_a_reviews_result_is_told_from_its_procedure(sentence, procedural):
    from plainsum.plain.results import procedural_result

    assert procedural_result(sentence) is procedural


@pytest.mark.parametrize(
    ("sentence", "which_way"),
    [
        ("Cooling vests made no clear difference to walking speed.", True),
        ("Relapses were fewer with the drug than with dummy pills.", True),
        ("The drug did not show differences in the share of people whose MS got worse.", True),
        # more people in one group had it: which group had more (the rituximab review's
        # infusion reactions were left out of its draft for want of this)
        ("More people in the drug group had chills or a headache after the infusion.", True),
        ("More patients taking the higher dose stopped treatment early because of nausea.", True),
        # a bare "did not", a similarity, bookkeeping: not which way an outcome went
        ("The trial did not report quality of life.", False),
        ("Side effects were similar in both groups.", False),
        ("The quality of the evidence was lower in older trials.", False),
        ("More than 300 people took part in the two trials.", False),
        ("More people were asked to take part than the trial needed.", False),
    ],
)
def test_a_result_that_says_which_way_an_outcome_went(sentence, which_way):
    from plainsum.plain.results import says_which_way

    assert says_which_way(sentence) is which_way


INFUSION = (
    "Objectives: To assess the benefits and harms of the antibody drug velumab for adults with "
    "relapsing multiple sclerosis (MS).\n"
    "Search methods: We searched trial registers and databases up to 3 March 2021.\n"
    "Main results: We included one trial of 120 adults with relapsing MS. The yearly relapse "
    "rate was lower with velumab at week 24 but not at week 48. More people in the velumab "
    "group had side effects within a day of the first infusion (75% versus 38%), such as "
    "chills, headache, nausea, fever, itching and throat irritation, and most of these were "
    "mild or moderate (90%). Infections of the nose and throat were about as common in both "
    "groups.\n"
    "Authors' conclusions: The evidence is too limited to support velumab for relapsing MS "
    "because only one small trial was found. Larger and longer trials are needed."
)


def test_a_long_result_on_which_group_had_more_harm_is_drafted():
    body = drafted(INFUSION).what_the_study_did
    assert "More people in the velumab group had side effects within a day" in body, body


PRIMARY_NULL = (
    "Objectives: To assess magnesium tablets for preventing early birth in pregnant women.\n"
    "Search methods: We searched trial registers up to 2 May 2024.\n"
    "Main results: We included one trial (involving 140 women with a short cervix). There was "
    "no clear difference between magnesium and dummy tablets in gestational age at birth (MD "
    "-0.20 weeks; 95% CI -0.62 to 0.22). Warm flushes were more common with magnesium than "
    "with dummy tablets (RR 3.81; 95% CI 2.22 to 6.53). Nausea was rare in both groups.\n"
    "Authors' conclusions: There is not enough evidence to judge magnesium tablets for "
    "preventing early birth."
)


def test_a_primary_null_result_is_kept_beside_a_side_effect():
    # "gestational age" names an outcome, not the ages of the people: the null result stays
    did = _did(PRIMARY_NULL)
    assert any(t.startswith("There was no clear difference between magnesium") for t in did)
    assert "The review included one trial with 140 women." in did


SHORT_HEADED = (
    "Objectives: To assess whether cooling vests slow the worsening of walking in people with "
    "progressive MS.\n"
    "Main results: We included two trials with 120 participants. Cooling vests compared with "
    "no vest did not change the share of people whose walking got worse over two years.\n"
    "Authors' conclusions: Cooling vests did not slow the worsening of walking in progressive "
    "MS, but the trials were small."
)


def test_the_body_says_which_way_the_main_result_went():
    summary = drafted(SHORT_HEADED)
    body = summary.what_the_study_did
    assert re.search(r"did not (?:change|slow)", body), body
    assert summary.headline.rstrip(".") not in body  # never the headline word for word


SIDE_RESULTS_ONLY = (
    "Background: Cramps after exercise are common.\n"
    "Methods: Twelve women cycled in the heat twice, once drinking salt water and once plain "
    "water, in random order.\n"
    "Results: Blood sodium fell after cycling with plain water only. Heart rate was the same in "
    "both conditions.\n"
    "Conclusions: These results suggest that salt water during exercise lowered the risk of "
    "calf cramps."
)


def test_the_authors_main_finding_joins_results_that_do_not_name_it():
    # the results shown are side measures: the conclusion says what the study found, in the
    # body or as the headline ("The results suggest ...": the study's own, no pointer)
    source = parse(SIDE_RESULTS_ONLY)
    head, sections = compose(gather(source, detect_design(source)))
    said = [head.text, *(line.text for line in sections["what_the_study_did"])]
    assert any("salt water during exercise lowered the risk of calf cramps" in t for t in said)


def test_a_call_for_research_on_what_the_results_are_about_says_what_was_studied():
    from plainsum.plain.aim import studied_from

    text = (
        "Nine trials met the entry rules. Cooling vests made no difference to walking. More "
        "trials will be needed to resolve the role of cooling vests for heat-sensitive people."
    )
    built = studied_from(_sentences(text), review=True)
    assert built is not None
    assert built[0] == "The review authors looked at cooling vests for heat-sensitive people."


def test_a_reviews_small_sample_is_said_of_some_results_not_of_all_its_studies():
    # the review has 640 people; the authors call one analysis's sample small
    text = REVIEW.split("Main results:")[0] + (
        "Main results: We included seven trials with 640 participants. Turmeric capsules "
        "probably reduce tiredness a little. We are uncertain whether they change sleep (48 "
        "participants). This is a very small sample.\n"
        "Authors' conclusions: Turmeric capsules may reduce tiredness a little."
    )
    lim = [line.text for line in _lines(text)["limitations"]]
    assert "The authors say some of the results rest on few people." in lim
    assert not any("the studies included few people" in t for t in lim)


def test_a_semicolon_before_a_clause_of_its_own_is_never_a_comma_splice():
    """ "...; 3 pregnancies ended in stillbirth" is a clause ("ended in" is its verb, not a
    participle): made a comma, it spliced two sentences."""
    text = "There were 120 live births and 21 miscarriages; 2 pregnancies ended in stillbirth."
    assert join_list_semicolons(text) == text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # "however" joins two clauses: "but"; dropped, "... with the second more people
        # reported ..." ran two clauses together
        (
            "There were fewer rashes with the first cream than with the second, however, more "
            "people reported itching with the first cream.",
            "There were fewer rashes with the first cream than with the second. But more people "
            "reported itching with the first cream.",
        ),
        # an aside after a linking verb: dropped, never "were, but more common"
        (
            "Side effects were, however, more common in women.",
            "Side effects were more common in women.",
        ),
    ],
)
def test_however_between_clauses_is_but_and_an_aside_goes(text, said):
    assert " ".join(p.text for p in plain_sentences(text, review=True)) == said
