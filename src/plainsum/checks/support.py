"""Support: findings built on the evidence links (plainsum.evidence), one per summary sentence.

- unsupported: a sentence that reports what the study did or found (a number, "the study",
  "researchers found", "had fewer", "improved" ...) whose content the source does not hold:
  little of its weight is found in the source sentences it aligns with, or most of it is found
  nowhere in the source. Error. Background sentences ("MS is a disease of the nerves") are not
  held to the source: summaries explain things papers take for granted.
- contradicted: the source sentences a summary sentence aligns with say the opposite about the
  same thing: an effect where the source says "no difference"/"did not", up where it says
  down, more where it says fewer, better where it says worse. Error.
- misattributed number: a number the source has, but not counting what the summary says it
  counts ("300 people" where the paper's 300 counts procedures). Error.
- a method as the topic: "looked at flow cytometry" where the paper only measured with it
  (plainsum.checks.topic). Error, reported as unsupported.
- an absence said wider than the paper says it: "None of the studies measured X" where the
  paper reports X, "none of the children" for what it says of one group (absence_scope). Error.
- joined terms: "peak leak pressure" where the paper reports "peak airway pressure" and "leak
  pressure" (joined_terms), reported as faithfulness. Error.
- a grade for all of the evidence the paper gives only some of it: "The authors rated the
  evidence as very low certainty." where it is "mostly low or very low" (support_certainty).
  Error.
- a combination cut short: "paracetamol" where the paper only gave "paracetamol plus codeine"
  (support_combination). Error.
- a part said as the whole: "All of them stopped because of reactions" where the paper says
  "Most withdrawals were due to infusion reactions" (support_share). Error.
- others' studies said as the paper's: a claim the paper reports only of studies it did not
  include ("Non-randomised studies reported favourable outcomes" said as "It helped."), or of
  observational studies said of trials (support_others). Error.
- overreach: for a lab or animal study, a sentence stating as fact an effect in people or
  patients; for an observational study, cause words ("causes", "leads to", "protects
  against") for what can only be a link. Error.

Frame sentences (caveats, the care-team pointer, the not-about-MS statement) need no evidence
but are still read for contradictions and numbers.

This module turns each rule into findings; the rules live one idea a module: study_statements
(which sentences are held to the paper), polarity and contradiction (support_contradicted reads
a sentence against them), number_links, overreach, unreported (a subgroup's best or an
outcome the paper never mentions), measured (a result read as a claim: a change in an outcome
the paper never measured, "Vitamin D also improved mood.", or in people it never names) and
paraphrase (a plain gloss of the paper's term, "thinking" for "cognitive", is found: no false
alarm on a faithful rewording).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..design import DesignInfo
from ..evidence import (
    NUMBER_WEIGHT,
    Alignment,
    SourceSentence,
    align,
    frame_kind,
    split_source,
    stand_in_expander,
)
from ..ingest import Source
from ..memo import SIZE, Keyed
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity, StudyDesign
from .absence_scope import absence_findings
from .condition_kept import condition_findings
from .contradiction_null import null_findings
from .contradiction_numbers import against_own_numbers
from .contradiction_sizes import size_contradiction
from .faithfulness import source_numbers
from .figures_direction import figures_findings
from .joined_terms import joined_terms
from .measured import (
    comparator_not_named,
    outcome_share,
    population_not_named,
    unmeasured_outcome,
)
from .negation import conditional
from .number_findings import NUMBERS, number_findings
from .overreach import overreach
from .paraphrase import with_glosses
from .polarity import claims_in
from .population_kept import model_dropped, population_findings
from .scope_kept import scope_findings
from .significance_kept import significance_findings
from .study_statements import (
    COMPOSITION,
    FINDING_CUE,
    REVIEW_PROCESS,
    STUDY_CLAIM,
    design_statement,
    not_a_claim,
)
from .support_certainty import certainty_not_given
from .support_combination import combination_cut
from .support_contradicted import (
    CONTRADICTION,
    HELD_SECTIONS,
    contradicted,
    link_finding,
    one_line,
    short_held_change,
)
from .support_others import others_claimed
from .support_share import share_widened
from .support_times import time_not_in_paper
from .topic import method_as_topic, topic_not_aimed
from .unreported import (
    OUTCOME_IN_PAPER,
    best_of,
    compares_subgroups,
    group_not_reported,
    groups_compared,
    outcome_not_reported,
)

CHECK = "support"  # an unsupported sentence
OVERREACH = "overreach"
CHECKS = (CHECK, CONTRADICTION, NUMBERS, OVERREACH)

LOW_SUPPORT = 0.3  # a study claim whose best source sentences hold less of its weight: error
NOVEL_SHARE = 0.6  # ... or whose words are this much (by weight) nowhere in the source
SURE_NOVEL_SHARE = 0.7  # an unsupported finding this novel is an error, else a warning
MIN_CLAIM_WEIGHT = 3.0  # a sentence lighter than this says too little to judge by its score
MIN_OVERLAP_FOR_CONTRADICTION = 0.45  # alignment needed before an opposite reads as a contradiction


def _held_to_source(link: EvidenceLink) -> bool:
    """Whether a sentence must be found in the paper: everything the headline and "what the
    study did" say; elsewhere, only what reports the study's results (background on MS and
    judgements of a study's limits are the summary's own)."""
    if link.section in ("headline", "what_the_study_did"):
        return True
    if link.section == "limitations":
        return bool(re.search(r"\d", link.text) or claims_in(link.text))
    return bool(STUDY_CLAIM.search(link.text))


# "People who started early gained the most.", "Those with X did best.", "... lost the most


def _without_invented_numbers(found: Alignment, source: Source) -> tuple[float, float]:
    """Support score and novel share leaving out numbers the source lacks altogether: those
    are the faithfulness check's to report, once."""
    known = source_numbers(source.full_text)
    invented = [n for n in found.novel if n[:1].isdigit() and n not in known]
    if not invented:
        return found.score, found.novel_share
    rest = found.weight - NUMBER_WEIGHT * len(invented)
    if rest <= 0:
        return 1.0, 0.0
    novel = found.novel_share * found.weight - NUMBER_WEIGHT * len(invented)
    return found.score * found.weight / rest, max(0.0, novel) / rest


_FINDING_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION, Role.LIMITATION})


def check_support(source: Source, design: DesignInfo, links: list[EvidenceLink]) -> list[Finding]:
    """Unsupported, contradicted, misattributed-number and overreach errors, one sentence at a
    time, from the evidence links of a summary."""
    not_ms = {
        k.section for k in links if k.kind == "frame" and frame_kind(k.text) == "not_about_ms"
    }
    findings: list[Finding] = []
    for link in links:
        held = Keyed(link, (link.section, link.text, link.kind, tuple(link.source_sentences)))
        findings.extend(_sentence_findings(source, design.design, held, link.section in not_ms))
        findings.extend(certainty_not_given(source, link))
        if link.kind == "content":
            findings.extend(absence_findings(source, link))
            findings.extend(joined_terms(source, link))
            findings.extend(combination_cut(source, link))
            findings.extend(share_widened(source, link))
            findings.extend(others_claimed(source, link, links))
            findings.extend(population_findings(source, link))
            findings.extend(significance_findings(source, link))
            findings.extend(scope_findings(source, link))
            findings.extend(condition_findings(source, link))
            findings.extend(null_findings(source, link, findings))
            if dropped := model_dropped(source, design.design, link):
                findings.append(dropped)
    return findings


# "Eight studies aimed to induce remission; overall survival did not differ": the aim of
# some studies, then what they found
_AIM_THEN_RESULT = re.compile(
    r"^[^;()]*\b(?:aim(?:ed|s)?\s+to|sought\s+to|set\s+out\s+to|wanted\s+to)\b[^;()]*;\s*"
    r"(?P<result>[^;]+)$",
    re.I,
)


def _not_found(text: str) -> bool:
    """Whether a paper's result or conclusion is asked, aimed at or hoped (`conditional`); not
    when an aim ends its first clause and the clause after it states a result as found."""
    if not conditional(text):
        return False
    then = _AIM_THEN_RESULT.match(text)
    return not (then and not conditional(then.group("result")) and claims_in(then.group("result")))


def _aligned_for_contradiction(source: Source, link: EvidenceLink, found: Alignment) -> bool:
    """Whether the sentence of `link` shares enough with the paper to be read for
    contradiction, counting a plain word for the paper's term as the term: "The diet made no
    real difference to seizures, balance, sleep or speech" says its "seizures" and "balance"
    for the paper's "epilepsy" and "ataxia", and denies the result it glosses. Glosses count
    only in the sections that report what was found (the headline, "what the study did"); why
    it matters and the limits speak of the field too ("Psychological therapies can help people
    with chronic pain ..."), where a paper's result against one comparison is no measure."""
    if found.score >= MIN_OVERLAP_FOR_CONTRADICTION:
        return True
    if link.kind != "content" or not found.sentences or link.section not in HELD_SECTIONS:
        return False
    return with_glosses(source, link.text, found).score >= MIN_OVERLAP_FOR_CONTRADICTION


@lru_cache(maxsize=64)
def _paper(
    source: Source,
) -> tuple[list[SourceSentence], dict[int, bool], list[str], Callable[[str], list[list[str]]]]:
    """What every sentence's findings read of the paper: its sentences, whether each of its
    results and conclusions is asked or hoped (by index: read once, not again for every summary
    sentence it is a candidate for), what they say as found, and its stand-ins."""
    sentences = split_source(source)
    hedged = {s.index: _not_found(s.text) for s in sentences if s.role in _FINDING_ROLES}
    findings_said = [s.text for s in sentences if s.index in hedged and not hedged[s.index]]
    return sentences, hedged, findings_said, stand_in_expander(source)


# A repair's gate sees most of the first draft's sentences again (nine in ten in the offline
# drafter's repairs): each sentence's findings are worked out once per paper. They depend on
# the paper, the design, the sentence's section, text and kind (and the source sentences it
# was linked to), and on whether its section says the paper is not about MS; never on its
# place in the section (a finding names no index) or on the other sentences.
@lru_cache(maxsize=SIZE)
def _sentence_findings(
    source: Source, kind: StudyDesign, held: Keyed[EvidenceLink], aside_section: bool
) -> tuple[Finding, ...]:
    """The findings on one summary sentence (`held.value`, a link of `check_support`)."""
    link = held.value
    sentences, hedged, findings_said, expand = _paper(source)
    findings: list[Finding] = []
    aside = aside_section and topic_not_aimed(source, link.text)
    if aside:
        topic, part = aside
        findings.append(
            link_finding(
                link,
                f"Not supported by the source: {link.text!r} says the paper was about "
                f"{topic!r}, but its aim, conclusions and title "
                + (
                    "name it only as a part of what was studied or as an outcome."
                    if part
                    else "do not name it."
                ),
                "Name what the paper set out to study (its aim), or leave the topic out.",
            )
        )
        return tuple(findings)
    found = align(source, link.text)
    quoted = f"{link.text!r}"
    is_design, wrong_kind = design_statement(link.text, source.full_text)
    # a sentence sizing an effect the other way is reported as that, not as unsupported
    sized = link.kind == "content" and size_contradiction(link.text, findings_said)
    if sized:
        findings.append(
            link_finding(
                link,
                f"Contradicts the source: {quoted} gives the effect another size than "
                f"the paper does: {one_line(sized)!r}.",
                "Say how large and how steady the effect was the way the paper does.",
                CONTRADICTION,
            )
        )
    against = link.kind == "content" and against_own_numbers(
        link.text, source_numbers(source.full_text)
    )
    if against:
        findings.append(
            link_finding(
                link,
                f"Contradicts the source: {quoted} gives a direction that its own figures, "
                f"the paper's {against!r}, go against.",
                "Say the direction the paper's figures show, or give them the other way "
                "round if the groups were swapped.",
                CONTRADICTION,
            )
        )
    findings.extend(figures_findings(link, findings_said))  # arms' figures turned round
    if wrong_kind:
        findings.append(
            link_finding(
                link,
                f"Not supported by the source: {quoted} calls it {wrong_kind}, but the paper "
                "does not describe one.",
                "Say what kind of study the paper reports (a lab study in cells, a study in "
                "animals, a trial, a review of earlier studies, a study that followed people).",
            )
        )
    elif link.kind == "content" and not is_design and not sized and _held_to_source(link):
        # a plain word for the paper's term ("thinking" for "cognitive") is found
        glossed = with_glosses(source, link.text, found)
        score, novel_share = _without_invented_numbers(glossed, source)
        weak = score < LOW_SUPPORT and glossed.novel and found.weight >= MIN_CLAIM_WEIGHT
        novel = novel_share >= NOVEL_SHARE and len(glossed.novel) >= 2
        if (weak or novel) and not not_a_claim(link.text):
            # An error only for a finding the paper lacks; other sentences whose words the
            # paper lacks are often plain explanations of its terms: an editor reads them.
            sure = (
                novel_share >= SURE_NOVEL_SHARE
                and (FINDING_CUE.search(link.text) or COMPOSITION.search(link.text))
                and not REVIEW_PROCESS.search(link.text)
            )
            missing = ", ".join(glossed.novel[:6] or glossed.missing[:6])
            unnamed = None if sure else _group_unnamed(source, link, sentences)
            if unnamed:  # what it says is of a group, trait or best the paper never names
                findings.append(_unnamed_finding(link, f"{unnamed} (not in the source: {missing})"))
                return tuple(findings)
            claim = None if sure else _claim_not_held(source, link)
            if claim:  # a change in an outcome, or in people, the paper never names
                findings.append(claim)
                return tuple(findings)
            findings.append(
                link_finding(
                    link,
                    f"Not supported by the source: {quoted} (support {glossed.score:.2f}; "
                    f"not in the source: {missing}).",
                    "Say only what the paper reports; remove the sentence or rewrite it "
                    "from the paper's own results.",
                    severity=Severity.ERROR if sure else Severity.WARNING,
                )
            )
            return tuple(findings)
        unnamed = _group_unnamed(source, link, sentences)
        if unnamed:
            findings.append(_unnamed_finding(link, unnamed))
            return tuple(findings)
    if link.kind == "content" and not is_design and _held_to_source(link):
        tool = method_as_topic(source, link.text)
        if tool:
            findings.append(
                link_finding(
                    link,
                    f"Not supported by the source: {quoted} says the study looked at "
                    f"{tool!r}, but the paper only used it as a means of its work.",
                    "Say what the paper studied (its aim), and name the tool only as "
                    "how it was measured, if at all.",
                )
            )
            return tuple(findings)
        absent = outcome_not_reported(source, link.text, sentences)
        if absent and outcome_share(source, link.text, absent.split()) >= OUTCOME_IN_PAPER:
            absent = None  # said in plain words for the paper's terms
        claim = None if absent else _claim_not_held(source, link)
        if claim:
            findings.append(claim)
            return tuple(findings)
        if absent:
            findings.append(
                link_finding(
                    link,
                    f"Not supported by the source: {quoted} reports a change in "
                    f"{absent!r}, but the paper's results and conclusions never mention it.",
                    "Say only what the paper reports; remove the sentence or rewrite it "
                    "from the paper's own results.",
                )
            )
            return tuple(findings)
    if link.kind == "content" and not is_design and not wrong_kind:
        best = best_of(link.text)  # a subgroup's result, in any section
        if best and not compares_subgroups(sentences):
            findings.append(
                link_finding(
                    link,
                    f"Not supported by the source: {quoted} says who did {best!r}, but the "
                    "paper's results compare no subgroups and name no best.",
                    "Say only what the paper reports; remove the sentence or rewrite it "
                    "from the paper's own results.",
                )
            )
            return tuple(findings)
        groups = groups_compared(link.text, source.full_text)
        if groups:
            findings.append(
                link_finding(
                    link,
                    f"Not supported by the source: {quoted} compares {groups!r}, but the "
                    "paper does not name both groups.",
                    "Say only what the paper reports; remove the sentence or rewrite it "
                    "from the paper's own results.",
                )
            )
            return tuple(findings)
    # a frame sentence (a design caveat, the care-team pointer) needs no evidence, but one
    # that also states a result is held to the paper's result like any other
    if _aligned_for_contradiction(source, link, found) or short_held_change(link):
        findings.extend(contradicted(source, link, found, sentences, hedged, findings_said, expand))
    findings.extend(number_findings(link, source))
    if link.kind == "content":
        why = overreach(link.text, kind, [sentences[i].text for i in found.sentences])
        if why:
            findings.append(
                link_finding(
                    link,
                    f"Overreach: {quoted} {why}.",
                    "Say what was found and where (in cells, in mice, a link in people), "
                    "with 'may' where it is not yet shown.",
                    OVERREACH,
                )
            )
    return tuple(findings)


def _claim_not_held(source: Source, link: EvidenceLink) -> Finding | None:
    """A result the paper cannot hold, read as a claim: a change in an outcome it never
    measured ("Vitamin D also improved mood."), or in people it never names."""
    outcome = unmeasured_outcome(source, link.text)
    if outcome:
        return _unnamed_finding(
            link, f"reports a change in {outcome!r}, which the paper never names or measures"
        )
    who = population_not_named(source, link.text)
    if who:
        return _unnamed_finding(link, f"says it of {who!r}, but the paper never names them")
    other = comparator_not_named(source, link.text)
    if other:  # "worked better than tadalafil": a comparison the paper never made
        return _unnamed_finding(link, f"compares it with {other!r}, which the paper never names")
    when = link.section in _RESULT_SECTIONS and time_not_in_paper(source, link.text)
    if when:  # a follow-up the paper never had ("the benefit lasted for two years")
        return _unnamed_finding(link, f"says {when!r}, but the paper names no such length of time")
    return None


# where a summary reports what the study found (elsewhere a time is often background)
_RESULT_SECTIONS = frozenset({"headline", "what_the_study_did"})


def _unnamed_finding(link: EvidenceLink, unnamed: str) -> Finding:
    return link_finding(
        link,
        f"Not supported by the source: {link.text!r} {unnamed}.",
        "Say only what the paper reports; remove the sentence or rewrite it from the paper's "
        "own results.",
    )


def _group_unnamed(source: Source, link: EvidenceLink, sentences) -> str | None:
    """What a sentence says of a group, a trait or a best that the paper never names, as the
    rest of an unsupported finding's message. Traits of those studied are read where a
    summary says who took part (the headline and what the study did)."""
    groups = groups_compared(link.text, source.full_text)
    if groups:
        return f"compares {groups!r}, but the paper does not name both groups"
    traits = link.section in ("headline", "what_the_study_did")
    group = group_not_reported(source, link.text, sentences, traits)
    if group:
        return f"says {group!r}, but the paper never names that group, trait or thing"
    return None
