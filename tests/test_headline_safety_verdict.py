"""A trial of safety heads with the authors' safety verdict ("X was safe and well tolerated over
48 weeks"), never with the limitation they add ("the lack of a control group means effects on
disability cannot be judged"), and that limitation is said once. Every sentence here is written
for these tests."""

from __future__ import annotations

from plainsum.plain.distinct_limits import distinct_limits
from plainsum.plain.finding import says_safe
from plainsum.plain.headline import choose_headline
from plainsum.plain.limits import states_a_limit
from plainsum.plain.lines import Line
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

VERDICT = "Daily oral lipoic acid was safe and well tolerated over one year in adults with MS."
NO_CONTROL = "The lack of a control group means effects on walking cannot be judged."


def _numbered(*texts: str):
    return [measured(t, (i,)) for i, t in enumerate(texts)]


def test_a_single_arm_trial_heads_with_its_safety_verdict() -> None:
    conclusions = _numbered(VERDICT, NO_CONTROL)
    results = _numbered(
        "Side effects were mostly mild.",
        "The yearly rate of brain shrinkage was 0.5%.",
    )
    head = choose_headline(conclusions, results, StudyDesign.TRIAL)
    assert head.origin == VERDICT
    assert "safe and well tolerated" in head.text


def test_a_conclusion_on_what_the_treatment_did_heads_over_its_safety() -> None:
    effect = "Daily oral lipoic acid slowed brain shrinkage in adults with progressive MS."
    head = choose_headline(_numbered(VERDICT, effect), [], StudyDesign.TRIAL)
    assert head.origin == effect


def test_a_review_never_heads_with_a_safety_aside() -> None:
    aside = "Cooling vests were safe in the trials that reported harms."
    result = "Cooling vests reduced tiredness in hot weather in two small trials."
    head = choose_headline(_numbered(aside), _numbered(result), StudyDesign.REVIEW)
    assert head.origin != aside


def test_what_says_a_treatment_was_safe() -> None:
    assert says_safe("The drug was generally well tolerated in older adults")
    assert says_safe("The vaccine appears to be safe in pregnancy")
    assert not says_safe("The drug was not safe in people with liver disease")
    assert not says_safe("The safety of the drug in pregnancy is not known")


def test_a_missing_control_group_is_a_limit_and_said_once() -> None:
    assert states_a_limit(NO_CONTROL)
    assert states_a_limit("Without a placebo arm, effects on relapses cannot be judged.")
    assert not states_a_limit("Yoga reduced tiredness compared with the control group.")
    rule = Line("The authors say there was no control group.", (6,))
    own = Line(NO_CONTROL, (9,))
    assert [line.text for line in distinct_limits([own, rule])] == [NO_CONTROL]
