import pytest
from gate_texts import LAB_SOURCE, LAB_SUMMARY, edit

from plainsum.checks.claims import check_claims, find_claims, source_reports_cure
from plainsum.ingest import parse
from plainsum.schemas import Severity


@pytest.mark.parametrize(
    "text,rule",
    [
        ("This drug is a cure for MS.", "cure"),
        ("The new pill could cure fatigue.", "cure"),
        ("Scientists say the drug cured the mice.", "cure"),
        ("Scientists hail a breakthrough in repair.", "breakthrough"),
        ("It is a game-changer for people with MS.", "breakthrough"),
        ("It is a game changer for people with MS.", "breakthrough"),
        ("This miracle treatment helped.", "breakthrough"),
        ("A revolutionary new therapy was tested.", "breakthrough"),
        ("The study proves that diet matters.", "proves"),
        ("The trial proved the drug works.", "proves"),
        ("This is proof that diet matters.", "proves"),
        ("These results prove the role of the gene.", "proves"),
        ("The treatment is guaranteed to work.", "guarantee"),
        ("The drug has no side effects.", "guarantee"),
        ("This drug will help everyone with MS.", "certainty"),
        ("It has been proven to work.", "proven"),
    ],
)
def test_overclaims_caught(text, rule):
    assert rule in [claim.rule.name for claim in find_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "There is no cure for MS yet.",
        "There is still no cure for MS.",
        "The drug is not a cure.",
        "It is not a cure, but it may slow the disease.",
        "In the absence of a cure, care aims to ease symptoms.",
        "This study does not prove that diet matters.",
        "It cannot prove that smoking causes worse MS.",
        "More studies are needed to prove this.",
        "Cure rates were higher with the antibiotic.",
        "Clinical cure was similar in both groups.",
        "Some vaccinated people had breakthrough infections.",
        "Talk with your doctor or care team before you start taking anything new.",
        "Do not stop taking your medicine without talking to your doctor.",
        "Some people stopped taking the drug because of side effects.",
        "Some people will stop taking codeine because of side effects.",
        "Future trials should show which patients should receive the drug.",
        "No side effects were seen in the study.",
        "The team measured how curious children were.",
        "Researchers found fewer relapses in the treated group.",
        "The researchers hope to improve care.",
    ],
)
def test_hedged_and_plain_text_passes(text):
    assert find_claims(text) == []


def test_claim_finding_names_section_sentence_and_words():
    summary = edit(LAB_SUMMARY, headline="A lab drug may be the cure for a virus linked to MS")
    (finding,) = check_claims(summary)
    assert finding.severity == Severity.ERROR and finding.section == "headline"
    assert finding.span == summary.headline
    assert "'cure'" in finding.message and finding.hint


def test_negated_cure_in_a_summary_passes():
    why = "There is no cure for MS. " + LAB_SUMMARY.why_it_matters
    assert check_claims(edit(LAB_SUMMARY, why_it_matters=why), LAB_SOURCE) == []


def test_cure_the_paper_reports_is_a_warning():
    source = parse(
        "Antibiotics for ear infection in children\n\nMethods: A randomised trial of 200 "
        "children aged one to ten years with acute ear infection. Results: Clinical cure at day "
        "7 was 80% with amoxicillin; 90 children were cured by day 10.\n"
    )
    assert source_reports_cure(source.full_text)
    summary = edit(
        LAB_SUMMARY,
        what_the_study_did="Most children who took the antibiotic were cured within ten days. "
        + LAB_SUMMARY.what_the_study_did,
    )
    cure = [f for f in check_claims(summary, source) if "cure" in f.message]
    assert [f.severity for f in cure] == [Severity.WARNING]
    # without the paper, or with a paper that only says there is no cure, it is an error
    assert [f.severity for f in check_claims(summary) if "cure" in f.message] == [Severity.ERROR]
    no_cure = parse("There is no cure for MS. " * 5)
    assert not source_reports_cure(no_cure.full_text)
    assert check_claims(summary, no_cure)[0].severity == Severity.ERROR


@pytest.mark.parametrize(
    "text",
    [
        # cure counted or weighed as an outcome, not promised
        "Sixty percent of the children were completely cured within a year.",
        "The rash was cured in all 14 patients who used the cream.",
        "Treating the infection early matters, because a cure is more likely then.",
        "Delays can lower the chance of cancer cure.",
        "Of the 90 children, 40% were at least partly cured after a month.",
        "One child was cured for every 6 children treated.",
        "The time it took for the rash to be cured differed between creams.",
    ],
)
def test_cure_as_a_measured_outcome_passes(text):
    assert [c for c in find_claims(text) if c.rule.name == "cure"] == []


def test_a_hype_word_the_paper_uses_itself_is_a_warning():
    source = parse(
        "Background: Vaccines against measles have been nothing short of a miracle for children "
        "in poor countries. Methods: We counted cases in 40 countries before and after the "
        "vaccine was brought in. Results: Cases fell by 90% within five years."
    )
    summary = edit(
        LAB_SUMMARY,
        what_the_study_did="The authors call the measles vaccine a miracle for children. "
        + LAB_SUMMARY.what_the_study_did,
    )
    hype = [f.severity for f in check_claims(summary, source) if "Hype word" in f.message]
    assert hype == [Severity.WARNING]
    assert [f.severity for f in check_claims(summary) if "Hype word" in f.message] == [
        Severity.ERROR
    ]
