import pytest

from plainsum.sample_size import people_studied


@pytest.mark.parametrize(
    "text,expected",
    [
        # the enrolment sentence wins over a larger number of people named elsewhere
        (
            "Norms came from 400 healthy adults. Twenty-four patients were enrolled and treated "
            "for a month.",
            24,
        ),
        ("We recruited 18 volunteers. All 18 volunteers finished.", 18),
        ("Sixty patients were randomly assigned to the drug or to a placebo.", 60),
        # group sizes given as (n = ...) in a sentence about patients and controls are added up
        (
            "Serum from patients with early disease (n = 9), late disease (n = 7) and healthy "
            "controls (n = 5) was tested.",
            21,
        ),
        # animal group sizes are not people
        ("Mice were split into groups (n = 8) and 3 patients' samples were used.", 3),
        # no enrolment sentence: the largest count of people
        ("The clinic saw 12 patients last year and 30 patients this year.", 30),
        ("Cells were grown for ten days and then stained.", None),
    ],
)
def test_people_studied(text, expected):
    assert people_studied(text) == expected
