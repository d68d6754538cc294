"""A review's count of studies in an offline draft: the number it included, never the number
it identified, screened or assessed; no count when only the found one can be read.
Papers and sentences written for these tests."""

import pytest

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _count_fact(methods: str) -> str | None:
    text = (
        "Objectives: To assess the effects of balance training for people with MS.\n"
        f"Search methods: We searched trial registers up to 4 June 2023. {methods}\n"
        "Main results: Balance training reduced falls in most trials.\n"
        "Authors' conclusions: Balance training may help people with MS avoid falls."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    found = [f.text for f in facts if "included" in f.text]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        # the whole found first, the part kept after it
        (
            "Of thirteen studies identified, five (402 participants) were included.",
            "The review included five studies with 402 people.",
        ),
        (
            "Of 27 trials screened for eligibility, 6 with 388 patients were included.",
            "The review included 6 trials with 388 patients.",
        ),
        (
            "Of the 19 trials identified, four trials (233 participants) met the inclusion "
            "criteria.",
            "The review included four trials with 233 people.",
        ),
        # the kept part named before the whole
        (
            "We included three of ten trials identified (150 adults).",
            "The review included three trials with 150 adults.",
        ),
        # records screened, then the trials kept
        (
            "We screened 812 records and 7 trials with 310 patients met the inclusion criteria.",
            "The review included 7 trials with 310 patients.",
        ),
        # found, then fewer kept but not counted as studies: no count rather than a wrong one
        ("Ten trials were identified, and four (190 people) met the criteria.", None),
        # screened, then what remained
        (
            "Of the 2,310 records screened in the last ten years, 41 met the criteria. After "
            "removing duplicates, 14 studies remained for analysis.",
            "The review included 14 studies.",
        ),
        # the people of one arm are not all the trials held
        (
            "Six trials were included, with 240 patients in the exercise groups and 231 in the "
            "control groups.",
            "The review included six trials.",
        ),
        # "of which": the number after it was kept
        ("We found 30 studies, of which 8 were included.", "The review included 8 studies."),
        (
            "Fifteen trials were identified for possible inclusion, four of which were included.",
            "The review included four trials.",
        ),
        (
            "We included 12 trials, of which 3 were eligible for pooling (300 people).",
            "The review included 12 trials.",
        ),
        # found, then fewer "could be included": the found count is not the review's
        (
            "Twelve eligible trials were identified but only five trials could be included.",
            None,
        ),
        # the people belong to a part named between the count and them, not to all the studies
        (
            "We included 11 studies: six gave data for pooling (640 participants); five were "
            "small pilot trials.",
            "The review included 11 studies.",
        ),
        (
            "We included 10 studies, 3 randomised trials with 400 people and 7 cohort studies.",
            "The review included 10 studies.",
        ),
        # counts of papers, comparisons or years are no part of the studies: the people stay
        (
            "We included 14 trials, reported in 19 papers, with 1210 participants.",
            "The review included 14 trials with 1210 people.",
        ),
        (
            "We included 8 trials published between 1999 and 2015 involving 640 adults.",
            "The review included 8 trials with 640 adults.",
        ),
        # one kind of study and then another: the first count is no total; both are said
        (
            "We included three randomised trials and five cohort studies with 410 participants.",
            "The review included three randomised trials and five cohort studies.",
        ),
        # a hedged count keeps its hedge
        (
            "We included 21 trials involving over 12,000 women.",
            "The review included 21 trials with over 12,000 women.",
        ),
        # one count that is both found and kept stays
        (
            "We identified nine trials (n = 540 participants) that were eligible.",
            "The review included nine trials with 540 people.",
        ),
        (
            "We included 12 trials with 1100 adults.",
            "The review included 12 trials with 1100 adults.",
        ),
        # the count said with the words other reviews use for keeping (issue 9: the readers
        # wanted how many trials and people, and drafts of these shapes said none)
        (
            "We screened 3120 titles to yield five RCTs with a total of 612 participants.",
            "The review included five trials with 612 people.",
        ),
        ("Four small trials, involving 188 participants, were included.",
         "The review included four trials with 188 people."),
        ("Nine heterogeneous trials, involving 731 adults with MS, were included.",
         "The review included nine trials with 731 adults."),
        ("Two studies in adults satisfied the inclusion criteria; 96 participants took part.",
         "The review included two studies."),
        ("Five trials fulfilled entry criteria.", "The review included five trials."),
        ("Three RCTs met our inclusion criteria: they randomised 140 people in all.",
         "The review included three trials with 140 people."),
        ("Three RCTs met our inclusion criteria: one had 40 people and two had 50 each.",
         "The review included three trials."),
        ("Four cluster-randomised controlled studies met the inclusion criteria.",
         "The review included four studies."),
        ("We located 11 RCTs involving 2060 people with MS.",
         "The review included 11 trials with 2060 people."),
        # screened records, never the kept trials: no count
        ("We screened 3120 titles and assessed 40 full texts.", None),
        # the found count before the kept one, never said as the review's
        ("Of 1830 relevant studies, 12 randomised controlled trials met our inclusion criteria.",
         "The review included 12 trials."),
        ("The search yielded 45 studies; 5 were included.", None),
        # the end of a number in words is no count ("One hundred and twelve")
        ("One hundred and twelve studies met our selection criteria.", None),
        # a group's studies, never the review's, and the end of a number in words before it
        ("One hundred and twenty-two studies met the inclusion criteria. Home programmes "
         "(Group 1) included 41 studies.", None),
        # studies and then surveys: the studies are no total
        ("We located 32 studies of exercise and 66 surveys of fatigue.", None),
        ("The review includes 21 trials comparing the drug to placebo and six trials comparing "
         "it with aspirin.", None),
        # a breakdown after a colon, or the pooled part after a comma, leaves the total
        ("We included 40 studies: 12 RCTs and 28 cohort studies.",
         "The review included 40 studies."),
        ("A total of 52 studies (30,110 participants) were included in the review, and 47 "
         "studies (28,200 participants) in the meta-analyses.",
         "The review included 52 studies with 30,110 people."),
    ],
)  # fmt: skip
def test_the_count_of_studies_is_the_number_kept(methods, fact):
    assert _count_fact(methods) == fact


def _count_from_results(results: str) -> str | None:
    # unlabelled, as some abstracts come: the total opens what is read as methods
    text = (
        f"{results} Cooling vests did not reduce fatigue (RR 0.91, 95% CI 0.70 to 1.20). "
        "Cooling garments may ease fatigue in people with MS."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    found = [f.text for f in facts if "included" in f.text]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("results", "fact"),
    [
        # the review's total, not the first comparison's count that follows it
        (
            "Eight randomised trials (RCTs) with a total of 2210 participants fulfilled our "
            "inclusion criteria and were included in this review. Three RCTs (940 participants) "
            "compared cooling vests with no vest.",
            "The review included eight trials with 2210 people.",
        ),
        (
            "Six trials with 480 people fulfilled the eligibility criteria. Two trials (96 "
            "people) compared cooling caps with sham caps.",
            "The review included six trials with 480 people.",
        ),
        # a spaced number is never read from its last word: it is read whole, or not at all
        (
            "Twenty two randomised trials were included in the review, with a total of 1210 "
            "participants.",
            "The review included twenty-two trials with 1210 people.",
        ),
        (
            "Thirty one eligible studies were identified with a total of 2015 participants.",
            "The review included thirty-one studies with 2015 people.",
        ),
        # an update's new trials are not the review's total, which follows them
        (
            "We included two new trials involving 85 participants in this updated review. In "
            "total we included 14 trials involving 1120 participants.",
            "The review included 14 trials with 1120 people.",
        ),
        # a review that opens its results with the count still says it
        (
            "Five trials involving 310 participants compared cooling vests with no vest.",
            "The review included five trials with 310 people.",
        ),
    ],
)
def test_the_count_is_the_reviews_total_not_a_comparisons(results, fact):
    assert _count_from_results(results) == fact


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        # the whole review's count, then the part that went into a pooled analysis
        (
            "We identified 31 trials with 4,200 participants. Only six trials carried out in "
            "older adults were eligible for meta-analysis.",
            "The review included 31 trials with 4,200 people.",
        ),
        (
            "We included 22 trials. Nine trials were included in the meta-analysis.",
            "The review included 22 trials.",
        ),
        ("Only three studies conducted in children were included.", None),
        ("Five trials among pregnant women met the inclusion criteria.", None),
        # the review's own count, with its people: still said
        (
            "We included 12 trials with 800 people.",
            "The review included 12 trials with 800 people.",
        ),
        ("Eight trials in people with MS were included.", "The review included eight trials."),
        # the trials that gave data on some outcomes are a part: no count rather than a false one
        (
            "Nine trials with 2,040 people were found and eight gave data. Four trials with 1,310 "
            "people were included in analyses of pain outcomes.",
            None,
        ),
        (
            "We included 14 trials. Five trials were included in the analysis of the primary "
            "end-points.",
            "The review included 14 trials.",
        ),
    ],
)  # fmt: skip
def test_a_count_of_some_of_the_studies_is_not_the_review_s_count(
    methods: str, fact: str | None
) -> None:
    assert _count_fact(methods) == fact


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        (
            "Eleven placebo-controlled trials (using drug A, drug B and exercise) and five "
            "head-to-head trials met the selection criteria and were included.",
            "The review included eleven placebo-controlled trials and five head-to-head trials.",
        ),
        (
            "We included 4 crossover studies and 9 parallel-group studies.",
            "The review included 4 crossover studies and 9 parallel-group studies.",
        ),
        (
            "Seven RCTs and three cohort studies were included.",
            "The review included seven trials and three cohort studies.",
        ),
    ],
)
def test_two_kinds_of_studies_counted_apart_are_both_said(methods, fact):
    assert _count_fact(methods) == fact


@pytest.mark.parametrize(
    "methods",
    [
        # a part of the studies: the pooled ones
        "Six parallel trials and two crossover trials were included in the meta-analysis.",
        # found, not included
        "We identified 30 cohort studies and 12 trials in the search.",
    ],
)
def test_two_counts_of_a_part_or_of_what_was_found_are_no_fact(methods):
    assert _count_fact(methods) is None


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        # the update's new search added three: the review holds nine
        (
            "The new search identified twelve trials. Three trials were eligible for inclusion. "
            "Nine trials involving five different comparisons have been included.",
            "The review included nine trials.",
        ),
        # an update that added none: the total after it is the review's
        (
            "We included no new trials in this update. We included five trials involving 300 "
            "adults.",
            "The review included five trials with 300 adults.",
        ),
        # a count read from the trials and what they looked at is none of the review's: the
        # total is the one it identified or included ("Seven trials examined ...": a part)
        (
            "We identified 11 trials with 640 adults. Seven trials examined vests and four "
            "examined fans.",
            "The review included 11 trials with 640 adults.",
        ),
        # no total said beside the update's count: no count rather than a wrong one
        (
            "The updated search found 20 records. Two trials met the inclusion criteria.",
            None,
        ),
    ],
)
def test_an_update_s_added_count_is_not_the_review_s(methods, fact):
    assert _count_fact(methods) == fact


def test_a_larger_count_after_an_update_s_new_search_is_the_review_s_total():
    methods = "The updated search identified three new trials. We included a total of 14 trials."
    assert _count_fact(methods) == "The review included 14 trials."
