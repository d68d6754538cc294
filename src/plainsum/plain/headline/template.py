"""Headlines built from parsed facts, where no sentence of the paper can serve as it is.

A long chosen sentence said short from the aim's treatment and people (`from_facts`), and the
templates: "A review of 12 trials found no clear difference between X", "... found no clear
evidence about X", "... looked at X" (what a review says it covers, `review_topic`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...schemas import StudyDesign
from ..abbreviations import unexplained
from ..aim import LOOKED_AT
from ..finding import states_finding
from ..frames import HEADLINE_KIND
from ..simplify import PlainSentence
from ..standalone import POINTER
from ..topic import fact_headline, split_topic
from ..wholeness import finite
from .planned_test import NO_RESULTS_YET
from .record import Headline

# The topic a review sets out to cover: "This review examines the causes of X, with special
# emphasis on Y" -> "the causes of X". For a review with no finding of its own.
_REVIEW_TOPIC = re.compile(
    r"^(?:(?:(?:This|The|The present|Our) (?:[\w-]+ )?(?:review|article|paper|overview)"
    r"(?: article| paper)?)(?: aims? to| sets? out to|'s (?:aim|purpose) is to)?"
    # "The aim of this review is to summarise X", said of the paper itself
    r"|The (?:aim|purpose|objective|goal) of (?:this|the present) (?:[\w-]+ )?"
    r"(?:review|article|paper|overview) is to"
    r"|The review authors(?: (?:wanted|aimed|set out) to)?|(?:Here,? )?[Ww]e) "
    r"(?:examines?|analy[sz]es?|discuss(?:es)?|summari[sz]es?|describes?|reviews?|"
    r"focus(?:es)? on|highlights?|outlines?|addresses|address|explores?|covers?|looks? at|"
    r"provides? an? (?:[\w-]+ ){0,2}(?:review|overview|summary|update) (?:of|on)) "
    r"(?P<topic>[^,;:]+)"
)
_TOPIC_END = re.compile(
    r" (?:with (?:special|particular|an?|the) (?:\w+ )?(?:emphasis|focus)|as a |in order to |"
    r"that |which |and (?:its|their) )",
)


def review_topic(text: str) -> str | None:
    """What a review says it covers ("This review examines X ..." -> "X"), or None when the
    sentence is not of that shape or its object is not a short, self-standing noun phrase."""
    m = _REVIEW_TOPIC.match(text)
    if not m:
        return None
    topic = _TOPIC_END.split(m["topic"].rstrip(". "))[0].strip()
    n = len(topic.split())
    if not 2 <= n <= 14 or POINTER.search(topic) or re.search(r"\b(?:we|our|us)\b", topic):
        return None
    return topic


def looked_at(text: str) -> str | None:
    """What an aim said as "The review authors looked at X." covers ("X"), or None when the
    aim is not of that shape or X is not a short (16 words or fewer: "drug and non-drug
    treatments for fatigue in amyotrophic lateral sclerosis or motor nerve cell disease"),
    self-standing noun phrase."""
    m = LOOKED_AT.match(text)
    if not m:
        return None
    topic = m["what"].strip()
    n = len(topic.split())
    if not 2 <= n <= 16 or POINTER.search(topic) or re.search(r"\b(?:we|our|us)\b", topic):
        return None
    return topic


# "The review authors wanted to find out the effect of X.": what the review looked at is X.
_WANTED_EFFECT = re.compile(
    r"^(?:The review authors|The researchers) wanted to (?:find out|check|assess|see) (?:the )?"
    r"(?:effects?|benefits?|safety)(?: and (?:the )?(?:safety|side effects|harms))? of "
    r"(?P<what>[^,;:()]+)\.$"
)


# A review's aim said with where it is said or what it will do: "In this article, the review
# authors will review X", "In this Review, we discuss X" (its topic as "The review authors
# review X"); what its included studies examined ("The studies checked five technique changes
# during X": the review looked at them).
_IN_THIS = re.compile(
    r"^In (?:this|the present) (?:[\w-]+ )?(?:article|review|paper|overview|chapter),? "
    r"(?:the review authors|we) (?:will |shall )?(?=[a-z]+ )",
    re.I,
)
_STUDIES_CHECKED = re.compile(
    r"^The (?:included )?(?:studies|trials) (?:checked|looked at|assessed|examined|tested) "
    r"(?P<what>[^,;:()]+)\.$"
)


def aim_looked_at(aim: PlainSentence) -> str | None:
    """What an aim says was looked at ("The review authors looked at X.", "The present review
    analyzes X.", "The review authors wanted to find out the effect of X.", "In this article,
    the review authors will review X.", "The studies checked X." -> "X"), when it is linked to
    the paper and needs no abbreviation the paper leaves undefined."""
    wanted = _WANTED_EFFECT.match(aim.text)
    checked = _STUDIES_CHECKED.match(aim.text)
    said = f"The review authors looked at {wanted['what']}." if wanted else aim.text
    said = f"The review authors looked at {checked['what']}." if checked else said
    placed = _IN_THIS.match(aim.text)
    own = f"The review authors {aim.text[placed.end() :]}" if placed else aim.text
    covered = looked_at(said) or review_topic(own)
    return covered if covered and aim.sources and not unexplained(covered) else None


# The authors cannot say what the evidence shows: "unable to draw firm conclusions", "which
# makes it difficult to derive any conclusions", "no firm conclusions can be drawn". For the
# template only: a chosen sentence is not swapped for "no clear evidence about X" on these
# words ("No firm conclusions can be drawn about X in severe disease" bounds them to a group).
_NO_CONCLUSIONS = (
    r"\b(?:(?:unable|not able|could not|cannot) (?:to )?|(?:difficult|impossible|not possible) "
    r"to )(?:draw|reach|make|derive) (?:any )?(?:firm |definitive |definite |clear |reliable )?"
    r"conclusions\b|\bno (?:firm |definitive |definite |clear |reliable )?conclusions (?:can|could)"
    r" be (?:drawn|made|reached)\b"
    # "We could reach no reliable conclusions regarding which technique ..."
    r"|\b(?:could|can|were able to) (?:draw|reach|make) no (?:firm |definitive |definite |clear "
    r"|reliable )?conclusions\b"
)
# The authors' verdict that nothing can be concluded on what they studied, said as their own:
# "we can draw no specific conclusions about the effects of X" (an edit may say its sentence as
# the aim, "The review authors looked at X": what was looked at, and found unclear).
_DREW_NONE = re.compile(
    r"\b(?:we|the review authors) (?:could|can|were able to) (?:draw|reach|make) no "
    r"(?:firm |definitive |definite |clear |reliable |specific )?conclusions (?:about|on|"
    r"regarding|as to)\b",
    re.I,
)


def drew_no_conclusions(paper: str) -> bool:
    """Whether the paper's sentence says the authors can draw no conclusions about what it
    names (`_DREW_NONE`), with no "but" after it (never "no conclusions about X, but Y helps")."""
    m = _DREW_NONE.search(paper)
    return m is not None and not _QUALIFIED.search(paper[m.end() :])


# "The evidence from trials for the treatment of X is currently inadequate" (as drafted, "is
# now poor"): the evidence on the whole question, said to be too poor to tell.
_INADEQUATE = (
    r"^(?:The |Current |The current )?evidence (?:from|for|on|of) [^.;,]{3,100}? (?:is|was|"
    r"remains) (?:currently |still |now )?(?:inadequate|insufficient|lacking|unclear|uncertain|"
    r"poor)\b"
)
_NO_EVIDENCE = re.compile(
    rf"{_NO_CONCLUSIONS}|"
    r"\b(?:no|not enough|insufficient|inadequate|little|limited|no clear|no good|no reliable|"
    r"inconclusive|uncertain|unclear|weak|very weak)\s+(?:\w+\s+){0,2}(?:evidence|data)\b"
    r"|\bnot (?:found|identified|shown) any (?:\w+ ){0,2}(?:evidence|data)\b"
    r"|\bevidence (?:is|was|remains) (?:\w+ )?(?:unclear|uncertain|insufficient|lacking|limited)\b"
    rf"|{_INADEQUATE}"
    # "the evidence is not of enough quality to guide practice"
    r"|\bevidence (?:is|was|remains) not (?:of )?(?:sufficient|enough|adequate|high enough)\b",
    re.I,
)
# The authors' main conclusion says there is no clear evidence either way (not "weak evidence
# that X helps", which says which way it leans).
NO_CLEAR_EVIDENCE = re.compile(
    r"\b(?:unable|not able|could not|cannot) (?:to )?(?:draw|reach|make) (?:any )?(?:firm |"
    r"definitive |definite |clear |reliable )?conclusions\b|"
    r"\bno (?:\w+ ){0,3}(?:evidence|data)\b|\bnot enough (?:\w+ )?(?:evidence|data)\b|"
    # "This review has not found any firm evidence that ...": "found no firm evidence"
    r"\bnot (?:found|identified|shown) any (?:\w+ ){0,2}(?:evidence|data)\b|"
    r"\b(?:insufficient|inadequate|inconclusive) (?:\w+ )?(?:evidence|data)\b|"
    r"\bevidence (?:is|was|remains) (?:\w+ )?(?:unclear|uncertain|insufficient|lacking)\b",
    re.I,
)


def from_facts(
    origin: str, sources: tuple[int, ...], topic: str | None, topic_source: int | None
) -> Headline | None:
    """The long sentence chosen said short from parsed facts (`topic.fact_headline`): the
    aim's treatment, purpose and people with the direction of the sentence, which must name
    that treatment itself; linked to the sentence and to the aim. None when a slot is not sure."""
    if not topic or topic_source is None or topic.startswith("whether "):
        return None
    parts = split_topic(topic)
    if parts is None:
        return None
    text = fact_headline(parts, origin.rstrip("."))
    if text is None or unexplained(text):
        return None
    # no origin: the body may still give the authors' sentence whole
    return Headline(text, tuple(dict.fromkeys((*sources, topic_source))), basis=origin)


# The authors conclude that the things compared did not differ: "no differences were detected
# between the different antibiotic plans" (what is between: a noun phrase, no clause).
_NO_DIFFERENCE = re.compile(
    r"\bno (?:clear |significant |important |meaningful )?differences? (?:was|were) "
    r"(?:detected|found|seen|observed|shown) between (?P<what>(?:the )?[\w' -]{3,60}?)"
    r"(?=,|;|$| (?:for|in|on|at|after|during|when|among)\b)",
    re.I,
)
_QUALIFIED = re.compile(r"[,;]\s*(?:but|whereas|however)\b|\b(?:except|only|apart from)\b", re.I)
_A_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|not)\b", re.I)


def _no_difference(text: str) -> str | None:
    """What a conclusion says did not differ ("the different antibiotic plans"), or None when
    it says no such thing, says it of a clause, or qualifies it ("but", "only")."""
    m = _NO_DIFFERENCE.search(text.rstrip("."))
    if not m or _QUALIFIED.search(text) or _A_VERB.search(m["what"]):
        return None
    what = m["what"].strip()
    if " and " not in what and not re.search(r"\b(?:different|two|three|various)\b|s$", what):
        return None  # "between" takes two or more things
    return None if unexplained(what) else what


def main_conclusions(conclusions: list[PlainSentence]) -> list[PlainSentence]:
    """The authors' conclusions up to their first finding: what a template may say the review
    found where that finding is sure. A later one ("there is no evidence to prefer one approach
    over the other") is a side point; said of the whole topic ("found no clear evidence about
    X") it would be false where the first finding is that X works."""
    for i, s in enumerate(conclusions):
        if states_finding(_PURPOSE.sub("", s.text)) and not _AMOUNT.search(s.text):
            return conclusions[: i + 1]
    return conclusions


def says_unclear(conclusions: list[PlainSentence]) -> bool:
    """Whether the authors' conclusions up to their first finding (`main_conclusions`) say the
    evidence is unclear (`_NO_EVIDENCE`)."""
    return any(_NO_EVIDENCE.search(s.text) for s in main_conclusions(conclusions))


_NONE_EITHER_WAY = re.compile(
    rf"{_NO_CONCLUSIONS}|{_INADEQUATE}"
    # "Therefore, no implications for practice can be drawn"
    r"|\bno (?:firm |clear )?implications (?:for (?:practice|research) )?(?:can|could) be drawn\b",
    re.I,
)


def says_no_clear_evidence(conclusions: list[PlainSentence]) -> bool:
    """Whether the authors' conclusions up to their first finding (`main_conclusions`) say the
    evidence tells neither way (`NO_CLEAR_EVIDENCE`: "insufficient evidence to determine",
    "no firm conclusions can be drawn"), not only that it is limited or weak, which may still
    lean one way ("limited data suggest X is as good as Y")."""
    return any(
        NO_CLEAR_EVIDENCE.search(s.text) or _NONE_EITHER_WAY.search(s.text)
        for s in main_conclusions(conclusions)
    )


# A finding that is not sure or finds nothing ("little or no difference", "no evidence").
_NOT_SURE = re.compile(
    r"\b(?:no|not|unclear|uncertain\w*|insufficient|inadequate|little|limited|lack\w*|"
    r"inconclusive|conflicting|unknown|doubt)\b",
    re.I,
)
# What a procedure is done for is no finding: "X is performed worldwide to improve outcomes".
_PURPOSE = re.compile(
    r"\b(?:in order )?to (?:improve|reduce|increase|prevent|treat|relieve|help|lower|raise|"
    r"enhance|promote|ease|slow|stop)\b.*",
    re.I,
)


# "Limited data on X exist", "Only two trials have been done": how much is known, no finding.
_AMOUNT = re.compile(
    r"^(?:Only |There (?:is|are|were|was) )?(?:limited|little|few|sparse|scarce|one|two|three|a "
    r"few|\d+) (?:[\w-]+ ){0,3}(?:data|evidence|information|trials?|studies)\b(?! (?:to suggest|"
    r"that|suggests?|shows?|showing)\b)[^,;]*$",
    re.I,
)


# An empty review: no study met its criteria ("The review authors found no randomised trials
# of X", "did not find any studies that assessed X", "No studies meeting the entry rules were
# found"); never one outcome no study reported ("No trials were found that measured pain": the
# review has trials).
_NONE_FOUND = re.compile(
    r"\b(?:found no|(?:did not|could not|failed to) (?:find|identify|locate) any) "
    r"(?P<x>(?:[\w-]+ ){0,2})(?P<a>trials|studies)\b"
    # (kinds listed with commas: "No published, unpublished or ongoing trials ... were found")
    # ("No study was found that met the entry rules": one word for none)
    # (or after a count of what the searches found: "Searches retrieved 36 studies ...; no
    # suitable studies were found"; "There are no included studies.")
    r"|(?:^|; )(?:(?P<there>There (?:are|were) no included )|No (?P<y>(?:[\w-]+,? ){0,5}?))"
    r"(?P<b>trials?|stud(?:y|ies))\b(?(there)\.?$|[^.;]{0,60}?\b(?:(?:were|was|are|"
    # ("No studies could be included": none met the review's own rules)
    r"could be) (?:found|"
    r"identified|located|eligible|suitable|included)"
    # "No studies met the entry rules, therefore there are no results to report"
    r"|met (?:the |our )?(?:entry|inclusion|selection|eligibility) (?:rules|criteria))\b)",
    re.I,
)
# A sentence that is only the finding, with nothing after it that narrows it to a part ("The
# review authors found no randomised trials.", never "... found no trials in children."), or
# that says what the review took in: "No trials are included in this review."
_NONE_AT_ALL = (
    r"|^(?:The review authors|We) (?:found|identified) no (?:[\w-]+ ){0,3}(?:trials|studies)\.?$"
    r"|^There (?:are|were) no included (?:trials|studies)\.?$|\bincluded in (?:this|the) review\b"
)
_PLURAL = {"study": "studies", "trial": "trials"}  # "found no study" says "no studies"
_WHOLE_REVIEW = re.compile(
    r"\b(?:entry|inclusion|selection|eligib\w*|suitable|for (?:this|the) review|met|meeting|"
    r"could be included)\b"
    r"|(?:any|no) (?:[\w-]+ )?(?:trials|studies) (?:(?:that )?(?:assess|check|evaluat|compar|"
    r"test|look)\w*|of|on)\b(?! (?:for|on) )" + _NONE_AT_ALL,
    re.I,
)


# What the studies a review found none of would have looked at: "... found no trials checking
# X" -> "checking X" (to the sentence's end, no clause after a comma).
_LOOKED_FOR = re.compile(
    r"\b(?:trials|studies)\s+(?P<what>(?:that (?:assessed|checked|evaluated|compared|tested|"
    r"looked at)|checking|assessing|evaluating|comparing|testing|looking at|(?P<of>of|on))\b"
    r"[^,;:()]+)$",
    re.I,
)


EMPTY_LEAD = "A review found no "  # the headline of an empty review (`empty_review`)
# ... when the authors say none met their criteria, and name no kind of study
_CRITERIA = re.compile(r"\b(?:criteria|eligib\w*|inclusion|entry rules)\b", re.I)
_MET_CRITERIA = " that met its criteria"
# Before any other finding, only a sentence on the review's own entry rules says it is empty
# ("No studies met the inclusion criteria"), never one about a part of it: "No new trials were
# found for this update", "did not find any trials checking other nitrates", "no suitable
# non-randomised studies" (the review has trials of the rest).
_ENTRY = re.compile(
    r"\b(?:entry|inclusion|selection|eligib\w*|suitable|met|meeting)\b|\bfor (?:this|the) review\b"
    r"|^No (?:trials|studies) could be included\b" + _NONE_AT_ALL,
    re.I,
)
_HANGING = re.compile(r"\b[a-z]{3,}ed$")  # a topic cut after its participle
# ("... found no randomised trials for inclusion in this update", as in its last version: none)
_PART = re.compile(
    r"\b(?:new|additional|further|more|other|(?<!inclusion in this )update|non-[\w-]+)\b", re.I
)


def found_empty(
    conclusions: list[PlainSentence],
    results: list[PlainSentence],
    topic: str | None,
    topic_source: int | None,
) -> Headline | None:
    """`empty_review` where a sentence says no study met the review's own entry rules, none
    about a part of the review (`_PART`): the authors' conclusions first (they may name what no
    study looked at), then that sentence; None when no sentence says so."""
    said = [
        s
        for s in (*conclusions, *results)
        if _ENTRY.search(s.text) and not _PART.search(s.text) and empty_review([s], None, None)
    ]
    if topic and _HANGING.search(topic):
        topic = None  # "various interventions delivered" (delivered how?): the authors' words
    head = empty_review([*conclusions, *said], topic, topic_source) if said else None
    if head is None:
        head = _opens_empty(results)
    return None if head is None else replace(head, empty=True)


def _opens_empty(results: list[PlainSentence]) -> Headline | None:
    """ "A review found no randomised trials of X" where the review's results open by saying
    they found no trials of X (CD013664 "We did not identify any RCTs of adjunctive modulation
    of wound healing during cataract surgery ...", CD008489 "We found no controlled trials on
    X versus Y for ..."): a review with no count of studies whose results begin so found none
    of what it looked for, in the authors' words; never of a part (`_PART`: "no new trials"),
    and never without those words (what no trial looked at said by the review's topic could
    be wider than its question). None otherwise."""
    first = results[:1]
    if not first or _PART.search(first[0].text) or not _NONE_FOUND.search(first[0].text):
        return None
    # (an explanation in brackets is the body's: "an earlier trabeculectomy (an eye operation)")
    head = empty_review([replace(first[0], text=_BRACKETED.sub("", first[0].text))], None, None)
    return head if head is not None and head.text.split()[-1] not in _KINDS else None


_KINDS = {"trials", "studies", "include"}  # the sentence named only the kind of study: no X


def empty_review(
    conclusions: list[PlainSentence], topic: str | None, topic_source: int | None
) -> Headline | None:
    """ "A review found no trials of X" where the authors conclude that no study met the
    review's criteria (`_NONE_FOUND`, said of the whole review: `_WHOLE_REVIEW`), naming what
    the review looked at when that is known, else what the authors say no study looked at,
    else the kind of study they found none of (the authors' words: "suitable trials");
    None otherwise."""
    for s in conclusions:
        m = _NONE_FOUND.search(s.text)
        if m is None or not _WHOLE_REVIEW.search(s.text) or not s.sources:
            continue
        what = _PLURAL.get((m["a"] or m["b"]).lower(), (m["a"] or m["b"]).lower())
        kind = (m["x"] or m["y"] or "").lower()  # "randomised ": what it found none of
        if topic and topic_source is not None and not topic.startswith("whether "):
            sources = (*s.sources, topic_source)
            # (studies of other designs may have been found and left out: "no studies of X"
            # was false of CD005558, which found 18 non-randomised ones; reader59_w5)
            met = "" if kind.strip() or not _CRITERIA.search(s.text) else _MET_CRITERIA
            said = f"{kind}{what} of {topic}{met}"
            return Headline(f"{EMPTY_LEAD}{said}", sources, True, basis=s.text)
        looked = _LOOKED_FOR.search(s.text[m.start() :].rstrip("."))
        if looked and 3 <= len(looked["what"].split()) <= 20 and not POINTER.search(looked[0]):
            # what the authors say no study looked at, in their words ("no randomised trials
            # of X": the kind they found none of, too, CD007157)
            said = f"{kind if looked['of'] else ''}{what} {looked['what']}"
            return Headline(f"{EMPTY_LEAD}{said}", s.sources, True, basis=s.text)
        # the kind of study the authors say they found none of, in their words
        said = f"{kind}{what}" if kind.strip() else f"{what} to include"
        return Headline(f"{EMPTY_LEAD}{said}", s.sources, True, basis=s.text)
    return None


# What the authors say they can draw no conclusions about, in their words, to where the
# sentence goes on ("..., given the low certainty", "or in which situations ...").
_DREW_NONE_ABOUT = re.compile(
    r"\b(?:The review authors|We) (?:could|can|were able to) (?:draw|reach|make) no "
    r"(?:firm |definitive |definite |clear |reliable |specific )?conclusions (?:about|on|"
    r"regarding|as to) (?P<what>(?:which|whether|how|the) [^,;:()]+?)"
    r"(?=,|;|\.?$| (?:or in|or for|given|because|as|since|owing|due)\b)"
)


def _concluded_nothing_about(conclusions: list[PlainSentence]) -> tuple[str, PlainSentence] | None:
    """What a conclusion, as edited, says the authors can draw no conclusions about ("which
    technique gave better eye alignment after surgery"), and the conclusion; None when none
    says so in a short, whole phrase with nothing after it that qualifies it."""
    for s in conclusions:
        m = _DREW_NONE_ABOUT.search(s.text)
        if m is None or not s.sources or _QUALIFIED.search(s.text[m.end() :]):
            continue
        what = m["what"].strip()
        if 3 <= len(what.split()) <= 18 and not POINTER.search(what) and not unexplained(what):
            return what, s
    return None


def verdict_template(
    aims: list[PlainSentence],
    conclusions: list[PlainSentence],
    said: dict[int, str],
    design: StudyDesign,
    studies: str | None,
    studies_source: int | None,
) -> Headline | None:
    """ "A review of 10 trials found no clear evidence about X" where the authors say they can
    draw no conclusions about what they studied: a review's aim, as edited, says what was
    looked at (`aim_looked_at`: X) and its paper sentence is that verdict
    (`drew_no_conclusions`), or a conclusion names X itself ("We could reach no reliable
    conclusions regarding which technique gave X"); None otherwise."""
    if design != StudyDesign.REVIEW:
        return None
    kind = f"A review of {studies}" if studies else "A review"
    counted = [] if studies_source is None else [studies_source]
    for aim in aims:
        covered = aim_looked_at(aim)
        if covered is None or not drew_no_conclusions(said.get(aim.sources[0], "")):
            continue
        sources = tuple(dict.fromkeys((*counted, aim.sources[0])))
        text = f"{kind} found no clear evidence about {covered}"
        return Headline(text, sources, True, basis=said[aim.sources[0]])
    about = _concluded_nothing_about(conclusions)
    if about is not None:
        what, s = about
        sources = tuple(dict.fromkeys((*counted, *s.sources)))
        return Headline(f"{kind} found no clear evidence about {what}", sources, True, basis=s.text)
    return None


def fill_template(
    conclusions: list[PlainSentence],
    design: StudyDesign,
    animals: str,
    studies: str | None,
    studies_source: int | None,
    topic: str | None,
    topic_source: int | None,
) -> Headline:
    """A headline from the design and parsed facts: what the authors found no difference
    between, that they found no clear evidence about the topic, or the topic looked at."""
    kind = HEADLINE_KIND.get(design, "A study").format(animals=animals)
    sources: list[int] = []
    if studies and design in (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW):
        kind = f"A review of {studies}"
        if studies_source is not None:
            sources.append(studies_source)
    if design == StudyDesign.REVIEW and not studies:
        empty = empty_review(conclusions, topic, topic_source)
        if empty is not None:
            return replace(empty, empty=True)  # (its limitations say the question is open)
    main = main_conclusions(conclusions)
    if not main or _NOT_SURE.search(main[-1].text):
        main = conclusions  # the main finding is itself unsure: any conclusion may say how
    for s in main:  # "no differences were detected between X": said in a template
        between = _no_difference(s.text)
        if between:
            said = tuple(dict.fromkeys((*sources, *s.sources)))
            return Headline(f"{kind} found no clear difference between {between}", said, True)
    if design == StudyDesign.PROTOCOL:  # no results yet: nothing was found or reported
        if topic:  # (a topic its title gives has no sentence of its own)
            said = (*sources, *([] if topic_source is None else [topic_source]))
            return Headline(f"{kind} will look at {topic}", said, True)
        return Headline(f"{kind} {NO_RESULTS_YET}", tuple(sources), True)
    no_evidence = next((s for s in main if _NO_EVIDENCE.search(s.text)), None)
    unsure = None if no_evidence else next((s for s in main if unsure_which(s.text)), None)
    if unsure is not None and unsure.sources:
        # "The review authors are uncertain which X is best": what they could not tell, in
        # their words, rather than only what was looked at (CD011296)
        said = tuple(dict.fromkeys((*sources, *unsure.sources)))
        return Headline(f"{kind} found {unsure_which(unsure.text)}", said, True)
    if topic and topic_source is not None:
        sources.append(topic_source)
        if no_evidence is not None:
            sources.extend(no_evidence.sources)
            return Headline(f"{kind} found no clear evidence about {topic}", tuple(sources), True)
        return Headline(f"{kind} looked at {topic}", tuple(sources), True)
    if no_evidence is not None:
        sources.extend(no_evidence.sources)
        lacking = _too_little_for(no_evidence.text)
        if lacking is not None:  # "... found too little evidence to support X in Y"
            return Headline(f"{kind} found {lacking}", tuple(sources), True)
        return Headline(f"{kind} found the evidence was not clear", tuple(sources), True)
    return Headline(f"{kind} reports its findings", tuple(sources), True)


# "provides too little evidence to support systemic treatment in women with X", "there is no
# evidence to support the use of Y": what the authors find too little evidence for, in their words.
_LACKING = re.compile(
    r"\b(?P<amount>not enough|too little|insufficient|no clear|no)\s+evidence\s+"
    r"(?P<what>to support (?!(?:this|these|that|those|it|them|such|their|its|his|her)\b)"
    r"[^,;:()]{6,120}?)\.?$",
    re.I,
)
LACKING_MAX_WORDS = 16


def _too_little_for(text: str) -> str | None:
    """What a conclusion says there is too little (or no clear) evidence to support, as a
    template's finding ("too little evidence to support X"), or None when it names no such
    thing in a short, whole phrase."""
    m = _LACKING.search(text)
    if m is None:
        return _too_little_to_tell(text)
    if POINTER.search(m["what"]) or len(m["what"].split()) > LACKING_MAX_WORDS:
        return None
    amount = "no clear" if m["amount"].lower().startswith("no") else "too little"
    return f"{amount} evidence {m['what']}"


# "There were not enough data to find out which treatment is best for urethral stricture
# disease", "insufficient evidence to determine whether X improves Y": what the authors could not
# tell, in their words, said whole to the end of the sentence (the template once said only "A
# review of two trials found the evidence was not clear", a headline the gate calls hollow).
_TO_TELL = re.compile(
    r"\b(?:not enough|too little|insufficient|inadequate)\s+(?:\w+\s+)?(?:evidence|data)\s+"
    r"(?:available\s+)?to\s+(?:find out|tell|determine|know|say|establish|assess|judge|decide)\s+"
    r"(?P<what>(?:which|whether|if) [^;:()]{6,140}?)\.?$",
    re.I,
)


# "The review authors are uncertain which insulin plan is best for X", "It remains unclear
# whether X helps Y": the authors' verdict that they cannot tell, said whole to the sentence's
# end (a conclusion the chooser reads as no finding, so the template once said only "looked at").
_UNSURE_WHICH = re.compile(
    r"^(?:The review authors|The authors|We|It) (?:are|is|remain|remains) (?:still |currently )?"
    r"(?:uncertain|unsure|unclear) (?P<what>(?:which|whether|if) [^;:()]{6,140}?)\.?$"
)


def unsure_which(text: str) -> str | None:
    """ "no clear evidence about which X" of a conclusion that says the authors cannot tell
    which (whether) X (`_UNSURE_WHICH`), when X is whole, unqualified (`_QUALIFIED`), points at
    nothing said before and fits `LACKING_MAX_WORDS`; else None."""
    m = _UNSURE_WHICH.match(text)
    if m is None or POINTER.search(m["what"]) or len(m["what"].split()) > LACKING_MAX_WORDS:
        return None
    if _QUALIFIED.search(m["what"]):
        return None  # ("which X is best, but Y was less painful": what follows is a finding)
    what = m["what"]
    if what.startswith("if "):
        what = "whether " + what[3:]
    if not finite(what.split(" ", 1)[1]):
        return None
    return f"no clear evidence about {what}"


# "not enough evidence to inform practice about using steam inhalation for acute bronchiolitis
# (a chest infection of babies) in children": what the evidence is too little to guide, in the
# authors' words (an explanation in brackets is left for the body).
_TO_INFORM = re.compile(
    r"\b(?:not enough|too little|insufficient|inadequate)\s+(?:\w+\s+)?(?:evidence|data)\s+"
    r"(?:available\s+)?to\s+(?:inform|guide)\s+(?:clinical\s+)?practice\s+(?:about|on|regarding)"
    r"\s+(?P<what>(?:[^;:()]|\([^()]*\)){6,160}?)\.?$",
    re.I,
)


_BRACKETED = re.compile(r" \([^()]*\)")


def _too_little_to_tell(text: str) -> str | None:
    """ "too little evidence to tell which X" of a conclusion that says there is too little
    evidence to find out which (whether) X (`_TO_TELL`), or "too little evidence to inform
    practice about X" (`_TO_INFORM`), when X is whole, points at nothing said before and fits
    `LACKING_MAX_WORDS`; else None."""
    guide = _TO_INFORM.search(text)
    if guide is not None:
        what = _BRACKETED.sub("", guide["what"])
        if POINTER.search(what) or len(what.split()) > LACKING_MAX_WORDS:
            return None
        return f"too little evidence to inform practice about {what}"
    m = _TO_TELL.search(text)
    if m is None or POINTER.search(m["what"]) or len(m["what"].split()) > LACKING_MAX_WORDS:
        return None
    what = m["what"]
    if what.lower().startswith("if "):
        what = "whether " + what[3:]
    if not finite(what.split(" ", 1)[1]):
        return None
    return f"too little evidence to tell {what}"
