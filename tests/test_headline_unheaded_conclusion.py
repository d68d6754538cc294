"""The headline is the authors' conclusion also when the abstract has no headings (issue 9):
a number that names a thing ("type 2 diabetes", "after 72 hours", "HIV-1") does not make the
authors' closing claim a result, and their verdict on the evidence ("There is not enough
evidence to recommend X") is a conclusion, as it is under headings, not a limitation. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.headline.concluded import concludes, gives_a_number, with_concluded
from plainsum.plain.material import gather
from plainsum.plain.sentences import Role
from plainsum.plain.simplify import measured


def _ordered(first: int, *texts: str):
    return [measured(t, (first + i,), first + i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate, an amount, a count of people or trials, a statistic: a result's numbers
        ("Zinc shortened colds by 1.5 days.", True),
        ("Pain fell by 30% with the brace.", True),
        ("Walking helps tiredness in 203 adults.", True),
        ("Relapses were fewer with the drug (ratio 0.7, 95% interval 0.5 to 0.9).", True),
        ("Three of 40 children had a rash.", True),
        # a number that names a kind, a stage, a germ, a time point or a dose
        ("Some plant remedies lower blood sugar in type 2 diabetes.", False),
        ("Fewer women are still pregnant after 72 hours with the treatment.", False),
        ("The vaccine prevents pneumonia in HIV-1 negative children.", False),
        ("Steroids at a dose of 1 to 2 mg per kg slow the loss of strength.", False),
        ("The benefit lasts up to 12 months and fades after 24 months.", False),
        ("Counts of CD4 cells rise with the new drug.", False),
        ("A 6-month course of the drug is as good as a 12-month one.", False),
        ("No sentence here gives a number.", False),
    ],
)
def test_a_number_that_names_a_thing_is_no_result(text: str, expected: bool) -> None:
    assert gives_a_number(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Some plant remedies appear to lower blood sugar in people with type 2 diabetes.",
        "Breast pumping appears helpful for women who are not in labour after 72 hours.",
        "The vaccine is helpful in preventing pneumonia in HIV-1 negative children.",
        "Available data show no evidence of benefit of the hormone for unexplained infertility.",
    ],
)
def test_a_closing_claim_with_a_naming_number_reads_as_a_conclusion(text: str) -> None:
    assert concludes(text)
    results = _ordered(0, "Blood sugar fell by 1.2 points with the remedy (95% interval 0.4 to 2).")
    conclusions = _ordered(2, "More and larger trials are needed.")
    joined, left = with_concluded(conclusions, [*results, measured(text, (1,), 1)])
    assert [p.text for p in joined][0] == text
    assert [p.order for p in left] == [0]


# A review's abstract without headings: results, then the authors' verdict and a call for
# research. The verdict's cue words ("not enough evidence") are a limitation's.
_UNHEADED = (
    "We included four randomised trials with 310 women who drank alcohol while pregnant. "
    "Home visits by a nurse did not change how many women stopped drinking (risk ratio 1.1, "
    "95% confidence interval 0.8 to 1.5). Two trials reported fewer missed clinic visits with "
    "home visits (mean difference 1.2 visits). {verdict} Larger trials of home visits are needed."
)


@pytest.mark.parametrize(
    ("verdict", "concluded"),
    [
        (
            "There is not enough evidence to recommend home visits for pregnant women who "
            "drink alcohol.",
            True,
        ),
        (
            "There is currently insufficient evidence about the effect of home visits for "
            "pregnant women who drink alcohol.",
            True,
        ),
        (
            "The available evidence is insufficient to show whether home visits help pregnant "
            "women who drink alcohol.",
            True,
        ),
        # a limitation named outright stays one
        (
            "The evidence is limited by the small size of the trials and their high risk of bias.",
            False,
        ),
        # said in the past tense, of one outcome: a result's, not the authors' verdict
        (
            "There was insufficient evidence for an effect on birth weight.",
            False,
        ),
    ],
)
def test_without_headings_the_verdict_on_the_evidence_is_a_conclusion(
    verdict: str, concluded: bool
) -> None:
    source = parse(_UNHEADED.format(verdict=verdict))
    material = gather(source, detect_design(source))
    assert not material.headed
    said = {
        role: [p.text for p in material.by_role.get(role, []) if "evidence" in p.text]
        for role in (Role.CONCLUSION, Role.LIMITATION)
    }
    assert bool(said[Role.CONCLUSION]) is concluded
    # where cue words made it a limitation it is one still: it says how little is known (the
    # body leaves out the headline's sentence)
    # ("The available evidence is insufficient" has no cue of a limitation: a conclusion only)
    assert bool(said[Role.LIMITATION]) is (not verdict.startswith("The available"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an effect that names neither what had it nor on what leans on the sentence before
        ("The effect may be similar to giving two doses of the spray.", False),
        ("These benefits are larger in older adults.", False),
        # named, or behind a frame that says the finding comes
        ("The effect of the spray on croup is similar to that of oxygen.", True),
        ("The review shows that the spray eases croup in young children.", True),
    ],
)
def test_an_effect_that_names_nothing_is_no_conclusion(text: str, expected: bool) -> None:
    assert concludes(text) is expected


@pytest.mark.parametrize(
    ("verdict", "concluded"),
    [
        # a hedged finding with the limit of the evidence after its "but": the authors' verdict
        (
            "Home visits may reduce drinking in pregnancy, but there is insufficient evidence "
            "about their effect on birth weight.",
            True,
        ),
        (
            "Home visits probably lower the number of missed visits, but the evidence is of low "
            "quality for all other outcomes.",
            True,
        ),
        # a limit named outright is a limitation still
        (
            "Home visits may help, but the trials were limited by their small size.",
            False,
        ),
    ],
)
def test_without_headings_a_hedged_finding_with_its_limit_is_a_conclusion(
    verdict: str, concluded: bool
) -> None:
    source = parse(_UNHEADED.format(verdict=verdict))
    material = gather(source, detect_design(source))
    conclusions = [p.text for p in material.by_role.get(Role.CONCLUSION, [])]
    assert any(t.startswith(verdict.split()[0]) and " but " in t for t in conclusions) is concluded


@pytest.mark.parametrize(
    ("tail", "limit"),
    [
        # what a conclusion's second half says of the study's data is a limitation
        ("but reports to the registry are voluntary and may be incomplete", True),
        ("but follow-up was short and reports to the registry may be incomplete", True),
        # a second finding stays a conclusion
        ("but headaches were more common with the drug", False),
        ("but the benefit was small", False),
    ],
)
def test_a_limit_said_after_a_conclusions_finding_is_a_limitation(tail: str, limit: bool) -> None:
    text = (
        "Background: Some women become pregnant while taking a new MS drug.\n"
        "Methods: We studied 900 pregnancies reported to a registry.\n"
        "Results: Birth defects were seen in 2.5% of live births.\n"
        f"Conclusions: The data do not suggest a higher risk of birth defects, {tail}."
    )
    source = parse(text)
    material = gather(source, detect_design(source))
    limits = [p.text for p in material.by_role.get(Role.LIMITATION, [])]
    said = tail.removeprefix("but ")
    assert any(t.lower().startswith(said[:25].lower()) for t in limits) is limit
    conclusions = [p.text for p in material.by_role.get(Role.CONCLUSION, [])]
    assert any(t.startswith("The data do not suggest") for t in conclusions)
