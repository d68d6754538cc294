"""How the study was done, said as if it were the news: procedure, counts of studies, what the
studies examined, the study measured against its own aims, a headline that only says there is
news or names only what the study turned to, the authors' advice to clinicians (see
`plainsum.checks.headline`)."""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import SourceSentence
from .headline_claims import QUESTION, claims
from .verbs import has_verb

# How the study was done, said as if it were the news.
PROCEDURE = re.compile(
    r"\b(?:met (?:the |their |our )?(?:\w+ )?(?:entry|inclusion|selection|eligibility) "
    r"(?:rules|criteria|requirements)|(?:were|was) (?:included|enrolled|recruited|screened|"
    r"selected|identified|searched)|screened|searched|took part|signed up|finished|completed|"
    # "223 patients participated in four trials": who was in the studies, not what they found
    r"participated in (?:the |this |these |[\w-]+ ){0,2}(?:trials?|stud(?:y|ies)|RCTs?)|"
    # what was done to learn something, not what happens to people: "more likely to see their
    # disability worsen", "likely to test positive" are findings
    r"(?<!\blikely )(?<!unlikely )(?<!\bable )(?<!\bchance )"
    r"to (?:study|test|see|find out|measure|learn|look at|check)|"
    # "Evidence was retrieved on four interventions", "Data were pooled from 12 trials"
    r"(?:evidence|data|information) (?:was|were) (?:retrieved|gathered|collected|extracted|"
    r"obtained|pooled)|"
    # how the evidence was graded, every grade named: "The level of evidence was graded high,
    # moderate or low" says how sure the review was of nothing in particular
    r"(?:evidence|quality|certainty) (?:\w+ ){0,2}?(?:was|were) (?:graded|rated|judged|"
    r"assessed) (?:as )?(?:very )?(?:high|moderate|low)(?:,? (?:or |and |to )?(?:very )?"
    r"(?:high|moderate|low))+|"
    r"(?:entry|inclusion) (?:rules|criteria)|"
    # who knew which treatment each person had: how the study was blinded ("Three in four
    # doctors knew which treatment each patient got", "Nobody knew who had the real pill")
    r"(?:knew|did not know|didn't know|(?:were|was) (?:not )?(?:told|aware of)|could (?:not )?"
    r"tell|(?:were|was) (?:blinded|masked) (?:to|as to)) (?:which|who|what) (?:\w+ ){0,3}?"
    r"(?:treatment|drug|group|pill|arm|dose|intervention|therapy|injection|got|had|received|"
    r"took|was given))\b"
    r"|^(?:researchers|scientists|reviewers|the team|investigators|doctors|the authors) "
    r"(?:tested|measured|used|studied|looked at|searched|screened|compared|recruited|followed|"
    r"asked|grew|gave|reviewed|collected)\b(?!.*\b(?:found|showed|and (?:saw|learned))\b)"
    # people "had memory tests", "underwent scans": what was done to them, not what was found
    r"|\b(?:had|underwent|took|completed|did|were given|got) (?:\w+ ){0,3}?(?:tests?|scans?|"
    r"assessments?|measurements?|questionnaires?|interviews?|check-?ups?|examinations?|exams?|"
    r"surveys?)\b(?! (?:that|which) (?:showed|found))(?!.*\b(?:showed|found|revealed)\b)",
    re.I,
)

# What evidence would be for, said of evidence that is lacking: "not enough evidence available
# to check the effect of exercise", "a dearth of data to find out the effect of sanitation" is
# an empty review's finding, not what was done. (Only of the effect itself: "not enough
# evidence to check whether the risk in children differs" picks out a side question.)
_EVIDENCE_FOR = re.compile(
    r"\b(?:evidence|data|information)(?: available)? to (?:study|test|see|find out|measure|"
    r"learn|look at|check) the (?:effects?|benefits?|effectiveness|efficacy)\b",
    re.I,
)


def evidence_for(headline: str, procedure: re.Match[str]) -> bool:
    """Whether the procedure words `procedure` found in `headline` are what lacking evidence
    would be for ("not enough evidence to check the effect of ...")."""
    return any(m.start() <= procedure.start() < m.end() for m in _EVIDENCE_FOR.finditer(headline))


# A headline that says there are findings without saying what they are, or names only a topic.
HOLLOW = re.compile(
    r"\breports? (?:its |their |new |some |the )?(?:findings|results|new research)\b"
    r"|\b(?:has|had|with) (?:new |some |interesting )?(?:findings|results)\s*$"
    r"|^(?:an?|the|this|one) (?:new |small |large )?(?:\w+ )?(?:study|review|trial|paper|"
    r"analysis|survey|audit|report|experiment|project|case study|interview study)(?: (?:of|in) "
    r"[\w,-]+(?: \w+)?)? (?:looked at|looks at|studied|examined|explored|investigated|is about|"
    # (a finding after it says what was found: "... and found X"; "fragments found by a test",
    # "proteins found in blood" name the thing looked at, and say nothing found: plaba 34664478)
    r"asked about)\b(?!.*\b(?:found|showed|shows|and saw)\b(?! (?:by|in|on|among|within)\b))",
    re.I,
)
# What was done to the study's people or animals ("The dose was given daily for two months in
# rats", "Rats were divided into three groups"): procedure when the headline claims nothing.
ADMINISTERED = re.compile(
    r"\b(?:was|were|is|are) (?:\w+ly )?(?:given|administered|injected|fed|dosed|divided|"
    r"randomi[sz]ed|assigned|allocated|split|kept|housed|sacrificed|killed|exposed|infected|"
    r"treated|followed up|followed|assessed|measured|recorded|collected|sampled|"
    # "Reports were classified by drug, time to onset and outcome": how data were sorted
    r"classified|categori[sz]ed|grouped|sorted|coded)\b"
    # "Half of them took laquinimod 0.6 mg once a day": who took which dose
    r"|\b(?:took|received|got) (?:[\w-]+ ){1,3}?\d+(?:\.\d+)? ?(?:mg|g|mcg|µg|ml|iu|units?)\b",
    re.I,
)
# What a term means, said as if it were the news: "A biomarker is something doctors can
# measure", "An orthosis is a kind of brace".
DEFINES = re.compile(
    r"^an? [\w'’-]+(?: [\w'’-]+){0,2} (?:is|are) (?:something|someone|anything|a person|"
    r"(?:an?|the) (?:kind|type|sort|form|name|word|term|group|family) (?:of|for)|"
    r"(?:a|an) (?:[\w-]+ ){0,2}?(?:that|which|who) (?:is|are|can|helps?|measures?|describes?))\b",
    re.I,
)
# A second step of the procedure, timed against the first, that ends the headline ("Rats were
# fed a diet for two weeks before an MS-like disease was caused", "Cells were treated after the
# virus was added"): its verb says what was done, not what was found ("caused" is no effect).
_TIMED_STEP = re.compile(
    r",?\s+\b(?:before|after|until|once|when)\s+(?:[\w'’-]+\s+){1,8}?(?:was|were|had been)\s+"
    r"(?:\w+ly\s+)?\w+(?:ed|en)\s*[.!]?\s*$",
    re.I,
)


def without_timed_step(headline: str) -> str:
    """The headline without a timed second step of the procedure that ends it."""
    return _TIMED_STEP.sub("", headline)


# What happened to them, which makes such a headline a finding ("... and all recovered"); not
# the name of a course of MS ("people with relapsing MS took laquinimod 0.6 mg")
OUTCOME = re.compile(
    r"\b(?:recover\w*|died|deaths?|surviv\w*|heal\w*|cured?|respond\w*|response|"
    r"relaps(?:e[sd]?|e-free)|relapsing(?![- ](?:remitting|ms\b|multiple|forms?|disease|course))|"
    r"success\w*|fail\w*|safe\w*|tolerat\w*|well|side effects?|"
    r"unwanted events?|harmful effects?|harms?|adverse|no change|"
    r"unchanged|stable|normal)\b",
    re.I,
)
# What the authors advise clinicians or services to do, not what the study found: "Women could
# be given information on both methods", "Midwives should discuss ...", "X is recommended".
RECOMMENDATION = re.compile(
    r"\b(?:should|could|must|ought to|need to|needs to)\s+(?:\w+ly\s+)?(?:be\s+)?(?:given|offered|"
    r"used|use|recommended|recommend|advised|advise|encouraged|encourage|"
    r"informed|told|provided|provide|prescribed|prescribe|screened|screen|implemented|"
    r"implement|adopted|adopt|introduced|continued|continue|stopped|avoided|avoid|discussed|"
    r"discuss|taken into account|made aware|aware|included|include|routinely)\b"
    r"|\b(?:we|the authors?|the review authors?) (?:recommend|advise)\b"
    r"|\b(?:is|are) (?:not )?(?:recommended|advised|warranted|justified)\b",
    re.I,
)
# Counting what a review found to include is how it was done, not what it found.
STUDY_COUNT = re.compile(
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
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|"
    r"several|a few|few|some|many|only (?:one|two|three|four|five|\d+))"
)
_STUDIES = r"(?:studies|trials|reports|reviews|papers|cohorts)"
STUDIES_THERE = re.compile(
    rf"^there (?:were|was|are|is|have been) (?:only )?{_COUNTED} (?:[\w-]+ ){{0,4}}?"
    r"(?:studies|trials|reports|reviews|papers|cohorts)\b"
    r"(?!.*\b(?:showed|found|shows|find|suggest\w*|reported (?:that|no|less|more|lower|higher|"
    r"better|fewer))\b)"
    rf"|\b(?:was|were|is|are) (?:only )?(?:presented|reported|described|given|examined|studied|"
    rf"assessed|measured|evaluated|investigated|looked at|recorded|included) (?:only )?in "
    rf"{_COUNTED} (?:[\w-]+ ){{0,2}}?(?:studies|trials|reports|papers|reviews)\b"
    # Which studies gave data, were eligible or were analysed: "Forty-one trials provided
    # information for one or more results", "Nine trials were eligible". What they reported is
    # a finding ("Two trials reported fewer relapses": no data word follows the verb).
    rf"|^(?:(?:all|only|just|in all,?) )?(?:the )?{_COUNTED} (?:[\w-]+ ){{0,3}}?{_STUDIES}"
    r"(?: (?:of|on|in|with|about) [\w-]+(?: [\w-]+)??)?(?: \([^)]*\))?"
    r"(?: (?:in total|in all|overall|altogether))? "
    r"(?:(?:provided|contributed|supplied|reported|gave|had|yielded) (?:usable |useful |enough |"
    r"some |any |the |outcome |summary )?(?:data|information|results|outcome data|numbers)"
    r"(?: (?:for|on|about|to) (?:one or more|at least one|some|all|each|any|most|the|these|"
    r"our|this)(?: of (?:the|our|these))?(?: [\w-]+){0,2}?"
    r" (?:results|outcomes|comparisons|analyses|analysis|measures|questions|review))?"
    r"|(?:were|was) (?:judged |found |deemed |considered )?(?:eligible|analy[sz]ed|"
    r"included in (?:the|our|this) (?:[\w-]+ )?(?:analysis|analyses|review)))\b"
    r"(?!.*\b(?:showed|found|shows|suggest\w*|reported (?:that|no|less|more|lower|higher|"
    r"better|fewer))\b)",
    re.I,
)
# The review or study measured against its own aims: how it went, not what it found ("The
# identified studies are not enough to address the objectives of the present review").
OWN_AIMS = re.compile(
    r"\b(?:the |its |their |our )?(?:objectives?|aims?|goals?|questions?) (?:of|for|set for|"
    r"specified for) (?:the |this |our )?(?:present |current )?(?:review|study|trial|analysis)\b",
    re.I,
)

# What the included studies examined: "Two trials compared ...", "The studies looked at ...".
STUDIES_EXAMINED = re.compile(
    r"^(?:the |these |both |all |most |some |several |many |other |only |\w+ )?(?:of the )?"
    r"(?:\w+ ){0,2}?(?:studies|trials|reviews|reports|papers)(?: [\w-]+){0,6}? "
    r"(?:evaluated|examined|assessed|checked|tested|compared|looked at|investigated|studied|"
    r"explored|focused on|were about|dealt with|addressed|provided|presented|described|gave|"
    r"contributed|supplied|measured|reported (?:results|data|outcomes) (?:for|on))\b"
    r"(?!.*\b(?:found|showed|show|shown|reported that|concluded|and saw|suggest\w*)\b)",
    re.I,
)

# What a study (or its authors) turned to, said with a verb of attention: "This review was about
# eczema", "The study focused on ...", "Researchers looked into ...", "X was tested in mice".
# With no finding after it, such a headline names the topic, not what was found.
_STUDY = (
    r"(?:study|studies|review|reviews|trial|trials|paper|papers|analysis|analyses|research|work|"
    r"article|report|survey|project|experiment|experiments|meta-analysis)"
)
_AUTHORS = r"(?:researchers|scientists|reviewers|investigators|authors|the team|a team|doctors)"
_ATTENDS = (
    r"(?:(?:was|is|were|are) (?:all )?(?:about|on|into)|looked (?:at|into)|looks (?:at|into)|"
    r"focus(?:ed|es|sed)? on|stud(?:ied|ies)|examin(?:ed|es)|explor(?:ed|es)|"
    r"investigat(?:ed|es)|assess(?:ed|es)|evaluat(?:ed|es)|review(?:ed|s)|cover(?:ed|s)|"
    r"describ(?:ed|es)|address(?:ed|es)|consider(?:ed|s)|summari[sz](?:ed|es)|test(?:ed|s)|"
    r"compar(?:ed|es)|ask(?:ed|s)|(?:set out|aimed|aims|sought|wanted|tried) to \w+|"
    r"(?:was|were) (?:done|carried out|conducted) (?:on|in|into))"
)
# A subject that says what the studies lacked ("None of the studies considered deaths") states
# a finding about the evidence, not a topic.
_TOPIC_SUBJECT = re.compile(
    r"^(?!(?:none|no|neither|not|few|only)\b)"
    rf"(?:(?:an?|the|this|these|that|our|one|two|three|\w+) (?:[\w-]+ ){{0,3}}?{_STUDY}"
    rf"(?: (?:of|in|on|into|from|with|about) (?:[\w,'’-]+ ){{0,6}}?)?|{_AUTHORS}) {_ATTENDS}\b",
    re.I,
)
# The same, with the study's topic as the subject: "Vitamin D was tested in mice".
_TOPIC_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|has been|have been) (?:\w+ly )?(?:studied|tested|examined|explored|"
    r"investigated|evaluated|reviewed|looked at|looked into|compared|assessed)\b",
    re.I,
)


def topic_only(headline: str) -> str | None:
    """The words by which a headline says only what a study turned to ("This review was about
    eczema", "Vitamin D was tested in mice with an MS-like disease") or what a term of it means
    ("A biomarker is something doctors can measure"), when nothing else in it claims a finding;
    None otherwise."""
    defined = DEFINES.search(headline)
    if defined and not _FOUND.search(headline):
        return defined.group(0)  # what it "can" or "helps" do is part of what the term means
    m = _TOPIC_SUBJECT.match(headline) or _TOPIC_PASSIVE.search(headline)
    if m is None:
        return None
    rest = headline[: m.start()] + " " + headline[m.end() :]
    if claims(rest):
        return None
    # a clause of its own after the topic says what happened ("... and myelin grew back")
    if any(has_verb(part) for part in _NEXT_CLAUSE.split(QUESTION.sub("", rest))[1:]):
        return None
    return m.group(0)


_FOUND = re.compile(r"\b(?:found|showed|shown|suggests?|suggested|was|were)\b", re.I)
_NEXT_CLAUSE = re.compile(r"\b(?:and|but|which|so|while|where)\b|[,;:]", re.I)


def about_procedure(main: list[int], sentences: list[SourceSentence]) -> bool:
    """Whether the paper's conclusions are about how it was done: their first sentence names
    a procedure, or half of them do (an empty review's "No trials were identified"). One
    procedure among other conclusions is an aside ("No trials were identified in the under-12s"
    after a review's five comparisons): a procedure headline is still not the finding."""
    said = [bool(caseless.search(PROCEDURE, sentences[i].text)) for i in main]
    return bool(said) and (said[0] or 2 * sum(said) >= len(said))
