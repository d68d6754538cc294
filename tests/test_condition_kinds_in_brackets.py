"""A condition an aim names only inside a bracket listing the kinds of another "of any cause" is
one kind among several, never what the review was about (a reader's firm false, CD004127: "This
review was about chronic obstructive pulmonary disease." for a review of breathing failure of any
cause). Text written for these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather

_REVIEW = (
    "Objectives: To assess whether early removal of the breathing tube followed by a face mask "
    "reduces deaths in adults on a ventilator with respiratory failure of any cause (chronic "
    "obstructive pulmonary disease (COPD), non-COPD, after surgery).\n"
    "Main results: We included 12 trials with 800 adults. Deaths were fewer with the face mask "
    "(RR 0.6, 95% CI 0.4 to 0.9). The benefit was larger in trials that took in only people "
    "with COPD than in trials of mixed groups.\n"
    "Authors' conclusions: Early removal with a face mask may reduce deaths."
)


def test_a_kind_in_brackets_is_no_topic() -> None:
    source = parse(_REVIEW)
    names = [c.name for c in gather(source, detect_design(source)).conditions]
    assert not names or names[0] != "chronic obstructive pulmonary disease"


def test_a_condition_named_outside_the_bracket_is_the_topic() -> None:
    text = _REVIEW.replace(
        "with respiratory failure of any cause (chronic obstructive pulmonary disease (COPD), "
        "non-COPD, after surgery)",
        "with chronic obstructive pulmonary disease (COPD)",
    )
    source = parse(text)
    names = [c.name for c in gather(source, detect_design(source)).conditions]
    assert names and names[0] == "chronic obstructive pulmonary disease"
