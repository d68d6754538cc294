"""Words that must agree, broken by a swap or a half-done rewrite (plainsum.checks.
fluency_agreement): each broken sentence beside whole ones of the same shape that must pass."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems
from plainsum.checks.fluency_sentences import split_sentences


def _rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence,rule",
    [
        # one verb on both sides of its auxiliary
        ("Hospital deaths and time in hospital differ did not differ.", "doubled_verb"),
        ("Pain scores rise did not rise with the higher dose.", "doubled_verb"),
        ("The number of falls changed did not change over the year.", "doubled_verb"),
        # a past form after 'did not' or a modal
        ("The drug did not reduced the number of relapses.", "do_past"),
        ("Walking training may improved balance in the short term.", "do_past"),
        ("The trial does not included children.", "do_past"),
        # ... an irregular past too ("did not found" passed when only -ed was known)
        ("The second trial did not found any change in walking speed.", "do_past"),
        ("Brain scans may shown fewer new lesions after a year.", "do_past"),
        ("The drug didn't led to more infections than the dummy pill.", "do_past"),
        ("Most children could not understood the longer questions.", "do_past"),
        # a verb's -s form after a modal, a slip often copied from the paper
        ("The first idea may prevails over the second.", "modal_s"),
        ("A short walk each day can improves sleep.", "modal_s"),
        ("The cream might reduces itching in some people.", "modal_s"),
        ("This result should not changes practice yet.", "modal_s"),
        # 'a' or 'each' before a plural head; 'There were a' before one thing
        ("There were a clear treatment effects in favour of the dummy pill.", "singular_plural"),
        ("Most people noticed a small and uneven drops in tiredness.", "singular_plural"),
        ("Two people had an adverse reactions to the first dose.", "singular_plural"),
        ("There were a small benefit for memory at six months.", "singular_plural"),
        # a noun repeated in its own 'of' phrase
        ("Losing so many people may have biased the results of the result.", "of_itself"),
        ("Few studies used the same scales of the scales for pain.", "of_itself"),
        # a possessive opens a subject whose verb disagrees
        ("The patient's symptoms was gone after two days.", "subject_agreement"),
        ("Her fracture were slow to heal.", "subject_agreement"),
        # a second verb after 'and' that lost the -s its subject needs (two halves joined)
        (
            "The new compound promotes nerve repair in rats and support testing similar drugs "
            "in people.",
            "and_agreement",
        ),
        ("The cream lowers skin redness and reduce the need for steroid tablets.", "and_agreement"),
        ("This gel binds and block the receptor in the gut.", "and_agreement"),
    ],
)
def test_broken_agreement_is_found(sentence, rule):
    assert rule in _rules(sentence), sentence_problems(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb said once, or a different verb beside the auxiliary
        "Deaths and time in hospital did not differ.",
        "Whether people improve did not depend on their age.",
        "Most of the studies did not study the side effects.",
        "The study did not study side effects, and the test did not test memory.",
        # bare verbs after 'did not' and modals, also those that end in -ed
        "The drug did not need to be stopped.",
        "Doses should not exceed 20 mg a day.",
        "Nor did treated mice live longer.",
        # bare verbs that are also pasts ("put", "cut", "set"), and the bare form of irregulars
        "The nurses did not put the patches on the arm.",
        "The drug may cut the number of relapses.",
        "Doctors should not set the dose too high.",
        "The second trial did not find any change in walking speed.",
        "The drug did not lead to more infections.",
        "People who had stopped the drug may have found it hard to walk.",
        # a modal before an adverb, a bare verb, or in a question
        "The drug may sometimes cause headaches.",
        "Results can thus differ between clinics.",
        "The effect may always be small.",
        "How can adults with MS be helped to keep exercising?",
        "Which drugs might suit people who cannot swallow tablets was not studied.",
        "People may process words more slowly when tired.",
        # 'a' before a singular head, or a plural that is counted, named or owned
        "There was a clear effect in favour of the drug.",
        "There were a number of problems with the trials.",
        "There were a trial in France and a review of older work.",
        "There were a total of 40 people in the study.",
        "Doses were given every two weeks for a year.",
        "The effect lasted about one and a half days.",
        "Each works in a different way.",
        "Each contains 5 mg of the drug.",
        "A nurse increases the chances that people stop smoking.",
        "A new drug works in mice, but not yet in people.",
        "Vitamin A levels were low in both groups.",
        "An acute asthma attack results in coughing and a tight chest.",
        "As an animal embryo develops, its genes switch on and off.",
        "It was a parallel arms study, and two were crossover trials.",
        "They looked at a person's kidneys with a scan.",
        "It compared a high dose with a low one in every 100 people.",
        "The odds were higher with a statistically higher odds ratio in one trial.",
        "There was a trend towards fewer deaths.",
        # an opening phrase, then the subject; a subject, then its verb
        "In a large trial patients who took the drug did better.",
        "In a recent review researchers found little to go on.",
        "A single gene change accounts for most cases.",
        # an 'of' phrase that names something else
        "The results of the trial were clear.",
        "The best of the best trials were used.",
        # a plural subject with a plural verb after a possessive
        "The patient's symptoms were gone after two days.",
        "Her analysis was careful.",
        # a bare verb after 'and' that a modal, 'to', 'help' or a clause of its own licenses,
        # or a noun after 'and'
        "The new compound promotes nerve repair in rats and supports testing in people.",
        "The programme offers advice and support to carers.",
        "Yoga improves pain and sleep quality.",
        "The drug helps people stand and walk the length of a room.",
        "Walking aims to lower tiredness and improve the mood of people with MS.",
        "The cream can soften the scales and reduce the itching.",
        "The drug reaches cells that grow and divide the fastest.",
        "Nurses visit when families ask and explain the treatment plan.",
        "The 12 studies describe many settings and cover a range of outcomes.",
        "Some of the tests are expensive, take a long time and need training.",
    ],
)
def test_whole_sentences_pass(sentence):
    assert not _rules(sentence) & {
        "doubled_verb",
        "do_past",
        "modal_s",
        "singular_plural",
        "of_itself",
        "subject_agreement",
        "and_agreement",
    }, sentence_problems(sentence)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bracket after an abbreviation goes on the sentence
        ("We did an I.V. (injected) sugar test. It was quick.", 2),
        # a web address broken by a space is no sentence end
        ("They built Brainbase. org that holds 300 facts. It is free.", 2),
        # a real small-letter start is still split off, for the lower_start rule
        ("The trial ended. then the cells died.", 2),
    ],
)
def test_splitter_keeps_abbreviations_and_addresses(text, expected):
    assert len(split_sentences(text)) == expected, split_sentences(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Adults classified as heavy drinkers was 31% and 9.5%.",
        "Mothers who took the tablets before week ten was about 40 in each group.",
        "Children carrying the risk variant was no more common than in their brothers.",
        "Women aged over 70 was 18%.",
    ],
)
def test_bare_plural_given_a_figure_with_was_is_broken(sentence):
    assert "bare_plural_was" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Adults whose drinking score was 8 or more slept less.",
        "Mothers who stopped after the tablet was 10 weeks old felt no worse.",
        "Children said the pain was 30% lower after the cream.",
        "The share of adults classified as heavy drinkers was 31%.",
        "Adults classified as heavy drinkers were 31% of those asked.",
        "Diabetes in older women was 12% more common in the towns.",
    ],
)
def test_bare_plural_with_its_own_clause_or_measure_passes(sentence):
    assert "bare_plural_was" not in _rules(sentence)
