"""Overclaiming by meaning: what a summary promises that the paper does not say.

Hype needs no hype word. A sentence overclaims when it widens what a study found along one of
five lines, each recognised by its shape (a benefit said together with a scope), not by a list
of phrases:

- how long (permanence): a benefit said to last for life, for good, forever or permanently, a
  condition said to be gone ("now a thing of the past", "stay free of relapses for life");
- for whom (universality): a benefit for everyone, anyone, all people with a condition, or
  regardless of who they are;
- how sure (certainty): a question settled or put to rest, a result known for certain, a
  benefit called real, genuine, dramatic or lasting ("offers real relief");
- how soon (imminence): a change said to come soon, shortly or within a few years ("could soon
  end the need for injections");
- how big a step (milestone): a turning point, a new chapter, historic, the door opened.

The paper is the yardstick: a claim whose scope the paper states itself (it reports that "all
patients improved", calls a finding "a turning point", describes "lasting relief") is not an
overclaim of the summary's, and passes. Negated uses pass ("this does not settle the
question", "not for everyone"), and so do sentences that point readers to their care team.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .text import matches_in_sentences, negated

# A benefit claimed as an effect (what a universal or lasting claim is about).
_EFFECT = re.compile(
    r"\b(?:help\w*|benefit\w*|work(?:s|ed)?|cur(?:e|es|ed|ing)|heal\w*|protect\w*|prevent\w*|"
    r"improv\w*|relie\w*|free(?:dom)?|\w+-free|recover\w*|better|effective|safe(?:ly)?|"
    r"stop\w*|reduc\w*|eas(?:e|es|ed|ing)|gone|rid|remission|fix\w*|repair\w*|restor\w*|"
    r"end(?:s|ed)?|beat\w*|overcom\w*|defeat\w*|disappear\w*|vanish\w*|banish\w*|catch\w*|"
    r"detect\w*|spot\w*|answer|solution|away|at bay|replac\w*)\b",
    re.I,
)
# A pointer to the reader's care team ("Anyone with questions should talk with their doctor").
_CARE = re.compile(
    r"\b(?:talk|speak|ask|discuss|consult|check|raise|questions?|see|seen|visit|looked at|"
    r"contact|tell)\b.*\b(?:doctor|care team|"
    r"team that treats|neurologist|nurse|health ?care (?:team|provider)|GP|physician)s?\b",
    re.I,
)
# What makes a time word a promise about the future: a change said with a future modal.
_FUTURE = re.compile(
    r"\b(?:will|could|may|might|would|(?:is|are|looks?|seems?) set to|expected to|likely to|"
    r"poised|about to|around the corner|on the horizon|away|any day)\b"
    r"(?=.*\b(?:end\w*|replac\w*|available|standard|routine|chang\w*|transform\w*|cur(?:e|es)|"
    r"approv\w*|offer\w*|free\w*|stop\w*|do away|no longer|unnecessary|obsolete|become\w*|"
    r"help\w*|treat\w*|benefit\w*|use[sd]?|reach\w*|arriv\w*|here)\b)",
    re.I,
)
NEAR = 80  # characters either side of a scope word within which its benefit must be said


@dataclass(frozen=True)
class Family:
    """One way of widening a finding: its shape, what it needs beside it, and what to say."""

    name: str
    pattern: re.Pattern[str]
    needs: re.Pattern[str] | None  # a word of this kind must share the sentence's clause
    message: str
    hint: str
    exempt: re.Pattern[str] | None = None
    keywords: tuple[str, ...] = ()  # the pattern can match only if one of these is in the text
    # a paper that says this (in any words) states the scope itself: the claim is its own
    paper_says: re.Pattern[str] | None = None


def _family(
    name: str,
    pattern: str,
    needs: re.Pattern[str] | None,
    message: str,
    hint: str,
    exempt: str | None = None,
    keywords: tuple[str, ...] = (),
    paper_says: str | None = None,
) -> Family:
    return Family(
        name,
        re.compile(pattern, re.I),
        needs,
        message,
        hint,
        re.compile(exempt, re.I) if exempt else None,
        keywords,
        re.compile(paper_says, re.I) if paper_says else None,
    )


FAMILIES: tuple[Family, ...] = (
    _family(
        "permanence",
        r"\b(?:for life|for the rest of (?:their|your|his|her|one's|our) li(?:fe|ves)|"
        r"for good|forever|for ever|never (?:again|come back|return\w*)|once and for all)\b",
        _EFFECT,
        "A promise that the benefit lasts for good, which the paper does not make.",
        "Say how long people were followed and what changed in that time.",
        exempt=r"\bfor good reasons?\b",
        keywords=(
            "for life",
            "for the rest",
            "for good",
            "forever",
            "for ever",
            "never",
            "once and",
        ),
    ),
    _family(
        "permanence",
        r"\b(?:permanent|life-?long|lasting) (?:cure|fix|relief|recovery|remission|solution|"
        r"protection|repair|benefit|improvement|end|freedom|immunity|healing)"
        r"|\bpermanently (?:cur|fix|repair|restor|heal|revers|stop|end|remov|protect|free|clear|"
        r"prevent|improv|reliev|eas|rid)\w*"
        r"|\b(?:(?:is|are|was|were|be|becomes?|became) (?:now )?(?:(?:simply|just|already|"
        r"finally) )?(?:a )?thing of the past|things of the past|gone for good|"
        r"(?:is|are|be|becomes?) (?:now )?(?:ancient )?history)\b",
        None,
        "A promise that the benefit lasts for good, which the paper does not make.",
        "Say how long people were followed and what changed in that time.",
        keywords=("permanent", "life", "lasting", "thing", "gone for good", "history"),
        # "lasting protection" where the paper reports long-lived immunity
        paper_says=r"\b(?:long-?lived|long-?lasting|lasting|durable|sustained|persistent|"
        r"life-?long|permanent(?:ly)?)\b",
    ),
    # "kept benefiting", "went on improving", "continued to get better": a benefit said to go on
    # beyond what was measured, unless the paper reports one that lasted
    _family(
        "permanence",
        r"\b(?:kept(?: on)?|keeps(?: on)?|went on|goes on|continued|continues|carried on)\s+"
        r"(?:to\s+)?(?:benefit\w*|improv\w*|get(?:ting)? better|feel(?:ing)? better|gain\w*|"
        r"recover\w*|heal\w*)"
        # "kept improving over the 12 weeks": within the time the study measured
        r"(?!\w*(?:\s+\w+ly)?\s+(?:during|over|throughout|across|until|up to|through|by|in|"
        r"for|within|between|after)\b)",
        None,
        "A promise that the benefit went on, which the paper does not report.",
        "Say how long people were followed and what changed in that time.",
        keywords=("kept", "keeps", "went on", "goes on", "continue", "carried on"),
        paper_says=(
            r"\b(?:sustained|maintained|persistent|persisting|durable|lasting|long-?term|"
            r"continued|continuing|ongoing) (?:\w+ )?(?:benefit|effect|improvement|response|"
            r"reduction|efficacy|gain|remission)s?\b"
            r"|\b(?:benefit|effect|improvement|response|reduction|efficacy|gain)s? (?:\w+ )?"
            r"(?:was |were )?(?:sustained|maintained|persisted|lasted|remained)\b"
            r"|\bcontinued to (?:improve|benefit|decline|fall|decrease|increase)\b"
        ),
    ),
    _family(
        "universality",
        r"\b(?:everyone|everybody|anyone|anybody|all (?:people|patients|adults|children|women|"
        r"men|those|sufferers)|every (?:\w+ )?(?:person|patient|adult|child|one|sufferer|baby|"
        r"infant|newborn|woman|man)|whoever|"
        r"no matter (?:who|what|how|which)|regardless of (?:who|their|age|sex|the type|type|"
        r"how|what|which))\b",
        _EFFECT,
        "A benefit claimed for everyone, which one study of some people cannot show.",
        "Say who was studied and what changed for them.",
        exempt=r"\b(?:all|every) (?:people|patients|participants|one) (?:in|of|from) (?:the|this|"
        r"these|both|each) \w+|\beveryone (?:in|who took part|taking part|else)\b"
        r"|\b(?:almost|nearly|virtually|not) (?:all|every|everyone|everybody)\b.*",
        keywords=("every", "anyone", "anybody", "all ", "whoever", "no matter", "regardless"),
    ),
    _family(
        "certainty",
        r"\b(?:settl(?:es|ed|ing)|resolv(?:es|ed)|clos(?:es|ed)|ends?|ended) "
        r"(?:the|this|that|a|an|any|all|once and for all the)? ?(?:\w+ ){0,2}?(?:question|"
        r"debate|matter|argument|issue|doubts?|uncertainty|controversy)\b"
        r"|\bputs? (?:\w+ ){0,5}?to rest\b|\bcase closed\b"
        r"|\b(?:for (?:sure|certain)(?=\s*(?:[.,;!?)]|$|that|now))|beyond (?:any |all )?"
        r"(?:reasonable )?(?:doubt|question)|no (?:longer any )?(?:doubt|question) (?:that|about|"
        r"now)|without (?:a |any )?doubt|(?:is|are) (?:now )?(?:certain|undeniable|indisputable|"
        r"beyond question)(?=\s*(?:[.,;!?]|$|that))|(?:definitely|certainly|undoubtedly|"
        r"unquestionably|undeniably|clearly|surely) (?:works?|worked|helps?|helped|improves?|"
        r"reduces?|prevents?|cures?|protects?|benefits?|shows?|showed|proves?|is (?:effective|safe|"
        r"better)))\b"
        r"|\b(?:real|genuine|true|dramatic|huge|massive|remarkable|striking|powerful|lasting|"
        r"tremendous|enormous|immense|impressive|big|major) (?:and (?:\w+) )?(?:relief|benefits?|"
        r"improvements?|difference|gains?|hope|progress|results|help|recovery|healing|change)\b",
        None,
        "Certainty or size the paper does not claim: one study rarely settles a question.",
        "Say what the study found and how sure it can be.",
        exempt=r"\bto (?:\w+ )?(?:settle|answer|resolve|close|end|put)\b.*"
        r"|\b(?:could|can|did|does|do|will|would|may|might)(?:n't| not| never)\b.*"
        r"|\bend (?:of|points?|stage)\b|\bthe true (?:effect|difference|benefit)\b",
        keywords=(
            "settl",
            "resolv",
            "clos",
            "end",
            "rest",
            "for sure",
            "certain",
            "doubt",
            "question",
            "undoubted",
            "undeniab",
            "indisputab",
            "definitely",
            "clearly",
            "surely",
            "real",
            "genuine",
            "true",
            "dramatic",
            "huge",
            "massive",
            "remarkable",
            "striking",
            "powerful",
            "lasting",
            "tremendous",
            "enormous",
            "immense",
            "impressive",
            "big",
            "major",
        ),
    ),
    _family(
        "imminence",
        r"\b(?:soon|shortly|imminent(?:ly)?|any day now|in the (?:very )?near future|"
        r"within (?:a few|the next|a couple of|one|two|three|five|ten|\d+) (?:months|years)|"
        r"in (?:a few|the coming|coming) (?:months|years)|(?:is|are) (?:about|poised) to)\b",
        _FUTURE,
        "A promise that change is coming soon, which the paper does not make.",
        "Say what the study found and what still has to be tested before it can be used.",
        exempt=r"\b(?:as soon as|soon after\w*|too soon|how soon|soon afterwards?|"
        r"shortly (?:after|before)\w*)\b",
        keywords=(
            "soon",
            "shortly",
            "imminent",
            "any day",
            "near future",
            "within",
            "in a few",
            "coming",
            "about to",
            "poised",
        ),
    ),
    _family(
        "imminence",
        r"\b(?:(?:just )?around the corner|on the horizon|(?:only |just )?(?:months|years) away|"
        r"any day now|within (?:our|easy|close) reach|(?:is|are) (?:almost|nearly) here)\b",
        None,
        "A promise that change is coming soon, which the paper does not make.",
        "Say what the study found and what still has to be tested before it can be used.",
        exempt=r"\b(?:as soon as|soon after\w*|too soon|how soon|soon afterwards?|"
        r"shortly (?:after|before)\w*)\b",
        keywords=("corner", "horizon", "away", "any day", "reach", "here"),
    ),
    _family(
        "milestone",
        r"\b(?:turning point|watershed|milestone|landmark|historic|made history|new (?:chapter|"
        r"era|dawn|age)|dawn of|beginning of the end|the end of (?:ms|multiple sclerosis|the "
        r"disease|an era)|opens? (?:the|a|new) doors? to|game[- ]?chang\w*|changes? the game|"
        r"changes? everything|rewrites? (?:the|our) (?:rule|text)books?|first[- ]ever|"
        r"(?:giant|huge|major|big|great) (?:step|leap)(?: forward)?|step change|quantum leap|"
        r"(?:won|win|winning) the (?:fight|battle|war))\b",
        None,
        "Hype: a milestone one study cannot claim.",
        "Remove it and describe the result plainly: what was measured and what changed.",
        exempt=r"\b(?:developmental|motor|language|walking) milestones?\b|\blandmarks? "
        r"(?:on|of) the\b|\banatomical landmarks?\b",
        keywords=(
            "turning",
            "watershed",
            "milestone",
            "landmark",
            "histor",
            "new ",
            "dawn",
            "beginning",
            "end of",
            "door",
            "game",
            "everything",
            "rewrite",
            "first",
            "step",
            "leap",
            "won the",
            "win",
        ),
    ),
    # a cure in other words: "fixes ADHD", "gets rid of the pain", "wipes out relapses",
    # "gives people with MS their energy back"
    _family(
        "certainty",
        r"\b(?:fix(?:es)?|gets? rid of|got rid of|wipes? out|wiped out|eradicat(?:es|ed)|"
        r"reverses|reversed|undoes|undid|banish(?:es|ed))\s+(?:(?:the|their|your|a|all)\s+)?"
        r"(?:[\w'-]+\s+){0,2}?(?:(?-i:[A-Z]{2,6})|multiple sclerosis|diseases?|disorders?|"
        r"conditions?|illness(?:es)?|symptoms?|pain|fatigue|tiredness|depression|relapses?|"
        r"disabilit(?:y|ies)|\w+(?:itis|osis|emia|aemia))\b"
        r"|\bgives? (?:\w+ ){1,5}?(?:their|your|his|her) (?:\w+ )?(?:energy|life|lives|"
        r"strength|health|sight|vision|movement|mobility|independence|memory) back\b",
        None,
        "A cure in other words, which the paper does not claim.",
        "Say what was measured and how much it changed.",
        keywords=("fix", "rid", "wipe", "eradicat", "revers", "undo", "undid", "banish", "back"),
        paper_says=r"\b(?:revers(?:ed|es|al)|cured?|eradicat\w*|eliminat\w*|resolved|"
        r"complete (?:remission|resolution|recovery))\b",
    ),
)

_CLAUSE = re.compile(r"[;:]|,\s*(?:but|while|whereas|although|though)\b|\bbut\b", re.I)


# Before a claim in its clause: a negation, a question or an aim, which make it no claim
# ("none showed any real difference", "unclear whether it offers real relief", "we wanted to
# find out whether it works for everyone").
_DOUBT = re.compile(
    r"\b(?:no|not|none|never|nor|without|any|whether|if|unclear|unknown|uncertain|wanted to|"
    r"aimed to|to find out|to see|to know|to say|to tell|asked|(?:tried|try|trying|hopes?|"
    r"hoped|hoping) to|cannot|can't|could not|did not|"
    r"does not|do not)\b|n't\b",
    re.I,
)
# A sentence that calls for more research hedges whatever it says.
_MORE_WORK = re.compile(
    r"\b(?:more|further|larger|longer|better)\s+(?:\w+\s+)?(?:research|studies|trials|"
    r"evidence|data|work)\s+(?:is|are|will be|would be)?\s*(?:needed|required|necessary)\b",
    re.I,
)


class Promise(NamedTuple):
    """One overclaim found in a sentence."""

    family: Family
    words: str
    sentence: str


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause of `sentence` holding the span start..end."""
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence)]
    a = max(c for c in cuts if c <= start)
    b = min((c for c in cuts if c >= end), default=len(sentence))
    return sentence[a:b]


@lru_cache(maxsize=256)
def _norm(text: str) -> str:
    """`text` in lower case, punctuation as spaces, padded with one space either side."""
    return f" {' '.join(re.sub(r'[^a-z0-9 ]+', ' ', text.lower()).split())} "


def _source_says(words: str, source_text: str) -> bool:
    """Whether the paper itself uses the scope words (lower case, punctuation as spaces)."""
    return _norm(words) in _norm(source_text)


# Before everyone said to benefit: "for everyone", "helps anyone", "works in all people".
_TO_WHOM = re.compile(
    r"\b(?:for|in|to|among|help\w*|protect\w*|benefit\w*|cur(?:e|es|ed)|heal\w*|reliev\w*|"
    r"free\w*|serve\w*|suit\w*|give\w*|offer\w*)\s*$",
    re.I,
)
# After everyone said to benefit, in their own clause: "everyone with MS will benefit".
_THEY_GAIN = re.compile(
    r"^(?:[^,;.]{0,60}?\s)?(?:will |can |could |would |may |might |should |are (?:likely|"
    r"able) to )?(?:\w+ )?(?:benefit\w*|improv\w*|recover\w*|get better|do better|feel "
    r"better|be (?:helped|cured|protected|free)|respond\w*|gain\w*|heal\w*|stay \w+-free|"
    r"stay free)\b",
    re.I,
)


def _beneficiary(sentence: str, start: int, end: int) -> bool:
    """Whether the everyone at start..end of `sentence` is who a benefit is claimed for: the
    object of "for", "in" or a benefit verb, or the subject of a benefit ("all people with MS
    will improve"); not everyone who was screened, asked or recommended something."""
    if _TO_WHOM.search(sentence[:start]) or sentence[start:end].lower().startswith(
        ("regardless", "no matter")
    ):
        return True
    return bool(_THEY_GAIN.search(sentence[end:]))


def _claims_it(family: Family, sentence: str, start: int, end: int) -> bool:
    """Whether the scope words at start..end of `sentence` make a claim: not negated, not in
    an exempt phrase, a question, an aim or a call for more research, and with the benefit
    their family needs said near them in their clause."""
    if negated(sentence, start):
        return False
    if family.exempt and any(
        m.start() <= start < m.end() for m in family.exempt.finditer(sentence)
    ):
        return False
    clause = _clause(sentence, start, end)
    words = sentence[start:end]
    at = max(0, clause.find(words))
    if _DOUBT.search(clause[:at]) or _MORE_WORK.search(sentence):
        return False
    if family.name == "universality" and not _beneficiary(sentence, start, end):
        return False
    if family.needs is None:
        return True
    after = at + len(words)
    return bool(
        family.needs.search(f"{clause[max(0, at - NEAR) : at]} {clause[after : after + NEAR]}")
    )


def find_promises(text: str, source_text: str | None = None) -> list[Promise]:
    """Every overclaim by meaning in `text`, in order; with `source_text`, those whose scope
    words the paper uses itself are left out."""
    found: list[tuple[int, Promise]] = []
    for family, match, sentence, start, end in matches_in_sentences(text, FAMILIES):
        if start < 0 or _CARE.search(sentence):
            continue
        if not _claims_it(family, sentence, start, end):
            continue
        if source_text is not None and (
            _source_says(match.group(0), source_text)
            or (family.paper_says is not None and family.paper_says.search(source_text))
        ):
            continue
        found.append((match.start(), Promise(family, match.group(0), sentence)))
    return [p for _, p in sorted(found, key=lambda f: f[0])]
