"""A result saying only that nothing happened never heads in place of a conclusion that states an
effect (issue 9: a hand-written MS registry study of smoking after diagnosis was headed "No link
was found between smoking and relapse rate" while its conclusion and main result were about
disability). A scale's short form before its score is written out ("EDSS 4.0"); a limit said of
the sample ("Because the sample was self-selected, ...") is a limitation, never a conclusion.
Abstracts written for these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.abbreviations import expand
from plainsum.plain.compose import compose
from plainsum.plain.material import gather
from plainsum.plain.sentences import Role, classify

COFFEE = """Coffee after an MS diagnosis and later disability: a registry study

Background: Coffee drinking has been tied to a lower risk of getting MS. Objective: To see \
whether people who drink coffee after an MS diagnosis gain disability more slowly. Methods: We \
followed 1,420 adults with relapsing MS from a national registry for a median of 8 years. The \
main outcome was time to a confirmed Expanded Disability Status Scale (EDSS) score of 6.0. \
Results: People drinking three or more cups a day reached EDSS 6.0 later than non-drinkers \
(hazard ratio 0.71, 95% CI 0.58 to 0.87). No link was found between coffee and relapse rate. \
Conclusions: Drinking coffee after an MS diagnosis was linked with slower build-up of \
disability.
"""

CARERS = """Partners of people with MS described their sleep in a survey of 230 partners \
recruited through a charity. Half said they woke at night to help. Poor sleep was more common \
when the person with MS had bladder problems. Because the sample was self-selected, the findings \
may not represent all partners. Services should ask partners about their sleep.
"""


def _headline(text: str) -> str:
    source = parse(text)
    head, _ = compose(gather(source, detect_design(source)))
    return head.text


def test_a_null_result_does_not_head_over_a_conclusion_that_states_an_effect() -> None:
    head = _headline(COFFEE)
    assert not head.startswith("No link")
    assert "disability" in head.lower() or "Disability Status Scale 6.0" in head


def test_a_scale_before_its_score_is_written_out() -> None:
    defined = {"EDSS": "Expanded Disability Status Scale", "RR": "relapsing-remitting"}
    assert expand("Half reached EDSS 6.0 by ten years.", defined) == (
        "Half reached Expanded Disability Status Scale 6.0 by ten years."
    )
    # a statistic's short form before its value stays: it is no scale
    assert expand("The RR 0.52 was small.", defined) == "The RR 0.52 was small."


def test_a_limit_of_the_sample_is_a_limitation() -> None:
    roles = {s.text[:30]: s.role for s in classify(parse(CARERS))}
    assert roles["Because the sample was self-se"] == Role.LIMITATION
    assert _headline(CARERS).startswith("Because") is False


OMEGA = """Background: Fish oil is said to calm MS. Methods: In a double-blind trial, 180 \
adults with relapsing MS were randomly assigned to omega-3 capsules or placebo for two years. The \
primary outcome was the proportion of participants without relapse. Results: At two years, 58% of \
the omega-3 group and 55% of the placebo group were free of relapse (odds ratio 1.1, 95% CI 0.6 \
to 2.0). Fatigue scores were lower with omega-3. Conclusions: Omega-3 capsules did not increase \
the proportion of people free of relapse, although they eased fatigue. Larger trials are needed.
"""


def test_a_side_effect_never_heads_over_a_conclusion_whose_point_is_null() -> None:
    # the conclusion's point is the null main outcome; its "although" clause is a side one
    assert not _headline(OMEGA).startswith("Fatigue scores were lower")
