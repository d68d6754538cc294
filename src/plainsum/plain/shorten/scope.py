"""Cuts of what only sets the scale of a claim the body gives in full: the doses, when every
dose tested is named, and how long the treatment ran.

"Teriflunomide at a dose of 7 mg a day or 14 mg a day reduces relapses over one year or two
years of treatment" -> "Teriflunomide reduces relapses": true of each dose and each length the
claim names. A single dose stays ("Only X at 14 mg a day helped": the dose bounds the claim,
another dose did not), as does a moment in time ("at six months": the effect may not have
lasted), a short or long term, and any sentence that compares doses or lengths.
"""

from __future__ import annotations

import re

from ... import caseless
from ..numbers import COUNT

_AMOUNT = rf"(?:{COUNT}|\d+(?:\.\d+)?)"
_UNIT = r"(?:mg|g|mcg|µg|micrograms?|milligrams?|grams?|ml|mL|IU|units?)"
_PER = r"(?:(?: a| per| each| every)? (?:day|week|month|kg|dose)|/(?:day|d|week|kg))?"
_ONE_DOSE = rf"{_AMOUNT} ?{_UNIT}{_PER}"
# "at a dose of 7 mg a day or 14 mg a day", "at doses of 7 and 14 mg/day", "(at) 7 or 14 mg
# daily", "at both 3 mg/kg and 15 mg/kg": two doses or more, joined by "or" or "and" (the
# claim holds at each).
DOSES = re.compile(
    rf",? (?:at |given at |in )?(?:both |either )?(?:(?:a |the )?doses? of )?"
    rf"(?:{_ONE_DOSE}|{_AMOUNT})(?:, (?:{_ONE_DOSE}|{_AMOUNT}))*,? (?:or|and) {_ONE_DOSE}"
    r"(?: (?:daily|once daily|twice daily))?,?(?= )",
    re.I,
)
_LENGTH = rf"{COUNT} (?:days?|weeks?|months?|years?)"
# "over one year or two years of treatment", "during 12 weeks": how long the claim was
# measured over (never "at 12 weeks", a moment, nor "after", which may say when it began).
PERIOD = re.compile(
    rf" (?:over|during|for) (?:a period of |the )?{_LENGTH}(?:,? (?:or|and|to) {_LENGTH})?"
    r"(?: of (?:treatment|therapy|follow-?up|use))?"
    r"(?=$|,| (?:in comparison|compared|relative|versus|vs)\b)",
    re.I,
)
# Words that make the dose or the length part of the claim: a comparison of doses or of
# lengths, a bound ("only"), a term.
_BEARS = re.compile(
    r"\b(?:only|dose-(?:related|dependent|response)|(?:higher|lower|high|low|larger|smaller|"
    r"standard|usual|different|each|both|either|two|all) doses?|(?:short|long)(?:er)?[- ]term|"
    r"longer|shorter|not at|but not)\b",
    re.I,
)


def without_scope(text: str) -> list[str]:
    """`text` without its list of doses (`DOSES`), without how long the treatment ran
    (`PERIOD`), and without both, when nothing in it makes them part of the claim (`_BEARS`)
    and the claim keeps five words or more."""
    if caseless.search(_BEARS, text):
        return []
    out: list[str] = []
    doses = DOSES.search(text)
    cut = text
    if doses:
        cut = f"{text[: doses.start()]}{text[doses.end() :]}"
        out.append(cut)
    period = PERIOD.search(cut)
    if period:
        out.append(f"{cut[: period.start()]}{cut[period.end() :]}")
    if doses and period:
        alone = PERIOD.search(text)
        if alone:
            out.append(f"{text[: alone.start()]}{text[alone.end() :]}")
    return [t for t in dict.fromkeys(out) if len(t.split()) >= 5 and t != text]
