"""The form of a headline: a whole statement, not a fragment or a list cut before its last item
(see `plainsum.checks.headline`)."""

from __future__ import annotations

import re

from .verbs import (
    _NOT_VERB_ED,
    AUX,
    DETERMINER,
    IRREGULAR,
    PREPOSITION,
    WORD,
    finite_in,
    verb_forms,
)

# A headline that ends in mid-phrase ("... the effect of").
DANGLING = re.compile(
    r"\b(?:of|the|a|an|and|or|to|with|in|for|by|on|from|that|which|than|as)\s*[.:;,]?\s*$", re.I
)
# A list of what something does, cut before its last item: "X depolarizes the membrane, blocks
# a kinase" (the source went on "..., and reduces ..."). Two verb phrases after one subject are
# joined by 'and' or 'or'; a comma alone before the last one means the end was cut.
_CUT_LIST = re.compile(r"^[^,]+\b(\w+s)\b[^,]*(?:,[^,]+)*,\s+(\w+s)\s+\S[^,]*$")
_JOINED = re.compile(r",[^,]*\b(?:and|or|but|while|whereas|although|though|which|that|who)\b", re.I)
_REPORTING_END = re.compile(
    r"\b(?:suggests?|shows?|finds?|says?|reports?|indicates?|concludes?|confirms?)\W*$", re.I
)
_PRESENT_VERB = re.compile(r"[a-z]{3,}(?:izes|ises|ates|ifies|ens)")


# "These results suggest that TRIM5 proteins form a scaffold", "Our findings show that ...": the
# authors' frame around a finding. Its pointing word leans on the paper's own results, which a
# headline's reader takes as given; whether the headline leans on a sentence that is not there
# is read from what follows 'that'. Found as false alarms on the conclusion sentences of the
# human lay summaries of ../shared/data (issue 8).
_REPORTING_FRAME = re.compile(
    r"^[\"'“‘(]*(?:these|those|such|our|the|their) (?:\w+ ){0,2}?(?:results|findings|data|"
    r"observations)\s+(?:\w+ly\s+)?(?:suggest|show|indicate|demonstrate|confirm|imply|reveal)s?"
    r"\s+that\s+(?=\S)",
    re.I,
)


def framed_claim(headline: str) -> str:
    """What a headline claims inside a reporting frame ("These results suggest that X": X, its
    first letter raised, as it would open a sentence), or the headline itself."""
    m = _REPORTING_FRAME.match(headline)
    if not m:
        return headline
    claim = headline[m.end() :]
    return claim[0].upper() + claim[1:]


# "Bacteria ... were reduced for A, were aflagellate": the same helping verb in the piece
# before the last comma and again straight after it, with no 'and' or 'or', is a list of what
# the subject was, cut before its last item ("of which five, involving 40 infants, were
# included" has an aside before the comma, not a verb phrase).
_LAST_AUX = re.compile(r",\s+(?P<aux>were|was|are|is|had|have|has)\s+\S[^,]*$", re.I)


def _repeated_aux(headline: str) -> bool:
    """Whether the piece after the last comma opens with the helping verb the piece before it
    holds, with no joining word after the first comma."""
    m = _LAST_AUX.search(headline)
    if not m or _JOINED.search(headline):
        return False
    before = headline[: m.start()].rsplit(",", 1)[-1]
    return re.search(rf"\b{m['aux']}\b", before, re.I) is not None


def cut_list(headline: str) -> bool:
    """Whether a headline's last verb phrase follows a comma with no 'and' or 'or' after the
    first comma: a list of what its subject does, cut before the last item."""
    if _repeated_aux(headline):
        return True
    m = _CUT_LIST.match(headline)
    if not m or _JOINED.search(headline) or _REPORTING_END.search(headline):
        return False
    first, last = m.group(1).lower(), m.group(2).lower()
    return all(
        not w.endswith("ss") and (verb_forms(w) or bool(_PRESENT_VERB.fullmatch(w)))
        for w in (first, last)
    )


# "The review authors found good evidence in a meta-analysis": evidence is always evidence for
# something, and a headline that drops what ("for the effectiveness of X", "that X works") says
# nothing was found. What may follow the evidence and say its claim: "for", "that", "of",
# "showing" and the like; where it came from ("in a meta-analysis", "from four trials") is no
# claim, so a headline whose evidence ends there, or ends the headline, is evidence about nothing.
_EVIDENCE = re.compile(
    r"\b(?:found|is|are|was|were|provided?|provides|gave|gives|had|has|have|offers?)"
    r" (?:(?:no|some|little|good|strong|weak|clear|fairly|very|moderate|limited|consistent|"
    r"[\w]+-(?:quality|certainty))\s+){0,3}evidence\b",
    re.I,
)
_CLAIM_OPENER = re.compile(
    r"(?:for|that|of|to|about|on|against|showing|suggesting|supporting|regarding|linking|"
    r"in (?:favou?r|support)\b)\b",
    re.I,
)
_SOURCE_OF_EVIDENCE = re.compile(r"(?:in|from|across|within|with|based on)\b", re.I)
# A claim said after where the evidence came from: "from two trials that X", "from trials on
# the effects of X", "from two studies (80 people) of a short-term benefit"; the "of" of "a
# meta-analysis of four trials" names the source, not a claim.
_LATER_CLAIM = re.compile(
    r"\b(?:that|for|on|about|regarding|showing|suggesting|supporting|in (?:favou?r|support)|"
    r"to (?:show|suggest|support))\b"
    r"|(?<!analysis )(?<!analyses )(?<!review )(?<!trial )(?<!study )\bof\b"
    r"(?! (?:[\w,-]+ )?(?:trials|studies|participants|people|patients|reviews)\b)",
    re.I,
)


def evidence_of_nothing(headline: str) -> str | None:
    """The words '... evidence' when a headline says evidence was found but not what it is for:
    nothing follows, or only where it came from ("in a meta-analysis")."""
    for m in _EVIDENCE.finditer(headline):
        after = headline[m.end() :].strip(" .!")
        if not after:
            return m.group(0)
        if _CLAIM_OPENER.match(after):
            continue
        if _SOURCE_OF_EVIDENCE.match(after) and not _LATER_CLAIM.search(after):
            return m.group(0)
    return None


# A headline that opens with what something was, with no say of what: "Clearly lower than that
# of the controls", "Not different between the two groups". Its opening word is a predicate
# (a comparison, a likeness, a link) and what follows holds no verb to make it a statement;
# "More than half of the people had fatigue" goes on to one and passes.
_PREDICATE_OPENING = re.compile(
    r"^(?:(?:clearly|significantly|statistically|much|slightly|markedly|somewhat|far|not|no|"
    r"considerably|substantially|generally|mostly|largely)\s+)*"
    r"(?P<word>lower|higher|greater|smaller|larger|better|worse|more|less|fewer|similar|"
    r"different|comparable|associated|related|linked|equal|equivalent|superior|inferior|"
    r"unchanged|unrelated|independent|consistent)\s+"
    r"(?:than|to|with|in|between|among|for|from|at|across|on)\b",
    re.I,
)


def predicate_only(headline: str) -> str | None:
    """The opening words of a headline that says what something was but not what: it opens
    with a predicate ("lower than", "similar to") and no verb follows to make it a statement."""
    m = _PREDICATE_OPENING.match(headline)
    if not m:
        return None
    rest = headline[m.end() :]
    words = [w.lower() for w in WORD.findall(rest)]
    after_comma = [w.lower() for w in WORD.findall(rest.partition(",")[2])]
    if any(w in AUX or _past(w, words[i - 1] if i else "") for i, w in enumerate(words)):
        return None  # "Similar to placebo for fatigue was ...", "... who took part"
    if after_comma and finite_in(after_comma):
        return None  # "Similar to placebo, the drug eases fatigue": a main clause follows
    return m.group(0)


def _past(word: str, prev: str) -> bool:
    """Whether a word is a past verb form not right after a preposition or an article ("with
    reduced relapses" is an adjective)."""
    if prev in PREPOSITION or prev in DETERMINER:
        return False
    return word in IRREGULAR or (len(word) > 4 and word.endswith("ed") and word not in _NOT_VERB_ED)


# "There was evidence of a harmful effect on pregnancy rates": an effect on an outcome with
# nothing named that had it (the treatment was cut from "a harmful effect of albumin on ...").
_AGENTLESS_EFFECT = re.compile(
    r"^There (?:was|were|is|are|may be|might be|seems to be|appears to be) "
    r"(?:(?:no|some|little|clear|strong|weak|good|limited|moderate|low|high|evidence|of|an?|"
    r"the|any|[\w-]+-(?:certainty|quality))\s+){0,6}(?:[\w-]+\s+)?(?:effects? on|"
    r"(?:improvements?|reductions?|increases?|decreases?|worsening|drops?|falls?|rises?|"
    r"declines?) (?:of|in|on))"
    r"\s+(?P<on>.+)$",
    re.I,
)
_AGENT_AFTER = re.compile(
    r"\b(?:with|from|for|after|by|when|in people (?:who|taking|given))\b", re.I
)
# ... but not the people's condition ("children with glue ear") or a time ("after 12 months")
_PEOPLE_WITH = re.compile(
    r"\b(?:people|adults|children|patients|women|men|babies|infants)\s+$", re.I
)
_TIME_AFTER = re.compile(
    r"\s+(?:\d+|one|two|three|four|five|six|nine|twelve|a few|several)\s+(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?)\b(?!\s+of\b)",  # "after 2 months of exercise"
    re.I,
)


def _names_agent(text: str) -> bool:
    """Whether `text` (what follows an effect) says what had it: "with the drug", "from
    exercise", "in people who took it"; not the people's condition or a time."""
    return any(
        not (m.group(0).lower() == "with" and _PEOPLE_WITH.search(text, 0, m.start()))
        and not _TIME_AFTER.match(text, m.end())
        for m in _AGENT_AFTER.finditer(text)
    )


def agentless_effect(headline: str) -> str | None:
    """The "effect on ..." of a headline that says there was an effect but not of what, else
    None."""
    m = _AGENTLESS_EFFECT.match(headline.strip())
    if m is None or _names_agent(m["on"]):
        return None
    said = m.group(0)[: m.start("on")].split()
    return " ".join(said[-2:] + [m["on"]])
