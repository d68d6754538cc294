"""Referents: a sentence that picks out one of a set the summary never introduced
(`dangling_referent`).

"In the third trial, little or no difference was seen." reads as broken when no sentence before
it has told the reader of a first and a second trial: the count of trials ("The review included
six trials") does not say which one is the third. "The other studies were small." points at
studies that were never named. Both are what cutting a paper's sentence out of its place leaves
behind; a careful writer names the unit first ("One trial ...; a second trial ...").

Two shapes are read, each for a unit a study counts (trials, studies, people, animals, carers,
groups, arms: `plainsum.checks.counts`' classes):

- an ordinal after "the" ("the second trial", "the third small study"): an earlier sentence (or
  the same sentence before it) must single out one of that unit ("one trial", "a study",
  "another trial", "the first trial", "one of the trials"), so that a next one is meaningful;
  "the second stage of labour", "the third update of the review" (an "of" after the unit) and
  "the second most common" are not read;
- "the other" or "the remaining" before the unit ("the other trials", "the remaining two
  groups"): some of the unit must be singled out before, one or a counted few ("Two trials
  were small; the other trials ..."), not only the whole set named ("This was a review of
  studies. The other studies ...": other than which?).

A third shape (`dangling_groups`, a warning): a set of compared groups ("the two groups", "both
groups", "between groups", "in either group") named when nothing before it says what the groups
were (no group or arm named, no comparison, no allocation, no two options); and so a set of
compared options ("both plans", "between the two operations", "the two techniques") when,
besides, the summary has not used the word before ("Two operations were compared ...", "a
surgical technique"). A cut leaves these: "But there is no evidence for a difference between
both plans" is the second half of a sentence whose first half named the plans. Measured on the
1,141 human lay summaries of ../shared/data by bench/bench_fluency.py: 0.4% flagged, with
"either group" as before.

Counts with no noun ("Fourteen had stage 2 disease", "any of them"), things of the paper's
making ("The matrix shows ...") that nothing introduced and parts of the paper the reader does
not have ("in the main body of the review") are read in plainsum.checks.referent_counts; their
problems are made here.

The earlier text is the whole summary before the sentence, headline first, as a reader meets
it. Pure function; compiled once.
"""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import stem
from .counts import ANIMAL_NOUNS, CARER_NOUNS, PEOPLE_NOUNS, STUDY_NOUNS, noun_class
from .fluency_problem import Problem
from .referent_counts import (
    COUNT,
    bare_counts,
    counted_from_nothing,
    paper_parts,
    unintroduced_displays,
)

# Units a study counts, whose members a summary may pick out one by one.
UNITS = (
    STUDY_NOUNS
    | PEOPLE_NOUNS
    | CARER_NOUNS
    | ANIMAL_NOUNS
    | frozenset("group groups arm arms".split())
)
_PLURALS = frozenset(
    u for u in UNITS if u.endswith("s") or u in {"people", "men", "women", "children", "mice"}
)
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_COUNTS = "one two three four five six seven eight nine ten eleven twelve".split()
_ORDINALS = "second third fourth fifth sixth seventh eighth ninth tenth".split()
_ORDINAL = "|".join(_ORDINALS)
_COUNT = COUNT
# A word between the determiner and the unit: an adjective or a name, never a word that opens a
# phrase of its own ("the second leading cause of adult death": the unit is not what is counted)
_BETWEEN = (
    r"(?!(?:of|in|for|to|with|from|the|a|an|and|or|by|on|at|among|as|than|most|least)\b)"
    r"[\w'-]+,? "
)
# "the third trial", "the second, larger study", "the third randomised controlled trial"
_ORDINAL_UNIT = re.compile(
    rf"\bthe (?P<ord>{_ORDINAL}),? (?:{_BETWEEN}){{0,3}}?(?P<unit>{_UNIT})\b(?! of\b)(?!-)",
    re.I,
)
# "the other trials", "the remaining two studies", "the other small trial"
_OTHER_UNIT = re.compile(
    rf"\bthe (?P<ord>other|remaining) (?:(?:{_COUNT}) )?(?:{_BETWEEN}){{0,2}}?"
    rf"(?P<unit>{_UNIT})\b(?!-)",
    re.I,
)
# Only a sentence holding one of these words is read further.
_CUE = re.compile(rf"\bthe (?:{_ORDINAL}|other|remaining)\b", re.I)
# How a text singles out one member of a set: "one trial", "a small study", "another trial",
# "the first trial", "one of the trials", "a single study", "each trial", "a 2010 study".
_ONE_OF = (
    r"\b(?:one|a|an|another|single|each|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|earlier|later|former|latter|largest|smallest|biggest|oldest|newest)"
)
# "One was a small trial", "One of these included ...": a member singled out by a pronoun
_ONE_PRONOUN = r"\bone (?:of (?:these|those|them|the)\b|(?:was|were|is|had|has|did)\b)"


def _singled_out(text: str, unit: str, ordinal: str | None = None) -> bool:
    """Whether `text` singles out members of `unit`'s set: one of them ("one trial", "another
    study", "one of the trials"), or, before an `ordinal`, the ones before it by their count
    ("Two studies compared ... The third study ...", "Two of these ...")."""
    forms = _forms(unit)
    one = _forms(unit, plural=False)
    if (
        re.search(rf"{_ONE_OF},? (?:{_BETWEEN}){{0,3}}?(?:{one})\b", text, re.I)
        or re.search(_ONE_PRONOUN, text, re.I)
        # "the placebo group", "the smaller study", "this group": one picked out by name
        # ("this study" is the paper itself, not one of the studies it counts)
        or re.search(rf"\bthe (?:{_BETWEEN}){{1,3}}?(?:{one})\b", text, re.I)
        or (
            noun_class(unit.lower()) != STUDY_NOUNS
            and re.search(rf"\b(?:this|that) (?:{one})\b", text, re.I)
        )
    ):
        return True
    if ordinal is None:  # "Two studies were small; the other studies ...": any count
        return bool(
            re.search(rf"\b(?:{_COUNT}) (?:(?:{_BETWEEN}){{0,3}}?(?:{forms})\b|of\b)", text, re.I)
        )
    before = _ORDINALS.index(ordinal.lower()) + 1  # "third": two came before it
    count = rf"(?:{before}|{_COUNTS[before - 1]})"
    return bool(re.search(rf"\b{count} (?:(?:{_BETWEEN}){{0,3}}?(?:{forms})\b|of\b)", text, re.I))


def _forms(unit: str, *, plural: bool = True) -> str:
    """A pattern for every word of `unit`'s kind ("trial" names a study: "study|trial|..."),
    or of its stem among the units ("group|groups"); singular words only unless `plural`."""
    kind = noun_class(unit.lower())
    if kind is None:
        root = stem(unit.lower())
        kind = frozenset(u for u in UNITS if stem(u) == root)
    words = kind if plural else kind - _PLURALS
    return "|".join(sorted(words, key=len, reverse=True))


def dangling_referents(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each sentence of `sentences` (a whole summary in reading order, those
    from `start` on read) that picks out a member of a set no text before it introduced: "the
    third trial" with no one trial singled out before, "the other studies" with no study named
    before."""
    out: list[tuple[int, str]] = []
    for i, sentence in enumerate(sentences):
        if i < start:
            continue
        if not caseless.search(_CUE, sentence):
            continue
        before = " ".join(sentences[:i])
        for m in _ORDINAL_UNIT.finditer(sentence):
            if m["unit"].istitle():
                continue  # "the Second European Carotid Surgery Trial": a name
            if not _singled_out(before + " " + sentence[: m.start()], m["unit"], m["ord"]):
                out.append((i, m.group(0)))
        for m in _OTHER_UNIT.finditer(sentence):
            if not _singled_out(before + " " + sentence[: m.start()], m["unit"]):
                out.append((i, m.group(0)))
    return out


# "the two groups", "both groups", "between groups", "the groups": a set of groups a study
# compared, which the text must have set up before ("The trial compared X with Y. The two
# groups ...").
# "Arms" is left out: "both arms" is as often the body's. After "of" ("Of the two groups,
# only one ...") the set is named as a whole before a part of it is picked out.
_GROUPS = re.compile(
    r"(?<!\bof )(?<!\bOf )\b(?:(?:the|these) (?:two|three|four|2|3|4) groups|both (?:the )?groups|"
    r"between(?: the)? groups|(?:the|these) groups|(?:either|neither|each) group|"
    # "the control group", "the placebo group": one side of a comparison never set up (not
    # "The control group had usual care": that sets it up)
    r"the (?:control|comparison|placebo|sham|usual[- ]care|standard[- ]care) (?:group|arm)s?"
    r"(?! (?:had|got|received|took|was given|were given|was offered|were offered|kept|"
    r"continued|carried on)\b))\b"
    # ... unless what follows says who they are ("between the groups treated with X and Y")
    r"(?! (?:of|treated|given|taking|receiving|on|who|that|which|with|in which|assigned|"
    r"allocated)\b)",
    re.I,
)
# What sets up the groups: a group or arm named, a comparison, an allocation, two options.
_GROUPS_SET_UP = re.compile(
    r"\b(?:groups?|arms?|cohorts?|versus|vs|compar\w*|against|placebo|dummy|sham|controls?|"
    r"usual care|standard care|no treatment|randomi[sz]\w*|randomly|assigned|allocated|split|"
    r"divided|half|either|or (?:a|an|the|no)|those (?:who|given|taking|on|with)|others|"
    r"without|between \S+(?: \S+){0,4} and)\b",
    re.I,
)


# "both plans", "between the two operations", "the two techniques": a set of compared options
# (what each group had), named as if the reader knew them.
_OPTIONS = (
    r"(?:plans|treatments|therapies|drugs|medicines|methods|approaches|options|strategies|"
    r"techniques|regimens|procedures|schedules|interventions|programmes|programs|policies|"
    r"operations|diets|devices|products|versions)"
)
_OPTION_SET = re.compile(
    rf"(?<!\bof )(?<!\bOf )\b(?:both (?:the )?|(?:the|these) (?:two|three|2|3) |between (?:the )?"
    rf"(?:two )?){_OPTIONS}\b"
    r"(?! (?:of|to|that|which|who|used|given|tested|studied|compared|in which)\b)",
    re.I,
)
# "a benefit of X over Y": two options named by a comparison
_PREFERRED_OVER = re.compile(r"\b(?:benefit|advantage|superiority|preference)s?\b.*\bover\b", re.I)


def unintroduced_groups(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each sentence of `sentences` (from `start` on) that names a set of
    groups ("the two groups", "both groups") when no text before it, nor the sentence itself
    before the words, says what groups the study compared; or a set of options ("both plans")
    when besides no text before it uses the word."""
    out = []
    for i, sentence in enumerate(sentences):
        if i < start:
            continue
        for m in (caseless.search(_GROUPS, sentence), caseless.search(_OPTION_SET, sentence)):
            if m is None:
                continue
            before = " ".join(sentences[:i]) + " " + sentence[: m.start()]
            if _GROUPS_SET_UP.search(before) or _PREFERRED_OVER.search(before):
                continue
            noun = m.group(0).split()[-1].lower()
            if noun != "groups" and re.search(rf"\b{re.escape(noun[:5])}", before, re.I):
                continue  # "Two operations were compared ... between the two operations"
            out.append((i, m.group(0)))
    return out


# "the atorvastatin group", "the morphine arm", "the box trainer group": one side of a comparison
# picked out by what it had. The reader must have met that name before ("People took
# atorvastatin or a dummy pill."), or meet the other side in the same sentence ("in the
# midazolam group compared with the morphine group"). Words that name a role every comparison
# has ("the treatment group", "the control arm"), a degree ("the lower-dose group"), or a group
# that is no study arm ("the age group", "a support group", "the upper arm") say nothing a
# reader must have met: the set-up of such groups is `unintroduced_groups`' business.
_NAMED_GROUP = re.compile(
    r"\b[Tt]he (?P<name>(?:[a-z][a-z-]+ ){1,3}?)(?P<noun>groups?|arms?)\b(?! of\b)(?!-)"
)
_GROUP_ROLE_WORDS = frozenset(
    """control controls comparison comparator placebo sham treatment treatments treated untreated
    intervention interventions experimental active study trial usual standard care no other
    same whole entire complete combined overall total two three four five six both each either
    first second third fourth last one age support focus peer ethnic blood risk high-risk
    low-risk working population patient patients family social income racial minority target
    reference upper lower left right affected unaffected healthy older younger old young
    higher high low lower larger smaller large small long short early late weekly daily monthly
    dose doses drug drugs medicine medicines therapy surgery operation new newer same
    different respective relevant corresponding matched alternative various weak weakened
    paralysed dummy non-treatment""".split()
)
_NOT_A_NAME = frozenset("and or in of with on at by for to from the a an both each".split())
_OTHER_SIDE = re.compile(
    r"\b(?:group|arm)s?\b.*\b(?:group|arm)s?\b|\b(?:versus|vs|compared|than)\b"
)


def named_groups_from_nothing(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each sentence of `sentences` (from `start` on) that names one side of a
    comparison by what it had ("the atorvastatin group") when no text before it, nor the
    sentence itself, has named that treatment or the other side."""
    out = []
    for i, sentence in enumerate(sentences):
        if i < start or not re.search(r"\b(?:group|arm)s?\b", sentence):
            continue
        for m in _NAMED_GROUP.finditer(sentence):
            words = [w for w in re.split(r"[ -]", m["name"].strip()) if w]
            if _NOT_A_NAME & set(words):
                continue  # "the X and Y groups": both sides; "the day in both groups"
            own = [w for w in words if w not in _GROUP_ROLE_WORDS]
            if not own:
                continue
            if _OTHER_SIDE.search(sentence):
                continue  # "the midazolam group compared with the morphine group"
            before = " ".join(sentences[:i]) + " " + sentence[: m.start()]
            if any(re.search(rf"\b{re.escape(w[:4])}", before, re.I) for w in own):
                continue
            out.append((i, m.group(0)))
    return out


# "the second test", "the inverse orientation": a thing picked out against others of its kind (a
# next one, the reverse one), so the reader must have met its kind before. Not "the second stage
# of labour" (its "of" says what it is), not a rank ("the second leading cause"), not a name
# ("the Second European ... Trial"), not "the second dose" or "the third visit" (a series every
# reader knows), not "the second main outcome" or "the second objective" (the parts every paper
# has). "The treated" and "the aforementioned" are left out: a writer names the treated ones, or
# what was mentioned, in other words before ("mice" ... "the treated animals"), and a clean
# summary of a held-out set failed for it.
_CONTRAST = re.compile(
    r"\bthe (?P<mod>second|third|fourth|fifth|sixth|opposite|reverse|reversed|inverse|mutant) "
    r"(?P<pre>(?:[a-z-]+ ){0,2}?)"
    r"(?P<noun>[a-z][a-z-]+)\b(?! of\b)",
)
_NOT_CONTRAST_HEAD = frozenset(
    """of into over under after before during among about and or but to in on at by with for
    from than as is are was were be been leading most
    least largest highest biggest commonest best worst last smallest one two three four five six
    seven eight nine ten a an the because which that who whose randomly hand way side end time
    times half year years week weeks day days month months hour hours trimester round rounds
    direction case cases dose doses visit visits session sessions wave cycle attempt injection
    infusion main primary secondary key major outcome outcomes objective objectives aim aims
    question questions endpoint endpoints measure measures analysis kind kinds type types sort
    sorts category categories class classes""".split()
)
# "the second dose" leans only on a first, which every dose has; "the third dose" says the
# treatment was given three times or more, which the summary must have said ("three doses", "an
# injection each month"). A study's visits and sessions are a series every reader expects.
_LATE = frozenset("third fourth fifth sixth".split())
_SERIES = frozenset("dose injection infusion shot".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def unnamed_contrasts(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each sentence of `sentences` (from `start` on) that picks a thing out
    against others of its kind ("the second test", "the inverse orientation") when no text before
    it, nor the sentence before the words, names that kind of thing at all."""
    out = []
    for i, sentence in enumerate(sentences):
        if i < start or not _CONTRAST_CUE.search(sentence):
            continue
        for m in _CONTRAST.finditer(sentence.lower()):
            words = [*m["pre"].split(), m["noun"]]
            if m["mod"] in _LATE and m["noun"] in _SERIES and not m["pre"]:
                pass  # "the third dose": a series, but one the reader must have been told of
            elif any(w in _NOT_CONTRAST_HEAD for w in words):
                continue
            if sentence[m.start("pre") : m.end("noun")][:1].isupper():
                continue  # "the Second European Carotid Surgery Trial": a name
            head = sentence[: m.start()].lower()
            if m["mod"] in _ORDINALS and re.search(r"\b(?:one|first)\b", head):
                continue  # "one reported X, the second showed Y": the first is in the sentence
            before = " ".join(sentences[:i]) + " " + sentence[: m.start()]
            named = {stem(w.lower()) for w in _WORD.findall(before)}
            if stem(m["noun"]) not in named:
                out.append((i, sentence[m.start() : m.end()]))
    return out


_CONTRAST_CUE = re.compile(
    r"\bthe (?:second|third|fourth|fifth|sixth|opposite|reverse|inverse|mutant)",
    re.I,
)


# "the other main outcome", "the remaining secondary outcomes": one of a set of outcomes a paper
# named as main (secondary, key), when the summary has named none of them as such ("The main
# outcome was pain."). A bare "the other outcomes" after results is how people write ("For all
# other outcomes, the evidence is very uncertain": 9 human lay summaries of ../shared/data), and
# is not read; nor one the sentence names at once ("the other main outcome, staying in
# treatment, ...", "the other secondary outcomes including stillbirth"): a light fault, and a
# repair that drops the sentence loses its result.
_NAMED_AT_ONCE = re.compile(
    r"(?:,? (?:including|such as|like|namely)\b| of\b|:| \(|, (?:[\w'-]+ ){0,5}[\w'-]+,)"
)
_OTHER_RANKED = re.compile(
    r"\bthe (?:other|remaining) (?P<rank>main|primary|secondary|key|major|important) "
    r"(?:outcome|endpoint|measure)s?\b",
    re.I,
)
# "the double dose", "the half dose": a dose measured against one the summary has not given (a
# usual, standard or single dose, a dose in units, "a dose of ...").
_TIMES_DOSE = re.compile(
    r"\bthe (?:double|doubled|triple|tripled|quadruple|half|halved) doses?\b", re.I
)
_BASE_DOSE = re.compile(
    r"\b(?:standard|usual|normal|regular|recommended|licensed|starting|single|daily|low|lower|"
    r"lowest|one) doses?\b|\bdoses? of\b|\d(?:[\d.,]*) ?(?:mg|g|µg|mcg|micrograms?|milligrams?|"
    r"grams?|ml|units?|iu)\b",
    re.I,
)
# "the low-dose group", "the higher dose arm": a group by the size of its dose when nothing before
# speaks of doses at all.
_DOSE_GROUP = re.compile(
    r"\bthe (?:low|lower|lowest|high|higher|highest|medium|middle|standard|usual)[- ]dose "
    r"(?:group|arm)s?\b",
    re.I,
)
_DOSES = re.compile(r"\bdos(?:e|es|ed|ing|age|ages)\b", re.I)


def unled_ranked(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each sentence (from `start` on) that names one of a ranked or measured
    set the summary never set up: "the other main outcome" with no main outcome named as such
    before, "the double dose" with no dose to double, "the low-dose group" with no doses."""
    out = []
    for i, sentence in enumerate(sentences):
        if i < start or not _RANKED_CUE.search(sentence):
            continue
        earlier = " ".join(sentences[:i])
        for m in _OTHER_RANKED.finditer(sentence):
            before = f"{earlier} {sentence[: m.start()]}"
            rank = m["rank"].lower()
            if _NAMED_AT_ONCE.match(sentence, m.end()):
                continue
            if not re.search(
                rf"\b(?:{rank} |(?:one|two|three|four|both) (?:{rank} )?)(?:outcome|endpoint|"
                r"measure)s?\b",
                before,
                re.I,
            ):
                out.append((i, m.group(0)))
        for pattern, led in ((_TIMES_DOSE, _BASE_DOSE), (_DOSE_GROUP, _DOSES)):
            for m in pattern.finditer(sentence):
                if not led.search(f"{earlier} {sentence[: m.start()]}"):
                    out.append((i, m.group(0)))
    return out


_RANKED_CUE = re.compile(r"\b(?:other|remaining)\b|\bdose\b", re.I)


def referent_problems(sentences: list[str], start: int = 0) -> list[Problem]:
    """A fluency problem (`dangling_referent`) for each span `dangling_referents` finds."""
    return (
        [
            Problem(
                "dangling_referent",
                span,
                f"'{span}' picks out one of a set the summary never introduced: the reader cannot "
                "tell which one it means.",
                "Name the thing itself ('One trial of 40 people ...'), or introduce the set first "
                "('Of the three trials, one ...').",
            )
            for _, span in dangling_referents(sentences, start)
        ]
        + [
            Problem(
                "dangling_referent",
                span,
                f"'{span}' picks a thing out against others of its kind, but the summary has "
                "not named that kind of thing before: the reader cannot tell what it means.",
                "Name the thing first ('Two tests were tried; the second ...'), or say what it "
                "is ('the test of urine').",
            )
            for _, span in unnamed_contrasts(sentences, start)
        ]
        + [
            Problem(
                "dangling_referent",
                span,
                f"'{span}' is one of a set the summary never set up (no main outcome named as "
                "such, no dose to measure it against): the reader cannot tell what it means.",
                "Name the set first ('The main outcomes were falls and pain. ...'), or say what "
                "it is ('twice the usual 5 mg dose').",
            )
            for _, span in unled_ranked(sentences, start)
        ]
        + [
            Problem(
                "dangling_groups",
                span,
                f"'{span}' names a group by what it had, but the summary has not said before "
                "that anyone had it: the reader cannot tell who these people are.",
                "Say what the groups had first ('People took atorvastatin or a dummy pill. "
                "Those who took atorvastatin ...').",
            )
            for _, span in named_groups_from_nothing(sentences, start)
        ]
        + [
            Problem(
                "dangling_groups",
                span,
                f"'{span}': the summary has not said which groups the study compared.",
                "Say what the groups were ('the people who took the drug and those who took a "
                "dummy pill').",
            )
            for _, span in unintroduced_groups(sentences, start)
        ]
        + [
            Problem(
                "dangling_referent",
                span,
                f"'{span}' is a count with no noun, and the sentence before names nothing it "
                "could count: the reader cannot tell what it counts.",
                "Name what is counted ('Only one of the two trials ...').",
            )
            for _, span in bare_counts(sentences, start)
        ]
        + [
            Problem(
                "dangling_referent",
                span,
                f"'{span}' opens on something of the paper's own making that the summary never "
                "introduced: the reader cannot tell what it is.",
                "Say what it is first ('The researchers drew up a table of ...; it showed ...'), "
                "or say what was found without it.",
            )
            for _, span in unintroduced_displays(sentences, start)
        ]
        + [
            Problem(
                "dangling_referent",
                span,
                f"'{span}' counts out of a set the summary has not named just before: the "
                "reader cannot tell what it stands for.",
                "Name the set ('none of the three drugs').",
            )
            for _, span in counted_from_nothing(sentences, start)
        ]
        + [
            Problem(
                "dangling_referent",
                span,
                f"'{span}' points to a part of the paper the summary's reader does not have.",
                "Say what that part reports, or leave the pointer out.",
            )
            for _, span in paper_parts(sentences, start)
        ]
    )
