"""Sentences that lean on one not shown, and a mean's spread (issue 9). Texts written for the
tests, modelled on abstracts of small clinical studies."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.numbers import has_statistics, strip_statistics
from plainsum.plain.pick import leans_back
from plainsum.settings import Settings


@pytest.mark.parametrize(
    ("text", "leaning"),
    [
        # the subject after an opening phrase is a pronoun for a noun named before
        ("In other joint problems, it lasted for about four to ten hours.", True),
        ("After the operation, they walked shorter distances than before.", True),
        ("At 12 weeks, these patients had less pain than at the start.", True),
        ("In older mice, it was less effective than the usual drug.", True),
        # an "it" that stands for the clause after it, or the study itself: no pointer
        ("In children, it is not clear whether the drug helps.", False),
        ("In this review, it was found that cooling helped some people.", False),
        ("In 2019, this study enrolled 40 people with MS.", False),
        # an opening clause with its own verb names what the pronoun stands for
        ("While loss of the gene raised one protein, it lowered another one.", False),
        ("Although the search found some studies, they were mostly opinion pieces.", False),
        # "such as" is a list, not a subject
        ("Problems were common, such as infections at the pin site.", False),
        # a named subject after the opening phrase
        ("After 12 weeks, the exercise group reported less tiredness.", False),
        ("In people with MS, vitamin D did not lower the relapse rate.", False),
    ],
)
def test_a_pronoun_subject_after_an_opening_phrase_leans_on_the_sentence_before(text, leaning):
    assert leans_back(text) is leaning


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "The mean pain score was 61.4±11.8 before treatment and 30.2±9.5 after it.",
            "The mean pain score was 61.4 before treatment and 30.2 after it.",
        ),
        (
            "Mean walking time fell from 12 ± 3 seconds to 9 ± 2 seconds.",
            "Mean walking time fell from 12 seconds to 9 seconds.",
        ),
        ("Weight fell by 4.1 +/- 0.8% over the year.", "Weight fell by 4.1% over the year."),
        ("The average age was 47.5 ± 9.2.", "The average age was 47.5."),
        # no mean before it: left as it is (and the sentence is not shown: `has_statistics`)
        (
            "Readings varied by ±2 points between visits.",
            "Readings varied by ±2 points between visits.",
        ),
    ],
)
def test_the_spread_after_a_mean_goes_and_the_mean_stays(text, plain):
    assert strip_statistics(text) == plain
    assert has_statistics(plain) is ("±" in plain)


PAPER = (
    "Background: Earlier work found that heat packs eased chronic back pain in older adults. "
    "Aims: To test whether heat packs ease chronic pain of the knee and hip. "
    "Methods: Ten men and 14 women with chronic pain of the knee or hip took part. Pain was "
    "rated on a scale from 0 to 100 before and after four weeks of daily heat packs. "
    "Results: The mean pain score was 61.4±11.8 before treatment and 30.2±9.5 after it, a "
    "clear improvement (p<0.001). The benefit lasted for about two days in people with "
    "trochanteric bursitis or patellofemoral chondromalacia. In other pain types, it lasted "
    "for about four to ten hours. No person lost movement of the joint. "
    "Conclusion: Daily heat packs eased chronic pain of the knee and hip."
)


def test_the_main_result_with_its_means_is_told_and_no_it_is_left_without_its_noun():
    summary = draft(PAPER, Settings(backend="offline")).summary
    body = summary.what_the_study_did
    assert "61.4" in body and "30.2" in body and "±" not in body
    text = " ".join(summary.sections().values())
    # "In other pain types, it lasted ..." only beside the sentence that says what "it" is
    assert "four to ten hours" not in text or "benefit lasted" in text


@pytest.mark.parametrize(
    ("text", "leaning"),
    [
        # what was found is said of a pronoun: the thing it stands for was named before
        ("There is some evidence to suggest it may ease worry in carers", True),
        ("The results show they walked further than at the start", True),
        ("The trial found that it lowered the number of relapses", True),
        ("There is very weak evidence that it reduces pain after surgery", True),
        ("There is no evidence that walking aids reduce falls", False),
        # an "it" that stands for the clause after it, or a named subject
        ("The review found it is unclear whether cooling vests help", False),
        ("The trials suggest that exercise eases tiredness in people with MS", False),
        ("Cooling vests were found to ease tiredness in hot weather", False),
    ],
)
def test_a_headline_whose_finding_is_said_of_a_pronoun_does_not_stand_alone(text, leaning):
    from plainsum.plain.standalone import leans_back as headline_leans_back

    assert headline_leans_back(text) is leaning
