"""An aim asked as a question ("whether smoking and the use of e-cigarettes are associated with
relapses") has no head to cut it to: cut after "the use of e-cigarettes are linked", it lost
what they were linked with."""

import pytest

from plainsum.plain.aim import short_aim

QUESTIONS = [
    "The researchers wanted to examine whether smoking and the use of sunbeds are linked with "
    "skin cancer in young adults living in northern Europe.",
    "The researchers wanted to find out if the use of fans was linked with fewer heat deaths in "
    "older people during summer heat waves.",
    "The review authors wanted to assess how the effects of exercise differ with age in people "
    "with MS.",
]


@pytest.mark.parametrize("aim", QUESTIONS)
@pytest.mark.parametrize("compact", [False, True])
def test_an_aim_asked_as_a_question_is_never_cut_to_a_head(aim: str, compact: bool) -> None:
    assert short_aim(aim, compact=compact) is None


def test_an_aim_with_a_head_is_still_cut_to_it() -> None:
    aim = (
        "The review authors wanted to assess the effects of teriflunomide in people with MS, "
        "compared with placebo or other drugs, on relapses and disability over two years."
    )
    assert (
        short_aim(aim)
        == "The review authors wanted to assess the effects of teriflunomide in people with MS."
    )
