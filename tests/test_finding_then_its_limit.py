"""A conclusion that states a finding and then its limit ("The vaccine may be used safely in
people with HIV, although our conclusions are limited by the small numbers reported") stays the
authors' conclusion, its limit split off to the limitations: read whole as a limitation, the
limitations said the finding ("The vaccine may be used safely ...") and lost the limit. A
sentence whose limit is its own main clause ("The trials were, however, small") stays one."""

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.sentences import Role, classify
from plainsum.settings import Settings

_ABSTRACT = (
    "Objectives: To assess the safety of a travel vaccine in people with HIV.\n"
    "Main results: We included eight observational studies with 410 people with HIV. No serious "
    "side effects of the vaccine were reported in people with HIV.\n"
    "Authors' conclusions: {conclusion}"
)
_FINDING = "The travel vaccine may be used safely in people with HIV"
_LIMIT = "our conclusions are limited by the small numbers of people reported"


def _role(text: str, sentence: str) -> Role:
    return next(s.role for s in classify(parse(text)) if s.text == sentence)


def test_a_finding_then_its_limit_stays_a_conclusion():
    conclusion = f"{_FINDING}, although {_LIMIT}."
    assert _role(_ABSTRACT.format(conclusion=conclusion), conclusion) == Role.CONCLUSION


@pytest.mark.parametrize(
    "conclusion",
    [
        "The eight studies were, however, small and at high risk of bias.",
        "Because of the risk of bias, the safety of the vaccine is uncertain, but it may help.",
    ],
)
def test_a_limit_in_the_main_clause_stays_a_limitation(conclusion):
    assert _role(_ABSTRACT.format(conclusion=conclusion), conclusion) == Role.LIMITATION


def test_the_limitations_say_the_limit_not_the_finding():
    text = _ABSTRACT.format(conclusion=f"{_FINDING}, although {_LIMIT}.")
    limits = draft(text, Settings(backend="offline")).summary.limitations
    assert "limited by the small numbers" in limits
    assert "may be used safely" not in limits
