"""A term the headline explains where it names it is explained for the body too (issue 8: a
check that fails a correct draft for its wording is a bug in the check). From the lead's end
reading of stop 57: a PLABA trial of night splints whose headline said "Nighttime orthoses
(braces or splints that support part of the body) ..." failed the gate for "orthoses" in the
body. Sentences written for these tests."""

from __future__ import annotations

from plainsum.checks.jargon import check_jargon
from plainsum.schemas import PlainSummary

_BODY = (
    "The researchers split 52 women with painful hand osteoarthritis into two groups by chance. "
    "One group wore orthoses on one finger at night for three months. The other group did not."
)
_WHY = (
    "This study did not look at MS, so what it means for people with MS is not known. If you "
    "have questions about your own care, talk with your doctor or care team."
)
_LIMITS = "This was a single small trial, so the results need confirming and may not apply widely."


def _flagged(headline: str) -> list[tuple[str, str]]:
    summary = PlainSummary(
        headline=headline, what_the_study_did=_BODY, why_it_matters=_WHY, limitations=_LIMITS
    )
    return [(f.section, f.span) for f in check_jargon(summary)]


def test_a_term_the_headline_explains_stands_explained_in_the_body() -> None:
    headline = (
        "Orthoses (braces or splints that support part of the body) eased hand pain in women "
        "with hand osteoarthritis"
    )
    assert _flagged(headline) == []


def test_a_term_the_headline_only_names_is_still_unexplained_in_the_body() -> None:
    headline = "Orthoses eased hand pain in women with hand osteoarthritis"
    assert ("what_the_study_did", "orthoses") in _flagged(headline)
