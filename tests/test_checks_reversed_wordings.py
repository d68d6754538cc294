"""Reversed findings said with direction words the check did not read before, and the two
things compared turned round when the claim is about the things themselves: "shortened",
"a decline in", "blunted", "did not slow", "more frequent relapses" (the
word describes the noun after it), "more effective than" (better, not more of a thing),
"Surgery worked better than physiotherapy" against "Physiotherapy was more effective than
surgery". Each faithful paraphrase beside it passes. Sentences written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity_directions import directions

REVERSED = [
    (
        "The exercise plan shortened hospital stays.",
        ["The exercise plan did not shorten the hospital stay."],
    ),
    (
        "Depression scores rose after the therapy.",
        ["The therapy led to a significant decline in depression scores."],
    ),
    (
        "Memory scores went up after the course.",
        ["The course was followed by a decline in memory scores."],
    ),
    (
        "Brain shrinkage slowed with the drug.",
        ["The drug did not slow brain atrophy."],
    ),
    (
        "The drug slowed the loss of vision.",
        ["The drug did not slow the loss of vision over two years."],
    ),
    (
        "The drug boosted the antibody response to the vaccine.",
        ["The drug blunted the antibody response to the vaccine."],
    ),
    (
        "Higher salt intake was linked to fewer relapses.",
        ["Higher salt intake was associated with more frequent relapses."],
    ),
    (
        "Night shifts were linked to less frequent headaches.",
        ["Night shift work was associated with more frequent headaches."],
    ),
    (
        "Surgery worked better than physiotherapy for back pain.",
        ["Physiotherapy was more effective than surgery for back pain at one year."],
    ),
    (
        "The tablets were less effective than the injections.",
        ["The tablets were more effective than the injections for pain relief."],
    ),
    # one ranks two things, the other says they did alike
    (
        "The gel worked much better than the cream.",
        ["The gel had a similar effect to the cream on wound size."],
    ),
    (
        "Lithium worked better than valproate.",
        ["Lithium and valproate did not differ in preventing relapse."],
    ),
    (
        "Melatonin was more helpful than zolpidem.",
        ["Melatonin was as effective as zolpidem for sleep onset."],
    ),
    (
        "Melatonin worked about as well as zolpidem.",
        ["Melatonin was more effective than zolpidem for sleep onset."],
    ),
    # the paper's result is the comparison arm's, "favoured the control group with ..."
    (
        "The drug shortened hospital stays.",
        ["The analysis favoured the control group with a shorter hospital stay."],
    ),
    # an effect the paper says favours the treatment
    (
        "People who swam felt more tired than those who did not.",
        ["We found a significant effect on fatigue in favour of swimming."],
    ),
    # side effects "from" a treatment are the side effects
    (
        "Side effects from the drug were less common than with placebo.",
        ["The drug was associated with a greater frequency of adverse events."],
    ),
    # the same comparison arm named, or none
    (
        "Rates of relapse were lower with coaching compared to standard care.",
        ["When coaching was compared to standard care, relapse rates did not differ."],
    ),
    (
        "Rates of relapse were lower with coaching than with placebo.",
        ["Coaching did not lower relapse rates."],
    ),
    # a plain word for the paper's term
    (
        "Their breathing tests were also worse.",
        ["Lung function was better in the active group."],
    ),
]

FAITHFUL = [
    (
        "The exercise plan did not make hospital stays shorter.",
        ["The exercise plan did not shorten the hospital stay."],
    ),
    (
        "Depression scores fell after the therapy.",
        ["The therapy led to a significant decline in depression scores."],
    ),
    (
        "Memory scores fell after the course.",
        ["The course was followed by a decline in memory scores."],
    ),
    (
        "The drug did not slow the loss of brain tissue.",
        ["The drug did not slow brain atrophy."],
    ),
    (
        "The drug did not slow the loss of vision.",
        ["The drug did not slow the loss of vision over two years."],
    ),
    (
        "The drug dampened the antibody response to the vaccine.",
        ["The drug blunted the antibody response to the vaccine."],
    ),
    (
        "Eating more salt went with more relapses.",
        ["Higher salt intake was associated with more frequent relapses."],
    ),
    (
        "Night shifts were linked to more headaches.",
        ["Night shift work was associated with more frequent headaches."],
    ),
    (
        "After one year, physiotherapy helped back pain more than surgery did.",
        ["Physiotherapy was more effective than surgery for back pain at one year."],
    ),
    (
        "Surgery was less effective than physiotherapy for back pain.",
        ["Physiotherapy was more effective than surgery for back pain at one year."],
    ),
    (
        "The injections worked better than the tablets.",
        ["The tablets were less effective than the injections for pain relief."],
    ),
    # compared for another thing: not the same finding turned round
    (
        "Surgery worked better than physiotherapy for neck pain.",
        ["Physiotherapy was more effective than surgery for back pain at one year."],
    ),
    (
        "The tablets worked better than the injections for pain.",
        ["The injections were more effective than the tablets for sleep."],
    ),
    (
        "The gel worked about as well as the cream.",
        ["The gel had a similar effect to the cream on wound size."],
    ),
    (
        "Lithium and valproate prevented relapses about equally.",
        ["Lithium and valproate did not differ in preventing relapse."],
    ),
    # ranked against another thing than the one it did alike with
    (
        "The gel worked better than a dummy gel.",
        ["The gel had a similar effect to the cream on wound size."],
    ),
    (
        "Melatonin worked better than placebo.",
        ["Melatonin was as effective as zolpidem for sleep onset."],
    ),
    # the comparison arm's result, turned round, agrees with a denial
    (
        "The drug did not shorten hospital stays.",
        ["The analysis favoured the control group with a shorter hospital stay."],
    ),
    # a purpose is no result
    (
        "To shorten waiting times, clinics hired more nurses.",
        ["Waiting times did not change after the clinics hired more nurses."],
    ),
    (
        "People who swam felt less tired.",
        ["We found a significant effect on fatigue in favour of swimming."],
    ),
    (
        "Side effects from the drug were more common than with placebo.",
        ["The drug was associated with a greater frequency of adverse events."],
    ),
    # "only as good as" is no comparison
    (
        "A review can only be as good as the studies it includes.",
        ["The two doses were equally effective in terms of pain relief."],
    ),
    # compared with another arm than the paper's sentence names
    (
        "Rates of relapse were lower with coaching compared to standard care.",
        ["When coaching was compared to a discussion group, relapse rates did not differ."],
    ),
    # a hope is no result
    (
        "Many people with MS take vitamin D hoping to prevent relapses.",
        ["Vitamin D had no effect on the relapse rate at one year."],
    ),
    # a unit is not what changed
    (
        "A 100-mg dose was slightly less effective.",
        ["Tablets of 400 mg were better than capsules for pain relief."],
    ),
    # groups set side by side are not a change over time
    (
        "Older adults had higher vitamin D levels than teenagers.",
        ["Vitamin D levels declined over the winter in the whole group."],
    ),
    # the paper ranks the same two the other way in its next clause: not read
    (
        "Melatonin worked better than zolpidem.",
        [
            "Melatonin had a similar effect to zolpidem on sleep onset but was more effective "
            "than zolpidem for sleep quality."
        ],
    ),
]


@pytest.mark.parametrize("summary,source", REVERSED)
def test_reversed_in_these_words_is_flagged(summary: str, source: list[str]) -> None:
    assert contradiction(summary, source) is not None


@pytest.mark.parametrize("summary,source", FAITHFUL)
def test_faithful_paraphrase_passes(summary: str, source: list[str]) -> None:
    assert contradiction(summary, source) is None


@pytest.mark.parametrize(
    "sentence,said",
    [
        ("The drug did not slow the disease.", ["did not slow"]),
        ("Slow walkers were studied.", []),
        ("The decline was slow, and a decline in memory followed.", ["decline"]),
        ("Relapses were more frequent in winter.", ["more"]),
    ],
)
def test_direction_words_read(sentence: str, said: list[str]) -> None:
    found = [m.group(0) for m in directions(sentence)]
    assert [w for w in found if w in said or any(w in s for s in said)] == found
    assert len(found) == len(said)


@pytest.mark.parametrize(
    "summary,paper,other",
    [
        # another arm named on both sides
        (
            "Rates of relapse were lower with coaching compared to standard care.",
            "When coaching was compared to a discussion group, relapse rates did not differ.",
            True,
        ),
        # the same arm in other words, or in a short form beside words of its long one
        (
            "Pain relief was greater with the splint compared to other treatments.",
            "Pain relief was greater with the splint compared to other therapies.",
            False,
        ),
        (
            "Fewer wounds were infected with the new dressing compared with silver cream.",
            "Fewer wounds were infected with the new silver dressing compared with SC.",
            False,
        ),
        # groups the paper's sentence never names, against a change over time
        (
            "Older adults had higher vitamin D levels than teenagers.",
            "Vitamin D levels declined over the winter in the whole group.",
            True,
        ),
    ],
)
def test_another_comparison_than_the_papers(summary: str, paper: str, other: bool) -> None:
    from plainsum.checks.claim_pairs import other_groups
    from plainsum.checks.polarity import claims_in

    compared = [c for c in claims_in(summary) if c.against]
    assert compared
    assert any(other_groups(c, paper, summary) for c in compared) is other
