"""A count with no noun ("One followed major surgery") or "the other two studies" of trials
the sentence never counted points at a sentence before it: shown alone, it points at nothing
(`anchored.unanchored`, used by the body's and the headline's "leans back" tests)."""

from __future__ import annotations

import pytest

from plainsum.plain.anchored import unanchored


@pytest.mark.parametrize(
    "text",
    [
        "One followed a hip replacement; the others followed knee surgery.",
        "Two were stopped early because of bleeding.",
        "One of them was stopped early.",
        "The other three used a daily tablet.",
        "The remaining two lasted six months.",
        "Pain fell with the tablets, while the other two studies found no change.",
        "Two were prevention studies and one was a treatment study.",
        # a comment on an outcome named in an aside: about a result said before it
        "The outcome, change in fatigue score, is less useful than relapse rate.",
        "This measure, the time to walk 25 feet, may miss small changes.",
    ],
)
def test_a_count_of_things_named_before_points_back(text):
    assert unanchored(text)


@pytest.mark.parametrize(
    "text",
    [
        "One trial followed people with MS for a year.",
        "Two studies were stopped early because of bleeding.",
        "One in five people had headaches.",
        "Two thirds of the people walked further.",
        "Two trials found less fatigue and the other two studies found no change.",
        "One hundred people took part.",
        "Eight included studies were at high risk of bias.",
        "Two enrolled patients stopped early.",
        "The outcome of walking speed was measured at 12 weeks.",
    ],
)
def test_a_count_that_names_what_it_counts_stands_alone(text):
    assert not unanchored(text)


@pytest.mark.parametrize(
    "text",
    [
        # a count past twelve, or in figures, with no noun: of the people counted before
        "Fourteen had severe kidney injury while 20% had mild kidney injury.",
        "Twenty-three developed a rash.",
        "Thirteen received the higher dose.",
        "17 were lost to follow-up.",
        # similar to a result said before, which the sentence does not name
        "Analysis of the children with diabetes had similar findings.",
        "Analysis of people over 80 years had similar findings.",
        "Results were similar in the women.",
        "Similar results were seen after one year.",
        "The smaller trial showed broadly similar effects.",
        # a table or figure of the paper, which the reader never sees
        "The matrix shows that few of the trials tested these ideas.",
        "Table 3 shows the main results.",
        "Our figure summarises the steps of the review.",
    ],
)
def test_a_count_a_likeness_or_an_exhibit_of_nothing_named_points_back(text):
    assert unanchored(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen children had severe kidney injury.",
        "Twenty patients were enrolled.",
        "Fifteen percent had headaches.",
        "12 weeks of exercise improved walking.",
        "2.5 mg was given twice a day.",
        # similar to, between or across things the sentence names
        "Results were similar in both groups.",
        "Relapse rates were similar between the two drugs.",
        "Drug A and drug B had similar effects on pain.",
        "The effect of the cream was similar to that of the tablet.",
        "Trials of similar drugs found less pain.",
        "Walking speed was similar in the exercise and the usual care groups.",
        "Fatigue was similar in the two groups at six months.",
        "The death rate was similar, 3% in both arms.",
        "People on the cream may have a similar change in itch compared with people on placebo.",
        "The drug showed similar effects and side effects as the older drugs.",
        "Nursing in a cot has similar effects to nursing in an incubator.",
        "The results suggest that the drugs used in these trials are similar for pain relief.",
        "People with similar symptoms were included.",
        "The table of results was long.",
    ],
)
def test_a_count_a_likeness_or_a_table_that_names_its_own_stands_alone(text):
    assert not unanchored(text)
