"""Terms explained by what they are said to be, use or come from, and named measures no reader
can read a result off (issue 8). Found on the human lay summaries of ../shared/data: a term
given examples ("..., such as ..."), a place or a way ("..., where ..."), a working ("... uses
..."), a cause ("... arises from ...") or one of a class set off by a comma was read as
unexplained; a phrase's explanation was judged with the phrase's own rare words in it.
Sentences written for these tests."""

import pytest

from plainsum.checks.jargon import find_terms, unexplained_terms


def flagged(text: str) -> list[str]:
    return [t.text for t in unexplained_terms(text)]


@pytest.mark.parametrize(
    "text",
    [
        # examples in plain words say what kind of thing it is
        "The survey asked about sociologic factors, such as schooling and income.",
        "Mosquitoes spread arboviruses such as the virus behind yellow fever.",
        # where it is done, said in a clause
        "Some tried thalassotherapy, where a patient bathes in warm sea water each day.",
        # what it uses, involves or comes from
        "Oscillatory therapy uses a vest that shakes the chest to loosen mucus.",
        "Cardiogenic shock arises from a heart that cannot pump enough blood.",
        "Hashimoto's thyroiditis is caused by the body's defences attacking the thyroid.",
        # a phrase explained in brackets, whatever its second word is
        "Echinacea purpurea (a garden flower used as a herbal remedy) was given for colds.",
        "Cervical intraepithelial neoplasia (CIN) is a change in cells that may turn into cancer.",
        # one of a class, set off by a comma
        "All the drugs helped except the dopamine agonist, rotigotine.",
    ],
)
def test_a_term_said_what_it_is_by_examples_place_use_or_cause_is_explained(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, term",
    [
        # examples that are terms themselves explain nothing
        (
            "Two had an arterial thromboembolism, such as an ischaemic stroke or a myocardial "
            "infarction.",
            "thromboembolism",
        ),
        # examples that are only an abbreviation explain nothing
        ("The review left out rheumatologic conditions such as JIA.", "rheumatologic"),
        # ', or' going on with the sentence gives no other name
        (
            "Healing was the same with cyclosporin and mycophenolate mofetil, or in how long "
            "people stayed well.",
            "mofetil",
        ),
        # a class word in a list before the name is no appositive
        (
            "Trials tested bile acids, a phosphodiesterase inhibitor, glucuronolactone and diet.",
            "glucuronolactone",
        ),
        # a verb after the term that says what happened, not what it is
        ("Thalassotherapy improved sleep in two trials.", "Thalassotherapy"),
    ],
)
def test_near_misses_still_explain_nothing(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("Visual analogue pain scores fell more in the gel group.", "Visual analogue pain scores"),
        ("The drug's elimination half-life was about 30 hours.", "elimination half-life"),
    ],
)
def test_a_named_measure_is_an_error(text, term):
    terms = {t.text: t for t in find_terms(text)}
    assert term in terms and terms[term].very_rare
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("She had a raised pyridoxal 5'-phosphate level in her blood.", "pyridoxal 5'-phosphate"),
        ("The variant sits in the 3'-UTR of the gene.", "3'-UTR"),
    ],
)
def test_a_chemical_with_a_numbered_position_needs_a_look(text, term):
    # a warning: a paper about the chemical names it in its main finding
    terms = {t.text: t for t in find_terms(text)}
    assert term in terms and not terms[term].very_rare
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Blood pyridoxal 5'-phosphate, the main form of vitamin B6 in the blood, was high.",
        "Pain was rated on a visual analogue scale (a 10 cm line from no pain to worst pain).",
        "The elimination half-life (the time the body takes to clear half the drug) was long.",
        # a scale is explained by what it rates or its range
        "Pain was checked with a visual analogue scale before and after the course.",
        "Itching fell by two points on a 0-10 visual analogue scale.",
        "Disability was measured by the Expanded Disability Status Scale (EDSS).",
        # the same measure again in another form is no new term
        "Pain was checked with a visual analogue scale, and the visual analogue scale scores fell.",
    ],
)
def test_the_same_measures_explained_pass(text):
    assert flagged(text) == []
