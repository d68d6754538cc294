"""What a finding means, in the authors' own words, when their one conclusion is the headline.

A journal abstract often ends with one conclusion and, at most, a call for more work: "Lumaxin
improved a marker of nerve signal speed, consistent with remyelination. Larger trials with
clinical disability outcomes are needed." Once the finding heads the draft, why it matters would
be empty. What an editor writes there comes from the same sentences, never from the background:

- the conclusion's second clause, what the authors draw from the finding (`meaning_tail`):
  ", consistent with remyelination" -> "The authors say this is consistent with remyelination.",
  ", so doctors should plan X" -> "The authors say this means doctors should plan X.",
  ", although side effects were common" -> "The authors say side effects were common."
  The headline says the finding without it (`headline.forms`);
- the paper's own stated use of its findings (`stated_use`): "These findings can help services
  design classes ..." (said as the authors said it: "these findings" are the ones just told);
- a call for more work that names what is still to be shown (`named_call`): "Larger trials with
  clinical disability outcomes are needed." -> "The authors say larger trials with clinical
  disability outcomes are needed." A bare call ("Further studies are needed") names nothing and
  is left to the limitations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .conclusion_kinds import a_call, only_a_call
from .finding import states_finding
from .lines import Line
from .simplify import PlainSentence
from .standalone import leans_back
from .wholeness import broken, finite

__all__ = [
    "MIN_HEAD_WORDS",
    "finding_then_call",
    "meaning_tail",
    "named_call",
    "own_words",
    "stated_use",
    "what_is_next",
]

MIN_HEAD_WORDS = 6  # the finding left before the tail must still say something whole
MAX_TAIL_WORDS = 20
MAX_CALL_WORDS = 20

# ", consistent with remyelination", ", supporting advice to stop smoking", ", suggesting that X",
# ", which suggests X": what the authors draw from the finding, run on after it.
_TAIL = re.compile(
    r",\s+(?:(?P<like>consistent with|in line with|in keeping with)"
    r"|(?P<ing>supporting|suggesting|indicating|implying|highlighting|underscoring|"
    r"underlining|pointing to)"
    r"|which (?P<verb>suggests|supports|indicates|implies|highlights|underscores|points to)"
    # ", so neurologists should plan ...": what follows from the finding, as advice
    r"|(?P<so>so)(?=\s[^,;:()]*\b(?:should|must|may|might|can|could|needs? to)\b)"
    # ", although side effects were common and larger trials are needed": the harms the
    # authors set beside the finding, and their call
    r"|(?P<but>although|though|but|while|whereas)(?=\s(?:the )?(?:side effects|adverse (?:events|"
    r"effects|reactions)|unwanted effects|harms|complications) (?:were|was|are|is) (?:more )?"
    r"(?:common|frequent)\b))"
    r"\s+(?P<rest>[^,;:()]+?)\.?$",
    re.I,
)
_FINITE_OF = {
    "supporting": "supports",
    "suggesting": "suggests",
    "indicating": "indicates",
    "implying": "implies",
    "highlighting": "highlights",
    "underscoring": "underscores",
    "underlining": "underlines",
    "pointing to": "points to",
}
# A tail about the study's own place among others ("consistent with previous reports") says
# nothing of what the finding means; one that is a second result ("indicating a 30% drop")
# is a result, not a meaning.
_NOT_A_MEANING = re.compile(
    r"^(?:(?:the |our )?(?:previous|earlier|prior|other|recent|published)\b|"
    r"(?:an? |the )?(?:\d|[\w-]+ (?:per ?cent|%))|\d)",
    re.I,
)


def meaning_tail(text: str) -> tuple[str, str] | None:
    """The finding of "X, consistent with Y" (or ", supporting Y", ", suggesting that Y") and
    what the authors draw from it said as a clause of its own ("this is consistent with Y"),
    or the harms they set beside it ("X, although side effects were common" -> "side effects
    were common"), when the finding is whole alone, has `MIN_HEAD_WORDS` or more and the tail
    is short; else None."""
    text = " ".join(text.split()).rstrip(".")
    m = _TAIL.search(text)
    if m is None:
        return None
    head, rest = text[: m.start()].rstrip(" ,"), m["rest"].strip()
    if (
        len(head.split()) < MIN_HEAD_WORDS
        or len(rest.split()) > MAX_TAIL_WORDS
        or len(rest.split()) < 2
        or _NOT_A_MEANING.match(rest)
        or not finite(head)
        or broken(head + ".") is not None
    ):
        return None
    if m["but"]:
        return head, rest
    if m["so"]:
        verb = "means"
    elif m["like"]:
        verb = f"is {m['like'].lower()}"
    elif m["ing"]:
        verb = _FINITE_OF[m["ing"].lower()]
    else:
        verb = m["verb"].lower()
    return head, f"this {verb} {rest}"


# "These findings can help services design classes", "Our results may inform counselling":
# the paper's own use of what it found ("these findings" are the ones the draft has told).
_USE = re.compile(
    r"^(?:These|Our|The|This|Such) (?:[\w-]+ )?(?:findings?|results?|data|insights?|"
    r"observations?) (?:(?:may|might|can|could|will|should)(?: also)? (?:help|inform|guide|aid|"
    r"support|be used|be useful|improve|contribute)"
    # ... or, said outright, what they back: "These findings support a discussion of X with Y"
    r"|(?:support|inform|justify) (?:a |the )?(?:discussion|conversation|review|reconsideration|"
    r"use|choice|decision)s?\b)\b[^;]{8,}$"
)


def stated_use(text: str) -> bool:
    """Whether a conclusion says what the paper's findings can be used for (`_USE`), as a
    whole sentence."""
    return bool(_USE.match(text.strip())) and broken(text.strip()) is None


# The generic words of a call for more work: what remains names what is still to be shown.
_GENERIC = frozenset(
    """a an the and or of to in for with are is be been should must will would further more
    larger large longer long future new additional well-designed well designed high-quality
    quality randomised randomized controlled placebo-controlled multicentre multicenter
    prospective clinical trials trial studies study research work data evidence needed required
    warranted necessary still also confirm these this those findings results our we before can
    rigorous adequately powered sample sizes size groups group patients people participants
    numbers number populations population cohorts cohort samples""".split()
)
_CALL_SHAPE = re.compile(
    r"^(?P<call>[A-Z][^,;:]*? (?:is|are) (?:still |now |urgently )?(?:needed|required|warranted|"
    r"necessary)(?: to (?:guide|inform|establish|determine|show|test|clarify|confirm|identify)"
    r"\b[^,;:]*)?)\.?$"
)
MIN_NAMED = 2  # content words a call must name beyond the generic ones
# What the work called for must measure or take in: "with clinical disability outcomes",
# "that measure walking", "in people with progressive MS" (never "more trials of X", which
# names only the topic again).
_NAMES = re.compile(
    r"\b(?:with|using|measuring|assessing|looking at|including|that (?:measure|look at|assess|"
    r"include|follow)|to (?:measure|assess|look at)"
    # ... or what the work is for: "to guide treatment choice", "to establish whether X"
    r"|(?:needed|required|warranted|necessary) (?=to \w))\b(?P<what>.*)$"
)


def named_call(text: str) -> str | None:
    """ "The authors say larger trials with clinical disability outcomes are needed.": a call
    for more work, said whole and alone, that names what it must measure or take in (`_NAMES`:
    an outcome, a group, with `MIN_NAMED` words beyond the generic ones); None for a bare call
    or one that names only the topic again."""
    text = " ".join(text.split())
    m = _CALL_SHAPE.match(text)
    if m is None or not only_a_call(text) or len(text.split()) > MAX_CALL_WORDS:
        return None
    named = _NAMES.search(m["call"])
    words = re.findall(r"[A-Za-z][\w-]*", named["what"]) if named else []
    if sum(w.lower() not in _GENERIC for w in words) < MIN_NAMED:
        return None
    call = m["call"].rstrip(".")
    first = call.split()[0]
    if not (len(first) > 1 and first[1].isupper()):  # "RCTs ..." keeps its capitals
        call = call[:1].lower() + call[1:]
    return f"The authors say {call}."


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()


# "Cooling eased fatigue over 4 weeks; longer studies are needed": a finding, then a call.
_THEN_CALL = re.compile(r"^(?P<claim>[^;]+?)(?:;|,? but) (?P<call>[^;,]+?)\.?$")


def finding_then_call(text: str) -> bool:
    """Whether a conclusion states a finding and then calls for more work (`_THEN_CALL`)."""
    m = _THEN_CALL.match(" ".join(text.split()))
    if m is None:
        return False
    return a_call(m["call"]) and not a_call(m["claim"]) and states_finding(m["claim"])


_THIS = re.compile(r"^this ")


def own_words(
    origin: PlainSentence | None, headline: str, meant: list[PlainSentence], used: set[str]
) -> list[Line]:
    """Why it matters when nothing else of the authors' is left: what they draw from the
    finding the headline took (`meaning_tail`, unless the headline says it), then the paper's
    own use of its findings (`stated_use`), else a conclusion the headline was not made from
    that states a finding before its call for more work (`finding_then_call`: a result heads
    in its place, `result_head`), whole."""
    out: list[Line] = []
    tail = meaning_tail(origin.text) if origin is not None else None
    if (
        origin is not None
        and tail is not None
        and _norm(_THIS.sub("", tail[1])) not in _norm(headline)
    ):
        out.append(Line(f"The authors say {tail[1]}.", origin.sources, main=True))
    for p in meant:
        if p.text not in used and not p.hard and stated_use(p.text):
            out.append(Line(p.text, p.sources, main=not out))
            break
    for p in [] if out else meant:
        if origin is not None and p.text == origin.text or p.text in used or p.hard:
            continue
        if finding_then_call(p.text) and broken(p.text) is None:
            out.append(Line(p.text, p.sources, main=True))
            break
    return out


def what_is_next(out: list[Line], conclusions: list[PlainSentence], used: set[str]) -> list[Line]:
    """The authors' call that names what is still to be shown (`named_call`), after a section
    of one sentence or none; nothing when the section already draws on that sentence."""
    if len(out) > 1:
        return []
    drawn = {i for line in out for i in line.sources}
    for p in conclusions:
        call = named_call(p.text)
        if call is None or p.text in used or set(p.sources) & drawn:
            continue
        said = any(line.text.startswith("The authors say") for line in out)
        return [Line(p.text if said else call, p.sources)]
    return []


def with_its_second_half(
    origin: PlainSentence | None, conclusions: list[PlainSentence]
) -> PlainSentence | None:
    """The authors' sentence the headline took, with the half of it the drafter gave as a
    sentence of its own that leans on it ("..., and they want continued support" drafted as
    "They want continued support"): their sentence whole is the two halves together, never
    the second alone."""
    if origin is None:
        return None
    after = next(
        (
            p
            for p in conclusions
            if (p.leans or leans_back(p.text))
            and p.sources == origin.sources
            and p.order == origin.order + 1
        ),
        None,
    )
    if after is None:
        return origin
    return replace(origin, text=f"{origin.text} {after.text}", words=origin.words + after.words)
