"""Why it matters says the authors' advice about "this group" as the people their conclusion
before it opens on (issue 9, the lead's hand-written t2: the paper's own advice on checking a
vitamin in that group was lost, and the section said the headline again). Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.group_named import with_group_named
from plainsum.plain.simplify import measured

_FINDING = "People with MS who take lithium are more likely to have low thyroid hormone."
_ADVICE = "Testing thyroid hormone in this group may be worthwhile."


@pytest.mark.parametrize(
    ("before", "sources", "advice", "expected"),
    [
        (  # a limit between them in the paper: the group is still the conclusion's people
            _FINDING,
            (6,),
            _ADVICE,
            "Testing thyroid hormone in people with MS who take lithium may be worthwhile.",
        ),
        (  # right after it, the pointer opening the sentence
            "Women with MS who breastfed for two months had fewer relapses after birth.",
            (7,),
            "These women should get support with breastfeeding.",
            "Women with MS who breastfed for two months should get support with breastfeeding.",
        ),
        (  # too far back in the paper: the group may be someone else by then
            _FINDING,
            (3,),
            _ADVICE,
            _ADVICE,
        ),
        (  # the conclusion before opens on no group of people
            "Lithium use was linked with low thyroid hormone in people with MS.",
            (6,),
            _ADVICE,
            _ADVICE,
        ),
        (  # it leans on the sentence before for more than who
            _FINDING,
            (7,),
            "This finding suggests testing thyroid hormone in this group.",
            "This finding suggests testing thyroid hormone in this group.",
        ),
    ],
)
def test_this_group_is_the_people_the_conclusion_before_opens_on(
    before: str, sources: tuple[int, ...], advice: str, expected: str
) -> None:
    first = measured(before, sources, order=1)
    p = measured(advice, (8,), order=2)
    assert with_group_named(p, [first]).text == expected


def test_advice_about_the_group_is_why_it_matters():
    """Drafted whole, the paper's advice stands under why it matters, and the headline's
    conclusion is not said there again."""
    from plainsum.design import detect_design
    from plainsum.ingest import parse
    from plainsum.plain.compose import compose
    from plainsum.plain.material import gather

    text = (
        "Background: Low thyroid hormone can add to tiredness in multiple sclerosis.\n"
        "Methods: In this registry cohort we identified 940 people with MS, 310 of whom had "
        "taken lithium for at least a year. Thyroid hormone levels from routine care were "
        "compared between users and non-users.\n"
        "Results: Low thyroid hormone was found in 12% of lithium users and 4% of non-users. "
        "Tiredness was recorded more often in those with low levels.\n"
        "Conclusions: People with MS who take lithium are more likely to have low thyroid "
        "hormone. Because the study was observational, it cannot show that lithium caused the "
        "low levels. Testing thyroid hormone in this group may be worthwhile."
    )
    source = parse(text)
    head, sections = compose(gather(source, detect_design(source)))
    why = [line.text for line in sections["why_it_matters"] if line.sources]
    assert why == ["Testing thyroid hormone in people with MS who take lithium may be worthwhile."]
