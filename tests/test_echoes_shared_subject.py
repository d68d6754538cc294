"""The clause a sentence adds after the headline's words is shown alone only when it has a
subject of its own: "These results suggest X, and support testing it in Y" gave the broken
"Support testing it in Y." under why it matters."""

from plainsum.plain.echoes import past_the_headline

HEAD = "These findings suggest that the new diet speeds nerve repair in mice"


def test_a_clause_whose_subject_stays_in_the_headline_is_not_shown_alone() -> None:
    text = HEAD + ", and support testing it in people with MS in a small trial."
    assert past_the_headline(text, HEAD) is None


def test_a_clause_with_its_own_subject_still_is() -> None:
    text = HEAD + ", and no harm was seen in the animals given the diet."
    assert past_the_headline(text, HEAD) == "No harm was seen in the animals given the diet."
