"""How the alignment reads a sentence's words (plainsum.evidence_words.content_words): lower
case, no stop words or single letters, possessives dropped, numbers left to `number_values`,
hyphenated and slashed words by their parts, in order and with repeats."""

from __future__ import annotations

import pytest

from plainsum.evidence_words import content_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Relapses fell in the treated group.", ["relapses", "fell", "treated"]),
        ("The patients' fatigue and the drug's effect", ["patients", "fatigue", "drug", "effect"]),
        ("Teriflunomide’s users", ["teriflunomide", "users"]),  # a curly apostrophe
        ("120 adults, 3.5 years, 2,000 scans", ["adults", "years", "scans"]),
        ("A T2 lesion on MRI", ["lesion", "mri"]),  # 'A' and 'T' are single letters
        ("low-dose and/or high‐dose", ["low", "dose", "high", "dose"]),  # repeats kept
        ("O'Brien's cohort", ["o'brien", "cohort"]),  # only the possessive 's goes
        ("Interferon beta interferon BETA", ["interferon", "beta", "interferon", "beta"]),
        ("", []),
        ("The study found that it was so.", []),  # every word a stop word
    ],
)
def test_content_words(text, words):
    assert content_words(text) == words


def test_each_call_gets_a_list_of_its_own():
    first = content_words("Fatigue improved with exercise.")
    first.append("changed")
    assert content_words("Fatigue improved with exercise.") == ["fatigue", "improved", "exercise"]
