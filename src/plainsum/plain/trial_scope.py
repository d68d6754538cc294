"""Results said of one trial among several: a sentence that needs the trial named before it.

A review that reports its trials in turn ("In one trial of 12 people, ... . No side effects
occurred. In the trial by Smith, ...") says some results only of the trial the sentence before
named: "No side effects occurred.", "There was no bleeding in either group." (`context_unnamed`).
Shown without that trial, such a sentence reads as another trial's result or as the review's
own finding (CD004464 showed a two-person trial's "No side effects occurred." beside another
trial's 73 side effects; CD004982 a rivaroxaban trial's "no major bleeding in either group"
after a fondaparinux-versus-placebo result). Such a sentence, and every sentence of the trial's
turn before it, leans on the sentence before it: it is shown only after the sentence that names
the trial, or not at all. Results that name their own scope ("in two trials", "across the
comparisons") end a trial's turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .anchored import context_unnamed, groups_unnamed
from .conclusion_kinds import future_work
from .limits import states_a_limit
from .sentences import Role
from .simplify import PlainSentence, strip_label
from .source import SourceSentence

__all__ = [
    "after_lost_headings",
    "lean_in_scope",
    "limits_of_a_part",
    "needs_the_sentence_before",
    "of_studies_left_out",
    "opens_a_trial",
    "scoped_to_one_trial",
    "unnamed_graded_results",
    "unnamed_under_lost_headings",
]

# "In one large, placebo-controlled trial of 300 people, ...", "In the trial by Smith, ...",
# "One small trial found ...", "Another study (40 people) ...": a result of one trial.
_OPENS = re.compile(
    r"^(?:In (?:one|another|a second|a third|a fourth|the other|the|an?|a single) "
    r"(?:[\w,'’()-]+ ){0,6}?(?:trial|study|RCT)\b"
    r"|(?:One|Another|A second|A third|The other|A single|The (?:first|second|third|fourth|fifth)) "
    r"(?:[\w,'’()-]+ ){0,3}?(?:trial|study|RCT)\b)"
)
# How a trial was run, that it is still running or that it was left out, not what it found
# ("Another study was excluded as 29% of women were lost": no turn of a trial the review holds)
_NOT_A_RESULT = re.compile(
    r"\b(?:ongoing|not (?:\w+ ){0,3}randomi[sz]ed|abstracts? only|awaiting|excluded)\b", re.I
)
_MANY = (
    r"(?:all|most|many|some|few|several|both|no|none|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|\d+)"
)
# What a sentence says across the trials, or of the review: the one trial's turn is over.
_ACROSS = re.compile(
    r"^(?:Overall|In total|In all|Across|Pooled|Pooling|Taken together|Together|Combined|"
    r"In summary|Summary|Meta-analys[ie]s|The (?:review|evidence|majority|quality|certainty|"
    # ("We are uncertain whether X changed Y": the turn's own result, CD001506)
    r"included|pooled)|We\b(?! are (?:uncertain|unsure|not (?:certain|sure))\b)|"
    r"(?:Trials|Studies|RCTs)\b)"
    rf"|\b{_MANY} (?:of (?:the|these|\w+) )?(?:[\w-]+ ){{0,2}}?(?:trials|studies|RCTs)\b"
    # ("None of the participants in the study died": the trial's own people, its turn goes on)
    r"|\b(?:any|all|each|none) of the\b(?! (?:\d+ )?(?:[\w-]+ )?(?:participants|patients|people|"
    r"persons|women|men|children|infants|babies|subjects|individuals)\b)"
    r"|\bacross\b|\b(?:in|from) (?:one|a single) (?:[\w-]+ )?"
    r"(?:trial|study)\b",
    re.I,
)
# "Eyelashes were shorter in the fluid removal group": an arm of the trial the turn is of, named
# by what it got (CD010520: the second trial's result shown after the first trial alone, in a
# group the draft never introduced, read as the review's)
_ITS_ARM = re.compile(r"\b(?:in|among|for|of|to|with) the (?:[\w'’-]+ ){1,3}?(?:group|arm)s?\b")
# "None of the participants in the study died": the trial whose turn it is, pointed at.
_THE_TRIAL = re.compile(
    r"\b(?:in|from|of) the (?:trial|study|RCT)\b(?! (?:authors|team|protocol|arms?|groups?|"
    r"population|period|design|report|quality)\b)"
)
# "Four of 27 participants had ...", "Among the 27 people who had surgery, ...": a count of the
# trial's people, of a trial it does not name.
_COUNT_OF_THEM = re.compile(
    r"^(?:[\w-]+ )?(?:of|out of|among) (?:the )?(?:\d+|[a-z]+(?:-[a-z]+)?) (?:remaining |"
    r"recruited |randomi[sz]ed )?(?:participants|patients|people|women|men|children)\b",
    re.I,
)
# "Five trials (623 participants) compared A with B": the results after it are of that comparison.
_OPENS_COMPARISON = re.compile(
    r"^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|(?:Twenty|Thirty|Forty)"
    r"(?:-[a-z]+)?|\d+) (?:[\w-]+ ){0,2}?(?:trials|studies|RCTs)(?: \([^)]{1,60}\))? "
    r"(?:(?:that|which) )?(?:compared|comparing)\b"
)
# "IV drug A versus IV drug B (1 study, 26 women) One infant ...": a comparison's subheading
# run into its first result when the line break was lost.
_HEADING = re.compile(r"^[A-Z][^.:;]{0,80}? (?:versus|vs\.?|compared (?:with|to)) ")
# "Comparison 3: Self-management versus professional care Five trials compared ...": a numbered
# comparison heading run into its first sentence
_NUMBERED_HEADING = re.compile(r"^Comparisons? \d+[a-z]?\s?[:.]\s")
# "None of the studies measured caries", "All of the trials were small": said in a comparison's
# turn, the studies are the comparison's (CD007447: "None of the studies measured dental
# caries." was said of one comparison of four, and shown as the review's, whose headline
# reported a caries benefit); never a set the sentence names itself ("none of the 19 studies",
# "none of the studies in this review")
_THE_SET = re.compile(
    r"^(?:None|All|Each|Any|Neither|Both) of the (?:[\w-]+ )?(?:studies|trials|RCTs)\b"
    r"(?! (?:in|of|included in) (?:the|this) review\b)"
    # "Neither trial reported any deaths", "Both studies were small": the comparison's two
    r"|^(?:Neither|Both) (?:[\w-]+ )?(?:stud(?:y|ies)|trials?|RCTs?)\b"
)
# "There were no fetal or neonatal deaths", "No cases of X occurred": events counted in the
# groups of a comparison the sentence does not name.
_NO_EVENTS = re.compile(
    r"^(?:There (?:were|was) no|No) (?:[\w-]+ ){0,5}?(?:deaths|mortalit(?:y|ies)|cases|events|"
    r"stillbirths|infections|relapses)\b(?![^.]*\b(?:versus|compared|than|between|groups?)\b)",
    re.I,
)
# "Very low-quality evidence showed no short-term effects on X": a graded result that names no
# treatment and no comparison, said in a comparison's turn (CD010802: read alone under the
# limitations, it said yoga did nothing, where the review found it helped against no therapy).
_GRADED_UNNAMED = re.compile(
    r"^(?:[\w-]+ ){0,3}evidence (?:showed|shows|suggest(?:s|ed)?|indicat(?:es|ed)|found) "
    r"(?:that )?(?:there (?:was|were|is|are) )?(?:no|little|small|some|a|an)\b"
    r"(?![^.]*\b(?:versus|vs|compared|than|between)\b)",
    re.I,
)
# "None of the three RCTs reported side effects": the trials of the comparison named before it,
# counted; said after another comparison's result, "the three" reads as all the review's trials
# and two comparisons' sentences side by side read as a contradiction (CD011075: "One trial
# mentioned side effects ... None of the three trials reported side effects").
# ("the two studies that evaluated a ban" name their own scope)
_THE_COUNTED = re.compile(
    r"\bthe (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,2}?"
    r"(?:trials|studies|RCTs)\b(?!,? (?:that|which|of|on|in|with|where|comparing|evaluating|"
    r"testing|using|looking|assessing|reporting)\b)",
    re.I,
)
# ... and "the remaining two RCTs", "the other three trials": still the comparison's, its turn
# goes on
_THE_COUNTED_PART = re.compile(
    r"\bthe (?:remaining |other |included )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:[\w-]+ ){0,2}?(?:trials|studies|RCTs)\b",
    re.I,
)
# "There was little or no between-group difference in deaths": the groups of the trial or
# comparison the turn is of (CD012395: one placebo-controlled trial's deaths, shown after the
# review's count of four trials, read as the review's)
_BETWEEN_GROUP = re.compile(r"\bbetween-groups?\b", re.I)
# A sentence that names what its groups got: its own comparison ("versus control", "than placebo")
_OWN_SIDES = re.compile(r"\b(?:versus|vs\.?|compared (?:with|to)|than|relative to)\b", re.I)
# "Results at 24 months were inconclusive", "There was no difference identified in the assisted
# delivery rate": a result that names nothing compared, said in a comparison's turn (CD001830:
# one comparison's "Results at 24 months were unclear" shown after another's clear benefit at 24
# months)
_NOTHING_NAMED = re.compile(
    r"^(?:The )?(?:results?|findings|effects?|data)(?: (?:at|for|on|after|over|beyond) "
    r"[^,.;]{1,60}?)? (?:were|was|are|is|remained) (?:also )?(?:inconclusive|unclear|uncertain|"
    r"mixed|conflicting|inconsistent|similar|not (?:statistically )?significant)\b"
    r"|^No (?:clear |good )?evidence (?:suggested|showed|of) (?:a |any )?differences? (?:in|for)\b"
    r"|^There (?:was|were) no (?:clear |significant |statistically significant |important )?"
    r"differences? (?:identified|found|seen|observed|detected|shown|demonstrated) (?:in|for|on)\b",
    re.I,
)


def _of_the_turn(text: str) -> bool:
    """Whether a result said in a trial's or comparison's turn speaks of its groups without
    naming what they got ("little or no between-group difference in deaths"), or names nothing
    compared at all ("Results at 24 months were inconclusive")."""
    if _OWN_SIDES.search(text):
        return False
    return bool(_BETWEEN_GROUP.search(text) or _NOTHING_NAMED.match(text))


# "in the 250 mL intravenous fluid group": an arm of the comparison the turn is of, named by
# what it got (CD007715: said without its comparison, one comparison's "no clear drop in
# caesarean sections in the 250 mL group" sat beside another's drop, a contradiction)
_ITS_ARM_NAMED = re.compile(
    r"\b(?:in|among|for|of|to|with) the (?:[\w'’/-]+ ){1,4}?(?:group|arm)s?\b"
)
# "in women receiving the higher rate of infusion", "with the lower dose": a side of the
# comparison said against the other, true only of the comparison the turn is of
_RELATIVE_ARM = re.compile(
    r"\b(?:receiving|given|getting|(?:who|that) (?:received|got|were given)|with|on) the "
    r"(?:higher|lower|greater|smaller|larger|shorter|longer) (?:[\w-]+ )?(?:doses?|rates?|"
    r"volumes?|targets?|amounts?|intensity|frequency|duration)\b",
    re.I,
)
_BRACKETS = re.compile(r"\s*\([^()]*\)")
MIN_TRIALS = 2  # trials said in turn for the results to be said trial by trial


def opens_a_trial(text: str) -> bool:
    """Whether a result sentence names the one trial it is about ("In one trial of 40 people,
    ...")."""
    text = strip_label(text)
    return bool(_OPENS.match(text)) and not _NOT_A_RESULT.search(text)


def scoped_to_one_trial(sentences: list[SourceSentence], text: str = "") -> frozenset[int]:
    """The indexes of the results sentences that need the trial named before them, in a paper
    that reports two trials or more in turn: in each trial's turn (from the sentence that names
    it to the next such sentence, one said across the trials, or a break in the results), a
    result that names no comparison or trial of its own (`context_unnamed`), and each sentence
    of the turn between it and the one that names the trial; in a paper that reports two
    comparisons or more in turn ("Five trials compared A with B", or a subheading "A versus B"),
    a result of the groups of a comparison it does not name ("similar in both groups", "There
    were no deaths") or of its trials counted ("None of the three trials ..."), alone.
    A limit said inside a turn ("Due to the very low quality of the evidence, we are uncertain
    whether ...") does not end it: the results after it are still the trial's. A comparison's
    subheading on a line of its own in `text` (the paper's text, when given) opens a turn too
    (`after_lost_headings`)."""
    said = [s for s in sentences if s.role in (Role.RESULTS, Role.LIMITATION)]
    headed = after_lost_headings(text, sentences) if text else frozenset()
    scoped = _scoped_to_a_trial(said) | _scoped_to_one_comparison(said, headed)
    results = {s.index for s in sentences if s.role == Role.RESULTS}
    return frozenset(i for i in scoped if i in results)


# "Only five small studies (390 participants) compared A and B.", "Only one trial compared A
# with B": a part of a review's evidence that compared other things than its main comparison.
_ONLY_PART = re.compile(
    r"^Only (?:one|a single|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,2}?"
    r"(?:trials?|stud(?:y|ies)|RCTs?)(?: \([^)]{1,60}\))? (?:(?:that|which) )?"
    r"(?:compared|comparing|looked at|assessed|evaluated|tested)\b",
    re.I,
)


def _after_an_only_part(sentences: list[SourceSentence]) -> frozenset[int]:
    """The result right after "Only five studies compared A and B" that names no comparison of
    its own ("There was no difference in alcohol use"): true of those studies' comparison only,
    and read alone as the review's main one it says the opposite of its main result
    (CD011479: digital help cut drinking against none, and matched face-to-face help)."""
    out = set()
    for before, s in zip(sentences, sentences[1:], strict=False):
        if s.role != Role.RESULTS or s.index != before.index + 1:
            continue
        text = strip_label(s.text)
        opened = _ONLY_PART.match(strip_label(before.text)) or before.index in out
        # (the part's run goes on while a result speaks of "these studies": "Thus, X produced
        # similar outcomes in these studies")
        if opened and (
            context_unnamed(text) or (before.index in out and _THESE_STUDIES.search(text))
        ):
            out.add(s.index)
    return frozenset(out)


_THESE_STUDIES = re.compile(r"\bthese (?:[\w-]+ )?(?:studies|trials|RCTs)\b", re.I)


def _scoped_to_a_trial(results: list[SourceSentence]) -> frozenset[int]:
    """In `results` (results, and limits said among them), the indexes of the sentences each
    trial's turn needs it named for (`scoped_to_one_trial`); a limit only keeps the turn going."""
    if sum(opens_a_trial(s.text) for s in results if s.role == Role.RESULTS) < MIN_TRIALS:
        return frozenset()
    scoped: set[int] = set()
    turn: list[int] = []  # the turn's sentences after the one that names the trial
    opened = False
    previous = -2
    for s in results:
        text = strip_label(s.text)
        if s.index != previous + 1:
            opened = False  # another part of the results
        previous = s.index
        if s.role != Role.RESULTS:
            continue  # a limit said in the turn: the results after it are still the trial's
        if opens_a_trial(text):
            opened, turn = True, []
        elif not opened or _ACROSS.search(text):
            opened = False
        else:
            turn.append(s.index)
            if (
                context_unnamed(text)
                or _COUNT_OF_THEM.match(text)
                or _ITS_ARM.search(text)
                or _THE_TRIAL.search(text)
                or _of_the_turn(text)
            ):
                scoped.update(turn)  # it, and the sentences between it and the trial's name
    return frozenset(scoped)


def _scoped_to_one_comparison(
    results: list[SourceSentence], headed: frozenset[int] = frozenset()
) -> frozenset[int]:
    """In results said comparison by comparison ("Five trials compared A with B. ... Three
    trials compared C with B. ... similar in both groups."), each sentence that speaks of the
    groups of a comparison it does not name: shown only right after the sentence before it.
    The sentences in `headed` open a comparison's turn (its subheading stands before them)."""
    return _in_a_comparison_turn(
        results, strip_label, lambda s: s.role == Role.RESULTS, _of_a_comparison, headed
    )


# "The rate of caesarean delivery was not reported.", "No data were reported for perinatal
# death": an outcome the comparison's trials did not report, said alone, reads as the review's
# (CD009770 said it beside another comparison's caesarean result)
_NOT_REPORTED = re.compile(
    r"^(?:The )?(?:[\w-]+ ){1,8}?(?:was|were) not (?:reported|measured|assessed)\b"
    r"|^No data (?:were|was) (?:reported|available)\b",
    re.I,
)


def _of_a_comparison(text: str) -> bool:
    """Whether a result in a comparison's turn speaks of the groups, the trials, the events or
    the unreported outcomes of a comparison it does not name, or of one arm of it."""
    return bool(
        _unnamed_in_a_comparison(text) or _ITS_ARM_NAMED.search(text) or _RELATIVE_ARM.search(text)
    )


def _unnamed_in_a_comparison(text: str) -> bool:
    """Whether a result in a comparison's turn names nothing of it: no treatment, no arm."""
    return bool(
        _NOT_REPORTED.match(text)
        or groups_unnamed(text)
        or _NO_EVENTS.match(text)
        or _THE_COUNTED.search(text)
        or _THE_SET.match(text)
        or _of_the_turn(text)
    )


# A comparison's subheading on a line of its own ("Intravenous (IV) atosiban versus IV
# hexoprenaline (1 study, 26 women)"): the paper's sentences do not hold it, so no sentence a
# draft can show names the comparison the results under it are of.
_HEADING_LINE = re.compile(
    r"(?m)^[^\S\n]*[A-Z][^\n.;:]{0,160}?\s(?:versus|vs\.?|compared (?:with|to))\s[^\n]{1,160}$"
)


def after_lost_headings(text: str, sentences: list[SourceSentence]) -> frozenset[int]:
    """The indexes of the sentences right after a comparison's subheading that stands on a line
    of its own in `text` (the paper's text the sentences' spans point into), between them."""
    return frozenset(_lost_headings(text, sentences))


def _lost_headings(text: str, sentences: list[SourceSentence]) -> dict[int, str]:
    """`after_lost_headings`, each index with the heading before it."""
    out = {}
    previous_end = 0
    for s in sentences:
        gap = text[previous_end : s.start]
        previous_end = s.end
        line = _HEADING_LINE.search(gap) if "\n" in gap else None
        if line is not None:
            out[s.index] = line.group(0).strip()
    return out


_PLAIN_WORDS = frozenset(
    """versus compared with to and or the a an of for in on no any other standard usual care
    treatment placebo control group study studies trial trials women people participants
    patients""".split()
)


# "Drug A versus placebo for people with platelet disorders": a heading whose results are true
# of some people only
_FOR_SOME = re.compile(
    r"\b(?:for|in|among) (?:people|patients|participants|adults|children|women|men|infants|"
    r"those)\b",
    re.I,
)
# A result that names both sides: "than in the control group", "in the A group and two in the
# B group"
_BOTH_SIDES = re.compile(
    r"\b(?:than|versus|vs\.?|compared (?:with|to))\b"
    r"|\b(?:in|among) the (?:[\w'’/-]+ ){1,4}?groups?\b[^.;]*\b(?:in|among) the "
    r"(?:[\w'’/-]+ ){1,4}?groups?\b",
    re.I,
)
_SUBJECT_WORDS = 6  # the opening words of a sentence that may name its subject


def _heading_words(heading: str) -> set[str]:
    """The words of a heading's treatment side that name it ("inflatable", "belt")."""
    side = re.split(r"\s(?:versus|vs\.?|compared (?:with|to))\s", heading, maxsplit=1)[0]
    return {w for w in re.findall(r"[a-z][a-z'-]{2,}", side.lower()) if w not in _PLAIN_WORDS}


_BOTH = re.compile(r"\b(?:both|either|neither) (?:[\w-]+ )?(?:studies|trials|RCTs)\b", re.I)


def unnamed_under_lost_headings(text: str, sentences: list[SourceSentence]) -> frozenset[int]:
    """In a review that reports comparisons in turn under subheadings on lines of their own
    (`after_lost_headings`), the indexes of the results under such a heading that speak of the
    groups, trials or events of the comparison without naming it or an arm of it, before any
    sentence of the turn names one ("There were no fetal or neonatal deaths", CD009770: one
    26-woman comparison's, said after the count of the review's eight studies). Nothing a
    draft can show says whose they are, so they are never shown: leaning on the sentence
    before would put them after another comparison's result."""
    headed = _lost_headings(text, sentences)
    if len(headed) < MIN_TRIALS:
        return frozenset()
    out: set[int] = set()
    lost = False  # in a turn whose comparison only its subheading names
    heading = ""
    previous = None
    for s in sentences:
        if s.role not in (Role.RESULTS, Role.LIMITATION):
            continue
        said = _BRACKETS.sub("", strip_label(s.text))  # (the studies a figure rests on)
        if (
            previous is None
            or s.index != previous.index + 1
            or "\n\n" in text[previous.end : s.start]
        ):
            lost, heading = False, ""  # another part of the results, or a new paragraph
        previous = s
        if s.index in headed:
            lost, heading = True, headed[s.index]
        elif s.role != Role.RESULTS:
            continue  # a limit said in the turn keeps it going
        if s.role == Role.RESULTS and _FOR_SOME.search(heading) and not _FOR_SOME.search(said):
            # the heading's people, said nowhere in it: "Compared with placebo, drug A reduced
            # blood loss" under "... for people with platelet dysfunction" (CD001884)
            out.add(s.index)
            continue
        if s.index not in headed and (
            _opens_comparison(s.text)
            or opens_a_trial(said)
            or (_ACROSS.search(said) and not (_THE_COUNTED_PART.search(said) or _BOTH.search(said)))
        ):
            # the turn's comparison or trial is named (the sentences after lean on it), or a
            # sentence speaks across them ("an inclusion criterion in both studies" does not)
            lost = False
        if not lost or s.role != Role.RESULTS:
            continue
        # (one that names an arm by what it got, "fewer tears in the warm-compress group", or
        # the heading's treatment, "The inflatable belt did not ...", says whose it is)
        arm = _ITS_ARM_NAMED.search(said) or _RELATIVE_ARM.search(said)
        opening = " ".join(said.lower().split()[:_SUBJECT_WORDS])
        named = _heading_words(heading) & set(re.findall(r"[a-z][a-z'-]{2,}", opening))
        if not arm and not named and (_unnamed_in_a_comparison(said) or context_unnamed(said)):
            out.add(s.index)
    return frozenset(out)


def _in_a_comparison_turn(
    sentences: list[SourceSentence],
    read: Callable[[str], str],
    weighed: Callable[[SourceSentence], bool],
    wanted: Callable[[str], bool],
    headed: frozenset[int] = frozenset(),
) -> frozenset[int]:
    """In sentences that report comparisons in turn (at least `MIN_TRIALS` open one), the
    indexes of the `wanted` sentences (read as `read` gives them) inside a comparison's turn:
    after the sentence that opens it, in an unbroken run, before one that opens a trial or
    speaks across the comparisons. Only the `weighed` sentences open, end or are wanted; the
    others keep the run unbroken. A sentence in `headed` stands under a comparison's
    subheading: the turn opens before it, and it may be wanted itself."""
    opening = sum(_opens_comparison(s.text) for s in sentences if weighed(s))
    if opening + len(headed) < MIN_TRIALS:
        return frozenset()
    out: set[int] = set()
    opened = by_heading = False  # (a turn opened by a heading on a line of its own)
    previous = -2
    for s in sentences:
        text = read(s.text)
        if s.index != previous + 1:
            opened = by_heading = False
        previous = s.index
        if s.index in headed:
            opened = True  # the turn's first: nothing before it to lean on (`unnamed_under_...`)
            by_heading = True
            continue
        if by_heading and _BOTH_SIDES.search(text):
            continue  # its own sides named: "more tears with manual pressure than in controls"
        if not weighed(s):
            continue
        if _opens_comparison(s.text):
            opened, by_heading = True, False
        elif opened and _THE_SET.match(text):  # the comparison's studies: its turn goes on
            if wanted(text):
                out.add(s.index)
        elif (opens_a_trial(text) or _ACROSS.search(text)) and not _THE_COUNTED_PART.search(text):
            opened = False  # (across "the three trials" of the comparison: still its turn)
        elif opened and wanted(text):
            out.add(s.index)
    return frozenset(out)


def _opens_comparison(text: str) -> bool:
    """Whether a result sentence opens a comparison's turn: "Five trials compared A with B", or
    the comparison's subheading run into it ("A versus B (1 study, 26 women) One infant ...")."""
    if _NUMBERED_HEADING.match(text):
        return True
    text = strip_label(text)
    return bool(_OPENS_COMPARISON.match(text) or _HEADING.match(text))


def lean_in_scope(ps: list[PlainSentence], scoped: frozenset[int]) -> list[PlainSentence]:
    """`ps` with each sentence that needs the trial named before it (`scoped`) marked as
    leaning on the sentence before it: shown only right after it, or not at all."""
    return [
        PlainSentence(**{**p.__dict__, "leans": True})
        if p.sources and p.sources[0] in scoped and not p.leans
        else p
        for p in ps
    ]


def unnamed_graded_results(sentences: list[SourceSentence]) -> frozenset[int]:
    """In a paper that reports two comparisons or more in turn ("Seventeen studies that
    compared A versus B ... . Four studies that compared A versus C ..."), the indexes of the
    graded results in a comparison's turn that name neither the treatment nor the comparison
    (`_GRADED_UNNAMED`), whatever role the paper's order gave them: said alone, they read as
    the review's own finding. A section that cannot show the comparison leaves them out."""
    said = [s for s in sentences if s.role in (Role.RESULTS, Role.LIMITATION)]
    # (the studies a figure in brackets rests on are no scope of the sentence's own)
    return _in_a_comparison_turn(
        said,
        lambda text: _BRACKETS.sub("", strip_label(text)),
        lambda s: True,
        lambda text: bool(_GRADED_UNNAMED.match(text)),
    )


# Studies a review names that it did not take in: "two excluded trials", "Fifteen studies were
# excluded", "the search did identify four controlled clinical trials without randomization".
_EXCLUDED = re.compile(
    r"\bexcluded (?:[\w-]+ ){0,2}?(?:trials?|studies|study|RCTs?)\b"
    r"|\b(?:trials?|studies|study|RCTs?) (?:that )?(?:were|was|had been) (?:later )?excluded\b"
    r"(?! (?:patients|people|participants|women|men|children)\b)",
    re.I,
)
# ... or a kind of study the review names only there (never one it counted among its own before:
# "Two studies were RCTs, and two were non-randomised trials. A non-randomised trial of X ...")
_KIND = re.compile(
    r"\b(?:non-?randomi[sz]ed|uncontrolled|observational) (?:[\w-]+ ){0,2}?"
    r"(?:trials?|studies|study)\b"
    r"|\b(?:trials?|studies|study) without randomi[sz]ation\b",
    re.I,
)
# A sentence that says whose finding it is: the review's, its trials counted, or all of them.
_OWN_SCOPE = re.compile(
    r"\b(?:review|included|randomi[sz]ed|RCTs?|meta-?analys[ie]s|pooled|pooling|overall|"
    r"in total|we|our|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ )?"
    r"(?:trials|studies))\b",
    re.I,
)
# "We included 14 observational studies": a kind named first where it is counted in
_TAKEN_IN = re.compile(
    r"\b(?:included|includes|include|eligible|(?:met|fulfill?ed|satisfied) (?:all )?(?:the |our )?"
    r"(?:[\w-]+ )?criteria)\b",
    re.I,
)
# ... and says what those studies found: a claim the sentence after it may go on with ("Another
# study was excluded as 29% of women were lost" says nothing they found: the results after it
# are the review's own trial's)
_THEY_FOUND = re.compile(
    r"\b(?:suggest(?:s|ed)?|show(?:s|ed)?|found|report(?:s|ed)?|indicat(?:es|ed)|"
    r"demonstrat(?:es|ed)|provid(?:es|ed)|observ(?:es|ed)|conclud(?:es|ed))\b",
    re.I,
)
_FINDINGS = (Role.RESULTS, Role.CONCLUSION)


def of_studies_left_out(sentences: list[SourceSentence]) -> frozenset[int]:
    """In a review, the indexes of the sentences that go on about studies it did not take in,
    named in the sentence before ("However, the search did identify four trials without
    randomization, three of which suggested X may help. No side effects of X were reported."):
    after a sentence that says what studies left out (excluded, or of a kind the review names
    nowhere before and does not say it took in) found, a result or conclusion that names no
    scope of its own (no review, included or randomised
    trials, no count of studies) and is no call for more research, in an unbroken run after
    the sentence that names those studies. Said alone, such a claim reads as the review's own
    finding, after "The review included one trial" (CD010066); each leans on the sentence
    before it, which says whose it is."""
    out: set[int] = set()
    named: set[str] = set()  # the kinds of study said so far
    outside = False
    previous = None
    for s in sentences:
        text = strip_label(s.text)
        run = previous is not None and previous.role == s.role and previous.index == s.index - 1
        if s.role in _FINDINGS and outside and run:
            if not _OWN_SCOPE.search(text) and not future_work(text):
                out.add(s.index)  # it goes on about them; the run goes on
                previous = s
                continue
        kinds = {_kind(m[0]) for m in _KIND.finditer(text)}
        outside = (
            s.role in _FINDINGS
            and bool(_EXCLUDED.search(text) or (kinds - named and not _TAKEN_IN.search(text)))
            and bool(_THEY_FOUND.search(text))
        )
        named |= kinds
        previous = s
    return frozenset(out)


def _kind(said: str) -> str:
    """One name for a kind of study however it is spelled ("non-randomised trials", "studies
    without randomization", "nonrandomized studies")."""
    word = said.lower().split()[0].replace("-", "").replace("z", "s")
    return "nonrandomised" if "without" in said.lower() or word.startswith("non") else word


def needs_the_sentence_before(sentences: list[SourceSentence], text: str = "") -> frozenset[int]:
    """In a review, the indexes of the sentences that are true only after the sentence before
    them, which says whose they are: a result in one trial's turn (`scoped_to_one_trial`), a
    claim of studies the review left out (`of_studies_left_out`). Never a headline; in the body
    only right after that sentence. `text`, the paper's text, shows the comparisons'
    subheadings on lines of their own (`scoped_to_one_trial`)."""
    return (
        scoped_to_one_trial(sentences, text)
        | of_studies_left_out(sentences)
        | _after_an_only_part(sentences)
    )


# "Two comparisons compared iodine with no antiseptic", "One study compared a zinc dressing with
# a plain one": a part of a review's evidence, named as the subject.
_A_PART = re.compile(
    r"^(?:One|A single|Another|(?:Two|Three|Four|Five|Six|\d+) (?:[\w-]+ )?comparisons?)\b"
    r"(?: (?:[\w-]+ ){0,2}?(?:stud(?:y|ies)|trials?|RCTs?)\b|(?<=comparisons)|(?<=comparison))",
    re.I,
)
# A limit that says whose evidence it weighs: the review's, all or most of its studies.
_CONCLUDING = re.compile(r"^(?:In addition|Additionally|Also|Moreover|Furthermore|However),?\s+")
_LIMIT_SCOPE = re.compile(
    r"\b(?:review|overall|all|across|included|most|each|every|studies|trials|RCTs)\b",
    re.I,
)


def limits_of_a_part(sentences: list[SourceSentence]) -> frozenset[int]:
    """In a review, the indexes of the limitation sentences (or limits said among its results)
    said right after a result of a part of its evidence (one study, two of its comparisons:
    `_A_PART`, `opens_a_trial`, or a numbered comparison) that name no scope of their own:
    "Two comparisons compared iodine with no antiseptic and found no clear effect. The
    outcome data available were limited and what evidence there was low quality." weighs those
    two comparisons' evidence, never the review's (CD011712's limitations said it of the whole
    review, whose other comparisons had moderate-quality evidence)."""
    by_index = {s.index: s for s in sentences}
    out = set()
    for s in sentences:
        # (a limit said among the results is read as one too: `limitations`)
        limit = s.role == Role.LIMITATION or (
            s.role == Role.RESULTS and states_a_limit(strip_label(s.text))
        )
        own = _CONCLUDING.sub("", strip_label(s.text))
        own = own[:1].upper() + own[1:]
        if not limit or _LIMIT_SCOPE.search(own) or _A_PART.match(own) or opens_a_trial(own):
            continue  # (a limit that names its own part, "One trial did not say ...", stays)
        # the part's results run back to the sentence that names the part (up to three)
        for back in range(1, 4):
            before = by_index.get(s.index - back)
            if before is None or before.role != Role.RESULTS:
                break
            said = strip_label(before.text)
            if _A_PART.match(said) or opens_a_trial(said) or _NUMBERED_HEADING.match(before.text):
                out.add(s.index)
                break
    return frozenset(out)
