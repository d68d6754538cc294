"""A single study's draft says who took part: the methods sentence that counts its people comes
before how outcomes were measured, whatever its length (an easiest-first pick left a 28-word
"In this double-blind trial, 120 adults ... were randomly assigned to X or placebo for 6
months" out for two short outcome sentences)."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.settings import Settings

TRIAL = (
    "An antihistamine for slow nerve signals in multiple sclerosis: a randomised trial\n\n"
    "Background: The antihistamine helped myelin repair in laboratory models. "
    "Methods: In this double-blind trial, 120 adults with relapsing MS and long-standing optic "
    "nerve damage were randomly assigned to the antihistamine twice daily or placebo for six "
    "months. The primary outcome was the change in nerve signal delay at month 6. Secondary "
    "outcomes included letter reading and retinal thickness. "
    "Results: The change in nerve signal delay did not differ between the groups. Tiredness was "
    "reported by 38% of people taking the antihistamine and 15% taking placebo. "
    "Conclusions: The antihistamine did not shorten nerve signal delay in this trial."
)

HEADED = (
    "Night splints for painful finger joints: a randomised clinical trial\n\n"
    "Design: Randomised clinical trial. Participants: Forty women with painful finger joints "
    "and bony nodes, allocated randomly to the splint group or the control group. "
    "Intervention: The splint group wore a night splint on one finger for 90 days. "
    "Results: The splint group had less pain at 90 days than the control group. Hand function "
    "improved in the splint group. "
    "Conclusions: Night splints reduced finger pain in women with painful finger joints."
)


def _did(text: str) -> str:
    return draft(text, Settings(backend="offline", max_repairs=0)).summary.what_the_study_did


def test_the_sentence_that_says_who_took_part_is_shown() -> None:
    did = _did(TRIAL)
    assert "120 adults with relapsing MS" in did
    assert did.index("120 adults") < did.index("did not differ")


def test_a_headings_list_of_participants_is_not_promoted() -> None:
    # "Forty women with ..., allocated randomly to ..." has no verb of its own
    assert "allocated randomly" not in _did(HEADED)
