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
  dangles ("the virus that causes COVID versions", from "SARS-CoV-2 variants"), or an adjective
  follows the noun that modified the term ("imaging measurable signs", from "imaging
  biomarkers")
- subject_comma: a comma between an opening subject and its verb ("A single result in three
  trials, was amenable to pooled analysis.")
- cut_list: a list a lead-in opens, cut after its first item ("The review found that: a) a
  dressing may heal more ulcers.", with no "b)")
- cut_clause: a finding's "that"/"whether" clause with no verb ends the sentence ("There is
  no strong evidence that any catheter-related treatment.")
- missing_of: a noun that counts or measures, straight before what it counts ("an episode
  severe pain", "a number patients")

All are errors but `article` (a warning: careful human writers slip on it too, see the
benchmark): each is a sentence a reader would stumble on. The headline is held to the same
rules except no_verb (a headline that is a fragment is the headline check's business).
"""

from __future__ import annotations

import re

from ..memo import cached_list
from ..schemas import Finding, PlainSummary, Severity
from . import fluency_words
from .fluency_problem import Problem
from .half_replaced import half_replaced
from .verbs import (
    AUX,
    FUNCTION,
    IRREGULAR,
    STRANDED_END,
    SUBORDINATE_START,
    VERBS,
    WORD,
    finite_in,
    has_verb,
    verb_forms,
    verb_or_past,
)

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
    "missing_been",
    "mixed_scale",
    "leans_back",
    "missing_of",
    "subject_comma",
    "cut_list",
)

# Sections read first or alone: their first sentence has nothing before it to point back to
# (why it matters and the limitations may lean on the body they follow).
READ_FIRST = frozenset({"headline", "what_the_study_did"})
WARNING_RULES = frozenset({"article"})  # reported, but not counted against human writing


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


_LIST_ITEM = re.compile(r"^\s*(?:[•·*▪◦–—-]|\(?[a-h0-9ivx]{1,3}[.)])\s")
_COMPARISON = re.compile(r"\b(?:versus|vs\.?)\b", re.I)
# "compared to/with" is a preposition there: "Lung volumes compared to healthy children." has no
# verb, though "compared" alone would read as one.
_COMPARED = re.compile(r"\bcompared (?:to|with)\b", re.I)

# --- rules ---------------------------------------------------------------------------------

# Roman numerals are what the source's lists leave behind ("i)", "Ii)" once capitalised);
# "a)" and "1)" lists are a writer's choice and are left alone.
_LIST_MARKER = re.compile(r"(?<![\w(])(?:[ivx]{1,4}|I[ivx]{0,3})\)(?=\s|$)")
# A numbered or lettered list a lead-in opens ("found that: a) ...", "suggest that (1) ..."):
# when the sentence holds its first item and no second, the list was cut and the reader is left
# waiting for the rest.
_LIST_OPENS = re.compile(
    r"\b(?:that|follows|include|includes|included|were|are)\s*:?\s*"
    r"(?P<open>\(?)(?P<first>[aAiI1])(?P<close>[.)])\s",
)
_NEXT_ITEM = {"a": "b", "A": "B", "i": "ii", "I": "II", "1": "2"}
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
    if last in STRANDED_END and not _VERB_WITH_END.search(sentence):
        return last
    return None


# A verb whose preposition a relative clause leaves at the end: "the symptom people find
# hardest to live with", "what they have to cope with" are whole sentences.
_VERB_WITH_END = re.compile(
    r"\b(?:liv(?:e|es|ed|ing)|cop(?:e|es|ed|ing)|deal(?:s|t|ing)?|put up|agree(?:s|d)?|"
    r"struggl(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|start(?:s|ed)?|begin|began|work(?:s|ed)?|"
    r"talk(?:s|ed)?|play(?:s|ed)?|help(?:s|ed)?|do|does|did|done|come to terms|get by) with"
    r"[.!?;]\W*$",
    re.I,
)


def _cut_list(sentence: str) -> str | None:
    """The lead-in and first marker of a list the sentence opens and cuts after its first item
    ("The review found that: a) ..." with no "b)"), else None."""
    m = _LIST_OPENS.search(sentence)
    if not m:
        return None
    second = _NEXT_ITEM[m.group("first")]
    marker = re.escape(m.group("open")) + second + re.escape(m.group("close"))
    if re.search(rf"(?<![\w(]){marker}(?=\s|$)", sentence[m.end() :]):
        return None
    return m.group(0).strip()


# A sentence that ends inside the clause a finding word opens: "There is no strong evidence
# that any catheter-related treatment." A cut drafter or a cut paste leaves the claim out.
_CLAUSE_OPENER = re.compile(
    r"\b(?:evidence|proof|data|suggest(?:s|ed)?|show(?:s|ed|n)?|found|find(?:s|ings?)?|"
    r"conclud(?:e|es|ed)|clear|unclear|certain|uncertain|known|unknown|likely|indicat(?:e|es|ed)|"
    r"demonstrat(?:e|es|ed)|report(?:s|ed)?|mean(?:s|t)?)\s+(?:that|whether)\s+(?P<clause>[^,;:]+?)"
    r"[.!]?\s*$",
    re.I,
)


def _cut_clause(sentence: str) -> str | None:
    """The "that"/"whether" clause a sentence ends with when it has no verb, else None."""
    m = _CLAUSE_OPENER.search(sentence)
    if m is None or len(WORD.findall(m["clause"])) < 2:
        return None
    # a compound ("catheter-related", "well-known") is no verb of the clause; any other word
    # that may be a verb in -s or -ed ("vitamin A shows", "AWS coincides") keeps it whole
    clause = re.sub(r"[A-Za-z]+(?:-[A-Za-z]+)+", "thing", m["clause"])
    if has_verb(clause) or re.search(r"\b[A-Za-z]{2,}(?:s|ed)\b", clause):
        return None
    return m.group(0).strip()


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


@cached_list
def sentence_problems(sentence: str, *, verb_rule: bool = True) -> list[Problem]:
    """The fluency problems of one sentence (the bracket balance is judged per section)."""
    problems: list[Problem] = []
    words = WORD.findall(sentence)
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
    cut = _cut_list(sentence)
    if cut:
        problems.append(
            Problem(
                "cut_list",
                cut,
                f"A list opens ('{cut}') but only its first item is here: the rest was cut.",
                "Say the findings as whole sentences, without the list markers.",
            )
        )
    clause = _cut_clause(sentence)
    if clause:
        problems.append(
            Problem(
                "cut_clause",
                clause,
                f"A sentence ends in a clause with no verb ('{clause}'): the finding is cut off.",
                "Finish the clause with what the evidence shows, or use the whole source sentence.",
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
        # a heading line: "Letrozole compared to ovarian drilling" with no full stop
        or bool(_COMPARED.search(sentence))
        and not sentence.rstrip().endswith((".", "!"))
    )
    if verb_rule and len(words) >= MIN_WORDS_FOR_VERB and not fragment_by_design:
        if not has_verb(_COMPARED.sub("against", sentence)):
            problems.append(
                Problem(
                    "no_verb",
                    sentence[:60],
                    "A sentence has no verb: it is a fragment.",
                    "Say what happened or what was found, with a verb.",
                )
            )
        elif (
            words[0].lower() in SUBORDINATE_START
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
            fluency_words.one_plural(sentence, FUNCTION | AUX, verb_or_past),
            "'{}': 'one' before a plural noun.",
            "Make the noun singular, or change 'one' to the right number.",
        ),
        (
            "capital_verb",
            fluency_words.capital_verb(sentence, VERBS),
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
            "missing_been",
            fluency_words.missing_been(sentence),
            "'{}': a passive without its 'been'; a word was cut or swapped.",
            "Write it whole ('has been shown to be'), or say it actively ('... showed that').",
        ),
        (
            "missing_of",
            fluency_words.missing_of(sentence, verb_or_past, FUNCTION | AUX),
            "'{}': a word that counts or measures, with no 'of' before what it counts.",
            "Put back the 'of' ('an episode of severe pain').",
        ),
        (
            "subject_comma",
            fluency_words.subject_comma(sentence, lambda w: w in IRREGULAR),
            "'{}': a comma between the subject and its verb.",
            "Drop the comma, or finish the aside it opens with a second one.",
        ),
        (
            "mixed_scale",
            fluency_words.mixed_scale(sentence),
            "'{}': a range whose ends come from different scales; a word was half swapped.",
            "Use one scale for both ends ('low to very low', 'weak to very weak').",
        ),
        (
            "bare_adjective",
            fluency_words.bare_adjective(sentence, verb_forms)
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


# --- the check -----------------------------------------------------------------------------


@cached_list  # a section the repair left as it was is checked again
def text_problems(
    text: str, *, verb_rule: bool = True, opening_rule: bool = True, reference_rule: bool = False
) -> list[Problem]:
    """Every fluency problem of a section's text: per sentence, the bracket balance, (with
    `opening_rule`) a first sentence that opens by referring back to nothing, and (with
    `reference_rule`, for a text read first or alone) a first sentence that points back to
    something never named ("These patients ...", "They also ...")."""
    sentences = split_sentences(text)
    problems = [p for s in sentences for p in sentence_problems(s, verb_rule=verb_rule)]
    pointer = fluency_words.leans_back(sentences[0]) if reference_rule and sentences else None
    if pointer:
        problems.append(
            Problem(
                "leans_back",
                pointer,
                f"The text's first sentence leans on '{pointer}', but nothing before it says "
                "what that refers to.",
                "Name the thing itself ('The 40 people in the trial ...'), or drop the word.",
            )
        )
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
        problems = text_problems(
            text,
            verb_rule=not headline,
            opening_rule=not headline,
            reference_rule=section in READ_FIRST,
        )
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
