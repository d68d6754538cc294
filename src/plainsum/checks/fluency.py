"""Fluency: whole sentences, not what automatic rewriting leaves behind.

Each rule looks for one kind of breakage that cutting, joining and word-swapping produce and
that careful human writing almost never shows (measured on human lay summaries by
`bench/bench_fluency.py`, at most 3% of them with any fluency error):

- lower_start: a sentence starts with a small letter ("then the cells died.")
- function_word_end: it ends on a word that needs something after it ("... the benefit of the.")
- list_debris: a list marker left from the source ("Ii) less swelling", "... the: i) ...")
- doubled_word: the same word twice in a row ("the the")
- unbalanced: a bracket or double quote opened and not closed, or closed and never opened
- broken_join: words that cannot stand side by side, where a cut joined two sentences
  ("the benefit of has been", "to the: ", "has was")
- no_verb: a sentence of several words with no verb at all ("Effect of the drug on relapse in
  people with MS.")
- dangling_clause: a sentence that is only a 'which' or 'because' clause
- bare_adjective: a preposition then an adjective that ends the sentence, its noun cut away
  ("in the treatment of hypovolaemic.", "in response to antihypertensive."), or 'a'/'an' and an
  adjective ending the sentence ("published only as a short.")
- verbless_reason: a 'because' clause with no verb of its own ("... as a drug for MS because
  only one study with limited quality.")
- bare_gerund: a verb that needs an object ends the sentence without one ("help with
  managing.")
- half_replaced: a plain phrase put in for a term inside a compound, so the compound's next word
  dangles ("the virus that causes COVID versions", from "SARS-CoV-2 variants")

All are errors but `article` (a warning: careful human writers slip on it too, see the
benchmark): each is a sentence a reader would stumble on. The headline is held to the same
rules except no_verb (a headline that is a fragment is the headline check's business).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import NamedTuple

from ..schemas import Finding, PlainSummary, Severity
from . import fluency_words

CHECK = "fluency"
MIN_WORDS_FOR_VERB = 4  # shorter sentences ("Not yet.") are left alone by the verb rule
RULES = (
    "lower_start",
    "function_word_end",
    "list_debris",
    "doubled_word",
    "unbalanced",
    "broken_join",
    "no_verb",
    "dangling_clause",
    "half_replaced",
    "article",
    "one_plural",
    "capital_verb",
    "more_er",
    "opening_connective",
    "bare_adjective",
    "verbless_reason",
    "bare_gerund",
)

WARNING_RULES = frozenset({"article"})  # reported, but not counted against human writing


class Problem(NamedTuple):
    """One fluency problem: the rule broken, the text that breaks it, and what to do."""

    rule: str
    span: str
    message: str
    hint: str


# --- sentences -----------------------------------------------------------------------------

# Words that end with a full stop without ending the sentence.
_ABBREVIATION_DOT = frozenset(
    "e.g i.e etc vs al approx ca cf dr mr mrs prof st fig figs vol pp no nos inc ltd jr sr "
    "resp incl min max".split()
)
_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`. Unlike the shared splitter this also splits before a small letter
    (the start of a broken sentence), except after an abbreviation such as 'e.g.' or 'C.'."""
    out: list[str] = []
    for line in text.splitlines():
        start = 0
        for m in _END.finditer(line):
            rest = line[m.end() :]
            if not rest:
                continue
            before = line[start : m.start()].split()
            last = before[-1].lower().strip("(\"'") if before else ""
            if last in _ABBREVIATION_DOT and last != "etc" and m.group(0).startswith(". "):
                continue  # "e.g. 5 mg", "et al. (2019)"
            species = re.fullmatch(r"[A-Z][a-z]?", before[-1].strip("(\"'")) if before else None
            if rest[0].islower() and (
                last in _ABBREVIATION_DOT or len(last) <= 1 or "." in last or species
            ):
                continue
            out.append(line[start : m.end()].strip())
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][A-Za-z'’-]*")
_LIST_ITEM = re.compile(r"^\s*(?:[•·*▪◦–—-]|\(?[a-h0-9ivx]{1,3}[.)])\s")
_COMPARISON = re.compile(r"\b(?:versus|vs\.?|compared with|compared to)\b", re.I)

# --- closed word classes -------------------------------------------------------------------

_AUX = frozenset(
    """am is are was were be been being has have had do does did can could may might will would
    shall should must isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't
    can't cannot couldn't won't wouldn't shouldn't mustn't it's that's there's""".split()
)
_FINITE = frozenset(
    "is are was were has have had does did will can could should would must may might".split()
)
_DETERMINER = frozenset("the a an".split())
_STRANDED_END = frozenset(
    """the a an and or nor but of than its their our your my whose such very with by between
    versus including as via per among""".split()
)
_PREPOSITION = frozenset("of with for from by in on at into onto".split())
_FUNCTION = frozenset(
    """the a an and or nor but of than its their our your my whose these those such very as
    with for from by in on at into onto to about over under after before during between among
    against across within via per versus both either each all some any more most less
    many much few no not also only even just than then so when where while if because
    although though since until whether how what who whom which that this it""".split()
)
_SUBJECT = frozenset("i we you they he she it who which that there people".split())
_SUBORDINATE_START = frozenset("which whose whereby because".split())
_IRREGULAR = frozenset(
    """found took taken made gave given saw seen showed shown got gotten went gone came come
    knew known thought told felt left kept began begun brought bought held led met paid ran
    said sent set sat spent stood understood wrote written chose chosen drew drawn fell fallen
    grew grown rose risen lost meant heard built caught taught fought won broke broken spoke
    spoken drove driven ate eaten forgot forgotten slept woke arose withdrew withdrawn undertook
    undertaken underwent undergone became become put cut hit let quit spread shed bore borne
    sought thrown threw flew flown hung lit slid struck stuck swam swept swung wore worn wound
    did done had dealt dug fed fled forbade forgave froze frozen ground laid lay lent""".split()
)
# Common verbs (base forms); their -s, -ed and -ing forms are verbs too.
_VERBS = frozenset(
    """accept act add affect agree aim allow appear apply argue arise ask assess attack avoid
    base become begin believe belong benefit bind block break bring build call carry cause
    change check choose claim come compare consider contain continue control cost count
    cover create cut damage decide decline decrease define depend describe develop die differ
    do drop eat enable end enter examine exist expect experience explain explore face fail
    fall feel fight find fit focus follow form gain get give go grow happen harm have hear
    help hold hope identify improve include increase indicate influence involve join keep
    kill know last lead learn leave lessen let lie like limit link live look lose lower make
    manage matter mean measure meet mislead miss move need note notice occur offer open own
    pass pay perform place plan play point predict prefer prepare present prevent produce
    protect prove provide publish put raise rate reach read receive recommend record reduce
    refer regulate relate release remain remove repair replace report represent require
    respond rest result return reveal rise run say see seem send serve set share show shrink
    sit sleep slow speak spend stand start stay stop struggle study suffer suggest support
    suppose take talk target teach tell tend test think threaten tolerate travel treat trigger
    try turn understand undergo use vary wait walk want warn wear weigh work worsen write
    range highlight combine seek assign supersede drain heal collect possess contribute consist
    emerge persist survive smoke cope recover relapse spread stem arrive reflect remember
    forget owe sound smell taste belong exceed outweigh boost ease relieve worry correspond
    hint discuss interact deserve pose feature""".split()
)
# After these words, a word that is not a function word is a verb ("randomly assigns").
_OBJECT_START = frozenset(
    "the a an this these those their its our his them it us people some many more all".split()
)
_NUMBER = re.compile(
    r"^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|several|many|few|both)$"
)
_NOT_VERB_ED = frozenset("indeed hundred speed seed bed red need feed greed bred shed".split())
_VERB_SUFFIX = re.compile(r"\w{2,}(?:ise|ize|ify|ate)(?:s|d)?$")


def _verb_forms(word: str) -> bool:
    """Whether `word` is a form of a verb in `_VERBS` (base, -s, -ed or -ing)."""
    if word in _VERBS:
        return True
    for suffix, bases in (
        ("ies", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ied", ("y",)),
        ("ed", ("", "e")),
        ("ing", ("", "e")),
    ):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            for base in bases:
                if stem + base in _VERBS:
                    return True
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _VERBS:  # stopped
                return True
    return False


def _verb_or_past(word: str) -> bool:
    """A verb form, or an irregular past ("went", "spent"): "only one went home" is 'one' as a
    pronoun, not 'one' before a plural."""
    return word in _IRREGULAR or _verb_forms(word)


def has_verb(sentence: str) -> bool:
    """Whether a sentence holds something that can only be read as a verb: an auxiliary, a
    past form after its subject, a known verb not right after 'the'/'a', or any word after a
    subject pronoun. Generous on purpose: it must not call a whole sentence a fragment."""
    matches = list(_WORD.finditer(sentence))
    words = [m.group(0) for m in matches]
    after_comma = [bool(re.search(r"[,;(]\s*$", sentence[: m.start()])) for m in matches]
    lower = [w.lower().replace("’", "'").strip("'") for w in words]
    for i, w in enumerate(lower):
        prev = "," if after_comma[i] else (lower[i - 1] if i else "")
        if w in _AUX or w in _IRREGULAR or w.endswith("n't"):
            return True
        if prev in _SUBJECT and i > 0 and w not in _STRANDED_END and w not in _PREPOSITION:
            return True
        if prev in _DETERMINER or prev in _PREPOSITION and not w.endswith(("ed", "ing")):
            continue
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if w.endswith("ed") and (prev in ("", ",") or _NUMBER.match(prev)):
            if _count_subject_reports(lower, i):
                return True  # "Only one reported headaches.": a count is the subject
            if nxt and nxt not in _FUNCTION and nxt not in _OBJECT_START:
                continue  # an adjective: "Blinded, randomised trials", "two treated groups"
        if w.endswith("ed") and len(w) > 4 and w not in _NOT_VERB_ED:
            return True
        if i and nxt in _OBJECT_START and w not in _FUNCTION and not words[i][:1].isupper():
            return True  # "... highlights the need", "... seek the care"
        if prev.endswith("ly") and len(prev) > 4 and w not in _FUNCTION:
            return True  # "randomly assigns"
        if (
            w.endswith("s")
            and i
            and prev not in _FUNCTION
            and not _NUMBER.match(prev)
            and nxt
            and nxt not in _FUNCTION
            and not w.endswith(("ss", "us", "is"))
        ):
            return True  # "Sunlight emits light", "the review analyzes biomarkers"
        if _verb_forms(w) or _VERB_SUFFIX.match(w):
            return True
        if _plural_subject_verb(lower, i, words[i]):
            return True
    return False


_NOT_BEFORE_VERB = _FUNCTION | _DETERMINER | _PREPOSITION
_CLAUSE_SUBJECT = _SUBJECT | {"these", "those", "this", "both", "most", "many", "some", "all"}


def finite_in(lower: list[str]) -> bool:
    """Whether a clause (its lower-case words) holds a verb that can head it: an auxiliary, a
    word after a subject pronoun, or a verb form (-s, -ed, irregular past) that does not follow
    a function word. Stricter than `has_verb` only there: "with limited quality" is an
    adjective after a preposition, not a verb."""
    for i, w in enumerate(lower):
        prev = lower[i - 1] if i else "the"  # a clause's first word is its subject, not its verb
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if w in _AUX or w.endswith("n't") or (prev in _CLAUSE_SUBJECT and w not in _FUNCTION):
            return True
        if prev in _NOT_BEFORE_VERB or _NUMBER.match(prev):
            continue
        if w in _IRREGULAR or _verb_forms(w) or _VERB_SUFFIX.match(w):
            return True
        if w.endswith("ed") and len(w) > 4 and w not in _NOT_VERB_ED:
            return True
        if w.endswith("s") and not w.endswith(("ss", "us", "is")) and nxt not in ("", *_FUNCTION):
            return True  # "because fatigue hampers work": generous, as in has_verb
    return False


_COUNT_OPENER = frozenset("only just about nearly almost all".split())
# Verbs a study reports people doing; after a count that opens the sentence they are the verb
# ("Two reported mild pain."), where other past forms read as adjectives ("Two treated groups").
_REPORTING_ED = frozenset(
    """reported developed experienced needed received completed stopped withdrew required
    died improved recovered relapsed dropped compared tested""".split()
)


def _count_subject_reports(lower: list[str], i: int) -> bool:
    """Whether word `i` is a reporting verb right after a count that opens the sentence."""
    if lower[i] not in _REPORTING_ED or i == 0 or not _NUMBER.match(lower[i - 1]):
        return False
    return i == 1 or (i == 2 and lower[0] in _COUNT_OPENER)


_QUANTIFIER = frozenset("many most some few several all both these those the such".split())
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ist|ship|ure|al|ic|ous|ful)$")


def _plural_subject_verb(lower: list[str], i: int, word: str) -> bool:
    """A bare word between a plural subject that a quantifier opens and what follows it reads
    as the verb: "Many textbooks name amantadine as ...", "Most guidelines list exercise"."""
    if i < 2 or i + 1 >= len(lower) or word[:1].isupper():
        return False
    w, prev, first, nxt = lower[i], lower[i - 1], lower[i - 2], lower[i + 1]
    return (
        first in _QUANTIFIER
        and prev.endswith("s")
        and not prev.endswith(("ss", "us", "is"))
        and prev not in _FUNCTION
        and w not in _FUNCTION
        and not w.endswith("s")
        and not (len(w) > 5 and _NOUN_ENDING.search(w))
        and nxt not in _FUNCTION - _OBJECT_START
    )


# --- rules ---------------------------------------------------------------------------------

# Roman numerals are what the source's lists leave behind ("i)", "Ii)" once capitalised);
# "a)" and "1)" lists are a writer's choice and are left alone.
_LIST_MARKER = re.compile(r"(?<![\w(])(?:[ivx]{1,4}|I[ivx]{0,3})\)(?=\s|$)")
_DOUBLED = re.compile(r"(?<![\w-])([A-Za-z]+)\s+((?i:\1))(?![\w-])(?!\s+(?:vitro|vivo|situ)\b)")
_DOUBLED_OK = frozenset({"that", "had", "bye", "very", "so"})
_DET_THEN_BREAK = re.compile(
    r"(?<![\w-])(?:the|a|an)\s*[:;]|(?<![\w-])(?:the|a|an)\s+"
    r"(?:of|to|and|or|a|an|is|was|are|were|has|have)(?![\w-])"
)
# Only "of" and "to": other prepositions end relative clauses ("the outcome we looked for was").
_PREP_THEN_AUX = re.compile(
    r"(?<![\w-])(?:[Oo]f|[Tt]o)\s+(?:has|is|are|was|were|will|can|could|should|would|must|does|did)(?![\w-])"
)
_AUX_PAIR = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|can|could|should|would|may|might|must)\s+"
    r"(?:is|are|was|were|has|does|did|can|will|must)(?![\w-])",
    re.I,
)
_LETTER_NAME = re.compile(r"(?:vitamin|type|group|grade|class|phase|part|step|hepatitis)\s+$", re.I)


def _ends_on_function_word(sentence: str) -> str | None:
    if not re.search(r"[.!?;]\W*$", sentence):  # "compared with:" leads in to a list
        return None
    tokens = sentence.split()
    last = tokens[-1].strip(".!?:;\"'”’)]") if tokens else ""
    return last if last in _STRANDED_END else None


def _broken_join(sentence: str) -> str | None:
    for m in _DET_THEN_BREAK.finditer(sentence):
        if not _LETTER_NAME.search(sentence[: m.start()]):
            return m.group(0)
    found = _PREP_THEN_AUX.search(sentence)
    if found:
        return found.group(0)
    for m in _AUX_PAIR.finditer(sentence):
        # "how effective it is was ..." and "what it is is ..." are whole (if rare) English
        if not re.search(r"\b(?:what|how)\b", sentence[: m.start()], re.I):
            return m.group(0)
    return None


def sentence_problems(sentence: str, *, verb_rule: bool = True) -> list[Problem]:
    """The fluency problems of one sentence (the bracket balance is judged per section)."""
    problems: list[Problem] = []
    words = _WORD.findall(sentence)
    first = sentence.lstrip("\"'“‘([ ")
    if (
        first[:1].isascii()
        and first[:1].islower()
        and not re.match(r"[a-z]+[A-Z0-9]", first)  # mRNA, p53 may start a sentence
        and not _LIST_ITEM.match(sentence)
    ):
        problems.append(
            Problem(
                "lower_start",
                sentence[:30],
                "A sentence starts with a small letter.",
                "Start each sentence with a capital, or join it to the one before.",
            )
        )
    stranded = _ends_on_function_word(sentence)
    if stranded:
        problems.append(
            Problem(
                "function_word_end",
                stranded,
                f"A sentence ends on '{stranded}', so something is missing after it.",
                "Finish the sentence, or cut it back to a whole thought.",
            )
        )
    marker = _LIST_MARKER.search(sentence)
    if marker and sentence.count("(") < sentence.count(")"):
        problems.append(
            Problem(
                "list_debris",
                marker.group(0),
                f"A list marker '{marker.group(0)}' is left over from the source.",
                "Drop the marker and write the items as a sentence.",
            )
        )
    for m in _DOUBLED.finditer(sentence):
        if m.group(2).islower() and m.group(1).lower() not in _DOUBLED_OK:
            problems.append(
                Problem(
                    "doubled_word",
                    m.group(0),
                    f"The word '{m.group(1)}' is doubled.",
                    "Delete one of them.",
                )
            )
            break
    join = _broken_join(sentence)
    if join:
        problems.append(
            Problem(
                "broken_join",
                join,
                f"'{join}' cannot stand together: two pieces of sentences were joined.",
                "Rewrite the sentence as one whole thought.",
            )
        )
    problems += _word_form_problems(sentence)
    fragment_by_design = (
        bool(_LIST_ITEM.match(sentence))  # a list item
        or sentence.rstrip().endswith((":", "?"))  # a lead-in to a list, a question
        or ": " in sentence  # "Date of search: May 2020."
        or bool(_COMPARISON.search(sentence))  # "Vitamin E versus placebo." labels a comparison
    )
    if verb_rule and len(words) >= MIN_WORDS_FOR_VERB and not fragment_by_design:
        if not has_verb(sentence):
            problems.append(
                Problem(
                    "no_verb",
                    sentence[:60],
                    "A sentence has no verb: it is a fragment.",
                    "Say what happened or what was found, with a verb.",
                )
            )
        elif (
            words[0].lower() in _SUBORDINATE_START
            and "," not in sentence
            and not re.match(r"\W*because of\b", sentence, re.I)
        ):
            problems.append(
                Problem(
                    "dangling_clause",
                    words[0],
                    f"A sentence is only a '{words[0]}' clause, with no main clause.",
                    "Join it to the sentence it belongs to, or rewrite it.",
                )
            )
    return problems


def _word_form_problems(sentence: str) -> list[Problem]:
    found = (
        (
            "article",
            fluency_words.article(sentence),
            "'{}': 'a' or 'an' does not fit the sound of the next word.",
            "Use 'an' before a vowel sound ('an hour', 'an MRI'), 'a' before others ('a unit').",
        ),
        (
            "one_plural",
            fluency_words.one_plural(sentence, _FUNCTION | _AUX, _verb_or_past),
            "'{}': 'one' before a plural noun.",
            "Make the noun singular, or change 'one' to the right number.",
        ),
        (
            "capital_verb",
            fluency_words.capital_verb(sentence, _VERBS),
            "'{}': a verb with a capital letter in the middle of a sentence.",
            "Write the verb in small letters.",
        ),
        (
            "more_er",
            fluency_words.more_er(sentence),
            "'{}': a short adjective compared with 'more'.",
            "Use the -er form ('stronger', not 'more strong').",
        ),
        (
            "verbless_reason",
            fluency_words.verbless_reason(sentence, finite_in),
            "'{}': a 'because' clause with no verb; the reason was cut.",
            "Say the reason in full, with its verb ('because only one small study was found').",
        ),
        (
            "bare_gerund",
            fluency_words.bare_gerund(sentence),
            "'{}': the verb has lost what it acts on; a word was cut.",
            "Say what is managed, treated or used ('help with managing symptoms').",
        ),
        (
            "bare_adjective",
            fluency_words.bare_adjective(sentence, _verb_forms)
            or fluency_words.article_adjective_end(sentence),
            "'{}': an adjective with no noun after it; a word was cut.",
            "Put back the noun it describes ('of hypovolaemic shock'), or rewrite the phrase.",
        ),
    )
    return [Problem(rule, span, msg.format(span), hint) for rule, span, msg, hint in found if span]


_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))
_WRITERS_MARKER = re.compile(r"(?<![^\s])(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)$")


def unbalanced(text: str) -> str | None:
    """The first bracket or double quote in `text` that is never closed (or never opened).
    A writer's list marker ("1) ...", "gave people a) ...") closes nothing and is skipped."""
    for open_, close in _PAIRS:
        depth = 0
        for i, ch in enumerate(text):
            if ch == open_:
                depth += 1
            elif ch == close:
                if depth == 0 and _WRITERS_MARKER.search(text, max(0, i - 4), i + 1):
                    continue
                depth -= 1
                if depth < 0:
                    return close
        if depth > 0:
            return open_
    if text.count('"') % 2:
        return '"'
    return None


# --- half-replaced terms -------------------------------------------------------------------

_POST_MODIFIER = frozenset("that which who whose of for with by to in from".split())
_CLAUSE_START = frozenset("who what how whether".split())
_SINGULAR_VERB = re.compile(r"\s+(is|was|has|does)\b")


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
        plural = words[-1].endswith("s") and not words[-1].endswith("ss") and not term.endswith("s")
        if post_modifies or clause or plural:
            out.append((plain, term))
    return tuple(out)


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
        if nxt not in _FUNCTION and not _verb_forms(nxt):
            compounds.append(m.group(0))
    return compounds[0] if compounds else None


def _noun_before(prev: str | None, word: str) -> bool:
    """Whether `word` (after `prev`) reads as a noun: "checked study", "the study"."""
    if word in _FUNCTION or word in _AUX or word.endswith(("ed", "ly")):
        return False
    return not _verb_forms(word) or prev in _DETERMINER or bool(prev and prev.endswith("ed"))


def half_replaced(text: str, source_text: str) -> list[Problem]:
    """Glossary swaps that broke the sentence around them:
    - a post-modifying phrase put in for the first word of a compound, leaving the second
      ("the virus that causes COVID versions", where the source says "SARS-CoV-2 variants");
    - a clause put in for a noun that a noun still modifies ("checked study who could take
      part", from "study eligibility");
    - a plural phrase for a singular term, the verb left singular ("stiff muscles is")."""
    problems = []
    lower = text.lower()
    source = source_text.lower()
    for plain, term in _risky_swaps():
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
                and after.group(1) not in _FUNCTION
                and after.group(1) not in _AUX  # "... with a dummy treatment did not": a verb
                and not _verb_forms(after.group(1))
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
                words[-1].endswith("s")
                and not words[-1].endswith("ss")
                and not term.endswith("s")
                and _SINGULAR_VERB.match(lower[end:])
                and not re.search(r"\b(?:of|in|for|with)\s+$", lower[max(0, start - 8) : start])
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
    return problems


# --- the check -----------------------------------------------------------------------------


def text_problems(text: str, *, verb_rule: bool = True, opening_rule: bool = True) -> list[Problem]:
    """Every fluency problem of a section's text: per sentence, the bracket balance and (with
    `opening_rule`) a first sentence that opens by referring back to nothing."""
    sentences = split_sentences(text)
    problems = [p for s in sentences for p in sentence_problems(s, verb_rule=verb_rule)]
    opener = fluency_words.opening_connective(sentences[0]) if opening_rule and sentences else None
    if opener:
        problems.append(
            Problem(
                "opening_connective",
                opener,
                f"The section opens with '{opener}', which refers back to nothing before it.",
                "Start the section with its own point; drop the linking word.",
            )
        )
    mark = unbalanced(text)
    if mark:
        problems.append(
            Problem(
                "unbalanced",
                mark,
                f"A '{mark}' is opened or closed without its partner.",
                "Close the bracket or quote, or remove it.",
            )
        )
    return problems


def check_fluency(summary: PlainSummary, source_text: str = "") -> list[Finding]:
    """An error (a warning for `WARNING_RULES`) for each broken sentence of the summary, once
    per rule and span."""
    findings = []
    for section, text in summary.sections().items():
        headline = section == "headline"
        problems = text_problems(text, verb_rule=not headline, opening_rule=not headline)
        if source_text:
            problems += half_replaced(text, source_text)
        seen: set[tuple[str, str]] = set()
        for p in problems:
            if (p.rule, p.span) in seen:
                continue
            seen.add((p.rule, p.span))
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.WARNING if p.rule in WARNING_RULES else Severity.ERROR,
                    section=section,
                    span=p.span,
                    message=f"{p.message} ({p.rule})",
                    hint=p.hint,
                )
            )
    return findings
