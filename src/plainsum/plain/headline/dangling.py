"""A headline that points at something it does not name: never published.

A headline is read first and alone. "Another study found no difference" (besides which?), "One
showed more weight gain" (one of what?), "He was diagnosed with X" (who?), "It is unclear whether
they spread" (who are they?), "The true effect is likely to be different" (of what?) each lean
on a sentence the reader has not seen, as does "such treatment". `standalone`
catches the pointers any sentence of the body must not open with ("They helped", "This effect");
these are the ones only a headline cannot carry ("Another study" and "the other trial" read
well in a body after the first study).
"""

from __future__ import annotations

import re

from ...checks.referents import unintroduced_groups

# An opening that counts on one said before it.
_POINTS_BACK = re.compile(
    r"^(?:Another|The other|The second|A second|The remaining|The rest|The latter|"
    r"The former)\b"
    # "One showed X": one of what, it does not say ("One study", "One in five people" say it)
    r"|^One (?!(?:[\w-]+ ){0,2}(?:study|studies|trial|trials|review|analysis|cohort|of|in|out|"
    r"person|people|participants?|patients?|children|adults|women|men|case|group|dose|year|"
    r"month|week|day|session)\b)"
    # "Four altered the share of X", "Both improved": how many of what, it does not say
    r"|^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|Both|All|Most|Several|Many|Some|"
    r"None|Neither|Each) (?=(?:also |then )?(?:altered|improved|reduced|increased|decreased|"
    r"lowered|raised|changed|helped|worked|failed|differed|favoured|favored|compared|assessed|"
    r"examined|evaluated|investigated|looked|used|included|measured|suggested|indicated|"
    r"demonstrated|showed|found|reported|had|were|was|did|gave|led|saw|made|took|ran)\b)"
    # "The identified members suggest X": identified where, the headline does not say
    r"|^(?:The|These|Those) (?:identified|above(?:-mentioned)?|aforementioned|abovementioned|"
    r"described|mentioned|selected|proposed|presented|investigated|examined|studied|tested) "
    r"(?!(?:studies|trials|reviews?|papers|articles)\b)"
)
# "they", "them", "their" with no plural noun before them to stand for (the word right before
# "their" is its verb: "This review illustrates their impact"); "he", "his" with no person.
_THEY = re.compile(r"\b(?:they|them|their)\b", re.I)
_PLURAL = re.compile(
    r"\b(?!(?:this|thus|its|is|was|has|does|us|his|hers|yes|perhaps|whereas)\b)"
    r"[a-z][\w-]*[^s\W]s\b|\b(?:people|children|men|women|mice|bacteria|fungi|larvae|"
    r"teeth|feet|nuclei|microglia|glia|criteria|phenomena|taxa|foci|stimuli)\b",
    re.I,
)
_HE = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
_PERSON = re.compile(
    r"\b(?:man|woman|boy|girl|child|baby|infant|patient|person|mother|father|adult)\b", re.I
)


# "in the other comparisons", "the evidence for other calcium antagonists": other than one
# named before ("the other hand", "other than X" name what they set apart).
_OTHER = re.compile(
    r"\bthe other (?!hand\b)|^(?:The |There is (?:\w+ ){0,2})?evidence (?:for|on|about) other\b"
    # "Other membrane-stabilizing drugs are probably just as helpful" (plaba 15902691, a freeze
    # reader's worst headline): as helpful as the drug the sentence before named
    r"|\b(?:just|equally|about) as (?:\w+ )?(?:helpful|effective|good|safe|well|"
    r"useful|beneficial|bad|harmful|common|likely)\s*$",
    re.I,
)


# An effect with no "of what" as the subject, its verb right after it: "The true effect is
# likely to be greatly different", "Benefit up to 6 months was apparent", "The size of the
# effect was similar to other good painkillers" (the effect of what, the headline does not
# say). "The effect of X was small", "Benefits for pain were seen" and "Estimates suggest X"
# name what they are of or say the claim.
_WHOSE_EFFECT = re.compile(
    r"^(?:The |This |That |Such |Any )?(?:(?:size|magnitude) of the )?(?:true |real |actual |"
    r"overall |pooled |observed |estimated |apparent )?(?:effects?|benefits?|differences?|"
    # "The link was independent of MRI lesion load" (the link between what: u2)
    r"associations?|links?|relationships?|correlations?)"
    # "The difference from placebo was clear for 15 mg and 30 mg": set against a control or
    # between the groups, still of what and on what, it does not say (the lead's held-out w5)
    r"(?: (?:from|with|versus|vs\.?|compared (?:with|to)|over) (?:the )?(?:placebo|control|"
    r"controls|usual care|sham)(?: group)?| between (?:the )?(?:two |three )?(?:groups|arms))?"
    r"(?: (?:up to|at|by|until|over|after|beyond) [\w-]+(?: [\w-]+){0,2}?)?"
    r" (?:is|are|was|were|may|might|could|can|would|will|seems?|seemed|appears?|appeared|"
    r"remains?|remained|did|does|do)\b",
    re.I,
)


# "The two techniques may be equally successful", "between the two subcategories": which two,
# a sentence before it named; unless the headline names them first ("open and closed surgery
# ... the two techniques", "X compared with Y").
_THE_TWO = re.compile(
    r"\b(?:the|these|both|those) (?:two|three|four) (?:[\w-]+ )?(?:techniques|methods|"
    r"treatments|approaches|groups|arms|interventions|procedures|drugs|medicines|therapies|"
    r"strategies|types|options|programmes|programs|subcategories|categories|subgroups|forms|"
    r"kinds|regimens|doses|devices|tests|conditions|diseases)\b",
    re.I,
)
_NAMES_SEVERAL = re.compile(r"\b(?:and|or|versus|vs|with|than)\b", re.I)


# "No other index was linked with X", "There were no other clear differences": other than the
# ones a sentence before named ("no other ... than Y", "besides Y", "apart from Y" name them).
# "to prefer one medicine over the other", "either one or the other": the pair the sentence sets
# against each other, no other said before it.
_ONE_THE_OTHER = re.compile(
    r"\b(?:one|either)(?: [\w-]+){0,2} (?:over|or|than|and|from|to|versus) the other\b", re.I
)


_NO_OTHER = re.compile(r"\bno other\b(?![^.;]*\b(?:than|besides|apart from|except)\b)", re.I)
# "Infectivity decreases thereafter": after a time the sentence before gave, unless this one
# names it before ("peaks on day 3 and falls thereafter").
_THEREAFTER = re.compile(r"\bthereafter\b", re.I)
_TIME_SAID = re.compile(
    r"\d|\b(?:days?|weeks?|months?|years?|hours?|onset|birth|peaks?|peaked|start\w*|first|"
    r"initial\w*|begin\w*|diagnosis|surgery|treatment|then)\b",
    re.I,
)


# "There was no evidence that such treatment reduced deaths": such as what, the sentence before
# it said (never "such as", which names them).
_SUCH = re.compile(
    r"\bsuch (?:an? )?(?:treatments?|interventions?|therapy|therapies|approach(?:es)?|"
    r"programmes?|programs?|measures?|drugs?|medicines?|methods?|strateg(?:y|ies)|studies|"
    r"trials|patients|people|cases|effects?|changes?|findings?|results?|use)\b",
    re.I,
)


# "Removing T cells with an antibody abolished the benefit": the benefit of what, the sentence
# before it said (the lead's hand-written mouse study u10 headed with it, its main finding in
# the conclusion after it); "abolished the benefit of X" names it.
_UNSAID_GAIN = re.compile(
    r"\b(?:lost|(?:abolish|remov|revers|block|cancel|eliminat|negat|los|prevent|abrogat)"
    r"(?:ed|es|e|s)?) "
    r"(?:all |most |much |part |some )?(?:of )?the (?:(?:protective|beneficial) )?(?:benefits?|"
    r"protection|effects?|improvements?|gains?)\b(?! (?:of|from|that|seen with|given by)\b)",
    re.I,
)


def _after_unsaid_time(text: str) -> bool:
    """Whether "thereafter" follows no time the sentence itself names (`_THEREAFTER`)."""
    m = _THEREAFTER.search(text)
    return bool(m and not _TIME_SAID.search(text[: m.start()]))


def names_neither(text: str) -> bool:
    """Whether a headline says "the two techniques" without naming them first (`_THE_TWO`),
    or a set of compared groups no word of it sets up ("between the 2 groups", "both groups",
    "in either group": the gate's `referents.unintroduced_groups`, read of the headline alone,
    as a reader meets it first): the finding, but of what, a reader cannot tell."""
    two = _THE_TWO.search(text)
    if two and not _NAMES_SEVERAL.search(text[: two.start()]):
        return True
    # (groups by that word only: "both treatments", "the two methods" after "X and Y" are
    # `_THE_TWO`'s to judge, and the gate's reading of them is wider than a headline's)
    return any(
        re.search(r"\b(?:groups?|arms?)$", span, re.I)
        and not _NAMES_SEVERAL.search(text[: text.find(span)])
        for _, span in unintroduced_groups([text])
    )


def dangles(text: str) -> bool:
    """Whether a headline leans on something it does not name (see the module docstring)."""
    if _POINTS_BACK.match(text) or _WHOSE_EFFECT.match(text):
        return True
    if _OTHER.search(_ONE_THE_OTHER.sub("", text)):
        return True
    if _NO_OTHER.search(text) or _SUCH.search(text) or _after_unsaid_time(text):
        return True
    if _UNSAID_GAIN.search(text):
        return True
    they = _THEY.search(text)
    if they and not _PLURAL.search(" ".join(text[: they.start()].split()[:-1])):
        return True
    he = _HE.search(text)
    return bool(he and not _PERSON.search(text[: he.start()]))
