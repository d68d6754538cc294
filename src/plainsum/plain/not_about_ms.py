"""Why it matters for a paper not about MS: what it studied and in whom, then that its meaning
for MS is not known.

One honest sentence names what was studied ("This review looked at zinc drops for colds in
children."), from the topic of the paper's aim, else from what an aim as drafted says was
studied, else from the subject of the authors' first conclusion (`subject`); when the headline
names it already, or none reads whole in plain words and is named by the paper's aim and
conclusions, the condition the paper is about says it ("This review was about asthma."). Then
the not-about-MS statement; the bare statement only when the paper names neither.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..checks.repeats import same_thing
from ..lexicon import zipf
from ..schemas import StudyDesign
from .condition import Condition
from .frames import NOT_ABOUT_MS, NOT_MS
from .headline import Headline
from .lines import Line
from .measure import grade
from .simplify import PlainSentence
from .standalone import plain_enough
from .subject import aim_subject, concluded_subject

__all__ = [
    "KIND",
    "WHOLE_TOPIC",
    "about",
    "named_studied",
    "norm",
    "not_ms",
    "plain_condition",
    "repeats",
    "topic_sentence",
    "unsaid_again",
]

LONG_SENTENCE = 25  # the readability check's long sentence
EVERYDAY_ZIPF = 3.0  # a word this common is no name: lowered mid-sentence


KIND = {
    StudyDesign.REVIEW: "review",
    StudyDesign.NARRATIVE_REVIEW: "review",
    StudyDesign.CASE_REPORT: "report",
    StudyDesign.GUIDELINE: "guideline",
}


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()


# A topic that names something: two words or more ("treatments" alone says nothing), a
# "whether" clause with a verb ("whether primary stenting" is cut short), not a bare dose, no
# pointer to what the paper said before ("antibiotics for these conditions", "neither of the
# approaches").
WHOLE_TOPIC = re.compile(
    r"^(?!whether (?!.*\b(?:is|are|was|were|can|could|may|helps?|works?|improves?|reduces?|"
    r"prevents?|affects?|changes?|leads?|increases?|lowers?|eases?|slows?)\b))"
    r"(?![\w-]*-dose\b)(?!.*\b(?:these|those|such|this|that|them)\b)"
    r"(?!(?:neither|either)\b|both (?:of|the)\b)"  # "neither of the approaches"
    # an effect of nothing named ("the effect", "the positive effect on tumour response",
    # "long-term use only"), a topic cut short ("... phytoestrogens when", "resolution'")
    r"(?!(?:the |any |its |their )?(?:[\w-]+ )?(?:effects?|benefits?|harms?|use|impact|role|"
    r"value)\b(?! of\b))(?!.*(?:\b(?:when|while|if|and|or|of|for|with|to|the|an?|whether|than|"
    r"only)|['’\"])$)\S+ \S+",
    re.I,
)


def not_ms(opening: str, sources: tuple[int, ...]) -> Line:
    """ "This review looked at X; it did not look at MS, so ..." as one frame sentence."""
    rest = NOT_MS[len("This study ") :].rstrip(".")
    return Line(f"{opening.rstrip('.')}; it {rest}.", sources, kind="frame")


def plain_condition(conditions: list[Condition] | None) -> Condition | None:
    """The condition the paper names most, of those with a name a lay reader knows: the first
    of `conditions` (named most first) that is plain enough, else None."""
    return next((c for c in conditions or [] if plain_enough(c.name)), None)


def about(condition: Condition | None, design: StudyDesign) -> list[Line]:
    """ "This review was about cystic fibrosis. It did not look at MS, so ...", or nothing for
    no condition: two short sentences, since a long one costs the body's grade."""
    if condition is None:
        return []
    kind = KIND.get(design, "study")
    return [
        Line(f"This {kind} was about {condition.name}.", (condition.source,), kind="frame"),
        Line(NOT_ABOUT_MS, kind="frame"),
    ]


# The frame's own sentences that say what the paper studied: "This review was about X." (then
# `NOT_ABOUT_MS`) and "This review looked at X; it did not look at MS, so ..." (`not_ms`).
_WAS_ABOUT = re.compile(r"^This \w+ was about (?P<what>.+)\.$")
_LOOKED_AT = re.compile(r"^This \w+ looked at (?P<what>[^;]+); it did not look at MS\b")


def unsaid_again(lines: list[Line], head: Headline) -> list[Line]:
    """`lines` of why it matters, with what the paper studied said once: where the headline
    is a template that says only that ("A study looked at Down syndrome"), "This study was
    about Down syndrome. It did not look at MS, ..." (or "This study looked at X; it did not
    look at MS, ...") becomes the bare statement (`NOT_MS`), never the headline said again. A
    headline that states a finding in people with X keeps the frame: it says what was found,
    the frame what was studied."""
    if not head.from_template:
        return lines
    said = norm(head.text)
    out: list[Line] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        about_it = _WAS_ABOUT.match(line.text)
        looked = _LOOKED_AT.match(line.text)
        what = about_it or looked
        if line.kind == "frame" and what and f" {norm(what['what'])} " in f" {said} ":
            if about_it:
                if i + 1 >= len(lines) or lines[i + 1].text != NOT_ABOUT_MS:
                    out.append(line)
                    continue
                skip = True
            out.append(Line(NOT_MS, kind="frame"))
            continue
        out.append(line)
    return out


def _one_of_more(name: str, text: str) -> bool:
    """Whether `text` names the condition `name` beside something else ("nerve pain and
    fibromyalgia"); "early or locally-advanced cancer" names kinds of the one condition."""
    n = re.escape(name)
    return bool(re.search(rf"\band (?:\w+ )?{n}\b|\b{n} and\b", text))


def topic_sentence(
    studied: Line | None, condition: Condition | None, design: StudyDesign
) -> list[Line]:
    """ "This review looked at X; it did not look at MS, so ..." while that is not a long
    sentence; else the condition the paper is about in a frame of its own ("This review was
    about congenital hypothyroidism. It did not look at MS, so ..."), unless what was studied
    names it in a list with more; else what was studied and the not-about-MS statement as two
    sentences; the bare statement only when the paper names neither a topic in plain words
    nor a condition."""
    if studied is not None and len(f"{studied.text} {NOT_MS}".split()) <= LONG_SENTENCE:
        return [not_ms(studied.text, studied.sources)]
    said_about = about(condition, design)
    if (
        said_about
        and studied is not None
        and condition
        and _one_of_more(condition.name, studied.text)
    ):
        # the condition is one of what it studied ("topiramate for nerve pain and
        # fibromyalgia"): the whole topic, never the condition alone as if it were all
        return [studied, Line(NOT_ABOUT_MS, kind="frame")]
    if said_about:
        return said_about
    if studied is None:
        return [Line(NOT_MS, kind="frame")]
    return [studied, Line(NOT_ABOUT_MS, kind="frame")]


# Where what was studied ends in a "looked at" sentence, as the gate reads it.
_HEAD_END = re.compile(
    r"\s+(?:in|among|on|for|to|that|which|who|whose|whether|when|as|from|with|by|using|during|"
    r"over|across)\b|[,;:()]",
    re.I,
)
AIMED_SHARE = 1.0  # the share of what was studied the paper's aim and conclusions must name
# (the gate asks half of its weight, with synonyms; read by word stems here, all of it)
MAX_TOPIC_GRADE = 14.0  # a "looked at" sentence harder than this costs the body its grade
# "primary in organisational settings": an adjective left without its noun by an edit.
_LOST_NOUN = re.compile(r"^[\w-]+(?:ary|al|ic|ive|ous)\s+(?:in|for|of|to|on|with|among)\b", re.I)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z][a-z-]{3,}", text.lower())}


def _aimed(what: str, paper: list[str]) -> bool:
    """Whether the paper's own aim and conclusions (`paper`, as it words them) name what was
    studied: most of the words before its "in / for / ..." are theirs (the gate holds a "looked
    at" sentence to the same; with neither, there is nothing to hold it to)."""
    if not paper:
        return True
    head = _stems(_HEAD_END.split(what, maxsplit=1)[0])
    named = _stems(" ".join(paper))
    return not head or len(head & named) / len(head) >= AIMED_SHARE


def _lowered(subject: str, texts: list[str]) -> str:
    """The subject as said mid-sentence: its first letter lowered, unless the paper writes the
    word with its capital inside a sentence (a name: "Nigella sativa") or it is no everyday
    word the paper also writes in lower case (a drug's name said only at a sentence's start)."""
    first = subject.split()[0]
    joined = " ".join(texts)
    if first[1:] != first[1:].lower() or re.search(rf"[\w,] {re.escape(first)}\b", joined):
        return subject
    lower = first.lower()
    if zipf(lower) < EVERYDAY_ZIPF and not re.search(rf"\b{re.escape(lower)}\b", joined):
        return subject
    return lower + subject[len(first) :]


def repeats(text: str, said: Collection[str]) -> bool:
    """Whether `text` says again what a sentence of `said` (the body) says, by the gate's
    `repeated` rule (`checks.repeats.same_thing`): "This review looked at X in Y." after "The
    review authors wanted to find out the effects of X in Y."."""
    return any(same_thing(text, other) for other in said)


def named_studied(
    topic: str | None,
    topic_source: int | None,
    design: StudyDesign,
    head: Headline,
    aims: list[PlainSentence],
    stated: list[PlainSentence],
    paper: list[str],
    said: Collection[str] = (),
) -> Line | None:
    """ "This review looked at X.": X from the topic of the aim, else from what an aim as
    drafted says was studied, else from the subject of the authors' first conclusion that has
    one; the first that reads whole in plain words, is named by the paper's aim and
    conclusions as it words them (`paper`), is not too hard a read, does not say again a
    sentence the body gives (`said`: its aim in other words) and is not in the headline
    already (then nothing: the headline names it). None when none."""
    texts = [p.text for p in [*aims, *stated]]
    found: list[tuple[str | None, int | None]] = [(topic, topic_source)]
    found += [
        (aim_subject(p.text), p.sources[0]) for p in aims if p.sources and p.order >= 0
    ]  # an aim of the paper's own, never one built from what its results compared
    # the authors' first conclusion with a subject: a later one may be a side point
    found += [
        next(
            ((s, p.sources[0]) for p in stated if p.sources and (s := concluded_subject(p.text))),
            (None, None),
        )
    ]
    for what, source in found:
        if not what or source is None or not WHOLE_TOPIC.match(what) or _LOST_NOUN.match(what):
            continue
        if norm(what) in norm(head.text):
            return None  # the headline names what was studied: not said twice
        if not plain_enough(what) or not _aimed(what, paper):
            continue
        text = f"This {KIND.get(design, 'study')} looked at {_lowered(what, texts)}."
        if grade(text) <= MAX_TOPIC_GRADE and not repeats(text, said):
            return Line(text, (source,))
    return None
