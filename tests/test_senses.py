"""A glossary word swapped only in the sense its plain word has. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # the amount of something in the body: a level
        (
            "Ferritin concentration rose in girls who ate the fortified bread.",
            "Ferritin level rose in girls who ate the fortified bread.",
        ),
        (
            "Drug concentrations in the spinal fluid were higher after the new route.",
            "Drug levels in the spinal fluid were higher after the new route.",
        ),
        (
            "Low magnesium concentrations were linked with cramps.",
            "Low magnesium levels were linked with cramps.",
        ),
        # a product, a dose or a solution's strength: no level
        (
            "Whey protein concentration did not change muscle strength in older men.",
            "Whey protein concentration did not change muscle strength in older men.",
        ),
        (
            "The rinse held salt at a concentration of 2% in warm water.",
            "The rinse held salt at a concentration of 2% in warm water.",
        ),
        (
            "One trial compared a stronger and a weaker concentration of the eye drops.",
            "One trial compared a stronger and a weaker concentration of the eye drops.",
        ),
        # the power to focus: no level
        (
            "Poor concentration and low mood were common after the injury.",
            "Poor concentration and low mood were common after the injury.",
        ),
        (
            "Children on the stimulant had better concentration at school.",
            "Children on the stimulant had better concentration at school.",
        ),
    ],
)
def test_a_concentration_is_a_level_only_in_the_body(text: str, plain: str) -> None:
    assert plain_words(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a singular term's plain word agrees with the verb after it, and a phrase's verb
        # agrees with its head ("differences between trials was" was in a draft)
        ("Heterogeneity between trials was large.", "Variation between trials was large."),
        ("There was heterogeneity between studies.", "There was variation between studies."),
        ("Mortality was low in both groups.", "Mortality was low in both groups."),
        # what an active lesion on a scan is, said whole
        (
            "The drug cut the number of active lesions by half.",
            "The drug cut the number of areas of active damage by half.",
        ),
        (
            "There was no effect on MRI active lesions at one year.",
            "There was no effect on areas of active damage on MRI at one year.",
        ),
        ("Few new lesions were seen.", "Few new damaged areas were seen."),
        # a tooth's decay, a cyst, an artery to be reopened: no damaged area
        (
            "Sealants stopped carious lesions from growing.",
            "Sealants stopped carious lesions from growing.",
        ),
        (
            "Rates of target lesion revascularisation were alike.",
            "Rates of target lesion revascularisation were alike.",
        ),
        # "drop" and "ways" take no noun before them
        (
            "Pain reduction of half or more was counted.",
            "Pain reduction of half or more was counted.",
        ),
        ("A clear reduction in pain was seen.", "A clear drop in pain was seen."),
        ("There was a 40% reduction in falls.", "There was a 40% drop in falls."),
        ("Coping strategies did not ease the pain.", "Coping strategies did not ease the pain."),
        ("New strategies were tested.", "New ways were tested."),
        # "identified as" is a judgement, not a finding
        (
            "One trial was identified as being at high risk of bias.",
            "One trial was identified as being at high risk of bias.",
        ),
        ("The search identified six trials.", "The search found six trials."),
        (
            "The certainty was assessed to be low for falls.",
            "The certainty was assessed to be low for falls.",
        ),
        ("Falls were assessed at one year.", "Falls were checked at one year."),
        # a named kind of therapy keeps its name; a drug therapy is a treatment
        ("Art therapy eased low mood in care homes.", "Art therapy eased low mood in care homes."),
        (
            "Family therapy was compared with drug therapy.",
            "Family therapy was compared with drug treatment.",
        ),
        ("Cognitive remediation helped more.", "Cognitive remediation helped more."),
        # "drop" after a word that says how much or how long
        ("A severe reduction in cell mass followed.", "A severe drop in cell mass followed."),
        # "drop in", or "drop of" an amount; never "drop of" a thing
        ("A reduction of the cell mass followed.", "A reduction of the cell mass followed."),
        ("It gave a reduction of 5 points.", "It gave a drop of 5 points."),
        ("One trial found a one-day reduction in stay.", "One trial found a one-day drop in stay."),
        # a word of a name goes on after its dash
        (
            "The main measure was the Memory Rating Scale - cognitive part.",
            "The main measure was the Memory Rating Scale - cognitive part.",
        ),
        # a plural cannot take the singular verb after an adverb; "not" takes no "a"
        (
            "Iron supplementation probably reduces tiredness.",
            "Iron supplementation probably reduces tiredness.",
        ),
        (
            "Iron supplementation probably reduced tiredness.",
            "Iron supplements probably reduced tiredness.",
        ),
        (
            "There is an insufficient evidence base for massage.",
            "There is an insufficient evidence base for massage.",
        ),
        (
            "There is insufficient evidence for massage.",
            "There is not enough evidence for massage.",
        ),
    ],
)
def test_a_swap_keeps_the_sense_and_the_grammar_or_is_not_made(text: str, plain: str) -> None:
    assert plain_words(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a model's simplification is no fall in an amount; a fall in an amount still is
        (
            "This reduction makes the model easy to run on large networks.",
            "This reduction makes the model easy to run on large networks.",
        ),
        (
            "The model showed a reduction in relapse rate with the drug.",
            "The model showed a drop in relapse rate with the drug.",
        ),
        (
            "The model predicted a 30% reduction of 2 points.",
            "The model predicted a 30% drop of 2 points.",
        ),
        ("The reduction was larger in women.", "The drop was larger in women."),
        # "body" twice, or a salt solution: "physiological" stays
        (
            "Levels were compared with their physiological production in the human body.",
            "Levels were compared with their physiological production in the human body.",
        ),
        (
            "The bladder was rinsed with physiological saline.",
            "The bladder was rinsed with physiological saline.",
        ),
        ("Physiological measures were taken at rest.", "Body measures were taken at rest."),
        # a weakened germ is not "reduced"; a lowered response is
        (
            "Mutant strains were attenuated for toxin production.",
            "Mutant strains were attenuated for toxin production.",
        ),
        (
            "A live attenuated vaccine was given to the children.",
            "A live attenuated vaccine was given to the children.",
        ),
        (
            "The drug attenuated the rise in blood pressure.",
            "The drug reduced the rise in blood pressure.",
        ),
        # a gerund cannot take "of" after it: "needing stopping of medicine" reads broken
        (
            "Few participants needed discontinuation of the study drug.",
            "Few people needed discontinuation of the study drug.",
        ),
        (
            "Early identification of relapses was the aim.",
            "Early identification of relapses was the aim.",
        ),
        (
            "Discontinuation was rare in both groups.",
            "Stopping was rare in both groups.",
        ),
        # "indicated" as a drug's use or a mark is not "suggested"; as a result it is
        (
            "The drug is indicated in patients with active disease.",
            "The drug is indicated in patients with active disease.",
        ),
        (
            "Two trials indicated no difference in falls.",
            "Two trials suggested no difference in falls.",
        ),
        (
            "Further trials are indicated.",
            "Further trials are indicated.",
        ),
        (
            "A difference was indicated between the two doses.",
            "A difference was suggested between the two doses.",
        ),
        # "characterised by" is "marked by", never "described by" (said by someone)
        (
            "The disease is characterised by slow loss of balance.",
            "The disease is marked by slow loss of balance.",
        ),
        (
            "A rare disorder characterized by muscle cramps was studied.",
            "A rare disorder marked by muscle cramps was studied.",
        ),
        ("The cells were characterised in the lab.", "The cells were described in the lab."),
        # "signed up" is a verb: never before its noun
        (
            "Half of enrolled participants had used the drug before.",
            "Half of enrolled people had used the drug before.",
        ),
        ("We enrolled 40 adults with MS.", "We signed up 40 adults with MS."),
        # "95% effective" is a measured efficacy, not "95% helpful"
        (
            "The nasal vaccine was 80% effective in preventing flu in children.",
            "The nasal vaccine was 80% effective in preventing flu in children.",
        ),
        (
            "The jab was 62 percent effective against shingles.",
            "The jab was 62 percent effective against shingles.",
        ),
        (
            "Cooling vests were effective in a small trial.",
            "Cooling vests were helpful in a small trial.",
        ),
    ],
)
def test_a_swap_keeps_its_sense_where_it_stands(text: str, plain: str) -> None:
    assert plain_words(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # "rate" is true of an illness, an event, a harm or a symptom ("the rate of new cases
        # of hot flushes" was their daily frequency, not new cases)
        (
            "The incidence of pneumonia was lower in the vaccine group.",
            "The rate of pneumonia was lower in the vaccine group.",
        ),
        (
            "The incidence of adverse events was similar in both groups.",
            "The rate of unwanted events was similar in both groups.",
        ),
        (
            "The incidence of night sweats did not differ between the two tablets.",
            "The rate of night sweats did not differ between the two tablets.",
        ),
        # bare, "rate" needs its determiner: the paper's word stays
        (
            "Incidence of falls was low in both arms.",
            "Incidence of falls was low in both arms.",
        ),
        (
            "The incidence of serious complications did not differ.",
            "The rate of serious problems did not differ.",
        ),
        (
            "The incidence of nausea was higher with the new tablet.",
            "The rate of nausea was higher with the new tablet.",
        ),
        (
            "Stents made no difference to the incidence of amputation.",
            "Stents made no difference to the rate of amputation.",
        ),
        # "regarding" after a difference is "in", after a word of knowing "about"
        (
            "The two drugs did not show differences regarding the proportion of people who "
            "walked unaided.",
            "The two drugs did not show differences in the share of people who walked unaided.",
        ),
        (
            "There was no difference with regard to relapses.",
            "There was no difference in relapses.",
        ),
        ("Evidence regarding safety was weak.", "Evidence about safety was weak."),
        (
            "Most mothers answered a survey regarding sleep.",
            "Most mothers answered a survey about sleep.",
        ),
        (
            "Families had different expectations concerning care at home.",
            "Families had different expectations about care at home.",
        ),
        (
            "No firm conclusions can be drawn concerning long-term harms.",
            "No firm conclusions can be drawn about long-term harms.",
        ),
        # at the start of a clause: "as for"
        (
            "Regarding walking speed, the groups were alike.",
            "As for walking speed, the groups were alike.",
        ),
        (
            "However, with regard to fatigue, the results were mixed.",
            ", as for fatigue, the results were mixed.",
        ),
        # elsewhere no plain word keeps the sense: the paper's word stays
        (
            "The drug was no better than the placebo group regarding relapses.",
            "regarding relapses",
        ),
        (
            "The trials were small studies with regard to sample size.",
            "small studies with regard to sample size",
        ),
        ("This finding is concerning.", "This finding is concerning."),
        # a systematic review is a kind of study, not a careful reading
        ("We did a systematic review of trials.", "We did a systematic review of trials."),
    ],
)
def test_a_term_takes_the_plain_word_of_its_sense(text: str, plain: str) -> None:
    assert plain in plain_words(text)


@pytest.mark.parametrize(
    ("words", "head"),
    [
        (["differences", "between", "trials"], "differences"),
        (["variation", "among", "studies"], "variation"),
        (["side", "effects"], "effects"),
        (["rate", "of", "new", "cases"], "rate"),
        # a relative clause or a preposition after the noun: the noun, never its object
        (["disease", "that", "damages", "nerves"], "disease"),
        (["antibodies", "against", "the", "body"], "antibodies"),
        (["people", "who", "left", "early"], "people"),
    ],
)
def test_the_head_of_a_plain_phrase_is_what_its_verb_agrees_with(words, head):
    from plainsum.checks.half_replaced import head_noun

    assert head_noun(words) == head


@pytest.mark.parametrize(
    "text",
    [
        # "outcome" is what a trial measured; "result" would say what it found
        "One person had the outcome of serious illness.",
        "Pain outcomes did not differ between the groups.",
        "The trials reported few health outcomes for babies.",
        "Outcome assessors were not blinded in two trials.",
        "For the secondary outcomes, the two creams did not differ.",
        # a biomarker beside its kind, or said of a vitamin, is no "measurable sign"
        "The team found molecular biomarkers in blood.",
        "Riboflavin biomarker status improved with the tablets.",
        # criteria are seldom rules
        "Improvement was judged by a scale or by self-made criteria.",
        "Only two trials met all quality criteria.",
    ],
)
def test_a_term_whose_plain_word_says_another_thing_is_kept(text: str) -> None:
    assert plain_words(text) == text


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # the paper's own slip "significant higher": "clear higher" would be broken
        (
            "Patients had significant higher blood sugar after the steroid.",
            "Patients had clearly higher blood sugar after the steroid.",
        ),
        (
            "There was a statistically significant shorter stay in the early group.",
            "There was a clearly shorter stay in the early group.",
        ),
        # "near significant" missed significance: "near clear" says it almost did not
        (
            "There was a near significant increase in days in hospital.",
            "There was a near significant increase in days in hospital.",
        ),
        (
            "Stays were nearly significantly longer with the new ward.",
            "Stays were nearly significantly longer with the new ward.",
        ),
        # said of a result, "significant" is still "clear"
        (
            "There was a significant increase in walking speed.",
            "There was a clear increase in walking speed.",
        ),
        (
            "Walking speed was significantly higher with the drug.",
            "Walking speed was clearly higher with the drug.",
        ),
    ],
)
def test_significant_is_clear_only_where_it_reads_whole_and_true(text: str, plain: str) -> None:
    assert plain_words(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # the paper's singular verb after "odds" and its "of" phrase: the singular plain word
        (
            "The odds of a fall needing a hospital visit was lower with the brace.",
            "The chance of a fall needing a hospital visit was lower with the brace.",
        ),
        (
            "The odds of relapse is higher in smokers.",
            "The chance of relapse is higher in smokers.",
        ),
        ("The odds was higher in the first group.", "The chance was higher in the first group."),
        # a plural verb, or none after it: the glossary's plural stays
        (
            "The odds of a fall were lower with the brace.",
            "The chances of a fall were lower with the brace.",
        ),
        ("Smokers had higher odds of relapse.", "Smokers had higher chances of relapse."),
    ],
)
def test_odds_said_as_singular_takes_the_singular_plain_word(text, plain):
    assert plain_words(text) == plain


def test_significant_after_a_glued_negation_is_left_as_written():
    # "non-statistically clear" would be no phrase at all
    text = "There was also a non-statistically significant drop in falls with the brace."
    assert plain_words(text) == text
    assert plain_words("The brace gave a significant drop in falls.") != (
        "The brace gave a significant drop in falls."
    )


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a state after "proportion", who is in it left unsaid: no "share" swap
        (
            "The proportion cough-free at four weeks did not differ between groups.",
            "The proportion cough-free at four weeks did not differ between groups.",
        ),
        (
            "The proportion alive at one year was similar in both arms.",
            "The proportion alive at one year was similar in both arms.",
        ),
        # the share of someone: swapped as before
        (
            "The proportion of children who wheezed fell after the course.",
            "The share of children who wheezed fell after the course.",
        ),
    ],
)
def test_a_proportion_named_by_a_state_keeps_its_word(text: str, plain: str) -> None:
    assert plain_words(text) == plain
