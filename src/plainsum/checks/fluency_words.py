"""Fluency rules on a word's sound or form, against the words beside it (used by
plainsum.checks.fluency):

- article: 'a'/'an' against the sound of the next word ("an unique", "a hour", "an one-year");
  abbreviations read as letters ("an MS clinic", "a US study"; "a RR" is left alone: writers
  read it as "a risk ratio"), digits read as words ("an 18-month trial", "a 12-week"); a word
  whose sound is not sure from its spelling is left alone
- one_plural: 'one' before a plural noun ("one randomised trials"), not 'one of', 'one in ten'
- capital_verb: a verb capitalised mid-sentence after 'to' or a modal ("wanted to Assess");
  left alone inside a run of capitalised words (a title or a trial's name)
- more_er: 'more' + a one-syllable adjective that has common -er and -est forms, where it cannot
  be 'more' of a noun phrase ("is more strong than", "became more clear.")
- mixed_scale: a range whose two ends come from different scales ("low to very weak")
- subject_comma: a comma between an opening subject and its verb ("three trials, was")
- adjective_of: an adjective where a swap needed a noun, before "of" ("weak of evidence",
  "and harmful of the drug"); "the best of", "a high of 40", "uncertain of" are whole
- article_plural: 'a'/'an' before a comparison and a plural noun ("a clearly higher chances"):
  a swap made the noun plural ("odds" -> "chances") and left the article
- noun_adjective: a part of the body named as a noun straight before an adjective and its noun
  ("the number of kidney unwanted events", "gut unwanted events"): a swap put a noun for the
  adjective ("renal"), and English puts the adjective first ("unwanted kidney events");
  "adverse events" is left alone, as writers use it as one noun ("kidney adverse effects")

What a cut leaves missing is in plainsum.checks.fluency_cuts; a first sentence that points
back to nothing, in plainsum.checks.fluency_openings. Each returns the offending span, or None.
Pure functions, a few microseconds per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import caseless
from ..lexicon import syllables, zipf
from ..plain.articles import article_sound

# --- a / an --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"(?<![\w'’.-])(a|an|A|An)\s+[\"'“‘]?([A-Za-z0-9][\w.'’-]*)")


def article(sentence: str) -> str | None:
    """The first 'a'/'an' that does not fit the sound of the word after it."""
    for m in _ARTICLE.finditer(sentence):
        art, nxt = m.group(1), m.group(2)
        if art[0] == "A" and sentence[: m.start()].strip(" \"'“‘("):
            continue  # "vitamin A", "group A" mid-sentence
        sound = article_sound(nxt.rstrip(".,"))
        if sound is None:
            continue
        if (art.lower() == "an") != (sound == "v"):
            return m.group(0)
    return None


# --- one + plural ------------------------------------------------------------------------

_ONE = re.compile(r"(?<![\w-])[Oo]ne\s+((?:[a-z]+(?:-[a-z]+)*\s+){0,2}[a-z]+)(?![\w'’-])")
_MODIFIER = re.compile(
    r"[a-z]*(?:ed|ical|onal|ntal|ic|ive|ful|less|ous|ary|ent|ant|ble)$|[a-z]+-[a-z-]+$"
)
_SINGULAR_S = frozenset(
    """series species means news lens gas bus diabetes always perhaps sometimes thus plus minus
    versus unless besides towards afterwards across various nevertheless whereas its his this
    has was is does bias pancreas atlas lupus mumps measles rabies herpes physics genetics
    statistics economics ethics politics mathematics""".split()
)

_PRONOUN_ONE_BEFORE = frozenset(
    """if when unless as that where well before after so and or but until while no every any some
    each which whether how what because though although than twenty thirty forty fifty sixty
    seventy eighty ninety hundred""".split()
)

_BEFORE_NOUN = frozenset("was is in of with least for from by on to".split())


def one_plural(
    sentence: str, function_words: frozenset[str], verb: Callable[[str], bool]
) -> str | None:
    """'one' before a plural noun, with up to two modifiers between ("one controlled trials")."""
    for m in _ONE.finditer(sentence):
        before = re.search(r"(\w+)\W*$", sentence[: m.start()])
        prev = before.group(1).lower() if before else ""
        if prev in _PRONOUN_ONE_BEFORE:
            continue  # "if one swallows", "no one knows"
        words = m.group(1).split()
        # ", one used ...", "only one reported ...": 'one' may be a pronoun before a verb
        pronoun_place = prev in ("only", "just") or not re.search(r"\w\s*$", sentence[: m.start()])
        if pronoun_place and (words[0].endswith("ed") or verb(words[0])):
            continue
        for k, head in enumerate(words):
            if k and (not _MODIFIER.fullmatch(words[k - 1]) or words[k - 1] in function_words):
                break  # only modifiers may stand between: "one in ten trials" is fine
            if (
                len(head) >= 4
                and "-" not in head
                and head.endswith("s")
                and not head.endswith(("ss", "us", "is", "ics"))
                and head not in _SINGULAR_S
                and head not in function_words
                and (k or prev in _BEFORE_NOUN or not verb(head))  # "one needs to"
            ):
                return " ".join(["one", *words[: k + 1]])
    return None


# --- capitalised verb mid-sentence ---------------------------------------------------------

_CAPITAL_AFTER = re.compile(
    r"(?<![\w-])([A-Za-z]+)\s+(to|will|would|can|could|should|must|might|may)\s+([A-Z][a-z]+)"
    r"(?![\w-])(\s+[A-Z])?"
)


def capital_verb(sentence: str, verbs: frozenset[str]) -> str | None:
    """A base-form verb written with a capital after 'to' or a modal ("wanted to Assess")."""
    for m in _CAPITAL_AFTER.finditer(sentence):
        if m.group(4) or (m.group(1)[0].isupper() and sentence[: m.start()].strip(" \"'“‘(")):
            continue  # "Trial to Reduce Relapses": a name in title case
        word = m.group(3).lower()
        if word in verbs and zipf(word) >= 3.5:
            return f"{m.group(2)} {m.group(3)}"
    return None


# --- more + short adjective ----------------------------------------------------------------

_MORE = re.compile(r"(?<![\w-])(?:(\w+)\s+)?more\s+([a-z]+)(?![\w-])\s*(than\b|[.,;:!?)]|$)?")
_COPULA = frozenset("is are was were be been being become became becomes seem seems seemed".split())


def _er_forms(adj: str) -> tuple[str, str]:
    if adj.endswith("e"):
        return adj + "r", adj + "st"
    if adj.endswith("y"):
        return adj[:-1] + "ier", adj[:-1] + "iest"
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", adj):
        return adj + adj[-1] + "er", adj + adj[-1] + "est"
    return adj + "er", adj + "est"


def more_er(sentence: str) -> str | None:
    """'more ADJ' where ADJ has one syllable and common '-er' and '-est' forms, in a place
    where it must be the comparative: before 'than' or the end, or after a copula."""
    for m in _MORE.finditer(sentence):
        prev, adj, after = (m.group(1) or "").lower(), m.group(2), m.group(3)
        if not after and prev not in _COPULA:
            continue
        if syllables(adj) != 1 or zipf(adj) < 4.0:
            continue
        er, est = _er_forms(adj)
        if zipf(er) >= 3.0 and zipf(est) >= 2.5:
            return f"more {adj}"
    return None


# --- a range whose two ends come from different scales --------------------------------------

# Certainty is rated high, moderate, low; strength strong, moderate, weak. A range across the two
# ("low to very weak") is what a half-done swap of "low to very low" leaves.
_LEVEL = {"high": "certainty", "low": "certainty", "strong": "strength", "weak": "strength"}
_RANGE = re.compile(
    r"(?<![\w'’-])(high|low|strong|weak)(?:-|\s+)to\s+(?:very\s+)?(high|low|strong|weak)\b", re.I
)


def mixed_scale(sentence: str) -> str | None:
    """A range from one scale to another ("low to very weak")."""
    for m in _RANGE.finditer(sentence):
        if _LEVEL[m.group(1).lower()] != _LEVEL[m.group(2).lower()]:
            return m.group(0)
    return None


# --- a comma between a subject and its verb -------------------------------------------------

# "A single result in three trials, was amenable to pooled analysis": a comma cannot part a
# subject from its verb. Only a sentence's first comma is judged, after a noun phrase with no
# verb that opens the sentence; an opening phrase of time, place or manner ("In 2010, was ...")
# is no subject, and an aside closes with a second comma ("The drug, a pill, was").
_SUBJECT_COMMA = re.compile(
    r"^[\"'“‘(]*([A-Z][^,;:()\"“”]*?),\s+(is|are|was|were|has|have|had)\s+[a-z]"
)
_NOT_SUBJECT_START = frozenset(
    """in on at after before when while although though because if as for with without despite
    during overall however also moreover therefore thus here then now today yet still finally
    first second third lastly since until unless once where whereas by from to of among between
    across under over within through like unlike besides instead meanwhile""".split()
)


_CLAUSE_WORD = re.compile(
    r"\b(?:who|whom|whose|which|that|what|where|when|is|are|was|were|be|been|has|have|had|do|"
    r"does|did|can|could|may|might|will|would|should|must|to|they|these|those|we|it|"
    r"[a-z]{2,}ed|[a-z]{2,}ing)\b",
    re.I,
)


def subject_comma(sentence: str, past: Callable[[str], bool]) -> str | None:
    """A comma between an opening subject and its verb ("... three trials, was"). The words
    before the comma must hold no clause of their own (no auxiliary, relative word, -ed form or
    irregular past, `past`): "The people who dropped out, were ..." is left alone."""
    m = _SUBJECT_COMMA.match(sentence)
    if not m:
        return None
    subject = m.group(1)
    words = subject.split()
    if (
        len(words) < 2
        or words[0].lower() in _NOT_SUBJECT_START
        or _CLAUSE_WORD.search(subject)
        or any(past(w.lower()) for w in words[1:])
    ):
        return None
    return f"{words[-1]}, {m.group(2)}"


# --- an adjective standing where a noun was, before "of" -------------------------------------

# "... and weak of evidence": a swap put an adjective ("weak") where the noun ("weakness",
# "low certainty") stood before "of". These adjectives take no "of" after them, so the pair is
# broken unless a determiner or a degree word makes the adjective a noun ("the better of the
# two", "a high of 40", "the most common of").
_ADJECTIVE_OF = re.compile(
    r"\b(?:weak|weaker|strong|stronger|poor|moderate|limited|inconsistent|unreliable|reliable|"
    r"effective|ineffective|harmful|beneficial|useful|helpful|safe|unsafe|low|lower|high|higher|"
    r"small|smaller|large|larger|good|better|worse|similar|different|serious|severe|mild|common|"
    r"rare|frequent)\s+of(?![\w'’-])",
    re.I,
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_NOUN_MAKERS = frozenset(
    """the a an most least more less this that these those its their one each any none some
    all both either neither""".split()
)


def adjective_of(sentence: str) -> str | None:
    """An adjective straight before "of" where no determiner makes it a noun ("weak of
    evidence"), else None."""
    if " of" not in sentence:
        return None
    for m in caseless.finditer(_ADJECTIVE_OF, sentence):
        if m.start() and sentence[m.start() - 1] in "-'’":
            continue  # "low-" of a compound, as the old lookbehind had it
        before = _WORD_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        if not before or before.group(1).lower() not in _NOUN_MAKERS:
            return m.group(0)
    return None


# --- a noun before an adjective ------------------------------------------------------------

# Parts of the body a swap puts in for a Latin adjective ("renal" -> "kidney", "hepatic" ->
# "liver", "gastrointestinal" -> "gut"); "newborn" and "back" are left out, as they are
# adjectives and adverbs too.
_BODY_NOUNS = (
    r"kidney|liver|lung|gut|heart|skin|stomach|bowel|bladder|brain|nerve|spine|spinal cord|bone|"
    r"muscle|eye|blood|tissue|joint|chest|throat|breast|womb|mouth|ear|nose|tooth|gum|hip|knee|"
    r"foot|belly|tummy|neck|vein|artery"
)
# Adjectives that only stand before their noun or after a verb, never after a noun that they
# would make a compound with ("adverse" is left out: see above).
_ATTRIBUTIVE = (
    r"unwanted|harmful|serious|severe|undesirable|mild|moderate|major|minor|long-lasting|"
    r"cancerous|blood-starved|dangerous|unpleasant"
)
_NOUN_ADJECTIVE = re.compile(
    rf"(?<![\w'’-])(?:{_BODY_NOUNS})\s+(?:{_ATTRIBUTIVE})\s+(?!(?:and|or|to|than|in|of|for|with|"
    r"as|at|on|by|but|if|when|that|which|who|enough|because|after|before|during)\b)[a-z][a-z-]+",
    re.I,
)


def noun_adjective(sentence: str) -> str | None:
    """A body part named as a noun straight before an adjective and its noun ("kidney unwanted
    events"), else None."""
    m = caseless.search(_NOUN_ADJECTIVE, sentence)
    return m.group(0) if m else None


# --- an article before a plural --------------------------------------------------------------

# 'a'/'an', an adverb or none, a comparison, then a noun that is only plural: "a clearly higher
# chances" (a swap of "odds" for "chances" left the article). "Odds" is left out: writers say
# "a higher odds".
_ARTICLE_PLURAL = re.compile(
    r"(?<![\w'’-])an?\s+(?:[a-z]+ly\s+)?(?:higher|lower|greater|smaller|larger|bigger|increased|"
    r"reduced)\s+(?:chances|rates|risks|levels|numbers)(?![\w'’-])",
    re.I,
)


def article_plural(sentence: str) -> str | None:
    """'a'/'an' before a comparison and a plural noun ("a clearly higher chances"), else None."""
    m = _ARTICLE_PLURAL.search(sentence)
    return m.group(0) if m else None
