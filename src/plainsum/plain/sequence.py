"""Roles for the sentences of an abstract without headings, read as a sequence.

An abstract tells its parts in order: the scene (background), what the study set out to do
(aim), how it was done (methods), what it found (results), what the authors make of it
(conclusion). Each sentence's wording scores each part (`scores`), its place adds a little (the
first sentence is usually the scene, the last one or two the conclusion, even when they report
results), and the best order-keeping run of parts is chosen (`sequence_roles`): a sentence
with no cue of its own takes the part of its neighbours instead of a guess.

A few sentences stand outside the order: "Here we show that ..." claims a finding wherever it
stands (a conclusion), "This review discusses ..." says what a review covers (its aim), and a
funding or copyright line is no part of what the paper found (left out, as under a funding
heading). A limitation named inside the results or conclusions is a limitation, as under
headings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .. import caseless
from .general_claim import general_claim
from .numbers import COUNT, drop_brackets
from .opening_split import OpeningSplit
from .outside_order import outside_order

__all__ = ["ORDER", "Place", "administrative", "scores", "sequence_roles"]

# The parts in the order an abstract tells them, as `Role` values.
ORDER = ("background", "aim", "methods", "results", "conclusion")

CUE = 3.0  # what a cue word of a part adds to that part
STRONG = 5.0  # ... an unmistakable one ("The aim of this study was to", "In conclusion,")
NUMBERS = 1.5  # a statistic (p value, confidence interval, per cent) adds to the results
FIRST = 1.5  # the first sentence leans to the scene
LAST = 4.0  # the last sentence is the conclusion unless a strong cue says otherwise
SECOND_LAST = 1.0  # ... and the one before it leans to it
RESTATED = 1.0  # late, after the numbers, a finding said without numbers leans to the conclusion
CHANGE = 0.25  # the cost of moving on to the next part: a run of sentences keeps its part

# Cue words of each part, with what they add. The first match per part counts.
_AIM = re.compile(
    r"^(?:(?:The|Our|A|This) )?(?:(?:primary|main|secondary|overall|specific) )?(?:aims?|"
    r"objectives?|purposes?|goals?|questions?|hypothes[ie]s)(?: of (?:the|this|our|the present) "
    r"(?:[\w-]+ ){0,3}"
    r"(?:study|studies|review|trial|analysis|work|research|paper|report))?"
    r" (?:was|were|is|are) (?:(?:firstly|first|primarily) )?(?:to|twofold|two-fold|threefold)\b"
    r"|^(?:Primary |Secondary )?(?:objectives?|aims?)\b"
    r"|\b(?:we|th(?:is|e) study|the present study|this review|the current study|this work)"
    r" (?:\w+ )?(?:aimed|aims|sought|set out|intended|wanted) to\b"
    r"|\b(?:aim|objective|purpose|goal)s? (?:of (?:this|the present|the current|our) "
    r"(?:[\w-]+ ){0,2}(?:study|review|trial|analysis|work|research) )?(?:was|were|is) to\b"
    r"|\bwe (?:(?:therefore|thus|then|further|also|have|here) )*(?:investigated|examined|"
    r"assessed|tested|explored|asked|evaluated|studied|determined) (?:whether|if|how|the "
    r"(?:hypothesis|question))\b"
    r"|^Here,? we (?:(?:further|also|first|have) )?(?:examine|studied|examined|investigated|"
    r"explored|analy[sz]ed|tested|asked|addressed|assessed|evaluated|compared|characteri[sz]ed|"
    r"used|exploit|employ|combine|apply|integrate|develop|present|investigate|explore|study|test|ask|use|"
    r"analy[sz]e|characteri[sz]e|address|assess|evaluate|compare|describe|sought|aimed)\b"
    r"|\bwe (?:hypothesi[sz]ed|asked whether|tested whether|tested the hypothesis)\b"
    r"|^(?:This|The present|The current|Our) (?:[\w-]+ ){0,2}?(?:study|trial|work|research|paper|"
    r"review)"
    r" (?:was (?:designed|conducted|undertaken|performed|carried out) to|tested|"
    r"(?:examined|investigated|assessed|evaluated|explored|compared|describes|reports|"
    r"presents)(?! (?:the )?(?:results|findings) (?:of|from)\b))"
    # "To comprehensively identify ...", "Primarily to assess ...", "2) To assess ..."
    r"|^(?:\d\)\s*|(?:Primarily|Firstly|First|Secondly|Second),? )?(?:To|to|In order to) "
    r"(?:\w+ly )?(?:assess|evaluate|determine|examine|investigate|compare|explore|"
    r"test|identify|describe|review|study|measure|characteri[sz]e|quantify|estimate|summari[sz]e|"
    r"update|establish|analy[sz]e|understand|clarify|elucidate|find out|answer|develop|validate|"
    r"systematically|critically|address|provide|synthesi[sz]e|appraise|examine|map|look|report|"
    r"present|investigate|define|gain|obtain|gather|highlight|discuss)\b",
    re.I,
)
# A count of the study's people opening a sentence: "48 adults", "Twenty-six participants"
_COUNT_OF_PEOPLE = (
    rf"{COUNT} (?:[\w-]+ ){{0,2}}(?:people|patients|participants|children|adults|women|men|"
    r"subjects|volunteers|mice|rats|infants)\b"
)
_METHODS = re.compile(
    r"\bwe (?:(?:also|then|therefore|further|next|additionally|subsequently|first|"
    r"retrospectively|prospectively|thus) )?(?:searched|recruited|enrolled|included|used|"
    r"performed|conducted|analy[sz]ed"
    r"|measured|collected|extracted|assessed|generated|treated|randomi[sz]ed|followed|"
    r"compared|evaluated|examined|studied|applied|developed|designed|calculated|estimated|"
    r"identified \d|retrospectively|prospectively|reviewed the|obtained|administered|combined)\b"
    r"|\b(?:studies|trials|study|trial|authors|investigators|researchers)\b[^.]{0,30}?\b(?:"
    r"enrolled|recruited|randomi[sz]ed|allocated|assigned)\b"
    r"|\b(?:were|was) (?:randomi[sz]ed|randomly|recruited|enrolled|assigned|allocated|collected"
    r"|measured|assessed|treated|followed|included|screened|interviewed|invited|asked|given|"
    r"administered|evaluated|examined|analy[sz]ed|obtained|performed|calculated|estimated|"
    r"used|applied|defined|matched|divided|stratified|adjusted)\b|\bdata (?:were|was)\b"
    r"|\bselection criteria\b|\bwe selected\b|\btwo (?:review )?authors\b"
    r"|^(?:Randomi[sz]ed|Quasi-randomi[sz]ed|Controlled|Cluster)[\w -]{0,40}\b(?:trials?|"
    r"stud(?:y|ies))\b|\b(?:cross-sectional|retrospective|prospective|cohort|case-control|"
    r"observational|longitudinal|double-blind|placebo-controlled|open-label) (?:[\w-]+ )?"
    r"(?:study|trial|design|analysis|survey)\b|\b(?:primary|secondary) (?:outcomes?|end ?points?)"
    r"(?: measures?)? (?:was|were|included)\b|^(?:Participants|Patients|Subjects)\b[^.]{0,60}"
    r"\b(?:were|completed|underwent|received)\b|\b(?:a total of|in total,?) \d"
    # "In this crossover trial, 48 adults wore ...": who took part
    r"|^In (?:this|a|our|the present) (?:[\w-]+ ){0,3}(?:study|trial|cohort|survey),? "
    r"(?:(?:of|with|involving|including|among) )?\d"
    # "Fatigue was rated on the X scale": how it was measured
    r"|\b(?:was|were) (?:rated|scored|recorded|graded|quantified) (?:on|with|using|by means of)"
    r" (?:a|an|the)\b",
    re.I,
)
_RESULTS = re.compile(
    r"\bwe (?:(?:also|further|additionally|then|thus) )?(?:found|observed|detected|noted|saw|"
    r"find|observe|detect|note|see)\b|\bwe (?:(?:also|further|additionally|then) )?(?:show|"
    r"demonstrate|report|reveal|showed|demonstrated|revealed) that\b"
    r"|\b(?:results|analys[ie]s) (?:showed|"
    r"revealed|demonstrated|indicated)\b"
    r"|\b(?:was|were) (?:significantly |not |also |strongly |positively |negatively |"
    r"independently )*(?:associated|linked|correlated|observed|found|seen|reached|achieved|"
    r"higher|lower|reduced|"
    r"increased|decreased|improved|similar|greater|smaller|more|less|elevated|detected)\b"
    r"|\bno (?:statistically )?(?:significant )?(?:difference|effect|association|change|"
    r"correlation)s?\b|\b(?:reduced|increased|decreased|improved|showed|led to|resulted in|"
    r"did not)\b|\bcompared (?:with|to)\b|\bmet the (?:inclusion|selection) criteria\b"
    r"|\b(?:significant(?:ly)?|statistically)\b|\b(?:odds|hazard|risk) ratio\b"
    # "Two people stopped because ...", "Twenty-six participants finished the programme": what
    # happened to a count of the study's people
    rf"|^{_COUNT_OF_PEOPLE} (?:\w+ )?(?:stopped|withdrew|dropped out|discontinued|left|had|"
    r"reported|developed|experienced|died|needed|completed|finished)\b",
    re.I,
)
_STATISTIC = re.compile(
    r"\b[Pp] ?[<=>≤] ?0?\.\d|\b(?:95|99) ?% ?(?:CI|confidence)|\d ?%|\b(?:OR|HR|RR|MD|SMD|"
    r"AUC|r|n) ?[=:] ?-?\d|\(\s*n ?= ?\d|\d+ (?:of|out of) \d+|\d+/\d+|\bversus\b[^.]*\d"
    # an effect size written before its value with no sign between: "(SMD -0.21; ...)", "(HR
    # 1.21, ...)": in capitals only ("or 2 doses" is no odds ratio)
    r"|(?-i:\b(?:a?OR|a?HR|I?RR|RD|MD|SMD|WMD) -?\d)"
    r"|\b(?:odds|hazard|risk|rate) ratio (?:was |of )?-?\d",
    re.I,
)
# "Based on the currently available evidence, X seems to work": the authors' summing up of a
# review's results (a results-only extract has no heading before it).
_ON_THE_EVIDENCE = (
    r"(?:Based on|On the basis of|From|Given) (?:the )?(?:(?:currently|now|presently) )?"
    r"(?:available|current|present|existing|limited) evidence\b"
)
_CONCLUSION = re.compile(
    r"^(?:In conclusion|In summary|To summari[sz]e|To conclude|Overall|Taken together|Together|"
    rf"Collectively|In sum|Altogether|Thus|Therefore|Hence|Consequently|{_ON_THE_EVIDENCE})\b"
    r"|^(?:These|Our|The present|This) (?:[\w-]+ )?(?:results|findings|data|observations|"
    r"study|studies|work|review|analysis|trial)\b(?:[^.]{0,40}\b(?:suggest|show|indicate|"
    r"demonstrate|provide|highlight|support|confirm|reveal|establish|imply|identify|point|"
    r"underline|underscore|open|add|offer|evidence|argue|call|emphasi[sz]e|lend|strengthen)\w*)"
    r"|^In this (?:[\w-]+ ){0,3}(?:study|trial|cohort|review|analysis|survey|population)\b"
    # "In this crossover trial, 48 adults wore ...": who took part, not a summing up
    r"(?!,? (?:(?:of|with|involving|including|among) )?\d)"
    r"|^(?:This|The|Our) (?:[\w-]+ )?(?:review|study|analysis|trial) (?:found|shows|showed)\b"
    r"|\b(?:future|further|more) (?:[\w-]+ )?(?:research|studies|trials|work) (?:should|must|"
    r"could|may)\b"
    r"|\bwe (?:conclude|suggest|believe|recommend|speculate|anticipate)\b"
    # a guideline's advice is its finding: "The panel recommends X for relapses that affect
    # function" (the lead's hand-written u9 read it as the scene)
    r"|\bthe (?:panel|committee|task force|working group|guideline group) (?:strongly |also )?"
    r"(?:recommends|advises|endorses)\b"
    r"|\b(?:suggest|suggests|indicate|indicates|implies|imply) (?:that|a|an|the)\b"
    r"|\bfurther (?:research|studies|trials|work|investigation) (?:is|are|will be)\b"
    r"|\b(?:implications?|warrants?|should be considered|(?:is|are) needed)\b",
    re.I,
)
# A hedged claim ("may help", "a promising target"): the conclusion's voice, but a review's
# scene hedges too, so it counts less.
_HEDGE = re.compile(
    r"\b(?:may (?:be|help|offer|provide|represent|serve)|could (?:be|help|offer|provide|"
    r"represent|serve)|promising|novel (?:target|approach|strategy|therapeutic)|potential "
    r"(?:target|therapeutic|treatment|biomarker))\b",
    re.I,
)
HEDGE = 1.5  # what a hedged claim adds to the conclusion
# How sure the evidence is: said in the conclusions, and in a review's results beside numbers.
_GRADED = re.compile(
    r"\b(?:uncertain|certainty evidence|quality evidence|evidence is (?:very |too )?(?:weak|"
    r"limited|low|insufficient|lacking|unclear)|insufficient evidence|not enough evidence)\b",
    re.I,
)
# An opening that says the conclusion comes: the sentence before it is not one.
_OPENER = re.compile(
    r"^(?:In conclusion|In summary|To conclude|Taken together|Collectively|To summari[sz]e|"
    rf"In sum|Altogether|Overall|Together, (?:these|our|the)|We conclude|{_ON_THE_EVIDENCE})\b",
    re.I,
)
_BACKGROUND = re.compile(
    r"\b(?:studies|research|reports?|evidence|trials|it|work|data) (?:have|has) (?:\w+ )?"
    r"(?:suggested|shown|reported|demonstrated|found|indicated|linked|implicated)\b"
    r"|\blittle is known\b|\bit is (?:well |now |widely )?(?:known|accepted|recogni[sz]ed)\b"
    r"|\bprevious(?:ly)?\b|\bha(?:s|ve) (?:\w+ )?been (?:shown|reported|suggested|proposed|"
    r"described|implicated|associated|linked|identified|used|studied)\b"
    r"|\b(?:remains?|is|are|was) (?:still |largely |poorly |not well |not fully |currently )?"
    r"(?:unclear|unknown|uncertain|understood|elusive|controversial|debated|lacking|limited|"
    r"scarce|unexplored|undetermined)\b|\b(?:has|have) not (?:yet )?been\b|\bhowever,? (?:the|"
    r"its|their|little|few|no)\b|\b(?:is|are) (?:a|an|the|one of the) (?:[\w-]+ ){0,3}"
    r"(?:common|major|leading|chronic|rare|important|serious|frequent)\b",
    re.I,
)
# A funding, registration or copyright line: no part of what the paper found.
_ADMIN = re.compile(
    r"^\(?(?:Funded|Sponsored|Supported) by\b[^.]*(?:ClinicalTrials\.gov|ISRCTN|NCT\d|number|"
    r"\)\.?$)|^(?:Copyright\b|©|\(c\) \d{4})|\ball rights reserved\.?\)?$|\bprotected by "
    r"copyright\b|^(?:Trial |Clinical trial )?registration(?: number)?\b"
    r"|^(?:This|The) (?:trial|study|review) (?:is|was) registered\b",
    re.I,
)
# "We gave ...", "We followed ...": what the authors did, in the past tense.
_WE_DID = re.compile(
    r"\bwe (?:[a-z]+ly )?(?!(?:observed|noted|detected|identified|showed|demonstrated|"
    r"confirmed|revealed|reported|concluded|included|judged|rated)\b)(?:[a-z]+ed|gave|took|ran|made|sent|built|wrote|chose|set|put|kept|"
    r"held|brought|did|sought|drew|fed|grew|met|saw|taught|told|won|began|led)\b",
    re.I,
)
# The study's own work, said outright; its own earlier work is the scene.
_OWN_WORK = re.compile(
    r"\b(?:we|our)\b|^Here\b|\bth(?:is|e present|e current) (?:study|trial|work|paper|article)\b",
    re.I,
)
_EARLIER = re.compile(
    r"\bprevious(?:ly)?\b|\bearlier\b|\bwe have (?:\w+ )?(?:shown|reported)\b", re.I
)
_OURS = re.compile(r"\b(?:we|our|us)\b", re.I)
# The tense of the main verb: a result says what happened in the study (past), the scene and
# the conclusion what holds in general (present).
_PAST = re.compile(r"\b(?:was|were|had|did)\b", re.I)
_PAST_VERB = re.compile(r"\b(?:showed|found|increased|decreased|improved|reduced)\b", re.I)
_PRESENT = re.compile(
    r"\b(?:is|are|appears?|seems?|remains?|may|might|can|could|should|must|has|have)\b", re.I
)

# Split at their "^" (opening_split.OpeningSplit): the same yes/no answers, several times faster.
_AIM_FAST, _CONCLUSION_FAST, _ADMIN_FAST = (
    OpeningSplit(_AIM),
    OpeningSplit(_CONCLUSION),
    OpeningSplit(_ADMIN),
)
_STRONG_AIM = re.compile(r"^(?:(?:The|Our) )?(?:\w+ )?(?:aims?|objectives?|purposes?)\b|^To ")
_DIGIT = re.compile(r"\d")


def _tense(text: str) -> str | None:
    """ "past", "present" or None: the auxiliaries the sentence uses most, else a verb of a
    finding in the past ("showed", "reduced")."""
    past = sum(1 for _ in caseless.finditer(_PAST, text))
    present = sum(1 for _ in caseless.finditer(_PRESENT, text))
    if past != present:
        return "past" if past > present else "present"
    return "past" if _PAST_VERB.search(text) else None


NO_METHOD = -0.5  # nor one with no cue of how it was done: what the study found comes next
NO_AIM = -1.0  # a sentence with no cue of an aim is seldom one: an aim is said in a sentence
TENSE = 1.0  # what the tense adds to the parts that use it


def administrative(sentence: str) -> bool:
    """Whether a sentence is a funding, registration or copyright line."""
    return _ADMIN_FAST.search(sentence)


class Place(NamedTuple):
    """Where a sentence stands in its abstract."""

    position: int  # 0-based, among the sentences that are no funding line
    total: int
    after_numbers: bool = False  # a sentence before it gave statistics
    closed: bool = False  # the last sentence opens as a conclusion ("In summary, ...")
    own_work: bool = False  # a sentence before it spoke of the study's own work ("we", "here")


def scores(sentence: str, place: Place) -> dict[str, float]:
    """How much the wording and place of a sentence say it belongs to each part of the
    abstract (`ORDER`)."""
    return _scores(sentence, drop_brackets(sentence), bool(_STATISTIC.search(sentence)), place)


def _scores(sentence: str, text: str, numbers: bool, place: Place) -> dict[str, float]:
    """`scores`, given the sentence without brackets and whether it gives a statistic."""
    index, count = place.position, place.total
    out = dict.fromkeys(ORDER, 0.0)
    if _AIM_FAST.search(text):
        out["aim"] += STRONG if _STRONG_AIM.match(text) else CUE + 1.0
    else:
        out["aim"] += NO_AIM
    we_did, ours = caseless.search(_WE_DID, text), _OURS.search(text)
    if caseless.search(_METHODS, text):
        out["methods"] += CUE
    elif not we_did:
        out["methods"] += NO_METHOD
    if we_did:
        out["methods"] += CUE - 1.0
    if ours:
        out["background"] -= 1.0  # the scene is what others found; "we" is the study's own work
    if caseless.search(_RESULTS, text):
        out["results"] += CUE - 0.5
    if numbers:  # in brackets too: "(p < 0.01)"
        out["results"] += NUMBERS
    if _CONCLUSION_FAST.search(text):
        # "Overall, 71% of patients had surgery within 36 hours": a result with its number,
        # not the authors' summing up
        opener = _OPENER.match(text)
        opens = opener and not (numbers and opener.group(0).lower() == "overall")
        out["conclusion"] += STRONG + 2.0 if opens else CUE
    elif _HEDGE.search(text) and (place.own_work or place.after_numbers or index >= count - 2):
        # before the study speaks of itself, a hedge is the scene's ("X may be a cause")
        out["conclusion"] += HEDGE
    if not numbers and caseless.search(_GRADED, text):
        out["conclusion"] += CUE - 1.0
    if not ours and caseless.search(_BACKGROUND, text):
        # the scene is set early: late in the abstract the same words ("previously", "remains
        # unclear") are the authors' own discussion
        out["background"] += CUE if index < count / 2 else CUE / 3
    tense = _tense(text)
    if tense == "past":
        out["results"] += TENSE
        out["methods"] += TENSE / 2
    elif tense == "present":
        out["background"] += TENSE
        if index >= count * 2 / 3:  # a lab study tells its results in the present tense too
            out["conclusion"] += TENSE
    if (
        place.after_numbers
        and not place.closed
        and index >= count * 2 / 3
        and not _DIGIT.search(sentence)
    ):
        out["conclusion"] += RESTATED + (CUE if general_claim(text) else 0.0)
    if place.own_work:
        out["background"] -= STRONG  # the scene is set before the study speaks of itself
    if index == 0:
        out["background"] += FIRST
    if count >= 3 and index == count - 1:
        out["conclusion"] += LAST
    elif count >= 5 and index == count - 2 and not place.closed:
        out["conclusion"] += SECOND_LAST
    return out


def _best_run(table: list[dict[str, float]]) -> list[str]:
    """The parts, one per sentence, that keep the abstract's order (never back to an earlier
    part) and score most, moving on only when it pays more than `CHANGE`."""
    if not table:
        return []
    k = len(ORDER)
    best = [[float("-inf")] * k for _ in table]
    back = [[0] * k for _ in table]
    for j in range(k):
        best[0][j] = table[0][ORDER[j]] - CHANGE * j
    for i in range(1, len(table)):
        for j in range(k):
            # ties go to the earlier part before (the scene runs on until something moves it)
            prev = max(range(j + 1), key=lambda p: (best[i - 1][p] - CHANGE * (j - p), -p))
            best[i][j] = best[i - 1][prev] - CHANGE * (j - prev) + table[i][ORDER[j]]
            back[i][j] = prev
    j = max(range(k), key=lambda p: (best[-1][p], -p))
    run = [j]
    for i in range(len(table) - 1, 0, -1):
        j = back[i][j]
        run.append(j)
    return [ORDER[j] for j in reversed(run)]


def sequence_roles(sentences: list[str], limit_in: Callable[[str, str], bool]) -> list[str | None]:
    """The role value of each sentence of an abstract without headings, in order; None for a
    funding, registration or copyright line. `limit_in(sentence, role)` says whether a sentence
    of the methods, results or conclusions names a limitation."""
    kept = [i for i, s in enumerate(sentences) if not administrative(s)]
    texts = {i: drop_brackets(sentences[i]) for i in kept}
    numbers = [bool(_STATISTIC.search(s)) for s in sentences]
    outside: dict[int, str] = {}
    for i in kept:
        text = texts[i]
        role = outside_order(text, numbers[i])
        if role is not None:
            outside[i] = role
        elif i == kept[0] and text.startswith("To ") and _AIM_FAST.search(text):
            outside[i] = "aim"  # an aim that opens the abstract
    # a claim stands outside the order but marks the study's own work: no scene after it
    ordered = [i for i in kept if outside.get(i) != "aim"]
    place = {i: n for n, i in enumerate(kept)}
    own = [
        bool(caseless.search(_OWN_WORK, s)) and not caseless.search(_EARLIER, s) for s in sentences
    ]
    closed = bool(kept) and bool(_OPENER.match(texts[kept[-1]]))
    table = [
        _scores(
            sentences[i],
            texts[i],
            numbers[i],
            Place(place[i], len(kept), any(numbers[:i]), closed, any(own[:i])),
        )
        if i not in outside
        else dict.fromkeys(ORDER, 0.0) | {"background": -STRONG}
        for i in ordered
    ]
    roles: dict[int, str] = dict(zip(ordered, _best_run(table), strict=True)) | outside
    # An abstract that ends by saying what the review covers ("The present review analyzes X.
    # It aims to ...") has concluded nothing before it: a closing-sounding line there is the
    # scene ("The identified members indicate ...": plaba 34638664, "The authors conclude" of
    # it was false to three readers).
    scope = next((i for i in kept if outside.get(i) == "aim" and i != kept[0]), None)
    if scope is not None and all(roles.get(i) == "aim" for i in kept if i > scope):
        for i in ordered:
            if i < scope and i not in outside and roles[i] == "conclusion":
                roles[i] = "background"
    out: list[str | None] = []
    for i, sentence in enumerate(sentences):
        role = roles.get(i)
        if role in ("methods", "results", "conclusion") and limit_in(sentence, role):
            role = "limitation"
        out.append(role)
    return out
