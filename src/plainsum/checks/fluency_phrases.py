"""Noun phrases standing as sentences, which `plainsum.checks.verbs.has_verb` passes because it
is generous on purpose (a whole sentence must never be called a fragment):

- `adjective_fragment`: the only "verbs" are -ed and -ing words used as adjectives, between a
  determiner, a preposition or 'to' and the noun they describe ("Time to confirmed disability
  worsening at two years.", "Relapsing disease in most of the treated patients."): a heading or a
  labelled field copied as a sentence;
- `reported_fragment`: a report with its auxiliary cut ("No other unwanted events found.", "No
  differences noted between the groups."): a noun phrase and a past participle that needs an
  object, at the sentence's end or, after an opening 'No', before a preposition;
- `clause_fragment`: a noun phrase and the 'that' clause it opens, with no main verb ("No
  randomised evidence that either is better than no treatment."): the clause's verb is the
  only one;
- `plural_was`: a plural noun phrase opening the sentence before 'was', 'is' or 'has' ("Warming
  systems was linked with less shivering"): an abbreviation written out, or a word swapped, and
  the verb left as it was.

Each returns the span that shows the problem, else None. Pure functions over one sentence,
called only on sentences the generous verb test passed.
"""

from __future__ import annotations

import re

from ..lexicon import zipf
from .verbs import (
    AUX,
    COUNT_WORD,
    DETERMINER,
    FUNCTION,
    IRREGULAR,
    PARTICIPLE_ONLY,
    WORD,
    has_verb,
    verb_forms,
)

MIN_WORDS = 4
# Words after which an -ed or -ing word that a noun follows describes that noun: "to confirmed
# disability", "with relapsing MS", "the treated group", "of reduced size", "no added benefit".
# (Not the words that may stand as a subject too: "All compared X with Y", "These included 300
# people", "Between 5% and 18% suffered ...".)
_BEFORE_ADJECTIVE = DETERMINER | frozenset(
    """to of in on at for from with without by into no every its their his her our""".split()
)
_ADJECTIVE_FORM = re.compile(r"[a-z]{3,}(?:ed|ing)$")
# A word, or a number with its marks ("18%", "62,815"): a number before an -ed word may be its
# subject ("Between 5% and 18% suffered ...").
_TOKEN = re.compile(r"(?<![\w'’-])(?:[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*)")
# -ing forms that work as prepositions ("regarding the direction", "including MMSE"): a
# sentence with one often has a verb the verb test does not know, so they stay.
_ING_PREPOSITIONS = frozenset(
    "regarding including concerning following according excluding involving during".split()
)
_PLACE_HOLDER = "thing"  # a noun in place of a word left out: the words beside it stay apart


def adjective_fragment(sentence: str) -> str | None:
    """The first -ed or -ing word of a sentence whose only verb-like words describe a noun
    ("confirmed" in "Time to confirmed disability worsening at two years."), else None."""
    words = _TOKEN.findall(sentence)
    if len(words) < MIN_WORDS:
        return None
    lower = [w.lower() for w in words]
    if any(w in AUX or w in IRREGULAR or w.endswith("n't") for w in lower):
        return None
    kept: list[str] = []
    first = ""
    for k, (word, low) in enumerate(zip(words, lower, strict=True)):
        prev = lower[k - 1] if k else ""
        nxt = lower[k + 1] if k + 1 < len(lower) else ""
        if prev == "a" and k > 1 and words[k - 1] == "A":
            prev = "vitamin"  # a letter naming a thing ("Vitamin A reduced ..."), no article
        form = _ADJECTIVE_FORM.match(low) and low not in _ING_PREPOSITIONS
        described = form and (
            # before its noun, after a determiner or preposition ("to confirmed disability")
            (not prev or prev in _BEFORE_ADJECTIVE)
            and nxt
            and nxt not in FUNCTION
            and not nxt[0].isdigit()
            or k
            and word[0].isupper()  # part of a name ("Expanded Disability Status Scale")
            or low.endswith("ing")  # never a main verb with no auxiliary ("disability worsening")
        )
        if described:
            first = first or word
            kept.append(_PLACE_HOLDER)
            continue
        kept.append(word)
    if not first:
        return None
    bare = " ".join(kept)
    if has_verb(bare) or _counted_subject_verb(lower):
        return None
    return first


def _counted_subject_verb(lower: list[str]) -> bool:
    """Whether an -ed word follows a count or a number that can be its subject ("two involved
    home visits", "18% suffered side effects"): read as a verb here, as generous as the verb
    test (a count before an adjective, "two treated groups", is passed too)."""
    return any(
        _ADJECTIVE_FORM.match(w)
        and w.endswith("ed")
        and k
        and (COUNT_WORD.match(lower[k - 1]) or lower[k - 1][0].isdigit())
        for k, w in enumerate(lower)
    )


# Past participles that report what a study found or did, and need an object as a verb: after
# a noun with no auxiliary they are the cut half of a passive ("No deaths [were] reported.").
_REPORTED = frozenset(
    """found reported observed identified seen detected noted recorded documented described
    shown demonstrated performed conducted done included excluded measured assessed
    evaluated examined analysed analyzed studied used given needed required""".split()
)
_AFTER_REPORTED = frozenset(
    "in among between during with at across after for within from by since".split()
)
_OPENING_NO = re.compile(r"^\W*(?:No|None of the)\b")


def reported_fragment(sentence: str) -> str | None:
    """The noun and participle of a report whose auxiliary was cut ("events found" in "No other
    unwanted events found."), else None. The participle must end the sentence, or follow a
    noun phrase that opens with 'No' and stand before a preposition ("No differences noted
    between the groups."); a verb before it ("The trials that were found ...") or after it makes
    a sentence."""
    found = list(WORD.finditer(sentence))
    words = [m.group(0) for m in found]
    lower = [w.lower() for w in words]
    if len(words) < MIN_WORDS or any(w in AUX or w.endswith("n't") for w in lower):
        return None
    tail = sentence[found[-1].end() :].strip()
    opens_no = bool(_OPENING_NO.match(sentence))
    for k, low in enumerate(lower):
        if low not in _REPORTED or k < 2:
            continue
        prev = lower[k - 1]
        if prev in FUNCTION or prev.endswith("ly") or prev in ("who", "which", "that"):
            continue
        last = k == len(lower) - 1 and tail[:1] in (".", "!", "")
        before_preposition = opens_no and k + 1 < len(lower) and lower[k + 1] in _AFTER_REPORTED
        if not (last or before_preposition):
            continue
        head = " ".join(words[:k])
        if has_verb(head) and not (opens_no and verbless_but_adjectives(head)):
            return None
        rest = " ".join(words[k + 1 :])
        if rest and has_verb("They " + rest.replace(",", " ")) and _finite_after(lower[k + 1 :]):
            return None
        return f"{words[k - 1]} {words[k]}"
    return None


def verbless_but_adjectives(text: str) -> bool:
    """Whether a noun phrase reads as having a verb only through -ed and -ing words before a
    noun ("No other unwanted events", "No randomised evidence"); an -ed word before a function
    word ("searched for", "showed no") is a verb, and so is any word after 'we' or 'they'."""
    words = [w.lower() for w in WORD.findall(text)]
    if any(w in ("we", "they", "i", "he", "she", "you") for w in words):
        return False
    kept = [
        _PLACE_HOLDER
        if _ADJECTIVE_FORM.match(w) and k + 1 < len(words) and words[k + 1] not in FUNCTION
        else w
        for k, w in enumerate(words)
    ]
    return not has_verb(" ".join(kept))


def _finite_after(lower: list[str]) -> bool:
    """Whether these words (after a participle) hold a verb of their own: an auxiliary, a past
    form or an -s form after a word that is no function word ("None of the studies included in
    the review reported on ...")."""
    for k, w in enumerate(lower):
        if w in AUX or w.endswith("n't"):
            return True
        if not k or lower[k - 1] in FUNCTION:
            continue
        if w in IRREGULAR and w not in PARTICIPLE_ONLY:
            return True
        if w.endswith("ed") and len(w) > 4 or w.endswith("s") and verb_forms(w):
            return True
    return False


# Nouns that open a content clause ("evidence that ..."): with nothing before the clause but
# their own noun phrase, the clause's verb is the only one and the sentence is a fragment.
_CONTENT_NOUNS = frozenset(
    """evidence data proof sign signs suggestion suggestions indication indications hint hints
    finding findings claim claims concern concerns hope idea possibility suspicion notion
    assumption belief fact view reports""".split()
)
_CLAUSE = re.compile(r"\b(?:that|whether)\b", re.I)
_GROUP_LINKS = frozenset("not also still only never".split())


def _verb_groups(words: list[str]) -> int:
    """How many verb groups these words may hold, counted generously: every verb-like word
    that does not follow an auxiliary (with 'not', 'also' or an adverb between) counts, so a
    noun that looks like a verb ("relapses") only makes the count higher."""
    groups = 0
    after_aux = False
    for k, word in enumerate(words):
        w = word.lower()
        prev = words[k - 1].lower() if k else ""
        aux = w in AUX or w.endswith("n't")
        verb = (
            aux
            or w in IRREGULAR
            or k
            and prev not in FUNCTION - {"it", "this", "that", "which", "who"}
            and (
                verb_forms(w)
                and not w.endswith("ing")
                or w.endswith("ed")
                or w.endswith("s")
                and not w.endswith(("ss", "us", "is"))
                and prev in ("it", "this", "that", "which", "who", "either", "neither")
            )
        )
        if verb and not after_aux:
            groups += 1
        after_aux = aux or after_aux and (w in _GROUP_LINKS or w.endswith("ly"))
    return groups


def clause_fragment(sentence: str) -> str | None:
    """The noun and 'that' of a noun phrase whose clause has the sentence's only verb ("evidence
    that" in "No randomised evidence that either is better than no treatment."), else None."""
    m = _CLAUSE.search(sentence)
    if m is None:
        return None
    head = sentence[: m.start()]
    head_words = [w.lower() for w in WORD.findall(head)]
    if not head_words or len(head_words) > 8 or head_words[-1] not in _CONTENT_NOUNS:
        return None
    if "," in head or has_verb(head) and not verbless_but_adjectives(head):
        return None
    # the clause's own verb, then the main clause's ("Evidence that X helps is weak."): two
    # verb groups; one group ("that either is better") leaves no main verb
    if _verb_groups(WORD.findall(sentence[m.end() :])) >= 2:
        return None
    return f"{WORD.findall(head)[-1]} {m.group(0)}"


# A plural noun phrase opening the sentence, then a singular verb: "Warming systems was linked
# with ...". Only plain words before the head (no 'of', 'with' or 'that': "The number of trials
# was small" agrees with "number").
_PLURAL_WAS = re.compile(
    r"^(?P<phrase>(?:[A-Z][\w-]*|[a-z][\w-]*)(?: [a-z][\w-]*){0,4}) (?P<verb>was|is|has)\b"
)
_SINGULAR_S = frozenset(
    """news series species means diabetes measles mumps physics genetics economics statistics
    politics ethics lens bias mucus status virus census analysis synthesis hypothesis basis
    sclerosis thesis""".split()
)
_UNITS = frozenset(
    "seconds minutes hours days weeks months years times grams kilograms metres miles".split()
)
MIN_PLURAL_ZIPF = 2.0  # a known English plural, not a name ending in -s


def plural_was(sentence: str) -> str | None:
    """The plural head and its singular verb ("systems was") of a subject that opens the
    sentence, else None."""
    m = _PLURAL_WAS.match(sentence.strip())
    if m is None:
        return None
    words = m["phrase"].split()
    head = words[-1]
    low = [w.lower() for w in words]
    if (
        any(w in FUNCTION or w in AUX or COUNT_WORD.match(w) for w in low)
        or head != head.lower()
        or low[0].endswith("ing")
        or any(w.endswith("ing") for w in low[:-2])  # "Taking vitamins is safe", "research
        # incorporating randomised designs is ...": the subject is not the plural
        or head in _UNITS  # "Two years is a long time": an amount
    ):
        return None
    if (
        not head.endswith("s")
        or head.endswith(("ss", "us", "is", "ics", "'s", "’s"))
        or head in _SINGULAR_S
        or zipf(head) < MIN_PLURAL_ZIPF
        or zipf(head[:-1]) < MIN_PLURAL_ZIPF
        and zipf(head[:-2]) < MIN_PLURAL_ZIPF
    ):
        return None
    return f"{head} {m['verb']}"
