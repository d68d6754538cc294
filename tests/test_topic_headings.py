"""A subheading run into its sentence when the source's line breaks were lost ("Overall survival
Treatment with X probably ..."): the heading is dropped, the sentence kept whole; a sentence
that only opens like one keeps every word."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import strip_label


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # the heading names the outcome the sentence reports on
        (
            "Overall survival Treatment with rituximab probably increases overall survival "
            "compared with chemotherapy alone.",
            "Treatment with rituximab probably increases overall survival compared with "
            "chemotherapy alone.",
        ),
        (
            "Quality of life Treatment with the drug may slightly improve quality of life at "
            "one year.",
            "Treatment with the drug may slightly improve quality of life at one year.",
        ),
        (
            "Adverse effects Headache and nausea were the most common adverse effects.",
            "Headache and nausea were the most common adverse effects.",
        ),
        # singular and plural are one topic
        (
            "Relapses Relapse rates were lower with the injections in two trials.",
            "Relapse rates were lower with the injections in two trials.",
        ),
        (
            "Spasms Spasm scores did not differ between the groups.",
            "Spasm scores did not differ between the groups.",
        ),
        # a bracketed aside on the heading goes with it
        (
            "Fatigue (self-reported) Exercise probably reduces fatigue after 12 weeks.",
            "Exercise probably reduces fatigue after 12 weeks.",
        ),
        # a section's name, in any case, before a sentence that opens in small letters
        (
            "RESULTS Twelve clinics took part in the survey.",
            "Twelve clinics took part in the survey.",
        ),
        ("Background Spasticity is common in people with MS.", None),
        # a count of trials past twelve after a heading
        (
            "Balance outcomes Seventeen trials compared exercise with usual care.",
            "Seventeen trials compared exercise with usual care.",
        ),
    ],
)
def test_a_topic_heading_run_into_its_sentence_is_dropped(text, out):
    if out is None:  # the section-name rule: the sentence after it, whatever its topic
        assert strip_label(text) == "Spasticity is common in people with MS."
        return
    assert strip_label(text) == out


@pytest.mark.parametrize(
    "text",
    [
        # a name in capitals the phrase runs into, not a heading: the topic is not said again
        "Traditional Chinese herbs eased pain in three small trials.",
        "Pure Prevention cohorts showed a small effect on smoking.",
        # a phrase that opens a sentence of its own
        "Most Chinese herbal teas in the trials had effects like the usual drugs.",
        "Using Cox models we found that relapses were fewer with the drug.",
        "The World Health Organization recommends the drug for children.",
        "Although Rheum extract does not cause harm, its benefit is unclear.",
        # the heading's words would hold an article or a verb: a sentence
        "Results of the first scan Lesion counts were lower than at the start.",
        "Patients taking Vitamin tablets had fewer relapses than the others.",
        # a code in capitals after the capital word: a name, not a sentence's start
        "Carriers with Positive ALPL variants showed lower ALP levels.",
        # no verb after the heading: nothing to keep whole
        "Overall survival Treatment with rituximab for five years.",
    ],
)
def test_a_sentence_that_only_opens_like_a_heading_keeps_every_word(text):
    assert strip_label(text) == text
