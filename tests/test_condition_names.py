"""A condition's name the paper defines is said as the paper names it (issue 9): swapping its
leading word renames the condition ("long-lasting fatigue syndrome" for chronic fatigue
syndrome, "long-lasting cerebrospinal venous insufficiency" for the disputed CCSVI), while the
same word elsewhere in the paper is still made plain. Sentences written for these tests."""

import pytest

from plainsum.plain.glossary import plain_words
from plainsum.plain.senses import kept_terms

_CFS = (
    "Chronic fatigue syndrome (CFS) is a long illness of unknown cause. We enrolled 80 adults "
    "with CFS. Chronic pain was common in the group."
)
_CCSVI = (
    "Chronic cerebrospinal venous insufficiency (CCSVI) has been proposed as a cause of MS. "
    "We compared angioplasty with a sham procedure in 110 people with MS and CCSVI."
)
_RDS = "Preterm infants at risk of respiratory distress syndrome (RDS) were randomised."
_RENAL = "End-stage renal disease (ESRD) was a main outcome, with renal failure."


@pytest.mark.parametrize(
    ("paper", "sentence", "kept", "swapped"),
    [
        (_CFS, "We enrolled 80 adults with chronic fatigue syndrome.", "chronic fatigue", ""),
        (_CFS, "Chronic pain was common in the group.", "", "chronic pain"),
        (
            _CCSVI,
            "We studied people with MS and chronic cerebrospinal venous insufficiency.",
            "chronic cerebrospinal",
            "",
        ),
        (_RDS, "Infants at risk of respiratory distress syndrome were studied.", "respiratory", ""),
    ],
)
def test_a_defined_condition_keeps_its_name(
    paper: str, sentence: str, kept: str, swapped: str
) -> None:
    out = plain_words(sentence, keep=kept_terms(paper))
    if kept:
        assert kept in out.lower()
    if swapped:
        assert swapped not in out.lower()  # the same word outside the name is still plain


def test_a_name_whose_inner_word_has_a_common_plain_form_is_not_kept() -> None:
    # "end-stage kidney disease" is the common name too: nothing to keep
    assert "end-stage renal disease" not in kept_terms(_RENAL)


def test_no_definition_no_name_kept() -> None:
    assert not {t for t in kept_terms("Chronic pain was common.") if t.startswith("chronic")}


# A name that ends the way plain/condition.py says a condition's name ends ("thrombosis", a
# one-word condition; "-itis"), or in a failing organ's head ("insufficiency").
_CVST = (
    "Cerebral venous sinus thrombosis (CVST) is a rare stroke. We describe 40 people with "
    "CVST after a vaccine."
)
_CLL = "Chronic lymphocytic leukaemia (CLL) is common in older adults."


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        (_CVST, "cerebral venous sinus thrombosis"),
        (_CLL, "chronic lymphocytic leukaemia"),
        (_CCSVI, "chronic cerebrospinal venous insufficiency"),
    ],
)
def test_a_defined_name_ending_like_a_condition_is_kept(paper: str, name: str) -> None:
    assert name in kept_terms(paper)


def test_a_defined_name_that_is_no_condition_is_not_kept() -> None:
    paper = "The chronic care model (CCM) guided the visits. Visits followed the CCM."
    assert "chronic care model" not in kept_terms(paper)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # words between "chronic" and a disease's head noun: a named condition, kept
        (
            "People with chronic thromboembolic disease took part.",
            "People with chronic thromboembolic disease took part.",
        ),
        ("Chronic lymphocytic leukaemia was treated.", "Chronic lymphocytic leukaemia was"),
        ("Chronic rotator cuff disease is painful.", "Chronic rotator cuff disease is"),
        # a symptom, or "chronic" alone before the head: the plain word
        ("People with chronic pain took part.", "People with long-lasting pain took part."),
        ("Chronic low back pain is common.", "Long-lasting low back pain is common."),
        ("Chronic disease is common in old age.", "Long-lasting disease is common"),
        ("Chronic cough and the disease were common.", "Long-lasting cough and the disease"),
    ],
)
def test_chronic_before_a_named_condition_stays(sentence: str, want: str) -> None:
    assert want in plain_words(sentence)
