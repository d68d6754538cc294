"""Issue 9 (readers' quotes "she", "this problem", "the sequence"): a sentence lifted out of the
paper that points at a person or a thing the reader of the draft has not met is left out of the
body (plain/referents.py). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from plainsum.plain.lines import Line
from plainsum.plain.referents import points_at_nothing, referred, unnamed_reason


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("She was sent home on day three with pain medicine.", "Cysts of the liver are rare."),
        ("The tumour was removed, and his recovery was quick.", "Surgery is the usual treatment."),
        ("The researchers tackle this problem in a mouse model.", "Germs hide in cells."),
        ("Strains with the sequence turned around grew more slowly.", "Genes were studied."),
        ("The new strain gave these helpful effects more often than the old one.", ""),
        ("Mice lacking this receptor walked less after the injury.", "Nerves were studied."),
        # a letter for a group or a plan nobody defined (issue 9, a reader's quote)
        ("In treatment B, the lower drug levels eased less pain.", "Two pills were compared."),
        ("Sleep was longer in arm C than at the start.", "The trial had three arms."),
        # groups nothing set side by side
        ("Four and three people needed a breathing tube in the two groups.", "A drug was tried."),
        ("Pain eased in both arms.", "The review looked at back pain."),
        # some of a review's studies, picked out by a sentence the reader has not seen
        ("Pooled, these studies suggested a small benefit.", "The review included 20 trials."),
        ("In that study, the drug arm had higher doses.", "The review included six trials."),
        ("In the other study, no difference was found.", "Two studies reported pain scores."),
    ],
)
def test_a_pointer_with_nothing_before_it_points_at_nothing(text: str, before: str) -> None:
    assert points_at_nothing(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # the person or thing was named before, in the draft or earlier in the sentence
        ("She was sent home on day three.", "A 52-year-old woman had a liver cyst removed."),
        ("The patient was told to rest but she went back to work.", ""),
        ("The researchers tackle this problem in a mouse model.", "This problem has no cure."),
        ("Mice lacking this receptor walked less.", "The receptors on nerve cells were studied."),
        ("Of the eight trials, five were pooled and these trials showed no difference.", ""),
        # a pointer at the paper itself, at a time or a way, or at what the sentence names
        ("In this study, walking improved.", ""),
        ("Further work is needed in this field.", ""),
        ("Blood pressure fell in the three trials that measured this outcome.", ""),
        ("In this age group, falls were common.", ""),
        # no pointer: a pronoun "this" with its verb, examples with "such as"
        ("But this was not clear at eight weeks.", ""),
        ("This reduced pain in most people.", ""),
        ("Problems such as pain and swelling were common.", ""),
        # "those" as a pronoun for what the sentence names next
        (
            "Genes of one kind were linked to thyroid disease and those of another to gut disease.",
            "",
        ),
        ("It may suit younger people and those in work or study.", ""),
        # one of two the sentence itself names
        ("At one month 70% on the drug and 20% on the dummy improved, more in the former.", ""),
        # a letter defined, or one that names a thing
        (
            "In treatment B, drug levels were lower.",
            "Gabapentin alone (treatment A) and with a second pill (treatment B) were given.",
        ),
        ("Treatment B: drug levels were lower than in treatment A.", "Treatment A: one pill."),
        ("Group B streptococcus infections fell in the treated arm.", "Mothers got a vaccine."),
        ("Vitamin A lowered deaths in both studies.", "Vitamin A and zinc were studied."),
        # groups the draft or the sentence set side by side
        ("Falls were rare in the two groups.", "The trial compared a walking plan with rest."),
        ("Of 80 people on the drug or on placebo, pain eased in both groups.", ""),
        ("Seven of 40 in the drug group and 9 of 41 in either group had a fever.", ""),
        ("Of the six trials, one was large, and in that trial pain fell.", ""),
    ],
)
def test_a_pointer_at_something_named_is_kept(text: str, before: str) -> None:
    assert not points_at_nothing(text, before)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        # a review's body: its groups are those of its comparison, its studies its own
        ("There was no clear difference in deaths between the two groups.", False),
        ("No serious harms occurred in these studies.", False),
        # some studies picked out by a sentence the reader has not seen
        ("Pooled, these studies suggested a small benefit.", True),
        ("Pooled data from these three studies showed fewer falls.", True),
        ("In that trial, the drug arm had higher doses.", True),
        ("In treatment B, the levels were lower.", True),
    ],
)
def test_a_reviews_body_loses_only_unnamed_groups_and_studies(text: str, points: bool) -> None:
    before = "The review included eight trials comparing surgery with a brace."
    assert points_at_nothing(text, before, groups_only=True) is points


def test_the_body_loses_only_the_line_that_points_at_nothing() -> None:
    frame = Line("This was a lab study.", (), kind="frame")
    named = Line("The team studied a gene that controls cell growth.", (1,))
    lost = Line("They tackle this problem in mice.", (4,))
    found = Line("Mice without the gene grew larger tumours.", (5,))
    assert referred("A gene slows tumour growth", [frame, named, lost, found]) == [
        frame,
        named,
        found,
    ]
    # named in the headline: kept
    assert lost in referred("This problem of tumour growth has a cause", [lost])
    # right after the paper's sentence before it, which names what it points at: kept
    changes = Line("Blood sugar fell and weight rose in the treated group.", (3,))
    none = Line("None of these changes were seen in the dummy group.", (4,))
    # (and leans on it: a shorter body never leaves that sentence out alone)
    assert referred("A herb lowered blood sugar", [changes, none]) == [
        changes,
        replace(none, leans=True),
    ]
    assert referred("A herb lowered blood sugar", [named, none]) == [named]


LAB = (
    "Some germs hide inside immune cells. "
    "Such hidden germs are hard to kill with drugs. "
    "We infected mouse cells with the germ and treated them with a new compound. "
    "The researchers address this problem with a new compound. "
    "The compound killed most hidden germs within a day."
)
REVIEW = (
    "Background: Germs that hide in cells are hard to treat. "
    "Objectives: To assess drugs for hidden germs. "
    "Main results: We included four trials with 300 people. "
    "The trials address this problem in different ways. "
    "Authors' conclusions: The evidence is weak."
)


def _material(text: str):  # type: ignore[no-untyped-def]
    from plainsum.design import detect_design
    from plainsum.ingest import parse
    from plainsum.plain.compose import gather

    source = parse(text)
    return gather(source, detect_design(source))


def test_a_line_added_after_compose_must_not_point_at_nothing() -> None:
    from plainsum.drafters.body_fill import dangles

    lost = Line("The researchers address this problem with a new compound.", (3,))
    assert dangles(_material(LAB), "A compound killed hidden germs", [], lost)
    named = Line("Hidden germs are a problem for treatment.", (1,))
    assert not dangles(_material(LAB), "A compound killed hidden germs", [named], lost)
    # a review too, since CD013265's "Some parents experienced this understanding as ..." (a
    # reader's firm broken sentence): a thing of one study or of the sentence before is named
    # before it is pointed at; the review's own treatments are its own ("this treatment")
    assert dangles(_material(REVIEW), "Drugs for hidden germs", [], lost)
    own = Line("The researchers gave this treatment for two weeks.", (3,))
    assert not dangles(_material(REVIEW), "Drugs for hidden germs", [], own)


def test_a_letter_for_a_group_needs_its_definition_even_after_its_own_sentence() -> None:
    # the paper defined "treatment A" and "treatment B" two sentences before; the line before
    # this one is the paper's sentence before it, which does not define them
    method = Line("Pain was scored for two days after each dose.", (4,))
    lettered = Line("In treatment B, the drug levels were lower and pain eased less.", (5,))
    kept = Line("Kidney clearance was the same after each dose.", (6,))
    assert referred(
        "A hay fever pill lowered the pain drug's levels", [method, lettered, kept]
    ) == [
        method,
        kept,
    ]
    # defined where the reader has read it: kept
    defined = Line("One dose alone (treatment A) or after the other pill (treatment B).", (3,))
    assert lettered in referred("A pill lowered drug levels", [defined, method, lettered])


@pytest.mark.parametrize(
    ("text", "before", "points"),
    [
        # the half of "Although A may rise with X, there is no difference between both plans"
        # left alone: which plans, nothing the reader has read says
        (
            "There is no evidence of a difference between both plans for heart attacks.",
            "This was a review of earlier studies. The review included five trials.",
            True,
        ),
        ("Both schedules caused nausea.", "The review included four trials.", True),
        ("Falls were as common with either treatment.", "This was a review.", True),
        # named or said to be compared before: kept
        (
            "There is no evidence of a difference between both plans for heart attacks.",
            "The review authors compared a short course of the drug with a long one.",
            False,
        ),
        ("Both schedules caused nausea.", "Two trials gave weekly versus monthly doses.", False),
        ("Nausea was more common with the long course than with both other plans.", "", False),
        # the pair introduced by its own words, not pointed at
        ("Both of the two main drugs used can cause harm.", "This was a review.", False),
        ("Neither of the two drugs was better.", "The review compared two drugs for gout.", False),
    ],
)
def test_a_pair_nothing_named_points_at_nothing_in_a_review_too(
    text: str, before: str, points: bool
) -> None:
    assert points_at_nothing(text, before, groups_only=True) is points


def test_a_pair_nothing_named_goes_even_right_after_its_own_sentence() -> None:
    deaths = Line("There is no evidence of a difference in deaths.", (9,))
    pair = Line("But there is no evidence of a difference between both plans for cancer.", (10,))
    assert referred("A review found longer survival", [deaths, pair], groups_only=True) == [deaths]
    compared = Line("Two trials compared a weekly with a monthly dose.", (9,))
    out = referred("A review found longer survival", [compared, pair], groups_only=True)
    assert [x.text for x in out] == [compared.text, pair.text]
    assert out[1].leans  # shown for the comparison before it: never kept without it


@pytest.mark.parametrize(
    ("text", "before", "points"),
    [
        # the verb after the pointer's noun is no word of what it points at, though the reader
        # met it before ("has")
        (
            "A clearer picture of such links has wide uses for future care.",
            "The outbreak has driven new research. Gut germs need zinc to grow.",
            True,
        ),
        (
            "These pathways were active in the older mice.",
            "Some cells were studied. Older mice were tested.",
            True,
        ),
        # the noun itself was met before: the pointer has something to point at
        (
            "A clearer picture of such links has wide uses for future care.",
            "Zinc has links with the immune system.",
            False,
        ),
        ("This receptor is found on nerve cells.", "Mice lacking the receptor walked less.", False),
    ],
)
def test_only_the_pointer_s_noun_phrase_is_looked_for_before(text, before, points):
    assert points_at_nothing(text, before) is points


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # the reason sums up what several sentences told; the one shown before names none of it
        (
            "Considering these possible flaws of the scoring scale, a survey of 210 nurses was "
            "done to learn how much they trust it.",
            "The type of injury made no difference to how many people the scale could place.",
        ),
        ("In view of these concerns, the drug was stopped in 2019.", "Liver tests were done."),
        ("Despite these limitations, the exercise plan seemed to help.", "Four trials were small."),
    ],
)
def test_an_opening_reason_needs_its_thing_named(text: str, before: str) -> None:
    assert unnamed_reason(text, before)
    kept = referred("A scoring scale missed most injured people", [_line(before, 4)])
    assert referred("A scoring scale missed most injured people", [*kept, _line(text, 5)]) == kept


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # named in what the reader has read, in the singular or the plural
        (
            "Considering these flaws of the scoring scale, a survey of 210 nurses was done.",
            "The scale has a flaw: it misses fast heart rates.",
        ),
        ("In view of these concerns, the drug was stopped.", "Doctors raised concerns about it."),
        ("Despite these measures, infections rose.", "Hand washing was one measure used."),
        # the paper's own findings or data, or "this" alone: the sentence before as a whole
        ("Despite these findings, the drug is still widely used.", "It did not lower pain."),
        ("Because of this, the trial was stopped early.", "Two people had a stroke."),
        # a reason that is no pointer
        ("Given the small numbers, the results are uncertain.", "Twelve people took part."),
    ],
)
def test_an_opening_reason_named_before_stands(text: str, before: str) -> None:
    assert not unnamed_reason(text, before)


def _line(text: str, source: int) -> Line:
    return Line(text, (source,))


def test_respondents_need_their_survey_named() -> None:
    text = "Less than half of all respondents said they would use the scale in the first check."
    assert points_at_nothing(text, "The scale missed most injured people.")
    assert not points_at_nothing(text, "An online survey of 383 course teachers was done.")
    assert not points_at_nothing("Of 200 nurses asked, most respondents trusted the scale.", "")


def test_the_design_frame_before_a_pointer_names_nothing() -> None:
    frame = Line("This was a clinical trial in people.", (3,))
    pointer = _line("Over 60% of people with this gene type had high blood pressure.", 4)
    assert referred("A vitamin lowered blood pressure", [frame, pointer]) == [frame]
    named = _line("People with the TT gene type were asked to take part.", 3)
    out = referred("A vitamin lowered blood pressure", [named, pointer])
    assert [x.text for x in out] == [named.text, pointer.text]
    assert out[1].leans  # shown for the line that names its thing: never kept without it


def test_a_pointer_shown_after_its_own_sentence_leans_on_it() -> None:
    described = _line("Blood sugar fell and weight rose in the treated group.", 3)
    pointer = _line("None of these changes were seen in the dummy group.", 4)
    shown = referred("A herb lowered blood sugar", [described, pointer])
    assert [x.leans for x in shown] == [False, True]


def test_a_thing_the_sentence_before_does_not_name_is_pointed_past_it() -> None:
    # "this genotype" is named two sentences back, not in the one before it: left out
    before = _line("People were put into two groups by blood pressure and given a vitamin.", 3)
    pointer = _line("Over 60% of people with this genotype had high blood pressure.", 4)
    assert referred("A vitamin lowered blood pressure", [before, pointer]) == [before]
    # named in the sentence before it, or in what the reader has read: kept
    named = _line("People with the TT genotype were asked to take part.", 3)
    out = referred("A vitamin lowered blood pressure", [named, pointer])
    assert [x.text for x in out] == [named.text, pointer.text]
    assert out[1].leans  # shown for the line that names its thing: never kept without it
    assert pointer in referred("The TT genotype and blood pressure", [before, pointer])
