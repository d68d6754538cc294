"""Issue 9 (why it matters: what the finding means, never the headline again): the care a
finding calls for ("Liver monitoring will be required if the drug is approved") is the authors'
implication for practice, not a call for more research; read as one for its "required", it was
left out and why it matters said the headline again (the lead's hand-written v1, a phase 3
trial). Sentences and the abstract written for these tests (plain/care_needs.py)."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.care_needs import calls_for_research, needs_care
from plainsum.settings import Settings


@pytest.mark.parametrize(
    "text",
    [
        "Liver monitoring will be required if the drug is approved.",
        "Liver checking will be needed if the drug is approved.",
        "Regular blood tests are needed during the first year of treatment.",
        "Careful monitoring of blood pressure would be necessary in people taking the tablet.",
        "People taking the drug should be monitored for infections.",
    ],
)
def test_the_care_a_finding_calls_for_is_no_call_for_research(text):
    assert needs_care(text)
    assert not calls_for_research(text)


@pytest.mark.parametrize(
    "text",
    [
        "Further studies are needed.",
        "Long-term monitoring in larger trials is needed.",
        "More research is required to confirm these findings.",
        "Testing in new randomised studies is warranted.",
    ],
)
def test_a_call_for_research_stays_one(text):
    assert not needs_care(text)
    assert calls_for_research(text)


_TRIAL = """Tablet Y versus interferon beta in relapsing multiple sclerosis: a phase 3 trial

OBJECTIVE: To compare the efficacy and safety of tablet Y with interferon beta in adults with
relapsing multiple sclerosis.
METHODS: In this double-blind trial at 96 sites, 1,210 adults with relapsing multiple sclerosis
were randomly assigned to tablet Y 20 mg daily or interferon beta three times weekly for 24
months. The primary endpoint was the annualised relapse rate.
RESULTS: The annualised relapse rate was 0.16 with tablet Y and 0.24 with interferon beta (rate
ratio 0.67; 95% CI 0.54-0.83). Disability worsening occurred in 7.4% and 8.0% of participants,
respectively. Low lymphocyte counts occurred in 11% of participants taking tablet Y and 2% with
interferon beta.
CONCLUSIONS: Tablet Y reduced relapses compared with interferon beta but did not clearly slow
disability worsening. Regular blood count monitoring will be required if the drug is approved.
"""


def test_a_trials_why_it_matters_gives_the_care_it_calls_for_not_the_headline():
    summary = draft(parse(_TRIAL), Settings(backend="offline")).summary
    assert "blood count" in summary.why_it_matters
    assert "reduced relapses" not in summary.why_it_matters
