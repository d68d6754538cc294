"""Who paid, said: a paper that states a party with a stake in its results paid for the study
(or for some of its studies) has a summary that says so (`plainsum.funding`).

An independent reader passed on a draft of a review of heated tobacco products whose trials
were all funded by tobacco companies: the draft never said it, and the gate passed it. Read
from what the paper reports (never its background or aim), as a warning: how much the reader
must know of it is an editor's call, but the editor must be told.
"""

from __future__ import annotations

from ..evidence import split_source
from ..funding import FUNDING_SAID, interested_funding
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import Finding, PlainSummary, Severity
from .caveats import CHECK

__all__ = ["check_funding_said"]

_REPORTED = frozenset({Role.RESULTS, Role.CONCLUSION, Role.LIMITATION, Role.METHODS})


def check_funding_said(source: Source, summary: PlainSummary) -> list[Finding]:
    """A warning when the paper says a party with a stake paid for its studies and the summary
    says nothing of who paid."""
    stated = next(
        (
            s.text
            for s in split_source(source)
            if s.role in _REPORTED and interested_funding(s.text)
        ),
        None,
    )
    if stated is None or FUNDING_SAID.search(" ".join(summary.sections().values())):
        return []
    return [
        Finding(
            check=CHECK,
            severity=Severity.WARNING,
            section="limitations",
            message=(
                "Missing caveat (interested_funding): the paper says a party with a stake in the "
                f"results paid for the research ({' '.join(stated.split())[:160]!r}), and the "
                "summary does not say so."
            ),
            hint=(
                'Add a sentence such as: "The authors say the studies were paid for by companies '
                'with a stake in the results."'
            ),
        )
    ]
