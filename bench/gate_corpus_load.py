"""Load the labelled gate corpus (bench/gate_corpus/) and apply its planted flaws.

The corpus is three JSONL files written by hand for the project:

- clean.jsonl: one clean four-part summary per real abstract. The abstract itself is not stored:
  `file` + `source_id` name a pair in ../shared/data, read at run time. `caveats` maps each
  caveat the summary carries (not_in_people, link_not_cause, review_quality, single_trial,
  few_people, care_team) to the exact sentence(s) that carry it.
- flaws.jsonl: variants with exactly one planted flaw each, stored as an edit of one clean
  summary: `base` id, flaw `type`, `section`, exact `old` text and `new` text (old empty:
  append a sentence to the section; new empty: delete the old text).
- caveat_phrasings.jsonl: natural phrasings and near misses per caveat, each with the `host`
  clean summary it is placed in (see `place_caveat`).
- holdout_flaws.jsonl, holdout_caveat_phrasings.jsonl: a smaller second set in the same form,
  written later and kept off main until it had been measured once, so that it stays a held-out
  check on checks tuned after the first set was published.
- holdout2_clean.jsonl, holdout2_flaws.jsonl: a third set on 8 abstracts no other file uses,
  with clean summaries of their own (same form as clean.jsonl and flaws.jsonl), written and
  measured before the checks were changed for issue 8's weakest flaw types.
- holdout3_clean.jsonl, holdout3_flaws.jsonl: a fourth set in the same form on 8 more abstracts,
  with at least 4 variants of each flaw type that had been weak on holdout2, written and
  measured before the next round of changes to those checks.
- holdout4_clean.jsonl, holdout4_flaws.jsonl: a fifth set in the same form on 6 abstracts picked
  at random (3 Cochrane reviews, 3 PLABA abstracts: a trial, a lab study, a cross-sectional
  study), one planted flaw per variant in the four types issue 8 still missed most (reversed
  finding, misattributed number, missing caveat, unexplained jargon), written and measured
  before the checks were tuned for them.
- holdout5_clean.jsonl, holdout5_flaws.jsonl, holdout5_caveat_phrasings.jsonl: a sixth set on 10
  abstracts no other file uses (4 Cochrane reviews, 3 of them on MS or with an MS trial, a
  trial, a cohort, an animal study, a lab study, a blood-marker study, a case series), every
  flaw type and a caveat set hosted by its own clean summaries, written and committed before
  this session's gate changes and before it was measured once.
- holdout6_clean.jsonl, holdout6_flaws.jsonl, holdout6_caveat_phrasings.jsonl: a seventh set in
  the same form on 12 abstracts no other file uses (5 Cochrane reviews, one of them a synthesis of
  parents' views and one that checked MS among the vaccine harms, a trial, a cohort, a
  cross-sectional study, an animal study, a lab study, a diagnostic study, a drug-handling
  study), every flaw type 6+ times and a caveat set hosted by its own clean summaries, written
  and committed before the fixes to the gate's known false errors landed and before it was
  measured once.
- holdout7_clean.jsonl, holdout7_flaws.jsonl, holdout7_caveat_phrasings.jsonl: an eighth set in
  the same form on 12 abstracts no other file uses (7 Cochrane reviews, one of them a diagnostic
  accuracy review and one a synthesis of women's and staff views; a trial, a cohort, a
  cross-sectional study, a lab study, an animal study), every flaw type 6+ times and a caveat set
  hosted by its own clean summaries. Every MS abstract in the data is taken by earlier sets, so
  its 4 MS summaries are on abstracts that touch MS (an MS drug, MS among the exclusions) or a
  symptom common in MS (fatigue, depression). Written and committed before the next round of
  fixes to the gate's false errors landed and before it was measured once.
- holdout10_clean.jsonl, holdout10_flaws.jsonl: a set in the same form on 10 abstracts no other
  file uses (7 Cochrane reviews, two of them empty or nearly empty; a trial, an observational
  study, a case series), in a hospital-leaflet voice ("If you ..., ask your GP"), with planted
  flaws of the kinds the readers of stop 47 saw the gate miss: referents never introduced ("the
  prednisone group", "the third dose", "the other study", "the study" in a review of many
  reports), a subject that does not agree with its verb, a verbless fragment, a broken phrase, a
  side-point headline, unexplained jargon. Written and measured before the gate changes of stop
  48.
- holdout12_clean.jsonl, holdout12_flaws.jsonl: a set in the same form on 10 abstracts no other
  file uses (5 reviews, one of them empty and one a network pooling of trial reports; 4
  observational studies, one a drug-handling study), in a terse wire-service voice ("..., a review
  finds"), with planted flaws of the kinds the readers of stop 48 saw pass: headlines that are a
  caveat, a condition or a side point, or lean on a referent never led in ("Their link ..."); what
  was compared never named ("the two treatments", "these"); series members with no series ("the
  double dose", "the second dose"); "the other main outcome"; a plural subject with "was" and a
  bare figure ("Parents carrying ... was 14 and 3.0%."); unexplained jargon. Written and measured
  before the gate changes of stop 49.
- holdout13_clean.jsonl, holdout13_flaws.jsonl: 10 Cochrane reviews no other file uses, in a
  GP-surgery newsletter voice, with planted flaws of the kinds stop 48's readers saw pass: a
  subgroup named as the review's subject, a certainty or a limit widened from some studies to all,
  an aim that drops part of what was tested, a hedge dropped, a number moved to another count.
  Written and measured before the gate changes of stop 49.
- holdout14_clean.jsonl, holdout14_flaws.jsonl: 10 abstracts no other file uses (7 Cochrane
  reviews, a lab study in yeast, an animal vaccine study, a urine-versus-blood test study), in a
  helpline question-and-answer voice (questions, "you"), with planted flaws of the kinds stop 49's
  reading of passed drafts found: side-point and background headlines, what was tested never named
  ("the other one"), garbled sentences cut at their end, unexplained jargon, a caveat left out.
  Written and measured before the gate changes of stop 50.
- holdout15_clean.jsonl, holdout15_flaws.jsonl: 9 Cochrane reviews and one trial no other file
  uses, in a hospital-pharmacy bulletin voice, with planted flaws of the kinds stop 49 left
  uncaught: a hedge dropped ("There was some evidence that X" said as "X"), a limit or a result
  widened from some studies to all, a harm set beside the wrong comparison, a number moved to
  another group, outcome or count. Written and measured before the gate changes of stop 50.
- holdout16_clean.jsonl, holdout16_flaws.jsonl: 10 abstracts no other file uses (6 reviews, two
  of them empty, one on research methods; two narrative reviews; a trial; a vaccine study), in
  a radio-script voice read aloud (short sentences, spoken numbers, "Now, a question from ..."),
  with planted flaws of three kinds stop 50 saw pass: side-point headlines (a secondary result,
  a harm aside, a procedure, background), unexplained jargon, and `unnamed_condition`: the
  condition the paper is about never named anywhere (a review of a lung disease summarised as
  "a long-term illness"). Written and measured before the gate changes of stop 51.
- holdout17_clean.jsonl, holdout17_flaws.jsonl: 8 Cochrane reviews, a trial and a cohort no other
  file uses, in a GP-practice leaflet voice (short lines, "you may"), with planted flaws of the
  kinds stop 50 left uncaught: a claim of non-randomised or other studies said of the review's
  trials, a number moved to another group, outcome or time point, a harm set beside the wrong
  group, a limit widened from some studies to all. Written and measured before the gate changes
  of stop 51.
- holdout18_clean.jsonl, holdout18_flaws.jsonl: 7 reviews, a review of old trials, an
  observational gene study and a case report no other file uses, in a charity-newsletter voice
  (warm, "you", questions as subheads: "What did they find?"), with planted flaws of the gate's
  wording kinds: referents never led in ("the second group", "the intervention", "All three
  doses", a scan named only as "the tube scan"), side-point headlines, unexplained jargon, cut
  sentences, missing caveats and advice. Written and measured before the gate changes of stop 52.
- holdout19_clean.jsonl, holdout19_flaws.jsonl: 10 Cochrane reviews no other file uses, in a
  pharmacist's question-and-answer voice ("Does it work? ... Is it safe?"), with planted flaws of
  the kinds stop 51 left uncaught: a harm set beside the wrong comparison or group, a result or
  limit widened from one or some trials to all, a number moved to another group, outcome or time
  point, a reversed finding, a dropped hedge. Written and measured before the gate changes of stop
  52.
- holdout20_clean.jsonl, holdout20_flaws.jsonl: 4 Cochrane reviews (one empty), 2 review extracts,
  a trial, two observational studies and a drug-handling study no other file uses, in a support
  group's email digest voice ("Hello everyone. This week we read ...", "we", plain dates), with
  planted flaws of three kinds stop 52's readers saw pass: unexplained jargon, broken swaps and
  noun stacks a reader cannot parse ("spine unwanted events", "the healthy checks"), and
  side-point headlines, among them a measure whose object is never named ("the result was
  positive in 10"). Written and measured before the gate changes of stop 53.
- holdout21_clean.jsonl, holdout21_flaws.jsonl: 8 Cochrane reviews, a pooled review of drug
  trials and a vaccine booster trial no other file uses, in a nurse's-briefing voice (short
  lines, "The team found that ..."), with planted flaws of the kinds stop 52 left uncaught: a
  result reversed ("Fewer babies died" where the paper says no clear difference, a group after a
  list's first item, a comparison turned round), a one-sided selection (every measure said to
  favour one side of a mixed result), a qualifier dropped, a number moved to another count, a
  result widened from one trial to all. Written and measured before the gate changes of stop 53.
- holdout22_clean.jsonl, holdout22_flaws.jsonl: 7 reviews (one a narrative overview of how the
  body keeps its potassium, one a pooling of trials in premature babies), a meta-analysis of
  antibiotics and two observational studies no other file uses, in a caregiver's fridge-card
  voice (every section led by a short question: "What was tested? ... What did they find? ... How
  sure can we be?"), with planted flaws of three kinds: unexplained jargon (three of them bare ion
  symbols, "K+", "K(+)", "Na+"), broken sentences and side-point headlines. Written and measured
  before the gate changes of stop 54.
- holdout23_clean.jsonl, holdout23_flaws.jsonl: 7 Cochrane reviews (one that found a single
  trial), a sore-throat trial, a small crossover study in healthy men and a gene study no other
  file uses, in a patient charity's "research roundup" voice (one chatty paragraph a paper, "Next
  up, ...", numbers as words: "just over four hundred adults"), with planted flaws of the kinds
  stop 53 left uncaught: a result the paper calls no clear difference stated as a difference, a
  hedge or a "could be chance" dropped from a result, a one-sided selection of a mixed result, a
  reversed direction, a number moved to another count. Written and measured before the gate
  changes of stop 54.
- holdout24_clean.jsonl, holdout24_flaws.jsonl: 5 Cochrane reviews (one that found a single
  trial), a review of published case reports, an acupuncture trial, two observational studies (a
  gene-pattern cohort, a look back inside a supplement trial) and a fruit-fly study no other file
  uses, in a caregiver's first-person blog voice ("I spent some time with this one", "Next I
  read"), with planted flaws of five kinds: a result reversed in words unlike the earlier sets
  ("overheated less often", "trailed", "picked up a little on their own", "came out clearly
  ahead", a group swapped for another), a number moved to another count, an unsupported
  sentence, a dropped qualifier (`dropped_qualifier`: "may", "seem", "only in", "small enough to
  be chance", "though only age held up" taken out) and an overclaim. Written and measured before
  the gate changes of stop 55.
- holdout25_clean.jsonl, holdout25_flaws.jsonl: 7 reviews (one a pooling of three surgery trials'
  patient records, one a meta-analysis of kidney-stone surgery), a vaccine trial, a monkey drug
  study and two observational studies (rescue drugs for colitis, immune memory after vaccination)
  no other file uses, in the voice of a letter to a friend with MS ("You asked about this one"),
  with planted flaws of six kinds: a result reversed in words unlike the earlier sets (a
  comparison turned round, "no difference" said as a difference, "were spared", "pushed up",
  "paid off", "backed this up", a group swapped for another), a number moved to another count,
  an unsupported sentence, a dropped qualifier, an overclaim, and `wrong_population` (the study
  said of people it did not study: children, mice, people without symptoms). Written and
  measured before the gate changes of stop 56.
- holdout26_clean.jsonl, holdout26_flaws.jsonl: 6 Cochrane reviews (fertility, miscarriage, a
  body-image disorder, zinc for children, mask breathing support after surgery), two mouse
  studies, a cell-and-mouse cancer drug study and a drug-handling study by age no other file
  uses, in the voice of a reading-group handout ("Our group picked this one"), with planted flaws
  of the two kinds h25 caught least: `dropped_qualifier` ("may" or "probably" taken out, "in
  mice" dropped, a low-quality grade or "in one study" left out, "suggests" said as "shows") and
  `wrong_population` (mice said as people or patients, adults as children or babies, a subgroup
  as everyone, belly surgery as heart surgery, volunteers as people with MS). Written and
  measured before the gate changes of stop 57.
- holdout27_clean.jsonl, holdout27_flaws.jsonl: 9 abstracts no other file uses, in study styles
  the earlier sets lack (a prescribing-register study, an uncontrolled ear-ointment study, a
  transmission-timing estimate from infector pairs, a CT-pattern study of a rare lung condition,
  a brain-scan study of a language-loss dementia, a children's diet-and-thinking study, an animal
  toxicity study without a named species, a meal-timing trial, a Cochrane review), in the voice of
  an MS forum's pinned research post, with planted flaws of three kinds: `dropped_qualifier`
  ("may", "might", "suggest", "hints", "could help" raised to a plain or proven fact),
  `changed_condition` (another disease or outcome named than the source's: anxiety for
  depression, flu for Covid-19, memory tests for repeating words, blood pressure for sugar
  levels) and `reversed_finding`. Written and measured before the gate changes of stop 58.
- holdout28_clean.jsonl, holdout28_flaws.jsonl: 9 abstracts no other file uses, in study styles
  the earlier sets lack (a diagnostic study of antibody tests over weeks, a bone-risk score
  built from a screening survey, a crossover exercise study in athletes with type 1 diabetes,
  virus escape after antibody treatment, a bandage-pressure study of leg ulcers, a receptor
  study in cells, a population-genetics study of mosquitoes, a signal-processing study of heart
  rhythm recordings, a geriatric clinic's leg-swelling survey), in a newspaper health column's
  voice, with planted flaws of the five types the main corpus missed most at stop 58:
  `reversed_finding`, `misattributed_number`, `overclaim`, `unsupported_sentence` and
  `unexplained_jargon`. Written and measured before the gate changes of stop 59.

Used by bench/bench_gate.py and tests/test_gate_corpus.py; needs no data folder.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from plainsum.schemas import PlainSummary

CORPUS = Path(__file__).resolve().parent / "gate_corpus"
HOLDOUT_FLAWS = "holdout_flaws.jsonl"
HOLDOUT_PHRASINGS = "holdout_caveat_phrasings.jsonl"
HOLDOUT2_CLEAN = "holdout2_clean.jsonl"
HOLDOUT2_FLAWS = "holdout2_flaws.jsonl"
HOLDOUT3_CLEAN = "holdout3_clean.jsonl"
HOLDOUT3_FLAWS = "holdout3_flaws.jsonl"
HOLDOUT4_CLEAN = "holdout4_clean.jsonl"
HOLDOUT4_FLAWS = "holdout4_flaws.jsonl"
HOLDOUT5_CLEAN = "holdout5_clean.jsonl"
HOLDOUT5_FLAWS = "holdout5_flaws.jsonl"
HOLDOUT6_CLEAN = "holdout6_clean.jsonl"
HOLDOUT6_FLAWS = "holdout6_flaws.jsonl"
HOLDOUT7_CLEAN = "holdout7_clean.jsonl"
HOLDOUT7_FLAWS = "holdout7_flaws.jsonl"
# Held-out sets with clean summaries of their own: (label, clean file, flaws file).
OWN_CLEAN_HOLDOUTS = (
    ("holdout2", HOLDOUT2_CLEAN, HOLDOUT2_FLAWS),
    ("holdout3", HOLDOUT3_CLEAN, HOLDOUT3_FLAWS),
    ("holdout4", HOLDOUT4_CLEAN, HOLDOUT4_FLAWS),
    ("holdout5", HOLDOUT5_CLEAN, HOLDOUT5_FLAWS),
    ("holdout6", HOLDOUT6_CLEAN, HOLDOUT6_FLAWS),
    ("holdout7", HOLDOUT7_CLEAN, HOLDOUT7_FLAWS),
    ("holdout8", "holdout8_clean.jsonl", "holdout8_flaws.jsonl"),
    ("holdout9", "holdout9_clean.jsonl", "holdout9_flaws.jsonl"),  # gate47j: newsletter voice
    ("holdout10", "holdout10_clean.jsonl", "holdout10_flaws.jsonl"),  # gate48j: hospital leaflet
    ("holdout11", "holdout11_clean.jsonl", "holdout11_flaws.jsonl"),  # gate48r: charity magazine
    ("holdout12", "holdout12_clean.jsonl", "holdout12_flaws.jsonl"),  # gate49j: wire service
    ("holdout13", "holdout13_clean.jsonl", "holdout13_flaws.jsonl"),  # gate49r: GP newsletter
    ("holdout14", "holdout14_clean.jsonl", "holdout14_flaws.jsonl"),  # gate50j: helpline Q&A
    ("holdout15", "holdout15_clean.jsonl", "holdout15_flaws.jsonl"),  # gate50r: pharmacy bulletin
    ("holdout16", "holdout16_clean.jsonl", "holdout16_flaws.jsonl"),  # gate51j: radio script
    ("holdout17", "holdout17_clean.jsonl", "holdout17_flaws.jsonl"),  # gate51r: GP leaflet
    ("holdout18", "holdout18_clean.jsonl", "holdout18_flaws.jsonl"),  # gate52j: charity newsletter
    ("holdout19", "holdout19_clean.jsonl", "holdout19_flaws.jsonl"),  # gate52r: pharmacist Q&A
    ("holdout20", "holdout20_clean.jsonl", "holdout20_flaws.jsonl"),  # gate53j: group email digest
    ("holdout21", "holdout21_clean.jsonl", "holdout21_flaws.jsonl"),  # gate53r: nurse's briefing
    ("holdout22", "holdout22_clean.jsonl", "holdout22_flaws.jsonl"),  # gate54j: fridge-card Q&A
    ("holdout23", "holdout23_clean.jsonl", "holdout23_flaws.jsonl"),  # gate54r: charity roundup
    ("holdout24", "holdout24_clean.jsonl", "holdout24_flaws.jsonl"),  # gate55gr: caregiver blog
    ("holdout25", "holdout25_clean.jsonl", "holdout25_flaws.jsonl"),  # gate56gr: letter to a friend
    ("holdout26", "holdout26_clean.jsonl", "holdout26_flaws.jsonl"),  # gate57gr: reading group
    ("holdout27", "holdout27_clean.jsonl", "holdout27_flaws.jsonl"),  # gate58gr: MS forum post
    ("holdout28", "holdout28_clean.jsonl", "holdout28_flaws.jsonl"),  # gate59gr: health column
)
# Caveat phrasings hosted by a held-out set's own clean summaries, by label.
OWN_CLEAN_PHRASINGS = {
    "holdout5": "holdout5_caveat_phrasings.jsonl",
    "holdout6": "holdout6_caveat_phrasings.jsonl",
    "holdout7": "holdout7_caveat_phrasings.jsonl",
}
SECTIONS = ("headline", "what_the_study_did", "why_it_matters", "limitations")
FLAW_TYPES = (
    "misattributed_number",
    "invented_number",
    "reversed_finding",
    "unsupported_sentence",
    "broken_sentence",
    "missing_caveat",
    "overclaim",
    "advice",
    "unexplained_jargon",
    "side_point_headline",
    "wrong_abbreviation_expansion",
)
# Flaws whose finding may land anywhere in the summary (a missing caveat is found by its absence).
WHOLE_SUMMARY_FLAWS = frozenset({"missing_caveat"})
# Flaws the gate sends for review rather than failing: a new warning catches them. A summary
# that never names the paper's condition is the gate's needs_review, as a summary may name it
# by a plain word of its own.
REVIEW_FLAWS = frozenset({"unnamed_condition"})
CAVEATS = (
    "not_in_people",
    "link_not_cause",
    "review_quality",
    "single_trial",
    "few_people",
    "care_team",
)
CAVEAT_SECTION = {c: "limitations" for c in CAVEATS} | {"care_team": "why_it_matters"}
_SPACES = re.compile(r"[ \t]{2,}")


@dataclass(frozen=True)
class Clean:
    id: str
    file: str
    source_id: str
    design: str
    ms: bool
    sections: dict[str, str]
    caveats: dict[str, list[str]]

    def summary(self) -> PlainSummary:
        return PlainSummary(**self.sections)


@dataclass(frozen=True)
class Flaw:
    base: str
    type: str
    section: str
    old: str
    new: str

    @property
    def key(self) -> str:
        return f"{self.base}/{self.type}/{self.section}"


@dataclass(frozen=True)
class Phrasing:
    caveat: str
    kind: str  # "natural" or "near_miss"
    text: str
    host: str


def _rows(name: str, folder: Path) -> list[dict]:
    path = folder / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_clean(folder: Path = CORPUS, name: str = "clean.jsonl") -> dict[str, Clean]:
    out: dict[str, Clean] = {}
    for row in _rows(name, folder):
        out[row["id"]] = Clean(
            id=row["id"],
            file=row["file"],
            source_id=row["source_id"],
            design=row["design"],
            ms=bool(row["ms"]),
            sections={name: row[name] for name in SECTIONS},
            caveats={k: list(v) for k, v in row.get("caveats", {}).items()},
        )
    return out


def load_flaws(folder: Path = CORPUS, name: str = "flaws.jsonl") -> list[Flaw]:
    return [Flaw(**row) for row in _rows(name, folder)]


def load_phrasings(folder: Path = CORPUS, name: str = "caveat_phrasings.jsonl") -> list[Phrasing]:
    return [Phrasing(**row) for row in _rows(name, folder)]


def _tidy(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def apply_edit(text: str, old: str, new: str) -> str:
    """`text` with `old` replaced by `new` once; old empty appends `new` as a sentence."""
    if not old:
        return _tidy(f"{text.rstrip()} {new}")
    if text.count(old) != 1:
        raise ValueError(f"old text occurs {text.count(old)} times, not once: {old!r}")
    return _tidy(text.replace(old, new, 1))


def apply_flaw(clean: Clean, flaw: Flaw) -> PlainSummary:
    """The clean summary with the flaw planted (raises ValueError if it is not a summary)."""
    sections = dict(clean.sections)
    sections[flaw.section] = apply_edit(sections[flaw.section], flaw.old, flaw.new)
    return PlainSummary(**sections)


def place_caveat(clean: Clean, caveat: str, sentence: str) -> PlainSummary:
    """The host summary with its own sentence(s) for `caveat` replaced by `sentence`.

    The new sentence goes where the first of the host's caveat sentences stood; the others are
    removed, so the rest of the section (written to carry no such caveat) stays the same and
    the result depends only on `sentence`. An empty `sentence` removes the caveat.
    """
    section = CAVEAT_SECTION[caveat]
    own = clean.caveats.get(caveat)
    if not own:
        raise ValueError(f"{clean.id} carries no {caveat} sentence to replace")
    text = clean.sections[section]
    text = apply_edit(text, own[0], sentence)
    for extra in own[1:]:
        text = apply_edit(text, extra, "")
    sections = dict(clean.sections)
    sections[section] = text
    return PlainSummary(**sections)
