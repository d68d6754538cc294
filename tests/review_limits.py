"""A cooling-vest review's stated limits, with the results sentences a limits test gives it."""

from plainsum.ingest import parse
from plainsum.plain.limits import stated_limits
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def review_limits(results: str) -> dict[str, str]:
    """Name -> text of each limit the drafter states for a review of nine trials whose main
    results go on with `results`."""
    text = (
        "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
        f"Main results: We included nine trials with 610 people. {results}\n"
        "Authors' conclusions: Cooling vests may ease tiredness."
    )
    return {
        x.name: x.text for x in stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW)
    }
