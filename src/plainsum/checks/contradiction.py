"""Contradiction: a summary sentence whose claims say the opposite of the source sentences
about the same thing (an effect where the paper says "no difference", up where it says down),
or that gives an effect another size ("large drops" where the paper says "small
improvements").

Two claims are about the same thing when they share enough of what they are about, counting
a plain word for the paper's term as that term ("tiredness" for "fatigue", plain_equivalents).
A claim about taking a thing away ("in mice that lacked the inflammasome, the disease was
worse") is read, turned round, against one where that thing acts ("inflammasome activation
worsened disease"). A denial agrees with the opposite direction: "did not increase the
reintubation rate" does not contradict "reduced reintubation"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import caseless, prefilter
from ..evidence import stem
from .claim_pairs import (
    SAME_THING_WEIGHT,
    Groups,
    other_groups,
    other_pairs,
    set_the_other_way,
    things_alike,
    things_crossed,
    weight_needed,
)
from .claim_scope import (
    clause_at,
    doses_named,
    every_study_counted,
    limited,
    limited_at,
    said_of_all_but,
    said_of_every_part,
    said_of_one_part_only,
    said_of_the_studies,
    stated_under_condition,
    studies_counted,
)
from .contradiction_arms import none_in_either
from .contradiction_same import lay_phrases, of_another_head, same_root, shared_weight
from .harm_severity import harm_contradiction
from .outcome_valence import in_terms_of
from .plain_equivalents import named_alike
from .polarity import (
    OPPOSITE,
    TURNED,
    Claim,
    claims_in,
    without_parentheses,
)
from .polarity_time import TIME_STEMS, same_time, time_points

# What a summary sentence says, by the direction (or scope) the paper says the opposite of.
SAYS = {
    "up": "an increase",
    "down": "a decrease",
    "better": "an improvement",
    "worse": "a worsening",
    "null": "no difference",
    "effect": "a change",
    "every": "it of every dose, group or trial",
    "only": "it of one dose, group or trial only",
    "safe": "that it was safe or did no (serious) harm",
    "serious": "that its harms were serious",
}


def _opposed(mine: Claim, theirs: str) -> bool:
    """Whether direction `theirs` says the opposite of `mine`. A denied direction is not the
    opposite one: "did not increase the reintubation rate" agrees with "reduced
    reintubation"."""
    if theirs not in OPPOSITE[mine.polarity]:
        return False
    return not (mine.polarity == "null" and TURNED.get(mine.denied) == theirs)


def _as_read(mine: Claim, theirs: Claim) -> tuple[str, float]:
    """`theirs`'s direction as it bears on `mine`, and how much they share. A claim about
    taking a thing away ("in mice that lacked the inflammasome, the disease was worse") is
    read against one about the thing itself ("inflammasome activation worsened disease") only
    when the thing taken away is what acts in the other, and then turned round; else their
    shared weight is nil."""
    if other_pairs(mine, theirs):
        return theirs.polarity, 0.0
    shared = shared_weight(mine, theirs)
    if mine.inverted == theirs.inverted and set_the_other_way(mine, theirs):
        shared = max(shared, things_crossed(mine, theirs))
    elif mine.inverted == theirs.inverted:
        shared = max(shared, things_alike(mine, theirs))
    if mine.inverted == theirs.inverted:
        polarity = _denied_or(theirs, mine)
        if _time_against_speed(mine, theirs):  # "took less time" is "faster"
            polarity = TURNED.get(polarity, polarity)
        if set_the_other_way(mine, theirs):  # "B did worse than A" for "A did better than B"
            polarity = TURNED.get(polarity, polarity)
        return _in_my_terms(polarity, mine, theirs), shared
    away, acting = (mine, theirs) if mine.inverted else (theirs, mine)
    agent = {k: v for k, v in acting.agent.items() if k not in acting.about}
    link = sum(min(w, agent[k]) for k, w in away.taken.items() if k in agent)
    if link < SAME_THING_WEIGHT:
        return theirs.polarity, 0.0
    if theirs.denied or mine.denied:
        return theirs.polarity, 0.0  # a denial turned round says too little to compare
    return TURNED.get(theirs.polarity, theirs.polarity), shared + link


def _in_my_terms(polarity: str, mine: Claim, theirs: Claim) -> str:
    """Direction `polarity` of `theirs` said as `mine` says its own (up/down or better/worse),
    when what they are about is bad to have more of ("fatigue rose" against "improvements in
    fatigue") or good ("memory got worse" against "improved memory"), by the words
    they share."""
    phrased = {k for lay in lay_phrases(mine, theirs) for k in lay}
    shared = frozenset(
        k
        for k in mine.about
        if k in theirs.about
        or k in phrased
        or any(named_alike(k, s, glosses=len(mine.about) == 1) for s in theirs.about)
        or any(same_root(k, s) for s in theirs.about)
    )
    turned = in_terms_of(polarity, mine.polarity, shared)
    if turned == "worse" and mine.polarity in ("up", "down") and _LESS_OF.fullmatch(theirs.said):
        return "down"  # "sleep loss impairs cell division": less division, whatever its worth
    return turned


# a worsening that is less of the thing itself, whether or not more of it is good
_LESS_OF = re.compile(r"impair(?:s|ed)?", re.I)


_TIME = frozenset({"time", "durat"})


def _time_against_speed(a: Claim, b: Claim) -> bool:
    """Whether one claim is about a speed ("faster") and the other about the time something
    took ("less time"): the one goes up as the other goes down."""
    return ("speed" in a.about and bool(_TIME & b.about.keys())) or (
        "speed" in b.about and bool(_TIME & a.about.keys())
    )


def _denied_or(theirs: Claim, mine: Claim) -> str:
    """`theirs`'s direction, read as agreeing with `mine` when it only denies the opposite
    ("did not increase" for a summary's "reduced")."""
    if theirs.polarity == "null" and TURNED.get(theirs.denied) == mine.polarity:
        return mine.polarity
    return theirs.polarity


# "Hyperkalaemia is a condition where the potassium level is higher than normal", "X is
# defined as ...": what a term means, not a result of the study.
_DEFINITION = re.compile(
    r"^[^,;:]{1,60}?\b(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?"
    r"(?:condition|disease|disorder|syndrome|state|situation|term|name|problem|illness)s?\s+"
    r"(?:where|in which|when|that|of|with)\b"
    r"|\b(?:is|are)\s+(?:defined|known|called|named|referred\s+to)\s+as\b"
    r"|^[^,;:]{1,60}?\b(?:is|are)\s+[^,;:]{1,40}?\b(?:where|in which)\b",
    re.I,
)


def _named_as_subject(claim: Claim, sentence: str) -> bool:
    """Whether `claim` is a treatment the sentence opens with, a gerund as its subject
    ("Lowering blood pressure in later life has not been shown to prevent dementia"): what was
    tried, not a change the sentence reports."""
    return claim.said.lower().endswith("ing") and not sentence[: claim.said_at].strip()


_COUNT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
# A result broken down by parts, each counted with its own result ("three initiatives showed a
# mean decrease, four showed no clear change and two showed a mean increase"): CD010166's true
# line failed, read against the paper's sentence on the two that rose.
_BREAKDOWN = re.compile(
    rf"\b{_COUNT_WORD}\b[^,;.]{{0,40}}?\b(?:showed|had|reported|found)\b[^,;.]*[,;]\s*(?:and\s+)?"
    rf"{_COUNT_WORD}\b[^,;.]{{0,40}}?\b(?:showed|had|reported|found)\b",
    re.I,
)


# A clause that takes back the difference said before it: "..., but the gap could easily be down
# to chance", "..., though this just missed the usual cut-off for chance", "..., but the
# difference was not significant". The difference before it is not said as found.
TAKEN_BACK = re.compile(
    r"(?:[,;\u2013\u2014]|\s-\s|\bbut\b|\b(?:al)?though\b|\bhowever\b)\s*"
    r"(?:but\s+|though\s+|however,?\s+)?"
    r"(?:(?:the|these|those)\s+(?:gaps?|differences?|changes?|results?)|this|that|it)\s+"
    r"(?:(?:could|may|might|can)\s+(?:(?:easily|well|simply|just)\s+)?(?:be|have\s+been)\s+"
    r"(?:down\s+to|due\s+to|from)\s+chance"
    r"|(?:just\s+)?missed\s+the\s+(?:usual\s+)?(?:cut-?off|threshold|bar)"
    r"|(?:was|were)\s+not\s+(?:statistically\s+)?significant)\b",
    re.I,
)


# "The higher the dose, the lower the cholesterol": a correlative's first half is the condition
# the second half's change depends on, not a change found (CD012501's true line read "higher"
# as a rise against the paper's "lowering effect ... dependent on dose").
_CORRELATIVE = re.compile(
    r"\bthe (?:more|less|fewer|higher|lower|greater|larger|smaller|longer|shorter|bigger|"
    r"older|younger|earlier|later)\b[^,;.]{0,60}?,\s*the (?:more|less|fewer|higher|lower|"
    r"greater|larger|smaller|longer|shorter|bigger|better|worse|faster|slower)\b",
    re.I,
)


# What is known in general, said in the present of a group or a thing ("Women with diabetes in
# pregnancy have an increased risk of pre-eclampsia", "Some people are at higher risk of
# problems after surgery", "Insulin can reduce blood sugar"): background that leads up to the
# study, not its result, when the sentence names no study, finding or comparison. A paper's
# result about the same outcome (an intervention that lowered that risk) is no opposite of it.
_GENERAL = re.compile(
    r"\b(?:are|is) (?:(?:much|far|two|three|twice) )?(?:more|less) likely to\b"
    r"|\b(?:have|has) (?:an? )?(?:increased|higher|greater|raised|lower|reduced) "
    r"(?:risk|chance)s?\b"
    r"|\b(?:are|is) at (?:an? )?(?:higher|increased|greater|raised|lower|high) risk\b"
    r"|\bcan (?:\w+ )?(?:reduce|increase|improve|lower|raise|worsen|cause|lead to)\b"
    r"|\b(?:is|are) (?:often|usually|commonly|frequently) (?:associated|linked)\b",
    re.I,
)
_A_FINDING = re.compile(
    r"\b(?:than|versus|vs|compared|comparison|found|find|showed|shown|shows|reported|suggest\w*|"
    r"study|studies|trial|trials|review|researchers|authors|team|results?|evidence|group|groups|"
    r"participants|randomi[sz]ed)\b"
    # an arm named ("People on the drug are more likely to relapse"): a result said generally
    r"|\b(?:people|patients|those|women|men|children|adults|babies|infants|mothers|parents|"
    r"users|mice|rats|animals|cells) (?:on|taking|given|"
    r"treated|using|receiving|who (?:took|take|used|use|had|received|receive))\b",
    re.I,
)


def _general_statement(sentence: str) -> bool:
    """Whether `sentence` says what is known in general, not what the study found (`_GENERAL`)."""
    return bool(_GENERAL.search(sentence)) and not _A_FINDING.search(sentence)


# "no convincing evidence that", "no consistent evidence of": what is denied is firm evidence,
# not the change itself
_FIRM_EVIDENCE_DENIED = re.compile(
    r"\b(?:no|not\s+(?:any|enough))\s+(?:(?:\w+ly\s+)?(?:convincing|consistent|clear|"
    r"conclusive|firm|good|strong|reliable|definite|definitive|robust|high[- ]quality|"
    r"sufficient|solid)\s+)+evidence\b[^.;]*$",
    re.I,
)


def _correlative_condition(sentence: str, at: int) -> bool:
    """Whether the direction word at `at` opens a correlative ("the higher the dose, ...")."""
    return any(
        m.start() <= at < sentence.index(",", m.start()) for m in _CORRELATIVE.finditer(sentence)
    )


def contradiction(
    summary_sentence: str,
    source_sentences: list[str],
    expand: Callable[[str], list[list[str]]] | None = None,
    compared: Groups | None = None,
) -> tuple[str, str] | None:
    """(summary's polarity, the source sentence saying the opposite), when the source's claims
    about the same things say the opposite. Two claims turned round together ("higher vitamin D,
    fewer relapses" for "lower vitamin D, more relapses") say the same thing. `compared`: the
    groups the paper's results are set against (`claim_pairs.compared_groups`), when known, or a
    function giving them (asked only when a claim names a group of its own). A change the paper
    reports in every arm ("fell by 2.1 with magnesium and by 1.9 with placebo") does not back a
    summary's change where the paper also says there was no difference."""
    if prefilter.search(_DEFINITION, summary_sentence) or _general_statement(summary_sentence):
        return None
    harm = harm_contradiction(summary_sentence, source_sentences)
    if harm:  # "was safe" where the paper reports serious harm, or the reverse
        return harm
    # a claim stated as found: not under a condition, aim or hedge in its clause or before it
    # ("the link was not clear for longer naps" after it leaves it a finding)
    mine = [
        _timeless(c)
        for c in claims_in(summary_sentence)
        if not stated_under_condition(summary_sentence, c.said_at)
    ]
    mine = [
        c
        for c in mine
        if (c.about or c.stands_for)
        and not _named_as_subject(c, summary_sentence)
        and not _correlative_condition(summary_sentence, c.said_at)
    ]
    chance = caseless.search(TAKEN_BACK, summary_sentence)
    if chance:  # "... about half as often, but the gap could be down to chance": not found
        mine = [c for c in mine if c.polarity == "null" or c.said_at > chance.start()]
    if not mine:
        return None
    if {"up", "down"} <= {c.polarity for c in mine} and _BREAKDOWN.search(summary_sentence):
        # "three showed a decrease, four no clear change and two an increase": each result is of
        # its own part, and the paper's sentence on one part never turns the others round
        return None
    theirs = [
        (text, _timeless(c), limited_at(without_parentheses(text), c.said_at))
        for text in source_sentences
        for c in [*claims_in(text, expand), *none_in_either(text)]
    ]
    when = {id(c): _when(text, c) for text, c, _ in theirs}
    said_of_all = not limited(summary_sentence)
    arms_apart = not BOTH_ARMS.search(summary_sentence)
    flips: list[tuple[str, str]] = []
    matched = 0
    for claim in mine:
        if any(
            other is not claim
            and other.polarity in OPPOSITE[claim.polarity]
            and shared_weight(claim, other) >= min(SAME_THING_WEIGHT, weight_needed(claim))
            for other in mine
        ):
            continue  # the summary itself reports both ("one trial found less pain, another not")
        need = weight_needed(_speed_as_direction(claim))
        at = _when(summary_sentence, claim)
        related = [
            (text, polarity, weight, part, when[id(c)], c.said_at)
            for text, c, part in theirs
            for polarity, weight in [_as_read(claim, c)]
            if weight >= need
            and not _only_who(claim, c)
            and not (at and when[id(c)] and not same_time(at, when[id(c)]))
            and not of_another_head(c, text, claim)
            and not of_another_head(claim, summary_sentence, c)
            and not other_groups(claim, text, summary_sentence, compared)
        ]
        if at and any(r[4] for r in related):
            # the paper's result at the time the summary names, where it gives one
            related = [r for r in related if r[4]]
        if _graded(summary_sentence, claim.said_at) and any(_graded(r[0], r[5]) for r in related):
            # "severe reactions": the paper's result on severe ones, not on all of them
            related = [r for r in related if _graded(r[0], r[5])]
        scope = _other_scope(summary_sentence, claim, related)
        if scope:  # "both doses" where the paper says "only the 14 mg dose", or the reverse
            matched += 1
            flips.append(scope)
            continue
        if claim.polarity == "null" and _FIRM_EVIDENCE_DENIED.search(
            summary_sentence[: claim.said_at]
        ):
            # "no convincing evidence that zinc reduces ear infections" says the evidence is not
            # firm: a hedged result ("may improve some") or one of a part of the evidence (one
            # trial of three) agrees with it; only a firm result said of all says otherwise
            related = [r for r in related if not r[3] and not stated_under_condition(r[0], r[5])]
        if said_of_all and any(not r[3] for r in related):
            # a result the paper limits to one trial, a subgroup or a dose does not back the
            # same result said of everyone, when the paper says how it went for everyone
            related = [r for r in related if not r[3]]
        if not related:
            continue
        matched += 1
        if arms_apart and any(_opposed(claim, r[1]) for r in related):
            # "fell by 2.1 with magnesium and by 1.9 with placebo": a change in every arm is
            # no effect of the treatment, beside a result that says there was none
            related = [r for r in related if r[1] != claim.polarity or not BOTH_ARMS.search(r[0])]
        if any(r[1] == claim.polarity for r in related):
            continue
        opposite = [r[0] for r in related if _opposed(claim, r[1])]
        if opposite and len(opposite) == len(related):
            flips.append((claim.polarity, opposite[0]))
    turned_round = len(flips) == 2 and matched == 2 and {p for p, _ in flips} == {"up", "down"}
    if flips and not turned_round:
        return flips[0]
    return None


# a harm's grade: a claim naming one is about harms of that grade only
_SEVERITY = re.compile(r"\b(?:severe|serious|major|grave|life-threatening)\b", re.I)


def _graded(sentence: str, at: int) -> bool:
    """Whether the clause of the direction word at `at` names a grade of harm ("serious")."""
    return bool(_SEVERITY.search(clause_at(without_parentheses(sentence), at)))


# "improved in both groups", "fell by 2.1 with magnesium and by 1.9 with placebo": a change
# said of the comparison arm as well as the treated one
BOTH_ARMS = re.compile(
    r"\b(?:in|among)\s+(?:both|all|each\s+of\s+the)\s+(?:two\s+|three\s+)?(?:groups|arms)\b"
    r"|\band\s+(?:by\s+[\d.]+\s*(?:%|points?)?\s+)?(?:in|with|among|on)\s+(?:the\s+)?"
    r"(?:placebo|control|sham|dummy|usual[- ]care|waiting[- ]list)\b",
    re.I,
)


def _other_scope(sentence: str, claim: Claim, related: list[tuple]) -> tuple[str, str] | None:
    """("every" or "only", the paper's sentence) when `claim` says its result of every dose,
    group or trial where each of the paper's results in the same direction says it of one
    only ("Only the 14 mg dose reduced ..."); or of one only where one of them says it of
    several, or where each says it of another dose only ("only the 7 mg dose" for "only
    14 mg/day"). `related` holds (text, direction, ..., where its direction word is)."""
    the_studies = said_of_the_studies(sentence, claim.said_at)
    every, only = (
        (said_of_every_part(sentence, claim.said_at) or the_studies)
        and not said_of_all_but(sentence, claim.said_at, but_not=True),
        said_of_one_part_only(sentence, claim.said_at),
    )
    if not (every or only):
        return None
    alike = [
        (
            r[0],
            said_of_one_part_only(t, r[5]) or said_of_all_but(t, r[5]),
            said_of_every_part(t, r[5]),
            doses_named(t, r[5]),
        )
        for r in related
        if r[1] == claim.polarity
        for t in [without_parentheses(r[0])]
    ]
    if not alike:
        return None
    if every:
        # "All seven trials found shorter stays" where the paper's own says "two studies", or
        # "In all three trials ..." where it says "the largest trial"
        # "The trials found ..." where each of the paper's says "one study"
        counted = every_study_counted(sentence, claim.said_at)
        fewer = [
            bool(counted and (r[3] or (n := studies_counted(r[0], r[5])) and n < counted))
            or (the_studies and r[3])
            for r in related
            if r[1] == claim.polarity
        ]
        widened = all(a[1] or f for a, f in zip(alike, fewer, strict=True))
        return ("every", alike[0][0]) if widened else None
    several = [a for a in alike if a[2] and not a[1]]
    if several:
        return "only", several[0][0]
    mine = doses_named(sentence, claim.said_at)
    if mine and all(a[1] and a[3] and not mine & a[3] for a in alike):
        return "only", alike[0][0]
    return None


# who was studied, not what was measured: "the mice moved no better" and "a higher share of
# remyelinated axons in treated mice" share only their mice
_WHO = frozenset(
    stem(w)
    for w in """mice mouse rats rat animals animal patients patient participants participant
    subjects subject individuals adults volunteers infants""".split()
)


def _only_who(mine: Claim, theirs: Claim) -> bool:
    """Whether two claims share only who was studied (mice, patients), nothing of what was
    measured: they are not about the same thing, however rare the animal's name."""
    what = {k: w for k, w in mine.about.items() if k not in _WHO}
    if not what or len(what) == len(mine.about):
        return False
    other = {k: w for k, w in theirs.about.items() if k not in _WHO}
    narrowed = replace(mine, about=what)
    return _as_read(narrowed, replace(theirs, about=other))[1] < weight_needed(narrowed)


# units of a dose or measure: "a 200-mg dose" and "ibuprofen 400 mg" share no thing
_UNITS = frozenset("mg g kg mcg µg ug ml l dl iu mmol mol cm mm".split())


def _timeless(claim: Claim) -> Claim:
    """`claim` without the words of a time ("weeks", "first") or a unit ("mg"): when and how
    much are not what."""
    about = {k: v for k, v in claim.about.items() if k not in TIME_STEMS and k not in _UNITS}
    return claim if len(about) == len(claim.about) else replace(claim, about=about)


# the speed a direction word says by itself ("divided faster"): the direction, not more of what
# the claim is about
_SAID_AS_SPEED = frozenset({"faster", "quicker", "slower", "sooner"})
_SPEED = stem("speed")


def _speed_as_direction(claim: Claim) -> Claim:
    """`claim` without the speed its direction word implies ("the cells divided faster" is
    about cell division, said the faster way): a paper's "impairs cell division" shares all
    of what it is about, and the implied speed weighs nothing in what it must share."""
    if claim.said.lower() not in _SAID_AS_SPEED or _SPEED not in claim.about:
        return claim
    about = {k: v for k, v in claim.about.items() if k != _SPEED}
    return replace(claim, about=about) if about else claim


def _when(sentence: str, claim: Claim) -> frozenset[int]:
    """The time points of the clause that states `claim` ("at 24 weeks"): a claim at another
    time than the summary's is not read against it."""
    return time_points(clause_at(without_parentheses(sentence), claim.said_at))
