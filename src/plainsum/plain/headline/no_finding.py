"""What an authors' conclusion says that is no finding: how much is known, how the trials were
run or reported, where the evidence comes from, what someone should do, a maxim of the method,
research still to be done, what is in use (the question's scene), the point a sentence concedes
before its claim.

A conclusion part holds these beside the finding ("Women could be given information on both
methods", "We found a lack of consistent reporting", "Most of the evidence was obtained in
cardiac surgery"). Each is true, and none says what the treatment did: where the authors'
conclusions or the results state a finding, it heads instead (`choose`).
"""

from __future__ import annotations

import re

__all__ = ["bookkeeping", "conceded", "in_use", "reports_only", "says_no_finding"]

# "Limited data on X exist": how much is known, not what it shows. A conclusion that says which
# way things went (said a sentence or two later) is the finding.
# ("To date, no strong data on survival, response rate, quality of life, or short- and
# long-term harms are available": none, on a list of outcomes)
_AMOUNT_ONLY = re.compile(
    r"^(?:(?:To date|So far|At present|Currently|As yet|Now),? )?(?:Only )?"
    r"(?:Limited|Little|Few|Sparse|Scarce|Some|No) (?:\w+ )?(?:data|evidence|information|"
    r"studies|research)(?: (?:on|about|regarding|for|of) [^;]+?)? (?:exists?|is available|are "
    r"available|(?:has|have) been (?:published|reported|done))$",
    re.I,
)
# "There is a lack of data about which of the drugs is most helpful or safe": which is best is
# not known, how much is known; a conclusion after it that says one did better is the finding.
_WHICH_BEST_UNKNOWN = re.compile(
    r"^There (?:is|was|are) (?:a |an )?(?:lack|paucity|dearth|shortage|absence|scarcity) of "
    r"(?:[\w-]+ )?(?:data|evidence|information|studies|trials) (?:about|regarding|on|as to|"
    r"concerning) which\b[^;]{3,140}? (?:is|are|was|were) (?:the )?(?:most|more|best|better|"
    r"least)\b",
    re.I,
)
# "Only two small trials of X have been done": how few trials there are, not what they found.
_FEW_DONE = re.compile(
    r"^Only (?:one|two|three|four|five|a few|a small number of|\d+) (?:[\w-]+ ){0,4}"
    r"(?:trials?|studies|RCTs)(?: (?:of|on|in|with) [^,;]+?)? (?:ha(?:ve|s) been|(?:was|were)) "
    r"(?:done|conducted|published|carried out|performed|run)$",
    re.I,
)
# "Most studies had a high risk of selective reporting", "No studies provided data for relapse":
# how the trials were run or what they reported, not what the treatment did.
_TRIALS_ONLY = re.compile(
    r"^(?:(?:Most|Many|All|Some|Several|The majority of|Half of|\w+ of the) )?(?:the )?"
    r"(?:[\w-]+ )?(?:studies|trials|RCTs)(?: \w+){0,3} (?:had|have|was|were|are) (?:at )?(?:an? )?"
    r"(?:high|low|unclear|serious) risk of (?:[\w-]+ )?(?:bias|selective (?:outcome )?reporting)\b"
    r"|^(?:No|None of the|Few|Only (?:one|two|a few)) (?:[\w-]+ ){0,2}(?:studies|trials|RCTs) "
    r"(?:provided|reported|gave|had) (?:any )?(?:usable )?(?:data|information)\b",
    re.I,
)
# What someone should do, said as advice to a reader who is not the reader of a lay summary:
# "Women could be given information on the benefits and harms of both methods", "Clinicians
# should consider whether ...". (Said of the treatment, "X should be offered to people with Y",
# it is the authors' recommendation from a finding stated elsewhere.)
_ADVICE = re.compile(
    r"^(?:(?:Women|Patients|Parents|Families|People|Carers)(?: [\w-]+){0,3} (?:could|should|"
    r"must|might) be (?:given|offered|told|informed|advised|counselled|counseled)"
    r"|(?:Clinicians|Doctors|Physicians|Practitioners|Health ?care (?:providers|professionals|"
    r"workers)|Health professionals|Nurses|Midwives|Policy-?makers|Decision-?makers) (?:should|"
    r"must|could|may wish to|need to|ought to)\b)",
    re.I,
)
# A call for research the shared patterns miss: "Good studies could be conducted to further
# check X", "Further research could be performed evaluating X".
_STUDIES_TO_COME = re.compile(
    r"^(?:(?:Good|Further|More|Future|Larger|New|Well-designed|High-quality|Rigorous|Adequately "
    r"powered)[\w -]{0,40} )?(?:studies|trials|research|work)(?: [\w-]+){0,6}? (?:could|should|"
    r"might|may|must|"
    r"would) be (?:conducted|performed|done|carried out|undertaken|designed)\b",
    re.I,
)
# A maxim of the method, true of any review: "Absence of evidence of effect is not evidence of
# no effect".
_MAXIM = re.compile(
    r"^(?:The )?absence of evidence (?:of (?:an? )?(?:effect|benefit) )?(?:is not|does not mean)",
    re.I,
)
# How the studies reported, or how an analysis held up: "We found a lack of consistent
# reporting", "The direction of the evidence remained unchanged".
_REPORTING = re.compile(
    r"^(?:(?:The (?:review )?authors|We|The researchers) (?:found|noted|observed) )?(?:an? )?"
    r"(?:lack of|poor|inconsistent|incomplete|variable|selective) (?:consistent |standardi[sz]ed "
    r"|outcome )?reporting\b"
    r"|^(?:The )?(?:direction|size|magnitude) of the (?:evidence|effects?|results?|findings) "
    r"(?:remained (?:unchanged|the same|similar)|(?:was|were) unchanged|did not change)(?! (?:to|"
    r"from|with)\b)",
    re.I,
)
# What was reported or measured, and in which studies ("Patient-reported altered sensation was
# partially reported in one study and fully reported in another", "Pain was measured in three
# trials", "No studies reported on quality of life"): what the studies gave, never what they
# found (CD005293 headed with the first, a procedure review whose result was an improvement).
# Never a rate ("Relapses were reported in 12% of people"): that is a result.
_COUNTED = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|all|both|some|most|few|several|"
    r"only one|only two|each|another|the other|none)"
)
_REPORTED_WHERE = re.compile(
    r"^[^,;]{3,120}? (?:was|were|had been) (?:\w+ )?(?:reported|measured|assessed|recorded|"
    r"collected|evaluated|described)(?: (?:only|fully|partially|separately|adequately))? "
    rf"(?:in|by) (?:only )?{_COUNTED}(?: of the)?(?: (?:included|eligible|small|other))?"
    r"(?: (?:study|studies|trials?|RCTs?|reports?|papers))?"
    r"(?: and (?:\w+ )?(?:reported|measured|assessed|recorded)? ?(?:in|by) (?:only )?"
    rf"{_COUNTED}(?: (?:study|studies|trials?))?)?$"
    r"|^(?:No|None of the|Few|Only (?:one|two|a few)) (?:[\w-]+ ){0,2}(?:studies|trials|RCTs) "
    r"(?:reported|measured|assessed|recorded|looked at|examined) (?:on |data on )?",
    re.I,
)
# Where the evidence comes from, or how it was laid out, not what it shows: "Most of the
# evidence derived by comparing X with placebo was obtained in cardiac surgery".
_PROVENANCE = re.compile(
    r"^(?:Most|Much|All|Some|Half|Part|The majority) of the (?:evidence|data|information)\b"
    r"[^.;]{0,120}?\b(?:was|were|is|are|came|comes) (?:obtained|collected|gathered|derived|"
    r"drawn|from)\b"
    # how the analysis was laid out: "The data were separated into 12 comparisons"
    r"|^(?:The )?(?:data|results|studies|trials) (?:were|was) (?:separated|divided|grouped|split|"
    r"organi[sz]ed|sorted) into\b|^There (?:were|are) (?:\w+ )?comparisons\b",
    re.I,
)


# What is in use, the scene of the question, not what the study found: "A wide range of non
# drug treatments are used for stiff muscles in MS", "Steroids are commonly given for relapses".
_IN_USE = re.compile(
    r"^(?:An? (?:wide |broad |large )?(?:range|variety|number) of|Many|Several|Various|Numerous|"
    r"Different) [^.;,]{3,100}? (?:are|is) (?:\w+ly )?(?:used|available|given|offered|prescribed|"
    r"employed|applied)\b"
    # ... after what it goes against: "Despite recommendations limited to X, Y is widely used"
    r"|^(?:Despite [^,;.]{3,120}, )?[^,;.]{3,80}? (?:is|are) (?:widely|commonly|often|frequently|"
    r"increasingly|routinely) (?:used|prescribed|given|offered|employed|sold|taken|bought)\b"
    r"(?![^.]*\b(?:but|yet|although|however)\b)"
    # what others have put forward: "New treatments have been suggested to keep X"
    r"|^[^,;.]{3,120}? (?:has|have) been (?:suggested|proposed|put forward|considered)\b",
    re.I,
)


def in_use(text: str) -> bool:
    """Whether `text` says only what is in use, the scene of the question (`_IN_USE`)."""
    return bool(_IN_USE.match(text))


# Measurements said to agree with each other or with what was expected ("Biochemical results
# were highly inter-correlated and in line with the expected relationship between X and Y"): a
# check that the data hold together, not what the study found.
_AS_EXPECTED = re.compile(
    r"^(?:The |All |Most )?(?:[\w-]+ ){0,2}(?:results|measures|measurements|values|data|tests|"
    r"readings) (?:were|was) (?:[\w-]+ ){0,3}?(?:inter-?correlated|correlated with (?:each other|"
    r"one another)|(?:consistent|in line|in keeping|in agreement) with (?:the |what was )?"
    r"expect\w*)\b",
    re.I,
)


# How sure the evidence is, said alone: "The evidence quality was very low and the review
# authors are uncertain about the estimates" (a grade, no finding).
_GRADED_ONLY = re.compile(
    r"^(?:The )?(?:(?:quality|certainty) of (?:the )?evidence|evidence (?:quality|certainty)) "
    r"(?:was|is|were) (?:very )?(?:low|poor)\b(?!.*\b(?:that|suggests?|shows?)\b)",
    re.I,
)


# How little is known of the long term alone: "There is not enough evidence about the long-term
# clinical outcomes", "There were not enough data to make a conclusion about long-term benefits
# and harms of X" (what the trials found in the short term is the finding).
_LONG_TERM_UNKNOWN = re.compile(
    r"^There (?:is|are|was|were) (?:still |currently |now )?(?:not enough|insufficient|no|little|"
    r"limited) (?:\w+ )?(?:data|evidence|information)\b[^.;]{0,50}?\b(?:about|on|regarding|for|"
    r"of) (?:the )?long-term\b",
    re.I,
)


# The review's own bookkeeping: studies it has yet to sort that may change what it concludes
# ("The 12 studies awaiting classification may alter the conclusions of the review once
# assessed"), or which of its studies gave data enough for an analysis ("Eight trials permitted
# quantitative analysis of the effect by age", "Six studies provided enough data for pooling").
# How the review was done and what may yet change it, never what it found.
_REVIEW_PROCESS = re.compile(
    r"\bawaiting (?:classification|assessment)\b"
    r"|\b(?:may|might|could|will|would) (?:\w+ )?(?:alter|change|affect) (?:the |our )?"
    r"(?:conclusions|results|findings) of (?:this|the|our) (?:review|update)\b"
    r"|\b(?:conclusions|results|findings) of (?:this|the|our) (?:review|update) (?:may|might|"
    r"could|will|would) (?:\w+ )?(?:alter|change)\b"
    r"|^(?:[\w-]+ ){1,4}(?:permitted|allowed|enabled|(?:provided|gave|reported) (?:sufficient |"
    r"enough |adequate )?(?:data|information) for) (?:an? |the )?(?:quantitative |statistical |"
    r"meta-|pooled |further |subgroup )*(?:analys[ie]s|pooling|meta-analys[ie]s)\b",
    re.I,
)


def bookkeeping(text: str) -> bool:
    """Whether `text` is the review's own bookkeeping (`_REVIEW_PROCESS`): never a headline,
    even where nothing else can head."""
    return bool(_REVIEW_PROCESS.search(text))


def reports_only(text: str) -> bool:
    """Whether `text` says only what was reported or measured, and in which studies
    (`_REPORTED_WHERE`): never a headline, even where nothing else can head (a template names
    what was looked at)."""
    return bool(_REPORTED_WHERE.search(text.rstrip(".")))


def says_no_finding(text: str) -> bool:
    """Whether `text` says only how much is known, how the trials were run or reported, where
    the evidence comes from, what someone should do, or that the measurements agree as
    expected: no finding."""
    return bool(
        _AMOUNT_ONLY.match(text)
        or _WHICH_BEST_UNKNOWN.match(text)
        or _FEW_DONE.match(text)
        or _TRIALS_ONLY.search(text)
        or _ADVICE.match(text)
        or _REPORTING.search(text)
        or reports_only(text)
        or _PROVENANCE.match(text)
        or _MAXIM.match(text)
        or _STUDIES_TO_COME.match(text)
        or _IN_USE.match(text)
        or _AS_EXPECTED.match(text)
        or _GRADED_ONLY.match(text)
        or _LONG_TERM_UNKNOWN.match(text)
    )


# A sentence that concedes a point before its claim: "Although the data appeared to show X, we
# are uncertain of this finding".
_CONCESSION = re.compile(r"^(?:Although|Though|Even though|While|Whilst|Despite)\b", re.I)


def conceded(piece: str, sentence: str) -> bool:
    """Whether `piece`, split off the paper's `sentence` by an edit ("Although X, Y" ->
    "X." "But Y."), is the point the sentence concedes, not its claim: never said as the
    authors' finding without the claim that doubts it."""
    if piece.startswith(("But ", "Yet ")):
        return False
    if without_its_worry(piece, sentence):
        return True  # "X is effective, but its side effects are worrisome": X alone misleads
    if not _CONCESSION.match(sentence):
        return False
    return not _CONCESSION.match(piece)  # the whole sentence, edited, opens as the paper's does


def without_its_worry(piece: str, sentence: str) -> bool:
    """Whether `piece` is the claim of a sentence that weighs it against a harm after ", but"
    (`_WORRY_AFTER_BUT`), said without that harm."""
    if piece.startswith(("But ", "Yet ")):
        return False
    worry = _WORRY_AFTER_BUT.search(sentence)
    return bool(
        worry
        and not _WORRY_AFTER_BUT.search(piece)
        and _opens_before(piece, sentence, worry.start())
    )


def _opens_before(piece: str, sentence: str, at: int) -> bool:
    """Whether `piece` is the sentence's first half, before its ", but" at `at`: its opening
    words are the sentence's own (the second half, its "But" dropped, is the worry itself)."""
    opening = " ".join(piece.split()[:2]).lower()
    return sentence[:at].lower().startswith(opening)


# A claim the sentence itself qualifies with a harm or a doubt after ", but": "Quinine sulfate is
# an effective medication, but the side-effect profile is worrisome". Its first half, headed
# alone, recommends what the paper warns about.
_WORRY_AFTER_BUT = re.compile(
    r", but\b[^.;]{0,80}?\b(?:side[- ]effects?|worr\w*|harms?|harmful|toxic\w*|adverse|unwanted|"
    r"dangerous|unsafe|risks?|concerns?|caution)\b"
    # ... or with the doubt that the gain matters: "X is statistically better than placebo, but
    # the NNT of 11 is of limited clinical value" (CD008183: the verdict is the finding)
    r"|, but\b[^.;]{0,120}?\b(?:(?:of )?(?:limited|little|no|doubtful|questionable) (?:clinical |"
    r"practical )?(?:value|use|usefulness|benefit|relevance|importance)|not clinically "
    r"(?:useful|important|meaningful|relevant)|too small to (?:matter|be (?:clinically )?"
    r"(?:useful|important|meaningful)))\b",
    re.I,
)
