"""A promise of protection ("Treating your gums will protect your heart.", "This drug will
prevent strokes.") is an absolute effect the paper must state itself; a paper that only asks
whether the treatment prevents it ("To assess whether treating gum disease prevents heart
attacks") does not. A hedged promise, and a paper that reports prevention, pass. Papers and
sentences written for these tests."""

from plainsum.checks.claims_strength import find_strength

ASKS = (
    "Objectives: To assess whether treating gum disease prevents heart attacks. Results: Two "
    "trials found no clear difference in heart attacks. Conclusions: There is insufficient "
    "evidence to determine whether treating gum disease prevents heart attacks."
)
REPORTS = "Results: Treatment prevented heart attacks in the treated group (RR 0.5)."


def test_a_promise_of_protection_the_paper_only_asks_about_is_caught():
    assert find_strength("Treating your gums will protect your heart.", ASKS)
    assert find_strength("Treating gum disease will prevent heart attacks.", ASKS)


def test_a_hedged_promise_or_a_general_capability_passes():
    assert find_strength("Treating your gums might protect your heart.", ASKS) == []
    assert find_strength("Blood thinners can prevent clots.", ASKS) == []


def test_a_paper_that_reports_prevention_carries_it():
    assert find_strength("Treating gum disease will prevent heart attacks.", REPORTS) == []
