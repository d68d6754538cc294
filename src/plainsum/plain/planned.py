"""A planned study (a protocol): who and how many it will take in, what it will compare, and
what it is about, in the future tense of the paper's own sentences; nothing found yet.

A protocol's methods say it all in one long sentence ("We will recruit 210 adults aged 18-60
years with relapsing-remitting MS and randomly assign them to A or to B"), too long to show
whole: the draft's body then said only its outcomes under "A planned study has no results yet".
Each sentence built here is read from one source sentence and quotes it: the people as written
(their count and who they are, up to the next clause), the two groups as written ("A with B",
the control second). A protocol with no aim of its own says what it is about in its title
("Aerobic training to improve processing speed in relapsing-remitting multiple sclerosis:
protocol for a randomised trial"): that topic, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .facts import Fact
from .numbers import COUNT, drop_brackets
from .sentences import Role
from .source import SourceSentence

__all__ = [
    "MAX_TITLE_TOPIC_WORDS",
    "PLANNED_COMPARISON",
    "planned_facts",
    "planned_roles",
    "title_topic",
]

MAX_WHO_WORDS = 16  # who they will be, past this: a clause, not a group of people
MAX_SIDE_WORDS = 12  # one group's treatment, past this: more than one thing
MAX_TITLE_TOPIC_WORDS = 14
PLANNED_COMPARISON = "The study will compare "

_WHO = (
    r"(?:participants|patients|outpatients|people|persons|individuals|adults|children|women|men|"
    r"volunteers|subjects|pregnancies)"
)
# How many people and who they are, as written: "210 adults aged 18-60 years with MS"
_COUNT_WHO = rf"(?P<n>{COUNT}) (?P<who>(?:[\w-]+ ){{0,2}}?{_WHO}\b(?P<more>[^;:.]*?))"
# "We will recruit 210 adults aged 18-60 years with MS and impaired speed", "The trial will
# enrol 316 adults within 90 days of a first CIS", "A total of 120 patients will be recruited"
_WILL_TAKE = re.compile(
    r"\b(?:will|plan to|aim to) (?:\w+ly )?(?:recruit|enrol|enroll|include|randomi[sz]e) "
    r"(?:a total of |approximately |about |around |up to )?"
    + _COUNT_WHO
    + r"(?=,| and (?:randomly|then|will|allocate|assign|follow)\b|[;:]|\.?$| (?:who|from|at|"
    r"across|over|between) )",
    re.I,
)
_WILL_BE_TAKEN = re.compile(
    r"^(?:A total of |Approximately |About |Up to )?" + _COUNT_WHO + r" will be (?:\w+ly )?"
    r"(?:recruited|enrolled|included|randomi[sz]ed)\b",
    re.I,
)
# "This is the protocol for a randomised controlled trial in 180 adults with MS who ..."
_PROTOCOL_OF = re.compile(
    r"\bprotocol (?:for|of) an? (?:[\w-]+ ){0,4}?(?:trial|study) (?:in|of|among|involving) "
    + _COUNT_WHO
    + r"(?=,|[;:]|\.?$| (?:who|from|at|across|over|between) )",
    re.I,
)
# "randomly assign them in a 1:1 ratio to A or to B", "will be randomly assigned to A or B"
_SIDE = r"(?:(?!(?:or|who|which|that)\b)[\w'’/+.%,:-]+ ){0,11}?[\w'’/+.%-]+"
# the verb before what a group gets: "assigned to wear A or B" compares A with B, never "wear A"
_GET = r"(?:receive|take|wear|use|get|undergo|attend|follow|join|do)"
# a side that names groups, not what they get ("to two groups: A or B")
_GROUPS = re.compile(r"^(?:[\w-]+ )?(?:groups?|arms?)\b", re.I)
_WILL_ASSIGN = re.compile(
    r"\b(?:randomly (?:assign|allocate)|randomi[sz]e|will be (?:randomly )?(?:assigned|"
    r"allocated|randomi[sz]ed))\b(?: (?:them|participants|patients))?"
    r"(?: (?:in|at) an? \d:\d(?: ratio)?| \(\d:\d\))? to (?:either )?"
    rf"(?:{_GET} )?(?:either )?(?P<a>{_SIDE}),? or (?:to )?(?:{_GET} )?"
    rf"(?P<b>{_SIDE})(?=[;.]|$| for \d| until\b)",
    re.I,
)
_CONTROL = re.compile(
    r"^(?:an? |matching |identical )*(?:placebo|sham|dummy|usual care|standard care|no "
    r"(?:treatment|intervention)|waiting list|wait-list)\b",
    re.I,
)
# A clause after who they are ("who will", "and will"): never part of the group.
_CLAUSE = re.compile(r"\b(?:will|would|was|were|is|are|has|have|had|who|which|that)\b", re.I)
# The title's second half names the design, not the topic: "protocol for a randomised trial".
_PROTOCOL_TAIL = re.compile(
    r"\s*(?::|\s-\s|\s–\s)\s*(?:[\w-]+ ){0,3}?(?:study |trial )?(?:protocol|rationale and "
    r"design|design and rationale|design and methods)\b.*$",
    re.I,
)
_ACRONYM = re.compile(r"\s*\((?:[A-Z][\w-]*)\)")
_MS_LONG = re.compile(r"\bmultiple sclerosis(?: \(MS\))?", re.I)


def _quoted(n: str, who: str) -> str:
    return f"{n if n[0].isdigit() else n.lower()} {who.strip()}"


def _who_said(who: str, more: str) -> str | None:
    """Who they will be, as written, or only the noun when the rest is long or a clause."""
    if len(who.split()) <= MAX_WHO_WORDS and not _CLAUSE.search(more):
        return who.strip().rstrip(",")
    return who[: len(who) - len(more)].strip() or None


def planned_facts(sentences: list[SourceSentence]) -> list[Fact]:
    """ "The study will include 210 adults with ..." and "The study will compare A with B.",
    each from the first sentence that says it plainly in the future tense; none when none
    does."""
    out: list[Fact] = []
    for s in sentences:
        text = drop_brackets(s.text).rstrip()
        m = _WILL_TAKE.search(text) or _WILL_BE_TAKEN.search(text) or _PROTOCOL_OF.search(text)
        who = _who_said(m["who"], m["more"]) if m else None
        if m and who:
            out.append(Fact(f"The study will include {_quoted(m['n'], who)}.", s.index))
            break
    for s in sentences:
        text = drop_brackets(s.text).rstrip()
        m = _WILL_ASSIGN.search(text)
        if m is None:
            continue
        a, b = m["a"].rstrip(",."), m["b"].rstrip(",.")
        if a.lower() == b.lower() or any(
            len(x.split()) > MAX_SIDE_WORDS or _GROUPS.match(x) for x in (a, b)
        ):
            continue
        if _CONTROL.match(a) and not _CONTROL.match(b):
            a, b = b, a  # what is tested first: "compare X with placebo"
        out.append(Fact(f"{PLANNED_COMPARISON}{a} with {b}.", s.index))
        break
    return out


def title_topic(title: str | None) -> str | None:
    """What a protocol's title says it is about, before the words that name it a protocol
    ("Aerobic training to improve processing speed in multiple sclerosis (STRIDE-MS): protocol
    for a randomised trial" -> "aerobic training to improve processing speed in MS"); None
    for a title of another shape or a long one."""
    if not title or not _PROTOCOL_TAIL.search(title):
        return None
    topic = _ACRONYM.sub("", _PROTOCOL_TAIL.sub("", title)).strip().rstrip(".")
    topic = _MS_LONG.sub("MS", topic)
    if not topic or re.search(r"[,;:?]", topic) or len(topic.split()) > MAX_TITLE_TOPIC_WORDS:
        return None
    first = topic.split()[0]
    if not any(c.isupper() for c in first[1:]):  # "Aerobic" lower, "STRIDE" and "MRI" kept
        topic = topic[:1].lower() + topic[1:]
    return topic


# What a planned study will measure or do, never what it means: "Secondary outcomes will
# include relapse rate", "Participants will be randomly assigned to ...".
_WILL_DO = re.compile(
    r"\boutcomes? (?:will|would|is|are)\b|\bwill be (?:\w+ly )?(?:measured|assessed|recorded|"
    r"analy[sz]ed|collected|assigned|allocated|randomi[sz]ed|followed|enrolled|recruited|"
    r"compared|evaluated)\b",
    re.I,
)


def planned_roles(sentences: list[SourceSentence]) -> list[SourceSentence]:
    """A protocol's sentences with what it will do as methods: it has no results, and the
    sentences a headingless abstract's order would read as results or conclusions say what
    will be done or measured (`_WILL_DO`); a conclusion on what the study will show stays."""
    return [
        replace(s, role=Role.METHODS)
        if s.role == Role.RESULTS or (s.role == Role.CONCLUSION and _WILL_DO.search(s.text))
        else s
        for s in sentences
    ]
