"""A count whose words are the paper's own ("In all, 812 respondents had used ...", copied from
"In all, 812 respondents (34%) had used ...") is no part said as the whole: "In all" alone would
read as a total, but the paper says it so. Said in other words, the part is still caught
("The survey included 812 people" where 812 was a part of 2,406)."""

from plainsum.checks.counts_misplaced import misplaced_counts
from plainsum.ingest import parse

_PAPER = parse(
    "Methods: We sent an online survey to members of a national MS society; 2,406 people with "
    "MS replied. Results: In all, 812 respondents (34%) had used a cannabis product in the past "
    "year, most often for pain and sleep."
)


def test_the_paper_s_own_words_are_no_misplaced_count():
    said = "In all, 812 respondents had used a cannabis product in the past year."
    assert misplaced_counts(said, _PAPER) == []


def test_a_part_said_as_the_whole_in_other_words_is_still_caught():
    assert misplaced_counts("The survey included 812 people with MS.", _PAPER)
