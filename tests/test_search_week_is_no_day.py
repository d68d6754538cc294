"""A database searched "to week 1 February 2014" was searched to some week of February, not to
1 February: the number counts weeks (a reader's firm false "searched for studies up to 1 February
2014"). The month and year are said; a day written as a day still is."""

from plainsum.plain.search_dates import search_date


def test_a_week_number_is_no_day():
    text = "We searched MEDLINE (to week 1 February 2014) and EMBASE (to Week 07 2014)."
    assert search_date(text) == "February 2014"
    assert search_date("MEDLINE was searched from 1946 to Week 3 August 2013.") == "August 2013"


def test_a_day_is_still_a_day():
    assert search_date("We searched the register up to 16 March 2016.") == "16 March 2016"
