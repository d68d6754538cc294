"""What was studied: a tool the paper only used is not what it studied, and a paper not about
MS was about what its aim and conclusions name (`topic_not_aimed`), not about a part of it that
they name only as a subset or an outcome ("This review was about sepsis." of a review of all
critically ill people, whose conclusions name "the subset of patients with sepsis"; "This
review was about stroke." where it counts two trials in people after a stroke and eleven in
heart disease; "This review was about juvenile idiopathic arthritis." where its aim names flat
feet in children and the paper names arthritis as one of several kinds of them).

"The researchers looked at flow cytometry in people with MS." is false when the paper only
measured something *with* flow cytometry: every time the paper names the thing, it is the
means of the work ("using flow cytometry", "measured by MRI", "a mouse model was used").
`method_as_topic(source, sentence)` returns that thing, or None. Used by the support check
(an unsupported sentence: the summary says the paper studied something it did not).

Only sentences that say what the study was about are read ("looked at", "studied",
"examined", "investigated", "focused on"), and only their object up to the next clause or
qualifier ("in people with MS", "to see whether ..."). The thing must be named in the paper
(its heavy words together in one sentence) at least once, and every naming must be a means.
"""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_words, found_share, split_source, stem, word_weight
from ..ingest import Source
from ..plain.number_words import count_value
from ..plain.numbers import COUNT
from ..plain.sentences import Role

MIN_TOPIC_WEIGHT = 2.0  # a topic lighter than this ("it", "the cells") is not judged
HEAVY = 2.0  # the words of a topic this heavy must all be in a source sentence to name it

_ABOUT = re.compile(
    r"\b(?:looked (?:at|into)|studied|examined|investigated|explored|focused on|was about|"
    r"were about|set out to study)\s+(?P<topic>[^,;:.()]{3,80}?)"
    r"(?=\s+(?:in|among|on|for|to|that|which|who|whose|whether|when|and how|as|from|with|by|"
    r"using|during|over|across)\b|\s*[,;:.()]|$)",
    re.I,
)
# How a paper says it used a thing as a means: before the name, or after it.
_MEASURED = (
    r"measured|assessed|determined|quantified|analy[sz]ed|detected|evaluated|profiled|examined|"
    r"imaged|scanned|stained|identified|confirmed|characteri[sz]ed|estimated|visuali[sz]ed|"
    r"recorded|tested|labell?ed|tracked|monitored|counted|mapped"
)
# "treated with X", "given X" are what a trial studies, so a bare "with" or "by" is no means.
_MEANS_BEFORE = re.compile(
    rf"\b(?:using|use of|via|employing|applying|by means of|by way of|(?:{_MEASURED})\s+"
    r"(?:\w+ly\s+)?(?:by|with|using|on|in))\s+(?:\w+\s+){0,3}$",
    re.I,
)
_MEANS_AFTER = re.compile(
    r"^\S*\s*(?:\w+\s+){0,2}?(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:used|employed|applied|"
    r"performed|carried out)\b|^[\w-]*-based\b|^\s*(?:assays?|analysis|staining|imaging)\b",
    re.I,
)

_NOT_A_THING = re.compile(
    r"(?:whether|how|what|which|who|why|if|when|where|in|with|by|to|for|on|at|from)\b", re.I
)


def _heavy_stems(text: str) -> list[str]:
    return [stem(w) for w in content_words(text) if word_weight(w) >= HEAVY]


def method_as_topic(source: Source, sentence: str) -> str | None:
    """The topic `sentence` says the study looked at, when the paper names it only as a means
    of its work (a tool, a test, a model), else None."""
    m = caseless.search(_ABOUT, sentence)
    if not m:
        return None
    topic = m.group("topic").strip()
    if _NOT_A_THING.match(topic):
        return None  # "looked at whether it helps", "studied how well": a question, not a thing
    words = content_words(topic)
    if sum(word_weight(w) for w in words) < MIN_TOPIC_WEIGHT:
        return None
    heavy = _heavy_stems(topic)
    if not heavy:
        return None
    namings = 0
    for s in split_source(source):
        tokens = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", s.text))
        stems = [stem(t.group(0).lower()) for t in tokens]
        if not all(h in stems for h in heavy):
            continue
        first = min(stems.index(h) for h in heavy)
        last = max(stems.index(h) for h in heavy)
        if last - first > len(heavy) + 2:
            continue  # the words are spread out: not one naming of the thing
        namings += 1
        before = s.text[: tokens[first].start()]
        after = s.text[tokens[last].end() :]
        if not (_MEANS_BEFORE.search(before) or _MEANS_AFTER.match(after)):
            return None  # named as what was studied (or found) at least once
    return topic if namings else None


# A not-about-MS statement says what the paper was about instead ("This review was about sleep
# apnoea; it did not look at MS"): that topic must be one the paper sets out to study or
# concludes about (its aim, its conclusions or its title), not one met in passing.
AIMED_SHARE = 0.5  # the share of the topic's weight its aim, conclusions or title must hold
_AIM_ROLES = frozenset({Role.AIM, Role.CONCLUSION})


def topic_not_aimed(source: Source, sentence: str) -> tuple[str, bool] | None:
    """The topic `sentence` says the study was about, and whether the paper names it only as a
    part (True) or not at all (False), when neither the paper's aim, its conclusions nor its
    title names it as what was studied; None when the paper states neither aim nor conclusion
    (nothing to hold it to)."""
    m = caseless.search(_ABOUT, sentence)
    if not m:
        return None
    topic = m.group("topic").strip()
    if _NOT_A_THING.match(topic) or not _heavy_stems(topic):
        return None
    aimed = frozenset(s.index for s in split_source(source) if s.role in _AIM_ROLES)
    if not aimed:
        return None
    title = {stem(w) for w in content_words(source.title or "")}
    if all(h in title for h in _heavy_stems(topic)):
        return None
    if found_share(source, topic, aimed) < AIMED_SHARE:
        return topic, False
    if _counted_minority(source, topic) or _listed_beside_an_aim(source, topic, title):
        return topic, True
    return (topic, True) if _only_a_part(source, topic, aimed) else None


# "Distinct presentations included asymptomatic, juvenile idiopathic arthritis (JIA), ...",
# "other techniques including ... spliced segments of vein", "outcomes (e.g. anaemia, ...)": the
# paper names the thing as one of several kinds. "We included 20 trials of X" is no such list.
_LISTED_BEFORE = re.compile(
    r"(?:(?<!\bwe )(?<!\bwere )(?<!\bwas )(?<!\bbe )(?<!\bbeen )(?<!\bare )(?<!\bis )"
    r"\binclud(?:ed|ing|es?)(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"|\bsuch as|\be\.g\.,?|\bfor example|\bnamely|\bsub(?:group|set)s?(?: of)?)"
    r"\s+(?:[\w()-]+,?\s+(?:(?:and|or)\s+)?){0,6}$",
    re.I,
)


def _listed_beside_an_aim(source: Source, topic: str, title: set[str]) -> bool:
    """Whether the paper states an aim that does not name `topic`, and names the topic as one
    of several kinds ("presentations included asymptomatic, juvenile idiopathic arthritis,
    ..."): "This review was about juvenile idiopathic arthritis." of a review of flat feet in
    children names one of its groups as its subject."""
    aim = frozenset(s.index for s in split_source(source) if s.role is Role.AIM)
    if not aim or found_share(source, topic, aim) >= AIMED_SHARE:
        return False
    heavy = set(_heavy_stems(topic))
    for s in split_source(source):
        first = next((w for w in _WORD.finditer(s.text) if stem(w.group().lower()) in heavy), None)
        if first and _LISTED_BEFORE.search(s.text[max(0, first.start() - 90) : first.start()]):
            return True
    return False


# "Eleven trials recruited participants with a history of heart disease, two trials recruited
# participants with a history of stroke": the paper counts its studies by who they took in.
_COUNTED_BY_CONDITION = re.compile(
    rf"\b(?P<n>{COUNT})\s+(?:[\w-]+\s+)?(?:trials?|studies|study|RCTs?)\s+"
    r"(?:(?:recruited|included|enrolled|involved|studied|were (?:in|of|done in|conducted in))\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:with|who had|in)\s+(?:an?\s+)?(?:(?:history|diagnosis) of\s+)?"
    r"(?P<what>[^,;:.()]{3,60}?)(?=\s*[,;:.()]|\s+and\b|$)",
    re.I,
)


def _counted_minority(source: Source, topic: str) -> bool:
    """Whether the paper counts its studies by the condition of those they took in, and counts
    fewer for `topic` than for another ("This review was about stroke." where two of thirteen
    trials were in people after a stroke and eleven in heart disease): the topic is a subgroup."""
    heavy = set(_heavy_stems(topic))
    mine = others = 0.0
    for s in split_source(source):
        for m in _COUNTED_BY_CONDITION.finditer(s.text):
            n = count_value(m.group("n"))
            if heavy <= {stem(w) for w in content_words(m.group("what"))}:
                mine = max(mine, n)
            else:
                others = max(others, n)
    return 0 < mine < others


# "including the subset of patients with sepsis", "such as those with severe sepsis", "the
# effect on sepsis": the aim or conclusions name the topic as one part of those studied, or as
# an outcome, not as who or what was studied.
_PART_BEFORE = re.compile(
    r"\b(?:subsets?|subgroups?|such as|including|includes|include|e\.g\.|for example|"
    r"especially|particularly|notably|effects? on|impact on|rates? of|incidence of)"
    r"\s+(?:[\w-]+\s+){0,5}$",
    re.I,
)
_WORD = re.compile(r"[A-Za-z][^\W_]*")  # hyphenated words by their parts, as content_words


def _only_a_part(source: Source, topic: str, aimed: frozenset[int]) -> bool:
    """Whether every time the paper's aim and conclusions name `topic` (a heavy word of it),
    they name it as a part of those studied or as an outcome ("This review was about sepsis."
    of a review of all critically ill people, sepsis named only as "the subset of patients with
    sepsis"): the summary has narrowed the paper's topic."""
    heavy = set(_heavy_stems(topic))
    said = []  # (sentence, where it names the topic): all its heavy words are in the sentence
    for s in split_source(source):
        if s.index not in aimed:
            continue
        at = [m.start() for m in _WORD.finditer(s.text) if stem(m.group().lower()) in heavy]
        if at and {stem(w) for w in content_words(s.text)} >= heavy:
            said.append((s.text, at[0]))
    return bool(said) and all(_PART_BEFORE.search(text[max(0, at - 60) : at]) for text, at in said)
