"""A short line of its own between a sentence's end (or another such line) and the next sentence
("Salt spray versus placebo", "Children") is a sub-heading: left out of its section's text, it is
never run into the sentence after it ("... versus placebo Salt spray improved ...") nor drafted
as a sentence of its own. A hard-wrapped sentence whose line breaks after a full stop is not
one. Abstracts written for these tests."""

from plainsum.ingest import parse
from plainsum.plain.sentences import classify

ABSTRACT = """Background: Salt sprays are used to clear thick mucus.

Main results: We included nine trials with 420 people.
Salt spray versus placebo
Children
Salt spray improved lung function after four weeks.
Results for secondary outcomes:
Coughing was more common with salt spray.

Authors' conclusions: Salt spray may help lung function."""


def test_a_sub_heading_is_kept_apart_from_the_sentence_after_it() -> None:
    texts = [s.text for s in classify(parse(ABSTRACT))]
    assert "Salt spray improved lung function after four weeks." in texts
    assert "Coughing was more common with salt spray." in texts
    assert not any("placebo" in t or "outcomes" in t or "Children" in t for t in texts)


WRAPPED = """Methods: Adults with relapsing MS were enrolled.
The trial randomised 40 adults with
Relapsing MS to the new drug or to placebo.

Results: Relapses were fewer with the drug."""


def test_a_wrapped_sentence_is_not_cut_at_its_line_break() -> None:
    texts = [s.text for s in classify(parse(WRAPPED))]
    whole = "The trial randomised 40 adults with Relapsing MS to the new drug or to placebo."
    assert whole in texts
