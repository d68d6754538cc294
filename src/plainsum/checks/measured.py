"""Measured: a result must be about something the paper measured.

Word overlap cannot tell "Vitamin D also improved mood." from a finding of the paper when the
paper is about vitamin D and says "improved": most of the sentence's weight is found. What the
sentence claims is a change in mood, and the paper never mentions mood. This module reads the
claim: the direction word ("improved", "fewer", "slept better") and what it is said of, its
outcome: the words after a verb of change up to the end of its phrase ("improved mood",
"reduced the number of attacks"), or the verb a comparative follows ("slept better",
"walked faster"). A result whose outcome the paper names nowhere, not in its words, their word
family, the lay synonyms of the alignment nor the glosses of data/lay_glosses.tsv (so "mood"
is found in a paper on depression), is a finding the paper does not report.

- `unmeasured_outcome(source, sentence)`: the outcome words of a stated result that the paper
  never names, or None.
- `population_not_named(source, sentence)`: the people a stated result is said of ("people
  with MS") when the paper never names their condition, or None.
- `comparator_not_named(source, sentence)`: what a stated result is set against ("better than
  tadalafil") when the paper never names it, or None.
- `outcome_share(source, sentence, words)`: the share (by weight) of `words`, an outcome taken
  from `sentence`, that the paper names, counting the glosses of its plain words.
"""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_words, found_share, split_source, stem, word_weight
from ..ingest import Source
from .claim_pairs import ARMS
from .negation import conditional
from .paraphrase import glossed, kind_word, outcome_words
from .polarity import claims_in
from .polarity_words import DIRECTION, POLARITY_STEMS
from .study_statements import not_a_claim

_POLARITIES = frozenset({"up", "down", "better", "worse"})

# A result as a past-tense verb of change ("improved", "fell") or a comparative after a verb in
# the past tense ("slept better", "grew faster"). A present tense ("exercise improves mood")
# states a general fact.
_PAST = re.compile(r"(?:ed|rose|fell|cut|shrank|shrunk)$", re.I)
_IRREGULAR_PAST = frozenset(
    "slept grew ran ate woke spoke thought kept wrote read drank walked".split()
)
# A hedge, an aim, a denial, a passive, a general statement or a question before the
# direction word; or a participle describing a noun ("a 30% increased risk", "such as
# raised toilet seats").
_NOT_FOUND_BEFORE = re.compile(
    r"\b(?:is|are|be|been|being|was|were|can|could|may|might|will|would|should|to|that|which|"
    r"who|whether|if|not|no|never|aim\w*|hop\w*|expect\w*|want\w*|tried|try|trying|seek\w*|"
    r"sought|a|an|the|such\s+as|of|with|at|causes?|leads?|%)\s+(?:\w+ly\s+)?$|%\s*$|\d\s*$",
    re.I,
)
# Where the outcome's phrase ends: a mark, a clause or a phrase about when, where or whom.
_PHRASE_END = re.compile(
    r"[,;:.()\[\]]|\b(?:once|when|after|since|because|while|as|if|than|but|so|although|though|"
    r"until|before|during|in|on|at|by|with|for|among|compared|versus|vs|and|or|from|over|"
    r"within|without|who|which|that|up to)\b",
    re.I,
)
# Words between a verb and the comparative after it ("slept much better", "walked a bit faster")
_ADVERBS = r"(?:(?:also|much|far|a\s+lot|a\s+bit|a\s+little|even|slightly|somewhat|no|any)\s+)*"
_VERB_BEFORE = re.compile(rf"([A-Za-z][A-Za-z'’-]*)\s+{_ADVERBS}$", re.I)
# Verbs that link a comparative to its subject rather than name the outcome ("felt better",
# "did better", "fared worse", "became less common").
_LINKING = frozenset(
    """felt feel feels feeling became become becomes seemed seems seem appeared appear fared
    performed responded went go goes going been be being doing done getting got get gets did
    does do was were is are had has have scored rated ranked occurred occur occurs happened
    happen arose existed tended developed resulted""".split()
)


def _outcome(sentence: str, said_at: int, said: str, alone: bool = True) -> list[str]:
    """The outcome words of the direction word `said` at `said_at`: for a verb of change in the
    past tense, the words after it up to the end of their phrase; for a comparative after a
    verb in the past tense, its object, or the verb when it has none. Adverbs ("gradually") are not
    outcomes."""
    if said.lower() in _COMPARATIVES:
        verb = _VERB_BEFORE.search(sentence[:said_at])
        if not verb:
            return []
        word = verb.group(1).lower()
        done = _DONE_BEFORE.search(sentence[:said_at])
        if done and word not in _IRREGULAR_PAST and not word.endswith("ed"):
            # "left hospital sooner", "returned to school earlier": what was done, its object
            return [w for w in content_words(done.group("what")) if stem(w) not in POLARITY_STEMS]
        past = word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)
        if word in _FELT:  # "felt less tired", "became more alert": the state after it
            words = _phrase_after(sentence, said_at + len(said))[:1]
            return [w for w in words if stem(w) not in POLARITY_STEMS and not w.endswith("ly")]
        if not past or word in _LINKING or DIRECTION.fullmatch(word):
            return []
        # what it is said of: its object ("released less toxin": toxin), else the verb
        # ("slept better", "thought more clearly": the adverb says how)
        after = [w for w in _phrase_after(sentence, said_at + len(said)) if not w.endswith("ly")]
        words = after or content_words(word)
    elif _PAST.search(said):
        # "improved mood"; with nothing after it, what rose or fell is its subject ("Their
        # mood lifted as well."), when it is the sentence's one claim: beside another ("Sleep
        # improved, and disability scores rose"), the other is held to the paper in its turn
        words = _phrase_after(sentence, said_at + len(said))
        if not words and alone:
            words = _subject_before(sentence, said_at)
    else:
        return []
    return [w for w in words if stem(w) not in POLARITY_STEMS and not w.endswith("ly")]


# A general statement: a modal or a word of habit anywhere before the direction word ("It can
# result in ... lowered self-esteem", "Stiffness often leads to ... reduced walking").
_GENERAL_BEFORE = re.compile(
    r"\b(?:can|cannot|may|might|could|would|will|should|must|often|usually|typically|"
    r"generally|normally|commonly|tends?\s+to)\b",
    re.I,
)
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|their|his|her|its|this|these|those|both)\b", re.I)


def _phrase_after(sentence: str, at: int) -> list[str]:
    """The content words from `at` to the end of their phrase, but for the owner of what
    follows ("the mice's blood pressure" is blood pressure)."""
    after = sentence[at:]
    end = _PHRASE_END.search(after)
    return content_words(_owned(after[: end.start()] if end else after))


def _owned(phrase: str) -> str:
    """What `phrase` names after its owner, if it names one ("the mice's blood pressure":
    "blood pressure")."""
    owners = list(_OWNER.finditer(phrase))
    return phrase[owners[-1].end() :] if owners else phrase


_CLAUSE_START = re.compile(r".*(?:[,;:()]|\b(?:and|but|while|whereas|when|after|so)\b)", re.I)
SUBJECT_WORDS = 3  # the last words before the verb that name what changed


def _subject_before(sentence: str, at: int) -> list[str]:
    """The last content words of the clause before `at` (the subject of an intransitive verb
    of change)."""
    before = sentence[:at]
    opened = _CLAUSE_START.match(before)
    return content_words(_owned(before[opened.end() if opened else 0 :]))[-SUBJECT_WORDS:]


# "the mice's", "their children's": whose, not what
_OWNER = re.compile(r"\b[\w-]+['’]s?(?=\s)", re.I)
# A verb of doing in the past tense, then what was done, before a comparative of time ("left
# hospital sooner", "returned to school earlier")
_DONE_BEFORE = re.compile(
    r"\b(?:left|went|got|came|returned|moved|started|began)\s+(?:back\s+)?(?:to\s+)?"
    rf"(?:the\s+|their\s+)?(?P<what>[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+)?)\s+{_ADVERBS}$",
    re.I,
)
# Verbs of feeling or becoming, whose comparative is said of the state after it ("felt less
# tired", "became more alert", "were less anxious").
_FELT = frozenset("felt became grew were was seemed".split())


_COMPARATIVES = frozenset(
    "better worse more less faster slower sooner earlier later longer shorter higher lower".split()
)


def outcome_share(source: Source, sentence: str, words: list[str]) -> float:
    """The share (by weight) of `words`, an outcome taken from `sentence`, that the paper
    names: in their own words, their word family, a lay synonym or a gloss of a technical
    term; a word for a kind of thing ("proteins") stands for any thing the paper names."""
    total = sum(word_weight(w) for w in words)
    if not total:
        return 1.0
    everywhere = frozenset(s.index for s in split_source(source))
    plain = glossed(source, sentence)
    found = sum(
        word_weight(w) * (1.0 if w in plain or kind_word(w) else found_share(source, w, everywhere))
        for w in words
    )
    return found / total


def unmeasured_outcome(source: Source, sentence: str) -> str | None:
    """The outcome of a result `sentence` states ("mood" in "Vitamin D also improved mood.")
    when the paper names it nowhere; None when it names it, or the sentence states no result
    (a question, an aim, a hedge, a denial, a general fact in the present tense)."""
    if conditional(sentence) or not_a_claim(sentence):
        return None
    stated = claims_in(sentence)
    for claim in stated:
        said = claim.said
        if claim.polarity not in _POLARITIES or not said:
            continue
        before = sentence[max(0, claim.said_at - 40) : claim.said_at]
        if not content_words(sentence[: claim.said_at]) or _NOT_FOUND_BEFORE.search(before):
            continue  # no subject before it: a participle describing a noun
        if _GENERAL_BEFORE.search(sentence[: claim.said_at]):
            continue
        if before.rstrip().endswith(",") and not _DETERMINER_AFTER.match(
            sentence, claim.said_at + len(said)
        ):
            continue  # an item of a list of nouns ("..., improved upkeep of cells")
        words = _outcome(sentence, claim.said_at, said, alone=len(stated) == 1)
        if not set(words) & outcome_words(sentence):
            continue  # only an outcome people know by its everyday name can be judged absent
        if not outcome_share(source, sentence, words):
            return " ".join(words)
    return None


# "People with MS who slept poorly ...", "children with cerebral palsy had ...": the people a
# result is said of, named by their condition. A paper that never names the condition did not
# study them.
_WHO = (
    r"(?:people|persons|patients|adults|children|kids|teenagers|women|men|girls|boys|babies|"
    r"infants|mice|rats|animals|participants|volunteers|those|carers|caregivers)"
)
_POPULATION = re.compile(
    # as a subject or after a preposition ("in people with MS"), not as an object of giving
    # ("provided people with equipment")
    rf"(?:^\s*|\b(?:the|in|among|for|of|that|and|all|both|most|many|some)\s+)"
    rf"(?P<people>(?:\w+\s+)?{_WHO}\s+(?:with|living\s+with)\s+"
    r"(?P<who>[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,2}?))"
    r"(?=\s+(?:who|that|and|or|had|have|has|were|was|did|felt|got|showed|slept|in|on|at|for|"
    r"after|before|over|by|than|\w+ed)\b|\s*[,.;:()]|\s*$)",
    re.I,
)
MIN_CONDITION_WEIGHT = 1.5  # "women with none", "people with it": no condition named
ACRONYM_MIN_WEIGHT = 5.0  # the words an acronym's letters stand for must be this rare together
_RESULT_TENSE = re.compile(r"\b(?:\w{3,}ed|had|were|was|felt|slept|got|grew|fell|rose)\b", re.I)


def population_not_named(source: Source, sentence: str) -> str | None:
    """The people a stated result is said of ("people with MS" in "People with MS who slept
    poorly felt more tired.") when the paper never names their condition, in its words, a
    stand-in (MS for multiple sclerosis) or a gloss; None for a sentence that states no result
    in the past tense (a general fact, a hedge, a question)."""
    if conditional(sentence) or not_a_claim(sentence) or caseless.search(_GENERAL_BEFORE, sentence):
        return None
    if not _RESULT_TENSE.search(sentence) or not any(
        c.polarity in _POLARITIES for c in claims_in(sentence)
    ):
        return None
    everywhere = frozenset(s.index for s in split_source(source))
    plain = glossed(source, sentence)
    for m in _POPULATION.finditer(sentence):
        who = m.group("who")
        words = content_words(who)
        if (
            sum(word_weight(w) for w in words) < MIN_CONDITION_WEIGHT
            or any(w in plain for w in words)
            or found_share(source, who, everywhere)
            or any(_spelled_out(source, w) for w in who.split() if w.isupper())
            or _abbreviated(source, who)
            or who.split()[0].lower() in _NOT_A_CONDITION
        ):
            continue
        return m.group("people")
    return None


# "patients with or without drainage", "people with no symptoms": no condition named
_NOT_A_CONDITION = frozenset("or and without no not either any".split())


def _abbreviated(source: Source, who: str) -> bool:
    """Whether the paper has the acronym of `who` ("CTS" for "carpal tunnel syndrome"): a
    paper may name a condition only by its letters."""
    words = who.split()
    if len(words) < 2:
        return False
    letters = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    return bool(re.search(rf"\b{letters}s?\b", source.full_text))


def _spelled_out(source: Source, acronym: str) -> bool:
    """Whether the paper has rare words whose first letters spell `acronym` ("nephrotic
    syndrome" for NS): a summary may shorten a condition the paper writes out."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    if len(letters) < 2:
        return False
    pattern = r"\b" + r"[\s-]+".join(rf"({c}[a-z]+)" for c in letters) + r"\b"
    return any(
        sum(word_weight(w.lower()) for w in m.groups()) >= ACRONYM_MIN_WEIGHT
        for m in re.finditer(pattern, source.full_text, re.I)
    )


# What a result may be set against without the paper naming it: an arm given nothing active or
# the usual one, the people's own past, the norm ("than placebo", "than before", "than usual")
_OWN_BASELINE = frozenset(
    stem(w)
    for w in """before baseline start beginning normal usual expected average earlier later
    previous other others another those group groups""".split()
)
MIN_COMPARATOR_WEIGHT = 2.5  # a named thing ("tadalafil", "painkillers"), not "the start"
MIN_COMPARATOR_LETTERS = 5  # a word this long whose first letters the paper never writes
# what follows "than", past who had it and how ("than those allocated to placebo", "than men
# taking tadalafil"), up to a mark or a new clause: the thing the result is set against (not
# "rather than", which weighs two readings)
_THAN_WHAT = re.compile(
    r"(?<!rather )\bthan\s+(?:(?:those|people|patients|men|women|children|participants|adults|"
    r"the|a|an|with|on|in|by|taking|using|given|receiving|allocated|assigned|treated|to|at|for|"
    r"after|did|does|do|was|were)\s+)*(?P<what>[A-Za-z][\w-]*(?:\s+(?!(?:did|does|do|was|were|"
    r"and|but|or|at|after|in|when|while|because)\b)[A-Za-z][\w-]*){0,3})",
    re.I,
)


def comparator_not_named(source: Source, sentence: str) -> str | None:
    """What a stated result is set against ("worked better than tadalafil", "eased pain more
    than painkillers did") when the paper names none of it, in its words, their family, a lay
    synonym or a gloss, nor writes the first letters of any of its words: a comparison the
    paper never made; None when it names it, the result is set against an arm of every trial
    ("than placebo", "than usual care") or the people's own past ("than before"), or the
    sentence states no result (a hope, a question, a general statement)."""
    if conditional(sentence) or not_a_claim(sentence) or _GENERAL_BEFORE.search(sentence):
        return None
    if not any(c.polarity in _POLARITIES and c.against for c in claims_in(sentence)):
        return None
    letters = re.sub(r"[^a-z]", "", source.full_text.lower())
    for m in _THAN_WHAT.finditer(sentence):
        words = [w.lower() for w in content_words(m.group("what"))]
        if not words or any(
            stem(w) in ARMS or stem(w) in _OWN_BASELINE or stem(w) in POLARITY_STEMS for w in words
        ):
            continue
        named = [w for w in words if len(w) >= MIN_COMPARATOR_LETTERS]
        if (
            not named
            or max(word_weight(w) for w in named) < MIN_COMPARATOR_WEIGHT
            or any(re.sub(r"[^a-z]", "", w)[:MIN_COMPARATOR_LETTERS] in letters for w in named)
            or outcome_share(source, sentence, named)
        ):
            continue
        return " ".join(named)
    return None
