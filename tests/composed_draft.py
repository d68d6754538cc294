"""A paper's offline draft as composed, before the gate or any repair: the headline and the
text of each section (a helper shared by the tests of what the drafter chooses)."""

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.material import gather


def composed(text: str) -> tuple[str, str, str, str]:
    """(headline, what the study did, why it matters, limitations) of `text`'s first draft."""
    source = parse(text)
    head, sections = compose(gather(source, detect_design(source)))
    body, why, lim = (
        " ".join(x.text for x in sections[k])
        for k in ("what_the_study_did", "why_it_matters", "limitations")
    )
    return head.text, body, why, lim
