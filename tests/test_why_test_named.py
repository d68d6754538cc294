"""Why it matters (issue 9): the authors' use of a test said in a sentence of its own after their
finding ("It could complement, not replace, clinic visits") names the test, when the finding says
what the test did with a verb of finding cases ("picked up", "missed", "spotted"). It had been left
out for its "It", and why it matters said the headline again with a tail (the lead's hand-written
t7). Sentences and the abstract written for these tests (plain/ms_pointer.py)."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.ms_pointer import with_subject_named
from plainsum.plain.simplify import measured
from plainsum.settings import Settings

_USE = "It could complement, not replace, a visit to the clinic."


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (
            "A short home balance test picked up most falls risk, but missed about 1 in 4.",
            "A short home balance test could complement, not replace, a visit to the clinic.",
        ),
        (
            "The new eye chart spotted most cases of optic nerve damage.",
            "The new eye chart could complement, not replace, a visit to the clinic.",
        ),
        (  # the study itself is no test it studied
            "This study picked up most cases of worsening.",
            _USE,
        ),
    ],
)
def test_the_test_a_finding_opens_on_is_what_it_stands_for(before, expected):
    finding = measured(before, (6,), 6)
    use = measured(_USE, (7,), 7)
    assert with_subject_named(use, [finding, use]).text == expected


_ABSTRACT = """Accuracy of a home balance test for spotting worsening walking in MS

Aims: We evaluated whether a one-minute balance test on a tablet can find people whose walking has
worsened.
Methods: 260 people with MS did the test every week for one year at home; walking was checked by
physiotherapists every 3 months with a timed walk.
Results: 39 participants had confirmed worsening of walking. A drop of 15% or more in balance
scores found worsening with a sensitivity of 68% and a specificity of 80%. Balance scores fell on
average 2 months before the worsening was recorded in the clinic.
Conclusion: A short home balance test picked up most cases of worsening walking, often before
clinic visits, but missed about 1 in 3 and gave some false alarms. It could complement, not
replace, clinical assessment.
"""


def test_why_it_matters_gives_the_authors_use_of_the_test_not_the_headline_again():
    summary = draft(parse(_ABSTRACT), Settings(backend="offline")).summary
    assert "home balance test could complement, not replace, clinical assessment" in (
        summary.why_it_matters
    )
    assert "gave some false alarms" not in summary.why_it_matters
