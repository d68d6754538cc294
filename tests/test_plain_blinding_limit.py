"""A conclusion sentence that names missing blinding by what it does is a limitation (issue 9):
"As healing was judged by eye, the outcome could be influenced by the observer's knowledge of the
assigned treatment." was drafted as why it matters (CD011075, the lead's reading)."""

from __future__ import annotations

from plainsum.ingest import parse
from plainsum.plain.sentences import Role, classify

ABSTRACT = (
    "Objectives: To assess warm packs for shoulder pain in people with MS.\n"
    "Main results: We included 4 trials with 260 people. Pain fell more with warm packs.\n"
    "Authors' conclusions: Warm packs may ease shoulder pain for a short time. As pain relief "
    "was judged by the treating therapist, the outcome could be influenced by the therapist's "
    "knowledge of the assigned treatment. Larger trials are needed."
)


def test_missing_blinding_said_in_the_conclusions_is_a_limitation() -> None:
    roles = {s.text.split(",")[0]: s.role for s in classify(parse(ABSTRACT))}
    assert roles["As pain relief was judged by the treating therapist"] == Role.LIMITATION
    assert roles["Warm packs may ease shoulder pain for a short time."] == Role.CONCLUSION
