"""Contradiction of a hedged result: the paper says a result with doubt ("Yoga may reduce
pain", "X appeared to slow growth", "may make little or no difference to quality of life"),
and the summary says the opposite ("Yoga made pain worse", "Yoga lowered fatigue").

The support check reads each summary sentence against the paper's results stated as found; a
result under a hedge is left to this module, which reads the same sentences (those the summary
sentence aligns with, and the results near it) with the hedged ones among them. A doubt is not
the opposite of a result: "may reduce" is still a reduction, so only the opposite direction,
or an effect against "may make no difference", is a contradiction; and, as in the support
check, every result of the paper about the same thing must say the opposite. Papers hedge
their general conclusions, which share a word or two with many a sentence, so a hedged result
is read only where it holds most of the summary sentence, and not where the summary sets
other groups side by side ("HIV-positive children have a higher risk than HIV-negative
children" against "isoniazid may reduce the risk").
"""

from __future__ import annotations

from functools import partial

from ..evidence import align, content_stems, overlaps, split_source, stand_in_expander
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity
from .claim_pairs import compared_groups
from .contradiction import SAYS, contradiction
from .negation import conditional, only_hedged
from .polarity import claims_in

CHECK = "contradiction"
MIN_OVERLAP = 0.45  # alignment needed before an opposite reads as a contradiction (support's)
NEAR = 0.35  # a result sentence sharing this much of a summary sentence may contradict it
HELD = 0.6  # ... and a hedged one this much
_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION, Role.LIMITATION})


def _results(source: Source) -> tuple[frozenset[int], frozenset[int]]:
    """(results said as found or only hedged, the hedged ones among them), by index."""
    said, hedged = set(), set()
    for i, s in enumerate(split_source(source)):
        if s.role not in _ROLES:
            continue
        if only_hedged(s.text):
            hedged.add(i)
            said.add(i)
        elif not conditional(s.text):
            said.add(i)
    return frozenset(said), frozenset(hedged)


def check_hedged_contradictions(
    source: Source, links: list[EvidenceLink], flagged: set[str]
) -> list[Finding]:
    """An error for each content sentence not in `flagged` (spans already found contradicted)
    that says the opposite of a result the paper says with doubt."""
    said, hedged = _results(source)
    if not hedged:
        return []
    sentences = split_source(source)
    findings = []
    for link in links:
        if link.kind != "content" or link.text in flagged:
            continue
        found = align(source, link.text)
        if found.score < MIN_OVERLAP or not hedged.intersection(found.sentences):
            continue  # no hedged result among the sentences it is linked to
        shares = overlaps(source, link.text)
        near = {i for i, v in shares.items() if v >= NEAR}
        read = sorted((set(found.sentences) | near) & said)
        # a hedged result is read only when it holds most of the sentence: papers hedge their
        # general conclusions, which share a word or two with many a sentence
        if not any(shares.get(i, 0.0) >= HELD for i in hedged.intersection(read)):
            continue  # the support check has read the others already
        read = [i for i in read if i not in hedged or shares.get(i, 0.0) >= HELD]
        opposite = contradiction(
            link.text,
            [sentences[i].text for i in read],
            stand_in_expander(source),
            partial(compared_groups, source),
        )
        if opposite and not _other_groups(link.text, opposite[1]):
            evidence = " ".join(opposite[1].split())
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.ERROR,
                    section=link.section,
                    span=link.text,
                    message=(
                        f"Contradicts the source: {link.text!r} says {SAYS[opposite[0]]}, but "
                        f"the paper says: {evidence!r}."
                    ),
                    hint="Report the result the way the paper does, with its doubt, including "
                    "results that showed little or no difference.",
                )
            )
    return findings


def _other_groups(sentence: str, paper: str) -> bool:
    """Whether `sentence` sets its groups against others than the paper's sentence names
    ("HIV-positive children have a higher risk than HIV-negative children" against "isoniazid
    may reduce the risk"): a comparison of other things."""
    theirs = content_stems(paper)
    return any(c.against and not c.against.keys() <= theirs for c in claims_in(sentence))
