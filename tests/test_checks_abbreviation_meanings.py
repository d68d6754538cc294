"""Abbreviation expansions are judged by what they mean in the paper, not by their letters:
a botched try at the paper's own long form, an expansion set beside the short form by a comma,
a name the paper writes in full without abbreviating it, and standard long forms of everyday
abbreviations. Sentences written for these tests, in the style of real abstracts."""

import re

import pytest

from plainsum.checks.abbreviations import wrong_expansions
from plainsum.checks.long_form_names import _word_runs, attempted_expansions, named_in_full
from plainsum.checks.long_forms import same_long_form, summary_expansions

BATTERY = (
    "Memory was tested with the Cambridge Neuropsychological Test Automated Battery (CANTAB) "
    "before and after treatment."
)
HORMONE = "Some patients also received adrenocorticotropic hormone (ACTH) for five days."
CHOLINE = "Phosphatidylserine (PS) was given as a daily capsule to 60 older adults."
GENE = "Mutations in the glucocerebrosidase (GBA) gene are a risk factor for Parkinson's disease."
DIARY = (
    "Erections were recorded in the Sexual Encounter Profile diary over eight weeks "
    "(SEP question 3)."
)
META = (
    "Vitamin D made no difference to disability (MD -0.25, 95% CI -0.61 to 0.10; five trials). "
    "Longer naps raised the odds of diabetes (ORs 1.2 to 1.4)."
)
SCANS = "Lesions were counted on MRI every six months in 120 patients."


@pytest.mark.parametrize(
    "source,summary,short",
    [
        # a try at the paper's long form with a word of its own, whatever its letters
        (BATTERY, "It rose on CANTAB (Cambridge Neurological Assessment Battery).", "CANTAB"),
        (BATTERY, "Scores on the Cambridge Neural Test Assessment Battery (CANTAB) rose", "CANTAB"),
        (HORMONE, "Some also had ACTH (adrenal thyroid hormone).", "ACTH"),
        # one word that only looks like the paper's: another chemical
        (CHOLINE, "They took PS (phosphatidylcholine) every day.", "PS"),
        # a long form set beside the short form by a comma
        (GENE, "Changes in GBA, the gene for glucose-binding albumin, raise the risk.", "GBA"),
        (META, "Disability scores did not change (MD, mean disability, -0.25).", "MD"),
        (META, "Long nappers had a higher OR, or overall risk, of diabetes.", "OR"),
        # the paper names the diary in full and never abbreviates it
        (DIARY, "Men wrote in an SEP (sexual enjoyment profile) diary.", "SEP"),
        # a standard long form holds where the paper defines none
        (SCANS, "Damage was counted on MRI (magnetic resonance injection) scans.", "MRI"),
    ],
)
def test_expansions_that_mean_something_else_are_caught(source, summary, short):
    assert [w.short for w in wrong_expansions(source, summary)] == [short]


@pytest.mark.parametrize(
    "source,summary",
    [
        (BATTERY, "It rose on CANTAB (Cambridge Neuropsychological Test Automated Battery)."),
        (BATTERY, "They did better on CANTAB (a set of memory tests on a computer)."),
        (BATTERY, "They did better on the Cambridge test battery (CANTAB)."),  # the paper's words
        (HORMONE, "Some also had ACTH (adrenocorticotropic hormone), a steroid-like hormone."),
        (HORMONE, "Some also had ACTH, a hormone that makes the body release steroids."),
        # a plain gloss in fewer words than the letters, or with an abbreviation inside
        (
            "Patients flown by helicopter emergency medical services (HEMS) did better.",
            "People carried by helicopter ambulance (HEMS) did better.",
        ),
        (
            "Blocking the interleukin-1 receptor (IL-1R) helped.",
            "Blocking IL-1 receptor (IL-1R) helped.",
        ),
        (CHOLINE, "They took PS (phosphatidylserine), a fat found in brain cells."),
        (GENE, "Changes in GBA, the gene for glucocerebrosidase, raise the risk."),
        (GENE, "Changes in GBA, a gene, raise the risk of Parkinson's disease."),
        (META, "Disability scores did not change (MD, mean difference, -0.25)."),
        (META, "Long nappers had a higher OR, or odds ratio, of diabetes."),
        (META, "Long nappers had higher odds of diabetes, or OR, than others."),
        (DIARY, "Men wrote in an SEP (Sexual Encounter Profile) diary."),
        (DIARY, "Men kept a diary of their sex lives."),
        (SCANS, "Damage was counted on MRI (magnetic resonance imaging) scans."),
        (SCANS, "Damage was counted on MRI scans, pictures of the brain."),
    ],
)
def test_the_papers_meaning_or_a_plain_gloss_passes(source, summary):
    assert wrong_expansions(source, summary) == []


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("phosphatidylcholine", "phosphatidylserine", False),
        ("neurological test battery", "neuropsychological test battery", False),
        ("paediatric intensive care", "pediatric intensive care", True),
        ("sulphate", "sulfate", True),
        ("haemoglobin", "hemoglobin", True),
        ("expanded disability status score", "expanded disability status scale", False),
        ("response rate", "response ratio", False),
        ("deep vein thrombosis", "deep venous thrombosis", True),
    ],
)
def test_spellings_differ_by_letters_words_by_parts(a, b, same):
    assert same_long_form(a, b) is same


def test_comma_expansions_need_a_word_for_each_letter():
    text = "Scores on the EDSS, or disability scale, rose. The OR, or overall risk, rose."
    assert summary_expansions(text) == {"OR": "overall risk"}


def test_a_try_must_share_a_word_with_the_papers_long_form():
    definitions = {"ACTH": "adrenocorticotropic hormone"}
    assert attempted_expansions("ACTH (a stress hormone) was given.", definitions) == {}
    assert attempted_expansions("ACTH (cortisol booster) was given.", definitions) == {}
    assert attempted_expansions("ACTH (adrenal stress hormone) was given.", definitions) == {
        "ACTH": "adrenal stress hormone"
    }


def test_a_name_in_full_needs_a_capitalised_word_for_each_letter():
    assert named_in_full("SEP", DIARY) == "Sexual Encounter Profile"
    assert named_in_full("SEP", "the sexual encounter profile was kept") is None
    assert named_in_full("EDSS", "the Expanded Disability Status Scale (EDSS)") == (
        "Expanded Disability Status Scale"
    )


SCALE = (
    "Disability was rated on the Expanded Disability Status Scale (EDSS) in 200 adults with "
    "relapsing-remitting multiple sclerosis (RRMS)."
)


@pytest.mark.parametrize(
    "summary,wrong",
    [
        ("Disability was rated on the Extended Disability Status Score.", ["EDSS"]),
        ("Disability was rated on the Expanded Disease Status Scale.", ["EDSS"]),
        ("Disability was rated on the Expanded Disability Status Scale.", []),
        ("Disability was rated on the expanded disability status scale.", []),
        ("Disability was rated on a standard disability scale.", []),
        # the paper's name with one word before its head swapped: another course of MS
        ("Adults with rapidly relapsing multiple sclerosis took part.", ["RRMS"]),
        ("Adults with relapsing remitting multiple sclerosis took part.", []),
    ],
)
def test_a_name_written_out_wrongly_without_its_short_form(summary, wrong):
    assert [w.short for w in wrong_expansions(SCALE, summary)] == wrong


def _every_start(size: int) -> re.Pattern[str]:
    """The runs of `size` words found at every word start (what `_word_runs` finds, less the
    starts that `near_long_forms` passes over)."""
    word = r"[A-Za-z][\w'’]*"
    joint = r"[\s-]+(?:(?:of|and|the|for|in|with|to|on)\s+)?"
    run = rf"{word}(?:{joint}{word}){{{size - 1}}}"
    return re.compile(rf"(?<![\w'’-])(?=({run})(?![\w-]))")


# Sentences with runs of words that may or may not spell a short form, shared by the run tests.
RUN_TEXTS = [
    "Disability was rated on the Extended Disability Status Score at week 12.",
    "Adults with rapidly relapsing multiple sclerosis took part; others did not.",
    "Of the eighty adults, twenty-one With an Expanded-Disability score took part.",
    "Brain volume and the total number of new lesions fell in both arms.",
    "The EDSS and the 'Expanded' Disability scale are named in full in Table 2.",
]


@pytest.mark.parametrize("text", RUN_TEXTS)
@pytest.mark.parametrize("short", ["EDSS", "RRMS", "TNL", "BVL", "ÉDSS", "AOTW"])
def test_long_form_runs_start_only_where_they_are_read(text, short):
    """A run is looked for only at a word starting with the short form's first letter or a
    small word's first letter: of the runs found, those `near_long_forms` reads are those it
    read when the pattern was tried at every start."""
    letters = [c.lower() for c in short if c.isalpha()]
    minor = {"of", "and", "the", "in", "for", "with", "to", "a", "an", "on", "by", "or"}

    def read(m: re.Match[str]) -> bool:
        first = re.match(r"[^\s/-]*", m.group(1)).group(0).lower()
        return m.group(1)[0].lower() == letters[0] or first in minor

    every = [(m.start(), m.group(1)) for m in _every_start(len(letters)).finditer(text) if read(m)]
    runs = _word_runs(len(letters), letters[0]).finditer(text)
    assert [(m.start(), m.group(1)) for m in runs if read(m)] == every


@pytest.mark.parametrize(
    "text",
    [
        *RUN_TEXTS,
        "Total nerve-length and the Timed Nine-hole test: both fell (total of nine legs).",
        "x_Total Nerve Length, 3Total Nerve Length and O'Total Nerve Length were kept.",
    ],
)
@pytest.mark.parametrize("short", ["EDSS", "RRMS", "TNL", "BVL", "ÉDSS", "TNT", "DSS"])
def test_a_run_that_spells_a_short_form_has_its_letters_in_turn(text, short):
    """near_long_forms passes over a short form whose letters are not the first letters of
    words of the text in a row (small words left out): every run it could keep, one whole word
    for each letter, has them so."""
    from plainsum.checks.long_form_names import _initials_in_turn
    from plainsum.checks.long_forms import _letters, _spells_exactly

    letters = _letters(short)
    spelling = [m.group(1) for m in _every_start(len(letters)).finditer(text)]
    if any(_spells_exactly(short, run) for run in spelling):
        assert "".join(letters) in _initials_in_turn(text)
