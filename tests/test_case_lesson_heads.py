"""A report of a few cases without headings says its lesson as "These cases show that X": that is
the authors' conclusion and heads ("A case report shows that X"), never the story's opening; and
"it cannot show how often X happens" is a limit of the report, said under limitations, never a
finding in the body. Text written for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.plain.limits import states_a_limit
from plainsum.settings import Settings

CASES = (
    "We describe two men with relapsing multiple sclerosis who stopped fingolimod because they "
    "planned a long trip abroad. Both had been free of relapses for three years while taking it. "
    "Within ten weeks of the last dose, both developed a severe relapse with many new lesions on "
    "MRI, and one needed treatment in hospital. After the relapse both men started a new "
    "treatment. These cases show that stopping fingolimod without a plan can be followed by a "
    "severe return of disease within a few months. People who plan to stop fingolimod should "
    "talk with their neurologist first. Because this is a report of two cases, it cannot show "
    "how often this happens."
)


def test_the_lesson_of_a_few_cases_heads() -> None:
    d = draft(CASES, Settings(backend="offline"))
    assert d.summary.headline.startswith("A case report shows that stopping fingolimod")


def test_what_a_case_report_cannot_show_is_a_limit() -> None:
    d = draft(CASES, Settings(backend="offline"))
    assert "cannot show how often" in d.summary.limitations
    assert "cannot show how often" not in d.summary.what_the_study_did
    assert states_a_limit(
        "Because this is a report of two cases, it cannot show how often it happens."
    )
    assert not states_a_limit("The scan showed how often the lesions grew.")
