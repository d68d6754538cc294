"""Issue 9 (limitations): the authors' own limit of their design, kept beside the stock caveat.
A crossover trial's "Carry-over effects between the periods cannot be excluded" stood under why
it matters (as if it were what the finding means) and a reporting database's "Because reporting
is voluntary, the true frequency cannot be estimated" in the body, while limitations held only
the design's stock sentence (the lead's held-out w2 and w3). `limits.states_a_limit` now reads
them as limits (plain/limits.py). Abstracts and sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.limits import states_a_limit
from plainsum.settings import Settings

_CROSSOVER = """Night splints for calf cramps in multiple sclerosis: a randomised crossover trial

Background: Night-time calf cramps disturb sleep in many people with MS.
Methods: In this randomised crossover trial, 42 adults with MS and weekly cramps wore a night
splint for 6 weeks and no splint for 6 weeks, in random order, with a 2-week gap between periods.
Cramps were counted in a sleep diary.
Results: People had 2.1 cramp nights a week with the splint and 3.6 without it. Sleep quality
scores improved with the splint. Four people stopped wearing it because of skin soreness.
Conclusions: Night splints reduced calf cramps in people with MS. Carry-over effects from the
first period cannot be ruled out.
"""

_REPORTS = """Tendon pain reported with an oral MS drug: a study of a national reporting database

Background: Tendon pain has been described in a few people taking drug Z for MS.
Methods: We studied reports of suspected side effects naming drug Z in a national reporting
database from 2016 to 2025 and compared them with reports for all other MS drugs.
Results: Of 5,120 reports for drug Z, 88 described tendon pain, against 0.3% of reports for other
MS drugs. Most cases began within a year of starting the drug.
Conclusions: Tendon pain was reported more often with drug Z than with other MS drugs. As
reporting to the database is voluntary, the true number of cases cannot be known. Doctors should
ask about tendon pain in people taking drug Z.
"""


def _summary(abstract: str):
    return draft(parse(abstract), Settings(backend="offline")).summary


def test_a_crossover_trials_carry_over_is_a_limitation() -> None:
    summary = _summary(_CROSSOVER)
    assert "Carry-over effects from the first period cannot be ruled out" in summary.limitations
    assert "Carry-over" not in summary.why_it_matters
    assert "Carry-over" not in summary.what_the_study_did


def test_voluntary_reporting_is_a_limitation() -> None:
    summary = _summary(_REPORTS)
    assert "reporting to the database is voluntary" in summary.limitations
    assert "voluntary" not in summary.what_the_study_did
    assert "voluntary" not in summary.why_it_matters


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("Carry-over effects between the two periods cannot be excluded.", True),
        ("We cannot rule out carry-over between the treatment periods.", True),
        ("A carry-over effect from the first period may have narrowed the difference.", True),
        ("Because reporting is voluntary, the true frequency cannot be estimated.", True),
        ("The voluntary nature of reporting means that many cases are missed.", True),
        # what the study did, or a symptom, is no limit
        ("A washout period was used to avoid carry-over between periods.", False),
        ("Reports came from doctors, pharmacists and patients.", False),
        ("The scale measures involuntary movements of the face and hands.", False),
    ],
)
def test_what_reads_as_the_authors_own_limit(text, limit) -> None:
    assert states_a_limit(text) is limit
