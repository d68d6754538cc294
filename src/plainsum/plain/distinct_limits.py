"""Limitations said once each, the authors' chief limit first.

The limitations of a draft come from three places: the design's caveat, the paper's own
limitation sentences and the kinds of limit `limits.stated_limits` reads from the paper. Two of
them often say one thing ("Most of the trials were at high risk of bias." beside "The authors
say most of the studies had flaws in how they were done.", or one sentence the abstract gives in
its results and again in its conclusions). A limitation is left out when every kind of limit it
names was said before it, or when it says nearly the same words as one said before; a sentence
that names no kind of limit is kept (it says something of its own). The sentence in which the
authors name their main limitation comes first after the design's caveat.
"""

from __future__ import annotations

import re

from .lines import Line
from .standalone import plain_enough

__all__ = ["distinct_limits", "limit_kinds", "says_again", "sure_lines"]

SAME_WORDS = 0.6  # share of content words two limitations hold in common to say one thing

# What each kind of limit looks like, in the paper's words and in the draft's plain ones.
_KINDS: dict[str, re.Pattern[str]] = {
    "bias": re.compile(
        r"\b(?:high|unclear|serious|major|considerable|substantial|large|moderate|some)"
        r"(?: (?:to|or) (?:high|unclear|moderate))? risks? of (?:[\w-]+ ){0,2}bias\b"
        r"|\brisks? of bias\b[^.]{0,40}?\b(?:was|were|is|are) (?:\w+ )?(?:high|large|serious|"
        r"unclear)\b|\bflaws? in how\b"
        r"|\bmethodological (?:concerns|limitations|flaws|weaknesses|issues|"
        r"problems|shortcomings)\b|\b(?:poor|low|inadequate)[- ](?:study )?quality (?:studies|"
        r"trials)\b|\b(?:study|methodological|trial) quality (?:of (?:the )?(?:\w+ )?(?:studies|"
        r"trials) )?(?:was|were) (?:\w+ )?(?:low|poor|not high)\b|\bquality of (?:the )?"
        r"(?:included )?(?:studies|trials) (?:was|were) (?:\w+ )?(?:low|poor)\b",
        re.I,
    ),
    "certainty": re.compile(
        r"\b(?:very )?low(?: to (?:very )?low| or very low)?[- ](?:certainty|quality)(?: of)?"
        r" (?:the )?evidence\b|\b(?:certainty|quality) of (?:the )?evidence\b[^.]{0,60}?"
        r"\b(?:was|were|is|as|to be|to) (?:\w+ )?(?:very )?low\b|\bas (?:very )?low certainty\b"
        r"|\bevidence (?:is|was) weak\b|\bweak evidence\b",
        re.I,
    ),
    "size": re.compile(
        r"\bsmall (?:sample|numbers? of (?:people|participants|patients|studies|trials))"
        r"|\bfew (?:people|participants|patients)\b|\bnumber of people studied was small\b"
        r"|\bsmall person numbers\b|\bfew or small\b|\bonly (?:a few|one|two|three|four|\d+) "
        r"(?:small |fairly small )?(?:studies|trials)\b|\b(?:studies|trials)(?: [\w-]+){0,3} "
        r"(?:were|was) (?:\w+ )?(?:few|small)\b|\bsmall (?:studies|trials)\b",
        re.I,
    ),
    "short": re.compile(
        r"\bshort(?:-term)? follow-?up\b|\bfollow-?up (?:was|were|period was) (?:too )?short\b",
        re.I,
    ),
    "dropouts": re.compile(
        r"\bdropped out\b|\bdrop-?outs?\b|\battrition\b|\blost to follow-?up\b", re.I
    ),
    "open": re.compile(
        r"\bknew which treatment\b|\b(?:lack of|no|without|inadequate) blinding\b"
        r"|\b(?:not|un)blinded\b|\bopen[- ]label\b",
        re.I,
    ),
    "no_control": re.compile(
        r"\b(?:no|without a|(?:lack|absence) of (?:a|any)) (?:control|comparison|comparator|"
        r"placebo) (?:group|arm)\b",
        re.I,
    ),
    "differed": re.compile(r"\bdiffered (?:a lot|from each other|for some)\b|\bheterogene", re.I),
    "more_research": re.compile(
        r"\b(?:more|further|future|larger|new|additional) (?:\w+ )?(?:research|studies|trials)"
        r"\b[^.]{0,40}\b(?:needed|required|warranted)\b",
        re.I,
    ),
}
# "The main limitation of this study was ...": the authors' chief limit.
_CHIEF = re.compile(r"\b(?:main|major|key|chief|principal|most important) limitations?\b", re.I)
_STOP = frozenset(
    """the a an of in to and or for with was were is are be been that this these those it its
    their there study studies trial trials review authors say said some all most""".split()
)


def limit_kinds(text: str) -> frozenset[str]:
    """The kinds of limit a sentence names ("bias", "certainty", "size", ...)."""
    return frozenset(name for name, pattern in _KINDS.items() if pattern.search(text))


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def _same_words(a: str, b: str) -> bool:
    x, y = _content(a), _content(b)
    return bool(x and y) and len(x & y) / len(x | y) >= SAME_WORDS


def says_again(text: str, lines: list[Line]) -> bool:
    """Whether a limitation says nothing the content `lines` before it do not: it names kinds
    of limit and all of them were named, or it names none and its words nearly repeat a line."""
    content = [line.text for line in lines if line.kind != "frame"]
    kinds = limit_kinds(text)
    said = frozenset().union(*(limit_kinds(t) for t in content))
    if kinds - said:
        return False  # a kind of limit not named yet
    return bool(kinds) or any(_same_words(text, t) for t in content)


def sure_lines(lines: list[Line]) -> list[Line]:
    """The content lines sure to stay in the draft: kept over the grade (`main`) and in words
    the gate never calls hard (a hard one may be left out by a repair)."""
    return [
        line for line in lines if line.kind != "frame" and line.main and plain_enough(line.text)
    ]


def distinct_limits(lines: list[Line]) -> list[Line]:
    """`lines` with each limit said once: a line is left out when the kinds of limit it names
    were all said by another, or its words nearly repeat one. The lines sure to stay
    (`sure_lines`: kept over the grade, in plain words) say theirs first, since any other may
    be left out later by a repair and must not take a limit with it. The line that names the
    authors' main limitation comes first after the frames; frames keep their place, and a
    frame's words never leave out the paper's own statement."""
    frames = [line for line in lines if line.kind == "frame"]
    content = [line for line in lines if line.kind != "frame"]
    kept: list[Line] = []
    sure = sure_lines(content)
    for line in sorted(content, key=lambda x: x not in sure):  # stable: sure lines first
        if not says_again(line.text, kept):
            kept.append(line)
    ordered = [line for line in content if line in kept]  # back in their own order
    chief = [line for line in ordered if _CHIEF.search(line.text)][:1]
    return frames + chief + [line for line in ordered if line not in chief]
