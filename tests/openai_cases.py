"""Test material for the model tests: a paper and summaries written for plainsum's tests (not
taken from any dataset). PASSING is plain, carries the caveats and uses only the paper's numbers;
FAILING overclaims, is hard to read and leaves out every caveat."""

from __future__ import annotations

import asyncio

from plainsum.design import detect_design
from plainsum.drafters.base import DraftRequest
from plainsum.ingest import parse

PAPER = """Sleep quality and fatigue in adults with multiple sclerosis: a cohort study

Background: Poor sleep is common in multiple sclerosis (MS). Fatigue is one of the most common \
symptoms of MS. It is not known whether poor sleep is linked to more fatigue over time.
Methods: In this cohort study we followed 210 adults with MS at three clinics for two years. \
Every six months, people filled in forms about their sleep and their fatigue. No treatment was \
given as part of the study.
Results: People who reported poor sleep had more fatigue at the end of the study than people who \
slept well. The link stayed after we took age and disability into account.
Conclusions: Poor sleep was linked to more fatigue over time in people with MS. This study \
cannot show that poor sleep causes fatigue.
Limitations: Sleep was measured only with forms that people filled in themselves.
"""

PASSING = {
    "headline": "People with MS who slept poorly felt more tired over time",
    "what_the_study_did": (
        "Researchers followed 210 adults with MS at three clinics for two years. Every six "
        "months, people filled in forms about their sleep and how tired they felt. No one was "
        "given a treatment. People who slept poorly felt more tired by the end of the study."
    ),
    "why_it_matters": (
        "Tiredness, also called fatigue, is a common problem in MS. This study suggests that "
        "poor sleep and tiredness may go together. Talk to your doctor or care team before you "
        "change your sleep habits or your care."
    ),
    "limitations": (
        "This study shows a link. It cannot show that poor sleep causes tiredness. Sleep was "
        "measured only with forms that people filled in. We do not know if better sleep would "
        "help."
    ),
}

FAILING = {
    "headline": "Groundbreaking research proves that insomnia is the definitive cause of fatigue",
    "what_the_study_did": (
        "Investigators conducted a comprehensive longitudinal multicentre evaluation "
        "characterising the relationship between self-reported nocturnal sleep disturbance "
        "and subsequent multidimensional fatigue trajectories among individuals diagnosed "
        "with demyelinating neuroinflammatory disease."
    ),
    "why_it_matters": (
        "These findings demonstrate conclusively that pharmacological optimisation of sleep "
        "architecture will substantially ameliorate fatigue in approximately 90 percent of "
        "individuals, representing a revolutionary therapeutic breakthrough."
    ),
    "limitations": (
        "Notwithstanding methodological considerations, the investigators consider the "
        "evidence sufficiently robust to recommend immediate implementation in routine "
        "clinical practice across all healthcare settings internationally."
    ),
}


def request_for(settings, paper: str = PAPER) -> DraftRequest:
    source = parse(paper)
    return DraftRequest(source=source, design=detect_design(source), settings=settings)


def run(coro):
    return asyncio.run(coro)
