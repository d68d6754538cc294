"""Find abbreviations a paper defines ("experimental autoimmune encephalomyelitis (EAE)") and
write the long form in their place, so no unexplained abbreviation reaches a lay reader.

Definitions are found with the Schwartz & Hearst (2003) algorithm: the letters of the short form
are matched, right to left, against the words just before the parenthesis.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache, partial
from importlib import resources

from .articles import agreeing
from .letter_forms import letter_definitions, letter_use_fits
from .one_word_forms import completed, name_may_stand_for, tail_of_longer

# Abbreviations a lay reader knows; they may stay as they are.
KNOWN = frozenset(
    {
        "MS",
        "MRI",
        "DNA",
        "RNA",
        "HIV",
        "AIDS",
        "COVID",
        "UK",
        "US",
        "USA",
        "EU",
        "TV",
        "IQ",
        "ICU",
        "CT",
        "ADHD",
        "OK",
        "WHO",
        "NHS",
        "GP",
        "PTSD",
        "HPV",
        "ECG",
        "EEG",
        "IVF",
    }
)

_DEFINITION = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9αβγ/&+-]{0,11}[A-Za-z0-9+s])\s*[;,)]")


@lru_cache(maxsize=1)
def known_abbreviations() -> frozenset[str]:
    """Abbreviations a summary may use unexplained: the gate's list when it ships one (so the
    drafter accepts exactly what the gate accepts), else `KNOWN`."""
    try:
        text = (
            resources.files("plainsum")
            .joinpath("data/known_abbreviations.txt")
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, OSError):
        return KNOWN
    found = {
        line.split()[0].strip(",;")
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    return frozenset(found) or KNOWN


_CAPS = re.compile(r"[A-Z]{2,}|[A-Z][0-9]")
_ABBREV_TOKEN = re.compile(r"(?<![\w-])[\w-]*(?:[A-Z]{2,}|[A-Z][0-9])[\w-]*")


def _is_short_form(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return (
        bool(letters)
        and token[0].isalnum()
        and (sum(c.isupper() for c in token) >= 2 or _is_word_code(token))
        and len(token) <= 12
        and " " not in token
    )


RARE_ZIPF = 2.5  # a word this rare in English is a code when it stands in brackets


def _is_word_code(token: str) -> bool:
    """A short form with one capital ("homocysteine (Hcy)"): a capital and two to four small
    letters that are no English word ("(Table)", "(Fig)" are not codes)."""
    from ..lexicon import zipf

    return bool(re.fullmatch(r"[A-Z][a-z]{2,4}", token)) and zipf(token.lower()) < RARE_ZIPF


def _best_long_form(short: str, before: str) -> str | None:
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


def _initials_long_form(short: str, before: str) -> str | None:
    """The fewest trailing words whose initials spell the short form (minor words may be
    skipped)."""
    letters = [c.lower() for c in short if c.isalnum()]
    if short.endswith("s") and short[:-1].isupper():
        letters = letters[:-1]
    words = before.split()
    for k in range(1, min(len(words), len(letters) + 4) + 1):
        tail = words[-k:]
        if tail[0].lower() in _MINOR or tail[0][:1].lower() != letters[0]:
            continue
        initials = [part[:1].lower() for w in tail for part in re.split(r"[-/]", w) if part]
        it = iter(initials)
        if all(any(c == i for i in it) for c in letters):
            long_form = " ".join(tail).strip(" ,;:")
            if len(long_form) > len(short):
                return long_form
    return None


def _name_long_form(short: str, before: str) -> str | None:
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


def _title_long_form(short: str, before: str) -> str | None:
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
    lowered = [w.lower().strip(",;:") for w in words]
    if any(w in _NOT_IN_LONG_FORM for w in lowered):
        return False
    content = [w for w in lowered if w not in _MINOR]
    letters = sum(1 for c in short if c.isalpha())
    return len(content) <= letters + 1


# Words that may end a long form without a letter of their own in the short form.
_UNSPELLED_END = frozenset({"type"})


def _head_spelled(short: str, long_form: str) -> bool:
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


def _spelled_part(short: str, long_form: str, text: str) -> str | None:
    """What a long form whose last word the short form does not spell stands for: without that
    one head noun where the paper uses those words on their own elsewhere ("no macroscopic
    residual disease (NMRD)" shows RD is "residual disease"), else the paper's whole definition
    ("neurofilament light chain (NfL)"); None when the words before the head do not spell the
    short form either ("IFT20 construct to measure intraflagellar (IFT)"): no guess."""
    words = long_form.split()
    shorter = " ".join(words[:-1]).strip(" ,;:")
    if len([w for w in words[:-1] if w.lower() not in _MINOR]) < 2:
        return None  # one word is a guess ("mumps" for MMR)
    if not _head_spelled(short, shorter):
        return None
    if re.search(rf"(?i)\b{re.escape(shorter)}\b(?!\s+{re.escape(words[-1])})", text):
        return shorter
    return long_form


def find_definitions(text: str) -> dict[str, str]:
    """Short form -> long form for every "long form (SF)" definition in `text`."""
    found: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        short = m.group(1)
        if not _is_short_form(short) or short in found:
            continue
        before = text[max(0, m.start() - 200) : m.start()]
        # "pain reduction (risk difference (RD)": the long form starts after the inner bracket
        pieces = re.split(r"([.;:]\s|[()])", before)
        before = pieces[-1]
        in_brackets = len(pieces) > 1 and pieces[-2] in ("(", ")")
        for finder in (_initials_long_form, _best_long_form, _name_long_form, _title_long_form):
            long_form = finder(short, before)
            if long_form and not _head_spelled(short, long_form):
                long_form = _spelled_part(short, long_form, text)
                if long_form is None:
                    break  # no other finder's guess either ("intraflagellar" for IFT)
            if long_form and tail_of_longer(short, long_form, before):
                break  # "renal clearance (CLR)": one word of a longer name, no definition
            if long_form:
                long_form = completed(short, long_form)
            if long_form and plausible(short, long_form):
                opens = not in_brackets and not before.rstrip(" ,;:")[: -len(long_form)].strip()
                # a capital that opens the sentence is the sentence's ("Short-arm casts (SAC)
                # were ..."); one inside it is the name's ("... in Gaucher disease (GD)")
                found[short] = _lower_first(long_form) if opens else long_form
                break
    # "unfractionated (U)": a one-letter short form the paper defines for one word
    for letter, word in letter_definitions(text).items():
        found.setdefault(letter, word)
    return found


def _lower_first(text: str) -> str:
    """Lower-case a long form that opens a sentence unless it looks like a name (every word
    capitalised, a capital inside a word, or an "'s": "Parkinson's disease")."""
    words = text.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return text
    first = words[0] if words else ""
    if re.search(r"['’]s$", first):
        return text  # a name: "Parkinson's disease"
    if first[:1].isupper() and first[1:] == first[1:].lower():  # not "Epstein-Barr", "IgG"
        return text[0].lower() + text[1:]
    return text


# A use of a short form as a statistic: followed by a number or "=", or after "pooled"; a
# number that runs on into letters is a code of its own ("the MTHFR 677TT genotype").
_STAT_USE = re.compile(r"\s*(?:[=:]\s*)?[-\u2212]?\d+(?:[.,]\d+)?(?!\w|[.,]\d)|\s*\(\s*\d")
_STAT_BEFORE = re.compile(r"\b(?:typical|pooled|adjusted|crude|summary)\s+$", re.I)


# A singular use of a short form whose definition is plural ("Randomised controlled trials
# (RCT) ... one RCT"): the long form's last word goes singular, never "one randomised trials".
_ONE_BEFORE = re.compile(r"\b(?:one|a|an|each|every|this|that|another|single)\s+$", re.I)
_PLURAL_END = re.compile(r"(?:(?P<ies>[a-z]+)ies|(?P<s>[a-z]+[^su\s])s)$")


def _singular(long_form: str) -> str:
    m = _PLURAL_END.search(long_form)
    if not m:
        return long_form
    if m["ies"]:
        return long_form[: m.start()] + m["ies"] + "y"
    return long_form[: m.start()] + m["s"]


# A plural code: capitals and a small "s" ("PCVs", "LABAs"; never "HbAs" or "MSs").
_PLURAL_CODE = re.compile(r"[A-Z][A-Z0-9]*[A-Z]s")


class Expander:
    """Writes out one paper's abbreviations; the patterns are compiled once per paper."""

    def __init__(self, definitions: dict[str, str]) -> None:
        self.plain = dict(definitions)
        # "pneumococcal conjugate vaccines (PCVs)" defines PCV too: "one PCV" is one vaccine
        for short, long in definitions.items():
            one = short[:-1]
            if _PLURAL_CODE.fullmatch(short) and one not in self.plain and long.endswith("s"):
                self.plain[one] = _singular(long)
        alts = "|".join(re.escape(s) for s in sorted(self.plain, key=len, reverse=True))
        self._definition = re.compile(r"\s*\(\s*(?:" + alts + r")\s*(?:[;,][^()]*)?\)")
        # a use stands alone or opens a compound with a word ("CNS-stage", "HPV-induced"),
        # never one with a number ("PD-1" is not "Parkinson's disease-1")
        self._use = re.compile(r"(?<![\w-])(" + alts + r")(s?)(?=-[a-z]{3,}|(?![\w-]))")
        # A long form may use another short form ("BTURP" = "bipolar TURP"): write it out too.
        for short, long in self.plain.items():
            self.plain[short] = self._use.sub(partial(self._swap, keep=short), long)

    def __call__(self, text: str) -> str:
        if not self.plain:
            return text
        text = self._definition.sub("", text)
        out = []
        last = 0
        for m in self._use.finditer(text):
            plain = self._swap(m)
            before = text[last : m.start()]
            # "an RCT" is "a randomised trial"
            out.append((agreeing(before, plain) if plain != m.group(0) else before) + plain)
            last = m.end()
        return "".join(out) + text[last:]

    def _swap(self, m: re.Match[str], keep: str = "") -> str:
        if m.group(1) == keep:  # a long form that holds its own short form stays as it is
            return m.group(0)
        if len(m.group(1)) == 1 and not letter_use_fits(m.string, m.start(), m.end()):
            return m.group(0)  # "vitamin B", "T cells", "5000 U": no short form here
        if _STAT_USE.match(m.string, m.end()) or _STAT_BEFORE.search(
            m.string[max(0, m.start() - 12) : m.start()]
        ):
            return m.group(0)  # "RR 0.52" is a statistic, whatever else RR stands for here
        long_form = self.plain[m.group(1)]
        if m.group(2) and not long_form.endswith("s"):
            return long_form + "s"
        if not m.group(2) and _ONE_BEFORE.search(m.string[max(0, m.start() - 10) : m.start()]):
            return _singular(
                long_form
            )  # "one RCT" where RCT was "randomised trials": "one ... trial"
        return long_form


def expand(text: str, definitions: dict[str, str]) -> str:
    """Drop the "(SF)" after each definition and write every later SF as its long form."""
    return Expander(definitions)(text)


def unexplained(text: str, known: frozenset[str] | None = None) -> list[str]:
    """Abbreviation-like tokens (two or more capitals) a lay reader would not know."""
    known = known_abbreviations() if known is None else known
    out = []
    for token in _ABBREV_TOKEN.findall(text):
        core = token.strip("-")
        parts = [p for p in core.split("-") if _CAPS.search(p)]
        if all(p in known or p.rstrip("s") in known for p in parts):
            continue
        out.append(core)
    try:  # whatever else the gate would call an unexplained abbreviation ("ForP", "mRNAs")
        from ..checks.shape import abbreviations
    except ImportError:
        return out
    out += [t for t in abbreviations(text) if t not in known and t not in out]
    return out
