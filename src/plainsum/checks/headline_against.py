"""A headline judged against the paper's conclusion by what each says happened (used by
`plainsum.checks.headline`):

- null_beside_effect: the headline says only that something did not change, differ or help
  ("A standard quality of life score did not change ...", "Naps of 60 to 90 minutes had no
  clear link with diabetes"), while the paper's main conclusion states an effect and none of
  its conclusions denies one: the headline leads with a secondary measure, a subgroup or the
  part the authors concede ("X does not change A, but can improve B": B is the point);
- one_participant: the headline tells what happened to one participant ("One child stopped
  the diet because ...") of a study that is not a report of that one case;
- method_only: the headline's verb says what was measured or watched ("A sensor tracked
  blood sugar day and night in 12 adults"), and it says nothing was found;
- subgroup_most: the headline says who gained most ("People with good memory gained most"),
  an effect in a subgroup, where the paper's first conclusion is not about who gained most;
- uncertain_beside_finding: the headline says only what is uncertain ("It is uncertain whether
  perforation rates differed between the techniques", "A review found no clear evidence about
  X"), when an earlier conclusion of the paper
  states an effect with no doubt in it ("... are of equivalent efficacy for heavy bleeding"):
  the headline leads with a side question the authors could not settle;
- support_reversed: the headline says the evidence supports (or recommends) something the
  main conclusion says it does not support, or the reverse ("The evidence supports routine
  antibiotics after dog bites" of "The evidence does not support the routine use of ...").

Pure functions of the headline and the paper's main sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import caseless
from ..evidence import SourceSentence, content_words
from ..prefilter import may_match
from .headline_call import research_call
from .headline_claims import EFFECT, QUESTION, claims

MIN_TERMS = 3  # content words a headline needs before it can be said to be about something else
# A headline that denies a change, a difference, a benefit or a link.
_NULL = re.compile(
    r"\b(?:did|does|do|was|were|is|are|has|have|had|could|can)\s*(?:not|n't)\s+"
    r"(?:\w+\s+){0,2}?(?:change|changed|differ|improve|improved|reduce|reduced|help|helped|"
    r"affect|affected|lower|lowered|raise|raised|increase|increased|slow|slowed|prevent|"
    r"prevented|work|ease|eased|cut|alter|altered|linked|associated|related|predict|benefit|"
    r"matter|make (?:a|any) difference|"
    # a count that did not move: "Injury visits did not rise on hot days"
    r"rise|fall|drop|grow|go (?:up|down)|decline|worsen|get (?:worse|better))\b"
    r"|\bno (?:clear |real |significant |major |obvious |meaningful |consistent |overall |"
    r"measurable |detectable |lasting |further )?(?:change|difference|effect|benefit|link|"
    r"association|improvement|reduction|impact|gain|relationship)s?\b"
    r"|\b(?:unchanged|failed to|neither)\b",
    re.I,
)
# Words by which a conclusion denies, doubts or limits an effect: a paper that says any of
# them may be headlined by what did not happen.
_DOUBT = re.compile(
    r"\b(?:not|no|n't|neither|nor|never|none|without|unchanged|fail\w*|lack\w*|absen\w*|"
    r"insufficient|limited|unclear|uncertain\w*|unknown|inconclusive|unproven|unlikely|little|"
    r"minimal|negligible|similar|comparable|equivalent|same|ineffective|cannot|weak|"
    r"inconsistent|mixed|conflicting)\b",
    re.I,
)
# A relative clause just before a denial or a 'most': it describes someone ("an ulcer that
# does not improve", "women who are most likely to respond"), it does not claim.
_DESCRIBES = re.compile(r"\b(?:that|which|who|whose)\s+(?:\w+\s+){0,2}$", re.I)
# A contrast inside a conclusion: what follows 'but' is its point; what 'although' or
# 'despite' opens is conceded.
_BUT = re.compile(r",?\s+\b(?:but|yet|however|whereas|while)\b\s+", re.I)
_CONCEDED_OPENING = re.compile(
    r"^(?:although|though|even though|despite|in spite of|while|whereas)\b[^,]*,\s*", re.I
)
# A headline that states an effect of its own beside the denial ("did not change impairment
# but improved daily life") says the finding.
_OWN_CLAUSE = re.compile(r"\b(?:but|yet|while|whereas|although|though|instead)\b|[;,]", re.I)


_MORE_WORK = re.compile(
    r"\b(?:more|further|larger|better|longer|additional|future)\s+(?:\w+\s+){0,2}?"
    r"(?:research|studies|trials|evidence|data|work)\b",
    re.I,
)


# A conclusion that states no finding: a call for more research ("Larger trials are needed to
# find out whether ..."), or one that says what the paper itself does ("This report adds data
# on ...").
_NO_FINDING = re.compile(
    _MORE_WORK.pattern
    + r"|\b(?:are|is) (?:still |urgently )?(?:required|needed|warranted)\b|\bshould be "
    r"(?:measured|studied|assessed|evaluated|investigated|explored|tested|examined)\b"
    r"|^(?:this|the present|our) (?:\w+ )?(?:report|review|paper|article|study|work) "
    r"(?:addresses|adds|describes|discusses|summari[sz]es|presents|provides|offers|outlines|"
    r"highlights|reviews)\b",
    re.I,
)


def _point(conclusion: str) -> str:
    """The part of a conclusion sentence that is its point: after 'but', or after the clause
    'although'/'despite' opens; a call for more research after 'but' is no point of its own."""
    text = _CONCEDED_OPENING.sub("", conclusion)
    parts = [p for p in _BUT.split(text) if not _MORE_WORK.search(p)]
    return parts[-1] if parts else text


def null_beside_effect(
    headline: str,
    main: list[int],
    sentences: list[SourceSentence],
    topic: Callable[[str], set[str]],
) -> str | None:
    """The denial of a headline that says only what did not happen, when the paper's first
    conclusion states an effect and no conclusion denies or doubts one (the point of each
    conclusion read past its 'but'), and the headline names something those conclusions name
    (`topic`: the stems a text is about): a denial about an outcome the conclusions never
    name misleads no one about their finding; else None."""
    null = _NULL.search(headline)
    if not null or not main or len(set(content_words(headline))) < MIN_TERMS:
        return None  # "Sleep did not differ": too few words to tell what it is about
    if _DESCRIBES.search(headline, 0, null.start()):
        return None  # "an ulcer that does not improve ...": it describes, it does not claim
    rest = headline[: null.start()] + " " + headline[null.end() :]
    if _OWN_CLAUSE.search(rest) and EFFECT.search(rest):
        return None  # "... did not change A, but eased B": a finding of its own
    stated = [sentences[i].text for i in main if not _NO_FINDING.search(sentences[i].text)]
    points = [_point(text) for text in stated]
    if not points or any(_DOUBT.search(p) for p in points):
        return None
    if not EFFECT.search(QUESTION.sub("", points[0])):
        return None
    if not topic(headline) & topic(" ".join(stated)):
        return None  # another outcome the conclusions never name: read alone it is still true
    return null.group(0)


# A headline (or conclusion) that says only what is not known: "It is uncertain whether ...",
# "We do not know if ...", "It remains unclear whether ...".
_UNCERTAIN = re.compile(
    r"^(?:(?:it|this)\s+(?:is|was|remains)\s+(?:still\s+)?(?:uncertain|unclear|not\s+(?:yet\s+)?"
    r"(?:known|clear))|we\s+(?:are|were|remain)\s+(?:still\s+)?(?:uncertain|unsure|not\s+sure)|"
    r"we\s+(?:do|did)\s+not\s+know|(?:there\s+(?:is|was)\s+)?no\s+(?:clear\s+)?evidence\s+"
    r"(?:on|about))\s+(?:whether|if|how)\b"
    # "This review did not determine the most effective regimen": what the paper could not
    # settle, said of itself (CD005217, after "Antibiotic prophylaxis ... is effective")
    r"|^(?:this|the|our)\s+(?:[\w-]+\s+)?(?:review|study|trial|analysis|update)\s+(?:did|could|"
    r"was|were)\s*(?:not|n't)\s+(?:able\s+to\s+)?(?:determine|establish|identify|tell|find\s+out|"
    r"show)\s+(?:which|whether|if|how|what|the\s+(?:best|most|optimal|ideal|preferred)|an?\s+"
    r"(?:best|optimal|ideal|preferred))\b",
    re.I,
)


def uncertain_beside_finding(
    headline: str, main: list[int], sentences: list[SourceSentence]
) -> str | None:
    """The opening of a headline that says only what is uncertain ("It is uncertain whether
    ..."), when the paper's conclusions say something is uncertain only after one of them has
    stated an effect with no doubt in it (that one is the paper's finding); else None."""
    doubt = _UNCERTAIN.match(headline) or _NOTHING_ABOUT.match(headline)
    if not doubt:
        return None
    stated = False  # whether a conclusion before has stated an effect
    for i in main:
        text = sentences[i].text
        if _UNCERTAIN.match(text):
            return doubt.group(0) if stated else None  # else it leads with what is unsettled
        point = _point(text)
        stated = stated or (
            EFFECT.search(QUESTION.sub("", point)) is not None
            and not _UNSURE.search(point)
            and not _NO_FINDING.search(text)
            and not _CALL.search(text)
        )
    return None  # the conclusions never say it is uncertain: another rule's question


# "A review of four trials found no clear evidence about X": a headline that says only that
# nothing is known of X, as vague as "It is uncertain whether ..." (not "no evidence of benefit",
# a finding)
_NOTHING_ABOUT = re.compile(
    r"^(?:an?|the|this)\s+(?:[\w-]+\s+)?(?:review|study|trial|analysis)(?:\s+of\s+[\w-]+\s+"
    r"(?:[\w-]+\s+)?(?:trials|studies))?\s+found\s+no\s+(?:clear\s+|good\s+|strong\s+)?"
    r"evidence\s+(?:about|on)\b",
    re.I,
)
# A call for more work, whatever its words ("We need well-designed studies to improve ..."):
# the effect it names is hoped for, not found.
_CALL = re.compile(
    r"\b(?:we need|(?:is|are) (?:still |urgently )?needed|should be|in order to|future)\b", re.I
)
# Words that put an effect in doubt ("uncertain", "insufficient"): no settled finding.
_UNSURE = re.compile(
    r"\b(?:uncertain\w*|unclear|unknown|insufficient|inconclusive|unproven|not known)\b", re.I
)


# One participant of a study, or a few, named as the headline's subject ("Two people found the
# vest too heavy").
_ONE = re.compile(
    r"^(?:(?:only )?(?:one|two|three|a few)|a single)\s+(?:\w+\s+)?(?:child(?:ren)?|patients?|"
    r"persons?|people|participants?|m[ae]n|wom[ae]n|girls?|boys?|bab(?:y|ies)|infants?|"
    r"volunteers?|adults?|animals?|rats?|mouse|mice|dogs?)\b",
    re.I,
)
# A paper about one case or a few: its cases are its point ("We report five cases of ...")
_CASE = re.compile(
    r"\b(?:case reports?|case study|case series|(?:this|our|the present|the index) (?:\w+ )?"
    r"(?:case|patient)|we (?:report|describe|present) (?:an?|the|two|three)\b|\d+-year-old)\b"
    r"|\b(?:report|reports|reported|describe|describes|described|present|presents|presented)"
    r" (?:\w+ ){0,3}?(?:cases|patients)\b|\bcases\b[^.]{0,60}\b(?:were|are) (?:reported|"
    r"described|presented)\b",
    re.I,
)


def one_participant(headline: str, source_text: str) -> str | None:
    """The opening words of a headline about one participant of a study that is not about
    that one case."""
    m = _ONE.search(headline)
    if not m or _CASE.search(source_text):
        return None
    return m.group(0)


# A verb that says what the study measured or watched, not what it found.
_METHOD_VERB = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bnot )"
    r"(?<!\bmost )(?<!\bleast )(?<!\bwell )(?<!\bfew )(?<!\bstudies )(?<!\btrials )"
    r"\b(?:tracked|monitored|measured|recorded|logged|scanned|sampled|surveyed|interviewed|"
    r"questioned|followed|screened|mapped|counted|observed|analy[sz]ed|examined|studied|"
    r"assessed|evaluated|reviewed|gauged|charted|filmed|photographed|weighed|timed)\b",
    re.I,
)
# A result said without a claim word: "lived longer", "healed faster", "stopped working".
_RESULT_WORDS = re.compile(
    r"\b\w+er than\b|\b(?:longer|shorter|faster|sooner|later|earlier|stopped|started|died|"
    r"recovered|healed|survived|vanished|disappeared|returned|appeared)\b",
    re.I,
)


# The method word as part of a noun phrase, its sentence's verb right after it: "Chicken meat
# sold in the markets studied is a common source of X" (the markets that were studied).
_NAMED_BY_IT = re.compile(
    r"\b(?:the|these|those|all) [\w-]+ (?P<verb>\w+) (?:is|are|was|were|has|have|had|did|does|do"
    r"|may|might|could|can|will|would|showed|show|shows)\b",
    re.I,
)


def _describes_a_noun(headline: str, m: re.Match[str]) -> bool:
    """Whether the method word `m` only describes the noun before it (`_NAMED_BY_IT`)."""
    start = max(0, m.start() - 40)
    return any(n.start("verb") == m.start() for n in _NAMED_BY_IT.finditer(headline, start))


def method_only(headline: str, main_text: str) -> str | None:
    """The verb of a headline that says only what was measured or watched and claims nothing
    found, when the paper's conclusions are not about its methods either."""
    m = caseless.search(_METHOD_VERB, headline)
    if m is not None and _describes_a_noun(headline, m):
        return None
    if not m or claims(headline) or _RESULT_WORDS.search(headline):
        return None
    if _METHOD_VERB.search(main_text):
        return None
    return m.group(0)


# Who gained most: an effect that differs between subgroups, not the effect itself.
_MOST = re.compile(
    r"\b(?:gained|benefit(?:t?ed)?|helped|improved|responded|did|fared|changed) "
    r"(?:the )?(?:most|best)\b(?=\s*(?:$|[,.;:]|from|with|in|on|when|if|after|among|of)\b)"
    r"|\bmost likely to (?:respond|benefit|gain|improve)\b",
    re.I,
)


def subgroup_most(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The words of a headline that says who gained most, when the paper's first conclusion
    does not say who gained most."""
    m = _MOST.search(headline)
    if not m or not main or _MOST.search(sentences[main[0]].text):
        return None
    if _DESCRIBES.search(headline, 0, m.start()):
        return None  # "Finding women who are most likely to respond would ...": who, not what
    return m.group(0)


# Whether the evidence supports doing something, and what: "The evidence does not support the
# routine use of antibiotics", "There is little evidence to support X", "The results support
# exercise for fatigue", "X is (not) recommended".
_SUPPORT = re.compile(
    # a verb, after what can govern it ("to support", "does not support", "results support"),
    # not the noun ("IABP support", "social support")
    r"\b(?:to|not|n't|does|do|did|may|might|can|could|would|will|also|strongly|clearly|that|"
    r"which|evidence|data|results|findings|review|study|studies|trials?|analysis|we|authors?)\s+"
    r"(?P<verb>support(?:s|ed|ing)?|recommend(?:s|ed)?|justif(?:y|ies|ied)|warrant(?:s|ed)?)"
    # "support the conclusion that X", "support any firm conclusions about X": X is the object
    r"\s+(?:(?:any\s+)?(?:firm\s+)?(?:the\s+)?conclusions?\s+(?:that|about|on)\s+)?"
    r"(?:(?:for|of|the|a|an|its|their|any|routine|use|using|giving|offering|starting)\s+)*"
    r"(?P<object>[^.;:,()]{3,90})",
    re.I,
)
# A statement conceded or said of others ("While X is recommended in guidelines, ...").
_NOT_OWN = re.compile(
    r"^\W*(?:while|although|though|whereas|even though)\b[^,]*$"
    r"|\b(?:in|by)\s+(?:\w+\s+){0,2}(?:guidelines?|guidance|experts?|societies|organi[sz]ations?)\b",
    re.I,
)
# A denial just before the verb: "does not support", "no evidence to support", "insufficient
# evidence to support", "cannot be recommended", "is not recommended".
_DENIED_BEFORE = re.compile(
    r"\b(?:not|no|n't|cannot|insufficient|incomplete|inconclusive|little|limited|lack\w*|"
    r"without|neither|nor|weak|scant|sparse|fails? to|failed to|unable to)\b"
    r"(?:,?\s+[\w'-]+){0,6}?\s*$",
    re.I,
)
# The passive: what is (not) supported stands before the verb ("Routine antibiotics are not
# recommended", "X is supported by the evidence").
_SUPPORTED = re.compile(
    r"(?P<object>[^.;:,()]{3,90}?)\s+(?:is|are|was|were|can be|could be|cannot be|should be)\s+"
    r"(?P<denied>not\s+)?(?:\w+ly\s+)?(?:supported|recommended|justified|warranted)\b",
    re.I,
)
MIN_SHARED = 2  # content words the headline's object and the conclusion's must share
_UNDECIDED = frozenset({"refute"})


def _support_said(text: str) -> list[tuple[bool, set[str]]]:
    """(denied, the object's content words) for each 'support'/'recommend' statement. Each
    pattern runs only on a text holding one of its verbs (`may_match`): `_SUPPORTED` tries up
    to 90 characters of object at every position, about 0.16 ms a sentence."""
    out = []
    passive = set()
    for m in _SUPPORTED.finditer(text) if may_match(_SUPPORTED, text) else ():
        passive.add(m.end())
        if _NOT_OWN.search(text[: m.start()] + m.group(0) + text[m.end() : m.end() + 40]):
            continue
        denied = bool(m["denied"]) or "cannot" in m.group(0).lower()
        out.append((denied, set(content_words(m["object"]))))
    for m in _SUPPORT.finditer(text) if may_match(_SUPPORT, text) else ():
        if m.end("verb") in passive:
            continue  # read above, with what stands before it
        before = text[max(0, m.start("verb") - 70) : m.start("verb")]
        if _NOT_OWN.search(text[: m.start()]):
            continue
        # "to support or refute": the evidence supports neither
        denied = bool(_DENIED_BEFORE.search(before)) or m["object"].lower().startswith("or refute")
        out.append((denied, set(content_words(m["object"])) - _UNDECIDED))
    return out


def support_reversed(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The headline's 'support'/'recommend' statement when the paper's main conclusion says
    the opposite of the same thing ("The evidence supports routine antibiotics ..." where the
    authors conclude it does not support their routine use), else None."""
    ours = _support_said(headline)
    if not ours:
        return None
    theirs = [said for i in main for said in _support_said(sentences[i].text)]
    for denied, words in ours:
        # the conclusion's statements on the same thing: all of one direction, the other one
        if not words:
            continue  # "to support their use": nothing named to compare
        same = [
            d
            for d, their_words in theirs
            if their_words
            and len(words & their_words) >= min(MIN_SHARED, len(words), len(their_words))
        ]
        if same and all(d != denied for d in same):
            m = _SUPPORTED.search(headline) or _SUPPORT.search(headline)
            return m.group(0).strip() if m else headline
    return None


def against_conclusions(
    headline: str,
    main: list[int],
    sentences: list[SourceSentence],
    topic: Callable[[str], set[str]],
    source_text: str,
    main_text: str,
) -> str | None:
    """What the headline does in place of stating the main finding, by the first of this
    module's rules that finds it ("says only what did not happen ('did not change'), while
    ..."), or None."""
    rules: tuple[tuple[Callable[[], str | None], str], ...] = (
        (
            lambda: null_beside_effect(headline, main, sentences, topic),
            "says only what did not happen ({!r}), while the paper's conclusions state an effect",
        ),
        (
            lambda: one_participant(headline, source_text),
            "tells what happened to one participant or a few ({!r})",
        ),
        (
            lambda: uncertain_beside_finding(headline, main, sentences),
            "says only what is uncertain ({!r}), while the paper's conclusions first state "
            "a finding",
        ),
        (
            lambda: research_call(headline, main, sentences),
            "says only what research comes next ({!r}), not the result the conclusions state",
        ),
        (
            lambda: method_only(headline, main_text),
            "says what the study measured ({!r}), not what it found",
        ),
        (
            lambda: subgroup_most(headline, main, sentences),
            "says who gained most ({!r}), a subgroup, not the main finding",
        ),
        (
            lambda: support_reversed(headline, main, sentences),
            "says the opposite of the authors' conclusion on what the evidence supports ({!r})",
        ),
    )
    for rule, what in rules:
        span = rule()
        if span:
            return what.format(span)
    return None
