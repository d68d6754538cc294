"""Two claims set side by side: how much they share, as the contradiction check weighs it
(`weight_needed`: how much is enough), and when they set two things against each other: the
same two turned round ("Surgery worked better than physiotherapy" against "Physiotherapy was more
effective than surgery"), one ranked where the other says they did alike ("A had a similar
effect to B"), two comparisons with different others ("better than placebo", "as effective as
zolpidem"), or a comparison with another group or arm than the paper's sentence names."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..evidence import content_stems, split_source, stand_in_expander, stem
from ..ingest import Source
from .polarity import Claim, claims_in
from .polarity_compare import set_against
from .polarity_time import TIME_STEMS
from .polarity_words import POLARITY_STEMS

SAME_THING_WEIGHT = 2.0  # shared words this heavy (one rare word, or two) make it the same thing
SAME_THING_SHARE = 0.5  # ... and this share of what the summary's claim is about
ONE_WORD_WEIGHT = 1.4  # a claim about one word this heavy is matched by that word alone


# Words that name what was given or looked at, not what changed: a claim about one of them
# alone ("responded better to treatment", "cells no longer divide") says too little to match.
FRAME = frozenset(
    stem(w)
    for w in """treatment therapy cell blood group patient participant people person study trial
    care drug medicine intervention dose outcome result test level score measure rate number
    time effect""".split()
)


# Everyday words that name a whole outcome on their own: a claim about one of them alone ("Fewer
# people died") is matched by that word, or the paper's term for it ("death rates",
# "mortality"), however common the word.
WHOLE_OUTCOMES = frozenset(stem(w) for w in "died dying death deaths".split())


def weight_needed(claim: Claim) -> float:
    """How much a source claim must share with `claim` to be about the same thing: enough of
    it, and one rare word or two; or all of it, when it is about one word of its own that is
    not a common one ("balance got better", "pain eased")."""
    total = sum(claim.about.values())
    if len(claim.about) == 1 and (claim.about.keys() <= WHOLE_OUTCOMES):
        return total  # "Fewer people died": the word names the whole outcome, common as it is
    if len(claim.about) == 1 and total >= ONE_WORD_WEIGHT and not claim.about.keys() & FRAME:
        return min(total, SAME_THING_WEIGHT)
    return max(SAME_THING_WEIGHT, SAME_THING_SHARE * total)


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(min(w, b[k]) for k, w in a.items() if k in b)


def set_the_other_way(mine: Claim, theirs: Claim) -> bool:
    """Whether the two claims set the same two things against each other the other way round:
    what one names first, the other names after "compared with" or "than"."""
    if not (mine.actor and mine.against and theirs.actor and theirs.against):
        return False  # each must name both things it sets side by side
    crossed = max(overlap(mine.against, theirs.actor), overlap(theirs.against, mine.actor))
    straight = max(overlap(mine.actor, theirs.actor), overlap(mine.against, theirs.against))
    return crossed >= SAME_THING_WEIGHT and crossed > straight


def things_crossed(mine: Claim, theirs: Claim) -> float:
    """How much two claims share when each is about one of two things set side by side ("Surgery
    worked better than physiotherapy for back pain" and "Physiotherapy was more effective than
    surgery"): what one is about is what the other is set against, both ways, and what either
    adds after the thing it names (what they were compared for) agrees. 0 otherwise."""
    if not (of_the_thing_itself(mine) and of_the_thing_itself(theirs)):
        return 0.0
    crossed = overlap(mine.about, theirs.against)
    if crossed < min(SAME_THING_WEIGHT, weight_needed(mine)):
        return 0.0
    if overlap(theirs.about, mine.against) < min(SAME_THING_WEIGHT, weight_needed(theirs)):
        return 0.0
    what_mine = {k: w for k, w in mine.against.items() if k not in theirs.about}
    what_theirs = {k: w for k, w in theirs.against.items() if k not in mine.about}
    # "for back pain" and "for back pain at one year": compared for the same thing (not "for
    # neck pain")
    mine_for, theirs_for = what_mine.keys() - TIME_STEMS, what_theirs.keys() - TIME_STEMS
    if mine_for and theirs_for and not (mine_for <= theirs_for or theirs_for <= mine_for):
        return 0.0
    return crossed


def things_alike(mine: Claim, theirs: Claim) -> float:
    """How much two claims share when one ranks two things ("Salbutamol worked better than
    insulin") and the other says they did alike ("salbutamol had a similar effect to insulin",
    "A and B did not differ"): the ranked thing and the one it is set against are both among
    what the other names. 0 otherwise."""
    if (mine.polarity == "null") == (theirs.polarity == "null"):
        return 0.0
    ranked, alike = (theirs, mine) if mine.polarity == "null" else (mine, theirs)
    if not of_the_thing_itself(ranked):
        return 0.0
    # what the ranked thing is set against, but itself ("better than a dummy gel")
    other = {k: w for k, w in ranked.against.items() if k not in ranked.about}
    if not other or overlap(other, alike.against):
        # the sentence that says they did alike ranks the same two in another clause ("a
        # similar effect on sleep onset but more effective for sleep quality"): not read
        return 0.0
    named = {**alike.actor, **alike.about}
    one, two = overlap(ranked.about, named), overlap(other, named)
    if one < min(SAME_THING_WEIGHT, weight_needed(ranked)):
        return 0.0
    if two < min(SAME_THING_WEIGHT, sum(other.values())) or two < ONE_WORD_WEIGHT:
        return 0.0
    return one + two


def other_pairs(mine: Claim, theirs: Claim) -> bool:
    """Whether two claims each rank a thing against another, and the others differ ("Melatonin
    worked better than placebo", "Melatonin was as effective as zolpidem"): two comparisons."""
    if not (of_the_thing_itself(mine) and of_the_thing_itself(theirs)):
        return False
    mine_other = {k: w for k, w in mine.against.items() if k not in mine.about}
    their_other = {k: w for k, w in theirs.against.items() if k not in theirs.about}
    if not (mine_other and their_other):
        return False
    if mine_other.keys() & _INACTIVE and their_other.keys() & _INACTIVE:
        return False  # "than those on the dummy pill" is the paper's "than with placebo"
    return not overlap(mine_other, {**their_other, **theirs.about})


def of_the_thing_itself(claim: Claim) -> bool:
    """Whether a claim is about the thing that acts in it and nothing else ("surgery worked
    better"), not about an outcome ("surgery eased pain more")."""
    return bool(claim.about and claim.actor) and claim.about.keys() <= claim.actor.keys()


# the comparison arms a paper's result may leave unnamed ("reduced pain" of a trial against
# placebo)
ARMS = frozenset(
    stem(w)
    for w in """placebo control sham dummy usual care standard group treatment no wait waited
    waiting waitlist untreated nothing""".split()
)


# words that name an arm without saying which ("other treatments", "the control group")
_GENERIC = frozenset(
    stem(w)
    for w in """treatment therapy therapies intervention other others group groups control arm
    comparison comparator patient patients participant participants people person persons
    those women men children adults subjects individuals""".split()
)


# an arm given nothing active, in any of its names ("the dummy pill", "placebo", "sham")
_INACTIVE = frozenset(
    stem(w)
    for w in """placebo placebos dummy sham pill pills tablet tablets no nothing untreated wait
    waited waiting waitlist""".split()
)


# the group a claim is set against, named right after "than" or "compared with" and before
# what is said of it ("than the others to say ...": the others); not "than normal"
_VERSUS = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?)\s+"
    r"(?!(?:normal|usual|expected|average|typical|before|baseline|ever)\b)"
    r"(?P<what>[^,;:.()]{3,80}?)(?=\s+(?:to|who|that|which|when|while|at|over|during|after|"
    r"before)\b|[,;:.()]|$)",
    re.I,
)


def _versus(sentence: str, at: int) -> set[str]:
    """The stems of the group the claim said at `at` in `sentence` is set against."""
    found = _VERSUS.search(sentence, at)
    return set(content_stems(found.group("what"))) if found else set()


# The groups a paper's results are set against (`compared_groups`), or a function giving them
Groups = frozenset[str] | Callable[[], frozenset[str]]


@lru_cache(maxsize=64)
def compared_groups(source: Source) -> frozenset[str]:
    """The stems of every group one of the paper's results sets something against ("higher
    titres than underweight persons"); a group named only in the methods ("60 healthy
    volunteers were recruited") is none of them."""
    expand = stand_in_expander(source)
    return frozenset(
        k
        for s in split_source(source)
        for against in [set_against(s.text)]
        if against and claims_in(s.text, expand)
        for k in against
    )


def other_groups(claim: Claim, text: str, sentence: str, compared: Groups | None = None) -> bool:
    """Whether `claim` (said in `sentence`) sets its subject against a group the paper's
    sentence `text` never names ("higher antibody levels than underweight persons" against "a
    decline in antibody levels" over time): another comparison than the paper's. With
    `compared` (`compared_groups` of the paper), a group `text` leaves unnamed is another only
    when another of the paper's results is set against it: "lower vitamin D than healthy
    volunteers" against "vitamin D was lower in the MS group" is that sentence's comparison in
    the summary's words, its healthy volunteers named in the methods. `compared` may be a
    function giving them, asked only here (`compared_groups` reads every sentence of the paper,
    and few summary sentences name a group of their own)."""
    versus = {k for k in _versus(sentence, claim.said_at) if k not in claim.about}
    # only words any comparison uses ("than the others", "than women who ..."), or an arm given
    # nothing active ("than those on the dummy pill"): the paper's own comparison, unnamed
    named = versus - POLARITY_STEMS - _GENERIC - _INACTIVE
    if not named:
        return False
    theirs = set_against(text) - POLARITY_STEMS - _GENERIC - _INACTIVE
    if theirs and not named & content_stems(text):
        return True  # "compared to standard care" where the paper's is "a discussion group"
    if named & ARMS:  # "compared with usual care": the comparison arm, whatever it is called
        return False
    if named & content_stems(text):
        return False
    if compared is None:
        return True
    return bool(named & (compared() if callable(compared) else compared))
