"""Scope: whether a result is said of everyone the paper studied, or limited to part of them
(one trial of a review, a subgroup, one dose). "One small trial found fewer new lesions" and
"in people older than 50, walking speed did not improve" are limited; "the other trials found
no difference" and "walking speed improved" are not.

The contradiction check uses this both ways: a limited result of the paper does not back a
summary sentence that says it of everyone, and when the paper's result for everyone says the
opposite, the summary has the wrong one. The attribution check uses `one_study_clause_cut`: a
later clause of a paper's sentence, lifted alone ("no difference was found for fatal crashes"
from "Another study reported fewer crashes; no difference was found for fatal crashes."), is
one study's result said as the paper's."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..evidence_words import content_words, stem
from ..memo import SIZE
from .negation import conditional, without_parentheses

# One study of several: "one small trial", "a single study", "the largest trial", "another".
_ONE_STUDY = (
    r"\b(?:one|a single|only one|another|a (?:small|smaller|large|larger|further|second|third)|"
    r"one (?:small|large|of the)|the (?:largest|smallest|biggest|first|second|third|only|"
    r"longest|shortest)|(?:two|three) small)"
    r"\s+(?:\w+\s+){0,2}?(?:trials?|stud(?:y|ies)|RCTs?|cohorts?|reviews?|experiments?)\b"
)
# Part of the people studied: "in participants older than 50", "in patients over 65", "in the
# subgroup with", "in older people", "among those aged 18 to 30", "in people with high
# baseline levels".
_PEOPLE = (
    r"(?:participants|patients|people|persons|those|women|men|girls|boys|children|adults|"
    r"subjects|individuals|mice|rats|animals|cases|infants|babies|adolescents)"
)
# (not "in people who have MS", which is often everyone studied)
_PART_OF = (
    r"(?:(?:older|younger|aged)\b|(?:over|under|above|below)\s+(?:the\s+age|\d)|"
    r"with (?:(?:a|an|the)\s+)?(?:high|higher|highest|low|lower|lowest|severe|severer|mild|"
    r"milder|moderate|early|earlier|late|later|long|longer|short|shorter|more|less|greater|"
    r"baseline)\b)"
)
_SUBGROUP = (
    rf"\b(?:in|among|for)\s+(?:the\s+)?(?:\w+\s+)?{_PEOPLE}\s+{_PART_OF}"
    r"|\b(?:sub-?groups?|subsets?|sub-?analys[ie]s)\b"
    # (not "in women", "in children": often everyone studied)
    r"|\b(?:in|among)\s+(?:the\s+)?(?:elderly|older|younger)\b(?!\s+and\b)"
)
# One dose or arm of several: "at the higher dose", "with 10 mg but not 5 mg", "the high-dose
# group".
_ONE_DOSE = (
    r"\b(?:at|with|on|in)\s+(?:the\s+)?(?:high|higher|highest|low|lower|lowest|larger|largest|"
    r"smaller|smallest|top|maximum|\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ug|iu|units?))"
    r"(?:-|\s+)(?:doses?|dosages?)\b|\b(?:high|low)-dose\s+(?:group|arm)\b"
)
LIMIT = re.compile(rf"{_ONE_STUDY}|{_SUBGROUP}|{_ONE_DOSE}", re.I)
# A summary sentence may name its part more loosely ("participants with less than 30% narrowing",
# "in women", "the higher dose"): read broadly, so that only a result said of everyone is held
# to the paper's result for everyone ("people who took it" is a group compared, not a part).
_SAID_OF_PART = re.compile(
    rf"{LIMIT.pattern}|\b{_PEOPLE}\s+(?:{_PART_OF}|with\s+(?:less|more|over|"
    r"under|above|below)\b)"
    r"|\b(?:in|among|amongst)\s+(?:the\s+)?(?:\w+\s+)?(?:women|men|girls|boys|children|"
    r"adults|babies|infants)\b"
    # "high-dose vitamin D", "the 14 mg dose" (not "both doses")
    r"|\b(?:high|higher|highest|low|lower|lowest|larger|smaller|single)(?:-|\s+)doses?\b"
    r"|\b\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ug|iu)\b",
    re.I,
)
# Where a limit stops reaching: a new clause that may be said of others ("; the other trials
# found no difference", "but not in younger people"), or a new sentence the splitter left
# joined ("... with vitamin D. Across the other trials ...").
_BREAK = re.compile(
    r"[;:]|\.\s+(?=(?-i:[A-Z]))|\b(?:but|whereas|while|although|though|however)\b", re.I
)


def limited(sentence: str) -> bool:
    """Whether a summary sentence limits what it says to part of what the paper studied (or may
    do so: read broadly)."""
    return bool(caseless.search(_SAID_OF_PART, sentence))


def clause_at(sentence: str, at: int) -> str:
    """The clause of `sentence` around position `at` (a direction word): from the last break
    before it to the next one after it."""
    start = 0
    end = len(sentence)
    for found in _BREAK.finditer(sentence):
        if found.end() <= at:
            start = found.end()
        elif found.start() >= at:
            end = found.start()
            break
    return sentence[start:end]


# "... but it suggested improvement occurred earlier": a clause whose subject is the one before
# it, by a pronoun
_SAME_SUBJECT = re.compile(r"\s*(?:it|they|this|that|the same (?:trial|study))\b", re.I)


@lru_cache(maxsize=SIZE)  # a source claim is read against each summary sentence near it
def limited_at(sentence: str, at: int) -> bool:
    """Whether the clause of `sentence` around position `at` (a direction word) limits its
    result to one trial, a subgroup or one dose; a clause that names its subject by a
    pronoun ("A second trial found no difference but it suggested ...") keeps the limit of
    the clause before it."""
    clause = clause_at(sentence, at)
    if caseless.search(LIMIT, clause):
        return True
    if not _SAME_SUBJECT.match(clause):
        return False
    breaks = [b for b in _BREAK.finditer(sentence) if b.end() <= at]
    if not breaks or breaks[-1].start() == 0:
        return False
    return bool(LIMIT.search(clause_at(sentence, breaks[-1].start() - 1)))


def stated_under_condition(sentence: str, at: int) -> bool:
    """Whether the direction word at `at` is not stated as found: a question, aim, condition or
    hedge before it or in its own clause ("may reduce", "if X lowered Y"), not in a later clause
    ("X lowered Y, although the link was not clear for Z")."""
    end = len(sentence)
    for found in _BREAK.finditer(sentence, at):
        end = found.start()
        break
    return sentence.rstrip().endswith("?") or conditional(sentence[:end])


# Said of every part: "both doses", "all three trials", "either dose", "in every group", "at
# both doses", "in all groups".
_EVERY_PART = re.compile(
    r"\b(?:both|all|each|either|every)\s+(?:of\s+the\s+)?"
    r"(?:(?:the|and|or|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+(?:\.\d+)?|"
    r"mg|g|mcg|iu|high|low|higher|lower|"
    r"[\w-]+-dose),?\s+){0,7}?"
    r"(?:doses?|dosages?|groups?|arms?|trials?|stud(?:y|ies)|RCTs?|subgroups?)\b",
    re.I,
)
_DOSE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:mg|g|mcg|µg|ug|iu|units?)\b", re.I)
# Said of one part and of no other: "only the 14 mg dose", "only teriflunomide at a dose of
# 14 mg/day", "only one trial", "only in women" (not "only 20% of patients", a share).
_ONLY_PART = re.compile(
    r"\bonly\s+(?:in\s+|among\s+|at\s+|with\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ug|iu|units?)\b|(?:high|higher|highest|low|lower|"
    r"lowest)(?:-|\s+)doses?\b|one\s+(?:\w+\s+)?(?:trials?|stud(?:y|ies)|RCTs?|dose|group|arm)\b|"
    rf"{_PEOPLE}\s+{_PART_OF}|(?:women|men|girls|boys|children|adults)\b)",
    re.I,
)


@lru_cache(maxsize=8192)  # a paper's sentences are read for every summary sentence
def said_of_every_part(sentence: str, at: int) -> bool:
    """Whether the clause of the direction word at `at` says its result of every dose, group or
    trial ("Both doses lowered relapses"), or names two doses or more ("at a dose of 7 mg/day
    or 14 mg/day reduced ...")."""
    clause = clause_at(sentence, at)
    return bool(_EVERY_PART.search(clause)) or len(set(_DOSE.findall(clause))) >= 2


@lru_cache(maxsize=8192)  # a paper's sentences are read for every summary sentence
def said_of_one_part_only(sentence: str, at: int) -> bool:
    """Whether the clause of the direction word at `at` says its result of one dose, group or
    trial and of no other, before it ("Only the 14 mg dose lowered disability progression")."""
    clause = clause_at(sentence, at)
    start = sentence.find(clause)
    return bool(_ONLY_PART.search(clause[: max(0, at - start)]))


# "in all but the homologous group", "in every arm except the lowest dose": every part but one
_ALL_BUT = re.compile(
    r"\b(?:all|every|each)\s+(?:\w+\s+)?(?:but|except|save)\b"
    r"|\bexcept\s+(?:in|for|among|with|at)\b|\bwith\s+the\s+exception\s+of\b",
    re.I,
)
# "in all arms, but not with the lowest dose": a summary's own exception (in a paper's result,
# "reduced A, but not B" more often names another outcome)
_BUT_NOT = re.compile(r"\bbut\s+not\b", re.I)


@lru_cache(maxsize=8192)  # a paper's sentences are read for every summary sentence
def said_of_all_but(sentence: str, at: int, *, but_not: bool = False) -> bool:
    """Whether the clause of the direction word at `at` leaves a part out of its result ("T-cell
    responses rose in all but the homologous group"): said of some parts, not of every one;
    with `but_not`, also "..., but not with the lowest dose" right after it."""
    clause = clause_at(sentence, at)
    start = sentence.find(clause)
    # "but" opens a clause of its own: the words after the clause are read with it
    end = start + len(clause) + _BUT_REACH
    return bool(
        _ALL_BUT.search(sentence, start, end) or (but_not and _BUT_NOT.search(sentence, start, end))
    )


_BUT_REACH = 14  # characters past a clause's end that may hold the "but" of "all but"


_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_COUNTS = {w: n for n, w in enumerate(_NUMBER_WORDS, 1)} | {"both": 2}
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "all seven trials", "both studies", "in all 5 RCTs": every study, and how many there are
_EVERY_COUNTED = re.compile(
    rf"\b(?:all\s+(?:of\s+the\s+)?(?P<all>{_NUMBER})|(?P<both>both))\s+(?:\w+\s+)?"
    r"(?:trials|studies|RCTs)\b",
    re.I,
)
# "two studies reported", "In two out of three studies", "three of the trials", "across a few
# studies", "most trials": some of them
_SOME_COUNTED = re.compile(
    rf"\b(?:(?P<some>{_NUMBER})|a\s+few|few|some|several|most|many|a\s+number\s+of)\s+"
    rf"(?:(?:out\s+)?of\s+(?:the\s+)?(?:{_NUMBER}\s+)?)?(?:\w+\s+)?(?:trials|studies|RCTs)\b",
    re.I,
)


# "All 15 studies compared outcomes ... in similar settings": what the studies did, not found
_METHOD_VERB = re.compile(
    r"\b(?:compared|comparing|looked\s+at|assessed|tested|measured|examined|included|"
    r"recruited|enrolled|used|gave|studied|randomi[sz]ed)\b",
    re.I,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def every_study_counted(sentence: str, at: int) -> int | None:
    """How many studies the clause of the direction word at `at` says its result of, when it
    says it of all of them by their number ("All seven trials found ...": 7), else None."""
    clause = clause_at(sentence, at)
    found = caseless.search(_EVERY_COUNTED, clause)
    start = sentence.find(clause)
    if not found or _METHOD_VERB.search(clause, found.end(), max(found.end(), at - start)):
        return None
    return _count(found.group("all") or found.group("both"))


# "The trials found ...", "these studies showed ...": what the studies found, said of them all
# (not "one of the included studies reported")
_THE_STUDIES_FOUND = re.compile(
    r"(?<!\bof\s)\b(?:the|these|those)\s+(?:(?:included|other|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)\s+)?(?:trials|studies|RCTs)\s+(?:all\s+|also\s+)?(?:found|showed|reported|saw)\b",
    re.I,
)


def said_of_the_studies(sentence: str, at: int) -> bool:
    """Whether the clause of the direction word at `at` says its result as what "the trials"
    (all of them) found, before the direction word."""
    clause = clause_at(sentence, at)
    start = sentence.find(clause)
    return bool(caseless.search(_THE_STUDIES_FOUND, clause[: max(0, at - start)]))


@lru_cache(maxsize=8192)  # a paper's sentences are read for every summary sentence
def studies_counted(sentence: str, at: int) -> int | None:
    """How many studies the clause of the direction word at `at` says its result of, by their
    number ("Two studies reported a shorter stay": 2; "in two out of three studies": 2), or 1
    for some of them not counted ("across a few studies", "most trials")."""
    clause = without_parentheses(clause_at(sentence, at))
    found = caseless.search(_SOME_COUNTED, clause)
    if not found:
        return None
    return _count(found.group("some")) if found.group("some") else 1


@lru_cache(maxsize=8192)  # a paper's sentences are read for every summary sentence
def doses_named(sentence: str, at: int) -> frozenset[str]:
    """The dose amounts ("14" of "14 mg/day") the clause of the direction word at `at` names."""
    return frozenset(_DOSE.findall(clause_at(sentence, at)))


# A later clause of a sentence whose first names one study: "Another study reported fewer road
# crashes; no difference was found for fatal crashes." The second clause is that study's too.
_CLAUSES = re.compile(r";\s*|,\s+(?:and|but|whereas|while)\s+", re.I)
_ONE_STUDY_SAID = re.compile(_ONE_STUDY, re.I)
# A clause with a subject of its own, which may be said of others: "the other trials ...",
# "it", "they", "the review", "pooled" results.
_OWN_SUBJECT = re.compile(
    r"\b(?:trials?|stud(?:y|ies)|RCTs?|reviews?|meta-?analys[ie]s|analys[ie]s|pooled|overall|"
    r"it|they|we|authors?|investigators?|researchers?)\b",
    re.I,
)
MIN_WORDS = 4  # words a lifted clause needs to be read as one
MIN_SHARED = 0.7  # share of the summary sentence's content words the later clause holds


def names_one_study(text: str) -> bool:
    """Whether `text` names one study of several ("another trial", "one small study")."""
    return bool(_ONE_STUDY_SAID.search(text))


@lru_cache(maxsize=SIZE)  # a paper's sentence is read against each summary sentence linked to it
def one_study_clause_cut(source_sentence: str, said: str) -> str | None:
    """The clause naming one study that `said` belongs to, when `said` repeats a later clause of
    `source_sentence` that has no subject of its own, and the clause before it names one study
    (of several); else None."""
    pieces = _CLAUSES.split(without_parentheses(source_sentence))  # "(one trial, n = 90)"
    if len(pieces) < 2 or _ONE_STUDY_SAID.search(said) or limited(said):
        return None
    words = {stem(w) for w in content_words(said)}
    if len(words) < 2 or len(said.split()) < MIN_WORDS:  # "Physical therapy.": no clause
        return None
    shares = [len(words & {stem(w) for w in content_words(p)}) / len(words) for p in pieces]
    best = max(range(len(pieces)), key=shares.__getitem__)
    tail = pieces[best]
    if best == 0 or shares[best] < MIN_SHARED or shares[best] <= max(shares[:best]):
        return None
    if _OWN_SUBJECT.search(tail) or LIMIT.search(tail):
        return None
    # the nearest clause before it with a subject of its own is whose result it is
    for head in reversed(pieces[:best]):
        if _ONE_STUDY_SAID.search(head):
            return head
        if _OWN_SUBJECT.search(head):
            return None
    return None
