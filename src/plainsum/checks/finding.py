"""The summary says what the study found, not only how it was done.

A summary whose "what the study did" holds only the design ("This was a review of earlier
studies"), the search date, the aim and a count of studies tells a reader nothing they can use:
an editor cannot publish it. A sentence states a result when it is a content sentence (not a
pointer to the care team or a statement of the design; a caveat that states an effect counts)
that reports no procedure (unless it states an effect or what evidence was found beside it:
"found low-level evidence for laquinimod because only one trial was included"), and either a
results or conclusion sentence of the paper supports it or it states an effect or its absence
itself.

Outside "what the study did" (the headline, why it matters, the limitations) a sentence counts
when it says so in words: a caveat or a statement of the design there is no finding, and a
sentence is not one merely because the paper's limitations say the same.

- error: no section states a result (the summary never says what the study found);
- error: "what the study did" states none but another section does: a reader of the body
  learns how the study was done and never what it found (both independent readings of the
  offline drafts judged such drafts unpublishable; the message says where the result is).
- error: the body is thin, one sentence of its own or none (`thin`);
- warning: the body states results, but none is the one the paper's main conclusion rests on
  (`main_finding`: the sildenafil review's body gave quality of life and side effects, never
  the erection results);
- warning: the paper's main conclusion (its first two conclusion sentences) is that something
  made no difference, and no sentence of the summary says that anything made no difference or
  is unclear: a summary of secondary gains that leaves out a null main result misleads. A
  warning, not an error: the null may be a side point of a long conclusion (measured on the
  human lay summaries in ../shared/data: 17 of the 158 whose paper concludes a null say none).
"""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import frame_kind, split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity
from .empty_review import check_empty_review, empty_review
from .finding_words import SAYS_NULL
from .main_finding import check_main_finding
from .polarity import claims_in
from .thin import check_thin

CHECK = "finding"
BODY = "what_the_study_did"
# Where else a summary may state its result, in the order a reader meets them.
ELSEWHERE = ("headline", "why_it_matters", "limitations")
_NAMES = {
    "headline": "the headline",
    "why_it_matters": "why it matters",
    "limitations": "the limitations",
}

# How the study was done: its design, search, aim, size and what it examined.
PROCEDURE = re.compile(
    r"^(?:this|it) (?:was|is) an? \b"
    r"|\b(?:searched|search(?:es)? (?:was|were) (?:done|run|made))\b"
    r"|\b(?:wanted|aimed|set out|tried|sought|planned|hoped) to\b|\b(?:aim|goal|objective|"
    r"purpose|question)s? (?:was|were|is|are)\b"
    r"|\b(?:included|enrolled|recruited|involved|selected|identified|(?:were|was) "
    r"(?:randomi[sz]ed|assigned)|took part|met (?:the |their )?(?:\w+ )?(?:rules|criteria))\b"
    r"|\b(?:compared(?! (?:with|to)\b)|tested|evaluated|examined|assessed|checked|looked at|"
    r"investigated|studied|measured|followed)\b"
    r"(?!.*\b(?:found|showed|shows|reported that|suggest\w*)\b)",
    re.I,
)
# What evidence there is, not what it shows: how many studies have been done, how little data
# there was on a point ("Only two trials have been done", "Information on side effects was very
# limited"). A review that found nothing to include says so otherwise (`_NONE_FOUND`).
_EVIDENCE_AVAILABLE = re.compile(
    r"\b(?:have|has) been (?:done|conducted|carried out|performed|published|run)\b"
    r"|^(?:there (?:were|was|are|is) )?only (?:one|two|three|four|five|six|a few|\d+) "
    r"(?:[\w-]+ ){0,4}?(?:trials?|studies|reports?)(?: (?:were|was) (?:found|done|included))?\W*$"
    r"|^(?:the )?(?:information|data|reporting|evidence) (?:on|about|for) (?:[\w-]+ ){1,5}?"
    r"(?:was|were|is|are) (?:very |too |rather |also )?(?:limited|scarce|sparse|lacking|"
    r"poor|incomplete|few)\W*$",
    re.I,
)
# A review that found nothing to include: that is its finding.
_NONE_FOUND = re.compile(
    r"\b(?:found|identified|were) no (?:\w+ ){0,3}?(?:studies|trials|evidence)\b"
    r"|\bno (?:\w+ ){0,3}?(?:studies|trials) (?:were found|met|were eligible|were included)\b"
    r"|\b(?:without|no) (?:any )?included (?:studies|trials)\b",
    re.I,
)
# A result said in so many words: an effect, a difference, its absence, what was seen.
_RESULT = re.compile(
    r"\b(?:found|showed|shows|shown|suggest\w*|concluded|effective|efficacy|improv\w*|reduc\w*|"
    r"lower\w*|rais\w*|increas\w*|decreas\w*|benefit\w*|help\w*|eas\w*|slow\w*|worse|better|"
    r"fewer|more|less|prevent\w*|linked|associated|related|caus\w*|differ\w*|similar|no effect|"
    r"unchanged|did not (?:change|work|help)|not enough evidence|no (?:clear )?evidence|"
    r"uncertain|unclear|unknown|not (?:yet )?(?:clear|known|certain)|fell|rose|dropped)\b",
    re.I,
)
# An effect or an evidence statement said outright: it is a result even beside a procedure
# word ("... because only one study was included", "pain scores and other results measured").
_STATED = re.compile(
    r"\b(?:found|showed|gave|is|was|there (?:is|was|were)) (?:(?:no|little|some|only|"
    r"[\w]+[- ](?:level|certainty|quality)|low|very|moderate|high|good|strong|weak|limited) )*"
    r"evidence (?:for|of|that|to)\b"
    r"|\b(?:improved|reduced|lowered|increased|decreased|worsened|eased|slowed|prevented|"
    r"fell|rose)\b"
    # an effect said with its hedge: "amantadine may slightly reduce fatigue measured on the
    # fatigue scale" is the result, its measure beside it ("measured" alone read as procedure)
    r"|\b(?:may|might|can|could|probably|likely)(?: (?:not|also|only))?(?: \w+ly)? (?:reduce|"
    r"improve|lower|raise|increase|decrease|worsen|ease|slow|prevent|help)\b"
    r"|\b(?:did|does|do) not (?:change|differ|improve|reduce|help|work|lower|raise|slow)\b"
    r"|\bno (?:clear |real |important )?(?:difference|effect|benefit|change)s?\b"
    r"|\b(?:was|were) (?:\w+ )?(?:higher|lower|better|worse|similar|linked|associated)\b"
    r"|\beffects? (?:of|on) .{0,80}\b(?:is|are|was|were|remains?) (?:still )?(?:not (?:yet )?"
    r"(?:clear|known|certain)|unclear|uncertain|unknown)\b",
    re.I,
)
# A result verb before the procedure word: "X showed helpful effects on objectively checked
# thinking" states a result whose measure a procedure word describes. "found five trials that
# examined ..." names no effect and stays a procedure.
_RESULT_FIRST = re.compile(
    r"\b(?:showed|shows|show|found|finds|suggest(?:s|ed)?|demonstrat(?:es|ed))\b (?:that\b|"
    r"(?:[\w-]+ ){0,3}?(?:effects?|benefits?|differences?|improvements?|reductions?|increases?|"
    r"changes?|evidence|harms?)\b)",
    re.I,
)
# The question a study asked ("to see whether it reduced ..."): an effect named there is not
# a result.
_QUESTION = re.compile(r"\b(?:whether|if|how|to (?:see|find out|learn|test))\b.*", re.I)
# A verb: a sentence without one names a topic and states nothing.
_VERB = re.compile(
    r"\b(?:is|are|was|were|had|has|have|did|does|do|may|might|can|could|\w+ed)\b", re.I
)
# Frame sentences that never report a finding; a caveat may ("low-certainty evidence that X
# prevents Y" is the finding, said with its caveat).
_NOT_FINDINGS = ("care_team", "not_about_ms", "design", "note", None)
_RESULT_ROLES = (Role.RESULTS, Role.CONCLUSION, Role.LIMITATION)
_FOUND_ROLES = (Role.RESULTS, Role.CONCLUSION)


def _states_outright(text: str) -> bool:
    """Whether `text` states an effect or an evidence statement outside a question clause."""
    return bool(caseless.search(_STATED, _QUESTION.sub("", text)))


def procedure_only(text: str) -> bool:
    """Whether a sentence reports how the study was done, or what evidence there is, and states
    no result beside it."""
    if caseless.search(_NONE_FOUND, text):
        return False
    if caseless.search(_EVIDENCE_AVAILABLE, " ".join(text.split())):
        return True
    if not caseless.search(PROCEDURE, text) or _RESULT_FIRST.search(_QUESTION.sub("", text)):
        return False
    return not _states_outright(text)


def states_result(link: EvidenceLink, roles: list[Role]) -> bool:
    """Whether a sentence of "what the study did" reports something the study found."""
    if procedure_only(link.text):
        return False
    if link.kind != "content" and frame_kind(link.text) in _NOT_FINDINGS:
        return False
    supported = any(i < len(roles) and roles[i] in _RESULT_ROLES for i in link.source_sentences)
    return supported or bool(_RESULT.search(link.text))


def states_result_elsewhere(link: EvidenceLink, roles: list[Role]) -> bool:
    """Whether a sentence of the headline, why it matters or the limitations reports something
    the study found: it says so in words (an effect, a difference, how sure the evidence is),
    or a results or conclusion sentence of the paper supports a statement (a sentence with a
    verb) it makes. A caveat counts only when it states an effect or the evidence found."""
    if procedure_only(link.text):
        return False
    if link.kind != "content" or frame_kind(link.text) is not None:
        return _states_outright(link.text) and frame_kind(link.text) not in _NOT_FINDINGS[:4]
    if _RESULT.search(_QUESTION.sub("", link.text)):
        return True
    found = any(i < len(roles) and roles[i] in _FOUND_ROLES for i in link.source_sentences)
    return found and bool(_VERB.search(link.text))


MAIN_CONCLUSIONS = 2  # the paper's first conclusion sentences hold its main result


def null_left_out(source: Source, links: list[EvidenceLink]) -> str | None:
    """The paper's main conclusion sentence that says something made no difference, when no
    sentence of the summary says anything like it; else None."""
    if any(SAYS_NULL.search(link.text) for link in links):
        return None  # the summary says it in so many words: the paper's claims are not read
    conclusions = [s.text for s in split_source(source) if s.role == Role.CONCLUSION]
    null = next(
        (
            t
            for t in conclusions[:MAIN_CONCLUSIONS]
            if any(c.polarity == "null" for c in claims_in(t))
        ),
        None,
    )
    if null is None:
        return None
    for link in links:
        if any(c.polarity == "null" for c in claims_in(link.text)):
            return None
    return null


def _null_finding(null: str) -> Finding:
    shown = null if len(null) <= 160 else null[:157] + "..."
    return Finding(
        check=CHECK,
        severity=Severity.WARNING,
        section=BODY,
        message=(
            "The paper's main conclusion is that something made no clear difference "
            f"({shown!r}), but the summary never says so."
        ),
        hint="Say what made no difference, as plainly as what did.",
    )


def _listed(names: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def check_finding(
    source: Source, links: list[EvidenceLink], *, planned: bool = False
) -> list[Finding]:
    """An error when "what the study did" states no result (whether or not another section
    does) or is thin (`thin`), and a warning when a null main conclusion is left out or the
    body's results leave out the main one (`main_finding`). A planned study (a protocol) has
    no result to state: only thinness is checked."""
    if planned:
        return check_thin(links, CHECK)
    if empty_review(source) is not None:  # what it found is that there was nothing to find
        return [*check_empty_review(source, links), *check_thin(links, CHECK)]
    roles = [s.role for s in split_source(source)]
    null = null_left_out(source, links)
    extra = [*check_thin(links, CHECK), *([_null_finding(null)] if null else [])]
    stated = [k for k in links if k.section == BODY and states_result(k, roles)]
    if stated:
        return [*extra, *([] if null else check_main_finding(source, stated, CHECK))]
    where = [
        section
        for section in ELSEWHERE
        if any(k.section == section and states_result_elsewhere(k, roles) for k in links)
    ]
    if where:
        return [
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                section=BODY,
                message=(
                    "What the study did says how it was done but not what it found; the "
                    f"results are under {_listed([_NAMES[s] for s in where])}."
                ),
                hint="Move the main results into what the study did.",
            ),
            *extra,
        ]
    return [
        Finding(
            check=CHECK,
            severity=Severity.ERROR,
            section=BODY,
            message=(
                "The summary never says what the study found: what the study did holds only "
                "how it was done (design, search, aim, size), and no other section states a "
                "result."
            ),
            hint=(
                "Add the main results to what the study did: what changed, by how much, or "
                "that nothing did."
            ),
        ),
        *extra,
    ]
