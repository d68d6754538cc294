"""What a finding means or what should be done about it, said beside the finding itself.

An abstract's conclusions often hold both: "People on X had more infections than those on Y.
Checking antibody levels may help find people at risk." The first is what was found and heads;
the second is what the authors draw from it (a lesson, advice, a use) and belongs under why it
matters. Where the authors' conclusions state no finding of their own, the implication may
still head (a case report's lesson is its point).

One sentence may hold both, joined by "and": "The sign told MS from its mimics with high
accuracy and could reduce misdiagnosis" heads as its first part; why it matters says it whole.
"""

from __future__ import annotations

import re

from ..wholeness import broken, finite

# A lesson, advice or a use drawn from a finding, not the finding: "This case highlights the
# importance of X", "New symptoms should prompt an MRI", "Checking X may help find people at
# risk", "Services should offer carers support", "X may guide treatment decisions".
_IMPLIES = re.compile(
    # what the case, report or finding teaches
    r"^(?:This|These|The|Our|Such|A) (?:case|cases|report|observations?|findings?|results?|"
    r"data|study|experience)(?: \w+){0,2} (?:highlights?|underlines?|underscores?|emphasi[sz]es|"
    r"illustrates?|stresses|reinforces?|points? to) the (?:importance|need|value|role|usefulness)\b"
    # a clinician's action as the subject of a hedged use: "Checking X may help find ..."
    r"|^(?:Checking|Screening|Testing|Monitoring|Measuring|Assessing|Identifying|Recogni[sz]ing|"
    r"Detecting|Evaluating|Considering|Targeting)\b[^.;]{0,80}?\b(?:may|might|could|can|would) "
    r"(?:help|aid|allow|enable|guide|improve|inform|support|be (?:useful|valuable|helpful))\b"
    # advice: "should prompt", "should be offered", "should offer"
    r"|\b(?:should|must) (?:prompt|trigger|lead to|offer|provide|include|consider|be (?:offered|"
    r"considered|monitored|screened|tested|checked|informed|told|counsel?led|given|included|"
    r"aware))\b"
    # what a finding would mean: "Even small drops in blood pressure could have important
    # health implications" (CD010037: it headed over the drop itself)
    r"|\b(?:may|might|could|would|can) have (?:an? )?(?:important|major|large|significant|"
    r"substantial|meaningful|wide) (?:[\w-]+ ){0,2}?(?:implications|consequences)\b"
    # a use for care: "may help clinicians", "could guide treatment decisions"
    r"|\b(?:may|might|could|can) (?:help|aid|guide|inform) (?:clinicians|doctors|neurologists|"
    r"physicians|(?:\w+ )?decisions|the choice|care|counsel?ling)\b"
    # a place for it in care: "Given the burden of treatment, tablets may be a viable option"
    r"|\b(?:may|might|could|can) (?:still |also )?be (?:a |an )?(?:viable|reasonable|suitable|"
    r"acceptable|possible|sensible|practical) (?:[\w-]+ )?(?:option|alternative|choice)\b",
    re.I,
)

# "... and could reduce misdiagnosis", "... and may be a useful marker in trials": a use of the
# finding run on after it, with the finding's own subject.
_USE_TAIL = re.compile(
    r",? and (?:so |thus |therefore |hence )?(?:may|might|could|can) (?:potentially |also )?"
    r"(?:reduce (?:misdiagnos\w*|diagnostic (?:delay|errors?)|delays?|the need)|"
    # (never "help people stop smoking", "aid recovery": a second finding, not a use of it)
    r"(?:help|aid) (?:to )?(?:guide|inform|clinicians|doctors|neurologists|decisions|decide|"
    r"choose|select|identify|find|spot|detect|diagnos\w*|plan|monitor|predict)|"
    r"guide|inform|improve (?:diagnos\w*|care|the (?:diagnos\w*|care|management))|"
    r"support (?:the |its |their )?(?:use|diagnos\w*|decisions|screening|choice)|"
    r"speed (?:up )?(?:the )?diagnos\w*|"
    # a place for it in care: "... and could be offered where X is not available", "... and
    # may be considered for people who cannot travel", "... and could offer an alternative"
    r"be (?:offered|considered|recommended|tried|provided|delivered|made available|added to)\b|"
    r"be used (?:as|in|for|to|where|when|alongside)\b|"
    r"(?:be|offer) (?:a |an )?(?:\w+ )?(?:option|alternative|choice)\b|"
    r"be (?:a |an )?(?:useful|valuable|helpful|promising|practical|simple|reliable|new|"
    r"potential|important)\b(?: \w+){0,3} (?:marker|biomarker|tool|test|target|measure|outcome|"
    r"endpoint|option|approach|strategy|addition|aid))\b[^;]*$",
    re.I,
)
# "... and no recommendations can be made to guide prescribing", "... and it cannot be
# recommended": advice run on after the finding. Its "no" bears on the advice, not on the
# finding; why it matters says the sentence whole.
_ADVICE_TAIL = re.compile(
    r",? and (?:so |therefore |thus |hence )?(?:no (?:firm |clear |definite |specific )?"
    r"recommendations? (?:can|could) (?:yet )?be (?:made|given|offered)|(?:it|they|this [\w-]+|"
    r"these [\w-]+) (?:cannot|can not|could not|should not) (?:yet )?be recommended)\b[^;]*$",
    re.I,
)
# What the authors draw from the finding, run on after it as a clause of its own: "There was no
# survival benefit of A over B, thus both plans remain reasonable options" (never "..., thus
# improving survival": a second finding said as a participle, kept by `finite`).
_THUS_TAIL = re.compile(r",? (?:and )?(?:thus|therefore|hence) (?P<so>[^,;]+)$", re.I)
# What the run-on use may not hold for the cut to leave the first part's claim as it was.
_TAIL_BEARS = re.compile(r"\b(?:not|no|never|nor|only|without|unless|except|but)\b", re.I)
# Where or for whom the use would serve ("where face-to-face therapy is not available"): a
# negation inside it bears on that place, not on the finding or the use.
_WHERE_USED = re.compile(
    r"\b(?:where|when|wherever|whenever|for (?:people|patients|those) who)\b[^,;]*$", re.I
)
MIN_HEAD_WORDS = 6


def implies(text: str) -> bool:
    """Whether a sentence says what a finding means or what should be done (`_IMPLIES`), not
    what was found."""
    return bool(_IMPLIES.search(text))


def without_use(text: str) -> str | None:
    """The finding of "X did Y and could Z" without the use run on after it ("... and could
    reduce misdiagnosis in clinical practice"), when the finding is whole alone, has six words
    or more and the use holds no negation or limit; or without the advice run on after it
    ("... and no recommendations can be made", `_ADVICE_TAIL`); else None."""
    text = text.strip().rstrip(".")
    m = _USE_TAIL.search(text)
    if m is None or _TAIL_BEARS.search(_WHERE_USED.sub("", m.group(0))):
        m = _ADVICE_TAIL.search(text)
    if m is None:
        m = _THUS_TAIL.search(text)
        m = m if m is not None and finite(m["so"]) else None
    if m is None:
        return None
    head = text[: m.start()].rstrip(" ,")
    if len(head.split()) < MIN_HEAD_WORDS or not finite(head) or broken(head + ".") is not None:
        return None
    return head
