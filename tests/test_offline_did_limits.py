"""What the study did and the limitations of an offline draft (issue 9): the aim as a whole
sentence, the main result first and never setup or bookkeeping, the size of a review's evidence
said when it is small, and a hard word never costing the main result. Texts written for the
tests."""

from __future__ import annotations

import asyncio

import pytest
from offline_repairs import first_draft

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.aim import short_aim
from plainsum.plain.compose import compose, gather
from plainsum.plain.evidence_size import evidence_size
from plainsum.plain.facts import Fact, study_facts
from plainsum.plain.pick import unlean
from plainsum.plain.simplify import measured
from plainsum.plain.source import source_sentences
from plainsum.schemas import Finding, Severity, StudyDesign


def _sections(text: str) -> dict[str, list[str]]:
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)))
    return {k: [line.text for line in lines] for k, lines in sections.items()}


def _review_facts(results: str) -> list[str]:
    text = (
        "Objectives: To assess the effects of cooling vests for people with MS.\n"
        "Search methods: We searched trial registers up to 3 May 2024.\n"
        f"Main results: {results}\n"
        "Authors' conclusions: Cooling vests may help people with MS on hot days."
    )
    sentences = source_sentences(parse(text))
    return [f.text for f in study_facts(sentences, StudyDesign.REVIEW) if "included" in f.text]


@pytest.mark.parametrize(
    ("results", "fact"),
    [
        # the people counted in brackets after the trials, "Control" among the trial words
        (
            "Of 640 records screened, only two randomised control trials (84 patients) were "
            "included. Cooling reduced tiredness.",
            "The review included two trials with 84 patients.",
        ),
        # a results section that opens with its count
        (
            "Four studies involving 512 people compared vests with no vest. Vests reduced "
            "tiredness.",
            "The review included four studies with 512 people.",
        ),
        # one trial: singular
        (
            "One trial involving 60 adult RRMS patients was included. Vests reduced tiredness.",
            "The review included one trial with 60 patients.",
        ),
        # the people belong to part of the trials: never said of all of them
        (
            "In total, 20 trials were included, but only 9 (1,200 women) had usable data. "
            "Vests reduced tiredness.",
            "The review included 20 trials.",
        ),
        # "we included one trial", the people in brackets with who they were
        (
            "We included one trial (involving 48 women with relapsing MS). Two more studies are "
            "awaiting assessment. Vests reduced tiredness.",
            "The review included one trial with 48 women.",
        ),
        (
            "We included one trial (13 participants) and identified two ongoing trials. Vests "
            "reduced tiredness.",
            "The review included one trial with 13 people.",
        ),
        # two study arms are no count of studies
        (
            "We included two study arms of a registry. Vests reduced tiredness.",
            None,
        ),
    ],
)
def test_a_reviews_count_of_trials_and_people_is_read_as_the_paper_gives_it(results, fact):
    assert _review_facts(results) == ([fact] if fact else [])


def test_a_later_count_of_some_studies_is_not_the_reviews_count():
    results = (
        "Vests reduced tiredness in most trials. Two studies involving 300 people compared "
        "two kinds of vest."
    )
    assert _review_facts(results) == []


@pytest.mark.parametrize(
    ("fact", "said"),
    [
        (
            Fact("x", 3, "two", "trials", "84 patients"),
            "The review found only two trials, with 84 patients in all.",
        ),
        (Fact("x", 3, "one", "trial"), "The review found only one trial."),
        (Fact("x", 3, "12", "trials", "150 people"), "The 12 trials had only 150 people in all."),
        (
            Fact("x", 3, "twelve", "trials", "150 people"),
            "The twelve trials had only 150 people in all.",
        ),
        (Fact("x", 3, "12", "trials", "900 people"), None),  # not small: nothing said
        (Fact("x", 3, "12", "trials"), None),
        (Fact("The review authors searched for studies up to May 2024.", 2), None),
    ],
)
def test_how_little_evidence_a_review_found_comes_from_its_own_count(fact, said):
    size = evidence_size([fact])
    assert (size.text if size else None) == said
    if size:
        assert size.source == 3  # linked to the sentence the count came from


SMALL_REVIEW = (
    "Background: Heat makes MS symptoms worse for many people.\n"
    "Objectives: Identify and summarise the evidence on cooling vests for people with MS.\n"
    "Search methods: We searched trial registers up to 3 May 2024.\n"
    "Main results: Of 640 records screened, only two randomised trials (84 patients) were "
    "included. For the purposes of this review, hot days were defined as days above 30 degrees. "
    "Walking data were reported in 2 trials. "
    "People who wore a vest had fewer bad days in the heat than people who did not. "
    "Vests made no difference to walking speed.\n"
    "Authors' conclusions: Cooling vests may reduce bad days in the heat for people with MS. "
    "Larger trials are needed."
)


def test_a_small_review_says_how_small_it_is_in_its_limitations_linked_to_the_count():
    source = parse(SMALL_REVIEW)
    _, sections = compose(gather(source, detect_design(source)))
    lim = sections["limitations"]
    size = next(line for line in lim if line.text.startswith("The review found only"))
    assert size.text == "The review found only two trials, with 84 patients in all."
    sentences = {s.index: s.text for s in source_sentences(source)}
    assert "(84 patients)" in sentences[size.sources[0]]
    assert not any("few or small" in line.text for line in lim)  # said once, by the count


def test_an_objective_written_as_an_instruction_becomes_the_aim():
    did = _sections(SMALL_REVIEW)["what_the_study_did"]
    assert (
        "The review authors wanted to find and summarise the evidence on cooling vests for "
        "people with MS." in did  # "identify" in the glossary's plain word
    )


def test_setup_and_bookkeeping_are_not_what_the_study_did():
    did = " ".join(_sections(SMALL_REVIEW)["what_the_study_did"])
    assert "were defined as" not in did
    assert "Walking data were reported" not in did
    assert "fewer bad days in the heat" in did  # the main result is there


@pytest.mark.parametrize(
    ("aim", "short"),
    [
        (
            "The review authors wanted to assess the effectiveness and safety of coolvest as "
            "monotherapy or add-on therapy versus placebo or other approved devices for "
            "modifying symptoms in people with MS.",
            "The review authors wanted to assess the effectiveness and safety of coolvest for "
            "modifying symptoms in people with MS.",
        ),
        (
            "The researchers wanted to assess the effects of cooling by any route versus "
            "placebo for heat intolerance in children.",
            "The researchers wanted to assess the effects of cooling for heat intolerance in "
            "children.",
        ),
        (
            "The researchers wanted to assess the effects of cooling, measured with diaries, "
            "of people with MS.",
            "The researchers wanted to assess the effects of cooling.",
        ),
        ("The researchers wanted to answer the following two questions.", None),
    ],
)
def test_a_long_aim_is_drafted_as_its_head_and_for_whom(aim, short):
    assert short_aim(aim) == short


MAIN_RESULT = (
    "Objectives: To assess cooling vests for tiredness in people with MS.\n"
    "Search methods: We searched trial registers up to 3 May 2024.\n"
    "Main results: We included six trials with 310 participants. "
    "Vests were more comfortable than wraps in two trials. "
    "Cooling vests reduced tiredness over the summer compared with no vest.\n"
    "Authors' conclusions: Cooling vests may reduce tiredness in people with MS."
)


def test_the_result_the_conclusion_is_about_leads_the_results():
    source = parse(MAIN_RESULT)
    _, sections = compose(gather(source, detect_design(source)))
    results = [line for line in sections["what_the_study_did"] if line.main and line.sources]
    lead = next(line for line in sections["what_the_study_did"] if line.lead)
    assert lead.text.startswith("Cooling vests reduced tiredness")
    assert results


DESCRIBED_ONLY = (
    "Objectives: To assess cooling vests for tiredness in people with MS.\n"
    "Search methods: We searched trial registers up to 3 May 2024.\n"
    "Main results: We included six trials with 310 participants. "
    "Two studies checked the comfort of cooling vests over one summer.\n"
    "Authors' conclusions: Further trials of cooling are needed. "
    "Cooling vests reduced tiredness in people with MS in these trials."
)


def test_results_that_only_describe_the_studies_leave_the_main_finding_to_the_conclusion():
    did = _sections(DESCRIBED_ONLY)["what_the_study_did"]
    text = " ".join(did)
    assert "are needed" not in text  # a call for research is never the finding
    assert "reduced tiredness" in text or "reduced tiredness" in " ".join(
        _sections(DESCRIBED_ONLY)["why_it_matters"]
    )


HARD_MAIN = (
    "Objectives: To assess the effects of cryotherapy vests for tiredness in people with MS.\n"
    "Search methods: We searched trial registers up to 3 May 2024.\n"
    "Main results: We included six trials with 310 participants. "
    "Cryotherapy vests with thermoelectric panels reduced tiredness over the summer. "
    "The vests were worn for two hours a day.\n"
    "Authors' conclusions: Cooling vests may reduce tiredness in people with MS, but the "
    "evidence is of low certainty."
)


def test_a_hard_word_never_drops_the_main_result_from_what_the_study_did():
    drafter, request, first = first_draft(HARD_MAIN)
    lead = "Cryotherapy vests with thermoelectric panels reduced tiredness over the summer."
    assert lead in first.summary.what_the_study_did
    jargon = Finding(
        check="jargon",
        severity=Severity.ERROR,
        section="what_the_study_did",
        span="thermoelectric",
        message="'thermoelectric' is a technical term.",
    )
    repaired = asyncio.run(drafter.repair(request, first, [jargon]))
    assert lead in repaired.summary.what_the_study_did  # kept whole; the gate names the word
    broken = Finding(
        check="fluency",
        severity=Severity.ERROR,
        section="what_the_study_did",
        span=lead,
        message="broken",
    )
    repaired = asyncio.run(drafter.repair(request, first, [broken]))
    assert lead not in repaired.summary.what_the_study_did  # a broken sentence still goes


def test_trials_found_are_not_said_to_be_included_when_fewer_were():
    results = (
        "Seven trials involving a total of 700 participants were found and six were included "
        "in the analyses. Vests reduced tiredness."
    )
    assert not any(f.startswith("The review included seven") for f in _review_facts(results))


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Two of these studies found no change.", True),
        ("All of them reported less pain.", True),
        ("Two studies found no change.", False),
        # the study's own results and an "it" that points at nothing lean on no sentence
        ("These results suggest that cooling eased tiredness.", False),
        # ... and so do the same results said the other way (a registry's safety conclusion)
        ("These data do not suggest a higher risk of birth defects after the drug.", False),
        ("These findings did not show that cooling eased tiredness.", False),
        ("These data do not fit the first group.", True),
        ("It was concluded that cooling eased tiredness.", False),
        ("These findings were weaker in older people.", True),
        ("It eased tiredness.", True),
    ],
)
def test_a_count_of_these_leans_on_the_sentence_before(text, leans):
    from plainsum.plain.pick import LEANS_BACK

    assert bool(LEANS_BACK.match(text)) is leans


CALL_IN_RESULTS = (
    "Objectives: To assess cooling vests for tiredness in people with MS.\n"
    "Search methods: We searched trial registers up to 3 May 2024.\n"
    "Main results: We included six trials with 310 participants. "
    "The trials were categorised as short or long by how long the vests were worn. "
    "Based on four trials, the review authors found a clear effect on tiredness in favour of "
    "vests. Larger studies are needed to find out whether vests could bring benefits in winter.\n"
    "Authors' conclusions: Cooling vests may reduce tiredness in people with MS."
)


def test_a_positive_effect_is_a_result_and_a_call_for_research_or_a_grouping_is_not():
    did = " ".join(_sections(CALL_IN_RESULTS)["what_the_study_did"])
    assert "clear effect on tiredness" in did
    assert "are needed" not in did
    assert "were categorised as" not in did


ABBREVIATED = (
    "Objectives: To assess cooling vests for tiredness in people with MS.\n"
    "Search methods: We searched trial registers up to 3 May 2024.\n"
    "Main results: We included six trials with 310 participants. "
    "Cooling vests reduced tiredness over the summer compared with no vest. "
    "Vests also lowered the CBT score in two trials.\n"
    "Authors' conclusions: Cooling vests may reduce tiredness in people with MS."
)


def test_an_unexplained_abbreviation_drops_its_sentence_but_not_the_only_main_result():
    drafter, request, first = first_draft(ABBREVIATED)
    side = "Vests also lowered the CBT score in two trials."
    assert side in first.summary.what_the_study_did
    shape = Finding(
        check="shape",
        severity=Severity.ERROR,
        section="what_the_study_did",
        span="CBT",
        message="The abbreviation CBT is not explained.",
    )
    repaired = asyncio.run(drafter.repair(request, first, [shape]))
    assert side not in repaired.summary.what_the_study_did
    assert "Cooling vests reduced tiredness" in repaired.summary.what_the_study_did


REPEATED = (
    "Objectives: To assess cooling vests for tiredness in people with MS.\n"
    "Search methods: We searched trial registers up to 3 May 2024.\n"
    "Main results: We included six trials with 310 participants. "
    "Overall, vests were better than wraps, but the extra benefit was small. "
    "Vests were better than wraps, but the extra benefit was small. "
    "Vests led to fewer bad days than no vest.\n"
    "Authors' conclusions: Cooling vests may reduce tiredness in people with MS."
)


def test_a_result_the_abstract_says_twice_is_said_once():
    did = _sections(REPEATED)["what_the_study_did"]
    assert sum("better than wraps" in line for line in did) == 1


def test_grades_given_in_words_of_their_own_make_a_certainty_limit_partial():
    text = (
        "Objectives: To assess cooling vests for people with MS.\n"
        "Main results: Vests reduced tiredness (low-quality evidence). Quality of evidence for "
        "tiredness was low, while for walking it was moderate. All trials were open-label.\n"
        "Authors' conclusions: Vests may help."
    )
    limits = {x.name: x.text for x in stated_limits_of(text)}
    assert limits["certainty"] == "The authors rated some of the evidence as low certainty."
    low = text.replace("it was moderate", "it was very low")  # every grade low or very low
    said = {x.name: x.text for x in stated_limits_of(low)}["certainty"]
    assert said == "The authors rated the evidence as low or very low certainty."
    assert limits["open"] == (
        "The authors say people in all of the studies knew which treatment they had."
    )


def stated_limits_of(text: str):
    from plainsum.plain.limits import stated_limits

    return stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW)


@pytest.mark.parametrize(
    ("text", "describes"),
    [
        ("More than half of the studies checked cooling vests.", True),
        ("Two studies checked the comfort of vests.", True),
        ("Two studies checked vests and found less tiredness.", False),
    ],
)
def test_what_studies_looked_at_is_not_a_result(text, describes):
    from plainsum.plain.results import says_a_finding

    assert says_a_finding(text) is not describes


def test_a_sentence_drafted_alone_does_not_open_on_a_contrast_with_nothing():
    # The thin-section fallback takes a paper sentence on its own: its "But" went with it
    # (an independent reading quoted a what-the-study-did that opened "But the results ...").
    # (The paper's only other sentence sets the scene, so the section has nothing else.)
    text = (
        "Many gut bacteria form spores that let them live for years outside the body. But the "
        "results suggest that the same two switches control how the bacterium forms spores in "
        "every strain we grew."
    )
    _, _, first = first_draft(text)
    did = first.summary.what_the_study_did
    assert "the same two switches" in did
    assert not did.startswith("But ") and ". But " not in did


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("But the pain scores fell in both groups.", "The pain scores fell in both groups."),
        (
            "Even the dose given had no effect on relapses.",
            "The dose given had no effect on relapses.",
        ),
        (
            "Even so, the pain scores fell in both groups.",
            "Even so, the pain scores fell in both groups.",
        ),
        (
            "Even if the dose was doubled, relapses did not fall.",
            "Even if the dose was doubled, relapses did not fall.",
        ),
        (
            "Eventually the pain scores fell in both groups.",
            "Eventually the pain scores fell in both groups.",
        ),
    ],
)
def test_a_sentence_shown_without_the_one_before_loses_only_a_leaning_opener(sentence, alone):
    assert unlean(measured(sentence, (0,))).text == alone


def test_an_open_label_extension_after_blinded_trials_is_no_limit_of_them():
    """ "An open-label extension" is a phase after the double-blind trials: people there knew
    their treatment, but the trials the review pooled were blinded (no limit the authors
    state)."""
    text = (
        "Objectives: To pool double-blind trials of a new tablet for tremor.\n"
        "Main results: Three double-blind trials showed less tremor with the tablet. In an "
        "open-label extension study, the benefit lasted a year.\n"
        "Authors' conclusions: The tablet reduces tremor."
    )
    assert "open" not in {x.name for x in stated_limits_of(text)}
    said = text.replace("In an open-label extension study", "In two open-label trials")
    assert "open" in {x.name for x in stated_limits_of(said)}
