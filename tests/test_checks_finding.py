"""The body says what the study found (texts written for these tests)."""

import asyncio

import pytest

from plainsum.checks import run_gate
from plainsum.checks.finding import check_finding
from plainsum.design import detect_design
from plainsum.drafters import DraftRequest
from plainsum.drafters.offline import OfflineDrafter
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary
from plainsum.settings import Settings

REVIEW = parse(
    """Cooling vests for heat sensitivity in multiple sclerosis: a systematic review

Objectives: To find out whether cooling vests reduce fatigue in people with multiple sclerosis
who are sensitive to heat.

Search methods: We searched four databases up to 3 May 2022.

Main results: We included five trials with 212 participants. Cooling vests reduced fatigue
compared with sham vests. Walking speed did not differ between the groups. The evidence was of
low certainty because the trials were small.

Authors' conclusions: Cooling vests may reduce fatigue in heat-sensitive people with multiple
sclerosis."""
)

PROCEDURE_ONLY = (
    "This was a review of earlier studies. The review authors searched for studies up to May "
    "2022. The review included five trials. The authors wanted to find out whether cooling "
    "vests ease tiredness in people with MS."
)
RESULT = "Cooling vests reduced fatigue compared with sham vests."
CARE = "If you have questions about your own care, talk with your doctor or care team."
LIMITS = "A review can only be as good as the studies it includes. The trials were small."


# A headline that names the topic and states nothing: the body must carry the result.
TOPIC = "A review of cooling vests for people with MS who feel the heat"
FINDING_HEADLINE = "Cooling vests may ease tiredness in people with MS who feel the heat"


def _summary(
    did: str, why: str = CARE, *, headline: str = TOPIC, limits: str = LIMITS
) -> PlainSummary:
    return PlainSummary(
        headline=headline,
        what_the_study_did=did,
        why_it_matters=why,
        limitations=limits,
    )


def _check(summary: PlainSummary):
    return check_finding(REVIEW, link_summary(REVIEW, summary, detect_design(REVIEW)))


def test_a_body_of_design_search_aim_and_count_is_an_error():
    found = _check(_summary(PROCEDURE_ONLY))
    assert len(found) == 1 and found[0].severity.value == "error", found
    assert found[0].section == "what_the_study_did" and "never says what" in found[0].message


@pytest.mark.parametrize(
    "result",
    [
        RESULT,
        "Walking speed did not differ between the groups.",
        # in other words, not a copy of a results sentence
        "People who wore the vests felt less tired.",
        # a caveat that states the finding is still the finding
        "There is low-certainty evidence that cooling vests reduce fatigue.",
        # a result verb before a word that describes the measure ('checked', 'measured')
        "Memory training showed helpful effects on objectively checked memory.",
        "The vests showed small benefits in carefully measured walking speed.",
    ],
)
def test_one_result_in_what_the_study_did_passes(result):
    found = _check(_summary(f"{PROCEDURE_ONLY} {result}"))
    assert [f for f in found if f.severity.value == "error"] == []
    # a side result (walking speed, memory) is a result, but not the main one (fatigue)
    assert all("main conclusion rests on" in f.message for f in found), found


def test_results_only_under_why_it_matters_are_an_error():
    found = _check(_summary(PROCEDURE_ONLY, f"{RESULT} {CARE}"))
    assert len(found) == 1 and found[0].severity.value == "error", found
    assert "why it matters" in found[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        "The trials compared cooling vests with sham vests.",
        "Five trials with 212 people took part.",
        "The aim was to see whether cooling vests help.",
        # 'found' counting what the search turned up is still a procedure
        "The review found five trials that examined cooling vests.",
        "The aim was to see whether the vests showed effects on measured fatigue.",
    ],
)
def test_what_was_done_is_not_a_result(sentence):
    found = _check(_summary(f"{PROCEDURE_ONLY} {sentence}"))
    assert found and found[0].severity.value == "error", found


@pytest.mark.parametrize(
    "sentence",
    [
        "Only two small trials of cooling vests have been done.",
        "Information on side effects was very limited.",
        "There were only three trials.",
    ],
)
def test_how_much_evidence_there_is_is_not_a_result(sentence):
    found = _check(_summary(f"{PROCEDURE_ONLY} {sentence}"))
    assert found and found[0].severity.value == "error", found


@pytest.mark.parametrize(
    "where,summary",
    [
        ("the headline", _summary(PROCEDURE_ONLY, headline=FINDING_HEADLINE)),
        (
            "why it matters",
            _summary(
                PROCEDURE_ONLY,
                f"This means the effect of cooling vests on tiredness is not yet clear. {CARE}",
            ),
        ),
        (
            "the limitations",
            _summary(
                PROCEDURE_ONLY,
                limits="Walking speed was similar in both groups, but the trials were small.",
            ),
        ),
    ],
)
def test_a_result_stated_only_in_another_section_is_an_error_that_says_where(where, summary):
    """A body with no result is not publishable (independent readings H2 and I2: a body of
    design, search and counts with the result in the headline or the limitations needed heavy
    edits); the message says where the result is, so a repair can move it."""
    (found,) = _check(summary)
    assert found.severity.value == "error" and found.section == "what_the_study_did"
    assert where in found.message, found.message


@pytest.mark.parametrize(
    "limits",
    [
        # caveats and the paper's own limitations are no finding
        "A review can only be as good as the studies it includes. The trials were small.",
        "The evidence was of low certainty because the trials were small.",
        "The authors say the trials differed from each other.",
    ],
)
def test_caveats_in_the_limitations_are_not_a_finding(limits):
    found = _check(_summary(PROCEDURE_ONLY, limits=limits))
    assert [f.severity.value for f in found] == ["error"], found


def test_an_evidence_statement_beside_a_procedure_word_is_a_result():
    did = (
        "This was a review of earlier studies. The review included five trials. The review "
        "authors found low-certainty evidence for cooling vests because only small trials were "
        "included."
    )
    assert _check(_summary(did)) == []


@pytest.mark.parametrize(
    "result",
    [
        # a hedged effect beside the measure it was measured on states the main result
        "Cooling vests may slightly reduce fatigue measured on a fatigue scale at six weeks.",
        "Cooling vests probably reduce fatigue measured with a questionnaire.",
    ],
)
def test_a_hedged_effect_beside_its_measure_is_the_main_result(result):
    assert _check(_summary(f"{PROCEDURE_ONLY} {result}")) == []


def test_a_hedged_effect_asked_about_is_still_no_result():
    asked = "The review authors wanted to see whether vests may reduce fatigue measured in trials."
    found = _check(_summary(f"{PROCEDURE_ONLY} {asked}"))
    assert found and found[0].severity.value == "error", found


def test_a_review_that_found_no_trials_states_that_as_its_finding():
    empty = parse(
        """Cooling vests in multiple sclerosis: a systematic review

Objectives: To find out whether cooling vests reduce fatigue in multiple sclerosis.

Main results: We found no randomised trials of cooling vests.

Authors' conclusions: There is no evidence from trials about cooling vests in multiple
sclerosis."""
    )
    summary = _summary(
        "This was a review of earlier studies. The review authors searched for trials of "
        "cooling vests. They found no randomised trials of cooling vests for people with MS."
    )
    assert check_finding(empty, link_summary(empty, summary, detect_design(empty))) == []


def test_the_gate_runs_it():
    result = run_gate(REVIEW, _summary(PROCEDURE_ONLY), detect_design(REVIEW))
    assert "finding" in result.checks_run
    assert any(f.check == "finding" and f.severity.value == "error" for f in result.findings)


# A review whose main conclusion is a null: a summary of its side gains alone misleads.
NULL_REVIEW = parse(
    """Fish oil for relapses in multiple sclerosis: a systematic review

Objectives: To find out whether fish oil reduces relapses in people with multiple sclerosis.

Search methods: We searched four databases up to 3 May 2022.

Main results: We included six trials with 480 participants. Relapses did not differ between
fish oil and placebo. People taking fish oil reported better mood.

Authors' conclusions: Fish oil has no clear effect on relapses in multiple sclerosis. It may
lift mood a little."""
)
NULL_HEADLINE = "Fish oil did not cut MS relapses, a review of six trials found"


def _null_warnings(did: str, headline: str = NULL_HEADLINE) -> list:
    summary = _summary(did, headline=headline)
    design = detect_design(NULL_REVIEW)
    found = check_finding(NULL_REVIEW, link_summary(NULL_REVIEW, summary, design))
    return [f for f in found if "no clear difference" in f.message]


def test_a_null_main_conclusion_left_out_is_a_warning():
    side_only = "The review found six trials with 480 people. People taking fish oil felt happier."
    (warning,) = _null_warnings(side_only, headline="Fish oil lifted mood in people with MS")
    assert warning.severity.value == "warning" and warning.section == "what_the_study_did"
    assert "Fish oil has no clear effect on relapses" in warning.message


@pytest.mark.parametrize(
    "did",
    [
        "Relapses were the same with fish oil and with a dummy pill.",
        "Fish oil made no difference to relapses, though people felt happier.",
        "It is still unclear whether fish oil helps with relapses.",
    ],
)
def test_a_null_said_in_any_words_is_not_left_out(did):
    assert _null_warnings(did, headline="Fish oil and MS relapses: a review of six trials") == []


def test_a_null_in_the_headline_counts():
    assert _null_warnings("People taking fish oil felt happier.") == []


def test_a_note_about_the_summary_is_no_finding_and_needs_no_evidence():
    note = "Most of its details are too technical to put into plain words here."
    summary = _summary(PROCEDURE_ONLY + " " + note)
    result = run_gate(REVIEW, summary, detect_design(REVIEW))
    assert not [f for f in result.findings if f.check == "support" and f.span == note]
    assert any(f.check == "finding" and f.severity.value == "error" for f in result.findings)


PROTOCOL = parse(
    "Purpose: We describe the protocol of a randomised trial of a home walking programme for "
    "adults with multiple sclerosis. Methods: The trial will enrol 120 adults at four centres. "
    "Participants will be randomly assigned to the programme or to usual care for six months. "
    "The primary outcome will be walking speed. Results are expected in 2028."
)


def test_a_planned_study_is_not_asked_for_a_result_it_cannot_have():
    did = (
        "This paper describes a planned study, so it has no results yet. The trial will enrol "
        "120 adults at four centres. People will be put by chance into the programme or usual "
        "care for six months. The main outcome will be walking speed."
    )
    summary = _summary(did, headline="A planned study has no results yet")
    links = link_summary(PROTOCOL, summary, detect_design(PROTOCOL))
    assert check_finding(PROTOCOL, links, planned=True) == []
    # the same body for a study with results says nothing it found
    assert any("never says what" in f.message for f in check_finding(PROTOCOL, links))


def test_the_offline_draft_of_a_protocol_states_no_finding_and_passes_the_finding_check():
    design = detect_design(PROTOCOL)
    assert design.design.value == "protocol"
    request = DraftRequest(source=PROTOCOL, design=design, settings=Settings())
    summary = asyncio.run(OfflineDrafter(Settings()).draft(request)).summary
    assert "found" not in summary.headline and "reports" not in summary.headline
    gate = run_gate(PROTOCOL, summary, design)
    assert not [f for f in gate.findings if f.check == "finding"], gate.findings
