"""The authors' verdict that their evidence carries no conclusion (plainsum.checks.no_conclusion),
read by the claims check (a sentence stating a result as sure) and the headline check. Papers
and sentences written for these tests, on many kinds of study."""

import pytest

from plainsum.checks.claims_hedge import find_dropped_hedges
from plainsum.checks.headline_grade import check_headline_grade
from plainsum.checks.no_conclusion import doubted_throughout
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PAPERS = {
    "nausea": "Main results: We included three trials with 210 women. Acupressure was associated "
    "with a significant reduction in nausea scores (MD -1.2, 95% CI -1.9 to -0.5).\n\n"
    "Authors' conclusions: The trials were small and poorly reported, and reliable conclusions "
    "cannot be drawn from the available data.",
    "mirror": "Main results: Twelve trials were included. Mirror therapy improved hand movement "
    "after stroke (SMD 0.5).\n\nAuthors' conclusions: Because of the high risk of bias in all "
    "trials, no firm conclusions can be drawn.",
    "zinc": "Main results: Fewer children given zinc had diarrhoea (RR 0.8).\n\nAuthors' "
    "conclusions: The evidence is insufficient to draw conclusions.",
    "cooling": "Main results: Cooling vests increased walking distance in people with MS by 40 "
    "metres.\n\nAuthors' conclusions: We were unable to draw firm conclusions from these two "
    "small trials.",
    "music": "Main results: Music therapy lowered anxiety before surgery in five trials.\n\n"
    "Authors' conclusions: It is not possible to draw reliable conclusions from the present "
    "evidence.",
    "honey": "Main results: Burns dressed with honey healed faster than burns dressed with "
    "silver sulfadiazine.\n\nAuthors' conclusions: Definite conclusions cannot be drawn from "
    "the data available.",
    "yoga": "Main results: Yoga improved sleep quality in older adults.\n\nAuthors' "
    "conclusions: Current evidence is too limited to guide practice.",
    "heparin": "Main results: Heparin reduced blood clots in the legs after surgery (RR 0.5).\n\n"
    "Authors' conclusions: Heparin protects against clots in the legs. There is insufficient "
    "evidence to confirm protection against clots in the lungs.",
    "statin": "Main results: The drug lowered blood pressure by 8 mmHg.\n\nAuthors' "
    "conclusions: It was not possible to draw conclusions about long-term safety.",
    "exercise": "Main results: Exercise improved walking speed in people with MS.\n\nAuthors' "
    "conclusions: Exercise improves walking in people with MS.",
    "mortality": "Main results: The drug reduced pain scores (MD -1.5).\n\nAuthors' "
    "conclusions: Mortality was reported in one trial and there was insufficient evidence to "
    "determine whether it differed between the groups.",
    "pointer": "Main results: One trial compared the drug with a dummy pill and found less "
    "pain.\n\nAuthors' conclusions: The drug reduces pain. It provided very low quality "
    "evidence, so no conclusions could be drawn about sleep.",
    "diarrhoea": "Main results: Zinc reduced diarrhoea in adults (RR 0.7).\n\nAuthors' "
    "conclusions: No firm conclusions can be drawn for children under five years of age.",
}


AIM = (
    "Objectives: To assess what randomised trials tell us about this treatment, its benefits "
    "and its harms.\n\n"
)


def paper(name: str):
    return parse(AIM + PAPERS[name])


SURE_AGAINST_VERDICT = [
    ("nausea", "Acupressure clearly reduced nausea in pregnant women."),
    ("mirror", "Mirror therapy significantly improved hand movement after a stroke."),
    ("zinc", "Zinc clearly cut the number of children with diarrhoea."),
    ("cooling", "Cooling vests markedly increased walking distance in people with MS."),
    ("music", "Music therapy strongly lowered anxiety before surgery."),
    ("honey", "Honey dressings definitely healed burns faster than the usual cream."),
    ("yoga", "Yoga greatly improved sleep in older adults."),
    ("nausea", "Nausea was clearly lower with acupressure."),
]
HELD_OR_BOUNDED = [
    ("nausea", "Acupressure may reduce nausea, but the trials were too small to be sure."),
    ("nausea", "Acupressure reduced nausea scores in three small trials."),  # no sure word
    ("heparin", "Heparin clearly reduced blood clots in the legs."),  # the verdict is on lungs
    ("statin", "The drug clearly lowered blood pressure."),  # the verdict is on safety
    ("exercise", "Exercise clearly improved walking in people with MS."),  # no verdict
    ("diarrhoea", "Zinc clearly reduced diarrhoea in adults."),  # the verdict is on children
    ("mirror", "Mirror therapy made no clear difference to hand movement."),  # not an effect
    ("music", "The trials were too few to draw firm conclusions about music therapy."),
    ("zinc", "It is clear that more and better trials of zinc are needed."),
    # the verdict is on mortality, said before its words of doubt
    ("mortality", "The drug clearly reduced pain."),
    # a verdict that points back to one trial is not on all the evidence
    ("pointer", "The drug clearly reduced pain."),
]


@pytest.mark.parametrize("name,sentence", SURE_AGAINST_VERDICT)
def test_a_sure_result_against_the_verdict_is_a_dropped_doubt(name, sentence):
    found = find_dropped_hedges(sentence, paper(name))
    assert [d.sentence for d in found] == [sentence]
    assert "conclusion" in found[0].paper.lower() or "evidence" in found[0].paper.lower()


@pytest.mark.parametrize("name,sentence", HELD_OR_BOUNDED)
def test_a_kept_doubt_or_a_verdict_bounded_elsewhere_passes(name, sentence):
    assert not find_dropped_hedges(sentence, paper(name))


def summary(headline: str) -> PlainSummary:
    return PlainSummary(
        headline=headline,
        what_the_study_did="This was a review of earlier trials. The trials were small.",
        why_it_matters="This review did not look at MS. Talk with your doctor or care team.",
        limitations="A review is only as good as its studies.",
    )


@pytest.mark.parametrize(
    "name,headline,flagged",
    [
        ("nausea", "Acupressure reduces nausea in pregnancy", True),
        ("cooling", "Cooling vests help people with MS walk further", True),
        ("honey", "Honey heals burns faster than the usual cream", True),
        ("mirror", "Mirror therapy improves hand movement after a stroke", True),
        ("nausea", "Acupressure may reduce nausea in pregnancy", False),
        ("heparin", "Heparin reduces blood clots in the legs after surgery", False),
        ("statin", "The drug lowers blood pressure", False),
        ("exercise", "Exercise improves walking in people with MS", False),
        ("music", "Too few good trials to say whether music therapy eases anxiety", False),
        ("honey", "Old, small trials make it impossible to judge whether honey heals burns", False),
        ("cooling", "We cannot yet say whether cooling vests help people with MS walk", False),
    ],
)
def test_the_headline_keeps_the_verdict(name, headline, flagged):
    found = check_headline_grade(paper(name), summary(headline))
    assert bool(found) is flagged
    if flagged:
        assert found[0].severity == "error" and "concludes" in found[0].message


def test_the_verdict_counts_the_papers_abbreviations_as_named():
    source = parse(
        AIM + "Main results: External counterpulsation (ECP) improved recovery after stroke.\n\n"
        "Authors' conclusions: There is insufficient evidence to support ECP for stroke."
    )
    assert doubted_throughout(
        source, "External counterpulsation clearly helped recovery after stroke"
    )
    assert not doubted_throughout(source, "External counterpulsation clearly helped recovery")
