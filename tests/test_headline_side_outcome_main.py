"""A headline whose effect acts on an outcome named with a side word ("adverse") leads with the
main finding when the paper's conclusions state their own first effect on that outcome, under
its short form or its long one ("may reduce MACE" of a paper that defines "major adverse cardiac
events (MACE)"). Found on cochrane devaraj-386: its better headline, the main comparison's
result, was flagged a side point and the repair dropped it (issue 8). Texts written for these
tests."""

import pytest
from gate_probes import headline_errors

from plainsum.ingest import parse

WRIST = parse(
    """We found 18 trials with 9,400 adults having a heart procedure. Compared with entry
through the groin, entry through the wrist reduced major adverse cardiac events (MACE) in the
first month (RR 0.80, 95% CI 0.70 to 0.92) and bleeding (RR 0.50, 95% CI 0.38 to 0.66).
However, strokes were similar in both groups. Entry through the wrist failed a little more
often. Entry through the wrist may reduce short-term MACE and bleeding. We found too little
evidence on long-term outcomes."""
)
PAIN_DRUG = parse(
    """We found 12 trials with 2,100 adults with nerve pain. The drug reduced pain scores more
than placebo (MD -1.2, 95% CI -1.6 to -0.8). More people on the drug had side effects such as
dizziness (RR 1.9, 95% CI 1.4 to 2.6). The drug reduces nerve pain in adults but causes more
side effects than placebo."""
)
BODY = {
    "what_the_study_did": "The researchers pooled trials in adults.",
    "why_it_matters": "This work did not look at MS. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def errors(source, headline: str) -> list[str]:
    return headline_errors(source, headline, BODY)


@pytest.mark.parametrize(
    "headline",
    [
        "Going in through the wrist reduced major adverse cardiac events and bleeding",
        "Entry through the wrist may reduce serious adverse heart events in the first month",
    ],
)
def test_the_effect_the_conclusions_lead_with_is_no_side_point(headline: str) -> None:
    assert not errors(WRIST, headline)


@pytest.mark.parametrize(
    "source,headline",
    [
        # the conclusions lead with pain; their side effects come after "but"
        (PAIN_DRUG, "The drug caused more side effects than placebo"),
        # an effect on harms the conclusions never state
        (WRIST, "Entry through the wrist brought fewer side effects"),
    ],
)
def test_a_harm_the_conclusions_do_not_lead_with_is_still_a_side_point(source, headline):
    assert errors(source, headline)
