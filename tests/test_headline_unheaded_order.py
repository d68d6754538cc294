"""In a review abstract without headings, results come first and the authors' conclusions last:
a sentence that reads as a conclusion by its words ("There was no firm evidence of a difference
in the pregnancy rate") but stands before the paper's last sentence that gives a statistic, or
before the heading of its last comparison, is one of the results, and the conclusions after it
head (a fertility review was headed by one outcome's result; a dental-advice review by one
comparison's result at 12 months). And "Whilst X, Y" is one sentence, as "While X, Y" is.
Every sentence here is written for these tests."""

from __future__ import annotations

from plainsum.plain.headline.concluded import with_concluded
from plainsum.plain.simplify import measured
from plainsum.plain.standalone import spliced, whole_alone

PAPER = {
    4: "There was no firm evidence of a difference in the pregnancy rate (OR 1.5, 95% CI 0.9 to "
    "2.8; 2 RCTs, n = 300).",
    5: "There was not enough evidence to tell whether twin births differed (OR 3.1, 95% CI 0.1 "
    "to 90; 1 RCT, n = 20).",
    6: "Neither study reported side effects.",
    7: "Whilst the tablets may raise the pregnancy rate, they may make little or no difference "
    "to live births.",
}


def test_a_conclusion_before_the_last_statistic_is_a_result() -> None:
    early = measured("There was no firm evidence of a difference in the pregnancy rate.", (4,), 0)
    late = measured(
        "Whilst the tablets may raise the pregnancy rate, they may make little or no difference "
        "to live births.",
        (7,),
        3,
    )
    conclusions, results = with_concluded([early, late], [], PAPER)
    assert conclusions == [late]
    assert results == [early]


def test_conclusions_all_before_the_statistic_stay_as_they_are() -> None:
    early = measured("There was no firm evidence of a difference in the pregnancy rate.", (4,), 0)
    conclusions, _ = with_concluded([early], [], PAPER)
    assert conclusions == [early]  # (no conclusion would be left: never none)


def test_a_conclusion_before_the_last_comparison_heading_is_a_result() -> None:
    paper = {
        2: "Comparison 1: Any advice versus no advice Four studies compared any advice with none.",
        3: "There was weak evidence of a benefit for advice at 12 months.",
        4: "Comparison 2: Personal advice versus routine advice Four studies compared them.",
        5: "There was little evidence that either kind of advice made a difference to plaque.",
        6: "There was not enough good evidence to recommend any one method of advice.",
    }
    early = measured("There was weak evidence of a benefit for advice at 12 months.", (3,), 0)
    late = measured(
        "There was not enough good evidence to recommend any one method of advice.", (6,), 2
    )
    conclusions, results = with_concluded([early, late], [], paper)
    assert conclusions == [late]
    assert early in results


def test_whilst_opens_one_sentence() -> None:
    text = (
        "Whilst the tablets may raise the pregnancy rate, there may be little or no difference in "
        "live births"
    )
    assert not spliced(text)
    assert whole_alone(text)
    assert spliced("No differences were found, the trials were too small")


def test_a_grade_alone_or_the_long_term_unknown_is_no_finding() -> None:
    from plainsum.plain.headline.no_finding import says_no_finding

    assert says_no_finding(
        "The evidence quality was very low and the review authors are uncertain about the estimates"
    )
    assert says_no_finding("There is not enough evidence about the long-term outcomes")
    assert says_no_finding(
        "There were not enough data to make a conclusion about long-term benefits and harms of "
        "stopping the tablets"
    )
    # a finding with its grade, or the question as a whole, is no such thing
    assert not says_no_finding("The quality of the evidence was low, but it suggests X helps")
    assert not says_no_finding("There is not enough evidence about the effect of the tablets")


def test_a_compared_protocol_or_an_ongoing_pregnancy_is_no_method() -> None:
    from plainsum.plain.finding import is_procedural

    assert not is_procedural(
        "Brief exposure was linked with a higher pregnancy rate than the overnight protocol"
    )
    assert not is_procedural("Brief exposure may improve the ongoing pregnancy rate")
    assert is_procedural("The protocol of the review was published in 2010")
    assert is_procedural("Two trials are ongoing")
