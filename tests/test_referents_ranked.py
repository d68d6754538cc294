"""One of a ranked or measured set the summary never set up (plainsum.checks.referents
`unled_ranked`): "the other main outcome" with no main outcome named as such, "the double dose"
with no dose to double, "the low-dose group" with no doses at all. Sentences written for these
tests."""

import pytest

from plainsum.checks.fluency import text_problems


def flagged(text: str) -> list[str]:
    return [p.span for p in text_problems(text) if p.rule == "dangling_referent"]


@pytest.mark.parametrize(
    "text, span",
    [
        (
            "The review found nine trials of group therapy. Pain eased a little. There was no "
            "difference for the other main outcome, sleep.",
            "the other main outcome",
        ),
        (
            "Five trials tested a cream for eczema. Itching fell. The other secondary outcomes "
            "did not change.",
            "The other secondary outcomes",
        ),
        (
            "Twelve studies of the tablets were found. The double dose caused more headaches "
            "than the lower dose.",
            "The double dose",
        ),
        (
            "Researchers measured the drug in the blood of older adults. The high-dose group "
            "cleared it more slowly.",
            "The high-dose group",
        ),
    ],
)
def test_a_member_of_a_set_never_set_up_is_flagged(text, span):
    assert span in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The main outcomes were pain and sleep. Pain eased. The other main outcome did not change.",
        "The trials had two primary outcomes. One improved; the other primary outcome did not.",
        "Pain eased a little. For all other outcomes, the evidence is very uncertain.",
        "People took the usual 20 mg dose or twice that. The double dose caused more headaches.",
        "Some people took a standard dose. The double dose worked no better.",
        "People took a low or a high dose of the drug. The low-dose group had fewer side effects.",
    ],
)
def test_a_member_of_a_set_set_up_before_passes(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pain eased. There was no difference for the other main outcome, sleep quality, at "
        "six weeks.",
        "Pain eased. No clear differences were seen for the other secondary outcomes including "
        "falls and sleep.",
    ],
)
def test_a_member_the_sentence_names_at_once_passes(text):
    assert flagged(text) == []
