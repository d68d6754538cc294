"""Reversed findings read sentence against sentence: a summary sentence and the paper's
sentence(s) on the same outcome, across drugs, exercise, diet, lab and animal work and
observational studies. A summary that turns the finding round is flagged, in words the check
was not built on (outcome valence: "fatigue rose" against "improvements in fatigue"; lists;
"more likely to" over the direction it governs; the comparison arm as subject; the two things
compared turned round); a paraphrase that keeps the direction passes. Sentences written for
these tests."""

import pytest

from plainsum.checks.contradiction import contradiction

FLAGGED = [
    # an effect verb where the paper says no change
    (
        "Over six months, the tablets lowered the number of relapses.",
        ["The tablets had no effect on the relapse rate at six months."],
    ),
    (
        "The stretching routine eased stiffness in the legs.",
        ["There was no difference in leg stiffness between the stretching and control groups."],
    ),
    # up or down where the paper says better or worse, read by what is measured
    (
        "In every trial, tiredness rose slightly with the drug.",
        ["All trials reported small improvements in fatigue with the drug."],
    ),
    (
        "Pain got worse in the weeks after the injections.",
        ["The injections reduced pain over the following weeks."],
    ),
    (
        "Muscle strength fell during the training programme.",
        ["The training programme improved muscle strength."],
    ),
    (
        "Side effects became less common with the higher dose.",
        ["Adverse events were more frequent with the higher dose than with the lower dose."],
    ),
    (
        "The supplement made serious side effects more likely.",
        ["The supplement did not increase the risk of serious adverse effects."],
    ),
    # a comparative turned round
    (
        "Mice fed the high-fat diet burned less fat overnight.",
        ["Mice on the high-fat diet showed increased fat burning overnight."],
    ),
    (
        "Older adults who slept longer were less prone to falls.",
        ["Longer sleep was associated with a higher rate of falls in older adults."],
    ),
    # no more likely / no more often than
    (
        "Walking improved no more often with the brace than without it.",
        ["Walking improved in more people who wore the brace."],
    ),
    # the comparison arm named as the subject, without "than"
    (
        "Children given the dummy syrup were more likely to say their cough had improved.",
        ["Children given the honey syrup were more likely to report that their cough improved."],
    ),
    # the two things compared turned round
    (
        "The old dressing led to fewer infections compared with the new dressing.",
        ["The new dressing was associated with fewer infections compared with the old dressing."],
    ),
    # a list: each item read on its own
    (
        "The diet made no real difference to seizures, sleep or hospital stays.",
        [
            "The ketogenic diet improved epilepsy, sleep disturbance and the frequency of "
            "hospital admissions."
        ],
    ),
    (
        "Afterwards they did worse on tests of memory, speed and attention.",
        [
            "Patients improved on measures of reasoning, psychomotor speed, and visual memory "
            "after withdrawal."
        ],
    ),
    # "much like those of" is no difference
    (
        "Smokers had levels of the enzyme much like those of non-smokers.",
        ["Enzyme levels were markedly lower in smokers than in non-smokers."],
    ),
    # a later clause's hedge leaves the first a finding
    (
        "Longer naps went with a smaller chance of diabetes, although the link was not clear "
        "for very long naps.",
        ["Longer naps were associated with an increased risk of diabetes."],
    ),
    # a flat denial against the paper's effect
    (
        "The vaccine did not cut the number of hospital visits.",
        ["The vaccine reduced hospital visits by a third."],
    ),
    (
        "Neither dose lowered blood pressure.",
        ["Both doses lowered blood pressure compared with placebo."],
    ),
    (
        "With the new inhaler, asthma attacks grew more frequent.",
        ["The new inhaler reduced asthma attacks."],
    ),
    (
        "Cell growth slowed when the gene was switched on.",
        ["Switching on the gene increased cell growth."],
    ),
    (
        "The cream did not help the wounds heal.",
        ["The cream improved wound healing compared with the plain dressing."],
    ),
    # "fails to" denies as "failed to" does
    (
        "The splint fails to improve grip strength.",
        ["The splint improved grip strength over eight weeks."],
    ),
]

PASSES = [
    # the same direction in other words
    (
        "The tablets did not change the number of relapses.",
        ["The relapse rate stayed about the same with the tablets."],
    ),
    (
        "People on the drug had fewer relapses.",
        ["Relapses went down with the drug."],
    ),
    (
        "Tiredness eased with the drug.",
        ["Fatigue scores fell with the drug."],
    ),
    (
        "Pain was lower with the injections.",
        ["The injections improved pain."],
    ),
    (
        "Muscle strength went up with training.",
        ["Training improved muscle strength."],
    ),
    # hedges of the same finding
    (
        "The drug may reduce relapses.",
        ["The drug probably reduces relapses."],
    ),
    (
        "Exercise probably reduces fatigue.",
        ["Exercise may reduce fatigue."],
    ),
    # "greater relief" is relief, not more symptoms
    (
        "People had greater symptom relief with the lozenge than with the sweet.",
        ["The lozenge gave symptom relief, although not significantly in one group."],
    ),
    # "a smaller reduction" is still a reduction
    (
        "Heavier women had a smaller reduction in the marker than lean women.",
        ["Heavier women had an attenuated reduction in the marker."],
    ),
    # the two things compared turned round, and the direction with them: the same finding
    (
        "The new dressing led to fewer infections than the old dressing.",
        ["The old dressing was associated with more infections compared with the new dressing."],
    ),
    # the treatment named in a pair is not the comparison arm as subject
    (
        "People randomised to the cream or a placebo, and those on the cream healed faster.",
        ["Wounds healed faster with the cream."],
    ),
    # "with or without" is no denial
    (
        "The drug given with or without a placebo probably reduces deaths slightly.",
        ["The drug probably reduces deaths slightly."],
    ),
    # a count's bound is no direction
    (
        "Women who tried for 24 months or more had lower levels of the hormone.",
        ["Hormone levels were lower in women who took longer to conceive."],
    ),
    # "harmful side effects" describes them; it states no result
    (
        "People stopped the cream because of harmful side effects less often than the gel.",
        ["Fewer people stopped the cream because of adverse events than the gel."],
    ),
    # a judgement helped, not a result
    (
        "A blood test helps identify the cause of muscle cramps.",
        ["Better treatments for muscle cramps are needed."],
    ),
    # a definition is not a result of the study
    (
        "The enzyme is known as eNOS, which helps fight blood vessel disease.",
        ["Poor sleep was associated with increased blood vessel disease."],
    ),
    # different kinds of the same thing
    (
        "Serious side effects were no more common with the drug than with placebo.",
        ["Specific adverse events were more common with the drug than placebo."],
    ),
    # what follows "with" came with the change; it is not what changed
    (
        "Serious side effects were no more common with the drug than with placebo.",
        ["The drug gave a major reduction in pain with tolerable adverse events."],
    ),
    # the paper denies support for a benefit: no difference agrees
    (
        "There was no difference in bone density with the supplement.",
        [
            "Our results do not support the use of the supplement in healthy women as an "
            "intervention to improve bone density."
        ],
    ),
    # "fails to improve" is "does not improve"
    (
        "A sore that does not improve within a month needs a specialist.",
        ["A sore that fails to improve within a month needs a specialist."],
    ),
    # "no" of the side effects, not of the healing
    (
        "The ointment works with no major side effects for improving wound healing.",
        ["The ointment is effective and well tolerated for improving wound healing."],
    ),
    # the same amount in each group: no difference, as the paper says
    (
        "The two insulins reduced long-term blood sugar by about the same amount.",
        ["Changes in long-term blood sugar were comparable for the two insulins."],
    ),
    # "no benefit of X to prevent Y": not prevented, as the summary says
    (
        "Giving an antibiotic before the operation did not prevent infections.",
        [
            "There was no observed benefit of giving antibiotics before the operation to prevent "
            "infections."
        ],
    ),
    # items set against each other, not a list of outcomes
    (
        "Benefits were small, more for mood and sleep than for pain.",
        ["The therapy had small positive effects on mood and sleep but not on pain."],
    ),
    # the paper's result for the same thing, the same way, whatever the list says beside it
    (
        "The programme did not change the level of impairment, fatigue or mood.",
        ["The programme did not change impairment, and mood and fatigue were unchanged."],
    ),
]


@pytest.mark.parametrize("summary,source", FLAGGED)
def test_reversed_finding_is_flagged(summary: str, source: list[str]) -> None:
    assert contradiction(summary, source) is not None


@pytest.mark.parametrize("summary,source", PASSES)
def test_same_finding_in_other_words_passes(summary: str, source: list[str]) -> None:
    assert contradiction(summary, source) is None
