"""Medicine names a lay summary keeps are warnings for an editor, not errors: local anaesthetics,
airway openers, taxanes, HIV drugs, barbiturates and steroids by their name's ending, and an
insulin by the word before it (issue 8). Found on the human lay summaries of ../shared/data,
where these names were read as errors. Sentences written for these tests."""

import pytest

from plainsum.checks.jargon import find_terms


@pytest.mark.parametrize(
    "text, name",
    [
        ("The dentist numbed the gum with articaine before the filling.", "articaine"),
        ("Children used an inhaler of arformoterol twice a day.", "arformoterol"),
        ("Half of the women were given cabazitaxel every three weeks.", "cabazitaxel"),
        ("Adults in the trial were given telbivudine for a year.", "telbivudine"),
        ("Sleep came faster with methohexital than with the other drug.", "methohexital"),
        ("A cream of fluocinolone was rubbed on the patches.", "fluocinolone"),
        ("We compared insulin degludec with the usual evening insulin.", "degludec"),
        ("It did as well as asenapine in the trials.", "asenapine"),
        ("People took lurasidone each evening.", "lurasidone"),
        # the second word of a medicine's name
        ("Some used mometasone furoate once a day.", "furoate"),
    ],
)
def test_a_medicine_name_is_a_warning(text, name):
    (term,) = [t for t in find_terms(text) if t.text == name]
    assert term.medicine and not term.very_rare


@pytest.mark.parametrize(
    "text",
    [
        "The scan showed a crack in the orbital floor near the eye.",
        "Blood cholesterol subfractions were measured in each man.",
    ],
)
def test_a_word_that_only_ends_like_one_is_no_medicine(text):
    assert not any(t.medicine for t in find_terms(text))
