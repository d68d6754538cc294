"""The shapes of overclaiming the promises check looks for (plainsum.checks.promises): one
Family per way a summary widens a finding (how long, for whom, how sure, how soon, how big a
step), each a pattern of scope words, what must be said beside them, the phrases that are no
claim, and what a paper says when it states the scope itself.

Data only: a table of compiled patterns, read by find_promises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A benefit claimed as an effect (what a universal or lasting claim is about).
_EFFECT = re.compile(
    r"\b(?:help\w*|benefit\w*|work(?:s|ed)?|cur(?:e|es|ed|ing)|heal\w*|protect\w*|prevent\w*|"
    r"improv\w*|relie\w*|free(?:dom)?|\w+-free|recover\w*|better|effective|safe(?:ly)?|"
    r"stop\w*|reduc\w*|eas(?:e|es|ed|ing)|gone|rid|remission|fix\w*|repair\w*|restor\w*|"
    r"end(?:s|ed)?|beat\w*|overcom\w*|defeat\w*|disappear\w*|vanish\w*|banish\w*|catch\w*|"
    r"detect\w*|spot\w*|answer|solution|away|at bay|replac\w*|cut(?:s|ting)?|"
    # a harm said of everyone is as wide a claim as a benefit
    r"dull\w*|harm\w*|damag\w*|impair\w*|worsen\w*|slow\w*|weaken\w*)\b",
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
        r"how|what|which)|"
        # "in people with any form of MS", "whatever type of MS they have"
        r"(?:any|every|each) (?:forms?|types?|kinds?|stages?) of|whatever (?:\w+ )?(?:type|"
        r"form|kind|stage|age|sex))\b",
        _EFFECT,
        "A benefit claimed for everyone, which one study of some people cannot show.",
        "Say who was studied and what changed for them.",
        exempt=r"\b(?:all|every) (?:people|patients|participants|one) (?:in|of|from) (?:the|this|"
        r"these|both|each) \w+|\beveryone (?:in|who took part|taking part|else)\b"
        r"|\b(?:almost|nearly|virtually|not) (?:all|every|everyone|everybody)\b.*",
        keywords=(
            "every",
            "anyone",
            "anybody",
            "all ",
            "whoever",
            "no matter",
            "regardless",
            "any ",
            "whatever",
        ),
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
        # what more research is needed for: "to know for sure"
        r"|\bto (?:know|say|tell|be|find out) (?:\w+ )?for (?:sure|certain)\b"
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
    # a benefit said to be on its way: a path cleared, a step closer, hope given, something
    # brought nearer or within reach ("paves the way for a blood test", "offers fresh hope",
    # "brings a treatment a step closer", "new drugs are on their way"); said with a hedge
    # ("could one day pave the way") it is a possibility, and passes
    _family(
        "imminence",
        r"\b(?:(?:fresh|new|real|renewed|great|genuine|much-needed) hope|(?:gives?|offers?|"
        r"brings?|raises?|provides?) (?:[\w'-]+ ){0,2}?hope\b|(?:paves?|paving|"
        r"paved|clears?|clearing|opens?|opening) (?:up )?the (?:way|path|road|door)|(?:a |one )?"
        r"(?:big |major |important |giant |significant )?step (?:closer|nearer)|brings? "
        r"(?:[\w'-]+ ){1,6}?(?:closer|nearer)|(?:is|are) (?:now )?on (?:its|their|the) way|"
        r"(?:is|are) (?:now )?in sight|within (?:reach|sight|grasp))\b",
        None,
        "A promise that a benefit is on its way, which the paper does not make.",
        "Say what the study found and what still has to be tested before anyone could use it.",
        exempt=r"\b(?:may|might|could|would|possibly|perhaps|one day|in (?:the )?future|hope to|"
        r"hoped|hoping|aim\w* to|if)\b.*",
        keywords=(
            "hope",
            "way",
            "path",
            "road",
            "door",
            "step",
            "closer",
            "nearer",
            "sight",
            "reach",
            "grasp",
        ),
        paper_says=r"\b(?:promis\w*|hope\w*|pav\w* the way|step (?:towards?|forward|closer)|"
        r"closer to|(?:open|opens|opened|opening) (?:up )?(?:the way|new avenues|the door))\b",
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
