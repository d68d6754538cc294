"""An abbreviation's long form in a summary is judged by the sense the paper gives it: the
paper's own definition even where the table of senses does not know it (a summary's
"Parkinson's disease" where the paper's PD is a dialysis), the sense the context of its uses
fits, or a standard long form where the paper defines none (SMD, NNT, RCT ...). Long forms are
read in the shapes writers use ('SF, meaning ...', 'SF (short for ...)'), and one sense's words
in another order are that sense. Sentences written for these tests, in the style of real
abstracts."""

import pytest

from plainsum.checks.abbreviations import wrong_expansions
from plainsum.checks.long_forms import same_words

DIALYSIS = (
    "Drug clearance by peritoneal dialysis (PD) was measured in a woman on long-term PD who "
    "was switched to overnight cycling PD."
)
META = (
    "Walking speed improved more with training (SMD 0.38, 95% CI 0.10 to 0.66; five trials; "
    "240 participants). The NNT for one extra responder was 7."
)
RELAPSES = "Over two years the ARR fell from 0.48 to 0.26 in people with relapsing MS."
SPINAL = "Neurofilament light was raised in CSF from 52 people with MS compared with 30 controls."
SEXUAL = "Men with MS and ED were given tadalafil or placebo, and sexual function was scored."
COURSE = (
    "Trials of people with remitting-relapsing multiple sclerosis (RRMS) were excluded; 90 "
    "people with progressive MS took part."
)
TRIALS = "Eight RCTs with 512 participants were included."


@pytest.mark.parametrize(
    "source,summary,short",
    [
        # the common sense of the letters where the paper defines another
        (DIALYSIS, "The woman, who had Parkinson's disease, was on dialysis.", "PD"),
        (DIALYSIS, "The woman was on PD (pulmonary dialysis).", "PD"),
        # a standard long form holds where the paper defines none
        (META, "Walking got faster (SMD, standard mean deviation, 0.38).", "SMD"),
        (META, "Seven needed training for one to gain (NNT, number needed to test).", "NNT"),
        (TRIALS, "The reviewers found eight RCTs (randomised cohort studies).", "RCTs"),
        # the sense the context fits: relapses make ARR a relapse rate, not a risk reduction
        (RELAPSES, "The ARR, meaning absolute risk reduction, fell by half.", "ARR"),
        (RELAPSES, "The ARR (short for annual relapse ratio) fell by half.", "ARR"),
        (SPINAL, "A protein in the CSF, or colony-stimulating factor, was higher.", "CSF"),
        (SEXUAL, "Men with MS and emergency department visits took a pill.", "ED"),
    ],
)
def test_a_long_form_of_another_sense_is_caught(source, summary, short):
    assert [w.short for w in wrong_expansions(source, summary)] == [short]


@pytest.mark.parametrize(
    "source,summary",
    [
        (DIALYSIS, "The woman was on peritoneal dialysis (PD), done at home overnight."),
        (DIALYSIS, "The woman's dialysis used the lining of her belly."),
        (META, "Walking got faster (SMD, standardized mean difference, 0.38)."),
        (META, "About 7 were trained for one more to improve (NNT, number needed to treat)."),
        (TRIALS, "The reviewers found eight RCTs (randomized controlled trials)."),
        (TRIALS, "The reviewers found eight randomised controlled studies (RCTs)."),
        (RELAPSES, "The ARR (short for annualised relapse rate) fell by half."),
        (RELAPSES, "The number of relapses a year, the ARR, fell by half."),
        (SPINAL, "A protein in the CSF (cerebrospinal fluid) was higher."),
        (SEXUAL, "Men with MS and ED (erectile dysfunction) took a pill."),
        # the paper's own words in another order name the same course of MS
        (COURSE, "People with Relapsing-Remitting MS were left out."),
    ],
)
def test_the_papers_sense_passes(source, summary):
    assert wrong_expansions(source, summary) == []


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("remitting-relapsing multiple sclerosis", "relapsing-remitting MS", True),
        ("disease-modifying therapy", "therapy modifying disease", True),
        ("relapse rate", "risk ratio", False),
        ("peritoneal dialysis", "Parkinson's disease", False),
    ],
)
def test_same_words_in_another_order(a, b, same):
    assert same_words(a, b) is same


SCALE = (
    "Disability was scored on the Expanded Disability Status Scale (EDSS) in 120 people with "
    "relapsing MS (RR 0.82, 95% CI 0.70 to 0.96)."
)


@pytest.mark.parametrize(
    "summary,wrong",
    [
        # the long form after the short form: 'SF, the ...', 'SF - ...'
        ("Scores on the EDSS - the extended disability status score - held.", ["EDSS"]),
        ("Scores on the EDSS, the expanded disability status scale, held.", []),
        # the long form before it: '..., or SF,'
        ("Scores on the extended disability status score, or EDSS, held.", ["EDSS"]),
        ("Relapses fell by a relapse rate, or RR, of 0.82.", ["RR"]),
        ("Relapses fell (risk ratio, or RR, 0.82).", []),
        # a plain description is no long form
        ("Scores on a disability scale known as EDSS held.", []),
        ("People with MS - a disease of the nerves - took part.", []),
    ],
)
def test_long_forms_in_the_shapes_writers_use(summary, wrong):
    assert [w.short for w in wrong_expansions(SCALE, summary)] == wrong


# The paper names one sense in full and never uses the short form; or it uses a short form the
# standard list knows without defining it.
RATIO = "Relapse was less likely with the drug (hazard ratio 0.74, 95% CI 0.58 to 0.95)."
DOSE = "Adults took 4,000 IU of vitamin D3 a day or a dummy pill for one year."


@pytest.mark.parametrize(
    "source,summary,wrong",
    [
        (RATIO, "Relapse was less likely (HR, heart rate, 0.74).", ["HR"]),
        (RATIO, "Relapse was less likely (HR, hazard ratio, 0.74).", []),
        (DOSE, "People took 4,000 IU (intravenous units) of vitamin D a day.", ["IU"]),
        (DOSE, "People took 4,000 IU (international units) of vitamin D a day.", []),
        (DOSE, "People took 4,000 international units of vitamin D a day.", []),
    ],
)
def test_a_sense_the_paper_writes_in_full_or_a_standard_form_decides(source, summary, wrong):
    assert [w.short for w in wrong_expansions(source, summary)] == wrong


def test_a_standard_form_in_plain_words_is_no_yardstick():
    """ADL's listed form is plain words ('daily activities'), not its letters: a summary's
    'activities of daily living' is not held against it."""
    source = "ADL scores improved after rehabilitation in 60 adults after stroke."
    assert wrong_expansions(source, "Scores for ADL (activities of daily living) rose.") == []
