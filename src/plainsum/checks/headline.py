"""The headline states the main finding: what the paper concludes or its main result, not how the
study was done, not a side point, not a fragment.

- procedure: the headline reports how the study was done ("Four trials met the entry rules",
  "Reviewers screened 1777 studies", "Scientists used two kinds of cells to study ..."), unless
  the paper's conclusions are about that too;
- side point: a safety aside, drop-outs or costs ("No side effects were seen", "Both trials
  lost many participants") when the paper's first conclusion is about something else;
- who took part: the participants' characteristics ("The share of men ranged from 60% to 75%",
  "Their mean age was 52 years"), unless the conclusions are about them too;
- an analysis check: how well a model fitted or was checked ("A visual predictive check
  suggests adequate models"), unless every conclusion sentence is about that;
- what studies examined: "Two trials compared a course with usual care" says what was
  studied, not what was found (unless it goes on to say what they found);
- another result: the headline repeats a results sentence (it aligns with it well) and names
  none of the conclusion's key terms, the words the conclusions share with the paper's aim or
  title (the treatment, the condition, the main outcome): "Quality of life did not differ"
  when the paper concludes that a procedure gave no benefit for people with MS;
- how much the studies differed: "the studies differed a lot in study results" reports the
  heterogeneity of the evidence, not what it found (unless an effect is stated beside it, or
  every conclusion is about that);
- not the finding by where it comes from: the source sentence that holds the headline best
  (matched well, and no main sentence holds nearly as much of it) is an aside among the results
  ("Interestingly, ...", "We also found ..."), or, for a headline that claims nothing found (no
  effect, difference, link, evidence or uncertainty outside the question asked), the aim, a
  method, the background or a heterogeneity statement;
- a limitation: what the studies could not do ("The studies were not designed to detect ...",
  "The trials were too small to show ..."), unless every conclusion sentence says so too;
  what the evidence is too weak to show is how sure the finding is, and passes;
- a lone result stressed with "Only": "Only 3 people had side effects", "Only the trial in
  Brazil reported vision" repeats a results sentence (it aligns with it well, and no
  conclusion sentence holds it nearly as well) as if it were the point, when the conclusions
  say nothing with "only";
- fragment: too short to say anything, or ending in mid-phrase ("... the effect of").

Each is an error: a reader who sees only the headline must learn the finding. The evidence is
the paper's conclusion sentences (or, without them, its results), as `plainsum.evidence`
splits and labels them. A headline that merely aligns best with a background sentence is not
flagged: measured on the labelled corpus, that rule failed 8 of 41 clean headlines (papers
state their point in their opening sentences too); it takes a headline that claims nothing
found as well, and a margin over the main sentences (0 of 41 clean headlines).
"""

from __future__ import annotations

import re

from ..evidence import (
    SourceSentence,
    align,
    content_words,
    overlaps,
    split_source,
    stand_ins,
    stem,
    word_weight,
)
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, PlainSummary, Severity
from .fluency_words import leaning_it, leans_back, opening_connective
from .verbs import verb_forms

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
# How many studies there were, or in how many a measure was reported: the size of the evidence,
# not what it found ("There were five non-controlled trials that studied ...", "Fatigue was
# presented in two studies"). "There were no trials" is an empty review's finding.
_COUNTED = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|several|a few|few|some|many|only (?:one|two|three|four|five|\d+))"
)
_STUDIES_THERE = re.compile(
    rf"^there (?:were|was|are|is|have been) (?:only )?{_COUNTED} (?:[\w-]+ ){{0,4}}?"
    r"(?:studies|trials|reports|reviews|papers|cohorts)\b"
    r"(?!.*\b(?:showed|found|shows|find|suggest\w*|reported (?:that|no|less|more|lower|higher|"
    r"better|fewer))\b)"
    rf"|\b(?:was|were|is|are) (?:only )?(?:presented|reported|described|given|examined|studied|"
    rf"assessed|measured|evaluated|investigated|looked at|recorded|included) (?:only )?in "
    rf"{_COUNTED} (?:[\w-]+ ){{0,2}}?(?:studies|trials|reports|papers|reviews)\b",
    re.I,
)
# The review or study measured against its own aims: how it went, not what it found ("The
# identified studies are not enough to address the objectives of the present review").
_OWN_AIMS = re.compile(
    r"\b(?:the |its |their |our )?(?:objectives?|aims?|goals?|questions?) (?:of|for|set for|"
    r"specified for) (?:the |this |our )?(?:present |current )?(?:review|study|trial|analysis)\b",
    re.I,
)
# Who took part: their ages, sexes, how long they were followed (a description, not a result).
_PARTICIPANTS = re.compile(
    r"\b(?:(?:mean|median|average) (?:age|follow-?up|duration of (?:follow-?up|disease))|"
    r"aged (?:between|from)|ages? (?:ranged|were between|was between)|"
    r"(?:share|proportion|percentage|number|per ?cent) of (?:the )?(?:men|women|males|females|"
    r"boys|girls|smokers|white|black)\b|"
    r"(?:most|half|a third|a quarter|\d+ ?%|\w+ (?:per ?cent|%)) (?:of (?:them|the \w+|"
    r"participants|patients|people) )?were (?:women|men|female|male|white|smokers)\b)",
    re.I,
)
# A comparison or change: a headline that has one reports a result, whoever it is about.
_COMPARES = re.compile(
    r"\b(?:than|compared|versus|vs|improv\w*|reduc\w*|lower\w*|rais\w*|increas\w*|"
    r"decreas\w*|benefit\w*|help\w*|eas\w*|slow\w*|better|worse|fewer|cut|prevent\w*|linked|"
    r"associated|related|caus\w*|risk)\b",
    re.I,
)
# How well the analysis itself fitted or was checked: the method's health, not the finding.
_ANALYSIS_CHECK = re.compile(
    r"\b(?:(?:visual )?predictive checks?|goodness[- ]of[- ]fit|model (?:fit|diagnostics|"
    r"validation)|(?:adequate|acceptable|good|well[- ]fitting) (?:[\w-]+ ){0,4}?models?|"
    r"models? (?:fitted|fit|described) the data(?: well)?|(?:internal|external) validation|"
    r"sensitivity analys[ie]s (?:showed|confirmed|gave) (?:similar|the same|consistent))\b",
    re.I,
)
# What the included studies examined: "Two trials compared ...", "The studies looked at ...".
_STUDIES_EXAMINED = re.compile(
    r"^(?:the |these |both |all |most |some |several |many |other |only |\w+ )?(?:of the )?"
    r"(?:\w+ ){0,2}?(?:studies|trials|reviews|reports|papers)(?: \w+){0,3}? "
    r"(?:evaluated|examined|assessed|checked|tested|compared|looked at|investigated|studied|"
    r"explored|focused on|were about|dealt with|addressed|provided|presented|described|gave|"
    r"contributed|supplied)\b"
    r"(?!.*\b(?:found|showed|show|shown|reported that|concluded|and saw|suggest\w*)\b)",
    re.I,
)
# The question a study asked ("whether it reduces ..."): an effect named there is not found.
_QUESTION = re.compile(r"\b(?:whether|if|how)\b.*", re.I)
# Words too general to say which treatment, condition or outcome a conclusion is about (the
# design and reporting words of any paper among them).
_GENERAL = frozenset(
    stem(w)
    for w in """patient patients participant participants individual individuals adult adults
    child children subject subjects effect effects effective effectiveness efficacy evidence
    outcome outcomes treatment treatments therapy therapies intervention interventions review
    systematic trial data assess determine evaluate compare compared comparison clinical
    practice objective objectives aim aims main whether quality certainty low moderate high
    use role current available randomised randomized randomly controlled conclusion conclusions
    demonstrate""".split()
)
MIN_TERMS = 3  # content words a headline needs before it can be said to be about something else
RARE = 2.5  # evidence weight (Zipf 4 or rarer) of a word that names a particular thing
MARGIN = 0.25  # how much better a results sentence must hold the headline than any conclusion
ALIGNED = 0.7  # a headline this well matched by one results sentence repeats that sentence

_DANGLING = re.compile(
    r"\b(?:of|the|a|an|and|or|to|with|in|for|by|on|from|that|which|than|as)\s*[.:;,]?\s*$", re.I
)
# A list of what something does, cut before its last item: "X depolarizes the membrane, blocks
# a kinase" (the source went on "..., and reduces ..."). Two verb phrases after one subject are
# joined by 'and' or 'or'; a comma alone before the last one means the end was cut.
_CUT_LIST = re.compile(r"^[^,]+\b(\w+s)\b[^,]*(?:,[^,]+)*,\s+(\w+s)\s+\S[^,]*$")
_JOINED = re.compile(r",[^,]*\b(?:and|or|but|while|whereas|although|though|which|that|who)\b", re.I)
_REPORTING_END = re.compile(
    r"\b(?:suggests?|shows?|finds?|says?|reports?|indicates?|concludes?|confirms?)\W*$", re.I
)
_PRESENT_VERB = re.compile(r"[a-z]{3,}(?:izes|ises|ates|ifies|ens)")
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


def _stems(source: Source, text: str) -> set[str]:
    """The stems of `text`'s content words and of the words its abbreviations and terms stand
    for in `source`, less the words too general to name a topic."""
    words = content_words(text) + stand_ins(source, text)
    return {stem(w) for w in words} - _GENERAL


def _key_terms(source: Source, main: list[int], sentences: list[SourceSentence]) -> set[str]:
    """The conclusions' key terms: the stems they share with the paper's aim or title (what
    the paper set out to learn about), and their rare words (a drug's name, a condition).
    Empty when the paper states neither aim nor title, or its conclusions name nothing of
    them: then nothing says what the paper is about."""
    topic = " ".join(
        [source.title or "", *(s.text for s in sentences if s.role == Role.AIM)]
    ).strip()
    if not topic or not main:
        return set()
    conclusions = " ".join(sentences[i].text for i in main)
    shared = _stems(source, conclusions) & _stems(source, topic)
    if not shared:
        return set()  # conclusions that name nothing the paper set out to study
    rare = {stem(w) for w in content_words(conclusions) if word_weight(w) >= RARE} - _GENERAL
    return shared | rare


def _names_any(stems: set[str], keys: set[str]) -> bool:
    """Whether a stem is a key term or shares its first letters with one ("progress" and
    "progressive" both name progression)."""
    prefixes = {k[:5] for k in keys if len(k) >= 5}
    return bool(stems & keys) or any(len(s) >= 5 and s[:5] in prefixes for s in stems)


def _another_result(
    source: Source, headline: str, main: list[int], sentences: list[SourceSentence]
) -> set[str] | None:
    """The conclusions' key terms when the headline repeats a results or methods sentence, no
    conclusion sentence holds nearly as much of it, and it names none of those terms; else None."""
    if not main or any(sentences[i].role != Role.CONCLUSION for i in main):
        return None  # without conclusions the results are the main finding
    if len(set(content_words(headline))) < MIN_TERMS:
        return None  # too few words to tell what a headline is about
    matched = align(source, headline)
    if matched.score < ALIGNED or not matched.sentences:
        return None
    if any(
        i in main or sentences[i].role not in (Role.RESULTS, Role.METHODS)
        for i in matched.sentences
    ):
        return None
    shares = overlaps(source, headline)
    if max((shares.get(i, 0.0) for i in main), default=0.0) > matched.score - MARGIN:
        return None  # a conclusion says nearly as much of it
    keys = _key_terms(source, main, sentences)
    if not keys or _names_any(_stems(source, headline), keys):
        return None
    return keys


# The studies' results differed from each other: how consistent the evidence is, not what it
# found.
_HETEROGENEITY = re.compile(
    r"\b(?:(?:substantial|considerable|high|significant|marked|moderate|large|much|"
    r"important|great) (?:statistical )?heterogeneity|heterogeneity (?:between|among|across|in) "
    r"(?:the )?(?:studies|trials|results|study results|estimates))\b"
    r"|\b(?:differed|varied|var(?:y|ies)|were (?:inconsistent|mixed|not "
    r"consistent)) (?:a lot |widely |greatly |considerably |much |substantially )?"
    r"(?:in (?:their |study |the )?(?:results|findings|estimates|effects)|between (?:the )?"
    r"(?:studies|trials)|from (?:each other|one another|study to study|trial to trial)|"
    r"across (?:the )?(?:studies|trials)|among (?:the )?(?:studies|trials))"
    r"|\b(?:inconsistent|mixed|conflicting) (?:results|findings|evidence)\b"
    r"|\b(?:results|findings|estimates) (?:\w+ ){0,2}?(?:differed|varied|were (?:inconsistent|"
    r"mixed|conflicting))\b",
    re.I,
)
# A sentence that opens by marking its result as an aside ("Interestingly, ...", "We also
# found ..."): a side result, even among the conclusions.
_ASIDE = re.compile(
    r"^(?:interestingly|curiously|surprisingly|incidentally|in addition|additionally|also|"
    r"moreover|furthermore|besides|secondary (?:outcomes?|analys[ie]s)|as a secondary|"
    r"(?:we|they|the authors) also (?:found|observed|noted|saw|showed)|a (?:further|secondary) "
    r"(?:finding|analysis))\b",
    re.I,
)
# What a study set out to learn or did: the aim or the method said as such.
_AIM_OR_METHOD = re.compile(
    r"^(?:objectives?|aims?|purpose|background|methods?)\b"
    r"|\bto (?:assess|determine|investigate|evaluate|examine|explore|compare|test|study|"
    r"characteri[sz]e|describe|identify|find out|see|learn|measure|review)\b"
    r"|\b(?:aim|objective|purpose|goal|question)s? (?:of (?:this|the|our) \w+ )?"
    r"(?:was|were|is|are)\b"
    r"|\bwe (?:investigated|examined|assessed|evaluated|studied|explored|compared|tested|sought|"
    r"aimed|searched|included|recruited|enrolled|randomi[sz]ed|measured|used|analy[sz]ed|"
    r"reviewed|collected|followed)\b"
    r"|\b(?:were|was) (?:randomi[sz]ed|recruited|enrolled|included|allocated|assigned|searched)\b",
    re.I,
)
# What a headline says was found: an effect, a difference or its absence, a link, how sure.
_CLAIM = re.compile(
    r"\b(?:found|find|finds|showed|shows|shown|suggest\w*|evidence|differ\w*|similar|same|"
    r"unclear|uncertain|unknown|not (?:yet )?(?:known|clear|certain)|did not|does not|do not|no "
    r"(?:\w+ )?(?:effect|benefit|difference|change|link)|higher|lower|high|low|likely|risk\w*|"
    r"may|might|can|could|probably|possibly|fell|rose|dropped|changed|gained|lost)\b"
    r"|\bno (?:\w+ ){0,3}?(?:information|trials|studies|data|evidence|literature|reports)\b",
    re.I,
)


def _claims(headline: str) -> bool:
    """Whether a headline says something was found, outside the question a study asked."""
    text = _QUESTION.sub("", headline)
    return bool(_CLAIM.search(text) or _COMPARES.search(text) or _EFFECT.search(text))


def _heterogeneity(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The words of a headline that reports how much the studies differed and no effect beside
    it, when the paper's conclusions are not all about that."""
    hit = _HETEROGENEITY.search(headline)
    if not hit:
        return None
    rest = _HETEROGENEITY.sub(" ", headline)
    if _EFFECT.search(_QUESTION.sub("", rest)):
        return None
    if main and all(_HETEROGENEITY.search(sentences[i].text) for i in main):
        return None
    return hit.group(0)


def _aligned_kind(
    source: Source, headline: str, main: list[int], sentences: list[SourceSentence]
) -> str | None:
    """What the source sentence that holds a headline best is, when it is not a finding: "the
    heterogeneity" (how much the studies differed), "a side result" (a result the paper marks
    as an aside), "the aim or method" or "the background"; None when it is a finding, when the
    match is loose, or when a main sentence holds the headline nearly as well."""
    if len(set(content_words(headline))) < MIN_TERMS:
        return None
    matched = align(source, headline)
    if matched.score < ALIGNED or not matched.sentences:
        return None
    best = sentences[matched.sentences[0]]
    shares = overlaps(source, headline)
    own = shares.get(best.index, 0.0)
    if _ASIDE.search(best.text) and len(main) > 1:
        kind = "a side result"
    elif _claims(headline):
        return None  # the headline says what was found; where it aligns is the aligner's luck
    elif _HETEROGENEITY.search(best.text):
        kind = "the heterogeneity (how much the studies differed)"
    elif best.role in (Role.AIM, Role.METHODS) or _AIM_OR_METHOD.search(best.text):
        kind = "the aim or method"
    elif best.role == Role.BACKGROUND:
        kind = "the background"
    else:
        return None
    rivals = [i for i in main if i != best.index and not _ASIDE.search(sentences[i].text)]
    if max((shares.get(i, 0.0) for i in rivals), default=0.0) > own - MARGIN:
        return None  # a main sentence says nearly as much of it
    return kind


# What the studies could not do: a limitation, not a finding.
_LIMITATION = re.compile(
    r"\b(?:not|n't|never) (?:\w+ )?(?:designed|powered|big enough|large enough|long enough|"
    r"set up|built|meant) to\b|\btoo (?:small|short|few|brief) to\b|\blimitations?\b|"
    r"\b(?:was|were) limited by\b",
    re.I,
)
_ONLY = re.compile(r"^only\b", re.I)


def _limitation(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The words of a headline that reports what the studies could not do, when the paper's
    conclusions do not all say so."""
    hit = _LIMITATION.search(headline)
    if re.search(r"\bevidence\b", headline, re.I):
        return None  # "The evidence is too thin to show ...": how sure the finding is
    if not hit or (main and all(_LIMITATION.search(sentences[i].text) for i in main)):
        return None
    return hit.group(0)


def _stressed_result(
    source: Source, headline: str, main: list[int], sentences: list[SourceSentence]
) -> bool:
    """Whether an "Only ..." headline repeats a results sentence that no conclusion holds
    nearly as well, and the conclusions stress nothing with "only"."""
    if not _ONLY.search(headline) or not main:
        return False
    if any(sentences[i].role != Role.CONCLUSION for i in main):
        return False  # without conclusions the results are the main finding
    if any(re.search(r"\bonly\b", sentences[i].text, re.I) for i in main):
        return False
    matched = align(source, headline)
    if matched.score < ALIGNED or not matched.sentences or matched.sentences[0] in main:
        return False
    shares = overlaps(source, headline)
    return max((shares.get(i, 0.0) for i in main), default=0.0) <= matched.score - MARGIN


def _cut_list(headline: str) -> bool:
    """Whether a headline's last verb phrase follows a comma with no 'and' or 'or' after the
    first comma: a list of what its subject does, cut before the last item."""
    m = _CUT_LIST.match(headline)
    if not m or _JOINED.search(headline) or _REPORTING_END.search(headline):
        return False
    first, last = m.group(1).lower(), m.group(2).lower()
    return all(
        not w.endswith("ss") and (verb_forms(w) or bool(_PRESENT_VERB.fullmatch(w)))
        for w in (first, last)
    )


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
    """An error when the headline is a fragment, reports procedure, how much the studies
    differed, a side point or side result, or repeats the aim, a method or the background
    instead of the main finding."""
    headline = " ".join(summary.headline.split())
    bare = headline.rstrip(".!")
    if len(bare.split()) < MIN_WORDS or _DANGLING.search(bare):
        return [_finding(headline, f"The headline is not a whole statement: {headline!r}.")]
    if _cut_list(bare):
        return [
            _finding(
                headline,
                f"The headline ends in a list cut before its last item: {headline!r}.",
            )
        ]
    hollow = _HOLLOW.search(bare)
    if hollow:
        return [
            _finding(
                headline,
                f"The headline says there is news but not what it is ({hollow.group(0)!r}): "
                f"{headline!r}.",
            )
        ]
    leaning = opening_connective(bare) or leaning_it(bare) or leans_back(bare)
    if leaning:
        return [
            _finding(
                headline,
                f"The headline leans on a sentence that is not there ({leaning!r}): read alone, "
                f"it does not say what it is about: {headline!r}.",
            )
        ]
    sentences = split_source(source)
    main = _main_sentences(source)
    main_text = " ".join(sentences[i].text for i in main)
    aims = _OWN_AIMS.search(bare)
    if aims and not (main and all(_OWN_AIMS.search(sentences[i].text) for i in main)):
        return [
            _finding(
                headline,
                f"The headline says how the study went against its own aims ({aims.group(0)!r}),"
                f" not what it found: {headline!r}.",
            )
        ]
    counted = _STUDIES_THERE.search(bare)
    if counted and _claims(bare[: counted.start()] + " " + bare[counted.end() :]):
        counted = None  # "Sleep was measured in two trials and did not differ": a finding
    procedure = _PROCEDURE.search(headline) or _STUDY_COUNT.search(headline) or counted
    if procedure and not _PROCEDURE.search(main_text):
        return [
            _finding(
                headline,
                f"The headline reports how the study was done ({procedure.group(0)!r}), not "
                f"what it found: {headline!r}.",
            )
        ]
    who = _PARTICIPANTS.search(headline)
    if who and not _COMPARES.search(headline) and not _PARTICIPANTS.search(main_text):
        return [
            _finding(
                headline,
                f"The headline describes who took part ({who.group(0)!r}), not what the study "
                f"found: {headline!r}.",
            )
        ]
    check = _ANALYSIS_CHECK.search(headline)
    if check and not all(_ANALYSIS_CHECK.search(sentences[i].text) for i in main):
        return [
            _finding(
                headline,
                f"The headline reports how well the analysis worked ({check.group(0)!r}), not "
                f"what the study found: {headline!r}.",
            )
        ]
    examined = _STUDIES_EXAMINED.search(bare)
    if (
        examined
        and not _EFFECT.search(_QUESTION.sub("", bare[examined.end() :]))
        and not any(_STUDIES_EXAMINED.search(sentences[i].text) for i in main)
    ):
        return [
            _finding(
                headline,
                f"The headline says what the studies examined ({examined.group(0)!r}), not "
                f"what they found: {headline!r}.",
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
    limit = _limitation(bare, main, sentences)
    if limit:
        return [
            _finding(
                headline,
                f"The headline reports a limitation of the studies ({limit!r}), not what they "
                f"found: {headline!r}.",
            )
        ]
    if _stressed_result(source, bare, main, sentences):
        return [
            _finding(
                headline,
                f"The headline stresses one result with 'Only' that the paper's conclusions do "
                f"not: {headline!r}.",
            )
        ]
    spread = _heterogeneity(bare, main, sentences)
    if spread:
        return [
            _finding(
                headline,
                f"The headline reports how much the studies differed ({spread!r}), not what "
                f"they found: {headline!r}.",
            )
        ]
    kind = _aligned_kind(source, bare, main, sentences)
    if kind:
        return [
            _finding(
                headline,
                f"The headline repeats {kind} of the paper, not its main finding: {headline!r}.",
            )
        ]
    keys = _another_result(source, headline, main, sentences)
    if keys is not None:
        return [
            _finding(
                headline,
                f"The headline repeats a side result the paper's conclusions are not about: it "
                f"names none of their key terms ({', '.join(sorted(keys)[:6])}): {headline!r}.",
            )
        ]
    return []
