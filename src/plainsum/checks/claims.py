"""Overclaiming and advice: words that promise more than a study can show, and instructions
to readers. Negated or hedged uses ("there is no cure", "does not prove") pass."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schemas import Finding, PlainSummary, Severity
from .readability import split_sentences

CHECK = "claims"
NEGATION_WINDOW = 40  # characters before a hype word in which a negation cancels it


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    severity: Severity
    message: str
    hint: str
    negatable: bool = True


def _rule(name: str, pattern: str, severity: Severity, message: str, hint: str, **kw: bool) -> Rule:
    return Rule(name, re.compile(pattern, re.I), severity, message, hint, **kw)


RULES: tuple[Rule, ...] = (
    _rule(
        "cure",
        r"\bcur(?:e|es|ed|ing|ative)\b",
        Severity.ERROR,
        "'cure' promises more than a study can show.",
        "Say what was measured, for example 'fewer relapses' or 'less damage in mice'.",
    ),
    _rule(
        "breakthrough",
        r"\b(?:breakthrough|miracle|game[- ]?changer|game[- ]changing|revolutionary|"
        r"groundbreaking|wonder drug|magic bullet)s?\b",
        Severity.ERROR,
        "Hype word.",
        "Remove it and describe the result plainly.",
    ),
    _rule(
        "proves",
        r"\b(?:prove[sd]?|proven|proof that|definitive(?:ly)?|conclusively)\b",
        Severity.ERROR,
        "One study does not prove anything.",
        "Use 'suggests', 'found' or 'shows a link'.",
    ),
    _rule(
        "guarantee",
        r"\b(?:guarantee[sd]?|100% (?:safe|effective)|completely safe|no side effects)\b",
        Severity.ERROR,
        "Promise of certainty.",
        "Describe what the study found and its limits.",
    ),
    _rule(
        "advice",
        r"\b(?:you|patients|people with ms|readers|everyone) (?:should|must|need to|ought to)"
        r" (?:now )?(?:take|stop|start|switch|avoid|ask|try|use|begin|change|quit|add)\b"
        r"|\b(?:stop|start) taking\b|\bask (?:your doctor )?for (?:this|the) (?:drug|treatment)\b",
        Severity.ERROR,
        "Advice to readers: a summary reports research, it does not tell people what to do.",
        "Remove the advice; say 'talk with your doctor or care team' instead.",
        negatable=False,
    ),
    _rule(
        "certainty",
        r"\bwill (?:help|cure|stop|prevent|reverse|fix|end|heal)\b",
        Severity.WARNING,
        "Certainty the study cannot give.",
        "Use 'may' or 'might', or say what the study found.",
    ),
)

_NEGATION = re.compile(
    r"\b(?:no|not|never|nor|without|cannot|can't|isn't|aren't|doesn't|don't|didn't|won't|"
    r"wasn't|weren't|unlikely|yet to|far from|rather than)\b[^.]*$",
    re.I,
)
_CARE_ADVICE = re.compile(r"\b(?:talk|speak|check) (?:with|to) your (?:doctor|care team)", re.I)


def _negated(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - NEGATION_WINDOW) : start]
    return bool(_NEGATION.search(before))


def find_claims(text: str) -> list[tuple[Rule, str, str]]:
    """(rule, matched words, sentence) for every overclaim or piece of advice in `text`."""
    hits: list[tuple[Rule, str, str]] = []
    for sentence in split_sentences(text):
        for rule in RULES:
            for match in rule.pattern.finditer(sentence):
                if rule.negatable and _negated(sentence, match.start()):
                    continue
                if rule.name == "advice" and _CARE_ADVICE.search(sentence):
                    continue
                hits.append((rule, match.group(0), sentence))
    return hits


def check_claims(summary: PlainSummary) -> list[Finding]:
    findings = []
    for section, text in summary.sections().items():
        for rule, words, sentence in find_claims(text):
            findings.append(
                Finding(
                    check=CHECK,
                    severity=rule.severity,
                    section=section,
                    span=sentence,
                    message=f"{rule.message} ('{words}' in: {sentence!r})",
                    hint=rule.hint,
                )
            )
    return findings
