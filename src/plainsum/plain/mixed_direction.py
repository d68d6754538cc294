"""A result whose one direction word covers estimates that point opposite ways: "Children
taking drug A had a lower arousal index (MD -2.9, ...) and nadir of oxygen saturation (MD 4.1,
...)" says both fell, where the second rose. Its brackets go when it is made plain, and the
sentence left is false for one of its measures, so the drafter does not show it."""

from __future__ import annotations

import re

# An effect estimate and its value: a difference (its sign says which way) or a ratio (above
# or below 1 says which way); one whose interval holds no change points no way.
_DIFFERENCE = re.compile(
    r"\b(?:S?MD|WMD|mean difference|MD)\s*[=:]?\s*(?P<value>[-−–]?\s?\d+(?:\.\d+)?)", re.I
)
_RATIO = re.compile(
    r"(?-i:\b(?:RR|OR|HR|IRR|aOR|aHR))\b\s*[=:]?\s*(?P<value>\d+(?:\.\d+)?)"
    r"|\b(?:risk|odds|hazard|rate) ratio\s*[=:]?\s*(?P<value2>\d+(?:\.\d+)?)",
    re.I,
)
# Words that say which way a measure moved, and so hold for every measure they govern.
_DIRECTION = re.compile(
    r"\b(?:lower|higher|fewer|more|greater|less|smaller|larger|shorter|longer|reduced|"
    r"increased|decreased|raised|lowered)\b",
    re.I,
)
# Words whose way depends on the scale ("improved" is a lower pain score and a higher walking
# speed), or that say the direction is not shared ("but not", "no difference"): then the
# sentence does not say one direction for all, and is left alone.
_NOT_ONE_WAY = re.compile(
    r"\b(?:improv\w*|better|worse|worsen\w*|benefit\w*|favou?r\w*|but|not|no|neither|nor|without|"
    r"whereas|while|although|though|except|unlike|similar)\b",
    re.I,
)
_BRACKETS = re.compile(r"\([^()]*\)")


def _value(text: str) -> float:
    return float(text.replace("−", "-").replace("–", "-").replace(" ", ""))


# The interval after an estimate: "95% CI -4.68 to -1.10", "95%CI:-2.18-0.57".
_INTERVAL = re.compile(
    r"[^)]{0,30}?\bCI\s*[:=]?\s*(?P<low>[-−–]?\d+(?:\.\d+)?)\s*(?:to|[-−–,])\s*"
    r"(?P<high>[-−–]?\d+(?:\.\d+)?)"
)


def _sign(value: float, low: float | None, high: float | None, null: float) -> int:
    """Which way an estimate points (1, -1), or 0 when its interval holds no change."""
    if low is not None and high is not None and min(low, high) <= null <= max(low, high):
        return 0
    return 0 if value == null else (1 if value > null else -1)


def _signs(text: str) -> set[int]:
    signs = set()
    for pattern, null in ((_DIFFERENCE, 0.0), (_RATIO, 1.0)):
        for m in pattern.finditer(text):
            value = _value(m["value"] or m.groupdict().get("value2") or "0")
            ci = _INTERVAL.match(text, m.end())
            low, high = (_value(ci["low"]), _value(ci["high"])) if ci else (None, None)
            signs.add(_sign(value, low, high, null))
    signs.discard(0)
    return signs


def mixed_direction(text: str) -> bool:
    """Whether `text` (a source sentence with its statistics) has one direction word only
    for estimates that point both ways, and no word that lets them differ (`_NOT_ONE_WAY`)."""
    signs = _signs(text)
    if len(signs) < 2:
        return False
    words = _BRACKETS.sub(" ", text)
    return len(_DIRECTION.findall(words)) == 1 and not _NOT_ONE_WAY.search(words)


# Every interval of a result holding no change: "0.5 days longer for the SSI group, 95% CI -0.5
# to 1.4". Its statistics go when it is made plain, and what is left says a difference the
# paper's own figures do not show, unless its words already say so (a hedge, "no clear
# difference", "not significant").
_ANY_INTERVAL = re.compile(
    r"\b(?:CI|confidence interval(?: \(CI\))?)\s*[:=]?\s*(?P<low>[-−–]?\d+(?:\.\d+)?)\s*"
    r"(?:to|,|[-−–](?=\s*[-−–]?\d))\s*"
    r"(?P<high>[-−–]?\d+(?:\.\d+)?)"
)
# "risk ratio (RR) for improvement 2.02": a ratio named before its value
_RATIO_NAMED = re.compile(r"\b(?:risk|odds|hazard|rate) ratio\b|(?-i:\b(?:RR|OR|HR|IRR)\))")
# "improved in 12 of 19 people given X, compared with 5 of 16 given nothing": one way too.
_IMPROVED = re.compile(r"\b(?:improved|worsened|deteriorated)\b", re.I)
# What a group was given, not a hedge: "compared with no treatment".
_NO_COMPARATOR = re.compile(
    r"\b(?:to|with|given|receiving|getting) no (?:treatment|intervention|therapy|drug|care)\b",
    re.I,
)
_SAYS_UNSURE = re.compile(
    r"\b(?:may|might|could|probably|likely|possibly|suggest\w*|appear\w*|seem\w*|uncertain|"
    r"unclear|unsure|similar|little|trend\w*|not|no|non|insignificant|insufficient|inadequate|"
    r"lack\w*|(?:in)?conclusive|imprecise|"
    r"either way|neither|nor|whether|but|whereas|while)\b",
    re.I,
)


def shown_difference(text: str) -> bool:
    """Whether any interval of `text` (a source sentence with its statistics) holds no change
    inside it: a result its figures show (0 for a difference, 1 for a ratio)."""
    ratio = bool(_RATIO.search(text) or _RATIO_NAMED.search(text))
    for m in _ANY_INTERVAL.finditer(text):
        low, high = sorted((_value(m["low"]), _value(m["high"])))
        null = 1.0 if ratio and low >= 0 else 0.0
        if not low <= null <= high:
            return True
    return False


def unshown_difference(text: str) -> bool:
    """Whether `text` (a source sentence with its statistics) says one way for a result whose
    every interval holds no change (0 for a difference, 1 for a ratio), in words that do not
    say so themselves (`_SAYS_UNSURE`)."""
    intervals = list(_ANY_INTERVAL.finditer(text))
    if not intervals:
        return False
    ratio = bool(_RATIO.search(text) or _RATIO_NAMED.search(text))
    for m in intervals:
        low, high = sorted((_value(m["low"]), _value(m["high"])))
        null = 1.0 if ratio and low >= 0 else 0.0
        if not low < null < high:
            return False
    # the words before the first interval are the result it belongs to: another clause there
    # ("X was higher; there was also a reduction in Y (RR 11; 95% CI ...)") may own it
    words = _BRACKETS.sub(" ", text[: intervals[0].start()])
    if ";" in words:
        return False
    said = _NO_COMPARATOR.sub(" ", _BRACKETS.sub(" ", text))  # "no treatment" is a group
    return bool(_DIRECTION.search(words) or _IMPROVED.search(words)) and not _SAYS_UNSURE.search(
        said
    )
