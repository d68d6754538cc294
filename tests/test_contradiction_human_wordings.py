"""Contradiction false alarms on human lay summaries (issue 8, stop 55): wordings that state no
difference, a condition or a weak-evidence denial, read by meaning. Each true line has a
twin that says the opposite and must still be caught. Sentences written for these tests."""

from __future__ import annotations

from plainsum.checks.contradiction import _correlative_condition, contradiction
from plainsum.checks.polarity import claims_in

NULL_RESULT = [
    "There was little or no difference between drug A and drug B in pain relief (RR 1.02, "
    "95% CI 0.95 to 1.10), probably little or no difference in deaths (RR 0.90, 95% CI 0.60 "
    "to 1.30) and in hospital stays (RR 1.10, 95% CI 0.70 to 1.70)."
]


def test_similarly_effective_over_a_list_is_no_difference():
    said = (
        "Drug A and drug B are similarly effective in pain relief, shortening stays and "
        "reducing deaths."
    )
    assert contradiction(said, NULL_RESULT) is None
    assert {c.polarity for c in claims_in(said)} == {"null"}


def test_a_difference_against_no_difference_is_still_caught():
    said = "Drug A led to fewer deaths than drug B."
    assert contradiction(said, NULL_RESULT) is not None


def test_ineffective_says_no_gain():
    assert [c.polarity for c in claims_in("Another trial found the cream ineffective.")] == ["null"]
    said = "One trial found the cream effective for warts but another found the cream ineffective."
    paper = ["A second trial did not find the cream to be effective for warts."]
    assert contradiction(said, paper) is None  # the summary reports both results


def test_a_correlative_first_half_is_its_condition():
    said = "The higher the dose, the lower the blood sugar."
    assert _correlative_condition(said, said.index("higher"))
    assert not _correlative_condition(said, said.index("lower"))
    paper = ["The glucose-lowering effect of metformin was linearly dependent on dose."]
    assert contradiction(said, paper) is None


MIXED = [
    "Two trials found no significant difference in ear infections between zinc and placebo "
    "(2,900 children); a third trial found significantly fewer ear infections with zinc "
    "(rate ratio 0.70, 95% CI 0.60 to 0.80)."
]


def test_no_convincing_evidence_agrees_with_mixed_or_hedged_results():
    said = "The trials gave no convincing evidence that zinc lowers ear infections in children."
    assert contradiction(said, MIXED) is None
    hedged = ["Zinc may reduce ear infections in some children (low-quality evidence)."]
    assert contradiction(said, hedged) is None


def test_no_convincing_evidence_against_a_firm_result_for_all_is_caught():
    said = "The trials gave no convincing evidence that zinc lowers ear infections in children."
    firm = ["Zinc reduced ear infections in children (rate ratio 0.70, 95% CI 0.60 to 0.80)."]
    assert contradiction(said, firm) is not None
    flat = "Zinc made no difference to ear infections in children."
    assert contradiction(flat, firm) is not None


def test_a_difference_taken_back_after_a_dash_is_not_said_as_found():
    paper = ["There was no difference in night-time cough between the spray and placebo."]
    said = (
        "Night-time cough was lower with the spray - however these differences were not "
        "statistically significant."
    )
    assert contradiction(said, paper) is None
    assert contradiction("Night-time cough was lower with the spray.", paper) is not None


def test_help_after_on_is_a_noun():
    said = "The drug lowered deaths in older people not dependent on help."
    assert [c.polarity for c in claims_in(said)] == ["down"]


def test_the_lowest_effective_dose_states_no_benefit():
    said = "Doctors should use the lowest effective dose of steroids."
    assert not any(c.polarity == "better" for c in claims_in(said))


DIET_RESULT = ["The diet programme decreased the risk of babies being born large (RR 0.60)."]


def test_what_is_known_in_general_is_background_not_a_result():
    said = "Babies of mothers with diabetes are more likely to be born large."
    assert contradiction(said, DIET_RESULT) is None
    assert (
        contradiction("Some women are at higher risk of babies being born large.", DIET_RESULT)
        is None
    )


def test_a_result_said_in_the_present_with_its_arm_is_still_read():
    said = "Mothers on the diet programme are more likely to have babies born large."
    assert contradiction(said, DIET_RESULT) is not None
    past = "The diet programme increased the risk of babies being born large."
    assert contradiction(past, DIET_RESULT) is not None


def test_a_similar_effect_points_back_and_says_no_difference_only_of_groups():
    paper = ["The laser had a beneficial effect on sight loss, with a 40% lower risk (RR 0.60)."]
    said = "The laser had a similar effect on sight loss in the other eye."
    assert not any(c.polarity == "null" for c in claims_in(said))
    assert contradiction(said, paper) is None
    assert [c.polarity for c in claims_in("Pain scores were similar in both groups.")] == ["null"]


def test_blood_loss_names_a_measure_not_a_fall():
    said = "Differences in blood loss between the drug and placebo were small."
    assert not claims_in(said)
    assert [c.polarity for c in claims_in("Blood loss was lower with the drug.")] == ["down"]


def test_an_effect_alike_is_said_of_what_it_was_measured_in():
    paper = (
        "Daily and as-needed steroid sprays were similarly effective in the use of rescue tablets."
    )
    [claim] = claims_in(paper)
    assert claim.polarity == "null" and {"rescu", "tablet"} <= claim.about.keys()
    assert "spray" not in claim.about


def test_a_medicine_given_another_way_is_another_thing():
    said = (
        "Daily inhaled corticosteroids were better than inhaled corticosteroids taken when needed."
    )
    paper = ["Both ways were similarly effective in the use of rescue oral corticosteroids."]
    assert contradiction(said, paper) is None
    same_route = ["Both ways were similarly effective in the use of inhaled corticosteroids."]
    assert contradiction("Daily use led to more use of inhaled corticosteroids.", same_route)


def test_a_trend_is_not_said_as_found():
    paper = ["We found no differences for mortality (low quality evidence)."]
    assert contradiction("Compared with oxygen, the mask tended to reduce deaths.", paper) is None
    assert contradiction("Compared with oxygen, the mask reduced deaths.", paper) is not None
