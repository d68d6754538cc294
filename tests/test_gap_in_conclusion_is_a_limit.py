"""Issue 9 (the headline states the main finding): in an abstract without headings, a summing-up
sentence that says what no study examined ("Most participants had one disease and no studies
examined the effect in other newborns") is a limit of the evidence, not the authors' finding;
read as a conclusion it headed a review whose result was another (gate_identity, a Cochrane
review of ventilation in newborns). Sentences written for these tests (plain/sentences.py)."""

from __future__ import annotations

from plainsum.ingest import parse
from plainsum.plain.sentences import Role, classify

_ABSTRACT = (
    "In four studies with 500 infants, a long breath time was associated with more lung "
    "leaks [RR 1.5 (1.2, 1.9)]. There was no significant difference in lung disease. "
    "A long breath time was associated with more deaths before discharge [RR 1.3 (1.0, 1.6)]. "
    "Care should be taken in applying these results today, because the studies are old. "
    "Most of the infants had one lung disease and no studies examined the effect on infants "
    "ventilated for other reasons. Infants with stiff lungs should be ventilated with a short "
    "breath time."
)


def test_a_gap_in_what_was_studied_is_a_limitation_where_it_sums_up():
    roles = {s.text[:20]: s.role for s in classify(parse(_ABSTRACT))}
    assert roles["Most of the infants "] == Role.LIMITATION
    assert roles["Infants with stiff l"] == Role.CONCLUSION
