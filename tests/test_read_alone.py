"""Issue 9 (readers' firm broken headlines: CD006672 "whether other perineal techniques ...",
plaba-1887812 "Patients with other interstitial lung diseases ...", val-07 "Bacteria with the
sequence ..."): a sentence read alone that points at something only the paper's sentence before
it named (plain/read_alone.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.read_alone import points_outside


@pytest.mark.parametrize(
    "text",
    [
        "There were too few data to show whether other stretching methods improve outcomes",
        "People with other chest diseases had a negative test in 5 cases",
        "Blood levels were similar for both ways of giving the drug",
        "This review shows that both scan types found most fractures",
        "Heart attacks were similar between both groups",
        "A review found no trials of this operation",
        "Protection for the same periods after the booster was 40% and 65%",
        "Germs with the sequence turned around made less toxin",
    ],
)
def test_a_pointer_with_nothing_named_before_it_points_outside(text: str) -> None:
    assert points_outside(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence names what the pointer points at, or the pointer says it
        "Olanzapine may help a little more than other drugs of its kind",
        "Exercise and diet both lowered blood sugar, to a similar degree",
        "Steroids may help both adults and children with croup",
        "Fluid built up in both legs after the operation",
        "Aspirin has been used for decades, yet trials comparing this drug with heparin are few",
        "In this randomised trial, the new drug did not slow disability",
        "The booster gave the same protection as the first dose",
        "Two doses of the vaccine were given at the same time",
        "Outcomes were similar whatever the sequence in which the drugs were given",
        "Rest did not help more than any other treatment",
    ],
)
def test_a_sentence_that_names_its_thing_stands_alone(text: str) -> None:
    assert not points_outside(text)
