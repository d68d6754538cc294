"""Fluency rules on a sentence's grammar that a cut or a swap broke, judged by which word may
stand where, not by length or rare words (used by plainsum.checks.fluency):

- number_agreement: a number above one before a singular noun that a verb or preposition
  follows ("All nine trial was judged ...", "ten patient with"): a swap lost the plural
- subject_agreement: an opening subject and its verb that disagree ("The trial were"), or a
  singular subject after "no" with a plural verb ("no clear difference were noted")
- determiner_break: 'the'/'a' straight before a word that cannot open a noun phrase ("reads
  the on the surface", "the with"): the noun was cut
- stranded_aux: 'it was' / 'walk were' ending a sentence with nothing in the sentence that
  lets the verb end it ('than', 'as', 'what', 'where' ...): words were left from a cut

The rules on clauses a cut left without a verb or an object are in fluency_clauses; the
agreement rules a swap broke in fluency_agreement; both are listed here, in one order.

Each returns the offending span, or None. Pure functions, a few microseconds per sentence.
"""

from __future__ import annotations

import re

from .. import caseless
from ..lexicon import zipf
from ..word_start import word_char
from .fluency_agreement import RULES as AGREEMENT_RULES
from .fluency_clauses import (
    cut_object,
    modal_break,
    no_main_verb,
    verbless_main,
    verbless_relative,
)
from .fluency_cuts import comparison_break
from .fluency_forms import comparison_to, have_bare
from .fluency_problem import Problem
from .verbs import AUX, FUNCTION, WORD, verb_or_past

# --- a number above one before a singular noun -------------------------------------------

_MANY = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred|several|many|both|few|these|those|(?<![.,])\b[2-9]\d*|(?<![.,])\b[1-9]\d+"
)
_NUMBER_NOUN = re.compile(
    rf"(?<![\w'’.-])(?P<count>{_MANY})\s+(?P<noun>[a-z]{{3,}})"
    r"(?=\s+(?:is|are|was|were|has|have|had|with|in|from|who|which|that)\b|\s*[.;!?]\s*$)",
    re.I,
)
# Plurals without an -s, nouns that count in the singular, and units ("two data were",
# "four percent of", "20 mg of", "both sexes"): not a lost plural.
_PLURAL_OR_UNIT = frozenset(
    """data media criteria phenomena bacteria people men women children feet teeth mice geese
    sheep fish deer series species staff personnel cattle police percent dozen hundred thousand
    million billion pair mg kg ml min year month week day hour minute times alike alone together
    one two three four five six seven eight nine ten
    apart each other more less further out up down off over away back low high""".split()
)
# A number that names rather than counts: a version, a year or a scale's point ("the RoB 2
# tool", "the 2005 update", "an ACR 70 response", "a 2 x 2 table").
_NAMING_NUMBER = re.compile(r"(?:[A-Z][\w-]*|x|\d+)\s+$")
# ... or a word that makes the number a name ("a phase 2 trial is planned", "stage 3 disease
# was", "type 2 diabetes in", "a grade 4 event was")
_NAMING_WORD = re.compile(
    r"\b(?:phase|stage|type|grade|class|level|step|tier|version|wave|cycle|round|part|visit|"
    r"week|day|month|dose|arm|cohort|number|no)\s+$",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_JOINED_BEFORE = re.compile(r"\b(?:and|or|but|while|whereas)\s+$", re.I)
MIN_PLURAL_ZIPF = 3.0  # the -s form must be a common word: then the singular is a count noun


def _plural(noun: str) -> str:
    """The regular plural of a singular noun ("study" -> "studies", "box" -> "boxes")."""
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def number_agreement(sentence: str) -> str | None:
    """A number above one (or 'both', 'several', 'these' ...) before a singular count noun that
    a verb or a preposition follows: the plural was lost ("nine trial was")."""
    for m in caseless.finditer(_NUMBER_NOUN, sentence):
        noun, count = m["noun"].lower(), m["count"]
        if count[0].isdigit() and (
            _YEAR.fullmatch(count) or _NAMING_NUMBER.search(sentence, 0, m.start())
        ):
            continue
        if _NAMING_WORD.search(sentence, 0, m.start()):
            continue  # a name, in figures or in words: "by day four there was", "phase two"
        if (
            noun.endswith(("s", "ed", "ing", "ly"))
            or noun in AUX
            or noun in _PLURAL_OR_UNIT
            or noun in FUNCTION
            or (verb_or_past(noun) and not count[0].isdigit())  # "these work by", not "12 study"
            # a count that is the subject of its own verb: "1,318 kept smoking and 828 quit."
            or (verb_or_past(noun) and _JOINED_BEFORE.search(sentence, 0, m.start()))
            or zipf(_plural(noun)) < MIN_PLURAL_ZIPF
            or zipf(noun) < MIN_PLURAL_ZIPF
        ):
            continue
        return m.group(0)
    return None


# --- a subject and its verb that disagree in number --------------------------------------

# "The trial were small.", "The trials was small.": a swap changed the noun or the verb. Only a
# subject that opens the sentence is judged (in "the people in the trial were" the verb's
# subject is further back), and collective nouns take either verb in British English ("The team
# were").
# A possessive opens a subject too ("The patient's symptoms was", "Her fracture were").
_POSSESSIVE = r"|The\s+[a-z]+['’]s|Their|Her|His|Its|Our|Your"
_SINGULAR_SUBJECT = re.compile(
    rf"^[\"'“‘(]*(?:The|This|That|Each|Every|One|A|An{_POSSESSIVE})\s+(?P<noun>[a-z]{{3,}})\s+"
    r"(?P<verb>were|are|have)\b"
)
_PLURAL_SUBJECT = re.compile(
    rf"^[\"'“‘(]*(?:The|These|Those|Both|Many|Most|All{_POSSESSIVE})\s+(?P<noun>[a-z]{{3,}}s)\s+"
    r"(?P<verb>was|is|has)\b"
)
# "No clear difference were noted": a negated subject anywhere in the sentence, its head the
# word before the verb; the words between "No" and the head must be modifiers, not a phrase of
# their own ("No signs of infection were seen": the head is "signs").
_NO_SUBJECT = re.compile(
    # ... not one side of a pair ("placebo or no treatment were", "little or no control are")
    r"(?<![\w'’-])(?<!\bor )(?<!\band )(?<!\bnor )(?<!\bversus )(?<!\bvs )(?<!\bwith )"
    r"[Nn]o\s+(?P<mods>(?:[a-z]+\s+){0,2}?)(?P<noun>[a-z]{3,})\s+(?P<verb>were|are)\b"
)
_COLLECTIVE = frozenset(
    """group team staff family majority minority public government committee panel population
    couple pair crew jury audience police cattle data media rest remainder number total
    proportion percentage""".split()
)
_NOT_PLURAL_S = ("ss", "us", "is", "ics", "ous", "sis")
# "The rate of serious problems, lymphoma and heart failure were not clearly different": a
# measure of things, its head singular, whose verb a rewrite made agree with the things. Only
# heads that name one measure are read (not "number", "proportion" or "majority", which many
# writers let the things decide), the subject opens the sentence or follows its opening phrase,
# and the words between hold no verb of their own ("who took", "that were") and no second
# subject ("and the death rate").
_MEASURE_HEADS = (
    "rate|risk|chance|likelihood|share|incidence|prevalence|frequency|level|quality|size|"
    "severity|safety|occurrence|change|difference|amount|cost|duration|effect|"
    "effectiveness|use|need|result|outcome|response"
)
_MEASURE_SUBJECT = re.compile(
    rf"^(?:[\"'“‘(]*|[A-Z][^,;:]{{0,80}}, )(?:[Tt]he|[Tt]his|[Tt]hat) (?:[a-z-]+ )?"
    rf"(?P<head>{_MEASURE_HEADS}) (?:of|in|between|among|for) "
    r"(?P<between>[a-z0-9,'’-]+(?: [a-z0-9,'’-]+){0,9}?) (?P<verb>were|are)\b"
)
_OWN_VERB_OR_SUBJECT = re.compile(
    r"\b(?:who|whom|whose|which|that|than|when|where|while|because|if|as|was|were|is|are|has|"
    r"have|had|did|do|does|both|either|neither)\b|\b(?:and|or|but),? (?:the|its|their|his|her|"
    r"our|this|that|these|those)\b"
)


def subject_agreement(sentence: str) -> str | None:
    """An opening subject and its verb that disagree in number ("The trial were", "The
    trials was"), or a singular subject after "no" with a plural verb ("no clear difference
    were noted")."""
    m = _SINGULAR_SUBJECT.match(sentence)
    if m and _count_noun(m["noun"]) and m["noun"] not in _COLLECTIVE:
        return f"{m['noun']} {m['verb']}"
    m = _PLURAL_SUBJECT.match(sentence)
    if m and not m["noun"].endswith(_NOT_PLURAL_S) and _count_noun(_singular(m["noun"])):
        return f"{m['noun']} {m['verb']}"
    for m in _NO_SUBJECT.finditer(sentence):
        mods = m["mods"].split()
        if any(w in FUNCTION or w in AUX or w.endswith("s") for w in mods):
            continue  # "No one in the groups were", "No patients ... ": not one noun phrase
        if _count_noun(m["noun"]) and m["noun"] not in _COLLECTIVE:
            return f"{m['noun']} {m['verb']}"
    m = _MEASURE_SUBJECT.match(sentence)
    if m and not _OWN_VERB_OR_SUBJECT.search(m["between"]):
        return sentence[m.start("head") : m.end("verb")]
    return None


def _singular(noun: str) -> str:
    """The singular of a regular plural ("studies" -> "study", "trials" -> "trial")."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "sses")):
        return noun[:-2]
    return noun[:-1]


def _count_noun(noun: str) -> bool:
    """Whether a singular word after an article is a common count noun (its plural common
    too), not a function word, an irregular plural or a collective."""
    return (
        noun not in FUNCTION
        and noun not in AUX
        and noun not in _PLURAL_OR_UNIT  # "The women were", "The data were"
        and not noun.endswith(("ed", "ing", "ly"))
        and zipf(noun) >= MIN_PLURAL_ZIPF
        and zipf(_plural(noun)) >= MIN_PLURAL_ZIPF
    )


# --- a determiner before a word that cannot follow it -------------------------------------

_DETERMINER_BREAK = re.compile(
    r"(?<![\w'’-])(?:(?:the|The|a|an|its|Its|their|Their|our|Our|your|Your)\s+(?:on|in|at|for|"
    r"with|from|by|into|than|who|which|been|be|will|can|could|should|would|must|did|does|had|"
    # a question word where a swap put a clause for a noun: "its how well people put up with
    # it", "the what the study found"
    r"how|what|why|whether)"
    # 'its' and 'their' own a noun, never a verb or another article: "their were", "its the"
    r"|(?:its|Its|their|Their|our|Our|your|Your)\s+(?:is|are|was|were|has|have|the|a|an))"
    r"(?![\w'’-])"
    r"(?!\s+(?:vitro|vivo|situ|utero|silico|toto)\b)"
)
_LETTER_BEFORE = re.compile(
    r"(?:vitamin|type|group|grade|class|phase|part|step|hepatitis|plan|arm|stage|level|list)\s+$",
    re.I,
)


def determiner_break(sentence: str) -> str | None:
    """'the'/'a'/'an' or 'its'/'their' straight before a preposition, a relative or question
    word or an auxiliary ("reads the on the surface", "its how well"): the noun between them was
    cut, or a swap put a clause where the noun stood."""
    for m in _DETERMINER_BREAK.finditer(sentence):
        if m.group(0)[0] in "aA" and _LETTER_BEFORE.search(sentence[: m.start()]):
            continue  # "vitamin A in", "group A with": a letter, not an article
        return m.group(0)
    return None


# --- 'the' + an adjective that ends the sentence ------------------------------------------

# "... or the harmless.": after 'the' (or 'their', 'its' ...) a word that is only an adjective
# cannot end the sentence; its noun was cut. Adjectives that name a group of people ("the
# elderly", "the young", "the poor") or stand for a noun ("the latter") are left alone.
_DET_ADJECTIVE_END = re.compile(
    r"(?<![\w'’-])(?:the|their|its|our|your)\s+"
    r"((?:short|small|large|major|minor|single|brief|mild|severe|serious|rare|safe|useful|"
    r"similar|different|important|significant|specific|harmful|harmless|effective|available)|"
    r"[a-z]{3,}(?:ful|ous|less))(?=\s*[.!;]\W*$)",
    re.I,
)


def determiner_adjective_end(sentence: str) -> str | None:
    """'the' (or a possessive) and an adjective ending the sentence with no noun ("or the
    harmless.")."""
    m = caseless.search(_DET_ADJECTIVE_END, sentence)
    return m.group(0) if m else None


# --- an auxiliary stranded at the end -----------------------------------------------------

# "... straight after hearing it was.", "... who could walk were.": a sentence may end on 'was'
# only where something lets the verb close it: a comparison ("than it was", "as it was"), a
# question word ("what it was", "where they were", "how bad it is"), or 'so'/'nor' inversion.
_END_AUX = re.compile(r"(?P<before>[A-Za-z][\w'’-]*)\s+(?P<aux>is|are|was|were)\s*[.!]\W*$")
_LETS_AUX_END = re.compile(
    r"(?<![\w'’-])(?:than|as|what|whatever|where|wherever|how|who|whom|which|whether|if|so|"
    r"nor|neither|there|here|when|why|whoever|though|although|because|whichever|"
    r"that|such|unlike|like)(?![\w'’-])",
    re.I,
)
_CORRELATIVE = re.compile(r"\b[Tt]he\s+(?:more|less|better|worse|[a-z]{2,}er)\b")
MIN_AUX_SENTENCE = 4  # "Yes, it was." and "They were." are whole
_AUX_ENDS = ("is", "are", "was", "were")  # `_END_AUX`'s verbs


def may_end_on_aux(sentence: str) -> bool:
    """False when `_END_AUX` cannot match `sentence`: its verb ends where the sentence's last
    word ends (only non-word characters follow it), so that word must end in one (a quick
    test: most sentences end on another word, and the pattern is tried at every letter)."""
    end = len(sentence)
    while end and not word_char(sentence[end - 1]):
        end -= 1
    return sentence.endswith(_AUX_ENDS, 0, end)


# "Although the patients were not masked, the assessors were.": the verb said once in an earlier
# clause and left out after it; a clause break (a comma, 'but', 'and', 'while') must stand
# between the two ("... if their treatment is safe around pregnancy is." has none: words left).
_ELLIPSIS = re.compile(r"[,;]|(?<![\w'’-])(?:but|and|while|whereas|yet|or)(?![\w'’-])", re.I)


def _elided(aux: str, earlier: str) -> bool:
    """Whether `earlier` (the sentence before its last words) says `aux` in a clause of its own
    that a clause break closes before the end."""
    uses = list(re.finditer(rf"(?<![\w'’-]){aux}(?![\w'’-])", earlier, re.I))
    return bool(uses) and _ELLIPSIS.search(earlier, uses[-1].end()) is not None


def stranded_aux(sentence: str) -> str | None:
    """A sentence that ends on 'is'/'are'/'was'/'were' with nothing before it that lets the
    verb end it: the span is the last two words."""
    if not may_end_on_aux(sentence):
        return None
    m = _END_AUX.search(sentence)
    if not m or len(WORD.findall(sentence)) < MIN_AUX_SENTENCE:
        return None
    if _CORRELATIVE.search(sentence) or _elided(m["aux"], sentence[: m.start("before")]):
        return None  # "the more accurate the test is"; "X were not masked, Y were."
    licences = list(_LETS_AUX_END.finditer(sentence, 0, m.start("aux")))
    if licences:
        between = WORD.findall(sentence[licences[-1].end() : m.start("aux")])
        if not any(w.lower() in AUX for w in between):
            return None  # "than it was", "what they were"; not "who could walk were"
    return f"{m['before']} {m['aux']}"


# --- the rules as problems ------------------------------------------------------------------

_RULES = (
    (
        "number_agreement",
        number_agreement,
        "'{}': a number above one before a singular noun; a word was swapped or cut.",
        "Make the noun plural ('nine trials were'), or fix the number.",
        False,
    ),
    (
        "subject_agreement",
        subject_agreement,
        "'{}': the subject and its verb disagree in number; a word was swapped.",
        "Make them agree ('The trial was', 'The trials were').",
        False,
    ),
    (
        "cut_object",
        cut_object,
        "'{}': the verb has lost its object; words were cut.",
        "Say what was tracked or found ('They tracked sphingolipids, a family of fats').",
        False,
    ),
    (
        "determiner_break",
        determiner_break,
        "'{}': 'the' or 'a' with no noun after it; words were cut.",
        "Put back the noun ('the proteins on the surface'), or rewrite the sentence.",
        False,
    ),
    (
        "determiner_break",
        determiner_adjective_end,
        "'{}': an adjective with no noun after it; the noun was cut.",
        "Put back the noun it describes ('the harmless condition').",
        False,
    ),
    (
        "stranded_aux",
        stranded_aux,
        "'{}': the sentence ends on its verb with nothing to finish it; words were left from "
        "a cut.",
        "End the sentence where its thought ends, or finish the clause.",
        False,
    ),
    (
        "verbless_relative",
        verbless_relative,
        "'{}': a 'who' or 'which' clause with no verb; the clause was cut.",
        "Say what the people or things did ('who had taken them for 15 years').",
        True,
    ),
    (
        "no_main_verb",
        no_main_verb,
        "'{}': the sentence's subject has no verb of its own after its clause; the main verb "
        "was cut.",
        "Put back the verb ('People who napped longer were more likely ...').",
        True,
    ),
    (
        "verbless_main",
        verbless_main,
        "'{}': the main clause after the opening 'when' or 'if' clause has no verb; the verb "
        "was cut.",
        "Put back the verb ('When they removed it, the cysts did not form').",
        True,
    ),
    (
        "modal_break",
        modal_break,
        "'{}': a modal with no verb after it; the verb was cut.",
        "Put back the verb ('may make little or no difference').",
        False,
    ),
    (
        "comparison_break",
        comparison_break,
        "'{}': a comparison with nothing to compare with; words were cut.",
        "Say what it was compared with ('more tired than those who slept well').",
        False,
    ),
    (
        "have_bare",
        have_bare,
        "'{}': after 'have', 'has' or 'had' the verb needs its participle ('had improved').",
        "Use the verb's participle ('had improved', 'has reduced').",
        False,
    ),
    (
        "comparison_to",
        comparison_to,
        "'{}': a comparison is joined to what it is compared with by 'to'.",
        "Compare with 'than' ('did worse than those on the placebo').",
        False,
    ),
    *AGREEMENT_RULES,
)
RULES = tuple(dict.fromkeys(rule for rule, *_ in _RULES))


def grammar_problems(sentence: str, *, clause_rules: bool = True) -> list[Problem]:
    """Every grammar problem of one sentence; `clause_rules` False leaves out the rules that
    ask for a verb (a headline or a labelled fragment may lack one)."""
    problems = []
    for rule, find, message, hint, needs_verb in _RULES:
        if needs_verb and not clause_rules:
            continue
        span = find(sentence)
        if span:
            problems.append(Problem(rule, span, message.format(span), hint))
    return problems
