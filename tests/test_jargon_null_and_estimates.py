"""Statistics said in words a lay reader cannot read a result off: an estimate that "crossed
the null" (an error, like a hazard ratio) and "the pooled effect estimate" (a term of art, a
warning) (issue 8). Found in an offline draft of ../shared/data held for review on its reading
grade alone ("The pooled effect estimate favoured the control group, but crossed the null").
Sentences written for these tests."""

import pytest

from plainsum.checks.jargon import unexplained_terms


@pytest.mark.parametrize(
    "text, term, error",
    [
        (
            "The result favoured the app, but the estimate crossed the null.",
            "crossed the null",
            True,
        ),
        ("The pooled effect estimate favoured talking therapy.", "pooled effect estimate", False),
    ],
)
def test_a_statistic_in_words_is_jargon(text, term, error):
    (found,) = [t for t in unexplained_terms(text) if t.text == term]
    assert found.very_rare is error


def test_crossing_a_road_is_no_statistic():
    assert unexplained_terms("Children crossed the road to school on their own.") == []
