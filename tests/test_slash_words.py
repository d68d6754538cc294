"""Issue 9 ("/" between two words is "or" only when it means one or the other): two drug names
are one combined product ("and"), a count per a time is "a", and a pair that names one thing
is said as English says it (plain/slashes.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.slashes import slash_words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # one or the other
        ("Wound infection/sepsis was rare.", "Wound infection or sepsis was rare."),
        ("Nausea/vomiting was common.", "Nausea or vomiting was common."),
        ("People had tonsillectomy/adenoidectomy.", "People had tonsillectomy or adenoidectomy."),
        # two drugs given as one product
        ("Fluticasone/salmeterol cut attacks.", "Fluticasone and salmeterol cut attacks."),
        ("They took carbidopa/levodopa daily.", "They took carbidopa and levodopa daily."),
        ("Budesonide/formoterol eased wheeze.", "Budesonide and formoterol eased wheeze."),
        ("Sulfadoxine/pyrimethamine was given.", "Sulfadoxine-pyrimethamine was given."),
        # ... and in a sentence that joins other things, the one product by its hyphened name:
        # "and" would make it two drugs of a list
        (
            "Harms were alike between quinine and chloroquine and sulfadoxine/pyrimethamine.",
            "Harms were alike between quinine and chloroquine and sulfadoxine-pyrimethamine.",
        ),
        (
            "Quinine was compared with sulfadoxine/pyrimethamine, chloroquine or placebo.",
            "Quinine was compared with sulfadoxine-pyrimethamine, chloroquine or placebo.",
        ),
        # given together, said so after the pair
        ("The cetirizine/gabapentin combination", "The cetirizine and gabapentin combination"),
        # a count per a time
        ("They slept 6 hours/night.", "They slept 6 hours a night."),
        ("Exercise on 3 days/week helped.", "Exercise on 3 days a week helped."),
        # a pair that names one thing
        ("It was a before/after study.", "It was a before-and-after study."),
        ("The risk/benefit balance is unclear.", "The risk-benefit balance is unclear."),
        ("The sensitivity/specificity of MRI", "The sensitivity and specificity of MRI"),
        # a ratio is said as one ("X to Y ratio"); never a unit or a code
        ("The omega-6/omega-3 ratio fell.", "The omega-6 to omega-3 ratio fell."),
        ("People took 3 mg/kg.", "People took 3 mg/kg."),
    ],
)
def test_a_slash_is_said_by_what_it_joins(text: str, said: str) -> None:
    assert slash_words(text) == said
