"""A conclusion's "although the analysis was limited to people of European ancestry" is a
limitation, not what the finding means (lead, stop 54, hand-written s4)."""

from plainsum.plain.sentences import limit_after_finding


def test_a_conclusions_confinement_is_a_limit():
    assert limit_after_finding("But the analysis was limited to people of European ancestry.")
    assert limit_after_finding("But the study was restricted to women.")
    assert not limit_after_finding("But the effect was limited in size in older people.")
