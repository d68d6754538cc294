"""The offline drafter's "what the study did" lines for a paper's text, for the body tests."""

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather


def did_lines(text: str) -> list[str]:
    """The body sentences the drafter composes for `text`, in order (before the gate)."""
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)))
    return [line.text for line in sections["what_the_study_did"]]


def did_main_lines(text: str) -> list[str]:
    """The body sentences kept over the grade (main results, harms) for `text`."""
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)))
    return [line.text for line in sections["what_the_study_did"] if line.main]
