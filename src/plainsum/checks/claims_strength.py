"""Overclaims measured against the paper's own strength: how sure, how absolute, how enough.

A sentence can claim more than its paper without a hype word:

- certainty: it says the question is known ("we now know that", "this makes it clear that",
  "leaves no room for doubt", "establishes X as the way to ..."), while the paper hedges. The
  paper's strength is read from its own words: only a paper that calls its evidence strong,
  conclusive or of high certainty carries a claim of certainty. Certainty about uncertainty
  passes ("it is clear that more research is needed", "makes it clear the evidence is weak");
- an absolute effect: the treatment is said to restore, repair or rebuild, to switch a disease
  off, to protect people from it or keep them from it, in the present tense and unhedged,
  where the paper never says that kind of effect itself (a paper that reports restored
  function or protection carries the summary that says so);
- efficacy or its absence said flatly: "is a proven remedy", "works as well as clinic care",
  "can count on it", "is useless", "does nothing for", "does not work for" (carried only by a
  paper that calls its evidence strong), and a plain "is an effective treatment" where the
  paper calls its evidence weak or of low certainty; a new standing in care ("is now the
  treatment of choice"); a discovery said to be final ("found the real cause");
- sufficiency: one step is all it takes, or the treatment is the one people have been waiting
  for.

The paper's words count only where it does not negate them: "too small to allow definitive
conclusions" calls no evidence definitive. A claim in words the paper uses itself ("we
established that ...") is the paper's own, and passes.

Negated, hedged ("may restore"), aimed ("to restore"), lab or animal ("in mice") and past
("restored") uses pass. The findings are reported by the claims check beside those of
checks/promises.py, in the same shape.
"""

from __future__ import annotations

import re

from .. import caseless
from .promise_families import Family
from .text import clause_bounds, negated, sentence_spans

# A paper that calls its own evidence strong: it carries a summary's certainty.
_STRONG_PAPER = re.compile(
    r"\b(?:high[- ](?:certainty|quality) (?:of )?evidence|conclusive(?:ly)?|definitive(?:ly)?|"
    r"clearly (?:shows?|showed|demonstrat\w+|established)|(?:firmly|well) established|"
    r"(?:strong|robust|compelling) evidence|beyond (?:reasonable )?doubt)\b",
    re.I,
)
# What a claim of certainty may be certain about: that little is known, or more is needed.
_UNCERTAIN_MATTER = re.compile(
    r"\b(?:weak|limited|little|no|not|unclear|uncertain|unknown|lack\w*|insufficient|too (?:few|"
    r"small|little)|more (?:research|studies|trials|work)|further (?:research|studies|trials|"
    r"work)|needed|needs?|remains?|whether)\b",
    re.I,
)
# A clause that hedges, aims, or places the effect in the lab: no absolute claim.
_HEDGED = re.compile(
    r"\b(?:may|might|could|can|would|if|whether|hope\w*|aim\w*|possibl\w*|suggest\w*|likely|"
    r"perhaps|to (?:see|test|find)|in (?:mice|rats|cells|the lab|a dish|dishes|animals|flies|"
    r"fish|zebrafish|worms|pigs|dogs|monkeys)|"
    # how often: "restores vision for many eyes", "in almost all cases"
    r"many|most|some|often|usually|sometimes|almost|nearly|partly|partially|a little|"
    r"somewhat|in (?:\w+ ){0,2}cases)\b",
    re.I,
)
_DEFINES = re.compile(r"\b(?:that|which|who)\s+(?:\w+\s+)?$", re.I)


def _family(name: str, pattern: str, message: str, hint: str, paper_says: str | None) -> Family:
    return Family(
        name,
        re.compile(pattern, re.I),
        None,
        message,
        hint,
        paper_says=re.compile(paper_says, re.I) if paper_says else None,
    )


_CERTAIN_MESSAGE = "Certainty the paper does not claim: it hedges its own finding."
_CERTAIN_HINT = "Say what the study found and how sure it can be ('suggests', 'may')."
_ABSOLUTE_MESSAGE = "An absolute effect the paper does not report: it measured a change, not this."
_ABSOLUTE_HINT = "Say what was measured and how much it changed, in whom."

CERTAINTY = _family(
    "certainty",
    # knowing that is new ("we now know"): plain "we know that" is background
    r"\b(?:we|science|scientists|researchers|doctors|everyone) (?:now|finally|at last) "
    r"(?:know|knows) (?:for (?:sure|certain) )?(?:that\b|how\b)"
    r"|\b(?:we|science|scientists|researchers|doctors|everyone) (?:know|knows) for (?:sure|"
    r"certain)\b"
    r"|\bmakes? (?:it )?(?:clear|plain|certain|obvious) that\b"
    r"|\b(?:leaves?|leaving) no (?:room for |room to )?(?:doubt|question|argument)\b"
    r"|\bno (?:room|reason) (?:for|to) doubt\b"
    # a treatment or a cause established, not a tool ("establish the fly as a model for ...")
    r"|\bestablish(?:es|ed)? (?:that\b|(?:[\w'-]+ ){1,4}?as (?:the|a|an) (?:[\w'-]+ ){0,2}?"
    r"(?:way|treatment|therapy|answer|cure|standard|cause|first choice|solution|remedy)\b)"
    r"|\b(?:it is|it's) now (?:clear|certain|plain|obvious)|\b(?:it is|it's) (?:now )?(?:a fact|"
    r"undeniable|indisputable|beyond (?:question|dispute|argument)) that\b"
    r"|\bthe (?:evidence|verdict|science|jury) is (?:now )?(?:in|clear|settled)\b"
    r"|\b(?:with|in) (?:full|complete|total|absolute) confidence\b",
    _CERTAIN_MESSAGE,
    _CERTAIN_HINT,
    _STRONG_PAPER.pattern,
)
ABSOLUTE = (
    _family(
        "permanence",
        r"\b(?:restores|repairs|rebuilds|regenerates)\b",
        _ABSOLUTE_MESSAGE,
        _ABSOLUTE_HINT,
        r"\b(?:restor|repair|rebuil|regenerat)\w*",
    ),
    _family(
        "permanence",
        r"\b(?:switches|turns|shuts) (?:off|down) (?:[\w'-]+ ){0,2}?(?:ms|multiple sclerosis|"
        r"disease|illness|relapses|symptoms)\b"
        r"|\b(?:switches|turns|shuts) (?:ms|multiple sclerosis|the disease|[\w'-]+ ms) off\b",
        _ABSOLUTE_MESSAGE,
        _ABSOLUTE_HINT,
        r"\b(?:switch|turn|shut)\w* (?:\w+ )?(?:off|down)\b|\b(?:remission|halt\w*|arrest\w*)\b",
    ),
    _family(
        "permanence",
        r"\b(?:protects|shields) (?:[\w'-]+ ){0,4}?(?:from|against)\b|\bprevents\b"
        r"|\bwill (?:protect|shield|prevent)\b"
        r"|\bkeeps (?:[\w'-]+ ){1,5}?(?:from (?:getting|becoming|developing|falling|having)|"
        r"free (?:of|from))\b",
        _ABSOLUTE_MESSAGE,
        _ABSOLUTE_HINT,
        r"\b(?:protect(?:s|ed|ion|ive|ing)?|shield\w*|prevent\w*|preserv\w*)\b",
    ),
    _family(
        "permanence",
        r"\bneed never\b(?: [\w'-]+){0,8}? again\b|\bnever again (?:have to|need|suffer)\b",
        "A promise that the benefit lasts for good, which the paper does not make.",
        "Say how long people were followed and what changed in that time.",
        r"\b(?:permanent(?:ly)?|for life|life-?long)\b",
    ),
)
# A treatment called the standard or the treatment of choice: a place in care the paper must
# give it.
# Only a change of standing is claimed ("is now", "has become"): "the treatment of choice for
# kidney failure is a transplant" is background, and "compared with the standard treatment" a
# comparison.
STANDING = _family(
    "certainty",
    r"\b(?:now|becomes?|became|become|will be) (?:\w+ )?(?:the|a) (?:new )?(?:(?:treatment|therapy|"
    r"drug|option|medicine) of choice|(?:standard|gold[- ]standard|first[- ]line|go-to) "
    r"(?:treatment|therapy|of care|option|drug|medicine))\b",
    _CERTAIN_MESSAGE,
    _CERTAIN_HINT,
    r"\b(?:of choice|gold[- ]standard|first[- ]line|standard (?:treatment|therapy|of care))\b",
)
# Efficacy, or its absence, said flatly as a property of the treatment ("is a proven remedy",
# "works as well as clinic care", "can count on it", "is useless", "does nothing for"), which
# only a paper that calls its evidence strong can carry.
FLAT = _family(
    "certainty",
    r"\b(?:is|are) (?:an? |the )?(?:proven|reliable|dependable|sure-fire)(?: [\w'-]+)? "
    r"(?:treatments?|remed(?:y|ies)|therap(?:y|ies)|cures?|options?|ways?|fix(?:es)?|answers?|"
    r"solutions?)\b"
    r"|\bworks? (?:just |every bit )?as well as\b"
    r"|\b(?:can|could) (?:always )?(?:count|rely|depend) on\b"
    r"|\b(?:is|are) (?:completely |totally |simply |just )?(?:useless|pointless|worthless|"
    r"a waste of (?:time|money))\b"
    r"|\b(?:does|do) (?:absolutely )?nothing (?:at all )?(?:for|to|against)\b"
    r"|\b(?:does|do) not work (?:at all )?(?:for|in|against|on)\b|\bdoesn't work\b",
    _CERTAIN_MESSAGE,
    _CERTAIN_HINT,
    _STRONG_PAPER.pattern,
)
# A paper that calls its own evidence weak: it cannot carry even a plain "is effective".
_WEAK_PAPER = re.compile(
    r"\b(?:(?:very )?low[- ](?:certainty|quality|level)|(?:limited|insufficient|weak|poor|"
    r"inconclusive|not enough|little) (?:\w+ )?evidence|evidence (?:is|was|remains) (?:\w+ )?"
    r"(?:limited|insufficient|weak|inconclusive|uncertain|unclear))\b",
    re.I,
)
# Efficacy said plainly ("are effective treatments for stiff muscles"), where the paper calls
# its evidence weak.
EFFECTIVE = _family(
    "certainty",
    r"\b(?:is|are) (?:an? |the )?(?:(?:safe and )?effective|successful)(?: [\w'-]+)? "
    r"(?:treatments?|remed(?:y|ies)|therap(?:y|ies)|options?|ways?)\b",
    _CERTAIN_MESSAGE,
    _CERTAIN_HINT,
    None,
)


# A discovery said to be final: "found the real cause", "solved the mystery".
DISCOVERY = _family(
    "milestone",
    r"\b(?:found|discovered|identified|uncovered|pinned down|pinpointed) (?:the|what) (?:real|"
    r"true|long-sought|hidden|root|missing|ultimate) (?:cause|key|secret|answer|explanation|"
    r"culprit|reason)\b"
    r"|\b(?:found|discovered|uncovered) the (?:secret|culprit)\b|\bcracked (?:the|it)\b"
    r"|\bunlock(?:ed|s)? the (?:secret|mystery|riddle)|\bsolved the (?:mystery|puzzle|riddle)\b",
    "Hype: a discovery said to be final, which one study cannot claim.",
    "Say what the study found and what it cannot show yet.",
    None,
)
SUFFICIENCY = _family(
    "sufficiency",
    r"\ball (?:it|that) takes\b|\ball (?:you|people|patients|anyone|one) (?:really )?needs? "
    r"(?:to do )?is\b|\blong-?awaited\b|\b(?:have|has) (?:long )?been waiting for\b",
    "Hype: one step said to be enough, or the answer people have waited for.",
    "Say what the study found and what it cannot show yet.",
    None,
)
FAMILIES: tuple[Family, ...] = (
    CERTAINTY,
    STANDING,
    FLAT,
    EFFECTIVE,
    *ABSOLUTE,
    DISCOVERY,
    SUFFICIENCY,
)
_UNHEDGED = (CERTAINTY, SUFFICIENCY, DISCOVERY)  # their own words are the claim


def _clause(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The parts of the clause of `sentence` before start and after end."""
    a, b = clause_bounds(sentence, start, end)
    return sentence[a:start], sentence[end:b]


def _claims(family: Family, sentence: str, match: re.Match[str]) -> bool:
    """Whether `match` of `family` makes a claim: not negated, and for certainty not certain
    about uncertainty; for an absolute effect, not hedged in its clause."""
    if negated(sentence, match.start()):
        return False
    before, after = _clause(sentence, match.start(), match.end())
    if family is CERTAINTY:
        return not _UNCERTAIN_MATTER.search(sentence, match.end())
    if family in _UNHEDGED:
        return True
    if _DEFINES.search(before):
        return False  # "an enzyme that protects red cells from damage": what a thing is
    return not _HEDGED.search(before) and not _HEDGED.search(after)


def _norm(text: str) -> str:
    """`text` in lower case, punctuation as spaces, padded with one space either side."""
    return f" {' '.join(re.sub(r'[^a-z0-9 ]+', ' ', text.lower()).split())} "


def _paper_says(pattern: re.Pattern[str], source_text: str) -> bool:
    """Whether the paper states what `pattern` names itself, not negated ("too small to allow
    definitive conclusions" calls no evidence definitive)."""
    return any(
        not negated(source_text, m.start())
        and not _ASKED_BEFORE.search(source_text, max(0, m.start() - 80), m.start())
        for m in pattern.finditer(source_text)
    )


# "To assess whether treating gum disease prevents heart attacks": asked, not said
_ASKED_BEFORE = re.compile(r"\b(?:whether|if)\b[^.;:]*$", re.I)


def find_strength(text: str, source_text: str | None = None) -> list[tuple[Family, str, str]]:
    """(family, words, sentence) for each sentence of `text` that claims more certainty, a more
    absolute effect or more sufficiency than the paper (`source_text`) claims itself."""
    found = []
    for a, b in sentence_spans(text):
        sentence = text[a:b].strip()
        for family in FAMILIES:
            match = caseless.search(family.pattern, sentence)
            if not match or not _claims(family, sentence, match):
                continue
            if source_text is not None and (
                _norm(match.group(0)) in _norm(source_text)
                or (family.paper_says is not None and _paper_says(family.paper_says, source_text))
            ):
                continue  # the paper says it this strongly itself
            if family is EFFECTIVE and not (
                source_text is None or _paper_says(_WEAK_PAPER, source_text)
            ):
                continue  # plain efficacy is a claim only against a paper that calls it weak
            found.append((family, match.group(0), sentence))
            break
    return found
