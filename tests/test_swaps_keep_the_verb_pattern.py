"""Issue 9 (word swaps that break a verb's pattern or a noun's number): "identify X as a
candidate" is no "find X as a candidate"; "diagnostic accuracy" is no "diagnosis accuracy"; a
singular noun ending in -is ("analysis") takes a singular plain phrase ("a pooled analysis was
done"). Sentences written for these tests (plain/term_places.py, plain/swap_grammar.py,
data/glossary.tsv)."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a verb that takes "X as Y" keeps its own word
        (
            "These findings identify the new pill as a candidate for further trials.",
            "These findings identify the new pill as a candidate for further trials.",
        ),
        ("Smoking was identified as a risk factor.", "Smoking was identified as a risk factor."),
        (
            "The gene has been implicated as a cause of nerve damage.",
            "The gene has been implicated as a cause of nerve damage.",
        ),
        # no "as" after the object: the plain verb fits
        ("We identified 14 trials.", "We found 14 trials."),
        (
            "The team identified three genes linked to MS.",
            "The team found three genes linked to MS.",
        ),
        (
            "We identified 12 studies as well as two reports.",
            "We found 12 studies as well as two reports.",
        ),
        # "diagnostic" is an adjective: no noun in its place
        ("Diagnostic accuracy was high.", "Diagnostic accuracy was high."),
        ("The diagnostic test missed few cases.", "The diagnostic test missed few cases."),
        # a singular noun that ends in -is takes a singular phrase
        ("A meta-analysis was done.", "A pooled analysis was done."),
        ("The meta-analysis found no clear effect.", "The pooled analysis found no clear effect."),
    ],
)
def test_a_swap_keeps_the_pattern_of_its_sentence(text: str, plain: str) -> None:
    assert plain_words(text) == plain


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the researchers' finding, or a passive: "found ... to be" keeps the pattern
        (
            "We identified 60 proteins as partners of the virus protein.",
            "The researchers found 60 proteins to be partners of the virus protein.",
        ),
        ("Smoking was identified as a risk factor.", "Smoking was found to be a risk factor."),
        (
            "Two genes were identified as causes of the disease.",
            "Two genes were found to be causes of the disease.",
        ),
        # results that identify: no "find X to be" for them; the word stays (the study's own
        # results, not a pointer: "The results")
        (
            "These results identify the pill as a candidate.",
            "The results identify the pill as a candidate.",
        ),
        # "as well as" is no "as" of the verb's pattern
        (
            "We identified 12 trials as well as two reports.",
            "The researchers found 12 trials as well as two reports.",
        ),
    ],
)
def test_identified_as_is_found_to_be(text: str, said: str) -> None:
    from plainsum.plain.simplify import rewrite

    assert rewrite(text) == said


def test_as_a_result_is_no_as_of_the_verb() -> None:
    from plainsum.plain.simplify import rewrite

    text = "The review authors identified no harms as a result of the training."
    assert rewrite(text) == "The review authors found no harms as a result of the training."


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # an active "randomly assigned X to Y" keeps its object and its "to"
        (
            "We randomly assigned 60 adults to a cooling vest or a fan.",
            "We used chance to assign 60 adults to a cooling vest or a fan.",
        ),
        (
            "We randomised 40 children to the new drops or the old drops.",
            "We used chance to assign 40 children to the new drops or the old drops.",
        ),
        # the passive says it as before
        ("Adults were randomly assigned.", "Adults were put into groups by chance."),
        # "received a diagnosis of X" is "were diagnosed with X", never "diagnosed of"
        (
            "Of 90 people, 40 received a diagnosis of MS.",
            "Of 90 people, 40 were diagnosed with MS.",
        ),
    ],
)
def test_a_swap_keeps_the_verb_s_object_and_preposition(text, plain):
    assert plain_words(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # "correlated with" as the sentence's own verb: "linked with" would leave no verb
        (
            "Our data show that brief versus lasting activation of the pathway correlated "
            "with different effects on the cells.",
            "Our data show that brief versus lasting activation of the pathway correlated "
            "with different effects on the cells.",
        ),
        (
            "The drop in pain strongly and inversely correlated with better hand function.",
            "The drop in pain strongly and inversely correlated with better hand function.",
        ),
        (
            "Fatigue was linked with low mood, and pain correlated with poor sleep.",
            "Fatigue was linked with low mood, and pain correlated with poor sleep.",
        ),
        # after a form of "be" (adverbs between) or with its own object, "linked" is whole
        (
            "Fatigue scores were strongly correlated with sleep quality.",
            "Fatigue scores were strongly linked with sleep quality.",
        ),
        (
            "Fatigue scores were independently and negatively correlated with sleep quality.",
            "Fatigue scores were independently and negatively linked with sleep quality.",
        ),
        (
            "Brain volume was not correlated with walking speed.",
            "Brain volume was not linked with walking speed.",
        ),
        # a second participle shares the first one's "were"
        (
            "Gene counts were negatively correlated with iron and positively correlated with "
            "enzyme levels.",
            "Gene counts were negatively linked with iron and positively linked with enzyme "
            "levels.",
        ),
        (
            "Earlier studies have correlated reading skills with musical ability.",
            "Earlier studies have linked reading skills with musical ability.",
        ),
    ],
)
def test_an_intransitive_correlated_keeps_its_word(text: str, plain: str) -> None:
    assert plain_words(text) == plain
