"""Fluency rules on words that must agree with each other, broken by a swap or a half-done
rewrite (used by plainsum.checks.fluency_grammar); judged by grammar, not by wording:

- doubled_verb: one verb on both sides of its own auxiliary ("Deaths differ did not differ",
  "scores rise did not rise"): a rewrite kept the old verb beside the new one
- do_past: 'did'/'does' or a modal before a past or -ing form ("did not reduced", "may
  improved", "did not cooling"): after them English takes the bare verb
- modal_s: a modal before a verb's -s form ("may prevails", "can improves"), often a slip
  copied from the source
- singular_plural: 'a'/'an'/'each'/'every' opening a noun phrase whose head is plural ("a
  small drops in", "each trials was"), or 'There were a' before one thing ("There were a
  clear effect")
- of_itself: a noun repeated in its own 'of' phrase ("the results of the result", "cells of
  the cells"): words left from a cut
- and_agreement: a verb's -s form and a bare verb after 'and' sharing its subject ("promotes
  repair and support testing"), `plainsum.checks.fluency_coordination`
- bare_plural_was: a bare plural opening the sentence, its modifier, then 'was' or 'is' with a
  figure and no verb after it ("Patients classified as insulin dependent was 64% and 12.5%."):
  a rewrite dropped the share or rate the figure measured ("The share of patients ... was")

Each returns the offending span, or None. Pure functions, a few microseconds per sentence.
"""

from __future__ import annotations

import re

from ..evidence_words import stem
from ..lexicon import zipf
from .fluency_coordination import and_agreement
from .verbs import AUX, FUNCTION, IRREGULAR, PAST_BARE, VERBS, WORD, finite_in, verb_forms

MIN_COMMON_ZIPF = 3.0  # a word this common is a known English word, not a name or a term
MIN_SUPERLATIVE_ZIPF = 2.0  # "-er" and "-est" forms this common: a word that compares
MAX_PLURAL_OF_ADJECTIVE = 2.5  # an adjective has no common -s form ("clears" is a verb's)

# --- one verb on both sides of its auxiliary ----------------------------------------------

# Found from the auxiliary, the rare part, and the word before it read from there.
_AUX_NOT = re.compile(
    r"(?<![\w'’-])(?:did|do|does|could|would|can|may|might|will|should)(?:\s+not|n['’]t)?\s+"
    r"(?P<after>[a-z]{3,})(?![\w'’-])"
)
_LAST_WORD = re.compile(r"(?<![\w'’-])([a-z]{3,})\s+$")
_DETERMINED = re.compile(
    r"(?<![\w'’-])(?:the|a|an|this|that|each|every|its|their|his|her|our|your|no)\s+$", re.I
)


def doubled_verb(sentence: str) -> str | None:
    """The same verb just before and just after an auxiliary ("length of stay differ did not
    differ"): the subject's verb is said twice."""
    for m in _AUX_NOT.finditer(sentence):
        last = _LAST_WORD.search(sentence, max(0, m.start() - 40), m.start())
        if not last:
            continue
        before, after = last.group(1), m["after"]
        if before in FUNCTION or before in AUX or not verb_forms(after):
            continue
        # a noun subject before its own verb: "Most studies did not study harms", "The test
        # did not test memory" (a plural, or a word after a determiner, names a thing)
        if (before.endswith("s") and not before.endswith("ss")) or _DETERMINED.search(
            sentence, max(0, last.start() - 12), last.start()
        ):
            continue
        if stem(before) == stem(after):
            return sentence[last.start() : m.end()]
    return None


# --- 'did' or a modal before a past form -----------------------------------------------------

_DO_PAST = re.compile(
    r"(?<![\w'’-])(?:(?:did|does|do)(?:\s+not|n['’]t)|cannot|(?:can|could|may|might|will|would|"
    r"should|must)(?:\s+not|n['’]t)?)\s+(?P<verb>[a-z]{3,}(?:ed|ied))(?![\w'’-])"
)
# ... or an irregular past ("did not found", "may shown"): `verbs.PAST_BARE` knows its bare verb
_DO_IRREGULAR = re.compile(
    r"(?<![\w'’-])(?:(?:did|does|do)(?:\s+not|n['’]t)|cannot|(?:can|could|may|might|will|would|"
    r"should|must)(?:\s+not|n['’]t)?)\s+(?P<verb>[a-z]{3,})(?![\w'’-])"
)
# ... or its -ing form ("did not cooling", "may reducing"): a swap left the wrong form
_DO_ING = re.compile(
    r"(?<![\w'’-])(?:(?:did|does|do)(?:\s+not|n['’]t)|cannot|(?:can|could|may|might|will|would|"
    r"should|must)(?:\s+not|n['’]t)?)\s+(?P<verb>[a-z]{2,}ing)(?![\w'’-])"
)
# Bare verbs and other words that end in -ing ("could bring", "did nothing").
_BASE_ING = frozenset(
    """bring sing ring sting string swing spring fling cling sling wring thing nothing something
    anything everything""".split()
)
# Bare verbs that end in -ed ("did not need", "may exceed").
_BASE_ED = frozenset(
    """need exceed proceed succeed feed bleed breed speed embed shed heed seed weed shred wed
    plead impede recede concede precede intercede supersede""".split()
)


def do_past(sentence: str) -> str | None:
    """'did not' (or 'does not', a modal) with a past form where the bare verb belongs ("did
    not reduced", "did not found"); a verb whose bare form ends in -ed ("did not need") is
    left alone, and 'did' without 'not' may open a question ("nor did treated mice")."""
    for m in _DO_PAST.finditer(sentence):
        verb = m["verb"].lower()
        base_known = verb_forms(verb) or max(zipf(verb[:-1]), zipf(verb[:-2])) >= MIN_COMMON_ZIPF
        if verb in _BASE_ED or not base_known:
            continue
        return m.group(0)
    for m in _DO_IRREGULAR.finditer(sentence):
        if m["verb"].lower() in PAST_BARE:
            return m.group(0)
    for m in _DO_ING.finditer(sentence):
        verb = m["verb"].lower()
        stem = verb[:-3]
        bases = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
        if verb in _BASE_ING or not (
            verb_forms(verb) or max(zipf(b) for b in bases) >= MIN_COMMON_ZIPF
        ):
            continue
        return m.group(0)
    return None


# --- a modal before a verb's -s form ------------------------------------------------------------

_MODAL_S = re.compile(
    r"(?<![\w'’-])(?:can|could|may|might|will|would|should|must)(?:\s+not|n['’]t)?\s+"
    r"(?P<verb>[a-z]{3,}s)(?![\w'’-])"
)
# Words ending in -s that may follow a modal: adverbs and the like ("may sometimes", "can thus")
_AFTER_MODAL_S = frozenset(
    """always sometimes perhaps thus nevertheless nonetheless regardless besides afterwards
    towards as less unless us this was is has does its yes plus whereas hers ours yours
    theirs""".split()
)


_WH_BEFORE = re.compile(r"\b(?:how|what|why|when|where|who|which|whether)\s+$", re.I)


def modal_s(sentence: str) -> str | None:
    """A modal before a verb's -s form ("may prevails", "can improves"): after a modal English
    takes the bare verb; a copied source's slip as much as a rewrite's."""
    if sentence.rstrip().endswith("?"):
        return None  # "How can adults be helped?": a question puts the subject after the modal
    for m in _MODAL_S.finditer(sentence):
        verb = m["verb"]
        if verb in _AFTER_MODAL_S or verb.endswith(("ss", "us", "is", "ous", "ics")):
            continue
        if _WH_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        bases = [verb[:-1]] + ([verb[:-2]] if verb.endswith("es") else [])
        if verb_forms(verb) and verb not in VERBS or any(zipf(b) >= MIN_COMMON_ZIPF for b in bases):
            return m.group(0)
    return None


# --- 'a' before a plural head; 'There were a' before one thing -------------------------------

_SINGLE_DET = re.compile(
    r"(?<![\w'’-])(?:a|an|A|An|each|Each|every|Every)\s+(?P<phrase>[^,;:()]{1,80})"
)
_PHRASE_WORD = re.compile(r"[\w'’-]+")
_PLURAL_SOON = re.compile(r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+s\b")
_OPENING_PHRASE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)\W*(?:in|after|during|over|for|from|at|on|by|across|"
    r"among|within|before|since|until|with|without|through|under|unlike|like|despite)\s+$",
    re.I,
)
# Plurals in form that are singular in use ("a series", "a means", "a species").
_SINGULAR_S = frozenset(
    """series means species news headquarters crossroads lens gas bus plus corps mumps odds
    measles diabetes rabies herpes scabies rickets thanks""".split()
)
_NOT_PLURAL_S = ("ss", "us", "is", "ics", "ous", "sis", "'s", "’s")
# Words that end a noun phrase: what follows its head.
_AFTER_HEAD = (
    FUNCTION
    | AUX
    | frozenset(
        """than who which that whose towards toward whereby whereas unless despite regarding
    including following plus minus besides""".split()
    )
)
# What a plural head may go on with, where a verb's -s form would take an object.
_PLURAL_FOLLOWS = AUX | frozenset(
    """in of for with on at to from by after during over among between than who which that
    whose were are have had""".split()
)
MAX_MODIFIERS = 3  # "a clear treatment effect": up to three words before the head
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million dozen half""".split()
)  # "every two weeks", "a further three trials": the number counts the plural
_LETTER_BEFORE = re.compile(
    r"(?:vitamin|type|group|grade|class|phase|part|step|hepatitis|plan|arm|stage|level|list)\s+$",
    re.I,
)


def _plural_noun(word: str) -> bool:
    """Whether `word` is the regular plural of a common count noun ("drops", "effects")."""
    if not word.endswith("s") or word.endswith(_NOT_PLURAL_S) or word in _SINGULAR_S:
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return zipf(singular) >= MIN_COMMON_ZIPF and zipf(word) >= MIN_COMMON_ZIPF


def _adjective(word: str) -> bool:
    """Whether a word can describe a noun ("a small and uneven ...", "an adverse ..."): a
    common -er form ("smaller"), or, for a word with no common plural, an adjective's ending
    or a common -ly form ("uneven" has "unevenly")."""
    stem = word[:-1] if word.endswith("e") else word
    if min(zipf(stem + "er"), zipf(stem + "est")) >= MIN_SUPERLATIVE_ZIPF:
        return True  # "smaller", "smallest" ("reviewer" has no "reviewest")
    if zipf(word + "s") >= MAX_PLURAL_OF_ADJECTIVE:
        return False  # a common noun: "trials", "hospitals", "states" (though "stately")
    return (word.endswith(_ADJECTIVE_ENDINGS) and len(word) > 5) or zipf(word + "ly") >= 2.0


_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ed")


def singular_plural(sentence: str) -> str | None:
    """'a'/'an'/'each'/'every' whose noun phrase ends in a plural noun before the phrase's end
    ("a small and uneven drops in fatigue"); or 'There were a' before one thing."""
    for m in _SINGLE_DET.finditer(sentence):
        det = m.group(0).split()[0]
        if det in ("A", "An") and (m.start() or _LETTER_BEFORE.search(sentence[: m.start()])):
            continue  # "vitamin A levels": a letter, not an article
        if re.search(r"(?:and|one|two|three|a)\s+$", sentence[: m.start()]) and m[
            "phrase"
        ].startswith("half"):
            continue  # "one and a half days"
        if not _PLURAL_SOON.match(m["phrase"]):
            continue  # no plural where the head may stand: the usual case, decided fast
        words = _PHRASE_WORD.findall(m["phrase"])
        # "In a large trial patients did better": an opening phrase, then the subject; "A
        # single gene change accounts for ...": a subject, then its verb
        before = sentence[: m.start()]
        opening = not before.strip("\"'“‘( ") or bool(_OPENING_PHRASE.search(before))
        span = _plural_head(
            words, pronoun_can_lead=det.lower() in ("each", "every"), opening=opening
        )
        if span:
            return f"{det} {span}"
    return there_were_a(sentence)


def _plural_head(words: list[str], *, pronoun_can_lead: bool, opening: bool) -> str | None:
    """The words up to a plural noun that ends the noun phrase these words open, or None;
    with `pronoun_can_lead` ('each', 'every') a verb may come first ("Each works ..."); with
    `opening` (the article opens the sentence or its first phrase) a noun before the plural
    ends the phrase ("In a large trial patients ...", "A single change accounts for ...")."""
    lower = [w.lower() for w in words]
    for k, w in enumerate(lower):
        nxt = lower[k + 1] if k + 1 < len(lower) else ""
        if w in ("and", "or") and k and _adjective(lower[k - 1]):
            continue  # "a small and uneven ...": two words describe one noun
        if (
            k > MAX_MODIFIERS
            or w in _AFTER_HEAD
            or w[:1].isdigit()
            or words[k][:1].isupper()
            or w.endswith(("'s", "’s", "ing"))  # "a person's kidneys", "a doctor recognising"
            or w in _NUMBER_WORDS
            or (k == 0 and pronoun_can_lead and verb_forms(w))
        ):
            return None
        if nxt in ("and", "or") and _adjective(w):
            continue
        if not nxt or nxt in _AFTER_HEAD or _verb_after_head(nxt):
            # a plural head goes on with a preposition or a verb of its own ("a small drops
            # in fatigue"); a verb's -s form takes an object ("a nurse increases the chances")
            if not _plural_noun(w) or nxt and nxt not in _PLURAL_FOLLOWS:
                return None
            # a verb's -s form after a noun is that noun's verb ("a large scale depends on")
            one_back = k and (verb_forms(w) or opening)
            described = _adjective(lower[k - 1]) if one_back else _described(lower[:k])
            return " ".join(words[: k + 1]) if described else None
    return None


def _described(before: list[str]) -> bool:
    """Whether the words between the article and a plural make it a described noun, not a
    subject and its verb: nothing ("a drops"), an adjective ("an adverse events"), or an
    adjective and a noun ("a clear treatment effects"); "a dose restores" is a noun and its
    verb."""
    if not before or _adjective(before[-1]):
        return True
    return len(before) >= 2 and _adjective(before[-2]) and not verb_forms(before[-1])


def _verb_after_head(word: str) -> bool:
    """A word that can only be a verb after a noun phrase: an auxiliary, a past form."""
    return word in AUX or word in IRREGULAR or (word.endswith("ed") and verb_forms(word))


_THERE_WERE_A = re.compile(r"(?<![\w'’-])[Tt]here\s+(?:were|are)\s+(?:a|an)\s+(?P<rest>[^,;:()]+)")
# Singular nouns that count many things ("There were a number of ...", "a total of 40").
_QUANTITY = frozenset(
    """few lot lots number total couple range variety series handful dozen majority minority
    host mix set pair group further great good many mean median average estimated similar
    reported combined proportion percentage share quarter third half fraction amount deal
    plenty hundred thousand million""".split()
)


def there_were_a(sentence: str) -> str | None:
    """'There were a ...' before one thing and no quantity word or list ("There were a clear
    effect in favour of ..."): the verb or the article was swapped."""
    m = _THERE_WERE_A.search(sentence)
    if not m:
        return None
    lower = [w.lower() for w in WORD.findall(m["rest"])]
    if re.search(r"\d", m["rest"].split(" of ")[0]) or _QUANTITY & set(lower[:4]):
        return None
    if re.search(r"\b(?:and|or)\s+(?:a|an|another|one|two|three|\d)\b", m["rest"]):
        return None  # "There were a trial in France and a review": two things
    head = []
    for w in lower:
        if w in _AFTER_HEAD - {"and", "or"}:
            break
        if w in ("and", "or"):
            return None  # "There were a trial and a review": two things
        head.append(w)
    if not head or _plural_noun(head[-1]):
        return None  # a plural head is the singular_plural rule's business
    return " ".join(m.group(0).split()[:4])


# --- a noun repeated in its own 'of' phrase ----------------------------------------------------

_OF_ITSELF = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|this|that)\s+(?P<again>[a-z]{4,})(?![\w'’-])", re.I
)
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]{4,})$")
_SAYING = frozenset("best worst most least rest".split())  # "the best of the best"


def of_itself(sentence: str) -> str | None:
    """A noun whose 'of' phrase names the same noun again ("results of the result")."""
    for m in _OF_ITSELF.finditer(sentence):
        last = _NOUN_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        if not last:
            continue
        noun, again = last.group(1).lower(), m["again"].lower()
        if noun in _SAYING or noun in FUNCTION:
            continue
        if stem(noun) == stem(again):
            return sentence[last.start() : m.end()]
    return None


# --- a bare plural subject given a figure with 'was' -------------------------------------------

# "Patients classified as insulin dependent was 64% and 12.5%.", "Parents carrying a hidden change
# was 14 and 3.0%.": the people (or things) themselves are given the figure of a share, a rate or
# a count that the rewrite dropped ("The share of patients ... was 64%"). Read only where the
# plural opens the sentence bare (no "The", which may head a measure: "The costs of care was" is
# subject_agreement's), a modifier follows it (who, with, in, on, a participle), no comma or
# clause of its own comes before "was" or "is" ("Patients whose pain score was 5 ..."), and
# nothing after the figure can be a verb ("... was 5 or more had less sleep": the inner clause's
# figure).
_BARE_PLURAL_IS = re.compile(
    r"^[\"'“‘(]*(?P<noun>[A-Z][a-z]{2,}s|People|Women|Men|Children) "
    r"(?P<between>(?:[\w%.'’-]+ ){1,12}?)(?P<verb>was|is) "
    r"(?P<rest>(?:(?:about|around|nearly|almost|over|under|only|just|roughly|approximately|"
    r"(?:less|more|fewer) than|up to) )?\d[^;:]*|(?:no |not |much |far |slightly )?(?:more|less) "
    r"(?:common|likely|frequent)\b[^;:]*)$"
)
_IRREGULAR_PLURALS = frozenset("people women men children".split())
_MODIFIER_START = frozenset(
    "who with without in on from at aged taking carrying receiving having given treated "
    "classified assigned allocated randomised randomized diagnosed living born".split()
)
# Words that open a clause of its own inside the modifier, whose verb the "was" may be.
_CLAUSE_OPENERS = frozenset(
    """whose that which because when if than said reported found thought felt knew believed
    showed where while although whether how what""".split()
)


def bare_plural_was(sentence: str) -> str | None:
    """A bare plural opening the sentence given a figure by 'was' or 'is' ("Patients classified
    as insulin dependent was 64% and 12.5%."), the measure of them cut out."""
    m = _BARE_PLURAL_IS.match(sentence.rstrip(" .!"))
    if m is None:
        return None
    noun = m["noun"].lower()
    if noun not in _IRREGULAR_PLURALS and not _plural_noun(noun):
        return None
    between = m["between"].lower().split()
    first = between[0]
    if first not in _MODIFIER_START and not first.endswith("ing"):
        return None
    if any(w in _CLAUSE_OPENERS for w in between) or any(
        w in AUX for w in between[1:] if first != "who"
    ):
        return None
    if finite_in([w.strip(".,'’%") for w in m["rest"].lower().split()]):
        return None  # "... was 5 or more had less sleep": the figure is the inner clause's
    return f"{m['noun']} {' '.join(m['between'].split())} {m['verb']}"


# --- the rules: (rule, finder, message, hint, needs a clause) as fluency_grammar reads them ---

RULES = (
    (
        "doubled_verb",
        doubled_verb,
        "'{}': the same verb on both sides of its auxiliary; a rewrite left the old verb in.",
        "Say the verb once ('Deaths did not differ').",
        False,
    ),
    (
        "do_past",
        do_past,
        "'{}': a past or -ing form after 'did' or a modal, where the bare verb belongs.",
        "Use the bare verb ('did not reduce', 'may improve').",
        False,
    ),
    (
        "modal_s",
        modal_s,
        "'{}': a verb's -s form after a modal, where the bare verb belongs.",
        "Use the bare verb ('may prevail', 'can improve').",
        False,
    ),
    (
        "singular_plural",
        singular_plural,
        "'{}': 'a', 'each' or 'There were a' does not agree with the noun's number; a word was "
        "swapped.",
        "Make them agree ('a small drop', 'small drops', 'There was a clear effect').",
        False,
    ),
    (
        "of_itself",
        of_itself,
        "'{}': a noun repeated in its own 'of' phrase; words were left from a cut.",
        "Say it once ('the results'), or name what the 'of' phrase should add.",
        False,
    ),
    (
        "and_agreement",
        and_agreement,
        "'{}': the verb after 'and' shares the subject of the verb before it but has lost its "
        "-s; a cut or a rewrite joined two sentences.",
        "Make both verbs agree with the subject ('promotes repair and supports testing').",
        False,
    ),
    (
        "bare_plural_was",
        bare_plural_was,
        "'{}': the people or things themselves are given a figure with a singular verb; the "
        "share, rate or count the figure measures was cut.",
        "Say what the figure measures ('The share of patients classified as ... was 64%').",
        False,
    ),
)
