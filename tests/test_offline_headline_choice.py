"""Which sentence heads an offline draft: the main finding, never a review's statement of what
it covers, an abbreviation the paper never defines when a sentence without one says the
finding, or a mere statement of how much evidence there is. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.template import review_topic
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _numbered(*texts: str):
    return [measured(t, (i,)) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    "sentence",
    [
        "This review article examines the causes of gout and how it is treated",
        "The present review analyzes markers in blood and spinal fluid",
        "This narrative review discusses the place of diet in the care of gout",
        "Here we review what is known about sleep after a stroke",
        "This review of salt balance is designed as a resource for nurses",
        # how the trials were run or put together
        "Treatment allocation was well hidden in two trials and unclear in the rest",
        "Because the trials were so different, the review authors did not pool the data",
        "The comparison treatment differed between the trials",
        "Since the last version of this review, the authors have found two new trials",
        # a side point
        "There is not enough evidence about safety for the baby",
        "No clear difference was seen in the number of people leaving the study early",
        # who was left out or lost
        "Women with a history of low mood were excluded from the trial",
        "Five women in the fish oil group were lost to follow-up",
        # what the studies did not report
        "No relative measures or P values at a set time point were reported",
        "No data on quality of life were reported",
    ],
)
def test_what_a_review_sets_out_to_cover_is_procedure(sentence: str) -> None:
    assert is_procedural(sentence)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            "This review article examines the causes and costs of gout, with special emphasis "
            "on new drugs.",
            "the causes and costs of gout",
        ),
        (
            "The present review analyzes markers in blood and spinal fluid.",
            "markers in blood and spinal fluid",
        ),
        (
            "We provide an up-to-date review of the control of salt in the body as a preface to "
            "its disorders.",
            "the control of salt in the body",
        ),
    ],
)
def test_what_a_review_covers_is_read_from_its_own_statement(sentence: str, topic: str) -> None:
    assert review_topic(sentence) == topic


@pytest.mark.parametrize(
    "sentence",
    [
        "This review examines these findings.",  # points back: no topic of its own
        "Gout is common in older men.",  # not a review's statement at all
        "This review examines it.",
    ],
)
def test_no_review_topic_where_the_sentence_names_none(sentence: str) -> None:
    assert review_topic(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Yoga eased back pain without harm",
        "Daily walks are safe and lower blood pressure",
        # "No difference ... was reported" is a finding, not what went unreported
        "No differences in sleep test outcomes were reported",
    ],
)
def test_a_finding_with_a_safety_aside_is_not_procedure(sentence: str) -> None:
    assert not is_procedural(sentence)


def test_a_narrative_review_is_headed_by_its_topic_not_its_procedure() -> None:
    conclusions = _numbered(
        "This review article examines the causes and costs of gout, with special emphasis on "
        "new drugs."
    )
    head = choose_headline(conclusions, [], StudyDesign.NARRATIVE_REVIEW)
    assert head.text == "A review looked at the causes and costs of gout"
    assert head.from_template and head.sources == (0,)


def test_a_finding_without_an_undefined_abbreviation_wins() -> None:
    conclusions = _numbered(
        "Use of a PTC did not change how long adults stayed in intensive care.",
        "Adults who had the tube did not spend more days in hospital than the others.",
    )
    head = choose_headline(conclusions, [], StudyDesign.REVIEW)
    assert "PTC" not in head.text
    assert head.origin == conclusions[1].text


def test_an_undefined_abbreviation_stays_when_no_sentence_says_the_finding_without_it() -> None:
    conclusions = _numbered("Use of a PTC did not change how long adults stayed in intensive care.")
    head = choose_headline(conclusions, [], StudyDesign.REVIEW)
    assert head.origin == conclusions[0].text  # never an expansion guessed, never a hollow template


def test_how_much_evidence_there_is_gives_way_to_what_it_shows() -> None:
    conclusions = _numbered(
        "Limited data on the effect of cooling vests on tiredness in MS exist.",
        "Only two small trials have been done.",
        "Cooling vests did not lower tiredness in the trials that were done.",
    )
    head = choose_headline(conclusions, [], StudyDesign.REVIEW)
    assert head.text == "Cooling vests did not lower tiredness in the trials that were done"


def test_how_much_evidence_there_is_heads_when_nothing_says_more() -> None:
    conclusions = _numbered("Limited data on the effect of cooling vests on tiredness in MS exist.")
    head = choose_headline(conclusions, [], StudyDesign.REVIEW)
    assert head.origin == conclusions[0].text


def test_the_reviews_verdict_said_among_its_results_heads_over_a_side_result() -> None:
    # no conclusion of the authors' states a finding (only a call for trials): their verdict,
    # said last among the results, heads over a result on one secondary measure
    results = _numbered(
        "Fewer people wearing cooling vests felt overheated on the fourth day of the study.",
        "The review authors found little evidence to support or refute cooling vests in MS.",
    )
    conclusions = [measured("Larger trials of cooling vests in MS are needed.", (2,))]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.origin == results[1].text


def test_a_headline_never_leans_on_what_it_does_not_say() -> None:
    conclusions = _numbered(
        "There is no evidence to recommend any other vitamin for preventing low mood.",
        "Fish oil did not prevent low mood after birth.",
    )
    head = choose_headline(conclusions, [], StudyDesign.REVIEW)
    assert head.text == "Fish oil did not prevent low mood after birth"


@pytest.mark.parametrize(
    ("result", "conclusion_heads"),
    [
        # how the trials were run or what they reported: the authors' conclusion heads
        ("Most trials had a high risk of selective reporting.", True),
        ("All of the studies were at high risk of bias.", True),
        ("No trials provided data for relapses or walking speed.", True),
        ("None of the studies reported any data on sleep.", True),
        # a finding of the trials, or of most of them, is still a finding
        ("Most trials found less tiredness with the cooling vests.", False),
        ("No trials found more falls with the cooling vests.", False),
    ],
)
def test_how_the_trials_were_run_never_heads_over_the_conclusion(
    result: str, conclusion_heads: bool
) -> None:
    # the conclusion names an abbreviation the paper never defines: it costs it a little
    conclusions = _numbered("Compared with usual care, CVT may lower tiredness in people with MS.")
    results = [measured(result, (1,))]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert (head.origin == conclusions[0].text) is conclusion_heads
