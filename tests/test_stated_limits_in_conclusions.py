"""A limit the authors state in their conclusions, in ordinary words, is a limitation of the study,
not what the finding means: "This was a small study in one country, and its findings may not
apply elsewhere"; "Because the control group was a waiting list, part of the benefit may come
from expecting help". Left as conclusions they were drafted under why it matters (two
hand-written MS abstracts). A finding that is small is no limit ("It was a small effect")."""

import pytest

from plainsum.ingest import parse
from plainsum.plain.sentences import Role, classify, names_a_limit

_HEADED = (
    "Objective: To test whether a walking app helps people with MS walk more.\n"
    "Methods: We randomly assigned 90 adults with MS to the app or to usual care for 12 weeks.\n"
    "Results: Daily steps rose more with the app than with usual care.\n"
    "Conclusions: A walking app helped people with MS walk more. {limit}"
)


@pytest.mark.parametrize(
    "limit",
    [
        "This was a small study in one country, and its findings may not apply elsewhere.",
        "Because the control group got nothing, part of the benefit may come from expecting help.",
        "It was a short pilot study, so the results need confirming.",
        # ordinary words of blinding, randomisation, length, assumptions and unmeasured
        # differences (the lead's hand-written abstracts of stop 55)
        "The study was short and people could tell which treatment they had, so they were not "
        "blinded.",
        "Because the follow-up phase was not randomised or blinded, the comparisons are less sure.",
        "The model relies on assumptions about how long the benefit lasts.",
        "People who used the app may have been fitter in ways not captured by our data.",
        "Because the study was observational, it cannot show that the app caused the change.",
        "As a qualitative study of 20 people, it describes views, not how common they are.",
        "The small number of women limits the precision of these estimates.",
    ],
)
def test_a_stated_limit_in_the_conclusions_is_a_limitation(limit):
    sentences = classify(parse(_HEADED.format(limit=limit)))
    said = next(s for s in sentences if s.text == limit)
    assert said.role == Role.LIMITATION


@pytest.mark.parametrize(
    "finding",
    [
        "It was a small effect, but it lasted for a year.",
        "This was a small improvement in walking speed.",
        "The benefit came from walking more each day.",
        "The study was done in three countries.",
        "Steps were recorded by the app every day.",
    ],
)
def test_a_small_finding_is_no_limit(finding):
    assert not names_a_limit(finding)
