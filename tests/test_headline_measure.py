"""bench_offline's count of headlines that report no finding: a procedure or side point, or a
template that says only what was looked at; a template that states a finding is one, though
it says what the review searched for. Headlines written for these tests."""

import pytest

from plainsum.plain.finding import reports_no_finding


@pytest.mark.parametrize(
    ("headline", "none"),
    [
        # an empty review's honest finding, in the template's words
        ("A review found no trials of cooling vests for fatigue in MS", False),
        ("A review found no studies to include", False),
        ("A review found no suitable trials", False),
        ("A review of 12 trials found no clear difference between yoga and stretching", False),
        ("A review of six studies found no clear evidence about diet for MS relapses", False),
        ("A review of nine trials found the evidence was not clear", False),
        # templates naming no finding
        ("A study in mice reports its findings", True),
        ("A review of five studies reports its findings", True),
        ("A review looked at exercise for tiredness in MS", True),
        ("A case report reports its findings", True),
        # source sentences: the procedure check decides
        ("Twelve trials were identified by the search", True),
        ("Cooling vests may reduce tiredness in people with MS", False),
    ],
)
def test_reports_no_finding(headline: str, none: bool) -> None:
    assert reports_no_finding(headline) is none
