"""What numbers count, wholes and parts, and numbers a summary ties to the wrong thing.
Papers and sentences written for these tests."""

import pytest

from plainsum.checks.counts import counted, counts_in, unit_of
from plainsum.checks.counts_misplaced import misplaced_counts
from plainsum.ingest import parse

TRIAL = parse(
    """Walking training for fatigue in MS: a randomised trial

Background: Fatigue is common in multiple sclerosis.

Methods: We enrolled 240 adults with MS; 118 were randomised to the training group and 122 to
the usual care group. Ages ranged between 25 and 61 years. Of the 240 participants, 31 (13%)
withdrew. Blood samples were taken from 60 of 240 participants.

Results: At 6 weeks, 42% of the training group reported less fatigue. After 12 weeks, fatigue
scores were lower in the training group. Of 4 clinics taking part, 3 clinics recruited 200
adults.

Conclusions: Walking training reduced fatigue in adults with MS."""
)

REVIEW = parse(
    """Cooling garments in MS: a systematic review

Methods: We searched four databases and screened 1450 records.

Results: Nine trials involving 410 participants met our criteria. Two trials (88 participants)
tested cooling vests. Seven of these trials were small.

Conclusions: Evidence is weak."""
)


@pytest.mark.parametrize(
    "text,number,noun",
    [
        ("We screened 1450 records in all.", "1450", "records"),
        ("Of the 461 identified references, few were useful.", "461", "references"),
        ("Eight placebo-controlled trials were found.", "Eight", "trials"),
        ("Of 90 patients, 30 developed lesions.", "30", None),  # a verb, not an adjective
        ("The dose was 300 mg a day.", "300", None),
        ("The ward had 12 beds in all.", "12", "beds"),  # four letters are a word
    ],
)
def test_the_noun_a_number_counts(text, number, noun):
    at = text.index(number)
    assert counted(text, at + len(number), at) == noun


@pytest.mark.parametrize(
    "text,value,part,whole,base",
    [
        ("Blood was taken from 60 of 240 people.", "60", True, False, "240"),
        ("Of them, 31 (13%) withdrew.", "31", True, False, None),
        ("Then 118 were randomised to the training group.", "118", True, False, None),
        ("Ages ranged between 25 and 61 years.", "61", True, False, None),
        ("Seven of these trials were small.", "7", True, False, None),
        ("The trial included 240 adults.", "240", False, True, None),
        ("Nine trials with 410 people were found.", "410", False, True, None),
        ("In all, 240 adults took part.", "240", False, True, None),
        ("Fatigue fell by 20 points.", "20", False, False, None),
    ],
)
def test_parts_and_wholes(text, value, part, whole, base):
    found = [c for c in counts_in(text) if c.value == value]
    assert found, counts_in(text)
    assert (found[0].part, found[0].whole, found[0].base) == (part, whole, base)


@pytest.mark.parametrize(
    "source,sentence",
    [
        # a part presented as the whole: 118 is one arm of 240
        (TRIAL, "The trial included 118 adults with MS."),
        # a part as the whole: 60 of 240 gave blood
        (TRIAL, "Researchers studied 60 adults with MS."),
        # a range's end is no count of people
        (TRIAL, "The trial included 61 adults with MS."),
        # a ratio with another base: the paper has 60 of 240
        (TRIAL, "Blood samples came from 60 of 118 people."),
        # paired with another number than in the paper: 42% was at 6 weeks
        (TRIAL, "After 12 weeks, 42% of the training group felt less tired."),
        # the review's nine trials had 410 people, not 88
        (REVIEW, "The reviewers found nine trials with 88 people."),
        # 31 (13%) withdrew: a share, not the number looked at
        (TRIAL, "Researchers looked at 31 adults with MS."),
        # the paper pairs 3 clinics with 200 adults, not with all 240
        (TRIAL, "The 240 adults came from 3 clinics."),
    ],
)
def test_misplaced_counts_are_found(source, sentence):
    assert misplaced_counts(sentence, source), sentence


@pytest.mark.parametrize(
    "source,sentence",
    [
        (TRIAL, "The trial included 240 adults with MS."),
        (TRIAL, "Of them, 118 were put in the training group."),
        (TRIAL, "Blood samples came from 60 of the 240 people."),
        (TRIAL, "After 6 weeks, 42% of the training group felt less tired."),
        (TRIAL, "31 people, 13%, dropped out."),
        (TRIAL, "People were between 25 and 61 years old."),
        (REVIEW, "The reviewers found nine trials with 410 people."),
        (REVIEW, "Two trials with 88 people tested cooling vests."),
        (REVIEW, "They screened 1450 records from four databases."),
        # counts of studies are left alone: reviews count studies found, screened and pooled
        (REVIEW, "The reviewers found seven trials."),
        # approximate numbers are not held to the paper's exact pairs
        (REVIEW, "The reviewers found nine trials with over 400 people."),
    ],
)
def test_faithful_counts_pass(source, sentence):
    assert misplaced_counts(sentence, source) == [], sentence


STAGES = parse(
    """Mirror therapy for arm weakness in MS: a systematic review

Methods: We searched three databases to March 2021. We identified 31 studies; 19 were
excluded after reading the full text. Twelve studies with 544 participants were included.

Results: Mirror therapy improved arm strength in most studies.

Conclusions: Mirror therapy may help arm strength in MS."""
)


@pytest.mark.parametrize(
    "text,value,stage",
    [
        ("We identified 31 studies in three databases.", "31", "found"),
        ("In all, 31 studies were screened.", "31", "found"),
        ("We included 12 studies.", "12", "included"),
        ("Twelve studies with 544 participants were included.", "12", "included"),
        ("Twelve small studies met the review's criteria.", "12", "included"),
        ("Twelve studies looked at arm strength.", "12", None),
        ("We included 240 adults.", "240", None),  # not a count of studies
    ],
)
def test_the_review_step_a_count_of_studies_is_said_of(text, value, stage):
    found = [c for c in counts_in(text) if c.value == value]
    assert found and found[0].stage == stage, counts_in(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The review included 31 studies.",
        "In all, 31 studies were included in the review.",
        "The review rests on 31 studies of mirror therapy.",
        "Thirty-one studies met the review's rules.",
    ],
)
def test_a_count_of_studies_found_given_as_included_is_misplaced(sentence):
    found = misplaced_counts(sentence, STAGES)
    assert found and "12 included" in found[0][2], found


@pytest.mark.parametrize(
    "sentence",
    [
        "The review included 12 studies with 544 people.",
        "The reviewers found 31 studies and kept 12.",
        "The reviewers identified 31 studies.",
        "Twelve studies looked at arm strength.",
    ],
)
def test_counts_of_studies_at_their_own_step_pass(sentence):
    assert misplaced_counts(sentence, STAGES) == [], sentence


def test_a_number_read_as_a_word_before_it_is_no_noun():
    text = "In 2019 analysis of the data began."  # "analysis" is not a plural
    at = text.index("2019")
    assert counted(text, at + 4, at) is None


def _unit(text: str, number: str) -> str | None:
    at = text.index(number)
    return unit_of(text, at + len(number), at)


def test_what_a_number_measures():
    text = "Of the 461 identified references, few were useful."
    # after "the", "identified" describes the references: the number counts references
    assert _unit(text, "461") == _unit("We read 9 references.", "9") is not None
    at = text.index("461")
    assert unit_of(text, at + 3) is None  # without its start, "identified" may be a verb
    weeks = _unit("for 3 weeks", "3")
    assert weeks is not None
    assert _unit("A 12-week trial.", "12") == weeks  # it counts weeks, not trials
    course = "After a 12-week course and 1 year of follow-up."
    units = {c.value: c.unit for c in counts_in(course)}
    assert units["12"] == weeks
    assert units["1"] == _unit("for 2 years", "2") is not None  # singular or plural


REGISTRIES = parse(
    """Linked registries of people with MS: a cohort study

Methods: Nine registries with 3.5 million people were linked.

Results: Relapses were recorded in every registry.

Conclusions: Linked registries can follow people with MS for years."""
)


@pytest.mark.parametrize(
    "source,sentence",
    [
        # approximate or rounded numbers are not held to the paper's exact pairs
        (REVIEW, "The reviewers found nine trials with more than 300 people."),
        (REVIEW, "The reviewers found nine trials with 400 people."),  # 410, rounded
        (REGISTRIES, "Nine registries with 4 million people were linked."),
        # numbers joined by "and" are not one pair
        (REVIEW, "The reviewers found nine trials, and 88 people tested cooling vests."),
    ],
)
def test_rounded_and_unpaired_numbers_pass(source, sentence):
    assert misplaced_counts(sentence, source) == [], sentence


ARMS = parse(
    """Balance training in MS: a randomised trial

Methods: Adults were recruited at 120 clinics. We enrolled 90 adults with MS; 45 were
randomised to the balance group.

Results: Falls were fewer in the balance group.

Conclusions: Balance training may prevent falls."""
)


def test_a_part_given_as_the_whole_names_the_whole_of_its_kind():
    """The finding quotes the summary's words and the paper's whole of the same kind (90
    adults), not a larger number of something else (120 clinics)."""
    ((number, said, paper),) = misplaced_counts("The trial included 45 adults with MS.", ARMS)
    assert number == "45"
    assert said == "45 adults with MS"
    assert paper == "45 as a part of 90 adults"


BLOOD = parse(
    """Blood tests in MS: a cohort study

Methods: We followed adults with MS for a year. In the trial, 60 of 80 gave blood samples.

Results: Blood levels were stable.

Conclusions: Blood tests are easy to repeat."""
)
TRIALS_STAGES = parse(
    """Cooling for MS: a systematic review

Methods: We searched three databases. We identified 31 trials; 19 were excluded after reading
the full text. Twelve trials with 544 participants were included.

Results: Cooling helped in most trials.

Conclusions: Cooling may help."""
)


def test_a_part_of_a_ratio_given_as_the_whole_names_the_ratio():
    assert misplaced_counts("The trial included 60 adults with MS.", BLOOD) == [
        ("60", "60 adults with MS", "60 of 80")
    ]


def test_a_count_at_the_wrong_review_step_names_what_was_counted():
    ((_, _, paper),) = misplaced_counts("The review included 31 trials.", TRIALS_STAGES)
    assert paper == "31 trials found, 12 included"


@pytest.mark.parametrize(
    "text,noun",
    [
        ("Of the nine trials, three included only children.", None),
        ("Of 40 adults, 30 were all women.", None),
        ("The 120 included patients had relapsing MS.", "patients"),
        ("We enrolled 240 adults with MS.", "adults"),
    ],
)
def test_a_number_that_is_the_subject_of_its_verb_counts_what_came_before(text, noun):
    digits = {"three": "three", "30": "30", "120": "120", "240": "240"}
    word = next(w for w in digits if f" {w} " in f" {text} ")
    start = text.index(word)
    assert counted(text, start + len(word), start) == noun


OF_FOUND = parse(
    """Steroid tablets for chest infections in adults: a systematic review

Methods: We searched two trial registers up to May 2020. Of twelve trials identified, four
(287 participants) were included.

Results: Steroid tablets shortened cough in two trials.

Conclusions: The evidence is too thin to guide care."""
)


@pytest.mark.parametrize(
    "text,value,stage",
    [
        ("Of twelve trials identified, four (287 participants) were included.", "12", "found"),
        ("Of twelve trials identified, four (287 participants) were included.", "4", "included"),
        ("Of 20 studies screened, 6 met the review's criteria.", "20", "found"),
        ("We included four of nine trials identified.", "9", "found"),
        ("We included four of nine trials identified.", "4", "included"),
        ("Twelve trials identified for inclusion had 500 people.", "12", "included"),
        ("We identified 31 studies, of which 12 were included.", "31", "found"),
        ("We identified 31 studies, of which 12 were included.", "12", "included"),
        ("Nine trials were identified, and four (520 people) met the criteria.", "9", "found"),
        ("Nine trials were identified, and four (520 people) met the criteria.", "4", "included"),
        ("Twelve trials with 287 people were included.", "12", "included"),
    ],
)
def test_the_whole_a_review_found_before_the_part_it_kept(text, value, stage):
    found = [c for c in counts_in(text) if c.value == value]
    assert found and found[0].stage == stage, counts_in(text)


@pytest.mark.parametrize(
    "sentence,paper",
    [
        ("The review included twelve trials with 287 people.", "12 trials found, 4 included"),
        ("Twelve trials with 287 people were included.", "12 trials found, 4 included"),
    ],
)
def test_a_found_count_beside_the_kept_studies_people_is_misplaced(sentence, paper):
    found = misplaced_counts(sentence, OF_FOUND)
    assert found and found[0][2] == paper, found


@pytest.mark.parametrize(
    "sentence",
    ["The review included four trials with 287 people.", "The reviewers found twelve trials."],
)
def test_the_kept_count_beside_its_people_passes(sentence):
    assert misplaced_counts(sentence, OF_FOUND) == [], sentence
