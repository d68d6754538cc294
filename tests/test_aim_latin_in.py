"""An aim's head never takes "in vitro" (or "in vivo") for the "in whom" it was for (issue 9,
whole and true sentences; CD012856's draft read "The review authors looked at screening
hysteroscopy in vitro fertilisation.", dropping the women it was for). Aims written for these
tests."""

from __future__ import annotations

from plainsum.plain.aim import short_aim


def test_in_vitro_is_no_one_the_aim_was_for() -> None:
    aim = (
        "The review authors wanted to check the effect and safety of egg freezing in women "
        "having checks for infertility, and women having in vitro fertilisation."
    )
    assert short_aim(aim, compact=True) is None


def test_people_before_in_vitro_are_kept() -> None:
    aim = (
        "The review authors wanted to check the effect of growth hormone in women having in "
        "vitro fertilisation."
    )
    assert short_aim(aim, compact=True) == (
        "The review authors looked at growth hormone in women having in vitro fertilisation."
    )
