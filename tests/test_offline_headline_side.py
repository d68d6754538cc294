"""The headline is never a description of the sample, what the trials reported, the control
group alone, a comma splice or a sentence leaning on a link word; a result that judges the
evidence as a whole comes before the other results. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural
from plainsum.plain.headline import choose_headline
from plainsum.plain.simplify import measured
from plainsum.plain.standalone import leans_back, spliced
from plainsum.plain.wholeness import broken
from plainsum.schemas import StudyDesign


def _numbered(*texts: str, start: int = 0):
    return [measured(t, (i,)) for i, t in enumerate(texts, start)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine trials reported a loss to follow-up of more than a third",
        "People were most often older adults on low incomes",
        "The study found 212 women with a tubal pregnancy",
        "The findings are based on small trials with poor reporting",
        "No clear change was seen in the placebo group",
        "Three trials reported on the side effects of the rinse",
        # how many studies a search found
        "Fourteen studies with 920 people were found",
        "Two small trials were identified",
        "Two studies reported in more than one comparison group",
        # what an update added, and what an earlier version had found
        "Five had been found in earlier versions of this review and the authors now include "
        "two new trials",
        # how many were in each group, who was classed as what, what every trial gave
        "The number of people in the yoga groups was 412 and in the control groups 398",
        "Patients classified as mildly disabled was 40%",
        "All used a cream twice daily on both hands",
        # how the trials were run differently
        "There were large differences in the methods of giving the cream between the trials",
        # what one study looked at, not what it found
        "Only one study explored falls and hospital stays as results measured",
        "Only the trial in Kenya reported the effect of the cream on sleep",
        # what no trial reported, who did not finish, what the studies were like
        "None of the trials reported quality of life or return to work",
        "The usual-care arm had a high non-completion rate in one trial",
        "Nearly all studies were of short length, typically six weeks",
        # a check that the groups were alike at the start, who most of the people were
        "Some baseline features differed among the groups",
        "Almost all women had early breast cancer",
        # a step of a method
        "From a set of known examples, a classifier can then learn a model of each enzyme",
        # that the effects seen may be bias or chance: a caveat, not a finding
        "The effects seen could be caused by both systematic error and random error",
        "The small gain in walking may be due to chance",
        # safety alone is still an aside
        "The safety of the high dose did not differ between the groups",
    ],
)
def test_what_describes_the_sample_or_the_reports_is_not_a_finding(sentence: str) -> None:
    assert is_procedural(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain fell more in the yoga group than in the control group",
        "The study found 40 people with MS had fewer relapses on the drug",
        "Women were mostly helped by the cream",
        "Two trials assessed pain and found it fell after the course",
        "Cooling vests did not lower tiredness in people with MS",
        "All drugs lowered the relapse rate compared with placebo",
        "The number of relapses fell by half in the treated group",
        "The cream had a clear effect on sleep in the trial in Kenya",
        "Trials were small but showed a clear fall in pain",
        "Most patients had fewer relapses on the new drug",
        "Almost all women had no pain after the course",
        "Most people were helped by the cream",
        # death as one of the outcomes a treatment changes, or part of a compound word
        "The drug may reduce the risk of stroke and death in older adults",
        "The review found several factors that could shape the use of birth-death notices",
        # "secondary" that names what was studied, never a secondary measure
        "The new pill lowered the risk of strokes secondary to heart disease",
        "Siponimod may slow disability worsening in people with secondary progressive MS",
        # an empty review's finding
        "No suitable trials were found for this review",
        "Aspirin lowers the risk of a second stroke when used for secondary prevention",
        # time to death as the main outcome, not a safety aside
        "The higher dose probably makes little to no difference in time to death from the cancer",
        # the effect and the safety of what was compared: the main finding, safety beside it
        "The trials found no clear advantage in effect or safety between the low and high dose",
        "Efficacy and safety did not differ between the two creams",
    ],
)
def test_a_finding_that_names_the_sample_or_a_group_is_still_a_finding(sentence: str) -> None:
    assert not is_procedural(sentence)


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("No differences were seen between the two creams, the trials were too small", True),
        ("Although no differences were seen, the trials were too small", False),
        ("In mice, the drug was helpful", False),
        ("When the two courses were combined, they were better than usual care", False),
        ("Walking helped, and the effect was large", False),
    ],
)
def test_two_clauses_joined_by_a_bare_comma_are_spliced(sentence: str, joined: bool) -> None:
    assert spliced(sentence) is joined


def test_a_comma_splice_never_heads_a_draft() -> None:
    conclusions = _numbered(
        "No differences were seen between the two creams, the trials were too small to tell.",
        "The two creams were similar in how well they healed the rash.",
    )
    head = choose_headline(conclusions, [], StudyDesign.REVIEW)
    assert head.origin == conclusions[1].text


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("It is uncertain whether foam dressings heal sores faster", False),
        ("It was not clear if the cream helped", False),
        ("It reduced pain", True),  # "it" stands for a noun said before
        ("Its effect was small", True),
    ],
)
def test_an_it_that_stands_for_the_clause_after_it_does_not_lean_back(
    sentence: str, leans: bool
) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "In agreement with this, the researchers show that the enzyme binds to the "
            "clamp protein in living yeast.",
            "The enzyme binds to the clamp protein in living yeast",
        ),
        (
            "Authors' conclusions: It is uncertain whether foam dressings heal sores faster.",
            "It is uncertain whether foam dressings heal sores faster",
        ),
        (
            "Hence, the drug lowered blood sugar in adults.",
            "The drug lowered blood sugar in adults",
        ),
    ],
)
def test_a_link_word_or_a_label_goes_from_the_front(sentence: str, headline: str) -> None:
    head = choose_headline(_numbered(sentence), [], StudyDesign.TRIAL)
    assert head.text == headline


def test_a_lead_saying_how_it_was_found_goes_before_the_finding() -> None:
    conclusions = _numbered(
        "Using a light-controlled chamber to keep larvae awake, the researchers find that "
        "sleep loss in larvae slows the growth of young brain cells."
    )
    head = choose_headline(conclusions, [], StudyDesign.ANIMAL, animals="flies")
    assert head.text == "Sleep loss in larvae slows the growth of young brain cells in flies"


@pytest.mark.parametrize(
    ("sentence", "design", "headline"),
    [
        # the second verb has the reporter as its subject: it goes with the reporter
        (
            "These results show that the new compound speeds myelin repair in mice and support "
            "testing similar compounds in people.",
            StudyDesign.ANIMAL,
            "The new compound speeds myelin repair in mice",
        ),
        (
            "Our findings show that daily walking lowered fatigue in adults with MS, and highlight "
            "the need for longer trials.",
            StudyDesign.TRIAL,
            "Daily walking lowered fatigue in adults with MS",
        ),
        # two subjects joined by "and" keep their verb
        (
            "These results show that walking and stretching support better sleep in adults.",
            StudyDesign.TRIAL,
            "Walking and stretching support better sleep in adults",
        ),
    ],
)
def test_a_verb_the_reporter_says_goes_with_the_reporter(sentence, design, headline) -> None:
    head = choose_headline(_numbered(sentence), [], design, animals="mice")
    assert head.text == headline


def test_a_verb_of_what_a_thing_does_makes_a_whole_sentence() -> None:
    assert broken("Sleep in early life regulates the growth of brain cells.") is None
    assert broken("The enzyme forms a complex with the clamp.") is None
    assert broken("Two forms of the enzyme.") is not None  # a plural noun is no verb


def test_a_result_that_judges_the_evidence_heads_before_what_the_trials_reported() -> None:
    conclusions = _numbered("Larger trials of bladder rinses are needed.")
    results = _numbered(
        "Two trials measured pain after the rinse with a short scale.",
        "One trial compared salt water with an acid rinse.",
        "The evidence was not adequate to conclude if bladder rinses were helpful or harmful.",
        start=1,
    )
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.origin == results[2].text


@pytest.mark.parametrize(
    "sentence",
    [
        "Side-effects were uncommon with all of the creams",
        "Length of symptoms was at least two years in most trials",
        "Doses ranged from 10 to 40 mg a day",
        "Pain scores were higher at the start in the yoga group",
        "The evidence is weak because the trials were small",
        "Four trials reported walking speed using different scales",
    ],
)
def test_asides_descriptions_and_grades_are_not_the_finding(sentence: str) -> None:
    assert is_procedural(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The evidence is strong that walking lowers blood pressure",
        "Two trials reported fewer relapses with the drug",
        "Yoga eased back pain without side-effects",
    ],
)
def test_a_graded_or_reported_finding_is_still_a_finding(sentence: str) -> None:
    assert not is_procedural(sentence)


def test_a_sensitivity_analysis_is_not_the_finding() -> None:
    assert is_procedural("Removing one outlier study reduced the gap to 5%")
    assert is_procedural("A sensitivity analysis gave the same answer")


def test_no_difference_between_things_compared_is_said_in_a_template() -> None:
    conclusions = _numbered(
        "Few women took part and therefore, although no differences were detected between "
        "the different eye drops, the trials could not find important but small differences."
    )
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, studies="two trials")
    assert (
        head.text
        == "A review of two trials found no clear difference between the different eye drops"
    )
    assert head.from_template and head.sources == (0,)


@pytest.mark.parametrize(
    "conclusion",
    [
        # a second finding beside it: "no difference" alone would leave it out
        "No differences were found between the two creams for itch, but cream A healed faster "
        "and more fully than cream B did in every one of the small trials.",
        # only for some
        "No differences were found between the two creams except in children under five "
        "years of age who had the worst rash at the start of the trials.",
    ],
)
def test_no_difference_said_with_a_qualifier_is_not_a_template(conclusion: str) -> None:
    head = choose_headline(_numbered(conclusion), [], StudyDesign.REVIEW, studies="two trials")
    assert "no clear difference" not in head.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The review authors found 74 unique studies as suitable for this review",
        "The review authors found no studies in children",
        "The trial population was too small to allow firm conclusions on the drug",
    ],
)
def test_what_the_search_found_and_a_limitation_are_not_the_finding(sentence: str) -> None:
    assert is_procedural(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The review authors found two trials that showed less pain with the brace",
        "The researchers found similar results in studies of older people",
    ],
)
def test_what_the_search_found_that_says_a_finding_is_still_a_finding(sentence: str) -> None:
    assert not is_procedural(sentence)


def test_the_first_conclusion_that_states_a_finding_is_the_main_one() -> None:
    conclusions = _numbered(
        "Limited data on the effect of cooling vests on walking in MS exist.",
        "Only two small trials have been done.",
        "The included trials showed that cooling vests did not help people with MS walk "
        "faster on hot days.",
    )
    results = _numbered("Walking speed was similar in the two groups after a month.", start=3)
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.origin == conclusions[2].text


def test_an_indirect_question_left_by_a_split_never_heads() -> None:
    conclusions = _numbered(
        "How different oils used during massage affect mothers and babies.",
        "Massage with oil may ease pain during labour.",
    )
    head = choose_headline(conclusions, [], StudyDesign.REVIEW)
    assert head.origin == conclusions[1].text


def test_being_unable_to_draw_conclusions_is_no_clear_evidence() -> None:
    conclusions = _numbered(
        "This review was unable to draw firm conclusions about the role of talking therapies "
        "in asthma because there were too few good trials to go on."
    )
    head = choose_headline(
        conclusions, [], StudyDesign.REVIEW, topic="talking therapies for asthma", topic_source=5
    )
    assert head.text == "A review found no clear evidence about talking therapies for asthma"


def test_a_finding_without_mis_decoded_letters_heads_over_one_with_them() -> None:
    conclusions = _numbered(
        "Memory cells may protect people from severe illness for a long time.",
        "A booster dose restores immunity in naÃ¯ve people.",
    )
    conclusions = [conclusions[1], conclusions[0]]  # the garbled one first
    head = choose_headline(conclusions, [], StudyDesign.OBSERVATIONAL)
    assert "Ã" not in head.text


def test_a_finding_said_to_be_well_tolerated_is_still_the_finding() -> None:
    assert not is_procedural("The ointment is helpful and well tolerated for healing burns")
    assert is_procedural("The ointment was well tolerated")  # safety alone stays an aside


def test_a_finding_besides_another_leans_back() -> None:
    assert leans_back("Blocking the enzyme also restored cilia length in mice")
    assert not leans_back("Blocking the enzyme restored cilia length in mice")


def test_what_was_published_is_not_a_finding() -> None:
    assert is_procedural("No randomised trials were published on rinses alone")


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("It is unlikely to help people walk further.", False),  # "it": a thing named before
        ("It is likely to reduce flare-ups.", False),
        ("It is unlikely that the drug helps people walk further.", True),
        ("It is not clear whether the drug helps people walk further.", True),
    ],
)
def test_an_it_that_stands_for_a_thing_named_before_leans_back(text: str, alone: bool) -> None:
    assert leans_back(text) is not alone


def test_a_link_word_without_its_comma_goes_from_the_headline() -> None:
    from plainsum.plain.headline.forms import without_lead

    assert without_lead("Therefore swimming may ease tiredness.") == "Swimming may ease tiredness"
    assert without_lead("Thus far, no trial has tested swimming.").startswith("Thus far, no trial")


def test_two_sentences_run_together_never_head() -> None:
    glued = measured(
        "There was no clear difference in the pregnancy rate.The evidence suggests the cream "
        "is safe.",
        (1,),
    )
    other = measured("The cream did not change how many women became pregnant.", (2,))
    head = choose_headline([glued, other], [], StudyDesign.REVIEW)
    assert ".The" not in head.text
    assert head.text in (
        "There was no clear difference in the pregnancy rate",
        "The cream did not change how many women became pregnant",
    )


def test_the_first_of_two_sentences_run_together_may_head() -> None:
    glued = measured(
        "The cream did not change the pregnancy rate.The evidence suggests the cream is safe.",
        (1,),
    )
    head = choose_headline([glued], [], StudyDesign.REVIEW)
    assert head.text == "The cream did not change the pregnancy rate"


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Both aspirin and heparin lowered the rate of clots", False),
        ("Both TCAs and SSRIs are helpful for low mood", False),
        ("Both were helpful and safe", True),
        ("Both improved sleep and mood", True),
        ("Both drugs lowered relapses", True),
    ],
)
def test_both_leans_back_unless_it_names_both(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


def test_an_only_contrast_heads_after_a_plain_finding() -> None:
    only = measured("Only the higher dose reduced how many people had worse walking.", (1,))
    plain = measured("The new drug reduced the number of people with a flare-up.", (2,))
    head = choose_headline([only, plain], [], StudyDesign.REVIEW)
    assert head.text == "The new drug reduced the number of people with a flare-up"


def test_a_main_result_heading_run_into_the_sentence_goes() -> None:
    main = measured(
        "Main results measured The higher dose probably makes little to no difference in "
        "how long people live.",
        (1,),
    )
    head = choose_headline([], [main], StudyDesign.REVIEW)
    assert head.text == (
        "The higher dose probably makes little to no difference in how long people live"
    )


def test_a_result_of_studies_cited_by_author_and_year_is_no_reviews_finding() -> None:
    """ "Lee 2009 and Park 2012 showed ..." is what two of a review's studies found, and the
    names mean nothing to a reader; the review's own result heads."""
    results = _numbered(
        "Lee 2009 and Park 2012 showed a drop in pain scores with the high dose.",
        "Pain relief was similar with the low and the high dose in all three trials.",
    )
    head = choose_headline([], results, StudyDesign.REVIEW)
    assert head.origin == results[1].text
    # without the citation the first result heads, as the first result does
    plain = _numbered(
        "The two largest trials showed a drop in pain scores with the high dose.",
        "Pain relief was similar with the low and the high dose in all three trials.",
    )
    assert choose_headline([], plain, StudyDesign.REVIEW).origin == plain[0].text


def test_what_people_said_of_side_effects_is_an_interview_studys_finding() -> None:
    """In an interview study, the side effects people fear are what it found, not an aside;
    elsewhere a conclusion about side effects is still one."""
    conclusions = _numbered("Decisions to stop the pill are shaped by side effects and cost.")
    results = _numbered("Several people said they had not told their nurse first.", start=1)
    head = choose_headline(conclusions, results, StudyDesign.QUALITATIVE)
    assert head.origin == conclusions[0].text
    head = choose_headline(conclusions, results, StudyDesign.TRIAL)
    assert head.origin == results[0].text
    assert is_procedural("Decisions to stop the pill are shaped by side effects and cost")
    assert not is_procedural(
        "Decisions to stop the pill are shaped by side effects and cost", asides=False
    )
