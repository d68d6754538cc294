"""A call for more work that says what it is for ("are needed to guide treatment choice") says
why the finding matters (issue 9: a network meta-analysis whose one conclusion headed had
nothing but the care-team pointer under why it matters). A bare call ("to confirm these
findings") still says nothing. Abstracts written for these tests, in journal shapes."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.own_meaning import named_call

NETWORK = """Comparing treatments for walking speed in progressive multiple sclerosis: a \
systematic review and network meta-analysis

Background: Several drugs are used to improve walking in progressive multiple sclerosis, but \
few have been compared with each other.
Methods: We searched MEDLINE and Embase to March 2025 for randomised controlled trials of at \
least 12 weeks in adults with progressive MS and pooled their results in a network \
meta-analysis.
Results: We included 21 trials with 4,380 participants comparing 9 treatments. Dalfampridine \
improved walking speed more than placebo. Differences between the other treatments were small.
Conclusions: Dalfampridine was the only treatment that clearly improved walking speed in \
progressive MS. Direct comparison trials are needed to guide the choice between treatments.
"""


def test_a_call_that_names_what_it_is_for_is_said() -> None:
    assert named_call("Direct comparison trials are needed to guide the choice between drugs.") == (
        "The authors say direct comparison trials are needed to guide the choice between drugs."
    )
    call = "Further trials are needed to establish whether fampridine helps balance."
    assert named_call(call) == f"The authors say f{call[1:]}"


def test_a_call_for_what_is_generic_says_nothing() -> None:
    assert named_call("Larger trials are needed to confirm these findings.") is None
    assert named_call("More research is needed to confirm this.") is None
    assert named_call("Further trials are needed.") is None


def test_the_review_says_why_its_finding_matters_with_the_call() -> None:
    source = parse(NETWORK)
    head, sections = compose(gather(source, detect_design(source)))
    why = " ".join(x.text for x in sections["why_it_matters"] if x.sources)
    assert "needed to guide the choice between treatments" in why
    assert "needed to guide" not in head.text
