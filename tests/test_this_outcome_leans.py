""" "This outcome" or "this comparison" in a sentence's first clause points at an outcome or
comparison named in a sentence before: shown alone, "There was strong evidence of an effect of
surgical anchorage on this outcome" names none (a reader's firm broken kind). After a comma
("..., but the data on this outcome was limited") or after "reporting on" it points at what the
sentence itself named, and stands."""

import pytest

from plainsum.plain.pick import leans_back


@pytest.mark.parametrize(
    "text",
    [
        "There was clear evidence of an effect of the night splint on this outcome.",
        "For this outcome, there was no difference between the two pills.",
        "No differences for this outcome were found between the two pills.",
        "No study in this comparison reported on sleep.",
    ],
)
def test_this_outcome_named_before_leans(text):
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Falls were fewer with the exercise class, but the data on this outcome were limited.",
        "There was no clear difference in deaths in the six trials reporting on this outcome.",
        "Pain scores fell more with the splint than with advice alone.",
    ],
)
def test_this_outcome_the_sentence_names_stands(text):
    assert not leans_back(text)
