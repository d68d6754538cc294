"""Direction words that state a direction of their own: not a pair of opposites that names
what was weighed ("benefits and harms"), a purpose ("a strategy to improve"), a count's bound
("two or more drugs"), a word that describes the comparison group ("than those with lower
levels"), a describing adjective ("harmful side effects") or a noun a denied direction acts on
("did not slow the decline"). `polarity` reads each one found in its clause."""

from __future__ import annotations

import re

from .. import caseless
from .negation import negated_in_clause
from .polarity_words import DIRECTION, NOT_DIRECTION, OPPOSITE

# "... than those with lower levels": a direction word that describes the comparison group;
# "kept it from getting worse": the direction is the verb's, not this word's.
_COMPARISON_GROUP = re.compile(
    r"\bthan\s+(?:\w+\s+){0,3}$|\b(?:from|against)\s+(?:getting\s+|becoming\s+)?$", re.I
)
# "less effective when compared with other known effective treatments", "versus the safer
# drug": an adjective naming the comparator (a noun after it), not a result; a verb there is
# one ("the drug compared with placebo reduced relapses")
_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:[\w'-]+\s+){0,3}$", re.I
)
_VERB_FORM = re.compile(r"\w*(?:ed|ing|[^s]s)", re.I)
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:than|at|in|on|of|for|to|with|by|and|or|but|was|were|is|are|over|after|"
    r"during|among|between|\w+ly)\b)[a-z]",
    re.I,
)
# "... whose disability got worse", "stop X getting worse": an outcome another direction word
# (the verb before it) is about.
_BECOMING_BEFORE = re.compile(
    r"\b(?:got|gets|get|getting|became|become|becomes|becoming|grew|grow|growing)\s+$", re.I
)
_OUTCOME_REACH = 60
# "more slowly", "less often": the adverb carries the direction.
_ADVERB_AFTER = re.compile(
    r"\s+(?!(?:likely|unlikely|early|only|daily|weekly|monthly|yearly|family|elderly)\b)\w+ly\b",
    re.I,
)
# after a verb's adverb: the clause ends ("thought more clearly.", "... more clearly than")
_AFTER_MANNER = re.compile(r"\s*(?:$|[.,;:)]|(?:than|after|with|on|in|at|over|during)\b)", re.I)


def _manner_of_the_verb(sentence: str, adverb: re.Match[str]) -> bool:
    """Whether "more"/"less" and the adverb after it say how the verb before went ("thought
    more clearly", "spoke less fluently"): an adverb that is no direction of its own, ending its
    clause; not "more slowly" (the adverb's direction) nor "more severely affected" (it grades
    the word after it)."""
    if DIRECTION.fullmatch(adverb.group(0).strip()):
        return False
    return bool(_AFTER_MANNER.match(sentence, adverb.end()))


# Verbs of change count only as verbs ("did not change"), not as nouns ("a change in").
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:not|n't|did|does|do|to|can|could|may|might|will|would|never|also|\w+ly)\s+$", re.I
)


# "benefits and harms", "better or worse", "increase or decrease": a pair of opposite
# directions names what was weighed, and states neither.
_OR_AND = re.compile(r"\s+(?:and|or|and/or)\s+", re.I)
# "a strategy to improve", "designed to reduce", "to better understand", "take it hoping to
# prevent relapses": a purpose, a hope or a manner, not a result.
_PURPOSE_BEFORE = re.compile(
    r"\b(?:strateg(?:y|ies)|ways?|approach(?:es)?|designed|intended|aims?|aimed|aiming|goals?|"
    r"attempts?|efforts?|undertaken|meant|in order|so as|hop(?:e|es|ed|ing)|"
    r"tr(?:y|ies|ied|ying)|want(?:s|ed|ing)?)\s+to\s+$",
    re.I,
)
_TO_BETTER = re.compile(r"\bto\s+$", re.I)
# "To shorten the time to treatment, ...": a sentence that opens with its purpose
_PURPOSE_OPENS = re.compile(r"\s*(?:in\s+order\s+)?to\s+", re.I)
# "The primary outcome was time to confirmed worsening of disability": a sentence that names what
# was measured states no direction after its verb (but "The primary outcome was lower with X"
# does: a direction word right after the verb is a result).
_NAMES_OUTCOME = re.compile(
    r"\W*(?:the |our |its |their )?(?:(?:primary|main|secondary|co-primary|key|principal) )?"
    r"(?:efficacy |safety )?(?:outcomes?|end ?points?)(?: measures?)? (?:was|were|is|are|"
    r"included|includes|comprised) (?!(?:not|no|lower|higher|better|worse|greater|smaller|"
    r"similar|reduced|improved|increased|decreased|significantly|more|less|unchanged)\b)",
    re.I,
)


def _pair_of_opposites(sentence: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether direction words `a` and `b` (in this order) are opposites joined by and/or."""
    between = sentence[a.end() : b.start()]
    return bool(_OR_AND.fullmatch(between)) and (b.lastgroup or "") in OPPOSITE.get(
        a.lastgroup or "", set()
    )


# A direction word right after a negated one, as its object: "not linked with reduced
# worsening disability", "did not slow the decline": the second names what the first acts on,
# and the pair says no difference. (Unnegated, "increased the reduction" is the reduction's
# claim too, so both stay.)
# "no better at improving blood flow", "no more effective in reducing pain": the -ing word is
# what the denied comparison is about.
_OBJECT_OF_DIRECTION = re.compile(r"\s+(?:(?:at|in|for)\s+)?(?:(?:the|a|an|any|further)\s+)?", re.I)
_DIRECTION_NOUNS = frozenset("decline loss increase decrease reduction rise fall drop".split())


_BETWEEN_THINGS = re.compile(r"\s+(?:for|in|on|with|among)\b[^.;:()]*?\bthan\b", re.I)
# A direction word that describes the noun after it ("harmful side effects", "beneficial
# bacteria", "the lowest effective dose") or helps a judgement ("helps determine the cause")
# states no result.
_DESCRIBES_NEXT = re.compile(
    r"(?:harmful|beneficial)\s+(?!(?:to|for|in|on|than|and|or|effects?\s+(?:on|of|in))\b)\w"
    r"|help(?:s|ed|ing)?\s+(?:to\s+)?(?:determine|identify|explain|understand|diagnose|guide|"
    r"predict|decide|find|detect|distinguish|inform|define|choose|select|plan)\b"
    # "the lowest effective dose": the dose named by what it does, no result
    r"|effective\s+(?:doses?|dosages?|amounts?|concentrations?|levels?)\b",
    re.I,
)
# "pain relief treatments", "weight loss drugs", "risk reduction programmes": a direction noun
# that names a kind of treatment by what it is for, not a result
_NAMES_A_TREATMENT = re.compile(
    r"(?:relief|reduction|loss|improvement|gain|prevention)\s+(?:treatments?|therap(?:y|ies)|"
    r"medicines?|medications?|drugs?|programmes?|programs?|interventions?|strateg(?:y|ies)|"
    r"techniques?|options?|services?|methods?|approach(?:es)?|schemes?|regimens?|plans?)\b",
    re.I,
)
# "two or more drugs", "24 months or more": a count's bound (with its unit), not a direction
_COUNT_BOUND_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty))"
    r"(?:\s*%|\s+[a-z]+)?\s+or\s+$",
    re.I,
)


# Nouns of getting worse that name an outcome when another direction acts on them: "reduced
# the number of people with worsening of disability", "slowed bone loss".
_OUTCOME_NOUNS = frozenset("worsening deterioration decline loss".split())
_OBJECT_GAP = re.compile(r"[^,;:.()]{0,60}")
_VERB_BETWEEN = re.compile(
    r"\b(?:was|were|is|are|had|has|have|did|does|do|but|which|who|that|while|whereas)\b", re.I
)


_THAN_NEXT = re.compile(r"\s+than\b(?!\s+(?:\d|one|two|three|four|five|ten|half|a\b|an\b))", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|whereas|while|although|though|however)\b", re.I)


def _outcome_named(sentence: str, verb: re.Match[str], noun: re.Match[str]) -> bool:
    """Whether direction noun `noun` names the outcome that direction `verb` before it acts on,
    in the same phrase."""
    gap = sentence[verb.end() : noun.start()]
    return (
        noun.group(0).lower() in _OUTCOME_NOUNS
        and (verb.lastgroup or "") in ("up", "down", "better", "worse", "effect")
        and bool(_OBJECT_GAP.fullmatch(gap))
        and not _VERB_BETWEEN.search(gap)
    )


def directions(sentence: str) -> list[re.Match[str]]:
    """The direction words of `sentence` that state a direction of their own."""
    found = list(caseless.finditer(DIRECTION, sentence))
    out: list[re.Match[str]] = []
    named = _NAMES_OUTCOME.match(sentence) if found else None  # what was measured: no result
    for n, m in enumerate(found):
        polarity = m.lastgroup or ""
        if NOT_DIRECTION.match(sentence, m.end()):
            continue
        if sentence[m.end() : m.end() + 1] == "-":
            continue  # part of a name: "the cut-down group", "lower-dose tablets"
        if m.group(0).lower() in ("more", "less") and _BETWEEN_THINGS.match(sentence, m.end()):
            continue  # "benefits, more for disability than for pain": things set side by side
        if _DESCRIBES_NEXT.match(sentence, m.start()):
            continue  # "harmful side effects", "helps identify the cause": not a result
        if _NAMES_A_TREATMENT.match(sentence, m.start()):
            continue  # "other pain relief treatments": a kind of treatment, not a result
        if caseless.search(_COUNT_BOUND_BEFORE, sentence[max(0, m.start() - 30) : m.start()]):
            continue  # "two or more drugs", "5 or fewer relapses": a count's bound
        if (n + 1 < len(found) and _pair_of_opposites(sentence, m, found[n + 1])) or (
            n and _pair_of_opposites(sentence, found[n - 1], m)
        ):
            continue  # "the benefits and harms of the drug"
        before = sentence[max(0, m.start() - 30) : m.start()]
        if (
            _PURPOSE_OPENS.fullmatch(sentence, 0, m.start())
            or (named is not None and named.end() <= m.start())
            or _PURPOSE_BEFORE.search(before)
            or (m.group(0).lower() == "better" and _TO_BETTER.search(before))
        ):
            continue  # "a strategy to improve", "to better understand"
        adverb = _ADVERB_AFTER.match(sentence, m.end())
        if (
            polarity in ("up", "down")
            and m.group(0).lower() in ("more", "less")
            and adverb
            and not _manner_of_the_verb(sentence, adverb)
        ):
            continue  # "more slowly": the adverb carries it
        if _COMPARISON_GROUP.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue
        if (
            _COMPARED_WITH_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()])
            and not _VERB_FORM.fullmatch(m.group(0))
            and _NOUN_NEXT.match(sentence, m.end())
        ):
            continue  # "compared with other effective treatments": the comparator's name
        if (
            polarity in ("better", "worse")
            and n
            and m.start() - found[n - 1].end() < _OUTCOME_REACH
            and _BECOMING_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()])
        ):
            continue  # "did not stop disability getting worse": the verb before carries it
        if (
            n
            and _OBJECT_OF_DIRECTION.fullmatch(sentence[found[n - 1].end() : m.start()])
            and (m.group(0).lower().endswith("ing") or m.group(0).lower() in _DIRECTION_NOUNS)
            and (
                found[n - 1].lastgroup == "null"
                or negated_in_clause(sentence, found[n - 1].start())
            )
        ):
            continue  # "not linked with reduced worsening disability": no claim of its own
        if (
            out
            and m.group(0).lower() in ("more", "less")
            and _THAN_NEXT.match(sentence, m.end())
            and not _CLAUSE_BREAK.search(sentence, out[-1].end(), m.start())
        ):
            continue  # "reduced neuropathy more than placebo": how much, said of the verb
        if n and out and out[-1] is found[n - 1] and _outcome_named(sentence, found[n - 1], m):
            continue  # "reduced the number of people with worsening of disability": its object
        if (
            polarity == "effect"
            and " " not in m.group(0)  # "a significant effect on": found, as a noun
            and not m.group(0).lower().endswith("ed")
            and not m.group(0).lower().startswith(("kept", "keep"))  # a verb, always
            and not _AUXILIARY_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()])
        ):
            continue
        out.append(m)
    return out
