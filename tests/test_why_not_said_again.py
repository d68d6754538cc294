"""Why it matters never says again what a template headline said: where the headline is "A
study looked at gout", the frame "This study was about gout. It did not look at MS, so ..."
gives way to the bare statement (issue 9: "why it matters" repeated the headline). A headline
that names something else, or states a finding, keeps the frame that names what was studied.
Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.frames import NOT_ABOUT_MS, NOT_MS
from plainsum.plain.headline import Headline
from plainsum.plain.lines import Line
from plainsum.plain.not_about_ms import unsaid_again

ABOUT = [Line("This study was about gout.", (3,), kind="frame"), Line(NOT_ABOUT_MS, kind="frame")]
LOOKED = [
    Line(
        "This review looked at cold caps for hair loss; it did not look at MS, so what it "
        "means for people with MS is not known.",
        (2,),
        kind="frame",
    )
]


def _template(text: str) -> Headline:
    return Headline(text, (), from_template=True)


def test_the_condition_the_headline_names_is_not_named_again() -> None:
    out = unsaid_again(ABOUT, _template("A study looked at gout"))
    assert [line.text for line in out] == [NOT_MS]


def test_what_the_headline_says_was_looked_at_is_not_said_again() -> None:
    out = unsaid_again(LOOKED, _template("A review looked at cold caps for hair loss"))
    assert [line.text for line in out] == [NOT_MS]


def test_a_headline_that_names_something_else_keeps_the_frame() -> None:
    assert unsaid_again(ABOUT, _template("A review of 3 trials found no clear evidence")) == ABOUT
    assert unsaid_again(LOOKED, _template("A review looked at wigs")) == LOOKED


def test_a_finding_that_names_the_condition_keeps_the_frame() -> None:
    # (the headline says what was found in people with gout; the frame what was studied)
    found = Headline("Cherry juice lowered pain in people with gout", (4,))
    assert unsaid_again(ABOUT, found) == ABOUT


def test_a_word_inside_another_is_no_naming() -> None:
    # "gout" is no name of "goutweed"
    assert unsaid_again(ABOUT, _template("A study looked at goutweed tea")) == ABOUT
