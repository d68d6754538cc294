"""A sentence that leans on the paper's sentence before it is shown when the draft's line just
before it says that sentence in other words (issue 9): "Most were small, although three trials
had more than 100 people." after the count line "The review included 23 trials." (the sentence
it leans on, "We included 23 trials ...", is said by that line); it still goes when nothing
before it names what it counts. Abstracts written for these tests (plain/pick.py,
plain/body_sentences.py)."""

from __future__ import annotations

from composed_draft import drafted

from plainsum.plain.lines import Line
from plainsum.plain.pick import told_before
from plainsum.plain.simplify import measured

REVIEW = (
    "Background: Some people with bladder problems use a tube to empty the bladder.\n"
    "Objectives: To compare the effects of coated and uncoated tubes on bladder infections in "
    "adults who use them for a long time.\n"
    "Search methods: We searched trial registers up to 3 March 2022.\n"
    "Selection criteria: Randomised trials comparing one kind of tube with another.\n"
    "Data collection and analysis: Two review authors checked the trials and rated the "
    "evidence.\n"
    "Main results: We included 21 trials with 1600 people. Most were small, although two "
    "trials had more than 200 people. Coated tubes probably make little or no difference to "
    "the number of people with a bladder infection. Uncoated tubes may slightly reduce "
    "bleeding compared with coated tubes.\n"
    "Authors' conclusions: Coated tubes may not prevent bladder infections better than "
    "uncoated tubes. Larger trials are needed."
)


def test_a_sentence_leaning_on_the_count_line_is_shown_after_it() -> None:
    did = drafted(REVIEW).what_the_study_did
    assert "The review included 21 trials with 1600 people. Most were small" in did


def test_told_before_reads_the_line_before() -> None:
    most = measured("Most were small.", (7,), 3)
    count = Line("The review included 21 trials with 1600 people.", (6,))
    assert told_before(most, count, None)
    assert not told_before(most, Line("Pain eased in the trials.", (4,)), None)
    assert not told_before(most, None, None)
    # a later piece of its own sentence leans on the earlier piece, not on the line before
    first = measured("It is not known which dose is best.", (7,), 2)
    but = measured("But higher doses caused more rashes.", (7,), 3)
    assert not told_before(but, Line("Pain eased in the trials.", (6,)), first)
    assert told_before(but, Line("It is not known which dose is best.", (7,)), first)
    # a set the line before does not count
    two = measured("These two studies showed fewer infections.", (7,), 3)
    assert not told_before(two, count, None)
    assert told_before(two, Line("The review included two trials with 90 people.", (6,)), None)
