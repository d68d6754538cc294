"""Issue 9 (why it matters, never the headline again): a trial's or cohort's one conclusion,
which the headline says but for a closing qualifier (", over four years of follow-up"), was said
again whole under why it matters: the headline twice (the lead's v10). As for reviews, the honest
frame says the summary says no more, and the conclusion stays the headline, never swapped for a
figure because the section holds only the frame (plain/relevance.py, plain/compose.py).
Abstracts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.frames import HEADLINE_IS_THEIRS
from plainsum.settings import Settings

_COHORT = """Early treatment with a strong therapy and disability in relapsing MS: a cohort study

Background: When to start a strong therapy in relapsing multiple sclerosis is debated.
Methods: We followed 1,640 adults with relapsing multiple sclerosis from a national registry who
started a strong therapy either within two years of onset or later, for four years.
Results: Confirmed disability worsening occurred in 13% of people who started early and in 21%
of people who started later. The difference held after adjustment for age, sex and disability.
Conclusions: Starting a strong therapy within two years of onset was linked with less confirmed
disability worsening than starting later, over four years of follow-up.
"""

_TRIAL = """A herbal tea for tiredness in multiple sclerosis: a randomised trial

Objective: To test whether a herbal tea eases tiredness in adults with multiple sclerosis.
Methods: Sixty adults with multiple sclerosis drank the tea or a dummy tea daily for eight weeks.
Results: Tiredness scores fell by 3 points with the tea and by 2.5 points with the dummy tea.
Sleep did not differ between the groups.
Conclusions: In adults with multiple sclerosis, the herbal tea did not ease tiredness more than a
dummy tea, over eight weeks of daily drinking.
"""


@pytest.mark.parametrize(
    ("abstract", "finding", "qualifier"),
    [
        (_COHORT, "was linked with less confirmed disability worsening", "years of follow-up"),
        (_TRIAL, "did not ease tiredness", "eight weeks of daily drinking"),
    ],
)
def test_the_conclusion_heads_and_why_it_matters_says_the_summary_says_no_more(
    abstract, finding, qualifier
):
    summary = draft(parse(abstract), Settings(backend="offline")).summary
    assert finding in summary.headline
    assert finding not in summary.why_it_matters
    assert qualifier not in summary.why_it_matters
    assert HEADLINE_IS_THEIRS in summary.why_it_matters
