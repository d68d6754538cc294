"""Overclaiming and advice: words that promise more than a study can show, and instructions
to readers.

Negated or hedged uses pass: "there is no cure", "not a cure", "does not prove", "cannot
prove", "in the absence of a cure". Medical terms that only look like hype pass too:
"breakthrough infections", "cure rates", "clinical cure", "time to cure".

When the paper itself reports cure as an outcome ("were cured", "cure rate"), a summary that
says so is a warning, not an error: the word is faithful, but still worth a second look.
Descriptions of what people did ("some people stopped taking the drug") are not advice; advice
is an instruction ("Stop taking ...", "you should ...", "patients should ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..ingest import Source
from ..schemas import Finding, PlainSummary, Severity
from .text import negated, sentence_spans

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


_CURE_TERMS = (
    r"\bcure[- ]rates?\b|\b(?:clinical|symptomatic|microbiological|mycological|complete|"
    r"partial|sustained|parasitological|bacteriological)(?: \w+)? cure\b|"
    r"\b(?:time|rates?|chances?|odds|likelihood|proportion) (?:to|of) (?:a |the )?cure\b|"
    r"\bcurative (?:intent|surgery|treatment|resection|therapy|options?)\b|"
    r"\bcured? (?:meat|resin|cement)"
)
_ADVICE_VERBS = (
    r"take|stop|start|switch|avoid|ask|try|use|begin|change|quit|add|receive|get|consider|"
    r"eat|drink|exercise|buy|request|demand|refuse|skip|be (?:given|treated|offered|put on)"
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
        "advice",
        rf"\b(?:you|patients|people with (?:ms|multiple sclerosis)|readers|everyone|"
        rf"anyone|all patients|people (?=should|must|ought))"
        rf" ?(?:should|must|need to|ought to|have to)"
        rf" (?:now |all |also |not |never |consider )?(?:{_ADVICE_VERBS})\b"
        r"|\bask (?:your doctor |your neurologist )?for (?:this|the|these) (?:drug|treatment|"
        r"medicine|pill|therapy)",
        Severity.ERROR,
        "Advice to readers: a summary reports research, it does not tell people what to do.",
        "Remove the advice, or say 'talk with your doctor or care team' instead.",
        negatable=False,
        # a question the research asks: "to find out which patients should receive it"
        exempt=r"\b(?:which|whether|who|what|how|if|when|why)\s+(?:\w+\s+){0,4}?"
        r"(?:should|must|need to|ought to|have to)\s+(?:\w+\s+)?\w+",
        keywords=("should", "must", "need to", "ought", "have to", "ask"),
    ),
    _rule(
        "advice",
        r"\b(?:so |please |now |then )?(?:do not |don't |never )?"
        r"(?:stop|start|take|avoid|switch to|ask for|try|quit|begin|buy)(?= \w)",
        Severity.ERROR,
        "Advice to readers: a summary reports research, it does not tell people what to do.",
        "Remove the advice, or say 'talk with your doctor or care team' instead.",
        negatable=False,
        sentence_start=True,
        keywords=("stop", "start", "take", "avoid", "switch", "ask", "try", "quit", "begin", "buy"),
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

# A sentence that sends readers to their doctor or care team is the advice the summary may give.
_CARE_ADVICE = re.compile(
    r"\b(?:talk|talking|speak|speaking|check|checking|ask|asking|discuss|discussing|"
    r"consult|consulting|see|seeing)\b[^.]{0,40}\b(?:doctors?|neurologists?|care team|"
    r"nurses?|GP|health ?care (?:team|provider|professional)s?|pharmacists?)\b",
    re.I,
)
_CURE_IN_SOURCE = re.compile(r"\bcur(?:e|es|ed|ing|ative)\b", re.I)


class Claim(NamedTuple):
    """One overclaim found in a text."""

    rule: Rule
    words: str
    sentence: str


def find_claims(text: str) -> list[Claim]:
    """Every overclaim or piece of advice in `text`, in order, with its sentence."""
    hits: list[tuple[int, Claim]] = []
    spans: list[tuple[int, int]] | None = None
    lower = text.lower()
    for rule in RULES:
        if rule.keywords and not any(k in lower for k in rule.keywords):
            continue
        for match in rule.pattern.finditer(text):
            if spans is None:
                spans = sentence_spans(text)
            a, b = next(((a, b) for a, b in spans if match.start() < b), (0, len(text)))
            raw = text[a:b]
            sentence = raw.strip()
            shift = a + len(raw) - len(raw.lstrip())
            start, end = match.start() - shift, match.end() - shift
            if rule.sentence_start and start != 0:
                continue
            if rule.negatable and negated(sentence, start):
                continue
            if rule.exempt and _within(rule.exempt, sentence, start, end):
                continue
            if rule.name == "advice" and _CARE_ADVICE.search(sentence):
                continue
            hits.append((match.start(), Claim(rule, match.group(0).strip(), sentence)))
    return [claim for _, claim in sorted(hits, key=lambda h: h[0])]


def _within(pattern: re.Pattern[str], sentence: str, start: int, end: int) -> bool:
    """Whether a match of `pattern` covers the span start..end of `sentence`."""
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(sentence))


def source_reports_cure(source_text: str) -> bool:
    """Whether the paper itself uses 'cure' words other than to say there is none."""
    return any(not negated(source_text, m.start()) for m in _CURE_IN_SOURCE.finditer(source_text))


def check_claims(summary: PlainSummary, source: Source | None = None) -> list[Finding]:
    """An error for each hype word, claim of proof or certainty, and piece of advice; softer
    words ('proven', 'will help') are warnings. With the `source`, 'cure' words the paper
    itself reports as an outcome are warnings."""
    cure_reported = source is not None and source_reports_cure(source.full_text)
    findings = []
    for section, text in summary.sections().items():
        for claim in find_claims(text):
            severity = claim.rule.severity
            hint = claim.rule.hint
            if claim.rule.name == "cure" and cure_reported:
                severity = Severity.WARNING
                hint = "The paper reports cure as an outcome; say exactly what it measured."
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
    return findings
