"""OpeningSplit answers exactly as the pattern it splits, on sentences written for these tests."""

import re

import pytest

from plainsum.plain import sequence
from plainsum.plain.opening_split import OpeningSplit

_SENTENCES = [
    "The aim of this study was to compare two exercise programmes in adults with MS.",
    "To assess whether sleep affects fatigue, we asked 80 people to keep a diary.",
    "We aimed to find out how often relapses follow an infection.",
    "Here we examined walking speed in 40 people before and after treatment.",
    "In conclusion, the drug reduced relapses in the first year.",
    "These findings suggest that vitamin D levels matter for disability.",
    "Further studies are needed to confirm the effect in older adults.",
    "Relapses were fewer in the treated group (p = 0.02).",
    "Funded by the National Research Council (grant number 1234).",
    "Copyright 2020 The Authors. All rights reserved.",
    "This article is protected by copyright.",
    "The trial was registered at a public registry before enrolment.",
    "Mice lacking the receptor had more inflammation in the spinal cord.",
    "Straße und Kelvin: ſ is folded to s when case is ignored.",
    "",
]
_PATTERNS = [
    re.compile(r"^To\b|\bwe aimed\b", re.I),
    re.compile(r"^(?:In conclusion|Overall)\b|\bsuggest that\b|\bneeded\b", re.I),
    re.compile(r"\bfewer\b|\bmore\b", re.I),  # no opening branch
    re.compile(r"^(?:Copyright|Funded by)\b", re.I),  # only opening branches
    re.compile(r"(?:^|, )the\b|^Here\b", re.I),  # a group with "^" inside stays in "anywhere"
]


@pytest.mark.parametrize("sentence", _SENTENCES)
@pytest.mark.parametrize(
    "pattern",
    [*_PATTERNS, sequence._AIM, sequence._CONCLUSION, sequence._ADMIN],
    ids=lambda p: p.pattern[:30],
)
def test_same_answer_as_the_pattern(pattern: re.Pattern[str], sentence: str) -> None:
    assert OpeningSplit(pattern).search(sentence) == bool(pattern.search(sentence))
