"""Speed work that must give the same answers: a paper's stand-ins worked out once per text
(evidence_index), and the mixed-case tokens of the jargon check found by one pattern."""

import re

import pytest

from plainsum.checks import jargon
from plainsum.evidence_index import _definitions, _worked_out_groups, stand_in_groups, stand_ins
from plainsum.ingest import parse

PAPER = (
    "Background: Expanded Disability Status Scale (EDSS) scores rise over time in multiple "
    "sclerosis (MS). Methods: We followed 240 adults with MS for two years and recorded the "
    "EDSS and magnetic resonance imaging (MRI) lesions every six months. Results: A higher "
    "EDSS at the start went with more new MRI lesions. Conclusions: The EDSS may help to "
    "predict new lesions in MS."
)


def test_stand_ins_are_the_worked_out_groups_and_each_caller_gets_its_own_lists() -> None:
    source = parse(PAPER)
    sentence = "A higher EDSS at the start went with more new MRI lesions."
    expected = _worked_out_groups(sentence, _definitions(source))
    assert expected  # the paper defines both short forms
    first = stand_in_groups(source, sentence)
    assert first == expected
    first[0].append("changed")  # a caller changing its lists changes what no one else gets
    first.append(["added"])
    assert stand_in_groups(source, sentence) == expected
    assert stand_ins(source, sentence) == [w for group in expected for w in group]


def test_a_sentence_without_short_forms_or_terms_stands_for_nothing_more() -> None:
    source = parse(PAPER)
    assert stand_in_groups(source, "We followed adults for two years.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Cmax and AUClast rose; HbA1c fell and sNfL was lower.",
        "The proBNP-guided arm, the day-7 visit and the IL-17A level.",
        "abc--DEF, x-Ray, o'Neil's CD4+ cells, naïve T cells and TNF-α.",
        "mRNA-1273 and SARS-CoV-2 in 12 people; e-cigarettes and COVID-19.",
        "all lower case words here, with-hyphens and-more-hyphens-2.",
        "Ends with a code: pH",
        "_Under_score and 3'-UTR and A1 then B2c.",
    ],
)
def test_capital_tokens_are_the_tokens_that_are_not_lower_case(text: str) -> None:
    every = [m for m in jargon._TOKEN.finditer(text) if not m.group(0).islower()]
    found = list(jargon._CAPITAL_TOKEN.finditer(text))
    assert [m.span() for m in found] == [m.span() for m in every]
    assert all(re.search("[A-Z]", m.group(0)) for m in found)
