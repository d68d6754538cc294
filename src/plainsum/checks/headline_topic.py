"""A headline that names nothing the paper studied: every word of it is the frame any paper
uses ("A review found no studies to include", "A review of five trials found the evidence was
not clear", "The quality of the available evidence is very low"). A reader who sees only the
headline learns neither the treatment nor the condition nor the outcome, even when what it says
is true: an editor would add what the review looked for.

Both must hold: the headline names none of the paper's subject terms (plainsum.checks.subject:
the rare words of its title and aim and the words it uses again and again, by stem, first
letters, long form or plain phrase), and each of its content words is a word of that frame: a
design, the people, the evidence and its grade, finding and reporting (`FRAME`). A headline
with a word of its own that is not a subject term ("Women managed in hospital more often had a
caesarean section") names something and is left to the other headline rules.

Two narrower shapes are errors (`unowned`): an effect with nothing named that had it ("This
review does for the first time suggest a survival benefit": the rest of the headline names no
subject term, and no "of", "from" or "with" follows the effect), and a group named only by its
role ("The rate of low blood sugar was higher in the treatment group") in a headline that does
not name, by its own words, what the aim says was tested ("To assess if insulin given ...").
Read alone, neither says what was tried, or on whom. Measured on the 1,095 sentences
bench_gate takes from human lay summaries as their headlines: the effect 2 (0.2%, both already
headline errors), the role 0; 0 of the 41 clean headlines of the labelled corpus.

The frame-only headline is an error: even when it is true ("A review found no studies to
include", "A study found the results were promising"), a reader who sees only the headline
learns nothing of what was studied, and no headline that states the main finding is made of
frame words alone (issue 8: independent readers counted "A trial found the evidence was not
clear" a template, not a finding). Of the 1,095 sentences bench_gate takes from human lay
summaries as their headlines it flags 20 more, such as "What evidence did we find?" and "The
quality of the evidence was very low.", none of them a headline either.
"""

from __future__ import annotations

import re

from ..evidence import PREFIX_LETTERS, content_words, stem
from ..ingest import Source
from ..schemas import Finding, Severity
from .subject import GENERAL, names_subject, treatment_terms

# Words that say how a study was done, how many studies or people, what kind of evidence it
# found and how sure it is, and that it found or reported something: never what it was about.
FRAME = GENERAL | frozenset(
    stem(w)
    for w in """review reviews found find finds finding findings include includes including
    suitable eligible research researchers authors paper report reports reported evidence clear
    unclear enough conclusion conclusions draw drawn effect effects study studies trial trials
    certainty quality uncertain certain very low moderate high available result results whether
    benefit benefits harm harms work works worked help helps helped look looked looks any
    current currently information difference differences clearly probably may might one two
    three four five six seven eight nine ten eleven twelve single several many few
    promising encouraging positive negative mixed inconclusive conclusive important interesting
    useful new good bad weak strong limited further future need needed warranted""".split()
)


def names_nothing(source: Source, headline: str) -> bool:
    """Whether `headline` names none of the paper's subject terms and holds only frame words."""
    words = content_words(headline)
    return (
        bool(words) and all(stem(w) in FRAME for w in words) and not names_subject(source, headline)
    )


def nothing_named(source: Source, headline: str, bare: str) -> list[Finding]:
    """An error when the headline (`bare`: without its full stop) names nothing studied."""
    if not names_nothing(source, bare):
        return []
    return [
        Finding(
            check="headline",
            severity=Severity.ERROR,
            section="headline",
            span=headline,
            message=f"The headline names nothing the paper studied (its treatment, condition "
            f"or outcome): {headline!r}.",
            hint="Say what was studied: 'A review found no trials of X for Y'.",
        )
    ]


# "a survival benefit", "an effect", "no clear differences": an effect after an article or a
# quantity word, up to two words describing it.
_EFFECT = re.compile(
    r"\b(?:a|an|any|some|no|little|clear)\s+(?:[\w-]+\s+){0,2}?(?:benefits?|effects?|"
    r"advantages?|improvements?|harms?|differences?|reductions?|increases?|gains?)\b",
    re.I,
)
# What had it, named right after ("a benefit of X", "benefits and harms of X", "an effect on").
_OWNER_AFTER = re.compile(
    r"\s*(?:,?\s*(?:or|and)\s+(?:the\s+)?[\w-]+\s+)?(?:of|from|with|for|in favou?r|between|on|"
    r"when|by|after|to|over|compared|versus|vs|among|in)\b",
    re.I,
)
# "the treatment group", "the study arms": a group named by its role in the study; what follows
# may say who they were ("the treatment group, who took insulin").
_ROLE_GROUP = re.compile(
    r"\bthe\s+(?:treatment|intervention|experimental|active|drug|study|treated|therapy)\s+"
    r"(?:groups?|arms?)\b(?!\s*,?\s*(?:who|that|which|given|taking|receiving|on|of)\b)",
    re.I,
)


def _names_own(text: str, terms: dict[str, str]) -> bool:
    """Whether `text` uses one of `terms` by its own stem or first letters (no stand-in: "low
    blood sugar" names an outcome, not the glucose-lowering treatment)."""
    stems = {stem(w) for w in content_words(text)}
    prefixes = {s[:PREFIX_LETTERS] for s in stems if len(s) >= PREFIX_LETTERS}
    return any(
        t in stems or (len(t) >= PREFIX_LETTERS and t[:PREFIX_LETTERS] in prefixes) for t in terms
    )


# "There were no clear differences in weight gain": a difference said to be there or not, with
# nothing it lies between: no groups, no comparison, no treatment of the paper's aim.
_DIFFERENCE_THERE = re.compile(
    r"^there\s+(?:was|were|is|are)\s+"
    # the evidence said of it first: "There was strong evidence of no difference in miscarriage
    # rate" (CD010287's draft: its conclusions say letrozole against SERMs)
    r"(?:(?:[\w-]+\s+){0,2}?evidence\s+(?:of|for|that\s+there\s+(?:was|were|is|are))\s+)?"
    r"(?P<said>(?:no|little|a|an|some|clear|small|large)\s+"
    r"(?:[\w-]+\s+){0,2}?differences?\s+(?:in|for|on))\b",
    re.I,
)
_SIDES = re.compile(
    r"\b(?:between|compared|versus|vs|than|with|without|after|from|among|groups?|arms?)\b", re.I
)


def _difference_of_nothing(source: Source, headline: str) -> str | None:
    """The difference an existential headline states with nothing it lies between ("There were
    no clear differences in weight gain", "There was strong evidence of no difference in
    miscarriage rate"), unless it names what the aim says was tested."""
    m = _DIFFERENCE_THERE.match(headline)
    if m is None or _SIDES.search(headline, m.end()):
        return None
    if _names_own(headline, treatment_terms(source)):
        return None
    return m.group("said")


def unowned(source: Source, headline: str) -> str | None:
    """What a headline (`headline`: without its full stop) says of nothing named: an effect
    ("a survival benefit") when nothing else in it names a subject term, or a group named by its
    role ("the treatment group") when nothing else names what the aim says was tested; else
    None."""
    for m in _EFFECT.finditer(headline):
        if _OWNER_AFTER.match(headline, m.end()):
            continue
        if not names_subject(source, headline[: m.start()] + " " + headline[m.end() :]):
            return m.group(0)
    nothing_between = _difference_of_nothing(source, headline)
    if nothing_between:
        return nothing_between
    role = _ROLE_GROUP.search(headline)
    if role and not _names_own(
        headline[: role.start()] + " " + headline[role.end() :], treatment_terms(source)
    ):
        return role.group(0)
    return None


# --- a measure of nothing named --------------------------------------------------------------

# Measures that are always of something: a test's accuracy, a treatment's success rate, a
# drug's share taken up, a test's result. As a headline's subject with no "of ..." after them
# ("Among 307 people with symptoms, sensitivity and specificity were 72.1% and 98.7%", "The
# overall success rate was 65.8% among 155 patients") they leave out what was tested.
_MEASURE = (
    r"sensitivit(?:y|ies)|specificit(?:y|ies)|accuracy|(?:positive|negative) predictive values?|"
    r"(?:[a-z]+ )?rates?|bioavailability|share|proportion|percentage|(?:test )?results?|levels?|"
    r"concentrations?"
)
_MEASURE_SUBJECT = re.compile(
    r"^(?:(?:among|in|of|for)\s+[^,]{1,60},\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:overall\s+|mean\s+|median\s+|average\s+|pooled\s+|combined\s+)?"
    rf"(?P<measure>(?:{_MEASURE})(?:\s+and\s+(?:the\s+)?(?:{_MEASURE}))?)\s+"
    r"(?:was|were|is|are|reached|ranged|stood)\b",
    re.I,
)
_WHO_FIRST = re.compile(
    r"^(?:among\s+[^,]{1,60}|in\s+(?:\d[\d,]*\s+)?(?:[a-z-]+\s+)?(?:people|persons|patients|"
    r"participants|adults|children|women|men)\b[^,]{0,50}),\s+",
    re.I,
)
# Words that say who was measured, how many, when and which way: none names what was tested.
_NOT_TESTED = FRAME | frozenset(
    stem(w)
    for w in """people persons person patients patient participants adults children women men
    cases overall positive negative similar higher lower respectively about around between
    among symptomatic asymptomatic healthy older younger young aged year years month months
    week weeks day days""".split()
)


# A result said positive or negative of people, with no test named: "Patients with other lung
# diseases had negative results in 7 and positive in 3 cases" (plaba 1887812: the paper's point
# is its blood test, which the headline never names).
_SIGNED_RESULTS = re.compile(
    r"\b(?:had|gave|showed|returned|got)\s+(?:(?:a|mostly|only|more|fewer)\s+)?"
    r"(?P<measure>(?:negative|positive)\s+(?:test\s+)?results?)\b"
    r"(?!\s+(?:of|on|for|from|with|in\s+the)\b)",
    re.I,
)
_A_TEST = re.compile(
    r"\b(?:tests?|testing|assays?|screens?|screening|scans?|cultures?|swabs?|smears?|biops(?:y|ies)|"
    r"measurements?|levels?|antibod(?:y|ies)|markers?)\b",
    re.I,
)


def unowned_measure(headline: str) -> str | None:
    """The measure a headline (`headline`: without its full stop) opens on when it names
    nothing it measured: no "of ..." after it, and no word beside the people (an opening
    "Among ...," or "In N adults ...," says only who), the numbers and the frame ("Among 307
    people with symptoms, sensitivity and specificity were 72.1% and 98.7%"); else None.
    Measured: 1 of the 16,536 sentences of the human lay summaries ("The results were
    reported after three weeks of treatment.", no headline), 1 of the 1,141 offline drafts'
    headlines (the readers' plaba-33983916). Results said negative or positive of people with
    no test named in the headline (`_SIGNED_RESULTS`) are such a measure too: 1 of the 1,141
    offline headlines at d23f05cb (plaba 1887812)."""
    signed = _SIGNED_RESULTS.search(headline)
    if signed and not _A_TEST.search(headline):
        return signed.group("measure")
    m = _MEASURE_SUBJECT.match(headline)
    if m is None:
        return None
    # who was measured, said first, names nothing tested: "Among 412 adults with a cough, ..."
    who = _WHO_FIRST.match(headline)
    lead = headline[who.end() : m.start("measure")] if who else headline[: m.start("measure")]
    rest = lead + " " + headline[m.end("measure") :]
    named = [
        w
        for w in content_words(rest)
        if stem(w) not in _NOT_TESTED and not any(c.isdigit() for c in w)
    ]
    return None if named else m.group("measure")
