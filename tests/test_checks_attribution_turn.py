"""A result of one study of several, lifted whole from the paper's turn on that study and set
after a sentence about another (texts written for these tests)."""

import pytest

from plainsum.checks.attribution import check_attribution
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Main results: Three trials met the inclusion criteria. A trial of a weekly exercise class \
improved walking speed and balance but not fatigue. A second trial of a pedometer with text \
reminders found more daily steps in the pedometer group. The intervention had no effect on \
fatigue or mood. A third trial of yoga was too small to show any change.

Authors' conclusions: Exercise classes may improve walking; more trials are needed."""
)


def _turns(did: str) -> list[str]:
    summary = PlainSummary(
        headline="A weekly exercise class may help people walk faster",
        what_the_study_did=did,
        why_it_matters="If you want to be more active, ask your physiotherapist what suits you.",
        limitations="The review is only as good as its three small trials.",
    )
    links = link_summary(REVIEW, summary, detect_design(REVIEW))
    return [f.span for f in check_attribution(REVIEW, links) if "(one_study)" in f.message]


def test_a_result_of_the_study_named_before_it_in_the_paper_set_after_another_is_an_error():
    lifted = "The intervention had no effect on fatigue or mood."
    did = (
        "The review found three trials. A trial of a weekly exercise class improved walking "
        f"speed and balance but not fatigue. {lifted}"
    )
    assert _turns(did) == [lifted]


@pytest.mark.parametrize(
    "did",
    [
        # after the sentence about the study it belongs to
        "The review found three trials. A second trial of a pedometer with text reminders found "
        "more daily steps. The intervention had no effect on fatigue or mood.",
        # naming its study itself
        "The review found three trials. A trial of a weekly exercise class improved walking "
        "speed and balance. The pedometer with text reminders had no effect on fatigue or mood.",
    ],
)
def test_the_result_after_its_own_study_or_naming_it_passes(did):
    assert _turns(did) == []
