"""Replace medical and academic jargon with plain words, from the glossary shipped in
`plainsum/data/glossary.tsv` (term -> plain phrase, written for the project)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .articles import agreeing
from .noun_stacks import Swap, kept_apart, repeats_word, stack_fits
from .senses import sense_fits
from .word_places import fits_here

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
        swaps = [
            Swap(m.start(), m.end(), m.group(0), plain)
            for m in self.pattern.finditer(text)
            if (plain := self._swap(m, keep)) is not None
        ]
        out = []
        last = 0
        for s in kept_apart(text, swaps):
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
        if found.lower() in _AS_NOUN:  # a simple adjective, or the people it describes
            if _in_name(m.string, m.start(), found) or _starts_a_name(found, m.string[m.end() :]):
                return None
            return _noun_or_adjective(found, plain, m.string[m.end() :])
        shared = _shared_head(found, plain, m.string[: m.start()])
        if shared is not None:  # "selection, detection, and attrition bias": one head for all
            plain = self.entries.get(shared[0].lower(), shared[0]) + " " + shared[1]
        if not fits(plain, m.string[: m.start()], m.string[m.end() :], found):
            return None  # the plain phrase would break the sentence: keep the term
        if _REFUSE_AFTER.get(found.lower()) and re.match(
            _REFUSE_AFTER[found.lower()], m.string[m.end() :]
        ):
            return None  # "the majority of the people" is not "most the people"
        if not sense_fits(found, m.string, m.start(), m.end()) or not _place_fits(
            found, m.string, m.start()
        ):
            return None  # the word means something else in this sentence
        if _in_name(m.string, m.start(), found):
            return None  # part of a name ("Food and Drug Administration")
        if not fits_here(
            " ".join(found.lower().split()), m.string[: m.start()], m.string[m.end() :]
        ):
            return None  # the plain word would change the sense here ("of proven benefit")
        before, after = m.string[: m.start()], m.string[m.end() :]
        if not stack_fits(found, plain, before) or repeats_word(found, plain, before, after):
            return None  # "imaging measurable signs", "measurable signs were measured"
        if found.lower().endswith("ed") and _AFTER_AUXILIARY.search(m.string[: m.start()]):
            plain = as_participle(plain)
            if not plain:
                return None  # "was obtained" has no plain participle ("was got")
        if found[:1].isupper() and plain[:1].islower() and not found[1:2].isupper():
            plain = plain[:1].upper() + plain[1:]
        return None if plain == found else plain


# Adjectives a paper also uses as nouns for people: their plain word needs its noun then.
_AS_NOUN = {"elderly": "older people", "the elderly": "older people"}
_NOT_AFTER_NOUN_USE = frozenset({"and", "or", "but", "nor"})


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


def _used_as_noun(after: str, definite: bool = False) -> bool:
    """Whether an adjective stands for the people it describes: nothing follows it, or a word
    that ends a noun phrase ("elderly with memory complaints", "elderly were"), not a noun and
    not a list going on to one ("elderly and frail patients")."""
    if re.match(r"\s*,", after):
        return definite  # "the elderly, ..." are people; "elderly, frail patients" a list
    nxt = _FIRST_WORD.match(after)
    if nxt is None:
        return True
    word = nxt.group(1).lower()
    return word in _PHRASE_ENDS and word not in _NOT_AFTER_NOUN_USE


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


# The forms of "have" and "be", after which a verb is a past participle ("has shown").
_HAVE_BE = "has have had having be been being is are was were".split()
# An "-ed" term after a form of "have" or "be" (with "not" or adverbs between) is a past
# participle, so its plain verb must be one too: "have not demonstrated" is "have not shown",
# never "have not showed".
_AFTER_AUXILIARY = re.compile(
    rf"\b(?:{'|'.join(_HAVE_BE)})"
    r"(?:\s+(?:not|never|also|already|yet|now|since|often|been|\w+ly))*\s+$",
    re.I,
)
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


# Terms whose plain word fits only in one place in the sentence: "determine" is "find out" only
# in "to determine ..." (not "genes that determine the course"); "remaining" is "other" only
# after a determiner ("the remaining people", not "symptoms remaining stable"); "excluded" is
# "left out" except after "be" ("could not be excluded" means could not be ruled out).
_NEEDS_BEFORE: dict[str, frozenset[str]] = {
    "determine": frozenset({"to"}),
    "remaining": frozenset("the a all any its their his her our these those".split()),
}
# A singular verb just before the term, with at most a quantity word between: the term is its
# subject or complement and a plural in its place breaks the agreement.
_SINGULAR_VERB_BEFORE = re.compile(
    r"\b(?:was|is|has been)\s+(?:(?:no|little|any|some|less|more|much|higher|lower|greater|"
    r"increased|reduced|decreased|similar)\s+)?$",
    re.I,
)
_COPULAS = frozenset("is are was were be been being remains remained seemed".split())
_REFUSE_BEFORE: dict[str, frozenset[str]] = {
    "excluded": frozenset({"be", "been", "being"}),
    # "to adequately assess" is not "to well assess"
    "adequately": frozenset({"to"}),
    # "the additional benefit" is not "the more benefit"
    "additional": frozenset("the a an this that its their his her our".split()),
    # "the non-significant results" is not "the no clear differences"
    **{
        term: frozenset("the a an this that these those its their his her our such".split())
        for term in (
            "non-significant results",
            "nonsignificant results",
            "statistically non-significant results",
        )
    },
    # A named kind of therapy keeps its name: "art therapy" is no "art treatment".
    **{
        term: frozenset(
            "art drama music dance play family couples marital group occupational speech "
            "physical talking animal horticultural gene cell".split()
        )
        for term in ("therapy", "therapies")
    },
    # A decayed spot on a tooth, a cyst, a narrowed artery to be treated: no "damaged area".
    **{
        term: frozenset("target carious cystic precancerous premalignant".split())
        for term in ("lesion", "lesions")
    },
    # A lung or fitness measure named "capacity" keeps its name: no "forced vital ability".
    "capacity": frozenset(
        "vital diffusing residual aerobic inspiratory lung buffering carrying".split()
    ),
    # Pulmonary or portal hypertension is its own disease, not high blood pressure.
    "hypertension": frozenset(
        "pulmonary arterial portal intracranial ocular idiopathic venous renovascular".split()
    ),
}
# Terms whose plain word cannot stand before what follows them.
_REFUSE_AFTER: dict[str, str] = {
    "the majority of": r"\s+(?:the|these|those|them|their|its|our|this|that)\b",
    "a majority of": r"\s+(?:the|these|those|them|their|its|our|this|that)\b",
    # "robust to sensitivity analyses" means it held up in them, not "strong to" them.
    "robust": r"\s+(?:to|against)\b",
    # "however small" is not "but small": "however" there says "no matter how".
    "however": r"\s+(?:small|large|much|many|long|few|little|high|low|often|slight|modest|"
    r"well|good|bad|hard|briefly|rarely)\b",
    # "well" ends a verb phrase ("worked well in mice"); before its verb it breaks the sentence
    # ("effectively reduces" is not "well reduces").
    "effectively": r"\s+(?!(?:in|at|on|for|with|to|and|or|than|as|by|during|after|before|when|"
    r"while|if|because|but|without|among|across|over|under|within|compared|versus|vs)\b)[A-Za-z]",
}
# Terms that follow a name in capitals ("RIFLE criteria", "EULAR criteria"): part of the name.
_AFTER_CAPITALS = frozenset({"criteria"})
_NAME_GOES_ON = re.compile(r"\b[A-Z][a-z][\w'-]*\s+[-\u2013]\s+$")
_TITLE_WORD = re.compile(r"(?:^|\s)[A-Z][a-z][\w'-]*\s+$")


def _place_fits(term: str, text: str, start: int) -> bool:
    """Whether the plain phrase of `term` fits where the term stands in `text`: the word
    before it allows the sense (`_NEEDS_BEFORE`, `_REFUSE_BEFORE`), and the term does not follow
    a name in mid-sentence ("McDonald criteria", "Cochrane review" are names)."""
    before = text[:start]
    prev = _LAST_WORD.search(before)
    prev_word = prev.group(1).lower() if prev else ""
    need = _NEEDS_BEFORE.get(term.lower())
    if need is None and term.lower().startswith("of "):
        need = _COPULAS  # "evidence of low certainty" is not "evidence weak"; "was weak" is
    if need is not None and prev_word not in need:
        return False
    if prev_word in _REFUSE_BEFORE.get(term.lower(), frozenset()):
        return False
    if term.lower() == "determine" and re.search(r"\b(?:evidence|information) to\s*$", before):
        return False  # "no evidence to determine whether" is not "evidence to find out"
    if term.lower() == "however" and before.strip() and before.rstrip()[-1] not in ".;:!?,":
        return False  # "was however no": an aside, not a conjunction ("was but no")
    if term.lower() == "however" and re.match(r"\s*,", text[start + len(term) :]):
        if before.strip() and before.rstrip()[-1] not in ".;:!?":
            return False  # "were, however, small": an aside, not a conjunction ("were, but, small")
    if term.lower() in _AFTER_CAPITALS and prev and re.search(r"[A-Z]", prev.group(1)[1:]):
        return False
    if _NAME_GOES_ON.search(before):
        return False  # "Disease Assessment Scale - cognitive subscale": the name goes on
    if term.lower().startswith("at "):
        return True  # a time said after a name ("the Pain Inventory at baseline") is no part of it
    name = _TITLE_WORD.search(before)
    return not (name and before[: name.start()].strip() and term[:1].islower())


def _in_name(text: str, start: int, found: str) -> bool:
    """Whether a capitalised term stands inside a name ("Grades of Recommendation, Assessment,
    Development and Evaluation"), not at the start of a sentence."""
    if not (found[:1].isupper() and found[1:2].islower()):
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'("


# Words that can follow a noun phrase without joining it: the phrase ends before them.
_PHRASE_ENDS = frozenset(
    """a an the and or but nor of in on at to for from with without by as than that which who
    whom whose is are was were be been being has have had do does did can could may might will
    would should must not also only than into onto over under after before during between among
    against across within via per versus vs while whereas when where if because although though
    since until both either neither each all some any this these those it its their his her
    they them there""".split()
)
# Words after which a verb phrase like "was shown" cannot stand ("has was shown").
_AUXILIARIES = frozenset(_HAVE_BE + "will would may might can could should must to not".split())
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())
# Words that make a phrase post-modify a noun ("the virus that causes COVID", "after surgery"):
# put before another noun, such a phrase reads as nonsense.
_POST_MODIFIER = frozenset(
    "a an the that which who whose by of to for in on with without after before during "
    "how what whether from".split()
)
_HOW_AFTER = frozenset(
    "of about on in into and or to studied measured changed change changes affect affects "
    "affected alter alters altered on regulate regulates control controls controlled "
    "shape shapes shaped know knew known understand show shows showed".split()
)
_VERB_FORMS = frozenset(
    "found got seen used checked shown given studied changed made caused driven blocked "
    "boosted reduced increased eased worsened".split()
) | {"signed up", "looked at", "found out", "put into groups by chance"}
_PARTICLES = frozenset("at out of for to up".split())
_PREPOSITIONS = frozenset(
    "in on at by with from for to into of during after before over under between among "
    "whether how what which that".split()
)
# "one" and up to three words of the same noun phrase before the term ("one of" is not).
_ONE_BEFORE = re.compile(r"(?<![\w-])[Oo]ne\s+(?!(?:of|in|or|and|to|out)\b)(?:[\w-]+\s+){0,3}$")
_FIRST_WORD = re.compile(r"\s*([A-Za-z][\w'-]*)")
_LAST_WORD = re.compile(r"([A-Za-z][\w'-]*)\s*$")


def fits(plain: str, before: str, after: str, term: str = "") -> bool:
    """Whether `plain` can take the place of a term between `before` and `after` and leave a
    grammatical sentence. A phrase that post-modifies a noun cannot itself modify the next noun
    ("SARS-CoV-2 variants" must not become "the virus that causes COVID variants"); a verb
    phrase cannot follow an auxiliary ("has proved" must not become "has was shown"); a
    "how ..." clause cannot take a determiner or an "of" ("the how common it is of")."""
    words = plain.lower().split()
    if re.search(r"\w-\s+(?:to|or|and)\s+(?:\w+\s+)?$", before):
        return False  # "low- to very low-certainty evidence": the suspended half needs the term
    nxt = _FIRST_WORD.match(after) if not re.match(r"\s*[,;:.!?)]", after) else None
    prev = _LAST_WORD.search(before)
    next_word = nxt.group(1).lower() if nxt else ""
    prev_word = prev.group(1).lower() if prev else ""
    if words[0] in ("was", "were", "is", "are") and prev_word in _AUXILIARIES:
        return False
    if words[0] in ("how", "what", "whether") and prev_word and prev_word not in _HOW_AFTER:
        return False  # "iron how the body uses energy": a clause cannot follow a noun
    if words[0] in ("how", "what", "whether") and (
        prev_word in _DETERMINERS or before.rstrip().endswith("'s") or next_word == "of"
    ):
        return False
    if words[-1] == "get" and next_word in ("receive", "receiving", "either", "one", "two"):
        return False
    plural = words[-1] != "ms" and words[-1].endswith("s") and not words[-1].endswith(("ss", "us"))
    term_plural = term.lower().endswith("s") and not term.lower().endswith(("ss", "us", "is"))
    if next_word in ("is", "was", "has", "does") and plural and not term_plural:
        return False  # "Bladder problems is common": the verb would not agree
    if plural and not term_plural and prev_word in ("a", "an", "this", "that", "each", "one"):
        return False  # "a more severe phenotype" must not become "a more severe traits"
    if plural and not term_plural and _SINGULAR_VERB_BEFORE.search(before):
        return False  # "There was no mortality" must not become "There was no deaths"
    if plural and _ONE_BEFORE.search(before):
        return False  # "at least one risk of bias criteria" must not become "... bias rules"
    if (
        plural
        and not term_plural
        and next_word
        and next_word not in _PHRASE_ENDS
        and not re.fullmatch(r"\w+(?:ed|ly)", next_word)
    ):
        return False  # "spasticity scores" must not become "stiff muscles scores"
    if next_word and len(words) > 1 and next_word.startswith(words[-1]):
        return False  # "microglial cells" must not become "brain immune cell cells"
    if plain.lower() in _VERB_FORMS and prev_word in _DETERMINERS:
        return False  # "the identified members" must not become "the found members"
    if words[-1] == "out" and next_word in ("whether", "how", "what", "which", "if", "why"):
        return True  # "find out whether ..." is whole
    if words[-1] in _PARTICLES and next_word in _PREPOSITIONS:
        return False  # "look at in mice": the phrase's own preposition needs its object next
    verb_phrase = words[0] in _AUXILIARIES
    post_modifier = len(words) > 1 and not verb_phrase and any(w in _POST_MODIFIER for w in words)
    post_modifier &= not (words[-1] == "by" == term.lower().split()[-1])  # "marked by X" is whole
    if post_modifier and next_word and next_word not in _PHRASE_ENDS:
        if not re.fullmatch(r"\w+ly", next_word):  # "... COVID infected cells" misreads
            return False
    return True


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
    return load_glossary().plain(text, keep if statistical else keep | _SIGNIFICANT)
