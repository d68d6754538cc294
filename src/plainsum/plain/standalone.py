"""Whether a sentence stands alone as a headline: read by itself, it is whole and complete.

Not leaning on a sentence the reader has not seen ("They helped", "such patients"), not a
comma splice or two sentences, not an indirect question a split left alone, and no word a lay
reader would need explained.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..memo import SIZE
from .abbreviations import unexplained
from .anchored import unanchored
from .projection import unstated_premise
from .wholeness import SUBORDINATE, broken, finite

_LEANS_BACK = re.compile(
    r"^(?:This|These|That|Those|It|They|Its|Their|Such|Also|Another|The other|Again|"
    # "Both X and Y" names both ("Both were helpful and safe" does not)
    r"Both(?! (?:(?!(?:is|are|was|were|had|has|have|did|do|does|may|might|can|could|will|"
    r"would|\w+ed)\b)[\w'-]+ ){1,4}and\b))\b"
    # ("This small crossover study suggests ...": the paper itself, with up to three words
    # saying what kind of study it was)
    r"(?! (?:[\w-]+ ){0,3}(?:review|update|study|trial|analysis|work|paper|research) )"
    # "It is unclear whether X": an "it" that stands for the clause after it, not a noun
    # ("It is likely to help" is about a thing named before: "likely" takes "that" when dummy)
    r"(?<!^It)|^It (?!(?:is|was|remains)(?: still)? (?:not )?(?:\w+ )?(?:(?:clear|unclear|"
    r"uncertain|known|unknown|possible|difficult|important|evident) "
    r"(?:whether|if|that|to|how|what|which)|(?:likely|unlikely) (?:that|whether))\b)"
)
# "Whatever the route, they work well": the subject is a pronoun whose noun is elsewhere.
_PRONOUN_SUBJECT = re.compile(
    r"^[^,]{0,60}, (?:they|it|these|those|this|such)\b"
    r"(?! (?:\w+ )?(?:review|update|study|trial|analysis|work|paper|research)\b)",
    re.I,
)


# "answers to these uncertainties", "such patients": a pointer to something said before.
POINTER = re.compile(
    # ("such as" gives examples: it points at nothing said before)
    # ("those who", "those on placebo", "those taking X": people the words after it name)
    # ("than those in the least green fifth", "compared with those of": the noun the sentence
    # itself named before the comparison; never "similar to those in ..." or "than those
    # allocated ...", which unlocked subgroup and side-effect results as headlines)
    r"\b(?:these|those(?!\s+(?:who|whom|on|taking|receiving|getting|given|treated|using|without|"
    r"not)\b)"
    # ("for those with 70% to 99% stenosis", "in the subgroup of those with ...": people the
    # words after it name, CD001081; never "similar to those with placebo" or "include those
    # with lifestyle change", where "those" stands for a noun said before)
    r"(?!(?:(?<=\bfor those)|(?<=\bin those)|(?<=\bamong those)|(?<=\bwithin those)|"
    r"(?<=group of those))\s+with\b)"
    r"(?!(?:(?<=\bthan those)|(?<=compared with those)|(?<=compared to those))"
    r"\s+(?:in|of)\b)|such(?!\s+as\b)|this)\s+(?!(?:\w+\s+)?(?:study|review|trial|analysis|"
    # ("In this registry, ...", "in this cohort": the study's own people, not one named before)
    r"work|paper|cohort|registry|sample|survey|series|dataset|database|"
    r"research|update|drug|treatment|medicine|therapy|disease|illness|condition|setting)\b"
    r"|(?:[\w-]+\s+){2,3}(?:study|review|trial|analysis|paper|research|update)\b)\w+",
    re.I,
)


# "There is some evidence to suggest it may change anxiety", "There is weak evidence that it
# reduces pain", "Results show they walked further": the subject of what was found is a
# pronoun for a thing named before (never the
# "it" of "show it is unclear whether", which stands for the clause after it).
_REPORTED_PRONOUN = re.compile(
    r"\b(?:suggest|suggests|suggested|suggesting|show|shows|showed|shown|indicate|indicates|"
    r"indicated|found|find|finds|demonstrate|demonstrates|demonstrated|evidence) (?:that )?"
    r"(?:they\b|it\b(?! (?:is|was|remains|seems|appears)(?: not)?(?: \w+)? "
    r"(?:that|whether|if|to|how)\b))",
    re.I,
)


# "The identified members", "the latter group", "the remaining patients": things a sentence
# before picked out.
_NAMED_BEFORE = re.compile(
    r"^The (?:identified|aforementioned|above|above-mentioned|abovementioned|mentioned|"
    r"described|latter|former|remaining) [\w-]+"
    r"|\bthe (?:above|aforementioned|above-mentioned|abovementioned) [\w-]+",  # (anywhere)
    re.I,
)


# "In all four, symptoms began in the dominant hand", "Both three improved": a count with no noun
# counts people or studies named before (a case series' headline said "In all four").
_BARE_COUNT = re.compile(
    r"\b(?:all|both) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?=,| (?:of (?:them|"
    r"these|those)|were|was|had|have|showed|developed|improved|recovered|died|did|got)\b)",
    re.I,
)


# "The current evidence is still uncertain": evidence about what, the headline does not say.
_NO_TOPIC = re.compile(
    r"^(?:The |This |These |Their )?(?:current |available |present |existing |overall )?"
    r"(?:evidence|data|results?|findings|effects?|picture)(?: base)? (?:is|are|was|were|remains?|"
    r"seems?|appears?)(?: \w+)? (?:\w+ )?(?:uncertain|unclear|limited|weak|inconclusive|mixed|"
    r"conflicting|lacking|insufficient|sparse|poor)$"
    # "There was no evidence of an effect": of what, it does not say
    r"|^There (?:is|was|were) (?:no|little|some) (?:[\w-]+ )?evidence (?:of|for) (?:an?|any) "
    r"(?:[\w-]+ )?(?:effect|benefit|difference|change)s?$",
    re.I,
)


# "also" after the "and" that joins it to an earlier clause of the same sentence points at that
# clause, not at one the reader has not seen.
_ALSO = re.compile(
    r"(?<!\band )(?<!\band may )(?<!\band might )(?<!\band can )(?<!\band could )"
    r"(?<!\band was )(?<!\band were )(?<!\band is )(?<!\band are )(?<!\band has )"
    r"(?<!\band had )"
    # "X found most cases but also flagged many who had none": besides what it says itself
    r"(?<!\bbut )(?<!\bbut may )(?<!\bbut might )(?<!\bbut can )(?<!\bbut could )\balso\b",
    re.I,
)


@lru_cache(maxsize=SIZE)  # asked of each candidate at every build of a draft
def leans_back(text: str) -> bool:
    """Whether a sentence (without its full stop) leans on one the reader of it alone has not
    seen: "They helped", "The current evidence is uncertain" (about what, it does not say)."""
    return bool(
        _LEANS_BACK.match(text)
        or _PRONOUN_SUBJECT.match(text)
        or _REPORTED_PRONOUN.search(text)
        or POINTER.search(text)
        # other than what was said before ("X or any other Y" names its own Y)
        or re.search(r"(?<!\bor )(?<!\bthan )\bany other\b", text, re.I)
        # "Neither did they find X": a second negative after one the reader has not seen
        or re.match(
            r"(?:Neither|Nor) (?:did|do|does|was|were|is|are|has|have|had|could|can)\b", text
        )
        # "X also rescued Y": a finding besides another, not besides one the sentence has said
        # ("X improves A, and may also increase B")
        or bool(_ALSO.search(text))
        or _NO_TOPIC.match(text)
        # "The assumed risk was 38 per 100", "Expression was measured 72h later"
        or unanchored(text)
        # "The number wrongly diagnosed would be 34": in an imagined group named before
        or unstated_premise(text)
        # "The identified members suggest ...": identified, mentioned or left over before
        or bool(_NAMED_BEFORE.search(text))
        or bool(_BARE_COUNT.search(text))
    )


_TWO_SENTENCES = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(])")  # the schema's one-sentence rule


def rare_term(text: str) -> bool:
    """Whether `text` holds a term the gate's jargon check calls an error (a very rare word)."""
    from ..checks.jargon import find_terms  # the gate's own word list: the drafter avoids them

    return any(t.very_rare for t in find_terms(text))


def plain_enough(text: str) -> bool:
    """Whether `text` holds no word a lay reader would need explained: no abbreviation the
    paper leaves undefined and no term the jargon check calls an error (very rare words)."""
    return not unexplained(text) and not rare_term(text)


# "No differences were found, the trials were too small": two clauses with only a comma
# between them (what a dropped "Although" leaves) do not make one whole sentence.
_SECOND_CLAUSE = re.compile(
    r", (?:the|this|these|those|it|they|we|there|its|their|our) (?:[\w-]+ ){0,3}?"
    r"(?:was|were|is|are|had|has|have|did|could|can|may|might|would|will)\b"
)


# "How different oils affect women and babies": an indirect question left alone by a split.
_QUESTION_START = re.compile(r"^(?:How|Whether|Why|What|Which|Where|When|If)\b(?![^,]*,)")


# "Whilst X, Y", "Even though X, Y": one sentence, as "While X, Y" is (`SUBORDINATE`)
_OPENS_AS_WHILE = re.compile(r"^(?:Whilst|Even though|Even if)\b")


def spliced(text: str) -> bool:
    """Whether `text` joins two main clauses with a bare comma (a comma splice)."""
    m = _SECOND_CLAUSE.search(text)
    return bool(
        m
        and finite(text[: m.start()])
        and not SUBORDINATE.match(text)
        and not _OPENS_AS_WHILE.match(text)
    )


# "At the same time, but there are ...": a "but" straight after a short opening phrase, where
# an edit swapped a "however" between commas; what is left joins nothing to nothing.
_LEFT_BUT = re.compile(
    r"^(?P<before>(?:[\w-]+ ){0,4}[\w-]+), but (?:there|no|the|this|these|it|they|we|a|an)\b",
    re.I,
)


def _left_but(text: str) -> bool:
    m = _LEFT_BUT.match(text)
    if m is None:
        return False
    before = m["before"]  # no clause before the "but" ("There is" is a clause cut short)
    return not finite(before) or bool(re.fullmatch(r"There (?:is|are|was|were)", before, re.I))


def whole_alone(text: str) -> bool:
    """Whether `text` (without its full stop) is one whole sentence: not an indirect question
    a split left alone, not a "but" with nothing before it, not broken, not two sentences, not
    a comma splice."""
    if _QUESTION_START.match(text) or _left_but(text):
        return False
    return broken(text + ".") is None and not _TWO_SENTENCES.search(text) and not spliced(text)


# A turn from what was said before: "Still, given the costs, some programmes would not be
# practical" opens a section with nothing before it to turn from.
_TURN = re.compile(r"^(?:Still|However|Yet|Nevertheless|Nonetheless|Even so|But),?\s+(?=\w)")
# a word that stands for something said before ("separate them", "its effect")
_REFERS = re.compile(r"\b(?:they|them|their|it|its|this|these|those|that|such|both|either)\b", re.I)


def unturned(text: str) -> str:
    """`text` without a turn at its start (`_TURN`), when what is left stands alone: leans on
    nothing and refers to nothing said before it."""
    m = _TURN.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    rest = rest[:1].upper() + rest[1:]
    return text if leans_back(rest.rstrip(".")) or _REFERS.search(rest) else rest
