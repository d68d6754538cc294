"""Why it matters to people with MS in an offline draft: the authors' conclusion (never only the
care-team pointer), not the headline word for word; for a paper not about MS one honest
statement of that, with what it studied when the paper says so. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.frames import DOCTOR, NO_MEANING, NOT_ABOUT_MS, NOT_MS
from plainsum.plain.headline import Headline
from plainsum.plain.pick import pick
from plainsum.plain.relevance import LONG_SENTENCE, says_headline_again, why_it_matters
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

_VESTS = "Cooling vests lowered tiredness in MS"


def _review_why(conclusions, head, used, **kw):
    """why_it_matters for an MS review with room for two sentences."""
    return why_it_matters(
        conclusions, head, used, pick, about_ms=True, design=StudyDesign.REVIEW, limit=2, **kw
    )


def _why(conclusions, head, about_ms=True, **kw):
    said = why_it_matters(
        conclusions,
        head,
        {head.origin},  # as in compose: the headline's sentence is taken
        pick,
        about_ms=about_ms,
        design=kw.pop("design", StudyDesign.REVIEW),
        limit=2,
        **kw,
    )
    return [s.text for s in said]


def test_the_authors_other_conclusion_says_why_it_matters() -> None:
    conclusions = [
        measured("Cooling vests lowered tiredness in adults with MS.", (4,)),
        measured("Cooling vests may help people with MS stay active in hot weather.", (5,)),
    ]
    head = Headline(
        "Cooling vests lowered tiredness in adults with MS", (4,), origin=conclusions[0].text
    )
    texts = _why(conclusions, head)
    assert texts == [conclusions[1].text, DOCTOR]


def test_the_only_conclusion_comes_whole_when_the_headline_cut_it() -> None:
    only = measured(
        "The effect of cooling vests on tiredness in people with MS is poorly documented, as "
        "is how well people put up with wearing them.",
        (6,),
    )
    head = Headline(
        "The effect of cooling vests on tiredness in people with MS is poorly documented",
        (6,),
        origin=only.text,
    )
    texts = _why([only], head)
    assert texts == [only.text, DOCTOR]  # never only the care-team pointer


def test_the_only_conclusion_comes_whole_even_when_the_headline_said_its_claim() -> None:
    # an empty section is worse than the authors' conclusion said in full beside the headline
    only = measured("The review authors found that cooling vests lowered tiredness in MS.", (6,))
    head = Headline("Cooling vests lowered tiredness in MS", (6,), origin=only.text)
    assert _why([only], head) == [only.text, DOCTOR]


def test_a_conclusion_that_says_less_than_the_headline_is_not_carried_whole() -> None:
    # the headline added "in mice": the conclusion whole would drop it under why it matters
    only = measured("The new drug protected nerve fibres from damage.", (6,))
    head = Headline(
        "The new drug protected nerve fibres from damage in mice", (6,), origin=only.text
    )
    assert only.text not in _why([only], head)


@pytest.mark.parametrize(
    "only",
    [
        "Cooling vests lowered tiredness in MS.",  # the headline word for word
        "More trials of cooling vests in MS are needed.",  # a call for more work
        "The review authors were unable to meet all of the aims of the review.",
    ],
)
def test_a_conclusion_that_says_nothing_more_is_not_carried_whole(only: str) -> None:
    said = measured(only, (6,))
    head = Headline(only.rstrip("."), (6,), origin=said.text)
    assert said.text not in _why([said], head)


@pytest.mark.parametrize(
    "call",
    [
        "Larger trials of cooling vests are needed.",
        # how later trials should be run is no reason this one matters
        "It is important that the trials have a large sample size and a long follow-up.",
        "Trials should measure tiredness with validated scales.",
    ],
)
def test_a_call_for_more_research_is_not_why_it_matters(call: str) -> None:
    conclusions = [
        measured("Cooling vests lowered tiredness in adults with MS.", (4,)),
        measured(call, (5,)),
    ]
    head = Headline("Cooling vests lowered tiredness", (4,), origin="something else")
    assert _why(conclusions, head) == [conclusions[0].text, DOCTOR]


def test_a_long_conclusion_is_given_in_a_shorter_form_that_keeps_the_claim() -> None:
    long = measured(
        "In this review, a cooling vest worn for an hour each afternoon lowered tiredness in "
        "adults with MS who felt worse in the heat, which fits with earlier reports from "
        "two clinics in the south.",
        (7,),
    )
    assert long.words > LONG_SENTENCE
    head = Headline("Cooling vests eased tiredness", (3,), origin="another sentence")
    first = _why([long], head)[0]
    assert len(first.split()) <= LONG_SENTENCE
    assert first.startswith("A cooling vest worn for an hour each afternoon lowered tiredness")
    assert "who felt worse in the heat" in first  # who it helped stays


def test_a_paper_not_about_ms_says_what_it_studied() -> None:
    head = Headline("Short talks helped young adults stop smoking", (3,), origin="x")
    texts = _why(
        [measured("Short talks helped young adults stop smoking.", (3,))],
        head,
        about_ms=False,
        topic="short talks to help young adults stop smoking",
        topic_source=2,
    )
    assert texts == [
        "This review looked at short talks to help young adults stop smoking.",
        NOT_ABOUT_MS,  # a second sentence: one would be longer than a reader takes in one go
        DOCTOR,
    ]
    texts = _why([], head, about_ms=False, topic="nicotine gum", topic_source=2)
    assert texts[0] == (
        "This review looked at nicotine gum; it did not look at MS, so what it means for "
        "people with MS is not known."
    )


def test_a_paper_not_about_ms_without_a_topic_gives_a_plain_conclusion_then_the_frame() -> None:
    conclusions = [
        measured("Short talks helped young adults stop smoking.", (3,)),
        measured("The current evidence is still uncertain.", (4,)),  # about what, not said
        measured("But the current evidence is weak.", (4,)),
        measured("The doubt is mainly due to the small number of smokers.", (4,)),
        measured("Evidence supporting their effect is lacking.", (4,)),  # whose effect?
        measured("Nicotine gum helped older smokers as much as short talks did.", (5,)),
    ]
    head = Headline(
        "Short talks helped young adults stop smoking", (3,), origin=conclusions[0].text
    )
    texts = _why(conclusions, head, about_ms=False)
    assert texts == [conclusions[5].text, NOT_MS, DOCTOR]


def test_a_paper_not_about_ms_never_lifts_a_hard_sentence() -> None:
    conclusions = [
        measured("Short talks helped young adults stop smoking.", (3,)),
        measured("The CYP2A6 variant changed how fast smokers cleared nicotine.", (4,)),
    ]
    head = Headline(
        "Short talks helped young adults stop smoking", (3,), origin=conclusions[0].text
    )
    assert _why(conclusions, head, about_ms=False) == [NOT_MS, DOCTOR]


def test_the_topic_is_not_said_twice_when_the_headline_is_built_from_it() -> None:
    head = Headline("A review looked at the causes of gout", (1,), from_template=True)
    texts = _why([], head, about_ms=False, topic="the causes of gout", topic_source=1)
    assert texts == [NOT_MS, DOCTOR]


def test_a_paper_not_about_ms_whose_body_has_no_result_keeps_the_authors_conclusion() -> None:
    conclusions = [
        measured("Short talks helped young adults stop smoking.", (3,)),
        measured("The CYP2A6 variant changed how fast smokers cleared nicotine.", (4,)),
    ]
    head = Headline(
        "Short talks helped young adults stop smoking", (3,), origin=conclusions[0].text
    )
    texts = _why(conclusions, head, about_ms=False, body_has_result=False)
    assert texts == [conclusions[1].text, NOT_MS, DOCTOR]  # a finding somewhere, hard or not


def test_the_topic_is_said_with_the_frame_even_when_the_body_gives_the_aim() -> None:
    head = Headline("Short talks helped young adults stop smoking", (3,), origin="x")
    texts = _why([], head, about_ms=False, topic="short talks for smokers", topic_source=2)
    assert texts == ["This review looked at short talks for smokers.", NOT_ABOUT_MS, DOCTOR]


def test_a_topic_in_technical_words_is_not_said() -> None:
    head = Headline("Short talks helped young adults stop smoking", (3,), origin="x")
    texts = _why([], head, about_ms=False, topic="vulvovaginal candidiasis", topic_source=2)
    assert texts == [NOT_MS, DOCTOR]


def test_an_unknown_effect_is_said_as_what_it_means_when_nothing_else_is_left() -> None:
    only = measured("The effect of cooling vests on tiredness in MS is poorly documented.", (6,))
    head = Headline(only.text.rstrip("."), (6,), origin=only.text)
    texts = _why([only], head, topic="cooling vests for tiredness in people with MS")
    assert texts == [
        "This means the effect of cooling vests for tiredness in people with MS is not yet clear.",
        DOCTOR,
    ]
    assert _why([only], head, topic="whether cooling vests ease tiredness in MS")[0] == (
        "This means it is not yet clear whether cooling vests ease tiredness in MS."
    )
    # no topic of the aim: the conclusion's own "effect of X" names it
    assert _why([only], head)[0] == "This means the effect of cooling vests is not yet clear."
    vague = measured("How well cooling vests work in MS is poorly documented.", (6,))
    head = Headline(vague.text.rstrip("."), (6,), origin=vague.text)
    assert _why([vague], head)[0] == (
        "This means it is not yet clear how much this helps people with MS."
    )


def test_a_known_effect_gets_no_meaning_of_our_own() -> None:
    only = measured(
        "There is good evidence that cooling vests did not lower tiredness in MS.", (6,)
    )
    head = Headline(
        "Good evidence shows cooling vests did not lower tiredness in MS", (6,), origin=only.text
    )
    assert _why([only], head) == [only.text, DOCTOR]  # the authors' words, never "This means"


def test_the_sentence_a_fact_headline_said_short_comes_whole_when_nothing_else_does() -> None:
    only = measured(
        "There is now limited evidence on the effect of cooling vests in easing tiredness, "
        "heat and low mood in adults with MS.",
        (6,),
    )
    head = Headline(
        "It is not clear whether cooling vests can ease tiredness in adults with MS",
        (6, 2),
        basis=only.text,
    )
    said = why_it_matters(
        [only], head, set(), pick, about_ms=True, design=StudyDesign.REVIEW, limit=2
    )
    assert [s.text for s in said] == [only.text, DOCTOR]
    # the body gave it already: not said twice
    said = why_it_matters(
        [only], head, {only.text}, pick, about_ms=True, design=StudyDesign.REVIEW, limit=2
    )
    assert only.text not in [s.text for s in said]


def test_another_conclusion_comes_before_the_sentence_a_fact_headline_said_short() -> None:
    basis = measured(
        "There is now limited evidence on the effect of cooling vests in easing tiredness, "
        "heat and low mood in adults with MS.",
        (6,),
    )
    other = measured("Cooling vests may help people with MS stay active in hot weather.", (7,))
    head = Headline(
        "It is not clear whether cooling vests can ease tiredness in adults with MS",
        (6, 2),
        basis=basis.text,
    )
    said = why_it_matters(
        [basis, other], head, set(), pick, about_ms=True, design=StudyDesign.REVIEW, limit=2
    )
    assert [s.text for s in said] == [other.text, DOCTOR]


def test_an_ms_paper_with_nothing_else_left_says_what_it_looked_at() -> None:
    only = measured("Cooling vests lowered tiredness in MS.", (6,))
    head = Headline("Cooling vests lowered tiredness in MS", (6,), origin=only.text)
    texts = _why([only], head, topic="cooling vests for heat in people with MS", topic_source=2)
    assert texts == ["This review looked at cooling vests for heat in people with MS.", DOCTOR]


def test_the_authors_conclusion_whole_comes_before_what_the_review_looked_at() -> None:
    only = measured("The review authors found that cooling vests lowered tiredness in MS.", (6,))
    head = Headline("Cooling vests lowered tiredness in MS", (6,), origin=only.text)
    texts = _why([only], head, topic="cooling vests for heat in people with MS", topic_source=2)
    assert texts == [only.text, DOCTOR]  # what the review looked at is no meaning


def test_a_topic_cut_short_is_not_said() -> None:
    head = Headline("Short talks helped young adults stop smoking", (3,), origin="x")
    for cut in (
        "treatments",
        "whether nicotine gum",
        "low-dose for the prevention of cravings",
        "nicotine gum for these smokers",
    ):
        texts = _why([], head, about_ms=False, topic=cut, topic_source=2)
        assert texts == [NOT_MS, DOCTOR], cut


def test_what_the_review_could_not_do_is_never_why_it_matters() -> None:
    could_not = measured(
        "The review authors were unable to meet all of the aims of the review.", (7,)
    )
    meant = measured("Cooling vests may help people with MS stay active in hot weather.", (8,))
    head = Headline("Cooling vests lowered tiredness in adults with MS", (4,), origin="x")
    assert _why([could_not, meant], head) == [meant.text, DOCTOR]


def test_a_paper_that_says_nothing_of_what_its_finding_means_is_said_to_say_nothing() -> None:
    head = Headline("A review looked at blood tests for MS", (2,), origin=None)
    could_not = measured(
        "The review authors were unable to meet all of the aims of the review.", (7,)
    )
    more = measured("More trials of blood tests in MS are needed.", (8,))
    covers = measured("The present review analyzes blood tests used in MS clinics.", (6,))
    aims = measured("It aims to show what a blood test must do to be used every day.", (7,))
    for stated in ([], [could_not, more], [covers, aims]):
        texts = _why(stated, head, stated=stated)
        assert texts == [NO_MEANING, DOCTOR]


def test_a_conclusion_left_out_by_a_repair_is_no_reason_to_say_the_paper_says_nothing() -> None:
    head = Headline("A review looked at blood tests for MS", (2,), origin=None)
    dropped = measured("Blood tests of a nerve protein may show who will relapse soon.", (9,))
    # the repair dropped the paper's conclusion (a hard word): the section stays without it
    assert _why([], head, stated=[dropped]) == [DOCTOR]


def test_the_headline_s_own_conclusion_is_no_silence() -> None:
    only = measured(
        "There is good evidence that cooling vests did not lower tiredness in MS.", (6,)
    )
    head = Headline("Cooling vests did not lower tiredness in MS", (6,), origin=only.text)
    assert NO_MEANING not in _why([only], head, stated=[only])


def test_issues_left_to_overcome_are_what_comes_next_not_why_it_matters() -> None:
    issues = measured("There are still some important study design issues to overcome.", (9,))
    meant = measured("Cooling vests may help people with MS stay active in hot weather.", (8,))
    head = Headline("Cooling vests lowered tiredness in adults with MS", (4,), origin="x")
    assert _why([meant, issues], head) == [meant.text, DOCTOR]


def test_a_pronoun_that_stands_for_a_noun_of_its_own_sentence_stands_alone() -> None:
    conclusions = [
        measured("Short talks helped young adults stop smoking.", (3,)),
        measured("Smokers who cut down found their breathing got easier.", (4,)),
    ]
    head = Headline(
        "Short talks helped young adults stop smoking", (3,), origin=conclusions[0].text
    )
    assert _why(conclusions, head, about_ms=False)[0] == conclusions[1].text


@pytest.mark.parametrize(
    "leaning",
    [
        "Parents could be told the benefits and harms of both methods before the birth.",
        "Neither of the approaches lowered the number of falls.",
    ],
)
def test_a_conclusion_about_both_of_what_an_unshown_sentence_named_is_not_lifted(
    leaning: str,
) -> None:
    # the paper's not about MS and names neither topic nor condition: a conclusion that needs
    # the sentence before it ("both methods": which?) is not lifted beside the frame
    head = Headline("Late cord clamping raised iron levels in babies", (3,), origin="x")
    assert _why([measured(leaning, (8,))], head, about_ms=False) == [NOT_MS, DOCTOR]


def test_what_a_review_covers_is_no_silence_when_it_also_says_what_it_means() -> None:
    head = Headline("A review looked at blood tests for MS", (2,), origin=None)
    covers = measured("This review discusses blood tests used in MS clinics.", (6,))
    means = measured("A blood test of a nerve protein may help to follow MS.", (7,))
    assert NO_MEANING not in _why([covers, means], head, stated=[covers, means])
    shows = measured("This review summarizes evidence that a blood test may help in MS.", (6,))
    assert _why([shows], head, stated=[shows])[0] == shows.text


# What the authors say must still be shown: said as what is not yet known, when the headline
# took their only conclusion.
_FOUND = "Cooling vests may ease tiredness in people with MS who feel worse in the heat."
_HEAD = Headline("Cooling vests may ease tiredness in heat-sensitive people with MS", (4,))


def _only_conclusion_and(call: str, found: str = _FOUND, design=StudyDesign.REVIEW):
    conclusions = [measured(found, (4,)), measured(call, (5,))]
    head = Headline(found.rstrip("."), (4,), origin=found)  # it said the conclusion all
    return why_it_matters(conclusions, head, {found}, pick, about_ms=True, design=design, limit=2)


def test_what_must_still_be_shown_is_said_as_not_yet_known() -> None:
    said = _only_conclusion_and(
        "Bigger and longer trials are needed to show whether the gains last."
    )
    assert [s.text for s in said] == [
        "It is not yet known whether the gains last: bigger and longer trials are needed.",
        DOCTOR,
    ]
    assert said[0].sources == (5,) and said[0].kind == "content"


def test_an_it_takes_the_one_word_subject_of_the_headline_s_conclusion() -> None:
    found = "Clemastine helped rats rebuild the coating of their nerves."
    said = _only_conclusion_and(
        "Studies in people with MS are needed to see if it helps rebuild the coating in humans.",
        found,
        StudyDesign.ANIMAL,
    )
    assert said[0].text == (
        "It is not yet known whether clemastine helps rebuild the coating in humans: studies "
        "in people with MS are needed."
    )
    assert set(said[0].sources) == {4, 5}  # the subject comes from the headline's sentence


def test_an_it_with_no_one_word_subject_to_stand_for_is_this() -> None:
    found = "The new drug helped rats rebuild the coating of their nerves."
    said = _only_conclusion_and("Future studies should find out whether it works in people.", found)
    assert said[0].text == "It is not yet known whether this works in people."


@pytest.mark.parametrize(
    "call",
    [
        "Larger trials of cooling vests are needed.",  # nothing named that must be shown
        "Trials are needed to show whether they help, and how often to wear them.",  # points back
        "Further research is needed to find out whether in children.",  # no verb: not whole
        "Trials should test whether vests help at home, or whether fans do as well.",  # two asks
    ],
)
def test_a_call_that_names_no_whole_question_adds_nothing(call: str) -> None:
    said = _only_conclusion_and(call)
    assert not any("not yet known" in s.text for s in said)


def test_a_long_call_is_left_out_and_the_question_kept() -> None:
    call = (
        "Large trials in several countries with people at every stage of the illness and "
        "followed for many years are needed to show whether the gains last."
    )
    said = _only_conclusion_and(call)
    assert said[0].text == "It is not yet known whether the gains last."


def test_the_authors_own_meaning_comes_before_what_is_not_yet_known() -> None:
    conclusions = [
        measured(_FOUND, (4,)),
        measured("Cooling vests may help people with MS stay active in hot weather.", (5,)),
        measured("Trials are needed to show whether the gains last.", (6,)),
    ]
    said = why_it_matters(
        conclusions, _HEAD, {_FOUND}, pick, about_ms=True, design=StudyDesign.REVIEW, limit=2
    )
    assert [s.text for s in said] == [conclusions[1].text, DOCTOR]


@pytest.mark.parametrize(
    ("open_question", "clause"),
    [
        (
            "From this review no conclusions can be drawn whether or not cooling vests help "
            "people with MS at work.",
            "cooling vests help people with MS at work",
        ),
        (
            "The evidence is insufficient to determine whether cooling vests ease tiredness.",
            "cooling vests ease tiredness",
        ),
        (
            "There is not enough evidence to show if cooling vests keep people active or not.",
            "cooling vests keep people active",
        ),
        ("It remains unclear whether the gains last.", "the gains last"),
    ],
)
def test_a_question_the_authors_leave_open_is_said_as_not_yet_known(
    open_question: str, clause: str
) -> None:
    # the open question is the authors' other conclusion, in words the drafter could not show
    said = _with_unshown(open_question)
    assert said[0].text == f"It is not yet known whether {clause}."
    assert said[0].sources == (7,)


def _with_unshown(text: str):
    head = Headline(_FOUND.rstrip("."), (4,), origin=_FOUND)
    return _review_why(
        [measured(_FOUND, (4,))],
        head,
        {_FOUND},
        unshown=[measured(text, (7,))],
    )


@pytest.mark.parametrize(
    "settled",
    [
        "There is not enough evidence to support whether cooling vests help.",  # no open question
        "There is good evidence that cooling vests help.",
        "It remains unclear whether vests help, and how often to wear them.",  # two asks
    ],
)
def test_no_open_question_adds_nothing(settled: str) -> None:
    said = _with_unshown(settled)
    assert not any("not yet known" in s.text for s in said)


def test_an_open_question_the_drafter_could_not_show_whole_is_still_lifted() -> None:
    head = Headline(_FOUND.rstrip("."), (4,), origin=_FOUND)
    unshown = measured("On this review no conclusions can be drawn whether diet helps in MS.", (7,))
    said = _review_why(
        [measured(_FOUND, (4,))],
        head,
        {_FOUND},
        unshown=[unshown],
    )
    assert said[0].text == "It is not yet known whether diet helps in MS."
    assert said[0].sources == (7,)


def test_the_headline_s_own_open_question_is_not_said_again() -> None:
    found = "It remains unclear whether cooling vests ease tiredness in people with MS."
    head = Headline("Unclear whether cooling vests ease tiredness", (4,), origin=found)
    said = _review_why(
        [measured(found, (4,))],
        head,
        {found},
    )
    assert not any("not yet known" in s.text for s in said)


def test_an_uncertain_effect_names_what_it_is_the_effect_of() -> None:
    found = "The effect of cooling vests in MS is poorly documented."
    head = Headline(found.rstrip("."), (4,), origin=found)
    said = _review_why(
        [measured(found, (4,))],
        head,
        {found},
    )
    assert said[0].text == "This means the effect of cooling vests is not yet clear."


def test_a_condition_named_among_more_in_what_was_studied_gets_the_whole_topic() -> None:
    from plainsum.plain.condition import Condition

    head = Headline("A cream eased nerve pain in diabetes", (6,))
    topic = "a cream for nerve pain and shingles pain in adults with diabetes"
    texts = _why(
        [], head, about_ms=False, topic=topic, topic_source=1, conditions=[Condition("shingles", 3)]
    )
    assert texts[0] == f"This review looked at {topic}."  # never "This review was about shingles."
    assert texts[1].startswith("It did not look at MS")
    # a condition that is not part of the topic still gets its own frame
    texts = _why(
        [], head, about_ms=False, topic=topic, topic_source=1, conditions=[Condition("gout", 3)]
    )
    assert texts[0] == "This review was about gout."


def test_a_conclusion_on_weak_evidence_the_body_took_is_said_as_what_it_means() -> None:
    found = "Cooling vests eased tiredness in the short term."
    weak = measured(
        "We found low-level evidence for cooling vests because one trial was included.", (5,)
    )
    head = Headline(found.rstrip("."), (4,), origin=found)
    conclusions = [measured(found, (4,)), weak]
    used = {found, weak.text}  # the body already shows the weak-evidence conclusion
    said = _review_why(
        conclusions,
        head,
        used,
        topic="cooling vests for tiredness",
        topic_source=1,
    )
    assert said[0].text == "This means the effect of cooling vests for tiredness is not yet clear."
    assert said[0].sources == (5,)
    # with no topic to name, no stock sentence of ours
    said = _review_why(
        conclusions,
        head,
        {found, weak.text},
    )
    assert not any("not yet clear" in s.text for s in said)


def test_weak_evidence_for_the_use_of_a_treatment_names_it() -> None:
    found = "Cooling vests eased tiredness in the short term."
    weak = measured("We found low-level evidence for the use of cooling vests in MS.", (5,))
    head = Headline(found.rstrip("."), (4,), origin=found)
    said = why_it_matters(
        [measured(found, (4,)), weak],
        head,
        {found, weak.text},  # the body shows the weak-evidence conclusion
        pick,
        about_ms=True,
        design=StudyDesign.REVIEW,
        limit=2,
    )
    assert said[0].text == "This means the effect of cooling vests is not yet clear."


def test_the_authors_advice_and_the_harms_they_name_are_said_beside_their_finding() -> None:
    conclusions = [
        measured("Cooling vests did not lower tiredness in adults with MS.", (4,)),
        measured("Cooling vests lowered tiredness only on hot days in one small trial.", (5,)),
        measured("Cooling vests helped people walk further on hot days.", (6,)),
        measured("Cooling vests should be offered only on hot days, the authors say.", (7,)),
        measured("Skin rashes were more common with the vests, and the harms were mild.", (8,)),
        measured("Larger trials of cooling vests are needed.", (9,)),
    ]
    head = Headline("Cooling vests did not lower tiredness", (4,), origin=conclusions[0].text)
    # room for two sentences: the advice and the harm come beside them, in the paper's order
    texts = _why(conclusions, head)
    assert texts == [*(p.text for p in conclusions[1:5]), DOCTOR]


def test_advice_is_never_taken_from_a_call_for_research() -> None:
    conclusions = [
        measured("Cooling vests lowered tiredness in adults with MS.", (4,)),
        measured("Regular monitoring of skin problems should be studied in new trials.", (5,)),
    ]
    head = Headline("Cooling vests lowered tiredness", (4,), origin="something else")
    assert _why(conclusions, head) == [conclusions[0].text, DOCTOR]


def test_what_was_studied_must_be_named_by_the_papers_aim_or_conclusions() -> None:
    head = Headline("Sweating eased in most adults", (3,), origin="x")
    topic = {"topic": "salt baths for sweaty hands", "topic_source": 2}
    paper = ["We wanted to find out whether salt baths ease sweaty hands."]
    assert _why([], head, about_ms=False, paper=paper, **topic)[0].startswith(
        "This review looked at salt baths for sweaty hands"
    )
    # what some of its trials compared, not what the paper set out to study
    other = ["We wanted to find out what helps people with sweaty hands."]
    assert _why([], head, about_ms=False, paper=other, **topic) == [NOT_MS, DOCTOR]


def test_an_aim_cut_by_an_edit_is_not_what_was_studied() -> None:
    head = Headline("Sweating eased in most adults", (3,), origin="x")
    topic = {"topic": "primary in clinics and care homes", "topic_source": 2}
    assert _why([], head, about_ms=False, **topic) == [NOT_MS, DOCTOR]


def test_what_was_studied_is_not_said_again_when_the_body_s_aim_says_it() -> None:
    from plainsum.plain.condition import Condition

    head = Headline("Short talks helped young adults stop smoking", (3,), origin="x")
    aim = "The review authors wanted to find out the effects of short talks for young smokers."

    def said(**more: object) -> list[str]:
        lines = why_it_matters(
            [],
            head,
            {"x", aim},  # the body took the aim
            pick,
            about_ms=False,
            design=StudyDesign.REVIEW,
            limit=2,
            topic="short talks for young smokers",
            topic_source=2,
            **more,
        )
        return [s.text for s in lines]

    assert said() == [NOT_MS, DOCTOR]  # never "This review looked at ..." again
    assert said(conditions=[Condition("asthma", 4)]) == [
        "This review was about asthma.",
        NOT_ABOUT_MS,
        DOCTOR,
    ]


@pytest.mark.parametrize(
    ("text", "body", "said_again"),
    [
        (
            "This review looked at warm baths for back pain in older adults.",
            "The review authors wanted to check the effects of warm baths for back pain in "
            "older adults.",
            True,
        ),
        (
            "This review looked at warm baths for back pain in older adults.",
            "The review authors looked at warm baths for back pain in older adults.",
            True,
        ),
        (  # the body names the treatment, not whom and for what
            "This review looked at warm baths for back pain in older adults.",
            "Warm baths were given twice a week.",
            False,
        ),
        ("This review looked at warm baths.", "Warm baths were studied.", False),  # too short
    ],
)
def test_a_looked_at_sentence_repeats_a_body_sentence_as_the_gate_reads_it(
    text: str, body: str, said_again: bool
) -> None:
    from plainsum.plain.not_about_ms import repeats

    assert repeats(text, [body]) is said_again


def test_an_ms_paper_does_not_say_again_what_it_looked_at_when_the_body_gave_it() -> None:
    only = measured("The review authors found that cooling vests lowered tiredness in MS.", (6,))
    head = Headline("Cooling vests lowered tiredness in MS", (6,), origin=only.text)
    aim = "The review authors looked at cooling vests for heat in people with MS."
    said = _review_why(
        [only],
        head,
        {only.text, aim},
        topic="cooling vests for heat in people with MS",
        topic_source=2,
    )
    assert "This review looked at" not in " ".join(s.text for s in said)


def test_the_authors_advice_about_these_persons_names_people_with_ms() -> None:
    found = measured(
        "Group exercise classes do not change nerve damage, but can help people with MS "
        "take part in daily life.",
        (8,),
        order=8,
    )
    advice = measured("Regular checks of these persons for exercise classes is advised.", (9,), 9)
    head = Headline(found.text.rstrip("."), (8,), origin=found.text)
    texts = _why([found, advice], head, stated=[found, advice])
    assert texts == ["Regular checks of people with MS for exercise classes is advised.", DOCTOR]


@pytest.mark.parametrize(
    "harms, expected",
    [
        (  # a harm the authors are sure of comes before one they call uncertain
            [
                "The evidence is uncertain about the side effects of cooling vests.",
                "There is an increased risk of colds with cooling vests, but the risk is small.",
            ],
            "There is an increased risk of colds with cooling vests, but the risk is small.",
        ),
        (  # only an uncertain one: it is said
            ["The evidence is uncertain about the side effects of cooling vests."],
            "The evidence is uncertain about the side effects of cooling vests.",
        ),
    ],
)
def test_a_harm_the_authors_are_sure_of_is_said(harms: list[str], expected: str) -> None:
    head = Headline("Cooling vests lowered tiredness in MS", (4,), origin="x")
    meant = measured("Cooling vests may help people with MS stay active in hot weather.", (5,), 5)
    said = [measured(t, (6 + i,), 6 + i) for i, t in enumerate(harms)]
    texts = why_it_matters(
        [meant, *said], head, set(), pick, about_ms=True, design=StudyDesign.REVIEW, limit=1
    )
    assert [s.text for s in texts] == [meant.text, expected, DOCTOR]


@pytest.mark.parametrize(
    ("text", "headline", "again"),
    [
        # who found it, or a short qualifier on the end, is all it adds: the headline again
        ("This review shows that cooling vests lowered tiredness in MS.", _VESTS, True),
        (
            "The effect of cooling vests on tiredness in MS is poorly documented, as well as "
            "their comfort.",
            "The effect of cooling vests on tiredness in MS is poorly documented",
            True,
        ),
        # a second claim of its own says more
        (
            "Cooling vests lowered tiredness in MS, most of all on hot days when people walked "
            "outdoors.",
            _VESTS,
            False,
        ),
        # it leaves out the headline's "in MS": another sentence, not the headline again
        ("Cooling vests lowered tiredness.", _VESTS, False),
    ],
)
def test_a_conclusion_says_the_headline_again_with_few_words_of_its_own(
    text: str, headline: str, again: bool
) -> None:
    assert says_headline_again(text, headline) is again


@pytest.mark.parametrize(
    ("only", "meaning"),
    [
        (
            "The effect of cooling vests on tiredness in people with MS is poorly documented, "
            "as well as their comfort.",
            "This means the effect of cooling vests is not yet clear.",
        ),
    ],
)
def test_the_headline_said_again_gives_way_to_what_it_means(only: str, meaning: str) -> None:
    # readers read the headline twice: what the unknown effect means for them says more
    said = measured(only, (6,))
    head = Headline(only.split(",")[0], (6,), origin=said.text)
    assert _why([said], head) == [meaning, DOCTOR]


@pytest.mark.parametrize(
    "call",
    ["but better trials are needed", "although larger studies are needed to be sure"],
)
def test_a_conclusion_with_a_call_after_its_finding_still_says_why_it_matters(call) -> None:
    """The headline took the authors' only conclusion, a finding with a call for more research
    after it: the conclusion whole says what the finding means and how sure it is."""
    only = measured(f"Balance classes appear to reduce falls in people with MS, {call}.", (7,))
    head = Headline(
        "Balance classes appear to reduce falls in people with MS", (7,), origin=only.text
    )
    assert _why([only], head) == [only.text, DOCTOR]


@pytest.mark.parametrize(
    ("text", "only_a_call"),
    [
        ("Larger trials of balance classes in people with MS are needed.", True),
        ("Balance classes were tested, and larger trials are needed.", True),
        ("Balance classes appear to reduce falls, but better trials are needed.", False),
        ("Balance classes reduced falls.", False),
    ],
)
def test_only_a_call_is_a_call_with_no_finding_before_it(text, only_a_call) -> None:
    from plainsum.plain.conclusion_kinds import only_a_call as _only_a_call

    assert _only_a_call(text) is only_a_call


@pytest.mark.parametrize(
    ("advice", "kept"),
    [
        ("Gaps between the two drugs should be kept short.", True),
        ("Falls should be asked about at every clinic visit.", True),
        ("The findings do not support routine use of the test in clinics.", True),
        ("The switch should be studied further in larger trials.", False),  # a call, not advice
    ],
)
def test_the_authors_advice_says_why_it_matters_when_the_headline_took_their_finding(
    advice, kept
) -> None:
    finding = measured("Switching to drug B was linked with fewer relapses than drug C.", (6,))
    told = measured(advice, (7,))
    head = Headline(
        "Switching to drug B was linked with fewer relapses than drug C", (6,), origin=finding.text
    )
    assert (told.text in _why([finding, told], head)) is kept


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("People with MS may stop driving sooner than needed because no one asks them.", False),
        ("Pain relief was given as required by the ward staff.", False),
        ("Larger trials of cooling vests are needed.", True),
        ("Further research is required before vests are offered.", True),
    ],
)
def test_how_much_is_needed_is_no_call_for_more_research(text, call) -> None:
    """ "Sooner than needed" says how much, not what research should come next: such a
    conclusion may say why the finding matters."""
    from plainsum.plain.conclusion_kinds import FUTURE

    assert bool(FUTURE.search(text)) is call
