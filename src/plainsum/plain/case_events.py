"""A case report's body tells its case: who the patient was, what happened, and what was done.

The body's result picker ranks a case's sentences like a trial's results (which way an outcome
went, the easiest first), and a case's story is a chain of sentences that each point back at the
patient ("she developed ...", "his scan"), so a case body could keep who the patient was and lose
what happened to them (three women who stopped a drug in pregnancy, without the relapse each had
after it). Here a sentence of the case that says what happened and one that says what was done
are kept over the grade, in the paper's order, after the opening on the patient
(`case_story.with_case_opening`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .case_story import opens_on_case, with_case_opening
from .lines import Line
from .pick import leans, leans_back, unlean
from .simplify import PlainSentence

# What happened to the patient: "each developed a severe relapse", "she presented with ...",
# "was diagnosed with ...", "was admitted with ...", "an MRI scan showed ...".
_EVENT = re.compile(
    r"\b(?:developed|presented|complained|suffered|experienced|deteriorated|worsened|relapsed"
    r"|(?:was|were) (?:diagnosed|admitted|found to|hospitali[sz]ed)"
    r"|(?:showed|revealed|demonstrated) (?:a|an|the|new|multiple|several|no)"
    # "the results of the tests were positive": the test that found it
    r"|(?:was|were|tested|turned) positive)\b",
    re.I,
)
# What was done: "was treated with ...", "underwent surgery", "two needed steroids", "was
# given ...", "restarted the drug", "a repair was performed".
_CARE = re.compile(
    r"\b(?:(?:was|were) (?:treated|given|started|switched|operated|managed|prescribed)"
    r"|underwent|received|(?:re)?started|needed|required|switched to"
    r"|(?:was|were) performed)\b",
    re.I,
)
# How the case ended: "Her symptoms resolved over six weeks", "he recovered fully", "she died
# two days later", "without recurrence after a year" (the lead's hand-written t10 kept the
# woman's infection and its treatment, and lost that she got better).
_OUTCOME = re.compile(
    r"\b(?:resolved|recovered|(?:has |had )?improved|died|passed away|was discharged|"
    r"(?:made|has made) a (?:full|good|complete) recovery|without (?:any )?(?:recurrence|relapse)|"
    r"(?:returned|went back) to (?:work|normal|baseline))\b",
    re.I,
)
# ... said of the patient's symptoms: "The symptoms resolved within a week".
_SYMPTOMS = re.compile(r"(?:the )?symptoms", re.I)
# Who a case's sentences point back at: the patient the opening named.
_PATIENT = re.compile(
    r"\b(?:she|he|her|his|him|the (?:patient|child|infant|boy|girl|woman|man))\b", re.I
)
# A step after one the paper told just before ("Subsequently, ...", "Then ..."): its event is
# that one's, which the body may not show.
_STEP_AFTER = re.compile(r"^(?:Then|Subsequently|Thereafter|Next|After (?:this|that))\b")


def tells_outcome(text: str) -> bool:
    """Whether a sentence tells how the patient's case ended (`_OUTCOME`), said of the patient."""
    return bool(_OUTCOME.search(text) and (_PATIENT.search(text) or _SYMPTOMS.match(text)))


def _the_patient(m: re.Match[str]) -> str:
    """The patient named in full where `m` points at them ("His" -> "The patient's")."""
    word = m[0].lower()
    said = "the patient's" if word in ("her", "his") else "the patient"
    return said[:1].upper() + said[1:] if m[0][:1].isupper() else said


def said_in_case(p: PlainSentence, opened: bool) -> PlainSentence | None:
    """`p` as the case's body may say it: with no contrast opener when it had one (the sentence
    it set against may not be shown); None when it leans on more than the patient the opening
    names ("This led to ...", "Then ..."), or on the patient with no opening (`opened`) that
    names them."""
    q = unlean(p)
    if _STEP_AFTER.match(q.text):
        return None
    if not leans(q):
        return q
    if not opened:
        return None
    # ("she", "his", "the patient": the one the case report is about, named by its opening)
    neutral = _PATIENT.sub(_the_patient, q.text)
    return None if leans_back(neutral) else PlainSentence(**{**q.__dict__, "leans": False})


def with_case_story(
    did: list[Line],
    shown: list[Line],
    results: list[PlainSentence],
    used: set[str],
    headed: bool = False,
) -> tuple[list[Line], list[Line]]:
    """`did` and its result lines `shown` with a case report's case told whole: the first of
    `results` (the case's sentences) after the opening on the patient that says what happened
    (`_EVENT`) and the first that says what was done (`_CARE`) are kept over the grade: the
    first line shown that says as much, else the sentence added in the paper's order; then the
    opening on the patient (`with_case_opening`). How the case ended (`_OUTCOME`) is kept the same
    way; `headed` says the headline tells the case, naming the patient the sentences point at."""
    ordered = sorted(results, key=lambda p: p.order)
    opening = next((p for p in ordered if opens_on_case(p.text) and not p.part), None)
    story = [p for p in ordered if opening is None or p.order > opening.order]
    for kind in (_EVENT, _CARE, _OUTCOME):
        # (the opening's own "was admitted with ..." says who, never what happened after; of
        # several lines that say it, the shortest, the likeliest to stay plain)
        said_already = min(
            (x for x in shown if kind.search(x.text) and not opens_on_case(x.text)),
            key=lambda x: len(x.text.split()),
            default=None,
        )
        if said_already is not None:  # shown: kept over the grade, where it is
            kept = replace(said_already, main=True, lead=True)
            did = [kept if x is said_already else x for x in did]
            shown = [kept if x is said_already else x for x in shown]
            continue
        for p in story:
            if p.text in used or not kind.search(p.text):
                continue
            # (a headline that tells the case names the patient "she" points at, `headed`)
            said = said_in_case(p, opening is not None or headed)
            if said is None:
                continue
            line = Line(said.text, said.sources, main=True, lead=True)
            at = next(
                (i for i, x in enumerate(did) if x in shown and x.sources > said.sources),
                next((i + 1 for i in range(len(did) - 1, -1, -1) if did[i] in shown), len(did)),
            )
            did = [*did[:at], line, *did[at:]]
            shown = sorted([*shown, line], key=lambda x: x.sources)
            used.add(p.text)
            break
    told = any(x.lead and (_EVENT.search(x.text) or _CARE.search(x.text)) for x in shown)
    return with_case_opening(did, shown, results, used, told)
