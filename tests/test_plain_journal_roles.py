"""Roles in a one-paragraph journal abstract (issue 9): who took part, how it was measured,
what happened to them, and the main result before any "we" (the lead's hand-written input).

"In this randomised crossover trial, 48 adults ... wore ..." was read as the scene (its "In this
... trial" is also how a summing up opens), the main result after it as background (nothing had
marked the study's own work yet), and "Two people stopped because ..." as the conclusion: the
draft said neither who took part nor the main result, and gave the drop-outs as why it matters.
"""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather
from plainsum.plain.sentences import Role, classify

B, M, R, C = Role.BACKGROUND, Role.METHODS, Role.RESULTS, Role.CONCLUSION

PARAGRAPH = [
    ("Many people with MS find their balance worse in the evening.", B),
    (
        "In this randomised crossover trial, 36 adults with MS used a weighted walking pole or "
        "an ordinary pole for 3 weeks each, in random order.",
        M,
    ),
    ("Balance was rated on the Berg Balance Scale (BBS, 0-56).", M),
    ("Mean BBS was 3.4 points higher with the weighted pole than with the ordinary pole.", R),
    ("Walking speed did not differ.", R),
    ("Three people stopped because the pole felt awkward.", R),
    ("A weighted pole improved balance in adults with MS over 3 weeks; more work is needed.", C),
]


def test_roles_of_a_one_paragraph_trial_abstract() -> None:
    got = [(s.text, s.role) for s in classify(parse(" ".join(t for t, _ in PARAGRAPH)))]
    assert got == PARAGRAPH


def test_its_main_result_is_drafted_as_a_result_not_the_scene() -> None:
    source = parse(" ".join(t for t, _ in PARAGRAPH))
    material = gather(source, detect_design(source))
    results = [p.text for p in material.by_role.get(Role.RESULTS, [])]
    assert any("3.4 points higher" in t for t in results)
    assert not any("3.4 points" in p.text for p in material.context)
    assert not any("stopped" in p.text for p in material.by_role.get(Role.CONCLUSION, []))


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # a summing up that opens the same way keeps its part
        ("In this cohort, higher vitamin D levels were linked with fewer relapses.", C),
        ("In this small study, the drug appeared safe.", C),
    ],
)
def test_in_this_study_without_a_count_still_sums_up(sentence: str, role: Role) -> None:
    text = (
        "Fatigue is common in MS. We followed 80 adults with MS for a year. "
        "Relapses fell from 1.1 to 0.6 a year. " + sentence
    )
    assert classify(parse(text))[-1].role == role


def test_no_group_to_compare_with_is_a_limitation():
    """ "Because there was no sham control, the fall in fatigue may reflect placebo effects" is a
    limit of a single-arm study, never its conclusion (a pilot study headed with it, and the
    gate passed the draft)."""
    from plainsum.plain.sentences import names_a_limit

    assert names_a_limit("Because there was no sham control, the fall may reflect placebo effects.")
    assert names_a_limit("The lack of a control group means that effects cannot be judged.")
    assert not names_a_limit("Pain fell more than in the control group.")
