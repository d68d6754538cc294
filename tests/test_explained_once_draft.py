"""A whole offline draft explains a gloss term once in its body, however its sentences were
added (compose, or a result the drafter adds after it: plaba 34499550 explained "percutaneous
nephrolithotomy" twice). The abstracts are written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.settings import Settings

ABSTRACTS = [
    "Large kidney stones are hard to treat. We compared percutaneous nephrolithotomy with "
    "ureteroscopy in 120 adults with large kidney stones. Percutaneous nephrolithotomy cleared "
    "more stones than ureteroscopy after one month. Bleeding was more common after percutaneous "
    "nephrolithotomy than after ureteroscopy. Percutaneous nephrolithotomy is a good choice for "
    "large stones.",
    "Background: Babies often get bronchiolitis in winter. Methods: In a randomised trial, 200 "
    "babies with bronchiolitis got a salt-water mist or a dummy mist for three days. Results: "
    "Babies with bronchiolitis given the salt-water mist left hospital one day sooner than babies "
    "given the dummy mist. Breathing scores in bronchiolitis did not differ between the groups. "
    "Conclusions: A salt-water mist may shorten hospital stays for bronchiolitis.",
]


@pytest.mark.parametrize("text", ABSTRACTS)
def test_a_term_is_explained_once_in_the_body(text: str) -> None:
    summary = draft(text, Settings(backend="offline")).summary
    body = " ".join([summary.what_the_study_did, summary.why_it_matters, summary.limitations])
    for explanation in ("(keyhole surgery to remove kidney stones)", "(a chest infection of"):
        assert body.count(explanation) <= 1
