"""Which sense a glossary term has here: its plain phrase is swapped in only where the sentence
(or the whole paper) shows the sense the phrase has. A "vehicle" in a lab study is the liquid a
drug is given in; "subjects" are people only in a study of people; a "concentration" is a
"level" only as the amount of something in the body, never a product's strength or the power to
focus; an "intervention" is a "treatment" only when it is a medical one, never a programme of
education, exercise or support, a screening, a policy or a change to a setting.
"""

from __future__ import annotations

import re

__all__ = ["kept_terms", "sense_fits"]

# Terms with more than one sense: swapped only where the sentence shows the sense the plain
# phrase has (a "vehicle" in a lab or animal study is the liquid a drug is given in; "subjects"
# are people only in a study of people).
_PEOPLE_WORDS = re.compile(
    r"\b(?:people|patients|participants|adults|children|women|men|volunteers|subjects|"
    r"individuals|infants|persons|smokers|students|veterans)\b",
    re.I,
)
# An "intervention" that is no treatment: a programme of education, exercise or support, a
# screening, a policy or a change to a setting ("interventions in the server setting", "a school
# smoking intervention"); "treatment" would say it was a medical one.
_NOT_TREATMENT = re.compile(
    r"\b(?:educat\w*|training|teaching|programm?es?|schools?|polic(?:y|ies)|servers?|premises|"
    r"bars?|communit(?:y|ies)|campaigns?|screening|support|supportive|behaviou?r(?:al)?|"
    r"lifestyle|exercise|physical activity|organi[sz]ational|financial|incentives?|workplace|"
    r"media|legislat\w*|regulat\w*|environment(?:al)?|crime|reminders?|leaflets?|"
    r"decision aids?|parenting|famil(?:y|ies)|quality improvement|health promotion|advice|"
    r"information|e-?mails?|text messag\w*|telephone|mentoring|peers?|"
    r"professionals?|practitioners?|providers?|care homes?|nursing homes?)\b",
    re.I,
)
# A "concentration" is a "level" only as the amount of something in the body: in blood, urine,
# a tissue, a fluid of the body, or a marker measured there ("haemoglobin concentration",
# "antibiotic concentrations in the CSF").
_IN_THE_BODY = re.compile(
    r"\b(?:blood|serum|plasma|urine|urinary|faecal|fecal|stool|CSF|cerebrospinal|spinal fluid|"
    r"tissues?|brain|liver|kidneys?|muscles?|bones?|cells?|cellular|intracellular|erythrocytes?|"
    r"saliva|salivary|sweat|tears|hair|haemoglobin|hemoglobin|ferritin|hormones?|cortisol|"
    r"insulin|glucose|cholesterol|lipids?|triglycerides?|antibod(?:y|ies)|IgG|IgM|IgA|"
    r"vitamins?|iron|zinc|iodine|folate|sodium|potassium|calcium|magnesium|markers?|"
    r"biomarkers?|circulating|body|bodies)\b",
    re.I,
)
# ... never the strength of a product or a dose ("a concentration of 1%", "a lower concentration
# of hypertonic saline", "whey protein concentration"), nor the power to focus ("poor
# concentration", "a drug that improves concentration"): "level" would say something else.
_NOT_A_LEVEL = re.compile(
    r"\bconcentrations? of \d|\d\s*(?:%|percent|ppm|mg|g|ml|mmol|units?)\b[^.;]{0,20}"
    r"\bconcentration|\b(?:solutions?|saline|oxygen|gas|sprays?|creams?|gels?|drops|mouthwash\w*|"
    r"sclerosants?|sclerosing|crystalloids?|products?|formulas?|formulations?|infusions?|"
    r"preparations?|milk|juice|whey|concentrates?|doses?|dosing)\b"
    r"|\b(?:attention|attentive|memory|focus\w*|vigilance|alert\w*|fatigue|tired\w*|sleep\w*|"
    r"mood|thinking|cognit\w*|mental\w*|poor concentration|lack of concentration|"
    r"loss of concentration|concentration (?:ability|span|problems?|difficult\w*))\b",
    re.I,
)
_SENSES: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "concentration": (_IN_THE_BODY, _NOT_A_LEVEL),
    "concentrations": (_IN_THE_BODY, _NOT_A_LEVEL),
    "intervention": (None, _NOT_TREATMENT),
    "interventions": (None, _NOT_TREATMENT),
    "intervention group": (None, _NOT_TREATMENT),
    "vehicle": (
        re.compile(
            r"\b(?:treated|injected|given|received|administered|dosed|mice|rats|cells|drug|"
            r"compound|control|placebo)\b",
            re.I,
        ),
        re.compile(r"\b(?:motor|road|traffic|crash|driv\w+|car|cars)\b", re.I),
    ),
    "subjects": (None, re.compile(r"\b(?:mice|rats|animals|monkeys|dogs|pigs)\b", re.I)),
    "recruited": (_PEOPLE_WORDS, None),
    "enrolled": (_PEOPLE_WORDS, None),
}


def sense_fits(term: str, sentence: str) -> bool:
    """Whether `sentence` uses `term` in the sense its plain phrase has."""
    rule = _SENSES.get(term.lower())
    if rule is None:
        return True
    need, refuse = rule
    if need is not None and not need.search(sentence):
        return False
    return not (refuse is not None and refuse.search(sentence))


_INTERVENTION = frozenset({"intervention", "interventions", "intervention group"})
# Words that say a paper studies a medical treatment: its "interventions" are treatments.
_MEDICAL = re.compile(
    r"\b(?:treat(?:s|ed|ing|ments?)?|therap(?:y|ies|eutic)|drugs?|medications?|medicines?|"
    r"placebo|surg(?:ery|ical)|operations?|vaccin\w*|supplement\w*|doses?|dosing|mg)\b",
    re.I,
)
# "educational interventions", "school smoking interventions": the paper names its
# interventions as something other than a treatment.
_NAMED_OTHERWISE = re.compile(
    rf"{_NOT_TREATMENT.pattern}(?:[ -][\w-]+){{0,2}}[ -]interventions?\b", re.I
)


def kept_terms(paper: str) -> frozenset[str]:
    """The glossary terms `paper` uses in a sense their plain phrase does not have, to be kept
    as written in all its sentences: "intervention(s)" when the paper names no medical
    treatment (a review of "interventions implemented in the server setting") or names its
    interventions as education, support, screening or the like ("educational interventions"):
    there "treatment" would be false even where a sentence alone does not show it
    ("Compliance with interventions appears to be a problem")."""
    if not _MEDICAL.search(paper) or _NAMED_OTHERWISE.search(paper):
        return _INTERVENTION
    return frozenset()
