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
- repeated (error): two sentences of the body say the same thing (at least `REPEAT_SHARE` of
  their content words shared, `MIN_REPEAT_WORDS` or more each): a result or a limitation given
  twice, the aim said again under why it matters. The headline is left out: a body that opens
  with the headline's finding in full is how summaries are written;
- stock_limits (warning): every sentence of the limitations is a frame or a note, none names a
  kind of limit the paper itself states (few people, short follow-up, weak evidence, bias, no
  control group, studies that differed, a look back at records).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..design import DesignInfo
from ..evidence import (
    SourceSentence,
    content_stems,
    content_words,
    frame_kind,
    overlaps,
    split_source,
    stem,
    word_weight,
)
from ..ingest import Source
from ..memo import SIZE
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity
from .counts import counted, noun_class
from .faithfulness import number_mentions
from .finding import PROCEDURE
from .study_statements import design_statement
from .subject import unnamed_subject

CHECK = "substance"
BODY = "what_the_study_did"
WHY = "why_it_matters"
LIMITS = "limitations"
MIN_BODY_CONTENT = 3  # content sentences a body needs to say what was done and what was found
# A caveat naming what it is about ("There is little evidence that sildenafil helps ...") is a
# conclusion; a stock one ("This means it is not yet clear how much this helps people with MS")
# names nothing: the weight of its words beyond the words for MS and people.
TOPIC_WEIGHT = 6.0
BACKGROUND_ALIGNED = 0.7  # a why sentence this well held by a background sentence says it again
BACKGROUND_MARGIN = 0.25  # how much better the background must hold it than any finding
_FINDING_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION})
REPEAT_SHARE = 0.8  # shared share (Jaccard) of two sentences' content stems that repeats one
MIN_REPEAT_WORDS = 4  # shorter sentences ("The trials were small.") may echo by chance
_STOCK_FRAMES = frozenset({"design", "note", "care_team", "not_about_ms"})
_READER_WORDS = frozenset("ms people persons patients everyone anyone sclerosis multiple".split())

# The study's aim said again: what the study wanted, not what its result means.
_AIM = re.compile(
    r"\b(?:wanted|aimed|set out|tried|sought|planned|hoped|was designed) to\b"
    r"|\b(?:aim|goal|objective|purpose|question)s? (?:of (?:this|the) \w+ )?(?:was|were|is|are)\b"
    r"|\b(?:looked at|tested|asked|checked|studied|examined|assessed) (?:whether|if|how)\b"
    r"|^(?:this|the) (?:\w+ )?(?:study|review|trial|research|work) (?:looked at|studied|"
    r"examined|was about)\b",
    re.I,
)
# A sentence saying the meaning is not given: honest, and still no reason why it matters.
_MEANING_NOT_GIVEN = re.compile(
    r"\b(?:does not|doesn't|did not|didn't|do not|cannot|can't) (?:\w+ )?(?:say|tell|state|"
    r"explain)\w* (?:\w+ ){0,3}?(?:what|how|why) (?:this|it|these|the (?:results?|findings?))\b"
    r"|\bwhat (?:this|it|these|the (?:results?|findings?)) (?:means?|mean) for\b[^.]*\b"
    r"(?:not (?:yet )?(?:known|clear|certain)|unclear|unknown)\b",
    re.I,
)
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
            r"\b(?:low|very low|poor|limited|weak|insufficient)[- ](?:\w+[- ])?(?:certainty|"
            r"quality|evidence)\b|\b(?:certainty|quality) of (?:the )?evidence (?:was|is|were) "
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


def names_topic(text: str) -> bool:
    """Whether a sentence names what it is about (a treatment, an outcome), by the weight of its
    words beyond the words for MS and people."""
    words = [w for w in content_words(text) if w.lower() not in _READER_WORDS]
    return sum(word_weight(w) for w in words) >= TOPIC_WEIGHT


def _counts_in_body(link: EvidenceLink) -> bool:
    """A body sentence of its own: content, or a caveat that carries content."""
    return link.kind == "content" or frame_kind(link.text) not in _STOCK_FRAMES


def hollow(link: EvidenceLink) -> bool:
    """Whether a "why it matters" sentence says nothing of what the finding means: a stock frame
    (a caveat that names nothing), the aim again, or that the meaning is not given."""
    if link.kind != "content" and (
        frame_kind(link.text) in _STOCK_FRAMES or not names_topic(link.text)
    ):
        return True
    return bool(_AIM.search(link.text) or _MEANING_NOT_GIVEN.search(link.text))


def restates_background(
    source: Source, link: EvidenceLink, sentences: list[SourceSentence]
) -> bool:
    """Whether a content sentence is the paper's background said again: the source sentence
    that holds it best (and well) is one the paper sets the scene with, and no result or
    conclusion holds it nearly as well ("Poor sleep and tiredness may go together" answers the
    background's question, and a result says so too)."""
    if (
        link.kind != "content"
        or not link.source_sentences
        or link.score < BACKGROUND_ALIGNED
        or sentences[link.source_sentences[0]].role != Role.BACKGROUND
    ):
        return False
    shares = overlaps(source, link.text)
    found = [shares.get(s.index, 0.0) for s in sentences if s.role in _FINDING_ROLES]
    return max(found, default=0.0) <= link.score - BACKGROUND_MARGIN


def stated_limits(source: Source) -> list[str]:
    """The kinds of limit the paper's results, conclusions and limitations state."""
    text = " ".join(
        " ".join(s.text.split()) for s in split_source(source) if s.role in _LIMIT_ROLES
    )
    return [kind for kind, (paper, _) in _LIMIT_KINDS.items() if paper.search(text)]


def _shown(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _finding(section: str, severity: Severity, message: str, hint: str) -> Finding:
    return Finding(check=CHECK, severity=severity, section=section, message=message, hint=hint)


def _body_findings(links: list[EvidenceLink]) -> list[Finding]:
    body = _section(links, BODY)
    out = []
    content = [k for k in body if _counts_in_body(k)]
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


# A conclusion that only calls for more work, or says what the paper covers, gives a summary
# nothing to say about what the finding means.
_MORE_WORK_ONLY = re.compile(
    r"^\W*(?:(?:more|further|larger|longer|better|additional|well[- ]designed|high[- ]quality)"
    r"[\w ,-]{0,40}?(?:research|studies|trials|work|evidence|data)\b|future (?:research|studies)"
    r"|there is a need for)",
    re.I,
)
_COVERS = re.compile(
    r"^\W*(?:this|the|our|the present|this present) (?:\w+ )?(?:review|paper|article|chapter|"
    r"overview|study)\s+(?:\w+ )?(?:analy[sz]es|summari[sz]es|describes|discusses|covers|"
    r"presents|outlines|focuses|aims|provides an overview|reviews|examines|explores)\b"
    r"|\b(?:it|this \w+|we) (?:also )?(?:aims?|seeks?|intends?|attempts?|tries|try) to\b"
    r"|\b(?:objectives?|aims?) (?:\w+ ){0,3}?(?:of|for) (?:this|the|our) (?:\w+ )?"
    r"(?:review|study)\b",
    re.I,
)


def conclusion_to_carry(source: Source) -> str | None:
    """The first of the paper's conclusion sentences that says something a summary could carry
    into why it matters: not the aim again, not what the paper covers, not only a call for more
    work, and naming what it is about."""
    for sentence in split_source(source):
        if sentence.role != Role.CONCLUSION:
            continue
        text = " ".join(sentence.text.split())
        if _AIM.search(text) or _COVERS.search(text) or _MORE_WORK_ONLY.search(text):
            continue
        if names_topic(text):
            return text
    return None


def _why_findings(source: Source, design: DesignInfo, links: list[EvidenceLink]) -> list[Finding]:
    why = _section(links, WHY)
    if not design.about_ms or not why:
        return []
    sentences = split_source(source)
    # The background said again is hollow beside stock frames only: beside a caveat that
    # weighs it ("Many textbooks name X as a first choice. The evidence behind that is weak.")
    # it says what the finding means.
    background_only = any(restates_background(source, k, sentences) for k in why) and all(
        restates_background(source, k, sentences)
        or (k.kind != "content" and frame_kind(k.text) in _STOCK_FRAMES)
        for k in why
    )
    if not background_only and not all(hollow(k) for k in why):
        return []
    carry = conclusion_to_carry(source)
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


_NEGATION = re.compile(r"\b(?:not|no|none|without|neither|nor|never|only)\b|n't\b", re.I)
RARE_WEIGHT = (
    2.5  # a word this rare (Zipf 4 or rarer) that only one sentence has names another thing
)


@lru_cache(maxsize=SIZE)  # a repair keeps most sentences: the same pairs again
def _same_thing(a: str, b: str) -> bool:
    """Whether two sentences say one thing twice: their content stems (and numbers) nearly the
    same, no rare word in one only ("vitamin E" and "vitamin B6"), and both or neither
    negated or narrowed ("with or without leukaemia", "only with leukaemia")."""
    sa, sb = content_stems(a), content_stems(b)
    if min(len(sa), len(sb)) < MIN_REPEAT_WORDS or len(sa & sb) < REPEAT_SHARE * len(sa | sb):
        return False
    if bool(_NEGATION.search(a)) != bool(_NEGATION.search(b)):
        return False
    apart = sa ^ sb
    return not any(
        word_weight(w) >= RARE_WEIGHT
        for w in content_words(a) + content_words(b)
        if stem(w) in apart
    )


def _repeat_findings(links: list[EvidenceLink]) -> list[Finding]:
    """An error for each body sentence that says again what an earlier one said."""
    out = []
    seen: list[EvidenceLink] = []
    for link in links:
        if link.section == "headline":
            continue
        for earlier in seen:
            if _same_thing(link.text, earlier.text):
                out.append(
                    Finding(
                        check=CHECK,
                        severity=Severity.ERROR,
                        section=link.section,
                        span=link.text,
                        message=(
                            f"This sentence says again what the summary already said in "
                            f"{earlier.section.replace('_', ' ')}: {earlier.text!r}. (repeated)"
                        ),
                        hint="Say each thing once; use the room for something the reader has "
                        "not been told.",
                    )
                )
                break
        seen.append(link)
    return out


def _limit_findings(source: Source, links: list[EvidenceLink]) -> list[Finding]:
    limits = _section(links, LIMITS)
    if not limits or any(k.kind == "content" for k in limits):
        return []
    kinds = stated_limits(source)
    text = " ".join(k.text for k in limits)
    if not kinds or any(_LIMIT_KINDS[kind][1].search(text) for kind in kinds):
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


def _subject_findings(source: Source, links: list[EvidenceLink]) -> list[Finding]:
    terms = unnamed_subject(source, " ".join(k.text for k in links))
    if terms is None:
        return []
    return [
        _finding(
            BODY,
            Severity.ERROR,
            "The summary never names what the paper studied: none of its treatment, exposure, "
            f"condition or organism ({', '.join(terms)}). (unnamed_subject)",
            "Say what was studied and in whom, in plain words, in the headline or the first "
            "sentences.",
        )
    ]


def check_substance(source: Source, design: DesignInfo, links: list[EvidenceLink]) -> list[Finding]:
    """Thin or undescribed body, hollow "why it matters", a subject never named, a sentence said
    twice, stock-only limitations."""
    return [
        *_body_findings(links),
        *_subject_findings(source, links),
        *_repeat_findings(links),
        *_why_findings(source, design, links),
        *_limit_findings(source, links),
    ]
