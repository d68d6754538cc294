"""A bracket of statistics that alone separates two items of a list is a list separator (issue
9): "for the length of A (stats) B lasting over 3 days (stats) and C (stats)" without its
brackets read "the length of A B lasting over 3 days", one outcome the paper never measured (a
reader's firm false). It becomes a comma; a bracket before a verb or a joining word goes as
before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.numbers import drop_brackets, strip_statistics


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "The pooled effect was clear for the mean length of fever (mean difference 12.5 "
            "hours; 95% confidence interval 8.1 to 16.0 hours; n=900, trials=12) fever lasting "
            "over 3 days (risk ratio 0.52; 0.40 to 0.66; n=700, trials=9) and cough on day 3 "
            "(mean difference 0.60; 0.30 to 0.90; n=650, trials=8).",
            "The pooled effect was clear for the mean length of fever, fever lasting over 3 days "
            "and cough on day 3.",
        ),
        (
            "Pain (MD -1.2, 95% CI -2.0 to -0.4) function at six weeks (MD 3.1, 95% CI 1.0 to "
            "5.2), and sleep (MD 0.4, 95% CI 0.1 to 0.7) all improved.",
            "Pain, function at six weeks, and sleep all improved.",
        ),
        # a verb after the bracket: the subject's statistics, no list
        (
            "Mortality (RR 0.61, 95% CI 0.45 to 0.83) fell with the drug (RR 0.5, 95% CI 0.3 "
            "to 0.8), and fewer people stopped.",
            "Mortality fell with the drug, and fewer people stopped.",
        ),
        # a joining word after the bracket: the list has its own separator
        (
            "Nausea (RR 0.40, 95% CI 0.36 to 0.44) or vomiting (RR 0.29, 95% CI 0.2 to 0.4) "
            "and headache (RR 0.8, 95% CI 0.6 to 0.9) were less common.",
            "Nausea or vomiting and headache were less common.",
        ),
        # a word after a bracket that holds no statistics: a definition, not a separator
        (
            "The rate of falls (any fall seen by staff) in the first month (RR 0.7, 95% CI 0.5 "
            "to 0.9) and fractures (RR 0.8, 95% CI 0.6 to 1.1) was lower.",
            "The rate of falls in the first month and fractures was lower.",
        ),
    ],
)
def test_statistics_between_list_items(text: str, plain: str) -> None:
    assert strip_statistics(text) == plain
    assert drop_brackets(text) == plain
