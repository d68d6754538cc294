"""Findings built on evidence links: unsupported, contradicted, misattributed numbers, overreach.
Papers and sentences written for these tests."""

import pytest

from plainsum.checks.polarity import claims_in
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

COHORT = parse(
    """Vitamin D and relapses in multiple sclerosis: a cohort study

Background: Vitamin D may affect how the immune system works.

Methods: In this prospective cohort study we followed 312 adults with relapsing-remitting
multiple sclerosis at two clinics for 3 years. We measured vitamin D in their blood every 6
months and recorded every relapse. Neurologists performed 300 procedures during the study.

Results: People with lower vitamin D levels had more relapses than people with higher levels.
Disability scores did not differ between the groups. Fatigue increased over the 3 years.

Conclusions: Lower vitamin D levels were associated with more relapses. This observational
study cannot show that low vitamin D causes relapses."""
)

MICE = parse(
    """Compound K in a mouse model of MS

Background: Experimental autoimmune encephalomyelitis (EAE) is a mouse model of MS.

Methods: We treated 24 mice with compound K for 21 days and measured myelin in the spinal cord.

Results: Mice given compound K had less myelin loss and walked better than untreated mice.

Conclusions: Compound K protected myelin in EAE mice."""
)

CLEAN_COHORT = PlainSummary(
    headline="People with less vitamin D had more MS relapses",
    what_the_study_did=(
        "Researchers followed 312 adults with MS for 3 years and checked their vitamin D. "
        "Those with low vitamin D had more relapses than those with high levels. "
        "Disability was about the same in both groups."
    ),
    why_it_matters=(
        "Vitamin D is easy to measure. Talk with your doctor before changing anything about "
        "your care."
    ),
    limitations=(
        "This kind of study finds a link; it cannot show that low vitamin D causes relapses."
    ),
)


def _findings(source, summary, **edits):
    summary = summary.model_copy(update=edits)
    design = detect_design(source)
    return check_support(source, design, link_summary(source, summary, design))


def test_a_faithful_paraphrase_has_no_support_findings():
    assert _findings(COHORT, CLEAN_COHORT) == []


@pytest.mark.parametrize(
    "sentence,check",
    [
        # unsupported: content the paper does not hold
        ("The researchers also found that sleep quality improved in most people.", "support"),
        ("People who took vitamin D pills spent fewer nights in hospital.", "support"),
        # contradicted: the paper says the opposite
        (
            "Those with low vitamin D had fewer relapses than those with high levels.",
            "contradiction",
        ),
        ("Disability was much worse in people with low vitamin D.", "contradiction"),
        ("Fatigue decreased over the 3 years.", "contradiction"),
        # misattributed number: 300 counts procedures in the paper
        ("The study included 300 people with MS.", "numbers"),
        # a number moved from elsewhere in the paper: 6 is months, the cohort was 312 adults
        ("Researchers followed 6 adults with MS at two clinics for 3 years.", "numbers"),
        # overreach: cause words for a link in an observational study
        ("The study found that low vitamin D causes relapses in people with MS.", "overreach"),
    ],
)
def test_planted_flaws_are_caught(sentence, check):
    edited = CLEAN_COHORT.what_the_study_did + " " + sentence
    found = _findings(COHORT, CLEAN_COHORT, what_the_study_did=edited)
    assert any(f.check == check and f.span == sentence for f in found), found
    assert all(f.section == "what_the_study_did" and f.hint for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "People with higher vitamin D levels had fewer relapses.",  # the same result, turned round
        "Low vitamin D went along with more relapses.",
        "The researchers saw no difference in disability between the groups.",
        "The 312 people in the study had relapsing-remitting MS.",
        "MS is a disease in which the immune system attacks the nerves.",  # background
        "We do not know yet whether taking vitamin D would prevent relapses.",
    ],
)
def test_faithful_rewordings_pass(sentence):
    edited = CLEAN_COHORT.what_the_study_did + " " + sentence
    assert _findings(COHORT, CLEAN_COHORT, what_the_study_did=edited) == []


CLEAN_MICE = PlainSummary(
    headline="A compound protected myelin in mice with an MS-like disease",
    what_the_study_did=(
        "This was a study in mice. Researchers gave compound K to 24 mice with an MS-like "
        "disease for 21 days. Treated mice lost less myelin and walked better."
    ),
    why_it_matters=(
        "Myelin loss harms nerves in MS. Ask your doctor or care team about your own care."
    ),
    limitations="This was done in mice, not people. It may not work the same way in people.",
)


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("Compound K protects myelin in people with MS.", True),
        ("This drug helps patients walk better.", True),
        ("Compound K may one day help people with MS, but that has not been tested.", False),
        ("Treated mice walked better than untreated mice.", False),
    ],
)
def test_overreach_in_an_animal_study(sentence, flagged):
    edited = CLEAN_MICE.why_it_matters + " " + sentence
    found = [f for f in _findings(MICE, CLEAN_MICE, why_it_matters=edited) if f.span == sentence]
    assert any(f.check == "overreach" for f in found) is flagged, found


def test_a_design_the_paper_does_not_describe_is_unsupported():
    found = _findings(
        COHORT, CLEAN_COHORT, what_the_study_did="This was a study in mice. " + "x " * 3
    )
    assert any(f.check == "support" and "a study in animals" in f.message for f in found)


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        ("People with lower vitamin D had more relapses.", ["down", "up"]),
        ("Disability scores did not differ.", ["null"]),
        ("The drug did not reduce fatigue.", ["null"]),
        ("More research is needed.", []),
        ("They had higher scores than those with lower levels.", ["up"]),
    ],
)
def test_directions_read_from_a_sentence(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        # "no" belongs to its noun; the verb after "and" keeps its own direction
        ("The cells had no spikes and made less protein.", ["down"]),
        # a bracketed aside does not cut what a direction is about
        ("The drug did not prevent (over 2 years) further disability.", ["null"]),
        # the sign of an effect is its direction
        ("The pill had negative effects on memory.", ["worse"]),
        ("Stretching stopped the cramps.", ["effect"]),
        # "getting worse" is what the verb before it is about
        ("The drug did not stop walking getting worse.", ["null"]),
        # "less likely to" is said of what follows, not of the subject
        ("Smokers were less likely to finish the course.", ["down"]),
        # "more slowly" carries its direction in the adverb
        ("The tumours grew more slowly.", ["down"]),
        # higher in the comparison arm is lower with the treatment
        ("Pain scores were higher in the placebo group.", ["down"]),
        ("Pain scores were higher than in the placebo group.", ["up"]),
    ],
)
def test_directions_in_harder_sentences(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities


def test_a_null_noun_is_about_what_follows_it():
    (claim,) = claims_in("Zinc had no effect on the size of ulcers.")
    assert claim.polarity == "null" and {"zinc", "ulcer"} <= set(claim.about)


PAIN_TRIAL = parse(
    """Ginger tea for pain after knee surgery: a randomised trial

Methods: We randomised 80 adults after knee surgery to ginger tea or placebo tea for 14 days.

Results: Ginger tea had no effect on pain scores at 14 days. Nausea was higher in the placebo
group. Sleep quality did not differ between groups.

Conclusions: Ginger tea did not reduce pain after knee surgery."""
)

CLEAN_PAIN = PlainSummary(
    headline="Ginger tea did not ease pain after knee surgery",
    what_the_study_did=(
        "Researchers gave 80 adults ginger tea or a dummy tea for two weeks after knee surgery."
    ),
    why_it_matters="Pain after surgery is common. Ask your care team what may help you.",
    limitations="This was one small trial, so the result needs checking in others.",
)


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("Ginger tea lowered pain scores at two weeks.", True),
        ("People on ginger tea had more nausea.", True),  # the paper's nausea was higher on placebo
        ("Ginger tea did not change pain scores.", False),
        ("People on ginger tea felt less sick than those on the dummy tea.", False),
        # the summary reports both sides itself: no single direction to contradict
        ("One person said ginger tea lowered pain, but pain scores did not fall overall.", False),
    ],
)
def test_reversed_findings(sentence, flagged):
    edited = CLEAN_PAIN.what_the_study_did + " " + sentence
    found = _findings(PAIN_TRIAL, CLEAN_PAIN, what_the_study_did=edited)
    assert any(f.check == "contradiction" and f.span == sentence for f in found) is flagged, found


ARMS = parse(
    """Balance classes for falls in MS: a randomised trial

Methods: We enrolled 150 adults with MS; 74 were randomised to the balance class group and 76
to the usual care group.

Results: Falls were fewer in the balance class group over 6 months.

Conclusions: Balance classes reduced falls."""
)

CLEAN_ARMS = PlainSummary(
    headline="Balance classes cut falls in people with MS",
    what_the_study_did="The trial included 150 adults with MS; about half took balance classes.",
    why_it_matters="Falls can cause injuries. Ask your care team about ways to stay steady.",
    limitations="This was one trial, so other trials need to check the result.",
)


@pytest.mark.parametrize(
    "text,flagged",
    [
        ("The trial included 74 adults with MS, and about half took balance classes.", True),
        ("The trial included 150 adults with MS, and 74 took balance classes.", False),
    ],
)
def test_one_arm_given_as_the_whole_trial_is_a_misattributed_number(text, flagged):
    found = _findings(ARMS, CLEAN_ARMS, what_the_study_did=text)
    assert any(f.check == "numbers" and f.hint for f in found) is flagged, found


FINISHED = parse(
    """Honey dressings for leg ulcers: a randomised trial

Methods: We randomised 72 adults with leg ulcers to honey dressings or standard dressings.

Results: Sixty-seven adults completed the 12 weeks of treatment. Ulcers healed faster with honey.

Conclusions: Honey dressings sped healing."""
)


@pytest.mark.parametrize(
    "text,flagged",
    [
        # the whole after "of the" is a base, not a count moved from another sentence
        ("Only 67 of the 72 adults completed the 12 weeks of treatment.", False),
        ("Most of the 72 adults completed the 12 weeks of treatment.", False),
        # a count moved: 72 were randomised, 67 completed
        ("In all, 72 adults completed the 12 weeks of treatment.", True),
    ],
)
def test_a_base_after_of_the_is_not_a_moved_number(text, flagged):
    summary = CLEAN_ARMS.model_copy(update={"headline": "Honey dressings sped healing of ulcers"})
    found = _findings(FINISHED, summary, what_the_study_did=text)
    assert any(f.check == "numbers" and f.span == text for f in found) is flagged, found


REVIEW = parse(
    """Balance training for people with multiple sclerosis: a systematic review

Background: Falls are common in multiple sclerosis.

Methods: We included randomised trials of balance training in adults with multiple sclerosis.

Results: Nine trials with 412 participants were included. Balance training reduced falls
compared with usual care. Walking speed did not differ between the groups.

Conclusions: Balance training may reduce falls in people with multiple sclerosis."""
)

CLEAN_REVIEW = PlainSummary(
    headline="Balance training may mean fewer falls for people with MS",
    what_the_study_did=(
        "This review pooled nine trials of balance training with 412 adults with MS. "
        "Balance training cut falls compared with usual care."
    ),
    why_it_matters="Falls are common in MS. Talk with your doctor about what suits you.",
    limitations="The trials were small, so the results are not certain.",
)


def _review_errors(sentence: str) -> list:
    edited = CLEAN_REVIEW.what_the_study_did + " " + sentence
    found = _findings(REVIEW, CLEAN_REVIEW, what_the_study_did=edited)
    return [
        f for f in found if f.check == "support" and f.severity == "error" and f.span == sentence
    ]


@pytest.mark.parametrize(
    "sentence,is_error",
    [
        # how the review was made, which an abstract often leaves out: for an editor to read,
        # not an error
        ("We searched medical databases up to June 2021 and found nine trials.", False),
        ("The 2021 search found no further trials for this update.", False),
        ("The review team reran the searches in spring and found no new trials.", False),
        ("Most of the trials did not say who funded them.", False),
        # findings the paper lacks stay errors, whatever else the sentence says
        ("Swimming lessons also helped people sleep better at night.", True),
        ("The researchers searched 2000 records and found that yoga cut pain the most.", True),
        ("People who trained at home gained more confidence than those in groups.", True),
    ],
)
def test_how_a_review_was_made_is_not_an_unsupported_finding(sentence, is_error):
    assert bool(_review_errors(sentence)) == is_error


STIFFNESS = parse(
    """Treatments without drugs for muscle stiffness in MS: a systematic review

Background: Transcutaneous electrical nerve stimulation (TENS) and magnetic stimulation are
used for muscle stiffness in multiple sclerosis.

Results: There was low-quality evidence that exercise and magnetic stimulation eased stiffness.
No evidence of benefit was found for TENS or vibration.

Conclusions: The evidence for treatments without drugs for stiffness is weak."""
)

CLEAN_STIFFNESS = PlainSummary(
    headline="Exercise and magnetic stimulation may ease muscle stiffness in MS",
    what_the_study_did="The reviewers looked at treatments without drugs for stiff muscles.",
    why_it_matters="Stiff muscles are common in MS. Ask your care team what may help you.",
    limitations="The evidence was weak, so the results are not certain.",
)


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        # shares only 'stimulation' with the long form of TENS: another treatment
        ("In the trials, exercise and magnetic stimulation helped.", False),
        # names TENS, or most of its long form: the paper found no benefit
        ("In the trials, electrical nerve stimulation helped.", True),
        ("In the trials, TENS helped.", True),
        # no other modifier: it may be the paper's TENS
        ("In the trials, stimulation of the nerves helped.", True),
    ],
)
def test_an_abbreviation_long_form_counts_only_when_named(sentence, flagged):
    edited = CLEAN_STIFFNESS.what_the_study_did + " " + sentence
    found = _findings(STIFFNESS, CLEAN_STIFFNESS, what_the_study_did=edited)
    assert any(f.check == "contradiction" and f.span == sentence for f in found) is flagged, found


SWELLING = parse(
    """Signal Z and kidney swelling in mice

Methods: We gave mice extra signal Z, or an antibody that blocks it, for eight weeks.

Results: Signal Z administration increased cystic growth in the kidneys. An antibody blocking
signal Z reduced cystic growth.

Conclusions: Signal Z drives cystic growth in the kidney."""
)

CLEAN_SWELLING = PlainSummary(
    headline="A signal made fluid sacs grow faster in the kidneys of mice",
    what_the_study_did="Researchers gave mice extra signal Z for eight weeks.",
    why_it_matters="This study was not about MS. Ask your care team about your kidneys.",
    limitations="This was done in mice, not people. It may not work the same way in people.",
)


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        # "cysts grow" is the paper's "cystic growth" (one root), said the other way round
        ("In the kidneys, signal Z administration made cysts grow more slowly.", True),
        ("In the kidneys, signal Z administration made cysts grow faster.", False),
        # taking the signal away is compared with the paper's blocking, not with signal Z itself
        ("Blocking signal Z slowed cyst growth.", False),
        ("Blocking signal Z increased cyst growth.", True),
    ],
)
def test_reversed_findings_named_in_other_words(sentence, flagged):
    edited = CLEAN_SWELLING.what_the_study_did + " " + sentence
    found = _findings(SWELLING, CLEAN_SWELLING, what_the_study_did=edited)
    assert any(f.check == "contradiction" and f.span == sentence for f in found) is flagged, found


@pytest.mark.parametrize(
    "sentence,is_error",
    [
        # "to find" gives a purpose: an explanation of the method for an editor to read
        ("Nurses pricked a fingertip each morning to find the vitamin level.", False),
        # a result the paper lacks stays an error
        ("Nurses found that pricking a fingertip each morning gave the vitamin level.", True),
    ],
)
def test_a_purpose_is_not_a_finding(sentence, is_error):
    edited = CLEAN_COHORT.what_the_study_did + " " + sentence
    found = _findings(COHORT, CLEAN_COHORT, what_the_study_did=edited)
    mine = [f for f in found if f.check == "support" and f.span == sentence]
    assert mine, found
    assert (mine[0].severity == "error") is is_error


def test_taking_a_thing_away_is_not_compared_with_the_thing_itself():
    paper = parse(
        SWELLING.full_text.replace("An antibody blocking\nsignal Z reduced cystic growth.", "")
    )
    assert "blocking" not in paper.full_text.split("Results:")[1]
    sentence = "Blocking signal Z slowed cyst growth in the kidneys."
    edited = CLEAN_SWELLING.what_the_study_did + " " + sentence
    found = _findings(paper, CLEAN_SWELLING, what_the_study_did=edited)
    assert not any(f.check == "contradiction" for f in found), found
    # the second verb is said of the blocking too
    both = "Blocking signal Z slowed cyst growth and made the kidneys grow less."
    edited = CLEAN_SWELLING.what_the_study_did + " " + both
    found = _findings(paper, CLEAN_SWELLING, what_the_study_did=edited)
    assert not any(f.check == "contradiction" for f in found), found
    turned = "Signal Z administration slowed cystic growth in the kidneys."
    edited = CLEAN_SWELLING.what_the_study_did + " " + turned
    found = _findings(paper, CLEAN_SWELLING, what_the_study_did=edited)
    assert any(f.check == "contradiction" and f.span == turned for f in found), found


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        # a subgroup's result: the paper reports none
        ("People with the lowest vitamin D at the start gained the most.", True),
        ("Those who joined before their first relapse did best.", True),
        # hedged, asked, or a quantifier: no subgroup result stated
        ("It is still unclear which group gains the most.", False),
        ("Vitamin D may help some people, and most people took part for 3 years.", False),
        ("People with low levels seemed to gain the most.", False),
    ],
)
def test_a_subgroup_result_needs_one_in_the_paper(sentence, flagged):
    edited = CLEAN_COHORT.what_the_study_did + " " + sentence
    found = _findings(COHORT, CLEAN_COHORT, what_the_study_did=edited)
    hit = any(
        f.check == "support" and f.span == sentence and "subgroups" in f.message for f in found
    )
    assert hit is flagged, found


def test_a_subgroup_result_the_paper_reports_passes():
    paper = parse(
        COHORT.full_text.replace(
            "Fatigue increased over the 3 years.",
            "Fatigue increased over the 3 years. The link was strongest in younger adults.",
        )
    )
    sentence = "Younger adults with low vitamin D did worst."
    edited = CLEAN_COHORT.what_the_study_did + " " + sentence
    found = _findings(paper, CLEAN_COHORT, what_the_study_did=edited)
    assert not any("subgroups" in f.message for f in found), found


def test_the_most_of_a_thing_is_a_subgroup_result_too():
    sentence = "People with low vitamin D levels gained the most disability."
    edited = CLEAN_COHORT.what_the_study_did + " " + sentence
    found = _findings(COHORT, CLEAN_COHORT, what_the_study_did=edited)
    assert any(f.span == sentence and "subgroups" in f.message for f in found), found
    # a scale's label in brackets names no best
    paper = parse(
        COHORT.full_text.replace(
            "Fatigue increased over the 3 years.",
            "Fatigue increased over the 3 years, on a scale from 0 (lowest) to 10 (highest).",
        )
    )
    found = _findings(paper, CLEAN_COHORT, what_the_study_did=edited)
    assert any(f.span == sentence and "subgroups" in f.message for f in found), found


def test_a_repairs_gate_reuses_each_sentences_findings_and_gives_the_same() -> None:
    """A repair's gate sees most sentences again, some at another place in their section: their
    findings are the first gate's, worked out once per paper."""
    from plainsum.checks.support import _sentence_findings

    design = detect_design(COHORT)
    first = PlainSummary(
        headline="Low vitamin D protects against relapses in MS",
        what_the_study_did=(
            "Researchers followed 312 adults with MS for 3 years. Low vitamin D caused more "
            "relapses. People with lower vitamin D had more relapses."
        ),
        why_it_matters="Vitamin D levels are easy to measure.",
        limitations="This study followed people over time, so it cannot show cause and effect.",
    )
    repaired = first.model_copy(
        update={
            "what_the_study_did": (
                "Low vitamin D caused more relapses. People with lower vitamin D had more relapses."
            )
        }
    )
    before = check_support(COHORT, design, link_summary(COHORT, first, design))
    hits = _sentence_findings.cache_info().hits
    after = check_support(COHORT, design, link_summary(COHORT, repaired, design))
    assert _sentence_findings.cache_info().hits - hits == len(
        link_summary(COHORT, repaired, design)
    )  # every sentence of the repair was in the first draft
    assert any(f.check == "overreach" for f in after)  # "caused" in a cohort study
    # the same findings as the first gate's, less those on the sentence the repair left out
    assert after == [f for f in before if "312 adults" not in (f.span or "")]
    _sentence_findings.cache_clear()
    assert check_support(COHORT, design, link_summary(COHORT, repaired, design)) == after
