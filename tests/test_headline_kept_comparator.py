"""Issue 9 (true > short): a headline cut to length keeps what the finding was set against when
that is another treatment (plain/headline/kept_comparator.py). The cases: a review's result
"..., including steroid-sparing control, compared to mycophenolate at six months" headed as a
gain against nothing (CD014831), and "... and was better at preventing fits than lytic
cocktail" cut to its first claim (CD002960). Also: "one medicine over the other" points at no
sentence before it (dangling.py); "There is a lack of data about which drug is best" is no
finding (no_finding.py), and the authors' later finding heads over it (choose.py); the authors'
verdict on use ranks as their bottom line (rank.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.dangling import dangles
from plainsum.plain.headline.forms import headline_forms
from plainsum.plain.headline.kept_comparator import drops_comparator
from plainsum.plain.headline.no_finding import says_no_finding
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

AGAINST_DRUG = (
    "Ocrelizumab probably results in a slight reduction in the share of people with new "
    "lesions, including enhancing lesions, compared to interferon beta at two years."
)
TWO_CLAIMS_ONE_COMPARATOR = (
    "Cooling vests were linked with less tiredness and were better at keeping walking speed "
    "than electric fans."
)


@pytest.mark.parametrize(
    ("sentence", "form", "dropped"),
    [
        # the comparison with another drug cut off with the tail after the claim
        (
            AGAINST_DRUG,
            "Ocrelizumab probably results in a slight reduction in the share of people with new "
            "lesions",
            True,
        ),
        # the comparator after a second claim is the first one's too
        (TWO_CLAIMS_ONE_COMPARATOR, "Cooling vests were linked with less tiredness", True),
        # kept
        (
            AGAINST_DRUG,
            "Ocrelizumab probably results in a slight reduction in the share of people with new "
            "lesions compared to interferon beta",
            False,
        ),
        # a control may go unsaid
        (
            "Balance training reduced falls in people with progressive MS, compared with usual "
            "care at six months.",
            "Balance training reduced falls in people with progressive MS",
            False,
        ),
        (
            "Brief talks can reduce drinking in heavy drinkers compared to minimal or no advice.",
            "Brief talks can reduce drinking in heavy drinkers",
            False,
        ),
        # a number is no comparator
        (
            "The new cream gave good relief to about half of the people, more than 20% with the "
            "dummy cream.",
            "The new cream gave good relief to about half of the people",
            False,
        ),
        # the comparison of a second claim the cut left out goes with it
        (
            "Moderate-certainty evidence supports tai chi for improving balance when compared "
            "with no exercise, as well as for reducing fear of falling when compared with health "
            "education.",
            "Moderate-certainty evidence supports tai chi for improving balance when compared "
            "with no exercise",
            False,
        ),
    ],
)
def test_a_cut_may_not_drop_an_active_comparator(sentence: str, form: str, dropped: bool) -> None:
    assert drops_comparator(sentence, form) is dropped


@pytest.mark.parametrize("sentence", [AGAINST_DRUG, TWO_CLAIMS_ONE_COMPARATOR])
def test_no_headline_form_sets_the_claim_against_nothing(sentence: str) -> None:
    forms = [text for _, text in headline_forms(measured(sentence), StudyDesign.REVIEW, "animals")]
    comparator = "interferon beta" if "Ocrelizumab" in sentence else "electric fans"
    assert forms  # the whole sentence is still a form
    assert all(comparator in f for f in forms)


def test_a_cut_to_a_control_still_offered() -> None:
    sentence = (
        "Balance training probably reduces falls in people with progressive MS, with similar "
        "rates of minor injuries, compared with usual care."
    )
    forms = [text for _, text in headline_forms(measured(sentence), StudyDesign.REVIEW, "animals")]
    assert "Balance training probably reduces falls in people with progressive MS" in forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There was not enough evidence to prefer one medicine over the other in people "
            "with early MS",
            False,
        ),
        ("Either one or the other tablet eased the pain in most people", False),
        ("The other trial found fewer relapses with the tablet", True),
        ("Pain eased more in the other group", True),
    ],
)
def test_one_over_the_other_names_its_pair(text: str, expected: bool) -> None:
    assert dangles(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is a lack of data about which of the three tablets is most helpful in MS", True),
        ("There is a paucity of evidence regarding which drug is more effective or safe", True),
        # a finding about one drug
        ("Fingolimod is probably more helpful than interferon in reducing relapses", False),
    ],
)
def test_which_is_best_not_known_is_no_finding(text: str, expected: bool) -> None:
    assert says_no_finding(text) is expected


def test_the_authors_finding_heads_over_a_lack_of_data_about_which_is_best() -> None:
    conclusions = [
        measured(
            "There is a lack of data about which of the three tablets is most helpful or safe "
            "for people with relapsing MS.",
            (20,),
            20,
        ),
        measured(
            "Trials were small, varied in their design, and seldom compared two tablets with "
            "each other.",
            (21,),
            21,
        ),
        measured(
            "Fingolimod is probably slightly more helpful than interferon in keeping people free "
            "of relapses, including relapses treated with steroids, although there was not enough "
            "evidence to prefer one medicine over the other in older people.",
            (22,),
            22,
        ),
    ]
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, studies="9 trials")
    assert head.text.startswith("Fingolimod is probably slightly more helpful than interferon")


def test_the_verdict_on_use_heads_over_an_earlier_conclusion() -> None:
    # (a long result said as a conclusion first, as in CD004014: the verdict takes first place)
    conclusions = [
        measured(
            "Stitching the patient's own tissue was linked with more awareness of the bulge, "
            "more repeat operations and more returns of the bulge compared with stitching with a "
            "mesh.",
            (30,),
            30,
        ),
        measured(
            "Current evidence does not support the use of mesh compared with the patient's own "
            "tissue for a bulging bladder owing to increased illness after surgery.",
            (31,),
            31,
        ),
    ]
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, studies="12 trials")
    assert head.origin == conclusions[1].text
