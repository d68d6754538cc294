"""Choose sentences that stand on their own: a sentence that leans on the one before it
("This", "Both", "these patients", or in the paper "However, ...", "Here, ...", "... also ...")
comes in only right after that sentence, a contrast opener whose sentence before is not shown
goes, and a result said twice is said once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import prefilter
from ..memo import SIZE
from .anchored import unanchored
from .finding import FINDING
from .lines import Line
from .results import says_which_way
from .simplify import OWN_RESULTS_VERB, PlainSentence, measured
from .wholeness import finite

__all__ = [
    "LEANS_BACK",
    "ONE_OF_MANY",
    "adds_to",
    "antecedent",
    "leans",
    "leans_back",
    "leans_in_paper",
    "pick",
    "unlean",
]

# A quantifier that counts within a group named before ("Most were mild", "All resolved"), and
# the verbs that say what it counts: read by `LEANS_BACK` and, after a counted group, `told_before`.
_QUANTIFIER = r"(?:Most|All|None|Many|Some|Few|Several)"
_COUNTED_VERB = r"(?:were|was|had|have|are|is|did|resolved|recovered|needed|required)"


LEANS_BACK = re.compile(
    r"^(?:But )?(?:(?:This|These|That|Those|It|They|Its|Their|Such|"
    r"(?<=But )(?:this|these|that|those|it|they|its|their|such))\b"
    r"(?! (?:\w+ )?(?:review|study|trial|analysis|work|paper|research|article|overview) "
    # "These results suggest ...", "It was concluded that ...": the study's own, no pointer
    rf"| (?:results|findings|data|observations) {OWN_RESULTS_VERB}"
    r"|(?<=It) (?:was|is) (?:concluded|found|shown|suggested) that\b"
    # "It is unlikely that ...", "It remains unclear whether ...": an "it" that points at nothing
    r"|(?<=It) (?:is|was|remains|seems|appears)(?: not)?(?: \w+)? (?:\w+ )?(?:that|whether|if)\b)"
    r"|(?:(?:(?:Only|Just|Nearly|Almost|About|Around) )?(?:One|Two|Three|Four|Five|Six|Some|Most|"
    r"All|None|Many|Several|Half|\d+|one|two|three|four|five|six|half) of "
    r"(?:these|them|those|the other|the remaining)|Both|Also|Another|The other|Again|Among them|"
    # "The corresponding risk was 1 per 100", "The same two studies ...", "The latter 2 tests",
    # "The identified members ...": a figure or group said just before, which the sentence does
    # not name
    # "All other trials were ...", "Further analyses suggested ...": the set or the analyses
    # said just before
    r"All (?:the )?other\b|Further (?:analys[ie]s|analysis|results|data|work)\b|"
    # "The only exception was bladder training ...": an exception to what was just said
    r"(?:The|An|One) (?:only |main |one )?exceptions? (?:was|were|is|are)\b|"
    r"The (?:corresponding|same|latter|former|remaining|rest of the|identified|aforementioned|"
    r"above-mentioned|abovementioned|mentioned|described)|"
    # "The last two had been updated ...": two of something counted just before
    r"The (?:last|first|final|latter|former) (?:two|three|four|five|six|\d+)"
    r"(?= (?:were|was|had|have|are|is|did|showed|found|reported|used|included|compared)\b)|"
    # "Neither trial reported deaths", "Either study": of two trials named before
    r"(?:Neither|Either) (?:of (?:these|them|those)|(?:[\w-]+ )?(?:trial|study|RCT|group|arm))|"
    # "Neither agent had a higher risk than placebo", "Either treatment", "Each drug", "The two
    # drugs": a determiner and a word for any thing studied, which the sentence before named
    # (CD006873's "Neither agent ..." was shown without the drugs it meant)
    r"(?:Neither|Either|Each|The two|The three|All three|All four) (?:of the (?:two |three )?)?"
    r"(?:[\w-]+ )?(?:agents?|drugs?|medicines?|medications?|treatments?|interventions?|"
    r"therap(?:y|ies)|vaccines?|products?|regimens?|compounds?|preparations?|formulations?|"
    r"procedures?|techniques?|devices?|programmes?|programs?|approaches?|strateg(?:y|ies))|"
    # "When this happens, the therapist builds a splint": an event the sentence before told
    r"(?:When|If|Once|While|Whenever|After|Before|Until|Unless) (?:this|that|these|those|it|"
    r"they)(?= (?:happens|happened|occurs|occurred|is|was|are|were|has|have|had|does|did)\b)|"
    # "Most were mild", "All resolved without treatment": of the events or people just named
    rf"{_QUANTIFIER}(?= {_COUNTED_VERB}\b)|"
    r"Of these|In these|In this group|Then|Thus|By contrast|In contrast|Likewise|Similarly|"
    r"Consequently|Conversely|Accordingly|Moreover|Furthermore|"
    # "A more recent study failed to find ...", "A larger trial found ...": later, or larger,
    # than a study the sentence before named
    # ("A second trial" after "One trial" counts on: it reads whole without the first)
    r"An? (?:more recent|later|subsequent|further|newer|larger|smaller) "
    r"(?:[\w-]+ )?(?:study|trial|RCT|analysis|cohort)|"
    # "Benefit up to 6 months was apparent ...", "The difference was small": the benefit or
    # difference of the comparison the sentence before named, which this one does not name
    r"(?:The )?(?:[Bb]enefits?|[Ii]mprovements?|[Ee]ffects?|[Dd]ifferences?|[Rr]eductions?)"
    r"(?= (?:up to|lasted|persisted|remained)\b| (?:was|were|is|are) (?!(?:seen|observed|"
    r"found|noted|reported|shown|detected|measured|assessed|checked)\b))|"
    r"(?<=But )(?:both|another|the other))\b)"
)
# "these persons", "those patients" inside a sentence: who they are was said in the sentence
# before, so the sentence is shown only right after it.
LEANS_INSIDE = re.compile(
    r"(?<!^)\b(?:these|those) (?:[\w-]+ )?(?:persons|people|patients|participants|children|"
    r"women|men|adults|individuals|subjects|groups|cases|drugs|medicines|treatments|"
    r"interventions|agents|therapies|programmes|programs|measures|changes|factors|benefits|"
    r"effects|findings|results|outcomes|deficits|problems|limitations|shortcomings|concerns|"
    r"issues|observations|differences|errors|mistakes|misdiagnoses)\b"
    # "More ulcers remained healed at two years in this group": the group just named
    r"|(?<!^)\b(?:this|that) (?:[\w-]+ )?(?:group|arm|subgroup|cohort|population)\b"
    # ("chain of signals": the glossary's plain words for "pathway", which the check reads)
    # "The benefits of X over placebo were not as clear", "Results were similar": compared
    # with a result the sentence before gave, which this one does not name
    r"|\b(?:not (?:as|so)|less|more) (?:clear|clear-cut|strong|pronounced|marked|consistent|"
    r"convincing|certain|evident|robust|apparent|obvious|striking)\.?$"
    r"|^(?:The )?(?:results?|findings?|effects?|outcomes?) (?:was|were) (?:(?:very|broadly|"
    r"largely) )?(?:similar|comparable|the same)\.?$"
    # "Pain also improved similarly.": like the result before it, which it does not name
    r"|\b(?:similarly|likewise|in the same way)\.?$"
    # "Other drugs of this kind are probably just as helpful.": as helpful as the one the sentence
    # before named
    r"|\b(?:just|equally) as (?:\w+ )?(?:helpful|effective|good|safe|useful|beneficial|harmful|"
    r"bad)\.?$"
    r"|(?<!^)\b(?:this|that) (?:ratio|dose|combination|regimen|approach|strategy|pathway|"
    r"chain of signals|mechanism|subgroup)\b"
    # "had such improvement", "no such effect": the kind said in the sentence before
    r"|(?<!^)\b(?:such|this|that) (?:an? )?(?:improvement|effect|change|benefit|difference|"
    r"reduction|increase|response)s?\b(?! (?:in|on|of|between|with)\b)"
    # "There was no firm evidence of benefit for any of them": them, with nothing before it in
    # the sentence they could be
    r"|^(?:(?!\b(?:[a-z]{3,}[^su\W]s|people|men|women|children)\b)[^,;])*?\b(?:any|each|either|"
    r"neither|"
    r"none|all|both) of them\b"
    # "After 5 years, 31 of the 76 who remained did so": what they did is in the sentence
    # before (not "Half were asked to stop, and 30 did so", whose own clause says it)
    r"|^(?:(?!\b(?:and|but|while|whereas|although|though|if|when|to)\b)[^;])*?\b(?:did|"
    r"does|done) so\b"
    # "Because of her risk of the infection, she switched ...": a person said before, never
    # named in the sentence before the pronoun (not "each woman chose her dose", "his or her")
    r"|^(?:(?!\b(?:woman|man|girl|boy|patient|participant|person|mother|father|wife|husband|"
    r"daughter|son|child|infant|baby|nurse|doctor|physician|clinician|carer|caregiver)\b)"
    r"[^;])*?(?<!\bor )\b(?:she|he|her|his|him|herself|himself)\b"
    r"(?! or (?:she|he|her|his|him)\b)",
    re.I,
)


# "There was no clear difference between the two groups", "the pooled analysis revealed no
# clear differences between the groups": no difference in what, the sentence does not say (the
# outcome was named in the sentence before).
NO_OUTCOME = re.compile(
    r"(?:^There (?:was|were)|\b(?:analys[ie]s|data|studies|trials|results?|estimates?) "
    r"(?:[\w-]+ ){0,2}?(?:showed|revealed|found|suggested|detected)) (?:little or )?no "
    r"(?:clear |significant |statistical |important |meaningful )?differences? between "
    r"(?:the )?(?:two |both |treatment |study )?(?:groups|arms)\b"
    r"(?! (?:in|for|on|of|at|with|regarding|about|when)\b)",
    re.I,
)


# "In other pain types, it lasted for about three hours", "After surgery, they walked less":
# the subject after an opening phrase is a pronoun whose noun the sentence before named. An
# opening clause with a verb of its own may name it ("While the gene's loss raised A, it lowered
# B"), and an "it" may stand for the clause after it ("In children, it is not clear whether").
_FRONTED_PRONOUN = re.compile(
    r"^(?P<front>[^,]{1,60}), (?:(?:they|these|those|this)\b"
    r"(?! (?:\w+ )?(?:review|update|study|studies|trial|trials|analysis|work|paper|research|"
    r"data|results|findings)\b)"
    r"|it\b(?! (?:is|was|remains|seems|appears)(?: not)?(?: \w+)? (?:that|whether|if|to|how)\b"
    r"| (?:is|was) (?:concluded|found|shown|suggested|noted|observed|estimated) that\b))"
)


def _fronted_pronoun(text: str) -> bool:
    m = _FRONTED_PRONOUN.match(text)
    return m is not None and not finite(m["front"])


# "Although one small study had mixed results, the other study showed a benefit": "the other"
# of two studies the sentence before counted; the sentence itself may count them ("Of the two
# trials, one ... and the other ...")
_THE_OTHER_STUDY = re.compile(r"(?<!^)\bthe other (?:[\w-]+ )?(?:study|trial|RCT)\b")
_TWO_COUNTED = re.compile(r"\b(?:two|both|2) (?:[\w-]+ ){0,2}?(?:studies|trials|RCTs)\b", re.I)


def _other_of_two(text: str) -> bool:
    m = _THE_OTHER_STUDY.search(text)
    return m is not None and not _TWO_COUNTED.search(text, 0, m.start())


@lru_cache(maxsize=SIZE)  # asked of the same pieces about 68 times a draft
def leans_back(text: str) -> bool:
    """Whether a sentence leans on the one before it: a leaning start ("This", "But they",
    "Both"), a pronoun subject after an opening phrase (`_fronted_pronoun`), a pointer inside
    it ("Regular checks of these persons are advised"), a difference between the groups in an
    outcome it does not name (`NO_OUTCOME`), or a result whose subject or comparison it does
    not name (`unanchored`)."""
    return bool(
        LEANS_BACK.match(text)
        or _fronted_pronoun(text)
        or prefilter.search(LEANS_INSIDE, text)
        or NO_OUTCOME.search(text)
        or unanchored(text)
        or _other_of_two(text)
    )


# How a sentence of the paper opens when it leans on the one before it: a contrast ("However,"),
# a likeness ("Similarly,"), a pointer ("In agreement with this,", "Here, 6% showed ..." where
# "here" is the group just named), a person named before ("His", "She"). The drafter's edits
# drop or change some of these words, so the paper's own text is read. An addition ("In
# addition,", "Moreover,") points at nothing: the sentence after it stands on its own.
_PAPER_OPENER = re.compile(
    r"^(?:However|But|Yet|Still|Nevertheless|Nonetheless|In contrast|By contrast|Conversely|"
    r"On the other hand|Instead|Similarly|Likewise|Again|Also|In turn|Then|Indeed|"
    # ("Among those who completed the trial" names its group: it leans on nothing)
    r"(?:Of|Among) (?:these|them|those(?! (?:who|that|whose|with|without|in|on|aged|given|"
    r"treated|taking|receiving)\b))|In (?:these|those|both|this group|such)\b|"
    r"(?:In agreement|Consistent|In line|Together|Along|In keeping) with (?:this|these|that|"
    r"those|it|them)\b|"
    r"He|She|His|Her|Him|Here(?!,? (?:we|in this|the present|this|our)\b)|"
    # a step after one just told: "After the diet stopped, ...", "After this, ...", "Next, ..."
    r"After(?:wards|(?=,)| (?:this|that|these|those|which)\b| the \w+(?: \w+)? (?:stopped|"
    r"ended|finished|was (?:stopped|over|finished)|had (?:stopped|ended|finished)))|"
    r"Subsequently|Thereafter|Next(?=,))\b"
)
# An opener that draws a conclusion or adds one ("Thus,", "Moreover,", "Taken together,"):
# what follows it is read for itself.
_CONCLUDING_OPENER = re.compile(
    r"^(?:Thus|Hence|Therefore|Moreover|Furthermore|In addition|Additionally|Consequently|"
    r"Accordingly|As a result|Taken together|Together|Overall|In conclusion|In summary|Finally|"
    r"Importantly|Interestingly|Notably|Collectively|Altogether),?\s+"
)
# "The drug also reduced ...", "Vaccination also showed ...": a finding besides one said before.
_ALSO = re.compile(r"(?<!\bbut)(?<!\bBut) also\b(?! (?:known|called|termed|referred|named)\b)")
# "The quality of the evidence was low": about the comparison just given, which it does not name.
_BARE_CERTAINTY = re.compile(
    r"^(?:The |This )?(?:overall )?(?:quality|certainty) of (?:the |this |that )?(?:available )?"
    r"evidence (?:was|is|were|are|ranged|remains?)\b",
    re.I,
)


# "Pain was not measured.": in what, the sentence before said (a comparison of a review, a visit
# of a trial); alone it reads as never measured anywhere.
_BARE_NOT_MEASURED = re.compile(
    r"^(?:[\w-]+ ){1,4}(?:was|were) not (?:measured|reported|assessed|recorded|studied)\.?$"
)


# "No differences were seen in other measurements", "Other outcomes did not differ": other than
# the measures the sentence before listed. Alone it says nothing of which (plaba 23495677's body
# said it with the list of improved measures before it left out). Only where the other measures
# are all the sentence is about: never a finding that ends on them ("X may reduce tears, but its
# impact on other outcomes was unclear", CD006672's main conclusion), nor one that names its own
# ("other outcomes such as pain").
_OTHER = (
    r"(?:the |all |any )?other (?:[\w-]+ )?"
    r"(?:measures?|measurements?|outcomes?|parameters?|variables?|end ?points?)\b"
)
_OTHER_MEASURES = re.compile(
    rf"^(?:(?:For|In|On|Of) )?{_OTHER}(?! (?:such as|like|including)\b)"
    r"|^(?:There (?:was|were) )?(?:also )?no (?:[\w-]+ ){0,2}(?:differences?|changes?)"
    r"(?: (?:was|were) (?:observed|seen|found|noted|detected))? (?:in|for|on|between groups in) "
    rf"{_OTHER}(?! (?:such as|like|including)\b)",
    re.I,
)


def _other_measures(text: str) -> bool:
    """Whether `text` is about the other measures or outcomes than ones it does not name."""
    return _OTHER_MEASURES.match(text) is not None and not re.search(r"\bthan\b", text, re.I)


def leans_in_paper(text: str) -> bool:
    """Whether a sentence of the paper, as the paper gives it (its inline heading removed),
    opens leaning on the one before it: "However, ...", "In agreement with this, ...", "His
    ...", a leaning start of `leans_back`, a certainty said of no named comparison, a bare
    "Pain was not measured" (`_BARE_NOT_MEASURED`), or "other measures" than the ones it
    leaves unnamed (`_other_measures`). (What leans later in the sentence is read in each
    drafted piece of it: `leans`.)"""
    text = _CONCLUDING_OPENER.sub("", text)
    text = text[:1].upper() + text[1:]
    return bool(
        _PAPER_OPENER.match(text)
        or LEANS_BACK.match(text)
        or _BARE_CERTAINTY.match(text)
        or _BARE_NOT_MEASURED.match(text)
        or _other_measures(text)
    )


def leans(p: PlainSentence) -> bool:
    """Whether a drafted sentence leans on the one before it: it opened so in the paper, or
    as edited it has a leaning start or a pointer ("these patients")."""
    return p.leans or leans_back(p.text)


def adds_to(p: PlainSentence) -> bool:
    """Whether a drafted sentence says its finding is one besides another ("X also reduced
    Y"): it comes right after that one when both are shown, and without its "also" alone."""
    return bool(_ALSO.search(p.text)) and not leans(p)


def antecedent(p: PlainSentence, pool: list[PlainSentence]) -> PlainSentence | None:
    """The sentence of `pool` that `p` leans on: the piece before it of the same sentence of
    the paper, else the last piece of the paper's sentence just before it; None when the pool
    has neither (the sentence it leans on is not there to show)."""
    if not p.sources:
        return None
    first = p.sources[0]
    same = [q for q in pool if q.sources and q.sources[0] == first and q.order < p.order]
    if same:
        return max(same, key=lambda q: q.order)
    before = [q for q in pool if q.sources and q.sources[-1] == first - 1 and q.order < p.order]
    return max(before, key=lambda q: q.order) if before else None


# "The high quality trial on counselling found ...": in a review of several studies, one study
# named as if the reader had met it; never shown without the sentence that introduced it.
# ("In people given X as first choice, the study reported no deaths": the same, after an opening
# phrase that says whom the result is about)
# ("... at 12 months in this trial", "but this trial had low power": one study pointed at anywhere
# in the sentence)
ONE_OF_MANY = re.compile(
    r"(?:^(?:But )?(?:The|This|That|(?:In|Among|For) [^,]{1,100}, (?:the|this|that)) "
    r"(?:[\w-]+ ){0,4}|^.*?\b(?:this|that) (?:[\w-]+ ){0,2}?)(?:trial|study|RCT)\b"
    # ("the study arms", "the trial population": parts of a study, said of each)
    r"(?! (?:authors|team|protocol|search|selection|arms?|groups?|population|participants|"
    r"period)\b)"
)


SLACK = 15  # words over the budget a sentence and the one it leans on may take together


def pick(
    pool: list[PlainSentence],
    limit: int,
    budget: int,
    used: set[str],
    skip: re.Pattern[str] | Callable[[str], object] | None,
    in_order: bool = False,
    rank: Callable[[PlainSentence], tuple[bool | int, ...]] | None = None,
    by_paper: bool = True,
    pairs: bool = True,
    after: Line | None = None,
) -> list[PlainSentence]:
    """Up to `limit` sentences of `pool`, within `budget` words and none already used: the
    easiest first, or (`in_order`) by `rank` (default: results that say which way things went
    first, then the paper's order, since abstracts give main results first); with `in_order`
    and no `rank`, the paper's own order among sentences that hold a finding. Without
    `by_paper` (a list of limits, each read on its own), only the edited text says whether a
    sentence leans. Without `pairs` (the authors' conclusions, each said for itself), a
    sentence that leans on another is never chosen. `after` is the line shown right before the
    picked ones (a count, "The review included 23 trials."): a sentence that leans on what it
    says ("Most were small.") may be chosen alone (`told_before`)."""
    skips = skip.search if isinstance(skip, re.Pattern) else skip
    ok = [p for p in pool if p.text not in used and not (skips and skips(p.text))]
    if not by_paper:
        ok = [PlainSentence(**{**p.__dict__, "leans": False}) if p.leans else p for p in ok]
    if not in_order:
        easy = sorted(ok, key=lambda p: (p.hard, p.cost, p.order))
    elif rank is None:  # the authors' conclusions: their first is their main one
        easy = sorted(ok, key=lambda p: (p.hard, not FINDING.search(p.text), p.order))
    else:
        easy = sorted(ok, key=rank)
    chosen: list[PlainSentence] = []
    words = 0
    for p in easy:
        if len(chosen) >= limit:
            break
        if p in chosen or words + p.words > budget:
            continue
        if any(_near_copy(p.text, c.text) for c in chosen):
            continue  # an abstract that says a result twice: said once
        group = [p]
        if leans(p):  # shown only right after the sentence it leans on, or not at all
            before = antecedent(p, pool)
            if (
                not pairs
                or before is None
                or (before not in chosen and (before not in ok or leans(before)))
            ):
                continue
            if before not in chosen:
                group = [before, p]
            if words + sum(q.words for q in group) > budget + SLACK or (
                len(group) == 2 and len(chosen) + 2 > limit + 1
            ):
                continue
        chosen += group
        words += sum(q.words for q in group)
    # A sentence that leans on the line shown before these (a count, "The review included 23
    # trials.") comes first when there is room: never in place of a result chosen above.
    for nxt in sorted(ok, key=lambda q: q.order) if pairs and after is not None else []:
        if nxt in chosen or not leans(nxt) or not told_before(nxt, after, antecedent(nxt, pool)):
            continue
        if len(chosen) < limit and words + nxt.words <= budget:
            chosen.append(nxt)
            words += nxt.words
        break
    # "All were treated with steroids" after a chosen line that counts the group ("The
    # researchers describe 9 children ..."): the count says whom "all" are, whatever sentence
    # of the paper came between
    shown = [(c.order, c.text) for c in chosen] + ([(-1, after.text)] if after else [])
    for nxt in sorted(ok, key=lambda q: q.order) if pairs else []:
        if nxt in chosen:
            continue
        counted = any(o < nxt.order and _counts_whom(nxt, text) for o, text in shown)
        if counted and len(chosen) < limit and words + nxt.words <= budget:
            chosen.append(nxt)
            words += nxt.words
    # A sentence that leans on one chosen comes in right after it: the sentence after it in
    # the paper (or the second half of its own sentence), never one further on.
    for p in sorted(chosen, key=lambda q: q.order) if pairs else []:
        for nxt in sorted(ok, key=lambda q: q.order):
            if nxt in chosen or not (leans(nxt) or adds_to(nxt)) or antecedent(nxt, pool) != p:
                continue
            # the qualifying half of the same sentence ("But no convincing evidence ..."): the
            # claim is never shown without it, whatever the limit
            qualifier = nxt.text.startswith("But ") and nxt.sources == p.sources
            if qualifier or (len(chosen) < limit + 1 and words + nxt.words <= budget + SLACK):
                chosen.append(nxt)
                words += nxt.words
    chosen.sort(key=lambda p: p.order)
    used.update(p.text for p in chosen)
    return [
        p
        if (before := antecedent(p, pool)) in chosen or told_before(p, after, before)
        else unlean(p)
        for p in chosen
        # "X was also linked with less Y" after "X ... than Z" not shown: without its "also" it
        # is said of no comparison (CD002960's body lost "than lytic cocktail")
        if not (adds_to(p) and _comparator_left_behind(p, antecedent(p, pool), chosen))
    ]


# What a result was compared with: "than Z", "compared with Z", "versus Z" (never a threshold,
# "blood loss greater than 500 mL")
_COMPARATOR = re.compile(
    r"\b(?:than(?! (?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|"
    r"compared (?:with|to)|versus|vs|relative to)\b",
    re.I,
)


def _comparator_left_behind(
    p: PlainSentence, before: PlainSentence | None, chosen: list[PlainSentence]
) -> bool:
    """Whether `p`, a result that says which way, adds to a sentence not chosen that names what
    was compared, naming none ("The researchers also studied X" is no result: it stays)."""
    return (
        says_which_way(p.text)
        and before is not None
        and before not in chosen
        and bool(_COMPARATOR.search(before.text))
        and not _COMPARATOR.search(p.text)
    )


NEAR_COPY = 0.8  # share of words two sentences have in common at which one is left out


def _near_copy(a: str, b: str) -> bool:
    """Whether two sentences say the same in nearly the same words ("Statistically, X was
    better than Y." and "X was better than Y.")."""
    wa = set(re.findall(r"[a-z0-9-]+", a.lower()))
    wb = set(re.findall(r"[a-z0-9-]+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= NEAR_COPY


# "But X", "Even X": a contrast or a stress on what came before. "Even so", "Even if ...",
# "Even though ..." open a clause of their own and stay.
_CONTRAST_OPENER = re.compile(r"^(?:But|Even(?! (?:so|if|though|when|after|before|with)\b)) ")


# "These two studies showed ...": the number of the set it points at, which the line before
# must say too ("The review included 16 studies" says no "two" of them).
_POINTED_NUMBER = re.compile(
    r"^(?:But )?(?:These|Those|The|Of these,?) (?P<n>\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\b",
    re.I,
)


# "All were treated with steroids", "None had diabetes": a quantifier that counts the people or
# studies of a group; a line that counts such a group ("The researchers describe 9 children",
# "The study included 188 adults") says what it counts, whatever sentence came between.
_QUANTIFIED = re.compile(
    rf"^(?:{_QUANTIFIER}|Both)(?: of (?:them|these|those))? (?:{_COUNTED_VERB}|got|received)\b"
)
_COUNTED_GROUP = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,3}?"
    r"(?:people|persons|patients|participants|adults|children|women|men|girls|boys|infants|"
    r"babies|cases|trials|studies)\b",
    re.I,
)


def _counts_whom(p: PlainSentence, line: str) -> bool:
    """Whether `p` counts within a group ("All were treated ...") that `line` counts ("The
    researchers describe 9 children ...")."""
    return bool(_QUANTIFIED.match(p.text) and _COUNTED_GROUP.search(line))


def told_before(p: PlainSentence, line: Line | None, before: PlainSentence | None) -> bool:
    """Whether `line`, the draft's line just before `p`, says in its own words the sentence
    `p` leans on (`before`, the piece of the paper `antecedent` found, or the paper's sentence
    before `p`'s own when none is drafted): "The review included 23 trials." before "Most were
    small, ...". A set `p` counts ("These two studies") must be counted in the line too."""
    if line is None or not p.sources:
        return False
    if _counts_whom(p, line.text):
        return True
    own = before is not None and before.sources[:1] == p.sources[:1]
    leaned = p.sources[0] if own else p.sources[0] - 1  # an earlier piece of its own sentence
    if leaned not in line.sources:
        return False
    n = _POINTED_NUMBER.match(p.text)
    return n is None or re.search(rf"\b{re.escape(n['n'])}\b", line.text, re.I) is not None


def unlean(p: PlainSentence) -> PlainSentence:
    """A "But ..." or "Even ..." whose sentence before is not shown reads as a contrast with
    the wrong sentence: the opener goes (the clause itself is unchanged); an "also" that adds
    to a finding not shown goes too ("X also reduced Y" -> "X reduced Y")."""
    text = p.text
    m = _CONTRAST_OPENER.match(text)
    if m and len(text) > m.end():
        rest = text[m.end() :]
        text = rest[:1].upper() + rest[1:]
    text = _ALSO.sub("", text, count=1)
    if text == p.text:
        return p
    return PlainSentence(**{**measured(text, p.sources, p.order).__dict__, "leans": p.leans})
