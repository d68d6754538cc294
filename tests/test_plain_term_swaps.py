"""Swaps that must not break a term: "definitive implantation" never "firm implantation",
"neural progenitors" are "young nerve cells" (never "neural young cells"), and "poly(I:C)" is
never cut to "poly" (sentences written for the project)."""

from __future__ import annotations

from plainsum.plain.glossary import plain_words
from plainsum.plain.numbers import drop_brackets
from plainsum.plain.simplify import plain_sentences


def test_definitive_is_firm_only_of_evidence_and_its_kin() -> None:
    assert plain_words("There is no definitive evidence that it helps.") == (
        "There is no firm evidence that it helps."
    )
    assert "firm" not in plain_words("Age predicted definitive implantation of the tooth.")
    assert "firm" not in plain_words("Definitive surgery followed the biopsy.")


def test_neural_progenitors_are_young_nerve_cells() -> None:
    said = plain_words("Sleep loss slowed the division of neural progenitors in larvae.")
    assert "young nerve cells" in said and "neural young" not in said


def test_a_name_with_a_colon_in_its_bracket_is_never_cut() -> None:
    text = "The strains did not change the response to poly(I:C) challenge in the cells."
    assert "poly challenge" not in drop_brackets(text)
    assert not any("poly challenge" in p.text for p in plain_sentences(text))
    assert drop_brackets("Pain fell (p=0.01) in both groups.") == "Pain fell in both groups."


def test_a_weighting_method_is_never_swapped_word_by_word() -> None:
    """ "inverse probability of treatment weighting" is a method: "inverse chance of treatment
    weighting" is nonsense; "probability" alone is still a chance."""
    said = plain_words("Groups were balanced with inverse probability of treatment weighting.")
    assert said == "Groups were balanced with statistical weighting."
    assert "inverse chance" not in plain_words("We used inverse probability weighting.")
    assert (
        plain_words("The probability of a relapse was low.") == "The chance of a relapse was low."
    )


def test_immunosuppression_is_a_treatment_after_prior() -> None:
    """ "prior immunosuppression" was said "prior lowering the immune system"."""
    said = plain_words("Risk was adjusted for prior immunosuppression and age.")
    assert said == "Risk was adjusted for prior immune-lowering treatment and age."


def test_the_previous_year_is_the_past_year() -> None:
    """ "had fallen twice in the previous year" is the year before now, not "the earlier year"."""
    said = plain_words("Adults who had fallen twice in the previous year took part.")
    assert said == "Adults who had fallen twice in the past year took part."
    assert plain_words("Previous trials found no effect.") == "Earlier trials found no effect."


def test_induced_pluripotent_stem_cells_are_never_caused() -> None:
    """ "induced" is "caused" in "the drug induced remission", never inside the name of
    stem cells made in the lab ("caused pluripotent stem cells")."""
    said = plain_words("We generated induced pluripotent stem cells from skin cells of 5 donors.")
    assert said == "We generated lab-made stem cells from skin cells of 5 donors."
    assert "caused" not in plain_words("Induced pluripotent stem cell-derived neurons died.")
    assert (
        plain_words("The drug induced remission in half.") == "The drug caused remission in half."
    )


def test_the_currently_available_evidence_is_the_available_evidence() -> None:
    said = plain_words("The currently available evidence suggests a benefit.")
    assert said == "The available evidence suggests a benefit."
    assert plain_words("Options are currently limited.") == "Options are now limited."


def test_superior_to_a_and_to_b_is_better_than_both() -> None:
    """ "not superior to A and to B" was said "not better than A and to B" (a reader's firm
    broken sentence): the second of the pair takes "than" too."""
    said = plain_words("The tablet was not superior to counselling and to exercise for sleep.")
    assert said == "The tablet was not better than counselling and than exercise for sleep."
    kept = plain_words("The tablet was superior to placebo and to some extent safer.")
    assert "and to some extent" in kept
