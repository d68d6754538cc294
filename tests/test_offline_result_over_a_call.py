"""A why-it-matters holding only the paper's call for more research says nothing of what the
finding means: the result the conclusion rests on heads, and the conclusion says why it matters
(issue 9: a hand-written MS app-walking trial failed the gate's hollow_why with "It is not yet
known whether the gains last: longer trials are needed."). A result saying how much further one
group went is a finding; "walked" and "walking" are one key term. Abstracts written for these
tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.finding import states_finding
from plainsum.plain.headline.on_topic import aim_terms, off_topic
from plainsum.plain.lines import Line
from plainsum.plain.material import gather
from plainsum.plain.result_head import hollow

CYCLING = """BACKGROUND: Many people with MS find it hard to keep active. METHODS: In this \
randomised trial, 120 adults with MS were assigned to a 10-week home cycling programme or to \
usual care. The primary outcome was the distance cycled in a 6-minute test. RESULTS: At 10 weeks \
the cycling group cycled 410 metres further than the usual-care group. Fatigue did not differ. \
CONCLUSIONS: A home cycling programme improved cycling distance in people with MS over 10 weeks. \
Longer trials are needed to see whether the gains last.
"""


def test_a_call_alone_is_a_hollow_why() -> None:
    call = Line("Longer trials are needed to see whether the gains last.", (7,))
    pointer = Line("Talk with your care team.", kind="frame")
    assert hollow([call, pointer])
    finding = Line("A home cycling programme improved cycling distance in people with MS.", (6,))
    assert not hollow([finding, pointer])


def test_how_much_further_is_a_finding() -> None:
    assert states_finding("The app group walked 38 metres further than the usual-care group")
    assert not off_topic("They walked further", aim_terms(["a walking programme"]))


def test_the_clearer_conclusion_heads_and_why_is_not_only_a_call() -> None:
    # the result ("the cycling group cycled 410 metres further") names no home programme: the
    # conclusion is clearer and heads (issue 9, stop 57), the result is in the body, and why it
    # matters says honestly that the summary says no more, beside the call
    source = parse(CYCLING)
    head, sections = compose(gather(source, detect_design(source)))
    why = " ".join(line.text for line in sections["why_it_matters"])
    assert head.text.startswith("A home cycling programme improved cycling distance")
    assert "410 metres further" in " ".join(x.text for x in sections["what_the_study_did"])
    assert "does not say more" in why and "improved cycling distance" not in why


def test_at_a_younger_age_is_no_description_of_the_sample() -> None:
    from plainsum.plain.finding import is_procedural

    assert not is_procedural("Childhood onset leads to disability at a younger age")
    assert is_procedural("Participants were aged 18 to 60")


def test_a_finding_with_its_call_is_no_hollow_why() -> None:
    said = Line("Cycling improved distance over 10 weeks; longer trials are needed.", (6,))
    assert not hollow([said])
