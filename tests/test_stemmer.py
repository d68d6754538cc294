"""The stemmer the evidence words use (PyStemmer's C build of Snowball when it is installed)
gives the stems of snowballstemmer's pure-Python English stemmer, word for word: which one a
machine has changes no alignment, link or finding."""

import pytest
from snowballstemmer.english_stemmer import EnglishStemmer

from plainsum.evidence_words import _stemmer, stem

# Words of the kinds abstracts use: plurals, -ly/-ness/-ation forms, British and American
# spellings, drug and disease names, hyphen parts, capitals' lower case, and a few non-ASCII.
WORDS = [
    "",
    *"""
    relapses relapsing remitting disability disabilities progression progressive inflammation
    inflammatory demyelination remyelinating randomised randomized randomisation participants
    participated cohort cohorts fatigue fatigued significantly significance generally
    generalisation ocrelizumab natalizumab interferon glatiramer fingolimod lesions lesional
    gadolinium enhancing atrophy atrophied cognition cognitive dizziness happiness news dying
    lying skies succeeded proceed exceeding mice analyses analysed analyzing criteria
    hospitalisations wellbeing covid sars t2 fmri naïve café rôle über ſ a is arsenal communism
    generous commune outcomes outcome reported reporting cannot couldn't patients'
    """.split(),
]


@pytest.mark.parametrize("word", WORDS)
def test_stems_are_snowballs_own(word: str) -> None:
    expected = EnglishStemmer().stemWord(word)
    assert _stemmer().stemWord(word) == expected
    assert stem(word) == expected
