"""Edges of the gate's checks that a mutation run (bench/mutation.py, issue 13; checks/ sampled
with seed 21) showed could change without any test failing: a boundary (>= against >), a
slice, a branch no test reached, the words of a finding. Each test says what it guards.

Sentences are written for these tests. They pin behaviour the checks already have; they do not
change what a check decides.
"""

from __future__ import annotations

import pytest
from gate_texts import OBS_SOURCE, OBS_SUMMARY, edit

from plainsum.checks.abbreviation_senses import paper_sense
from plainsum.checks.abbreviations import (
    _as_abbreviation,
    _defined,
    check_abbreviations,
    wrong_expansions,
)
from plainsum.checks.counts import counted, unit_of
from plainsum.checks.counts_misplaced import misplaced_counts
from plainsum.checks.faithfulness import (
    check_faithfulness,
    name_candidates,
    numbers_in,
    unsupported_names,
    unsupported_numbers,
)
from plainsum.checks.fluency import (
    check_fluency,
    sentence_problems,
    text_problems,
)
from plainsum.checks.fluency_words import article, more_er
from plainsum.checks.half_replaced import half_replaced
from plainsum.checks.jargon import Term, check_jargon, find_terms
from plainsum.checks.long_forms import same_long_form, summary_expansions
from plainsum.checks.markup import check_markup
from plainsum.checks.overreach import overreach
from plainsum.checks.readability import check_readability
from plainsum.checks.shape import check_shape
from plainsum.checks.verbs import has_verb
from plainsum.design import StudyDesign
from plainsum.evidence import stem
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

RISK_RATIO = (
    "Relapses were fewer with the new drug than with placebo (RR 0.82, 95% CI 0.70 to 0.95). "
    "Disability did not change."
)


def _summary(**sections: str) -> PlainSummary:
    """A summary with plain filler in every section not given."""
    base = {
        "headline": "A drug cut relapses in people with MS",
        "what_the_study_did": "Researchers gave a drug to adults with MS and counted relapses.",
        "why_it_matters": "Fewer relapses may help people with MS. Talk with your care team.",
        "limitations": "The study was short. It did not look at long-term effects.",
    }
    return PlainSummary(**{**base, **sections})


# --- abbreviations ---------------------------------------------------------------------------


def test_a_five_letter_word_in_capitals_is_shouting_not_an_abbreviation():
    """Guards SHOUTED_WORD_LETTERS as a bound that includes five letters ('STUDY' is a heading
    left in the text, 'STUDIES' too)."""
    assert _as_abbreviation("STUDY") is None
    assert _as_abbreviation("TRIAL") is None
    assert _as_abbreviation("EDSS") == "EDSS"  # four letters: an abbreviation


def test_a_plural_abbreviation_finds_the_papers_singular_definition():
    """Guards _defined's third key: the summary writes 'AEDs', the paper defines 'AED'."""
    assert _defined("AEDs", {"AED": "antiepileptic drug"}) == "antiepileptic drug"
    assert _defined("AED", {"AEDs": "antiepileptic drugs"}) == "antiepileptic drugs"
    assert _defined("AED", {"MS": "multiple sclerosis"}) is None


def test_long_forms_of_only_small_words_are_not_the_same():
    """Guards same_long_form's empty case: a long form that is nothing but small words says
    nothing, so it matches nothing (not even itself)."""
    assert not same_long_form("of the", "risk ratio")
    assert not same_long_form("risk ratio", "the")
    assert not same_long_form("of the", "of the")


def test_an_abbreviation_after_a_long_form_and_a_comma_is_read():
    """Guards the '(long form, SF value)' reading of summary_expansions."""
    text = "Fewer relapses (relapse rate, RR 0.72) were seen."
    assert summary_expansions(text) == {"RR": "relapse rate"}


def test_a_long_form_the_paper_itself_uses_is_not_a_wrong_expansion():
    """Guards the paper's own words, compared in lower case: the paper says
    'Relapsing-Remitting', so the summary's 'relapsing-remitting' is not RR spelled out."""
    summary = "The relapsing-remitting was lower in people on the new drug."
    assert [w.short for w in wrong_expansions(RISK_RATIO, summary)] == ["RR"]
    source = RISK_RATIO + " Everyone had Relapsing-Remitting disease."
    assert wrong_expansions(source, summary) == []


def test_a_wrong_expansion_names_what_the_paper_means():
    """Guards the paper's sense in a WrongExpansion found from the context of its uses, and
    the finding's words and section."""
    source = "Smokers progressed faster (HR 1.45, 95% CI 1.12 to 1.88)."
    found = wrong_expansions(source, "The heart rate (HR) was higher in smokers.")
    assert [(w.short, w.written, w.paper) for w in found] == [("HR", "heart rate", "hazard ratio")]
    summary = _summary(what_the_study_did="The heart rate (HR) was higher in smokers.")
    (finding,) = check_abbreviations(source, summary)
    assert finding.section == "what_the_study_did" and finding.span == "heart rate"
    assert (
        finding.message == "'heart rate' spells out HR, but in the paper HR means 'hazard ratio'."
    )
    assert finding.hint == "Write what the paper means: 'hazard ratio', in plain words if needed."


# --- faithfulness ----------------------------------------------------------------------------


def test_a_number_after_a_rare_word_and_a_hyphen_is_a_number():
    """Guards the word read before a hyphen in _in_name: the whole word ('type', not 'typ'),
    so 'type-2' is a word and a number, not a name."""
    assert numbers_in("People with type-2 diabetes took part.") == {"2"}


def test_an_abbreviation_explained_after_it_is_supported_by_the_papers_long_form():
    """Guards 'ABBR (long form)' in _long_forms: the summary's TNF is the paper's cachectin
    (a name whose letters do not spell TNF: a paper that spells it supports it anyway)."""
    source = "Cachectin was measured in blood."
    assert unsupported_names(source, "TNF (cachectin) was lower.") == []
    assert unsupported_names(source, "TNF was lower.") == ["TNF"]


def test_a_plural_name_is_supported_by_the_papers_singular():
    """Guards the plural in _supported: the summary's 'Tregs', the paper's 'Treg cells'."""
    assert name_candidates("The Tregs went up.") == {"Tregs"}
    assert unsupported_names("Treg cells were counted.", "The Tregs went up.") == []


def test_a_plural_abbreviation_is_a_name_without_its_s():
    """Guards the plural 's' dropped from a name in capitals ('TLRs' -> 'TLR')."""
    assert name_candidates("Two TLRs were blocked.") == {"TLR"}


def test_an_unknown_name_finding_says_what_to_write_instead():
    """Guards the words of the faithfulness finding for a name the paper lacks."""
    summary = edit(OBS_SUMMARY, why_it_matters="Some people with MS take ocrelizumab.")
    (finding,) = [f for f in check_faithfulness(OBS_SOURCE, summary) if "name" in f.message]
    assert finding.message == "The name 'ocrelizumab' is not in the source."
    assert finding.hint == (
        "Name only drugs, genes and proteins the paper names; otherwise say what it is in plain "
        "words (for example 'a drug' or 'a protein')."
    )


# --- counts ----------------------------------------------------------------------------------

REVIEW = parse(
    "Exercise and fatigue in multiple sclerosis: a review\n\n"
    "We searched four databases for trials of exercise for fatigue. Five studies involving "
    "3231 people met our criteria. Exercise reduced fatigue a little compared with no exercise, "
    "and the evidence was of low certainty overall."
)


def test_a_number_paired_with_the_count_before_it_is_checked_from_either_side():
    """Guards the partner before a number in misplaced_counts: in 'five trials with 1169
    people' the 1169 is read against the five before it (the paper pairs five with 3231)."""
    found = misplaced_counts("Five trials with 1169 people were pooled.", REVIEW)
    assert [(written, paper) for written, _, paper in found] == [("1169", "3231 with 5")]
    found = misplaced_counts("The review pooled 1169 people from five trials.", REVIEW)
    assert [(written, paper) for written, _, paper in found] == [("1169", "3231 with 5")]


def test_a_counted_noun_may_follow_an_abbreviation_in_capitals():
    """Guards counted(): a capital letter after the number still starts what it counts."""
    text = "We saw 12 MS patients at the clinic."
    assert counted(text, text.index("12") + 2) == "patients"


@pytest.mark.parametrize(
    "text, unit",
    [
        ("12 people took part", "class:adult"),  # a kind of thing: people
        ("12 weeks later", stem("weeks")),  # a time unit
        ("40 procedures were done", stem("procedures")),  # any other counted noun
        ("40% of them", "%"),
        ("12 of them", None),  # says nothing about what it counts
        ("12", None),  # nothing after the number at all
    ],
)
def test_what_a_number_measures(text, unit):
    """Guards unit_of, the key two numbers must share to be compared."""
    assert unit_of(text, len(text.split()[0].rstrip("%")), 0) == unit


# --- fluency ---------------------------------------------------------------------------------


def test_what_it_is_is_whole_english_at_the_start_of_a_sentence():
    """Guards the 'how'/'what' exception of the broken-join rule in any case: 'How effective
    it is was ...' is whole (if rare) English, as it is in lower case."""
    assert sentence_problems("How effective it is was not clear to the team.") == []


def test_a_capitalised_word_after_a_plural_subject_is_not_its_verb():
    """Guards the name exception of _plural_subject_verb: 'Many textbooks Name ...' has no
    verb ('Name' inside a sentence is a name), where 'Many textbooks name ...' has one."""
    assert has_verb("Many textbooks name amantadine as a choice.")
    assert not has_verb("Many textbooks Name amantadine as a choice.")


def test_a_past_form_after_a_preposition_can_be_the_verb():
    """Guards has_verb's generosity after a preposition: an -ed word there may be the verb,
    so the sentence is not called a fragment."""
    assert has_verb("Scores in treated mice.")


@pytest.mark.parametrize(
    ("gap", "verb"),
    [
        (" ", True),
        ("\u00a0", True),
        (", ", False),
        (",", False),
        (",\u00a0", False),
        (",\u2009", False),
        (",\n", False),
        (",   ", False),
        ("; ", False),
        (" (", False),
        (" ,x ", False),
    ],
)
def test_a_participle_after_a_comma_is_no_verb(gap: str, verb: bool) -> None:
    """Guards has_verb's comma test (a comma, semicolon or bracket before a word, whatever
    whitespace follows it: any character str.isspace knows): 'Never worn' has its verb, 'Never,
    worn' is a participle set apart by the comma."""
    assert has_verb(f"Never{gap}worn on the body.") is verb
    assert has_verb(f"Sensors already{gap}worn on the body.") is verb


def test_more_and_a_short_adjective_after_a_copula():
    """Guards more_er's copula: 'was more hard for them' must be 'harder'; 'did more hard
    work' is a different 'more'."""
    assert more_er("The task was more hard for them.") == "more hard"
    assert more_er("They did more hard work.") is None


def test_ewe_starts_with_a_consonant_sound():
    """Guards the 'ewe' case of the a/an rule."""
    assert article("They kept a ewe in the barn.") is None
    assert article("They kept an ewe in the barn.") == "an ewe"


# --- jargon, markup, readability ---------------------------------------------------------------


def test_a_statistic_replaces_the_learned_phrase_it_starts_with():
    """Guards find_terms: a statistic ('standardised mean differences') takes the place of a
    shorter term found at the same start ('Standardised mean'), and it is very rare."""
    assert find_terms("Standardised mean differences were small.") == [
        Term("Standardised mean differences", 0, True)
    ]


def test_a_jargon_finding_says_it_is_not_explained():
    """Guards the words of the jargon finding."""
    summary = _summary(what_the_study_did="Researchers measured the interquartile range.")
    (finding,) = [f for f in check_jargon(summary) if f.span == "interquartile range"]
    assert finding.message == (
        "'interquartile range' is a technical term a lay reader may not know, and it is not "
        "explained where it is first used."
    )


def test_a_reference_style_link_is_checked():
    """Guards reference-style Markdown links ('[paper]: URL') in check_markup."""
    summary = _summary(limitations="[paper]: ftp://example.org/paper is where this comes from.")
    (finding,) = check_markup(summary, "A paper with no address in it.")
    assert finding.span == "ftp://example.org/paper" and finding.section == "limitations"


def test_the_grade_hint_ends_with_where_to_start():
    """Guards the last words of the reading-level hint."""
    hard = (
        "Quantitative polymerase chain reaction demonstrated substantially elevated "
        "intracellular viral genome concentrations following inoculation of cultures."
    )
    summary = _summary(what_the_study_did=hard)
    (grade,) = [f for f in check_readability(summary, grade_target=8) if "Flesch" in f.message]
    assert grade.hint.endswith(
        "syllables per word. Start with the hardest sentence; keep every sentence whole."
    )


# --- support ---------------------------------------------------------------------------------

CAUSE = "The study found that low vitamin D causes relapses in people with MS."


@pytest.mark.parametrize(
    "design, flagged",
    [
        (StudyDesign.OBSERVATIONAL, True),  # a link stated as a cause
        (StudyDesign.TRIAL, False),  # a trial may show a cause
        (StudyDesign.UNKNOWN, False),
    ],
)
def test_cause_words_are_overreach_only_in_an_observational_study(design, flagged):
    """Guards the design condition of overreach's cause rule."""
    assert (overreach(CAUSE, design, []) is not None) is flagged


def test_cause_words_need_a_stated_finding_to_be_overreach():
    """Guards STUDY_CLAIM in overreach: a cause said as background is not a claim of the
    study's."""
    assert overreach("Low vitamin D causes relapses.", StudyDesign.OBSERVATIONAL, []) is None


def test_a_moved_number_is_quoted_briefly():
    """Guards the quote in the moved-number finding: at most 40 characters from the number."""
    from test_checks_support import CLEAN_COHORT, COHORT, _findings

    moved = "Researchers followed 6 adults with MS at two clinics for 3 years."
    edited = CLEAN_COHORT.what_the_study_did + " " + moved
    messages = [f.message for f in _findings(COHORT, CLEAN_COHORT, what_the_study_did=edited)]
    quotes = [m.split(" ('", 1)[1].split("' in '")[0] for m in messages if " ('" in m]
    assert quotes and all(q.startswith("6 adults with MS") and len(q) <= 40 for q in quotes)


def test_one_and_once_start_with_a_consonant_sound():
    """Guards the 'one'/'once' case of the a/an rule ('one-year' is read by its first part)."""
    assert article("It was an one-year study.") == "an one-year"
    assert article("It was a one-year study.") is None
    assert article("They took a once-daily pill.") is None


def test_the_context_of_a_use_reaches_the_start_of_the_paper():
    """Guards paper_sense's window at the very start of the text: 'Heart' is its first word."""
    sense = paper_sense("HR", "Heart strain raised the HR of the runners.", {})
    assert sense is not None and sense.long_forms[0] == "heart rate"


def test_a_decimal_of_the_paper_may_be_rounded():
    """Guards the roundings of a source's decimals (half up, to 1 and to 0.1)."""
    source = "Sleep lasted 41.36 hours in all."
    assert unsupported_numbers(source, "Sleep lasted about 41 hours, or 41.4 hours.") == []
    assert unsupported_numbers(source, "Sleep lasted 42 hours.") == ["42"]


def test_because_of_opens_a_whole_sentence():
    """Guards the 'because of' exception of the dangling-clause rule: a preposition, not a
    clause, so no comma is needed."""
    assert sentence_problems("Because of the drug the relapses fell.") == []
    assert [p.rule for p in sentence_problems("Because the drug worked.")] == ["dangling_clause"]


def test_a_list_marker_finding_says_what_to_do():
    """Guards the words of the list_debris problem."""
    (problem,) = sentence_problems("The groups were i) adults and ii) children.")
    assert problem.rule == "list_debris" and problem.span == "i)"
    assert problem.hint == "Drop the marker and write the items as a sentence."


def test_an_overreach_finding_says_how_to_hedge():
    """Guards the words of the overreach finding."""
    from test_checks_support import CLEAN_COHORT, COHORT, _findings

    edited = CLEAN_COHORT.what_the_study_did + " " + CAUSE
    found = [f for f in _findings(COHORT, CLEAN_COHORT, what_the_study_did=edited)]
    (finding,) = [f for f in found if f.check == "overreach"]
    assert finding.message == (
        f"Overreach: {CAUSE!r} uses cause words ('causes') for what this study can only show "
        "as a link."
    )
    assert finding.hint == (
        "Say what was found and where (in cells, in mice, a link in people), with 'may' where "
        "it is not yet shown."
    )


def test_every_use_of_a_swapped_phrase_is_read():
    """Guards half_replaced's walk through the text from its first use of a phrase: the
    broken use comes first here, a right one after it. The finding quotes the span."""
    text = (
        "Stiff muscles is a common problem in MS. Many people say stiff muscles are hard to "
        "live with."
    )
    (problem,) = half_replaced(text, "Spasticity is common in MS.")
    assert problem.span == "Stiff muscles is"
    assert problem.message == (
        "'Stiff muscles is': a plural phrase put in for 'spasticity' with a singular verb."
    )


# Every fluency rule, word for word: what a reader of the gate's report sees for each.
FLUENCY_RULES = [
    (
        "the drug helped some people.",
        "lower_start",
        "the drug helped some people.",
        "A sentence starts with a small letter.",
        "Start each sentence with a capital, or join it to the one before.",
    ),
    (
        "The drug helped people with the.",
        "function_word_end",
        "the",
        "A sentence ends on 'the', so something is missing after it.",
        "Finish the sentence, or cut it back to a whole thought.",
    ),
    (
        "The the drug helped.",
        "doubled_word",
        "The the",
        "The word 'The' is doubled.",
        "Delete one of them.",
    ),
    (
        "The drug is was helpful.",
        "broken_join",
        "is was",
        "'is was' cannot stand together: two pieces of sentences were joined.",
        "Rewrite the sentence as one whole thought.",
    ),
    (
        "A drug for people.",
        "no_verb",
        "A drug for people.",
        "A sentence has no verb: it is a fragment.",
        "Say what happened or what was found, with a verb.",
    ),
    (
        "Which was the case.",
        "dangling_clause",
        "Which",
        "A sentence is only a 'Which' clause, with no main clause.",
        "Join it to the sentence it belongs to, or rewrite it.",
    ),
    (
        "However, the drug helped.",
        "opening_connective",
        "However",
        "The section opens with 'However', which refers back to nothing before it.",
        "Start the section with its own point; drop the linking word.",
    ),
    (
        "The drug (a pill helped people.",
        "unbalanced",
        "(",
        "A '(' is opened or closed without its partner.",
        "Close the bracket or quote, or remove it.",
    ),
    (
        "They gave an unit of blood.",
        "article",
        "an unit",
        "'an unit': 'a' or 'an' does not fit the sound of the next word.",
        "Use 'an' before a vowel sound ('an hour', 'an MRI'), 'a' before others ('a unit').",
    ),
    (
        "One trials showed it.",
        "one_plural",
        "one trials",
        "'one trials': 'one' before a plural noun.",
        "Make the noun singular, or change 'one' to the right number.",
    ),
    (
        "Doctors want to Help people.",
        "capital_verb",
        "to Help",
        "'to Help': a verb with a capital letter in the middle of a sentence.",
        "Write the verb in small letters.",
    ),
    (
        "The task was more hard for them.",
        "more_er",
        "more hard",
        "'more hard': a short adjective compared with 'more'.",
        "Use the -er form ('stronger', not 'more strong').",
    ),
    (
        "The pill was studied because only one small trial.",
        "verbless_reason",
        "because only one small trial",
        "'because only one small trial': a 'because' clause with no verb; the reason was cut.",
        "Say the reason in full, with its verb ('because only one small study was found').",
    ),
    (
        "The nurses gave help with managing.",
        "bare_gerund",
        "with managing",
        "'with managing': the verb has lost what it acts on; a word was cut.",
        "Say what is managed, treated or used ('help with managing symptoms').",
    ),
]


@pytest.mark.parametrize(
    "text, rule, span, message, hint", FLUENCY_RULES, ids=[r[1] for r in FLUENCY_RULES]
)
def test_each_fluency_rule_in_its_own_words(text, rule, span, message, hint):
    """Guards each fluency rule's finding, word for word, on a sentence with that one flaw."""
    assert [tuple(p) for p in text_problems(text)] == [(rule, span, message, hint)]


def test_a_fluency_finding_names_its_rule_and_article_slips_only_warn():
    """Guards check_fluency's finding: the problem's words with its rule, an error except for
    the rules in WARNING_RULES (a/an), once per rule and span."""
    summary = _summary(
        what_the_study_did=(
            "The nurses gave an unit of blood. Then they gave an unit of blood again."
        ),
        limitations="The the study was short.",
    )
    found = [(f.section, f.severity, f.message) for f in check_fluency(summary)]
    assert found == [
        (
            "what_the_study_did",
            Severity.WARNING,
            "'an unit': 'a' or 'an' does not fit the sound of the next word. (article)",
        ),
        ("limitations", Severity.ERROR, "The word 'The' is doubled. (doubled_word)"),
    ]


def test_every_shape_finding_in_its_own_words():
    """Guards the shape check's findings, word for word: headline length and sentences,
    section lengths (too short, too long) and an unexplained abbreviation."""
    summary = _summary(
        headline="Does it help? Maybe.",
        what_the_study_did="Researchers gave a drug to mice with EAE and counted relapses.",
        why_it_matters=" ".join(["Walking"] * 125) + ".",
        limitations="It was short.",
    )
    found = [(f.section, f.severity.value, f.span, f.message, f.hint) for f in check_shape(summary)]
    assert found == [
        (
            "headline",
            "info",
            "Does it help? Maybe.",
            "Headline has 4 words; aim for 6 to 16.",
            "Write one plain sentence that says what the study found.",
        ),
        (
            "headline",
            "warning",
            "Does it help? Maybe.",
            "Headline has more than one sentence.",
            "Keep the one sentence that says what the study found.",
        ),
        (
            "what_the_study_did",
            "warning",
            None,
            "Section has 11 words; aim for 25 to 170.",
            "Add what a reader needs to know, to at least 25 words.",
        ),
        (
            "why_it_matters",
            "info",
            None,
            "Section has 125 words; aim for 15 to 120.",
            "Shorten it to 120 words or fewer.",
        ),
        (
            "limitations",
            "warning",
            None,
            "Section has 3 words; aim for 15 to 120.",
            "Add what a reader needs to know, to at least 15 words.",
        ),
        (
            "what_the_study_did",
            "error",
            "EAE",
            "The abbreviation EAE is not explained: "
            "'Researchers gave a drug to mice with EAE and counted relapses.'.",
            "Write the words out instead of EAE, or explain it the first time, for example "
            "'long form (EAE)' or 'EAE (what it is)'.",
        ),
    ]


def test_a_question_headline_in_its_own_words():
    """Guards the question warning's words."""
    summary = _summary(headline="Can a drug help people with MS walk better?")
    found = [(f.message, f.hint) for f in check_shape(summary) if f.section == "headline"]
    assert found == [("Headline is a question.", "State what the study found instead of asking.")]


LONG = (
    "Researchers gave a new drug to many adults with multiple sclerosis at several clinics and "
    "then counted how often each person had a relapse over the following two years of careful "
    "follow up."
)
HARD = (
    "Quantitative polymerase chain reaction demonstrated substantially elevated intracellular "
    "viral genome concentrations in cultured astrocytes after inoculation."
)


def test_every_readability_finding_in_its_own_words():
    """Guards the reading-level findings word for word: the grade (with the hardest
    sentence), the average sentence length (with the longest) and a sentence too long."""
    summary = _summary(
        what_the_study_did=LONG,
        why_it_matters=HARD,
        limitations=(
            "The sample was small and the follow up was short, so the results may not hold for "
            "everyone with multiple sclerosis."
        ),
    )
    found = [(f.section, f.severity.value, f.span, f.message, f.hint) for f in
             check_readability(summary)]  # fmt: skip
    assert found == [
        (
            "why_it_matters",
            "error",
            HARD,
            "The body reads at Flesch-Kincaid grade 15.8; the target is 8 or below (23.3 words "
            "per sentence, 1.89 syllables per word). The hardest sentence (grade 27.5) is "
            f"{HARD!r}. Rewording it and {LONG!r} at grade 8 would bring the body to 7.3.",
            "Use sentences of about 12 to 15 words and everyday words of one or two syllables: "
            "at 15 words per sentence, grade 8 needs at most 1.50 syllables per word. Start "
            "with the hardest sentence; keep every sentence whole.",
        ),
        (
            "what_the_study_did",
            "error",
            LONG,
            f"Sentences average 23.3 words; the limit is 20. The longest (33 words) is {LONG!r}.",
            "Split long sentences into two whole sentences, aiming for 12 to 15 words each.",
        ),
        (
            "what_the_study_did",
            "warning",
            LONG,
            f"Sentence of 33 words: {LONG!r}.",
            "Split it so no sentence passes 25 words.",
        ),
    ]


def test_the_rare_words_finding_in_its_own_words():
    """Guards the rare-words warning: the share, the limit, the words in order of use, and
    the section with the most of them."""
    summary = _summary(
        what_the_study_did="Astrocytes and microglia made chemokines.",
        why_it_matters="Oligodendrocytes made myelin.",
        limitations="Remyelination was slow.",
    )
    found = [(f.section, f.severity.value, f.message, f.hint) for f in
             check_readability(summary, grade_target=40)]  # fmt: skip
    assert found == [
        (
            "what_the_study_did",
            "warning",
            "55% of the words are rare in everyday English (limit 12%): astrocytes, microglia, "
            "chemokines, oligodendrocytes, myelin, remyelination.",
            "Replace these words with everyday ones, or explain each the first time it is used, "
            "until no more than 12% of the words are rare.",
        )
    ]


def test_two_words_the_paper_lacks_make_a_sentence_unsupported():
    """Guards the novel-words rule of check_support: a sentence whose weight is mostly words the
    paper lacks is unsupported once two such words carry it, even when the rest aligns well
    (support 0.36, above LOW_SUPPORT)."""
    from test_checks_support import CLEAN_COHORT, COHORT, _findings

    planted = "People with low vitamin D had more headaches and rashes."
    edited = CLEAN_COHORT.what_the_study_did + " " + planted
    found = [f for f in _findings(COHORT, CLEAN_COHORT, what_the_study_did=edited)]
    assert [(f.check, f.span) for f in found] == [("support", planted)]
    assert "not in the source: headaches, rashes" in found[0].message
