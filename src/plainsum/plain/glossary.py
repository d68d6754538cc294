"""Replace medical and academic jargon with plain words, from the glossary shipped in
`plainsum/data/glossary.tsv` (term -> plain phrase, written for the project)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .articles import agreeing
from .noun_stacks import (
    Swap,
    inside_compound,
    kept_apart,
    modifier_word,
    modifying_noun,
    repeats_list_item,
    repeats_word,
    stack_fits,
)
from .senses import sense_fits, sense_plain
from .swap_grammar import FIRST_WORD, HAVE_BE, PHRASE_ENDS, fits
from .term_places import in_name, refused_after, word_before_fits
from .word_places import fits_here, last_word

GLOSSARY_PATH = Path(__file__).parents[1] / "data" / "glossary.tsv"


@dataclass(frozen=True)
class Glossary:
    """Term -> plain phrase, with one compiled pattern that prefers the longest term."""

    entries: dict[str, str]
    pattern: re.Pattern[str]

    def plain(self, text: str, keep: frozenset[str] = frozenset()) -> str:
        """`text` with every glossary term replaced by its plain phrase, except the terms in
        `keep` (lower case). A swap that would make two words joined by "and", "or" or a
        comma say the same ("no intervention or therapy" -> "no treatment or treatment") is
        not made (`noun_stacks.kept_apart`)."""
        names = _name_spans(text, keep)
        swaps = [
            Swap(m.start(), m.end(), m.group(0), plain)
            for m in self.pattern.finditer(text)
            if not any(a <= m.start() < b for a, b in names)
            and (plain := self._swap(m, keep)) is not None
        ]
        out = []
        last = 0
        for s in _side_by_side(text, kept_apart(text, swaps)):
            # "an effective treatment" is "a helpful treatment"
            out.append(agreeing(text[last : s.start], s.plain) + s.plain)
            last = s.end
        return "".join(out) + text[last:]

    def _swap(self, m: re.Match[str], keep: frozenset[str]) -> str | None:
        """The plain phrase for the term `m` found, or None where the term must stay."""
        found = m.group(0)
        if " ".join(found.lower().split()) in keep:
            return None
        plain = self.entries[found.lower()]
        before_noun = _BEFORE_A_NOUN.get(found.lower())
        if before_noun is not None and _before_a_noun(m.string[m.end() :]):
            plain = before_noun  # "smoking cessation programmes": "stop-smoking programmes"
        if plain.endswith(_IN_ANIMALS) and _ANIMALS_BEFORE.search(m.string, 0, m.start()):
            plain = plain[: -len(_IN_ANIMALS)]  # "mice with an MS-like disease", said once
        if found.lower() in _AS_NOUN:  # a simple adjective, or the people it describes
            if in_name(m.string, m.start(), found) or _starts_a_name(found, m.string[m.end() :]):
                return None
            return _noun_or_adjective(found, plain, m.string[m.end() :])
        shared = _shared_head(found, plain, m.string[: m.start()])
        if shared is not None:  # "selection, detection, and attrition bias": one head for all
            plain = self.entries.get(shared[0].lower(), shared[0]) + " " + shared[1]
        sensed = sense_plain(found, plain, m.string[: m.start()], m.string[m.end() :])
        if sensed is None:
            return None  # no plain word keeps the sense here ("the placebo group regarding")
        plain = sensed
        if plain.lower() in _BARE_HEADS and not _bare_head_fits(m.string[: m.start()]):
            plain = _BARE_HEADS[plain.lower()]  # "this treatment plan", never "... way"
        if not fits(plain, m.string[: m.start()], m.string[m.end() :], found):
            return None  # the plain phrase would break the sentence: keep the term
        if refused_after(found, m.string[m.end() :]):
            return None  # "the majority of the people" is not "most the people"
        if not sense_fits(found, m.string, m.start(), m.end()) or not word_before_fits(
            found, m.string, m.start()
        ):
            return None  # the word means something else in this sentence
        if in_name(m.string, m.start(), found):
            return None  # part of a name ("Food and Drug Administration")
        if not fits_here(
            " ".join(found.lower().split()), m.string[: m.start()], m.string[m.end() :]
        ):
            return None  # the plain word would change the sense here ("of proven benefit")
        before, after = m.string[: m.start()], m.string[m.end() :]
        if not stack_fits(found, plain, before) or repeats_word(found, plain, before, after):
            return None  # "imaging measurable signs", "measurable signs were measured"
        if repeats_list_item(found, plain, before, after):
            return None  # "the heart, brain, bone, brain and spinal cord": a list item twice
        if inside_compound(found, plain, before):
            return None  # "post-transcription start", "less unwanted event profiles"
        if found.lower().endswith("ed") and _takes_participle(m.string[: m.start()]):
            plain = as_participle(plain)
            if not plain:
                return None  # "was obtained" has no plain participle ("was got")
        if found[:1].isupper() and plain[:1].islower() and not found[1:2].isupper():
            plain = plain[:1].upper() + plain[1:]
        return None if plain == found else plain


# Plain heads that take no noun or classifying adjective before them, and the word that does:
# "strategy" is a "way" after a determiner, a number or a word that says how good ("several
# helpful ways to ..."), a "plan" after a word that classifies it ("this treatment plan", "a
# holistic management plan"), never "this treatment way" or "a diagnostic way" (a reader's
# broken phrase; "approach" was tried before, and its syllables cost bodies a line to the grade).
_BARE_HEADS = {"way": "plan", "ways": "plans"}
_BEFORE_A_BARE_HEAD = frozenset(
    """a an the this that these those its their our his her each every no any some all both
    other another such of in on at to for from with by as and or than one two three four five six
    several many various different new best better possible alternative simple same main key
    effective useful helpful practical safe common usual few""".split()
)


def _bare_head_fits(before: str) -> bool:
    """Whether a bare head (`_BARE_HEADS`) may stand after `before`: a word of
    `_BEFORE_A_BARE_HEAD`, a number, or nothing (the sentence's start)."""
    word = last_word(before).lower()
    return not word or word in _BEFORE_A_BARE_HEAD or word.isdigit()


def _names_a_thing(swap: Swap) -> bool:
    """Whether a swap's plain words end on a noun that may modify a noun after it ("kidney",
    "gut"), not a verb, an adjective or a function word ("getting", "better than", "not
    enough"); a verb of the paper ("receiving", "resulted") is none either."""
    term = swap.term.lower()
    if term.endswith(("ed", "ing")) or " " in term.strip():
        return False
    last = swap.plain.split()[-1].lower()
    if last.endswith("ing"):
        return True  # "respiratory" said "breathing": a noun before a noun, as "kidney" is
    return bool(modifying_noun(swap.plain + " ")) and last != "enough"


def _led_by_an_adjective(swap: Swap) -> bool:
    """Whether a swap's plain words are a noun phrase led by an adjective ("unwanted events",
    "harmful effects") standing for a noun phrase of the paper's ("adverse events"); never a
    verb's phrase ("led to", "compared with a dummy treatment", "looking at")."""
    words = swap.plain.split()
    first_term = swap.term.split()[0].lower()
    return (
        len(words) > 1
        and modifier_word(words[0].lower())
        and not first_term.endswith(("ed", "ing"))
        and first_term not in ("compared", "versus", "vs")
    )


def _side_by_side(text: str, swaps: list[Swap]) -> list[Swap]:
    """`swaps` (in order) made whole where two stand side by side. Before a plain phrase led by
    an adjective, a word whose plain word is a noun keeps the paper's word: "renal adverse
    events" is "renal unwanted events", never "kidney unwanted events" (a reader's broken
    phrase); "maternal and neonatal adverse effects" is "maternal and neonatal harmful effects".
    (Said "unwanted kidney events", the phrase no longer reads as the unwanted events it is
    to the drafter's rules of harms.) A plain word the two would say twice is said once
    ("neuronal apoptosis" is "nerve cell death", never "nerve cell cell death"; "speech and
    language therapy interventions" are "speech and language treatments")."""
    out: list[Swap] = []
    for swap in swaps:
        prev = out[-1] if out else None
        between = text[prev.end : swap.start] if prev is not None else ""
        if prev is None or not between or between.strip():
            out.append(swap)
            continue
        last, first = prev.plain.split()[-1].lower(), swap.plain.split()[0].lower()
        if last.rstrip("s") == first.rstrip("s"):  # the word once: "nerve cell death"
            joined = " ".join([*prev.plain.split()[:-1], *swap.plain.split()])
            out[-1] = Swap(prev.start, swap.end, text[prev.start : swap.end], joined)
            continue
        if not (_names_a_thing(prev) and _led_by_an_adjective(swap)):
            out.append(swap)
            continue
        out[-1] = swap  # "renal unwanted events", "maternal and neonatal harmful effects"
    return out


def _name_spans(text: str, keep: frozenset[str]) -> list[tuple[int, int]]:
    """Where `text` says one of the names in `keep` (phrases of three or more words, such as a
    condition's name the paper defines: `senses.kept_terms`): no word inside is swapped."""
    lowered = text.lower()
    spans = []
    for phrase in keep:
        if phrase.count(" ") < 2:
            continue
        start = lowered.find(phrase)
        while start >= 0:
            spans.append((start, start + len(phrase)))
            start = lowered.find(phrase, start + 1)
    return spans


# Adjectives a paper also uses as nouns for people: their plain word needs its noun then.
_AS_NOUN = {"elderly": "older people", "the elderly": "older people"}
_NOT_AFTER_NOUN_USE = frozenset({"and", "or", "but", "nor"})
# A term whose plain words are a phrase of their own that cannot stand before a noun ("quitting
# smoking"): before one, these words ("stop-smoking treatments").
_BEFORE_A_NOUN = {"smoking cessation": "stop-smoking"}
# A plain phrase that names the animals ("an MS-like disease in animals"), after a clause that
# has named them already ("In mice with EAE"): never "mice with an MS-like disease in animals".
_IN_ANIMALS = " in animals"
_ANIMALS_BEFORE = re.compile(
    r"\b(?:mice|mouse|rats?|rodents?|animals?|marmosets?|monkeys?|primates?|dogs?|"
    r"guinea pigs?)\b[^.;:]{0,40}$",
    re.I,
)


def _starts_a_name(found: str, after: str) -> bool:
    """Whether a capitalised adjective is part of a name: "The Elderly Care Unit"."""
    capital = found.split()[-1][:1].isupper()
    return capital and (" " in found or re.match(r"\s+[A-Z]", after) is not None)


def _noun_or_adjective(found: str, plain: str, after: str) -> str:
    """The plain words for an adjective a paper also uses as a noun: "older people" where it
    stands for them ("in non-demented elderly with ...", "the elderly, ..."), else its plain
    adjective ("the older patients"), in the case the paper wrote it."""
    definite = found.lower().startswith("the ")
    if _used_as_noun(after, definite):
        plain = _AS_NOUN[found.lower()]
    return plain[:1].upper() + plain[1:] if found[:1].isupper() else plain


def _before_a_noun(after: str) -> bool:
    """Whether the word after a term is a noun it stands before ("... cessation programmes"),
    not one that ends its phrase or joins another ("... cessation and its costs")."""
    nxt = FIRST_WORD.match(after)
    return (
        nxt is not None
        and not re.match(r"\s*[,;:.)]", after)
        and (nxt.group(1).lower() not in PHRASE_ENDS | _NOT_AFTER_NOUN_USE)
        # ("... cessation delivered by nurses": a participle after it, no noun)
        and not nxt.group(1).lower().endswith(("ed", "ing"))
    )


def _used_as_noun(after: str, definite: bool = False) -> bool:
    """Whether an adjective stands for the people it describes: nothing follows it, or a word
    that ends a noun phrase ("elderly with memory complaints", "elderly were"), not a noun and
    not a list going on to one ("elderly and frail patients")."""
    if re.match(r"\s*,", after):
        return definite  # "the elderly, ..." are people; "elderly, frail patients" a list
    nxt = FIRST_WORD.match(after)
    if nxt is None:
        return True
    word = nxt.group(1).lower()
    return word in PHRASE_ENDS and word not in _NOT_AFTER_NOUN_USE


# The end of a list of modifiers that share the head noun after them: "selection, detection, and
# | attrition bias", "performance and | attrition bias".
_MODIFIER_LIST = re.compile(r"\b[\w-]+(?:,\s+[\w-]+)*,?\s+(?:and|or)\s+$")


def _shared_head(found: str, plain: str, before: str) -> tuple[str, str] | None:
    """(modifier, head) of a kind of bias that ends a list of kinds sharing the word "bias"
    ("selection, detection, and attrition bias"), when its plain phrase moves the head to the
    front ("bias from people dropping out"): swapped alone there, the list would lose its head
    ("selection, detection, and bias from people dropping out"); else None."""
    words = found.split()
    if len(words) != 2 or words[1].lower() != "bias" or plain.lower().endswith("bias"):
        return None  # only kinds of bias are listed so ("hip dislocation or adverse events")
    if not _MODIFIER_LIST.search(before):
        return None
    return words[0], words[1]


# An "-ed" term after a form of "have" or "be" (with "not" or adverbs between) is a past
# participle, so its plain verb must be one too: "have not demonstrated" is "have not shown",
# never "have not showed".
_AFTER_AUXILIARY = re.compile(
    rf"\b(?:{'|'.join(HAVE_BE)})"
    r"(?:\s+(?:not|never|also|already|yet|now|since|often|been|\w+ly))*\s+$",
    re.I,
)
# "As demonstrated here, X is ...": an "-ed" term right after a clause-opening "as" is a
# participle too ("As shown here", never "As showed here", 25296661).
_AFTER_AS = re.compile(r"(?:^|[,;(]\s*|\s)[Aa]s\s+(?:\w+ly\s+)?$")


def _takes_participle(before: str) -> bool:
    """Whether an "-ed" term after the text `before` is a past participle (after a form of
    "have" or "be", or a clause-opening "as"), whose plain verb must be one too."""
    return bool(_AFTER_AUXILIARY.search(before) or _AFTER_AS.search(before))


_PARTICIPLES = {"showed": "shown", "grew": "grown", "took": "taken", "gave": "given"}
_NO_PLAIN_PARTICIPLE = frozenset({"got"})


def as_participle(plain: str) -> str:
    """`plain` (a verb phrase in the past tense) with its first verb as a past participle, or ""
    when that verb has none that reads plainly ("got")."""
    first, _, rest = plain.partition(" ")
    if first.lower() in _NO_PLAIN_PARTICIPLE:
        return ""
    first = _PARTICIPLES.get(first.lower(), first)
    return f"{first} {rest}" if rest else first


def _trie_pattern(terms: list[str]) -> str:
    """One regular expression for many terms, as a prefix tree: far faster than a flat
    alternation, and it still prefers the longest term (the boundary check backtracks)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items(), reverse=True)  # longer branches first
            if ch != ""
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _entries(text: str) -> dict[str, str]:
    """Lower-case term -> plain phrase of glossary TSV text (comment lines start with #)."""
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        term, sep, plain = line.partition("\t")
        if not sep or not term.strip() or not plain.strip():
            raise ValueError(f"glossary line {number} is not 'term<TAB>plain phrase'")
        if re.search(r"\d", plain):
            raise ValueError(f"glossary line {number}: a plain phrase may not hold a number")
        entries[term.strip().lower()] = plain.strip()
    return entries


def glossary_pattern(text: str) -> str:
    """The prefix-tree pattern of the terms of glossary TSV text (what the word table stores)."""
    return _trie_pattern(sorted(_entries(text)))


def parse_glossary(text: str, alternation: str | None = None) -> Glossary:
    """Build a `Glossary` from TSV text (comment lines start with #); `alternation`, when given,
    is the text's precomputed `glossary_pattern`."""
    entries = _entries(text)
    if alternation is None:
        alternation = _trie_pattern(sorted(entries))
    pattern = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", re.I)
    # Multi-word terms can match with any whitespace, so look them up normalised.
    normalised = dict(entries)
    return Glossary(entries=_SpaceInsensitive(normalised), pattern=pattern)


class _SpaceInsensitive(dict[str, str]):
    def __getitem__(self, key: str) -> str:
        return super().__getitem__(" ".join(key.split()))


@lru_cache(maxsize=1)
def load_glossary() -> Glossary:
    """The glossary shipped with plainsum (its pattern precomputed in the word table)."""
    from ..lexicon import glossary_pattern as stored_pattern
    from ..regex_cache import recording

    data = GLOSSARY_PATH.read_bytes()
    with recording():  # one large pattern from shipped data: worth keeping between runs
        return parse_glossary(
            data.decode("utf-8"), stored_pattern(hashlib.sha256(data).hexdigest())
        )


# "Significant" is "clear" only where it is a statistical result: "a significant burden" is not
# "a clear burden".
_SIGNIFICANT = frozenset({"significant", "significantly"})
STATISTICAL = re.compile(
    r"\bstatistic|\b(?:no|not|non-?|nor|without|any)\s+(?:\w+\s+)?significant"
    r"|\bsignificant(?:ly)? (?:\w+ )?(?:differen|reduc|increas|decreas|lower|higher|improv|"
    r"associat|correlat|effect|change|benefit|more|less|fewer|greater|better|worse)"
    r"|\b[Pp]\s*[<=>≤]|\bCI\b|confidence interval",
)


def plain_words(text: str, statistical: bool = True, keep: frozenset[str] = frozenset()) -> str:
    """`text` with jargon replaced by the shipped glossary's plain phrases, except the terms in
    `keep` (the paper's `senses.kept_terms`); "significant(ly)" stays as written unless
    `statistical` (the sentence reports a statistical result)."""
    said = load_glossary().plain(text, keep if statistical else keep | _SIGNIFICANT)
    if " and to " in said and "superior to" in text.lower():
        said = _THAN_AND_TO.sub(r"\g<1> and than ", said)
    if "treatment of" in said:
        said = _TREATMENT_FOR_TREATMENT.sub(r"\g<1> for", said)
    if "non drug" in said:
        said = _NON_DRUG.sub("non-drug", said)
    if said.startswith("But") and text.startswith("However") and _BUT.search(said, 3):
        said = "However" + said[3:]  # "But X at 12 months but Y at 24 months" reads as a slip
    return said


# "interventions for the treatment of X", "therapy in the treatment of X" swapped say
# "treatments for the treatment of X" (a reader's broken phrase, CD009974): "treatments for X"
# says the same once.
_TREATMENT_FOR_TREATMENT = re.compile(r"\b(treatments?) (?:for|in) (?:the )?treatment of\b")
# A "but" of the sentence's own, after its opening "However" (swapped, two would stand in it).
_BUT = re.compile(r"\bbut\b")
# "non pharmacological" (the paper's missing hyphen) swapped: "non drug" is "non-drug"
_NON_DRUG = re.compile(r"\bnon drug\b")


# "superior to A and to B" said "better than A and to B": the second of the pair takes "than"
# as the first now does ("better than A and than B").
_THAN_AND_TO = re.compile(
    r"(\bbetter than [^,;:.()]{1,60}?) and to (?!(?:some|a (?:lesser|greater|large|small)) "
    r"(?:extent|degree)\b)"
)


@lru_cache(maxsize=1)
def lengthening_terms() -> frozenset[str]:
    """The glossary terms whose plain phrase takes more words than the term ("randomly
    assigned" -> "put by chance into groups"): left as written when the longer sentence would
    be too long to show (`simplify.plain_sentences`)."""
    entries = load_glossary().entries
    return frozenset(t for t, plain in entries.items() if len(plain.split()) > len(t.split()))
