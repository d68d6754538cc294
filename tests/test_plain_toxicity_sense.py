"""In a paper about drug use, "toxicity" is what a drug screen finds, not harm (issue 9): "no
difference was seen in ... maternal harm at delivery" said something else than the paper's
"maternal toxicity at delivery" (a positive drug test; CD006037, the lead's reading)."""

from __future__ import annotations

from plainsum.plain.senses import kept_terms

DRUG_USE = (
    "We included 9 trials of counselling for pregnant women with cocaine use. Urine toxicology "
    "was tested at each visit. No difference was seen in maternal toxicity at delivery."
)
TREATMENT = (
    "We included 9 trials of a new MS drug. Liver toxicity was more common with the drug than "
    "with placebo."
)


def test_toxicity_is_kept_in_a_paper_about_drug_use() -> None:
    assert "toxicity" in kept_terms(DRUG_USE)


def test_toxicity_of_a_treatment_is_harm() -> None:
    assert "toxicity" not in kept_terms(TREATMENT)
