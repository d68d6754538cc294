"""Numbers written as words ("twenty-six", "two hundred and six") and their values, read by one
reader for the drafter's counts, the sample size and the gate's faithfulness check."""

from __future__ import annotations

import re

UNIT_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TEN_VALUES = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
BIG_VALUES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_UNIT_WORDS = "|".join(k for k in UNIT_VALUES if k != "zero")
# "twenty-six", "twenty six", "nineteen": a number word below a hundred.
SIMPLE_NUMBER = rf"(?:(?:{'|'.join(TEN_VALUES)})(?:[- ](?:{_UNIT_WORDS}))?|{'|'.join(UNIT_VALUES)})"
# ... and with a hundred, thousand or million: "two hundred and six", "six and a half thousand".
SPELLED_NUMBER = re.compile(
    rf"\b{SIMPLE_NUMBER}(?:(?: and a half)?[- ](?:hundred|thousand|million)"
    rf"(?:(?: and)?[- ]{SIMPLE_NUMBER})?)?\b",
    re.I,
)


def spelled_value(words: str) -> int:
    """The value of a spelled-out number: 'twenty-six' = 26, 'two hundred and six' = 206,
    'six and a half thousand' = 6500."""
    total, current = 0.0, 0.0
    for part in re.split(r"[- ]+", words.lower()):
        if part in UNIT_VALUES:
            current += UNIT_VALUES[part]
        elif part in TEN_VALUES:
            current += TEN_VALUES[part]
        elif part == "half":
            current += 0.5
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part in ("thousand", "million"):
            total += max(current, 1) * BIG_VALUES[part]
            current = 0
    return int(total + current)


def count_value(n: str) -> float:
    """The value of a count written in digits or words ("1,204", "twenty-six")."""
    if n[0].isdigit():
        return float(n.replace(",", ""))
    return float(spelled_value(n))
