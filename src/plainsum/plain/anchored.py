"""Whether a result names what it is about: its subject, its comparison, its starting point.

A sentence of the results that does not name them reads, in a draft, as about whatever was said
before it: "The assumed risk was 38 per 100" (of what, in whom), "Expression was measured 72h
later" (later than what), "The other group had more falls" (other than which). In a paper of
several comparisons, "There were no differences in clinical remission" is also the result of
one comparison it does not name (CD006096 put a beclometasone result under budesonide's); in a
paper of one comparison, the reader knows which. Such a
sentence is shown only right after the sentence that names what it leans on (`pick.leans`).
"""

from __future__ import annotations

import re

from .. import caseless

__all__ = [
    "after_semicolon",
    "comparison_unnamed",
    "context_unnamed",
    "controlled",
    "rate_of_no_group",
    "groups_unnamed",
    "several_comparisons",
    "unanchored",
]

# "There were no differences in clinical remission at 8 weeks": a difference in an outcome it
# names, between treatments it does not.
_NO_DIFFERENCE_IN = re.compile(
    r"^(?:There (?:was|were|is|are|may be|might be|could be|would be)"
    # "There is probably no difference in ...", "There may be little to no difference in ..."
    r"(?: (?:probably|likely|possibly))? (?:little (?:or|to) )?no|No)"
    # "There was no evidence of a difference in ..."
    r" (?:(?:clear |good )?evidence (?:of|for) (?:an? )?)?"
    r"(?:clear |significant |statistically significant |important |meaningful )?"
    r"differences? (?:(?:was|were) (?:found|seen|noted|observed|detected|shown) )?"
    r"(?:in|for|on|regarding|as to)\b",
    re.I,
)
# Words by which a sentence names what it compared, or who had the treatment.
_NAMES_COMPARISON = re.compile(
    r"\b(?:compared|comparing|versus|vs|than|relative to|between|with|without|receiving|"
    r"received|given|taking|treated|using|after|following|groups?|arms?)\b",
    re.I,
)
# "the other group": other than one said just before.
_OTHER_GROUP = re.compile(r"\bthe other (?:treatment |study )?(?:groups?|arms?)\b", re.I)
_GROUP_NAMED = re.compile(
    r"\b(?!(?:both|either|neither|other|two|each|treatment|study)\b)[\w-]+ (?:groups?|arms?)\b"
    r"|\b(?:compared|comparing|versus|vs|than)\b",
    re.I,
)
# A reference risk that names neither its outcome nor its group ("The assumed risk was 38 per
# 100"): a figure of the comparison said before it.
_BARE_REFERENCE = re.compile(
    r"^(?:The )?(?:assumed|baseline|control group|expected|illustrative) risks? "
    r"(?:was|were|is|are)\b",
    re.I,
)
# "Transgene expression was measured 72h later": later than an event the sentence does not
# name ("... injected, and expression was measured 72h later" names it).
_LATER = re.compile(
    r"^(?P<before>[^,;]*?)\b(?:\d+(?:\.\d+)? ?(?:h|hrs?|hours?|days?|weeks?|months?|years?)|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|some|a few) "
    r"(?:\w+ )?(?:hours?|days?|weeks?|months?|years?)) later\b",
    re.I,
)
# "There was no difference seen at 48 weeks": in no outcome it names, between treatments it
# does not name: the sentence before said both.
_NO_DIFFERENCE_WHEN = re.compile(
    r"^There (?:was|were|is|are) no (?:clear |significant |statistically significant )?"
    r"differences? (?:(?:seen|found|noted|observed|detected|shown) )?(?:at|after|by|over|within)"
    r" [^,;]{0,30}$",
    re.I,
)
# ... or a time it names: "Higher vitamin D levels early in MS were linked to less disability 11
# years later", "measured at diagnosis ...", "in the first year ..."
_EVENT_NAMED = re.compile(
    r"\b(?:and|after|following|then|when|once|from|early|during|since|before|at (?:diagnosis|"
    r"baseline|onset|birth|entry|enrol\w*|the (?:start|outset|first \w+))|in (?:the first|"
    r"childhood|pregnancy|adolescence|youth))\b",
    re.I,
)
# "In the third trial, little or no difference ...", "The second study found ...": one of a
# list of trials the sentence before counted off.
_ORDINAL_ONE = re.compile(
    r"^(?:(?:In|For|Of) )?(?:the )?(?:first|second|third|fourth|fifth|sixth|latter|former) "
    r"(?:[\w-]+ )?(?:trial|study|RCT|group|arm|comparison|analysis)\b"
    # "In the first trial of 98 people": the trial is named by its size
    r"(?! (?:of|with|in|including) (?:about |around )?\d)",
    re.I,
)
# "the latter", "the former" point back at two things named; named in the sentence itself
# only after "and", "or", "versus" or "compared" ("A and B were compared; the latter ...").
_LATTER = re.compile(r"\bthe (?:latter|former)\b", re.I)
_PAIR_NAMED = re.compile(r"\b(?:and|or|versus|vs|compared|than)\b", re.I)
# "The review authors judged the evidence for this outcome to be low": an outcome, result or
# comparison of a sentence the draft may not show.
_THIS_OUTCOME = re.compile(
    r"^(?:(?!\b(?:and|but|with|in|on|of|reporting|reported|measured|for)\b)[^,;])*?"
    r"\b(?:evidence|certainty|quality)\b[^,;.]{0,40}?\bfor (?:this|that|these|those) "
    r"(?:outcomes?|results?|comparisons?|findings?)\b",
    re.I,
)
# "There was strong evidence of an effect of X on this outcome", "For this outcome, there was no
# difference", "No study in this comparison reported ...": the outcome or comparison is named in
# a sentence before, in the paper's first clause (after a comma, "..., but the data on this
# outcome was limited" points at the outcome the sentence named; "reporting on this outcome"
# at the one it named before).
_THIS_ONE_FIRST = re.compile(
    r"^(?:(?!\b(?:reporting|reported|measured|assessing|assessed)\b)[^,;])*?"
    r"\b(?:on|for|in|of|to) (?:this|that|these|those) (?:outcomes?|comparisons?|measures?|"
    r"end ?points?)\b",
    re.I,
)
# "The review authors were unable to verify the effect of other schedules": other than ones
# the sentence does not name.
_OTHER_THINGS = re.compile(
    r"\b(?:effects?|benefits?|harms?|role|value|use) of (?:the |any )?other (?!than\b)[a-z]+",
    re.I,
)


# "One followed major surgery; two followed a fall.", "Two were stopped early": a number with
# no noun after it counts things a sentence before named.
# ("Fourteen had stage 2 kidney injury while 22% had stage 3": fourteen of the children
# counted before, past twelve too)
_NUMBER_WORD = (
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
    r"(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teen|"
    r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?)"
)
# A lexical verb after a count or a share with no noun (never a participle before its noun:
# "Eight included studies were ...", "One randomised trial compared ...")
_COUNTED_VERB = (
    r"(?:used|followed|compared|reported|looked|included|tested|lasted|involved|recruited|"
    r"enrolled|measured|assessed|focused|examined|developed|died|recovered|improved|received|"
    r"needed|required|responded|stopped|withdrew|dropped|completed|altered|changed|manipulated|"
    r"investigated|evaluated|explored|targeted|placed|offered|gave|showed|found)\b"
    r"(?! (?:[\w-]+ )?(?:studies|study|trials|trial|RCTs|RCT|patients|people|participants|"
    r"children|adults|women|men|infants|outcomes|groups|arms|cohorts|reviews|papers|cases)\b)"
)
_COUNT_AS_SUBJECT = re.compile(
    rf"^(?:(?:{_NUMBER_WORD}|\d+(?![.,:/\d%])|The other (?:one|two|three|four|five|six|\d+)|"
    r"The remaining (?:one|two|three|four|five|six|\d+))(?: of them)? "
    # "Eight included studies were ...": a participle before its noun, not a verb ("Two were
    # prevention studies" is the verb "were" before its complement)
    rf"(?:(?:was|were|had|has|have|did|is|are|took)\b|{_COUNTED_VERB})"
    # ... or a share of them with no noun, doing something ("Most changed the distance ...",
    # "None reported harms"; "Most were small" after "The review included 23 trials" reads well)
    rf"|(?:Most|Many|Several|Some|Few|None|Both|Half|Neither|Either)(?: of them)? {_COUNTED_VERB})"
)
# "Analysis of the older children had similar findings", "Results were similar in women":
# similar to what, the sentence does not say (a result said before it). Similar "to", "as" or
# "with" something, or among things the sentence names anywhere ("A and B had similar effects",
# "similar in both groups", "similar between the two drugs") names it.
_SIMILAR = re.compile(
    r"(?:\b(?:was|were|is|are|remained|seemed|appeared|looked)(?: \w+)? similar\b"
    r"|\b(?:had|has|have|showed|show|shows|found|gave|yielded|produced|reported|saw) (?:a |very "
    r"|broadly )?similar (?:findings|results|effects?|outcomes?|patterns?|trends?|rates?|"
    r"benefits?|changes?|figures|estimates|levels|values)\b"
    r"|^Similar (?:findings|results|effects|patterns|trends|outcomes) (?:were|was|are)\b)"
    r"(?! (?:[\w-]+ ){0,3}?(?:to|as|with)\b)",
    re.I,
)
_SIMILAR_AMONG = re.compile(
    r"\b(?:and|or|versus|vs|compared|comparing|than|both|all|each|either|groups|arms|between|"
    r"across|among|amongst)\b"
    # "the medicines used were similar for overall effect": similar to one another
    r"|\b(?:medicines|drugs|treatments|therapies|interventions|methods|techniques|approaches|"
    r"regimens|programmes|programs|tests|devices|doses|products|options|agents|procedures|"
    r"strategies)\b"
    # "The two creams were similar", "similar in the three arms": the things compared, counted
    # ("people over 80 years" counts no things compared)
    r"|\bthe (?:two|three|four|five|six|\d+) [\w-]+s\b",
    re.I,
)
# "The matrix shows that ...", "Table 2 shows ...": a table or figure of the paper, which a
# summary's reader never sees.
_PAPER_EXHIBIT = re.compile(
    r"^(?:The |This |Our )?(?:matrix|table|figure|fig\.|graph|chart|diagram|flowchart|"
    r"forest plot|appendix|supplement)(?: \d+| [A-Z]\d*)? (?:shows|showed|show|gives|lists|"
    r"summari[sz]es|presents|illustrates|displays|indicates)\b",
    re.I,
)


# "A similar result was seen in studies looking at feedback devices": similar to the result
# said before it, whatever things the sentence names after (unless it says to what, or among
# which groups: "A similar rise was seen in both groups")
_A_SIMILAR = re.compile(
    r"^(?:An?|The) (?:very |broadly )?similar (?:[\w-]+ )?(?:findings?|results?|effects?|"
    r"patterns?|trends?|outcomes?|benefits?|changes?|improvements?|reductions?|rises?|"
    r"increases?|decreases?) (?:was|were|is|are|has been|have been|emerged|appeared)\b"
    r"(?! (?:[\w-]+ ){0,3}?(?:to|as|with)\b)(?![^.;]*\b(?:both|between|across|among|all|each|"
    r"either)\b)",
    re.I,
)


# "The results did not exclude the point of no effect, when the random-effects model was used",
# "The difference was no longer clear in the sensitivity analysis": the result said before it,
# analysed another way; alone it names no result
_ANALYSED_AGAIN = re.compile(
    r"^(?:The|This|These|That|Those) (?:results?|differences?|effects?|estimates?|findings?|"
    r"associations?|benefits?)\b[^.;]{0,80}?\b(?:when|with|using|in|under) (?:the |a )?"
    r"(?:random[- ]effects?|fixed[- ]effects?|sensitivity|per[- ]protocol|complete[- ]case)\b",
    re.I,
)


def _similar_to_nothing(text: str) -> bool:
    if _A_SIMILAR.match(text):
        return True
    m = _SIMILAR.search(text)
    return m is not None and not _SIMILAR_AMONG.search(text)


# "The outcome, percentage reduction in wound area, is less meaningful than complete healing":
# a comment on the outcome of a result said before it (CD002930's "Additionally, the outcome,
# ..."), read alone, about a result the reader has not met.
_THE_OUTCOME_ASIDE = re.compile(
    r"^(?:The|This|That|These) (?:primary |main |secondary |other )?(?:outcome|measure|"
    r"endpoint|end point|result|finding|estimate)s?, [^,]{3,80}, (?:is|was|are|were|may|might|"
    r"could|should|has|had|seems?|appears?)\b",
    re.I,
)
# "..., whereas the other two studies found no change": other than trials the sentence has not
# counted ("Two trials found X and the other three found Y" counts them).
_OTHER_COUNTED = re.compile(
    r"\bthe (?:other|remaining) (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:[\w-]+ )?(?:studies|trials|RCTs|reviews|papers|groups|arms|cohorts)\b",
    re.I,
)
_COUNTED = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) "
    r"(?:[\w-]+ ){0,2}(?:studies|study|trials?|RCTs?|reviews?|papers?|groups?|arms?|cohorts?)\b",
    re.I,
)


def _names_no_group(found: re.Pattern[str], text: str) -> bool:
    return bool(found.search(text)) and not _GROUP_NAMED.search(found.sub("", text))


# "In all studies a less radical treatment was compared with ...": in all of the studies the
# sentence before counts ("Seven RCTs assessed a medical intervention"); shown alone, it reads
# as true of all the review's (reader w2 at stop 56's freeze: CD007569, a review of 15 trials).
# ("All studies had a high risk of bias", without the "In", is said of the whole review.)
_IN_ALL_STUDIES = re.compile(r"^(?:But )?In all (?:of )?(?:the |these )?(?:studies|trials|RCTs)\b")


def unanchored(text: str) -> bool:
    """Whether a sentence points, in any paper, at something it does not name: a reference
    risk of nothing named, no difference "at 48 weeks" in nothing named, "72h later" than an
    event not said, "the other group" with no group named, "the third trial" of a list, "the
    latter" of a pair, the evidence "for this outcome", the effect "of other schedules", a
    count with no noun ("One followed surgery") or "the other two studies" of none counted."""
    if _BARE_REFERENCE.match(text) or _NO_DIFFERENCE_WHEN.match(text.rstrip(".")):
        return True
    later = caseless.match(_LATER, text)
    if later and not _EVENT_NAMED.search(later["before"]):
        return True
    if _ORDINAL_ONE.match(text) or _THIS_OUTCOME.match(text) or _THIS_ONE_FIRST.match(text):
        return True
    latter = _LATTER.search(text)
    if latter and not _PAIR_NAMED.search(text, 0, latter.start()):
        return True
    other = _OTHER_THINGS.search(text)
    if other and not _PAIR_NAMED.search(text, 0, other.start()):
        return True
    if _COUNT_AS_SUBJECT.match(text) or _THE_OUTCOME_ASIDE.match(text):
        return True
    if _similar_to_nothing(text) or _PAPER_EXHIBIT.match(text) or _ANALYSED_AGAIN.match(text):
        return True
    if _IN_ALL_STUDIES.match(text):
        return True
    rest = _OTHER_COUNTED.search(text)
    if rest and not _COUNTED.search(text, 0, rest.start()):
        return True
    return _names_no_group(_OTHER_GROUP, text)


def after_semicolon(sentence: str, piece: str) -> bool:
    """Whether `piece` is the part of `sentence` after a semicolon and names no comparison of
    its own ("X compared with Y reduced Z; there was no clear drop in deaths"): it is a
    result of the comparison before the semicolon."""
    opening = piece.lower().split()[:2]
    return not _NAMES_COMPARISON.search(piece) and any(
        part.lower().split()[:2] == opening for part in sentence.split(";")[1:]
    )


def comparison_unnamed(text: str) -> bool:
    """Whether a result names no comparison of its own: no difference in an outcome between
    treatments it does not say (in a paper of several comparisons, a result of one it does not
    name). "Both groups" is left alone: in a review the groups are those of the comparison the
    sentence before it named, and such results (harms among them) were lost (gate_identity)."""
    return bool(_NO_DIFFERENCE_IN.match(text)) and not _NAMES_COMPARISON.search(text)


# "in either group", "between the two arms", "neither group": the groups of a comparison the
# sentence does not name.
_THESE_GROUPS = re.compile(
    r"\b(?:either|both|neither|the two|each) (?:of the )?(?:treatment |study |trial )?"
    r"(?:groups?|arms?)\b"
    # "no difference between groups": of the comparison named before (CD006822: one 15-child
    # trial's null result shown without the trial, as the review's)
    r"|\bbetween (?:the )?(?:treatment |study |trial )?(?:groups|arms)\b"
    # "no difference between treatments in any measures of sputum clearance": of the two
    # treatments the comparison's heading named (CD001506, one 29-person trial's result shown
    # as the review's)
    r"|\bbetween (?:the )?(?:two )?(?:treatments|interventions|therapies|drugs|regimens)\b",
    re.I,
)
# "Neither study reported side effects", "Both trials found ...": the studies just named.
_THESE_STUDIES = re.compile(
    r"^(?:But )?(?:Neither|Both|Each) (?:of the )?(?:[\w-]+ )?(?:studies|study|trials?|RCTs?)\b",
    re.I,
)
# "No side effects occurred.", "Side effects were reported in three people: ...": events of no
# treatment and no trial named.
_BARE_EVENTS = re.compile(
    r"^(?:No|There (?:were|was) no) (?:serious |major |severe |other )?(?:adverse events?|"
    r"side effects?|"
    r"unwanted events?|harmful effects?|adverse effects?|complications?|harms?|"
    r"health problems?)(?: (?:occurred|"
    r"were (?:reported|"
    r"seen|observed|recorded|found)))?\.?$"
    r"|^(?:Adverse events|Side effects|Adverse effects|Complications) (?:were (?:reported|seen|"
    r"observed|recorded)|occurred) in (?:[\w-]+ )?(?:participants|patients|people)\b",
    re.I,
)


def groups_unnamed(text: str) -> bool:
    """Whether a result speaks of the groups of a comparison it does not name ("similar in
    both groups"), or of no difference between treatments it does not say."""
    return comparison_unnamed(text) or _names_no_group(_THESE_GROUPS, text)


def context_unnamed(text: str) -> bool:
    """Whether a result is true only of a comparison or trial the sentence before it names: no
    difference between treatments it does not say (`comparison_unnamed`), the groups or studies
    of a comparison it does not name ("no bleeding in either group", "Neither study reported
    harms"), or events of no treatment named ("No side effects occurred.")."""
    return bool(
        comparison_unnamed(text)
        or _names_no_group(_THESE_GROUPS, text)
        or _THESE_STUDIES.match(text)
        or _BARE_EVENTS.match(text)
    )


# "budesonide versus placebo", "beclometasone dipropionate vs mesalazine": one comparison.
_VERSUS = re.compile(r"\b([\w-]+) (?:versus|vs\.?) (?:the )?([\w-]+)", re.I)


def several_comparisons(text: str, headings: int = 0) -> bool:
    """Whether a paper compares several things: two comparison headings or more (`headings`,
    as `comparisons.comparators` read them), or two different "X versus Y" in its text."""
    pairs = {(a.lower(), b.lower()) for a, b in _VERSUS.findall(text)}
    return headings >= 2 or len(pairs) >= 2


# "Adverse events occurred in 4.2% of children, which ...": a rate of events in a share of the
# people with no group named. In a paper that compares groups the rate is one group's (CD010638:
# the control group's 4.2%, two sentences after the treated group's 75%), never all of them.
_RATE_OF_NO_GROUP = re.compile(
    r"^(?:[\w-]+ ){0,3}?(?:adverse events?|side effects?|unwanted events?|harmful effects?|"
    r"adverse effects?|complications?|harms?|health problems?|reactions?|infections?|deaths?)"
    r" (?:occurred|were (?:reported|seen|observed|recorded|present|found|noted)|was (?:reported|"
    r"seen|observed|recorded|present|found|noted)) in (?:about |around |only |nearly )?"
    r"(?:\d+(?:\.\d+)?\s?%|\d+ (?:of|out of) \d+)(?: of)?(?: the)? (?:participants|patients|"
    r"people|children|women|men|adults|infants|babies|subjects|persons)\b"
    r"(?![^.;]*\b(?:groups?|arms?|receiving|received|given|taking|treated|on placebo|with placebo|"
    r"versus|vs|compared|than|both|each)\b)",
    re.I,
)
# A paper that compares groups: a control or placebo group, or one thing "versus" another.
_CONTROLLED = re.compile(
    r"\b(?:control(?:led)? (?:group|arm|condition|intervention)s?|placebo|versus|vs\.?|"
    r"compared (?:with|to))\b",
    re.I,
)


def rate_of_no_group(text: str) -> bool:
    """Whether a drafted result gives a rate of events in a share of the people and names no
    group that had it ("Unwanted events occurred in 4.2% of children.")."""
    return bool(_RATE_OF_NO_GROUP.match(text))


def controlled(text: str) -> bool:
    """Whether a paper's text compares groups (a control or placebo group, "versus")."""
    return bool(_CONTROLLED.search(text))
