import pytest
from caveat_phrasings import (
    ACCEPTED,
    FIFTH_ACCEPTED,
    FIFTH_NEAR_MISSES,
    FOURTH_ACCEPTED,
    FOURTH_NEAR_MISSES,
    MORE_ACCEPTED,
    MORE_NEAR_MISSES,
    NEAR_MISSES,
    SIXTH_ACCEPTED,
    SIXTH_NEAR_MISSES,
    THIRD_ACCEPTED,
    THIRD_NEAR_MISSES,
)
from gate_texts import LAB_DESIGN, LAB_SUMMARY, OBS_DESIGN, edit

from plainsum.checks.caveats import (
    CAVEATS,
    caveats_for,
    check_caveats,
    example_for,
    required_caveats,
)
from plainsum.design import DesignInfo
from plainsum.schemas import Severity, StudyDesign


def missing(summary, design):
    return {f.message.split("(")[1].split(")")[0] for f in check_caveats(summary, design)}


@pytest.mark.parametrize(
    "design,names",
    [
        (StudyDesign.LAB, {"not_in_people", "care_team"}),
        (StudyDesign.ANIMAL, {"not_in_people", "care_team"}),
        (StudyDesign.OBSERVATIONAL, {"link_not_cause", "care_team"}),
        (StudyDesign.REVIEW, {"review_quality", "care_team"}),
        (StudyDesign.CASE_REPORT, {"few_people", "care_team"}),
        (StudyDesign.TRIAL, {"single_trial", "care_team"}),
        (StudyDesign.UNKNOWN, {"care_team"}),
    ],
)
def test_required_by_design(design, names):
    assert {c.name for c in required_caveats(design)} == names


def test_every_example_satisfies_its_own_caveat():
    for caveat in CAVEATS.values():
        assert caveat.present(caveat.example), caveat.name


@pytest.mark.parametrize(
    "name,text",
    [
        # the phrasings the caveat contract names
        ("not_in_people", "The drug has not been tested in people yet."),
        ("not_in_people", "The tests were done in cells, not in people."),
        ("not_in_people", "We do not know yet if the same happens in people."),
        ("not_in_people", "The results in mice may not hold in humans."),
        ("not_in_people", "It has not been shown in patients."),
        ("link_not_cause", "It shows a link, not that one thing causes the other."),
        ("link_not_cause", "This kind of study cannot show cause and effect."),
        ("link_not_cause", "It cannot prove that vitamin D causes fewer relapses."),
        ("link_not_cause", "The study does not show that smoking causes the damage."),
        ("link_not_cause", "A link is not the same as a cause."),
        ("link_not_cause", "Studies like this one show links, not causes."),
        ("link_not_cause", "What it found is an association but not a cause."),
        ("review_quality", "A review can only be as good as the studies it includes."),
        ("review_quality", "The evidence was of low certainty."),
        ("review_quality", "The quality of the evidence was low."),
        ("review_quality", "Most of the studies were small and had flaws."),
        ("review_quality", "What we can say depends on the quality of the studies."),
        ("review_quality", "There is not enough evidence to be sure."),
        ("review_quality", "There was inconclusive evidence that it helps."),
        ("review_quality", "The evidence was not good enough to be certain."),
        ("review_quality", "The studies were of mixed quality."),
        ("review_quality", "We have little confidence in the evidence."),
        ("review_quality", "Larger, well-run trials are needed."),
        ("review_quality", "Most trials had a high risk of bias."),
        ("few_people", "This report is about one person, so it may not apply to others."),
        ("few_people", "It describes a few patients and may not apply to everyone."),
        ("single_trial", "This was one trial, so the results need confirming."),
        ("single_trial", "Larger trials are needed."),
        ("care_team", "Ask your neurologist about it."),
        ("care_team", "People with MS should keep talking to their MS nurse about how they feel."),
        ("care_team", "Talk with your doctor before you change anything."),
        ("care_team", "Your MS nurse can help."),
        ("care_team", "Your health care team can tell you more."),
        ("care_team", "Speak to a health care provider."),
    ],
)
def test_phrasings_accepted(name, text):
    assert CAVEATS[name].present(text)


@pytest.mark.parametrize(
    "name,text",
    [
        ("not_in_people", "This proves it works in people."),
        ("not_in_people", "The drug worked in people with MS."),
        ("link_not_cause", "Smoking causes faster worsening."),
        ("link_not_cause", "This study shows cause and effect."),
        ("link_not_cause", "The drug did not cause side effects."),
        ("link_not_cause", "The new links did not cause problems for the nurses."),
        ("review_quality", "The review found that exercise helps."),
        ("review_quality", "The quality of the evidence was high."),
        ("review_quality", "We are confident in the evidence."),
        # 'few' counting the studies that did something says nothing of the evidence
        ("review_quality", "Few trials used the same scales, and few showed a clear change."),
        ("review_quality", "Few studies reported how long the benefit lasted."),
        ("care_team", "Talk with your family about it."),
        ("care_team", "People should keep talking to each other about the study."),
    ],
)
def test_claims_are_not_caveats(name, text):
    assert not CAVEATS[name].present(text)


@pytest.mark.parametrize(
    "text",
    [
        "There were few trials, and most were small.",
        "Only a few small trials used the same scales.",
        "The evidence comes from few trials.",
        "Few trials were found.",
    ],
)
def test_few_studies_as_thin_evidence_is_a_review_caveat(text):
    assert CAVEATS["review_quality"].present(text)


# What the drafters write for each design (plain/compose.py, drafters/chat.py): the gate must
# accept its own drafters' sentences.
DOCTORS = (
    "If you have questions about your own care, talk with your doctor or care team.",
    "Talk to your doctor or care team before changing your care.",
)
DRAFTER_CAVEATS = [
    (StudyDesign.LAB, "This work was done in cells in a lab, not in people."),
    (StudyDesign.LAB, "We do not know yet if the same happens in people."),
    (
        StudyDesign.LAB,
        "It was done in cells, not in people; we do not know yet if the same happens in people.",
    ),
    (StudyDesign.ANIMAL, "This work was done in medaka, not in people."),
    (StudyDesign.ANIMAL, "Results in animals may not hold in humans."),
    (StudyDesign.ANIMAL, "It was done in animals; the results may not hold in humans."),
    (
        StudyDesign.OBSERVATIONAL,
        "This kind of study can find a link, but it cannot show cause and effect.",
    ),
    (StudyDesign.OBSERVATIONAL, "It shows a link, not that one thing causes the other."),
    (StudyDesign.REVIEW, "A review can only be as good as the studies it includes."),
    (
        StudyDesign.CASE_REPORT,
        "This report is about one or a few people, so it may not apply to others.",
    ),
    (StudyDesign.CASE_REPORT, "It is about one or a few people and may not apply to others."),
    (
        StudyDesign.TRIAL,
        "This was a single trial, so the results may not apply to everyone and need confirming.",
    ),
    (
        StudyDesign.TRIAL,
        "This is one trial; the results may not apply to everyone and need confirming.",
    ),
]


@pytest.mark.parametrize("doctor", DOCTORS)
@pytest.mark.parametrize("design,text", DRAFTER_CAVEATS)
def test_drafter_caveat_sentences_satisfy_the_gate(design, text, doctor):
    for caveat in required_caveats(design):
        assert caveat.present(f"{text} {doctor}"), (caveat.name, text)


def test_missing_caveat_finding_is_concrete():
    summary = edit(LAB_SUMMARY, limitations="The team ran only 3 experiments in total here.")
    (finding,) = check_caveats(summary, LAB_DESIGN)
    assert finding.check == "caveats" and finding.section == "limitations"
    assert "not_in_people" in finding.message
    assert CAVEATS["not_in_people"].example in finding.hint


def test_missing_doctor_pointer_is_an_error_for_every_design():
    summary = edit(
        LAB_SUMMARY, why_it_matters="Some scientists think this virus may play a part in MS."
    )
    for design in StudyDesign:
        info = DesignInfo(design, about_ms=True, mentions_ms=True, in_people=False)
        found = [f for f in check_caveats(summary, info) if "care_team" in f.message]
        assert [f.severity for f in found] == [Severity.ERROR]
        assert found[0].section == "why_it_matters"


def test_lab_summary_without_caveat_fails():
    summary = edit(LAB_SUMMARY, limitations="The team ran only 3 experiments in total here.")
    findings = check_caveats(summary, LAB_DESIGN)
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert "not in people" in findings[0].hint


def test_missing_trial_caveat_is_an_error():
    design = DesignInfo(StudyDesign.TRIAL, about_ms=True, mentions_ms=True, in_people=True)
    summary = edit(LAB_SUMMARY, limitations="The people in it were followed for a while only.")
    findings = check_caveats(summary, design)
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert "single_trial" in findings[0].message


def test_observational_summary_with_lab_wording_misses_its_caveat():
    assert "link_not_cause" in missing(LAB_SUMMARY, OBS_DESIGN)


# Natural phrasings and near misses written for the project (tests/caveat_phrasings.py).
@pytest.mark.parametrize(
    "name,text",
    [
        (n, t)
        for table in (
            ACCEPTED,
            MORE_ACCEPTED,
            THIRD_ACCEPTED,
            FOURTH_ACCEPTED,
            FIFTH_ACCEPTED,
            SIXTH_ACCEPTED,
        )
        for n, texts in table.items()
        for t in texts
    ],
)
def test_natural_phrasings_are_recognised(name, text):
    assert CAVEATS[name].present(text)


@pytest.mark.parametrize(
    "name,text",
    [
        (n, t)
        for table in (
            NEAR_MISSES,
            MORE_NEAR_MISSES,
            THIRD_NEAR_MISSES,
            FOURTH_NEAR_MISSES,
            FIFTH_NEAR_MISSES,
            SIXTH_NEAR_MISSES,
        )
        for n, texts in table.items()
        for t in texts
    ],
)
def test_near_misses_are_not_caveats(name, text):
    assert not CAVEATS[name].present(text)


def test_every_caveat_has_twenty_phrasings_and_ten_near_misses():
    assert set(ACCEPTED) == set(NEAR_MISSES) == set(CAVEATS)
    assert all(len(ACCEPTED[n]) >= 20 and len(NEAR_MISSES[n]) >= 10 for n in CAVEATS)


def test_a_caveat_must_sit_in_one_sentence():
    # "people" in one sentence and doubt in the next is no caveat
    assert not CAVEATS["not_in_people"].present("Mice got the drug. We do not know why.")
    assert CAVEATS["not_in_people"].present(
        "Mice got the drug. We do not know if it works in people."
    )


def _info(design, people=None):
    return DesignInfo(design, about_ms=True, mentions_ms=True, in_people=True, people=people)


SMALL_TRIAL_LIMITS = (
    "This was one trial, so the results need confirming in more trials before anyone relies on "
    "them."
)


@pytest.mark.parametrize(
    "design,people,required",
    [
        (StudyDesign.TRIAL, 20, True),
        (StudyDesign.TRIAL, 49, True),
        (StudyDesign.TRIAL, 50, False),
        (StudyDesign.TRIAL, None, False),
        (StudyDesign.OBSERVATIONAL, 12, True),
        (StudyDesign.REVIEW, 20, False),  # a review's people are its trials' people
        (StudyDesign.CASE_REPORT, None, True),
    ],
)
def test_few_people_is_required_of_case_reports_and_small_studies(design, people, required):
    names = {c.name for c in caveats_for(_info(design, people))}
    assert ("few_people" in names) is required


def test_small_trial_without_few_people_fails_and_hint_fits_a_trial():
    summary = edit(LAB_SUMMARY, limitations=SMALL_TRIAL_LIMITS)
    findings = check_caveats(summary, _info(StudyDesign.TRIAL, 24))
    assert [f.message.split("(")[1].split(")")[0] for f in findings] == ["few_people"]
    assert findings[0].severity == Severity.ERROR
    assert "group studied was small" in findings[0].hint and "one person" not in findings[0].hint
    fixed = edit(summary, limitations=f"{SMALL_TRIAL_LIMITS} Only 24 people took part.")
    assert check_caveats(fixed, _info(StudyDesign.TRIAL, 24)) == []


def test_lab_work_on_cells_of_a_few_patients_still_needs_not_in_people():
    # how few patients gave the cells does not say the work was not done in people (a test on
    # patients' serum is read as a study of those patients by the design, not as lab work)
    limits = "The cells came from only a handful of patients, which is few."
    summary = edit(LAB_SUMMARY, limitations=limits)
    assert "not_in_people" in missing(summary, _info(StudyDesign.LAB, 30))
    assert "few_people" not in missing(summary, _info(StudyDesign.LAB, 30))


def test_every_example_for_a_design_satisfies_its_caveat():
    for design in StudyDesign:
        info = _info(design, 10)
        for caveat in caveats_for(info):
            assert caveat.present(example_for(caveat, info)), (design, caveat.name)


@pytest.mark.parametrize(
    "sentence",
    [
        "This study shows a link. It cannot show that one thing causes the other.",
        "The results come from mice, not people.",
        "People with MS who slept poorly felt more tired over time.",
    ],
)
def test_a_kept_caveat_answer_is_the_worked_out_one(sentence):
    """in_sentence keeps its answers for the caveats of CAVEATS; asked again, every caveat
    gives what its frames say."""
    from plainsum.checks.caveats import CAVEATS

    for caveat in CAVEATS.values():
        first = caveat.in_sentence(sentence)
        assert first == caveat.matches(sentence) == caveat.in_sentence(sentence)


def test_a_caveat_outside_the_table_is_not_answered_from_anothers_memory():
    """A caveat made elsewhere under a table caveat's name (a test, a plugin) is worked out
    from its own frames, not from the answer kept for the table's caveat of that name."""
    import dataclasses

    from plainsum.checks.caveats import CAVEATS

    original = CAVEATS["not_in_people"]
    sentence = "The results come from mice, not people."
    assert original.in_sentence(sentence)
    stand_in = dataclasses.replace(original, frames=())
    assert not stand_in.in_sentence(sentence)


@pytest.mark.parametrize(
    "name,text",
    [
        ("care_team", "Anyone facing an operation can ask their surgeon how it will be done."),
        ("care_team", "If you are unsure, your surgical team can explain the risks to you."),
        ("care_team", "Families can ask a genetic counsellor what the result means for them."),
        ("few_people", "The finding rests on just two families."),
        ("few_people", "Other families with the condition may carry a different change."),
    ],
)
def test_surgeons_and_families_count(name, text):
    assert CAVEATS[name].present(text)


@pytest.mark.parametrize(
    "name,text",
    [
        ("care_team", "The surgeons recorded every infection after the operation."),
        ("few_people", "Two families took part in a survey about their homes and diets."),
    ],
)
def test_surgeons_and_families_named_without_the_caveat_do_not_count(name, text):
    assert not CAVEATS[name].present(text)


@pytest.mark.parametrize(
    "text,carries",
    [
        ("The trials were of low quality.", True),
        ("Most of the studies were small.", True),
        ("The children in these trials were born with weak bones.", False),
        ("People in the trials were given low doses of the drug.", False),
    ],
)
def test_review_quality_is_the_evidence_s_weakness_not_its_people_s(text, carries):
    assert CAVEATS["review_quality"].present(text) is carries


# The design's caveat is read where the summary weighs the study, not where it tells what was
# done: "grown in the lab, not in people" said only in the account of the method leaves the
# limits unsaid; said in why it matters or the limitations, it counts.
_NOT_IN_PEOPLE = "This work was done in cells in a lab, not in people."
_LIMITS_WITHOUT_IT = "The team ran only 3 experiments."


@pytest.mark.parametrize(
    ("section", "counts"),
    [("what_the_study_did", False), ("why_it_matters", True), ("limitations", True)],
)
def test_a_design_caveat_counts_where_the_study_is_weighed(section, counts):
    summary = edit(LAB_SUMMARY, limitations=_LIMITS_WITHOUT_IT)
    text = getattr(summary, section)
    summary = edit(summary, **{section: f"{text} {_NOT_IN_PEOPLE}"})
    assert ("not_in_people" not in missing(summary, LAB_DESIGN)) is counts


def test_the_care_team_pointer_counts_anywhere():
    why = "Some scientists think this virus may play a part in MS."
    did = f"{LAB_SUMMARY.what_the_study_did} Talk with your doctor about your own care."
    summary = edit(LAB_SUMMARY, why_it_matters=why, what_the_study_did=did)
    assert "care_team" not in missing(summary, LAB_DESIGN)
