"""A design the summary states and the paper contradicts.

"This was a clinical trial in people." or "This was a single trial, so ..." of a paper that
pooled 79 publications; "This was a study in people." of work done in mice or in cells. The
support check asks whether the paper has words of the kind a design statement names
(study_statements.design_statement): a pooled analysis of trials has the word "trial" all
through it, so that passes. This check reads what the paper says it did instead:

- one_trial: a sentence says this study was one trial ("This was a (single, clinical ...)
  trial") where the paper says it took in several studies ("79 publications were included",
  "we included 12 trials": plainsum.design_count.studies_taken_in, on the paper's own work:
  its background, the reviews it cites and its earlier work left out);
- in_people: a sentence says this study was done in people ("This was a trial in adults")
  where the paper's design is lab or animal work with no people in it.
- in_animals: a sentence says the work (or its result) was in an animal ("in mice", "a rat
  study", "This was a study in animals") that the paper never names, not even by its strain or
  an adjective ("murine", "C57BL/6"): work in cell lines told as work in mice.

Only sentences that state what this study was are read ("This was ...", "It was ...", "The
study was ..."): "Only a single trial measured pain" is one of a review's trials, and true.
"""

from __future__ import annotations

import re

from .. import caseless
from ..design import DesignInfo
from ..design_cited import without_cited_reviews, without_earlier_work
from ..design_count import studies_taken_in
from ..ingest import Source
from ..schemas import EvidenceLink, Finding, Severity, StudyDesign

CHECK = "support"

_THIS_WAS = r"\b(?:this|it|the (?:study|paper|work|research|report))\s+(?:was|is)\s+"
# "This was a single trial", "This was a clinical trial in people", "It was only one small
# randomised trial" (not "a trial of ..."'s plural, not "one of the trials")
_ONE_TRIAL = re.compile(
    _THIS_WAS + r"(?:only\s+|just\s+)?(?:a|one)\s+(?:[\w-]+\s+){0,3}?trial\b(?!s)",
    re.I,
)
# "This was a study in people", "It was a trial in adults with asthma", "a study of patients"
_IN_PEOPLE = re.compile(
    _THIS_WAS + r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|experiment)\s+(?:in|of|with|on)\s+"
    r"(?:(?:healthy|older|young|adult)\s+)?(?:people|humans|patients|adults|children|women|men|"
    r"volunteers|participants)\b",
    re.I,
)
# "the study reported no deaths" in a summary of a review of 15 studies: which study? (not "the
# study period", "the end of the study", "the study design")
_THE_STUDY_SAID = re.compile(
    r"\bthe (?:study|trial) (?:also )?(?:reported|found|showed|observed|noted|recorded|saw|"
    r"measured)\b",
    re.I,
)
_NOT_IN_PEOPLE = frozenset({StudyDesign.LAB, StudyDesign.ANIMAL})
# The animal a sentence says the work was in, and the words by which a paper names that animal.
_ANIMAL_WORDS = {
    "mice": r"mouse|mice|murine|c57bl|balb",
    "rats": r"rats?|murine|wistar|sprague",
    "dogs": r"dogs?|canine|beagles?",
    "pigs": r"pigs?|piglets?|porcine|swine|minipigs?",
    "monkeys": r"monkeys?|macaques?|primates?|marmosets?",
    "zebrafish": r"zebrafish|danio",
    "rabbits": r"rabbits?",
    "sheep": r"sheep|ovine|lambs?|ewes?",
}
_ANIMAL_OF = {
    "mouse": "mice",
    "rat": "rats",
    "dog": "dogs",
    "pig": "pigs",
    "monkey": "monkeys",
    "rabbit": "rabbits",
}
# Where this work was done, said of it: "This was a study in mice", "The study was done in
# rats", "The experiments were carried out on mice", "in mice, not people", "This mouse study"
# (not background: "Animal studies suggest ...", "drugs that worked in the mouse").
_KIND = r"(?P<kind>mice|mouse|rats?|dogs?|pigs?|monkeys?|zebrafish|rabbits?|sheep|animals?)\b"
_IN_ANIMAL = re.compile(
    _THIS_WAS + r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:study|experiment|project)\s+(?:in|on|of|with|"
    r"using)\s+(?:[\w-]+\s+){0,2}?"
    + _KIND
    + r"|\b(?:this|the|our|these)\s+(?:[\w-]+\s+)?(?:study|work|research|experiments?)\s+"
    r"(?:was|were|is|are)\s+(?:\w+\s+){0,2}?(?:in|on|with|using)\s+(?:[\w-]+\s+){0,2}?"
    + _KIND.replace("kind", "kind2")
    + r"|\b(?:in|on)\s+(?:[\w-]+\s+){0,2}?"
    + _KIND.replace("kind", "kind3")
    + r",?\s+not\s+(?:in\s+)?(?:people|humans|patients)\b"
    r"|\b(?:this|the|our)\s+(?P<adj>mouse|rat|animal|dog|pig|monkey|rabbit)\s+"
    r"(?:study|experiments?|work|research)\b",
    re.I,
)
_ANY_ANIMAL = re.compile(
    r"\b(?:animals?|in vivo|" + "|".join(_ANIMAL_WORDS.values()) + r"|rodents?|"
    r"hamsters?|guinea pigs?|ferrets?|cats?|feline|horses?|equine|cows?|cattle|bovine|"
    r"chickens?|birds?|fish|frogs?|xenopus|flies|drosophila|worms?|elegans|insects?|"
    r"mosquito(?:es)?|larvae|embryos?)\b",
    re.I,
)


def _animal_not_named(text: str, paper: str) -> str | None:
    """The animal `text` says the work was in, when the paper never names that animal."""
    for m in caseless.finditer(_IN_ANIMAL, text):
        kind = next(k for k in (m["kind"], m["kind2"], m["kind3"], m["adj"]) if k).lower()
        kind = _ANIMAL_OF.get(kind, kind)
        if kind.startswith("animal"):
            named = _ANY_ANIMAL.search(paper)
        else:
            named = re.search(rf"\b(?:{_ANIMAL_WORDS[kind]})", paper, re.I)
        if not named:
            return m.group(0)
    return None


def _several_studies(source: Source) -> bool:
    """Whether the paper says it took in several studies, as a review or pooled analysis does:
    in its own work (its background, the reviews it cites and its earlier work left out)."""
    own = "\n\n".join(s.text for s in source.sections if s.name != "background")
    return studies_taken_in(without_earlier_work(without_cited_reviews(own)))


def check_design_said(
    source: Source, design: DesignInfo, links: list[EvidenceLink]
) -> list[Finding]:
    """An error for each summary sentence (the gate's evidence links, frames too) that states
    a design the paper contradicts."""
    findings: list[Finding] = []
    several: bool | None = None  # read once, and only when a sentence says "one trial"
    where = "in animals" if design.design == StudyDesign.ANIMAL else "in the lab"
    for link in links:
        if _ONE_TRIAL.search(link.text):
            if several is None:
                several = _several_studies(source)
            if several:
                findings.append(
                    _finding(
                        link,
                        "The summary calls this one trial, but the paper took in several "
                        "studies (a review or a pooled analysis).",
                        "Say what the paper did: 'This review pooled the results of N studies.'",
                    )
                )
        if link.kind == "content" and _THE_STUDY_SAID.search(link.text):
            if several is None:
                several = _several_studies(source)
            if several:  # an editor names which study, or says "one study"
                findings.append(
                    _finding(
                        link,
                        "The summary says 'the study' found something, but the paper took in "
                        "several studies: a reader cannot tell which one.",
                        "Say which study, or 'one study' or 'the studies', as the paper does.",
                        Severity.WARNING,
                    )
                )
        if (
            design.design in _NOT_IN_PEOPLE
            and not design.in_people
            and _IN_PEOPLE.search(link.text)
        ):
            findings.append(
                _finding(
                    link,
                    f"The summary says this study was done in people, but the work was done "
                    f"{where}.",
                    "Say where the work was done ('This was a study in mice.').",
                )
            )
        animal = _animal_not_named(link.text, source.full_text)
        if animal:
            findings.append(
                _finding(
                    link,
                    f"The summary says the work was done {animal!r}, but the paper names no "
                    "such animal.",
                    "Say what the work was done in, as the paper does ('cells grown in a lab').",
                )
            )
    return findings


def _finding(
    link: EvidenceLink, message: str, hint: str, severity: Severity = Severity.ERROR
) -> Finding:
    return Finding(
        check=CHECK,
        severity=severity,
        section=link.section,
        span=link.text[:120],
        message=message,
        hint=hint,
    )
