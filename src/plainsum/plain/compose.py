"""Compose the four sections of a plain summary from a paper's own sentences.

Every content sentence comes from the source (simplified); the only sentences written here are
fixed, number-free frames: what kind of study it was, the caveats its design needs and the
pointer to the reader's care team.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..design import DesignInfo
from ..ingest import Source
from ..schemas import StudyDesign
from . import measure
from .abbreviations import Expander, find_definitions, known_abbreviations
from .headline import headline
from .numbers import count_animals, count_people, count_studies
from .sentences import Role, classify
from .simplify import PlainSentence, plain_sentences, strip_label

DOCTOR = "If you have questions about your own care, talk with your doctor or care team."
NOT_MS = "This study is not about MS."
NO_MS_LINK = "The link to MS is not part of this study."
TOO_TECHNICAL = "Most of its details are too technical to put into plain words here."

DESIGN_CAVEATS: dict[StudyDesign, tuple[str, ...]] = {
    StudyDesign.LAB: (
        "This work was done in cells in a lab, not in people.",
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
    StudyDesign.CASE_REPORT: (
        "This report is about one or a few people, so it may not apply to others.",
    ),
    StudyDesign.TRIAL: (
        "This was a single trial, so the results may not apply to everyone and need confirming.",
    ),
    StudyDesign.UNKNOWN: (),
}

# What each kind of study is, in plain words: used when a section would be too thin.
EXPLAIN_DESIGN: dict[StudyDesign, str] = {
    StudyDesign.REVIEW: "The review authors brought together what earlier studies found.",
    StudyDesign.TRIAL: "In a trial, researchers give a treatment and compare what happens.",
    StudyDesign.OBSERVATIONAL: (
        "In this kind of study, researchers watch what happens without changing anyone's care."
    ),
    StudyDesign.LAB: "In a lab study, scientists test ideas on cells grown in dishes.",
    StudyDesign.ANIMAL: "Studies in animals let scientists test ideas before any tests in people.",
    StudyDesign.CASE_REPORT: "A case report tells what happened to a patient in detail.",
    StudyDesign.UNKNOWN: "This summary keeps to what the paper itself says.",
}
# A second, general limit of each kind of study, for a limitations section that is too thin.
GENERAL_LIMITS: dict[StudyDesign, str] = {
    StudyDesign.REVIEW: "How much we can trust it depends on how well those studies were done.",
    StudyDesign.OBSERVATIONAL: "Other things that were not measured may explain the link.",
    StudyDesign.TRIAL: "Other trials are needed to be sure of the results.",
    StudyDesign.LAB: "Results in cells often change in a living body.",
    StudyDesign.ANIMAL: "Many treatments that work in animals do not work in people.",
    StudyDesign.CASE_REPORT: "Other patients may respond in a different way.",
    StudyDesign.UNKNOWN: "Other research is needed to confirm these findings.",
}
MIN_DID_WORDS = 25  # the shape check's bounds, with a little room
MIN_WORDS = 15
MAX_DID_WORDS = 165
MAX_WORDS = 115

_MORE_RESEARCH = re.compile(
    r"\b(?:further|more|additional|larger|future|well-designed|high-quality|longer)\s+"
    r"(?:\w+\s+){0,2}(?:research|studies|trials|work|investigation)\b",
    re.I,
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_DATE = re.compile(r"\b(?:(\d{1,2}) )?(" + "|".join(_MONTHS) + r"),? (\d{4})\b")
_SEARCH_SENTENCE = re.compile(r"\bsearch|\bup to date\b", re.I)


def search_date(text: str) -> str | None:
    """The latest date a review's search sentences give ("June 2003"), quoted as written."""
    best: tuple[int, int, int, str] | None = None
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if not _SEARCH_SENTENCE.search(sentence):
            continue
        for m in _DATE.finditer(sentence):
            day, month, year = m.group(1), m.group(2), m.group(3)
            key = (int(year), _MONTHS.index(month), int(day or 0), m.group(0).replace(",", ""))
            if best is None or key > best:
                best = key
    return best[3] if best else None


_RANDOMISED = re.compile(r"\brandomi[sz]|\brandomly (?:assigned|allocated)", re.I)
_NEEDED = re.compile(r"\b(?:needed|required|warranted|necessary|should|need)\b", re.I)
_NEGATED = re.compile(r"\b(?:no|not|unlikely)\b", re.I)
_AIM_LEAD = re.compile(
    r"^(?:(?:the|our|this) )?(?:main )?(?:aims?|objectives?|purposes?|goals?)"
    r"(?: of (?:this|the|our)(?: present)? (?:study|review|work|trial|analysis))?"
    r" (?:was|were|is|are) (?:to )?"
    r"|^(?:this|the present|our) (?:study|review|work|trial) (?:aimed|aims|sought|set out) to "
    r"|^we (?:aimed|sought|set out|wanted) to |^to ",
    re.I,
)
# "To assess the effect of ..." under another heading: an aim with no subject or verb.
_BARE_AIM = re.compile(r"^To [a-z]+ (?!.*, )")
_LEANS_BACK = re.compile(
    r"^(?:This|These|That|Those|It|They|Its|Their|Such|Both|Also|But|However|In contrast|"
    r"Similarly|Likewise|The other|Another|Again)\b"
)
_SEARCH = re.compile(
    r"\bsearch(?:ed|es|ing)?\b|\brecords\b|\bdatabases?\b|\bscreen(?:ed|ing)\b|\bfull[- ]text"
    r"|\babstracts\b|\bcitations\b|\bregisters?\b|\bup to date\b|\breferences\b"
    r"|\b(?:selected|retrieved|identified) \d+\b",
    re.I,
)
_MS_SENTENCE = re.compile(r"\bMS\b|multiple sclerosis|demyelinat", re.I)
_ANIMAL_WORDS = [
    (re.compile(r"\bmice\b|\bmouse\b|\bmurine\b", re.I), "mice"),
    (re.compile(r"\brats?\b", re.I), "rats"),
    (re.compile(r"\bzebrafish\b|\bfish\b|\bmedaka\b", re.I), "fish"),
    (re.compile(r"\bmonkeys?\b|\bmacaques?\b|\bmarmosets?\b|\bprimates?\b", re.I), "monkeys"),
    (re.compile(r"\bflies\b|\bdrosophila\b", re.I), "flies"),
    (re.compile(r"\bworms?\b|\belegans\b", re.I), "worms"),
]


_MAX_BACKGROUND = 5  # background sentences beyond these are never shown


@dataclass
class Material:
    """A paper's sentences, simplified and sorted by role."""

    design: DesignInfo
    by_role: dict[Role, list[PlainSentence]] = field(default_factory=dict)
    animals: str = "animals"
    people: str | None = None
    studies: str | None = None
    more_research: bool = False
    randomised: bool = False
    search_date: str | None = None
    ms_link: list[PlainSentence] = field(default_factory=list)
    title: str | None = None


def animals_in(text: str) -> str:
    """Plain name of the animals a paper studied (mice, rats, fish ...), or "animals"."""
    counts = [
        (len(pattern.findall(text)), -i, name) for i, (pattern, name) in enumerate(_ANIMAL_WORDS)
    ]
    best = max(counts)
    return best[2] if best[0] else "animals"


def _aim(text: str, review: bool) -> str:
    m = _AIM_LEAD.match(text)
    if not m:
        return text
    who = "The review authors" if review else "The researchers"
    return f"{who} wanted to {text[m.end() :]}"


def gather(source: Source, design: DesignInfo) -> Material:
    """Simplify every sentence of `source` and sort the results by role."""
    review = design.design == StudyDesign.REVIEW
    expand = Expander(
        {
            k: v
            for k, v in find_definitions(source.full_text).items()
            if k not in known_abbreviations()
        }
    )
    material = Material(design=design, title=source.title)
    order = 0
    seen: dict[Role, int] = {}
    for sentence in classify(source):
        seen[sentence.role] = seen.get(sentence.role, 0) + 1
        mentions_ms = bool(_MS_SENTENCE.search(sentence.text))
        # Sentences compose() can never use are not simplified (speed on long abstracts).
        unused = (sentence.role == Role.BACKGROUND and seen[sentence.role] > _MAX_BACKGROUND) or (
            review and sentence.role == Role.METHODS and bool(_SEARCH.search(sentence.text))
        )  # a review's search sentences are dropped in compose() anyway
        if unused and not (mentions_ms and not design.about_ms):
            continue
        text = expand(sentence.text)
        if sentence.role == Role.AIM or _BARE_AIM.match(strip_label(text)):
            text = _aim(strip_label(text), review)
        plain = []
        for p in plain_sentences(text, review):
            plain.append(replace(p, order=order))
            order += 1
        material.by_role.setdefault(sentence.role, []).extend(plain)
        if mentions_ms and not design.about_ms:
            material.ms_link.extend(p for p in plain if _MS_SENTENCE.search(p.text))
    text = source.full_text
    material.animals = animals_in(text)
    material.people = count_people(text)
    material.studies = count_studies(text)
    material.randomised = bool(_RANDOMISED.search(text))
    if review:
        material.search_date = search_date(text)
    material.more_research = any(
        _MORE_RESEARCH.search(s) and _NEEDED.search(s) and not _NEGATED.search(s)
        for s in re.split(r"(?<=[.!?])\s+", text)
    )
    return material


def design_sentences(m: Material) -> list[str]:
    """Fixed frames saying what kind of study this was and how big it was."""
    d = m.design.design
    people = m.people
    if d == StudyDesign.REVIEW:
        out = ["This was a review of earlier studies."]
        if m.search_date:
            out.append(f"The review authors searched for studies up to {m.search_date}.")
        if m.studies and people:
            out.append(f"The review included {m.studies} with {people}.")
        elif m.studies:
            out.append(f"The review included {m.studies}.")
        return out
    if d == StudyDesign.TRIAL:
        out = [f"This was a clinical trial in {people}." if people else "This was a trial."]
        if m.randomised:
            out.append("People were put into groups by chance.")
        return out
    if d == StudyDesign.OBSERVATIONAL:
        if people:
            return [f"This study looked at {people} and did not give them a new treatment."]
        return ["This study looked at a group of people and did not give them a new treatment."]
    if d == StudyDesign.ANIMAL:
        count = count_animals(" ".join(p.text for ps in m.by_role.values() for p in ps))
        return [f"This was a study in {count or m.animals}."]
    if d == StudyDesign.LAB:
        return ["This was a lab study in cells."]
    if d == StudyDesign.CASE_REPORT:
        return ["This report describes the case of a patient."]
    if people:
        return [f"This paper reports research that included {people}."]
    return ["This paper reports new research from a scientific journal."]


def caveat_sentences(m: Material) -> list[str]:
    """The caveats the design needs, in plain words."""
    return [c.format(animals=m.animals) for c in DESIGN_CAVEATS[m.design.design]]


@lru_cache(maxsize=256)
def _counts(text: str) -> tuple[int, int]:
    """(words, syllables) of a sentence; the fixed frames recur in every draft."""
    ws = measure.words(text)
    return len(ws), sum(measure.syllables(w) for w in ws)


@dataclass
class _Totals:
    """Running Flesch-Kincaid totals of the body."""

    words: int = 0
    syllables: int = 0
    sentences: int = 0

    def add(self, text: str) -> None:
        """Count one more sentence of the body."""
        words, syllables = _counts(text)
        self.words += words
        self.syllables += syllables
        self.sentences += 1

    def take(self, s: PlainSentence) -> None:
        """Count one more chosen sentence (its counts are already known)."""
        self.words += s.fk_words
        self.syllables += s.syllables
        self.sentences += 1

    def grade_with(self, *added: PlainSentence) -> float:
        """The body's grade if `added` were put in too."""
        w = self.words + sum(s.fk_words for s in added)
        syl = self.syllables + sum(s.syllables for s in added)
        n = self.sentences + len(added)
        return 0.39 * w / max(1, n) + 11.8 * syl / max(1, w) - 15.59


@dataclass
class _Slot:
    """Where chosen sentences go, and how many words and sentences fit there."""

    pool: list[PlainSentence]
    budget: int
    limit: int
    bias: float = 0.0
    chosen: list[PlainSentence] = field(default_factory=list)

    def used(self) -> int:
        """Words already chosen for this slot."""
        return sum(s.words for s in self.chosen)


def _fill(slots: list[_Slot], totals: _Totals, target: float, max_cost: float) -> None:
    """Greedy: take the easiest sentences first while the body stays at or under `target`.

    A sentence that leans on the one before it ("This ...", "It ...") is only taken when that
    one is taken too, so no sentence appears without what it refers to.
    """
    candidates = sorted(
        ((s.cost + slot.bias, s.order, i, s) for i, slot in enumerate(slots) for s in slot.pool),
        key=lambda c: (c[0], c[1]),
    )
    taken: set[str] = set()
    by_order = {s.order: (i, s) for _, _, i, s in candidates}

    def fits(i: int, s: PlainSentence) -> bool:
        slot = slots[i]
        return (
            s.text not in taken
            and len(slot.chosen) < slot.limit
            and slot.used() + s.words <= slot.budget
        )

    def take(i: int, s: PlainSentence) -> None:
        slots[i].chosen.append(s)
        taken.add(s.text)
        totals.take(s)

    for _ in range(2):  # a second pass takes sentences whose predecessor came in late
        for cost, _, i, s in candidates:
            if cost > max_cost or not fits(i, s):
                continue
            leaning = _LEANS_BACK.match(s.text)
            if leaning and not any(c.order == s.order - 1 for c in slots[i].chosen):
                # Take it with the sentence it leans on (same section), or not at all.
                before = by_order.get(s.order - 1)
                if before is None or before[0] != i or _LEANS_BACK.match(before[1].text):
                    continue
                j, p = before
                if not fits(j, p) or len(slots[i].chosen) + 2 > slots[i].limit:
                    continue
                if totals.grade_with(p, s) > target:
                    continue
                take(j, p)
                take(i, s)
                continue
            if totals.grade_with(s) > target:
                continue
            take(i, s)
    for slot in slots:
        slot.chosen.sort(key=lambda s: s.order)


def _trim(slots: list[_Slot], budget: int) -> None:
    """Drop the hardest chosen sentences until the slots together fit in `budget` words."""
    while sum(s.used() for s in slots) > budget:
        chosen = [(s.cost, i, s) for i, slot in enumerate(slots) for s in slot.chosen]
        if not chosen:
            return
        _, i, hardest = max(chosen, key=lambda c: (c[0], c[2].order))
        slots[i].chosen.remove(hardest)
        for s in list(slots[i].chosen):  # nothing may lean on a sentence that went
            if s.order == hardest.order + 1 and _LEANS_BACK.match(s.text):
                slots[i].chosen.remove(s)


def _repeats(frame: str, text: str) -> bool:
    """Whether `text` holds every number of the frame sentence `frame`."""
    numbers = re.findall(
        r"\d[\d,]*|\b[a-z]+(?:-[a-z]+)?(?= (?:trials|studies|people|patients))", frame
    )
    return bool(numbers) and all(n.lower() in text.lower() for n in numbers)


def _rescue(slots: list[_Slot], totals: _Totals, limit: float) -> None:
    """Too little of what the study did fit the grade budget: take up to two of its easiest
    sentences, as long as the body stays under `limit` (just inside the gate's target)."""
    taken = {s.text for slot in slots for s in slot.chosen}
    candidates = sorted(
        (s.cost, s.order, i, s)
        for i, slot in enumerate(slots)
        for s in slot.pool
        if s.text not in taken and not _LEANS_BACK.match(s.text)
    )
    added = 0
    for _, _, i, s in candidates:
        if added == 2:
            break
        if totals.grade_with(s) <= limit and s.words <= 25:
            slots[i].chosen.append(s)
            totals.take(s)
            added += 1
    for slot in slots:
        slot.chosen.sort(key=lambda s: s.order)


def compose(
    m: Material,
    target: float = 7.0,
    max_cost: float = 30.0,
    budget: int = 150,
    drop: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """The four sections as plain text, with as much of the paper as keeps the body at or
    under grade `target`. `drop` holds sentences a repair removed."""

    def pool(*roles: Role) -> list[PlainSentence]:
        return [s for r in roles for s in m.by_role.get(r, []) if s.text not in drop]

    review = m.design.design == StudyDesign.REVIEW
    if review:
        drop = drop | {s.text for ps in m.by_role.values() for s in ps if _SEARCH.search(s.text)}
    did_fixed = design_sentences(m)
    did_fixed = did_fixed[:1] + [s for s in did_fixed[1:] if s not in drop]
    why_fixed = [] if m.design.about_ms else [NOT_MS]
    limit_fixed = caveat_sentences(m)
    if m.more_research:
        limit_fixed.append("The authors say more research is needed.")
    totals = _Totals()
    for text in did_fixed + why_fixed + limit_fixed + [DOCTOR]:
        totals.add(text)

    aim = _Slot(pool(Role.AIM), 40, 2, bias=-1.0)
    methods = _Slot(pool(Role.METHODS), 60 if not review else 40, 4 if not review else 2, bias=1.0)
    results = _Slot(pool(Role.RESULTS) or pool(Role.CONCLUSION), budget, 14, bias=-2.0)
    conclusions = _Slot(
        [s for s in pool(Role.CONCLUSION) if s not in results.pool], 100, 5, bias=-2.0
    )
    link = _Slot([] if m.design.about_ms else m.ms_link, 40, 1, bias=-5.0)
    limits = _Slot(pool(Role.LIMITATION), 100, 6, bias=-1.0)
    background = _Slot(pool(Role.BACKGROUND), 80, 5, bias=1.0)
    slots = [aim, methods, results, conclusions, link, limits, background]
    _fill(slots, totals, target, max_cost)
    fixed = len(" ".join(did_fixed).split())
    _trim([aim, methods, results], MAX_DID_WORDS - fixed)
    _trim([background, conclusions, link], MAX_WORDS - len(" ".join(why_fixed + [DOCTOR]).split()))
    _trim([limits], MAX_WORDS - len(" ".join(limit_fixed).split()))
    if len(aim.chosen + methods.chosen + results.chosen) < 2:
        _rescue([aim, results, methods, conclusions], totals, target + 0.7)

    content = [
        s.text
        for s in aim.chosen + methods.chosen + results.chosen
        if not (s.words <= 10 and any(_repeats(f, s.text) for f in did_fixed))
    ]  # "Twelve people were included." after "This was a trial in twelve people."
    # A frame whose numbers a sentence of the paper already gives is left out.
    did_fixed = did_fixed[:1] + [
        f for f in did_fixed[1:] if not any(_repeats(f, text) for text in content)
    ]
    did = did_fixed + content
    if len(" ".join(did).split()) < MIN_DID_WORDS and EXPLAIN_DESIGN[m.design.design]:
        did.insert(1, EXPLAIN_DESIGN[m.design.design])
    if len(" ".join(did).split()) < MIN_DID_WORDS:
        did.append(TOO_TECHNICAL)
    why = why_fixed + [s.text for s in background.chosen + conclusions.chosen]
    if not m.design.about_ms:
        why += [s.text for s in link.chosen] or [NO_MS_LINK]
    if len(" ".join(why).split()) < 6:
        why.append("The results add to what is known about this topic.")
    why.append(DOCTOR)
    lim = limit_fixed[:1] + [s.text for s in limits.chosen] + limit_fixed[1:]
    if len(" ".join(lim).split()) < MIN_WORDS:
        lim.append(GENERAL_LIMITS[m.design.design])
    if len(" ".join(lim).split()) < MIN_WORDS:
        lim.append("This is a single study, and other studies may find something different.")
    return {
        "headline": headline(m, drop),
        "what_the_study_did": " ".join(did),
        "why_it_matters": " ".join(why),
        "limitations": " ".join(lim),
    }


def body_grade(sections: dict[str, str]) -> float:
    """Flesch-Kincaid grade of the three body sections together (for choosing settings)."""
    body = " ".join(v for k, v in sections.items() if k != "headline")
    n = max(1, len(re.findall(r"[.!?](?:\s|$)", body)))
    return measure.grade(body, n)
