"""Plain shapes of a result that the direction words misread: "fell asleep" is going to sleep,
not a fall; "milder" is less severe; "did not bring fewer side effects" denies the fewer; and
"eased pain as well as physiotherapy did" says the two were alike, not that one was better
(sentences written for these tests)."""

from __future__ import annotations

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in

MORE_SEVERE = ["Smokers reported more severe cough and breathlessness than non-smokers."]
LIKE_PHYSIO = ["Swimming produced similar benefits to standard physiotherapy for back pain."]
NO_FEWER = [
    "Three days of treatment led to more relapses than seven days, without fewer side "
    "effects or less resistance."
]


def test_milder_is_read_as_less_and_reverses_more_severe() -> None:
    assert [c.polarity for c in claims_in("Smokers had milder cough.")] == ["down"]
    assert contradiction("Smokers reported milder cough and breathlessness.", MORE_SEVERE)


def test_a_milder_result_that_agrees_is_not_a_contradiction() -> None:
    paper = ["Vaccinated children had milder infections than unvaccinated children."]
    assert not contradiction("Infections were milder in vaccinated children.", paper)


def test_falling_asleep_states_no_direction() -> None:
    assert claims_in("Most patients fell asleep within an hour.") == []
    # a real fall is still a decrease
    assert [c.polarity for c in claims_in("Blood pressure fell after the first dose.")] == ["down"]


def test_as_well_as_the_other_arm_did_is_no_claim_of_more_benefit() -> None:
    said = "Swimming eased back pain as well as physiotherapy did."
    assert not contradiction(said, LIKE_PHYSIO)
    # a plain "as well as" (and) leaves the claim of a benefit standing
    paper = ["Swimming had no effect on back pain or on sleep."]
    assert contradiction("Swimming eased back pain as well as poor sleep.", paper)


def test_did_not_bring_fewer_is_a_denial_that_agrees_with_without_fewer() -> None:
    said = "The shorter course did worse and did not bring fewer side effects."
    assert not contradiction(said, NO_FEWER)
    # without the denial, fewer side effects is against the paper
    assert contradiction("The shorter course brought fewer side effects.", NO_FEWER)


def test_a_milder_regimen_or_group_names_a_kind_not_a_result() -> None:
    paper = ["Healing did not differ between the standard and the milder regimen of the cream."]
    assert not contradiction("Milder regimens of the cream are safe and effective.", paper)
    assert claims_in("People with milder disease were older.") == []
