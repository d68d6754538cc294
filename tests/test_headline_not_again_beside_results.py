"""The headline's sentence is not said again word for word in "what the study did" when the body
already gives the paper's own results (issue 9: "not repeated word for word in the body"):
figures of one group against another's, or a result that says which way an outcome went. A body
that holds only how the study ran ("Follow-up ranged from 6 to 52 weeks") keeps it: there the
headline's sentence is the only finding the body would have. Texts written for the tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.design import detect_design
from plainsum.drafters.body_fill import results_carry
from plainsum.ingest.source import parse
from plainsum.plain.lines import Line
from plainsum.plain.material import gather
from plainsum.settings import Settings

CONCLUSION = (
    "The results suggest that there is no evidence of a difference in relapses or new brain "
    "lesions when the vitamin rather than a dummy pill is given to adults with relapsing MS."
)
FIGURES = (
    "Main results: We included four trials with 610 participants. Relapses in the first year "
    "occurred in 21% of people given the vitamin compared with 23% of people given a dummy pill. "
    "New brain lesions were seen in 30% of people given the vitamin compared with 33% of those "
    "given a dummy pill.\n"
    f"Authors' conclusions: {CONCLUSION}"
)
RUN_ONLY = (
    "Main results: We included four trials with 610 participants. Follow-up ranged from 6 to 52 "
    "weeks.\n"
    f"Authors' conclusions: {CONCLUSION}"
)


def test_results_with_figures_carry_the_body_without_the_headline_again():
    d = draft(FIGURES, Settings(backend="offline"))
    assert d.summary.headline.rstrip(".") == CONCLUSION.rstrip(".")
    body = d.summary.what_the_study_did
    assert CONCLUSION not in body  # it stood last in the body, word for word
    assert "21% of people given the vitamin compared with 23%" in body


def test_a_body_of_how_the_study_ran_keeps_the_headlines_sentence():
    d = draft(RUN_ONLY, Settings(backend="offline"))
    assert CONCLUSION in d.summary.what_the_study_did


def test_what_carries_a_body():
    material = gather(parse(FIGURES), detect_design(parse(FIGURES)))
    count = Line("The review included four trials with 610 people.", (0,))
    figures = Line(
        "Relapses in the first year occurred in 21% of people given the vitamin compared with "
        "23% of people given a dummy pill.",
        (1,),
    )
    assert results_carry(material, [count, figures])
    assert not results_carry(material, [figures])  # one sentence of its own: a thin body
    ran = gather(parse(RUN_ONLY), detect_design(parse(RUN_ONLY)))
    follow = Line("Follow-up ranged from 6 to 52 weeks.", (1,))
    assert not results_carry(ran, [count, follow])
