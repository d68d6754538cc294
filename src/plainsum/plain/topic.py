"""What a paper is about, and which way its main conclusion went, as slots for a short headline.

A conclusion copied whole is often too long for a headline ("There is limited evidence to
support X as a helpful treatment for Y in people with MS"). The same finding fits in a few plain
words when its parts are known: the treatment (X), what it was for (Y), the people (P) and the
direction (helped / no clear benefit / not clear), each taken from the paper's own words:

- the topic of the aim ("... wanted to check the benefit of vitamin D for reducing disease
  activity in people with MS") gives X, Y and P (`split_topic`);
- the conclusion gives the direction and how sure the authors are (`direction`), and must name X
  itself, so the headline says what the conclusion says about the thing the paper studied.

Nothing is guessed: a topic or a conclusion of any other shape gives None, and the caller keeps
the sentence it had.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "Direction",
    "aim_topic",
    "Topic",
    "direction",
    "fact_headline",
    "names_treatment",
    "split_topic",
    "trim_topic",
]

MAX_HEADLINE_WORDS = 16
MAX_TREATMENT_WORDS = 6


class Direction(Enum):
    """Which way the authors' main conclusion went."""

    HELPED = "helped"
    NO_BENEFIT = "no_benefit"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class Topic:
    """A topic of the form "X for Y in P": the treatment, what it was for, the people."""

    treatment: str
    purpose: str  # "reducing disease activity", "tiredness" ("" when the topic names none)
    purpose_verb: str  # "reduce" when the purpose was a gerund ("reducing ..."), else ""
    people: str  # "in people with MS" ("" when the topic names none)


# A comparison or setting that trails an aim's topic: true, but not what the topic is.
_TOPIC_TAIL = re.compile(
    r",?\s+(?:in comparison (?:with|to)|compared (?:with|to)|when compared|as compared|"
    r"(?:versus|vs\.?|against)(?= (?:a |the )?(?:placebo|dummy|sham|usual care|standard care|"
    r"no (?:treatment|intervention)|control)))\b.*$",
    re.I,
)


def trim_topic(topic: str) -> str:
    """The topic without a trailing comparison ("X for Y in comparison with dummy treatment"
    -> "X for Y"), which a headline or a "This review looked at" sentence can leave out."""
    return _TOPIC_TAIL.sub("", topic).strip()


# "wanted to find out the effect and safety of X", "wanted to check the absolute and comparative
# effect and tolerability of X", "wanted to find out whether X": the topic is X.
_AIM_TOPIC = re.compile(
    r"wanted to (?:\w+ ){1,2}(?:the )?(?:[\w-]+,? (?:(?:and|or) )?){0,5}?"
    r"(?:(?:benefits?|effects?|safety|effectiveness|efficacy|harms?|value|role|use|impact|"
    r"tolerability|side effects|"
    r"unwanted events|harmful effects)(?: and (?:safety|harms|side effects|unwanted events|"
    r"harmful effects|benefits?|tolerability))? "
    r"of |(?P<whether>whether) )"
    r"(?P<topic>.+?)\.?$"
)
# A comparison set between commas inside the topic: ", in comparison to standard care,".
_INNER_COMPARISON = re.compile(
    r",\s*(?:in comparison (?:with|to)|compared (?:with|to)|versus|vs\.?) [^,;]+,", re.I
)
MAX_TOPIC_WORDS = 12


def aim_topic(aim: str) -> str | None:
    """What the aim says the paper studied ("... wanted to check the effect and safety of
    amantadine for tiredness in people with MS" -> "amantadine for tiredness in people with
    MS"), without comparisons; "whether X ..." for an aim that asks whether; None for an aim
    of another shape, or a topic that is long or a list."""
    m = _AIM_TOPIC.search(aim)
    if not m:
        return None
    topic = trim_topic(_INNER_COMPARISON.sub("", m["topic"]))
    if not topic or re.search(r"[,;:]", topic) or len(topic.split()) > MAX_TOPIC_WORDS:
        return None
    return topic


# The people a topic or a conclusion names at its end: "in people with MS", "among adults".
_PEOPLE = re.compile(
    r"\s(?P<people>(?:in|among|for) (?:\w+ ){0,2}(?:people|patients|persons|adults|children|"
    r"teenagers|women|men|infants|babies|newborns)"
    r"(?: (?:with|who have|living with) (?:(?!(?:for|to|in|on) )[\w'-]+ ?){1,6})?)(?=\s|$)",
    re.I,
)
# "for reducing Y", "in treating Y", "to prevent Y", "for the treatment of Y", "for Y".
_PURPOSE = re.compile(
    r"^(?:for|in) (?P<gerund>reducing|preventing|treating|improving|relieving|easing|managing|"
    r"lowering|slowing|delaying|modifying|controlling)\s(?P<what>.+)$"
    r"|^to (?P<verb>reduce|prevent|treat|improve|relieve|ease|manage|lower|slow|delay|modify|"
    r"control)\s(?P<what2>.+)$"
    r"|^for (?:the )?(?P<noun>treatment|prevention|management) of (?P<what3>.+)$"
    r"|^for (?:an? )?(?P<better>improved|better|enhanced) (?P<what5>.+)$"
    r"|^for (?P<what4>.+)$",
    re.I,
)
_GERUND_VERB = {
    "reducing": "reduce",
    "preventing": "prevent",
    "treating": "treat",
    "improving": "improve",
    "relieving": "relieve",
    "easing": "ease",
    "managing": "manage",
    "lowering": "lower",
    "slowing": "slow",
    "delaying": "delay",
    "modifying": "change",
    "controlling": "control",
}
_NOUN_VERB = {"treatment": "treat", "prevention": "prevent", "management": "manage"}
# A treatment slot that is not one plain noun phrase: a list, a comparison, a clause, quotes.
_NOT_A_TREATMENT = re.compile(
    r"\b(?:and|or|as|versus|vs|with|compared|that|which|who|is|are|was|were|the use|"
    r"effects?|safety|benefits?|whether|how)\b|['\"(),;:]",
    re.I,
)
_SPLIT = re.compile(r"\s(?=(?:for|in|to) )")
# How many kinds of the treatment the aim covers ("various non-drug treatments"): the
# conclusions name the treatment without it ("non-drug treatments such as ...").
_VAGUE = re.compile(r"^(?:various|different|several|diverse|a range of|a variety of) ", re.I)


def split_topic(topic: str) -> Topic | None:
    """X, Y and P of a topic "X for Y in P" ("vitamin D supplements for reducing disease
    activity in people with MS"), or None when the topic is of another shape or X is not one
    plain noun phrase."""
    topic = trim_topic(topic).rstrip(".")
    people = ""
    m = _PEOPLE.search(topic)
    if m:
        people = m["people"].strip()
        topic = f"{topic[: m.start()]}{topic[m.end() :]}".strip()
    parts = _SPLIT.split(topic, maxsplit=1)
    treatment = _VAGUE.sub("", parts[0].strip())
    if not treatment or len(treatment.split()) > MAX_TREATMENT_WORDS:
        return None
    if _NOT_A_TREATMENT.search(treatment):
        return None
    purpose, verb = "", ""
    if len(parts) == 2:
        p = _PURPOSE.match(parts[1].strip())
        if not p:
            return None
        if p["gerund"]:
            purpose, verb = p["what"], _GERUND_VERB[p["gerund"].lower()]
        elif p["verb"]:
            purpose, verb = p["what2"], p["verb"].lower()
        elif p["noun"]:
            purpose, verb = p["what3"], _NOUN_VERB[p["noun"].lower()]
        elif p["better"]:
            purpose, verb = p["what5"], "improve"
        else:
            purpose = p["what4"]
        if re.search(r"\b(?:and|or)\b.*\b(?:and|or)\b|[,;]", purpose):
            return None  # a list of aims: not one purpose
    if not purpose and not people:
        return None
    return Topic(treatment, purpose.strip(), verb, people)


# A conclusion that the effect is not known: no, too little or unclear evidence, either way.
_UNCLEAR = re.compile(
    r"\b(?:no|not enough|insufficient|inadequate|inconclusive|no clear|no good|no reliable|"
    r"no firm|no convincing)\s+(?:[\w-]+\s+){0,2}(?:evidence|data)\b"
    r"|\b(?:little|limited|uncertain)\s+(?:[\w-]+\s+){0,2}(?:evidence|data)\b"
    r"(?! (?:that|to support|suggest|show|support))"
    r"|\b(?:effects?|benefits?|effectiveness|efficacy)\b[^.;]{0,120}\b(?:is|are|was|were|remains?)"
    r" (?:still )?(?:poorly documented|unclear|uncertain|not clear|unknown|not known)\b",
    re.I,
)
# A finding said beside the doubt ("..., but X reduced pain"): the conclusion is not only unclear.
_FOUND_BESIDE = re.compile(
    r"\b(?:reduced|improved|lowered|eased|relieved|prevented|slowed|delayed|increased|"
    r"did not) (?!(?:not )?(?:included|found|identified|available|reported))",
    re.I,
)
# A conclusion that it did not help: "did not show differences", "no benefit", "no effect".
_NO_BENEFIT = re.compile(
    r"\b(?:did not|does not|do not|was not|were not)\s+(?:\w+\s+){0,1}"
    r"(?:show (?:any |a )?(?:clear |significant )?(?:differences?|benefits?|effects?)|"
    r"provide (?:any |a )?(?:clear )?benefits?|improve|reduce|help|prevent|slow|ease|relieve|"
    r"lower|delay|differ|change)\b"
    r"|\bno (?:clear |significant |important |meaningful )?(?:benefits?|effects?|differences?|"
    r"improvements?)\b(?! (?:in|on) (?:safety|side effects|unwanted events|harmful effects|harms))",
    re.I,
)
_HELPED = re.compile(
    r"\b(?:reduc(?:ed|es|e)|improv(?:ed|es|e)|lower(?:ed|s)?|eas(?:ed|es|e)|reliev(?:ed|es|e)|"
    r"prevent(?:ed|s)?|slow(?:ed|s)?|delay(?:ed|s)?|help(?:ed|s)?|helpful|beneficial|effective|"
    r"(?:clear|helpful|beneficial|positive) effects?|benefits?)\b",
    re.I,
)
# Words that say the finding held only for some: a headline of the whole treatment would drop them.
_PARTIAL = re.compile(
    r"\b(?:only|some(?! (?:[\w-]+ )?evidence)|subgroups?|short[- ]term|long[- ]term|"
    r"at (?:a )?dose|doses?|except|but|"
    r"however|although|whereas|while|harm\w*|side effects?|"
    r"unwanted events?|harmful effects?|adverse|health problems?|worse|"
    r"increase[ds]?|"
    r"higher|more|greater|less|than|compared|versus|vs|relative to|over|similar|superior|"
    r"inferior|"
    r"as (?:good|well|effective) as)\b|\d",
    re.I,
)
_HEDGED = re.compile(
    r"\b(?:may|might|could|possibl\w*|probabl\w*|suggests?|suggested|appears?|seems?|"
    r"weak|limited|low|some|potential\w*|likely)\b",
    re.I,
)


# A comparison with a control says nothing the direction does not: "no benefit over placebo".
_OVER_CONTROL = re.compile(
    r",?\s*(?:over|than|compared (?:with|to)|versus|vs\.?|relative to) (?:a |the )?"
    r"(?:placebo|dummy (?:treatment|pills?)|sham(?: treatment)?|usual care|standard care|"
    r"no (?:treatment|intervention)|control(?: group)?s?)\b",
    re.I,
)


def direction(conclusion: str) -> tuple[Direction, bool] | None:
    """Which way a conclusion went and whether it is hedged, or None when it says more than
    one thing, holds only for some (a dose, a subgroup, the short term) or goes no clear way."""
    if _UNCLEAR.search(conclusion):
        if _FOUND_BESIDE.search(_UNCLEAR.sub("", conclusion)):
            return None  # a finding said beside the doubt
        return Direction.UNCLEAR, True
    conclusion = _OVER_CONTROL.sub("", conclusion)
    if _PARTIAL.search(conclusion):
        return None
    if _NO_BENEFIT.search(conclusion):
        return Direction.NO_BENEFIT, bool(_HEDGED.search(conclusion))
    if _HELPED.search(conclusion) and not re.search(r"\b(?:not|no|neither|nor)\b", conclusion):
        return Direction.HELPED, bool(_HEDGED.search(conclusion))
    return None


# A generic last word of a treatment's name, which a conclusion may leave out ("remote
# rehabilitation" for "remote rehabilitation treatment").
_GENERIC = re.compile(
    r"\s+(?:treatments?|therap(?:y|ies)|interventions?|programm?es?|supplements?|agents?|"
    r"drugs?|medicines?|medications?)$",
    re.I,
)


def names_treatment(text: str, topic: Topic) -> bool:
    """Whether `text` names the topic's treatment (its words in order, a generic last word
    such as "treatment" or "supplements" aside)."""
    core = _GENERIC.sub("", topic.treatment) or topic.treatment
    return re.search(rf"\b{re.escape(core)}", text, re.I) is not None


# A conclusion on the treatment as a whole ("helpful", "no benefit"), not on one outcome.
_GENERAL = re.compile(
    r"\b(?:helpful|beneficial|effective|ineffective|benefits?|(?:clear |any )?benefit)\b", re.I
)
_CONTENT = re.compile(r"[a-z][a-z-]{3,}")


def _about_purpose(conclusion: str, topic: Topic) -> bool:
    """Whether a helped / no-benefit conclusion speaks of the aim's purpose (shares one of its
    words) or of the treatment as a whole: a result on another outcome is not said of it."""
    if _GENERAL.search(conclusion):
        return True
    if not topic.purpose:
        return False  # "X reduced relapses" is not "X helped people with MS"
    stems = {w[:5] for w in _CONTENT.findall(topic.purpose.lower())}
    return bool(stems & {w[:5] for w in _CONTENT.findall(conclusion.lower())})


def _with(topic: Topic) -> str:
    """ "with tiredness in people with MS", "disease activity in people with MS"."""
    return " ".join(w for w in (topic.purpose, topic.people) if w)


def fact_headline(topic: Topic, conclusion: str) -> str | None:
    """A short headline built from the topic and the direction of `conclusion` ("Vitamin D
    supplements may not reduce disease activity in people with MS"), or None when the
    conclusion does not name the topic's treatment, has no clear direction, or the headline
    would be longer than a headline should be."""
    if not names_treatment(conclusion, topic):
        return None
    found = direction(conclusion)
    if found is None:
        return None
    which, hedged = found
    if which != Direction.UNCLEAR and not _about_purpose(conclusion, topic):
        return None
    x = topic.treatment
    rest = _with(topic)
    if which == Direction.UNCLEAR:
        if topic.purpose_verb:
            text = f"It is not clear whether {x} can {topic.purpose_verb} {rest}"
        elif topic.purpose:
            text = f"It is not clear whether {x} can help with {rest}"
        else:
            text = f"It is not clear whether {x} can help {topic.people[3:]}"
            if not topic.people.startswith("in "):
                return None
    elif which == Direction.HELPED:
        may = "may " if hedged else ""
        said = topic.purpose_verb[:4] if topic.purpose_verb else "help"
        if not hedged and not re.search(rf"\b{said}", conclusion, re.I):
            return None  # "X treated Y" only where the authors say so in as many words
        if topic.purpose_verb:
            text = f"{x} {may}{_third(topic.purpose_verb, hedged)} {rest}"
        elif topic.purpose:
            text = f"{x} {may}{'help' if hedged else 'helped'} with {rest}"
        elif topic.people.startswith("in "):
            text = f"{x} {may}{'help' if hedged else 'helped'} {topic.people[3:]}"
        else:
            return None
    else:
        nothing = "may not" if hedged else "did not"
        if topic.purpose_verb:
            text = f"{x} {nothing} {topic.purpose_verb} {rest}"
        elif topic.purpose:
            text = f"{x} {nothing} help with {rest}"
        elif topic.people.startswith("in "):
            text = f"{x} {nothing} help {topic.people[3:]}"
        else:
            return None
    text = text[:1].upper() + text[1:]
    if len(text.split()) > MAX_HEADLINE_WORDS:
        return None
    return text


def _third(verb: str, hedged: bool) -> str:
    """The verb after "may" (as it is) or in the past ("reduced") for an unhedged finding."""
    if hedged:
        return verb
    return verb + ("d" if verb.endswith("e") else "ed")
