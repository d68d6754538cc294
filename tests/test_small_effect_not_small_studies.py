"""'The effect was small and all studies ... had high risk of bias' says the effect was small,
not the studies: never "The authors say the studies were few or small." (lead, stop 54, freeze
reader w1's firm false on CD005427)."""

from plainsum.plain.limit_rules import RULES

_SMALL = next(pattern for name, pattern, _ in RULES if name == "small_studies")


def test_a_small_effect_is_no_small_study():
    assert not _SMALL.search("However, the effect was small and all studies had high risk of bias.")


def test_small_studies_still_count():
    assert _SMALL.search("The review found only small and poorly reported trials.")
    assert _SMALL.search("Evidence came from small studies with short follow-up.")
