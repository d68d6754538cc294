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
"""

from __future__ import annotations

import re

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


# "12 trials with 933 people", "five trials; 417 participants": a count of studies and the
# count of people they held, next to each other in one phrase
_STUDIES = "class:" + min(STUDY_NOUNS)
_PEOPLE = "class:" + min(PEOPLE_NOUNS)
PAIR_REACH = 60  # characters between a count of studies and the count of their people
_PAIR_BREAK = re.compile(r"[.;:]\s+[A-Z]|\b(?:and|while|whereas|but)\s+\d", re.I)


def _study_pairs(text: str) -> list[tuple[str, str, str, str]]:
    """(studies, people, as written, as written) for each count of studies in `text` followed
    within its phrase by the count of the people they held, no other such count between."""
    counts = [(v, off, w, unit_of(text, off + len(w), off)) for v, off, w in number_mentions(text)]
    counts = [c for c in counts if c[3] in (_STUDIES, _PEOPLE)]
    out = []
    for (v, off, w, unit), (v2, off2, w2, unit2) in zip(counts, counts[1:], strict=False):
        gap = text[off + len(w) : off2]
        if unit == _STUDIES and unit2 == _PEOPLE and len(gap) <= PAIR_REACH:
            if not _PAIR_BREAK.search(gap):
                out.append((v, v2, w, w2))
    return out


def unpaired_people(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(people as written, the studies the summary gives them, the studies the paper gives
    them) when the summary joins a count of people to a count of studies ("12 trials with 417
    people") that the paper joins each to another ("12 trials, 933 participants" and "five
    trials; 417 participants"): the people of some of the studies given to all of them."""
    mine = _study_pairs(sentence)
    if not mine:
        return []
    theirs = [p for s in split_source(source) for p in _study_pairs(s.text)]
    out = []
    for studies, people, written_studies, written_people in mine:
        with_people = {p[0]: p[2] for p in theirs if p[1] == people}
        with_studies = {p[1] for p in theirs if p[0] == studies}
        if with_people and studies not in with_people and with_studies - {people}:
            other = next(iter(with_people.values()))
            out.append((written_people, written_studies, other))
    return out
