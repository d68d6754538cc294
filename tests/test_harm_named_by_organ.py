"""Issue 9 (the main finding, and a trial's safety signal with it): a harm named by the organ it
struck ("Liver enzyme elevations ... occurred in 5.2% versus 2.9%, and one participant required
a liver transplant", "Gastrointestinal upset was more common with the drug") is a harm result,
shown beside the main benefit; read as no harm, it was left out of the body (the lead's
hand-written v1 and v9, read at stop 56's freeze). Sentences written for these tests
(plain/harms.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.harms import HARM


@pytest.mark.parametrize(
    "text",
    [
        "Liver enzyme elevations occurred in 6% with the tablet and 3% with placebo.",
        "One person taking the tablet needed a liver transplant.",
        "Gastrointestinal upset was more common with the supplement (20% versus 9%).",
    ],
)
def test_a_harm_named_by_its_organ_is_a_harm(text):
    assert HARM.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Liver fat fell more with the diet than with usual care.",
        "The gut bacteria changed after fasting.",
    ],
)
def test_an_organ_named_without_harm_is_not_one(text):
    assert not HARM.search(text)
