"""Fluency: whole sentences, not what automatic rewriting leaves behind.

Each rule looks for one kind of breakage that cutting, joining and word-swapping produce and
that careful human writing almost never shows (measured on human lay summaries by
`bench/bench_fluency.py`, at most 3% of them with any fluency error):

- lower_start: a sentence starts with a small letter ("then the cells died.")
- function_word_end: it ends on a word that needs something after it ("... the benefit of the.")
- list_debris: a list marker left from the source ("Ii) less swelling", "... the: i) ...")
- doubled_word: the same word twice in a row ("the the")
- unbalanced: a bracket or double quote opened and not closed, or closed and never opened
- fused_heading: a comparison subheading run into the sentence under it ("Drug A versus
  placebo for adults Drug A was linked with ...")
- broken_join: words that cannot stand side by side, where a cut joined two sentences
  ("the benefit of has been", "to the: ", "has was")
- no_verb: a sentence of several words with no verb at all ("Effect of the drug on relapse in
  people with MS.")
- verbless_result: a result copied as a fragment, a comparison after its noun and no verb
  ("Extrapyramidal unwanted events lower for those assigned to thioridazine.")
- participle_fragment: a noun and the participle phrase that describes it, with no verb, as
  eligibility lists and design lines write them ("Adults aged 18 to 65 diagnosed with MS.")
- run_on: two main clauses fused with nothing between them ("No deaths occurred no other
  outcomes were reported.")
- dangling_clause: a sentence that is only a 'which' or 'because' clause
- dangling_referent, undefined_label: one of a set never introduced ("In the third trial ..."),
  a paper's code never explained ("In treatment B, ...": plainsum.checks.referent_labels)
- bare_adjective: an adjective that ends the sentence, its noun cut away ("in the treatment of
  hypovolaemic.", "published only as a short.")
- verbless_reason: a 'because' clause with no verb of its own ("because only one study.")
- bare_gerund: a verb that needs an object ends the sentence without one ("help with managing.")
- half_replaced: a plain phrase put in for a term inside a compound ("the virus that causes
  COVID versions", from "SARS-CoV-2 variants"; "imaging measurable signs")
- subject_comma: a comma between an opening subject and its verb ("A single result in three
  trials, was amenable to pooled analysis.")
- cut_list: a list a lead-in opens, cut after its first item ("found that: a) ...", no "b)")
- cut_clause: a finding's "that"/"whether"/"if" clause with no verb ends the sentence ("There
  is no strong evidence that any catheter-related treatment.", "It is not known if the drug.")
- missing_of: a noun that counts, straight before what it counts ("an episode severe pain")
- adjective_of: an adjective where a swap needed a noun, before "of" ("weak of evidence")
- noun_adjective: a body part named as a noun before the adjective of its phrase ("the number
  of kidney unwanted events"): a warning
- article_plural: 'a' before a comparison and a plural noun ("a clearly higher chances")
- lone_between: 'between' and one singular phrase with no 'and' after it ("a link between the
  environment."): the other side was cut
- cut_end: a relative word after its noun, or a 'from' nothing lets stand last, ends the
  sentence ("than those who.", "cut off from."): the rest was cut
- number_agreement, determiner_break, stranded_aux, verbless_relative, no_main_verb: grammar a
  cut or swap broke ("nine trial was", "reads the on the", "People who napped more likely to")
- adjective_fragment, reported_fragment, clause_fragment: a noun phrase the generous verb test
  passed, its only "verbs" -ed/-ing words that describe a noun ("Time to confirmed disability
  worsening."), a report with its auxiliary cut ("No other unwanted events found."), or an
  evidence phrase whose 'that' clause holds the only verb ("No randomised evidence that either
  is better."): plainsum.checks.fluency_phrases
- relative_only: a noun phrase whose only verb is in its relative clause ("... and services
  that see the patient but not the carer"), the headline too: plainsum.checks.relative_only_verb
- plural_was: a plural subject before 'was', 'is' or 'has' ("Warming systems was linked"), as
  an abbreviation written out leaves it
- have_bare, comparison_to: "had improve", "did worse to the placebo" (fluency_forms)

The rules live in modules by idea: fluency_breaks (a frame broken by a cut or join),
fluency_words (a word that does not fit its neighbours), fluency_cuts (a word a cut left
missing), fluency_grammar and fluency_clauses (grammar a cut or swap broke), fluency_openings
(a first sentence that points back to nothing) and half_replaced; fluency_sentences splits the
sentences. This module runs them and makes findings.

All are errors but `article` (a warning: careful human writers slip on it too, see the
benchmark): each is a sentence a reader would stumble on. The headline is held to the same
rules except no_verb (a headline that is a label is the headline check's business; one whose
only verb is in a relative clause is a fragment, relative_only).
"""

from __future__ import annotations

import re

from ..memo import cached_list
from ..plain.wholeness import CONJUNCTION_NO_SUBJECT, outside_brackets
from ..schemas import Finding, PlainSummary, Severity
from .fluency_breaks import unbalanced
from .fluency_fragments import counted_fragment, participle_fragment, verbless_result
from .fluency_grammar import RULES as GRAMMAR_RULES
from .fluency_grammar import grammar_problems
from .fluency_openings import leans_back, opening_connective
from .fluency_phrases import adjective_fragment, clause_fragment, plural_was, reported_fragment
from .fluency_problem import Problem
from .fluency_sentences import split_sentences
from .fluency_spans import frame_problems, word_form_problems
from .half_replaced import half_replaced
from .referent_labels import label_problems
from .referent_sets import unnamed_set_problems
from .referents import referent_problems
from .relative_only_verb import relative_only_verb
from .verbs import SUBORDINATE_START, WORD, has_verb

CHECK = "fluency"
MIN_WORDS_FOR_VERB = 4  # shorter sentences ("Not yet.") are left alone by the verb rule
RULES = (
    "lower_start",
    "function_word_end",
    "list_debris",
    "doubled_word",
    "unbalanced",
    "broken_join",
    "fused_heading",
    "no_verb",
    "verbless_result",
    "participle_fragment",
    "counted_fragment",
    "adjective_fragment",
    "reported_fragment",
    "clause_fragment",
    "relative_only",
    "plural_was",
    "run_on",
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
    "past_for_participle",
    "mixed_scale",
    "adjective_of",
    "noun_adjective",
    "article_plural",
    "leans_back",
    "missing_of",
    "subject_comma",
    "cut_list",
    "lone_between",
    "cut_end",
    "no_subject",
    "dangling_referent",
    "undefined_label",
    "dangling_groups",
    "unnamed_set",
    *GRAMMAR_RULES,
)

# Sections read first or alone: their first sentence has nothing before it to point back to
# (why it matters and the limitations may lean on the body they follow).
READ_FIRST = frozenset({"headline", "what_the_study_did"})
# reported, but not counted against human writing: an editor's call
# (noun_adjective: the repair cuts an error's sentence, and a draft that lost "kidney unwanted
# events" so took a misleading fill in its place, devaraj-261: an editor reorders the words)
WARNING_RULES = frozenset({"article", "dangling_groups", "unnamed_set", "noun_adjective"})
# Rules about a section's first words leaning back: errors where the section is read first;
# where it follows another section, the link is to that section, so only an editor's choice.
FOLLOWING_WARNING_RULES = frozenset({"opening_connective"})


_LIST_ITEM = re.compile(r"^\s*(?:[•·*▪◦–—-]|\(?[a-h0-9ivx]{1,3}[.)])\s")
_COMPARISON = re.compile(r"\b(?:versus|vs\.?)\b", re.I)
# A spoken signpost to the next item, short and meant without a verb: "Now, a question from late
# pregnancy." "Next, to vaccines." (a cut sentence never opens this way)
_SIGNPOST = re.compile(
    r"^(?:and )?(?:now|next|first|finally|lastly|then)\b,? (?:to|on to|over to|for|a|an|some|"
    r"one)\b(?!.*\b(?:which|who|that|because)\b)[^,;:]*[.!]$",
    re.I,
)
SIGNPOST_MAX_WORDS = 10
# "compared to/with" is a preposition there: "Lung volumes compared to healthy children." has no
# verb, though "compared" alone would read as one.
_COMPARED = re.compile(r"\bcompared (?:to|with)\b", re.I)


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
    if CONJUNCTION_NO_SUBJECT.match(first) and not sentence.rstrip().endswith("?"):
        problems.append(
            Problem(
                "no_subject",
                sentence[:40],
                "A sentence is a clause cut from its subject ('But probably makes ...').",
                "Say what it is about ('But the drug probably makes ...'), or join it to the "
                "sentence before.",
            )
        )
    problems += frame_problems(sentence)
    problems += word_form_problems(sentence)
    fragment_by_design = (
        bool(_LIST_ITEM.match(sentence))  # a list item
        or sentence.rstrip().endswith((":", "?"))  # a lead-in to a list, a question
        or ": " in sentence  # "Date of search: May 2020."
        or len(words) <= SIGNPOST_MAX_WORDS
        and bool(_SIGNPOST.match(sentence.strip()))
        or bool(_COMPARISON.search(sentence))  # "Vitamin E versus placebo." labels a comparison
        # a heading line: "Letrozole compared to ovarian drilling" with no full stop
        or bool(_COMPARED.search(sentence))
        and not sentence.rstrip().endswith((".", "!"))
    )
    problems += grammar_problems(sentence, clause_rules=verb_rule and not fragment_by_design)
    if verb_rule and len(words) >= MIN_WORDS_FOR_VERB and not fragment_by_design:
        if not has_verb(_COMPARED.sub("against", outside_brackets(sentence))):
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
        elif comparison := verbless_result(outside_brackets(sentence)):
            problems.append(
                Problem(
                    "verbless_result",
                    comparison,
                    f"A result is written as a fragment ('{comparison}' with no verb).",
                    "Write it as a sentence ('Unwanted events were less common for ...').",
                )
            )
        elif described := participle_fragment(outside_brackets(sentence)):
            problems.append(
                Problem(
                    "participle_fragment",
                    described,
                    f"A sentence names '{described}' and what describes it, with no verb of "
                    "its own: a line copied from a list, not a sentence.",
                    "Say what happened to them or what was found ('The study included adults "
                    "aged 18 to 65 who ...').",
                )
            )
        elif counted := counted_fragment(outside_brackets(sentence)):
            problems.append(
                Problem(
                    "counted_fragment",
                    counted,
                    f"A sentence names '{counted}' with no verb of its own: who took part, "
                    "copied from a labelled field, not a sentence.",
                    "Say it as a sentence ('The study included 2,214 women with MS, of whom ...').",
                )
            )
        else:
            problems += phrase_problems(outside_brackets(sentence))
    if not fragment_by_design and not {p.rule for p in problems} & _FRAGMENT_RULES:
        problems += _relative_only(sentence)
    if plural := plural_was(sentence):
        problems.append(
            Problem(
                "plural_was",
                plural,
                f"A plural subject takes a singular verb ('{plural}'): the verb no longer "
                "agrees with the words put in before it.",
                "Make the verb agree ('were', 'are', 'have'), or name the thing in the singular.",
            )
        )
    return problems


# rules that already call the sentence a fragment: relative_only would say it again
_FRAGMENT_RULES = frozenset(
    {"no_verb", "clause_fragment", "no_main_verb", "dangling_clause", "verbless_relative"}
)


def _relative_only(sentence: str) -> list[Problem]:
    """A noun phrase whose only verb is in its relative clause (plainsum.checks.
    relative_only_verb), for the headline too: a headline with no main verb is a fragment."""
    head = relative_only_verb(sentence)
    if head is None:
        return []
    return [
        Problem(
            "relative_only",
            head,
            f"A sentence is a noun phrase ('{head} ...'): its only verb is in the clause that "
            "describes the noun, so it says nothing happened or was found.",
            "Say what happened or what was found, with a main verb ('Services saw the "
            "patient but not the carer.').",
        )
    ]


def phrase_problems(sentence: str) -> list[Problem]:
    """A noun phrase standing as a sentence that the generous verb test passed
    (plainsum.checks.fluency_phrases): its only verb-like words describe a noun, its auxiliary
    was cut, or its only verb is in the clause the phrase opens."""
    if described := adjective_fragment(sentence):
        return [
            Problem(
                "adjective_fragment",
                described,
                f"A sentence has no verb: '{described}' describes the noun after it, so the "
                "sentence is a noun phrase, such as a heading or a labelled field.",
                "Say what happened or what was found, with a verb ('The time until disability "
                "worsened was ...').",
            )
        ]
    if reported := reported_fragment(sentence):
        return [
            Problem(
                "reported_fragment",
                reported,
                f"A report lost its verb: '{reported}' needs 'was' or 'were' ('No deaths were "
                "reported.').",
                "Put the verb back ('were found', 'was noted').",
            )
        ]
    if clause := clause_fragment(sentence):
        return [
            Problem(
                "clause_fragment",
                clause,
                f"A sentence is a noun phrase ('{clause} ...') with no verb of its own: the only "
                "verb is in the clause it opens.",
                "Say it as a sentence ('There is no randomised evidence that ...').",
            )
        ]
    return []


# --- the check -----------------------------------------------------------------------------


@cached_list  # a section the repair left as it was is checked again
def text_problems(
    text: str,
    *,
    verb_rule: bool = True,
    opening_rule: bool = True,
    reference_rule: bool = False,
    before: str = "",
) -> list[Problem]:
    """Every fluency problem of a section's text: per sentence, the bracket balance, (with
    `opening_rule`) a first sentence that opens by referring back to nothing, (with
    `reference_rule`, for a text read first or alone) a first sentence that points back to
    something never named ("These patients ...", "They also ..."), and a sentence that picks
    out one of a set neither it nor `before` (the text a reader has read before it) introduced
    ("In the third trial ...": plainsum.checks.referents)."""
    sentences = split_sentences(text)
    problems = [
        p
        for k, s in enumerate(sentences)
        for p in sentence_problems(s, verb_rule=verb_rule)
        if not (k and _QUESTION_END.search(sentences[k - 1]) and _answer_may_omit(p, s))
    ]
    earlier = split_sentences(before) if before else []
    problems += referent_problems(earlier + sentences, start=len(earlier))
    problems += label_problems(earlier + sentences, start=len(earlier))
    pointer = leans_back(sentences[0]) if reference_rule and sentences else None
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
    opener = opening_connective(sentences[0]) if opening_rule and sentences else None
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


# A sentence that answers the question before it may be a phrase: "What was tested? Ways of
# caring for people after a broken hip." (question-and-answer writing; a cut never leaves one)
_QUESTION_END = re.compile(r"\?[\"'”’)]*\s*$")
# What such an answer may leave out: its verb ("Who took part? People with Parkinson's,
# followed for two years."), and in a short answer what a word points to ("How sure can we be?
# Not very.").
_ANSWER_FRAGMENTS = frozenset(
    {"no_verb", "participle_fragment", "verbless_result", "counted_fragment"}
)
SHORT_ANSWER_WORDS = 3


def _answer_may_omit(problem: Problem, sentence: str) -> bool:
    """Whether `problem` of a sentence that answers a question is the answer's own shape."""
    if problem.rule in _ANSWER_FRAGMENTS:
        return True
    return problem.rule == "function_word_end" and len(WORD.findall(sentence)) <= SHORT_ANSWER_WORDS


def _following(message: str) -> str:
    """A section-start message reworded for a section that follows another one."""
    return message.replace(
        "which refers back to nothing before it.",
        "which leans on the section before it; the section reads better on its own.",
    )


def check_fluency(summary: PlainSummary, source_text: str = "") -> list[Finding]:
    """An error (a warning for `WARNING_RULES`, and for `FOLLOWING_WARNING_RULES` in a section
    that follows another) for each broken sentence of the summary, once per rule and span."""
    findings = []
    read: list[str] = []  # the sections a reader has read before this one
    unnamed = unnamed_set_problems(summary.sections())
    for section, text in summary.sections().items():
        headline = section == "headline"
        problems = text_problems(
            text,
            verb_rule=not headline,
            opening_rule=not headline,
            reference_rule=section in READ_FIRST,
            before=" ".join(read),
        )
        read.append(text if text.rstrip().endswith((".", "!", "?")) else text + ".")
        if source_text:
            problems += half_replaced(text, source_text)
        problems += unnamed.get(section, [])
        seen: set[tuple[str, str]] = set()
        for p in problems:
            if (p.rule, p.span) in seen:
                continue
            seen.add((p.rule, p.span))
            follows = section not in READ_FIRST and p.rule in FOLLOWING_WARNING_RULES
            findings.append(
                Finding(
                    check=CHECK,
                    severity=(
                        Severity.WARNING if follows or p.rule in WARNING_RULES else Severity.ERROR
                    ),
                    section=section,
                    span=p.span,
                    message=f"{_following(p.message) if follows else p.message} ({p.rule})",
                    hint=p.hint,
                )
            )
    return findings
