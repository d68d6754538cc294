"""A claim surer than its paper: an effect said as a plain fact where the paper is unsure of it.

A summary overclaims without any hype word when it drops the paper's doubt. "Laquinimod cuts
relapses" from a review that found "potential benefits" in one trial of low-level evidence, and
"Meditation lifts mood" from a review whose evidence is weak, say as a standing fact what the
paper only suggests. The claim and the paper's strength are both read by meaning:

- the claim: a clause that says a thing has an effect, in the present tense, as a general truth
  ("X reduces relapses", "X and Y ease stiff muscles", "X keeps memory sharp", "it works better
  than ...", "X and Y are good ways to ease pain"), with no hedge in its clause ("may", "can",
  "seems", "suggests", "some", "a little", "in mice", "in this trial"), not negated, not a
  question or an aim, and not what a thing is ("a drug that reduces relapses"). What was done
  or found, in the past tense, is a report and passes ("Rituximab cut relapses at 24 weeks");
- the paper's strength about it: the paper calls its evidence weak, low-certainty, limited or
  inconclusive, or every sentence of the paper that holds the claim best hedges it ("may",
  "potential", "suggests", "a trend", "not significant"). A paper that calls its evidence
  strong, or states the effect plainly itself ("demonstrates that sleep in early life regulates
  ..."), carries the claim.

A claim that the effect lasts beyond what the study followed ("for years to come", "for the long
term", "keeps them from coming back") is the same kind of overclaim, measured against a paper
that says its follow-up was short or gives it only in days, weeks or months; and an effect said
of people with MS, from a paper that did not study them ("Fatty acid capsules ease long-term
fatigue in people with MS" from a trial in people tired after a virus), widens the finding to
people it never looked at.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import caseless
from ..about_ms import MS_NAMED
from ..design import DesignInfo
from ..evidence import align, overlaps, split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import StudyDesign
from .text import NEGATION, clause_bounds, negated, sentence_spans

# Effect verbs said in the present tense (third person): a thing said to change an outcome.
_EFFECT_S = (
    r"reduces|cuts|eases|improves|lowers|slows|heals|prevents|protects|boosts|lifts|relieves|"
    r"restores|lessens|shrinks|strengthens|sharpens|soothes|calms|halts|delays|extends|"
    r"prolongs|treats|tackles|clears|speeds up|holds off|brings back|wards off|fends off|"
    r"(?:makes|keeps) (?:[\w'-]+ ){0,4}?(?:better|easier|stronger|healthier|sharper|milder|"
    r"lower|higher|steadier|safer|shorter|longer|smaller|down|up|away|at bay|in check|sharp|"
    r"healthy|well|from)|"
    r"gives (?:[\w'-]+ ){0,4}?(?:a better|better|back|relief)|"
    r"works(?: (?:better|well|best))?(?= (?:than|for|in|against|as)\b)|"
    r"helps(?= (?:people|patients|adults|children|men|women|those|anyone|everyone|[\w'-]+ (?:to )?"
    r"(?:heal|recover|sleep|walk|live|feel|do|cope|manage|think|remember)\b))"
)
# The same verbs in the plain form, after a plural subject ("X and Y ease stiff muscles"); only
# verbs that are seldom nouns, so "home help" or "a cut" are not read as verbs.
_EFFECT_PLAIN = (
    r"reduce|improve|lower|slow|prevent|protect|ease|heal|relieve|restore|lessen|shrink|"
    r"strengthen|sharpen|soothe|calm|alleviate|boost"
)
_CLAIM = re.compile(rf"\b(?:{_EFFECT_S})\b", re.I)
_CLAIM_PLAIN = re.compile(rf"\b(?:{_EFFECT_PLAIN})\b", re.I)
# A thing called a good way to reach an outcome: "X and Y are good ways to ease pain".
_STANDING = re.compile(
    r"\b(?:is|are) (?:an? |the )?(?:good|great|effective|useful|reliable|proven|excellent|"
    r"powerful|simple|safe|best|sure) (?:and \w+ )?(?:ways?|means|treatments?|options?|tools?|"
    r"methods?|remed(?:y|ies)|answers?) (?:to|of|for)\b",
    re.I,
)
# Words before a plain verb that make it no present-tense claim: a modal, an infinitive, a
# negation, a helper verb, a relative pronoun (what a thing is), a determiner (a noun).
_NOT_SUBJECT = re.compile(
    r"(?:\b(?:to|may|might|could|can|will|would|should|must|shall|not|never|do|does|did|"
    r"help|helps|helped|that|which|who|the|a|an|and|or|of|for|with|in|on|its|their|his|her|"
    r"your|our|this|these|those|no|any|some|can't|cannot|is|are|was|were|be|been|being|has|"
    r"have|had|having|get|gets|got|but|yet|as|so|too|very|more|less|much|far|even|still)|"
    r"n't)\s+$",
    re.I,
)
# A hedge in the claim's clause: the effect is possible, partial, or placed in the study.
HEDGE = re.compile(
    r"\b(?:may|might|could|can|would|if|whether|seems?|seemed|appears?|appeared|likely|"
    r"probably|possibly|perhaps|suggest\w*|hint\w*|signs? (?:that|of)|indications? (?:that|of)|"
    r"potential(?:ly)?|possible|"
    r"hope\w*|aim\w*|to (?:see|test|find)|some|a little|slightly|modestly|partly|partially|"
    r"somewhat|often|sometimes|usually|many|most|in (?:mice|rats|cells|the lab|a dish|dishes|"
    r"animals|flies|fish|worms|this (?:trial|study|review|group)|these \w+|the (?:trial|study))|"
    r"tends? to|trend\w*|early|short[- ]term|for a while|at first|one (?:trial|study)|"
    # the evidence for it qualified: "very low quality evidence that X reduces pain"
    r"low[- ](?:certainty|quality|level)|limited|weak|conflicting|mixed|inconsistent|"
    r"insufficient|not enough|unclear|uncertain|laborator\w*|almost|nearly|in (?:\w+ ){0,2}cases|"
    # an idea, not a finding: "the idea that exercise improves", "is thought to help"
    r"(?:idea|hypothesis|theory|notion|belief|view|assumption|claim) that|(?:thought|believed|"
    r"expected|designed|meant|intended|supposed|claimed|said) to)\b",
    re.I,
)
# A question or an aim before the claim, or a clause defining a thing ("a drug that reduces
# relapses"): no claim is made.
_NO_CLAIM_BEFORE = re.compile(
    r"\b(?:whether|if|how|which|what|when|does|do|did|wanted to|aimed to|to (?:find out|see|"
    r"test|learn)|looked at|tested|studied|asked)\b[^,;]*$"
    r"|\b(?:that|which|who)\s+(?:[\w'-]+\s+)?$|\b(?:one|you|we|they|i|he|she|this|that)\s+$"
    # the authors' own voice: "We concluded that ...", "we were confident that ..."
    r"|\bwe (?:\w+ )?(?:found|find|conclude\w*|were confident|are confident|showed|show|think|"
    r"believe)\b|^\W*$",
    re.I,
)
# "shows that", "found that", "means that", "clear that": a claim told as what the study showed
_TOLD = re.compile(
    r"\b(?:shows?|showed|proves?|proved|means?|found|finds|confirms?|tells us|clear|know|"
    r"knows|establish\w*|demonstrat\w*) that\b",
    re.I,
)

# A paper that calls its own evidence weak, or its finding unsure: its evidence, data or
# studies few or poor, no conclusion possible, a result still to be confirmed, a trend.
_WEAK_EVIDENCE = re.compile(
    r"\b(?:(?:very )?low[- ](?:certainty|quality|level)|(?:limited|insufficient|weak|poor|"
    r"inconclusive|not enough|little|scarce|sparse|inadequate|conflicting|no (?:good|clear|"
    r"convincing|reliable|consistent)) (?:\w+ )?(?:evidence|data)|"
    r"(?:evidence|data)\b[^.;]{0,50}?\b(?:is|are|was|were|remains?) (?:still )?(?:\w+ )?"
    r"(?:limited|insufficient|weak|inconclusive|uncertain|unclear|lacking|scarce|sparse|"
    r"conflicting|poor)|lack of (?:\w+ )?(?:evidence|data|studies|trials)|poorly documented|"
    r"remains? (?:inconclusive|unclear|uncertain|unknown)|(?:is|are) (?:still )?(?:inconclusive|"
    r"uncertain|unclear|unknown)|no (?:firm |definitive |clear )?conclusions? (?:can|could)|"
    r"too (?:small|few|short|limited|low|weak) to|(?:allow|draw|reach|make) (?:any )?"
    r"(?:definitive|firm) conclusions|tentative|preliminary|potential benefits?|"
    r"not (?:statistically )?significant|non-?significant|trend(?:ed|s)? (?:toward|towards|to)|"
    r"did not reach (?:statistical )?significance|(?:to )?(?:confirm|clarify|establish|"
    r"determine) (?:whether|if|the (?:efficacy|effect|benefit)))",
    re.I,
)
# A paper that calls its evidence strong: it carries a plain claim.
_STRONG_EVIDENCE = re.compile(
    r"\b(?:(?:high|moderate)[- ](?:certainty|quality|level) (?:of )?evidence|evidence "
    r"(?:was|is|were) (?:of )?(?:high|moderate)[- ]?(?:certainty|quality)?\b|(?:strong|robust|"
    r"compelling|convincing|good|clear) evidence|conclusive(?:ly)?|clearly (?:shows?|showed|"
    r"demonstrat\w+)|firmly established|well established)\b",
    re.I,
)
# How sure a sentence of the paper is: a hedge makes it unsure.
_UNSURE = re.compile(
    r"\b(?:may|might|could|possibl\w*|potential(?:ly)?|suggest\w*|appear\w*|seem\w*|likely|"
    r"probably|trend\w*|preliminary|tentative|unclear|uncertain|inconclusive|hypothes\w*|"
    r"not (?:statistically )?significant|non-?significant|low[- ](?:certainty|quality))\b",
    re.I,
)
ALIGNED = 3  # the paper sentences that hold a claim best, read for how sure they are
MIN_SUPPORT = 0.35  # a claim held less well than this is another check's business (unsupported)
CONCLUSION_SHARE = 0.25  # a conclusion holding this much of a claim speaks of it
# where a paper states an effect as its own: a finding, or what it takes as known
_STATED = (Role.RESULTS, Role.CONCLUSION, Role.BACKGROUND)

# A claim that the effect lasts: beyond a short study.
_LASTING = re.compile(
    r"\b(?:for years(?: to come)?|for (?:the )?long[- ]term|in the long (?:run|term)|"
    r"long[- ]term (?:benefit|effect|relief|protection|control|gains?)|lasting|for decades|"
    r"for good|from coming back|coming back|come back|for life|as (?:people|they|we) age)\b",
    re.I,
)
_SHORT_STUDY = re.compile(
    r"\b(?:short[- ]term|short (?:follow-?up|duration|period|trials?)|\d+|one|two|three|four|"
    r"six|eight|twelve)[- ](?:days?|weeks?|months?)\b|\bshort[- ]term\b|\bshort follow-?up\b",
    re.I,
)
_LONG_STUDY = re.compile(
    r"\b(?:long[- ]term (?:follow-?up|benefit|effect|outcome)s?|\d+[- ]years?|(?:two|three|four|"
    r"five|ten) years|sustained|durable|lasting|maintained|persist\w*)\b",
    re.I,
)


class Surer(NamedTuple):
    """A sentence that claims more certainty, more time or more people than its paper gives."""

    words: str
    sentence: str
    kind: str  # UNSURE, LASTING or WIDER
    paper: str  # what the paper says instead: its words on its evidence, its hedge, its times


UNSURE = "unsure"  # an effect the paper is unsure of, said as fact
LASTING = "lasting"  # an effect said to last beyond what the paper followed
WIDER = "wider"  # an effect said of people with MS, from a paper that did not study them


def _clause(sentence: str, start: int, end: int) -> tuple[str, str]:
    a, b = clause_bounds(sentence, start, end)
    return sentence[a:start], sentence[end:b]


def _plain_claim(sentence: str, told_only: bool = False) -> re.Match[str] | None:
    """The first present-tense effect `sentence` states plainly: not hedged or negated in its
    clause, not asked, aimed or defining; with `told_only`, only one told as what the study
    showed ("found that X lifts fatigue")."""
    found = [*caseless.finditer(_CLAIM, sentence), *caseless.finditer(_STANDING, sentence)]
    found += [
        m for m in caseless.finditer(_CLAIM_PLAIN, sentence) if _plural_subject(sentence, m.start())
    ]
    for m in sorted(found, key=lambda x: x.start()):
        if " " not in m.group(0) and _NO_OBJECT.match(sentence, m.end()):
            continue  # "small cuts and few stitches", "lower-chloride": a noun or an adjective
        before, after = _clause(sentence, m.start(), m.end())
        told = [*_TOLD.finditer(before)]
        if told_only and not told:
            continue
        if NEGATION.search(before) or HEDGE.search(before) or HEDGE.search(after):
            continue
        # what follows "shows that" is the claim itself, not a clause defining a thing
        if _NO_CLAIM_BEFORE.search(before[told[-1].end() :] if told else before):
            continue
        return m
    return None


# What follows a verb that has no object: the word was a noun or an adjective.
_NO_OBJECT = re.compile(
    r"(?:[-'’]|\s*$|\s*[,.;:()]|\s+(?:and|or|in|of|on|at|by|from|with|than|to|into|for|is|"
    r"are|was|were)\b)",
    re.I,
)
_PLURAL = re.compile(r"(?:(?<!s)(?<!u)(?<!i)s|\band(?:\s+[\w'-]+){1,3})\s+(?:\w+ly\s+)?$", re.I)


def _plural_subject(sentence: str, start: int) -> bool:
    """Whether the plain verb at `start` follows a plural subject ("Statins lower", "X and Y
    ease"), not a modal, an infinitive, a determiner or a helper verb."""
    before = sentence[:start]
    if _NOT_SUBJECT.search(before) or before.rstrip().endswith(("'", "’", '"', ",", ":")):
        return False
    return bool(_PLURAL.search(before))


# What a design can show of an effect in general: a link, a model. (A case report's general
# statements are most often what its authors take as known: "surgery is the usual treatment".)
_DESIGN_SHOWS = {
    StudyDesign.OBSERVATIONAL: "an observational study, which shows links, not effects",
    StudyDesign.LAB: "work in cells in the lab",
    StudyDesign.ANIMAL: "work in animals",
}
# A sentence that names the model it speaks of: said of the model, not of people in general.
_MODEL = re.compile(
    r"\b(?:mice|mouse|rats?|animals?|flies|fly|larvae|fish|zebrafish|medaka|worms?|yeast|"
    r"pigs?|dogs?|monkeys?|rodents?|cells?|dish(?:es)?|lab|laborator\w*|germs?|bacteri(?:a|um)|"
    r"\w*virus(?:es)?|"
    r"insects?|tissues?)\b",
    re.I,
)


def _paper_unsure(source: Source, sentence: str, design: StudyDesign | None) -> str | None:
    """What the paper says that leaves it unsure of what `sentence` claims, if it is; None
    where the paper carries the claim. In order: a conclusion of the paper that holds the
    claim and states the effect plainly carries it; a design that cannot show an effect in
    general (a link, a model not named in the sentence) leaves it unsure; the paper's
    conclusions on the claim calling the evidence weak leave it unsure; a result, or what the
    paper takes as known, stated plainly, or evidence called strong, where they hold the claim,
    carry it; the sentences that hold it best calling the evidence weak leave it unsure;
    evidence the paper calls strong anywhere carries it; and sentences that all hedge it leave
    it unsure."""
    sentences = split_source(source)
    found = align(source, sentence)
    best = (
        [sentences[i] for i in found.sentences[:ALIGNED] if i < len(sentences)]
        if found.score >= MIN_SUPPORT
        else []
    )
    if any(s.role == Role.CONCLUSION and _plain_statement(s.text) for s in best):
        return None
    shows = _DESIGN_SHOWS.get(design) if design is not None else None
    if shows and not (design in (StudyDesign.LAB, StudyDesign.ANIMAL) and _MODEL.search(sentence)):
        return shows
    shares = overlaps(source, sentence, numbers=False)
    for s in sentences:
        if s.role == Role.CONCLUSION and shares.get(s.index, 0.0) >= CONCLUSION_SHARE:
            weak = _said(_WEAK_EVIDENCE, s.text)
            if weak:
                return weak
    if any(s.role in _STATED and _plain_statement(s.text) for s in best):
        return None
    if any(_STRONG_EVIDENCE.search(s.text) for s in best):
        return None
    for s in best:
        weak = _said(_WEAK_EVIDENCE, s.text)
        if weak:
            return weak
    if _said(_STRONG_EVIDENCE, source.full_text):
        return None
    if best and all(caseless.search(_UNSURE, s.text) for s in best):
        return " ".join(best[0].text.split())
    return None


# An effect the paper states itself: "reduced the relapse rate", "was effective".
_SOURCE_EFFECT = re.compile(
    r"\b(?:reduc|improv|lower|decreas|increas|slow|prevent|protect|eas(?:e|es|ed|ing)\b|heal|"
    r"reliev|restor|effective|efficac|benefi|shorten|enhanc|alleviat|boost|help|halt|delay|"
    r"prolong|extend|regulat|impair|cur(?:e|ed|es)\b|resol|treatment of choice|best treatment|"
    r"mainstay|first-line)\w*",
    re.I,
)


def _plain_statement(text: str) -> bool:
    """Whether a sentence of the paper states an effect without a hedge or a negation in its
    clause ("GTN reduces blood pressure, ... but does not alter clinical outcome": the first
    clause is plain)."""
    for m in _SOURCE_EFFECT.finditer(text):
        before, after = _clause(text, m.start(), m.end())
        if not any(p.search(before) for p in (_UNSURE, _WEAK_EVIDENCE, NEGATION)) and not any(
            p.search(after) for p in (_UNSURE, _WEAK_EVIDENCE)
        ):
            return True
    return False


def _said(pattern: re.Pattern[str], text: str) -> str | None:
    """The first words of `text` matching `pattern` that are not negated."""
    return next((m.group(0) for m in pattern.finditer(text) if not negated(text, m.start())), None)


def find_surer(
    text: str, source: Source, design: DesignInfo | None = None, report: bool = False
) -> list[Surer]:
    """Each sentence of `text` that states an effect more surely, as lasting longer, or of more
    people than the paper (`source`, of this `design`) can carry. In a `report` (what the study
    did), where the present tense says what a thing is ("Occupational therapy helps people
    manage everyday tasks"), only a claim told as a finding counts ("found that X clearly lifts
    fatigue")."""
    found = []
    for a, b in sentence_spans(text):
        sentence = text[a:b].strip()
        claim = _plain_claim(sentence, told_only=report)
        if claim is None:
            continue
        lasting = _LASTING.search(sentence, claim.start())
        short = _SHORT_STUDY.search(source.full_text)
        if (
            lasting
            and short
            and not negated(sentence, lasting.start())
            and not _LONG_STUDY.search(source.full_text)
        ):
            found.append(Surer(lasting.group(0), sentence, LASTING, short.group(0)))
            continue
        ms = MS_NAMED.search(sentence)
        if ms and design is not None and not design.about_ms and not negated(sentence, ms.start()):
            found.append(Surer(claim.group(0), sentence, WIDER, "a study of people without MS"))
            continue
        unsure = _paper_unsure(source, sentence, design.design if design else None)
        if unsure:
            found.append(Surer(claim.group(0), sentence, UNSURE, unsure))
    return found
