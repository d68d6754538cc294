"""Fluency rules for what a cut leaves behind: a word the sentence still needs is missing
(used by plainsum.checks.fluency):

- bare_adjective: a preposition, then an adjective (-ic, -ive, -ous) that ends the sentence or
  clause with no noun ("of hypovolaemic.", "in response to antihypertensive.")
- article_adjective_end: 'a'/'an' and an adjective that ends the sentence ("as a short.")
- verbless_reason: a 'because' clause with no verb of its own ("because only one study.")
- bare_gerund: a verb that needs an object ends the sentence without one ("help with managing.")
- comparison_break: a comparison word straight before a comma ("were more tired compared
  with, even when ..."): what was compared was cut
- missing_been: a passive without its 'been' ("has shown to be")
- past_for_participle: a past tense where a participle must stand, after a form of 'be' or
  after the noun of "there have been", or as an adjective ("benefits were showed", "There have
  been benefits showed with diet change", "no showed benefit": "demonstrated" swapped for a
  past form)
- missing_of: a noun that counts or measures, straight before what it counts ("an episode
  severe pain"), or a chance straight before what may happen ("high risk having")
- lone_between: 'between' and one singular phrase with no 'and' after it ("a link between the
  environment."): the other side was cut

Each returns the offending span, or None. Pure functions, a few microseconds per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import caseless
from .counts import ANIMAL_NOUNS, PEOPLE_NOUNS, STUDY_NOUNS
from .verbs import AUX, verb_or_past


def _first(pattern: re.Pattern[str], sentence: str) -> str | None:
    """The text of `pattern`'s first match in `sentence`, or None."""
    m = caseless.search(pattern, sentence)
    return m.group(0) if m else None


# --- an adjective left without its noun ---------------------------------------------------

# A preposition, then a word that can only be an adjective (-ic, -ive, -ous), then the end of
# the sentence or clause: the noun it described was cut ("in the treatment of hypovolaemic.",
# "a fall in response to antihypertensive was seen"). Not before a comma: "for diabetic, kidney
# and heart patients" lists adjectives.
_BARE_ADJECTIVE = re.compile(
    r"(?<![\w'’-])(of|to|with|for|from|by|in|on|into|against|about|without|among|after|before|"
    r"during|like|versus)\s+([a-z][a-z-]*[a-z](?:ic|ive|ous))(?![\w'’-])"
    r"(?=\s*(?:[.!?;:)]|$)|\s+(?:is|are|was|were|has|have|had|did|does)\b)"
)
MIN_BARE_ADJECTIVE = 6  # shorter words in -ic/-ive are everyday nouns and verbs (clinic, drive)
# Words in -ic/-ive that are nouns too, and stand bare after a preposition in careful writing.
_ADJECTIVE_NOUNS = frozenset(
    """clinic public panic music logic arsenic garlic traffic plastic fabric magic mimic tonic
    epidemic pandemic topic rhetoric arithmetic mechanic critic republic picnic relic relative
    perspective alternative objective narrative incentive initiative olive native adhesive
    explosive representative directive motive archive positive negative executive collective
    detective sedative laxative additive preservative derivative contraceptive expletive
    offensive defensive sceptic skeptic cleric heretic lunatic fanatic diagnostic""".split()
)


_VERB_IVE = ("eive", "rive", "vive", "give", "live")  # conceive, derive, survive: verbs


def bare_adjective(sentence: str, verb: Callable[[str], bool]) -> str | None:
    """'PREPOSITION ADJECTIVE' at the end of a sentence or clause, where the adjective's noun is
    missing ("of hypovolaemic."); nouns and verbs of the same form are left alone."""
    for m in _BARE_ADJECTIVE.finditer(sentence):
        word = m.group(2)
        if (
            len(word) < MIN_BARE_ADJECTIVE
            or word in _ADJECTIVE_NOUNS
            or word.endswith(_VERB_IVE)
            or verb(word)
        ):
            continue
        return f"{m.group(1)} {word}"
    return None


# --- 'a' + an adjective that ends the sentence --------------------------------------------

# "... published only as a short.": after 'a'/'an', a word that is only an adjective cannot end
# the sentence; its noun was cut. "a few.", "a little.", "a lot." are whole.
_PLAIN_ADJECTIVES = (
    "short|long|small|large|big|new|old|high|low|good|bad|great|major|minor|single|brief|full|"
    "clear|strong|weak|slight|mild|severe|serious|rare|common|simple|safe|useful|possible|"
    "likely|similar|different|important|significant|careful|modest|moderate|marked|real|"
    "early|late|recent|further|specific|general|special|particular|wide|narrow|quick|slow"
)
_ARTICLE_ADJECTIVE_END = re.compile(
    r"(?<![\w'’-])(?:a|an)\s+(?:(?:very|more|less|rather|fairly|quite)\s+)?"
    rf"((?:{_PLAIN_ADJECTIVES})|[a-z]{{3,}}(?:ful|ous|less))(?=\s*[.!?;]\W*$)",
    re.I,
)


def article_adjective_end(sentence: str) -> str | None:
    """'a'/'an' and an adjective ending the sentence with no noun ("as a short.")."""
    return _first(_ARTICLE_ADJECTIVE_END, sentence)


# --- a clause of reason with no verb -------------------------------------------------------

# 'because' (not 'because of') opens a clause, which needs its own verb: "... because only one
# study with limited quality." is a reason cut from its verb. Elliptic 'although small' and
# 'while taking' are whole English, so only 'because' is held to this. Only a clause that ends
# the sentence (or runs to a semicolon) is judged: one that runs on past a comma may find its
# verb after an aside ("because the dose, in most trials, was low").
_REASON = re.compile(
    r"(?<![\w-])because(?!\s+of\b)\s+([^,;:()–—]+?)\s*(?:;|[.!?][\"'”’)\]]*\s*$|$)", re.I
)
MIN_REASON_WORDS = 2  # "because it" at a cut is another rule's business


def verbless_reason(sentence: str, finite: Callable[[list[str]], bool]) -> str | None:
    """'because' + a clause in which `finite` (given the clause's lower-case words) finds no
    verb: the span from 'because' to the clause's end."""
    for m in _REASON.finditer(sentence):
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,]*", m.group(1))
        if len(words) >= MIN_REASON_WORDS and not finite([w.lower() for w in words]):
            return m.group(0).rstrip(" .!?;")
    return None


# --- a verb that needs an object, left without one ----------------------------------------

# Verbs that always take an object: after a preposition at the end of a sentence, their -ing
# form has lost it ("help with managing.", "a course for treating."); "help with walking." and
# "good at sleeping." are whole, as those verbs need no object. "monitoring" and "screening"
# are left out: they are nouns too ("the costs of monitoring.").
_OBJECT_VERBS = (
    "manag|treat|reduc|prevent|control|assess|measur|lower|rais|us|compar|identif|target|block|"
    "detect|diagnos|address|tackl|avoid|boost|lessen|reliev|provid|offer|includ|"
    "replac|remov|restor|repair|protect|limit|find|giv|tak|mak|lift|carr"
)
_BARE_GERUND = re.compile(
    r"(?<![\w'’-])(?:with|for|at|on|in|of|by|about|without|from|after|before)\s+"
    rf"((?:{_OBJECT_VERBS})(?:e?ing|ying))(?=\s*[.!?;]\W*$|\s*;)",
    re.I,
)


def bare_gerund(sentence: str) -> str | None:
    """A preposition and the -ing form of a verb that needs an object, ending the sentence
    with none ("help with managing.")."""
    return _first(_BARE_GERUND, sentence)


# --- a comparison that lost its second term ----------------------------------------------

# "more tired compared with, even when ...", "better than; ...": the comparison's second term
# was cut (not "greater than, or equal to," nor "than, for example, ...": an aside).
_COMPARISON_BREAK = re.compile(
    r"(?<![\w'’-])(?:compared (?:with|to)|than|versus|vs\.?|rather than|similar to|as opposed "
    r"to)\s*[,;](?!\s*(?:for example|for instance|e\.g\.|say|in particular|at least|i\.e\.|"
    r"or|and)\b)",
    re.I,
)


def comparison_break(sentence: str) -> str | None:
    """A comparison word straight before a comma or semicolon: what was compared was cut."""
    return _first(_COMPARISON_BREAK, sentence)


# --- a passive that lost its 'been' ---------------------------------------------------------

# "has shown to be", "have demonstrated to improve": a perfect tense of a verb that takes an
# object, then "to": the passive's "been" was cut ("has been shown to be"). "has proven to be"
# and "has turned out to be" are whole ('prove' also means 'turn out'); so is an active perfect
# whose "to" names who was told ("Doctors had suggested to patients that ...", "has reported to
# the board"): only a verb after "to" shows the cut.
_MISSING_BEEN = re.compile(
    r"(?<![\w'’-])(?:has|have|had)\s+(?:(?:not|also|now|already|\w+ly)\s+)?"
    r"(?:shown|demonstrated|found|reported|observed|suggested|thought|believed|considered|"
    r"known|estimated|expected|predicted|said)\s+to\s+(?P<after>\w+)",
    re.I,
)


def missing_been(sentence: str) -> str | None:
    """A perfect tense that needs 'been' before its participle ("has shown to be")."""
    for m in _MISSING_BEEN.finditer(sentence):
        after = m["after"].lower()
        if after in PEOPLE_NOUNS or not (after in AUX or verb_or_past(after)):
            continue  # "had suggested to patients": to whom, not a verb
        return m.group(0)
    return None


# "were showed", "has been took", "There have been benefits showed with ...": a verb whose past
# tense and participle differ, in its past tense where its participle must stand (careful
# writing never has it: 0 of the 1,141 human summaries and abstracts in ../shared/data).
_PAST_NOT_PARTICIPLE = (
    r"(?:showed|took|gave|wrote|began|chose|grew|knew|drew|ate|rose|fell|broke|spoke|drove|"
    r"went|hid|forgot|undertook|overtook|withdrew)"
)
_PAST_FOR_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?:was|were|been|being|is|are)\s+(?:(?:not|also|\w+ly)\s+)?"
    rf"{_PAST_NOT_PARTICIPLE}(?![\w'’-])"
    r"|(?<![\w'’-])there\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?!(?:who|that|which|whose|where|when|and|or|but)\b)[\w-]+\s+){1,3}?"
    rf"{_PAST_NOT_PARTICIPLE}(?![\w'’-])"
    # "There was no showed benefit": the past tense as an adjective before its noun
    rf"|(?<![\w'’-])(?:no|a|an|the|any)\s+{_PAST_NOT_PARTICIPLE}\s+(?=[a-z])",
    re.I,
)


def past_for_participle(sentence: str) -> str | None:
    """A past tense where the participle must stand ("were showed", "There have been benefits
    showed")."""
    return _first(_PAST_FOR_PARTICIPLE, sentence)


# --- a quantity noun that lost its 'of' -----------------------------------------------------

# "an episode severe pain", "a number patients": a noun that counts or measures needs 'of'
# before what it counts. Nouns that also modify ("a group session", "a kind word", "a total
# score") are left out, and so is a verb after the noun ("the number needed to treat").
_QUANTITY = re.compile(
    r"(?<![\w'’-])(?:a|an|the|one|this|that|each)\s+(episode|number|proportion|"
    r"variety|amount|series|lot|handful)\s+([a-z][a-z-]*)(?![\w'’-])",
    re.I,
)
_AFTER_QUANTITY_OK = frozenset(
    """of more less better worse fewer greater larger smaller higher lower one two three four
    five six seven eight nine ten needed without within through across beyond above below
    toward towards since until taken given seen shown known chosen eaten written drawn""".split()
)


# "high risk having strangulation": a chance is 'of' what may happen ("a high risk of having").
_CHANCE_GERUND = re.compile(
    r"(?<![\w'’-])(?:high|higher|low|lower|increased|reduced|greater|small|smaller|big|bigger|"
    r"raised|the|a)\s+(?:risk|chance|likelihood|probability)\s+"
    r"(?!(?:being|following|according|including|regarding|concerning|during)\b)([a-z]{3,}ing)"
    r"(?![\w'’-])",
    re.I,
)


def missing_of(
    sentence: str, is_verb: Callable[[str], bool], function: frozenset[str]
) -> str | None:
    """A quantity noun followed straight by what it counts ("an episode severe pain"), or a
    chance followed straight by what may happen ("high risk having strangulation")."""
    chance = _CHANCE_GERUND.search(sentence)
    if chance:
        return chance.group(0)
    for m in _QUANTITY.finditer(sentence):
        word = m.group(2).lower()
        if (
            word in _AFTER_QUANTITY_OK
            or word in function
            or word.endswith(("ly", "ing", "ed"))
            or is_verb(word)
        ):
            continue
        return m.group(0)
    return None


# --- 'between' with one side only -----------------------------------------------------------

# "a link between the environment." or "a link between the environment, in mice.": 'between'
# names two sides, joined by 'and' ("between X and Y"); one thing alone, with no 'and' (or '&')
# anywhere after it, is a sentence whose "and Y" was cut. Only a singular phrase ending at a
# stop is judged: "between groups", "between them", "between each visit" and "in between." are
# whole, and so is a phrase running on into more words, where 'and' may be out of reach.
_BETWEEN = re.compile(
    r"(?<![\w'’-])between\s+(?P<np>(?:(?:the|a|an|this|that|its|his|her|their|our)\s+)?"
    r"(?:[a-z][a-z'’-]*\s+){0,3}[a-z][a-z'’-]*[a-z])\s*(?=[,;:.!?)]|$)",
    re.I,
)
_TWO_SIDES = re.compile(r"\b(?:and|or)\b|&", re.I)
_NOT_ONE_SIDE = frozenset(
    """them us you both each every either neither all these those two three several many
    people children men women is are was were be been has have had under over in of for""".split()
)


def lone_between(sentence: str) -> str | None:
    """'between' and one singular phrase, with no 'and' after it in the sentence ("a link
    between the environment."): the other side was cut."""
    for m in _BETWEEN.finditer(sentence):
        words = m.group("np").lower().split()
        if (
            _TWO_SIDES.search(sentence, m.start())
            or _NOT_ONE_SIDE.intersection(words)
            or any(w.endswith("ed") for w in words)
            or any(w.endswith("s") and not w.endswith(("ss", "us", "sis")) for w in words)
        ):
            continue
        return m.group(0)
    return None


# --- a relative word or 'from' left at the end -----------------------------------------------

# "... less likely to get worse than those who.": a relative word after a noun or pronoun, with
# nothing after it, is a clause cut at its start. Not after a word that takes a question ("it is
# not clear which.", "who had contact with who."): the question is elided, not cut.
_RELATIVE_END = re.compile(
    r"(?<![\w'’-])(?P<before>[a-z]+)\s+(?P<rel>who|whom|whose|which|that)\s*[.!?][\"'”’)]*\s*$",
    re.I,
)
_TAKES_QUESTION = frozenset(
    """know knew known unclear clear sure unsure certain uncertain say said tell told ask asked
    decide decided see saw matter matters show showed learn learned wonder wondered guess
    with to for about of on by from and or but""".split()
)
# 'that' ends whole sentences ("more than that", "they did not know that"): only after a word
# it must relate to is it cut
_THAT_AFTER = frozenset("those these ones one anyone everyone someone people".split())
# "Many felt tired and cut off from.": 'from' is stranded only by a relative or question word
# ("those that did were too weak to draw conclusions from"), a clause's own subject ("the
# place they came from") or an infinitive ("too few to learn from"); with none in the
# sentence its object was cut
_FROM_END = re.compile(r"(?<![\w'’-])(?:[a-z]+\s+){1,2}from\s*[.!?][\"'”’)]*\s*$", re.I)
_STRANDS_FROM = re.compile(
    r"\b(?:that|which|who|whom|whose|what|whatever|where|wherever|they|we|you|he|she|i|it|"
    r"people|to [a-z]+)\b",
    re.I,
)


def _which_was_which(before: str, rel: str, earlier: str) -> bool:
    """Whether the end is the idiom that pairs a question word with itself across a verb
    ("nobody knew which pill was which", "who was who"): whole, not cut."""
    return before in AUX and re.search(rf"(?<![\w'’-]){rel}(?![\w'’-])", earlier, re.I) is not None


# "The reviewers found 15 trials with 702 adults with MS it.": an object pronoun that ends a
# sentence straight after a noun that takes no object (a short form, a number, people or
# studies counted) is a word left from a cut; in human lay summaries 'it'/'them' at the end
# always follows a verb or a preposition ("to use it", "in them").
_PRONOUN_END = re.compile(
    r"(?<![\w'’-])(?P<before>[A-Za-z0-9][\w'’-]*)\s+(?:it|them)\s*[.!?][\"'”’)]*\s*$"
)
_NO_OBJECT = PEOPLE_NOUNS | STUDY_NOUNS | ANIMAL_NOUNS


def _stray_pronoun(sentence: str) -> str | None:
    m = _PRONOUN_END.search(sentence)
    if m is None:
        return None
    before = m["before"]
    if before[0].isdigit() or (before.isupper() and len(before) > 1) or before in _NO_OBJECT:
        return m.group(0).rstrip(".!?\"'”’) ")
    return None


# The ends those three patterns close on, which every match of theirs holds: asked first, as a
# pattern anchored at the end is otherwise tried from every word of the sentence (most
# sentences end on none of these words).
_CUT_ENDS = re.compile(r"(?:who|whom|whose|which|that|from|it|them)\s*[.!?][\"'”’)]*\s*$", re.I)


def cut_end(sentence: str) -> str | None:
    """A sentence that ends on a relative word after the noun it relates to ("than those
    who."), on 'from' with nothing before it that lets 'from' end a sentence ("cut off
    from."), or on 'it'/'them' after a noun that takes no object ("adults with MS it."): the
    rest was cut."""
    if not caseless.search(_CUT_ENDS, sentence):
        return None
    m = _RELATIVE_END.search(sentence)
    if m and not m["rel"].isupper():  # "recommended by the WHO.": a name, not 'who'
        before, rel = m["before"].lower(), m["rel"].lower()
        if (
            before not in _TAKES_QUESTION
            and not verb_or_past(before)  # "who met who.": a question's object
            and (rel != "that" or before in _THAT_AFTER)
            and not _which_was_which(before, rel, sentence[: m.start()])
        ):
            return f"{m['before']} {m['rel']}"
    m = _FROM_END.search(sentence)
    # a subject pronoun strands 'from' in a clause after its noun ("the place they came from"),
    # not as the sentence's own subject ("It covered two flu seasons from.")
    first = re.match(r"\W*\w+", sentence)
    if m and not _STRANDS_FROM.search(sentence, first.end() if first else 0, m.end()):
        return m.group(0).rstrip(".!?\"'”’) ")
    return _stray_pronoun(sentence)
