"""Whether "why it matters" says what the finding means (the substance check's hollow_why rule).

It says nothing when every sentence is hollow (a stock frame, a caveat that names nothing, the
study's aim said again, or that the meaning is not given), or when it holds the paper's
background said again beside stock frames only. What the paper concludes that a summary could
carry there is `conclusion_to_carry`.
"""

from __future__ import annotations

import re

from ..evidence import (
    SourceSentence,
    content_words,
    frame_kind,
    overlaps,
    split_source,
    word_weight,
)
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink

# A caveat naming what it is about ("There is little evidence that sildenafil helps ...") is a
# conclusion; a stock one ("This means it is not yet clear how much this helps people with MS")
# names nothing: the weight of its words beyond the words for MS and people.
TOPIC_WEIGHT = 6.0
BACKGROUND_ALIGNED = 0.7  # a why sentence this well held by a background sentence says it again
BACKGROUND_MARGIN = 0.25  # how much better the background must hold it than any finding
PAPERS_OWN = 0.9  # a frame-like sentence this well held by one of the paper's is the paper's
_FINDING_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION})
# Frames that say nothing of their own in a section.
STOCK_FRAMES = frozenset({"design", "note", "care_team", "not_about_ms"})
_READER_WORDS = frozenset("ms people persons patients everyone anyone sclerosis multiple".split())

# The study's aim said again: what the study wanted, not what its result means.
_AIM = re.compile(
    r"\b(?:wanted|aimed|set out|tried|sought|planned|hoped|was designed) to\b"
    r"|\b(?:aim|goal|objective|purpose|question)s? (?:of (?:this|the) \w+ )?(?:was|were|is|are)\b"
    r"|\b(?:looked at|tested|asked|checked|studied|examined|assessed) (?:whether|if|how)\b"
    r"|^(?:this|the) (?:\w+ )?(?:study|review|trial|research|work) (?:looked at|studied|"
    r"examined|was about)\b",
    re.I,
)
# A sentence saying the meaning is not given: honest, and still no reason why it matters.
_MEANING_NOT_GIVEN = re.compile(
    r"\b(?:does not|doesn't|did not|didn't|do not|cannot|can't) (?:\w+ )?(?:say|tell|state|"
    r"explain)\w* (?:\w+ ){0,3}?(?:what|how|why) (?:this|it|these|the (?:results?|findings?))\b"
    r"|\bwhat (?:this|it|these|the (?:results?|findings?)) (?:means?|mean) for\b[^.]*\b"
    r"(?:not (?:yet )?(?:known|clear|certain)|unclear|unknown)\b",
    re.I,
)


def names_topic(text: str) -> bool:
    """Whether a sentence names what it is about (a treatment, an outcome), by the weight of its
    words beyond the words for MS and people."""
    words = [w for w in content_words(text) if w.lower() not in _READER_WORDS]
    return sum(word_weight(w) for w in words) >= TOPIC_WEIGHT


def _papers_own(link: EvidenceLink) -> bool:
    """Whether a sentence read as a frame is the paper's own, held whole by one of its sentences
    ("Employers and health services could help people with progressive MS stay in work ...":
    its "health services could help people" reads like the care-team pointer, yet it is what
    the authors conclude)."""
    return bool(link.source_sentences) and link.score >= PAPERS_OWN and names_topic(link.text)


def hollow(link: EvidenceLink) -> bool:
    """Whether a "why it matters" sentence says nothing of what the finding means: a stock frame
    (a caveat that names nothing), the aim again, or that the meaning is not given."""
    if (
        link.kind != "content"
        and not _papers_own(link)
        and (frame_kind(link.text) in STOCK_FRAMES or not names_topic(link.text))
    ):
        return True
    return bool(_AIM.search(link.text) or _MEANING_NOT_GIVEN.search(link.text))


def restates_background(
    source: Source, link: EvidenceLink, sentences: list[SourceSentence]
) -> bool:
    """Whether a content sentence is the paper's background said again: the source sentence
    that holds it best (and well) is one the paper sets the scene with, and no result or
    conclusion holds it nearly as well ("Poor sleep and tiredness may go together" answers the
    background's question, and a result says so too)."""
    if (
        link.kind != "content"
        or not link.source_sentences
        or link.score < BACKGROUND_ALIGNED
        or sentences[link.source_sentences[0]].role != Role.BACKGROUND
    ):
        return False
    # the background's own hold, not the link's: a sentence drawn from the background and a
    # conclusion together ("Blood NfL should not yet be used alone ...", its subject from the
    # background, the rest from "It should not yet be used alone ...") scores higher than either
    shares = overlaps(source, link.text)
    own = shares.get(link.source_sentences[0], link.score)
    found = [shares.get(s.index, 0.0) for s in sentences if s.role in _FINDING_ROLES]
    return max(found, default=0.0) <= own - BACKGROUND_MARGIN


# A conclusion that only calls for more work, or says what the paper covers, gives a summary
# nothing to say about what the finding means.
_MORE_WORK_ONLY = re.compile(
    r"^\W*(?:(?:more|further|larger|longer|better|additional|well[- ]designed|high[- ]quality)"
    r"[\w ,-]{0,40}?(?:research|studies|trials|work|evidence|data)\b|future (?:research|studies)"
    r"|there is a need for)",
    re.I,
)
_COVERS = re.compile(
    r"^\W*(?:this|the|our|the present|this present) (?:\w+ )?(?:review|paper|article|chapter|"
    r"overview|study)\s+(?:\w+ )?(?:analy[sz]es|summari[sz]es|describes|discusses|covers|"
    r"presents|outlines|focuses|aims|provides an overview|reviews|examines|explores)\b"
    r"|\b(?:it|this \w+|we) (?:also )?(?:aims?|seeks?|intends?|attempts?|tries|try) to\b"
    r"|\b(?:objectives?|aims?) (?:\w+ ){0,3}?(?:of|for) (?:this|the|our) (?:\w+ )?"
    r"(?:review|study)\b",
    re.I,
)


# Share of a conclusion's content words a headline linked to it says for it to carry it whole.
HEADLINE_CARRIES = 0.6


def says_whole(conclusion: str, headline: str) -> bool:
    """Whether `headline` says most of the words of `conclusion` ("Low-dose naltrexone did not
    reduce fatigue ..." for "In this trial, LDN did not reduce fatigue ..."; never one half of
    a two-part one). The offline drafter asks the same before it leaves such a conclusion to
    the headline alone (`plain.relevance.said_as_theirs`)."""
    own = {w.lower() for w in content_words(conclusion)}
    said = {w.lower() for w in content_words(headline)}
    return bool(own) and len(own & said) >= HEADLINE_CARRIES * len(own)


def _carried(text: str, headline: EvidenceLink | None, index: int) -> bool:
    """Whether the summary's headline says the conclusion `text` (sentence `index`) already:
    linked to it and saying most of its words (`says_whole`)."""
    return (
        headline is not None
        and index in headline.source_sentences
        and says_whole(text, headline.text)
    )


def conclusion_to_carry(source: Source, headline: EvidenceLink | None = None) -> str | None:
    """The first of the paper's conclusion sentences that says something a summary could carry
    into why it matters: not the aim again, not what the paper covers, not only a call for more
    work, naming what it is about, and not said already by the summary's `headline` (a
    conclusion the headline says whole, said again under why it matters, is the headline twice:
    the lead's hand-written t6, t8, t9, u1, u5 whose authors state nothing more)."""
    for sentence in split_source(source):
        if sentence.role != Role.CONCLUSION:
            continue
        text = " ".join(sentence.text.split())
        if _carried(text, headline, sentence.index):
            continue
        if _AIM.search(text) or _COVERS.search(text) or _MORE_WORK_ONLY.search(text):
            continue
        if names_topic(text):
            return text
    return None


def says_no_meaning(source: Source, why: list[EvidenceLink]) -> bool:
    """Whether the sentences of why it matters say nothing of what the finding means: all
    hollow, or the background said again beside stock frames only."""
    sentences = split_source(source)
    # The background said again is hollow beside stock frames only: beside a caveat that
    # weighs it ("Many textbooks name X as a first choice. The evidence behind that is weak.")
    # it says what the finding means.
    background_only = any(restates_background(source, k, sentences) for k in why) and all(
        restates_background(source, k, sentences)
        or (k.kind != "content" and frame_kind(k.text) in STOCK_FRAMES)
        for k in why
    )
    return background_only or all(hollow(k) for k in why)
