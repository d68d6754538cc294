"""A result said as a comparative with one group ("Walking distance was longer with the vest")
states a finding and may head over a side result (lead, stop 54, hand-written s10)."""

from plainsum.plain.finding import states_finding


def test_comparative_with_a_group_is_a_finding():
    assert states_finding("Walking distance was longer with the cooling vest")
    assert states_finding("Recovery was faster in the early surgery group")


def test_a_length_that_is_no_comparison_is_not():
    assert not states_finding("The test was done in a warm room")
