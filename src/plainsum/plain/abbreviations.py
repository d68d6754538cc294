"""Find abbreviations a paper defines ("experimental autoimmune encephalomyelitis (EAE)") and
write the long form in their place, so no unexplained abbreviation reaches a lay reader.

Definitions are found with the Schwartz & Hearst (2003) algorithm: the letters of the short form
are matched, right to left, against the words just before the parenthesis.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache, partial
from importlib import resources

from ..memo import cached_list
from .articles import agreeing
from .letter_forms import letter_definitions, letter_use_fits
from .long_form_guess import (
    best_long_form,
    head_spelled,
    initials_long_form,
    name_long_form,
    plausible,
    reaches_into_sentence,
    spelled_part,
    title_long_form,
)
from .one_word_forms import completed, tail_of_longer
from .standard_forms import StandardForm, standard_forms

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

# "long form (SF)", and "long form [SF]" as a paper writes it inside its own brackets
# ("(Modified Fatigue Impact Scale [MFIS] score of 38 or more)")
_DEFINITION = re.compile(
    r"\(\s*([A-Za-z][A-Za-z0-9αβγ/&+-]{0,11}[A-Za-z0-9+s])\s*[;,)]"
    r"|\[\s*([A-Za-z][A-Za-z0-9αβγ/&+-]{0,11}[A-Za-z0-9+s])\s*[;,\]]"
)


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


# Where a long form cannot reach back past: a sentence's or clause's end, a bracket, or a blank
# line (after a title with no full stop).
_PIECES = re.compile(r"([.;:]\s|[()\[\]]|\n\s*\n)")
# Quotation marks around a long form: an opening one before a word, a closing one after a
# letter and before a space or the end (never an apostrophe in "George's" or a prime in
# "5'-phosphate").
_QUOTES = re.compile(r"(?:(?<=\s)|^)['‘“\"](?=[A-Za-z])|(?<=[A-Za-z])['’”\"](?=\s|$)")


def find_definitions(text: str) -> dict[str, str]:
    """Short form -> long form for every "long form (SF)" definition in `text` (kept per text:
    the drafter and the gate's source index read the same paper's)."""
    return dict(_definitions(text))


@lru_cache(maxsize=64)
def _definitions(text: str) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        short = m.group(1) or m.group(2)
        if not _is_short_form(short) or short in found:
            continue
        before = text[max(0, m.start() - 200) : m.start()]
        # "pain reduction (risk difference (RD)": the long form starts after the inner bracket
        pieces = _PIECES.split(before)
        before = _QUOTES.sub("", pieces[-1])  # "named 'chronic ... insufficiency' (CCSVI)"
        in_brackets = len(pieces) > 1 and pieces[-2] in ("(", ")", "[", "]")
        for finder in (initials_long_form, best_long_form, name_long_form, title_long_form):
            long_form = finder(short, before)
            if long_form and not head_spelled(short, long_form):
                long_form = spelled_part(short, long_form, text)
                if long_form is None:
                    break  # no other finder's guess either ("intraflagellar" for IFT)
            if long_form and tail_of_longer(short, long_form, before):
                break  # "renal clearance (CLR)": one word of a longer name, no definition
            if long_form:
                long_form = completed(short, long_form)
            if long_form and reaches_into_sentence(short, long_form):
                break  # the paper's long form is short of a word: no definition from it
            if long_form and _holds_a_longer_code(short, long_form):
                break  # "PTCRA with adjunctive balloon angioplasty (PTCA)": PTCRA's use
            if long_form and plausible(short, long_form):
                opens = not in_brackets and not before.rstrip(" ,;:")[: -len(long_form)].strip()
                # a capital that opens the sentence is the sentence's ("Short-arm casts (SAC)
                # were ..."); one inside it is the name's ("... in Gaucher disease (GD)")
                found[short] = _lower_first(long_form) if opens else long_form
                break
    for short, long_form in _other_order_definitions(text):
        found.setdefault(short, long_form)
    # "unfractionated (U)": a one-letter short form the paper defines for one word
    for letter, word in letter_definitions(text).items():
        found.setdefault(letter, word)
    return tuple(found.items())


# A definition written the other way round: the long form and its short form together inside a
# bracket ("fed every other day (intermittent fasting, IF)"). Only where the long form's words
# spell the short form, each giving its first letter (the lead's hand-written v4: a mouse study's
# results on "IF mice" were dropped as unexplained, and the body kept no result). (The short form
# before its long form, "NPH (neutral protamine Hagedorn) insulin", was tried too: written out,
# a review's main conclusion grew too long to head, and a side result headed instead.)
_LONG_THEN_SHORT = re.compile(r"\(([a-z][a-z -]{3,60}?),\s*([A-Z][A-Za-z0-9-]{0,10}[A-Z0-9])\s*\)")


def _other_order_definitions(text: str) -> Iterator[tuple[str, str]]:
    """(short form, long form) for each definition `_LONG_THEN_SHORT` finds whose long form's
    initials spell the short form."""
    for m in _LONG_THEN_SHORT.finditer(text):
        long_form, short = m.group(1).strip(), m.group(2)
        if _spelled_by_initials(short, long_form):
            yield short, long_form


def _spelled_by_initials(short: str, long_form: str) -> bool:
    """Whether each word of `long_form` gives, by its first character, the next letter of
    `short` (a short form of at least two letters), and nothing is left over."""
    if not _is_short_form(short) or len(short) < 2:
        return False
    letters = [c.lower() for c in short if c.isalnum()]
    initials = [w[0].lower() for w in long_form.replace("-", " ").split()]
    return initials == letters and plausible(short, long_form)


def _holds_a_longer_code(short: str, long_form: str) -> bool:
    """Whether `long_form` holds another code at least as long as `short` that opens with its
    first letters ("PTCRA with adjunctive balloon angioplasty" for PTCA, where the paper's
    bracket names the angioplasty alone): the short form's letters read from inside another
    code are no definition ("MRI-guided focused ultrasound" for MRgFUS holds a shorter one,
    "CFTR-Associated Ligand" for CAL one that gives only its first letter)."""
    return any(
        token != short
        and len(_code_of(token)) >= len(short)
        and _leading_letters_in(short.upper(), _code_of(token)) >= 2
        for token in _ABBREV_TOKEN.findall(long_form)
    )


def _code_of(token: str) -> str:
    """The run of capitals that makes `token` a code ("CFTR" of "CFTR-Associated")."""
    m = re.search(r"[A-Z][A-Z0-9]+", token)
    return m.group(0) if m else ""


def _leading_letters_in(short: str, token: str) -> int:
    """How many of `short`'s first letters `token` holds in order ("PTCA" in "PTCRA": 4;
    "CRS" in "CVC": 1, its R and S come from the words after)."""
    n = 0
    for c in token:
        if n < len(short) and c == short[n]:
            n += 1
    return n


def _lower_first(text: str) -> str:
    """Lower-case a long form that opens a sentence unless it looks like a name (every word
    capitalised, a capital inside a word, or an "'s": "Parkinson's disease")."""
    words = text.split()
    # (a word of capitals is a short form inside the long form, no sign of a name: "Circular
    # RNAs" is "circular RNAs")
    named = [w for w in words if w[:1].isalpha() and sum(c.isupper() for c in w) < 2]
    if len(named) > 1 and all(w[:1].isupper() for w in named):
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
# ... unless the long form names a scale or test: "EDSS 4.0" is a score on the Expanded
# Disability Status Scale, which a reader needs written out as any other use of it.
_MEASURE = re.compile(
    r"\b(?:scale|score|index|examination|questionnaire|inventory|battery|assessment)$", re.I
)


# A singular use of a short form whose definition is plural ("Randomised controlled trials
# (RCT) ... one RCT"): the long form's last word goes singular, never "one randomised trials".
_ONE_BEFORE = re.compile(r"\b(?:one|a|an|each|every|this|that|another|single)\s+$", re.I)
# ... and one the subject of a singular verb after "the" ("annualised relapse rates (ARR) ...
# The ARR was 0.11": "The annualised relapse rate was", never "rates was"); without "the" the
# verb may be a larger subject's ("the safety of CCBs is"), or the short form a mass noun
# ("Daily ICS was better")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SINGULAR_VERB_AFTER = re.compile(r"\s+(?:was|is|has|does)\b")
_PLURAL_END = re.compile(r"(?:(?P<ies>[a-z]+)ies|(?P<s>[a-z]+[^su\s])s)$")


def _singular(long_form: str) -> str:
    m = _PLURAL_END.search(long_form)
    if not m:
        return long_form
    if m["ies"]:
        return long_form[: m.start()] + m["ies"] + "y"
    return long_form[: m.start()] + m["s"]


_NOT_PLURAL = ("us", "ss", "is")  # "virus", "sclerosis", "stress": a singular ending in s


def _plural(long_form: str) -> str:
    """The plural of a long form that is not one: "ectopic pregnancy" -> "ectopic
    pregnancies", "virus" -> "viruses", "trial" -> "trials"."""
    if re.search(r"[^aeiou\W]y$", long_form, re.I):
        return long_form[:-1] + ("IES" if long_form[-1].isupper() else "ies")
    if re.search(r"(?:s|x|z|ch|sh)$", long_form, re.I):
        return long_form + "es"
    return long_form + "s"


# A plural code: capitals and a small "s" ("PCVs", "LABAs"; never "HbAs" or "MSs").
_PLURAL_CODE = re.compile(r"[A-Z][A-Z0-9]*[A-Z]s")


# Words the standard long forms may add to a long sentence; one they would lengthen more keeps
# its short forms (a long sentence is left out of a draft or pushed from its headline).
STANDARD_EXTRA_WORDS = 3
LONG_SENTENCE = 25  # words: the gate names a longer sentence (checks/readability.py)


@lru_cache(maxsize=64)
def _use_pattern(shorts: tuple[str, ...]) -> re.Pattern[str] | None:
    """A use of any of `shorts`, the longest first where several start at one place: standing
    alone or opening a compound with a word ("CNS-stage", "HPV-induced"), never one with a
    number ("PD-1" is not "Parkinson's disease-1"), nor one joined to a code before it by a
    colon: "LP18:RBD" (or "LP18: RBD") names one construct, and written out inside it read
    "the recombinant L. plantarum LP18: receptor-binding domain expressing the receptor-binding
    domain" (plaba 34499954); None for no short forms."""
    if not shorts:
        return None
    alts = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    return re.compile(
        r"(?<![\w-])(?<![A-Z0-9]:)(?<![A-Z0-9]: )(" + alts + r")(s?)(?=-[a-z]{3,}|(?![\w-]))"
    )


class Expander:
    """Writes out one paper's abbreviations. A short form the paper never defines is written
    out with its vetted standard long form (`standard_forms`) where the sentence allows;
    `standard=None` uses the shipped list. The standard forms' pattern is compiled once for
    every paper, the paper's own once per paper."""

    def __init__(
        self, definitions: dict[str, str], standard: dict[str, StandardForm] | None = None
    ) -> None:
        self._definitions = definitions
        self.plain = dict(definitions)
        # "pneumococcal conjugate vaccines (PCVs)" defines PCV too: "one PCV" is one vaccine
        for short, long in definitions.items():
            one = short[:-1]
            if _PLURAL_CODE.fullmatch(short) and one not in self.plain and long.endswith("s"):
                self.plain[one] = _singular(long)
        own = "|".join(re.escape(s) for s in sorted(self.plain, key=len, reverse=True))
        self._definition = (
            re.compile(
                r"\s*(?:\(\s*(?:" + own + r")\s*(?:[;,][^()]*)?\)|\[\s*(?:" + own + r")\s*\])"
            )
            if own
            else None
        )
        standard = standard_forms() if standard is None else standard
        # every short form written out: the paper's own and the standard ones (a standard one
        # the paper defines is in both patterns, and found the same by either)
        uses = (_use_pattern(tuple(self.plain)), _use_pattern(tuple(standard)))
        self._uses = [p for p in uses if p is not None]
        # the paper's own definition beats the standard long form
        self.standard = {k: v for k, v in standard.items() if k not in self.plain}
        for short, form in self.standard.items():
            self.plain[short] = form.long_form
        # A long form may use another short form ("BTURP" = "bipolar TURP"): write it out too.
        for short, long in self.plain.items():
            self.plain[short] = self._replaced(long, partial(self._swap, keep=short))

    def _found(self, text: str) -> Iterator[re.Match[str]]:
        """The uses of short forms in `text`, as one pattern of them all would find them: the
        leftmost first, and of those starting at one place the longest."""
        if len(self._uses) == 1:
            yield from self._uses[0].finditer(text)
            return
        ahead = [p.search(text) for p in self._uses]
        while True:
            found = [m for m in ahead if m is not None]
            if not found:
                return
            use = min(found, key=lambda m: (m.start(), -len(m.group(1))))
            yield use
            end = use.end()
            ahead = [
                p.search(text, end) if m is not None and m.start() < end else m
                for p, m in zip(self._uses, ahead, strict=True)
            ]

    def _replaced(self, text: str, swap: Callable[[re.Match[str]], str]) -> str:
        """`text` with each use of a short form replaced by what `swap` makes of it."""
        out = []
        last = 0
        for m in self._found(text):
            out.append(text[last : m.start()] + swap(m))
            last = m.end()
        return "".join(out) + text[last:]

    @cached_property
    def paper_only(self) -> Expander | None:
        """The same paper's definitions without the standard long forms (None when there are
        none to leave out): a sentence they make too long keeps its short form instead."""
        if not self.standard:
            return None
        return Expander(self._definitions, standard={})

    def long_forms(self, text: str) -> frozenset[str]:
        """The long forms the short forms used in `text` are written out as."""
        if not self.plain:
            return frozenset()
        return frozenset(said for m in self._found(text) if (said := self._swap(m)) != m.group(0))

    def __call__(self, text: str) -> str:
        if not self.plain:
            return text
        if self._definition is not None and ("(" in text or "[" in text):
            text = self._definition.sub("", text)  # (every definition is in brackets)
        out = []
        last = 0
        for m in self._found(text):
            plain = self._swap(m)
            before = text[last : m.start()]
            # "an RCT" is "a randomised trial"
            out.append((agreeing(before, plain) if plain != m.group(0) else before) + plain)
            last = m.end()
        written = "".join(out) + text[last:]
        words = len(written.split())
        if words > LONG_SENTENCE and self.paper_only is not None:
            shorter = self.paper_only(text)  # only a long sentence may need it
            if words - len(shorter.split()) > STANDARD_EXTRA_WORDS:
                return shorter  # "rTMS and sham rTMS" written out: too long to lead a draft
        return written

    def _swap(self, m: re.Match[str], keep: str = "") -> str:
        if m.group(1) == keep:  # a long form that holds its own short form stays as it is
            return m.group(0)
        form = self.standard.get(m.group(1))
        if form is not None and not form.fits(m.string):
            return m.group(0)  # no sense shown here, or the sentence defines it in its own words
        if len(m.group(1)) == 1 and not letter_use_fits(m.string, m.start(), m.end()):
            return m.group(0)  # "vitamin B", "T cells", "5000 U": no short form here
        if (
            _STAT_USE.match(m.string, m.end())
            or _STAT_BEFORE.search(m.string[max(0, m.start() - 12) : m.start()])
        ) and not _MEASURE.search(self.plain[m.group(1)]):
            return m.group(0)  # "RR 0.52" is a statistic, whatever else RR stands for here
        long_form = self.plain[m.group(1)]
        if m.group(2) and not (long_form.endswith("s") and not long_form.endswith(_NOT_PLURAL)):
            return _plural(long_form)
        if not m.group(2) and (
            _ONE_BEFORE.search(m.string[max(0, m.start() - 10) : m.start()])
            or (
                _THE_BEFORE.search(m.string[max(0, m.start() - 5) : m.start()])
                and _SINGULAR_VERB_AFTER.match(m.string, m.end())
                and not long_form.endswith(_NOT_PLURAL)
            )
        ):
            return _singular(
                long_form
            )  # "one RCT" where RCT was "randomised trials": "one ... trial"
        return long_form


def expand(text: str, definitions: dict[str, str]) -> str:
    """Drop the "(SF)" after each definition and write every later SF as its long form (the
    paper's own definitions only; the drafter's `Expander` adds the standard long forms)."""
    return Expander(definitions, standard={})(text)


@cached_list  # each sentence is measured again as it is cut, fitted and picked
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
