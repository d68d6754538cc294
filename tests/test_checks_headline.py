"""The headline states the main finding (texts written for these tests)."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Exercise for fatigue in multiple sclerosis: a systematic review

Objectives: To assess whether exercise reduces fatigue in people with multiple sclerosis.

Methods: We searched MEDLINE and Embase to March 2020. Randomised trials of exercise were
eligible. Eleven trials with 540 participants met the inclusion criteria.

Results: Exercise reduced fatigue compared with usual care. Adverse events were rare and mild.
Drop-out was higher in the exercise groups.

Conclusions: Exercise probably reduces fatigue in people with multiple sclerosis."""
)

BODY = {
    "what_the_study_did": "Reviewers pooled eleven trials of exercise in people with MS.",
    "why_it_matters": "Fatigue is common in MS. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def _check(headline: str):
    return check_headline(REVIEW, PlainSummary(headline=headline, **BODY))


@pytest.mark.parametrize(
    "headline",
    [
        "Exercise probably eases tiredness in people with MS",
        "Regular exercise reduced fatigue in people with MS across eleven trials",
        "People with MS who exercised felt less tired than those who did not.",
    ],
)
def test_a_main_finding_passes(headline):
    assert _check(headline) == []


@pytest.mark.parametrize(
    "headline,word",
    [
        ("Eleven trials of exercise in MS met the reviewers' entry rules", "entry rules"),
        ("Reviewers searched two databases for trials of exercise in MS", "searched"),
        ("Researchers looked at exercise trials for people with MS", "looked at"),
        ("Side effects of exercise were rare and mild in people with MS", "Side effects"),
        ("More people dropped out of the exercise groups", "dropped out"),
    ],
)
def test_procedure_and_side_points_are_errors(headline, word):
    found = _check(headline)
    assert len(found) == 1 and found[0].severity.value == "error"
    assert found[0].section == "headline" and word.lower() in found[0].message.lower()


@pytest.mark.parametrize("headline", ["Exercise and fatigue", "Exercise reduced the effect of"])
def test_fragments_are_errors(headline):
    found = _check(headline)
    assert found and "not a whole statement" in found[0].message


def test_a_side_point_the_paper_leads_with_is_the_main_finding():
    safety = parse(
        REVIEW.full_text.replace(
            "Conclusions: Exercise probably reduces fatigue",
            "Conclusions: Exercise is safe",
        )
    )
    summary = PlainSummary(headline="Exercise was safe for people with MS in eleven trials", **BODY)
    assert check_headline(safety, summary) == []


@pytest.mark.parametrize(
    "headline,error",
    [
        # the paper concludes safe AND effective: safety alone leaves out the finding
        ("Exercise was safe for people with MS in eleven trials", True),
        ("No harms were seen when people with MS exercised", True),
        ("Exercise was safe and eased fatigue in people with MS", False),
    ],
)
def test_half_of_a_safe_and_effective_conclusion_is_a_side_point(headline, error):
    both = parse(
        REVIEW.full_text.replace(
            "Conclusions: Exercise probably reduces fatigue",
            "Results: There were no adverse events. We conclude that exercise is safe and "
            "probably reduces fatigue",
        )
    )
    found = check_headline(both, PlainSummary(headline=headline, **BODY))
    assert bool(found) is error


@pytest.mark.parametrize(
    "headline",
    [
        "Twenty adults with MS had walking tests before and after the course",
        "Patients underwent brain scans every three months for two years",
    ],
)
def test_what_was_done_to_people_is_procedure(headline):
    found = _check(headline)
    assert found and "how the study was done" in found[0].message


@pytest.mark.parametrize(
    "headline",
    [
        "A review reports its findings",
        "A study in mice reports its findings",
        "A new study reports new findings",
        "A review of 11 trials looked at exercise",
        # the thing looked at, named with a participle: nothing found
        "A review looked at proteins found by a new blood test",
        "The review authors found 11 trials of exercise for people with MS",
        "Reviewers found eleven studies of exercise in MS",
    ],
)
def test_hollow_and_counting_headlines_are_errors(headline):
    """Seen in offline drafts that the gate passed: news without the news, a count of studies."""
    found = _check(headline)
    assert len(found) == 1 and found[0].severity.value == "error", found


@pytest.mark.parametrize(
    "headline",
    [
        "A review of 11 trials found exercise eases tiredness in MS",
        "A review of 11 trials looked at exercise and found it eases tiredness",
        "Exercise reports of less tiredness were common in people with MS",
    ],
)
def test_a_finding_with_its_study_count_still_passes(headline):
    assert _check(headline) == []


ONE_TRIAL = parse(
    """Drug Q for relapsing multiple sclerosis: a systematic review

Objectives: To assess whether drug Q reduces relapses in relapsing multiple sclerosis.

Main results: One trial with 900 participants was included. Drug Q reduced the relapse rate
compared with placebo. Headache and nausea were the most common adverse events.

Authors' conclusions: The evidence for drug Q is of low quality because only one trial was
included. The trial suggests that drug Q may be safe and may lower relapse rates in the short
term."""
)


@pytest.mark.parametrize(
    "headline,flagged",
    [
        # the conclusions pair safety with an effect: safety alone is the side point
        ("Drug Q may be safe for people with relapsing MS", True),
        ("Drug Q was well tolerated in one trial of people with MS", True),
        ("Headache was the most common side effect of drug Q", True),
        # a headline that states the effect beside the safety states the main finding
        ("Drug Q may be safe and may cut relapses in relapsing MS", False),
        ("Drug Q may be safe and have some benefit for people with relapsing MS", False),
        ("Drug Q may lower relapses in relapsing MS, based on one trial", False),
    ],
)
def test_safety_beside_an_effect_in_the_conclusions(headline, flagged):
    summary = PlainSummary(headline=headline, **BODY)
    found = check_headline(ONE_TRIAL, summary)
    assert bool(found and "side point" in found[0].message) is flagged, found


def test_safety_first_then_an_effect_makes_safety_the_side_point():
    paper = parse(
        ONE_TRIAL.full_text.replace(
            "The trial suggests that drug Q may be safe and may lower relapse rates in the "
            "short\nterm.",
            "Drug Q was safe. It lowered relapse rates by a third. More trials are needed.",
        )
    )
    assert "lowered relapse rates" in paper.full_text
    flagged = check_headline(paper, PlainSummary(headline="Drug Q was safe in one trial", **BODY))
    assert flagged and "side point" in flagged[0].message
    calm = parse(paper.full_text.replace("It lowered relapse rates by a third. ", ""))
    assert check_headline(calm, PlainSummary(headline="Drug Q was safe in one trial", **BODY)) == []


BALANCE = parse(
    """Balance training for falls in multiple sclerosis: a systematic review

Objectives: To find out whether balance training prevents falls in people with multiple
sclerosis.

Methods: We searched three databases to June 2021. Six trials with 410 participants were
included. Two trials compared balance classes with stretching and four compared them with no
training.

Results: The mean age of participants was 47 years and the share of women ranged from 58% to
81%. Balance training reduced the number of falls compared with control. Sleep quality was
measured in two trials and did not differ between the groups. A mixed-effects model fitted the
data well and a goodness-of-fit test showed adequate model fit.

Conclusions: Balance training probably prevents falls in people with multiple sclerosis."""
)


def _balance(headline: str, paper=BALANCE):
    return check_headline(paper, PlainSummary(headline=headline, **BODY))


@pytest.mark.parametrize(
    "headline,kind",
    [
        # who took part
        ("The mean age was 47 years and most of them were women", "who took part"),
        ("The share of women ranged from 58% to 81% across the six trials", "who took part"),
        # how many were in the studies
        ("Altogether 410 people with MS participated in six trials", "how the study was done"),
        # a check of the analysis
        ("A goodness-of-fit test showed adequate model fit", "analysis"),
        ("The mixed-effects model fitted the data well in the six trials", "analysis"),
        # the comparison group's risk, a reference point
        ("The assumed risk of a fall in the control group was 40 per 100", "comparison group"),
        ("The risk of falling in the control group was 40 in 100", "comparison group"),
        # what the studies examined
        ("Two trials compared balance classes with stretching", "studies examined"),
        ("Six trials tested whether balance training prevents falls", "studies examined"),
        # a result the conclusions are not about, named in none of their terms
        ("Sleep quality was measured in two trials and did not differ between groups", "side"),
    ],
)
def test_headlines_that_are_not_the_main_finding(headline, kind):
    found = _balance(headline)
    assert len(found) == 1 and found[0].severity.value == "error", found
    assert kind in found[0].message, found[0].message


@pytest.mark.parametrize(
    "headline",
    [
        "Balance training probably prevents falls in people with MS",
        "Balance training reduced the number of falls compared with control",
        "Balance training lowered the risk of a fall compared with the control group",
        # participants named beside a comparison: a result about them
        "The share of women who fell was lower with balance training",
        "Two trials compared balance classes with stretching and found fewer falls",
        # too few words to say what it is about: not judged as another result
        "Sleep did not differ",
    ],
)
def test_the_main_finding_in_other_words_passes(headline):
    assert _balance(headline) == []


def test_participants_and_model_checks_pass_when_the_conclusions_are_about_them():
    about_model = parse(
        BALANCE.full_text.replace(
            "Conclusions: Balance training probably prevents falls in people with multiple "
            "sclerosis.",
            "Conclusions: A mixed-effects model fitted the data well.",
        )
    )
    assert _balance("A mixed-effects model fitted the data well in six trials", about_model) == []
    about_people = parse(
        BALANCE.full_text.replace(
            "Conclusions: Balance training probably prevents falls",
            "Conclusions: The mean age of people in these trials was 47 years; balance training "
            "probably prevents falls",
        )
    )
    assert _balance("The mean age of the people in these trials was 47 years", about_people) == []


def test_another_result_needs_conclusions_and_an_aim_to_judge_by():
    """Without conclusions the results are the main finding; without an aim or title nothing
    says which terms are key."""
    no_conclusions = parse(BALANCE.full_text.split("Conclusions:")[0])
    headline = "Sleep quality was measured in two trials and did not differ between groups"
    assert _balance(headline, no_conclusions) == []
    no_aim = parse(
        "\n\n".join(
            p
            for p in BALANCE.full_text.split("\n\n")
            if not p.startswith(("Objectives", "Balance training for"))
        )
    )
    assert _balance(headline, no_aim) == []


def test_design_words_are_not_key_terms():
    """ "Randomised" in the conclusions names how the evidence was got, not what it is about."""
    paper = parse(
        BALANCE.full_text.replace(
            "Conclusions: Balance training probably prevents falls",
            "Conclusions: Randomised controlled trials show balance training probably prevents "
            "falls",
        ).replace("measured in two trials", "measured in two randomised trials")
    )
    headline = "Sleep quality was measured in two randomised trials and did not differ"
    found = _balance(headline, paper)
    assert found and "side result" in found[0].message, found


# A review whose abstract holds a heterogeneity statement, an aside among its results and
# conclusions, background and methods: headlines that repeat those are not its finding.
FALLS = parse(
    """Balance training for falls in multiple sclerosis: a systematic review

Background: Falls are common in people with multiple sclerosis and often lead to broken bones.

Objectives: To assess whether balance training prevents falls in people with multiple
sclerosis.

Methods: We searched three databases and included randomised trials of balance training.

Results: Nine trials with 610 participants were included. The trials differed a lot in their
results. Interestingly, participants in two trials enjoyed the group sessions more than
stretching classes. Balance training reduced the number of falls compared with usual care.

Conclusions: Balance training probably reduces falls in people with multiple sclerosis.
Interestingly, people seemed to enjoy group sessions."""
)


def _falls(headline: str):
    return check_headline(FALLS, PlainSummary(headline=headline, **BODY))


@pytest.mark.parametrize(
    "headline,words",
    [
        ("The trials differed a lot in their results for people with MS", "how much the studies"),
        ("Study results varied widely between the trials of balance training", "how much"),
        # the glossary's plain words for heterogeneity
        ("There was a lot of variation between studies of balance training", "how much"),
        ("No clear variation between trials was seen in the balance training trials", "how much"),
        ("Falls often lead to broken bones in people with MS", "the background"),
        ("Randomised trials of balance training came from three databases", "aim or method"),
        ("People enjoyed group sessions more than stretching classes", "side result"),
    ],
)
def test_a_headline_that_is_not_the_finding_is_an_error(headline, words):
    found = _falls(headline)
    assert len(found) == 1 and found[0].severity.value == "error", found
    assert words in found[0].message, found[0].message


@pytest.mark.parametrize(
    "headline",
    [
        "Balance training probably cuts falls in people with MS",
        # how much the studies differed, said beside the finding
        "Results varied, but balance training cut falls in people with MS",
        "Despite variation between trials, balance training cut falls in people with MS",
        "People with MS who did balance training fell less often than others",
    ],
)
def test_the_finding_passes_beside_those_rules(headline):
    assert _falls(headline) == []


@pytest.mark.parametrize(
    "headline,word",
    [
        ("Therefore it is unlikely to reduce fatigue in people with MS", "Therefore"),
        ("However, exercise reduced fatigue in people with MS", "However"),
        ("It is unlikely to reduce fatigue in people with MS", "It"),
        ("It reduced fatigue in people with MS across eleven trials", "It"),
        ("These programmes reduced fatigue in people with MS", "These"),
    ],
)
def test_a_headline_that_leans_on_a_sentence_not_there_is_an_error(headline, word):
    (found,) = _check(headline)
    assert found.severity.value == "error" and f"({word!r})" in found.message


@pytest.mark.parametrize(
    "headline",
    [
        "It is not yet clear whether exercise eases fatigue in people with MS",
        "It is possible that exercise eases fatigue in people with MS",
        "Thus far, exercise seems to ease fatigue in people with MS",
    ],
)
def test_an_empty_it_or_a_whole_opening_passes(headline):
    assert _check(headline) == []


@pytest.mark.parametrize(
    "headline",
    [
        "There were eleven randomised trials that studied exercise in people with MS",
        "Fatigue in people with MS was reported in eleven trials of exercise",
        "The trials found were not enough to meet the aims of this review",
        "Four studies provided rates of fatigue in people with MS who did not exercise",
        "Twenty-two trials gave information for one or more outcomes of this review",
        "Eleven trials (540 people) contributed data to the analysis",
        "11 trials reported usable data on fatigue in people with MS",
        "Eleven randomised trials of exercise were eligible",
        "Nine of the trials were analysed",
    ],
)
def test_counts_of_studies_and_the_reviews_own_aims_are_errors(headline):
    (found,) = _check(headline)
    assert found.severity.value == "error" and "not what" in found.message


@pytest.mark.parametrize(
    "headline",
    [
        "There were eleven trials, and they showed that exercise reduces fatigue in MS",
        "Fatigue fell with exercise in eleven trials of people with MS",
        "Four studies provided evidence that exercise reduces fatigue in MS",
        "Two trials found fewer flare-ups of fatigue with exercise in MS",
        "Eleven trials reported less fatigue with exercise in people with MS",
        "Eleven trials were analysed and showed that exercise reduces fatigue in MS",
    ],
)
def test_a_count_beside_the_finding_passes(headline):
    assert _check(headline) == []


@pytest.mark.parametrize(
    ("headline", "cut"),
    [
        ("Exercise lowers fatigue in people with MS, eases low mood", True),
        ("Exercise lowers fatigue in people with MS, eases low mood and helps sleep", False),
        ("Exercise lowers fatigue in people with MS, which helps daily life", False),
        ("Fatigue in people with MS eases with exercise, studies of exercise suggest", False),
        ("In people with MS, regular exercise lowers fatigue", False),
    ],
)
def test_a_headline_list_cut_before_its_last_item_is_an_error(headline, cut):
    found = _check(headline)
    assert bool(found and "cut before its last item" in found[0].message) is cut, found


@pytest.mark.parametrize(
    "headline",
    [
        "The trials were not designed to detect fewer falls in people with MS",
        "The studies were too small to show whether balance training helps",
        "The main limitation was that the trials were short",
        # who the results may not hold for (issue 8: a development set's survey headline)
        "The people in these trials may not represent everyone with MS",
        "Results from small clinics may not apply to people in hospital",
    ],
)
def test_a_limitation_as_headline_is_an_error(headline):
    found = _balance(headline)
    assert len(found) == 1 and "limitation" in found[0].message, found


def test_a_limitation_headline_passes_when_the_conclusions_say_so_too():
    paper = parse(
        """Balance training for falls in multiple sclerosis: a systematic review

Objectives: To find out whether balance training prevents falls in people with multiple
sclerosis.

Methods: We searched three databases to June 2021. Two trials with 40 participants were
included.

Results: Falls were rare in both groups and did not differ between them.

Conclusions: The trials were too small to show whether balance training prevents falls."""
    )
    assert _balance("The trials were too small to show whether balance training helps", paper) == []


def test_only_and_a_side_result_is_an_error_but_only_in_the_conclusions_passes():
    headline = "Sleep quality did not differ between the balance training groups"
    # without 'Only' it is still a side result: it says only what did not happen, while the
    # conclusions say balance training prevents falls
    found = _balance(headline)
    assert len(found) == 1 and "did not happen" in found[0].message, found
    found = _balance("Only s" + headline[1:])
    assert len(found) == 1 and "'Only'" in found[0].message, found
    paper = parse(
        """Balance training for falls in multiple sclerosis: a systematic review

Objectives: To find out whether balance training prevents falls in people with multiple
sclerosis.

Methods: We searched three databases to June 2021. Six trials with 410 participants were
included.

Results: Balance training reduced the number of falls compared with control in five trials.
Falls did not differ in the sixth trial, which used stretching as control.

Conclusions: Only balance training with classes prevented falls in people with multiple
sclerosis."""
    )
    assert _balance("Only balance classes prevented falls in people with MS", paper) == []


VACCINE = parse(
    """Background: Vaccines are needed to protect people from shingles, a painful rash.

Methods: In this randomised, placebo-controlled trial, 9000 adults aged 60 or over received two
injections of a new shingles vaccine or placebo two months apart. The primary end point was
shingles confirmed by a laboratory test at least one month after the second injection.

Results: More than 95% of participants received both injections. Shingles occurred in 12
participants in the vaccine group and in 140 in the placebo group; vaccine efficacy was 91%.
Injection-site pain was more common in the vaccine group.

Conclusions: The new vaccine prevented 91% of shingles cases in adults aged 60 or over."""
)


@pytest.mark.parametrize(
    "headline,error",
    [
        # how many took their doses: adherence, not what the vaccine did
        ("More than 95% of people got both injections", True),
        ("Almost all of the adults received both doses of the vaccine", True),
        # the conclusion, in its own words or others
        ("The new vaccine prevented most cases of shingles in adults over 60", False),
        ("Shingles was far less common in people who got the vaccine", False),
        # what people who took their doses went on to have: a finding
        ("People who got both injections had far fewer cases of shingles", False),
    ],
)
def test_how_many_took_their_doses_is_a_side_point(headline, error):
    found = check_headline(VACCINE, PlainSummary(headline=headline, **BODY))
    assert bool(found) is error
    if error:
        assert "side point" in found[0].message


@pytest.mark.parametrize(
    "headline,flagged",
    [
        # a side point paired with the effect itself, or with the outcome the conclusions name
        ("The trials showed no clear benefit or harm of exercise for people with MS", False),
        ("More research is needed on the effectiveness and safety of exercise in MS", False),
        ("Exercise made little difference to mortality or side effects in people with MS", False),
        # a topic word beside the side point does not make it the finding
        ("Doctors may weigh the cost and the exercise each programme offers", True),
        # a side point paired with another side point, or standing alone, is still one
        ("Exercise brought extra costs and side effects for people with MS", True),
        ("Side effects of exercise were rare and mild in people with MS", True),
    ],
)
def test_a_side_point_paired_with_the_finding_is_not_a_side_point(headline, flagged):
    found = _check(headline)
    assert bool(found and "side point" in found[0].message) is flagged, found


ANIMAL = parse(
    """A ketone diet and an MS-like disease in mice

Objectives: To test whether a low-carbohydrate diet changes an MS-like disease in mice.
Methods: Mice ate a low-carbohydrate diet or a standard diet for three weeks before the disease
was induced. Cells from their spinal cords were counted.
Results: Mice on the low-carbohydrate diet had milder paralysis and fewer immune cells in the
spinal cord.
Conclusions: A low-carbohydrate diet made an MS-like disease milder in mice."""
)
ANIMAL_BODY = {
    "what_the_study_did": "Mice ate one of two diets before an MS-like disease was started.",
    "why_it_matters": "Diet is of interest in MS. Talk with your doctor or care team.",
    "limitations": "This was a study in mice, not people.",
}


@pytest.mark.parametrize(
    "headline",
    [
        "Mice were fed a low-carbohydrate diet for three weeks before an MS-like disease was "
        "caused",
        "Mice were given one of two diets before the disease was started",
        "Mice were fed a special diet, after the disease was induced",
        "Mice were kept on a low-carbohydrate diet until the disease was caused",
        "The mice were grouped by diet and by the week the disease began",
        "Spinal cord cells were classified by type and counted",
    ],
)
def test_a_procedure_with_a_timed_second_step_is_procedure(headline):
    found = check_headline(ANIMAL, PlainSummary(headline=headline, **ANIMAL_BODY))
    assert found and "what was done in the study" in found[0].message


@pytest.mark.parametrize(
    "headline",
    [
        "A low-carbohydrate diet made an MS-like disease milder in mice",
        "Mice were fed a low-carbohydrate diet before the disease was caused and had milder "
        "paralysis",
        "Mice given a low-carbohydrate diet before the disease was caused had milder paralysis",
        "An MS-like disease caused by the immune system was milder in mice on the diet",
    ],
)
def test_a_finding_beside_the_procedure_passes(headline):
    assert not check_headline(ANIMAL, PlainSummary(headline=headline, **ANIMAL_BODY))


BITES = parse(
    """Routine antibiotics after dog bites

Objectives: To assess whether routine antibiotics prevent infection after dog bites.
Results: Eight trials with 760 people were included. Infection rates were similar with and
without antibiotics. Antibiotics caused more diarrhoea.
Conclusions: The evidence does not support the routine use of antibiotics after dog bites."""
)
COOLING = parse(
    """Cooling garments for heat sensitivity in multiple sclerosis

Objectives: To test whether cooling vests help people with MS who are sensitive to heat.
Results: In 60 people with MS, walking distance in the heat was longer with the vest.
Conclusions: These results support the use of cooling vests for people with MS who are
sensitive to heat."""
)


@pytest.mark.parametrize(
    "paper, headline",
    [
        (BITES, "The evidence supports routine antibiotics after dog bites"),
        (BITES, "Routine use of antibiotics after dog bites is supported by the evidence"),
        (BITES, "The review supports giving antibiotics after dog bites"),
        (COOLING, "The results do not support cooling vests for people with MS"),
        (COOLING, "There is no evidence to support cooling vests for heat-sensitive MS"),
        (COOLING, "The study does not justify cooling vests for people with MS"),
    ],
)
def test_a_headline_that_reverses_what_the_evidence_supports_is_an_error(paper, headline):
    found = check_headline(paper, PlainSummary(headline=headline, **BODY))
    assert found and "opposite of the authors' conclusion" in found[0].message


@pytest.mark.parametrize(
    "paper, headline",
    [
        (BITES, "The evidence does not support routine antibiotics after dog bites"),
        (BITES, "Routine antibiotics did not prevent infection after dog bites"),
        (COOLING, "The results support cooling vests for people with MS who feel worse in heat"),
        (COOLING, "Cooling vests helped people with MS walk further in the heat"),
        # support said of something else than the conclusion's
        (COOLING, "Family support did not change how far people walked"),
    ],
)
def test_a_headline_that_keeps_the_direction_passes(paper, headline):
    found = check_headline(paper, PlainSummary(headline=headline, **BODY))
    assert not any("opposite of the authors' conclusion" in f.message for f in found)


UNDECIDED = parse(
    """Magnetic stimulation for spasticity in multiple sclerosis

Results: Three small trials with 90 people with MS were included. Results were inconsistent.
Conclusions: There is insufficient evidence to support or refute the use of magnetic
stimulation for spasticity in multiple sclerosis. Further research is justified."""
)


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("The evidence supports magnetic stimulation for spasticity in MS", True),
        (
            "There is not enough evidence to support magnetic stimulation for spasticity in MS",
            False,
        ),
        (
            "While magnetic stimulation is recommended in some guidelines, its effect is unclear",
            False,
        ),
        ("Research on magnetic stimulation for spasticity in MS is justified", False),
    ],
)
def test_support_or_refute_is_no_support(headline, flagged):
    found = check_headline(UNDECIDED, PlainSummary(headline=headline, **BODY))
    assert any("opposite of the authors' conclusion" in f.message for f in found) is flagged


@pytest.mark.parametrize(
    "headline,flagged",
    [
        # the exception to a side point, and what it did, are the side point still
        (
            "Side effects did not differ with exercise, with the exception of sore muscles, "
            "which were more common in people who exercised",
            True,
        ),
        ("Harms were rare, except for falls, which were more frequent with exercise", True),
        # an effect of its own beside the side point is a finding
        ("Side effects were rare, and exercise reduced fatigue in people with MS", False),
    ],
)
def test_the_exception_to_a_side_point_is_still_the_side_point(headline, flagged):
    found = _check(headline)
    assert bool(found and "side point" in found[0].message) is flagged, found


@pytest.mark.parametrize(
    "headline,said",
    [
        # what the studies measured or reported on is not what they found
        ("All trials reported results for fatigue and walking speed", "what the studies examined"),
        ("Most of the trials measured fatigue in people with MS", "what the studies examined"),
        # a limitation said of each study
        ("None of the trials were large enough to show a difference in fatigue", "limitation"),
        ("Few of the trials were designed to detect changes in walking", "limitation"),
    ],
)
def test_what_each_study_measured_or_could_not_do_is_not_the_finding(headline, said):
    found = _check(headline)
    assert found and said in found[0].message, found


def test_studies_that_measured_and_found_state_a_finding():
    assert _check("Eleven trials measured fatigue and found it fell with exercise") == []


@pytest.mark.parametrize(
    "headline",
    [
        "No analysis of walking speed was provided",
        "Quality of life was not reported by any of the trials",
        "The trials differed, so no pooled analysis was performed and single results are given",
    ],
)
def test_what_the_studies_did_not_report_or_pool_is_a_limitation(headline):
    found = _check(headline)
    assert found and "limitation" in found[0].message, found


def test_a_finding_beside_what_was_not_reported_passes():
    assert _check("Exercise reduced fatigue, though quality of life was not reported") == []


@pytest.mark.parametrize(
    "headline,flagged",
    [
        # a change with nothing named that made it: the people's condition and the time are
        # not what had the effect
        ("There may be a drop in the share of children with ear fluid after 12 months", True),
        ("There was a fall in fatigue in adults with MS after six weeks", True),
        # what made it named after the change
        ("There may be a drop in fatigue with exercise after 12 weeks", False),
        ("There was a fall in fatigue after two months of exercise", False),
    ],
)
def test_a_change_whose_cause_is_not_named_is_an_error(headline, flagged):
    found = _check(headline)
    assert bool(found and "not what had it" in found[0].message) is flagged, found


def test_a_repair_that_keeps_the_headline_keeps_its_findings():
    """The headline's findings read the paper and the headline alone: a repair that changed
    only the body gets the first gate's, worked out once."""
    from plainsum.checks.headline import _headline_findings

    headline = "Eleven trials of exercise in MS met the reviewers' entry rules"
    first = _check(headline)
    hits = _headline_findings.cache_info().hits
    shorter = {**BODY, "what_the_study_did": "Reviewers pooled trials of exercise in MS."}
    again = check_headline(REVIEW, PlainSummary(headline=headline, **shorter))
    assert _headline_findings.cache_info().hits == hits + 1
    assert first and again == first and again is not first  # the caller's own list
    assert _check("Exercise probably eases tiredness in people with MS") == []


MODEL = parse(
    """Cost-effectiveness of early physiotherapy for relapsing MS: a Markov model

Methods: A Markov model followed 10,000 simulated adults with relapsing MS over 40 years from
the health service's view. Costs and quality-adjusted life years were discounted at 3.5%.

Results: Early physiotherapy cost 4,200 pounds more per person and gained 0.30 quality-adjusted
life years, or 14,000 pounds per QALY gained. Results were most sensitive to the price of the
sessions.

Conclusions: Early physiotherapy may be cost-effective for the health service, but the result
depends on long-term effects not yet measured."""
)


@pytest.mark.parametrize(
    "headline,error",
    [
        # value for money is the model's finding, never a side point
        ("Early physiotherapy may be cost-effective for the health service", False),
        ("Early physiotherapy cost 14,000 pounds per QALY gained", False),
        # what the result was sensitive to is a side point
        ("Results were most sensitive to the price of the sessions", True),
    ],
)
def test_value_for_money_is_an_economic_model_s_finding(headline, error):
    found = check_headline(MODEL, PlainSummary(headline=headline, **BODY))
    assert bool([f for f in found if f.severity.value == "error"]) == error
