"""A result written as a fragment: a comparison set straight after the thing it describes,
with no verb ("Extrapyramidal unwanted events lower for those assigned to thioridazine.",
"Mortality higher among patients given high-dose steroids.", "Blood pressure similar in both
groups after six months."). Abstracts write results so; a summary copied from one is not a
sentence.

`plainsum.checks.verbs.has_verb` is generous on purpose and reads such a line as having a verb:
"lower" is a verb ("lower the dose"), "assigned" a past ("they assigned"), "unwanted" an -ed
form. Here, in a sentence that sets a comparison word before a preposition ("lower for",
"similar in") and has no auxiliary, the words that only look like verbs in that place are left
out and the verb test is asked again:

- "lower"/"higher" before a preposition or "than": a comparison, not a verb;
- a participle after the people it describes and before "to"/"with"/"by" ("those assigned
  to", "patients treated with"): a reduced relative clause, not the main verb;
- an -ing form: never a main verb without an auxiliary;
- an -ed word before a noun whose stem is no known verb ("unwanted events"): an adjective;
- the nouns that name a measure at the sentence's start, straight before its comparison
  ("Relapse rates higher in ...": "relapse" and "rates" look like verbs).

"More than half", "less than one": an amount, not a comparison, is no cue.

Pure functions, run only on sentences with the comparison cue.
"""

from __future__ import annotations

import re

from .verbs import _NOT_VERB_ED, _VERB_SUFFIX, AUX, WORD, has_verb, verb_forms

MIN_WORDS = 5

_CUE = re.compile(
    r"(?<![\w-])(?:lower|higher|greater|fewer|more|less|better|worse|smaller|larger|shorter|"
    r"longer|similar|likely|unlikely|common|frequent|superior|inferior|comparable)\s+"
    r"(?:for|in|among|with|than|between|after|at|on|from|during)\b",
    re.I,
)
# "more than half", "less than one", "fewer than 100 people": an amount, not a comparison
_QUANTITY = re.compile(
    r"\s+(?:\d|half|a (?:half|third|quarter)|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twice|a few|a fifth|a tenth)\b",
    re.I,
)
_LOOKS_LIKE_A_VERB = re.compile(
    r"(?<![\w'’-])(?:"
    r"(?P<comparison>lower|higher)(?=\s+(?:for|in|among|with|than|between|after|at|on|from|"
    r"during)\b)"
    r"|(?P<who>those|people|patients|participants|women|men|children|adults)\s+"
    r"[a-z]+(?:ed|en)(?=\s+(?:to|with|by)\b)"
    r"|[a-z]{3,}ing"
    r"|(?P<adjective>[a-z]{3,}ed)(?=\s+(?!(?:similar|lower|higher|better|worse|more|less|"
    r"likely|unlikely|common|comparable)\b)[a-z]{3,}\b)"
    r")(?![\w'’-])",
    re.I,
)


# A sentence that opens on a measure named by nouns, straight before its comparison: "Relapse
# rates higher in ...", "Mean pain scores lower with ...". Words before the measure's noun
# that have no -s or -ed ("relapse", "mean", "walking") open the sentence, so they are no verb (a
# verb there would be an order); "The drug keeps rates lower" keeps its "keeps".
_OPENING_MEASURE = re.compile(
    r"^\W*(?:(?!\w+(?:s|ed)\b)[A-Za-z'’-]+\s+){0,3}"
    r"(?:rates|scores|levels|counts|values|concentrations|numbers|ratios|volumes|loads|times|"
    r"durations|risks|odds|frequencies|measures|readings)"
    r"(?=\s+(?:lower|higher|greater|smaller|larger|shorter|longer|similar|comparable|better|"
    r"worse)\b)",
    re.I,
)


def verbless_result(sentence: str) -> str | None:
    """The comparison of a result written with no verb ("lower for"), else None. Only a
    sentence the generous verb test passes is read (one with no verb at all is no_verb's)."""
    cue = next((m for m in _CUE.finditer(sentence) if not _amount(sentence, m)), None)
    if cue is None:
        return None
    words = WORD.findall(sentence)
    if len(words) < MIN_WORDS or any(w.lower() in AUX or w.endswith("n't") for w in words):
        return None
    if not has_verb(sentence):
        return None
    bare = _OPENING_MEASURE.sub("", sentence)
    bare = re.sub(r"\s+", " ", _LOOKS_LIKE_A_VERB.sub(_without_verb_look, bare))
    return None if has_verb(bare) else cue.group(0)


def _amount(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the cue opens an amount ("more than half", "less than one"), not a comparison."""
    return cue.group(0).lower().endswith("than") and bool(_QUANTITY.match(sentence, cue.end()))


def _without_verb_look(m: re.Match[str]) -> str:
    """The matched word left out, or kept where it may be a verb after all: the person a
    reduced relative describes stays, and an -ed word whose stem is a known verb ("reported
    headaches") stays."""
    if m["who"]:
        return m["who"]
    adjective = (m["adjective"] or "").lower()
    if adjective and (
        verb_forms(adjective) or _VERB_SUFFIX.match(adjective) or adjective in _NOT_VERB_ED
    ):  # "reported headaches", "evaluated sumatriptan", "speed"
        return m.group(0)
    return ""
