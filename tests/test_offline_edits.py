"""Each edit of the offline drafter on sentences written for the project: where it must apply,
and where it must not (so the sentence stays whole and true)."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.abbreviations import expand, find_definitions
from plainsum.plain.compose import compose, gather
from plainsum.plain.finding import FINDING, is_procedural
from plainsum.plain.glossary import plain_words
from plainsum.plain.limits import stated_limits
from plainsum.plain.sentences import Role
from plainsum.plain.simplify import measured, plain_sentences
from plainsum.plain.source import source_sentences
from plainsum.plain.splits import split_long
from plainsum.plain.wholeness import broken
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "It has been suggested that hyperbaric oxygen treatment (HBOT) may help.",
            "HBOT",
            "hyperbaric oxygen treatment",
        ),
        (
            "Disability was scored on the Expanded Disability Status Scale (EDSS).",
            "EDSS",
            "Expanded Disability Status Scale",
        ),
        (
            "We measured neurofilament light chain (NfL) in blood.",
            "NfL",
            "neurofilament light chain",
        ),
        # the "O" is inside "postoperative", not the "of" before it
        (
            "Drugs are used in the prevention of postoperative nausea and vomiting (PONV).",
            "PONV",
            "postoperative nausea and vomiting",
        ),
        ("Tests at the point of care (POC) were quick.", "POC", "point of care"),
    ],
)
def test_abbreviation_definitions_are_the_papers_own(text, short, long):
    assert find_definitions(text)[short] == long


@pytest.mark.parametrize(
    "text",
    [
        "It is thought that this helps (TH) people.",  # no long form spells TH
        "Studies have been suggested that boost training (HBT) works.",  # would hold "been"
    ],
)
def test_a_clause_is_never_taken_as_a_definition(text):
    long_form = find_definitions(text).get("TH") or find_definitions(text).get("HBT")
    assert long_form is None or not any(w in long_form.split() for w in ("is", "been", "that"))


def test_an_abbreviation_used_as_a_statistic_is_not_expanded():
    text = (
        "People with relapsing-remitting (RR) disease took part. "
        "Relapses fell with the drug, RR 0.62, in RR disease."
    )
    out = expand(text, find_definitions(text))
    assert "RR 0.62" in out  # a risk ratio beside a number is not relapsing-remitting
    assert "in relapsing-remitting disease" in out


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Mice were treated with vehicle or the drug.",
            "Mice were treated with dummy liquid or the drug.",
        ),
        ("The vehicle crashed on the road.", "The vehicle crashed on the road."),
        ("Subjects were tested twice.", "People were tested twice."),
        ("Subjects were mice aged ten weeks.", "Subjects were mice aged ten weeks."),
        (
            "The US Food and Drug Administration approved it.",
            "The US Food and Drug Administration approved it.",
        ),
        ("Erectile dysfunction is common in MS.", "Trouble getting an erection is common in MS."),
        ("Relapsing remitting disease was studied.", "Relapsing remitting disease was studied."),
        ("Iron metabolism matters in infection.", "Iron metabolism matters in infection."),
        (
            "Fatigue in multiple sclerosis is common.",
            "Fatigue in MS is common.",
        ),  # a word MS readers know
        # an endpoint as a time is the end of the study, not 'result measured'
        (
            "Walking improved a little at study endpoint (24 weeks).",
            "Walking improved a little at the end of the study (24 weeks).",
        ),
        ("The primary endpoint was relapse.", "The main outcome was relapse."),
        ("The primary outcome was fatigue at week 12.", "The main outcome was fatigue at week 12."),
        (
            "Scores on the Fatigue Impact Scale fell at study endpoint.",
            "Scores on the Fatigue Impact Scale fell at the end of the study.",
        ),
        # 'elderly' used for the people themselves needs its noun
        (
            "Fish oil may help memory in non-demented elderly with memory complaints.",
            "Fish oil may help memory in non-demented older people with memory complaints.",
        ),
        ("Falls are common in the elderly.", "Falls are common in older people."),
        ("Elderly patients were included.", "Older patients were included."),
        ("Elderly and frail patients fall.", "Older and frail patients fall."),
        ("The elderly patients were frail.", "The older patients were frail."),
        ("In the elderly, falls were common.", "In older people, falls were common."),
        ("The Elderly Care Unit took part.", "The Elderly Care Unit took part."),
        # 'well' can end a verb phrase but not stand before its verb
        ("The drug worked effectively in mice.", "The drug worked well in mice."),
        ("Iron effectively reduces anaemia.", "Iron effectively reduces anaemia."),
        ("This effectively means no change.", "This effectively means no change."),
        # "more effectively" has no "more well": the comparative of "well" is "better"
        (
            "The pill lowered blood pressure more effectively than diet alone.",
            "The pill lowered blood pressure more effectively than diet alone.",
        ),
        (
            "Pain was rated on the Pain Inventory at baseline.",
            "Pain was rated on the Pain Inventory at the start.",
        ),
        # a measure named "capacity" keeps its name
        ("Forced vital capacity did not change.", "Forced vital capacity did not change."),
        ("The diffusing capacity fell.", "The diffusing capacity fell."),
        # a plural word after a singular verb breaks the agreement: the term stays
        ("There was no mortality in either arm.", "There was no mortality in either arm."),
        ("There was higher mortality with the pill.", "There was higher mortality with the pill."),
        ("The pill reduced mortality in the trial.", "The pill reduced deaths in the trial."),
    ],
)
def test_glossary_swaps_only_where_the_sense_and_grammar_fit(text, plain):
    assert plain_words(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # Names of drug classes and molecules are never renamed (an ACE blocker is another drug).
        ("ACE inhibitors lowered blood pressure.", "ACE inhibitors lowered blood pressure."),
        ("The enzyme was missing in the brain.", "The enzyme was missing in the brain."),
        ("Protein kinase C levels rose.", "Protein kinase C levels rose."),
        ("Latent virus woke in two people.", "Latent virus woke in two people."),
        (
            "Cognitive behavioural therapy eased low mood.",
            "Cognitive behavioural therapy eased low mood.",
        ),
        ("The superior temporal gyrus was thinner.", "The superior temporal gyrus was thinner."),
        ("Diagnosis used the Barton criteria.", "Diagnosis used the Barton criteria."),
        ("Entry criteria were strict.", "Entry criteria were strict."),
        ("Five trials met the eligibility criteria.", "Five trials met the entry rules."),
        (
            "Kidney injury was graded by the KDIGO criteria.",
            "Kidney injury was graded by the KDIGO criteria.",
        ),
        ("The pill eased pulmonary hypertension.", "The pill eased pulmonary hypertension."),
        ("The pill eased hypertension in adults.", "The pill eased high blood pressure in adults."),
        ("Two harmful gene variants were found.", "Two harmful gene variants were found."),
        # A swap that breaks a collocation or a compound is not made.
        (
            "It is very uncertain whether the pill helps.",
            "It is very uncertain whether the pill helps.",
        ),
        # (spasticity is "muscle stiffness" here: "stiff muscles scores" would break the stack)
        ("Spasticity scores fell after the drug.", "Muscle stiffness scores fell after the drug."),
        ("Spasticity improved in most people.", "Muscle stiffness improved in most people."),
        ("Mortality rates were similar.", "Mortality rates were similar."),
        ("Microglial cells were active.", "Microglial cells were active."),
        ("Microglial activation rose in mice.", "Brain immune cell activation rose in mice."),
        (
            "There was low- to very low-certainty evidence.",
            "There was low- to very low-certainty evidence.",
        ),
        ("There was low-certainty evidence.", "There was weak evidence."),
        ("It had a mild phenotype in mice.", "It had a mild phenotype in mice."),
        (
            "There was substantial heterogeneity among trials.",
            "The trials differed a lot.",
        ),
        # A word with a sense fixed by its place in the sentence.
        ("A link could not be excluded.", "A link could not be excluded."),
        ("We excluded two small trials.", "We left out two small trials."),
        ("The remaining people took the pill.", "The other people took the pill."),
        ("Pain remaining after a year was mild.", "Pain remaining after a year was mild."),
        (
            "Genes determine the course of the illness.",
            "Genes determine the course of the illness.",
        ),
        (
            "We wanted to determine whether sleep helps.",
            "We wanted to find out whether sleep helps.",
        ),
        # 'non-significant' is no clear difference, not 'unclear'; 'adequate' fits too many
        # phrases ('adequate models') for 'enough' (both false or broken in a reading by hand)
        (
            "The trial reported non-significant results.",
            "The trial reported no clear differences.",
        ),
        (
            "The non-significant results were not pooled.",
            "The non-significant results were not pooled.",
        ),
        ("Two adequate models fitted the data.", "Two adequate models fitted the data."),
    ],
)
def test_glossary_never_renames_a_thing_or_breaks_a_phrase(text, plain):
    assert plain_words(text) == plain


@pytest.mark.parametrize(
    ("text", "out"),
    [
        (
            "Primary outcome It is unclear whether yoga helped.",
            "It is unclear whether yoga helped.",
        ),
        ("Secondary outcomes The pill had no effect on sleep.", "The pill had no effect on sleep."),
        ("Walking improved in most people.", "Walking improved in most people."),
        ("Exercise helped The people in the trial.", "Exercise helped The people in the trial."),
        # a name's letter is not an article opening a sentence
        ("Vitamin A lowered deaths in children.", "Vitamin A lowered deaths in children."),
        ("Oral vitamin A helped night vision.", "Oral vitamin A helped night vision."),
        ("Hepatitis A spread in the camp.", "Hepatitis A spread in the camp."),
        ("Outcomes A total of 40 people took part.", "A total of 40 people took part."),
        # a longer heading, with a participle, before a count of trials: the count opens the
        # sentence ("... regimens A single trial added ..." read as one sentence in a draft)
        (
            "Antivirals added to usual care A single trial (90 participants) added aciclovir.",
            "A single trial (90 participants) added aciclovir.",
        ),
        (
            "Stretching in older adults Three trials (210 participants) compared it with rest.",
            "Three trials (210 participants) compared it with rest.",
        ),
        ("Patients in the botulinum toxin A trials had seizures.", None),
        # a figure, or a phrase that ends on "of" or "on", opens no heading (a figure stripped
        # from "Eight out of 12 trials" would make it "12 trials", which is false)
        ("Eight out of 12 trials showed a high risk of bias.", None),
        ("Based on 26 trials that used no exercise, the review found an effect.", None),
        ("Of the 10 studies on back pain, seven found no change.", None),
        ("Although some of the 19 studies found longer survival, others did not.", None),
        ("Walking helped people in three trials of balance.", None),
        ("We found that in older adults Three trials compared walking.", None),
        # (a short heading: the older rule takes it)
        (
            "Stretching in older adults Three trials of walking were small.",
            "Three trials of walking were small.",
        ),
        # a comparison heading with its count of trials stays with its result
        (
            "Cooling caps versus no caps (one trial): Hair loss was lower with cooling caps.",
            "In one trial comparing cooling caps with no caps, hair loss was lower with cooling "
            "caps.",
        ),
        (
            "Nasal surgery (NS) versus splints (two trials): MRI scores did not differ.",
            "In two trials comparing nasal surgery (NS) with splints, MRI scores did not differ.",
        ),
        # no count, or no verb after it: left to the other rules
        ("Cooling caps versus no caps: Hair loss was lower.", None),
        (
            "Cooling caps versus no caps (one trial): Hair loss.",
            "Cooling caps versus no caps (one trial): Hair loss.",
        ),
        # a comparison heading before a sentence that opens with a code
        ("NSAID gel versus spray NSAIDs may ease pain.", "NSAIDs may ease pain."),
        # the heading names the code in the plural, the sentence's verb is "appeared"
        ("SSRIs versus exercise SSRIs appeared to lift mood.", "SSRIs appeared to lift mood."),
        ("UVB versus PUVA appeared mixed.", "UVB versus PUVA appeared mixed."),
        ("Gel versus spray eased pain.", "Gel versus spray eased pain."),
        ("Data on UVB versus bath PUVA are mixed.", "Data on UVB versus bath PUVA are mixed."),
        (
            "The lab data demonstrate that compared to the PEG gel, the new gel healed faster.",
            "The lab data demonstrate that compared to the PEG gel, the new gel healed faster.",
        ),
    ],
)
def test_a_subheading_joined_to_its_sentence_is_dropped(text, out):
    from plainsum.plain.simplify import strip_label

    assert strip_label(text) == (text if out is None else out)


def test_doses_per_day_are_written_in_words():
    from plainsum.plain.simplify import rewrite

    text = "People took 20 mg/day of the pill and 3 mg/kg of the other."
    assert rewrite(text) == "People took 20 mg a day of the pill and 3 mg per kg of the other."
    assert rewrite("The A/B ratio rose.") == "The A/B ratio rose."


def test_rare_adjectives_that_carry_meaning_are_never_dropped():
    pieces = plain_sentences(
        "If nonsurgical treatment does not help after six weeks, surgery is an option."
    )
    assert pieces and "nonsurgical" in pieces[0].text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Relapses fell in the treated group (RR 0.52, 95% CI 0.31 to 0.87; p = 0.01).", True),
        ("Results were shown as relative risks with 95% confidence intervals.", False),
    ],
)
def test_statistics_in_brackets_go_and_a_broken_remainder_is_not_used(text, kept):
    pieces = plain_sentences(text)
    assert bool(pieces) is kept
    for p in pieces:
        assert "0.52" not in p.text and broken(p.text) is None


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Treated mice had fewer damaged areas in the spinal cord, whereas untreated mice "
            "showed more damage and walked much worse after three weeks of the study.",
            2,
        ),
        (
            "People who walked every day for the whole of the twelve weeks of the programme felt "
            "less tired and slept better than people who did not walk.",
            1,  # one clause with a shared subject: no split point
        ),
        (
            "The drug lowered the number of flare-ups in the first year of the trial, and "
            "side effects were mild in most of the people who took it.",
            2,
        ),
        (
            "The drug did not reduce flare-ups compared with the dummy pill; nor did it help a "
            "measure including walking, balance, and eyesight over one year; nor did it slow "
            "disability.",
            1,  # ", and eyesight over one year; nor ..." is no clause of its own
        ),
    ],
)
def test_splits_happen_only_at_clause_boundaries(text, parts):
    """A split leaves two sentences that each have their own subject and verb, or none."""
    out = split_long(text)
    assert len(out) == parts
    assert all(broken(p) is None for p in out)


@pytest.mark.parametrize(
    ("headline", "procedural"),
    [
        ("Ten reports of nine trials met the entry rules", True),
        ("There were no deaths in two randomised trials", True),
        ("The review authors searched for studies up to June 2003", True),
        ("More research is needed on exercise in MS", True),
        ("Exercise reduced tiredness in adults with MS", False),
        ("Steroids helped people recover faster from a flare-up", False),
        # A finding that adds it was safe is still the finding; safety alone is a side point.
        ("The patch eased nerve pain in adults without serious side effects", False),
        ("No serious side effects were seen in either group", True),
        ("The patch was worn without side effects", True),
        ("The patch can be worn by adults without harm", True),
        # Deaths a treatment changes are the main result; trials that exist are procedure.
        ("There is no good evidence that these pills reduce deaths in older adults", False),
        ("Only two small trials of the cream have been done", True),
        ("The review authors looked at men and women separately as subgroups", True),
        ("The researchers found two genes that control hair growth", False),
    ],
)
def test_headline_never_reports_a_procedure_or_side_point(headline, procedural):
    assert is_procedural(headline) is procedural


def _limits(text: str, design: StudyDesign) -> list[str]:
    return [limit.name for limit in stated_limits(source_sentences(parse(text)), design)]


def test_limits_are_only_those_the_paper_states():
    said = (
        "Background: Little is known about cooling in MS. Methods: We ran a single-centre trial "
        "in 30 adults. Results: Cooling helped walking. Conclusions: The trial was small, with a "
        "small sample size and short follow-up. Larger trials are needed."
    )
    assert set(_limits(said, StudyDesign.TRIAL)) >= {
        "small",
        "short",
        "one_centre",
        "more_research",
    }
    not_said = (
        "Background: Few studies have looked at cooling. Methods: We ran a trial in 300 adults. "
        "Results: Cooling helped walking. Conclusions: No further trials are needed."
    )
    assert _limits(not_said, StudyDesign.TRIAL) == []


@pytest.mark.parametrize(
    ("text", "design"),
    [
        (
            "This clinical practice guideline gives recommendations for the care of carpal tunnel "
            "syndrome. An expert panel reviewed the evidence. We recommend splinting as a first "
            "treatment. Strong recommendations were made for surgery when splinting fails. The "
            "guideline development group rated each recommendation.",
            StudyDesign.GUIDELINE,
        ),
        (
            "We assessed the diagnostic accuracy of a blood test for MS. The sensitivity and "
            "specificity of the test were compared with the reference standard of MRI in 200 "
            "people. The area under the curve was high.",
            StudyDesign.DIAGNOSTIC,
        ),
        (
            "This study protocol describes a trial that will test exercise in MS. Adults will be "
            "randomised to exercise or usual care. The primary outcome will be tiredness. Data "
            "will be analysed at twelve weeks.",
            StudyDesign.PROTOCOL,
        ),
    ],
)
def test_new_designs_are_detected(text, design):
    assert detect_design(parse(text)).design == design


def test_source_sentences_have_spans_in_the_source_text():
    source = parse(
        "Methods: We gave forty mice a drug   that blocks one protein for two weeks.\n"
        "Results: Treated mice walked better than untreated mice. Others did not change at all. "
        "Conclusions: The drug helped mice walk."
    )
    sentences = source_sentences(source)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert " ".join(source.text[s.start : s.end].split()) == s.text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Negated the response to bacteria within the cells.", "subject"),
        ("Browsing of Hippocampome. org may aid design.", "full stop"),
        ("Results were shown as relative risks with.", "needs more"),
        ("Other results measured Up to twelve months, the drug helped.", "heading"),
        ("Is the result of direct suppression of the response.", "main clause"),
        ("Mice given the drug walked better than untreated mice.", None),
        # A verb after "to" or a determiner is not the main verb ("the use of", "to raise").
        ("The use of pills known to raise blood sugar.", "main clause"),
        ("The changes seen in the scans of older adults.", "main clause"),
        ("The use of the pill changes sleep.", None),
    ],
)
def test_broken_sentences_are_named(text, reason):
    found = broken(text)
    assert (found is None) if reason is None else (found is not None and reason in found)


def test_hard_words_are_kept_whole_and_marked():
    piece = measured("Levels of IL-17A rose in the spinal fluid of patients.")
    assert piece.hard


def test_background_of_an_abstract_without_headings_is_never_drafted_as_a_result():
    from plainsum.plain.material import background_by_position

    text = (
        "Gout is a common and painful kind of arthritis in older adults. "
        "Many people with gout take pills every day for years. "
        "Cherries have long been eaten by people with gout in many countries. "
        "Some doctors think that cherries lower uric acid in the blood. "
        "We gave cherry juice or a dummy drink to 60 adults with gout for a year. "
        "Fewer attacks of gout were seen in the cherry group than in the dummy group. "
        "Cherry juice may lower the number of gout attacks."
    )
    source = parse(text)
    sentences = source_sentences(source)
    background = background_by_position(source, sentences)
    assert {2, 3} <= background  # told for where they stand, before the study's own work
    assert not background & {4, 5, 6}
    headed = parse("Background: " + text.replace(" We gave", "\n\nMethods: We gave"))
    assert background_by_position(headed, source_sentences(headed)) == set()


@pytest.mark.parametrize(
    "study_work",
    [
        "In a two-year trial, 80 adults with MS were randomly assigned to a fish oil capsule or a "
        "dummy capsule.",
        "Over 12 weeks, 150 adults with migraine were blindly allocated to acupuncture or sham "
        "needling.",
        "In this trial, 64 children with asthma were randomly assigned to a breathing course or "
        "usual care.",
    ],
)
@pytest.mark.parametrize(
    "result",
    [
        "Relapse rates did not differ between the two groups.",
        "There were no differences in pain scores at any visit.",
        "Headache days did not change in either group.",
        "There were no significant effects on walking speed.",
    ],
)
def test_results_after_a_passive_with_an_adverb_are_the_study_s_own(study_work, result):
    """A study's own work said in the passive with an adverb ("were randomly assigned"), and
    results said as "did not differ" or "no differences": the results are drafted, never set
    aside as the scene (a trial's whole body once held only its conclusion)."""
    from plainsum.plain.material import background_by_position

    text = (
        "Many people with long-term illness try treatments that are not yet well tested. "
        "Some of these treatments are cheap and easy to take. "
        f"{study_work} {result} Side effects were mild and rare."
    )
    source = parse(text)
    sentences = source_sentences(source)
    assert 3 not in background_by_position(source, sentences)


@pytest.mark.parametrize(
    "earlier",
    [
        "Earlier studies have shown that relapse rates did not differ with fish oil.",
        "Previous trials found no differences in pain between real and sham needling.",
    ],
)
def test_what_earlier_work_found_stays_the_scene(earlier):
    """The same wording said of earlier work, before the study's own, is background."""
    from plainsum.plain.material import background_by_position

    text = (
        "Many people with long-term illness try treatments that are not yet well tested. "
        "Some of these treatments are cheap and easy to take. "
        f"{earlier} "
        "In a two-year trial, 80 adults with MS were randomly assigned to a fish oil capsule or a "
        "dummy capsule. Relapse rates were lower with fish oil."
    )
    source = parse(text)
    assert 2 in background_by_position(source, source_sentences(source))


def test_a_headline_never_leans_on_a_sentence_it_does_not_show():
    from plainsum.plain.headline import choose_headline

    leaning = measured("Whatever the dose, they lowered pain scores in adults with gout.", (7,))
    whole = measured("Cherry juice lowered the number of gout attacks in adults.", (8,))
    head = choose_headline([leaning, whole], [], StudyDesign.TRIAL)
    assert head.text.startswith("Cherry juice")


def test_a_greek_letter_before_a_word_is_written_as_its_name():
    from plainsum.plain.simplify import rewrite

    assert rewrite("ß-interferon did not slow disability.") == (
        "Beta-interferon did not slow disability."
    )
    assert "α-syn" in rewrite("Levels of α-syn rose.")  # a code stays a code


def test_a_long_conclusion_is_the_headline_whole_rather_than_hollow_news():
    from plainsum.plain.headline import choose_headline

    conclusion = (
        "There was weak evidence that the new pill taken once a day for two years lowered the "
        "number of people who had at least one flare-up and the yearly flare-up rate compared "
        "with a dummy pill."
    )
    head = choose_headline(
        [measured(conclusion, (5,))], [], StudyDesign.REVIEW, "animals", "four trials", 2
    )
    # its grade said short and the comparison with a dummy pill left out, never a template
    assert head.text.startswith("Weak evidence suggests the new pill taken once a day")
    assert head.origin == conclusion
    assert head.sources == (5,)
    assert not head.from_template


def test_a_paper_with_no_usable_finding_still_gets_its_template():
    from plainsum.plain.headline import choose_headline

    head = choose_headline([], [], StudyDesign.REVIEW, "animals", "four trials", 2)
    assert head.from_template and head.text.startswith("A review of four trials")


def test_a_long_conclusion_is_kept_whole_in_the_draft():
    conclusion = (
        "There was weak evidence that the new pill taken once a day for two years lowered the "
        "number of people who had at least one flare-up and the yearly flare-up rate compared "
        "with a dummy pill in adults with MS."
    )
    assert plain_sentences(conclusion) == []  # too long for a body sentence of the results
    assert [p.text for p in plain_sentences(conclusion, max_words=60)] == [conclusion]


def test_a_graded_finding_in_an_abstract_without_headings_is_its_conclusion():
    text = (
        "Many teenagers start to smoke before they leave school. "
        "We looked for trials of programmes run by families to stop teenagers from smoking. "
        "We found nine trials with 4000 teenagers. "
        "Fewer teenagers started to smoke in the family groups than in the other groups. "
        "There is moderate quality evidence to suggest that family programmes can stop "
        "teenagers from starting to smoke. "
        "The trials were small and some had a high risk of bias."
    )
    source = parse(text)
    material = gather(source, detect_design(source))
    conclusions = [p.text for p in material.by_role.get(Role.CONCLUSION, [])]
    assert any(t.startswith("There is moderate quality evidence to suggest") for t in conclusions)
    limits = [p.text for p in material.by_role.get(Role.LIMITATION, [])]
    assert any("risk of bias" in t for t in limits)  # a named limit stays a limit
    head, _ = compose(material)
    assert head.origin.startswith("There is moderate quality evidence")
    # shortened to a headline's length, the grade stays as sure as the paper says ("moderate")
    # and the "can" stays
    assert (
        head.text
        == "Moderate evidence suggests family programmes can stop teenagers from starting to smoke"
    )


def test_the_authors_stated_conclusion_leads_the_headline_without_its_lead_in():
    from plainsum.plain.headline import choose_headline

    stated = measured(
        "The review concluded that use of the cream did not alter pain in adults.", (9,)
    )
    head = choose_headline([stated], [], StudyDesign.REVIEW)
    assert head.text == "Use of the cream did not alter pain in adults"


@pytest.mark.parametrize(
    ("conclusions", "expected"),
    [
        # The authors' first conclusion beats a shorter, later side finding.
        (
            [
                "The review authors found good evidence that short talks with a nurse can cut "
                "how much alcohol heavy drinkers take in compared with no talks at all.",
                "Longer talks probably add little.",
            ],
            "Short talks with a nurse can cut",
        ),
        # A pointer to something said before, or trials still running, is not a headline.
        (
            [
                "Large trials now underway may answer these questions by next year.",
                "Hormone pills did not help memory in older women.",
            ],
            "Hormone pills did not help memory",
        ),
        # "These data show that X" is X.
        (
            ["These data show that the new pill cleared the parasite from the blood of mice."],
            "The new pill cleared the parasite",
        ),
    ],
)
def test_the_headline_is_the_main_conclusion_standing_alone(conclusions, expected):
    from plainsum.plain.headline import choose_headline

    pool = [measured(t, (i,)) for i, t in enumerate(conclusions)]
    assert choose_headline(pool, [], StudyDesign.REVIEW).text.startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plural definition, a singular use: never "one randomised controlled trials"
            "Selection criteria: Randomised controlled trials (RCT) of cooling. Results: Five "
            "RCTs scored well, while one RCT scored poorly.",
            "while one randomised controlled trial scored poorly",
        ),
        (
            "We searched for case studies (CS) of falls. Each CS described one person.",
            "Each case study described one person",
        ),
        (  # a plural use stays plural
            "Randomised controlled trials (RCT) were sought. Two RCT were found.",
            "Two randomised controlled trials were found",
        ),
    ],
)
def test_a_singular_use_of_a_plural_definition_is_written_out_singular(text, expected):
    out = expand(text, find_definitions(text))
    assert expected in out


def test_a_concession_set_before_its_main_clause_is_not_split_from_it() -> None:
    from plainsum.plain.splits import split_long

    text = (
        "The number of children in each comparison was small and therefore, although no "
        "differences were seen between the two sprays, the trials could not find small but "
        "real differences."
    )
    assert split_long(text) == [text]  # never "But no differences were seen ..., the trials ..."
    tail = (
        "Walking training lowered tiredness in people with MS in most of the trials we found, "
        "although the trials were small and short and most had flaws."
    )
    assert split_long(tail)[1] == "But the trials were small and short and most had flaws."


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        ("Cancer registries were searched for cases.", False),  # "can" inside "cancer"
        ("Candidate genes were sequenced in every family.", False),
        ("Cannabis use was recorded at each visit.", False),
        ("Walking can ease tiredness in people with MS.", True),
        ("The results cannot rule out harm.", True),
    ],
)
def test_can_is_a_word_not_a_prefix(sentence, finding):
    assert bool(FINDING.search(sentence)) is finding


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # two results joined only by their statistics: the second gets its "and"
        (
            "No difference was found for walking speed at six weeks (RR 0.91, 95% CI 0.7 to 1.2; "
            "two trials), muscle strength (RR 0.95, 95% CI 0.8 to 1.1; three trials).",
            "No difference was found for walking speed at six weeks, and muscle strength.",
        ),
        # a clause after the statistics is no list item
        (
            "Fatigue fell (MD -1.2, 95% CI -2.0 to -0.4), which was expected (p = 0.01).",
            "Fatigue fell, which was expected.",
        ),
        # a list that has its own "and" is left as written
        (
            "Fatigue fell (MD -1.2, 95% CI -2.0 to -0.4), pain (MD 0.1, 95% CI -1 to 1) and "
            "mood (MD 0.2, 95% CI -1 to 1).",
            "Fatigue fell, pain and mood.",
        ),
        # "as did ..." after the statistics is a clause, not an item
        (
            "Exercise reduced falls (RR 0.85, 95% CI 0.76 to 0.96; 22 trials), as did home "
            "exercise (RR 0.68, 95% CI 0.58 to 0.80; 7 trials).",
            "Exercise reduced falls, as did home exercise.",
        ),
        # brackets that hold no statistics join nothing
        ("The trial (a pilot) was small, as noted (Smith 2010).", "The trial was small, as noted."),
    ],
)
def test_a_list_joined_only_by_its_statistics_keeps_its_and(text, plain):
    from plainsum.plain.numbers import strip_statistics

    assert strip_statistics(text) == plain
