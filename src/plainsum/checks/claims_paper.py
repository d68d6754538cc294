"""Overclaims measured against the paper, as findings of the claims check (checks/claims.py):
an effect said more surely, as lasting longer, or of more people than the paper can carry
(checks/claims_evidence.py), a trend told as a finding (checks/claims_trend.py), a result
said flatly that the paper says with doubt (checks/claims_hedge.py) and a claim the paper makes
tentatively said as fact (checks/claims_inferred.py). Each
finding's hint says what the paper says instead. And the hype words a paper uses itself, which
a summary repeats faithfully: a warning, not an error."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from ..design import DesignInfo
from ..ingest import Source
from ..schemas import Finding, Severity
from .claims_evidence import LASTING, WIDER, find_surer
from .claims_hedge import find_dropped_hedges
from .claims_inferred import raised_findings
from .claims_trend import find_trends
from .text import negated

# Rules whose words the paper may use itself ("nothing short of a miracle", "proof that"): the
# summary repeats them faithfully, which is a warning, not an error.
OWN_WORDS = frozenset({"breakthrough", "proves"})


def paper_uses(words: str, source_text: str | None) -> bool:
    """Whether the paper uses `words` itself (case and punctuation aside), not negated."""
    if source_text is None:
        return False
    found = re.search(rf"\b{re.escape(words)}\b", source_text, re.I)
    return found is not None and not negated(source_text, found.start())


def paper_findings(
    check: str,
    section: str,
    text: str,
    source: Source,
    design: DesignInfo | None,
    flagged: set[str],
    *,
    doubted: bool = False,
) -> list[Finding]:
    """The findings of `check` for the sentences of `text` (a summary's `section`) not yet in
    `flagged` that claim more than the paper carries; their sentences join `flagged`. `doubted`:
    the summary says elsewhere that the evidence is weak."""
    return [
        *_surer_findings(check, section, text, source, design, flagged),
        # a trend told as a finding
        *_errors(check, section, find_trends(text, source), flagged, _TREND),
        # a result said flatly that the paper says only with doubt
        *_errors(
            check, section, find_dropped_hedges(text, source, doubted=doubted), flagged, _HEDGE
        ),
        # a claim the paper makes tentatively ("may", "suggests") said as fact
        *raised_findings(check, section, text, source, flagged),
    ]


def _surer_findings(
    check: str,
    section: str,
    text: str,
    source: Source,
    design: DesignInfo | None,
    flagged: set[str],
) -> list[Finding]:
    """An error for each sentence of `text` not yet flagged that states an effect more surely,
    or as lasting longer, than the paper can carry; the hint says what the paper says."""
    findings = []
    for surer in find_surer(text, source, design, report=section == "what_the_study_did"):
        if surer.sentence in flagged:
            continue
        flagged.add(surer.sentence)
        if surer.kind == LASTING:
            message = "A lasting effect the paper did not follow people long enough to see"
            hint = f"Say how long people were followed: the paper gives '{surer.paper}'."
        elif surer.kind == WIDER:
            message = "An effect said of people with MS, whom the paper did not study"
            hint = "Say who was studied; say the study was not about MS."
        else:
            message = "States as fact an effect the paper is unsure of"
            hint = f"Keep the paper's doubt ('may', 'suggests'); the paper has: {surer.paper!r}."
        findings.append(
            Finding(
                check=check,
                severity=Severity.ERROR,
                section=section,
                span=surer.sentence,
                message=f"{message} ('{surer.words}' in: {surer.sentence!r}).",
                hint=hint,
            )
        )
    return findings


# Message and hint of the findings of claims_trend and claims_hedge, as formats of the
# (words, sentence, paper) they find.
_TREND = (
    "A trend told as a finding: the paper found no clear difference ('{words}' in: {sentence}).",
    "Say it as the paper does, as a trend or a difference that could be chance; the paper "
    "has: {paper}.",
)
_HEDGE = (
    "States flatly a result the paper gives only with doubt ('{words}' in: {sentence}).",
    "Keep the paper's doubt ('may', 'it is not certain that'); the paper has: {paper}.",
)


class _Found(Protocol):
    """What claims_trend and claims_hedge find: the words, the summary's sentence, the paper's."""

    @property
    def words(self) -> str: ...

    @property
    def sentence(self) -> str: ...

    @property
    def paper(self) -> str: ...


def _errors(
    check: str, section: str, found: Iterable[_Found], flagged: set[str], said: tuple[str, str]
) -> list[Finding]:
    """An error for each of `found` whose sentence is not yet flagged (it joins `flagged`),
    with `said`'s message and hint."""
    findings = []
    for item in found:
        if item.sentence in flagged:
            continue
        flagged.add(item.sentence)
        findings.append(
            Finding(
                check=check,
                severity=Severity.ERROR,
                section=section,
                span=item.sentence,
                message=said[0].format(words=item.words, sentence=repr(item.sentence)),
                hint=said[1].format(paper=repr(item.paper)),
            )
        )
    return findings
