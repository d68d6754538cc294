"""The fixed frame sentences of an offline draft: what kind of study it was, the caveat its
design needs, the not-about-MS statement and the pointer to the reader's care team.

Frames hold no number and no claim about one paper: each is true of every paper of its design.
They are the only sentences of an offline draft with no source sentence behind them.
"""

from __future__ import annotations

import re
from functools import cache

from ..schemas import StudyDesign

DOCTOR = "If you have questions about your own care, talk with your doctor or care team."
NOT_MS = "This study did not look at MS, so what it means for people with MS is not known."
# The same, after a sentence that names the condition the paper studied ("This review was
# about migraine."): two short sentences read more easily than one long one.
NOT_ABOUT_MS = "It did not look at MS, so what it means for people with MS is not known."
# The few_people caveat for a small study of people (checks/caveats.py decides what is small):
# true of whatever was small, a trial of 12, lab tests on 43 patients' serum or a review whose
# one trial had 24 people ("This was a small study" would call such a review small). As long
# as the sentence it replaces, and with no word for people: it must not read as the
# not-in-people caveat of lab work on a few patients' cells.
# A review that found no study to include: the review's caveat, said of a review with none.
EMPTY_REVIEW = (
    "What a review can tell us depends on the studies it finds; this one found none it could "
    "include, so the question is still open."
)
SMALL_STUDY = "The group studied was small, so the results may not apply to others."
# A paper posted before peer review (preprints.is_preprint), whatever its design.
PREPRINT_SAID = (
    "This paper is a preprint: other scientists have not yet checked it (peer review), so its "
    "findings may change."
)

# Why it matters for an MS paper whose abstract states no conclusion on what its finding means
# (none, or only a call for more research): true of it, and better than a stock sentence.
NO_MEANING = "The study's summary does not say what this means for people with MS."
# ... and for one whose authors' only conclusion is the headline word for word: said again under
# why it matters, it was the headline twice ("The authors conclude that <the headline>"); the
# headline says their finding, and the summary says no more of it.
# (the gate reads it as a note on the summary: `evidence_frames`)
HEADLINE_IS_THEIRS = (
    "The study's summary does not say more about what this means for people with MS."
)

# The caveat of lab work on the biology of germs or plants themselves, not meant for people's
# bodies or treatments: "not yet shown in people" would suggest it was (the gate accepts this).
NO_PEOPLE = ("This work was done in the lab.", "No people took part in it.")
_MICROBES = re.compile(
    r"\b(?:bacteri\w*|spores?|sporulat\w*|yeasts?|fungal|fungi|archaea\w*|phages?|"
    r"bacteriophages?|plants?|Arabidopsis|Escherichia|E\. coli|Bacillus|Clostridi\w*|"
    r"Streptomyces|Saccharomyces|Firmicutes|microb\w*)\b"
)
_FOR_PEOPLE = re.compile(
    r"\b(?:humans?|patients?|people|persons|participants|clinical|therap\w*|treatments?|"
    r"drugs?|vaccines?|antibiotics?|human cells|blood|tissues?|infections? in)\b",
    re.I,
)


def about_germs_alone(texts: list[str]) -> bool:
    """Whether lab work is about the biology of germs or plants themselves: its aims, methods,
    results and conclusions (`texts`) name microbes or plants and never people, patients,
    treatments or human tissue (background left out: "C. difficile causes diarrhoea" there
    sets the scene)."""
    joined = " ".join(texts)
    return bool(_MICROBES.search(joined)) and not _FOR_PEOPLE.search(joined)


# What kind of study it was. Unknown designs get no design sentence rather than a wrong one.
DESIGN_SENTENCE: dict[StudyDesign, str] = {
    StudyDesign.REVIEW: "This was a review of earlier studies.",
    StudyDesign.NARRATIVE_REVIEW: "This paper is a review.",
    StudyDesign.TRIAL: "This was a clinical trial in people.",
    StudyDesign.OBSERVATIONAL: "This study looked at a group of people.",
    StudyDesign.ANIMAL: "This was a study in {animals}.",
    StudyDesign.LAB: "This was a lab study.",
    StudyDesign.CASE_REPORT: "This paper reports on one patient or a small group of patients.",
    StudyDesign.GUIDELINE: "This paper is a guideline: advice for health professionals.",
    StudyDesign.DIAGNOSTIC: "This study looked at how well a test shows who has a condition.",
    StudyDesign.ECONOMIC: "This study looked at costs and value for money.",
    StudyDesign.PROTOCOL: "This paper describes a planned study, so it has no results yet.",
    StudyDesign.QUALITATIVE: "This study asked people in depth about their views and experiences.",
}

# An animal study that also measured people's samples ("TWEAK was high in urine from patients
# with ADPKD"): "done in mice, not in people" would be false of that part (reader w2, plaba
# 34155062), so its caveat says most of it was.
MOSTLY_ANIMALS = "Most of this work was done in {animals}, not in people."
_HUMAN_PART = re.compile(
    # (never "in human": "granulomas similar to those formed in human tuberculosis" compares)
    r"\b(?:from|of) (?:human|patients?|people|persons|healthy (?:volunteers|donors))\b"
    r"|\bhuman (?:samples?|tissues?|cells?|kidneys?|brains?|biops\w+|subjects|cohorts?|"
    r"blood|serum|plasma|urine|volunteers|donors|post-?mortem)\b"
    r"(?! (?:diseases?|disorders?|conditions?|cancers?|infections?)\b)",
    re.I,
)
# A measure taken in people themselves: "cell burden was higher in patients who died from X" (a
# lab study's human cells or samples are still lab work; this is not).
_MEASURED_IN_PEOPLE = re.compile(
    r"\b(?:was|were) (?:\w+ ){0,3}?(?:higher|lower|increased|decreased|elevated|reduced|raised|"
    r"found|detected|measured|present) in (?:\w+ ){0,2}?(?:patients|people|persons|humans|"
    r"donors|individuals|volunteers)\b",
    re.I,
)


def with_human_part(texts: list[str], lab: bool = False) -> bool:
    """Whether an animal study's own sentences (`texts`, no background) say it also measured
    people or their samples; of a `lab` study, whether they say it measured people themselves."""
    if lab:
        return any(_MEASURED_IN_PEOPLE.search(t) for t in texts)
    return any(_HUMAN_PART.search(t) or _MEASURED_IN_PEOPLE.search(t) for t in texts)


# The caveat each design needs, in the words the gate's caveat check accepts.
DESIGN_CAVEATS: dict[StudyDesign, tuple[str, ...]] = {
    StudyDesign.LAB: (
        "This work was done in the lab, not in people.",
        "We do not know yet if the same happens in people.",
    ),
    StudyDesign.ANIMAL: (
        "This work was done in {animals}, not in people.",
        "Results in animals may not hold in humans.",
    ),
    StudyDesign.OBSERVATIONAL: (
        "This kind of study can find a link, but it cannot show cause and effect.",
    ),
    StudyDesign.REVIEW: ("A review can only be as good as the studies it includes.",),
    StudyDesign.NARRATIVE_REVIEW: ("A review can only be as good as the studies it includes.",),
    StudyDesign.CASE_REPORT: (
        "This report is about one or a few people, so it may not apply to others.",
    ),
    StudyDesign.TRIAL: (
        "This was a single trial, so the results may not apply to everyone and need confirming.",
    ),
    StudyDesign.GUIDELINE: (
        "A guideline gives general advice; what is right for one person depends on their "
        "own situation.",
    ),
    StudyDesign.DIAGNOSTIC: (
        "How well a test works can differ between groups of people and between settings.",
    ),
    StudyDesign.ECONOMIC: (
        "Costs and value for money can differ between countries and health systems.",
    ),
    StudyDesign.PROTOCOL: ("The study has no results yet, so it cannot show what works.",),
    StudyDesign.QUALITATIVE: (
        "A study like this shows what the people asked said; it cannot show how common their "
        "views are, or what works.",
    ),
    StudyDesign.UNKNOWN: (),
}

# The caveat of a Mendelian randomisation study (`DesignInfo.mendelian`) in place of the
# observational one: it is meant to test cause, and can only do so on its assumptions (the genes
# act on the outcome through the thing studied alone). Both sentences are the gate's link-not-cause
# caveat in its own words.
MENDELIAN = (
    "This kind of study uses people's genes to test cause and effect, but it cannot prove cause.",
    "We cannot be sure of the cause unless the genes act on the outcome only through the thing "
    "studied.",
)

# How a headline names a design when it has to be built from parsed facts.
HEADLINE_KIND: dict[StudyDesign, str] = {
    StudyDesign.REVIEW: "A review",
    StudyDesign.NARRATIVE_REVIEW: "A review",
    StudyDesign.TRIAL: "A trial",
    StudyDesign.OBSERVATIONAL: "A study",
    StudyDesign.ANIMAL: "A study in {animals}",
    StudyDesign.LAB: "A lab study",
    StudyDesign.CASE_REPORT: "A case report",
    StudyDesign.GUIDELINE: "A guideline",
    StudyDesign.DIAGNOSTIC: "A study of a test",
    StudyDesign.ECONOMIC: "A study of costs",
    StudyDesign.PROTOCOL: "A planned study",
    StudyDesign.QUALITATIVE: "A study of people's experiences",
    StudyDesign.UNKNOWN: "A study",
}


# What the paper must itself say before a draft names its design (the gate holds a design
# statement to the same evidence); the first sentence that says it is the statement's evidence.
DESIGN_NAMED: dict[StudyDesign, re.Pattern[str]] = {
    StudyDesign.REVIEW: re.compile(
        r"\b(?:review\w*|meta-?analys\w*|searched|included (?:studies|trials)|pooled)\b", re.I
    ),
    StudyDesign.NARRATIVE_REVIEW: re.compile(r"\breview\w*\b", re.I),
    StudyDesign.TRIAL: re.compile(
        r"\b(?:trials?|randomi[sz]\w*|placebo|randomly (?:assigned|allocated))\b", re.I
    ),
    StudyDesign.OBSERVATIONAL: re.compile(
        r"\b(?:cohort|observational|cross-sectional|case-control|registry|survey|population)\b",
        re.I,
    ),
    StudyDesign.ANIMAL: re.compile(
        r"\b(?:mice|mouse|murine|rats?|animals?|rodents?|zebrafish|monkeys?|primates?|pigs?|"
        r"dogs?|rabbits?|sheep|drosophila|flies|larvae|medaka|fish)\b",
        re.I,
    ),
    StudyDesign.LAB: re.compile(r"\b(?:cells?|cultures?|cultured|in vitro|laborator\w*)\b", re.I),
    StudyDesign.CASE_REPORT: re.compile(r"\b(?:case|cases|patient)\b", re.I),
    StudyDesign.GUIDELINE: re.compile(r"\bguidelines?\b", re.I),
    StudyDesign.DIAGNOSTIC: re.compile(r"\b(?:diagnostic|accuracy|sensitivity)\b", re.I),
    StudyDesign.ECONOMIC: re.compile(r"\bcost", re.I),
    StudyDesign.PROTOCOL: re.compile(r"\bprotocol\b", re.I),
    StudyDesign.QUALITATIVE: re.compile(
        r"\b(?:qualitative|interview\w*|focus groups?|themes?|thematic\w*)\b", re.I
    ),
}


def design_sentence(design: StudyDesign, animals: str = "animals") -> str | None:
    """The frame that says what kind of study this was, or None for an unknown design."""
    sentence = DESIGN_SENTENCE.get(design)
    return sentence.format(animals=animals) if sentence else None


# A trial paper that reports several trials of its own (`DesignInfo.one_study` is false).
SEVERAL_TRIALS = "The paper is a report of more than one clinical trial in people."

_DESIGN_SENTENCES = re.compile(
    "|".join(
        re.escape(s).replace(re.escape("{animals}"), r"\w+(?:[ -]\w+){0,2}")
        for s in (*DESIGN_SENTENCE.values(), SEVERAL_TRIALS)
    )
)


def is_design_sentence(text: str) -> bool:
    """Whether `text` is the frame that says what kind of study it was, for any design and any
    animal ("This was a study in mice."): it says nothing of the paper's own."""
    return _DESIGN_SENTENCES.fullmatch(text) is not None


def caveats(design: StudyDesign, animals: str = "animals") -> list[str]:
    """The caveats the design needs, in plain words."""
    return [c.format(animals=animals) for c in DESIGN_CAVEATS.get(design, ())]


@cache
def all_frames() -> frozenset[str]:
    """Every fixed frame sentence (with "animals" for the animal slot)."""
    out = {DOCTOR, NOT_MS, NOT_ABOUT_MS, NO_MEANING, SMALL_STUDY, SEVERAL_TRIALS, EMPTY_REVIEW}
    out.add(HEADLINE_IS_THEIRS)
    out.update(NO_PEOPLE)
    out.update(MENDELIAN)
    out.add(MOSTLY_ANIMALS.format(animals="animals"))
    for design in StudyDesign:
        s = design_sentence(design)
        if s:
            out.add(s)
        out.update(caveats(design))
    return frozenset(out)
