"""Side points a headline may lead with in place of the main finding: a safety aside, drop-outs,
costs, how many took their doses or how widely practice uses a treatment; who took part; how
well the analysis fitted; how much the studies differed; what the studies could not do, or that
bias or chance may explain their results. Each is an error unless the paper's conclusions are
about it too (see `plainsum.checks.headline`)."""

from __future__ import annotations

import re

from ..evidence import PREFIX_LETTERS, SourceSentence, content_words, stem
from .headline_claims import EFFECT, QUESTION
from .long_forms import paper_definitions
from .subject import _can_name

# Asides a headline should not lead with unless they are the paper's point.
SIDE = re.compile(
    # (not "safe" describing a level: "keep potassium within a narrow, safe range")
    r"\b(?:side[- ]effects?|adverse|harms?|safe(?! (?:range|level|limit|zone|band)s?\b)|"
    r"safety|well tolerated|tolerated|"
    # "more unwanted reactions", "Nobody was hurt during therapy": harms in plain words
    r"unwanted (?:effects?|reactions?|events?)|(?:nobody|no one|none of them) (?:was|were|got) "
    r"(?:hurt|harmed|injured)|(?:were|was) "
    r"common after|drop(?:ped)? out|dropouts?|"
    # "Many trials lost children to follow-up", "The trial lost 30 adults"
    r"lost (?:many |some |a lot of |\d[\d,]* )?(?:participants|people|patients|children|adults|"
    r"women|men|animals|mice|rats)|lost (?:[\w,]+ ){0,3}?to follow-?up|"
    r"costs?|money|cheaper|price|"
    # how many took their doses: adherence, not what the doses did ("People who took their
    # pills had fewer relapses" says what they did)
    r"(?:\d+(?:\.\d+)? ?%|\d+ per ?cent|most|almost all|nearly all|all but \w+|half|\w+ "
    r"(?:in|out of) \w+) (?:of (?:the )?(?:people|participants|patients|volunteers|children|"
    r"adults|them) )?(?:got|received|took|had|completed|finished) (?:all|both|every|each|"
    r"the full|the second|their|all (?:of )?(?:their|the)) (?:\w+ )?(?:doses?|injections?|"
    r"shots?|infusions?|courses?|pills|tablets|sessions|vaccinations?)"
    # how practice uses a treatment, a remark beside what the paper found ("is widely used by
    # clinicians for other thyroid conditions", "doctors often prescribe it")
    # (said of the treatment: "drugs commonly used to treat schizophrenia" only names them)
    r"|(?:is|are|was|were|remains?|(?:has|have) been|becomes?|became) (?:now |still )?"
    r"(?:widely|commonly|often|routinely|increasingly|frequently) (?:being )?(?:used|"
    r"prescribed|given|recommended|offered)(?= (?:by|in|for|across|among|off[- ]label)\b)"
    r"|(?:clinicians|doctors|physicians|practitioners|prescribers) (?:\w+ )?(?:use|prescribe|"
    r"recommend|offer)s?)\b",
    re.I,
)

# A side point paired with what the study set out to find: "benefit or harm", "the
# effectiveness and safety of ...", "mortality or side effects". The partner is a word for the
# effect itself: a topic word of the conclusions is not enough ("dressing cost and the wound
# care each gives" is still about cost).
_PAIRED = re.compile(
    r"(?P<before>[\w'’-]+)\s*(?:,\s*(?:and|or)?|and|or|nor)\s+(?:(?:any|possible|serious|severe|"
    r"long-term|short-term|overall|its|their|the|is|are|was|were|be)\s+){0,2}$",
    re.I,
)
_PAIRED_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:and|or|nor)\s+(?:(?:the|its|their|any|possible|clinical|overall)\s+)?"
    r"(?P<after>[\w'’-]+)",
    re.I,
)
_THE_EFFECT = re.compile(
    r"^(?:benefits?|beneficial|effective(?:ness)?|efficacy|effects?|improvements?|survival|"
    r"mortality|deaths?|outcomes?)$",
    re.I,
)


def _paired_with_finding(headline: str) -> bool:
    """Whether a side point in the headline is one of a pair or list with the effect itself
    ("any benefit or harm", "the effectiveness and safety of ...")."""
    for m in SIDE.finditer(headline):
        before = _PAIRED.search(headline[: m.start()])
        after = _PAIRED_AFTER.match(headline[m.end() :])
        if after and SIDE.match(headline, m.end() + after.start("after")):
            after = None  # "costs and side effects": two side points
        for word in (before and before["before"], after and after["after"]):
            if not word or SIDE.fullmatch(word):
                continue
            if _THE_EFFECT.match(word):
                return True
    return False


# Who took part: their ages, sexes, how long they were followed (a description, not a result).
PARTICIPANTS = re.compile(
    r"\b(?:(?:mean|median|average) (?:age|follow-?up|duration of (?:follow-?up|disease))|"
    r"aged (?:between|from)|ages? (?:ranged|were between|was between)|"
    r"(?:share|proportion|percentage|number|per ?cent) of (?:the )?(?:men|women|males|females|"
    r"boys|girls|smokers|white|black)\b|"
    r"(?:most|half|a third|a quarter|\d+ ?%|\w+ (?:per ?cent|%)) (?:of (?:them|the \w+|"
    r"participants|patients|people) )?were (?:women|men|female|male|white|smokers)\b)",
    re.I,
)

# The groups were alike when the study began: who they were (their features, ages, sexes,
# make-up) or how they stood at the start. A check that the comparison is fair, not a result:
# "There were no clear differences in the physical features between groups", "The two groups
# were similar at the start", "Groups were well matched for age and sex".
_ALIKE = (
    r"(?:no (?:\w+ ){0,2}differences?|no (?:\w+ )?imbalances?|similar|comparable|alike|"
    r"(?:did|do) not differ|(?:well[- ])?(?:matched|balanced))"
)
_WHO_THEY_WERE = (
    r"(?:(?:\w+ )?(?:characteristics|features|demographics?|make-?up)|baseline(?: \w+)?|"
    r"ages?(?: (?:and|or) (?:sex|gender))?|sex|gender|(?:the )?start(?: of the \w+)?|entry|"
    r"(?:study )?enrol?ment|randomi[sz]ation|before (?:the )?(?:treatment|study|trial))"
)
GROUPS_ALIKE = re.compile(
    rf"\b{_ALIKE}\b(?: \w+){{0,6}}? (?:in|for|on|by|at|regarding|with respect to) (?:the |their "
    rf"|its )?(?:\w+ )?{_WHO_THEY_WERE}\b"
    rf"|\b(?:characteristics|features|demographics?|baseline \w+) (?:\w+ ){{0,4}}?(?:were|was) "
    rf"(?:\w+ )?{_ALIKE}\b",
    re.I,
)

# The comparison group's risk, the reference point a review's effect is read against ("The
# assumed risk of flu in the control group was 10 per 100"): a baseline, not a finding.
BASELINE_RISK = re.compile(
    r"\b(?:assumed|baseline|corresponding|illustrative) risks?\b"
    r"|\brisks? (?:\w+ ){0,8}?in the (?:control|comparison|placebo|usual[- ]care|no[- ]treatment) "
    r"(?:group|arm)s? (?:was|were|is)\b",
    re.I,
)

# How well the analysis itself fitted or was checked: the method's health, not the finding.
ANALYSIS_CHECK = re.compile(
    r"\b(?:(?:visual )?predictive checks?|goodness[- ]of[- ]fit|model (?:fit|diagnostics|"
    r"validation)|(?:adequate|acceptable|good|well[- ]fitting) (?:[\w-]+ ){0,4}?models?|"
    r"models? (?:fitted|fit|described) the data(?: well)?|(?:internal|external) validation|"
    r"sensitivity analys[ie]s (?:showed|confirmed|gave) (?:similar|the same|consistent)|"
    # "The results held up in a sensitivity analysis": the check, not what it checked
    r"(?:in|by|after|from) (?:a |the |two |several )?sensitivity analys[ie]s)\b",
    re.I,
)

_MORE_WORK = re.compile(
    r"\b(?:more|further|larger|better|longer)\s+(?:\w+\s+)?(?:research|studies|trials|evidence|"
    r"data|work)\b",
    re.I,
)

# The clauses of a headline: each may state its own effect beside an aside.
_HEADLINE_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|whereas|although|though)\b", re.I)


# A clause that goes on with the side point before it: its exception ("Side effects did not
# differ, with the exception of shivering, which was more frequent with the drug"), and what
# that exception did.
_GOES_ON = re.compile(
    r"^\s*(?:with the exception of|except(?: for)?|apart from|aside from|other than|save for|"
    r"which|that|who)\b",
    re.I,
)


def _own_clauses(headline: str) -> list[str]:
    """The headline's clauses that are not about its side point: neither naming it nor going
    on with a clause that does."""
    own, aside = [], False
    for clause in _HEADLINE_CLAUSE.split(headline):
        aside = bool(SIDE.search(clause)) or (aside and bool(_GOES_ON.match(clause)))
        if not aside:
            own.append(clause)
    return own


# Value for money is an economic evaluation's finding, never a side point: "may be
# cost-effective", "cost £12,000 per QALY gained", "was cost-saving".
_VALUE_FOR_MONEY = re.compile(
    r"\bcost[- ](?:effective(?:ness)?|saving|utility)\b|\bvalue for money\b|\bper "
    r"(?:QALY|quality-adjusted life[- ]years?)\b",
    re.I,
)


# A list of what was compared, opened by a colon: "no differences in any outcome: adverse events,
# births by caesarean, time to delivery". A side point among three or more items is one outcome
# of the many the finding covers, not what the headline leads with.
_OUTCOME_LIST = re.compile(r":(?P<items>[^:;]*,[^:;]*(?:,|\b(?:and|or)\b)[^:;]*)$")


def _one_of_a_list(headline: str) -> bool:
    """Whether every side point a headline names stands in a list of three or more items that
    follows a colon."""
    m = _OUTCOME_LIST.search(headline)
    return m is not None and not SIDE.search(headline, 0, m.start())


# Harm that is the finding itself, not an aside: the balance the conclusions strike ("may do
# more harm than good", "the harms outweigh the benefits") and serious harm made less likely
# ("lowered the risk of serious harm to the mother": a main outcome in plain words).
_HARM_IS_THE_FINDING = re.compile(
    r"\bmore harm than good\b|\bharms? (?:\w+ )?(?:may |might |could |would |did |do )?"
    r"outweigh|\bbenefits? (?:\w+ )?(?:may |might |could |would |did |do )?(?:not )?outweighs? "
    r"(?:the |any |its )?(?:\w+ )?harms?\b"
    r"|\b(?:reduc\w*|lower\w*|cut|prevent\w*|fewer|less)\b[^,;:]{0,40}?\b(?:risks?|chances?|"
    r"rates?|odds) of (?:\w+ ){0,2}?harm\b",
    re.I,
)


# What stands between an effect word and the outcome it acts on in one clause: "reduced
# short-term net adverse clinical events", "may reduce short-term NACE".
_EFFECT_ON = re.compile(r"^[^,;:.()]{0,40}$")
_CLAUSE_BREAK = re.compile(r"\b(?:but|however|whereas|while|although|though)\b", re.I)
# A change made to an outcome ("reduced", "fewer"), not a quality ("helpful or safe") or a link
# ("related side effects").
_CHANGE = re.compile(
    r"\b(?:reduc\w*|lower\w*|decreas\w*|increas\w*|rais\w*|cut|prevent\w*|fewer|more|less)\b",
    re.I,
)
# Outcomes a side word names as a noun: harms counted as events, not "safe" or "costs".
_HARM_OUTCOME = re.compile(r"adverse|side[- ]effects?|harms?|unwanted", re.I)


def _effect_on_side(text: str) -> str | None:
    """The harm outcome that the first change `text` states acts on, in the same clause
    ("reduced short-term net adverse clinical events": 'adverse'), if it does."""
    effect = _CHANGE.search(text)
    if effect is None:
        return None
    side = SIDE.search(text, effect.end())
    if side is None or not _HARM_OUTCOME.match(side.group(0)):
        return None
    between = text[effect.end() : side.start()]
    if not _EFFECT_ON.match(between) or _CLAUSE_BREAK.search(between):
        return None
    return side.group(0).lower()


def _spelt_out(text: str, definitions: dict[str, str]) -> str:
    """`text` with the paper's short forms followed by their long forms: "may reduce NACE" of a
    paper that defines "net adverse clinical events (NACE)" is about adverse events."""
    for short, long in definitions.items():
        if short in text:
            text = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", f"{long} ({short})", text)
    return text


def _leading_effect_on_side(
    headline: str, main: list[int], sentences: list[SourceSentence]
) -> bool:
    """Whether the headline's first effect acts on a side outcome on which the paper's
    conclusions state their own first effect: the transradial approach "reduced short-term net
    adverse clinical events" where the conclusions say it "may reduce short-term NACE, cardiac
    death, ..." leads with the main finding, whatever the outcome is called."""
    said = _effect_on_side(headline)
    if said is None or not main:
        return False
    definitions = paper_definitions(" ".join(s.text for s in sentences))
    return any(_effect_on_side(_spelt_out(sentences[i].text, definitions)) == said for i in main)


def side_point(headline: str, main: list[int], sentences: list[SourceSentence]) -> bool:
    """Whether a headline that names a side point (safety, drop-outs, costs) leads with it in
    place of the main finding: it states no effect of its own beside the aside ("may be safe
    and may reduce relapses" does), and the paper's conclusions either never mention the
    aside, or also state an effect ("may be safe and have potential benefits", "reduces
    fatigue ... Adverse events were rare"). A side point listed after a colon among what was
    compared is none (`_one_of_a_list`)."""
    if _one_of_a_list(headline) or _HARM_IS_THE_FINDING.search(headline):
        return False
    own = _own_clauses(headline)
    if any(EFFECT.search(c) for c in own) or _paired_with_finding(headline):
        return False
    if _VALUE_FOR_MONEY.search(headline) or _leading_effect_on_side(headline, main, sentences):
        return False
    about_it = [sentences[i].text for i in main if SIDE.search(sentences[i].text)]
    return not about_it or any(states_effect(sentences[i].text) for i in main)


# The studies' results differed from each other: how consistent the evidence is, not what it
# found.
HETEROGENEITY = re.compile(
    r"\b(?:(?:substantial|considerable|high|significant|marked|moderate|large|much|"
    r"important|great) (?:statistical )?heterogeneity|(?:heterogeneity|variation) (?:between|among|"
    r"across|in) (?:the )?(?:studies|trials|results|study results|estimates))\b"
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


def heterogeneity(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The words of a headline that reports how much the studies differed and no effect beside
    it, when the paper's conclusions are not all about that."""
    hit = HETEROGENEITY.search(headline)
    if not hit:
        return None
    rest = HETEROGENEITY.sub(" ", headline)
    if EFFECT.search(QUESTION.sub("", rest)):
        return None
    if main and all(HETEROGENEITY.search(sentences[i].text) for i in main):
        return None
    return hit.group(0)


# What the studies could not do: a limitation, not a finding; and what kept the analysis from
# being done ("Differences between the trials limited the analyses", "The trials could not be
# pooled", "prevented a meta-analysis", "made it hard to compare the studies").
_ANALYSIS = (
    r"(?:analys[ie]s|meta-analys[ie]s|comparisons?|pooling|synthesis|conclusions?|what could be "
    r"(?:said|concluded|done|compared))"
)
_LIMITATION = re.compile(
    r"\b(?:not|n't|never) (?:\w+ )?(?:designed|powered|big enough|large enough|long enough|"
    r"set up|built|meant) to\b|\btoo (?:small|short|few|brief|sparse|varied|different) to\b|"
    r"\blimitations?\b|\b(?:was|were) limited by\b"
    # who the results may not hold for: "Online surveys may not represent everyone with MS"
    r"|\b(?:may|might|could|can|do|does|did) not (?:\w+ )?(?:represent|be typical of|"
    r"generali[sz]e to)\b|\b(?:may|might) not (?:\w+ )?(?:apply to|reflect)\b|"
    r"\bnot (?:be )?representative\b|\bcannot be generali[sz]ed\b"
    # "None of the trials were well powered to show ...": the same, said of each study
    r"|\b(?:none|neither|few) of the (?:\w+ )?(?:studies|trials) (?:was|were) (?:\w+ )?"
    r"(?:designed|powered|big enough|large enough|long enough) to\b"
    # who the studies left out: "Few exercise trials in MS included people with severe
    # disability" (not "No trials included ...": an empty review's finding)
    r"|\b(?:few|none of the) (?:[\w-]+ ){0,4}?(?:studies|trials) (?:in [\w -]{2,30}? )?"
    r"(?:included|enrolled|involved|recruited|studied|tested)\b"
    # who or what alone was studied: "Only female mice of one strain were used"
    r"|^only (?:[\w-]+ ){1,6}?(?:was|were) (?:used|studied|tested|included|enrolled)\b"
    # what the studies did not report or analyse: "No analysis of male fertility was
    # provided", "Quality of life was not reported", "no pooled analysis was performed"
    r"|^no (?:\w+ )?(?:analys[ie]s|data|information|results|reports?) (?:of|on|about|for)\b"
    r".*\b(?:was|were) (?:provided|reported|available|given|presented)\b"
    r"|\b(?:was|were) not (?:reported|measured|analy[sz]ed|assessed|recorded)\b"
    r"|\bno (?:pooled |meta-)?analys[ie]s (?:was|were|could be) (?:performed|done|conducted|"
    r"carried out|possible)\b"
    rf"|\b(?:limited|restricted|prevented|precluded|ruled out|hampered) (?:\w+ ){{0,2}}?{_ANALYSIS}"
    r"|\b(?:could|can|cannot|can't|were|was) (?:not )?(?:be )?(?:pooled|combined|"
    r"meta-analy[sz]ed)\b(?<!\bwere pooled)(?<!\bwas pooled)(?<!\bwere combined)"
    r"|\bmade it (?:\w+ )?(?:impossible|hard|difficult) to (?:pool|combine|compare|draw|"
    r"analy[sz]e|say)\b"
    # a benefit that may not come about for some ("In patients with short predicted survival,
    # their patency benefits ... may not be realised"), results less sure than they look, and
    # studies too small or short to trust: the caveats of a finding, not the finding
    r"|\b(?:may|might|could) not (?:\w+ )?(?:be realised|be realized|be achieved|be sustained|"
    r"last|hold)\b"
    r"|\b(?:results?|findings?|rankings?|estimates?|conclusions?) (?:\w+ ){0,3}?(?:is|are|was|"
    r"were|may be|might be|could be|seems?) (?:\w+ )?less (?:certain|reliable|sure|trustworthy|"
    r"robust)\b"
    r"|\b(?:studies|trials) (?:were|was) (?:all |mostly |very |generally )?(?:small|short|few)"
    r"(?: and (?:\w+ ){0,3}?quality)?(?=[,.;]|$)",
    re.I,
)


# Results the headline puts down to bias, chance or error: why they may not hold, not what they
# were ("The effects seen can be caused by systematic error and random error", "The benefit may
# be due to chance", "Bias could explain the difference", "may reflect the play of chance", "are
# threatened by risks of systematic errors"). A
# method that uses chance ("Trials use the play of chance to allocate people") is no such
# caveat.
_EXPLAINED_AWAY = re.compile(
    r"\b(?:caused|explained|driven|produced|due|owing|attributable|accounted for|threatened|"
    r"distorted|undermined|weakened|inflated)\s+"
    r"(?:\w+\s+){0,3}?(?:by|to)\s+(?:\w+\s+){0,4}?(?:bias(?:es)?|chance|errors?|confounding)\b"
    r"|\b(?:may|might|could|can)\s+(?:\w+\s+)?reflect\s+(?:\w+\s+){0,3}?(?:bias(?:es)?|chance|"
    r"errors?|confounding)\b"
    r"|\b(?:bias(?:es)?|chance|confounding)\s+(?:\w+\s+)?(?:may|might|could|can|would)\s+"
    r"(?:\w+\s+)?(?:explain|account for|have caused|have produced)\b",
    re.I,
)


_DENIED = re.compile(r"\b(?:not|unlikely|no|never|rather than)\b[^,;]{0,30}$|n't[^,;]{0,30}$", re.I)


def _caveat(text: str) -> re.Match[str] | None:
    """A limitation, or results put down to bias or chance ("unlikely to be due to chance"
    says they hold)."""
    hit = _LIMITATION.search(text)
    if hit:
        return hit
    return next(
        (m for m in _EXPLAINED_AWAY.finditer(text) if not _DENIED.search(text[: m.start()])),
        None,
    )


def limitation(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The words of a headline that reports what the studies could not do, or puts their
    results down to bias, chance or error, with no effect in a clause of its own, when the
    paper's conclusions do not all say so."""
    hit = _caveat(headline)
    if re.search(r"\bevidence\b", headline, re.I):
        # "The evidence is too thin to show ...": how sure the finding is; but a gap in the
        # evidence about one part, over conclusions that state an effect, is a side point
        return _aside_gap(headline, main, sentences)
    if not hit or (main and all(_caveat(sentences[i].text) for i in main)):
        return None
    own = [c for c in _HEADLINE_CLAUSE.split(headline) if not _caveat(c)]
    if any(EFFECT.search(QUESTION.sub("", c)) for c in own):
        return None  # "Cooling may ease fatigue, though the trials could not be pooled"
    return hit.group(0)


# "There is not enough evidence about the long-term outcomes": what the studies left open
# about one part of the question (not "... to say whether X helps", the paper's own verdict).
_GAP_ABOUT = re.compile(
    r"\b(?:not enough|insufficient|limited|little|too little|no|scarce|a lack of|lack of)\s+"
    r"(?:\w+\s+)?(?:evidence|data|information)\s+(?:about|on|regarding|concerning)\b"
    # "... about the effects of X": the whole question, the paper's verdict, not a part of it
    r"(?!\s+(?:the\s+)?(?:effects?|efficacy|effectiveness|benefits?|value|role)\s+of\b)",
    re.I,
)


# Conclusions that doubt their finding or find no evidence ("There is insufficient evidence
# ...", "no convincing data support ...", "There was no evidence that ...").
_NO_EVIDENCE = re.compile(r"\bno (?:\w+ )?(?:evidence|data)\b|\bunclear\b", re.I)


def _doubted(text: str) -> bool:
    from .headline_conceded import DOUBT  # headline_conceded reads the grade, which reads this

    return bool(DOUBT.search(text) or _NO_EVIDENCE.search(text))


def _aside_gap(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The words of a headline that only says the evidence about some part is lacking, when a
    conclusion of the paper states an effect with no such gap: the headline reports what was
    left open, not what was found."""
    gap = _GAP_ABOUT.search(headline)
    if gap is None or not main:
        return None
    own = [c for c in _HEADLINE_CLAUSE.split(headline) if not _GAP_ABOUT.search(c)]
    if any(EFFECT.search(QUESTION.sub("", c)) for c in own):
        return None
    found = [sentences[i].text for i in main]
    if not any(states_effect(t) for t in found) or any(_doubted(t) for t in found):
        return None  # conclusions that doubt or find no evidence: the gap may be the verdict
    # what the gap is about: a thing the conclusions name ("no clear evidence about magnesium
    # sulphate ...") is their own subject, and the gap their verdict on it
    about = re.split(r"[,;:]", headline[gap.end() :], maxsplit=1)[0]
    concluded = {stem(w)[:PREFIX_LETTERS] for t in found for w in content_words(t)}
    if any(stem(w)[:PREFIX_LETTERS] in concluded for w in content_words(about) if _can_name(w)):
        return None
    return gap.group(0)


def states_effect(text: str) -> bool:
    """Whether a sentence states an effect apart from a side point and a call for more work."""
    return bool(EFFECT.search(_MORE_WORK.sub(" ", SIDE.sub(" ", text))))
