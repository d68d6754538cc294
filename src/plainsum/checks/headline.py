"""The headline states the main finding: what the paper concludes or its main result, not how the
study was done, not a side point, not a fragment.

- procedure: the headline reports how the study was done ("Four trials met the entry rules",
  "Reviewers screened 1777 studies", "Scientists used two kinds of cells to study ..."), unless
  the paper's conclusions are about that too;
- side point: a safety aside, drop-outs or costs ("No side effects were seen", "Both trials
  lost many participants") when the paper's first conclusion is about something else;
- fragment: too short to say anything, or ending in mid-phrase ("... the effect of").

Each is an error: a reader who sees only the headline must learn the finding. The evidence is
the paper's conclusion sentences (or, without them, its results), as `plainsum.evidence`
splits and labels them. A headline that merely aligns best with a background sentence is not
flagged: measured on the labelled corpus, that rule failed 8 of 41 clean headlines (papers
state their point in their opening sentences too).
"""

from __future__ import annotations

import re

from ..evidence import SourceSentence, split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, PlainSummary, Severity

CHECK = "headline"

MIN_WORDS = 4  # fewer words cannot state a finding
HINT = (
    "Write the headline from the paper's main result or conclusion: what was found, in one "
    "plain sentence."
)

# How the study was done, said as if it were the news.
_PROCEDURE = re.compile(
    r"\b(?:met (?:the |their |our )?(?:\w+ )?(?:entry|inclusion|selection|eligibility) "
    r"(?:rules|criteria|requirements)|(?:were|was) (?:included|enrolled|recruited|screened|"
    r"selected|identified|searched)|screened|searched|took part|signed up|finished|completed|"
    r"to (?:study|test|see|find out|measure|learn|look at|check)|"
    r"(?:entry|inclusion) (?:rules|criteria))\b"
    r"|^(?:researchers|scientists|reviewers|the team|investigators|doctors|the authors) "
    r"(?:tested|measured|used|studied|looked at|searched|screened|compared|recruited|followed|"
    r"asked|grew|gave|reviewed|collected)\b(?!.*\b(?:found|showed|and (?:saw|learned))\b)"
    # people "had memory tests", "underwent scans": what was done to them, not what was found
    r"|\b(?:had|underwent|took|completed|did|were given|got) (?:\w+ ){0,3}?(?:tests?|scans?|"
    r"assessments?|measurements?|questionnaires?|interviews?|check-?ups?|examinations?|exams?|"
    r"surveys?)\b(?! (?:that|which) (?:showed|found))(?!.*\b(?:showed|found|revealed)\b)",
    re.I,
)
# What a main result says happened: an effect, a difference, a link.
_EFFECT = re.compile(
    r"\b(?:effective|efficacy|improv\w*|reduc\w*|lower\w*|rais\w*|increas\w*|decreas\w*|"
    r"benefit\w*|help\w*|eas\w*|slow\w*|work\w*|better|worse|fewer|more|less|cut|prevent\w*|"
    r"linked|associated|related|caus\w*)\b",
    re.I,
)
# Asides a headline should not lead with unless they are the paper's point.
_SIDE = re.compile(
    r"\b(?:side[- ]effects?|adverse|harms?|safe|safety|well tolerated|tolerated|(?:were|was) "
    r"common after|drop(?:ped)? out|dropouts?|lost (?:many |some |a lot of )?(?:participants|"
    r"people|patients)|costs?|money|cheaper|price)\b",
    re.I,
)
# A headline that says there are findings without saying what they are, or names only a topic.
_HOLLOW = re.compile(
    r"\breports? (?:its |their |new |some |the )?(?:findings|results|new research)\b"
    r"|\b(?:has|had|with) (?:new |some |interesting )?(?:findings|results)\s*$"
    r"|^(?:an?|the|this|one) (?:new |small |large )?(?:\w+ )?(?:study|review|trial|paper|"
    r"analysis)(?: (?:of|in) [\w,-]+(?: \w+)?)? (?:looked at|studied|examined|explored|"
    r"investigated|is about)\b(?!.*\b(?:found|showed|shows|and saw)\b)",
    re.I,
)
# Counting what a review found to include is how it was done, not what it found.
_STUDY_COUNT = re.compile(
    r"\bfound (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"twenty|thirty|forty|fifty|several|many|\w+ unique) (?:\w+ )?"
    r"(?:studies|trials|reports|reviews|papers|evaluations)\b(?!.*\b(?:that|which) "
    r"(?:showed|found)\b)",
    re.I,
)
_DANGLING = re.compile(
    r"\b(?:of|the|a|an|and|or|to|with|in|for|by|on|from|that|which|than|as)\s*[.:;,]?\s*$", re.I
)
_MAIN_ROLES = (Role.CONCLUSION,)
# The sentence where the authors say what they conclude, wherever it stands.
_CONCLUDING = re.compile(
    r"\b(?:we conclude|in conclusion|to conclude|conclusions?:|in summary|overall,|"
    r"(?:these|our|the) (?:results|findings|data) (?:suggest|show|indicate|demonstrate)|"
    r"this (?:study|trial|review) (?:shows|suggests|demonstrates|found))",
    re.I,
)


def _main_sentences(source: Source) -> list[int]:
    """The paper's conclusion sentences, or its results when it has no conclusion."""
    sentences = split_source(source)
    main = [s.index for s in sentences if s.role in _MAIN_ROLES]
    if not main:
        main = [s.index for s in sentences if s.role == Role.RESULTS]
    return main


_MORE_WORK = re.compile(
    r"\b(?:more|further|larger|better|longer)\s+(?:\w+\s+)?(?:research|studies|trials|evidence|"
    r"data|work)\b",
    re.I,
)
_HEADLINE_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|whereas|although|though)\b", re.I)


def _side_point(headline: str, main: list[int], sentences: list[SourceSentence]) -> bool:
    """Whether a headline that names a side point (safety, drop-outs, costs) leads with it in
    place of the main finding: it states no effect of its own beside the aside ("may be safe
    and may reduce relapses" does), and the paper's conclusions either never mention the
    aside, or also state an effect ("may be safe and have potential benefits", "reduces
    fatigue ... Adverse events were rare")."""
    own = [c for c in _HEADLINE_CLAUSE.split(headline) if not _SIDE.search(c)]
    if any(_EFFECT.search(c) for c in own):
        return False
    about_it = [sentences[i].text for i in main if _SIDE.search(sentences[i].text)]
    return not about_it or any(_states_effect(sentences[i].text) for i in main)


def _states_effect(text: str) -> bool:
    """Whether a sentence states an effect apart from a side point and a call for more work."""
    return bool(_EFFECT.search(_MORE_WORK.sub(" ", _SIDE.sub(" ", text))))


def _finding(headline: str, message: str) -> Finding:
    return Finding(
        check=CHECK,
        severity=Severity.ERROR,
        section="headline",
        span=headline,
        message=message,
        hint=HINT,
    )


def check_headline(
    source: Source, summary: PlainSummary, links: list[EvidenceLink] | None = None
) -> list[Finding]:
    """An error when the headline is a fragment, reports procedure, or leads with a side point
    the paper's conclusions are not about."""
    headline = " ".join(summary.headline.split())
    bare = headline.rstrip(".!")
    if len(bare.split()) < MIN_WORDS or _DANGLING.search(bare):
        return [_finding(headline, f"The headline is not a whole statement: {headline!r}.")]
    hollow = _HOLLOW.search(bare)
    if hollow:
        return [
            _finding(
                headline,
                f"The headline says there is news but not what it is ({hollow.group(0)!r}): "
                f"{headline!r}.",
            )
        ]
    sentences = split_source(source)
    main = _main_sentences(source)
    main_text = " ".join(sentences[i].text for i in main)
    procedure = _PROCEDURE.search(headline) or _STUDY_COUNT.search(headline)
    if procedure and not _PROCEDURE.search(main_text):
        return [
            _finding(
                headline,
                f"The headline reports how the study was done ({procedure.group(0)!r}), not "
                f"what it found: {headline!r}.",
            )
        ]
    side = _SIDE.search(headline)
    if side and _side_point(headline, main, sentences):
        return [
            _finding(
                headline,
                f"The headline leads with a side point ({side.group(0)!r}) the paper's "
                f"conclusions are not about: {headline!r}.",
            )
        ]
    return []
