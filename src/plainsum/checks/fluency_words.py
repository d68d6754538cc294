"""Fluency rules that need a word's sound or form (used by plainsum.checks.fluency):

- article: 'a'/'an' against the sound of the next word ("an unique", "a hour", "an one-year");
  abbreviations read as letters ("an MS clinic", "a US study"; "a RR" is left alone: writers
  read it as "a risk ratio"), digits read as words ("an 18-month trial", "a 12-week"); a word
  whose sound is not sure from its spelling is left alone
- one_plural: 'one' before a plural noun ("one randomised trials"), not 'one of', 'one in ten'
- capital_verb: a verb capitalised mid-sentence after 'to' or a modal ("wanted to Assess");
  left alone inside a run of capitalised words (a title or a trial's name)
- more_er: 'more' + a one-syllable adjective that has common -er and -est forms, where it cannot
  be 'more' of a noun phrase ("is more strong than", "became more clear.")
- bare_adjective: a preposition, then an adjective (-ic, -ive, -ous) that ends the sentence or
  clause with no noun ("of hypovolaemic.", "in response to antihypertensive.")
- opening_connective: a section's first sentence opens with a word that refers back to a
  sentence that is not there ("However, ...", "But ...")

Each returns the offending span, or None. Pure functions, a few microseconds per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import syllables, zipf
from ..plain.wholeness import article_sound

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


# --- a section that opens by referring back ------------------------------------------------

_BACK_REFERENCE = re.compile(
    r"[\"'“‘(]*(?:But|Yet|However|Consequently|Therefore|Thus|Hence|Moreover|Furthermore|"
    r"Nevertheless|Nonetheless|Conversely|In contrast|By contrast|In addition|Additionally|"
    r"On the other hand|As a result|Instead|Likewise|Similarly)\b(?![-’'])(?! far\b)"
)


def opening_connective(first_sentence: str) -> str | None:
    """The connective a section's first sentence opens with, referring back to nothing."""
    m = _BACK_REFERENCE.match(first_sentence)
    if not m:
        return None
    return m.group(0).strip("\"'“‘(")


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
    m = _BARE_GERUND.search(sentence)
    return m.group(0) if m else None


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
    m = _ARTICLE_ADJECTIVE_END.search(sentence)
    return m.group(0) if m else None


# --- a passive that lost its 'been' ---------------------------------------------------------

# "has shown to be", "have demonstrated to improve": a perfect tense of a verb that takes an
# object, then "to": the passive's "been" was cut ("has been shown to be"). "has proven to be"
# and "has turned out to be" are whole ('prove' also means 'turn out').
_MISSING_BEEN = re.compile(
    r"(?<![\w'’-])(?:has|have|had)\s+(?:(?:not|also|now|already|\w+ly)\s+)?"
    r"(?:shown|demonstrated|found|reported|observed|suggested|thought|believed|considered|"
    r"known|estimated|expected|predicted|said)\s+to\s+\w+",
    re.I,
)


def missing_been(sentence: str) -> str | None:
    """A perfect tense that needs 'been' before its participle ("has shown to be")."""
    m = _MISSING_BEEN.search(sentence)
    return m.group(0) if m else None


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


# --- a headline that opens on an 'it' standing for something named before -------------------

# "It is unlikely to help", "It reduced relapses": the 'it' is a thing the headline never names.
# The empty 'it' of "It is not clear whether ...", "It is possible to ...", "It seems that ..."
# names nothing and points back to nothing. 'likely to' and 'unlikely to' take their subject
# from the thing itself ("the drug is unlikely to help"), so an 'it' before them points back.
_LEANING_IT = re.compile(
    r"[\"'“‘(]*(It)\b(?![-’'])(?!\s+(?:is|was|remains|remained|seems|seemed|appears|appeared|"
    r"has been|had been|may be|might be|could be|would be|will be|takes|took)\b"
    r"(?!\s+(?:not\s+|also\s+|very\s+)?(?:un)?likely\s+to\b))"
)


def leaning_it(first_sentence: str) -> str | None:
    """The opening 'It' of a sentence read alone, when it stands for a thing never named."""
    m = _LEANING_IT.match(first_sentence)
    return m.group(1) if m else None


# --- a first sentence that leans on one that is not there -----------------------------------

# "These patients ...", "Such changes ...", "His symptoms ...", "They also ...": a word that
# points back to something the text has not named yet. "This study" and "It was a study" name
# their own subject; "also" leans on an earlier finding ("also known as" names a thing).
_POINTS_BACK = re.compile(r"[\"'“‘(]*(These|Those|Such|His|Her|Their|They|He|She)\b(?![-’'])")
_ALSO = re.compile(
    r"(?<![\w'’-])also\b(?!\s+(?:known|called|named|termed|referred|spelled|written)\b)", re.I
)
# "The drug also ...", "Mice given the drug also ...": an 'also' that leans on an earlier
# finding stands by its subject; deeper in a long first sentence ("... suggested that
# ventilation can also cause harm") it adds to what the sentence itself implies.
ALSO_REACH = 5
_EARLIER_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|whereas|as well as|than)\b", re.I)


def leans_back(first_sentence: str) -> str | None:
    """The word by which a text's first sentence points back to something never named: a
    pointing word that opens it, or an 'also' with no earlier clause of its own to lean on."""
    m = _POINTS_BACK.match(first_sentence)
    if m:
        return m.group(1)
    also = _ALSO.search(first_sentence)
    if (
        also
        and len(first_sentence[: also.start()].split()) <= ALSO_REACH
        and not _EARLIER_CLAUSE.search(first_sentence, 0, also.start())
    ):
        return also.group(0)
    return None


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
