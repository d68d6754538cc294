"""Where a glossary swap of several words would break a stack of nouns or repeat a word.

A plain phrase of several words reads whole where the term heads its own noun phrase ("new
biomarkers" -> "new measurable signs"), not where another noun modifies it: "imaging
biomarkers" -> "imaging measurable signs", "stress urinary incontinence" -> "stress leaking
urine", "signalling pathway" -> "signalling chain of signals" each leave a stack no reader can
parse, and some change what is named. Nor may a swap bring a word the sentence already has
beside it ("measurable signs were measured"). Where either happens the paper's word stays and
the gate names it (true > whole > plain). Nor may two swaps side by side in a list make two
of its words one ("heterogeneous and inconsistent" -> "mixed and mixed", which reads as "mixed").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..evidence import stem
from .wholeness import SIMPLE_PASTS

# Words before a term that leave it the head of its own noun phrase.
_FUNCTION = frozenset(
    """a an the this that these those its their his her our your my each every no any some all
    both either neither such of in on at to for from with without by as than and or but nor
    into over under after before during between among against within via per versus vs is are
    was were be been being has have had do does did can could may might will would should must
    not also only more most less least very so too what which who whom whose when where whether
    if because although though while whereas since until there it they them we you he she one
    two three four five six seven eight nine ten eleven twelve dozen""".split()
)
# Adjectives that modify a noun phrase without making a stack of nouns.
_ADJECTIVES = frozenset(
    """new novel potential good poor high low early late key main major minor common rare
    other same different specific certain possible current previous single multiple whole
    total overall further additional recent large small strong weak short long mild severe
    acute chronic deep full free safe due open true real wide broad young old limited big
    great similar available serious higher lower greater fewer better worse best worst many
    several various numerous few little much own first second third last next final initial
    mean median average standard usual normal typical regular daily weekly monthly annual
    prior subsequent ongoing existing remaining following larger smaller longer shorter bigger
    older younger stronger weaker earlier later wider broader immune white stiff sore red
    bright faulty mixed remote fairly active primary secondary yearly pooled careful dummy
    moderate borderline""".split()
)
_ADJECTIVE_ENDINGS = (
    "al", "ic", "ous", "ive", "ful", "able", "ible", "ary", "ory", "less", "ar", "ed", "ile",
    "ish", "ly",
)  # fmt: skip
# Adjectives in -ant and -ent (most words so ending are nouns: "treatment", "patient").
_ANT_ENT_ADJECTIVES = frozenset(
    """recent current frequent consistent significant relevant important efficient sufficient
    insufficient independent dependent persistent prevalent evident present absent permanent
    excellent resistant pregnant abundant dominant redundant constant urgent expectant""".split()
)
# Words in -ing that name a thing or an activity and so modify a noun after them as a noun
# ("imaging biomarkers", "screening tests"); any other -ing word is taken for a verb.
_ING_NOUNS = frozenset(
    """imaging signaling signalling screening training testing nursing bleeding swallowing
    learning processing binding coding sequencing staging counselling counseling feeding
    breastfeeding smoking drinking prescribing dosing walking sleeping""".split()
)
# First words of a plain phrase that does not head a noun phrase (a verb or a preposition):
# after a noun it reads on as a clause or a post-modifier ("therapy compared with ...").
_NOT_NOUN_STARTS = frozenset(
    """a an the compared regardless from at in on to with without after before by for of
    find found look looked looking worked work left signed led lead leads were was is are
    be been had has have get got give gave given show showed shown make made take took taken
    see seen use used check checked help helped stop stopped keep kept right""".split()
)
_WORD_BEFORE = re.compile(r"(?<![\w'-])([\w'-]+) +$")
_TWO_BEFORE = re.compile(r"(?<![\w'-])([\w'-]+) +[\w'-]+ +$")


def modifier_word(word: str) -> bool:
    """Whether `word` (lower case) is an adjective, a participle or a compound modifier rather
    than a noun or a function word, by the lists and endings above."""
    if word in _ADJECTIVES or word in _ANT_ENT_ADJECTIVES or "-" in word:
        return True
    if word.endswith("ing"):
        return word not in _ING_NOUNS
    return word.endswith(_ADJECTIVE_ENDINGS)


def plain_adjective(word: str) -> bool:
    """Whether `word` (lower case) is an adjective or an adverb of degree for certain: in the
    list above, "very", or an "-ly" adverb ("fairly"); never a noun, a gerund or a compound."""
    return word in _ADJECTIVES or word == "very" or (word.endswith("ly") and len(word) > 4)


def modifying_noun(before: str) -> str:
    """The noun right before a term, with only a space between, that makes the term the head of
    a stack of nouns ("imaging ", "MRI ", "677TT "); "" when the word there is an adjective, a
    function word, a number or a verb, or punctuation stands between."""
    m = _WORD_BEFORE.search(before)
    if not m:
        return ""
    word = m.group(1)
    if re.fullmatch(r"[\d.,]+", word):
        return ""  # a number ("15 RCTs")
    if re.search(r"\d|[A-Z]", word[1:]):
        return word  # a code or an abbreviation ("MRI biomarkers")
    low = word.lower()
    if low in _FUNCTION or not low.replace("-", "").isalpha() or modifier_word(low):
        return ""
    if low in SIMPLE_PASTS or _base(low) in _VERBS:
        return ""  # a verb: the term is its object ("found moderate-quality evidence")
    two = _TWO_BEFORE.search(before)
    if two and two.group(1).lower() in _BEFORE_VERB:
        return ""  # "to perform meta-analyses", "we used ..."
    return word


# Common verbs whose object a term may be ("reduce spasticity", "includes biomarkers").
_VERBS = frozenset(
    """reduce increase improve provide include cause prevent show find give take make have need
    use report compare receive get help affect assess evaluate examine identify suggest
    indicate support measure treat study offer produce require present develop lower raise
    decrease predict detect explore describe review discuss summarise summarize assess
    address target limit control relieve ease worsen slow delay promote inhibit block found
    made took gave saw got perform conduct carry""".split()
)
# Words before a word that make it a verb ("to perform", "we found", "may reduce").
_BEFORE_VERB = frozenset(
    """to we they i you he she it not can could may might will would should must did does do
    also then""".split()
)


def _base(word: str) -> str:
    """`word` without a third-person "-s" or "-es" ("reduces" -> "reduce")."""
    for end in ("es", "s"):
        if word.endswith(end) and word[: -len(end)] in _VERBS:
            return word[: -len(end)]
    return word


# Words that make a plain phrase post-modify its head ("chain of signals", "rate of new cases").
_POST_MODIFIERS = frozenset(
    "of that which who with without from in on by for to after between into about along under "
    "outside over".split()
)


def stack_fits(term: str, plain: str, before: str) -> bool:
    """Whether a plain phrase of several words may take the place of `term` after `before`. After
    a noun that modifies the term, only a phrase that opens with a noun and has no post-modifier
    reads whole ("CNS adverse events" -> "CNS side effects"); one that opens with an adjective
    or a participle ("imaging measurable signs", "stress leaking urine") or post-modifies
    ("UTI rate of new cases") breaks the stack."""
    words = plain.lower().split()
    if words and words[0] == "other" and _after_a_modifier(before):
        return False  # "cardiometabolic comorbidities" is no "cardiometabolic other illnesses"
    if len(words) == 1 and words[0] in _NO_NOUN_BEFORE and _names_a_kind(words[0], before):
        return False  # "control group participants", "bone deterioration": the word stays
    if len(words) < 2 or words[0] in _NOT_NOUN_STARTS or term.lower().endswith("ly"):
        return True
    if re.fullmatch(r"[A-Z]{2,}s?", term):
        return True  # an abbreviation's long form stands where the paper's own would have
    if term.lower().split()[0].endswith(("ed", "ing")):
        return True  # a verb ("studies examined", "trials recruited")
    if not modifying_noun(before):
        return True
    return not (modifier_word(words[0]) or any(w in _POST_MODIFIERS for w in words[1:]))


# Plain words that never head a stack of nouns: "control group people", "MS people" (for
# "participants") and "bone worsening" (for "deterioration", read as "the bone is worsening")
# are no phrases English uses, though the paper's "control group participants" and "bone
# deterioration" are (readers of stop 59, CD010544, plos ppat.1000895). "people" is kept only
# after a word that is a noun for certain (`_names_a_group`): the noun test reads verbs and
# adjectives it does not know as nouns ("distresses individuals", "critically ill subjects").
_NO_NOUN_BEFORE = frozenset({"people", "worsening"})
# Nouns that name the group or the condition of the people after them.
_GROUP_NOUNS = frozenset(
    """group groups control controls study trial placebo intervention treatment arm arms cohort
    research sample survey programme program palsy surgery vaccine drug""".split()
)
# Words that may stand before "other" ("many other illnesses", "possible other factors"); any
# other adjective or noun there takes the paper's word ("common comorbidities").
_BEFORE_OTHER = frozenset(
    "many several few multiple numerous various more fewer possible potential".split()
)


def _names_a_kind(plain: str, before: str) -> bool:
    """Whether the word right before a term is a noun that names a kind of it, so that `plain`
    (a word of `_NO_NOUN_BEFORE`) cannot take the term's place: for "people", a code ("MS
    participants"), a noun of `_GROUP_NOUNS` or a condition's name ("stroke participants"),
    never a compound ending in a participle ("beta2-agonist-treated participants"); for
    "worsening", any noun `modifying_noun` finds ("bone deterioration")."""
    from .condition import ENDS_LIKE_A_CONDITION

    word = modifying_noun(before)
    if not word or plain != "people":
        return bool(word)
    low = word.lower()
    if re.search(r"\d|[A-Z]", word[1:]) or word.isupper():
        last = low.rsplit("-", 1)[-1]
        return not ("-" in low and last.endswith(("ed", "ing", "naive", "free", "positive")))
    return low in _GROUP_NOUNS or bool(ENDS_LIKE_A_CONDITION.search(low))


def _after_a_modifier(before: str) -> bool:
    """Whether the word right before a term (only a space between) is an adjective or a noun
    that modifies it, not a function word or a word of number: a plain phrase led by "other"
    cannot stand there."""
    m = _WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1).lower()
    return word not in _FUNCTION and word not in _BEFORE_OTHER and not word.isdigit()


# A prefix that spans a compound of two process nouns: "post-transcription initiation" is
# after (transcription initiation); "post-transcription start" splits the compound.
_PREFIXED_PROCESS = re.compile(r"(?<![\w-])(?:post|pre|peri)-[a-z]+(?:tion|sion)\s+$", re.I)


def inside_compound(term: str, plain: str, before: str) -> bool:
    """Whether `term` stands where its plain phrase would split or rebind what is around it: a
    process noun after a prefix that spans the compound ("post-transcription initiation" is
    after transcription initiation; "post-transcription start" splits it), or an adjective-led
    plain phrase after a degree word that would take its adjective ("less adverse event
    profiles" is no "less unwanted event profiles", which says the opposite)."""
    low = term.lower()
    if " " not in low and _PREFIXED_PROCESS.search(before) and low.endswith(("tion", "sion")):
        return True
    words = plain.lower().split()
    degree = _WORD_BEFORE.search(before)
    return (
        degree is not None
        and degree.group(1).lower() in _DEGREE
        and modifier_word(words[0])
        and not modifier_word(low.split()[0])
    )


_DEGREE = frozenset("less least very so too".split())


REPEAT_WINDOW = 2  # words on each side of a term in which a plain word may not stand again
_OF_THE = re.compile(r"\b([A-Za-z]+) of (?:the|a|an) $")
# How a text `_OF_THE` matches in ends (its "$" also matches before a last line break): it is
# searched only in such a text, not at every place of the sentence before each term.
_OF_THE_ENDS = tuple(f" of {a} {brk}" for a in ("the", "a", "an") for brk in ("", "\n"))


# What the paper says a term is, set off by a comma right after it.
_APPOSITIVE = re.compile(r"^\s*,\s+(?:which is |this is )?an? ([^,;:()]{1,60})", re.I)


def repeats_word(term: str, plain: str, before: str, after: str) -> bool:
    """Whether a content word of `plain` (by its stem) stands within `REPEAT_WINDOW` words of
    the term, with no punctuation between, though the term itself does not hold it:
    "biomarkers were measured" must not become "measurable signs were measured"."""
    left = _words(re.split(r"[,;:()]", before)[-1])[-REPEAT_WINDOW:]
    # "influenced results of the outcome" is never "... results of the result"
    of = _OF_THE.search(before) if before.endswith(_OF_THE_ENDS) else None
    if of is not None:
        left.append(of.group(1).lower())
    right = _words(re.split(r"[,;:()]", after)[0])[:REPEAT_WINDOW]
    # "on OCT, a quick and painless eye scan, ...": the paper says the plain words itself
    appositive = _APPOSITIVE.match(after)
    if appositive is not None:
        right += _words(appositive.group(1))
    near = _content(left + right)
    own = {stem(w) for w in re.findall(r"[a-z]+", term.lower())}
    new = {stem(w) for w in re.findall(r"[a-z]{4,}", plain.lower())} - own
    return bool(new & {stem(w) for w in near})


# An item of a list: what stands between commas or "and" / "or" ("the heart, brain, bone, and
# kidney"); `LIST_ITEM_WORDS` words of each item next to the term are read, `LIST_ITEMS` items on
# each side, within the clause (no ";", ":" or bracket between).
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor)\s+", re.I)
_JOINED_BEFORE = re.compile(r"(?:,|\b(?:and|or|nor))\s*$", re.I)
_JOINED_AFTER = re.compile(r"\s*(?:,|(?:and|or|nor)\b)", re.I)
LIST_ITEMS = 4
LIST_ITEM_WORDS = 3
_ARTICLES = frozenset({"a", "an", "the"})  # "no treatment" is no "a dummy treatment"


def repeats_list_item(term: str, plain: str, before: str, after: str) -> bool:
    """Whether a term stands in a list (joined by a comma, "and" or "or") one of whose other
    items is already said whole by the term's plain phrase, or has a modifier (by its stem) the
    plain phrase repeats, where the term does not: "the heart, brain, bone, central nervous
    system, and kidney" must not become "... brain, bone, brain and spinal cord, and kidney",
    nor "possibly safe, feasible and may be helpful" "possibly safe, possible and ...". The
    paper's word stays."""
    joined_before, joined_after = _JOINED_BEFORE.search(before), _JOINED_AFTER.match(after)
    if not (joined_before or joined_after):
        return False
    own = {stem(w) for w in re.findall(r"[a-z]+", term.lower())}
    new = {stem(w) for w in re.findall(r"[a-z]{4,}", plain.lower())} - own
    if not new:
        return False
    left = _LIST_JOIN.split(re.split(r"[;:()]", before)[-1])[:-1][-LIST_ITEMS:]
    right = _LIST_JOIN.split(re.split(r"[;:()]|\.(?:\s|$)", after)[0])[1:][:LIST_ITEMS]
    items = [_words(i)[-LIST_ITEM_WORDS:] for i in left] if joined_before else []
    items += [_words(i)[:LIST_ITEM_WORDS] for i in right] if joined_after else []
    said = {w.rstrip("s") for w in _words(plain)} - {w.rstrip("s") for w in _words(term)}
    for words in items:
        whole = {w.rstrip("s") for w in words if w not in _ARTICLES}
        if whole and whole <= said:
            return True  # a whole item said again ("brain, ... brain and spinal cord")
        if any(stem(w) in new and modifier_word(w) for w in _content(words)):
            return True  # its modifier said again ("possibly safe, possible")
    return False  # "mortality, death from stroke" -> "deaths, death from stroke" names two


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _content(words: list[str]) -> list[str]:
    """The content words of `words` (four letters or more, no function words)."""
    return [w for w in words if len(w) >= 4 and w not in _FUNCTION]


class Swap(NamedTuple):
    """One glossary swap: the term at `start`:`end` of a sentence and its plain phrase."""

    start: int
    end: int
    term: str
    plain: str


# What joins two items of a pair or a list: a comma or a conjunction (or both), and perhaps a
# determiner ("no intervention or therapy", "efficacy, effectiveness", "X and the Y").
_JOIN = (
    r"(?:\s*,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor|versus|vs\.?)\s+)"
    r"(?:(?:the|a|an|no|any)\s+)?"
)
LOOK_BACK = 160  # characters before a swap in which the item it is joined to is sought


def _words_re(n: int) -> str:
    return r"[\w'-]+" + r"\s+[\w'-]+" * (n - 1)


_JOINED = re.compile(_JOIN)


# One pattern per item length, compiled once (not looked up in, and pushed out of, re's own
# cache at every swap: ~0.5% of a draft's CPU).
@lru_cache(maxsize=32)
def _before_pattern(n: int) -> re.Pattern[str]:
    return re.compile(rf"{_ITEM_OPENS}({_words_re(n)}){_JOIN}$", re.I)


@lru_cache(maxsize=32)
def _after_pattern(n: int) -> re.Pattern[str]:
    return re.compile(rf"{_JOIN}({_words_re(n)})(?:\s*[,;:.)]|\s+(?:and|or|nor)\b|\s*$)")


def kept_apart(text: str, swaps: list[Swap]) -> list[Swap]:
    """`swaps` (in order, not overlapping) without any whose plain phrase would read the same
    as the item it is joined to by "and", "or" or a comma, where the paper's words differ:
    "no intervention or therapy" must not become "no treatment or treatment", nor "efficacy,
    effectiveness" "effect, effect" (the paper names two things; the reader would see one).
    The later swap of such a pair is not made ("no treatment or therapy"). An item is the
    whole plain phrase of the swap before, or the paper's own words between a determiner or a
    comma and the join ("placebo or no intervention" is "a dummy treatment or no treatment")."""
    kept: list[Swap] = []
    out = ""  # the sentence up to the last swap kept, as it now reads
    last = 0
    for swap in swaps:
        left = out + text[last : swap.start]
        prev = kept[-1] if kept else None
        if prev is not None and _JOINED.fullmatch(text[prev.end : swap.start]):
            if _same(prev.plain, swap.plain) and not _same(prev.term, swap.term):
                continue  # "no treatment or therapy", not "no treatment or treatment"
        elif _item_before(left[-LOOK_BACK:], swap.plain):
            continue  # "therapy or treatment": the paper's own word is the plain one
        if _item_after(text[swap.end :], swap.plain):
            continue
        kept.append(swap)
        out = left + swap.plain
        last = swap.end
    return kept


_ITEM_OPENS = r"(?:^|[,;:(]\s*|\b(?:the|a|an|no|any|and|or|nor|of|with|to|on|in|for)\s+)"


def _item_before(left: str, plain: str) -> bool:
    n = len(plain.split())
    m = _before_pattern(n).search(left)
    return m is not None and _same(m.group(1), plain)


def _item_after(right: str, plain: str) -> bool:
    n = len(plain.split())
    m = _after_pattern(n).match(right)
    return m is not None and _same(m.group(1), plain)


def _same(one: str, two: str) -> bool:
    """Whether two phrases are the same words, a plural "s" aside."""

    def norm(t: str) -> list[str]:
        return [w.rstrip("s") for w in re.findall(r"[a-z]+", t.lower())]

    return norm(one) == norm(two)
