"""Grammar a cut or a swap broke (plainsum.checks.fluency_grammar), judged by which word may
stand where: each broken sentence beside whole ones of the same shape that must pass."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems, text_problems


def _rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence,rule",
    [
        # a number above one before a singular noun, where a swap lost the plural
        ("All six trial was judged to be at high risk of bias.", "number_agreement"),
        ("The reviewers found 12 study with 800 children.", "number_agreement"),
        ("Both group were given the same diet for a year.", "number_agreement"),
        ("We could not tell whether one of these treatment was better.", "number_agreement"),
        # 'the' or 'a' straight before a word no noun phrase opens with
        ("The test reads the on the outside of the packets.", "determiner_break"),
        ("Scores were lower in the with the new dressing.", "determiner_break"),
        ("None of the children or the harmless.", "determiner_break"),
        ("The gel was tested on the rats and their useful.", "determiner_break"),
        # a verb stranded at the end by a cut
        ("People on the drug remembered more words after hearing it was.", "stranded_aux"),
        ("The trial took in 40 adults who could stand were.", "stranded_aux"),
        # the same verb earlier in the same clause is no ellipsis: words were left from a cut
        ("Parents want to know whether the jab is safe for babies is.", "stranded_aux"),
        # a subject and its verb that disagree; a verb that lost its object
        ("The trial were too small to show a difference.", "subject_agreement"),
        ("The studies was all run in one country.", "subject_agreement"),
        # a singular subject after "no", its verb plural: a swap of "no differences"
        ("For pain, no clear difference were found between the two drinks.", "subject_agreement"),
        ("No weight change were seen in the mice given the extract.", "subject_agreement"),
        ("They measured, a protein found in the blood.", "cut_object"),
        # a relative clause whose verb was cut
        ("They followed 20 people who for more than ten years on average.", "verbless_relative"),
        ("They found eight trials with 600 people, which.", "verbless_relative"),
        # the main verb cut after a subject's own clause
        ("Women who slept less than six hours more likely to gain weight.", "no_main_verb"),
        ("Children who ate the diet for a year fewer seizures than before.", "no_main_verb"),
        # a count of people and their clause, copied from a "Participants:" line
        ("2,310 adults with MS who began one of four drugs between 2016 and 2021.", "no_main_verb"),
        ("Some 640 women who stopped their drug before pregnancy.", "no_main_verb"),
        # a subject whose verb was cut: a number is no verb, a participle after its noun is none
        ("The reviewers seven trials with 510 people in total.", "no_verb"),
        ("A band worn on the wrist their pulse day and night.", "no_verb"),
    ],
)
def test_broken_grammar_is_found(sentence, rule):
    assert rule in _rules(sentence), sentence_problems(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # numbers that name or measure, plurals without an -s, pronoun 'these'
        "Only two out of the seven studies blinded the people taking part.",
        "Bias was judged with the RoB 2 tool in all trials.",
        "The 2015 update found no new trials.",
        "A larger phase 3 trial is now planned.",
        "Two of the children had stage 2 disease in the first year.",
        "The most common serious event was a grade 3 rash in one person.",
        "These data were too few to pool.",
        "Both were given the same diet, and these may explain the result.",
        "Twenty five of the studies were small.",
        "Each session lasted 45 min in both groups.",
        "Four percent of the women stopped early.",
        "These work by calming the immune system.",
        # irregular and collective plurals, 'series'; an aside after the verb's comma
        "The women were given the pill for three months.",
        "The team were told which arm each person was in.",
        "The series was stopped early.",
        # 'no' before a plural head, or before a phrase whose head comes later
        "No signs of infection were seen in the babies.",
        "No serious side effects were reported in either arm.",
        "No clinically important changes were found.",
        "No staff were told who had the real pill.",
        "Trials against a dummy pill or no treatment were looked for.",
        "Places with little or no insect control are most at risk.",
        "They found, however, that the drug helped.",
        # a determiner before a Latin phrase, a letter or a hyphenated word
        "The in vitro tests were repeated in mice.",
        "People low in vitamin A in the first year were followed up.",
        "The on-treatment analysis gave the same answer.",
        "Why is this important?",
        "It helps the young and the elderly.",
        # a verb that may end the sentence
        "The closer the score is to 100, the more accurate the test is.",
        "Although the patients were not masked, the assessors were.",
        "The nurses were told which pill each child took but the parents were.",
        "Nobody knew how serious the problem was.",
        "The drug worked better than we thought it was.",
        "Neither they nor their doctors knew who got which.",
        # whole relative clauses, and main verbs a clause leaves whole
        "People who, like her, had taken the drug for years did better.",
        "The trial included 14 people aged 10 to 48 who could walk.",
        "People who napped for longer were more likely to have diabetes.",
        "2,310 adults with MS who began one of four drugs took part.",
        "85 children who had a first attack before the age of 12 were followed for ten years.",
        "1,200 people who took the drug had fewer relapses than those who did not.",
        "People who smoke often tire more quickly.",
        "Of the labs that took part, only one genotyped samples.",
        "Women who breastfeed their babies cut the risk of infection.",
        "Those who did not improve stopped the drug.",
        "A sensor placed on the arm recorded blood sugar day and night.",
        # a count that is the subject of its own verb, joined to another clause
        "Over five years, 640 people kept smoking and 410 quit.",
        "Of the 90 people offered the course, 70 finished and 20 left.",
    ],
)
def test_whole_sentences_pass(sentence):
    assert sentence_problems(sentence) == [], sentence_problems(sentence)


def test_the_headline_is_not_held_to_the_clause_rules():
    """A headline may be a label ("Drug users who quit smoking: better sleep"); the number
    and determiner rules still hold. A headline whose only verb is in its relative clause has
    no main verb: relative_only (plainsum.checks.relative_only_verb) names it, no clause rule."""
    assert text_problems("Drug users who quit smoking: better sleep", verb_rule=False) == []
    rules = {
        p.rule
        for p in text_problems("People who quit smoking more likely to sleep well", verb_rule=False)
    }
    assert rules == {"relative_only"}
    headline = "Nine trial with 900 people show the drug helps"
    rules = {p.rule for p in text_problems(headline, verb_rule=False)}
    assert rules == {"number_agreement"}


AUX_ENDINGS = [
    "The results were.",
    "That is what the drug is!",
    "The trial was small, and so were.\n",
    "Nobody knew how big the effect was.  ",
    "It was. Then",
    "This is it.",
    "The change was large…”",
    "Treatment with it is.)",
    "Several were",
    "This.",
    "",
    "...",
    "People who took it were_",
]


@pytest.mark.parametrize("sentence", AUX_ENDINGS)
def test_the_quick_aux_test_never_rules_out_a_match(sentence):
    from plainsum.checks.fluency_grammar import _END_AUX, may_end_on_aux

    if _END_AUX.search(sentence):
        assert may_end_on_aux(sentence)


def test_the_quick_aux_test_on_random_endings():
    import random

    from plainsum.checks.fluency_grammar import _END_AUX, may_end_on_aux

    rng = random.Random(5)
    pieces = [
        "It",
        " ",
        "was",
        "were",
        "is",
        "are",
        "this",
        ".",
        "!",
        "?",
        "\n",
        ")",
        "’",
        "_",
        "x",
    ]
    ruled_out = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if not may_end_on_aux(text):
            ruled_out += 1
            assert _END_AUX.search(text) is None, text
    assert ruled_out > 1000  # the test rules something out
