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

from ..evidence import Alignment, frame_kind, overlaps
from ..ingest import Source
from ..schemas import EvidenceLink, Finding, Severity
from .claim_pairs import compared_groups
from .contradiction import SAYS, contradiction
from .contradiction_arms import harm_in_other_arm
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
    said = link.text if link.kind == "content" else _result_before_caveat(link.text)
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
    opposite = contradiction(said, candidates, expand, partial(compared_groups, source))
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
