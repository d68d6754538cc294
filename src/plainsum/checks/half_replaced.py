"""Half-replaced terms: a glossary swap that broke the sentence around it (the half_replaced
rule of plainsum.checks.fluency)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..substring_scan import Substrings
from .fluency_problem import Problem
from .verbs import AUX, COUNT_WORD, DETERMINER, FUNCTION, verb_forms, verb_or_past

_POST_MODIFIER = frozenset("that which who whose of for with by to in from".split())
_CLAUSE_START = frozenset("who what how whether".split())
_SINGULAR_VERB = re.compile(r"\s+(is|was|has|does)\b")
# Words that may stand before a plural subject in its own noun phrase ("these stiff muscles").
_SUBJECT_LEAD = frozenset("the these those their its our your some many most all both such".split())
# A clause boundary: the words after it start a new noun phrase.
_BOUNDARY = re.compile(r"[.;:,()!?]\s*$")


_HEAD_END = _POST_MODIFIER | frozenset("between among across against after before".split())


def head_noun(words: list[str]) -> str:
    """The head noun of a plain phrase (its words, lower case): its last word before a
    post-modifier ("variation" in "variation between studies", "disease" in "disease that
    damages nerves", "muscles" in "stiff muscles"), "" for no words. The one head-noun reading
    the gate and the drafter share (plain/swap_grammar reads it from here)."""
    for i, word in enumerate(words[1:], 1):
        if word in _HEAD_END:
            return words[i - 1]
    return words[-1] if words else ""


def plural_form(word: str) -> bool:
    """A noun's plural form by its ending: "muscles", not "virus", "diagnosis", "stress",
    "cancerous"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _heads_its_clause(lower: str, start: int) -> bool:
    """Whether the phrase at `start` opens its clause's subject: nothing but determiners and
    adjectives between it and the sentence start or a comma. A plural phrase after "Taking",
    "of these" or "doctors order" is an object, and the singular verb agrees with something
    else ("Taking vitamin D supplements does not ...")."""
    before = lower[max(0, start - 80) : start]
    words: list[str] = []
    for word in reversed(re.findall(r"[\w'-]+|[.;:,()!?]", before)):
        if _BOUNDARY.match(word):
            break
        words.append(word)
    else:
        if len(before) == 80:
            return False  # no boundary in reach: a long clause, not a subject's start
    return all(
        w in _SUBJECT_LEAD or (w not in FUNCTION and not w.endswith("ing") and not verb_forms(w))
        for w in words
    )


@cache
def _glossary() -> tuple[tuple[str, str], ...]:
    """(plain phrase, term) pairs of the shipped glossary (data/glossary.tsv), lower-cased."""
    text = resources.files("plainsum").joinpath("data/glossary.tsv").read_text("utf-8")
    pairs = []
    for line in text.splitlines():
        term, sep, plain = line.partition("\t")
        if sep and not line.startswith("#") and plain.strip():
            pairs.append((plain.strip().lower(), term.strip().lower()))
    return tuple(pairs)


@cache
def _risky_swaps() -> tuple[tuple[str, str], ...]:
    """The glossary pairs whose swap can break a sentence in one of the three ways below."""
    out = []
    for plain, term in _glossary():
        words = plain.split()
        post_modifies = bool(_POST_MODIFIER & set(words[1:-1]))
        clause = words[0] in _CLAUSE_START
        plural = plural_form(head_noun(words)) and not term.endswith("s")
        if post_modifies or clause or plural:
            out.append((plain, term))
    return tuple(out)


@cache
def _risky_plains() -> Substrings:
    """Which of the risky swaps' plain phrases a text holds, in one pass over it."""
    return Substrings(plain for plain, _ in _risky_swaps())


@cache
def _plain_of() -> dict[str, str]:
    """One-word term -> its one-word plain word ("variants" -> "versions")."""
    return {t: p for p, t in _glossary() if " " not in t and " " not in p}


def _compound_tail(term: str, word: str, source: str) -> str | None:
    """The source's "TERM NEXT" when NEXT is `word`, what the glossary turns into `word`, or
    else any noun the source compounds with TERM (a rewriter may have swapped NEXT with a word
    the glossary no longer lists: "SARS-CoV-2 variants" -> "... COVID versions")."""
    compounds = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(term)}\s+([a-z][a-z-]+)", source):
        nxt = m.group(1)
        if nxt == word or _plain_of().get(nxt) == word:
            return m.group(0)
        if nxt not in FUNCTION and not verb_forms(nxt) and not nxt.endswith("ly"):
            compounds.append(m.group(0))  # an adverb after the term ("... immediately") is none
    return compounds[0] if compounds else None


def _noun_before(prev: str | None, word: str) -> bool:
    """Whether `word` (after `prev`) reads as a noun: "checked study", "the study"."""
    if word in FUNCTION or word in AUX or word.endswith(("ed", "ly")):
        return False
    return not verb_forms(word) or prev in DETERMINER or bool(prev and prev.endswith("ed"))


# A word that can only be an adjective: a plain phrase that opens with one cannot follow a noun
# that modified the term it replaced ("imaging biomarkers" -> "imaging measurable signs").
_ADJECTIVE = re.compile(r"[a-z]{3,}(?:able|ible|ful|ous|ive|ical|ic|al)$")
_ADJECTIVE_LIKE = re.compile(
    r"[a-z]*(?:able|ible|ful|ous|ive|ic|al|ar|ary|ent|ant|less|ed|est|er)$"
)
# Common adjectives and quantity words without an adjective's ending.
_PLAIN_ADJECTIVES = frozenset(
    """new old other several many few some such key main major minor top best good great big
    small little large long short high low young early late own only same certain various
    novel prime chief sole whole full true false wide broad deep strong weak poor rich fine
    free rare mild severe acute chronic known unknown each every both first second third last
    next past future remote online daily weekly monthly yearly simple complex intense extra
    prior adult human male female elderly live dead dry hot cold warm fast slow safe clear
    open direct indirect brief""".split()
)


# -ing words the verb list does not know that take an object rather than modify a noun.
_TAKES_OBJECT = frozenset("maintaining regarding concerning excluding prescribing".split())


@cache
def _adjective_led_swaps() -> tuple[tuple[str, str], ...]:
    """The glossary pairs whose plain phrase opens with an adjective before its noun."""
    return tuple(
        (plain, term)
        for plain, term in _glossary()
        if len(plain.split()) >= 2 and _ADJECTIVE.fullmatch(plain.split()[0]) and plain != term
    )


def _noun_modifier(word: str) -> bool:
    """Whether `word` before a term reads as a noun modifying it ("imaging", "blood"), not as
    an adjective, a determiner or a verb ("new", "the", "used")."""
    if word in FUNCTION or word in AUX or word in _PLAIN_ADJECTIVES or COUNT_WORD.match(word):
        return False  # ("three serious health problems": a count)
    # a compound is read by its last part: "home-based", "non-fatal" are adjectives
    word = word.rsplit("-", 1)[-1]
    if word.endswith("ing"):
        # a verb's -ing form takes the phrase as its object ("including physical therapy",
        # "maintaining genetic code"); "imaging", "training" modify it
        return len(word) > 5 and not verb_forms(word) and word not in _TAKES_OBJECT
    if word.endswith("s"):  # "analyzes biomarkers": a verb's -s, or a plural that is no modifier
        return False
    return not _ADJECTIVE_LIKE.fullmatch(word) and not verb_forms(word)


@cache
def _adjective_led_pattern() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One pattern for a word and any adjective-led plain phrase after it, and the terms each
    phrase stands for (one pass over a section, not one per phrase)."""
    terms: dict[str, list[str]] = {}
    for plain, term in _adjective_led_swaps():
        terms.setdefault(plain, []).append(term)
    phrases = "|".join(re.escape(p) for p in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])([a-z][a-z-]+)\s+({phrases})(?![\w-])"), terms


def adjective_after_modifier(text: str, source_text: str) -> list[Problem]:
    """A plain phrase that opens with an adjective put in for a term a noun modified in the
    source, leaving noun, adjective, noun ("the most hopeful imaging measurable signs", where the
    source says "imaging biomarkers")."""
    pattern, terms = _adjective_led_pattern()
    problems = []
    lower = text.lower()
    source = ""
    for m in pattern.finditer(lower):
        word, plain = m.group(1), m.group(2)
        if not text[m.start(1) : m.end(1)].islower() or not _noun_modifier(word):
            continue  # an abbreviation modifies freely ("MRI active damaged areas")
        source = source or source_text.lower()
        for term in terms[plain]:
            if not re.search(rf"(?<![\w-]){re.escape(word)}\s+{re.escape(term)}(?![\w-])", source):
                continue
            span = text[m.start() : m.end()]
            problems.append(
                Problem(
                    "half_replaced",
                    span,
                    f"'{span}' is a term half rewritten: the source says '{word} {term}', and an "
                    "adjective cannot follow the noun that modifies it.",
                    f"Rewrite the whole phrase, for example '{plain} from {word}'.",
                )
            )
            break
    return problems


def half_replaced(text: str, source_text: str) -> list[Problem]:
    """Glossary swaps that broke the sentence around them:
    - a post-modifying phrase put in for the first word of a compound, leaving the second
      ("the virus that causes COVID versions", where the source says "SARS-CoV-2 variants");
    - a clause put in for a noun that a noun still modifies ("checked study who could take
      part", from "study eligibility");
    - a plural phrase for a singular term, the verb left singular ("stiff muscles is")."""
    problems = []
    lower = text.lower()
    source = ""  # the source lower-cased, once a swap is found that needs it
    held = _risky_plains().held(lower)  # most texts hold none of the swaps' phrases
    for plain, term in _risky_swaps():
        if plain not in held:
            continue
        source = source or source_text.lower()
        start = lower.find(plain)
        while start >= 0:
            end = start + len(plain)
            words = plain.split()
            after = re.match(r"\s+([a-z][a-z-]+)", lower[end:])
            before = re.search(
                r"(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]+)\s+$", lower[max(0, start - 60) : start]
            )
            span = tail = None
            if (
                after
                and _POST_MODIFIER & set(words[1:-1])
                and after.group(1) not in FUNCTION
                and after.group(1) not in AUX  # "... with a dummy treatment did not": a verb
                # ... or its irregular past ("immune cells of the brain took up more debris")
                and not verb_or_past(after.group(1))
                # an adverb after it is no compound's second word ("came in with slowly
                # worsening speech" is whole), as `_compound_tail` reads the source
                and not after.group(1).endswith("ly")
            ):
                tail = _compound_tail(term, after.group(1), source)
                if tail:
                    span = text[start : end + after.end()]
            elif (
                before
                and words[0] in _CLAUSE_START
                and _noun_before(*before.groups())
                and re.search(rf"\b{re.escape(before.group(2))}\s+{re.escape(term)}\b", source)
            ):
                span = text[start - len(before.group(2)) - 1 : end]
                tail = f"{before.group(2)} {term}"
            elif (
                plural_form(head_noun(words))
                and not term.endswith("s")
                and _SINGULAR_VERB.match(lower[end:])
                and _heads_its_clause(lower, start)
            ):
                verb = _SINGULAR_VERB.match(lower[end:])
                assert verb is not None
                span = text[start : end + verb.end()]
                problems.append(
                    Problem(
                        "half_replaced",
                        span,
                        f"'{span}': a plural phrase put in for '{term}' with a singular verb.",
                        "Make the verb agree, or choose a singular phrase.",
                    )
                )
            if span and tail:
                problems.append(
                    Problem(
                        "half_replaced",
                        span,
                        f"'{span}' is a term half rewritten: the source says '{tail}'.",
                        "Rewrite the whole phrase in plain words, for example with 'of' or 'in'.",
                    )
                )
            start = lower.find(plain, start + 1)
    return problems + adjective_after_modifier(text, source_text)
