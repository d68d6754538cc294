"""A result whose one direction word covers estimates that point opposite ways is false for
one of its measures once its brackets go: the drafter leaves it out. Sentences written for
these tests."""

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather
from plainsum.plain.mixed_direction import mixed_direction, unshown_difference


@pytest.mark.parametrize(
    ("text", "mixed"),
    [
        # one "lower" for a score that fell and a level that rose
        (
            "Children taking the spray had a lower waking index (MD -1.8, 95% CI -3.0 to -0.6) "
            "and nadir of blood oxygen (MD 3.2, 95% CI 1.1 to 5.3).",
            True,
        ),
        (
            "Walking aids reduced falls (RR 0.72, 95% CI 0.60 to 0.86) and fear of falling "
            "(RR 1.30, 95% CI 1.05 to 1.61).",
            True,
        ),
        # each measure with its own direction word
        (
            "The spray gave a lower waking index (MD -1.8, 95% CI -3.0 to -0.6) and a higher "
            "blood oxygen level (MD 3.2, 95% CI 1.1 to 5.3).",
            False,
        ),
        # estimates that point the same way
        (
            "Walking aids reduced falls (RR 0.72, 95% CI 0.60 to 0.86) and injuries (RR 0.81, "
            "95% CI 0.70 to 0.95).",
            False,
        ),
        # an estimate whose interval holds no change points no way
        (
            "Drop-out was about 10% in both groups (RR 0.98, 95% CI 0.60 to 1.60) and more "
            "people on the drug needed a second drug (RR 4.20, 95% CI 2.10 to 8.40).",
            False,
        ),
        # words that let the measures differ, or whose way depends on the scale
        (
            "Mild creams were linked with a decreased risk of rash (RR 0.45, 95% CI 0.30 to "
            "0.70), but not strong creams (RR 1.60, 95% CI 1.10 to 2.30).",
            False,
        ),
        (
            "The spray improved the pain score (MD -1.8, 95% CI -3.0 to -0.6) and walking "
            "distance (MD 40, 95% CI 12 to 68).",
            False,
        ),
        # one estimate only: the interval's sign is not another estimate
        ("Fatigue was lower with cooling (MD -4.1, 95% CI -6.0 to 2.2).", False),
        ("Cooling vests made no difference to fatigue.", False),
    ],
)
def test_mixed_direction(text: str, mixed: bool) -> None:
    assert mixed_direction(text) is mixed


def test_the_drafter_leaves_such_a_result_out() -> None:
    text = (
        "Objectives: To assess a nasal spray for sleep apnoea in children.\n"
        "Main results: We included four trials with 210 children. Children taking the spray "
        "had a lower waking index (MD -1.8, 95% CI -3.0 to -0.6) and nadir of blood oxygen "
        "(MD 3.2, 95% CI 1.1 to 5.3). Side effects were rare in both groups.\n"
        "Authors' conclusions: The nasal spray may help children with mild sleep apnoea."
    )
    source = parse(text)
    material = gather(source, detect_design(source))
    shown = [p.text for ps in material.by_role.values() for p in ps]
    assert not any("nadir" in t for t in shown)
    assert any(t.startswith("Side effects were rare") for t in shown)


@pytest.mark.parametrize(
    ("text", "unshown"),
    [
        # one way said, every interval holding no change
        ("Hospital stays were 0.6 days longer with the pump, 95% CI -0.4 to 1.5; 5 trials.", True),
        ("Falls were fewer with the exercise plan (RR 0.88, 95% CI 0.71 to 1.09).", True),
        # the interval shows the difference
        ("Pain was lower with the cream (MD -1.4, 95% CI -2.2 to -0.6).", False),
        ("Falls were fewer with the exercise plan (RR 0.72, 95% CI 0.58 to 0.90).", False),
        # the words already say it is unsure or no difference
        ("The plan may lead to fewer falls (RR 0.88, 95% CI 0.71 to 1.09).", False),
        ("There was no clear difference in falls (RR 0.9, 95% CI 0.7 to 1.2).", False),
        (
            "Survival was longer with the pill; falls were fewer too (RR 9; 95% CI 0.6 to 90).",
            False,
        ),
        ("Relapses were probably fewer with the drug (RR 0.85, 95% CI 0.70 to 1.03).", False),
        # no interval to judge by
        ("Hospital stays were 0.6 days longer with the pump.", False),
        # counts that improved one way, a ratio named before its value, the interval called a
        # "confidence interval (CI)", and "no treatment" a group, not a hedge
        (
            "Walking scores improved in 14 of 20 people given the brace, compared with 8 of 19 "
            "people given no treatment (risk ratio (RR) for improvement 1.66 (95% confidence "
            "interval (CI) 0.93 to 2.96; very low-quality evidence).",
            True,
        ),
        (
            "Walking scores improved in 14 of 20 people given the brace, compared with 3 of 19 "
            "people given no treatment (risk ratio (RR) for improvement 4.43 (95% confidence "
            "interval (CI) 1.52 to 12.9).",
            False,
        ),
    ],
)
def test_a_difference_its_own_figures_do_not_show(text: str, unshown: bool) -> None:
    assert unshown_difference(text) is unshown


def test_the_drafter_leaves_a_difference_its_figures_do_not_show_out() -> None:
    text = (
        "Objectives: To assess a pump for insulin in hospital.\n"
        "Main results: We included six trials with 700 adults. Hospital stays were 0.6 days "
        "longer with the pump, 95% CI -0.4 to 1.5; P = 0.3; 5 trials. Low blood sugar was less "
        "common with the pump (RR 0.5, 95% CI 0.3 to 0.8).\n"
        "Authors' conclusions: The pump may lower the risk of low blood sugar."
    )
    source = parse(text)
    material = gather(source, detect_design(source))
    shown = [p.text for ps in material.by_role.values() for p in ps]
    assert not any("longer" in t for t in shown)
    assert any(t.startswith("Low blood sugar was less common") for t in shown)
