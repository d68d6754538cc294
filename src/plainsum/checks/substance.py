"""Substance: each section says something of its own, not only the frame around it.

A draft can pass every sentence-level check and still be one no editor could publish: a body of
one sentence, a "why it matters" that only points to the care team, limitations that give the
design's stock caveat while the paper names its own limits. Each rule reads what a section's
sentences do (a frame or content, an aim said again, a kind of limit), not any drafter's wording:

- thin_body (warning): "what the study did" holds fewer than `MIN_BODY_CONTENT` content sentences
  (frames such as "This was a review of earlier studies." do not count);
- undescribed (warning): nothing in "what the study did" says how the study was done or whom it
  studied (a design, a procedure, a count of people, animals or studies);
- hollow_why (on a paper about MS; an error when the paper's conclusions say something a
  summary could carry, a warning when they only say what the paper covers or call for more
  work): every sentence
  of "why it matters" is a frame (the care-team pointer, a caveat that names nothing it is
  about), the study's aim said again
  ("The researchers wanted to find out whether ...", "This review looked at ..."), a
  statement that the meaning is not given ("... does not say what this means"), or the paper's
  background said again beside stock frames only (it holds best, and well, a sentence the
  paper opens with to set the scene: "Many treatments are used for stiff muscles in MS.");
- unnamed_subject (error): no sentence names what the paper studied, its treatment, exposure,
  condition or organism (`plainsum.checks.subject`);
- repeated (error): two sentences of the body say the same thing (most of their content words
  shared, a few or more each: `plainsum.checks.repeats`): a result or a limitation given
  twice, the aim said again under why it matters. The headline is left out: a body that opens
  with the headline's finding in full is how summaries are written;
- repeated_in_part (warning): a sentence says again all that another says, inside a longer
  sentence (`plainsum.checks.repeats_contained`);
- unnamed_treatment (warning): the paper's aim says what it tested ("the effects of X on Y")
  and no sentence names any of X ("A review found no clear evidence about this procedure"):
  measured on the 1,096 shaped human lay summaries of ../shared/data, 4 (0.4%) are flagged; a
  warning, as a summary may name the treatment by a word of its own (`plainsum.checks.subject`);
- unnamed_condition (warning): the paper's title, aim or conclusions name the condition or the
  people it studied ("for the treatment of schizophrenia", "children with cystic fibrosis") and
  no sentence names it, in the paper's words, its long form or a plain phrase
  (`plainsum.checks.condition_named`): 16 of the 1,159 human lay summaries (1.4%) flagged, all
  naming it in a plain word the check does not know ("hives", "bedsores", "dementia");
- unnamed_comparator (warning; not for lab or animal studies): the paper compares with a
  control (placebo, no treatment, usual care ...) and the summary names none and makes no
  comparison of its own (`plainsum.checks.comparator_named`);
- stock_limits (warning): every sentence of the limitations is a frame or a note, none names a
  kind of limit the paper itself states (few people, short follow-up, weak evidence, bias, no
  control group, studies that differed, a look back at records).

The rules that need most reading have modules of their own: whether why it matters says what the
finding means in plainsum.checks.why_meaning, two sentences that say one thing in
plainsum.checks.repeats. This module holds the rest and turns what they find into findings.
"""

from __future__ import annotations

import re

from .. import caseless
from ..design import DesignInfo
from ..evidence import split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity, StudyDesign
from .comparator_named import unnamed_comparator
from .condition_named import unnamed_condition
from .counts import counted, noun_class
from .faithfulness import number_mentions
from .finding import PROCEDURE
from .repeats import repeats
from .repeats_contained import repeats_in_part
from .study_statements import design_statement
from .subject import unnamed_subject, untested_treatment
from .thin import own_sentences
from .why_meaning import conclusion_to_carry, says_no_meaning

CHECK = "substance"
BODY = "what_the_study_did"
WHY = "why_it_matters"
LIMITS = "limitations"
MIN_BODY_CONTENT = 3  # content sentences a body needs to say what was done and what was found

# Whom or what a study looked at: "people with MS", "mice", "cells from ...", "nine trials".
_STUDIED = re.compile(
    r"\b(?:people|persons|patients|adults|children|babies|infants|women|men|participants|"
    r"volunteers|nurses|mice|rats|animals|cells|samples|records|trials|studies|cases)\b",
    re.I,
)

# Kinds of limit, as a paper states them (`paper`) and as a summary may say them (`summary`).
_LIMIT_KINDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "few people or studies": (
        re.compile(
            r"\b(?:small|limited|modest) (?:\w+ )?(?:sample|number|size|cohort|groups?|trials?|"
            r"studies|series)\b|\bfew (?:\w+ )?(?:participants|patients|people|subjects|trials|"
            r"studies|cases|women|children)\b|\bunder-?powered\b|\bpilot\b",
            re.I,
        ),
        re.compile(
            r"\b(?:small|few|only (?:\w+ ){0,2}\d+|handful|pilot|not many|too little data)\b", re.I
        ),
    ),
    "a short time": (
        re.compile(
            r"\b(?:short|limited|brief) (?:\w+ )?(?:follow-?up|duration|period|term)\b"
            r"|\blong-?term (?:\w+ )?(?:effects?|outcomes?|data|results?) (?:\w+ ){0,3}?"
            r"(?:unknown|unclear|lacking|needed|remain)\b",
            re.I,
        ),
        re.compile(r"\b(?:short|brief|long[- ]term|how long|longer|weeks|months)\b", re.I),
    ),
    "weak evidence": (
        re.compile(
            r"\b(?:low|very low|poor|limited|weak|insufficient)[- ](?:(?:\w+[- ])?(?:certainty|"
            r"evidence)\b|(?:(?:study|trial|methodological|reporting|overall|good|high|adequate)"
            r"[- ])?quality\b"
            # the studies' quality, never "poor sleep quality" or "low quality of life"
            r"(?=\s*(?:[.,;)]|$)|\s+(?:and|or|but|with|because|due|evidence|stud(?:y|ies)|"
            r"trials?|data|research|of (?:the )?(?:evidence|studies|trials|data|included|"
            r"research))\b))"
            r"|\b(?:certainty|quality) of (?:the )?evidence (?:was|is|were) "
            r"(?:\w+ )?(?:low|poor|limited)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:certain\w*|sure|confiden\w*|quality|weak|low|poor|limited|not strong|"
            r"not enough|little evidence)\b",
            re.I,
        ),
    ),
    "bias or flaws": (
        re.compile(
            r"\b(?:risk of bias|bias(?:ed)?|open-?label|not blinded|unblinded|methodological "
            r"(?:flaws|limitations|weakness\w*)|poorly (?:designed|reported|conducted))\b",
            re.I,
        ),
        re.compile(
            r"\b(?:bias\w*|flaw\w*|knew (?:which|what)|blind\w*|how (?:they|the studies|the "
            r"trials) were (?:done|run|carried out)|weakness\w*|problems)\b",
            re.I,
        ),
    ),
    "no control group": (
        re.compile(
            r"\b(?:no|without (?:a|any)|lack of (?:a )?|absence of (?:a )?)(?:\w+ )?"
            r"(?:control|comparison|placebo) (?:group|arm)s?\b|\buncontrolled\b",
            re.I,
        ),
        re.compile(r"\b(?:control|comparison|compare|placebo|dummy)\b", re.I),
    ),
    "studies that differed": (
        re.compile(r"\bheterogene\w*|\binconsisten\w*|\bvaried (?:widely|greatly|a lot)\b", re.I),
        re.compile(r"\b(?:differ\w*|varied|vary|mixed|inconsisten\w*|not the same)\b", re.I),
    ),
    "a look back": (
        re.compile(r"\bretrospective\w*|\bcross-?sectional\b|\bsingle[- ]cent(?:re|er)\b", re.I),
        re.compile(
            r"\b(?:looked back|records|one (?:clinic|hospital|centre|center)|one point in time|"
            r"single (?:clinic|hospital|centre|center)|at one time)\b",
            re.I,
        ),
    ),
}
_LIMIT_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION, Role.LIMITATION})
# Bias said to be absent or low is no limit: "All studies had low risk of bias", "no evidence of
# publication bias", "the risk of bias was judged low" (the misfire on CD012660's draft, whose
# paper states no limit beside that). Taken out of the paper's text before its limits are
# read, so "low risk of bias in two trials, high in the rest" still states one.
_NO_BIAS = re.compile(
    r"\b(?:low|lower|minimal|little|no)(?: overall| an?)?(?: \w+)? risk of bias\b"
    r"|\b(?:no|little|without) (?:(?:evidence|signs?|suggestion) of )?(?:\w+ )?bias\b"
    r"|\b(?:free (?:of|from)|unlikely to be|not) (?:\w+ )?bias(?:ed)?\b"
    r"|\brisk of bias (?:(?:was|were|is|are)(?: (?:judged|considered|rated|assessed))?"
    r"(?: (?:to be|as))?) (?:(?:generally|mostly|largely|mainly|overall) )?(?:low|minimal)\b",
    re.I,
)


def _section(links: list[EvidenceLink], name: str) -> list[EvidenceLink]:
    return [k for k in links if k.section == name]


def describes_study(text: str) -> bool:
    """Whether a sentence says how the study was done or whom it studied."""
    if PROCEDURE.search(text) or design_statement(text, "")[0] or _STUDIED.search(text):
        return True
    return any(
        noun_class(counted(text, offset + len(written), offset) or "") is not None
        for _, offset, written in number_mentions(text)
    )


def stated_limits(source: Source) -> list[str]:
    """The kinds of limit the paper's results, conclusions and limitations state."""
    text = " ".join(
        " ".join(s.text.split()) for s in split_source(source) if s.role in _LIMIT_ROLES
    )
    text = _NO_BIAS.sub(" ", text)
    return [kind for kind, (paper, _) in _LIMIT_KINDS.items() if caseless.search(paper, text)]


def _shown(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _finding(section: str, severity: Severity, message: str, hint: str) -> Finding:
    return Finding(check=CHECK, severity=severity, section=section, message=message, hint=hint)


def _body_findings(links: list[EvidenceLink]) -> list[Finding]:
    body = _section(links, BODY)
    out = []
    content = own_sentences(links)
    if len(content) < MIN_BODY_CONTENT:
        out.append(
            _finding(
                BODY,
                Severity.WARNING,
                f"What the study did has {len(content)} sentence(s) of its own beyond the stock "
                f"frame; a reader needs at least {MIN_BODY_CONTENT} to learn what was done and "
                "what was found. (thin_body)",
                "Say who or what was studied, how, and the main results with their sizes.",
            )
        )
    if body and not any(describes_study(k.text) for k in body):
        out.append(
            _finding(
                BODY,
                Severity.WARNING,
                "What the study did never says how the study was done or whom it studied. "
                "(undescribed)",
                "Say what kind of study it was and who or what took part (people, animals, "
                "cells, earlier studies), with how many.",
            )
        )
    return out


def _why_findings(source: Source, design: DesignInfo, links: list[EvidenceLink]) -> list[Finding]:
    why = _section(links, WHY)
    if not design.about_ms or not why or not says_no_meaning(source, why):
        return []
    head = next(iter(_section(links, "headline")), None)
    carry = conclusion_to_carry(source, head)  # (one the headline says already: not again)
    concludes = f" The paper concludes: {_shown(carry)!r}." if carry else ""
    return [
        _finding(
            WHY,
            Severity.ERROR if carry else Severity.WARNING,
            "Why it matters says nothing about what the finding means for people with MS: it "
            "holds only the care-team pointer, a caveat, the study's aim or background, or that "
            f"the meaning is not given.{concludes} (hollow_why)",
            "Say what the authors conclude the finding means for people with MS, in their "
            "terms and no further.",
        )
    ]


def _repeat_findings(links: list[EvidenceLink]) -> list[Finding]:
    """An error for each body sentence that says again what an earlier one said."""
    return [
        Finding(
            check=CHECK,
            severity=Severity.ERROR,
            section=link.section,
            span=link.text,
            message=(
                f"This sentence says again what the summary already said in "
                f"{earlier.section.replace('_', ' ')}: {earlier.text!r}. (repeated)"
            ),
            hint="Say each thing once; use the room for something the reader has not been told.",
        )
        for link, earlier in repeats(links)
    ] + [
        Finding(
            check=CHECK,
            severity=Severity.WARNING,
            section=link.section,
            span=link.text,
            message=(
                f"This sentence and one in {earlier.section.replace('_', ' ')} say the same "
                f"thing, one of them inside a longer sentence: {earlier.text!r}. "
                "(repeated_in_part)"
            ),
            hint="Say it once: cut the shorter sentence, or keep only the new half of the longer.",
        )
        for link, earlier in repeats_in_part(links)
    ]


def _limit_findings(source: Source, links: list[EvidenceLink]) -> list[Finding]:
    limits = _section(links, LIMITS)
    if not limits or any(k.kind == "content" for k in limits):
        return []
    kinds = stated_limits(source)
    text = " ".join(k.text for k in limits)
    if not kinds or any(
        # in plain words, or in the paper's own ("the sample was ... cross-sectional")
        _LIMIT_KINDS[kind][1].search(text) or _LIMIT_KINDS[kind][0].search(text)
        for kind in kinds
    ):
        return []
    return [
        _finding(
            LIMITS,
            Severity.WARNING,
            "The limitations give only the design's stock caveat, but the paper states its own "
            f"limits ({', '.join(kinds)}). (stock_limits)",
            "Add the limits the paper itself states, in plain words.",
        )
    ]


# What the summary never names, by what the paper says it studied: the message opens with what
# is missing, the terms follow in brackets, then the finding's name.
_NEVER_NAMED = {
    "unnamed_subject": (
        unnamed_subject,
        Severity.ERROR,
        "The summary never names what the paper studied: none of its treatment, exposure, "
        "condition or organism",
        "Say what was studied and in whom, in plain words, in the headline or the first sentences.",
    ),
    "unnamed_treatment": (
        untested_treatment,
        Severity.WARNING,
        "The summary never names what the paper's aim says it tested",
        "Say what was tested, in plain words, in the headline or the first sentences.",
    ),
    "unnamed_comparator": (
        unnamed_comparator,
        Severity.WARNING,
        "The summary never says what the treatment was compared with; the paper compares it "
        "with a control",
        "Say what it was compared with, in plain words ('compared with a dummy pill', 'with "
        "usual care').",
    ),
    "unnamed_condition": (
        unnamed_condition,
        Severity.WARNING,
        "The summary never names the condition or the people the paper is about",
        "Say whom the study was about, with their condition in plain words, in the headline "
        "or the first sentences.",
    ),
}


def _never_named(name: str, source: Source, links: list[EvidenceLink]) -> list[Finding]:
    """The finding `name` (`_NEVER_NAMED`) when the summary never names what the paper says."""
    read, severity, missing, hint = _NEVER_NAMED[name]
    terms = read(source, " ".join(k.text for k in links))
    if terms is None:
        return []
    return [_finding(BODY, severity, f"{missing} ({', '.join(terms)}). ({name})", hint)]


# A lab or animal study's control group is a bench's, not a treatment a reader weighs (and
# asking for it made the offline drafter prefer a procedural headline, plaba 33515658's "The
# specimens were taken ...", because that attempt named the rats' control groups).
_NOT_COMPARED = frozenset({StudyDesign.LAB, StudyDesign.ANIMAL})


def check_substance(source: Source, design: DesignInfo, links: list[EvidenceLink]) -> list[Finding]:
    """Thin or undescribed body, hollow "why it matters", a subject, a tested treatment or the
    condition studied never named, a sentence said twice, stock-only limitations."""
    subject = _never_named("unnamed_subject", source, links)
    return [
        *_body_findings(links),
        *(
            subject
            or [
                *_never_named("unnamed_treatment", source, links),
                *_never_named("unnamed_condition", source, links),
                *(
                    []
                    if design.design in _NOT_COMPARED
                    else _never_named("unnamed_comparator", source, links)
                ),
            ]
        ),
        *_repeat_findings(links),
        *_why_findings(source, design, links),
        *_limit_findings(source, links),
    ]
