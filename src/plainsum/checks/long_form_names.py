"""Long forms named without their short form, or tried and botched: how a text names what a
short form stands for other than by writing it out beside it.

- named_in_full / spelled_out_in: the paper names in full what a short form stands for (a name
  in capitals, "Sexual Encounter Profile" for SEP; words in a row, "randomised controlled
  trials" for RCT), though it never abbreviates it;
- attempted_expansions / near_long_forms: a summary's try at the paper's long form that went
  wrong, beside the short form or without it ("Cambridge Neurological Assessment Test Battery");
- plain_last_word: a plain word put for the technical last word of a long form, a gloss.

Used by the abbreviations check (plainsum.checks.abbreviations) and the faithfulness check.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .long_forms import (
    _MINOR,
    _letters,
    _normalised,
    _same_word,
    _spells_exactly,
    by_initials,
    same_long_form,
)


def _content_words(long_form: str) -> list[str]:
    return _normalised(long_form).split()


def _shares_word(word: str, words: list[str]) -> bool:
    return any(_same_word(word, other) for other in words)


def _from_letter(short: str, words_before: str) -> str:
    """`words_before` from the first word that starts with the first letter of `short`."""
    words = words_before.split()
    while words and words[0][:1].lower() != short[:1].lower():
        words = words[1:]
    return " ".join(words)


def _attempt(short: str, candidate: str, paper: str) -> str | None:
    """`candidate`, cut to where it starts with the first letter of `short`, when it reads as
    a try at the paper's long form `paper` that went wrong: it shares a word with it but also
    holds a word of its own ("Cambridge Neurological Assessment Test Battery" for the paper's
    "Cambridge Neuropsychological Test Automated Battery"). A gloss that keeps to the paper's
    words ("Expanded Disability Scale") or opens with an article ("a set of memory tests") is
    no try at a long form, and neither is one with fewer words than two thirds of the short
    form's letters ("helicopter ambulance" for HEMS, "helicopter emergency medical services")."""
    if re.match(r"(?:a|an|the)\s", candidate.strip(), re.I):
        return None
    text = _from_letter(short, candidate)
    if re.search(r"[A-Z][\w-]*[A-Z]", text):
        return None  # an abbreviation inside ("IL-1 receptor"): its words cannot be compared
    mine, theirs = _content_words(text), _content_words(paper)
    if len(mine) < max(2, -(-2 * len(_letters(short)) // 3)):
        return None  # fewer words than letters: a plain gloss ("helicopter ambulance", HEMS)
    if not any(_shares_word(w, theirs) for w in mine):
        return None
    if all(_shares_word(w, theirs) for w in mine):
        return None
    return text


@lru_cache(maxsize=1024)
def _attempt_patterns(short: str, size: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The places a summary may write `short` out: after it ("SF (long form)", "(SF, long
    form"), and up to `size` words before it ("long form (SF)")."""
    s = re.escape(short)
    after = re.compile(
        rf"(?<![\w-]){s}s?\s*\(\s*([^()]{{3,80}})\)|\(\s*{s}s?\s*,\s*([^(),;]{{3,80}})"
    )
    before = re.compile(rf"((?:[\w'’-]+\s+){{1,{size}}})\(\s*{s}s?\s*\)")
    return after, before


def attempted_expansions(text: str, definitions: dict[str, str]) -> dict[str, str]:
    """Short form -> long form for each abbreviation the paper defines that a summary writes
    out beside itself with words that do not spell it but are plainly a try at the paper's
    long form, with a word of their own in it ("CANTAB (Cambridge Neurological Assessment Test
    Battery)", "adrenal thyroid hormone (ACTH)"): the letters no longer decide, the meaning
    does."""
    found: dict[str, str] = {}
    for short, paper in definitions.items():
        if short not in text:
            continue
        after, before = _attempt_patterns(short, len(paper.split()))
        for m in after.finditer(text):
            candidate = re.split(r"[,;:]", m.group(1) or m.group(2))[0]
            tried = _attempt(short, candidate, paper)
            if tried:
                found[short] = tried
        for m in before.finditer(text):
            tried = _attempt(short, _from_letter(short, m.group(1)), paper)
            if tried:
                found[short] = tried
    return found


RARE_WORD = 3.0  # a last word this rare in English is the paper's technical term ...
PLAIN_WORD = 4.0  # ... and one this common is a plain word put in its place


def plain_last_word(short: str, written: str, paper: str) -> bool:
    """Whether `written` is the paper's long form `paper` with its last word, a technical
    term, put in a plain word ("total knee replacement" for "total knee arthroplasty", TKA):
    a gloss, not another expansion. `written` must not spell `short` by its initials (it
    does only because the plain word holds the last letter), while `paper` does."""
    from .text import zipf

    if by_initials(short, written) or not by_initials(short, paper):
        return False
    mine, theirs = written.lower().split(), paper.lower().split()
    if len(mine) != len(theirs) or len(mine) < 2:
        return False
    if not same_long_form(" ".join(mine[:-1]), " ".join(theirs[:-1])):
        return False
    return zipf(theirs[-1]) < RARE_WORD and zipf(mine[-1]) >= PLAIN_WORD


def named_in_full(short: str, source: str) -> str | None:
    """The name in `source` whose capitalised words spell `short`, one word for each letter,
    when the paper names a scale or test in full but never abbreviates it ("Sexual Encounter
    Profile" for SEP): the sense its context gives the short form."""
    letters = _letters(short)
    if len(letters) < 2:
        return None
    word = r"[A-Z][a-z][\w'’]*"
    run = rf"{word}(?:[\s-]+(?:of\s+|and\s+|the\s+|for\s+)?{word}){{{len(letters) - 1}}}"
    for m in re.finditer(rf"(?<![\w-]){run}(?![\w-])", source):
        if _spells_exactly(short, m.group(0)):
            return m.group(0)
    return None


_FIRST_WORD = re.compile(r"[^\s/-]*")


def _first_word(text: str) -> str:
    """The first word of `text` as `_spells_exactly` splits it, lower-cased."""
    found = _FIRST_WORD.match(text)
    return found.group(0).lower() if found else ""


# The first letters of the small words: a run that starts with one may start with a small word.
_MINOR_FIRSTS = frozenset(w[0] for w in _MINOR)


@lru_cache(maxsize=256)
def _word_runs(size: int, first: str) -> re.Pattern[str]:
    """`size` words in a row (small words between them aside), found at every start whose first
    letter is `first` (either case) or a small word's first letter: the only starts
    `near_long_forms` reads (a run starting with another letter is no long form of a short
    form starting with `first`), so the pattern is not tried, nor a match read, at the others."""
    starts = _MINOR_FIRSTS | {first} if len(first) == 1 and "a" <= first <= "z" else _MINOR_FIRSTS
    letters = "".join(sorted(starts | {c.upper() for c in starts}))
    word = r"[A-Za-z][\w'’]*"
    joint = r"[\s-]+(?:(?:of|and|the|for|in|with|to|on)\s+)?"
    run = rf"{word}(?:{joint}{word}){{{size - 1}}}"
    return re.compile(rf"(?<![\w'’-])(?=[{letters}])(?=({run})(?![\w-]))")


# a word as `_word_runs` reads one: where no word character or apostrophe comes before
_RUN_WORD = re.compile(r"(?<![\w'’])[A-Za-z][\w'’]*")


def _initials_in_turn(text: str) -> str:
    """The first letters, lower case, of the words of `text` in turn, small words left out.
    Every run `near_long_forms` keeps is words of `text` in a row (each a whole word of it, only
    spaces, hyphens or one small word between them, none of them small) whose first letters
    are its short form's: they stand in a row in this string."""
    return "".join(w[0].lower() for w in _RUN_WORD.findall(text) if w.lower() not in _MINOR)


def near_long_forms(text: str, definitions: dict[str, str], source: str) -> dict[str, str]:
    """Short form -> the words of `text` that spell one of the paper's abbreviations word for
    letter and share words with its long form but name something else, with no short form
    beside them ("Extended Disability Status Score" where the paper's EDSS is the "Expanded
    Disability Status Scale"): the paper's term written out wrongly, with a word of its own (all
    of the paper's words is its name, cut short: "Diet Essential Fatty Acid" for "dietary
    Essential Fatty Acid modulation"). In lower case the words must end on the paper's own
    last word, with a word before it swapped: another kind of the same thing ("severe muscle
    atrophy" for "spinal muscular atrophy", "verbal analogue scale" for "visual analogue
    scale"); lower-case words with a head of their own are a paraphrase ("emergency medical
    systems" for EMS), and words the paper itself uses are left alone. Words set before a
    number the paper gives its short form are read too (`_named_before_number`)."""
    found: dict[str, str] = {}
    source_lower = source.lower()
    spelled = _initials_in_turn(text)
    for short, paper in definitions.items():
        letters = _letters(short)
        if len(letters) < 3 or not short.isupper():
            continue
        if "".join(letters) not in spelled:
            continue  # no words of the text in a row start with its letters (most short forms)
        theirs = _content_words(paper)
        for m in _word_runs(len(letters), letters[0]).finditer(text):  # every start it reads
            words = m.group(1)
            if words[0].lower() != letters[0] and _first_word(words) not in _MINOR:
                continue  # its first word is no small word and starts with another letter
            if not _spells_exactly(short, words) or words.lower() in source_lower:
                continue
            mine = _content_words(words)
            named = all(w[0].isupper() for w in re.split(r"[\s-]+", words) if w not in _MINOR)
            if not named and (
                not (theirs and mine and _same_word(mine[-1], theirs[-1]))
                or _FUNCTION_WORDS & set(words.lower().split())
            ):
                continue  # lower case words with a head of their own are a paraphrase, and
                # "about Parkinson's disease" (APD) no name at all
            shared = sum(_shares_word(w, theirs) for w in mine)
            if len(mine) > shared and 2 * shared >= len(mine) and not same_long_form(words, paper):
                found[short] = words
    for short, words in _named_before_number(text, source, source_lower).items():
        found.setdefault(short, words)
    return found


# Words that are no part of a name: a run of words holding one names nothing ("about
# Parkinson's disease" spells APD, "over a year" nothing).
_FUNCTION_WORDS = frozenset(
    """about over under after before during between among against across within without than
    as at by from into onto per via like since until upon near all any each every some more
    most less both either other such very also only not no its their our your my his her this
    that these those who which whose what when where how why is are was were be been has have
    had do does did will would can could may might should must""".split()
)


# A short form the paper gives a result right after: "OR 1.02", "RR = 0.80", "the ARR was 0.3".
_SHORT_THEN_NUMBER = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]*[A-Z])s?(?:\s*[=:,]|\s+(?:was|were|is|of))?\s*-?"
    r"(\d+(?:\.\d+)?)(?!\.?\d)"
)
_NUMBER = re.compile(r"(?<![\w.])-?(\d+(?:\.\d+)?)(?!\.?\d)")  # a sign aside
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words between a measure's name and its value: "an overall risk of 1.02", "relapse rate = 0.8".
_LINKING = frozenset("of was were is are at about around a an the".split())
# A word that says which way a number goes ("a higher risk of 1.4", "increased odds") describes
# the value; it does not name the measure.
_DIRECTION = frozenset(
    """higher lower greater smaller larger bigger increased reduced raised decreased elevated
    lowered heightened diminished excess extra""".split()
)


def _named_before_number(text: str, source: str, source_lower: str) -> dict[str, str]:
    """Short form -> the words of `text` just before a number that the paper gives right after
    that short form, when their initials spell it one word for each letter ("an overall risk
    of 1.02" where the paper has "OR 1.02"): the summary names the paper's measure, and the
    abbreviations check judges the name against the paper's sense of the short form. Words
    the paper itself uses, and a first word that gives a direction ("higher risk"), are left
    alone."""
    given: dict[str, set[str]] = {}
    for m in _SHORT_THEN_NUMBER.finditer(source):
        given.setdefault(m.group(2), set()).add(m.group(1))
    found: dict[str, str] = {}
    if not given:
        return found
    for m in _NUMBER.finditer(text):
        shorts = given.get(m.group(1))
        if not shorts:
            continue
        words = _WORD.findall(text[max(0, m.start() - 80) : m.start()])
        while words and words[-1].lower() in _LINKING:
            words.pop()
        if not words or words[-1].lower() in _MINOR:
            continue  # "mg a day and by 2.5": no name ends on a small word
        for short in sorted(shorts):
            size = len(_letters(short))
            for n in range(size, min(size + 3, len(words)) + 1):
                run = " ".join(words[-n:])
                if not _spells_exactly(short, run) or _FUNCTION_WORDS & set(run.lower().split()):
                    continue
                if (
                    short not in run
                    and run.lower() not in source_lower
                    and _first_word(run) not in _DIRECTION
                ):
                    found[short] = run
                break
    return found


_WORDS = re.compile(r"[^\W_]+")
INITIALS_LETTERS = 3  # a short form this long may be read off the initials of the paper's words


def spelled_out_in(name: str, words: str) -> bool:
    """Whether `words` (a paper as lower-case words joined by single spaces, a space at each
    end) name in full what the abbreviation `name` stands for: one of its standard long forms
    ("cerebrospinal fluid" for CSF), or, for three letters or more, words in a row whose
    initials spell it ("randomised controlled trials" for RCT)."""
    from .abbreviation_senses import senses

    short = name[:-1] if name.endswith("s") and name[:-1].isupper() else name
    if not short.isupper() or not short.isalpha():
        return False
    for sense in senses().get(short, ()):
        if any(f" {' '.join(_WORDS.findall(lf.lower()))} " in words for lf in sense.long_forms):
            return True
    return len(short) >= INITIALS_LETTERS and _initials_run(short.lower()).search(words) is not None


@lru_cache(maxsize=1024)
def _initials_run(letters: str) -> re.Pattern[str]:
    """Words in a row starting with `letters`, one word for each letter."""
    return re.compile(" " + " ".join(rf"{c}[a-z]*" for c in letters) + " ")
