"""Tidy what removals leave behind in a sentence: spacing, doubled marks and words, a comma
before the full stop, a missing full stop, the article before a word that changed."""

from __future__ import annotations

import re
from functools import lru_cache

from ..memo import SIZE
from .articles import fix_articles
from .phrase_mends import mend_phrases
from .wholeness import WORD_RUN, capitalise

# `tidy`'s patterns. The first runs on text whose spaces are already single.
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:.!?])")
_MARK_RUN = re.compile(r"([,;:])(?:\s*[,;:])+")
_MARK_BEFORE_END = re.compile(r"[,;:]\s*([.!?])")
_LEADING_MARKS = re.compile(r"^[,;:.\s-]+")
# (never "in in vitro": "growth hormone in in vitro fertilisation" loses its "in")
# (nor a word before a compound it opens: "no difference in in-hospital deaths")
_WORD_TWICE = re.compile(r"\b(?!in in (?:vitro|vivo|situ|utero)\b)(\w+) \1\b(?!-\w)")
_TWO_WORDS_TWICE = re.compile(r"\b(\w+ \w+) \1\b(?!-\w)")  # "prevention of prevention of"
# "treatment or treatment." said once; never "may or may not", "deaths or deaths at one
# year", "schizophrenia or schizophrenia-like": there the two differ
_WORD_OR_ITSELF = re.compile(r"\b(\w+) (?:and|or) \1(?=[,;:.)]|$)")
_BUT_COMMA = re.compile(r"\bBut, ")
_SEMICOLON_BUT_COMMA = re.compile(r";\s*but,\s+")
_PEOPLE_NO_S = re.compile(r"\bpeople'(?!s)")
# An article after a word that already opens the noun phrase: a plain phrase put in with its own
# "a"/"an" ("EAE" -> "an MS-like disease") after "the" or a comparative ("developed milder EAE"
# -> "developed milder an MS-like disease"; the lead's hand-written v4). Never after "that" or a
# word that may end a clause ("no longer a", "later a") or a comparison ("the higher a dose").
_ARTICLE_AFTER_MODIFIER = re.compile(
    r"\b(?i:the|these|those|its|their|our|milder|severer|worse) (?:an?) (?=[\w-])"
)


def _said_twice(text: str) -> str:
    """`text` with a word or two said twice in a row said once ("of of", "prevention of
    prevention of", "treatment or treatment."). Each of these repeats is a run of word
    characters equal to the next run or the one after it, so a text without such runs is
    returned without running the three patterns."""
    runs = WORD_RUN.findall(text)
    if not any(runs[i] in runs[i + 1 : i + 3] for i in range(len(runs) - 1)):
        return text
    text = _WORD_TWICE.sub(r"\1", text)
    text = _TWO_WORDS_TWICE.sub(r"\1", text)
    return _WORD_OR_ITSELF.sub(r"\1", text)


@lru_cache(maxsize=SIZE)
def tidy(text: str) -> str:
    """Fix the spacing and punctuation that removals leave behind; end with a full stop."""
    text = " ".join(text.split())  # each run of white space one space, none at the ends
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _MARK_RUN.sub(r"\1", text)
    text = _MARK_BEFORE_END.sub(r"\1", text)
    text = _LEADING_MARKS.sub("", text)
    text = _said_twice(text)
    if "But, " in text:
        text = _BUT_COMMA.sub("But ", text)
    if "but," in text:
        text = _SEMICOLON_BUT_COMMA.sub("; but ", text)
    if "people'" in text:
        text = _PEOPLE_NO_S.sub("people's", text)
    if " a " in text or " an " in text:
        text = _ARTICLE_AFTER_MODIFIER.sub(lambda m: m.group(0).rsplit(" ", 2)[0] + " ", text)
    text = fix_articles(text)
    text = text.rstrip(" ,;:-")
    if text and text[-1] not in ".!?":
        text += "."
    return capitalise(mend_phrases(text))
