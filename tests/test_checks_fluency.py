import pytest
from gate_texts import LAB_SOURCE, LAB_SUMMARY, edit

from plainsum.checks.fluency import check_fluency, sentence_problems, text_problems
from plainsum.checks.fluency_breaks import unbalanced
from plainsum.checks.fluency_sentences import split_sentences
from plainsum.checks.half_replaced import half_replaced
from plainsum.checks.verbs import has_verb


def rules(text: str) -> set[str]:
    return {p.rule for p in text_problems(text)}


@pytest.mark.parametrize(
    "text,rule",
    [
        ("then the cells stopped growing in the dish.", "lower_start"),
        ("The team checked the benefit of the.", "function_word_end"),
        ("People took the pill every day and.", "function_word_end"),
        ("Results were shown as odds or mean changes with.", "function_word_end"),
        # a clause a cut left without its body
        ("The review checked supplements rich in plant hormones because.", "function_word_end"),
        ("Fewer people stopped the drug because.", "function_word_end"),
        ("Ii) less swelling of the spleen was seen in the mice.", "list_debris"),
        ("The mice had less swelling: i) in the spleen and in the liver.", "list_debris"),
        ("The the drug lowered relapses in the trial.", "doubled_word"),
        ("Relapses fell in in the group that took the drug.", "doubled_word"),
        ("The drug (a pill taken daily lowered relapses.", "unbalanced"),
        ("The drug lowered relapses) in the first year.", "unbalanced"),
        ('The authors called it "a small step.', "unbalanced"),
        ("The trial checked the benefit of has been suggested that oxygen helps.", "broken_join"),
        ("The bacteria were cleared at the same time to the: less swelling.", "broken_join"),
        ("The review has was shown to be small.", "broken_join"),
        # a preposition left before another where a swap took the words between them
        ("The authors checked the effects of on the skin and oral creams.", "broken_join"),
        ("A mix of into a vein and under the skin doses was used.", "broken_join"),
        ("Treatment with on the skin gels eased the rash.", "broken_join"),
        ("The gain in accuracy with of dye use was clear.", "broken_join"),
        # a heading of the source joined in after a comma
        (
            "Pain did not differ between groups, Walking speed at one year: It was unclear.",
            "broken_join",
        ),
        # a clause cut from its subject at "but": a past-tense verb stands first
        ("But increased the rate of falls in older people.", "no_subject"),
        ("And reduced the number of relapses in the first year.", "no_subject"),
        ("Effect of the drug on relapse in people with MS.", "no_verb"),
        # the only verb is the bracket's
        ("Lack of blinding (keeping people from knowing who got which drug).", "no_verb"),
        (
            "Outcome assessor blinding (hiding the groups from the people who scored them).",
            "no_verb",
        ),
        ("Blinded, randomised trials of at least seven days length.", "no_verb"),
        ("Which was seen in the mice and in the rats.", "dangling_clause"),
        ("Many patients treatment options for MS.", "no_verb"),
        ("Lung volumes compared to healthy children of the same age.", "no_verb"),
        ("Blood sugar levels compared with people of the same age.", "no_verb"),
        # a list a lead-in opens, cut after its first item
        ("The review found that: a) a dressing may heal more foot ulcers.", "cut_list"),
        ("The authors suggest that (1) exercise may ease tiredness in people with MS.", "cut_list"),
        ("The main side effects were: i. headache in the first week.", "cut_list"),
        # a finding's clause cut before its verb
        ("There is no strong evidence that any catheter-related treatment.", "cut_clause"),
        ("It is not known whether the new drug or the old one.", "cut_clause"),
        ("It is not known if the new drug or the old one.", "cut_clause"),
        ("We do not know if the long-term safety of the drug in children", "cut_clause"),
    ],
)
def test_broken_sentences_are_caught(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "People with MS often feel tired in the afternoon.",
        "The drug lowered the number of relapses by a third.",
        "Scientists grew human brain cells in dishes in the lab.",
        "We do not know what the results will be used for.",
        "mRNA vaccines teach cells to make a harmless protein.",
        "The trial compared vitamin D with a dummy pill (a placebo).",
        "Walking speed compared with the control group was faster.",
        "Compared with a dummy pill, the drug lowered relapses.",
        "The new pill compared well with the older one.",
        "Vitamin D compared to a dummy pill",  # a heading line, no full stop
        "They found that that result held in older people too.",
        "Researchers, funded by a charity, tested it in 40 people.",
        "Sunlight gives the skin what it needs to make vitamin D.",
        "The main things they looked at were: relapses, disability and side effects.",
        "The study, which ran for two years, included 300 people.",
        "Because of the small size, the results are uncertain.",
        "Vitamin A is found in carrots and eggs.",
        "The outcome they looked for was fewer relapses.",
        "How well the drug works is still not clear.",
        "Treatment A versus treatment B.",
        "The authors grouped people by a) age and b) sex.",
        "The review found that: a) a dressing may heal more ulcers; and b) it may do no harm.",
        "The trials included 1) people with MS and 2) people with lupus.",
        "Last search: May 2020.",
        "The team (who ran the study in 2019) did not take part in the analysis (see the methods).",
        "Infection of the brain by C. albicans is rare.",
        "The team measured this, e.g. walking speed.",
        # a verb outside the verb list, read from its place after a plural subject
        "Many nurses rank sleep among the first things to fix.",
        "Most guides list stretching as a first step.",
        # a count as the subject of a reporting verb (not "two treated groups")
        "Only one reported headaches.",
        "Two reported mild pain after the first dose.",
        "All three compared a new drug with a dummy pill.",
        # a verb's preposition left at the end of its relative clause
        "Pain is often the symptom that people find hardest to live with.",
        "Stiff legs are something many of them have to cope with.",
        "Wounds shrank more with the ointment than with the dummy cream.",  # an irregular past
        # a finding's clause with its verb, even one outside the verb list
        "There is no strong evidence that any catheter-related treatment prevents infection.",
        "Some studies show that low magnesium coincides with the illness.",
        "The data suggest that, in the long term, cooling vests help.",
        "It is unclear whether people with MS benefit.",
        "It is not known if the new drug helps people with MS.",
        "We do not know if a daily walk eases tiredness.",
        "It is unclear if so.",
        "Pain fell (it was scored from 0 to 10) in the drug group.",
        "(A placebo is a dummy pill that looks like the real drug.)",
        "Overall pain (higher scores mean less pain)",
        # two prepositions side by side in whole English
        "Costs like these must be accounted for in future trials.",
        "Milder cases were dealt with in the clinic.",
        "Some drugs are hard to get enough of into the brain.",
        "The results of in vitro tests do not always hold in people.",
        "Pain fell by on average two points.",
        "People with MS are often cared for by a team.",
        "The rise was larger than in the first year.",
        "Relapses were fewer with in total 40 fewer events.",
        "The trial ran in two cities, Leeds and York: each had its own team.",
        "She thanked her helper, Ann Lee: Anna helped with the interviews.",
        # words that may close a sentence although they open clauses elsewhere
        "The pain eased for a while.",
        "Nothing in the advice has changed since.",
        "It is hard to know who passed the virus to whom, and exactly when.",
        "The trial did not say whether.",
    ],
)
def test_whole_sentences_pass(text):
    assert text_problems(text) == []


def test_splitter_splits_before_a_small_letter_but_not_after_abbreviations():
    assert split_sentences("The cells grew. then they died.") == [
        "The cells grew.",
        "then they died.",
    ]
    assert len(split_sentences("They took e.g. vitamin D. It helped.")) == 2
    assert len(split_sentences("Fungi such as C. albicans grew.")) == 1


def test_verb_heuristic():
    assert has_verb("The drug reduced relapses.")
    assert has_verb("After 12 weeks, treated mice improved.")
    assert not has_verb("A study of the effect of vitamin D on relapse in people with MS.")
    # a past form after a count is an adjective unless it is a verb of reporting at the start
    assert not has_verb("Two treated groups of mice in the lab.")
    assert not has_verb("The mice in the two reported groups.")


def test_unbalanced_reports_the_mark():
    assert unbalanced("A (b (c) d.") == "("
    assert unbalanced("The drug lowered relapses) in a year.") == ")"
    assert unbalanced("A “quoted” word (fine).") is None


@pytest.mark.parametrize(
    "summary_text,source_text,flagged",
    [
        (
            "They studied the virus that causes COVID versions in 20 people.",
            "We sequenced SARS-CoV-2 variants from 20 people.",
            True,
        ),
        (
            "The virus that causes COVID spreads between people.",
            "SARS-CoV-2 spreads between people.",
            False,
        ),
        (
            "Two authors checked study who could take part.",
            "Two authors assessed study eligibility.",
            True,
        ),
        (
            "They asked people who could take part to fill in a form.",
            "Eligibility was assessed.",
            False,
        ),
        ("Stiff muscles is a common problem in MS.", "Spasticity is common in MS.", True),
        (  # two whole swaps side by side: the term was followed by an adverb, not a noun
            "Nothing changed signs of depression right away after the course.",
            "Nothing changed depressive symptoms immediately after the course.",
            False,
        ),
        ("Stiff muscles are a common problem in MS.", "Spasticity is common in MS.", False),
        (  # an adjective-led phrase put in after the noun that modified the term
            "The review covers the most hopeful imaging measurable signs used in clinics.",
            "We review the most promising imaging biomarkers used in clinics.",
            True,
        ),
        (
            "They looked at blood measurable signs of nerve damage.",
            "We measured blood biomarkers of nerve damage.",
            True,
        ),
        (  # an adjective before the term stays an adjective before the phrase
            "New measurable signs of nerve damage are needed.",
            "New biomarkers of nerve damage are needed.",
            False,
        ),
        (
            "Measurable signs from imaging are used in clinics.",
            "Imaging biomarkers are used in clinics.",
            False,
        ),
        (  # an adjective in -ar, and an abbreviation, modify freely
            "They found molecular measurable signs in MRI measurable signs.",
            "They found molecular biomarkers in MRI biomarkers.",
            False,
        ),
        (  # a verb before the phrase, not a noun that modified the term
            "The review analyzes measurable signs in blood.",
            "The review analyzes biomarkers in blood.",
            False,
        ),
    ],
)
def test_half_replaced_terms(summary_text, source_text, flagged):
    assert bool(half_replaced(summary_text, source_text)) is flagged


def test_clean_summary_has_no_fluency_finding():
    assert check_fluency(LAB_SUMMARY, LAB_SOURCE.text) == []


def test_finding_names_rule_section_and_span():
    broken = LAB_SUMMARY.what_the_study_did + " The amount of virus was checked to the: i) cells."
    findings = check_fluency(edit(LAB_SUMMARY, what_the_study_did=broken), LAB_SOURCE.text)
    assert {f.section for f in findings} == {"what_the_study_did"}
    assert all(f.check == "fluency" and f.severity.value == "error" for f in findings)
    assert {"the:", "i)"} <= {f.span for f in findings}
    assert any("(list_debris)" in f.message for f in findings)


def test_headline_is_not_held_to_the_verb_rule():
    headline = "Growth of a herpes virus in brain cells in the lab"
    assert check_fluency(edit(LAB_SUMMARY, headline=headline), LAB_SOURCE.text) == []
    assert sentence_problems(headline + ".")


@pytest.mark.parametrize(
    "text,rule",
    [
        ("They fitted an two-part model to the blood levels.", "article"),
        ("An one-part model was fitted to the blood levels.", "article"),
        ("The drug works by an unique route in the gut.", "article"),
        ("People waited a hour for the scan.", "article"),
        ("It was a open trial with 50 people.", "article"),
        ("The team ran an 12-week trial of the pill.", "article"),
        ("The team ran a 8-week trial of the pill.", "article"),
        ("The study was an UK survey of nurses.", "article"),
        ("The nurses used a EDSS score to rate walking.", "article"),
        ("The team ran one randomised trials of the pill.", "one_plural"),
        ("At least one controlled clinical trials was found.", "one_plural"),
        ("There was one studies of children.", "one_plural"),
        ("Only one clinical trials looked at walking.", "one_plural"),
        ("The team wanted to Assess whether the pill helped.", "capital_verb"),
        ("Doctors could Reduce the dose if needed.", "capital_verb"),
        ("The effect was more strong than expected.", "more_er"),
        ("The picture became more clear.", "more_er"),
        ("However, the trial was small and short.", "opening_connective"),
        ("But the trial was small and short.", "opening_connective"),
        ("In contrast, the pill did not help walking.", "opening_connective"),
        ("Fluids are the first treatment of hypovolaemic.", "bare_adjective"),
        ("Blood pressure fell in response to antihypertensive.", "bare_adjective"),
        ("The drops were given to people with glaucomatous.", "bare_adjective"),
        ("No change in response to anti-epileptic was seen.", "bare_adjective"),
        (
            "The authors looked at a pill for MS because only one study with poor quality.",
            "verbless_reason",
        ),
        ("The evidence is weak because limited data.", "verbless_reason"),
        ("The classes taught exercise and help with managing.", "bare_gerund"),
        ("The trial was only reported as a short.", "bare_adjective"),
        ("Each person kept a very careful.", "bare_adjective"),
        ("It was a new cream for treating.", "bare_gerund"),
        ("The nurses showed people ways of reducing; most found it useful.", "bare_gerund"),
        ("We cannot tell, because no trials in children.", "verbless_reason"),
        ("It is unclear because only one small trial; more are needed.", "verbless_reason"),
    ],
)
def test_word_form_slips_are_caught(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "People waited for an hour at an MS clinic.",
        "It was a one-year trial run by a US team.",
        "It was an 18-month trial with an honest account of harms.",
        "An 11-year-old and an 80-year-old took part in a European study.",
        "The team used a unit of measure that was a useful guide.",
        "The team used an MRI scan and a NICE guideline.",
        "They gave a NSAID or an NSAID-like pill for pain.",
        "An mRNA vaccine was given to a group of people.",
        "Vitamin A is found in eggs, and group A (the older people) had an X-ray.",
        "One of the trials was small, and one in ten people dropped out.",
        "They looked at trials one and two in more detail.",
        "This is how well one swallows after the ointment.",
        "No one knows why, and one needs more trials.",
        "One series of tests and one species of mouse were used.",
        "The study lasted one year and two months.",
        "The team went to Reading to meet the nurses.",
        "The Trial to Reduce Relapses ran for two years.",
        "The trial was run in more strong centres than before.",
        "More young people took part, and the pill was more useful than expected.",
        "The results were clear. However, the trial was small.",
        "Fluids are the first treatment of hypovolaemic shock in children.",
        "The pill was given for diabetic, kidney and heart problems.",
        "People were seen in clinic, and the test was positive.",
        "The mice needed the gene to survive.",
        "Some women were trying to conceive.",
        "The extra dose was not toxic.",
        "They chose an objective and a narrative for the report.",
        "We cannot be sure because few people took part.",
        "The results are unclear because the trials were small.",
        "This matters because fatigue limits daily life.",
        "It is unclear because of the small size of the trials.",
        "The trial stopped early because too many people dropped out.",
        "Doctors often choose it because it works quickly.",
        "People chose it because walking mattered most to them.",
        "It is unclear because the dose, in most trials, was low.",
        "Reviews rank high because in most settings these provide the best evidence.",
        "Because MS varies, the results differ.",
        "They got help with walking.",
        "Nurses gave advice on managing tiredness.",
        "It helped with sleeping.",
        "Only a few took part, and they walked a little.",
        "The pill cost a lot.",
        "The trial counted the costs of monitoring.",
        "People were taught about pacing.",
    ],
)
def test_word_forms_that_are_fine_pass(text):
    assert text_problems(text) == []


def test_opening_connective_needs_the_section_start():
    assert "opening_connective" not in rules("The trial was small. But it was well run.")
    text = "However, the trial was small and short."
    assert "opening_connective" not in {p.rule for p in text_problems(text, opening_rule=False)}


def test_article_slip_is_a_warning_and_connective_an_error_in_its_section():
    body = "However, the team grew brain cells with an long virus in a dish."
    findings = check_fluency(edit(LAB_SUMMARY, what_the_study_did=body), LAB_SOURCE.text)
    by_rule = {f.message.rsplit("(", 1)[1].rstrip(")"): f for f in findings}
    assert by_rule["opening_connective"].severity.value == "error"
    assert by_rule["opening_connective"].section == "what_the_study_did"
    assert by_rule["opening_connective"].span == "However"
    assert "refers back to nothing" in by_rule["opening_connective"].message
    assert by_rule["article"].severity.value == "warning"
    assert by_rule["article"].span == "an long"


@pytest.mark.parametrize("section", ["why_it_matters", "limitations"])
@pytest.mark.parametrize(
    "text",
    [
        "However, the study was small and only ran for eight weeks.",
        "But only 40 people took part, all from one clinic.",
        "Nevertheless, the results need to be checked in larger trials.",
        "Therefore, the results may not hold for people with a long history of MS.",
        "In addition, the people in the trial knew which treatment they had.",
        "Furthermore, most of the trials were run by the makers of the drug.",
    ],
)
def test_connective_in_a_section_that_follows_another_is_a_warning(section, text):
    """Why it matters and the limitations are read after the body: a linking word there leans
    on the section before it, which the reader has read, so it is not a broken sentence."""
    findings = check_fluency(edit(LAB_SUMMARY, **{section: text}), LAB_SOURCE.text)
    opener = [f for f in findings if "(opening_connective)" in f.message]
    assert [f.severity.value for f in opener] == ["warning"]
    assert opener[0].section == section
    assert "leans on the section before it" in opener[0].message
    assert "nothing before it" not in opener[0].message


def test_headline_may_open_with_a_connective():
    findings = check_fluency(edit(LAB_SUMMARY, headline="But the virus grew in brain cells"))
    assert not [f for f in findings if "opening_connective" in f.message]


@pytest.mark.parametrize(
    "text,span",
    [
        ("The effect was more large than expected.", "more large"),  # larger, largest
        ("The skin was more dry than before.", "more dry"),  # drier, driest
        ("The effect was more big than expected.", "more big"),  # bigger, biggest
        ("The team saw more people, and the effect was more strong than expected.", "more strong"),
        ("They saw more people in clinic, and it was more strong than that.", "more strong"),
        ("It was a unusual result.", "a unusual"),
        ("They gave a uninformed answer.", "a uninformed"),
        ("They saw a ad for the trial.", "a ad"),  # two letters are enough
        ("People took vitamin A and waited a hour.", "a hour."),  # after a name like 'vitamin A'
        ("Only one genotyped samples, but there was one studies of children.", "one studies"),
        ('"But the trial was small," they said.', "But"),  # the quote is not the word's
        ("They waited for a hour.", "a hour."),  # the full stop is not part of the word
        ("The team ran a 8th trial of the pill.", "a 8th"),
        ("They were treated for septic.", "for septic"),  # six letters: long enough
        ("People were seen in clinic; the treatment was for hypovolaemic.", "for hypovolaemic"),
        ("The Trial to Reduce Relapses team wanted to Assess walking.", "to Assess"),
        ("The trial lasted one days.", "one days"),
        ("She came to the clinic with an episode severe pain in her side.", "an episode severe"),
        ("The trial enrolled a number patients with MS.", "a number patients"),
        ("These hernias carry a high risk having a blocked bowel.", "high risk having"),
        ("A single result in three trials, was amenable to pooling.", "trials, was"),
        ("Vitamin D pills, were given every day for a year.", "pills, were"),
    ],
)
def test_word_form_slips_are_caught_with_their_span(text, span):
    """Each rule keeps looking after a place it leaves alone, and quotes the slip it found."""
    assert span in {p.span for p in text_problems(text)}


@pytest.mark.parametrize(
    "text",
    [
        "It was an historic trial.",  # 'an historic' is old but not wrong
        "They tested an mHealth app for walking.",  # a word with a capital inside: not sure
        "They read a EUSOL leaflet.",  # an abbreviation read as a word
        "The new form was more simple than the old one.",  # two syllables: 'more' is fine
        "The mice carried one virus and two bacteria.",  # '-us' is not a plural
        "Of the labs that took part, only one genotyped samples.",  # 'one' as a pronoun
        "Of the labs that took part, just one genotyped samples.",
        "Of the two groups, only one spent weeks in hospital.",  # an irregular past
        "Only one went outdoors.",
        "It was an early trial of an effective pill.",
        "They ran one class each week.",  # '-ss' and '-is' are not plurals
        "They ran one analysis of the data.",
        "She came to the clinic with an episode of severe pain in her side.",
        "The number needed to treat was five.",  # a verb after the noun
        "A lot more people felt better, and the number two cause was heat.",
        "An episode lasted two days in a series of ten people.",
        "The risk of having a relapse fell, and the chance following treatment rose.",
        "In 2010, was the drug approved? The drug, a pill, was given daily.",
        "The people who dropped out, were older.",  # a clause of its own: left to the reader
        "Overall, people with MS, as expected, were more tired.",
    ],
)
def test_more_word_forms_that_are_fine_pass(text):
    assert text_problems(text) == []


def test_a_participle_after_but_that_opens_a_phrase_has_a_subject():
    assert "no_subject" not in rules("But based on two small trials, the answer is not clear.")


@pytest.mark.parametrize(
    ("summary_text", "source_text"),
    [
        ("Stiff muscles is a common problem in MS.", "Spasticity is common in MS."),
        ("The stiff muscles is worse in the evening.", "Spasticity worsens in the evening."),
        ("In the trial, stiff muscles was eased by the drug.", "Spasticity was reduced."),
        ("Their supplements was given with meals.", "Supplementation was given with meals."),
        ("Brain scans is the main way to follow MS.", "Brain imaging is central in MS."),
    ],
)
def test_plural_phrase_heading_its_clause_with_a_singular_verb_is_caught(summary_text, source_text):
    problems = half_replaced(summary_text, source_text)
    assert any("a plural phrase put in for" in p.message for p in problems)


@pytest.mark.parametrize(
    ("summary_text", "source_text"),
    [
        # a gerund subject: the verb agrees with "Taking", "using"
        ("Taking vitamin D supplements does not prevent falls.", "Supplementation did not help."),
        ("We asked whether using these methods was better.", "The methodology was compared."),
        # the plural phrase sits in an 'of' phrase or after a verb
        ("The safety of these methods is important to women.", "The methodology was safe."),
        ("The main way the disease causes problems is through swelling.", "Dysfunction occurs."),
        ("How often doctors order repeat scans is not known.", "Repeat imaging was common."),
        # the phrase's head is singular ("variation"), whatever its last word
        ("Clear variation between studies was found.", "Significant heterogeneity was found."),
        ("All had flaws, and variation between trials was high.", "Heterogeneity was high."),
        # words ending in -us, -is, -ous are not plurals
        ("The virus is spread by coughing.", "Viral spread was measured."),
        ("The diagnosis was made by a neurologist.", "Diagnostic accuracy was assessed."),
        ("Becoming cancerous is rare for these tumours.", "Malignant change is rare."),
    ],
)
def test_singular_verb_agreeing_with_something_else_is_not_a_half_replaced_term(
    summary_text, source_text
):
    assert half_replaced(summary_text, source_text) == []
