"""How little evidence a review found, as a limitation: from its own count of studies and
people ("The review found only two trials, with 123 patients in all."), and never where its
authors call the evidence conclusive. Split out of `limits` (one idea per module)."""

from __future__ import annotations

import re

from .facts import Fact
from .limits import StatedLimit
from .number_words import count_value
from .source import SourceSentence
from .studies_taken_in import most_taken_in

# "The evidence is conclusive", "No further randomised trials are needed": the authors say the
# evidence they found settles the question, so how few studies it rests on is not offered as a
# limit of theirs ("not conclusive", "inconclusive" do not count).
_CONCLUSIVE = re.compile(
    r"\b(?:evidence|results?|findings|data|review|analysis) (?:is|are|was|were) (?:now )?"
    r"conclusive\b|"
    r"\bno (?:further|more|additional) (?:\w+ ){0,2}(?:trials|studies|research) (?:is|are) "
    r"(?:needed|required|warranted)\b",
    re.I,
)


def called_conclusive(conclusions: list[str]) -> bool:
    """Whether the authors' conclusions call their evidence conclusive."""
    return any(_CONCLUSIVE.search(text) for text in conclusions)


FEW_STUDIES = 3  # a review of this many studies or fewer says how few it found
FEW_PEOPLE = 300  # a review whose studies held fewer people than this says how few


# The authors' own "only" on the count of studies they took in: "only four randomised trials
# were included", "Only two trials met the inclusion criteria", "we included only three studies".
_ONLY_INCLUDED = re.compile(
    r"\bonly (?P<n>\w+) (?:[\w-]+ ){0,2}(?:trials|studies|RCTs)(?: \([^)]*\))? (?:were|was) "
    r"(?:finally )?(?:included|eligible|found|identified)\b"
    r"|\bonly (?P<m>\w+) (?:[\w-]+ ){0,2}(?:trials|studies|RCTs)(?: \([^)]*\))? "
    r"(?:met|fulfil+ed) (?:the|our) (?:inclusion|selection|eligibility) criteria\b"
    r"|\bincluded only (?P<k>\w+) (?:[\w-]+ ){0,2}(?:trials|studies|RCTs)\b",
    re.I,
)


def said_few(sentences: list[SourceSentence], count: str | None) -> bool:
    """Whether the paper says "only" of the number of studies it took in, that number being
    the review's own `count` (never of a subset: "only two trials reported side effects")."""
    if not count:
        return False
    wanted = count_value(count)
    return any(
        count_value(next(g for g in m.groups() if g)) == wanted
        for s in sentences
        for m in _ONLY_INCLUDED.finditer(s.text)
    )


def evidence_size(
    facts: list[Fact], few: bool = False, sentences: list[SourceSentence] | None = None
) -> StatedLimit | None:
    """How little evidence a review found, from its own count of studies and people: "The
    review found only two trials, with 123 patients in all." None when the count is not small
    or the paper gives none (nothing is said that the count does not show), or when the paper
    (`sentences`) says it took in more studies than the count (the count is then a part's:
    "The eight studies had only 250 people" was false of a review of 22 trials, CD011038);
    `few` when the authors themselves call their count of studies small (`said_few`), whatever
    it is."""
    fact = next((f for f in facts if f.count and f.what), None)
    if fact is None or fact.count is None:
        return None
    if sentences is not None and most_taken_in(sentences) > count_value(fact.count):
        return None  # a part of the review's studies, not all it took in
    studies = count_value(fact.count)
    held = count_value(fact.people.split()[0]) if fact.people else None
    if 0 < studies <= FEW_STUDIES or (few and studies > 0):
        tail = f", with {fact.people} in all" if fact.people else ""
        return StatedLimit(
            "few_studies", f"The review found only {fact.count} {fact.what}{tail}.", fact.source
        )
    if held is not None and 0 < held < FEW_PEOPLE:
        text = f"The {fact.count} {fact.what} had only {fact.people} in all."
        return StatedLimit("few_people", text[0].upper() + text[1:], fact.source)
    return None
