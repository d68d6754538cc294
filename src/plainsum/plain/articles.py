""" "a" or "an" before a word put in place of another: "an effective treatment" is "a helpful
treatment", "an RCT" is "a randomised trial", "a commonly used drug" is "an often used drug".

A swap changes the first sound of the phrase after the article; the article must follow it.
Only an article written in lower case, or one that opens the sentence, is an article ("vitamin
A", "hepatitis A" are names). `fix_articles` fits every article of a finished sentence to the
sound of the word after it ("an hour", "a one-year trial", "an MS flare-up"); the gate's fluency
check reads the same sounds (`article_sound`).
"""

from __future__ import annotations

import re

__all__ = ["agreeing", "article_for", "article_sound", "fix_articles"]

# Words that start with a vowel letter and a consonant sound ("one", "unit", "usual", "euro").
_CONSONANT_SOUND = re.compile(r"(?:one\b|once\b|eu|ur[aeiou]|uni|us[eu]|uti|ubiq|ewe)", re.I)
# Words that start with a silent "h" ("an hour").
_SILENT_H = re.compile(r"(?:hour|honest|honou?r|heir)", re.I)
_ARTICLE_END = re.compile(r"(?:(?<=[\s(\"'])|^)(a|an|A|An)(\s+)$")


def article_for(word: str) -> str:
    """ "an" before a vowel sound, else "a"."""
    if _SILENT_H.match(word):
        return "an"
    if word[:1].lower() in "aeiou" and not _CONSONANT_SOUND.match(word):
        return "an"
    return "a"


def agreeing(before: str, word: str) -> str:
    """`before` with the article it ends with (if any) made to agree with `word`, the phrase
    put after it; an "A" or "An" mid-sentence is a name's letter and stays."""
    m = _ARTICLE_END.search(before)
    if m is None:
        return before
    article = m.group(1)
    said = before[: m.start()].rstrip()
    if article[0] == "A" and said and said[-1] not in ".!?:;\"'(":
        return before  # "vitamin A", "type A": a letter, not an article
    wanted = article_for(word)
    if wanted == article.lower():
        return before
    if article[0] == "A":
        wanted = wanted.capitalize()
    return before[: m.start(1)] + wanted + m.group(2)


# --- a / an before the paper's own words: by the sound of the next word, not its letter ----

_VOWEL_LETTERS = frozenset("AEIO")  # as letters and as a word's start: a vowel sound
_CONSONANT_LETTERS = frozenset("BCDGJKPQTVWYZU")  # "U" is "you"
_SILENT_H_WORDS = ("hour", "honest", "honour", "honor", "heir")


def _word_sound(word: str) -> str | None:
    """'v' (vowel sound), 'c' (consonant sound) or None (not sure) for a word of letters (_sound
    passes only those: 'one-year' comes here as 'one')."""
    w = word.lower()
    first = w[:1]
    if w in ("one", "once"):
        return "c"
    if w.startswith(_SILENT_H_WORDS):
        return "v"
    if first in "aio":
        return "v"
    if first == "e":
        return "c" if w.startswith(("eu", "ewe")) else "v"
    if first == "u":
        if re.match(r"uni[nm]|un[^i]|ul|um|up|ur[^aeiou]|utt", w):
            return "v"
        if re.match(r"uni|us[aeiou]|ut[aeiou]|ur[aeiou]|uk|ug[aeiou]", w):
            return "c"
        return None
    if first in "hxy":
        return None  # "an historic" is old but not wrong; "x-ray", "ytterbium"
    return "c"


def _number_sound(token: str) -> str | None:
    digits = re.match(r"\d+", token)
    if not digits:
        return None
    n = digits.group(0)
    if n.startswith("8") or n in ("11", "18"):
        return "v"
    if token[len(n) :][:1] in (".", ","):  # "1.5", "11,000": read several ways
        return None
    return "c"


def article_sound(token: str, letters: bool = False) -> str | None:
    """'v' (the token starts with a vowel sound), 'c' (a consonant sound) or None (not sure
    from its spelling). With `letters`, a capitalised abbreviation with no vowel letter but a last
    "I" ("MS", "MRI", "RCT") is read letter by letter: "an MS flare-up" ("NSAID" is not sure)."""
    head = re.split(r"[-/’']", token)[0] or token
    if head[:1].isdigit():
        return _number_sound(token)
    if head.isupper() and len(head) >= 2 and head.isalpha():
        if head.startswith(("EU", "URO", "UNI")):
            return None  # read as a word: "a EUSOL dressing"
        if head[0] in _VOWEL_LETTERS:
            return "v"
        if head[0] in _CONSONANT_LETTERS:
            return "c"
        if (
            letters
            and head[0] in "FLMNRSX"
            and not re.search(r"[AEIOUY]", head[1:-1] + head[-1:].replace("I", ""))
        ):
            return "v"  # "em-ess", "ar-see-tee": no vowel to read the letters as a word
        return None  # F H L M N R S X: "an MRI" as letters, "a NICE" as a word, "a RR" as words
    if not head.isalpha() or len(head) < 2 or not head[1:].islower():
        return None
    return _word_sound(head)


_ARTICLE = re.compile(r"(?<![\w'’.-])(a|an|A|An) ([A-Za-z0-9][\w.'’-]*)")


def _fitting_article(m: re.Match[str]) -> str:
    art, word = m.group(1), m.group(2)
    if art[0] == "A" and m.string[: m.start()].strip(" \"'“‘("):
        return m.group(0)  # "vitamin A", "group A" mid-sentence
    sound = article_sound(word.rstrip(".,"), letters=True)
    if sound is None and word[:1] == "h" and word.isalpha():
        sound = "c"  # "a hospital"; the silent h of "hour", "honest", "heir" is known
    if sound is None or (art.lower() == "an") == (sound == "v"):
        return m.group(0)
    fitting = art[0] + ("n" if sound == "v" else "")
    return f"{fitting} {word}"


def fix_articles(text: str) -> str:
    """`text` with each 'a'/'an' fitted to the sound of the next word ("an hour", "a one-year
    trial", "a user", "an MS flare-up"); a word whose sound is not sure is left as written."""
    if "a " not in text and "A " not in text and "an " not in text and "An " not in text:
        return text
    return _ARTICLE.sub(_fitting_article, text)
