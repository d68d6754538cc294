"""Long forms: what an abbreviation is written out as, and whether two write-outs say the same.

- paper_definitions: the paper's own "long form (SF)" definitions (the drafter's parser);
- summary_expansions: each abbreviation a summary writes out beside itself ('long form (SF)',
  'SF (long form)', 'SF, short for ...'), when the long form's words spell it;
- same_long_form: two long forms that name one thing, spellings, plurals and small words
  aside ('deep vein thrombosis', 'deep venous thrombosis').

How a text names a short form's thing in other ways (a name in capitals, words in a row, a
botched try at the paper's long form) is in plainsum.checks.long_form_names. Used by the
abbreviations check (plainsum.checks.abbreviations) and the senses table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from ..memo import SIZE


def paper_definitions(text: str) -> dict[str, str]:
    """Short form -> long form for every "long form (SF)" definition in `text`.

    The parser (Schwartz & Hearst) is the drafter's, in plain/abbreviations.py, so that the
    gate and the drafter agree on what a paper defines; it is imported here, late, because
    the drafter imports the gate's abbreviation modules too. Kept per text: the gate reads the
    same paper again for each summary of it (a copy is returned, so callers may change it)."""
    return dict(_definitions(text))


@lru_cache(maxsize=256)
def _definitions(text: str) -> tuple[tuple[str, str], ...]:
    from ..plain.abbreviations import find_definitions

    return tuple(find_definitions(text).items())


_MINOR = frozenset("of and the in for with to a an on by or".split())


SAME_SPELLING = 0.8  # difflib ratio above which two long forms differ only in spelling


# Words that name the same thing in a long form ("people with MS" / "persons with MS").
_SAME_WORDS = {"people": "person", "persons": "person", "patients": "person", "patient": "person"}

_LOWER_WORD = re.compile(r"[a-z]+")
_ISE = re.compile(r"is(ation|e|ed|ing)\b")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_WORD_BREAK = re.compile(r"[\s/-]+")  # between the words of a long form


def _normalised(long_form: str) -> str:
    text = long_form.lower().replace("’", "'").replace("'s", "")
    text = _LOWER_WORD.sub(lambda m: _SAME_WORDS.get(m.group(0), m.group(0)), text)
    text = _ISE.sub(lambda m: "iz" + m[1], text)  # not r"iz\1": see jargon_words._AMERICAN
    words = [w.rstrip("s") for w in _NOT_ALNUM.split(text) if w and w not in _MINOR]
    return " ".join(words)


# Two names of one statistic: a summary that writes either has the paper's meaning.
_SAME_STATISTIC = {"relative risk": "risk ratio", "relative rate": "rate ratio"}


def same_long_form(a: str, b: str) -> bool:
    """Whether two long forms say the same thing: case, hyphens, plurals, -ise/-ize and small
    words aside, one may hold the other ('risk ratio', 'a risk ratio estimate'), and spellings
    may differ ('deep vein thrombosis', 'deep venous thrombosis')."""
    x, y = _normalised(_inner_spelled(a, b)), _normalised(_inner_spelled(b, a))
    if not (x and y):
        return False
    if x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} ":
        return True
    if _SAME_STATISTIC.get(x, x) == _SAME_STATISTIC.get(y, y):
        return True  # "relative risk (RR)" for the paper's "risk ratio (RR)"
    xs, ys = x.split(), y.split()
    if len(xs) != len(ys):  # "radiation therapy" / "radiotherapy"
        return SequenceMatcher(None, x, y).ratio() >= SAME_SPELLING
    return all(_same_word(u, v) for u, v in zip(xs, ys, strict=True))


def same_words(a: str, b: str) -> bool:
    """Whether two long forms have the same words in another order ("remitting-relapsing MS",
    "relapsing-remitting multiple sclerosis"): small words, plurals and spellings aside."""
    x, y = _normalised(_inner_spelled(a, b)).split(), _normalised(_inner_spelled(b, a)).split()
    return bool(x) and sorted(x) == sorted(y)


WORD_ENDING = 4  # letters after a shared stem that may differ: "muscle"/"muscular", "vein"/"venous"

_INITIAL_WORD = re.compile(r"[A-Za-z][\w'-]*")
_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{2,}(?![\w-])")


def _inner_spelled(a: str, b: str) -> str:
    """`a` with each abbreviation in it written out as the words of `b` whose initials spell
    it: "people with MS" against "persons with multiple sclerosis"."""
    words = _INITIAL_WORD.findall(b)
    for token in set(_CAPITALS.findall(a)):
        n = len(token)
        for i in range(len(words) - n + 1):
            if "".join(w[0] for w in words[i : i + n]).upper() == token:
                a = re.sub(rf"(?<![\w-]){token}(?![\w-])", " ".join(words[i : i + n]), a)
                break
    return a


SPELLING_LETTERS = 3  # letters two spellings of one word may differ by: "sulphate"/"sulfate"


def _same_spelling(u: str, v: str) -> bool:
    """Whether two words are one word spelled two ways ("tumour"/"tumor", "paediatric"/
    "pediatric"): alike overall, and apart by a few letters, not by a word part of their own
    ("phosphatidylcholine"/"phosphatidylserine", "neurological"/"neuropsychological")."""
    matcher = SequenceMatcher(None, u, v)
    if matcher.ratio() < SAME_SPELLING:
        return False
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return len(u) + len(v) - 2 * shared <= SPELLING_LETTERS


def _same_word(u: str, v: str) -> bool:
    """Whether two words are one word spelled or inflected differently ("tumour"/"tumor",
    "muscle"/"muscular"), not two words that look alike ("transcranial"/"transcutaneous",
    "severe"/"spinal", "phosphatidylcholine"/"phosphatidylserine"). Two everyday words are
    two words however they begin ("scale"/"score", "ratio"/"rate"): an inflection of a word
    is rarer than the word ("venous" for "vein")."""
    if u == v or _same_spelling(u, v):
        return True
    stem = 0
    while stem < min(len(u), len(v)) and u[stem] == v[stem]:
        stem += 1
    if stem < 2 or len(u) - stem > WORD_ENDING or len(v) - stem > WORD_ENDING:
        return False
    from .text import zipf

    return min(zipf(u), zipf(v)) < EVERYDAY_WORD


EVERYDAY_WORD = 4.0  # two words this common that share a start are still two words


def _letters(short: str) -> list[str]:
    letters = [c.lower() for c in short if c.isalpha()]
    if short.endswith("s") and short[:-1].isupper():
        letters = letters[:-1]
    return letters


def _initials(long_form: str) -> list[str]:
    return [w[0].lower() for w in _WORD_BREAK.split(long_form) if w and w[0].isalpha()]


def by_initials(short: str, long_form: str) -> bool:
    """Whether the words of `long_form` start with the letters of `short`, in order."""
    letters, initials = _letters(short), _initials(long_form)
    if not letters or not initials or initials[0] != letters[0]:
        return False
    it = iter(initials)
    return all(any(c == i for i in it) for c in letters)


def _spells(short: str, long_form: str) -> bool:
    """Whether the words of `long_form` start with the letters of `short`, in order, or all
    but the last, which sits inside the last word."""
    letters, initials = _letters(short), _initials(long_form)
    if not letters or not initials or initials[0] != letters[0]:
        return False
    if by_initials(short, long_form):
        return True
    # "RRMS (rapidly relapsing MS)": the last letter may sit inside the last word, when the
    # other letters start words and there are no more words than letters
    words = [w for w in _WORD_BREAK.split(long_form.lower()) if w and w not in _MINOR]
    it = iter(initials)
    head = all(any(c == i for i in it) for c in letters[:-1])
    return head and len(words) <= len(letters) and letters[-1] in words[-1][1:]


def _spells_within(short: str, long_form: str) -> bool:
    """Whether `long_form` spells `short` with letters inside its words too, as names built of
    word parts do ("CVA (cerebrovascular accident)"): its first letter starts the first word,
    its last letter is in the last word, the others follow in order, and there are no more
    words than letters. An explanation ("a form of asthma") opens with an article."""
    letters = [c.lower() for c in short if c.isalpha()]
    words = [w for w in _WORD_BREAK.split(long_form.lower()) if w and w not in _MINOR]
    if not letters or not words or len(words) > len(letters):
        return False
    if re.match(r"(?:a|an|the)\s", long_form, re.I) or words[0][0] != letters[0]:
        return False
    return in_order(letters, " ".join(words)) and letters[-1] in words[-1]


def in_order(letters: Iterable[str], text: str) -> bool:
    """Whether `letters` occur in `text` in order, not necessarily side by side ("hhv" in
    "human herpesvirus")."""
    at = 0
    for c in letters:
        at = text.find(c, at) + 1
        if not at:
            return False
    return True


_LONG_THEN_SHORT = re.compile(r"\(([A-Za-z][^(),]{2,60}),\s*([A-Z][A-Za-z0-9]*[A-Z])\b")
_SHORT_THEN_LONG = re.compile(
    r"(?<![\w-])([A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s*(?:\(\s*([A-Za-z][^()]{3,80})\)|,\s*"
    r"(?:short for|which stands for|standing for|which is short for|meaning|which means|that "
    r"is,?|i\.e\.,?)\s+([^,.;()]{3,80})|\s+(?:stands for|is short for|means)\s+([^,.;]{3,80}))"
)
# words that open a bracket's long form rather than belong to it: "MS (short for ...)", "EDSS
# (which stands for ...)"
_LEADING = re.compile(
    r"^(?:(?:which |that )?(?:stands for|is short for|means)|standing for|short for|meaning|"
    r"that is,?|i\.e\.,?|or|the|a|an)\s+",
    re.I,
)


def summary_expansions(text: str) -> dict[str, str]:
    """Short form -> long form for each abbreviation a summary writes out next to itself:
    'long form (SF)', 'SF (long form)', 'SF, short for long form', 'SF stands for ...'. A
    plain explanation whose words do not spell SF ('EAE (a mouse model of MS)') is not one."""
    found = {}
    for short, long_form in paper_definitions(text).items():
        if _spells(short, long_form):
            found[short] = long_form
            continue
        # "deep vein clotting/pulmonary embolism (DVT/PE)": each part spells its own
        parts, longs = short.split("/"), re.split(r"\s*/\s*", long_form)
        if 1 < len(parts) == len(longs) and all(map(_spells, parts, longs)):
            found.update(zip(parts, longs, strict=True))
    for m in _SHORT_THEN_LONG.finditer(text):
        short = m.group(1)
        long_form = _LEADING.sub("", next(g for g in m.groups()[1:] if g).strip())
        if short not in found and (
            _spells(short, long_form) or (m.group(2) and _spells_within(short, long_form))
        ):
            found[short] = long_form
    for m in _LONG_THEN_SHORT.finditer(text):  # "(relapse rate, RR 0.72)"
        long_form, short = m.group(1).strip(), m.group(2)
        if short not in found and _spells(short, long_form):
            found[short] = long_form
    # "(MD, mean difference, -0.25)", "OR, or odds ratio,", "GBA, the gene for ...": a long form
    # set beside its short form by a comma is one only when its words spell it, letter for word
    for pattern in (_SHORT_COMMA_LONG, _APPOSITIVE, _NAMED_AFTER):
        for m in pattern.finditer(text):
            short, long_form = m.group(1), m.group(2).strip()
            if short not in found and _spells_with_short(short, long_form):
                found[short] = long_form
    # "the relapse rate, or RR,", "a disability scale known as EDSS": the words before, as
    # many as the short form has letters
    for m in _SHORT_NAMED.finditer(text):
        short = m.group(1)
        words = re.findall(r"[A-Za-z][\w'’-]*", text[max(0, m.start() - 120) : m.start()])
        long_form = " ".join(words[-len(_letters(short)) :])
        if short not in found and long_form and _spells_exactly(short, long_form):
            found[short] = long_form
    return found


_SHORT = r"([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)"
_SHORT_COMMA_LONG = re.compile(rf"\(\s*{_SHORT}\s*,\s*([A-Za-z][^(),;]{{2,60}}?)\s*[,;)]")
# "EDSS, the Expanded Disability Status Scale,", "EDSS - expanded disability status scale -"
_NAMED_AFTER = re.compile(
    rf"(?<![\w(-]){_SHORT}(?:,\s+(?:the|a|an)\s+|\s+[-–—:]\s+)([A-Za-z][^,.;()–—:]{{2,60}}?)"
    r"\s*[,.;)–—-]"
)
_SHORT_NAMED = re.compile(
    rf",?\s+(?:or|also called|known as|called|abbreviated(?: as| to)?)\s+{_SHORT}(?![\w-])"
)
_APPOSITIVE = re.compile(
    rf"(?<![\w(-]){_SHORT},\s+(?:or\s+|(?:the|a|an)\s+[a-z]+\s+(?:for|of)\s+)"
    r"([A-Za-z][^,.;()]{2,60}?)\s*[,.;)]"
)


@lru_cache(maxsize=SIZE)  # the same runs of words are tried against each short form
def _spells_exactly(short: str, long_form: str) -> bool:
    """Whether the words of `long_form` (small words aside) start with the letters of `short`,
    one word for each letter ("overall risk" for OR, "glucose-binding albumin" for GBA)."""
    words = [w for w in _WORD_BREAK.split(long_form.lower()) if w and w not in _MINOR]
    return bool(words) and [w[0] for w in words] == _letters(short)


_INNER_SHORT = re.compile(r"^[A-Z]{2,4}$")  # "MS" in "relapsing-remitting MS"


def _spells_with_short(short: str, long_form: str) -> bool:
    """`_spells_exactly`, or a short form inside `long_form` gives all its letters ("rapidly
    recurring MS" for RRMS, set beside it: "RRMS, or rapidly recurring MS,")."""
    if _spells_exactly(short, long_form):
        return True
    words = [w for w in _WORD_BREAK.split(long_form) if w and w.lower() not in _MINOR]
    initials = [c for w in words for c in (w.lower() if _INNER_SHORT.match(w) else w[0].lower())]
    return bool(words) and initials == _letters(short)
