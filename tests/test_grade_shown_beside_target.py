"""A body over the grade target is never shown at the target: "grade 8.0; the target is 8 or
below" read as a contradiction to an editor. A grade that one decimal would round onto the
target from above is shown with two."""

from plainsum.checks.readability import said_grade
from plainsum.render_evidence import checked_line
from plainsum.schemas import CheckReport


def test_a_grade_just_over_the_target_shows_two_decimals():
    assert said_grade(8.01, 8) == "8.01"
    assert said_grade(8.049, 8) == "8.05"


def test_other_grades_show_one_decimal():
    assert said_grade(8.0, 8) == "8.0"
    assert said_grade(7.96, 8) == "8.0"  # at or under the target: no warning to contradict
    assert said_grade(8.06, 8) == "8.1"
    assert said_grade(6.25, 8) == "6.2"


def test_the_footer_shows_the_grade_the_warning_means():
    report = CheckReport.model_construct(grade=8.02, grade_target=8.0, evidence=[], checks_run=[])
    line = checked_line(report)
    assert "reading grade 8.02 (target 8)" in line
