"""A review's comparison heading run into the sentence after its colon ("Drug A versus placebo:
no trials ...", "Adverse events, drug A versus placebo: four trials ..."): a draft showed the
label as it was ("Unwanted events, X compared with Y: four trials ..."). The heading is said as
the sentence's scope, or dropped when the sentence names both sides itself; a heading that holds
a clause, or a rest that is no clause, is left alone. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import plain_sentences, strip_label


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # the rest does not name the comparison: the heading becomes its scope
        ("Fampridine versus placebo: no trials reported falls at six months.",
         "For fampridine compared with placebo, no trials reported falls at six months."),
        ("Cooling vests versus usual care (2 trials, 64 participants): low-certainty evidence "
         "showed little or no difference in fatigue between groups.",
         "For cooling vests compared with usual care (2 trials, 64 participants), low-certainty "
         "evidence showed little or no difference in fatigue between groups."),
        # a participle may open the heading
        ("Supervised exercise compared with home exercise: walking speed was similar in both.",
         "For supervised exercise compared with home exercise, walking speed was similar in both."),
        # the rest's subject is the heading's treatment: said against what it was compared with
        ("Fampridine versus placebo: fampridine may improve walking speed a little.",
         "Compared with placebo, fampridine may improve walking speed a little."),
        ("Cooling vests versus usual care: based on two trials with 64 participants, cooling "
         "vests may lower fatigue.",
         "Compared with usual care, based on two trials with 64 participants, cooling vests may "
         "lower fatigue."),
        # the rest names both sides: the heading goes
        ("Side effects, baclofen versus tizanidine (any dose): three trials comparing baclofen and "
         "tizanidine reported side effects, of which two could be pooled.",
         "Three trials comparing baclofen and tizanidine reported side effects, of which two "
         "could be pooled."),
        ("Yoga versus stretching: yoga did not lower fatigue more than stretching did.",
         "Yoga did not lower fatigue more than stretching did."),
    ],
)  # fmt: skip
def test_a_comparison_heading_is_said_with_its_sentence(text: str, out: str) -> None:
    assert strip_label(text) == out


@pytest.mark.parametrize(
    "text",
    [
        # the heading holds the clause; the rest is a list
        "Similarly, there were no differences between the diet group versus controls for the "
        "other outcomes: weight, mood and sleep.",
        # the rest has no subject: the heading is it
        "Glass ionomer sealant versus no sealant: was assessed by three studies.",
        # the rest is a statistic, not a clause
        "Baclofen versus placebo for spasm frequency: standardized mean difference -0.31.",
        # a topic the rest does not say again would be lost
        "Bladder symptoms, oxybutynin versus placebo: two trials found fewer urgent visits.",
        # a verb in the heading: a sentence of its own
        "Exercise improved walking compared with usual care: the evidence was low.",
    ],
)
def test_what_is_not_a_comparison_heading_is_left(text: str) -> None:
    assert strip_label(text) == text


def test_the_drafted_sentence_keeps_no_label() -> None:
    text = (
        "Adverse events, interferon versus placebo (first year): four trials comparing "
        "interferon and placebo reported adverse events, of which two could be pooled."
    )
    out = " ".join(p.text for p in plain_sentences(text, review=True))
    assert out.startswith("Four trials comparing interferon and"), out
    assert ":" not in out, out
