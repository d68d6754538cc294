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

A second shape (`participle_fragment`): a noun and the participle phrase that describes it,
with no verb of its own, as an abstract's eligibility list or design line writes them ("An
inflammatory phenotype defined by fever and raised C-reactive protein.", "Adults aged 18 to 65
diagnosed with MS."). A participle that needs an object, after a noun and before a preposition,
is no verb; a verb after the phrase ("Children admitted to hospital recovered ...") makes a
sentence.

Pure functions, run only on sentences with a cue word.
"""

from __future__ import annotations

import re

from .. import caseless
from .verbs import _NOT_VERB_ED, _VERB_SUFFIX, AUX, FUNCTION, IRREGULAR, WORD, has_verb, verb_forms

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
    cue = next((m for m in caseless.finditer(_CUE, sentence) if not _amount(sentence, m)), None)
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


# --- a noun and the participle that describes it, with no main verb ------------------------

# Participles a line of an abstract's eligibility list or design hangs on its noun ("Adults
# aged 18 to 65", "a phenotype defined by fever", "mice fed a high-fat diet", "people living
# with MS"): verbs that need an object, so before a preposition (or, for the ones that take
# two, an article or a number) they are passive or -ing, never the sentence's own verb.
_REDUCED = frozenset(
    """defined diagnosed treated admitted followed fed given assigned allocated randomised
    randomized recruited selected exposed infected injected vaccinated screened referred
    hospitalised hospitalized aged born collected measured assessed based obtained derived
    taken prescribed offered implanted scheduled attending living receiving undergoing taking
    using presenting""".split()
)
_TWO_OBJECTS = frozenset("fed given prescribed offered aged".split())
_AFTER_PARTICIPLE = frozenset(
    """by with for to in at from as on during after before under over into between across
    within since until""".split()
)
_OBJECT_OPENER = re.compile(r"(?:a|an|the|no|one|two|three|four|\d[\d,.]*)$")
# "... recruited between 20 and 200 people", "... treated over 1,000 people": an amount that
# opens the object, after a preposition-like word
_AMOUNT_AFTER = re.compile(
    r"\s+(?:between|over|under|about|around|up to|from|at least|at most|nearly|almost)\s+"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|half)",
    re.I,
)
# Who does the study: before one of these the participle is the sentence's verb ("Researchers
# followed 300 women for ten years.", "The team treated ...").
_AGENTS = frozenset(
    """researchers authors investigators team scientists we they doctors clinicians nurses
    staff he she who which that study trial review""".split()
)
# The commonest auxiliaries as whole words: a sentence holding one is whole here, and a test
# for them by substring is much cheaper than the cue pattern (the AUX test below is the full one).
_QUICK_AUX = tuple(
    f" {w} "
    for w in "was were is are had has have be been can may will could might would should did "
    "does do".split()
)
_CUE_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(_REDUCED, key=len, reverse=True)) + r")(?![\w'’-])",
    re.I,
)


def participle_fragment(sentence: str) -> str | None:
    """A noun and the participle phrase that describes it, with no verb of its own: after the
    noun (`participle_after_noun`) or before it (`described_noun`)."""
    return participle_after_noun(sentence) or described_noun(sentence)


def participle_after_noun(sentence: str) -> str | None:
    """A noun and the participle phrase that describes it, with no verb of its own ("Children
    admitted to hospital with a first seizure and treated with steroids."): the noun and the
    participle as the span, else None. A verb after the phrase ("Children admitted to hospital
    recovered within a week.") makes it a sentence."""
    padded = f" {sentence.lower()} "
    if any(aux in padded for aux in _QUICK_AUX) or not _CUE_PARTICIPLE.search(sentence):
        return None
    found = list(WORD.finditer(sentence))
    words = [m.group(0) for m in found]
    lower = [w.lower() for w in words]
    if len(words) < MIN_WORDS or any(w in AUX or w.endswith("n't") for w in lower):
        return None
    for k, word in enumerate(lower):
        if word not in _REDUCED or k == 0:
            continue
        prev, nxt = lower[k - 1], lower[k + 1] if k + 1 < len(lower) else ""
        if prev in AUX or prev in _AGENTS or prev in FUNCTION or prev.endswith("ly"):
            continue
        if not (
            nxt in _AFTER_PARTICIPLE
            or word.endswith("ing")  # "adults receiving dialysis": an object may follow
            and nxt not in FUNCTION
            or word in _TWO_OBJECTS
            and (_OBJECT_OPENER.match(nxt) or nxt.isdigit())
        ):
            continue
        if _AMOUNT_AFTER.match(sentence, found[k].end()):
            continue  # "The trials recruited between 20 and 200 people": a verb and its object
        if has_verb(" ".join(words[:k])):
            return None  # the sentence has its verb before the phrase
        # the phrase's other participles, -ing forms and -ed words joined to it ("... by fever
        # and raised C-reactive protein") left out, a comma in their place
        tail = [
            ","
            if lower[j] in _REDUCED
            and lower[j - 1] not in _AGENTS  # "For women undergoing IVF, we included ..."
            or lower[j].endswith("ing")
            or (lower[j].endswith("ed") and lower[j - 1] in ("and", "or"))
            else w
            for j, w in enumerate(words[k + 1 :], k + 1)
        ]
        if has_verb(" ".join(words[:k] + tail)):
            return None
        return f"{words[k - 1]} {words[k]}"
    return None


# "Clinically and biochemically well-defined disorder.", "A simple and widely used measure of
# early insulin.": a noun after the participle that describes it ("well-defined", "widely
# used"), and after the noun only phrases that open on a preposition: a title or a list line
# with no verb, not a sentence (stop 47's readers found the first in a draft).
_DESCRIBED_NOUN = re.compile(
    r"^(?:(?:A|An|The|Such|These|This|Some|Many|Most)\s+)?"
    # adverbs joined ("Clinically and biochemically"), adjectives joined ("simple and")
    r"(?:[A-Za-z]+ly\s+(?:and|or)\s+)*"
    r"(?:[A-Za-z][a-z-]*(?:\s+(?:and|or)|,)\s+)*"
    r"(?P<part>(?:(?:[A-Za-z]+ly|[Ww]ell|[Oo]ften)\s+(?:(?:well|ill|self|long|short)-)?|"
    r"(?:[Ww]ell|[Ii]ll|[Ss]elf)-)[a-z]+(?:ed|en|wn))\s+"
    r"(?P<head>[a-z][a-z-]*)"
    r"(?:\s+(?:of|in|for|with|among|on|at|from|to|like|between|across)\s[^.;:!?]*)?\.$"
)


def described_noun(sentence: str) -> str | None:
    """A noun phrase alone, its noun after the participle that describes it ("Clinically and
    biochemically well-defined disorder."): the participle and the noun, else None. Measured on
    the 1,141 human lay summaries of ../shared/data: none flagged; on their abstracts, one (a
    title line of this shape)."""
    m = _DESCRIBED_NOUN.match(sentence.strip())
    if not m or m["head"] in AUX or m["head"] in FUNCTION or m["head"].endswith("ly"):
        return None
    if any(
        w.strip(",").lower() in AUX or w.strip(",").lower() in IRREGULAR for w in sentence.split()
    ):
        return None
    return f"{m['part']} {m['head']}"


# "2,214 women with relapsing MS, of whom 863 had at least one pregnancy.", "Forty adults with MS
# and 20 without.": who took part, copied from a labelled field ("Participants:") with no verb
# of its own; the only verb, if any, is inside the "of whom"/"who" clause.
_COUNTED_PEOPLE = re.compile(
    r"^(?:\d[\d,]*|[A-Z][a-z]+(?:-[a-z]+)?) (?:[\w-]+ ){0,3}?(?:people|persons|patients|"
    r"participants|adults|children|women|men|infants|mothers|individuals|subjects|volunteers)\b"
)
# (only a clause set off by a comma: "2,214 women, of whom 863 had ..."; one without a comma may
# run into the main verb: "Two studies that assessed X were identified")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:of whom|of which|who|whom|whose|which)\b[^,;]*")
_OWN_VERB = re.compile(r"\b(?:\w{3,}ed|\w+n't)\b", re.I)


def counted_fragment(sentence: str) -> str | None:
    """The counted people a sentence names with no verb of its own ("2,214 women with relapsing
    MS, of whom 863 had ..."), else None. Generous the other way: any auxiliary, known past form
    or word ending in -ed outside a relative clause counts as a verb."""
    m = _COUNTED_PEOPLE.match(sentence)
    if m is None or not re.match(
        r"\d|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
        r"Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|"
        r"Ninety|Hundred|A hundred)\b",
        sentence,
    ):
        return None
    own = _RELATIVE_CLAUSE.sub(" ", sentence)
    words = [w.lower() for w in WORD.findall(own)]
    if any(w in AUX or w in IRREGULAR for w in words) or _OWN_VERB.search(own):
        return None
    # a present-tense verb ("One in six people suffer ..."); a word in -ing alone is no verb
    if any(verb_forms(w) and not w.endswith("ing") for w in words[2:]):
        return None
    return m.group(0)
