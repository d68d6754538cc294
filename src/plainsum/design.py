"""Detect what kind of study a paper reports, and whether it is about MS.

The design decides which caveats a summary must carry: a lab or animal study has not been shown
in people; an observational study shows a link, not a cause. Whether MS is what the paper
studied is `about_ms`; the cue patterns run fast through `design_cue`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .about_ms import MS_NAMED, ms_is_studied, ms_named
from .design_cited import without_cited_reviews, without_earlier_work
from .design_count import studies_included, studies_taken_in, trials_reported
from .design_cue import Cue, CueSet
from .design_lab import reports_no_experiment
from .design_mendelian import uses_mendelian_randomisation
from .design_model import models_only
from .design_overview import is_overview
from .design_side import side_review
from .design_table import CUES as _CUES
from .design_table import PEOPLE_SAMPLES
from .ingest import Source
from .preprints import is_preprint
from .sample_size import people_studied
from .schemas import StudyDesign

# Kinds that win only on their own strong cues, never by default: a systematic review about a
# test or about costs stays a review, and a trial that mentions guidelines stays a trial.
_STRONG_ONLY = {
    StudyDesign.GUIDELINE: 8.0,
    StudyDesign.NARRATIVE_REVIEW: 6.0,
    StudyDesign.DIAGNOSTIC: 7.0,
    StudyDesign.ECONOMIC: 7.0,
    StudyDesign.PROTOCOL: 6.0,
    StudyDesign.QUALITATIVE: 8.0,
}
# Kinds a systematic review can be of: a review of them is still a review of earlier studies.
_REVIEWED_TOO = (StudyDesign.ECONOMIC, StudyDesign.DIAGNOSTIC)
# A search for studies: a review's own, not a model's inputs taken "from published cohort
# studies and network meta-analyses" (a cost-effectiveness model is no review).
_SEARCHED = re.compile(
    r"\bwe searched\b|\bsearch(?:ed|es)? (?:of )?(?:the )?(?:[\w-]+ ){0,3}(?:databases?|medline|"
    r"embase|pubmed|cochrane|literature|registers?)\b|\bsystematic(?:ally)? (?:review|search)|"
    r"\b(?:included|eligible) (?:trials|studies)\b|\bdata sources\b",
    re.I,
)
# Words of a results section: a paper that has them reports results, so it is no protocol.
_HAS_RESULTS = re.compile(
    r"\b(?:we found|were found|was found|showed|resulted in|was associated|were associated"
    r"|no (?:significant )?difference|significantly|p ?[<=]|95% ?ci)\b",
    re.I,
)
_SYSTEMATIC = re.compile(
    r"\bsystematic(?:ally)? (?:review|search)|\bmeta-?analys|\bwe searched\b|\bcochrane\b"
    r"|\bsearch(?:ed)? (?:of )?(?:medline|embase|pubmed)|\b(?:included|eligible) (?:trials|studies)"
    r"|\brisk of bias\b|\b(?:certainty|quality) of (?:the )?evidence\b|\bpooled\b"
    r"|\b(?:low|moderate|high)[- ](?:certainty|quality) evidence\b|\bRCTs?\b"
    r"|\b(?:we|the review) (?:included|identified|found) (?:\w+ ){0,3}(?:trials|studies)\b"
    r"|\b(?:trials|studies) (?:involving|with|including) (?:a total of )?\d"
    r"|\binclusion criteria\b|\b(?:studies|trials) included\b"
    r"|\b(?:trials|studies|rcts)\b[^.;]{0,60}?\bwere (?:included|identified)\b"
    r"|\b(?:included|identified) in (?:this|the) review\b|\beligible for inclusion\b"
    r"|\bwe (?:included|identified|did not find|found no) (?:any |a total of )?(?:[\w-]+ ){0,3}"
    r"(?:trials?|stud(?:y|ies)|RCTs?)\b"
    r"|\b(?:in|of|from) (?:\w+ ){1,2}(?:studies|trials)\b"
    r"|\bevidence (?:was |is )?of (?:very )?(?:low|moderate|high) (?:certainty|quality)\b"
    r"|\b(?:identified|retrieved) (?:studies|trials|articles|records)\b"
    r"|\b(?:higher|lower|better|poorer)[- ]quality (?:studies|trials)\b",
    re.I,
)


# Cues are written in lower case and run on lower-cased text: much faster than re.I.
_COMPILED = {d: [(Cue(p), w) for p, w in cues] for d, cues in _CUES.items()}
# All designs' cues as one set, counted together (`cue_hits`): they share required strings.
_ALL_CUES = CueSet([p for cues in _COMPILED.values() for p, _ in cues])

# Lab measurements on samples from counted patients ("serum of 114 patients", "serum samples
# of early-stage (n = 11) and late-stage (n = 11) patients") study those patients, not cells:
# what the tests tell apart makes it an accuracy study, else one that watches. (Blood from
# healthy donors, made into cells for experiments, stays lab work: no patients.)
_SAMPLES = Cue(PEOPLE_SAMPLES)
_SAMPLE_WORDS = re.compile(
    r"\b(?:serum|sera|plasma|blood|urine|stool|saliva|tears|sputum|csf|cerebrospinal fluid|"
    r"tissue|biopsy|tumou?r) (?:[\w-]+ )?(?:samples?|specimens?)\b|\b(?:samples?|specimens?) "
    r"(?:of|from) (?:[\w-]+ ){0,3}?(?:patients|cases)\b",
    re.I,
)
_PATIENTS = re.compile(r"\b(?:patients?|cases|people with)\b", re.I)
# Cells from those samples then exposed to a compound in culture ("cells were isolated and
# incubated with XR-7 for 24 hours", "PBMCs stimulated with the drug"): an experiment on cells,
# lab work whatever the donors; what it shows has not been shown in people. (Cells exposed to
# the patients' own urine or serum study those patients: that stays as it was.)
_WEAK_WATCHING = 6.0  # an observational score this low rests on a word or two
_NOT_SAMPLES = (
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:urine|serum|sera|plasma|blood|samples?|csf|cerebrospinal|"
    r"saliva|stool|fluid)\b)"
)
_EXPOSED_IN_CULTURE = re.compile(
    r"\b(?:cells?|pbmcs?|monocytes|lymphocytes|macrophages|cultures?|neutrophils|explants|"
    r"organoids)\b[^.;]{0,80}?\b(?:incubated|exposed|treated|stimulated|pre-?treated|"
    r"challenged)\b[^.;]{0,30}?\b(?:with|to|in the presence of)\b" + _NOT_SAMPLES + "|"
    r"\b(?:incubat|expos|treat|stimulat|challeng)\w* (?:the )?(?:isolated |cultured |"
    r"purified )?(?:cells|pbmcs|monocytes|lymphocytes|macrophages|cultures|neutrophils) "
    r"(?:with|to)\b" + _NOT_SAMPLES,
    re.I,
)
_TELLS_APART = re.compile(
    r"\b(?:bio-?markers?|markers?|diagnos\w*|detect\w*|screening|distinguish\w*|"
    r"discriminat\w*|sensitivity|specificity|predict\w*|prognos\w*)\b",
    re.I,
)

_HUMANS = re.compile(
    r"\b(?:patients?|participants?|people|adults?|children|women|men|volunteers?|humans?|"
    r"individuals?|subjects?)\b",
    re.I,
)


# A study of fewer people than this is small: its summary must say so (the few_people caveat),
# as a case report must. Fifty is the usual line below which a trial or cohort is called small.
SMALL_STUDY_PEOPLE = 50
# Designs whose counts of people are not the paper's own: an animal paper's people are its
# background; an overview, a guideline, a costing or a protocol studied nobody itself.
_NO_OWN_PEOPLE = frozenset(
    {
        StudyDesign.ANIMAL,
        StudyDesign.NARRATIVE_REVIEW,
        StudyDesign.GUIDELINE,
        StudyDesign.ECONOMIC,
        StudyDesign.PROTOCOL,
    }
)


@dataclass(frozen=True)
class DesignInfo:
    """What kind of study a paper reports, and whether it concerns MS."""

    design: StudyDesign
    about_ms: bool
    mentions_ms: bool
    in_people: bool
    cues: tuple[str, ...] = ()
    # how many people the study took in (sample_size.people_studied), when the paper says
    people: int | None = None
    # how many studies the results rest on, when the paper says (design_count): several trials
    # a trial paper reports, or the one study a review took in
    studies: int | None = None
    # posted before peer review (preprints.is_preprint): the preprint caveat's warrant (left out
    # of the repr, which run logs and gate_identity records compare)
    preprint: bool = field(default=False, repr=False)
    # a study of people that uses their genes to test cause (design_mendelian): the warrant of
    # its own caveat in place of "a link, not cause" (left out of the repr, as `preprint`)
    mendelian: bool = field(default=False, repr=False)

    @property
    def one_study(self) -> bool:
        """Whether the results rest on one study: a trial paper that reports no more than one
        trial, or a review that took in only one (the single_trial caveat's warrant)."""
        if self.design == StudyDesign.TRIAL:
            return self.studies in (None, 1)
        return self.design == StudyDesign.REVIEW and self.studies == 1

    @property
    def small_study(self) -> bool:
        """Whether the paper's results rest on fewer than SMALL_STUDY_PEOPLE people it counts
        itself, whatever its design: a trial, cohort or accuracy study; a review of one trial of
        14 people; lab work on blood from 11 patients; a study of people whose design is not
        known ("Fourteen patients were tested before and after treatment"). A small count is
        small: how few people the evidence comes from is the few_people caveat's warrant, not
        the design's name. A review of several studies is left out: the first count of people
        it gives is often one study's, not the total (`sample_size` reads one study's size)."""
        return (
            self.design not in _NO_OWN_PEOPLE
            and (self.design != StudyDesign.UNKNOWN or self.in_people)
            and (self.design != StudyDesign.REVIEW or self.one_study)
            and self.people is not None
            and self.people < SMALL_STUDY_PEOPLE
        )


@lru_cache(maxsize=64)
def cue_hits(lowered: str) -> dict[StudyDesign, tuple[int, ...]]:
    """Hits (up to 3) of each design's cues, in `_COMPILED` order, in lower-cased text (cached:
    the scores, the cues named and the side-review test all read them)."""
    counts, start, out = _ALL_CUES.counts(lowered), 0, {}
    for design, cues in _COMPILED.items():
        out[design] = tuple(counts[start : start + len(cues)])
        start += len(cues)
    return out


@lru_cache(maxsize=64)
def _own_work(text: str) -> str:
    """`text` with the reviews it cites and its sentences on earlier or future work blanked."""
    return without_earlier_work(without_cited_reviews(text))


@lru_cache(maxsize=64)
def score_designs(text: str, methods: str = "") -> dict[StudyDesign, float]:
    """Weighted cue totals per design; text in the methods counts twice (cached: read only)."""
    scores: dict[StudyDesign, float] = {}
    in_text = cue_hits(_own_work(text).lower())
    in_methods = cue_hits(without_cited_reviews(methods).lower()) if methods else None
    for design, cues in _COMPILED.items():
        total = 0.0
        extra = in_methods[design] if in_methods is not None else (0,) * len(cues)
        for (_, weight), hits, more in zip(cues, in_text[design], extra, strict=True):
            total += weight * min(hits + more, 3)
        scores[design] = total
    return scores


def _cues_named(design: StudyDesign, text: str, lowered: str) -> tuple[str, ...]:
    """The first five of `design`'s cue patterns found in the paper's whole text: from the
    scores' own hits when the scores read the whole text (nothing cited or earlier was
    blanked), else by asking that design's cues alone."""
    cues = _COMPILED.get(design, [])
    if _own_work(text) == text:
        hits = cue_hits(lowered).get(design, ())  # the scores' hits, kept
        found = [p.pattern for (p, _), n in zip(cues, hits, strict=True) if n]
    else:
        found = [p.pattern for p, _ in cues if p.search(lowered)]
    return tuple(found[:5])


def _choose(scores: dict[StudyDesign, float], text: str) -> StudyDesign:
    """The design with the highest cue total; the later kinds only on strong cues."""
    main = {d: v for d, v in scores.items() if d not in _STRONG_ONLY}
    design, best = max(main.items(), key=lambda kv: kv[1])
    if best < 3:  # one weak cue is not enough to name a design
        design, best = StudyDesign.UNKNOWN, 0.0
    for kind, floor in _STRONG_ONLY.items():
        score = scores.get(kind, 0.0)
        # (a trial's protocol has a trial's words too: it wins on half of theirs, as it reports
        # no results)
        half = kind in (StudyDesign.GUIDELINE, StudyDesign.PROTOCOL)
        if score < floor or score <= best * (0.5 if half else 0.8):
            continue
        if kind == StudyDesign.PROTOCOL and _HAS_RESULTS.search(text):
            continue
        if kind == StudyDesign.NARRATIVE_REVIEW and _SYSTEMATIC.search(text):
            continue
        if (
            kind in _REVIEWED_TOO
            and design == StudyDesign.REVIEW
            and best >= 10
            and (score < 2 * best or _SEARCHED.search(text))
        ):
            continue  # a systematic review of costs or of a test's accuracy is still a review
        design, best = kind, score
    if design == StudyDesign.REVIEW and not _SYSTEMATIC.search(without_cited_reviews(text)):
        design = StudyDesign.NARRATIVE_REVIEW  # a review that searched nothing systematically
    if design == StudyDesign.LAB and models_only(text):
        design = StudyDesign.UNKNOWN  # a model on paper or computer: no lab, no "in the lab"
    if design == StudyDesign.LAB and reports_no_experiment(text):
        design = StudyDesign.UNKNOWN  # lab words, no experiment: an overview, not a lab study
    # a topic described, no study reported: what cues a study of people has ("prevalence",
    # "screening") are the topic's words
    people_study = (StudyDesign.UNKNOWN, StudyDesign.OBSERVATIONAL, StudyDesign.TRIAL)
    if design in people_study and is_overview(text):
        design = StudyDesign.NARRATIVE_REVIEW  # a topic described, no study reported
    return design


def _studies(design: StudyDesign, text: str) -> int | None:
    """How many studies the results rest on, when the paper says (see design_count)."""
    if design == StudyDesign.TRIAL:
        return trials_reported(text)
    if design == StudyDesign.REVIEW:
        return studies_included(text)
    return None


def _of_patients_samples(text: str, lowered: str, people: int | None) -> bool:
    """Whether lab work measured samples taken from a counted group of patients (see
    `_SAMPLES`)."""
    if people is None or not _PATIENTS.search(text):
        return False
    return _SAMPLES.search(lowered) or bool(_SAMPLE_WORDS.search(text))


def detect_design(source: Source) -> DesignInfo:
    """Classify the study design of `source` and whether it is about MS."""
    text = source.full_text
    methods = source.section("methods", "objective")
    scores = score_designs(text, methods)
    design = _choose(scores, text)
    # A review of trials mentions "randomised" often; a trial rarely says "we searched".
    if scores[StudyDesign.REVIEW] >= 6 and design == StudyDesign.TRIAL:
        design = StudyDesign.REVIEW
    # A review of cohort and case-control studies names their designs often; a cohort study
    # does not say it took in several studies ("Eight studies with 390,769 participants were
    # included"), and "This study looked at a group of people" would be false of it.
    if (
        design == StudyDesign.OBSERVATIONAL
        and scores[StudyDesign.REVIEW] >= 6
        and studies_taken_in(_own_work(text))
    ):
        design = StudyDesign.REVIEW
    if design == StudyDesign.REVIEW and side_review(
        (p for p, _ in _COMPILED[StudyDesign.REVIEW]),
        text,
        source.title or "",
        max(scores[StudyDesign.ANIMAL], scores[StudyDesign.LAB]),
    ):
        design = StudyDesign.LAB  # the side review's paper: animal if it has animal cues below
    # Animal work reported with cell work stays animal: the nearest it gets to people.
    if design == StudyDesign.LAB and scores[StudyDesign.ANIMAL] >= 3:
        design = StudyDesign.ANIMAL
    # patients' cells exposed to a compound in culture, read as a study that watches on weak
    # cues ("patients ... healthy controls"): the experiment is on the cells
    if (
        design == StudyDesign.OBSERVATIONAL
        and scores[StudyDesign.OBSERVATIONAL] <= _WEAK_WATCHING
        and scores[StudyDesign.LAB] > 0
        and _EXPOSED_IN_CULTURE.search(text)
    ):
        design = StudyDesign.LAB
    lowered = text.lower()
    people = people_studied(text)
    if (
        design == StudyDesign.LAB
        and _of_patients_samples(text, lowered, people)
        and not _EXPOSED_IN_CULTURE.search(text)
    ):
        # tests run in a lab on blood from 43 patients were not "done in the lab, not in
        # people": the people are studied through their samples
        tells = _TELLS_APART.search(text)
        design = StudyDesign.DIAGNOSTIC if tells else StudyDesign.OBSERVATIONAL
    ms_hits = len(ms_named(text))
    title_ms = bool(source.title and MS_NAMED.search(source.title))
    about_ms = title_ms or ms_is_studied(source, ms_hits)
    in_people = design in (
        StudyDesign.TRIAL,
        StudyDesign.OBSERVATIONAL,
        StudyDesign.CASE_REPORT,
        StudyDesign.REVIEW,
        StudyDesign.DIAGNOSTIC,
        StudyDesign.QUALITATIVE,
    ) or bool(_HUMANS.search(text) and design == StudyDesign.UNKNOWN)
    cues = _cues_named(design, text, lowered)
    return DesignInfo(
        design=design,
        about_ms=about_ms,
        mentions_ms=ms_hits > 0,
        in_people=in_people,
        cues=cues,
        people=people,
        studies=_studies(design, text),
        preprint=is_preprint(source),
        mendelian=design == StudyDesign.OBSERVATIONAL
        and uses_mendelian_randomisation(_own_work(text)),
    )
