"""Number pairs: two numbers of one sentence that traded what they belong to, or a count of
people joined to a count of studies the paper gives other people ("12 trials with 417 people"
where the paper's 12 trials had 933 people and its 417 came from five of them).

"In all, 556 people took laquinimod and 550 took a dummy capsule", where the paper compares
550 patients on laquinimod with 556 on a placebo capsule; "10 men and 2 women", where the
paper has 2 males and 10 females. Both numbers are the paper's, and so are both labels; the
summary joins each number to the other's label.

A number's label is the words after it up to the next number or the end of its clause (the
words that tell the groups apart: "laquinimod", "dummy capsule", "men"), or the group named
just before "(n = 44)", its common words left out ("people", "took", "group"). Times and
shares are not read: they tell no group apart. Two numbers of a summary sentence have traded
when one sentence of the paper holds both, and each one's label in the summary shares more
words with the other number's label in the paper than with its own. Lay words are read as the
paper's ("dummy" is "placebo", "men" is "males").

The paper often names each group before its number ("the NNT was 9 for tricyclics and 7 for
SSRIs") where a summary names it after ("9 people needed a tricyclic and 7 an SSRI"), so a
pair is also read by order (`crossed_numbers`): two groups named in turn with two numbers pair
the first group with the first number, whichever side of its number each group is named on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..evidence import content_words, split_source, stem
from ..ingest import Source
from .counts import PEOPLE_NOUNS, STUDY_NOUNS, unit_of
from .faithfulness import number_mentions

_COMMON = frozenset(
    stem(w)
    for w in """people patients participants adults children subjects volunteers persons group
    groups arm arms took take taking received receiving given treated treatment was were had
    who got used study trial total each all those mg dose doses daily once twice day days week
    weeks month months year years matching""".split()
)
# lay words for the paper's
_ALIASES = {
    stem(w): stem(paper)
    for w, paper in (
        ("dummy", "placebo"),
        ("fake", "placebo"),
        ("sham", "placebo"),
        ("inactive", "placebo"),
        ("men", "males"),
        ("man", "males"),
        ("boys", "males"),
        ("women", "females"),
        ("woman", "females"),
        ("girls", "females"),
    )
}
_N_EQUALS = re.compile(r"\(\s*n\s*=\s*$", re.I)
# where the name of the group before "(n = 44)" starts
_BOUNDARY = re.compile(r"[;:,)]|\b(?:to|or|and|versus|vs\.?|with|received|took)\s", re.I)
LABEL_WORDS = 6
_NOT_GROUPS = frozenset(
    {"%", *(stem(u) for u in ("days", "weeks", "months", "years", "hours"))}
)  # words after a number read as its label
_CLAUSE_END = re.compile(r"[;:()]|,\s*(?:but|whereas|while)\b|\s+(?:but|whereas|while)\s+", re.I)


def _labels(text: str) -> dict[str, frozenset[str]]:
    """Each number of `text` (by value) -> the distinctive words after it, up to the next
    number or the end of its clause."""
    mentions = number_mentions(text)
    out: dict[str, frozenset[str]] = {}
    for i, (value, offset, written) in enumerate(mentions):
        end = offset + len(written)
        if unit_of(text, end, offset) in _NOT_GROUPS:
            continue  # a time or a share tells no group apart: "seven days ... at 36 weeks"
        stop = mentions[i + 1][1] if i + 1 < len(mentions) else len(text)
        after = text[end:stop]
        clause = _CLAUSE_END.search(after)
        after = after[: clause.start()] if clause else after
        if _N_EQUALS.search(text[:offset]):  # "olive oil capsules (n = 44)": named before it
            after = _BOUNDARY.split(_N_EQUALS.split(text[:offset])[-2])[-1]
        words = {_ALIASES.get(stem(w), stem(w)) for w in content_words(after)[:LABEL_WORDS]}
        label = frozenset(words - _COMMON)
        if value not in out and label:
            out[value] = label
    return out


def traded_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, its label in the summary, the number the paper gives that label) for each
    pair of numbers of `sentence` whose labels the paper gives the other way round."""
    mine = _labels(sentence)
    if len(mine) < 2:
        return []
    values = list(mine)
    for s in split_source(source):
        theirs = _labels(s.text)
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                if a not in theirs or b not in theirs:
                    continue
                a_to_b = len(mine[a] & theirs[b]) > len(mine[a] & theirs[a])
                b_to_a = len(mine[b] & theirs[a]) > len(mine[b] & theirs[b])
                if a_to_b and b_to_a:
                    written = {v: w for v, _, w in number_mentions(sentence)}
                    return [(written[a], " ".join(sorted(mine[a])), written[b])]
    return []


_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")


# lay words for the arm that got the treatment, against a placebo or control arm: "1364 took a
# medicine and 919 a dummy tablet" for "the intervention groups 1364 and the placebo groups 919"
_ARM_ALIASES = {
    stem(w): "arm:active"
    for w in "intervention interventions medicine medicines medication medications drug drugs "
    "active".split()
}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# words that join or weigh two groups rather than name one: "versus", "associated with"
_LINKING = frozenset(
    stem(w)
    for w in """versus vs compared comparison than against associated association occurred
    relative related plus effect effects included including involving involved needed need
    population aged age between difference""".split()
)


@lru_cache(maxsize=4096)  # a paper's sentences are read again for every summary sentence
def _places(text: str) -> tuple[dict[str, int], dict[str, int], dict[str, str | None]]:
    """Where each number said once stands (years left out), and each distinctive word said
    once (by stem, lay words read as the paper's), by character offset; and what each number
    counts or measures."""
    numbers: dict[str, int | None] = {}
    units: dict[str, str | None] = {}
    for v, off, w in number_mentions(text):
        if (
            _YEAR.match(v)
            or text[off - 1 : off] == "("
            and text[off + len(w) : off + len(w) + 1] == ")"
        ):
            continue  # a date, or a list's "(1)"
        numbers[v] = None if v in numbers else off
        units[v] = unit_of(text, off + len(w), off)
    words: dict[str, int | None] = {}
    for m in _WORD.finditer(text):
        found = content_words(m.group(0))
        if not found or number_mentions(m.group(0)):
            continue  # a number in words is no group's name
        # "nurse-led" is one name
        key = "-".join(_ARM_ALIASES.get(stem(w), _ALIASES.get(stem(w), stem(w))) for w in found)
        if key in _COMMON or key in _LINKING:
            continue
        key = key[:-1] if len(key) > 3 and key.endswith("s") else key  # "SSRIs" is "SSRI"
        words[key] = None if key in words else m.start()
    return (
        {v: at for v, at in numbers.items() if at is not None},
        {w: at for w, at in words.items() if at is not None},
        units,
    )


def _same_kind(units: dict[str, str | None], a: str, b: str) -> bool:
    """Whether two numbers may count the same kind of thing (one of them may name none)."""
    return units[a] is None or units[b] is None or units[a] == units[b]


def _in_turn(words: tuple[int, int], numbers: tuple[int, int], others: list[int]) -> bool:
    """Whether two words and two numbers (by offset) stand in turn (word, number, word,
    number, or number first), with no other number among them."""
    items = sorted([(at, "w") for at in words] + [(at, "n") for at in numbers])
    kinds = "".join(k for _, k in items)
    if kinds not in ("wnwn", "nwnw"):
        return False
    return not any(items[0][0] < at < items[-1][0] for at in others if at not in numbers)


@lru_cache(maxsize=64)  # a paper's: read for every summary sentence with two numbers
def _sentences_by_number(source: Source) -> dict[str, tuple[int, ...]]:
    """Each number the paper's sentences say (by value) -> the sentences saying it."""
    out: dict[str, list[int]] = {}
    for s in split_source(source):
        for v in {v for v, _, _ in number_mentions(s.text)}:
            out.setdefault(v, []).append(s.index)
    return {v: tuple(at) for v, at in out.items()}


def crossed_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, the paper's sentence, the other number) for two numbers of `sentence` that a
    paper sentence holding both gives the other way round,
    read by order: two groups named in turn with two numbers ("9 for tricyclics and 7 for
    SSRIs", "tricyclics 9, SSRIs 7", "9 needed a tricyclic and 7 an SSRI") pair the first group
    with the first number. Crossed when the summary names two words the paper also names, the
    words and the numbers in turn in each (no other number among them), the words in the same
    order in both and the numbers in the other order (or the words in the other order and the
    numbers in the same); and no other such pair of words says otherwise."""
    mentions = number_mentions(sentence)
    said = {v for v, _, _ in mentions}
    if len(said) < 2:
        return []
    holding = _sentences_by_number(source)
    seen = [i for v in said for i in holding.get(v, ())]
    candidates = sorted({i for i in seen if seen.count(i) >= 2})  # paper sentences with two
    if not candidates:
        return []
    mine, my_words, my_units = _places(sentence)
    if len(mine) < 2 or len(my_words) < 2:
        return []
    written = {v: w for v, _, w in mentions}
    my_offsets = [off for _, off, _ in mentions]
    texts = [t.text for t in split_source(source)]
    for at in candidates:
        s = texts[at]
        theirs, their_words, their_units = _places(s)
        offsets = [off for _, off, _ in number_mentions(s)]
        values = sorted(mine.keys() & theirs.keys(), key=mine.__getitem__)
        shared = sorted(my_words.keys() & their_words.keys(), key=my_words.__getitem__)
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                if not (_same_kind(my_units, a, b) and _same_kind(their_units, a, b)):
                    continue  # "12 trials with 417 people": no two groups' numbers
                verdicts = set()
                for j, x in enumerate(shared):
                    for y in shared[j + 1 :]:
                        # the two words and the two numbers in turn, in both texts
                        if not _in_turn(
                            (my_words[x], my_words[y]), (mine[a], mine[b]), my_offsets
                        ) or not _in_turn(
                            (their_words[x], their_words[y]), (theirs[a], theirs[b]), offsets
                        ):
                            continue
                        same_words = their_words[x] < their_words[y]  # x first in both
                        same_numbers = theirs[a] < theirs[b]  # a first in both
                        crossed = same_words != same_numbers
                        verdicts.add(crossed)
                if verdicts == {True}:
                    return [(written[a], s.strip(), written[b])]
    return []


# "236 of 7767", "236/7767", "236 out of the 7767": a part and its whole
_PART_OF = re.compile(
    r"(?<![\d.,/])(\d[\d,]*)\s*(?:/|(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+)?)"
    r"(\d[\d,]*)(?![\d.,]*\s*%)(?![\d/])",
    re.I,
)


def _parts(text: str) -> set[tuple[str, str]]:
    return {
        (a.replace(",", ""), b.replace(",", ""))
        for a, b in _PART_OF.findall(text)
        if a.replace(",", "") != b.replace(",", "")
    }


def crossed_parts(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(part as written, its whole, the whole the paper gives that part) for a part and a
    whole of `sentence` ("259 of 7767") that the paper never joins, where it joins the part to
    another whole and the whole to another part ("236/7767 versus 259/7660"): two groups'
    events crossed."""
    mine = _parts(sentence)
    if not mine:
        return []
    theirs = {p for s in split_source(source) for p in _parts(s.text)}
    out = []
    for part, whole in sorted(mine):
        if (part, whole) in theirs:
            continue
        other_wholes = {w for p, w in theirs if p == part}
        other_parts = {p for p, w in theirs if w == whole}
        if other_wholes and other_parts:
            out.append((part, whole, min(other_wholes)))
    return out


# "12 trials with 933 people", "five trials; 417 participants": a count of studies and the
# count of people they held, next to each other in one phrase
_STUDIES = "class:" + min(STUDY_NOUNS)
_PEOPLE = "class:" + min(PEOPLE_NOUNS)
PAIR_REACH = 60  # characters between a count of studies and the count of their people
_PAIR_BREAK = re.compile(r"[.;:]\s+[A-Z]|\b(?:and|while|whereas|but)\s+\d", re.I)
# "... of which five, involving ...": a part of the studies counted, kept
# ("three of these trials, involving 909 people" counts the part itself: the pair stands)
_KEPT_PART = re.compile(
    r"\bof (?:which|these|them|those),?\s+(?:only\s+)?(?:\d|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\b)",
    re.I,
)


def _study_pairs(text: str) -> list[tuple[str, str, str, str]]:
    """(studies, people, as written, as written) for each count of studies in `text` followed
    within its phrase by the count of the people they held, no other such count between, nor
    a part of them kept: in "Eleven studies were found, of which five, involving 247 infants,
    were included" the 247 are the five's, never the eleven's (CD003062: a true "five studies
    with 247 infants" was failed as people given to the wrong count)."""
    counts = [(v, off, w, unit_of(text, off + len(w), off)) for v, off, w in number_mentions(text)]
    counts = [c for c in counts if c[3] in (_STUDIES, _PEOPLE)]
    out = []
    for (v, off, w, unit), (v2, off2, w2, unit2) in zip(counts, counts[1:], strict=False):
        gap = text[off + len(w) : off2]
        if unit == _STUDIES and unit2 == _PEOPLE and len(gap) <= PAIR_REACH:
            if not _PAIR_BREAK.search(gap) and not _KEPT_PART.search(gap):
                out.append((v, v2, w, w2))
    return out


@lru_cache(maxsize=64)  # a paper's: read for every summary sentence joining people to studies
def _paper_study_pairs(source: Source) -> tuple[tuple[str, str, str, str], ...]:
    """`_study_pairs` of every sentence of the paper, in order."""
    return tuple(p for s in split_source(source) for p in _study_pairs(s.text))


def unpaired_people(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(people as written, the studies the summary gives them, the studies the paper gives
    them) when the summary joins a count of people to a count of studies ("12 trials with 417
    people") that the paper joins each to another ("12 trials, 933 participants" and "five
    trials; 417 participants"): the people of some of the studies given to all of them."""
    mine = _study_pairs(sentence)
    if not mine:
        return []
    theirs = _paper_study_pairs(source)
    out = []
    for studies, people, written_studies, written_people in mine:
        with_people = {p[0]: p[2] for p in theirs if p[1] == people}
        with_studies = {p[1] for p in theirs if p[0] == studies}
        if with_people and studies not in with_people and with_studies - {people}:
            other = next(iter(with_people.values()))
            out.append((written_people, written_studies, other))
    return out
