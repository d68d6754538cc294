"""Dangling referents (plainsum.checks.referents): a sentence that picks out one of a set the
summary never introduced. Sentences written for these tests, on many kinds of study."""

import pytest

from plainsum.checks.fluency import check_fluency, text_problems
from plainsum.checks.referents import dangling_referents
from plainsum.schemas import PlainSummary


def flagged(text: str, before: str = "") -> list[str]:
    return [p.span for p in text_problems(text, before=before) if p.rule == "dangling_referent"]


@pytest.mark.parametrize(
    "text",
    [
        "The review found six trials. In the third trial, pain eased a little.",
        "Four studies looked at the diet. The second study found less weight gain.",
        "Nurses phoned mothers at home. The fourth mother said she felt alone.",
        "None of the trials hid who got what, and only the third trial hid it from assessors.",
        "The third small trial found no change in sleep.",
        "This was a review of earlier studies. The other studies were too short to say.",
        "Mice were given the vaccine. The remaining two groups got salt water.",
        "The drug was tested in people with lupus. The second, larger trial found fewer flares.",
        "Children took the syrup for a week. The other children had fewer coughs.",
        "Relapses were rarer with the drug. The remaining trials did not measure relapses.",
        "This study did not look at MS. The other included studies were small.",
    ],
)
def test_a_member_of_a_set_never_introduced_is_flagged(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "One trial tested the cream for a month. The second trial tested it for a year.",
        "Two studies compared the drug with a dummy pill. The third study compared two doses.",
        "Three of the studies were done in Europe and the fourth study in Brazil.",
        "A 2015 trial found less pain. The second trial found no change.",
        "One of the trials was stopped early. The other trials ran for two years.",
        "The review found five trials. The other trials were smaller than the first.",
        "One was a small trial in Norway. The second trial was run in Japan.",
        "Women were in labour for many hours during the second stage of labour.",
        "Stroke is the second leading cause of death in adults.",
        "This is the third update of a review first published in 2004.",
        "The Second International Stroke Trial found fewer deaths.",
        "Of the 40 patients, 30 got better and the other patients did not.",
        "Side effects were more common after the second dose.",
        "Pain eased in the placebo group. The other group had more headaches.",
        "Half the people got advice by text. This group drank less than the other group.",
    ],
)
def test_a_member_of_a_set_introduced_or_no_member_at_all_passes(text):
    assert not flagged(text)


def test_the_earlier_text_introduces_the_set():
    assert not flagged("The second trial found no change.", before="One trial found less pain.")
    assert flagged("The second trial found no change.", before="Pain eased in six trials.")


def test_indexes_are_counted_from_start():
    sentences = ["The second group slept more.", "The third trial was small."]
    assert dangling_referents(sentences, start=1) == [(1, "The third trial")]
    assert len(dangling_referents(sentences)) == 2


def test_the_gate_reads_the_summary_in_reading_order():
    base = dict(
        headline="Acupuncture may ease a stye for a short time",
        why_it_matters="This review did not look at MS. Talk with your doctor or care team.",
        limitations="A review is only as good as its studies.",
    )
    dangling = PlainSummary(
        what_the_study_did="This was a review of six trials. In the third trial, styes healed "
        "as fast with acupuncture as with antibiotic cream.",
        **base,
    )
    introduced = PlainSummary(
        what_the_study_did="This was a review of six trials. Two trials compared acupuncture "
        "with usual care. In the third trial, styes healed as fast with acupuncture as with "
        "antibiotic cream.",
        **base,
    )
    found = [f for f in check_fluency(dangling) if "dangling_referent" in f.message]
    assert [(f.section, f.span, f.severity) for f in found] == [
        ("what_the_study_did", "the third trial", "error")
    ]
    assert not [f for f in check_fluency(introduced) if "dangling_referent" in f.message]


def groups_flagged(text: str, before: str = "") -> list[str]:
    return [p.span for p in text_problems(text, before=before) if p.rule == "dangling_groups"]


@pytest.mark.parametrize(
    "text",
    [
        "The study looked at a new cream for eczema. There was no clear difference between the "
        "two groups.",
        "This was a trial in 120 people. Six and five people needed a breathing tube in the 2 "
        "groups.",
        "The review looked at a vaccine for flu. Both groups had similar side effects.",
        "Researchers tested a heat pack for back pain. Pain fell in both groups.",
        "Sleep was measured for a year. The groups did not differ in how long they slept.",
        "The trial tested a walking course. Walking speed did not differ between groups.",
        "Doctors gave a drug to 60 adults with gout. The three groups had similar flare rates.",
        "This study looked at 300 babies. Growth was similar in both groups at one year.",
        "The study looked at a gel for mouth ulcers. No one had a bad reaction in either group.",
        "Nurses checked 90 wounds each week. Neither group healed faster.",
        # one side of a comparison the summary never set up (issue 8)
        "Researchers gave 40 adults a home walking plan. Tiredness fell more than in the "
        "control group.",
        "The team tested a new eye drop in 50 people. Sight was no better in the placebo group.",
    ],
)
def test_a_set_of_groups_never_set_up_is_flagged(text):
    assert groups_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "People took the drug or a dummy pill. Both groups slept better.",
        "The trial compared walking with swimming. The two groups had similar fatigue.",
        "Half the mice got the vaccine. The two groups differed in weight.",
        "People were randomly assigned to exercise or rest. Both groups felt less tired.",
        "The drug was tested against placebo; there was no difference between the two groups.",
        "Researchers studied 40 people with MS and 40 without. The two groups slept alike.",
        "The control group had usual care. Both groups improved.",
        "Children in one arm had the vaccine. Both groups had few side effects.",
        "Weakness in both arms is common in this disease.",
        "Of the two groups, only one spent weeks in hospital.",
        "The groups of nurses who took part worked in three cities.",
        "Half took the tablets and half a dummy pill. Nobody died in either group.",
        "Children had the spray or a salt water spray; each group used it for a week.",
        "The control group kept to their usual diet. Weight fell more with the new plan.",
        "People took the drops or a dummy version. Sight was no better in the placebo group.",
    ],
)
def test_groups_set_up_before_pass(text):
    assert not groups_flagged(text)


def test_unintroduced_groups_are_a_warning():
    summary = PlainSummary(
        headline="A new cream did not ease eczema in adults",
        what_the_study_did="Researchers tested a new cream in 80 adults with eczema.",
        why_it_matters="The study found no clear difference between the two groups. Talk "
        "with your doctor or care team.",
        limitations="This was one small trial.",
    )
    found = [f for f in check_fluency(summary) if "dangling_groups" in f.message]
    assert found and all(f.severity.value == "warning" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "There were fewer deaths between the groups treated with the new drug and the old one.",
        "How well a test works can differ between groups of people.",
        "The groups given the two doses had similar side effects.",
    ],
)
def test_groups_said_where_named_pass(text):
    assert not groups_flagged(text)


@pytest.mark.parametrize(
    "before, sentence, dangling",
    [
        # a count standing for studies the sentence before never named
        (
            "Labour was shorter in women given more fluid.",
            "Only one reported the mean length of labour.",
            True,
        ),
        ("Pain eased with the exercise classes.", "Two measured sleep as well.", True),
        ("Pain eased with the exercise classes.", "Neither compared the classes with rest.", True),
        # the set named just before, or a count that names its noun
        (
            "Two trials compared saline with sugar water.",
            "Only one reported the mean length.",
            False,
        ),
        ("The review included nine studies.", "Three measured sleep.", False),
        ("The review included nine studies.", "Only one reported on side effects.", False),
        (
            "Pain eased with the exercise classes.",
            "Only one trial reported the mean length.",
            False,
        ),
        # a count of people doing what people do
        ("Most women had less pain.", "Only one reported a rash.", False),
    ],
)
def test_a_bare_count_of_studies_needs_the_studies_named_just_before(before, sentence, dangling):
    from plainsum.checks.referents import bare_counts

    assert bool(bare_counts([before, sentence], start=1)) == dangling


@pytest.mark.parametrize(
    "text",
    [
        # the second half of a sentence whose first half named the options, cut loose
        "This was a review of five trials. There was no difference between both plans for "
        "later cancers.",
        "The review looked at hip surgery in older adults. Deaths were alike between the two "
        "operations.",
        "Dentists took part in the study. The two techniques may be equally good at finding decay.",
    ],
)
def test_a_set_of_options_never_named_is_flagged(text):
    assert groups_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two operations were tried in older adults. Deaths were alike between the two operations.",
        "The trial compared a short course of the drug with a long one. Both plans worked.",
        "A new drug gave a benefit over the old one, so both treatments remain options.",
        "Nurses used a gentle technique or a firm one. The two techniques hurt about as much.",
        "Both treatments of the kind studied here are cheap.",
    ],
)
def test_a_set_of_options_named_before_passes(text):
    assert not groups_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The review found 12 trials. Results for other blood tests are given in the main body "
        "of the review.",
        "Pain eased with the patch (see Table 2).",
        "The full list of side effects is in the supplementary material.",
        "Details of each trial are reported in the full review.",
    ],
)
def test_a_part_of_the_paper_the_reader_does_not_have_is_flagged(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The full text of the review is available online.",
        "The surgeons removed the appendix in 40 children.",
        "Mothers were given a supplement of iron and folic acid.",
        "The table salt the families used was low in iodine.",
    ],
)
def test_the_paper_and_its_words_in_other_senses_pass(text):
    assert not flagged(text)
