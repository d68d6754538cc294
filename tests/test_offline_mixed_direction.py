"""A result whose one direction word covers estimates that point opposite ways is false for
one of its measures once its brackets go: the drafter leaves it out. Sentences written for
these tests."""

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather
from plainsum.plain.mixed_direction import mixed_direction


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
