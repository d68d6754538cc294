"""Advice in the grammar of a directive: who is told to do what, in any form.

The safety check (checks/safety.py) reads advice by its shape. These shapes widen it from a
list of treatment verbs to the directive itself:

- an imperative: a clause that opens with a verb of doing and has no subject ("Avoid long
  naps", "Taper it off over a week", "Book yourself a stay on a ward"), after any lead-in ("If
  your thinking slows, ..."); verbs that are often nouns ("Exercise", "Rest", "Use") count
  only with an object that marks them as verbs, as the older rule asks;
- a reader told what to do with any verb of doing, not only a verb of changing treatment
  ("People with MS should push for ...", "Anyone ... ought to take up meditation", "Men ...
  might want to get some online", "would be wise to come off it", "would benefit from
  starting X"); what they are told to know, feel or discuss is no advice;
- a treatment told what to become, in the passive ("Beta interferon should be stopped",
  "X should no longer be used", "X should be the first drug people try");
- a choice made for the reader ("X is the one to go for", "MEBO is the ointment to use", "the
  best way to come off X is to take Y", "a good first thing to try", "worth a try", "it makes
  sense to get X now", "makes sense for most people"), or a recommendation in the summary's own
  voice ("We recommend that ...", "It is recommended that ...");
- a dose told ("needs a much smaller dose"), a swap offered ("you could do it at home instead
  of going to the clinic"), and the care team asked to make a change ("Ask your MS team to
  switch you to X"), which sends the reader to the team with the decision already made.

What a study's authors or guidelines said ("The authors say X should not be used") is
reported, not given (`attributed`).
"""

from __future__ import annotations

import re

from ..evidence import overlaps, split_source
from ..ingest import Source
from .safety_words import CARE, CHANGE, LEAD, READER, TREATMENT

# Verbs of doing that are seldom nouns at the head of a sentence: a clause opening with one is
# an imperative whatever follows.
_DO = (
    r"(?:avoid|try|keep|taper|halve|quit|buy|choose|pick|ditch|skip|stick (?:to|with)|insist on|"
    r"seek out|refuse|decline|begin|continue|get|go|stay|make|put|give|take|eat|add|limit|"
    r"opt for|wean|steer|spend|join|sign up|stock up|load up|throw|forget about|ignore|"
    r"cut (?:out|back|down)|switch (?:to|over)|book|push for|demand|stop taking|start taking|"
    r"come off|go off|inject|consider (?:taking|starting|stopping|switching|trying|using|"
    r"asking for)|don't|do not|never|"
    # "treat it with cream at home", "swap your pills for ...", "apply the gel"
    r"(?:treat|swap|apply|rub) (?:it|them|this|these|that|the|your|yourself|some|on|in))"
    r"(?![-'’])"
)
# An imperative where a clause opens: the start, after a lead-in ("If ..., "), or after a colon,
# semicolon or dash.
IMPERATIVE = re.compile(
    rf"^{LEAD}(?:(?:so|please|now|then|instead|just|simply|always|also),? )?{_DO}\b"
    # not a noun subject followed by its verb ("Keep-fit classes were ...")
    rf"(?! (?:is|are|was|were|has|had|have|did|does|can|could|may|might|will|would|of|in)\b)"
    # not a pointer to knowledge or to the care team ("keep in mind", "take part", "take note")
    r"(?!(?: [\w'-]+)? (?:in mind|part|note|care to|heart|a look at|your time to (?:talk|ask)))",
    re.I,
)

# What a reader may be told to do that is no advice: know, feel, discuss, wait for more research.
_NOT_ACTION = (
    r"(?:know|be aware|bear|keep in mind|remember|understand|realise|realize|note|expect|hope|"
    r"worry|feel|think|talk|speak|discuss|ask|tell|raise|mention|consult|see|check with|"
    r"contact|call|visit|wait|read|learn|find out|look (?:at|into)|be (?:told|informed|"
    r"reassured|careful|cautious)|take part|discuss|interpret|weigh|plan (?:it|this|any)|"
    r"work (?:with|together)|seek (?:advice|help|medical)|get (?:advice|help|support|medical)|"
    r"consider|weigh|balance|make (?:an? )?(?:informed )?(?:choice|decision)s?|have|check)"
)
# A reader told to do anything of their own: a modal of obligation or encouragement, then a verb.
READER_TOLD = re.compile(
    rf"\b{READER}\b(?: (?!should|must|ought|need)[\w'-]+){{0,12}}? "
    rf"(?:should|must|ought to|"
    rf"(?:might|may) (?:want|wish|like) to|would do well to|would be (?:wise|well advised|"
    rf"smart|sensible) to|(?:are|is) (?:strongly )?(?:encouraged|urged|advised) to) "
    rf"(?:(?:all|also|now|really|definitely|seriously|first|then|simply) )*"
    rf"(?!{_NOT_ACTION}\b)(?!not\b|never\b|be\b)[a-z][\w'-]*",
    re.I,
)
# A reader who would gain from doing something: "would benefit from starting PS-DHA".
BENEFIT_FROM = re.compile(
    r"\b(?:would|could|will|may|might|should|can) (?:all |really |greatly |certainly )?"
    r"benefit from (?:start|tak|try|us|switch|add|join|get|do|follow|eat|begin|go|swapp|"
    r"book|buy)\w*ing\b",
    re.I,
)
# A treatment told what to become: "X should be stopped", "should no longer be used".
_PASSIVE_VERBS = (
    r"(?:used|taken|stopped|avoided|given|offered|prescribed|started|tried|added|continued|"
    r"reserved|withdrawn|discontinued|switched|preferred|chosen|dropped|replaced|increased|"
    r"reduced|lowered|doubled|halved|tapered|the (?:first|main|usual|standard|default))"
)
TREATMENT_TOLD = re.compile(
    # the subject: a treatment word, or a short name opening the clause ("Baclofen", "Beta
    # interferon"), not an abstract noun ("Care should be taken", "Caution should be used")
    rf"(?:\b{TREATMENT}(?: (?:and|or) [\w-]+)?|(?:^|(?<=[,;:] ))(?!{READER}\b)"
    rf"(?!(?:care|caution|attention|consideration|priority|emphasis|effort|measures|methods|"
    rf"results|findings|data)\b)"
    rf"(?:[\w-]+ ){{0,2}}?[\w-]+) (?:should|must|ought to) (?:not |no longer |never |now |"
    rf"always |only |all )?be {_PASSIVE_VERBS}\b",
    re.I,
)
# A choice made for the reader: "the one to go for", "the ointment to use", "the best way to
# come off X is to take Y", "a good first thing to try".
_PICK = (
    r"(?:go for|use|try|take|choose|pick|get|start|ask for|opt for|buy|follow|come off|stop|"
    r"switch to|put on|have)"
)
CHOSEN = re.compile(
    # (not what care offers the reader: "you may be offered a medicine to try", "were given a
    # cream to use": a report of what others do, no choice made for the reader)
    rf"(?<!\boffered )(?<!\bgiven )(?<!\bprescribed )(?<!\bsuggested )"
    rf"\b(?:the|a|an) (?:(?:best|right|good|ideal|obvious|safest|smartest|sensible|wise|"
    rf"easiest|simplest)(?: first)? (?:[\w-]+ )?(?:thing|one|way|option|choice|bet|step|move|"
    rf"place)|one|ointment|cream|drug|medicine|pill|dose|diet|supplement) to {_PICK}\b"
    r"|\bworth (?:a|an) (?:try|go|shot|punt)\b"
    r"|\bmakes? (?:good |a lot of |more |most )?sense(?: for [\w' -]{1,60}?)?(?: to\b|\s*$|\s*[.,])"
    r"|\b(?:we|i) (?:would )?(?:strongly )?(?:recommend|advise|urge|encourage)\b"
    r"|\bit is (?:strongly )?(?:recommended|advised|advisable) (?:that|to|for)\b",
    re.I,
)
# A dose told: "needs a much smaller dose".
DOSE_TOLD = re.compile(
    r"\bneeds? (?:a |an )?(?:much |far |slightly |somewhat )?(?:lower|higher|smaller|bigger|"
    r"larger|reduced|increased|extra|different|adjusted) (?:dose|dosage|amount)\b",
    re.I,
)
# A swap offered to the reader: "you could do it at home instead of going to the clinic".
SWAP_OFFERED = re.compile(
    r"\byou (?:can|could|may|might)\b[^.]{0,80}?\b(?:instead of|rather than) (?:going|seeing|"
    rf"taking|using|having|attending|visiting|{CHANGE})\b",
    re.I,
)
# The care team asked to make a change already decided: "Ask your MS team to switch you to X".
TEAM_TOLD = re.compile(
    rf"\b(?:ask|tell|get|push|persuade|urge) (?:your|their|the) (?:[\w'-]+ ){{0,2}}?{CARE} "
    r"(?:to |for |about )?(?:to )?(?:switch|put|start|prescribe|give|change|stop|increase|"
    r"lower|raise|double|halve|take (?:you|them) off|move|refer (?:you|them) for)\b",
    re.I,
)

# "The authors say ...", "guidelines recommend ...": a directive reported, not given.
_ATTRIBUTED = re.compile(
    r"\b(?:authors?|researchers?|reviewers?|investigators?|guidelines?|experts?|doctors|"
    r"scientists|study|review|paper|trial|they|it|results?|findings?|report)\b[^.;]{0,40}?\b"
    r"(?:say|says|said|recommend\w*|suggest\w*|advis\w*|conclude\w*|argue\w*|call\w* for|"
    r"propos\w*|think|thinks|believe\w*|state\w*|warn\w*|stress\w*)\b",
    re.I,
)


def attributed(sentence: str, start: int) -> bool:
    """Whether the directive at `start` is one the paper's authors, a guideline or the study
    gave, reported by the summary ("The authors say drugs like X should not be used")."""
    return bool(_ATTRIBUTED.search(sentence, 0, start))


# A directive about research, not care: "We recommend further trials", "we urge future trials
# to report this", "it is recommended to measure ... in future studies".
_RESEARCH = re.compile(
    r"\b(?:research\w*|trials?|stud(?:y|ies)|investigat\w*|outcomes? (?:list|set)|"
    r"report(?:ing)?|data|evidence|findings|results|interpret\w*|"
    # caution itself recommended: "we recommend caution with ..."
    r"caution|care(?:ful(?:ly)?)?)\b",
    re.I,
)
# An aim or a question of the research: "we tried to find out the best way to ..."
_AIM = re.compile(
    r"\b(?:find out|to know|wanted to|tried to|aimed? to|asked|to see|to learn|to test|"
    r"whether)\b[^.;]*$",
    re.I,
)


# The action done with the care team: "should have it looked at by their nurse".
_WITH_CARE = re.compile(rf"\b(?:with|by|from|to|through|of)\b[^.;]{{0,60}}?\b{CARE}", re.I)
# Who may be told: "To be included in the study, patients must have ...": a rule of the study, or
# what a thing needs to work ("To be effective, a defibrillator must be used within minutes").
_STUDY_RULE = re.compile(
    r"\b(?:to be (?:included|eligible|enrolled)|eligib\w*)\b|^\W*to [\w ]{1,40},", re.I
)


# A sentence whose subject is research: "Prospective studies about asthma in people at risk
# ... should contribute to ...".
_RESEARCH_SUBJECT = re.compile(
    r"^\W*(?!(?:until|if|when|before|after|while|as|since|unless|once)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:studies|trials|research|analys[ie]s|researchers|"
    r"investigators)\b",
    re.I,
)


def about_research(sentence: str, start: int) -> bool:
    """Whether the directive at `start` is about research (what trials should do, who could
    take part), inside an aim or a question of the study, or done with the care team, not
    said to a reader on their own."""
    return bool(
        _RESEARCH.search(sentence, start)
        or _RESEARCH_SUBJECT.match(sentence[:start])
        or _AIM.search(sentence, 0, start)
        or _WITH_CARE.search(sentence, start)
        or _STUDY_RULE.search(sentence, 0, start)
    )


# A sentence of the paper that gives a directive itself (not one about research).
_PAPER_DIRECTS = re.compile(
    r"\b(?:should|must|ought to|recommend(?:s|ed)?|(?:is|are) (?:not )?advised|advisable|"
    r"(?:be )?avoided|avoid|caution|contraindicat\w*|reserved for|consider(?! as\b)|"
    r"(?:treatment|drug|option)s? of choice)\b",
    re.I,
)
# A paper's directive aimed at research: "should be evaluated in larger trials", "it is
# advisable to: (1) improve knowledge ...".
_RESEARCH_NEXT = re.compile(
    r"[^.;]{0,60}?\b(?:research\w*|trials?|stud(?:y|ies|ied)|RCTs?|knowledge|investigat\w*|"
    r"evaluat\w*|confirm\w*|explor\w*|understood|developed|validated|assessed|tested|"
    r"measured|examined)\b",
    re.I,
)
PAPER_SHARE = 0.35  # a paper's directive holding this much of a summary's sentence says it too


def paper_directs(source: Source, sentence: str, words: str) -> bool:
    """Whether the paper itself gives the directive of `sentence` (whose directive `words` were
    found): one of its sentences that directs holds at least PAPER_SHARE of the sentence's
    words, or names the treatment the directive is about ("progesterone should not be used")."""
    shares = overlaps(source, sentence, numbers=False)
    named = _NAMED.search(words)
    subject = named.group(1).lower().rstrip("s") if named else None
    for s in split_source(source):
        direct = _PAPER_DIRECTS.search(s.text)
        if not direct or _RESEARCH_NEXT.match(s.text, direct.end()):
            continue
        if shares.get(s.index, 0.0) >= PAPER_SHARE or (subject and subject in s.text.lower()):
            return True
    return False


# The treatment a directive is about: the word before its modal ("So progesterone should not
# be used", "erythropoietin and darbepoetin should no longer be used").
_NAMED = re.compile(r"([A-Za-z][\w-]{3,})(?: (?:and|or) [\w-]+)? (?:should|must|ought)\b", re.I)
