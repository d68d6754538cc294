"""How a sentence names a condition: as what the paper's people had ("children with cystic
fibrosis", "drugs for schizophrenia", "stroke survivors"), as an outcome it measured ("the risk
of hydrocephalus", "dementia incidence"), as what a group within them had or a group it left out
("a subgroup of patients with sepsis", "excluding people with epilepsy"), or none of these.
`condition.conditions_of` counts only the first kind as what a paper studied.
"""

from __future__ import annotations

import re

# Words before a condition that say the paper studied it, not that it came up as an outcome
# ("children with Down syndrome", "drugs for schizophrenia", "to prevent wound infection";
# never "produced more movement disorders", "reduced sepsis").
_STUDIED_BEFORE = re.compile(
    r"\b(?:with|for|against|treat(?:s|ed|ing)?|treatments? (?:of|in)|management of|"
    r"prevent(?:s|ed|ing)?|prevention of|diagnosed with|living with|(?:people|patients|"
    r"children|adults|women|men|infants) (?:who have|having|in)|following|after)"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
# ... or the words after it: "head injury patients", "stroke survivors".
_STUDIED_AFTER = re.compile(r"^\s+(?:patients|sufferers|survivors)\b", re.I)
# A name that says which operation, test or service, not what the people had: "after breast
# cancer surgery", "Down syndrome screening" (the paper may be about any operation).
_OF_A_PROCEDURE = re.compile(
    r"^\s+(?:surgery|surgeries|operations?|resections?|screening|services?|clinics?|units?)\b",
    re.I,
)
# Words before a condition that say it was measured, not what the people had: "the risk of
# hydrocephalus", "the incidence of dementia", "the development of diabetes", and each name of
# a list they open ("the risk of vasospasm, delayed ischaemia, and hydrocephalus").
_OUTCOME_BEFORE = re.compile(
    r"\b(?:(?:risks?|incidence|development|onset|occurrence|odds|chances?) of|outcomes? (?:of|was|"
    r"were)|outcomes? included|in relation to|(?:little|no) (?:or no )?difference (?:to|in))\s+"
    # a list of outcomes before it, with the paper's abbreviations in brackets
    r"(?:the\s+)?(?:new\s+)?(?:[^.;:]{0,140}?(?:,|\band\b|\bor\b)\s+)?"
    r"(?:(?!(?:to|for|in|with|by|on|the|an?|that|which)\b)[\w'’-]+\s+){0,2}$",
    re.I,
)
# A factor found to go with what was studied ("edema was associated strongly with diabetes,
# varicose veins, ..."), not what the people had (plaba 23979346 was said to be "about
# diabetes"); never past another "with" ("linked with poor sleep in people with epilepsy").
_FACTOR_BEFORE = re.compile(
    r"\b(?:associated|linked|correlated) (?:\w+ )?with\s+(?:(?!\bwith\b)[^.;:]){0,80}$", re.I
)
# ... or after it: "dementia incidence", "asthma at 6 months".
_OUTCOME_AFTER = re.compile(
    # (its abbreviation may stand between: "tuberculosis (TB) reactivation")
    r"^\s+(?:\([^()]{1,30}\)\s+)?(?:incidence|risk|rates?|reactivation|at (?:\d|one|two|three|"
    r"six|twelve|follow)|within \d)\b"
    r"(?! (?:mitigation|factors?|groups?|scores?|assessment|management)\b)",
    re.I,
)
# The measure said right before the name: an outcome even after "to prevent" ("prevents the
# development of dementia in people with high blood pressure").
_MEASURE_BEFORE = re.compile(
    r"\b(?:(?:risks?|incidence|development|onset|occurrence) of (?:the )?(?:new )?|"
    r"develop(?:s|ed|ing)? (?:an? )?)$",
    re.I,
)
# "the effect of delirium, which ...": a factor in their course, not what all of them had (never
# "the effects of tuberculosis preventive treatment", where the name says which treatment); "the
# effect on sepsis and ...": an outcome measured.
_EFFECT_OF_BEFORE = re.compile(r"\beffects? (?:of|on) (?:the )?$", re.I)
_ENDS_THE_PHRASE = re.compile(r"^\s*(?:[,;.)]|$|(?:which|that|on|in|and|or)\b)", re.I)
# A group within the paper's people, not what they all had ("in a subgroup of patients with
# subarachnoid haemorrhage", "a subset of children with asthma"), or one they did not have
# ("patients with no prior stroke", "adults without diabetes").
_SCOPED_BEFORE = re.compile(
    r"\b(?:subgroups?|subsets?) of\b[^.;:]{0,60}$"
    # a subgroup analysis names its groups ("subgroup analyses to assess ... the effect in
    # different populations (sepsis, trauma, ...)"); "such as those with X" gives an example
    # of a wider group (independent readers found "This review was about sepsis." for a review
    # of all critically ill patients)
    r"|\bsubgroup analys[ie]s\b[^.;:]{0,120}$"
    r"|\b(?:populations|subgroups|groups|settings)\s*\((?:[^()]{0,80}?,\s*)?$"
    r"|\bsuch as (?:those|people|patients|children|adults|women|men|participants) (?:with|"
    r"having|who have) (?:[\w-]+ ){0,2}$"
    r"|\b(?:(?:with|had|having|have|has) no|without|free of|free from|(?:do|does|did) not have|"
    r"not having)\s+(?:(?:a|an|any|prior|"
    r"previous|known|apparent|concurrent|history of|signs? of|evidence of)\s+){0,2}$",
    re.I,
)
# A group the paper left out, not what its people had: "those with severe sinusitis, because
# these populations were not included", "excluding people with epilepsy".
_LEFT_OUT_AFTER = re.compile(
    # in the same clause: never past a verb of what they did or a relative clause ("Adults
    # with gout took the drug, and none had side effects that were not included ...")
    r"^(?:(?!\b(?:that|which|who|whose|took|had|received|got|showed|found|used)\b)[^.;]){0,160}?"
    r"\b(?:(?:was|were|are|is|had been) (?:not included|excluded|not eligible|"
    r"not studied|not enrolled|not recruited)|(?:was|were) left out)\b",
    re.I,
)
_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:excluded|excluding|exclusion of|except(?:ing)?|exception of|other than|did not include|"
    r"not include)"
    r"\b[^.;]{0,80}$",
    re.I,
)
# ... or a group compared with another: "sepsis versus non-sepsis subgroups".
_SCOPED_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}\s+subgroups?\b", re.I)


STUDIED, OUTCOME, SCOPED, SAID = "studied", "outcome", "scoped", "said"


def how_named(text: str, start: int, end: int) -> str:
    """How the sentence names the condition at `text[start:end]`: as what the people had
    (`STUDIED`: "children with X", "drugs for X", "X patients", "outcome after X"), as an
    outcome measured (`OUTCOME`: "the risk of X", "X at 6 months", "X following a bleed"), as
    what a group within them had or a group left out (`SCOPED`: "a subgroup of patients with
    X", "excluding people with X", "those with X were not included"), or neither."""
    before, after = text[max(0, start - 160) : start], text[end : end + 30]
    if _SCOPED_BEFORE.search(before) or _SCOPED_AFTER.match(after):
        return SCOPED
    if _LEFT_OUT_BEFORE.search(before) or _LEFT_OUT_AFTER.match(text[end : end + 200]):
        return SCOPED  # a group left out
    if _MEASURE_BEFORE.search(before) or _FACTOR_BEFORE.search(before):
        return OUTCOME
    if _EFFECT_OF_BEFORE.search(before) and _ENDS_THE_PHRASE.match(after):
        return OUTCOME
    if _OF_A_PROCEDURE.match(after):
        return SAID
    if _STUDIED_BEFORE.search(before[-60:]) and not _OUTCOME_AFTER.match(after):
        return STUDIED
    if _STUDIED_AFTER.match(after):
        return STUDIED
    if _OUTCOME_BEFORE.search(before) or _OUTCOME_AFTER.match(after):
        return OUTCOME
    return SAID
