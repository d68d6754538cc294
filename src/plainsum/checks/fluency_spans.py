"""The fluency rules that find one span in a sentence, as tables of (rule, span, message,
hint): the frame a cut or join broke (fluency_breaks) and a word that does not fit its
neighbours or that a cut left missing (fluency_words, fluency_cuts). plainsum.checks.fluency
runs them with its other rules and makes findings."""

from __future__ import annotations

from . import fluency_cuts, fluency_words
from .fluency_breaks import (
    broken_join,
    cut_clause,
    cut_list,
    doubled_word,
    ends_on_function_word,
    fused_heading,
    fused_subheading,
    list_debris,
    run_on,
)
from .fluency_problem import Problem
from .verbs import AUX, FUNCTION, IRREGULAR, VERBS, finite_in, verb_forms, verb_or_past


def word_form_problems(sentence: str) -> list[Problem]:
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
            fluency_cuts.verbless_reason(sentence, finite_in),
            "'{}': a 'because' clause with no verb; the reason was cut.",
            "Say the reason in full, with its verb ('because only one small study was found').",
        ),
        (
            "bare_gerund",
            fluency_cuts.bare_gerund(sentence),
            "'{}': the verb has lost what it acts on; a word was cut.",
            "Say what is managed, treated or used ('help with managing symptoms').",
        ),
        (
            "missing_been",
            fluency_cuts.missing_been(sentence),
            "'{}': a passive without its 'been'; a word was cut or swapped.",
            "Write it whole ('has been shown to be'), or say it actively ('... showed that').",
        ),
        (
            "past_for_participle",
            fluency_cuts.past_for_participle(sentence),
            "'{}': a past tense where the participle must stand; a word was swapped.",
            "Use the participle ('were shown', 'have been shown'), or say it actively.",
        ),
        (
            "missing_of",
            fluency_cuts.missing_of(sentence, verb_or_past, FUNCTION | AUX),
            "'{}': a word that counts or measures, with no 'of' before what it counts.",
            "Put back the 'of' ('an episode of severe pain').",
        ),
        (
            "lone_between",
            fluency_cuts.lone_between(sentence),
            "'{}': 'between' names one side only; the 'and ...' was cut.",
            "Put back the other side ('between the environment and blood pressure').",
        ),
        (
            "subject_comma",
            fluency_words.subject_comma(sentence, lambda w: w in IRREGULAR),
            "'{}': a comma between the subject and its verb.",
            "Drop the comma, or finish the aside it opens with a second one.",
        ),
        (
            "adjective_of",
            fluency_words.adjective_of(sentence),
            "'{}': an adjective before 'of', where a noun should stand; a word was swapped.",
            "Use the noun ('weak evidence', 'the weakness of the evidence'), or rewrite it.",
        ),
        (
            "article_plural",
            fluency_words.article_plural(sentence),
            "'{}': 'a' or 'an' before a plural noun; a word was swapped.",
            "Make the noun singular ('a higher chance'), or drop the article.",
        ),
        (
            "noun_adjective",
            fluency_words.noun_adjective(sentence),
            "'{}': a noun before the adjective of its phrase; a word was swapped.",
            "Put the adjective first ('unwanted kidney events'), or rewrite the phrase.",
        ),
        (
            "mixed_scale",
            fluency_words.mixed_scale(sentence),
            "'{}': a range whose ends come from different scales; a word was half swapped.",
            "Use one scale for both ends ('low to very low', 'weak to very weak').",
        ),
        (
            "cut_end",
            fluency_cuts.cut_end(sentence),
            "'{}': the sentence ends where its next words were cut.",
            "Finish the sentence ('than those who drank none'), or end it before the cut.",
        ),
        (
            "bare_adjective",
            fluency_cuts.bare_adjective(sentence, verb_forms)
            or fluency_cuts.article_adjective_end(sentence),
            "'{}': an adjective with no noun after it; a word was cut.",
            "Put back the noun it describes ('of hypovolaemic shock'), or rewrite the phrase.",
        ),
    )
    return problems_found(found)


def frame_problems(sentence: str) -> list[Problem]:
    found = (
        (
            "function_word_end",
            ends_on_function_word(sentence),
            "A sentence ends on '{}', so something is missing after it.",
            "Finish the sentence, or cut it back to a whole thought.",
        ),
        (
            "list_debris",
            list_debris(sentence),
            "A list marker '{}' is left over from the source.",
            "Drop the marker and write the items as a sentence.",
        ),
        (
            "cut_list",
            cut_list(sentence),
            "A list opens ('{}') but only its first item is here: the rest was cut.",
            "Say the findings as whole sentences, without the list markers.",
        ),
        (
            "cut_clause",
            cut_clause(sentence),
            "A sentence ends in a clause with no verb ('{}'): the finding is cut off.",
            "Finish the clause with what the evidence shows, or use the whole source sentence.",
        ),
        (
            "doubled_word",
            doubled_word(sentence),
            "The word '{word}' is doubled.",
            "Delete one of them.",
        ),
        (
            "run_on",
            run_on(sentence),
            "Two sentences run together at '{}' with nothing between them.",
            "Put a full stop between them, or join them with a word ('and', 'but').",
        ),
        (
            "fused_heading",
            fused_heading(sentence),
            "A comparison heading ('{}') runs straight into the sentence after it.",
            "Say the comparison in the sentence ('Compared with X, ...') or drop the heading.",
        ),
        (
            "fused_heading",
            fused_subheading(sentence),
            "A subheading ('{}') runs straight into the sentence after it.",
            "Put a full stop after it and make it a sentence, or drop it.",
        ),
        (
            "broken_join",
            broken_join(sentence),
            "'{}' cannot stand together: two pieces of sentences were joined.",
            "Rewrite the sentence as one whole thought.",
        ),
    )
    return problems_found(found)


def problems_found(found: tuple[tuple[str, str | None, str, str], ...]) -> list[Problem]:
    """A Problem for each (rule, span, message, hint) whose span was found, in order; the
    message shows the span ('{}') or its first word ('{word}')."""
    return [
        Problem(rule, span, msg.format(span, word=(span.split() or [span])[0]), hint)
        for rule, span, msg, hint in found
        if span
    ]
