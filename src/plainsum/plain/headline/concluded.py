"""The authors' conclusion read as a result, in an abstract without headings.

Without headings, roles come from cue words and place, and the authors' first conclusion often
reads as a result: "There is no evidence of benefit for antibiotics in X" ("no evidence" is a
result's cue), "This study showed X is probably helpful" ("showed"), "Ibuprofen is a helpful
treatment for migraine" (third from the end, before two sentences placed as conclusions). The
results after the last one that gives a number (a rate, a count, a statistic: not "type 2
diabetes" or "after 72 hours"), that state a finding in the present tense
("is", "may", "appears"), are the authors' conclusions for the headline: they come before the
sentences labelled as conclusions that follow them, in the paper's order. Only in a review of
trials, whose abstract without headings is its results and conclusions: elsewhere a sentence
in the present tense is as often the scene ("The cause of most cases is not known").
"""

from __future__ import annotations

import re

from ..finding import method_or_call, states_finding
from ..simplify import PlainSentence
from ..standalone import leans_back
from .one_comparison import compared_in_turn

_NUMBER = re.compile(r"\d")
# A number that names a thing, not a result: part of a name ("HIV-1", "CD4", "COVID-19"), a
# kind or stage ("type 2 diabetes", "grade 3"), a time or a dose ("after 72 hours", "at 12
# months", "1 to 2 mg per kg"). A conclusion says these as often as a result does; a result
# gives a rate, a count of people or a statistic.
_NAMING_NUMBER = re.compile(
    r"(?<=[A-Za-z])-?\d+[A-Za-z]*\b"
    r"|\b(?:type|grade|stage|phase|class|level|step|trisomy|chromosome|day|week|month|year|"
    r"cycle|visit) \d+\b"
    # a time point or span, never an amount ("shortened colds by 1.5 days" is a result)
    r"|\b(?:after|at|for|over|within|up to|until|beyond|during|to|of|than) (?:about |around )?"
    r"\d+(?:(?: to |-| or | and )\d+)? (?:hours?|days?|weeks?|months?|years?)\b"
    r"|\b\d+-(?:hours?|days?|weeks?|months?|years?)\b"
    # a dose given ("at a dose of 1 to 2 mg per kg")
    r"|\b(?:doses? of|at) \d+(?:\.\d+)?(?:(?: to |-| or )\d+(?:\.\d+)?)? ?(?:mg|g|mcg|"
    r"\u00b5g|IU|ml|mL)\b",
    re.I,
)


def gives_a_number(text: str) -> bool:
    """Whether `text` gives a number as a result does (a rate, a count, a statistic), not only
    one that names a thing (`_NAMING_NUMBER`: "type 2 diabetes", "after 72 hours")."""
    return bool(_NUMBER.search(_NAMING_NUMBER.sub(" ", text)))


# A reporting frame before the claim: "This study showed (that) X".
_FRAME = re.compile(
    r"^(?:This|The|These|Our|Available|Current) (?:[\w-]+ ){0,2}?(?:study|review|trials?|"
    r"analysis|results?|findings|data|evidence|authors|researchers) (?:showed|show|shows|suggests?|"
    r"suggested|indicates?|indicated|demonstrates|demonstrated|found|find) (?:that )?",
    re.I,
)
_PRESENT_FRAME = re.compile(r"\b(?:show|shows|suggests?|indicates?|demonstrates|find)\b", re.I)
# What a conclusion says holds now: "X is helpful", "there is no evidence", "X may help", an
# effect verb in the present tense ("Zinc shortens colds"; never a form that is as often a
# noun: "increases", "benefits", "changes"; never a plural's "reduce", as often "to reduce").
_PRESENT = re.compile(
    r"\b(?:is|are|appears?|seems?|may|might|can|cannot|remains?|does not|do not|"
    r"(?:reduce|improve|prevent|shorten|relieve|protect|lessen|worsen|ease|slow|lower|raise|"
    r"help|delay)s|works)\b",
    re.I,
)
# What a result says was seen: "X was lower", "there were no differences".
_PAST = re.compile(r"\b(?:was|were|had|did|showed|found|reported|observed)\b", re.I)
# How far the evidence can be trusted, not what it shows: "The effects seen can be caused by
# both systematic error and random errors".
_TRUST = re.compile(r"\b(?:bias\w*|errors?|play of chance|heterogene\w*)\b", re.I)


# An effect that names neither what had it nor on what: "The effect may be similar to X" says
# something of the sentence before it.
_UNNAMED = re.compile(
    r"^(?:The|This|These|Such|Its|Their) (?:[\w-]+ )?(?:effects?|differences?|benefits?|"
    r"improvements?|changes?|results?|findings?)\b(?! (?:of|on|in|with|from|for)\b)",
    re.I,
)
# A heading-like line with no verb of its own: "No difference when X is compared with Y".
_VERBLESS = re.compile(r"^No (?:[\w-]+ ){0,3}(?:differences?|effects?|benefits?) (?:when|if|for)\b")


# About the trials, not the treatment: "A randomised trial is neither ethical nor practical",
# "There are no long-term trials of X", "Few studies report deaths".
_ABOUT_TRIALS = re.compile(
    r"^(?:An? |The |These |Such |Most |Many |Some )?(?:[\w-]+ ){0,3}(?:trials?|stud(?:y|ies)|"
    r"RCTs?|evaluations|reports?|reporting)\b|\b(?:no|few|only|little) (?:[\w-]+ ){0,3}"
    r"(?:trials|studies|RCTs|data)\b(?! (?:to suggest|suggest|show|that)\b)"
    # where the claim comes from: "as reported in the studies", "evidence from three trials"
    r"|\bas reported in\b"
    r"|\bevidence from (?:[\w-]+ ){0,2}(?:trials|studies)\b(?!.*\b(?:that|to (?:suggest|support|"
    r"show))\b)",
    re.I,
)


# An opening that says the conclusion comes, whatever the tense after it: "Overall, there was no
# evidence that X improves Y", "In conclusion, X reduced Y".
_OPENER = re.compile(
    r"^(?:In conclusion|In summary|To conclude|To summari[sz]e|Taken together|Overall|"
    r"Collectively|In sum|Altogether),\s+|^We conclude (?:that )?",
    re.I,
)


def opens_conclusion(text: str) -> bool:
    """Whether a sentence opens by saying the authors' conclusion comes ("Overall, ...")."""
    return bool(_OPENER.match(text))


def concludes(text: str, opened: bool = False) -> bool:
    """Whether a sentence of the results reads as the authors' conclusion: no number as a
    result gives one (`gives_a_number`), a finding said in the present tense (after any
    reporting frame), no past tense in it (any tense after an opening that says a conclusion
    comes: "Overall, ...", in `text` or, by `opened`, in the paper's sentence an edit took it
    from), not about the trials themselves, not leaning on a sentence before it, and neither a
    method nor a call for research. (An abbreviation the paper leaves undefined costs it as it
    costs any conclusion: the main finding with one beats a side point without.)"""
    if gives_a_number(text) or method_or_call(text) or leans_back(text):
        return False
    opener = _OPENER.match(text)
    said = text[opener.end() :] if opener else text
    frame = _FRAME.match(said)
    claim = said[frame.end() :] if frame else said
    # "Available data show no evidence of X": the frame's own verb gives the tense
    now = bool(frame and _PRESENT_FRAME.search(frame.group()))
    if _VERBLESS.match(claim) or _UNNAMED.match(claim):
        return False
    if _ABOUT_TRIALS.search(claim) or _TRUST.search(claim):
        return False
    if opener or opened:  # the authors say it is their conclusion: a past tense is theirs
        return states_finding(claim)
    present = now or bool(_PRESENT.search(claim))
    return not _PAST.search(claim) and present and states_finding(claim)


def with_concluded(
    conclusions: list[PlainSentence],
    results: list[PlainSentence],
    said: dict[int, str] | None = None,
) -> tuple[list[PlainSentence], list[PlainSentence]]:
    """The conclusions with the results after the last numbered one and before the labelled
    conclusions that read as conclusions (`concludes`), in the paper's order, and the results
    left. For an abstract without headings only: under headings the authors placed their
    conclusions themselves. `said` holds the paper's sentences by index: an opening such as
    "Overall," that an edit left out still says the sentence is a conclusion, and the numbers
    in brackets an edit left out still say it is a result."""
    said = said or {}

    def numbered(p: PlainSentence) -> bool:
        # as edited or as the paper says it: an edit drops the brackets that hold the statistics
        return any(gives_a_number(t) for t in (p.text, *(said.get(i, "") for i in p.sources[:1])))

    conclusions, results = _results_among(conclusions, results, said)
    last_number = max((p.order for p in results if numbered(p)), default=-1)
    first_conclusion = min((p.order for p in conclusions), default=None)
    moved = [
        p
        for p in results
        if p.order > last_number
        and (first_conclusion is None or p.order < first_conclusion)
        and concludes(p.text, any(opens_conclusion(said.get(i, "")) for i in p.sources[:1]))
    ]
    if not moved:
        return conclusions, results
    kept = [p for p in results if p not in moved]
    return sorted([*moved, *conclusions], key=lambda p: p.order), kept


# An effect estimate a result gives: "(OR 1.69, 95% CI 0.98 to 2.90; 2 RCTs, n = 310)" (never
# a count a conclusion gives too: "one small study of 43 people", "induce labour in 60 women").
_STATISTIC = re.compile(r"\b(?:CI|OR|RR|HR|MD|SMD|RD|I2|I²)\b|\b[Pp] ?[<=>] ?0?\.\d")


def _results_among(
    conclusions: list[PlainSentence],
    results: list[PlainSentence],
    said: dict[int, str],
) -> tuple[list[PlainSentence], list[PlainSentence]]:
    """The conclusions read by their cue words before the paper's last sentence that gives a
    statistic (`_STATISTIC`), moved to the results: without headings a review's results come
    first and its conclusions last ("There was no firm evidence of a difference in the
    pregnancy rate (OR 1.69, ...)" reads as a conclusion by its words, and three results
    follow it), and so do those before the heading of the last comparison of several
    (`one_comparison`: "Comparison 4: A versus B ..."). Only where a conclusion is left after
    it; else as they are."""
    last = max((i for i, text in said.items() if _STATISTIC.search(text)), default=-1)
    last = max([last, *compared_in_turn(said)])  # (the heading of a review's last comparison)
    if last < 0:
        return conclusions, results
    before = [p for p in conclusions if p.sources and p.sources[0] < last]
    if not before or len(before) == len(conclusions):
        return conclusions, results
    kept = [p for p in conclusions if p not in before]
    return kept, sorted([*results, *before], key=lambda p: p.order)
