"""A bracket glued to the word after it is part of that word: removing asides must keep it, or
the sentence says something else ("(a)symptomatic" read as "symptomatic") or breaks ("(13)C"
read as "andC"). A glued bracket before any other word is a missing space, and goes."""

import pytest

from plainsum.plain.numbers import drop_brackets, strip_statistics


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a bracketed prefix makes another word: both words written out
        (
            "People with (a)symptomatic infection (n = 40) were tested twice.",
            "People with symptomatic or asymptomatic infection were tested twice.",
        ),
        ("Hospital (re)admissions fell (RR 0.81).", "Hospital admissions or readmissions fell."),
        (
            "Treatment with (ultra-)long-acting insulin (glargine, detemir) was compared.",
            "Treatment with long-acting or ultra-long-acting insulin was compared.",
        ),
        # kept: a mass number written the way PubMed writes a superscript
        (
            "We used (1)H magnetic resonance spectroscopy (MRS) in 30 people with MS.",
            "We used (1)H magnetic resonance spectroscopy in 30 people with MS.",
        ),
        (
            "Both J-editing and (13)C editing (p < 0.01) separated the compounds.",
            "Both J-editing and (13)C editing separated the compounds.",
        ),
        ("Serum 25(OH)D (mean 52 nmol/L) was low.", "Serum 25(OH)D was low."),
        ("[(11)C]PiB uptake (SUVR) was higher.", "[(11)C]PiB uptake was higher."),
        # dropped: a missing space after an aside, or a list marker
        (
            "We searched the register (CENTRAL)and two databases.",
            "We searched the register and two databases.",
        ),
        ("(2)To test whether rest helps.", "To test whether rest helps."),
        ("(2)In the second phase, all took the drug.", "In the second phase, all took the drug."),
        # dropped: an aside with a space after it
        ("Fatigue (a common symptom) improved.", "Fatigue improved."),
    ],
)
def test_glued_brackets(text, plain):
    assert drop_brackets(text) == plain
    assert strip_statistics(text) == plain


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The lead compound 4-{2-[3-(methylamino)propyl]-oxazol-5-yl}-benzamide (XR12) "
            "was tested.",
            "4-{2-[3-(methylamino)propyl]-oxazol-5-yl}-benzamide",
        ),
        (
            "Uptake of 2-[18F]fluoro-2-deoxyglucose (FDG) rose (p < 0.01).",
            "2-[18F]fluoro-2-deoxyglucose",
        ),
    ],
)
def test_a_chemical_name_keeps_the_brackets_inside_it(text, name):
    out = drop_brackets(text)
    assert name in out and "(XR12)" not in out and "(FDG)" not in out
