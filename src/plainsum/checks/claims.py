"""Overclaiming and advice: words that promise more than a study can show, and instructions
to readers.

Negated or hedged uses pass: "there is no cure", "not a cure", "does not prove", "cannot
prove", "in the absence of a cure". Medical terms that only look like hype pass too:
"breakthrough infections", "cure rates", "clinical cure", "time to cure".

When the paper itself reports cure as an outcome ("were cured", "cure rate"), a summary that
says so is a warning, not an error: the word is faithful, but still worth a second look.
Hype needs no classic word: promises of what research will change ("could soon end the need
for injections"), milestones ("a turning point for everyone with MS"), settled questions
("finally settles the question") and claims about everyone with MS are caught by their shape.
Beyond those shapes, `checks/promises.py` finds overclaims by meaning (how long, for whom, how
sure, how soon, how big a step), measured against the paper's own words; they are reported
here. Advice to readers is the safety check's (checks/safety.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .. import caseless
from ..design import DesignInfo
from ..ingest import Source
from ..schemas import Finding, PlainSummary, Severity
from .claims_cure import CURE_TERMS as _CURE_TERMS
from .claims_cure import source_reports_cure
from .claims_hedge import EVIDENCE_DOUBTED
from .claims_paper import OWN_WORDS, paper_findings, paper_uses
from .headline_conceded import DOUBT
from .promises import find_promises
from .text import matches_in_sentences, negated

CHECK = "claims"


@dataclass(frozen=True)
class Rule:
    """One kind of overclaim: what to look for, how bad it is, and what to say."""

    name: str
    pattern: re.Pattern[str]
    severity: Severity
    message: str
    hint: str
    negatable: bool = True
    exempt: re.Pattern[str] | None = None  # the match is a plain term in this context
    sentence_start: bool = False  # counts only at the start of a sentence (an imperative)
    keywords: tuple[str, ...] = ()  # the rule can match only if one of these is in the text


def _rule(
    name: str,
    pattern: str,
    severity: Severity,
    message: str,
    hint: str,
    *,
    negatable: bool = True,
    exempt: str | None = None,
    sentence_start: bool = False,
    keywords: tuple[str, ...] = (),
) -> Rule:
    return Rule(
        name,
        re.compile(pattern, re.I),
        severity,
        message,
        hint,
        negatable,
        re.compile(exempt, re.I) if exempt else None,
        sentence_start,
        keywords,
    )


RULES: tuple[Rule, ...] = (
    _rule(
        "cure",
        r"\bcur(?:e|es|ed|ing|ative)\b",
        Severity.ERROR,
        "'cure' promises more than a study can show.",
        "Say what was measured instead, for example 'fewer relapses' or 'less damage in mice'.",
        exempt=_CURE_TERMS,
        keywords=("cur",),
    ),
    _rule(
        "breakthrough",
        r"\b(?:breakthroughs?|miracles?|miraculous|game[- ]?changers?|game[- ]changing|"
        r"revolutionary|revolutioni[sz]e[sd]?|groundbreaking|ground-breaking|wonder drugs?|"
        r"magic bullets?|life-?changing|holy grail)\b",
        Severity.ERROR,
        "Hype word: it promises more than one study can show.",
        "Remove it and describe the result plainly: what was measured and what changed.",
        exempt=r"\bbreakthrough (?:infections?|cases?|disease|seizures?|pain|bleeding|"
        r"relapses?|activity|covid)\b",
        keywords=(
            "breakthrough",
            "miracl",
            "game",
            "revolution",
            "ground",
            "wonder",
            "magic",
            "life",
            "holy",
        ),
    ),
    _rule(
        "proves",
        r"\b(?:proves|proved|proof that|"
        r"(?<!to )(?<!can )(?<!could )(?<!may )(?<!might )(?<!would )(?<!help )"
        r"prove(?= that| the| this| it\b))\b",
        Severity.ERROR,
        "One study does not prove anything.",
        "Use 'suggests', 'found' or 'shows a link' instead.",
        keywords=("prov", "proof"),
    ),
    _rule(
        "guarantee",
        r"\b(?:guarantee[sd]?|guaranteeing|100% (?:safe|effective)|completely safe|"
        r"totally safe|risk-free|(?:has|have|with|causes?|cause) no side[- ]effects)\b",
        Severity.ERROR,
        "A promise of certainty that no study can give.",
        "Describe what the study found and its limits.",
        keywords=("guarantee", "100%", "safe", "risk-free", "side"),
    ),
    _rule(
        "hype",
        r"\b(?:could|may|might|will|would|set to|poised to|about to|promises? to|is going to)"
        r"(?: \w+){0,2}? (?:end (?:the need|ms\b|multiple sclerosis|the disease|disability|"
        r"suffering|wheelchairs|injections|relapses for good)|eliminate|abolish|do away with|"
        r"wipe out|transform|"
        r"revolutioni[sz]e|rewrite|change everything|change (?:the )?lives|"
        r"make \w+ (?:obsolete|unnecessary|a thing of the past)|free (?:people|patients|everyone)"
        r"|(?:soon|shortly) replace|put an end to)\b"
        r"|\b(?:(?:is|are|looks?|seems?) set to|poised to|(?:could|may|might|will) soon|"
        r"for good(?=\s*(?:[.,;!?)]|$))|within a few years)",
        Severity.ERROR,
        "Hype: a promise of what the research will change, which one study cannot make.",
        "Say what the study found and what it cannot show yet.",
        exempt=r"\bend (?:of|points?|stage)\b|\bend(?:ed)? (?:the|their) (?:study|trial|treatment)"
        r"|\b(?:(?:is|are|looks?|seems?) )?set to (?:start|begin|launch|test|run|recruit|open|"
        r"publish|follow|report)\b",
        keywords=(
            "end",
            "eliminat",
            "abolish",
            "away",
            "wipe",
            "transform",
            "revolution",
            "rewrite",
            "change",
            "obsolete",
            "unnecessary",
            "thing of the past",
            "free",
            "replace",
            "set to",
            "poised",
            "soon",
            "for good",
            "few years",
        ),
    ),
    _rule(
        "hype",
        r"\b(?:turning point|watershed|new era|paradigm shift|sea change|giant leap|"
        r"leap forward|quantum leap|huge step|big step forward|major step forward|new hope|"
        r"real hope|hope for (?:all|everyone|millions)|changes everything|"
        r"the key to (?:beating|ending|curing|defeating|stopping)|"
        r"(?:beat|beats|beating|defeat|defeats|defeating|conquer\w*|vanquish\w*) (?:ms|"
        r"multiple sclerosis)|silver bullet|stunning|astonishing|spectacular|incredible|amazing|"
        r"hope at last|(?:medical|scientific) (?:first|marvel)|landmark (?:discovery|finding)|"
        r"milestone)\b",
        Severity.ERROR,
        "Hype: it promises more than one study can show.",
        "Remove it and describe the result plainly: what was measured and what changed.",
        exempt=r"\b(?:developmental|motor|language|walking|gross motor|fine motor) milestones?\b",
        keywords=(
            "turning",
            "watershed",
            "era",
            "paradigm",
            "sea change",
            "leap",
            "step",
            "hope",
            "changes everything",
            "key to",
            "beat",
            "defeat",
            "conquer",
            "vanquish",
            "silver",
            "stunning",
            "astonishing",
            "spectacular",
            "incredible",
            "amazing",
            "first",
            "marvel",
            "landmark",
            "milestone",
        ),
    ),
    _rule(
        "hype",
        r"\b(?:finally|at last|once and for all|conclusively|definitively)(?: \w+){0,2}? "
        r"(?:settl\w*|answer\w*|show\w*|prov\w*|confirm\w*|resolv\w*|solv\w*|ends?|establish\w*|"
        r"know|gives?(?: us)? the answer)\b"
        r"|\bonce and for all\b|\bbeyond (?:any |all )?(?:reasonable )?doubt\b"
        r"|\b(?:leaves?|leaving) no doubt\b|\bwithout (?:a|any) doubt\b"
        r"|\bsettles? (?:the|this|a|an) (?:\w+ )?(?:question|debate|matter|argument|issue)\b"
        r"|\b(?:question|debate|matter|argument) (?:is|has been) (?:now )?"
        r"(?:settled|closed|over)\b",
        Severity.ERROR,
        "Certainty no single study can give: research rarely settles a question for good.",
        "Say what the study found and how sure it can be.",
        exempt=r"\bto (?:definitively|conclusively|finally|once and for all) \w+(?: \w+)?",
        keywords=(
            "finally",
            "at last",
            "once and",
            "conclusive",
            "definitive",
            "doubt",
            "settle",
            "closed",
            "over",
        ),
    ),
    _rule(
        "hype",
        r"\b(?:works?|helps?|benefits?|is effective|is safe|will help|can help)"
        r" (?:for|in|with)? ?(?:everyone|everybody|all (?:people|patients)|anyone|"
        r"every (?:person|patient|child|adult|one)|all (?:forms|types) of ms|everyone who)\b"
        r"|\b(?:is|are|was|be|as) (?:\w+ )?the (?:answer|solution) (?:to|for)\b"
        r"|\b(?:will never|never|always) work(?:s)?\b|\bworks every time\b"
        r"|\bin everyone who\b"
        r"|\b(?:everyone|everybody|all people|anyone|every (?:person|patient)) (?:with "
        r"(?:ms|multiple sclerosis) )?(?:will|can|could|would) (?:\w+ )?(?:benefit|be helped|"
        r"get better|improve|recover)\b"
        r"|\bfor (?:everyone|everybody|every person|all people) (?:with|living with) "
        r"(?:ms|multiple sclerosis)\b",
        Severity.ERROR,
        "A claim about everyone with MS that one study cannot support.",
        "Say who was studied and what changed for them.",
        keywords=(
            "everyone",
            "everybody",
            "all people",
            "all patients",
            "anyone",
            "every ",
            "all forms",
            "all types",
            "answer",
            "solution",
            "never",
            "always",
        ),
    ),
    _rule(
        "hype",
        r"\b(?:stops|ends|eliminates|reverses|halts|wipes out|turns back|takes away|solves|"
        r"abolishes|eradicates|(?:can|will) (?:stop|end|eliminate|reverse|halt|turn back|take away|"
        r"abolish|eradicate)|reliably \w+)\b(?: \w+){0,3}? (?:relapses|ms|multiple sclerosis|"
        r"disability|fatigue|tiredness|pain|the disease|memory loss|stiffness|spasticity|damage|"
        r"symptoms|progression|decline|kidney failure|cancer|inflammation|lesions|attacks|"
        r"the problem|loss)\b",
        Severity.ERROR,
        "Hype: it states an absolute effect ('stops', 'reverses', 'takes away') that a study can "
        "only estimate.",
        "Say how much the measure changed, in whom, and how sure the study is.",
        # a lab or animal result stated as such is the overreach check's business
        exempt=r"^.*\b(?:in|on) (?:mice|rats|cells|the lab|dishes|animals|a dish)\b.*$"
        r"|\b(?:temporarily|briefly|for a while) \w+(?: \w+){0,5}",
        keywords=(
            "stops",
            "ends",
            "eliminat",
            "revers",
            "halt",
            "wipe",
            "turn",
            "take",
            "solve",
            "abolish",
            "eradicat",
            "reliabl",
            "can ",
            "will ",
        ),
    ),
    _rule(
        "proven",
        r"\b(?:proven|definitively|conclusively|definitive (?:proof|evidence|answer))\b",
        Severity.WARNING,
        "Certainty the study cannot give.",
        "Use 'suggests' or 'found', or say how strong the evidence is.",
        keywords=("proven", "definitive", "conclusive"),
    ),
    _rule(
        "certainty",
        r"\bwill (?:help|cure|stop|prevent|reverse|fix|end|heal|work|protect|save)\b",
        Severity.WARNING,
        "Certainty the study cannot give.",
        "Use 'may' or 'might', or say what the study found.",
        exempt=r"\bwill stop (?:taking|using|the)\b",
        keywords=("will ",),
    ),
)


class Claim(NamedTuple):
    """One overclaim found in a text."""

    rule: Rule
    words: str
    sentence: str


def find_claims(text: str) -> list[Claim]:
    """Every overclaim or piece of advice in `text`, in order, with its sentence."""
    hits: list[tuple[int, Claim]] = []
    for rule, match, sentence, start, end in matches_in_sentences(text, RULES):
        if rule.sentence_start and start != 0:
            continue
        if rule.negatable and (negated(sentence, start) or _negated_before_or(sentence, start)):
            continue
        if rule.exempt and _within(rule.exempt, sentence, start, end):
            continue
        hits.append((match.start(), Claim(rule, match.group(0).strip(), sentence)))
    return [claim for _, claim in sorted(hits, key=lambda h: h[0])]


# A verb joined by "or" to a negated one shares its negation, however far back: "Reports cannot
# establish how often X occurs or prove that the drug caused it" claims nothing.
_NEGATED_OR = re.compile(
    r"\b(?:cannot|can ?not|can't|could not|couldn't|does not|do not|did not|doesn't|don't|"
    r"didn't|unable to|not able to|neither)\b[^.;:]{0,120}\b(?:or|nor)\s+$",
    re.I,
)


def _negated_before_or(sentence: str, start: int) -> bool:
    """Whether the word at `start` follows "or"/"nor" in a clause whose verb is negated."""
    return bool(_NEGATED_OR.search(sentence[:start]))


def _within(pattern: re.Pattern[str], sentence: str, start: int, end: int) -> bool:
    """Whether a match of `pattern` covers the span start..end of `sentence`."""
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(sentence))


def check_claims(
    summary: PlainSummary, source: Source | None = None, design: DesignInfo | None = None
) -> list[Finding]:
    """An error for each hype word, claim of proof or certainty, and piece of advice; softer
    words ('proven', 'will help') are warnings. With the `source`, 'cure' words the paper
    itself reports as an outcome are warnings. An error too for each sentence that widens the
    finding by meaning (`find_promises`) beyond what the `source` says itself."""
    cure_reported = source is not None and source_reports_cure(source.full_text)
    findings = []
    source_text = source.full_text if source is not None else None
    # the summary doubts its results once for all, with a verdict on the evidence ("the
    # evidence is weak", "it is unclear whether"); "may help" or "seemed safe" on one result
    # doubts only that one
    doubted = any(
        caseless.search(EVIDENCE_DOUBTED, t) or caseless.search(DOUBT, t)
        for t in summary.sections().values()
    )
    for section, text in summary.sections().items():
        flagged = set()
        for claim in find_claims(text):
            severity = claim.rule.severity
            if severity == Severity.ERROR:
                flagged.add(claim.sentence)  # a warning leaves room for an error by meaning
            hint = claim.rule.hint
            if claim.rule.name == "cure" and cure_reported:
                severity = Severity.WARNING
                hint = "The paper reports cure as an outcome; say exactly what it measured."
            elif claim.rule.name in OWN_WORDS and paper_uses(claim.words, source_text):
                severity = Severity.WARNING  # faithful to the paper, and still worth a look
                hint = f"The paper itself says '{claim.words}'; say what it measured instead."
            findings.append(
                Finding(
                    check=CHECK,
                    severity=severity,
                    section=section,
                    span=claim.sentence,
                    message=f"{claim.rule.message} ('{claim.words}' in: {claim.sentence!r})",
                    hint=hint,
                )
            )
        for promise in find_promises(text, source_text):
            if promise.sentence in flagged:
                continue  # one overclaim finding a sentence is enough
            flagged.add(promise.sentence)
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.ERROR,
                    section=section,
                    span=promise.sentence,
                    message=(
                        f"{promise.family.message} ('{promise.words}' in: {promise.sentence!r})"
                    ),
                    hint=promise.family.hint,
                )
            )
        if source is not None:
            findings.extend(
                paper_findings(CHECK, section, text, source, design, flagged, doubted=doubted)
            )
    return findings
