"""Guess the long form a short form stands for from the words just before its bracket
(Schwartz & Hearst 2003, and the paper's own initials, names and titles), and judge whether a
guess spells the short form well enough to be written in its place."""

from __future__ import annotations

import re
from functools import cache

from .one_word_forms import name_may_stand_for


def best_long_form(short: str, before: str) -> str | None:
    """Schwartz & Hearst: shortest tail of `before` whose words cover the short form's letters."""
    words = before.split()
    limit = min(len(short) + 5, len(short) * 2)
    candidate = " ".join(words[-limit:])
    s_chars = [c.lower() for c in short if c.isalnum()]
    l_text = candidate.lower()
    s_i = len(s_chars) - 1
    l_i = len(l_text) - 1
    while s_i >= 0:
        c = s_chars[s_i]
        while l_i >= 0 and (
            l_text[l_i] != c
            or (s_i == 0 and l_i > 0 and l_text[l_i - 1].isalnum())
            or (s_i == 0 and _word_at(l_text, l_i) in _JOINING)
        ):
            l_i -= 1
        if l_i < 0:
            return None
        s_i -= 1
        l_i -= 1
    start = l_text.rfind(" ", 0, l_i + 1) + 1
    long_form = candidate[start:].strip(" ,;:")
    if not long_form or len(long_form) <= len(short) or "(" in long_form or ")" in long_form:
        return None
    if len(long_form.split()) > limit:
        return None
    return long_form


_MINOR = frozenset({"of", "and", "the", "in", "for", "with", "to", "a", "an", "on", "by", "or"})

# Words that join two things and never open a long form: "psoralen plus ultraviolet A (PUVA)" is
# PUVA, never "plus ultraviolet A"; "Allied and Complementary Medicine Database (AMED)", never
# "and ...". ("in" opens "in vitro fertilisation", "a" opens "a disintegrin and ...".)
_JOINING = frozenset(
    "plus and or nor versus vs vs. with without of to for by from than via into against".split()
)


def _word_at(text: str, i: int) -> str:
    """The word of `text` that starts at index `i`."""
    return text[i:].split(maxsplit=1)[0].strip(",;:") if text[i:].strip() else ""


def initials_long_form(short: str, before: str) -> str | None:
    """The fewest trailing words whose initials spell the short form (minor words may be
    skipped)."""
    letters = [c.lower() for c in short if c.isalnum()]
    if short.endswith("s") and short[:-1].isupper():
        letters = letters[:-1]
    words = before.split()
    for k in range(1, min(len(words), len(letters) + 4) + 1):
        tail = words[-k:]
        if tail[0][:1].lower() != letters[0]:
            continue
        if tail[0].lower() in _MINOR and [w[:1].lower() for w in tail] != letters:
            # a minor word opens a long form only where each word gives one letter: "in vitro
            # fertilisation (IVF)", never "improve outcomes of in vitro fertilisation"
            continue
        initials = [part[:1].lower() for w in tail for part in re.split(r"[-/]", w) if part]
        it = iter(initials)
        if all(any(c == i for i in it) for c in letters):
            long_form = " ".join(tail).strip(" ,;:")
            if len(long_form) > len(short):
                return _without_minor_letter(short, letters, tail, before) or long_form
    return None


def _without_minor_letter(
    short: str, letters: list[str], tail: list[str], before: str
) -> str | None:
    """A shorter long form when the initials needed a minor word's letter: "prevention of
    postoperative nausea and vomiting" spells PONV only with the "o" of "of", where
    "postoperative nausea and vomiting" spells it inside its words (Schwartz & Hearst)."""
    content = [
        part[:1].lower()
        for w in tail
        if w.lower().strip(",;:") not in _MINOR
        for part in re.split(r"[-/]", w)
        if part
    ]
    it = iter(content)
    if all(any(c == i for i in it) for c in letters):
        return None  # spelled without a minor word's letter
    shorter = best_long_form(short, before)
    full = " ".join(tail).strip(" ,;:")
    if shorter and len(shorter) < len(full) and full.endswith(shorter):
        return shorter
    return None


def name_long_form(short: str, before: str) -> str | None:
    """A drug or gene named in one word before a code that does not spell it
    ("desmopressin (DDAVP)"): the word, when it starts with the code's first letter."""
    words = before.split()
    if not words:
        return None
    word = words[-1].strip(" ,;:")
    if (
        word.isalpha()
        and word[1:].islower()
        and name_may_stand_for(short, word)
        and len(word) >= max(6, len(short) + 2)
        and word[0].lower() == short[0].lower()  # "Cyclophosphamide (CFX) is ...", too
    ):
        return word
    return None


def title_long_form(short: str, before: str) -> str | None:
    """A name in capitals just before the short form whose initials the short form holds in
    order, with every capital of the short form among them ("Recombinant Growth Hormone
    (rhGH)": the paper's own name, though "h" for "human" is not in it)."""
    words = before.split()
    tail: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or (tail and word in _MINOR):
            tail.insert(0, word)
            continue
        break
    while tail and tail[0] in _MINOR:
        tail = tail[1:]
    if len(tail) < 2:
        return None
    initials = [w[0].lower() for w in tail if w not in _MINOR]
    letters = [c.lower() for c in short if c.isalpha()]
    it = iter(letters)
    if initials[0] != letters[0] or not all(any(c == i for i in it) for c in initials):
        return None
    capitals = [c.lower() for c in short if c.isupper()]
    if any(c not in initials for c in capitals):
        return None
    return " ".join(tail).strip(" ,;:")


# Words a long form never holds: they belong to the sentence around the definition ("it has
# been suggested that hyperbaric oxygen treatment (HBOT)" defines HBOT, not "has been ...").
_NOT_IN_LONG_FORM = frozenset(
    """has have had been be is are was were that which who whom whose suggested shown reported
    using used called termed known named showed found may might can could will would should
    we our they their these those this it its there here when where if because although while
    than such""".split()
)


def plausible(short: str, long_form: str) -> bool:
    """Whether `long_form` can be what `short` stands for: it starts with the short form's first
    letter, holds no verb or clause word of the sentence around it, and has no more words than
    the short form has letters (plus small joining words)."""
    words = long_form.split()
    if not words or words[0][:1].lower() != short[:1].lower():
        return False
    if words[0].lower().strip(",;:") in _JOINING:
        return False
    if words[0] == "the":  # "the proportion of CD4+ ... T cells (Tregs)": T from "the"
        return False  # (a name may open on it: "The Health Improvement Network (THIN)")
    lowered = [w.lower().strip(",;:") for w in words]
    if any(w in _NOT_IN_LONG_FORM for w in lowered):
        return False
    content = [w for w in lowered if w not in _MINOR]
    letters = sum(1 for c in short if c.isalpha())
    if len(content) > letters + 1:
        return False
    # an all-capital short form read from a phrase of three words or more is spelt by more of
    # those words' initials than its first: "significant effects on biological (STI)" has only
    # its S so ("aspartate aminotransferase (AST)", "methotrexate (MTX)" are no such phrase)
    initialism = short.isalpha() and short.isupper() and letters >= 3
    return not (initialism and len(content) >= 3 and _initials_matched(short, long_form) < 2)


def _initials_matched(short: str, long_form: str) -> int:
    """How many of `short`'s letters, in order (some may be skipped), open a word or a
    hyphen's part of `long_form`: "PTSD" in "post-traumatic stress disorder" has 4, "DNA" in
    "deoxyribonucleic acid" 2, "STI" in "significant effects on biological" 1."""
    initials = [p[:1].lower() for w in long_form.split() for p in w.split("-") if p[:1].isalpha()]
    letters = short.lower()
    # the longest common subsequence of the letters and the initials
    row = [0] * (len(initials) + 1)
    for c in letters:
        previous = row[:]
        for k, first in enumerate(initials, 1):
            row[k] = previous[k - 1] + 1 if c == first else max(previous[k], row[k - 1])
    return row[-1]


_DETERMINERS = frozenset({"the", "a", "an"})


def reaches_into_sentence(short: str, long_form: str) -> bool:
    """Whether a guess took a word of the sentence for the short form's first letter: a
    lower-case word joined to the rest by a phrase with a determiner ("susceptibility to the
    acute respiratory syndrome coronavirus 2" for SARS-CoV-2, where the paper left out
    "severe"), while the rest opens with the short form's second letter. A name keeps its
    capitals ("Schedule for the Evaluation of ..."), and a joining word that lends a letter
    stays ("regression to the mean" is RTM)."""
    words = [w.strip(",;:") for w in long_form.split()]
    letters = [c.lower() for c in short if c.isalpha()]
    if len(words) < 3 or len(letters) < 2 or not words[0][:1].islower():
        return False
    i = 1
    while i < len(words) and words[i].lower() in _MINOR:
        i += 1
    joined = {w.lower() for w in words[1:i]}
    return bool(joined & _DETERMINERS) and i < len(words) and words[i][:1].lower() == letters[1]


# Words that may end a long form without a letter of their own in the short form.
_UNSPELLED_END = frozenset({"type"})


def head_spelled(short: str, long_form: str) -> bool:
    """Whether the short form's letters, in order, can spell the long form's last word too: the
    last word gives a letter, and when that is not its first letter no word before it goes
    without one ("alanine aminotransferase" is ALT). A lower-case head noun that only lends a
    letter from inside while a word before it gives none is no part of the short form:
    "residual disease nodules (RD)" leaves the reader to guess whether RD is the disease or the
    nodules. A name mostly in capitals ("Hamilton Anxiety Scale", "Vogt-Koyanagi-Harada disease") is
    the paper's own, whole."""
    words = [w.strip(",;:") for w in long_form.split() if w.strip(",;:")]
    # small joining words and numbers may lend a letter ("quality of life", "type 2 diabetes")
    # but need not
    needed = [
        i for i, w in enumerate(words) if (w not in _MINOR or w.isupper()) and not w.isdigit()
    ]
    while len(needed) > 1 and words[needed[-1]].lower() in _UNSPELLED_END:
        needed.pop()
    if len(needed) < 2 or 2 * sum(words[i][:1].isupper() for i in needed) >= len(needed):
        return True  # a name ("Alzheimer's Disease Assessment Scale - cognitive subscale")
    letters = [c.lower() for c in short.rstrip("0123456789-") if c.isalnum()]
    if len(letters) > 1 and short.endswith("s") and short[-2:-1].isupper():
        letters.pop()  # "MSCs": the plural's s
    chars = [(i, j, c) for i, w in enumerate(words) for j, c in enumerate(w.lower())]
    last = needed[-1]
    every = sum(1 << i for i in needed)
    initials_only = all(c.isupper() for c in short.rstrip("s") if c.isalpha())

    @cache
    def spells(k: int, pos: int, covered: int, last_initial: bool, prev: int, run: int) -> bool:
        # prev: the word that gave the letter before; run: how many of its first letters, in a
        # row, it gave ("total pain relief" is TOTPAR), else -1
        if k == len(letters):
            return bool(covered >> last & 1) and (last_initial or covered & every == every)
        for p in range(pos, len(chars)):
            i, j, c = chars[p]
            if c != letters[k] or (k == 0 and (i, j) != (0, 0)):
                continue
            same = i == prev
            clipped = j == (run if same else 0)
            if initials_only and same and not clipped and not _starts_part(words[i], j):
                continue  # "mumps" gives MMR one M, never two
            covers = covered | 1 << i
            initial = last_initial or (i == last and j == 0)
            if spells(k + 1, p + 1, covers, initial, i, j + 1 if clipped else -1):
                return True
        return False

    return spells(0, 0, 0, False, -1, -1)


COMPOUND_LETTERS = 7  # a word this long may be a compound or a chemical whose parts a code takes


def _starts_part(word: str, j: int) -> bool:
    """Whether the letter at `j` may stand for a part of `word` in a short form made of
    initials, after a letter from the same word: one after a hyphen, slash or at a capital, or
    any letter of a long word, a compound or a chemical ("cerebrospinal fluid" is CSF,
    "ultraviolet" UV, "methotrexate" MTX); never one inside a short plain word ("mumps" gives
    MMR one M, not two)."""
    if j == 0 or not word[j - 1].isalpha() or word[j].isupper():
        return True
    return sum(c.isalpha() for c in word) >= COMPOUND_LETTERS


def spelled_part(short: str, long_form: str, text: str) -> str | None:
    """What a long form whose last word the short form does not spell stands for: without that
    one head noun where the paper uses those words on their own elsewhere ("no macroscopic
    residual disease (NMRD)" shows RD is "residual disease"), else the paper's whole definition
    ("neurofilament light chain (NfL)"); None when the words before the head do not spell the
    short form either ("IFT20 construct to measure intraflagellar (IFT)"): no guess."""
    words = long_form.split()
    shorter = " ".join(words[:-1]).strip(" ,;:")
    if len([w for w in words[:-1] if w.lower() not in _MINOR]) < 2:
        return None  # one word is a guess ("mumps" for MMR)
    if not head_spelled(short, shorter):
        return None
    if re.search(rf"(?i)\b{re.escape(shorter)}\b(?!\s+{re.escape(words[-1])})", text):
        return shorter
    return long_form
