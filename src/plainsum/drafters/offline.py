"""The offline drafter: plainsum's embedded default. No key, no network, deterministic.

Every sentence it writes is either a sentence of the paper with vetted, meaning-preserving
edits, a sentence built from facts parsed out of one sentence of the paper, or a fixed frame
(study type, design caveat, not-about-MS statement, care-team pointer); each carries its
evidence link. When the body reads above the grade target, the hardest optional sentences are
left out (never the headline, the main result or a frame); a sentence that cannot be made plain
without risk is kept whole, and the gate names its hard words. Repairs are deterministic: they
drop the sentences the gate named and keep fewer, easier sentences.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pydantic import ValidationError

from ..plain.compose import Line, Material, compose, gather
from ..plain.defined_once import defined_once
from ..plain.explained_accuracy import explained_accuracy
from ..plain.explained_after import explained_after
from ..plain.explained_once import once
from ..plain.frames import DOCTOR, all_frames, caveats, is_design_sentence
from ..plain.harms import HARM
from ..plain.headline.concluded import gives_a_number
from ..plain.pick import leans_back
from ..plain.results import says_a_finding, says_which_way
from ..plain.sentences import Role
from ..plain.short_names import shortened
from ..plain.shown_before import without_unmet_leans
from ..schemas import EvidenceLink, Finding, PlainSummary, Severity, StudyDesign
from .base import DrafterResult, DraftRequest
from .body_fill import (
    a_finding,
    dangles,
    fallback,
    results_carry,
    same_words,
    whole_for_thin,
)
from .compared_line import compared_line
from .fit_grade import FACT_STARTS, MIN_DID_CONTENT, body_grade, fit_grade
from .keep_head import concluded_origin, head_source_kept, keeps_headline
from .rests_on import in_animals as results_in_animals
from .thin_body import filled_thin

if TYPE_CHECKING:
    from ..plain.source import SourceSentence
    from ..settings import Settings

PROMPT_VERSION = "offline-10"
MAX_LEVEL = 2
_BODY = ("what_the_study_did", "why_it_matters", "limitations")
MIN_SECTION_WORDS = 8
# Findings about hard words or the grade are answered by keeping fewer, easier sentences, never by
# dropping the sentence that carries the main finding: a hard sentence is kept whole and the gate
# names its words. Findings that a sentence is false or broken drop it.
_LEVEL_CHECKS = ("readability", "caveats", "shape")
# A hard word drops the sentences that hold it; if that leaves no finding for the headline, one
# of them still heads the draft (a hard word beats hollow news).
_WORD_CHECKS = ("jargon", "abbreviations")
# Findings fewer sentences do not mend: what why it matters says, the headline, a thin body.
_NOT_BY_FEWER = ("substance", "headline", "finding")
SAFE_HEADLINE = "What this research found, in the paper's own words"
SHORT_SUMMARY = "A short summary like this one cannot list every limit of a study."


@dataclass
class OfflineResult(DrafterResult):
    """A draft plus what the offline drafter needs to repair it."""

    level: int = 0
    dropped: frozenset[str] = field(default_factory=frozenset)
    soft: frozenset[str] = field(default_factory=frozenset)  # dropped only for a hard word
    # The main result of what the study did: a hard word does not drop it when no other
    # finding would be left (the gate names the word)
    mains: frozenset[str] = field(default_factory=frozenset)
    found: frozenset[str] = field(default_factory=frozenset)  # what the study did's findings
    # a lab or animal study's lead result in the animals, or the one that says the headline's
    # finding: a hard word never drops it (`rests_on`)
    in_animals: frozenset[str] = field(default_factory=frozenset)
    aims: frozenset[str] = field(default_factory=frozenset)  # what was studied, in whom
    head_from: str = ""  # the authors' conclusion the headline was made from ("" otherwise)
    # sentences dropped from the body only: the headline may still be made from them
    head_keep: frozenset[str] = field(default_factory=frozenset)


def _named_briefly(
    head: str,
    sections: dict[str, list[Line]],
    long_forms: frozenset[str],
    short_forms: dict[str, str],
) -> tuple[dict[str, list[Line]], dict[str, str]]:
    """`sections` with each long name given once in full and said by its head noun after it
    (`short_names.shortened`) or by the paper's short form (`defined_once`), and each changed
    sentence's drafted text mapped to its composed one."""
    if not long_forms:
        return sections, {}
    keys = [k for k in _BODY if k in sections]
    lines = [line for k in keys for line in sections[k]]
    texts = defined_once(shortened(head, [line.text for line in lines], long_forms), short_forms)
    if texts == [line.text for line in lines]:
        return sections, {}
    renamed = {t: line.text for line, t in zip(lines, texts, strict=True) if t != line.text}
    said = iter(texts)
    out = dict(sections)
    for k in keys:
        out[k] = [
            line if (t := next(said)) == line.text else replace(line, text=t)
            for line in sections[k]
        ]
    return out, renamed


def _links(
    headline: Line, sections: dict[str, list[Line]], sentences: list[SourceSentence]
) -> list[EvidenceLink]:
    spans = {s.index: (s.start, s.end) for s in sentences}
    out = []
    for key, lines in [("headline", [headline]), *sections.items()]:
        for i, line in enumerate(lines):
            out.append(
                EvidenceLink(
                    section=key,
                    index=i,
                    text=line.text,
                    kind=line.kind,
                    source_sentences=list(line.sources),
                    spans=[spans[j] for j in line.sources if j in spans],
                    score=1.0 if line.sources else 0.0,
                )
            )
    return out


def _abbreviation(finding: Finding) -> bool:
    """Whether `finding` is the shape check naming an unexplained abbreviation (one word), which
    a repair answers like a hard word: the body sentence that holds it goes, unless it is the
    main result and nothing else says what was found."""
    span = finding.span or ""
    return finding.check == "shape" and bool(span) and " " not in span.strip()


def stands_in(text: str) -> bool:
    """Whether a result can stand for the main one a hard word would drop: it says which way
    an outcome went (a body left with only "Two trials reported no serious side effects" or
    "Live birth rates were not reported" has lost its main finding; then the main result
    stays whole and the gate names its word)."""
    if says_which_way(text):
        return True
    return says_a_finding(text) and not HARM.search(text) and not _UNREPORTED.search(text)


# "People given X were also more likely to ...": a result said as one more besides another.
_ALSO = re.compile(r"\balso\b")

# "Live birth rates were not reported", "No studies measured ...": what the studies lacked.
_UNREPORTED = re.compile(
    r"\bnot (?:\w+ )?(?:reported|measured|assessed|checked|available)\b"
    r"|\bno (?:\w+ )?(?:studies|trials?|data)\b|\bnot enough (?:data|evidence)\b"
    r"|\b(?:not allow|unable|could not|did not allow)\b(?: \w+){0,2} (?:to )?(?:report|pool|draw)",
    re.I,
)


# A sentence about harms ("There were higher risks of harm outcomes grade 3 or 4 ...", CD008593
# kept it over its deaths result) or a test's accuracy ("summary sensitivity ... was 76%",
# CD015050): figures, but not the main result a review gives first.
_NOT_MAIN = re.compile(
    r"^(?:\W*[\w-]+){0,6}?\W*(?:harms?|harmful|adverse|unwanted|side)\b"
    r"|\b(?:sensitivity|specificity|accuracy)\b",
    re.I,
)


def _first_figured(previous: DrafterResult, design: StudyDesign) -> frozenset[str]:
    """The first result of a review's what the study did that gives its figures ("...
    decreased blood loss by 427 mL", "... by 17%") and says how an outcome went: the main
    result a review gives first, which a hard word alone never drops (a lead that the composer
    chose from a later, plainer result does not take its place). None when that first one is
    about harms or a test's accuracy, nor in other designs (plaba 35017338, a cohort, kept its
    counts over its finding so)."""
    if design != StudyDesign.REVIEW:
        return frozenset()
    found: frozenset[str] = getattr(previous, "found", frozenset())
    for link in previous.links:
        text = link.text
        if (
            link.section == "what_the_study_did"
            and text in found
            and gives_a_number(text)
            and says_which_way(text)  # a result, never how the study ran
            and not leans_back(text)
        ):
            return frozenset() if _NOT_MAIN.search(text) else frozenset({text})
    return frozenset()


def _said_elsewhere(finding: Finding, link: EvidenceLink, previous: DrafterResult) -> bool:
    """Whether the hard word `finding` names in `link` stands in another sentence of the draft
    too (leaving `link` out would not take the word out of the draft)."""
    span = finding.span or ""
    return any(span in other.text for other in previous.links if other.text != link.text)


class OfflineDrafter:
    """Drafts a plain summary from the paper's own sentences, with no model."""

    name = "offline"
    model: str | None = None
    prompt_version: str | None = PROMPT_VERSION
    rewords = False  # a repair leaves sentences out, never rewords one (api._rewords)

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._cache: dict[str, Material] = {}

    def _material(self, request: DraftRequest) -> Material:
        key = request.source.sha256
        if key not in self._cache:
            self._cache.clear()  # one paper at a time is all a draft-repair loop needs
            self._cache[key] = gather(request.source, request.design)
        return self._cache[key]

    def _build(
        self,
        request: DraftRequest,
        level: int,
        dropped: frozenset[str],
        soft: frozenset[str] = frozenset(),
        head_keep: frozenset[str] = frozenset(),
    ) -> OfflineResult:
        material = self._material(request)
        # (a repair names sentences as drafted; compose knows them as composed: `_named_briefly`)
        dropped, soft, head_keep = (
            frozenset(material.renamed.get(text, text) for text in texts)
            for texts in (dropped, soft, head_keep)
        )
        head, sections = compose(material, dropped, level, soft, head_keep)
        target = request.settings.grade - 0.2 * level
        fit_grade(sections, target)
        did = sections["what_the_study_did"]
        if len(" ".join(x.text for x in did).split()) < 8:
            did.append(fallback(material, sections, head.text))
        # what the review's trials compared, when the body never says it (`compared_line`)
        if (compared := compared_line(material, sections, head.text, dropped, target)) is not None:
            _placed(did, compared)
        results = [
            x
            for x in did
            if x.kind == "content"
            and x.sources
            and not x.keep  # an aim says what was studied, never what was found
            and x.text not in all_frames()
            and not x.text.startswith(FACT_STARTS)
            and says_a_finding(x.text)
        ]
        if not any(says_which_way(x.text) for x in results):
            # the body says which way things went (helped, no clear difference, harm) when the
            # paper says so anywhere, and what was found at all
            heads = {head.text, head.origin or ""}
            found = a_finding(material, sections, heads, dropped, moved=True)
            if found is not None and results:
                # beside a finding already shown: never the headline again word for word, and
                # never at the cost of the grade target
                longer = {**sections, "what_the_study_did": [*did, found]}
                if same_words(found.text, head.text) or body_grade(longer) > target:
                    found = None
            if not results and (found is None or same_words(found.text, head.text)):
                # none that says which way, or only the headline's own sentence: another
                # result that says what was found comes first; the headline again only when
                # the paper has no other
                found = a_finding(material, sections, heads, dropped)
                if (
                    found is not None
                    and same_words(found.text, head.text)
                    and results_carry(material, did)
                ):
                    found = None  # the headline says it; the body's own results stand
            if found is not None and not dangles(material, head.text, did, found):
                did.append(found)
        for line in whole_for_thin(material, sections, head.text, dropped):
            _placed(did, line)
        # a body still of a few words: the paper's further results, whole (`thin_body`)
        for line in filled_thin(material, sections, head.text, dropped, target):
            _placed(did, line)
        # a sentence that leans on the one before it, read after what the finished section shows
        # before it: never where that is not what it leans on (`shown_before`)
        # (why it matters says what the headline means: "This means ..." leans on it by design)
        drafted = [p for ps in material.by_role.values() for p in ps] + material.context
        for name in ("what_the_study_did", "limitations"):
            sections[name] = without_unmet_leans(sections[name], drafted)
        if len(" ".join(x.text for x in sections["limitations"]).split()) < 8:
            sections["limitations"].append(Line(SHORT_SUMMARY, kind="frame"))
        chosen = _texts(sections)
        # the terms explained only once the body is chosen and fitted (`explained_after`: a
        # bracket must not cost a sentence its place)
        sections = explained_after(sections)
        unexplained = _texts(sections)
        sections = explained_accuracy(sections)  # "sensitivity" where it is a test's accuracy
        accuracy = _texts(sections)
        # a result added after compose may explain a term the body explained already
        # ("mini percutaneous nephrolithotomy (keyhole surgery ...)" twice, plaba 34499550)
        sections = dict(zip(sections, once(list(sections.values())), strict=True))
        sections, renamed = _named_briefly(
            head.text, sections, material.long_forms, material.short_forms
        )
        material.renamed.update(renamed)
        # a repair names a sentence as drafted: one whose test accuracy was explained, as
        # chosen (no gloss knows those brackets, so it was never found again and never left
        # out, and the bracket moved which sentences a repair kept: CD015050, plaba 19957775)
        material.renamed.update(
            (said, was)
            for said, was, a, b in zip(_texts(sections), chosen, unexplained, accuracy, strict=True)
            if a != b
        )
        headline = Line(head.text, head.sources, "content" if head.sources else "frame")
        texts = {"headline": head.text} | {
            k: " ".join(line.text for line in lines) for k, lines in sections.items()
        }
        try:
            summary = PlainSummary(**texts)
        except ValidationError:  # a headline the schema refuses: the design's plain frame
            texts["headline"] = SAFE_HEADLINE
            headline = Line(SAFE_HEADLINE, kind="frame")
            summary = PlainSummary(**texts)
        return OfflineResult(
            summary=summary,
            raw=json.dumps(texts, ensure_ascii=False),
            links=_links(headline, sections, material.sentences),
            level=level,
            dropped=dropped,
            soft=soft,
            head_from=concluded_origin(
                head.origin if headline.text == head.text else "",
                {p.text for p in material.by_role.get(Role.CONCLUSION, [])},
            ),
            head_keep=head_keep,
            mains=frozenset(line.text for line in sections["what_the_study_did"] if line.lead),
            in_animals=results_in_animals(sections["what_the_study_did"], request.design.design),
            aims=frozenset(line.text for line in sections["what_the_study_did"] if line.keep),
            found=frozenset(
                line.text
                for line in sections["what_the_study_did"]
                # the main results, and any result that says which way an outcome went: never
                # an aim, a method, or what was not reported
                if (line.main and says_a_finding(line.text) or says_which_way(line.text))
                and line.sources
                and not line.keep
                and line.text not in all_frames()
            ),
        )

    async def draft(self, request: DraftRequest) -> DrafterResult:
        """A first draft."""
        return self._build(request, 0, frozenset())

    async def repair(
        self, request: DraftRequest, previous: DrafterResult, findings: list[Finding]
    ) -> DrafterResult:
        """Drop the sentences the findings name, keep fewer and easier sentences, rebuild; a
        missing caveat or care-team pointer is added back explicitly."""
        level = getattr(previous, "level", 0)
        dropped = set(getattr(previous, "dropped", frozenset()))
        frames = set(caveats(request.design.design)) | {DOCTOR}
        soft = set(getattr(previous, "soft", frozenset()))
        mains: frozenset[str] = getattr(previous, "mains", frozenset())
        aims: frozenset[str] = getattr(previous, "aims", frozenset())
        in_animals: frozenset[str] = getattr(previous, "in_animals", frozenset())
        head_from: str = getattr(previous, "head_from", "")
        head_keep = set(getattr(previous, "head_keep", frozenset()))
        hard = {
            link.text
            for link in previous.links
            for f in findings
            if f.severity == Severity.ERROR
            and (f.check in _WORD_CHECKS or _abbreviation(f))
            and f.span
            and f.span in link.text
        }
        before = frozenset(dropped)
        hard_head: set[str] = set()  # the conclusion headline, kept in spite of a hard word
        if any(
            not leans_back(text)
            for text in getattr(previous, "found", frozenset()) - hard - dropped
        ):
            # another finding stays: the hard main result may go (below); never for one that
            # leans on it ("It also increased cell death"), which goes with it
            mains = frozenset()
        # ... but the first result that gives its figures stays for a hard word alone: true >
        # whole > the main finding > plain (CD003785 lost its ACR response rates, CD003882 its
        # 17% better prolapse stage and CD006883 its 427 mL less blood loss to a side result
        # that stayed plain); the gate names the word
        mains = mains | _first_figured(previous, request.design.design)
        # every aim holds a hard word: they all stay (below), and the gate names their words
        kept_aims = set() if aims - hard else set(aims)
        mended: set[int] = set()  # the findings whose sentences this repair drops
        for finding in findings:
            if finding.severity != Severity.ERROR:
                continue
            abbreviation = _abbreviation(finding)
            if finding.check in _LEVEL_CHECKS and not abbreviation:
                continue  # the grade is met by keeping fewer sentences, never the main finding
            if (
                (finding.check in _WORD_CHECKS or abbreviation)
                and finding.span
                and any(finding.span in aim for aim in kept_aims)
            ):
                continue  # the word stays in the aim: dropping other sentences hides nothing
            for link in previous.links:
                if link.kind == "frame" or link.text in frames:
                    continue
                if abbreviation and link.section == "headline":
                    continue  # the headline's own wording is the headline's business
                if keeps_headline(finding, link, head_from):
                    hard_head.add(link.text)
                    continue  # the authors' conclusion heads the draft; the gate names its word
                if head_source_kept(finding, link, head_from):
                    head_keep.add(link.text)  # the body's copy goes, the headline stays
                word = finding.check in _WORD_CHECKS or abbreviation
                named = finding.span and finding.span in link.text
                if (
                    word
                    and link.section == "what_the_study_did"
                    and link.text in mains | in_animals
                ):
                    continue  # the main result stays whole; the gate names its hard word
                if (
                    word
                    and link.section == "what_the_study_did"
                    and finding.span
                    and finding.span in link.text
                    and _ALSO.search(link.text)
                    and any(finding.span in text for text in mains)
                ):
                    # "X also ..." beside the main result that stays whole with the same word:
                    # leaving it out hides nothing (CD011501 lost its seizure freedom so)
                    continue
                if (
                    word
                    and link.text in aims
                    and (_said_elsewhere(finding, link, previous) or link.text in kept_aims)
                ):
                    # the aim names what was studied: dropping it would hide no hard word, or
                    # leave no aim that says what was studied (the gate names the word)
                    continue
                if named or (finding.section == "headline" and link.section == "headline"):
                    dropped.add(link.text)
                    mended.add(id(finding))
                    if word:
                        soft.add(link.text)
        # dropped for something else too: still one a hollow headline may give way to
        soft |= hard_head & dropped
        # fewer, easier sentences: never for what they cannot mend (a hollow "why it matters",
        # a headline's fault, a thin body), which would cost the body whom and how many were
        # studied and its results for nothing
        # (nor for a false or broken sentence this repair drops by name: fewer sentences besides
        # cost the body its main result for nothing, the lead's yoga trial lost "Disability
        # improved in both groups by a similar amount" to a number error in a harm sentence; a
        # hard word still asks for easier sentences, or the ones kept bring hard words back)
        if any(
            f.severity == Severity.ERROR
            and f.check not in _NOT_BY_FEWER
            and (f.check in _LEVEL_CHECKS + _WORD_CHECKS or _abbreviation(f) or id(f) not in mended)
            for f in findings
        ):
            level = min(level + 1, MAX_LEVEL)
        result = self._build(
            request, level, frozenset(dropped), frozenset(soft), frozenset(head_keep)
        )
        # a main result left out for a hard word only: the result that takes its place must say
        # how an outcome went (never a side-effect aside or what was not reported); else the
        # main result stays whole and the gate names its word
        lost = {
            text
            for text in (getattr(previous, "mains", frozenset()) & soft) - before
            if stands_in(text)  # itself a result that says how an outcome went
        }
        results = {
            link.text
            for link in result.links
            if link.section == "what_the_study_did"
            and link.kind == "content"
            and link.source_sentences
            and not link.text.startswith(FACT_STARTS)  # a count or a search date: no result
            and link.text not in all_frames()
        } - result.aims
        if lost and not any(stands_in(text) for text in results):
            result = self._build(
                request,
                level,
                frozenset(dropped - lost),
                frozenset(soft - lost),
                frozenset(head_keep),
            )
        # sentences of what the study did left out for a hard word alone never thin it to one
        # sentence of the paper (the gate's thin-draft error, and a reader told neither how
        # it was done nor what was found: CD004374 kept one side comparison of four for
        # 'recatheterised'); they stay, and the gate names the word
        shown = {x.text for x in previous.links if x.section == "what_the_study_did"}
        newly = frozenset(soft - getattr(previous, "soft", frozenset())) & shown
        if newly and _own(result) < MIN_DID_CONTENT <= _own(previous):
            result = self._build(
                request,
                level,
                frozenset(dropped - newly),
                frozenset(soft - newly),
                frozenset(head_keep),
            )
        return result


def _texts(sections: dict[str, list[Line]]) -> list[str]:
    """The text of every line of `sections`, in reading order."""
    return [line.text for lines in sections.values() for line in lines]


def _placed(did: list[Line], line: Line) -> None:
    """Put `line` into `did` in the paper's order, after the design frame."""
    at = next(
        (
            i
            for i, x in enumerate(did)
            if x.sources and min(x.sources) > line.sources[0] and not is_design_sentence(x.text)
        ),
        len(did),
    )
    did.insert(at, line)


def _own(result: DrafterResult) -> int:
    """How many sentences of the paper what the study did holds, as the gate's thin check
    counts them: facts count, the design frame does not."""
    return sum(
        1
        for link in result.links
        if link.section == "what_the_study_did"
        and link.kind == "content"
        and link.source_sentences
        and not is_design_sentence(link.text)
    )
