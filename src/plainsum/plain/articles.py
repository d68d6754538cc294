""" "a" or "an" before a word put in place of another: "an effective treatment" is "a helpful
treatment", "an RCT" is "a randomised trial", "a commonly used drug" is "an often used drug".

A swap changes the first sound of the phrase after the article; the article must follow it.
Only an article written in lower case, or one that opens the sentence, is an article ("vitamin
A", "hepatitis A" are names).
"""

from __future__ import annotations

import re

__all__ = ["agreeing", "article_for"]

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
