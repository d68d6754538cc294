"""Issue 9 (the main finding heads): where the authors say a gain over placebo is of limited
clinical value, the verdict is the finding (CD008183 headed "X is statistically better than
placebo ..." without its "but ... of limited clinical value"). A claim said without the doubt
its sentence weighs it against after ", but" never heads (no_finding.without_its_worry), and
a conclusion's closing remark that its finding is a first may go (novelty_tail.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.forms import headline_forms
from plainsum.plain.headline.no_finding import without_its_worry
from plainsum.plain.headline.novelty_tail import without_novelty
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

GAIN_BUT = (
    "Pregabalin 75 mg is statistically better than placebo for nerve pain after a shingles "
    "attack, but the NNT of 9 for a good night's sleep is of limited clinical value."
)
VERDICT = (
    "Pregabalin 75 mg is not clinically useful on its own for nerve pain after shingles, though "
    "this is probably the first demonstration of a sleep effect of this drug in older people."
)


@pytest.mark.parametrize(
    ("piece", "sentence", "expected"),
    [
        (
            "Pregabalin 75 mg is statistically better than placebo for nerve pain after a "
            "shingles attack",
            GAIN_BUT,
            True,
        ),
        (
            "Cooling vests are better than fans for keeping walking speed in heat",
            "Cooling vests are better than fans for keeping walking speed in heat, but the gain "
            "is not clinically meaningful for most people.",
            True,
        ),
        # a "but" with no doubt on the gain
        (
            "Cooling vests are better than fans for keeping walking speed in heat",
            "Cooling vests are better than fans for keeping walking speed in heat, but they cost "
            "more to buy.",
            False,
        ),
    ],
)
def test_a_gain_said_without_its_doubt(piece: str, sentence: str, expected: bool) -> None:
    assert without_its_worry(piece, sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            VERDICT,
            "Pregabalin 75 mg is not clinically useful on its own for nerve pain after shingles",
        ),
        (
            "Vitamin D did not lower relapse rates in young people with MS, and this is the first "
            "trial to test it in children.",
            "Vitamin D did not lower relapse rates in young people with MS",
        ),
        # no remark that it is a first
        ("Vitamin D did not lower relapse rates, though this may reflect the low dose.", None),
        # too little before the remark
        ("It helped, though this is the first report of it.", None),
    ],
)
def test_a_remark_that_the_finding_is_a_first_may_go(sentence: str, expected: str | None) -> None:
    assert without_novelty(sentence) == expected


def test_the_cut_is_a_headline_form() -> None:
    forms = [text for _, text in headline_forms(measured(VERDICT), StudyDesign.REVIEW, "x")]
    assert "Pregabalin 75 mg is not clinically useful on its own for nerve pain after shingles" in (
        forms
    )


def test_the_verdict_heads_not_the_gain_without_its_doubt() -> None:
    gain = measured(
        "Pregabalin 75 mg is statistically better than placebo for nerve pain after a shingles "
        "attack.",
        (9,),
        9,
    )
    doubt = measured(
        "But the number needed to treat of 9 for a good night's sleep is of limited clinical "
        "value.",
        (9,),
        10,
    )
    verdict = measured(VERDICT, (10,), 11)
    head = choose_headline(
        [gain, doubt, verdict], [], StudyDesign.REVIEW, said={9: GAIN_BUT, 10: VERDICT}
    )
    assert head.text == (
        "Pregabalin 75 mg is not clinically useful on its own for nerve pain after shingles"
    )
