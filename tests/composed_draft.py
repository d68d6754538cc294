"""A paper's offline draft as composed, before the gate or any repair: the headline and the
text of each section; and the draft the offline drafter returns after the gate and its repairs
(helpers shared by the tests of what the drafter chooses)."""

import asyncio

from plainsum.design import detect_design
from plainsum.drafters.base import DraftRequest
from plainsum.drafters.offline import OfflineDrafter
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.material import gather
from plainsum.schemas import PlainSummary
from plainsum.settings import Settings


def composed(text: str) -> tuple[str, str, str, str]:
    """(headline, what the study did, why it matters, limitations) of `text`'s first draft."""
    source = parse(text)
    head, sections = compose(gather(source, detect_design(source)))
    body, why, lim = (
        " ".join(x.text for x in sections[k])
        for k in ("what_the_study_did", "why_it_matters", "limitations")
    )
    return head.text, body, why, lim


def drafted(text: str) -> PlainSummary:
    """The offline drafter's summary of `text`, as `plainsum draft` gives it (gate, repairs)."""
    source = parse(text)
    request = DraftRequest(source=source, design=detect_design(source), settings=Settings())
    return asyncio.run(OfflineDrafter(Settings()).draft(request)).summary
