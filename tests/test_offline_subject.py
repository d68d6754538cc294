"""What a paper studied, as a noun phrase for "This review looked at X.": from its aim as drafted
or the subject of its authors' conclusion, whole, else nothing. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.subject import aim_subject, concluded_subject


@pytest.mark.parametrize(
    ("aim", "subject"),
    [
        (
            "The review authors looked at warm baths in people with long-term back pain.",
            "warm baths in people with long-term back pain",
        ),
        (
            "The review authors wanted to check the effect, safety and acceptability of "
            "singing, dancing and other group activities to ease low mood in older adults.",
            "singing, dancing and other group activities to ease low mood in older adults",
        ),
        ("The review authors wanted to check the effect of hand splints.", "hand splints"),
        (
            "The review authors wanted to check home visits for lonely older adults, in terms "
            "of what works for whom.",
            "home visits for lonely older adults",
        ),
        # a clause, a pointer, a cut phrase or a single word: nothing
        ("The review authors looked at whether splints help.", None),
        ("The review authors wanted to check the effect of these treatments.", None),
        ("The review authors looked at treatments.", None),
        ("The review authors looked at splints for.", None),
        ("The researchers measured grip strength in 40 adults.", None),
    ],
)
def test_what_an_aim_says_was_studied(aim: str, subject: str | None) -> None:
    assert aim_subject(aim) == subject


@pytest.mark.parametrize(
    ("conclusion", "subject"),
    [
        (
            "Iron drops in toddlers probably reduce tiredness a little.",
            "Iron drops in toddlers",
        ),
        (
            "The evidence suggests garden walks improve sleep in carers.",
            "garden walks",
        ),
        (
            "There was no convincing evidence that fish oil during pregnancy lowers asthma.",
            "fish oil during pregnancy",
        ),
        (
            "Evidence from this review supports the use of rocking chairs in care homes as a "
            "calming activity.",
            "rocking chairs in care homes",
        ),
        (
            "Cold packs after knee surgery are more helpful than warm packs.",
            "Cold packs after knee surgery",
        ),
        # no subject of an effect claim: nothing rather than a guess
        ("In adults having surgery, the drop in blood loss was small.", None),
        ("Further research is needed.", None),
        ("These results suggest a benefit.", None),
        ("The trials were small and at high risk of bias.", None),
        ("It may reduce pain in 12 of 30 people.", None),
        # a way to do research, or a phrase that opens on a preposition: no thing studied
        ("Diary-based research designs may help show when the effect stops.", None),
        ("The markers provide evidence that in the face of heavy rain, moths spread.", None),
        ("But early splints may help children walk sooner.", None),
        ("The results support local health decisions in poor areas and consider costs.", None),
    ],
)
def test_what_a_conclusion_is_about(conclusion: str, subject: str | None) -> None:
    assert concluded_subject(conclusion) == subject
