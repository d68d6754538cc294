"""Say a ratio statistic in plain words where its meaning is sure and its number reads as a
word.

A relative risk (or risk ratio) compares the risk of one group with that of the group it was
compared with: "the relative risk was 0.5" is "the risk was half that of the comparison
group", "with a risk ratio of 2.0" is "with twice the risk of the comparison group"; a rate
ratio says the same of a rate. A drop given in per cent is already relative: "an 80% drop in
the relative risk of falls" is "an 80% drop in the risk of falls". No number is worked out (the
gate holds every number to the paper's), and any other ratio ("the relative risk was 0.81",
whose decimal no lay reader can use, "the risk ratio for deaths in ... was 1.02", a hazard or
odds ratio) is kept as written: the drafter leaves such a sentence out, or the gate names it.
"""

from __future__ import annotations

import re

# Ratios that say "times the risk" or "times the rate" of the comparison group.
_KINDS = {"relative risk": "risk", "risk ratio": "risk", "rate ratio": "rate"}
_KIND = r"(?P<kind>relative risk|risk ratio|rate ratio)"
_NUMBER = r"(?P<n>\d+(?:\.\d+)?)(?![\d.]*\s*(?:%|to\b|-\s*\d))"
_POOLED = r"(?:(?:pooled|overall|summary|typical|combined) )?"
# "the relative risk was 0.81" / "the pooled risk ratio was 0.81"
_WAS = re.compile(rf"\b(?P<the>[Tt]he) {_POOLED}{_KIND} (?P<verb>was|is) {_NUMBER}")
# "with a relative risk of 0.5", "showed a risk ratio of 2.0": after a word that takes it as
# its object (never opening a sentence, "2 times the risk ... was seen", nor after "had": "the
# pooled estimate had half the risk" says the estimate was at risk)
_OF = re.compile(
    rf"\b(?P<by>with|showed|shows|show|found|reported) an? {_POOLED}"
    rf"{_KIND} of {_NUMBER}"
)
# "an 80% drop in the relative risk of ..."
_DROP = re.compile(
    r"(?<=%) (?P<change>(?:relative )?(?:drop|reduction|decrease|fall|increase|rise)) in "
    r"(?:the )?relative risk\b"
)
# Ratios that read as words.
_TIMES = {
    **dict.fromkeys(("0.5", "0.50"), "half"),
    **dict.fromkeys(("2", "2.0", "2.00"), "twice"),
    **dict.fromkeys(("3", "3.0", "3.00"), "three times"),
}


def plain_ratios(text: str) -> str:
    """`text` with a relative risk, risk ratio or rate ratio of 0.5, 2 or 3 said as half, twice
    or three times the risk (or rate) of the comparison group, where the sentence names it with
    its number ("the relative risk was 0.5", "with a risk ratio of 2.0"), and "a 30% drop in
    the relative risk" said as a drop in the risk; any other use is left as written."""
    if "ratio" not in text and "relative risk" not in text:
        return text
    text = _DROP.sub(lambda m: f" {m['change']} in the risk", text)
    text = _WAS.sub(_said_was, text)
    return _OF.sub(_said_of, text)


def _said_was(m: re.Match[str]) -> str:
    if m["n"] not in _TIMES:
        return m.group(0)
    kind = _KINDS[m["kind"]]
    return f"{m['the']} {kind} {m['verb']} {_TIMES[m['n']]} that of the comparison group"


def _said_of(m: re.Match[str]) -> str:
    if m["n"] not in _TIMES:
        return m.group(0)
    return f"{m['by']} {_TIMES[m['n']]} the {_KINDS[m['kind']]} of the comparison group"
