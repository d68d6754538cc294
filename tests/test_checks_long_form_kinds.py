"""A paper's long form written out in lower case with one word before its head swapped names
another kind of the same thing ("severe muscle atrophy" for spinal muscular atrophy, SMA): a
wrong expansion even with no short form beside it. Lower-case words that end on a head of
their own, or keep the paper's words, are a paraphrase and pass. Sentences written for these
tests, in the style of real abstracts from several fields."""

import pytest

from plainsum.checks.abbreviations import wrong_expansions

SMA = "Sixty children with spinal muscular atrophy (SMA) were given nusinersen or a sham procedure."
TENS = "Transcutaneous electrical nerve stimulation (TENS) was compared with sham in 80 adults."
VAS = "Pain was rated on a visual analogue scale (VAS) from 0 to 100 at each visit."
DBS = "Twenty people with Parkinson's disease had deep brain stimulation (DBS) of the thalamus."
CFS = "Adults with chronic fatigue syndrome (CFS) took graded exercise or usual care for 12 weeks."
ICU = "Of 400 adults admitted to the intensive care unit (ICU), 52 developed delirium."
PEG = "Feeding by percutaneous endoscopic gastrostomy (PEG) was compared with a nasogastric tube."
TMS = "Repeated transcranial magnetic stimulation (TMS) was given over the motor cortex daily."
PPMS = "We enrolled 90 adults with primary progressive multiple sclerosis (PPMS) in three centres."
EMS = "Calls to emergency medical services (EMS) were timed from the 999 call to arrival."
APD = "Twelve people with advanced Parkinson's disease (APD) had a gel pumped into the gut."
TKA = "Adults waiting for total knee arthroplasty (TKA) were given exercise before surgery."


@pytest.mark.parametrize(
    "source,summary,short",
    [
        (SMA, "Children with severe muscle atrophy took part.", "SMA"),
        (TENS, "Transcranial electrical nerve stimulation eased knee pain.", "TENS"),
        (VAS, "Pain on a verbal analogue scale fell more with the device.", "VAS"),
        (DBS, "People with Parkinson's had direct brain stimulation of one brain area.", "DBS"),
        (CFS, "Adults with constant fatigue syndrome did graded exercise.", "CFS"),
        (ICU, "Some adults in the intermediate care unit became confused.", "ICU"),
        (
            PEG,
            "Peripheral endoscopic gastrostomy was compared with a tube through the nose.",
            "PEG",
        ),
        (TMS, "The team gave targeted magnetic stimulation to the brain each day.", "TMS"),
        (PPMS, "The trial took in adults with persistent progressive multiple sclerosis.", "PPMS"),
    ],
)
def test_another_kind_of_the_papers_thing_is_a_wrong_expansion(
    source: str, summary: str, short: str
) -> None:
    assert [w.short for w in wrong_expansions(source, summary)] == [short]


@pytest.mark.parametrize(
    "source,summary",
    [
        # a head of its own: a paraphrase, not the name
        (EMS, "Calls to emergency medical systems were timed."),
        (TKA, "Adults waiting for a total knee replacement did exercise first."),
        # the paper's words, spelled or inflected another way
        (SMA, "Children with spinal muscle atrophy took part."),
        (VAS, "Pain on a visual analog scale fell more with the device."),
        (TENS, "Transcutaneous electric nerve stimulation eased knee pain."),
        (PPMS, "The trial took in adults with primary progressive multiple sclerosis."),
        # plain words that spell nothing of the paper's; a small word in the run names nothing
        (APD, "This study was about Parkinson's disease and quality of life."),
        (CFS, "Adults with long-lasting tiredness did graded exercise."),
        (DBS, "People with Parkinson's had stimulation deep in the brain."),
        (ICU, "Some adults in intensive care became confused."),
        (TMS, "The team stimulated the brain with magnets each day."),
    ],
)
def test_the_papers_thing_in_other_words_passes(source: str, summary: str) -> None:
    assert wrong_expansions(source, summary) == []


RATIOS = (
    "Sleeping more than nine hours was linked to stroke (OR 1.45, 95% CI 1.10 to 1.91). "
    "Relapses were fewer with the drug (RR 0.80, 95% CI 0.66 to 0.97)."
)
POOLED = (
    "Exercise lowered fatigue scores (SMD -0.45, 95% CI -0.70 to -0.20) and body weight "
    "(WMD 1.3 kg, 95% CI 0.4 to 2.2). Harms did not differ (RD 0.01, 95% CI -0.02 to 0.04). "
    "Blood pressure fell (MD -3.2 mmHg). One more person was helped for every 12 treated "
    "(NNT 12)."
)
RELAPSES = "In 300 people with relapsing MS, the ARR was 0.3 with the drug and 0.5 with placebo."


@pytest.mark.parametrize(
    "source,summary,short",
    [
        # words set before the number the paper gives a short form, spelling that short form
        # but naming another measure than the paper's
        (RATIOS, "Long sleep had an overall risk of 1.45 for stroke.", "OR"),
        (RATIOS, "Relapses were fewer with the drug (relapse rate 0.80).", "RR"),
        (POOLED, "Fatigue fell, a standard mean drop of -0.45.", "SMD"),
        (POOLED, "Weight changed by a whole mean difference of 1.3 kg.", "WMD"),
        (POOLED, "Harms were alike (relative difference 0.01).", "RD"),
        (POOLED, "The number needed to test was 12.", "NNT"),
        (RELAPSES, "The absolute relapse rate was 0.3 with the drug.", "ARR"),
    ],
)
def test_a_measure_named_wrongly_beside_the_papers_value_is_a_wrong_expansion(
    source: str, summary: str, short: str
) -> None:
    assert [w.short for w in wrong_expansions(source, summary)] == [short]


@pytest.mark.parametrize(
    "source,summary",
    [
        (RATIOS, "Relapses were fewer with the drug (risk ratio 0.80)."),
        (RATIOS, "Relapses were fewer with the drug (relative risk 0.80)."),
        (RATIOS, "Stroke odds rose (odds ratio 1.45)."),
        # a direction, not a name: "higher risk", "reduced risk"
        (RATIOS, "Long sleep came with a higher risk of 1.45."),
        (RATIOS, "The drug gave a reduced risk 0.80 times that of placebo."),
        # words that spell nothing of the paper's
        (RATIOS, "Relapses were fewer, a rate of 0.80 against placebo."),
        (POOLED, "Fatigue fell, a standardised mean difference of -0.45."),
        (POOLED, "The number needed to treat was 12."),
        (RELAPSES, "The annual relapse rate was 0.3 with the drug."),
    ],
)
def test_the_papers_measure_named_rightly_or_described_passes(source: str, summary: str) -> None:
    assert wrong_expansions(source, summary) == []
