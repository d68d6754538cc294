"""Contradicted: the support check's reading of a summary sentence against the paper's results
and conclusions it draws on (plainsum.checks.contradiction), and against what the paper says
was found at all (no harm done: polarity_presence). A frame sentence (a design caveat, the
care-team pointer) needs no evidence, but one that also states a result ("Pain scores improved
with some of them, but the evidence was of very low level") is held to the paper's result like
any other. Also the two helpers every support finding is written with."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from .. import prefilter
from ..evidence import Alignment, frame_kind, overlaps
from ..ingest import Source
from ..schemas import EvidenceLink, Finding, Severity
from .claim_pairs import compared_groups
from .contradiction import SAYS, TAKEN_BACK, contradiction
from .contradiction_arms import harm_in_other_arm
from .contradiction_verdict import verdict_against
from .polarity import claims_in, only_hedged
from .polarity_presence import presence_contradiction

CONTRADICTION = "contradiction"
NEAR = 0.35  # a result sentence sharing this much of a summary sentence may contradict it


def one_line(text: str) -> str:
    """A paper's sentence as a message quotes it: its line breaks (a text file's wrapping) are
    spaces, not a '\\n' in the quote."""
    return " ".join(text.split())


def link_finding(
    link: EvidenceLink,
    message: str,
    hint: str,
    check: str = "support",
    severity: Severity = Severity.ERROR,
) -> Finding:
    """A finding on the summary sentence of `link`."""
    return Finding(
        check=check,
        severity=severity,
        section=link.section,
        span=link.text,
        message=message,
        hint=hint,
    )


def said_of(link: EvidenceLink) -> str | None:
    """What the sentence of `link` states as a result: all of it, or a frame sentence's result
    ahead of its caveat (None when it states none)."""
    return link.text if link.kind == "content" else _result_before_caveat(link.text)


def contradicted(
    source: Source,
    link: EvidenceLink,
    found: Alignment,
    sentences: list,
    hedged: dict[int, bool],
    findings_said: list[str],
    expand: Callable[[str], list[list[str]]],
) -> list[Finding]:
    """Contradiction errors for the sentence of `link`, aligned with the paper as `found`:
    harm said where the paper says there was none, or a claim the paper's results about the
    same thing say the opposite of. `hedged`: whether each of the paper's results and
    conclusions (by index) is asked or hoped; `findings_said`: those stated as found."""
    said = said_of(link)
    if not said:
        return []
    quoted = f"{link.text!r}"
    near = overlaps(source, link.text)
    # a flat "no difference" is read against a hedged result too ("may lower") when that is
    # the sentence it draws on
    denies = any(c.polarity == "null" for c in claims_in(link.text))
    candidates = [
        sentences[i].text
        for i in sorted(set(found.sentences) | {i for i, v in near.items() if v >= NEAR})
        if i in hedged
        and (not hedged[i] or (denies and i in found.sentences and only_hedged(sentences[i].text)))
    ]
    out = []
    groups = partial(compared_groups, source)
    opposite = contradiction(said, candidates, expand, groups)
    if not opposite and link.section in HELD_SECTIONS:
        opposite = _against_any_result(said, candidates, findings_said, expand, groups)
    # "A did better than B" where the paper says they did not differ, or that B did better
    turned = (
        not opposite
        and link.section in HELD_SECTIONS
        and verdict_against(
            said, [*candidates, *aligned_results(found, sentences, hedged)], findings_said
        )
    )
    if turned:
        out.append(
            link_finding(
                link,
                f"Contradicts the source: {quoted} says which of the two came out ahead, but "
                f"the paper says: {one_line(turned)!r}.",
                "Say which group did better as the paper does, or that neither did.",
                CONTRADICTION,
            )
        )
        return out
    none_said = not opposite and presence_contradiction(said, findings_said)
    moved = not (opposite or none_said) and harm_in_other_arm(
        said, findings_said, [s.text for s in sentences]
    )
    if moved:
        out.append(
            link_finding(
                link,
                f"Contradicts the source: {quoted} puts a harm in one arm only, but the paper "
                f"puts it in the other: {one_line(moved)!r}.",
                "Say which group had the harm as the paper does.",
                CONTRADICTION,
            )
        )
    if none_said:
        out.append(
            link_finding(
                link,
                f"Contradicts the source: {quoted} says harm was done, but the paper "
                f"says there was none: {one_line(none_said)!r}.",
                "Report the harms the way the paper does: say so when there were none.",
                CONTRADICTION,
            )
        )
    if opposite:
        polarity, evidence = opposite
        out.append(
            link_finding(
                link,
                f"Contradicts the source: {quoted} says {SAYS[polarity]}, but the "
                f"paper says: {one_line(evidence)!r}.",
                "Report the result the way the paper does, including results that "
                "showed no difference.",
                CONTRADICTION,
            )
        )
    return out


def aligned_results(found: Alignment, sentences: list, hedged: dict[int, bool]) -> list[str]:
    """The paper's results and conclusions a summary sentence is aligned with, asked or hoped
    ones too ("very low-quality evidence that calcitonin is no better than placebo" still
    says no winner)."""
    return [sentences[i].text for i in found.sentences if i in hedged]


def _against_any_result(
    said: str,
    candidates: list[str],
    findings_said: list[str],
    expand: Callable[[str], list[list[str]]],
    groups: Callable,
) -> tuple[str, str] | None:
    """A short sentence's change read against every result the paper states, when the sentences
    that share most of its words do not speak of it: "Fewer people died with the machine." shares
    too little with "Deaths, infections and hernias did not differ ..." to be drawn to it by its
    words, yet says what that result denies. Only a sentence of one change, named by a word of
    weight, is read this way (a longer one is drawn to its evidence by its own words)."""
    others = [t for t in findings_said if t not in candidates]
    if not others:
        return None
    # read with the nearer ones: a result there that agrees keeps a far one from counting
    if short_change(said):
        return contradiction(said, candidates + others, expand, groups)
    for clause in changes_joined(said):
        opposite = contradiction(clause, candidates + others, expand, groups)
        if opposite:
            return opposite
    return None


# "..., and the next morning ...", "...; ...", "..., while ...": where one change of a sentence
# ends and the next begins
_JOINED = re.compile(
    r",?\s+(?:and|while|whereas)\s+(?=(?:the|their|his|her|its|people|they|it)\b)|;\s*", re.I
)
_CLAUSE_SHORT = 16  # words: a clause this short, with its opening words, is one change


def changes_joined(text: str) -> list[str]:
    """The clauses of a sentence that joins two or more changes ("After the early dinner, blood
    sugar was better, and the next morning they burned more fat"), each a short change said as
    found: a clause of one change is read against every result the paper states, as a short
    sentence is."""
    if _NOT_A_RESULT.search(text) or prefilter.search(TAKEN_BACK, text):
        return []
    parts = [p.strip(" ,;") for p in _JOINED.split(text)]
    if len(parts) < 2:
        return []
    return [
        p
        for p in parts
        if len(p.split()) <= _CLAUSE_SHORT
        and (mine := claims_in(p))
        and all(c.polarity in _A_CHANGE for c in mine)
        and not any(_SUPERLATIVE.search(c.said) for c in mine)
    ]


def short_held_change(link: EvidenceLink) -> bool:
    """Whether the sentence of `link` is a short change (`short_change`) in a section held to
    the paper (the headline, "what the study did"): read for contradiction however little of
    it the paper's sentences share word for word."""
    said = said_of(link)
    return bool(
        said and link.section in HELD_SECTIONS and (short_change(said) or changes_joined(said))
    )


def short_change(text: str) -> bool:
    """Whether `text` is a short sentence of one change ("Fewer people died with the machine."):
    read against every result the paper states, however little of it the paper's sentences
    share word for word."""
    if len(text.split()) > _SHORT or _NOT_A_RESULT.search(text):
        return False
    mine = claims_in(text)
    return (
        bool(mine)
        and all(c.polarity in _A_CHANGE for c in mine)
        and not any(_SUPERLATIVE.search(c.said) for c in mine)
    )


_A_CHANGE = frozenset({"up", "down", "better", "worse"})
# "People whose symptoms were worst gained the most": who did best, a subgroup's result, not a
# change to read against every result
_SUPERLATIVE = re.compile(
    r"\b(?:worst|best|most|least|highest|lowest|greatest|largest|smallest|longest|shortest|"
    r"fastest|slowest)\b",
    re.I,
)
# "Cutting down on X will reduce Y": what a thing does in general or would do, not a result
_NOT_A_RESULT = re.compile(r"\b(?:will|would|can|could|should|may|might|must)\b", re.I)
# the sections whose every sentence must be found in the paper (support._held_to_source); a
# short change elsewhere may be background ("Some medications increase the risk of falling.")
HELD_SECTIONS = frozenset({"headline", "what_the_study_did"})
_SHORT = 12  # words: a sentence this short is drawn to its evidence by few of them


# "..., but the evidence was of very low level", "...; one trial found ...": where a result
# ends and a caveat of its own begins
_CONTRAST = re.compile(r"(?:,\s*|\s+)(?:but|though|although|yet)\s+|;\s*", re.I)


def _result_before_caveat(text: str) -> str | None:
    """The result a frame sentence states ahead of its caveat ("Pain scores improved with some
    of them" in "..., but the evidence was of very low level"), when it states one of its own
    that is no frame; else None (a frame states no result to contradict). The caveat is what
    follows, whether it reads as one alone or only with the result before it ("Longer naps went
    with less diabetes, although the link was not clear for ..."); but a caveat that takes the
    result back ("..., but this was not clear at eight weeks": no difference shown) leaves the
    result as the whole sentence reads it, not as the part before it does."""
    cut = _CONTRAST.search(text)
    if not cut:
        return None
    if TAKEN_BACK.match(text, cut.start()):
        return None  # "..., but the gap could be down to chance": no difference found
    head, tail = text[: cut.start()].strip(), text[cut.end() :]
    claims = claims_in(head)
    if frame_kind(head) or not claims or _SEEMED.search(head):
        return None
    if not frame_kind(tail):
        as_read = [c.polarity for c in claims_in(text) if c.said_at < cut.start()]
        if as_read != [c.polarity for c in claims]:
            return None
    return head


# "appeared to speed up", "seemed to help": a result the caveat after it goes on to doubt
_SEEMED = re.compile(r"\b(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+to\b", re.I)
