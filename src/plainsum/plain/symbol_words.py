"""Symbols a lay reader cannot read, said as words: Greek letters ("interferon-β" is
"interferon beta", "β-blockers" "beta-blockers"), units with a slash or a power ("131 nmol/L" is
"131 nmol per litre", "20 mg/day" and "20 mg day(-1)" "20 mg a day") and allocation ratios that
say nothing to a reader ("randomised 2:1 to X or placebo" is "randomised to X or placebo"),
micro units ("15 μg" is "15 micrograms"), counts with a slash ("11/40 cases" is "11 of 40
cases"), bounds ("<65 years" is "under 65 years") and "∼3700" ("about 3700").

Each is what the drafter's fit check (`simplify.fit_for_readers`) would otherwise take for
debris, leaving out a whole sentence (who took part, the main result) for one symbol.
"""

from __future__ import annotations

import re

__all__ = ["per_power_in_words", "symbols_in_words"]

_GREEK_NAMES = {
    "ß": "beta",
    "β": "beta",
    "α": "alpha",
    "γ": "gamma",
    "δ": "delta",
    "κ": "kappa",
    "λ": "lambda",
    "ε": "epsilon",
    "θ": "theta",
    "ω": "omega",
    "μ": "mu",  # (the micro sign µ of units is another character, read below)
    "σ": "sigma",
    "ζ": "zeta",
    "η": "eta",
    "τ": "tau",
    "φ": "phi",
    "ψ": "psi",
    "ρ": "rho",
    "Δ": "delta",  # a deletion in a gene's or a virus's name ("ΔF508", "SIVΔnef")
}
# (a capital delta standing alone, "Δ and HbF values rose", is a change in something the
# sentence may not name: only one glued to a name is said, below)
_LETTER = "".join(_GREEK_NAMES).replace("Δ", "")
# A Greek letter glued to the name it starts or sits inside: "βhCG", "ΔF508", "σF", "NF-κB",
# "SIVΔnef", "β2-agonists" are "beta-hCG", "delta-F508", "sigma-F", "NF-kappa-B", "SIV-delta-nef",
# "beta2-agonists" (never mu: "100-μg" is a unit, and stays as it is; nor a short form of a
# few small letters, "α-syn": a code stays a code)
_GLUED = _LETTER.replace("μ", "") + "Δ"
_GREEK_GLUED = re.compile(
    rf"(?P<before>[A-Za-z]?)(?P<letter>[{_GLUED}])(?P<number>\d*)"
    r"(?=[A-Za-z]|-(?![a-z]{1,3}\b)[A-Za-z])"
)
# "ß-interferon", "β-blockers", "α-synuclein": a Greek letter before a hyphen is its name.
_GREEK_BEFORE = re.compile(rf"(?<![A-Za-z0-9])([{_LETTER}])(-[a-z]{{4,}}\b)")
# "interferon-β", "amyloid-β", "TNF-α", "IL-1β", "TGF-β1", "Aβ": a Greek letter that ends a
# name is its name too (after a word, as English writes it: "interferon beta"; after a code,
# joined to it: "TNF-alpha"; after a number, beside it: "IL-1 beta").
_GREEK_AFTER = re.compile(rf"(?<=[A-Za-z0-9])(-?)([{_LETTER}])(\d*)(?![A-Za-z{_LETTER}])")
_WORD_BEFORE = re.compile(r"[a-z]{4,}$")
# "interferon β-1a", "β cells": a Greek letter standing as a word of its own.
_GREEK_ALONE = re.compile(rf"(?<![A-Za-z0-9{_LETTER}])([{_LETTER}])(?=-\d|[^\w-]|$)")

# "20 mg/day", "5 mg/kg": a dose per a time or per body weight.
_PER_UNIT = re.compile(
    r"(?<=\d)\s*(?P<unit>mg|g|mcg|µg|μg|ml|mL|IU|units?|kcal|cal|min|minutes|hours?|h)\s*/\s*"
    r"(?P<per>day|d|week|wk|month|kg|dose)\b"
)
_PER_WORD = {"day": "a day", "d": "a day", "week": "a week", "wk": "a week", "month": "a month"}
# "200 mg day(-1)", "5 mg kg-1": the same with the "per" written as a power of minus one (left,
# the bracket went as a statistic's and "200 mg day PS" was no phrase)
_PER_POWER = re.compile(
    r"(?<=\d)\s*(?P<unit>mg|g|mcg|µg|μg|ml|mL|IU|units?|kcal)\s+(?P<per>day|d|week|wk|month|kg)"
    r"\s*(?:\(-1\)|-1\b|⁻¹)(?:\s*(?P<then>day|d|week|wk|month)\s*(?:\(-1\)|-1\b|⁻¹))?"
)
# "131 nmol/L", "12 pg/mL": an amount in a litre or millilitre of blood or fluid ("mg/dL" is
# left: "decilitre" is a word few readers know, and the sentence stays out as before)
_CONCENTRATION = re.compile(
    r"(?<=\d)\s*(?P<unit>(?:[mnpf]?mol|[mnpf]?g|m?(?:IU|U|Eq)|micro\w+|copies|cells))"
    r"\s*/\s*(?P<per>L|mL|l|ml)(?![\w/–—-])"
)
_VOLUMES = {"l": "litre", "ml": "millilitre"}
# "15 μg", "2 µmol": a micro unit after a number, in words (the micro sign and the Greek mu are
# both written)
_MICRO = re.compile(r"(?<=\d)\s*[µμ](?P<unit>g|mol|m|L|l)(?!\w)")
_MICRO_WORDS = {
    "g": "micrograms",
    "mol": "micromoles",
    "m": "micrometres",
    "L": "microlitres",
    "l": "microlitres",
}
# "randomised 2:1 to", "assigned in a 1:1 ratio to": how many went to each group, for the
# trial's design and not a reader's.
_ALLOCATION = re.compile(
    r"\b(?P<verb>randomi[sz]ed|randomly (?:assigned|allocated)|assigned|allocated)"
    r"(?: in a)? \d:\d(?:\s?:\s?\d)?(?: ratio)?(?=\s+(?:to|into|between|among)\b)"
)


# "11/40 cases", "in 3/5 patients": a count of a whole, said "11 of 40 cases" (never a date, a
# dose or a name: only a smaller number over a larger one, before what was counted)
_COUNTED = (
    r"patients|people|persons|participants|cases|children|women|men|infants|babies|adults|"
    r"subjects|individuals|mice|rats|animals|dogs|cats|pigs|monkeys|samples|specimens|isolates|"
    r"strains|eyes|families|trials|studies|respondents|pregnancies|births|deaths|nurses|doctors"
)
_SLASH_COUNT = re.compile(
    rf"(?<![\w./-])(?P<part>\d{{1,6}})\s?/\s?(?P<whole>\d{{1,6}})(?![\w./-])"
    rf"(?=\s+(?!of\b)(?:[a-z-]+\s+){{0,2}}?(?:{_COUNTED})\b)"
)
# "<65 years", "≥18 years of age", "> 50%": a bound before an amount, in words (never a gene
# change, "c.1241A>G", nor a p-value)
_BOUND_WORDS = {
    "<": "under",
    ">": "over",
    "≤": "up to",
    "≥": "at least",
    "<=": "up to",
    ">=": "at least",
    # PubMed's older abstracts spell the signs out: "> or =2 days"
    "< or =": "up to",
    "> or =": "at least",
}
_BOUND = re.compile(
    r"(?<![\w<>=≤≥])(?P<sign>[<>] or =|<=|>=|<|>|≤|≥)\s?(?=\d[\d,.]*\s?(?:%|percent\b|years?\b|"
    r"months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|mg\b|kg\b|cm\b|mm\b|points?\b|"
    r"times\b|visits\b|units\b|cigarettes\b|drinks\b))"
)
# "the n-6:n-3 ratio", "a female:male ratio", "the ratio of LDL:HDL": a ratio of two named
# things, said "n-6 to n-3" as English writes it (never two bare numbers, "a 6:3 ratio", which
# may be a ratio of numbers; nor a name with a colon, "LP18:RBD", that is no ratio)
_NAME_SIDE = r"[\w-]*[A-Za-z][\w-]*"
_NAMED_RATIO = re.compile(
    rf"(?<![\w:-])(?P<a>{_NAME_SIDE}):(?P<b>{_NAME_SIDE})(?![\w:])(?= ratios?\b)"
    rf"|(?<=\bratio of )(?P<c>{_NAME_SIDE}):(?P<d>{_NAME_SIDE})(?![\w:])"
)
# "∼3700", "~20%": about that many
# ("All ∼3700 properties" would read "all about": the symbol stays there)
_TILDE = re.compile(r"(?<![\w~∼])(?<![Aa]ll )(?<![Tt]he )(?<![Tt]hese )[~∼]\s?(?=\d)")


def _slash_count(m: re.Match[str]) -> str:
    part, whole = int(m["part"]), int(m["whole"])
    return f"{m['part']} of {m['whole']}" if 0 < whole and part <= whole else m.group(0)


def _greek_after(m: re.Match[str]) -> str:
    hyphen, letter, number = m.groups()
    name = _GREEK_NAMES[letter] + number
    before = m.string[: m.start()]
    if before[-1:].isdigit():
        return f" {name}"  # "IL-1β": "IL-1 beta"
    if hyphen and _WORD_BEFORE.search(before):
        return f" {name}"  # "interferon-β": "interferon beta"
    return f"-{name}"  # "TNF-α", "Aβ": "TNF-alpha", "A-beta"


def _greek_glued(m: re.Match[str]) -> str:
    name = _GREEK_NAMES[m["letter"]] + m["number"]
    before = f"{m['before']}-" if m["before"] else ""
    after = "" if m.string[m.end() : m.end() + 1] == "-" else "-"
    return f"{before}{name}{after}"


def _named_ratio(m: re.Match[str]) -> str:
    return f"{m['a'] or m['c']} to {m['b'] or m['d']}"


def _concentration(m: re.Match[str]) -> str:
    return f" {m['unit']} per {_VOLUMES[m['per'].lower()]}"


def per_power_in_words(text: str) -> str:
    """`text` with "200 mg day(-1)" said "200 mg a day" (before statistics in brackets go:
    `simplify._unexpanded`)."""
    if "-1" not in text and "⁻¹" not in text:
        return text
    return _PER_POWER.sub(_per_power, text)


def _per_power(m: re.Match[str]) -> str:
    per = " ".join(_PER_WORD.get(p, "per " + p) for p in (m["per"], m["then"]) if p)
    return f" {m['unit']} {per}"


def _micro_words(m: re.Match[str]) -> str:
    """A micro unit in words: "1 μm" is one micrometre, "15 μg" fifteen micrograms."""
    word = _MICRO_WORDS[m["unit"]]
    one = re.search(r"(?<![\d.,])1$", m.string[: m.start()])
    return " " + (word[:-1] if one else word)


def symbols_in_words(text: str) -> str:
    """`text` with Greek letters, units with a slash and allocation ratios said in words."""
    if "µ" in text or "μ" in text:  # "15 μg" before any Greek letter: a unit, not "mu"
        text = _MICRO.sub(_micro_words, text)
    text = _GREEK_BEFORE.sub(lambda m: _GREEK_NAMES[m.group(1)] + m.group(2), text)
    text = _GREEK_AFTER.sub(_greek_after, text)
    text = _GREEK_ALONE.sub(lambda m: _GREEK_NAMES[m.group(1)], text)
    text = _GREEK_GLUED.sub(_greek_glued, text)
    if "/" in text:
        text = _PER_UNIT.sub(
            lambda m: f" {m['unit']} {_PER_WORD.get(m['per'], 'per ' + m['per'])}", text
        )
        text = _CONCENTRATION.sub(_concentration, text)
    if ":" in text:
        text = _ALLOCATION.sub(r"\g<verb>", text)
        text = _NAMED_RATIO.sub(_named_ratio, text)
    if "/" in text:
        text = _SLASH_COUNT.sub(_slash_count, text)
    if any(sign in text for sign in "<>≤≥"):
        text = _BOUND.sub(lambda m: _BOUND_WORDS[m["sign"]] + " ", text)
    if "~" in text or "∼" in text:
        text = _TILDE.sub("about ", text)
    return text
