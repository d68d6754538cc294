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
