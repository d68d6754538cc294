"""Denials a direction carries with it: "was lower, but did not reach significance" (the
direction was not shown) and "reduces infections but not mortality" (no difference in
mortality), read for plainsum.checks.polarity."""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_words
from .polarity_claim import REACH_AFTER, Claim
from .polarity_words import POLARITY_STEMS, weighed

__all__ = ["but_not", "not_significant_after"]

# "was lower with X but did not reach statistical significance", "..., although the
# difference was not statistically significant" (or "not clear"): the direction was not shown
_WHAT_WAS_NOT = (
    r"(?:this|it|that|the\s+(?:difference|effect|change|reduction|increase|improvement|result|"
    r"trend))"
)
_NOT_SIGNIFICANT = re.compile(
    r"(?P<lead>[^.;]{0,100}?)(?:,\s*|\s+)(?:but|although|though|yet)\s+"
    rf"(?:(?:{_WHAT_WAS_NOT}\s+)?(?:(?:did|does|do)\s+not|didn't|failed\s+to)\s+reach\s+"
    r"(?:statistical\s+)?significance"
    rf"|{_WHAT_WAS_NOT}\s+(?:was|were|is|are)\s+(?:not\s+(?:statistically\s+)?"
    r"(?:significant|clear|certain|conclusive)|unclear|uncertain|inconclusive))",
    re.I,
)


def not_significant_after(sentence: str, matches: list[re.Match[str]], n: int) -> bool:
    """Whether the clause after direction `matches[n]` says it was not significant, with no
    other direction word before that clause."""
    found = caseless.match(_NOT_SIGNIFICANT, sentence, matches[n].end())
    if not found:
        return False
    return n + 1 >= len(matches) or matches[n + 1].start() >= found.end("lead")


# "reduces respiratory infections but not mortality": no difference in what follows.
_BUT_NOT = re.compile(
    r"\bbut not (?!(?:as|so|yet|always|all|only|every|necessarily|significantly|statistically|"
    r"enough|to|by|much|many|more|less|clearly|in all|for all)\b)"
    r"(?:in |on |for |with |of )?(?P<what>[^,;:.()]{3,80})",
    re.I,
)


def but_not(sentence: str, matches: list[re.Match[str]], claims: list[Claim]) -> tuple[Claim, ...]:
    """The "no difference" claims of elliptical denials after a direction ("X reduced A but not
    B": B did not differ; "X reduced A at week 24 but not at week 48": A did not differ at
    week 48)."""
    out = []
    for found in _BUT_NOT.finditer(sentence):
        before = [m for m in matches if m.end() <= found.start()]
        if not before or (before[-1].lastgroup or "") == "null":
            continue
        words = content_words(found.group("what"))[:REACH_AFTER]
        about = {k: v for k, v in weighed(words).items() if k not in POLARITY_STEMS}
        denied_earlier = [c for c in claims if c.said_at < found.start()]
        if _ONLY_A_TIME.fullmatch(found.group("what").strip()) and denied_earlier:
            # "but not at week 48": what the claim before it was about, at another time
            about = dict(denied_earlier[-1].about)
            words = list(denied_earlier[-1].words)
        if about:
            said = before[-1].lastgroup or ""
            out.append(
                Claim(
                    "null",
                    about,
                    words=tuple(words),
                    said=found.group(0),
                    denied=said,
                    said_at=found.start("what"),
                )
            )
    return tuple(out)


# "at week 48", "after two years", "at 12 months": only a time
_ONLY_A_TIME = re.compile(
    r"(?:at|after|by|over|in|within|beyond|until)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:(?:hours?|days?|weeks?|months?|years?)\s+\d+|\w+[\s-]+(?:hours?|days?|weeks?|months?|"
    r"years?))(?:\s+(?:of\s+)?follow-up)?",
    re.I,
)
