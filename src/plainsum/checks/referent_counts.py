"""Referents of counts and of things shown: a sentence that counts out of a set, or opens on a
thing, the summary never introduced (used by plainsum.checks.referents, whose problems they
become):

- `bare_counts`: a count with no noun opening a sentence on its verb ("Only one reported the
  mean length of labour", "Fourteen had stage 2 disease", "The last two had been updated"),
  when the sentence before names no set for it to count;
- `counted_from_nothing`: "any of them", "two of these", when neither the sentence before the
  words nor the one before it names anything in the plural or a list;
- `unintroduced_displays`: "The matrix shows ...", "The model predicted ...", a thing of the
  paper's making opening a sentence, when no text before names it;
- `paper_parts`: a part of the paper a summary's reader never sees, pointed to as where more
  is told ("... is reported in the main body of the review", "see Table 2", "in the
  supplementary material"): copied from an abstract, it points the reader nowhere.

Each takes a whole summary's sentences in reading order and reads those from `start` on; the
antecedent must be in an earlier sentence or in the same sentence before the words.
"""

from __future__ import annotations

import re

COUNT = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

# "Only one reported the mean length of labour.": a count standing for studies, with no noun,
# opening a sentence with what a study does; it leans on the set of studies named just before.
_BARE_COUNT = re.compile(
    r"^(?:only |just )?(?:one|two|three|four|five|both|neither|none)(?: of them)? "
    r"(?:(?:also|each|ever|then) )?"
    r"(?:measured|compared|tested|assessed|evaluated|examined|enrolled|recruited|"
    r"looked at|reported (?:the|on|data|results|outcomes|any|no|whether|how)|included (?:only )?"
    r"(?:people|patients|participants|adults|children|women|men))\b",
    re.I,
)
_STUDY_SET = re.compile(
    r"\b(?:studies|trials|rcts|reviews|reports|cohorts|(?:(?:" + COUNT + r") (?:[\w-]+ ){0,3}?"
    r"(?:study|trial)))\b",
    re.I,
)


# "Fourteen had stage 2 disease.", "The last two had been updated ...", "Three died.": a count
# with no noun, opening a sentence on its verb; it counts members of a set the sentence before
# must name ("The trial included 40 women."), or the reader cannot tell fourteen of what.
_LONG_COUNT = (
    r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred"
)
_COUNT_VERB = (
    r"(?:had|have|has|were|was|are|is|did|died|developed|got|received|took|showed|found|"
    r"stopped|dropped|needed|completed|improved|gained|lost|said|chose|became|remained)"
)
_NOUNLESS_COUNT = re.compile(
    rf"^(?:(?:only|just|another|a further) )?(?:{_LONG_COUNT})(?: \([^)]*\))? {_COUNT_VERB}\b"
    r"(?! an? )"  # "One was a small trial": the sentence says what it counts
    rf"|^the (?:last|first|final|other|remaining|latter|former) (?:{_LONG_COUNT}) "
    rf"{_COUNT_VERB}\b",
    re.I,
)
# A set a count may be part of: a counted or a definite plural ("40 women", "six small
# trials", "the trials") or people.
_COUNTED_SET = re.compile(
    rf"\b(?:{_LONG_COUNT}|the|these|those|all|both) (?:[\w-]+ ){{0,3}}?"
    r"(?!(?:was|has|does|this|thus|its|his|less|across|unless|plus)\b)[a-z]+[^su\W]s\b"
    r"|\b(?:people|men|women|children|patients|participants)\b",
    re.I,
)


def bare_counts(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each sentence of `sentences` (from `start` on) that opens with a count
    standing for studies ("Only one reported the mean length of labour") when the sentence
    before it names no set of studies for the count to be one of; or with any count and its
    verb, no noun ("Fourteen had stage 2 disease", "The last two had been updated"), when the
    sentence before it (and before the counts that run up to it) names no set at all."""
    out = []
    for i, sentence in enumerate(sentences):
        if i < start:
            continue
        before = sentences[i - 1] if i else ""
        m = _BARE_COUNT.match(sentence)
        if m and not _STUDY_SET.search(before):
            out.append((i, m.group(0)))
            continue
        m = _NOUNLESS_COUNT.match(sentence)
        if m and not _COUNTED_SET.search(_before_counts(sentences, i)):
            out.append((i, m.group(0)))
    return out


_ANY_BARE_COUNT = re.compile(
    rf"^(?:(?:only|just|another|a further) )?(?:{_LONG_COUNT}) [a-z]+", re.I
)


def _before_counts(sentences: list[str], i: int) -> str:
    """The sentence before sentence `i`, and before a run of nounless counts that leads up to
    it, the sentence before that run: "Five people took the drug. Four slept better. One had
    sore eyes." counts the five people twice."""
    j = i - 1
    while j > 0 and _ANY_BARE_COUNT.match(sentences[j]):
        j -= 1
    return " ".join(sentences[max(j, 0) : i])


# "There was no firm evidence of benefit for any of them.": "them" counts out of a set, which
# the sentence itself (before the words) or the one before it must name: a plural, or a list.
_OF_THEM = re.compile(
    rf"\b(?:any|each|all|none|both|either|neither|some|most|many|several|half|{_LONG_COUNT}) "
    r"of (?:them|these|those)\b(?! [a-z]+s\b)",
    re.I,
)
_PLURAL = re.compile(
    r"\b(?!(?:was|has|does|this|thus|its|his|less|across|unless|plus|yes)\b)[a-z]{2,}[^su\W]s\b"
    r"|\b(?:people|men|women|children|mice|data|criteria|they|them|these|those)\b"
    r"|\w,? (?:and|or) \w",
    re.I,
)


def counted_from_nothing(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each sentence of `sentences` (from `start` on) that counts out of
    "them" or "these" ("any of them", "two of these") when neither the sentence before the
    words nor the sentence before it names anything in the plural or a list."""
    out = []
    for i, sentence in enumerate(sentences):
        if i < start:
            continue
        for m in _OF_THEM.finditer(sentence):
            before = (sentences[i - 1] if i else "") + " " + sentence[: m.start()]
            if not _PLURAL.search(before):
                out.append((i, m.group(0)))
    return out


# "The matrix shows that ...", "The model predicted ...": a thing of the paper's own making
# (a figure, a table, a model) opening a sentence as its subject, with "the", as if the reader
# had met it; no text before names it.
_DISPLAY = re.compile(
    r"^the (?P<noun>matri(?:x|ces)|figures?|tables?|models?|maps?|graphs?|plots?|charts?|"
    r"diagrams?|schemes?|algorithms?|framework|networks?|curves?|images?|panels?|simulations?)"
    r" (?:also )?(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|"
    r"indicated|illustrate|illustrates|illustrated|reveal|reveals|revealed|demonstrate|"
    r"demonstrates|demonstrated|predict|predicts|predicted)\b",
    re.I,
)


# A part of the paper as where to read more: "in the main body of the review", "see Table 2",
# "in the full report", "in the online supplement". ("The full text of the review is available
# in the Cochrane Library" says where the paper is, not a part of it.)
_PAPER_PART = re.compile(
    r"\b(?:in|see|from|within) (?:the )?(?:main (?:body|text)(?: of (?:the|this) "
    r"(?:review|paper|article|report|study))?|main (?:review|report|paper|article)|full "
    r"(?:review|report|paper|article)|(?:online |supplementary |web )?(?:appendi(?:x|ces)|"
    r"supplement)|supplementary (?:material|materials|data|files?|tables?|figures?|"
    r"information)|(?:table|figure|fig\.) \d+[a-z]?)\b",
    re.I,
)


def unintroduced_displays(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each sentence of `sentences` (from `start` on) that opens on "the
    matrix", "the figure", "the model" ... showing something, when no text before it names
    that thing."""
    out = []
    for i, sentence in enumerate(sentences):
        m = _DISPLAY.match(sentence) if i >= start else None
        if m is None:
            continue
        root = m["noun"][:4].lower()
        if not re.search(rf"\b{root}", " ".join(sentences[:i]), re.I):
            out.append((i, m.group(0)))
    return out


def paper_parts(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each sentence of `sentences` (from `start` on) that points to a part
    of the paper the reader does not have ("in the main body of the review", "see Table 2")."""
    out = []
    for i, sentence in enumerate(sentences[start:], start):
        m = _PAPER_PART.search(sentence)
        if m:
            out.append((i, m.group(0)))
    return out
