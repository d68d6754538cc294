"""A sentence cut just after a relative word or a 'from', and a verb's -ing form after 'did
not' or a modal (issue 8: broken sentences a terse or newsy draft leaves, which the gate
passed). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import text_problems
from plainsum.checks.fluency_agreement import do_past
from plainsum.checks.fluency_cuts import cut_end


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Tea drinkers were less likely to get worse than those who.", "those who"),
        ("The benefit was largest in the children whom.", "children whom"),
        ("Fewer relapses were seen in people that.", "people that"),
        ("The nurses gave a leaflet to the patients which.", "patients which"),
        ("Many carers felt tired and cut off from.", "cut off from"),
        ("Walking improved, and the group gained most from.", "gained most from"),
        # the sentence's own subject pronoun strands nothing
        ("It covered two flu seasons from.", "flu seasons from"),
        # an object pronoun left after a noun that takes none
        ("The reviewers found 15 trials with 702 adults with MS it.", "MS it"),
        ("The gel healed the wounds of 30 rats it.", "rats it"),
    ],
)
def test_a_cut_end_is_flagged(sentence: str, span: str) -> None:
    assert cut_end(sentence) == span
    assert "cut_end" in {p.rule for p in text_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        # a question word whose question is elided, not cut
        "Nobody could tell which.",
        "It is not known who.",
        "The virus spread fast, and it was hard to trace who met who.",
        # a question word paired with itself across a verb: "which was which"
        "Neither the children nor their parents were told which spray was which.",
        "At the clinic, the staff knew who was who.",
        # a name in capitals, and 'it' after a verb or a preposition
        "Two of the tests are recommended by the WHO.",
        "Most people who tried the app said they would keep using it.",
        "Nobody in the trial had heard of it.",
        # 'that' ending a whole sentence
        "The study did not look at that.",
        "Pain fell by more than that.",
        # 'from' stranded by a relative or question word, or a clause's own subject
        "The trials were too small to draw firm conclusions from.",
        "It is not clear where the infection came from.",
        "This is the clinic they were referred from.",
        # a relative clause that goes on
        "People who drank coffee did better than those who drank none.",
        "Many felt cut off from friends.",
    ],
)
def test_whole_sentences_pass(sentence: str) -> None:
    assert cut_end(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("On the other day they wore a vest that did not cooling.", "did not cooling"),
        ("The drug may reducing pain in the first weeks.", "may reducing"),
        ("People cannot swimming far after the operation.", "cannot swimming"),
    ],
)
def test_an_ing_form_after_did_not_or_a_modal_is_flagged(sentence: str, span: str) -> None:
    assert do_past(sentence) == span
    assert "do_past" in {p.rule for p in text_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The new cream could bring relief within days.",
        "The extra dose did nothing for pain.",
        "The team will be testing a higher dose.",
        "Doctors should keep checking blood counts.",
        "The drug would seemingly help some people.",
    ],
)
def test_whole_verb_phrases_pass(sentence: str) -> None:
    assert do_past(sentence) is None


# The end words are looked for first, in any case and before closing quotes or brackets
# (fluency_cuts._CUT_ENDS); what each rule then decides is as before.
@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Many felt tired and cut off FROM.", "cut off FROM"),
        ('Many felt tired and cut off from.")  ', "cut off from"),
        ("The trial enrolled 40 adults with MS them.)", "MS them"),
        ("The study gave each of them a kit.", None),
        ("Results were better for those WHO.", None),
        ("The drug helped, and they said so.", None),
    ],
)
def test_a_cut_end_is_read_whatever_its_case_and_closing_marks(
    sentence: str, span: str | None
) -> None:
    assert cut_end(sentence) == span
