"""Whether a sentence stands alone as a headline: read by itself, it is whole and complete.

Not leaning on a sentence the reader has not seen ("They helped", "such patients"), not a
comma splice or two sentences, not an indirect question a split left alone, and no word a lay
reader would need explained.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..letter_labels import undefined_label
from ..memo import SIZE
from .abbreviations import unexplained
from .anchored import unanchored
from .lines import Line
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
    r"\b(?:these|those(?!\s+(?:who|whom|on|taking|receiving|given|treated|using|without|"
    r"not)\b)|such(?!\s+as\b)|this)\s+(?!(?:\w+\s+)?(?:study|review|trial|analysis|"
    r"work|paper|"
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
    r"described|latter|former|remaining) [\w-]+",
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
    r"(?<!\band had )\balso\b",
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
        or re.search(r"(?<!\bor )\bany other\b", text, re.I)
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
        or bool(_NAMED_BEFORE.match(text))
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


def spliced(text: str) -> bool:
    """Whether `text` joins two main clauses with a bare comma (a comma splice)."""
    m = _SECOND_CLAUSE.search(text)
    return bool(m and finite(text[: m.start()]) and not SUBORDINATE.match(text))


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


# What a sentence lifted out of the paper may point at that only the paper named: a person of a
# case report ("she refused", "his father"), or a thing said before ("this problem", "these
# helpful effects", "the sequence"). The reader of the draft meets such a pointer with nothing
# to point at unless the headline or an earlier sentence of the section names it.
_PERSON_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im|[Hh]erself|[Hh]imself)\b")
_PERSON = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|girls?|boys?|patients?|mothers?|fathers?|wife|husband|daught\w+|"
    r"sons?|infants?|child(?:ren)?|bab(?:y|ies)|lady|person|he|she|\d+-(?:year|month|week|"
    r"day)-old|(?:year|month)s? old|case|neonates?|newborns?|adolescents?|individuals?|"
    r"participants?|people)\b",
    re.I,
)
_POINTED = re.compile(
    r"\b(?:this|these|those|such)\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    r"|\bthe (?P<named>sequence)\b",
    re.I,
)
# Nouns a pointer may take that name the paper itself, a time or a way, or anything the
# sentence says around it: they point at nothing a reader lacks.
_SELF_NAMED = frozenset(
    """study studies review reviews trial trials analysis analyses paper papers work research
    article articles report reports update data result results finding findings evidence
    time times point stage way ways regard respect context setting case cases survey series
    question questions area field topic issue issues age outcome outcomes comparison
    comparisons group groups subgroup subgroups population""".split()
)
# Words after "those" or "such" that make it a pronoun for people or things the sentence
# names next ("those in work", "those of MYO9B", "those who", "such as").
_PRONOUN_AFTER = frozenset(
    "as in of on at for from with without who whom whose which that to by than".split()
)
# Words that follow a pronoun "this" or "these" and so are no noun it points with.
_NOT_NOUNS = frozenset(
    """is are was were has have had be been can could may might will would not also did does
    do seem seems appear appears suggest suggests show shows indicate indicates means mean
    led leads lead makes make""".split()
)
_WORD = re.compile(r"[a-z]{3,}")


def _stem(word: str) -> str:
    word = word.lower()
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)] + ("y" if end == "ies" else "")
    return word


# "the two groups", "both arms", "either group": groups a sentence before set side by side
_BOTH_GROUPS = re.compile(
    r"\b(?:the (?:two|2|three|3|four|4)|both|either|each) (?:study |treatment |trial )?"
    r"(?:groups?|arms?)\b",
    re.I,
)
# "between both plans", "either treatment": treatments a sentence before set side by side (in a
# review too: its groups are those of its comparison, but "both plans" are two of its
# treatments, which a reader must have met)
_BOTH_TREATMENTS = re.compile(
    r"\b(?:the (?:two|2|three|3|four|4)|both|either) (?:[\w-]+ )?"
    r"(?:regimens?|plans?|schedules?|treatments?|therap(?:y|ies)|drugs?|medicines?|"
    r"interventions?|strategies|approaches|options|techniques|procedures|operations|"
    r"programmes|programs)\b(?! (?:groups?|arms?|used|given|tested|studied|available|that|"
    r"which)\b)",
    re.I,
)
_GROUPS_NAMED = re.compile(
    r"\b(?:versus|vs\.?|compar\w*|than|groups?|arms?|placebo|dummy|control)\b", re.I
)
# "Pooled, these studies suggested ...", "Pooled data from these three studies showed ...": as
# the subject of a finding, "these" studies are some a sentence before picked out; the count
# the draft gives is not theirs ("No harm was reported in these studies" is about the review's
# studies, and stays)
_THESE_STUDIES = re.compile(
    r"^(?:[\w-]+, |(?:pooled |combined )?(?:data|results) (?:from|of) )?(?:these|those) "
    r"(?:\w+ )?(?:studies|trials)\b",
    re.I,
)
_STUDIES_NAMED = re.compile(r"\b(?:studies|trials|study|trial)\b", re.I)
# "In that study, the drug arm had higher doses": one of several studies, named before
_THAT_STUDY = re.compile(
    r"\b(?:in|of|from|for|by) (?:that|the other) (?:one )?(?:study|trial)\b"
    r"|^(?:That|The other) (?:study|trial)\b",
    re.I,
)


def _unnamed_pair(text: str, before: str, pairs: re.Pattern[str] = _BOTH_TREATMENTS) -> bool:
    """Whether `text` points at treatments (or with `pairs`, groups) set side by side ("between
    both plans") that neither `before` nor `text` before the pointer names or says were
    compared."""
    both = pairs.search(text)
    return both is not None and not _GROUPS_NAMED.search(before + " " + text[: both.start()])


def _unnamed_group(text: str, before: str, review: bool = False) -> bool:
    """Whether `text` names a group by a letter nobody defined ("treatment B"), points at
    groups nothing set side by side ("the two groups": not in a review, whose groups are those
    of its comparison) or treatments ("between both plans": in a review too), or at some
    studies ("these studies", "that study") the sentence itself does not pick out."""
    if undefined_label(text, before):
        return True
    if _unnamed_pair(text, before) or (not review and _unnamed_pair(text, before, _BOTH_GROUPS)):
        return True
    these = _THESE_STUDIES.search(text) or _THAT_STUDY.search(text)
    return these is not None and not _STUDIES_NAMED.search(text[: these.start()])


def points_at_nothing(text: str, before: str, groups_only: bool = False) -> bool:
    """Whether `text` points at something neither `before` (what the reader has read: the
    headline and the section's earlier sentences) nor `text` itself names before the pointer:
    "She refused the operation" with no person named; "The researchers address this problem"
    with no problem named; "Bacteria with the sequence inverted" with no sequence named;
    "In treatment B, ..." with no treatment B defined. With `groups_only`, only groups and
    studies that nothing named ("treatment B", "the two groups", "these studies"): a review's
    body, whose other pointers are at what its studies share."""
    if groups_only:
        return _unnamed_group(text, before, review=True)
    pronoun = _PERSON_PRONOUN.search(text)
    if pronoun is not None and not _PERSON.search(before + " " + text[: pronoun.start()]):
        return True
    if _unnamed_group(text, before):
        return True
    for m in _POINTED.finditer(text):
        if m["named"]:
            if "sequence" not in before.lower():
                return True  # "the sequence" of a gene or a strain the reader has not met
            continue
        words = m["words"].lower().split()
        if words[0] in _NOT_NOUNS or words[0] in _PRONOUN_AFTER or words[0].endswith(("ed", "ing")):
            continue  # "this was ...", "those getting X", "those in work", "such as"
        # the pointer's noun phrase ends before a verb or a preposition ("such connections has
        # potential": "has" is no word of what it points at, whatever the reader met before)
        ends = [i for i, w in enumerate(words) if i and (w in _NOT_NOUNS or w in _PRONOUN_AFTER)]
        words = words[: ends[0]] if ends else words
        said = {_stem(w) for w in _WORD.findall((before + " " + text[: m.start()]).lower())}
        if not any(w in _SELF_NAMED or _stem(w) in said for w in words):
            return True
    return False


def referred(headline: str, lines: list[Line], groups_only: bool = False) -> list[Line]:
    """`lines` (a section, in order) without the paper's sentences that point at something the
    reader has not met (`points_at_nothing`): neither the headline nor a line before names it,
    and the paper's sentence before it, where the pointer's thing was named, is not the line
    just before it. A letter for a group ("treatment B") must be defined in what the reader has
    read, whatever sentence comes before it: the paper defines it once, often far before."""
    out: list[Line] = []
    seen = headline
    for line in lines:
        after_its_own = bool(out and line.sources) and line.sources[0] - 1 in out[-1].sources
        if (
            line.sources
            and line.kind == "content"
            and (
                (not after_its_own and points_at_nothing(line.text, seen, groups_only))
                # a pair the paper named far before ("between both plans": its sentence before
                # may be the line before and name neither)
                or _unnamed_pair(line.text, seen)
                or undefined_label(line.text, seen)
            )
        ):
            continue
        out.append(line)
        seen += " " + line.text
    return out


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
