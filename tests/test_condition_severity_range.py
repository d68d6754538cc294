"""A condition named with a range of severity ("mild to moderate dementia") is never named by
the range's end alone ("moderate dementia"): readers found "This review was about moderate
dementia." false (lead, stop 54, freeze reader w3, CD013069)."""

from plainsum.plain.condition import conditions_of
from plainsum.plain.sentences import Role


def _names(*texts: str) -> list[str]:
    said = [(t, i, Role.AIM if i == 0 else Role.RESULTS) for i, t in enumerate(texts)]
    return [c.name for c in conditions_of(said)]


def test_a_severity_range_is_left_out_of_the_name():
    names = _names(
        "To assess memory training for people with mild to moderate dementia.",
        "Memory training helped people with mild to moderate dementia a little.",
    )
    assert names[:1] == ["dementia"]


def test_a_single_severity_stays():
    names = _names(
        "To assess inhaled drugs for people with severe asthma.",
        "Inhaled drugs reduced attacks in severe asthma.",
    )
    assert names[:1] == ["severe asthma"]


def test_two_places_joined_are_one_condition():
    names = _names(
        "To assess drugs that prevent gastric and duodenal ulcers in people taking painkillers.",
        "The drugs prevented duodenal ulcers in people taking painkillers.",
        "Double doses prevented duodenal ulcers but not gastric ulcers.",
    )
    assert names[:1] == ["gastric and duodenal ulcers"]
