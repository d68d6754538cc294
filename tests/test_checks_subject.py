"""unnamed_subject: a summary that never names what the paper studied. Papers and summaries
written for these tests."""

import pytest

from plainsum.checks.subject import core_terms, names_subject, subject_terms, unnamed_subject
from plainsum.checks.substance import check_substance
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

PAPER = parse(
    """Intravesical instillations for painful bladder syndrome: a systematic review

Objectives: To assess the effects of intravesical instillations of dimethyl sulfoxide for
adults with painful bladder syndrome.

Main results: Nine trials with 616 women were included. Dimethyl sulfoxide instillations gave
no clear reduction in bladder pain compared with placebo. Bladder pain scores varied between
trials.

Authors' conclusions: There is not enough evidence that intravesical dimethyl sulfoxide eases
painful bladder syndrome."""
)

NAMED = PlainSummary(
    headline="Bladder washes with a drug called DMSO did not clearly ease bladder pain",
    what_the_study_did=(
        "The review looked at nine trials with 616 women. Each trial put a drug into the "
        "bladder through a thin tube. Pain did not clearly fall compared with a dummy drug."
    ),
    why_it_matters="It is not yet known whether this treatment helps people with bladder pain.",
    limitations="The trials were small and their results varied.",
)
UNNAMED = PlainSummary(
    headline="A review of nine trials found the evidence was not clear",
    what_the_study_did=(
        "The review looked at nine trials with 616 women. The results were not clear. The "
        "trials were done in different ways."
    ),
    why_it_matters="More research is needed before anyone can say what this means.",
    limitations="The trials were small and their results varied.",
)


def test_subject_terms_come_from_the_title_aim_and_frequent_words():
    terms = subject_terms(PAPER)
    assert {"bladder", "intravesical", "sulfoxide"} <= set(terms.values())
    assert not {"trials", "placebo", "review", "adults"} & set(terms.values())


@pytest.mark.parametrize(
    "text",
    [
        "The drug did not clearly ease pain in the bladder.",  # the organ
        "Dimethyl sulfoxide gave no clear benefit.",  # the treatment
        "The trials put the drug in through a tube into the bladders of 616 women.",
    ],
)
def test_a_summary_naming_a_subject_term_names_the_subject(text):
    assert names_subject(PAPER, text)


@pytest.mark.parametrize(
    "text",
    [
        "A study reports its findings. Most details are too technical to put here.",
        "Nine trials with 616 women found the evidence was not clear.",
    ],
)
def test_a_summary_that_names_nothing_studied_does_not(text):
    assert not names_subject(PAPER, text)
    assert unnamed_subject(PAPER, text)


def test_a_plain_phrase_for_the_papers_term_names_it():
    paper = parse(
        """Salt reduction for hypertension in older adults: a randomised trial

Objective: To test whether a low-salt diet lowers hypertension in older adults.

Results: Systolic hypertension fell by 6 mmHg with the low-salt diet over twelve weeks in the
120 people who finished the trial."""
    )
    assert names_subject(paper, "What people ate changed their high blood pressure.")
    assert not names_subject(paper, "What people ate changed their blood sugar.")


def _findings(summary: PlainSummary):
    design = detect_design(PAPER)
    return check_substance(PAPER, design, link_summary(PAPER, summary, design))


def test_the_gate_fails_a_summary_that_never_names_the_subject():
    found = [f for f in _findings(UNNAMED) if "unnamed_subject" in f.message]
    assert len(found) == 1 and found[0].severity == Severity.ERROR
    assert "bladder" in found[0].message or "intravesical" in found[0].message
    assert not [f for f in _findings(NAMED) if "unnamed_subject" in f.message]


# A paper with no title or aim (results and conclusions only), whose outcome words ("height",
# "improvement", "levels") are used as often as its treatment and condition, which it only
# abbreviates.
RESULTS_ONLY = parse(
    """We included seven trials (312 participants aged six to 20 years). Six trials compared
daily rhEPO with no treatment. rhEPO may improve some measures of height and weight, with no
difference between doses. We found improvement in height in all trials (low-quality
evidence). Improvements in weight were reported in two trials. rhEPO raised haemoglobin
levels, but changes in blood pressure levels need monitoring in individuals with SCD. Longer
trials of rhEPO in SCD are needed before routine use."""
)


def test_core_terms_are_the_treatment_and_condition_not_the_measures():
    core = set(core_terms(RESULTS_ONLY))
    assert {"rhepo", "scd"} <= core
    assert not {"height", "weight", "improv", "level"} & core


@pytest.mark.parametrize(
    "text,named",
    [
        # outcomes only: a shared common word is not the subject
        ("The authors found improvement in height in all trials. Weight rose too.", False),
        ("Children with sickle cell disease grew taller.", True),  # SCD spelled out
        ("A hormone called rhEPO helped children grow.", True),
        ("Children grew taller, and some could feel better.", False),
    ],
)
def test_the_subject_is_the_treatment_or_condition(text, named):
    assert (unnamed_subject(RESULTS_ONLY, text) is None) is named


def test_a_long_form_named_with_a_plain_word_for_its_grade_names_the_subject():
    paper = parse(
        """How CFS develops: a review

Background: Chronic fatigue syndrome (CFS) is poorly understood by doctors and patients alike.

Results: CFS may follow an infection in some people. Treatments for CFS remain limited, and CFS
care varies from clinic to clinic."""
    )
    assert unnamed_subject(paper, "Long-lasting fatigue syndrome is poorly understood.") is None
    assert unnamed_subject(paper, "This condition is poorly understood.")


def _as_found(matches):
    return [(m.span(), m.group(1)) for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        "We studied MS patients and CF children in two clinics.",
        "Older adults children and young people took part.",  # the people word begins the next
        "Non-MS patients, post-stroke people's scores and 'frail' adults.",
        "The patients-only arm; the -- women; the ' men; the x\tinfants\nand babies.",
        "PEOPLE WITH MS and Stroke Survivors Patients",
        "people patients persons",
        "  patients",
        "",
        "those who went: ageing, ill   men, and children_ with asthma",
        "İll patients and ſick people",
    ],
)
def test_named_before_people_finds_what_the_pattern_finds(text):
    from plainsum.checks.subject import _CONDITIONS, named_before_people

    assert _as_found(named_before_people(text)) == _as_found(_CONDITIONS[1].finditer(text))


def test_named_before_people_on_random_texts():
    import random

    from plainsum.checks.subject import _CONDITIONS, named_before_people

    rng = random.Random(11)
    pieces = ["MS", "ms", " ", "  ", "\t", "-", "'", "_", ",", "patients", "men", "women",
              "people", "x", "women's", "ä", "1"]  # fmt: skip
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        found = _as_found(named_before_people(text))
        assert found == _as_found(_CONDITIONS[1].finditer(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Dimethyl sulfoxide washes did not clearly ease pain.",
        "Instillations of a drug into the bladder gave no clear benefit.",
        "Women with a painful bladder took part.",  # "bladder": a title and aim word
        "The washes helped some women.",  # no aim word: the whole reading decides
        "",
    ],
)
def test_an_aim_word_named_settles_it_as_the_whole_reading_does(text):
    # unnamed_subject answers at once when the summary names a title or aim word that is a core
    # term; every such word is one of core_terms, so names_subject with them agrees
    from plainsum.checks.subject import _names_aim_term

    if _names_aim_term(PAPER, text):
        assert names_subject(PAPER, text, core_terms(PAPER))
    terms = core_terms(PAPER)
    whole = None if not terms or names_subject(PAPER, text, terms) else list(terms.values())[:6]
    assert unnamed_subject(PAPER, text) == whole
