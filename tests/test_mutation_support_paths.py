"""Support check: each kind of finding comes from its own rule and says what it found (issue 13:
tests that fail when the code is wrong). Other tests see a sentence flagged; these tell which
rule flagged it, by what its message says. Papers and sentences written for these tests."""

import pytest
from test_checks_support import ARMS, CLEAN_ARMS, CLEAN_COHORT, COHORT
from test_checks_support import _findings as _support_findings
from test_checks_support_meaning import _errors_on

from plainsum.checks.polarity import claims_in
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

WALKING = parse(
    """Walking programme for people with multiple sclerosis: a randomised trial

Methods: We randomised 120 adults with relapsing multiple sclerosis to a home walking programme
or usual care for 12 weeks. Follow-up lasted 24 weeks.

Results: Of the adults given the walking programme, 58 walked faster after 12 weeks.

Conclusions: A home walking programme helped adults with multiple sclerosis walk faster."""
)
CLEAN_WALKING = PlainSummary(
    headline="A home walking programme helped adults with MS walk faster",
    what_the_study_did="The trial compared a home walking programme with usual care.",
    why_it_matters="Walking matters in daily life. Talk with your care team about exercise.",
    limitations="This was one trial, so other trials need to check the result.",
)


def _numbers_on(sentence: str) -> list[str]:
    summary = CLEAN_WALKING.model_copy(update={"what_the_study_did": sentence})
    design = detect_design(WALKING)
    found = check_support(WALKING, design, link_summary(WALKING, summary, design))
    return [f.message for f in found if f.check == "numbers" and f.span == sentence]


def test_a_number_from_a_sentence_the_summary_does_not_draw_on_is_named_with_the_right_one():
    """58 counts those who walked faster; the sentence drawn on (the methods) counts 120."""
    sentence = (
        "The trial gave a home walking programme to 58 adults with relapsing multiple sclerosis "
        "for 12 weeks."
    )
    said = [m for m in _numbers_on(sentence) if "draws on" in m]
    assert len(said) == 1, _numbers_on(sentence)
    assert "The number 58" in said[0] and "give 120" in said[0]


def test_a_number_whose_own_sentence_the_summary_also_draws_on_passes_and_the_next_is_held():
    """58's own sentence (the results) holds well over half of what the best one holds: the
    summary merges both, so 58 passes; 24 weeks is follow-up, not how long they walked faster,
    and the next number is still checked."""
    sentence = (
        "58 adults with relapsing multiple sclerosis given a home walking programme walked "
        "faster for 24 weeks."
    )
    said = [m for m in _numbers_on(sentence) if "draws on" in m]
    assert len(said) == 1, said
    assert "The number 24" in said[0] and "give 12 " in said[0]
    # what the summary tied it to, quoted up to the sentence's end and no further
    assert "'24 weeks'" in said[0]


def test_a_number_the_paper_counts_in_an_identified_phrase_is_misattributed():
    """'the 461 identified references': a participle after a determiner is part of the noun
    phrase, so the paper's 461 counts references, not people."""
    review = parse(
        """Exercise for fatigue in multiple sclerosis: a systematic review

Methods: We screened the 461 identified references and included 9 trials of exercise in adults
with multiple sclerosis.

Results: Exercise reduced fatigue compared with usual care.

Conclusions: Exercise may reduce fatigue in multiple sclerosis."""
    )
    summary = PlainSummary(
        headline="Exercise may ease tiredness in people with MS",
        what_the_study_did="The review looked at 461 people with MS. Exercise reduced fatigue.",
        why_it_matters="Tiredness is common in MS. Ask your care team about exercise.",
        limitations="A review is only as good as the trials it includes.",
    )
    design = detect_design(review)
    found = check_support(review, design, link_summary(review, summary, design))
    said = [f.message for f in found if f.check == "numbers" and "counts" in f.message]
    assert len(said) == 1, found
    assert "461 counts references in the source, not people" in said[0]


def test_an_effect_sized_the_other_way_quotes_the_papers_sentence_on_one_line():
    """The paper's sentence is wrapped across two lines of its file; the message quotes it
    as one line, not with a '\\n' in it."""
    errors = _errors_on("All trials reported large and steady drops in tiredness.")
    assert [f.check for f in errors] == ["contradiction"], errors
    said = errors[0].message.partition("than the paper does:")[2]
    assert "small and inconsistent improvements in tiredness" in said, said


def test_a_contradiction_quotes_the_papers_sentence_on_one_line():
    sentence = "People taking sage extract were worse at naming objects."
    errors = _errors_on(sentence)
    assert [f.check for f in errors] == ["contradiction"], errors
    said = errors[0].message.partition("paper says:")[2]
    assert "Participants taking sage extract were better at naming objects" in said, said
    assert "\\n" not in errors[0].message


def test_a_change_in_something_the_results_never_mention_names_it():
    """The sentence's other words are the paper's; what changed (the retina) is in none of its
    results, nor anywhere else in it."""
    sentence = (
        "In four trials with 210 adults with multiple sclerosis, sage extract slowed the "
        "thinning of the retina."
    )
    errors = _errors_on(sentence)
    assert [f.check for f in errors] == ["support"], errors
    assert "never mention" in errors[0].message and "thinning retina" in errors[0].message


def test_a_design_the_paper_does_not_describe_says_which_and_how_to_fix_it():
    did = f"This was a study in mice. {CLEAN_COHORT.what_the_study_did}"
    found = _support_findings(COHORT, CLEAN_COHORT, what_the_study_did=did)
    (wrong,) = [f for f in found if f.span == "This was a study in mice."]
    assert wrong.check == "support" and wrong.severity.value == "error"
    assert "calls it a study in animals" in wrong.message
    assert "a lab study in cells" in wrong.hint and "a study that followed people" in wrong.hint


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        # a verb of change only as a verb: "a change in" is a noun and states nothing
        ("There was a change in walking speed.", []),
        ("The drug did not change walking speed.", ["null"]),
        # a negation at the very start of the sentence reaches the direction in its clause
        ("None of the trials found walking better.", ["null"]),
        ("Never did the drug make walking better.", ["null"]),
    ],
)
def test_directions_read_as_verbs_and_negations_from_the_sentence_start(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities


def _cohort_findings(sentence):
    did = f"{CLEAN_COHORT.what_the_study_did} {sentence}"
    found = _support_findings(COHORT, CLEAN_COHORT, what_the_study_did=did)
    return [f for f in found if f.span == sentence]


REWRITE = ("Say only what the paper reports", "rewrite it from the paper's own results.")


@pytest.mark.parametrize(
    "sentence,check,said,hint",
    [
        (
            "The researchers also found that sleep quality improved in most people.",
            "support",
            ("Not supported by the source: 'The researchers", "not in the source: sleep, quality"),
            REWRITE,
        ),
        (
            "Fatigue decreased over the 3 years.",
            "contradiction",
            ("Contradicts the source: 'Fatigue decreased", "'Fatigue increased over the 3 years.'"),
            ("Report the result the way the paper does", "results that showed no difference."),
        ),
        (
            "The study included 300 people with MS.",
            "numbers",
            ("The number 300 is in the source, but not for this", "give 312"),
            ("Check which number the paper gives for this", "use that one."),
        ),
        (
            "The study found that low vitamin D causes relapses in people with MS.",
            "overreach",
            ("Overreach: 'The study found", "only show as a link"),
            ("Say what was found and where", "with 'may' where it is not yet shown."),
        ),
    ],
)
def test_each_finding_says_what_is_wrong_and_how_to_put_it_right(sentence, check, said, hint):
    (found,) = [f for f in _cohort_findings(sentence) if f.check == check and said[0] in f.message]
    assert said[1] in found.message, found.message
    assert found.hint.startswith(hint[0]) and found.hint.endswith(hint[1]), found.hint


def test_a_count_given_as_the_whole_says_what_the_paper_counts_and_what_to_check():
    sentence = "The trial included 74 adults with MS, and about half took balance classes."
    found = _support_findings(ARMS, CLEAN_ARMS, what_the_study_did=sentence)
    (part,) = [f for f in found if f.check == "numbers"]
    assert "74 as a part of 150 adults" in part.message and "'74 adults with MS'" in part.message
    assert part.hint.startswith("Check what the paper counts with this number")
    assert part.hint.endswith("whether it is a part or the whole.")


def test_a_best_the_paper_does_not_name_says_so_and_how_to_put_it_right():
    (found,) = _errors_on("Those who started young improved the most on naming.")
    assert "compare no subgroups and name no best" in found.message
    assert found.hint.startswith(REWRITE[0]) and found.hint.endswith(REWRITE[1])


def test_two_claims_contradicted_that_are_not_one_turned_round_are_a_contradiction():
    """'worse' (the paper: no difference) and 'decreased' (the paper: increased) are two
    contradictions, not a result said the other way round ('higher X, fewer Y')."""
    sentence = (
        "Disability was worse in people with low vitamin D, and fatigue decreased over the 3 years."
    )
    assert [f.check for f in _cohort_findings(sentence)] == ["contradiction"]


def test_a_number_counted_in_an_identified_phrase_of_the_summary_is_held_to_the_paper():
    """'the 300 recruited people': a participle after a determiner is part of the noun phrase,
    so the summary ties 300 to people, which the paper's 300 (procedures) are not."""
    (found,) = _cohort_findings("Researchers studied the 300 recruited people with MS.")
    assert found.check == "numbers" and "300 counts procedures in the source, not people" in (
        found.message
    )


def test_a_number_the_paper_lacks_is_not_also_a_moved_number():
    """400 is in no sentence of the paper: the faithfulness check reports it, once."""
    assert (
        _cohort_findings("Researchers followed 400 adults with MS at two clinics for 3 years.")
        == []
    )


@pytest.mark.parametrize(
    "sentence,claims",
    [
        # each claim reads up to the next direction word, not past it nor back
        (
            "Relapses were fewer, disability was lower and fatigue was higher.",
            [("down", ["relaps"]), ("down", ["disabl"]), ("up", ["fatigu"])],
        ),
        # "more research" is no direction, and the direction after it still counts
        (
            "More research is needed, but relapses were fewer with high vitamin D.",
            [("down", ["relaps"])],
        ),
    ],
)
def test_claims_of_a_sentence_and_what_each_is_about(sentence, claims):
    assert [(c.polarity, sorted(c.about)) for c in claims_in(sentence)] == claims
