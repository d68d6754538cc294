"""A code inside a gloss term said with its explanation ("anti-CD20 treatments (drugs that remove
B cells, a type of immune cell)") is explained: the authors' conclusion that names it heads, not a
side result (a hand-written infection cohort headed "The risk increased with lower
immunoglobulin G levels ..." over its main finding). A code no bracket explains still costs its
form. Text written for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.plain.headline.rank import UNEXPLAINED_COST, form_cost
from plainsum.settings import Settings

COHORT = (
    "OBJECTIVE: To estimate the risk of serious infection with anti-CD20 therapies compared with "
    "other treatments in multiple sclerosis. METHODS: We followed 3,100 patients with MS in a "
    "national registry who started a disease-modifying therapy between 2016 and 2021. RESULTS: "
    "Over 9,800 person-years, 205 serious infections occurred. The rate was 3.4 per 100 "
    "person-years with anti-CD20 therapies and 1.7 per 100 person-years with other therapies. "
    "The risk was higher in older patients. CONCLUSION: Anti-CD20 therapies were associated with "
    "about twice the rate of serious infections compared with other therapies."
)


def test_a_glossed_code_costs_nothing() -> None:
    said = (
        "Anti-CD20 treatments (drugs that remove B cells, a type of immune cell) were linked "
        "with more serious infections"
    )
    assert form_cost(said) < UNEXPLAINED_COST


def test_a_bare_code_still_costs() -> None:
    assert form_cost("Anti-XQ7 treatments were linked with more serious infections") >= (
        UNEXPLAINED_COST
    )


def test_the_conclusion_naming_a_glossed_code_heads() -> None:
    d = draft(COHORT, Settings(backend="offline"))
    assert d.summary.headline.startswith("Anti-CD20")
