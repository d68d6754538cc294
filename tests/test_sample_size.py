import pytest

from plainsum.sample_size import people_studied


@pytest.mark.parametrize(
    "text,expected",
    [
        # the enrolment sentence wins over a larger number of people named elsewhere
        (
            "Norms came from 400 healthy adults. Twenty-four patients were enrolled and treated "
            "for a month.",
            24,
        ),
        ("We recruited 18 volunteers. All 18 volunteers finished.", 18),
        ("Sixty patients were randomly assigned to the drug or to a placebo.", 60),
        # group sizes given as (n = ...) in a sentence about patients and controls are added up
        (
            "Serum from patients with early disease (n = 9), late disease (n = 7) and healthy "
            "controls (n = 5) was tested.",
            21,
        ),
        # animal group sizes are not people
        ("Mice were split into groups (n = 8) and 3 patients' samples were used.", 3),
        # no enrolment sentence: the largest count of people
        ("The clinic saw 12 patients last year and 30 patients this year.", 30),
        ("Cells were grown for ten days and then stained.", None),
        # the number in a name is no count of people
        ("Some COVID-19 patients were enrolled from two wards.", None),
        ("We studied SARS-CoV-2 cases and 12 patients were treated.", 12),
        # a count past a hundred in words, not the size of one of its groups
        ("One hundred seventeen patients were divided into three groups of 39 patients.", 117),
        ("A hundred and twenty people took part.", 120),
        ("Two hundred older patients were enrolled.", 200),
        # one count per group in one sentence: the groups together
        ("There were 36 subjects in the cold group and 19 subjects in the warm group.", 55),
        # a result given per group is not the groups' sizes
        (
            "We saw 40 patients. Cysts were low in 28 of 33 patients in the A group and in 10 "
            "patients in the B group.",
            40,
        ),
        # who took part out of who was asked, whatever they are called: never a number of
        # people in a result ("more than eight patients per shift")
        (
            "We surveyed hospital nurses. Of 5,200 nurses invited, 2,604 (50%) took part. Stress "
            "was higher in those caring for more than nine patients per shift.",
            2604,
        ),
        ("Of the 880 parents we contacted, 431 returned the questionnaire.", 431),
        ("Of 60 neurologists approached, 42 agreed to be interviewed.", 42),
        ("Of 300 eligible patients, 120 were randomised to the two groups.", 120),
        # people named by their role are people ("24 family caregivers", "212 neurologists")
        ("We interviewed 30 family caregivers (21 women, 9 men) about hospital stays.", 30),
        ("We surveyed 212 practising neurologists about relapse treatment.", 212),
        ("Sleep was measured in 48 registered nurses on night shifts.", 48),
        # a share of a group is a result, not who took part
        ("We enrolled 1,050 children. Of 1,050 children, 95 had an infection.", 1050),
    ],
)
def test_people_studied(text, expected):
    assert people_studied(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the enrolment sentence decides, also when a letter outside ASCII folds into its verb
        # ("teſted": the long s is an s to the pattern, so the prefilter leaves it the pattern)
        ("Scores of 90 volunteers were compared. In all, 40 patients were te\u017fted.", 40),
        ("Scores of 90 volunteers were compared. In all, 40 patients were tested.", 40),
        ("Scores of 90 volunteers were compared. In all, 40 patients were seen.", 90),
        # group sizes of people, not of animals
        ("Patients (n = 12) and controls (n = 14) were seen. Norms came from 300 people.", 26),
        ("Patients (n = 12) and mice (n = 14) were seen. Norms came from 300 people.", 300),
        ("One hundred and twenty adults took part. Norms came from 300 volunteers.", 120),
    ],
)
def test_people_studied_reads_each_sentence_as_its_patterns_do(text, expected):
    """The sentence tests run through prefilter.search, whose answer is the pattern's own."""
    assert people_studied(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pregnancy registry counts its women by their pregnancies, not by an outcome's infants
        (
            "Of 1,104 pregnancies reported, 525 had known outcomes. Defects were in 7 infants.",
            1104,
        ),
        ("Outcomes of 86 prospectively reported pregnancies were known. Two infants died.", 86),
        # an enrolment sentence still decides over a count of pregnancies
        ("We enrolled 40 women with MS. They had 52 pregnancies in all.", 40),
        # a safety database counts its people by the reports sent in, not by an outcome's count
        (
            "We found 318 reports of serious skin reactions to the drug. Nine people needed "
            "care in hospital and two died.",
            318,
        ),
        ("The database held 1,250 safety reports; 14 patients had a seizure.", 1250),
    ],
)
def test_people_studied_counts_a_registrys_pregnancies(text, expected):
    assert people_studied(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the records a study reviewed name their people after a description; an outcome's
        # count of patients later on is not the study's size (a 2,450-patient study was
        # called small from "2 patients on the lower dose")
        (
            "We reviewed the records of 2,450 hepatitis B antibody-positive patients seen at "
            "nine clinics. Liver failure was diagnosed in 2 patients on the lower dose and 17 "
            "on the higher dose.",
            2450,
        ),
        ("An online survey of 980 respondents was run. Nine patients replied twice.", 980),
        # a review's total, said with "over", before one outcome's pooled count
        (
            "We found 40 trials, with data from over 52,000 participants. We pooled data from "
            "12,400 participants for the main outcome.",
            52000,
        ),
        # no such words: the outcome's count is all there is
        ("Liver failure was diagnosed in 2 patients on the lower dose.", 2),
    ],
)
def test_people_studied_reads_a_count_after_words_that_say_whom_it_took_in(text, expected):
    assert people_studied(text) == expected


def test_a_sentence_that_only_says_whom_the_study_took_in_is_no_pool():
    assert people_studied("We identified 412 adults with early MS at four centres.") == 412


@pytest.mark.parametrize(
    "text, expected",
    [
        # a group size with a thousands comma or a scale word is the whole number, not its first
        # digits (a registry of 9,874 people was read as 9 and called a small study)
        ("A county register of people with asthma (n = 9,874) was linked to weather data.", 9874),
        (
            "All women aged 20 to 40 living in two countries (n = 3.9 million) were followed.",
            3900000,
        ),
        ("Patients in the clinic (n=1,250) and controls (n = 750) gave blood.", 2000),
        # a small group keeps its size
        ("Serum from patients (n = 12) was tested against a kit's norms.", 12),
    ],
)
def test_group_sizes_are_read_whole(text, expected):
    assert people_studied(text) == expected
