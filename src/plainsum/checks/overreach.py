"""Overreach: for a lab or animal study, a sentence stating as fact an effect in people or
patients; for an observational study, cause words ("causes", "leads to", "protects against")
for what can only be a link."""

from __future__ import annotations

import re

from ..schemas import StudyDesign
from .polarity import NEGATOR, claims_in
from .study_statements import STUDY_CLAIM

_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|if|whether|hope|hoped|one day|future|not yet|"
    r"more research|further research|need(?:s|ed)? to|would need|it is possible|suggests?|"
    # "a possible route to repair", "support testing it in people": what may be, or a next step
    r"possible|potential|support(?:s|ed)? (?:testing|trials?|studies)|"
    r"warrants? (?:testing|trials?|study)|"
    r"in (?:mice|rats|animals|cells|the lab|a dish)|animals?|mouse|mice|rats?|"
    # cells as the setting ("mouse cells", "cells in a dish"), not as what grows in people
    # ("more brain cells in growing children")
    r"(?:mouse|rat|animal|lab|cultured|human|grown|these|the) cells?|cell (?:cultures?|lines?)|"
    r"cells? (?:in|from) (?:a|the) (?:dish|lab|culture))\b",
    re.I,
)
_IN_PEOPLE = re.compile(
    r"\b(?:people|patients|humans|persons|everyone|anyone|adults|children|women|men|"
    # the young are people too: "babies born early grow more brain cells"
    r"babies|baby|infants|newborns|toddlers|kids|"
    r"MS patients|people with MS|those with MS)\b",
    re.I,
)
# MS itself, the disease of people ("will make MS milder"), not an MS-like illness
_MS_ITSELF = re.compile(r"(?<![\w-])MS(?![\w-])")
_EFFECT_AS_FACT = re.compile(
    r"\b(?:can|will|does|do|did)? ?(?:increases?|reduces?|lowers?|raises|improves?|"
    r"protects?|prevents?|causes?|drives?|triggers?|worsens?|slows?|stops?|helps?|treats?|"
    r"heals|repairs?|restores?|boosts?|blocks?|"
    # any verb of change said of people: "builds more brain cells in children", "keeps people
    # from getting ill"
    r"builds?|rebuilds?|grows?|keeps?|shields?|sharpens?|strengthens?|weakens?|cuts?|eases?|"
    r"relieves?|extends?|lengthens?|prolongs?|saves?|fights?|kills?|clears?|speeds? up|"
    r"delays?|dulls?|calms?|soothes?|fixes|"
    # "will make TB milder in patients": a change said of people, as fact
    r"makes? (?:\w+ ){1,3}?(?:milder|better|worse|weaker|stronger|healthier|sicker))\b",
    re.I,
)
# "are better protected from infection", "can be treated by blocking it": an effect said of
# people in the passive ("were treated with", a method, is not one)
_PASSIVE_EFFECT = re.compile(
    r"\b(?:be|been|being|is|are|was|were|get|gets|got|become|becomes)\s+(?:\w+\s+)?"
    r"(?:protected|cured|healed|shielded|saved|spared|helped|treated(?!\s+with\b)|"
    r"relieved|freed)\b",
    re.I,
)
# "will walk better if they take it": a promise on a condition, not a hedge
_PROMISE_IF = re.compile(r"(\bwill\b[^.;]{1,80}?)\b(?:if|once|when)\b", re.I)
# "X was also raised in the blood of patients": a finding said of people, in the past tense.
_FOUND_IN = re.compile(
    r"\b(?:was|were|is|are)\s+(?:also\s+|often\s+|much\s+)?(?:raised|higher|lower|increased|"
    r"decreased|reduced|elevated|found|seen|present|detected|common|rarer|absent|missing)\s+"
    r"(?:in|among)\b",
    re.I,
)
_COUNTED_PEOPLE = re.compile(
    r"\b\d[\d,]*\s+(?:(?:out\s+)?of\s+(?:the\s+|all\s+)?\d[\d,]*\s+)?(?:\w+\s+)?(?:people|"
    r"patients|persons|adults|children|women|men|participants|donors|volunteers|babies|"
    r"infants|newborns)\b",
    re.I,
)
# A pointer or an aside to the reader; "doctors" alone is not one ("It shows how doctors can
# stop children being born with limb differences" claims a use in people).
_ADDRESSES_READER = re.compile(
    r"\b(?:you|your|their (?:own )?(?:doctor|nurse|neurologist)s?|questions?|talk (?:to|with)|"
    r"ask|care team|team that)\b",
    re.I,
)
_CAUSE_WORDS = re.compile(
    r"\b(?:causes?|caused|causing|leads? to|led to|results? in|resulted in|triggers?|triggered|"
    r"drives?|drove|prevents?|prevented|protects? against|protected against|is responsible for|"
    r"are responsible for|makes? (?:\w+ )?(?:worse|better)|because of|due to|thanks to|"
    # a thing said to move the outcome: "going to the group brought their depression down"
    r"brought (?:[\w'’]+ ){1,4}?(?:down|up)|(?:brings|bring) (?:[\w'’]+ ){1,4}?(?:down|up)|"
    r"(?:push|pushes|pushed|drive|drives|drove|drag|drags|dragged) (?:[\w'’]+ ){0,4}?"
    r"(?:down|up)|"
    # "poor sleep brings on low mood", "sets off flares", "gives rise to", "speeds up decline"
    r"brings? on|brought on|bringing on|sets? off|gives? rise to|gave rise to|speeds? up|"
    r"sped up)\b",
    re.I,
)
# A thing said to move a risk: "napping raises the risk of diabetes", "low vitamin D doubled
# the risk", "smoking makes people more likely to ..." (not "was linked to increased odds")
_DET = r"(?:the|your|their|his|her|a|an|one's|people's|its)\s+"
_RISK = r"(?:[\w-]+\s+)?(?:risk|odds|chances?|likelihood)\b"
_RISK_CAUSE = re.compile(
    rf"\b(?:(?:raises|increases|lowers|reduces|cuts|boosts|doubles|halves|triples)\s+(?:{_DET})?"
    rf"|(?:raised|increased|lowered|reduced|cut|boosted|doubled|halved|tripled|raise|increase|"
    rf"lower|reduce|cut|boost|double|halve)\s+{_DET}){_RISK}"
    r"|\bmak(?:es|e|ing)\s+(?:people|you|them|someone|patients|women|men|children|adults)\s+"
    r"(?:\w+\s+)?(?:more|less)\s+likely\b",
    re.I,
)
# What the study is said to show: "It shows that ...", "This proves that ..."
_SHOWS = re.compile(r"\b(?:shows?|proves?|proved|means|confirms?|tells us) that\b", re.I)
_NEGATED_CAUSE = re.compile(
    r"\b(?:not|cannot|can't|no|unclear|unknown|whether|if|may|might|could|"
    # "the evidence that X reduces the risk was conflicting": weighed, not said
    r"evidence (?:that|for|of))\b[^.]{0,60}$",
    re.I,
)
# "Infections are risk factors for kidney injury": the paper names what raises a risk
_RISK_FACTOR = re.compile(r"\b(?:risk|predisposing|causal) factors?\b", re.I)


_WILL = re.compile(r"\b(?:will|won't|are going to|is going to)\b", re.I)


# a change in how much there is of a thing ("will bring blood sugar down"), not a benefit said
# of a study's use ("will help doctors")
_AMOUNTS = frozenset({"up", "down"})


def _promised_change(
    sentence: str,
    directions: frozenset[str] = frozenset({"up", "down", "better", "worse", "effect"}),
) -> re.Match[str] | None:
    """ "will" before a direction ("will walk better", "will have fewer relapses"): a change
    promised as sure; only of `directions` when given."""
    will = _WILL.search(sentence)
    if will and any(
        c.said_at > will.start() and c.polarity in directions for c in claims_in(sentence)
    ):
        return will
    return None


def _states_a_change(sentence: str) -> bool:
    """Whether a paper's sentence states a change (an effect word, a direction), not only who
    gave the samples ("Blood was taken from 12 people with the disease")."""
    return bool(_EFFECT_AS_FACT.search(sentence)) or any(
        c.polarity in ("up", "down", "better", "worse", "effect") for c in claims_in(sentence)
    )


def _hedged(sentence: str) -> bool:
    """Whether `sentence` keeps a doubt: a hedge other than the condition of a promise ("will
    walk better if they take it")."""
    return bool(_HEDGE.search(_PROMISE_IF.sub(r"\1", sentence)))


# A germ or gene named by what it does in people ("the one that causes TB in people"): what
# the thing is, not a result of the study.
_DEFINED_BY_EFFECT = re.compile(
    r"\b(?:germs?|virus(?:es)?|bacteri(?:a|um)|ones?|organisms?|parasites?|microbes?|"
    r"strains?|genes?|mutations?)\s+(?:that|which)(?:\s+\w+)?\s*$",
    re.I,
)


def overreach(sentence: str, design: StudyDesign, evidence: list[str]) -> str | None:
    """Why `sentence` claims more than a study of this design can show, if it does. What the
    paper itself states the same way (its aligned `evidence` sentences) is not overreach."""
    if design in (StudyDesign.LAB, StudyDesign.ANIMAL):
        person = _people(sentence)
        effect = (
            _EFFECT_AS_FACT.search(sentence)
            or _PASSIVE_EFFECT.search(sentence)
            or _promised_change(sentence)
            or (
                # "raised in 8 of the 11 people": a count says the paper tested their samples
                None if _COUNTED_PEOPLE.search(sentence) else _FOUND_IN.search(sentence)
            )
        )
        if effect and NEGATOR.search(sentence[max(0, effect.start() - 40) : effect.start()]):
            effect = None
        if effect and _DEFINED_BY_EFFECT.search(sentence, 0, effect.start()):
            effect = None  # "a germ related to the one that causes TB in people": what it is
        if _ADDRESSES_READER.search(sentence):
            return None  # a pointer or an aside to the reader, not a finding
        if effect and not person:
            person = _ms_acted_on(sentence, effect.start())
        if person and effect and not _hedged(sentence):
            if any(
                _IN_PEOPLE.search(e) and not _HEDGE.search(e) and _states_a_change(e)
                for e in evidence
            ):
                return None  # the paper states the effect in people itself
            where = "in cells" if design == StudyDesign.LAB else "in animals"
            return f"states an effect in people as fact, but this study was done {where}"
    if design == StudyDesign.OBSERVATIONAL:
        will = None if _hedged(sentence) else _promised_change(sentence, _AMOUNTS)
        if not will and not _hedged(sentence):
            will = _WILL.search(sentence)  # "will bring their blood sugar down": cause words
            will = will if will and _states_cause(sentence[will.start() :]) else None
        if will and not any(_states_cause(e) for e in evidence):
            # "Giving children vitamin D will bring their blood sugar down."
            return (
                f"promises a change ({will.group(0)!r} ...) that a study which only watched "
                "people can show only as a link"
            )
    if design == StudyDesign.OBSERVATIONAL and _link_as_cause(sentence, evidence):
        # drawn on the paper's own link: "Loneliness causes depression" where the paper says
        # "lonely respondents were more likely to have depression (odds ratio 3.4)"
        if not any(_states_cause(e) for e in evidence):
            m = _states_cause(sentence)
            return f"uses cause words ({m.group(0)!r}) for a link the paper found" if m else None
    if design == StudyDesign.OBSERVATIONAL and (
        STUDY_CLAIM.search(sentence) or _SHOWS.search(sentence) or _RISK_CAUSE.search(sentence)
    ):
        if any(_states_cause(e) for e in evidence):
            return None
        m = _states_cause(sentence)
        if (
            m
            and _RISK_CAUSE.fullmatch(m.group(0))
            and any(_RISK_FACTOR.search(e) for e in evidence)
        ):
            return None  # "raises the risk" for the paper's "a risk factor for"
        if m:
            return f"uses cause words ({m.group(0)!r}) for what this study can only show as a link"
    return None


# the paper's words for a link it found (not a cause): the summary sentence drawn on it reports
# the study's finding, not background
_LINK = re.compile(
    r"\b(?:associat\w*|linked|correlat\w*|relation(?:ship)?s?|(?:odds|hazard|risk) ratios?|"
    r"a?[OH]R\b|(?:more|less) likely)\b",
    re.I,
)


# the plainest cause verbs, said flatly of a thing: "X causes Y", "X drives Y" (not "deaths due
# to", "can lead to", a reason or a kind of outcome)
_CAUSE_VERB = re.compile(
    r"^[^,;:]{3,80}?\b(?:causes|caused|drives|drove|triggers|triggered|leads to|led to|protects "
    r"against|protected against|prevents|prevented)\b",
    re.I,
)
_MODAL = re.compile(r"\b(?:can|could|may|might|often|usually|sometimes|not|no|if|whether)\b", re.I)


def _link_as_cause(sentence: str, evidence: list[str]) -> bool:
    """Whether `sentence` opens by saying one thing causes another, flatly, and draws on a
    sentence of the paper that reports a link (a background fact draws on none)."""
    m = _CAUSE_VERB.search(sentence)
    if not m or _MODAL.search(m.group(0)):
        return False
    return any(_LINK.search(e) for e in evidence)


# Cause words that say what a thing is, not what the study found: a relative clause or a
# compound naming it ("the virus that causes COVID-19", "what caused the injury",
# "disease-causing variants"), a purpose ("a blood thinner to prevent clots"), a noun ("the
# causes of dystonia"), a capacity ("capable of causing inflammation"), or a step of the
# writer's reasoning ("Because of this, most could not be classified").
_NAMES_A_THING = re.compile(
    r"(?:\b(?:that|which|what)\s+|-|\bto\s+|\b(?:capable of|able to|known to|thought to|said "
    r"to|the|its|their|possible|underlying|main|root|likely|known)\s+)$",
    re.I,
)
_REASONING = re.compile(r"because of (?:this|that|these|it)\b", re.I)
# Why people or their doctors did something, not what the study found: "insulin was started
# due to symptoms", "stopped the drug because of side effects".
_REASON_FOR_ACT = re.compile(
    r"\b(?:started|stopped|begun|chosen|changed|withdrawn|withdrew|excluded|dropped out|"
    r"referred|admitted|switched|discontinued|prescribed|given|left|removed)\s+(?:[\w-]+\s+)"
    r"{0,2}$",
    re.I,
)


def _states_cause(sentence: str) -> re.Match[str] | None:
    """The first cause words `sentence` states of the study's finding without negating or
    hedging them."""
    for m in sorted(
        [*_CAUSE_WORDS.finditer(sentence), *_RISK_CAUSE.finditer(sentence)], key=lambda m: m.start()
    ):
        if _NAMES_A_THING.search(sentence, 0, m.start()) or _REASONING.match(sentence, m.start()):
            continue
        before = sentence[: m.start()]
        if before.count("(") > before.count(")") or _REASON_FOR_ACT.search(before):
            continue  # a gloss in brackets, or the reason for an act
        if not _NEGATED_CAUSE.search(sentence[: m.start()]):
            return m
    return None


def _ms_acted_on(sentence: str, after: int) -> re.Match[str] | None:
    """MS named from the effect at `after` on as what it changes ("will make MS milder",
    "repairs MS damage"), with no denial between ("grows, not at MS itself")."""
    m = _MS_ITSELF.search(sentence, after)
    if m is None or _DENIED_BETWEEN.search(sentence, after, m.start()):
        return None
    return m


_DENIED_BETWEEN = re.compile(r"\b(?:not|no|never|nor|without|rather than|instead of)\b", re.I)


# "a coronavirus that infects humans and bats": people named in what a thing is
_DEFINING_CLAUSE = re.compile(r"\b(?:that|which)\s+\w+\s+(?:\w+\s+)?$", re.I)


def _people(sentence: str) -> re.Match[str] | None:
    """The first mention of people in `sentence` outside a clause defining a thing."""
    for m in _IN_PEOPLE.finditer(sentence):
        if not _DEFINING_CLAUSE.search(sentence, 0, m.start()):
            return m
    return None
