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


# "Significantly higher" says a difference is unlikely to be chance, not that it is large: the
# plain "clearly higher" reads as a big or obvious difference (readers took it so). Where the
# sentence states the difference ("was significantly higher", "significantly reduced pain", "a
# significant drop in pain") the sentence says it without the word and stays true. Said of no
# difference ("no significant difference", "did not differ significantly", "significant
# differences were not found") the glossary's "clear" is kept: "no clear difference" is the
# honest plain form.
_NEGATED = re.compile(
    r"\b(?:not|no|nor|non|none|without|neither|never|failed to|n't|did not|does not|do not)"
    r"(?:\s+[\w-]+){0,3}\s*$|\bnon-[\w-]*\s*$",
    re.I,
)
# A negation later in the clause: "significant differences were not detected", "a
# significant drop at week 24 but not at week 48" (not significant then: no "no drop"). A bare
# "no" negates nothing there ("compared with no exercise").
_NEGATED_LATER = re.compile(r"[^,;:]*?(?:\b(?:not|nor|neither|never|failed)\b|n't\b)", re.I)
_SIGNIFICANTLY = re.compile(r"(?<![\w-])(?:statistically\s+)?significantly\s+(?=[a-z])", re.I)
_SIGNIFICANTLY_AFTER = re.compile(
    r"(?<=[a-z]) (?:statistically\s+)?significantly(?= (?:between|from|in|with|across|"
    r"among|by|over|after|for|at)\b|[,.;])",
    re.I,
)
# "a (statistically) significant drop in ...": before a noun of change or difference.
_SIGNIFICANT = re.compile(
    r"(?<![\w-])(?:statistically\s+)?significant\s+(?=(?:[\w-]+\s+)?(?P<noun>differences?|effects?|"
    r"reductions?|increases?|decreases?|improvements?|changes?|associations?|correlations?|"
    r"benefits?|advantages?|rises?|falls?|drops?|declines?|gains?|losses?|interactions?)\b)",
    re.I,
)
# "a small but significant drop": dropped there the sentence keeps "small but" with nothing to
# weigh it against; "nearly significant" missed significance. Those stay as written.
# "The most significant changes", "a less significant rise" compare significance itself: cut,
# they read "the most changes", "a less rise" (readers found the first broken).
_KEEP_BEFORE = re.compile(
    r"\b(?:but|yet|and|nearly|near|almost|borderline|marginally|approaching|most|more|less|"
    r"least)\s+$",
    re.I,
)
# "highly significantly reduced", "a very significant drop": the word that only strengthens
# "significant" goes with it ("was reduced", "a drop"), never left alone ("highly reduced").
_INTENSIFIER = re.compile(r"(?<![\w-])(?:highly|very|extremely|strongly)\s*$", re.I)
# "Clinically significant" says big enough to matter to patients, never "clinically clear".
_CLINICALLY = re.compile(
    r"(?<![\w-])(?:(?:both )?statistically (?P<join>and|or|nor) )?clinically significant(ly)?\b",
    re.I,
)


def plain_significance(text: str, statistical: bool) -> str:
    """`text` with "clinically significant" said as "meaningful" and, where the sentence reports
    a statistical result (`statistical`), without the words "significant(ly)" (and
    "statistically") where they say that a stated difference was statistically significant
    ("was significantly higher" -> "was higher", "a significant drop in pain" -> "a drop in
    pain"); negated uses ("no significant difference", "significant differences were not
    found"), "small but significant" and "nearly significant" stay for the glossary."""
    if "ignifican" not in text:
        return text
    text = _CLINICALLY.sub(_meaningful, text)
    if not statistical:
        return text

    def cut(m: re.Match[str]) -> str:
        before = m.string[: m.start()]
        if _kept(before, m.string, m.end()) or _INTENSIFIER.search(before):
            return m.group(0)  # an intensifier left goes only with it (`_without_intensifier`)
        return ""

    text = _without_intensifier(text)

    def cut_adjective(m: re.Match[str]) -> str:
        before = m.string[: m.start()]
        if re.search(r"\ban?\s+$", before, re.I) and m["noun"].endswith("s"):
            return m.group(0)  # the paper's slip "a significant effects" stays for wholeness
        cut_away = cut(m)
        if cut_away or _DETERMINED.search(before) or m["noun"].endswith("s"):
            return cut_away
        opens = not before.strip()
        if not opens and not _TAKES_OBJECT.search(before):
            return m.group(0)  # "the only significant difference": no "the only a difference"
        # "showed significant difference": a singular noun takes an article in its place
        article = "an" if m.string[m.end() : m.end() + 1].lower() in "aeiou" else "a"
        return (article.capitalize() if opens else article) + " "

    text = _SIGNIFICANTLY_AFTER.sub(cut, text)
    text = _SIGNIFICANTLY.sub(cut, text)
    return _SIGNIFICANT.sub(cut_adjective, text)


def _kept(before: str, text: str, end: int) -> bool:
    """Whether "significant(ly)" ending at `end` of `text`, after `before`, stays: negated
    ("no significant", "significant ... were not found"), "small but", "nearly", "most"."""
    return bool(
        _NEGATED.search(before) or _KEEP_BEFORE.search(before) or _NEGATED_LATER.match(text, end)
    )


def _without_intensifier(text: str) -> str:
    """`text` with "highly significant(ly)" cut as one where the word alone would be cut: "was
    highly significantly reduced" -> "was reduced", "a very significant drop" -> "a drop" (a
    singular noun keeps both words unless a determiner stays before it, as does a sentence's
    first word)."""
    for pattern in (_SIGNIFICANTLY_AFTER, _SIGNIFICANTLY, _SIGNIFICANT):
        for m in reversed(list(pattern.finditer(text))):
            lead = _INTENSIFIER.search(text[: m.start()])
            if not lead or lead.start() == 0:
                continue
            before = text[: lead.start()]
            if _kept(before, text, m.end()) or (
                pattern is _SIGNIFICANT
                and not (m["noun"].endswith("s") or _DETERMINED.search(before))
            ):
                continue
            rest = text[m.end() :]
            text = (before.rstrip() if rest[:1] in " ,.;" else before) + rest
    return text


# A singular noun needs its determiner or its adjective: "a significant drop" may lose the
# adjective, "showed significant difference" may not.
_DETERMINED = re.compile(r"\b(?:a|an|the|this|that|its|their|any|one)\s+$", re.I)
# A verb right before: "showed significant difference" may take "a" for "significant".
_TAKES_OBJECT = re.compile(
    r"\b(?:show(?:s|ed)?|found|finds?|report(?:s|ed)?|observed|saw|detected|had|has|have|"
    r"gave|gives|yielded|produced|demonstrated|revealed|was|were|is|there was)\s+$",
    re.I,
)


def _meaningful(m: re.Match[str]) -> str:
    """ "meaningful" for "clinically significant"; "no statistically or clinically significant
    differences" are "no clear or meaningful differences" (either sense said), while a result
    both statistically and clinically significant is "meaningful" (a big enough one)."""
    word = "meaningfully" if m.group(2) else "meaningful"
    if m["join"] in ("or", "nor"):
        word = ("clearly " if m.group(2) else "clear ") + m["join"] + " " + word
    return word.capitalize() if m.group(0)[:1].isupper() else word


# "The risk was higher with A but did not differ significantly between treatments": a direction,
# then no clear difference, said of one subject. In plain words ("was higher with A but did not
# differ clearly") it reads as a contradiction (a reader's broken sentence, CD004106); said of
# the difference it is whole and true: "..., but the difference between treatments was not
# clear".
_WAY_THEN_NO_DIFFERENCE = re.compile(
    r"\b(?P<way>(?:was|were) (?:higher|lower|greater|smaller|more|less|fewer|increased|"
    r"reduced|decreased)\b[^,;:.()]{0,80}?),? but (?:it |this )?did not differ(?: statistically"
    r"| significantly| statistically significantly| clearly)?(?: (?P<between>between (?:the )?"
    r"(?:treatments|groups|arms|drugs|therapies|interventions)))?(?=\s*[.;,]|\s*$)",
    re.I,
)


def difference_not_clear(text: str) -> str:
    """`text` with "was higher with A but did not differ significantly between treatments"
    said as "was higher with A, but the difference between treatments was not clear"; any
    other sentence as it is."""
    if "did not differ" not in text:
        return text

    def said(m: re.Match[str]) -> str:
        between = f" {m['between']}" if m["between"] else ""
        return f"{m['way']}, but the difference{between} was not clear"

    return _WAY_THEN_NO_DIFFERENCE.sub(said, text)
