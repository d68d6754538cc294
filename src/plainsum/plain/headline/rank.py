"""How the headline chooser weighs a form of a sentence: lower is better.

A form's place among the authors' conclusions or results, its length against a headline's,
its ease (`rank_of`), and what its own words cost it (`form_cost`): an abbreviation the paper
never defines, a term the gate calls jargon, mis-decoded text, or no finding at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...memo import SIZE
from ..abbreviations import unexplained
from ..explain import without_glossed
from ..limits import states_a_limit
from ..results import says_which_way
from ..simplify import PlainSentence
from ..standalone import rare_term
from .dangling import names_neither
from .no_finding import says_no_finding
from .vitamin_names import without_vitamin_codes

__all__ = [
    "AMOUNT_ONLY_COST",
    "HARM_AFTER_COST",
    "IDEAL_WORDS",
    "SECONDARY_COST",
    "form_cost",
    "judges_the_evidence",
    "raises_a_risk",
    "rank_of",
    "side_result",
]

IDEAL_WORDS = (6, 16)

# Text decoded with the wrong character set ("naÃ¯ve" for "naïve"): the body may carry it, the
# headline is the first thing a reader sees.
_MOJIBAKE = re.compile(r"Ã.|Â|â€")
MOJIBAKE_COST = 12.0
UNEXPLAINED_COST = 12.0  # a form with an abbreviation the paper never defines: the gate names it
JARGON_COST = 12.0  # a form with a term the gate's jargon check calls an error (a very rare word)
# "The two techniques may be equally good": which two, it does not say; a form that names
# them, or another finding, heads before it (it still beats news of no finding)
UNNAMED_COST = 8.0
AMOUNT_ONLY_COST = 25.0  # outweighs two places down the authors' conclusions
LIMIT_COST = 25.0  # and a limit more: it outweighs a result's place below the conclusions


@lru_cache(maxsize=SIZE)  # asked of the same forms at every build of a draft
def form_cost(text: str) -> float:
    """What a form's own words cost it: an abbreviation left unexplained (another form or
    sentence without one is preferred; never an expansion guessed), a term the gate's jargon
    check names, or a sentence that says no finding (`no_finding`: how much evidence there is,
    how the trials were run or reported, where the evidence comes from, advice; a limit of the
    study, `limits.states_a_limit`)."""
    # (a code inside a gloss term said with its explanation is explained: "anti-CD20
    # treatments (drugs that remove B cells, ...)")
    # (a vitamin's letter code is its name: "low vitamin B12")
    cost = UNEXPLAINED_COST if unexplained(without_vitamin_codes(without_glossed(text))) else 0.0
    cost += UNNAMED_COST if names_neither(text) else 0.0
    cost += JARGON_COST if rare_term(text) else 0.0
    cost += MOJIBAKE_COST if _MOJIBAKE.search(text) else 0.0
    # a limit of the study ("Results may not be generalisable to X", "most recommendations
    # rest on expert opinion") is no finding either, and never heads over one
    limit = states_a_limit(text)
    nothing = says_no_finding(text) or limit
    return cost + (AMOUNT_ONLY_COST if nothing else 0.0) + (LIMIT_COST if limit else 0.0)


# Whether the treatment helps or harms at all is not known: "It is uncertain whether combined
# training is helpful or harmful in people with X" (never one outcome: "whether X lowers pain").
_OPEN_QUESTION = (
    r"It is (?:still |now |currently )?(?:uncertain|unclear|not (?:yet )?(?:known|clear)) whether "
    r"[^,;]{3,100}? (?:is|are) (?:more |less )?(?:helpful|beneficial|effective|harmful|useful)"
    r"(?: or (?:harmful|helpful|beneficial|not))?\b"
)
# A result that judges the evidence as a whole ("The evidence was not adequate to conclude
# whether X helped"): the authors' verdict, where an abstract has no conclusion of its own.
_VERDICT = re.compile(
    # (after an opening "Currently," or "At present,", as drafted "Now,": still the verdict)
    r"^(?:(?:Now|Currently|At present|To date|At this time|So far),? )?"
    r"(?:(?:The |This |Overall,? the )?(?:current |available )?evidence (?:was|is|remains) "
    r"(?:not (?:adequate|enough|sufficient)|(?:in)?sufficient|inadequate|unclear|uncertain)\b"
    # ("There is an insufficient evidence to assess X": the paper's own article kept)
    r"|There (?:is|was) (?:currently |now |still |at present |so far )?(?:no|not enough|"
    r"(?:an )?insufficient|little) (?:\w+ ){0,2}evidence\b"
    # the review's own verdict said among its results: "We found little evidence to support or
    # refute X" (as drafted, "The review authors found ...")
    r"|(?:The review authors|We) found (?:no|little|insufficient|not enough) (?:\w+ ){0,2}"
    r"evidence\b"
    # the question itself left open: "It is uncertain whether X is helpful or harmful in Y"
    rf"|{_OPEN_QUESTION})",
    re.I,
)
VERDICT_GAIN = 8.0


# What a verdict judges the evidence on: the treatment itself ("on the effect of X", "to support
# the routine use of X", "as to whether X helped"), not one outcome ("to determine a difference
# in the number of transfusions", "for long-term outcomes", "in most of the comparisons").
_ON_THE_QUESTION = re.compile(
    r"\bevidence\b[^.;]{0,60}?\b(?:(?:use|effects?|effectiveness|efficacy|benefits?|role|value)"
    # (a list of what it judges: "the effect, safety or cost of using X"; never the effects
    # "on resolution of infection", one outcome)
    r"(?:(?:,|,? and|,? or) [\w-]+){0,3} (?:of|for)\b|whether\b)",
    re.I,
)


def judges_the_evidence(text: str) -> bool:
    """Whether a sentence is the authors' verdict on the evidence as a whole (`_VERDICT`) on
    the question the review asked (`_ON_THE_QUESTION`)."""
    return bool(_VERDICT.search(text)) and (
        bool(_ON_THE_QUESTION.search(text)) or bool(re.match(_OPEN_QUESTION, text, re.I))
    )


# a result that judges the evidence comes before the other results
# "Nevertheless, X", "Further, X": a concession to, or an addition besides, what was said
# before; the main finding is seldom the one that opens so.
_SECONDARY = re.compile(
    r"^(?:However|Nevertheless|Nonetheless|Even so|Still|Yet|In contrast|By contrast|Conversely|"
    r"On the other hand|On the contrary|"
    r"Further|Also|In addition|Additionally|Furthermore|Moreover|Similarly|Likewise),\s"
    # "Only the higher dose reduced X": a contrast with what was said before (the lower dose
    # helped with something else), misleading read alone
    r"|^Only (?!(?:one|two|three|a few|\d+) )"
    # a heading run into the sentence: "Secondary results measured X ..."
    r"|^Secondary (?:results|outcomes)\b",
)
SECONDARY_COST = 12.0  # more than one place down the authors' conclusions
# A turn against what was said before (not an addition to it): after no finding, the finding.
_CONTRAST = re.compile(
    r"^(?:However|Nevertheless|Nonetheless|Even so|Still|Yet|In contrast|By contrast|Conversely|"
    r"On the other hand|On the contrary),\s"
)

# A result a review gives of named studies, cited by author and year ("McComsey 2008 and
# Milinkovic 2007 showed ..."): what one or two of its studies found, not what the review found,
# and the names mean nothing to a reader of the headline (CD007497).
_CITE = r"(?!(?:The|This|These|In|A|An)\b)[A-Z][a-z][\w'-]*(?: et al\.?)? \(?(?:19|20)\d\d[a-z]?\)?"
_CITED_STUDIES = re.compile(
    rf"^(?:In )?{_CITE}(?:(?:,|;| and| &) {_CITE})*(?: (?:both |also )?(?:showed|found|"
    r"reported|demonstrated|observed|noted|described|saw)\b|, [a-z])"
    # ... or by count: "One study reported no difference whereas the second reported X", "In one
    # trial, X fell"
    r"|^(?:In )?(?:[Oo]ne|[Aa] single) (?:of the )?(?:included )?(?:study|trial)\b"
)

# A result of part of the evidence only: a subgroup or sensitivity analysis ("A subgroup
# analysis showed ...", "Benefit was apparent when considering only higher quality studies",
# "... whereas the high-risk studies showed a benefit"). Read alone as the headline it says
# what the whole study found; the result for all comes first.
_PART_ONLY = re.compile(
    r"\b(?:sub-?group|sensitivity|per-?protocol|post[- ]hoc) analys[ie]s\b"
    # a sensitivity analysis said without its name: "Results were most sensitive to drug prices"
    # (the lead's hand-written economic model t12 headed with it over its base case)
    r"|^(?:The )?(?:results?|findings|estimates?|conclusions?|cost-effectiveness) (?:was|were|"
    r"is|are|remained) (?:most |very |highly |particularly |quite )?(?:sensitive|insensitive|"
    r"robust) to\b"
    r"|\bwhen (?:considering|including|analy[sz]ing|pooling|restricted to|restricting to|"
    r"limited to|looking at) only\b"
    r"|\b(?:when|if) only (?:the )?(?:[\w-]+ ){0,2}(?:studies|trials) (?:were|are) "
    r"(?:included|considered|analy[sz]ed|pooled)\b"
    r"|\bwhereas (?:the )?(?:[\w-]+ ){0,2}(?:studies|trials) showed\b"
    # the evidence narrowed to some people or trials: "In the three trials restricted to
    # persons with X, benefits were similar", "in the subgroup of women"
    r"|\b(?:restricted|limited|confined) to (?:the )?(?:[\w-]+ )?(?:persons|people|patients|"
    r"participants|women|men|children|adults|infants|those|trials|studies)\b"
    r"|\bin (?:the|a|this) sub-?groups? (?:of|with)\b"
    # where the effect lay: "the drop in deaths was due mostly to the drop in the 60- to
    # 79-year-old patient subgroup"
    r"|\b(?:due|owing) (?:\w+ )?to (?:[\w-]+ ){0,4}?in (?:the|a|one) (?:[\w-]+ ){0,5}?"
    r"sub-?groups?\b",
    re.I,
)


def part_only(text: str) -> bool:
    """Whether a sentence gives the result of part of the evidence only (`_PART_ONLY`)."""
    return bool(_PART_ONLY.search(text))


def side_result(text: str, paper: str = "") -> bool:
    """Whether a result is of part of the evidence only (`part_only`) or of one or two named
    studies (`_CITED_STUDIES`): a side result, never the main finding of a review or trial
    whose authors conclude on the whole."""
    return part_only(f"{text} {paper}") or bool(_CITED_STUDIES.match(text))


# "X is the earliest difference between A and B, and our findings demonstrate that Y": the
# authors give what was known before their own finding; Y, split off as a sentence of its own,
# is what they found.
_FINDING_AFTER = re.compile(
    r"[,;] and (?:our|these|the present|the) (?:findings|results|data|observations) "
    r"(?:demonstrate|show|reveal|establish|indicate|suggest)\w* that\b",
    re.I,
)
CONTEXT_COST = 25.0  # as much as a sentence that states no finding (`AMOUNT_ONLY_COST`)


# "Evidence is insufficient to support a particular agent, although X may be preferred, given
# its availability": what a subordinate clause of the paper's sentence says ("although",
# "whereas") is an aside to its main clause, even once the drafter gives it as a sentence of
# its own.
_SUBORDINATE = re.compile(r"[,;]\s+(?:although|though|even though|while|whilst|whereas)\s+", re.I)


def _opening(text: str, words: int = 4) -> str:
    """The first `words` words of a drafted piece, lower-cased: what finds the place in the
    paper's sentence the piece was cut from."""
    return " ".join(text.split()[:words]).lower()


def subordinate_half(text: str, paper: str) -> bool:
    """Whether `text` opens as the paper's sentence does after its ", although" or ", whereas"
    (`_SUBORDINATE`), and not as it does before: the aside of a sentence split in two."""
    m = _SUBORDINATE.search(paper)
    if m is None:
        return False
    # (the drafter gives the clause as "But X": its "but" is no word of the paper's)
    opening = _opening(re.sub(r"^(?:But|Yet|And) ", "", text))
    return (
        bool(opening)
        and opening in paper[m.end() :].lower()
        and opening not in paper[: m.start()].lower()
    )


def before_the_finding(text: str, paper: str) -> bool:
    """Whether `text` is the part of the paper's sentence before "..., and our findings show
    that Y" (`_FINDING_AFTER`): the scene the authors set, not what they found."""
    m = _FINDING_AFTER.search(paper)
    if m is None:
        return False
    opening = _opening(text)
    return bool(opening) and opening in paper[: m.start()].lower()


# The claim the authors say they argue for or conclude ("We argue that serum X is ready for use
# in routine care", "We conclude that gut bacteria may play a part in MS", "Within this
# framework, we present evidence to support the notion that X"): a narrative
# review's or a conceptual paper's main claim, wherever it stands among its last sentences.
_ARGUED = re.compile(
    r"^(?:[A-Z][\w ]{0,40},\s+)?(?:we|the (?:review )?authors|the researchers) (?:here )?"
    r"(?:argue[sd]?|propose[sd]?|contend(?:ed|s)?|posit(?:ed|s)?|conclude[sd]?|"
    r"present (?:\w+ )?evidence "
    r"(?:to support|supporting|for) the (?:notion|idea|view|hypothesis|concept)) that\b",
    re.I,
)


ARGUED_GAIN = 8.0  # and it is their main claim: it outweighs a hard word or two


# The authors' verdict on using the treatment, weighed over its gains and harms: "Current
# evidence does not support the use of mesh repair compared with native tissue repair owing to
# increased illness" (CD004014, after a conclusion on what mesh repair did better): the bottom
# line of the review wherever it stands, as a claim they argue for is (`_ARGUED`).
_USE_VERDICT = re.compile(
    r"^(?:(?:The|Current|Available|The current|The available|This|Our) )?(?:current |available )?"
    r"(?:evidence|data|findings|results) (?:does|do) not support the (?:routine |general |wider )?"
    r"use of\b",
    re.I,
)


# A claim the authors say is shown for the first time ("However, for the first time, X was
# found to have a strong link with Y", "We show for the first time that X", "X was identified
# as a treatment for Y for the first time"): the paper's news, over a null result before it.
# Never a first of the people studied ("those having surgery for the first time").
_FIRST_SHOWN = re.compile(
    r"^(?:(?:However|But|Here|Thus|Moreover|Importantly|In this study|In addition),? )?"
    r"for the first time,"
    r"|\b(?:show|demonstrate|report|reveal|identif(?:y|ie)|describe|establish|suggest|found|find)"
    r"(?:s|ed|d)? (?:here )?for the first time\b"
    r"|\bfor the first time\.?$",
    re.I,
)
FIRST_SHOWN_GAIN = 25.0  # as much as a finding is worth over none (`AMOUNT_ONLY_COST`)


def _argued_claim(text: str, paper: str) -> bool:
    """Whether `text` opens the claim of the paper's sentence the authors say they argue for
    or conclude (`_ARGUED`): its first piece, never a later one split off it ("...; there is
    no long-term data on their effect")."""
    m = _ARGUED.match(paper)
    if m is None:
        return False
    own = _ARGUED.match(text)  # the piece as drafted: "The review authors conclude that X"
    opening = _opening(text[own.end() if own else 0 :], 3)
    return bool(opening) and paper[m.end() :].lower().lstrip().startswith(opening)


def _secondary_in_paper(text: str, paper: str) -> bool:
    """Whether the paper opens `text`'s sentence with a word that adds it to, or sets it
    against, the one before ("Moreover, falls in sales may not ...") that the drafter edited
    away: among the authors' conclusions, an aside to what they said before all the same (a
    result so opened may be the one the results build up to)."""
    m = _SECONDARY.match(paper)
    if m is None or not m.group(0).strip():
        return False
    opening = _opening(text)
    return bool(opening) and paper[m.end() :].lower().startswith(opening)


# A result given only as counts for each group ("Worsening occurred in 14 of 43 people given X
# and 22 of 43 given Y"): read as a headline it leaves the reader to work out which way it went;
# the authors' conclusion that says it, even a long one, heads first.
_COUNTS_ONLY = re.compile(
    r"\b\d+ (?:of|out of) (?:the )?\d+\b[^.;]*?\b(?:and|versus|vs|compared with|against)\b"
    r"[^.;]*?\b\d+ (?:of|out of) (?:the )?\d+\b"
)
COUNTS_ONLY_COST = 8.0


def counts_only(text: str) -> bool:
    """Whether a result gives only each group's counts, not which way it went (`_COUNTS_ONLY`)."""
    return bool(_COUNTS_ONLY.search(text)) and not says_which_way(text)


# A result that the treatment raised the risk of something ("Use of X is linked with increased
# risk of collapsed lung", "X increased the risk of bleeding"): its harm. Where a result before
# it says what the treatment did for what it was given for ("X is linked with lower risk of
# treatment failure and fewer deaths"), that is the main finding and the harm is said beside it
# (a reader's headline for a breathing-support review named only the harm); where no such result
# comes first, the raised risk may be what the study was about ("Drug A carried a higher risk of
# pneumonia than drug B") and it heads as before. ("higher rate of remission" is no harm.)
_RAISED_RISK = re.compile(
    r"\b(?:increased|higher|greater|raised|elevated) (?:\w+ )?risks? of\b"
    r"|\b(?:increased?|increases|raised?|raises|doubled) the (?:\w+ )?risks? of\b"
    # a side effect seen more often on one dose: "Headache and nausea were more common with
    # 30 mg" (a hand-written dose-ranging trial headed with it over its main result)
    r"|\b(?:was|were) (?:more|most) (?:common|frequent)(?:ly reported)? (?:with|on) (?:the "
    r"(?:higher|highest|larger|largest) doses?\b|\d+(?:\.\d+)? ?(?:mg|g|mcg|µg|ml|IU|units?)\b)",
    re.I,
)
HARM_AFTER_COST = 8.0  # more than two places down the results, and a long first result's length


def raises_a_risk(text: str) -> bool:
    """Whether a result says a risk of something rose (`_RAISED_RISK`): a harm, whose place is
    after the result that says what the treatment did for what it was given for."""
    return bool(_RAISED_RISK.search(text))


def rank_of(s: PlainSentence, conclusion: bool, position: int, n: int, paper: str = "") -> float:
    """Lower is better: the authors' first conclusion, easy words, a headline's length;
    `paper` is the sentence as the paper says it (a piece split off a subgroup analysis's
    sentence is of the subgroup too)."""
    # The authors' first conclusion is their main one: its place outweighs a few extra words.
    # The claim they say they argue for is their main one wherever it stands (`_ARGUED`).
    argued = conclusion and _argued_claim(s.text, paper)
    # (the verdict on use takes the first place, without the argued claim's gain over hard words)
    position = 0 if argued or (conclusion and _USE_VERDICT.match(s.text)) else position
    rank = (10.0 if conclusion else 4.0) * position + (0.0 if conclusion else 10.0)
    rank -= ARGUED_GAIN if argued else 0.0
    rank -= FIRST_SHOWN_GAIN if _FIRST_SHOWN.search(paper or s.text) else 0.0
    if not conclusion and _VERDICT.search(s.text):
        rank -= VERDICT_GAIN
    if not conclusion and counts_only(s.text):
        rank += COUNTS_ONLY_COST
    if (
        _SECONDARY.match(s.text)
        # (after no finding, "However, this review found X" is the finding: "To date, no
        # strong data on A are available. However, ..."; "Moreover, X" is still one more)
        or (
            conclusion
            and (position > 0 or not _CONTRAST.match(paper))
            and _secondary_in_paper(s.text, paper)
        )
        or side_result(s.text, paper)
    ):
        rank += SECONDARY_COST
    elif subordinate_half(s.text, paper):
        rank += SECONDARY_COST
    if before_the_finding(s.text, paper):
        rank += CONTEXT_COST
    rank += 0.15 * max(0.0, s.cost)
    rank += 0.0 if IDEAL_WORDS[0] <= n <= IDEAL_WORDS[1] else 3.0 + 0.5 * (n - IDEAL_WORDS[1])
    rank += 8.0 if s.hard else 0.0
    return rank
