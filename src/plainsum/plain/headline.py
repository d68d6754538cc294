"""The headline: the main finding, from the authors' main conclusion or primary result.

Never a count of trials, a search date, a safety aside, a secondary measure, a call for more
research or a fragment. Short and plain where a whole sentence allows it, naming the animal
when the work was done in animals. Where no sentence of the paper can serve, a
template filled from parsed facts ("A review of 12 trials found no clear evidence about ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schemas import StudyDesign
from .abbreviations import unexplained
from .frames import HEADLINE_KIND
from .shorten import reports_a_finding, short_forms
from .simplify import LINK_WORDS, PlainSentence
from .topic import fact_headline, split_topic
from .wholeness import SUBORDINATE, broken, finite

IDEAL_WORDS = (6, 16)
LONGEST_WORDS = 30  # longest whole sentence taken before the conclusion however long
MAX_WORDS = 26  # a whole main finding of up to this many words beats a template (shape warning)
CUT_COST = 1.0  # a shortened form of a sentence ranks a little below one whole at that length
SCHEMA_WORDS = 60  # the schema's hard cap: a whole conclusion this long still beats "news"

# Leads that add nothing to the finding ("The researchers found that X" -> "X"): a section
# label left in the text, a reporting frame, a link to the sentence before ("In agreement with
# this, X": X alone says the same and no longer points at a sentence the reader has not seen).
_LEAD = re.compile(
    r"^(?:(?:[Aa]uthors'? )?(?:[Cc]onclusions?|[Rr]esults?|[Ff]indings|[Ii]nterpretation|"
    r"[Ss]ignificance)\s*:\s*"
    r"|(?:(?:In (?:agreement|line|keeping) with|Consistent with) (?:this|these (?:findings|"
    rf"results|data|observations))|{LINK_WORDS}|Therefore|Accordingly|Now|Today|Recently),"
    r"\s+(?=\w)"
    r"|(?:The|These) (?:researchers|review authors|authors|review|study) "
    r"(?:found|showed|shows?|observed|report(?:ed)?|conclude[sd]?|demonstrated?|revealed?) that "
    r"|But "
    r"|(?:These|The|Their|Our) (?:data|results|findings|observations) "
    r"(?:show|showed|demonstrate|demonstrated) that )"
)  # a hedging frame ("suggest that") goes only in `shorten`, when the clause keeps a hedge
# A sentence about how the study was done, not what it found.
PROCEDURE = re.compile(
    r"\b(?:included|identified \w+ (?:trials|studies|records|reports)|searched|search|databases?|"
    r"records|screened|met (?:the|our) "
    r"(?:entry|inclusion|selection)|entry rules|enrolled|recruited|took part|were randomi[sz]ed|"
    r"signed up|put by chance|ongoing|underway|under way|in progress|waiting for|registered|"
    r"protocol|risk of (?:bias|unfair)|"
    r"extracted|two (?:review )?authors|independently|in total|total of|were analy[sz]ed|"
    r"(?:was|were) (?:measured|recorded|assessed|checked|collected|used)|followed up|bias|"
    r"(?:quality|certainty) of (?:the )?evidence|"
    r"aged?\b|years old|median|mean age|up to date|study design|each study|derived from|"
    r"(?:have|has) been (?:done|conducted|carried out|performed|published)|(?:were|was) published|"
    r"only (?:one|two|three|four|five|a few|\d+) (?:\w+ ){0,4}(?:trials?|studies|reports?)|"
    r"^the (?:review authors|researchers|authors) (?!found|showed|observed|conclude|saw)\w+|"
    r"separately as subgroups|"
    # how the trials were run or put together: concealment, blinding, pooling, updates
    r"allocation|conceal\w*|blind(?:ed|ing)|(?:did|could) not (?:be )?(?:pool|combin)\w*|"
    r"(?:were|was) not (?:pooled|combined)|pool(?:ed)? the (?:data|results)|"
    r"(?:differed|varied|differ|vary) (?:\w+ )?(?:between|across|among) (?:the )?"
    r"(?:studies|trials)|"
    r"(?:found|identified|added) (?:\w+ ){0,2}(?:new|more|additional|further) (?:studies|trials)|"
    r"(?:last|previous) (?:published )?version|no longer be updated|"
    # who was left out or lost: the sample, not the finding
    r"(?:were|was) excluded|exclusion|(?:lost|loss) to follow-?up|withdr[ae]w\w*)\b"
    # what a review sets out to cover, not what it found ("This review article examines ...")
    r"|^(?:This|The|The present|Our|In this) (?:[\w-]+ )?(?:review|article|paper|overview|"
    r"chapter)(?: article| paper)?(?: of [^,]{1,60}?)?,? (?:examines|analy[sz]es|discusses|"
    r"summari[sz]es|describes|reviews|focuses on|highlights|presents|outlines|addresses|explores|"
    r"covers|considers|provides|offers|gives|looks at|is designed|aims|will)\b"
    r"|^(?:Here,? )?we (?:review|discuss|describe|summari[sz]e|highlight|outline|present|provide|"
    r"examine|explore)\b"
    # what the studies did not report: the data at hand, not a finding
    r"|^No (?!(?:[\w-]+ ){0,4}(?:differences?|changes?|benefits?|improvements?|harms?|"
    r"effects?(?! measures?))\b)"
    r"(?:[\w-]+ ){0,4}(?:measures?|P values?|data|results|outcomes?|figures|estimates)\b"
    r"[^.]{0,80}\b(?:was|were) reported\b",
    re.I,
)
# The topic a review sets out to cover: "This review examines the causes of X, with special
# emphasis on Y" -> "the causes of X". For a review with no finding of its own.
_REVIEW_TOPIC = re.compile(
    r"^(?:(?:This|The|The present|Our) (?:[\w-]+ )?(?:review|article|paper|overview)"
    r"(?: article| paper)?|The review authors|(?:Here,? )?[Ww]e) "
    r"(?:examines?|analy[sz]es?|discuss(?:es)?|summari[sz]es?|describes?|reviews?|"
    r"focus(?:es)? on|highlights?|outlines?|addresses|address|explores?|covers?|looks? at|"
    r"provides? an? (?:[\w-]+ ){0,2}(?:review|overview|summary|update) (?:of|on)) "
    r"(?P<topic>[^,;:]+)"
)
_TOPIC_END = re.compile(
    r" (?:with (?:special|particular|an?|the) (?:\w+ )?(?:emphasis|focus)|as a |in order to |"
    r"that |which |and (?:its|their) )",
)


def review_topic(text: str) -> str | None:
    """What a review says it covers ("This review examines X ..." -> "X"), or None when the
    sentence is not of that shape or its object is not a short, self-standing noun phrase."""
    m = _REVIEW_TOPIC.match(text)
    if not m:
        return None
    topic = _TOPIC_END.split(m["topic"].rstrip(". "))[0].strip()
    n = len(topic.split())
    if not 2 <= n <= 14 or _POINTER.search(topic) or re.search(r"\b(?:we|our|us)\b", topic):
        return None
    return topic


# A side point: safety asides, secondary measures, deaths, drop-outs.
SIDE_POINT = re.compile(
    r"\b(?:side[- ]effects?|adverse|harms?|deaths?|died|drop(?:ped|ping)? out|drop-outs?|"
    r"withdrawals?|"
    r"secondary|tolerat\w*|no (?:trial|study) reported|did not (?:report|measure)|safety|"
    r"(?:leaving|left|leave) (?:the (?:study|trial) )?early|"
    r"not (?:reported|measured)|most common|(?:was|were|is|are|had|has|may|might|can|could) also|"
    r"protocols?|"
    r"(?:was|were) (?:done|conducted|carried out|performed) in|countries)\b",
    re.I,
)
# Not a finding: what should happen next, or how much is known.
_NOTFINDING = re.compile(
    r"\b(?:needed|required|warranted|should|must|needs?|would need|future|"
    r"further (?:research|studies|trials)|"
    r"more research|more studies|more trials|little is known|less is known|poorly understood|"
    r"well studied|has been studied|have been studied)\b",
    re.I,
)
FINDING = re.compile(
    r"\b(?:reduc|improv|increas|decreas|lower|rais|help|linked|link|differ|benefit|"
    r"caus|prevent|slow|protect|worse|better|more|less|fewer|may|might|can|found|showed|"
    r"changed|affect|no clear|not clear|unclear|similar|effect|effective|works?|evidence|"
    r"associated|predict|depend|block|promot|rescu|restor|requir|drive|control|regulat|"
    r"suggest|indicat|reliab|accura|drop|rose|rise|fell|fall|correlat|higher|greater|smaller|"
    r"superior|inferior|useful|confirm|show|reveal|demonstrat|identif|enhanc|boost|"
    r"impair|weaken|strengthen|extend|shorten|respon|eased|eases|reliev|worsen|delay|alter|conclud|risk|likel|common)\w*",
    re.I,
)
# What a lab or animal study finds: a mechanism ("X uses Y to ...", "X activates Y"). For the
# headline only: the body's choice of sentences keeps to `FINDING`.
_MECHANISM = re.compile(
    r"\b(?:uses|activat|inhibit|trigger|mediat|binds|suppress|contribut|leads? to|"
    r"results? in|essential for|necessary for|plays? a (?:\w+ )?role)\w*",
    re.I,
)


def _finding(text: str) -> bool:
    return bool(FINDING.search(text) or _MECHANISM.search(text))


_LEANS_BACK = re.compile(
    r"^(?:This|These|That|Those|It|They|Its|Their|Such|Both|Also|Another|The other|Again)\b"
    r"(?! (?:\w+ )?(?:review|study|trial|analysis|work|paper|research) )"
    # "It is unclear whether X": an "it" that stands for the clause after it, not a noun
    r"(?<!^It)|^It (?!(?:is|was|remains)(?: still)? (?:not )?(?:\w+ )?(?:clear|unclear|"
    r"uncertain|known|unknown|possible|likely|unlikely|difficult|important|evident) "
    r"(?:whether|if|that|to|how|what|which)\b)"
)
# "Whatever the route, they work well": the subject is a pronoun whose noun is elsewhere.
_PRONOUN_SUBJECT = re.compile(
    r"^[^,]{0,60}, (?:they|it|these|those|this|such)\b"
    r"(?! (?:\w+ )?(?:review|study|trial|analysis|work|paper|research)\b)",
    re.I,
)


# "answers to these uncertainties", "such patients": a pointer to something said before.
_POINTER = re.compile(
    r"\b(?:these|those|such|this)\s+(?!(?:\w+\s+)?(?:study|review|trial|analysis|work|paper|"
    r"research|drug|treatment|medicine|therapy|disease|illness|condition|setting)\b)\w+",
    re.I,
)


# "The current evidence is still uncertain": evidence about what, the headline does not say.
_NO_TOPIC = re.compile(
    r"^(?:The |This |These |Their )?(?:current |available |present |existing |overall )?"
    r"(?:evidence|data|results?|findings|effects?|picture)(?: base)? (?:is|are|was|were|remains?|"
    r"seems?|appears?)(?: \w+)? (?:\w+ )?(?:uncertain|unclear|limited|weak|inconclusive|mixed|"
    r"conflicting|lacking|insufficient|sparse|poor)$",
    re.I,
)


def leans_back(text: str) -> bool:
    """Whether a sentence (without its full stop) leans on one the reader of it alone has not
    seen: "They helped", "The current evidence is uncertain" (about what, it does not say)."""
    return bool(
        _LEANS_BACK.match(text)
        or _PRONOUN_SUBJECT.match(text)
        or _POINTER.search(text)
        or re.search(r"\bany other\b", text, re.I)  # other than what was said before
        or re.search(r"\balso\b", text, re.I)  # "X also rescued Y": a finding besides another
        or _NO_TOPIC.match(text)
    )


_NO_EVIDENCE = re.compile(
    r"\b(?:unable|not able|could not|cannot) (?:to )?(?:draw|reach|make) (?:any )?(?:firm |"
    r"definitive |definite |clear |reliable )?conclusions\b|"
    r"\b(?:no|not enough|insufficient|little|limited|no clear|no good|no reliable|"
    r"inconclusive|uncertain|unclear|weak|very weak)\s+(?:\w+\s+){0,2}(?:evidence|data)\b"
    r"|\bevidence (?:is|was|remains) (?:\w+ )?(?:unclear|uncertain|insufficient|lacking|limited)\b",
    re.I,
)
# The authors' main conclusion says there is no clear evidence either way (not "weak evidence
# that X helps", which says which way it leans).
_NO_CLEAR_EVIDENCE = re.compile(
    r"\b(?:unable|not able|could not|cannot) (?:to )?(?:draw|reach|make) (?:any )?(?:firm |"
    r"definitive |definite |clear |reliable )?conclusions\b|"
    r"\bno (?:\w+ ){0,3}(?:evidence|data)\b|\bnot enough (?:\w+ )?(?:evidence|data)\b|"
    r"\b(?:insufficient|inconclusive) (?:\w+ )?(?:evidence|data)\b|"
    r"\bevidence (?:is|was|remains) (?:\w+ )?(?:unclear|uncertain|insufficient|lacking)\b",
    re.I,
)
_ANIMAL_WORD = re.compile(r"\b(?:mice|mouse|rats?|animals?|fish|zebrafish|monkeys|flies|worms)\b")
_TWO_SENTENCES = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(])")  # the schema's one-sentence rule
_HUMAN_WORD = re.compile(
    r"\b(?:people|patients|participants|adults|children|women|men|humans?|hospital|clinical)\b",
    re.I,
)


@dataclass(frozen=True)
class Headline:
    """The headline and the source sentences behind it (none for a template without facts)."""

    text: str
    sources: tuple[int, ...]
    from_template: bool = False
    origin: str = ""  # the edited sentence of the paper it was made from ("" for a template)
    weak: bool = False  # a whole sentence taken with no finding word in it (a last resort)
    basis: str = ""  # the sentence a headline built from parsed facts says short ("" otherwise)


# A finding that adds that it was safe is still the finding ("... helped, without serious side
# effects"): the aside is not what the headline reports.
_SAFE_ASIDE = re.compile(
    r",?\s*(?:without|with no|with few|and no|and few) (?:\w+ ){0,2}"
    r"(?:side[- ]effects?|adverse (?:effects?|events?|reactions?)|harms?)\b"
    r"|\s+and (?:(?:was|were|is|are) )?(?:well[- ]|generally )?(?:tolerated|safe)\b",
    re.I,
)


# Deaths as the outcome a treatment changes ("reduce deaths") are a main result, not an aside.
_DEATHS_AS_OUTCOME = re.compile(
    r"\b(?P<change>reduc\w*|lower\w*|prevent\w*|increas\w*|cut\w*|alter\w*|affect\w*|"
    r"chang\w*|(?:effects?|impact|differences?) (?:on|in)|fewer|more|risk of|rate of)\s+"
    r"(?:the\s+)?(?:number of\s+)?(?:deaths?|death rates?)\b",
    re.I,
)


# "Fifty-five trials with data from 8652 women compared A and B": what the trials did (for the
# headline only: the body may say what the trials compared)
_COMPARED = re.compile(
    r"\b(?:trials|studies)(?: [\w,-]+){0,8} compared (?!favourably|well|badly)\w+", re.I
)


# Who took part, or on what the findings rest: a description of the sample or of the evidence,
# not what was found ("People were most often older adults", "The study found 337 women with
# the condition", "The findings are based on studies with poor reporting").
_SAMPLE = re.compile(
    r"^(?:The |Most |Many )?(?:people|participants|patients|women|men|children|adults|infants)"
    r"(?: [\w-]+){0,3} (?:were|was) (?:mostly|mainly|most often|largely|predominantly|"
    r"generally|usually|often|typically) (?![\w-]+ed\b)"
    r"|\b(?:found|identified|included|studied|enrolled) \d[\d,]* (?:[\w-]+ )?(?:people|women|"
    r"men|patients|participants|children|adults|infants|cases)"
    r"(?: (?:with|who had)(?: (?!(?:had|has|have|were|was|is|are)\b)[\w'-]+){1,6})?$"
    r"|\b(?:findings|results|evidence|conclusions?) (?:is|are|was|were) (?:\w+ )?based on\b"
    # what the search found: "The review authors found 74 unique studies as suitable"
    r"|\b(?:found|identified) (?:no|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|(?:twenty|thirty|forty|fifty|sixty)(?:-\w+)?|several|many|few) "
    r"(?:[\w-]+ ){0,2}(?:studies|"
    r"trials|reports|records|evaluations|papers)\b(?! (?:that|which) (?:showed|found))"
    # a limitation: "too small to allow firm conclusions"
    r"|\btoo (?:small|few|short|limited|weak) to (?:allow|draw|make|reach|support|detect|show|"
    r"tell|say|know)\b"
    # how sure the evidence is, said of no finding ("The evidence is weak because ...")
    r"|^(?:The |This |Overall,? the )?(?:current |available )?evidence (?:is|was|remains) "
    r"(?:of )?(?:very |fairly )?(?:weak|low|limited|poor|moderate|high|strong)"
    r"(?:[- ](?:quality|certainty))?\b(?! (?:that|for|to)\b)"
    # how long, how many, what at the start: a description of what was studied
    r"|\b(?:removing|excluding|omitting|leaving out) (?:\w+ ){0,2}(?:outliers?|studies|study|"
    r"trials?)\b|\bsensitivity analys\w*|\boutliers?\b"
    r"|\b(?:ranged|varied) (?:from|between)\b|\bat (?:the )?(?:start|baseline|outset)\b"
    r"|^(?:The )?(?:length|duration) of (?:symptoms|follow-?up|treatment|the (?:trials|studies))\b"
    # what the trials reported or checked, not what they found
    r"|^(?:[\w-]+ ){0,3}(?:trials?|studies) (?:reported (?:on|in|data|(?:[\w-]+ ){1,3}using)|"
    r"checked|assessed|"
    r"evaluated|examined|measured)\b(?!.*\b(?:found|showed|shows|suggest\w*)\b)",
    re.I,
)
# A result about the control group alone ("No clear improvement was seen in the placebo
# group"): what happened without the treatment, not what the treatment did.
_CONTROL_ALONE = re.compile(
    r"\b(?:in|for|among) the (?:dummy[- ]treatment|placebo|control|sham|usual[- ]care|"
    r"no[- ]treatment|comparison) (?:group|arm)s?$",
    re.I,
)
_COMPARES = re.compile(r"\b(?:than|compared|versus|vs|relative to|whereas|while|but)\b", re.I)


def is_procedural(text: str) -> bool:
    """Whether a headline reports how the study was done or a side point, not a finding."""
    if PROCEDURE.search(text) or _NOTFINDING.search(text) or _COMPARED.search(text):
        return True
    if _SAMPLE.search(text):
        return True
    if _CONTROL_ALONE.search(text) and not _COMPARES.search(text):
        return True
    if not SIDE_POINT.search(text):
        return False
    finding = _SAFE_ASIDE.sub("", _DEATHS_AS_OUTCOME.sub(r"\g<change>", text))
    # What is left must say what changed: "X can be given without harm" says only it was safe.
    effect = re.sub(r"\b(?:may|might|can|could)\b", "", finding)
    return bool(SIDE_POINT.search(finding)) or not FINDING.search(effect)


def _shorten(text: str) -> str:
    text = text.rstrip(".")
    for _ in range(2):  # "In agreement with this, the researchers show that X" -> "X"
        text = _LEAD.sub("", text)
        text = text[:1].upper() + text[1:]
    return text[:1].upper() + text[1:]


def _place(text: str, design: StudyDesign, animals: str) -> str:
    """Name the model when the work was not done in people ("... in mice"), unless the
    sentence is about people (then the design may be mixed, and a place added could be false)."""
    if _HUMAN_WORD.search(text):
        return text
    if design == StudyDesign.ANIMAL and not _ANIMAL_WORD.search(text):
        return f"{text} in {animals}"
    return text


def _forms(s: PlainSentence, design: StudyDesign, animals: str) -> list[tuple[bool, str]]:
    """The sentence as a headline, then its shorter forms (`shorten`), each marked as cut."""
    full = _place(_shorten(s.text), design, animals)
    shorter = [
        _place(_shorten(f), design, animals) for f in short_forms(s.text, design == StudyDesign.LAB)
    ]
    return [(False, full)] + [(True, f) for f in dict.fromkeys(shorter) if f != full]


def _dropped(s: PlainSentence, forms: list[tuple[bool, str]], drop: frozenset[str]) -> bool:
    """Whether a repair left the sentence out, in any of its forms."""
    return s.text in drop or any(text in drop for _, text in forms)


# "Limited data on X exist": how much is known, not what it shows. A conclusion that says which
# way things went (said a sentence or two later) is the finding.
_AMOUNT_ONLY = re.compile(
    r"^(?:Only )?(?:Limited|Little|Few|Sparse|Scarce|Some) (?:\w+ )?(?:data|evidence|information|"
    r"studies|research)(?: (?:on|about|regarding|for|of) [^,;]+)? (?:exists?|is available|are "
    r"available|(?:has|have) been (?:published|reported|done))$",
    re.I,
)
# Text decoded with the wrong character set ("naÃ¯ve" for "naïve"): the body may carry it, the
# headline is the first thing a reader sees.
_MOJIBAKE = re.compile(r"Ã.|Â|â€")
MOJIBAKE_COST = 12.0
UNEXPLAINED_COST = 12.0  # a form with an abbreviation the paper never defines: the gate names it
AMOUNT_ONLY_COST = 25.0  # outweighs two places down the authors' conclusions


def _form_cost(text: str) -> float:
    """What a form's own words cost it: an abbreviation left unexplained (another form or
    sentence without one is preferred; never an expansion guessed), a statement of how much
    evidence there is that says nothing of what it shows."""
    cost = UNEXPLAINED_COST if unexplained(text) else 0.0
    cost += MOJIBAKE_COST if _MOJIBAKE.search(text) else 0.0
    return cost + (AMOUNT_ONLY_COST if _AMOUNT_ONLY.match(text) else 0.0)


# A result that judges the evidence as a whole ("The evidence was not adequate to conclude
# whether X helped"): the authors' verdict, where an abstract has no conclusion of its own.
_VERDICT = re.compile(
    r"^(?:The |This |Overall,? the )?(?:current |available )?evidence (?:was|is|remains) "
    r"(?:not (?:adequate|enough|sufficient)|(?:in)?sufficient|inadequate|unclear|uncertain)\b"
    r"|^There (?:is|was) (?:no|not enough|insufficient|little) (?:\w+ ){0,2}evidence\b",
    re.I,
)
VERDICT_GAIN = 8.0  # a result that judges the evidence comes before the other results


def _rank(s: PlainSentence, conclusion: bool, position: int, n: int) -> float:
    """Lower is better: the authors' first conclusion, easy words, a headline's length."""
    # The authors' first conclusion is their main one: its place outweighs a few extra words.
    rank = (10.0 if conclusion else 4.0) * position + (0.0 if conclusion else 10.0)
    if not conclusion and _VERDICT.search(s.text):
        rank -= VERDICT_GAIN
    rank += 0.15 * max(0.0, s.cost)
    rank += 0.0 if IDEAL_WORDS[0] <= n <= IDEAL_WORDS[1] else 3.0 + 0.5 * (n - IDEAL_WORDS[1])
    rank += 8.0 if s.hard else 0.0
    return rank


def choose_headline(
    conclusions: list[PlainSentence],
    results: list[PlainSentence],
    design: StudyDesign,
    animals: str = "animals",
    studies: str | None = None,
    studies_source: int | None = None,
    topic: str | None = None,
    topic_source: int | None = None,
    drop: frozenset[str] = frozenset(),
) -> Headline:
    """The main finding as a headline; see the module docstring for the rules."""
    if topic is None:  # a review with no finding of its own: what it says it covers
        for s in (*conclusions, *results):
            covered = review_topic(s.text)
            if covered and not unexplained(covered):
                topic, topic_source = covered, s.sources[0] if s.sources else None
                break
    elif unexplained(topic):
        topic = None  # never a headline built around an abbreviation the paper leaves undefined
    ranked: list[tuple[float, int, str, tuple[int, ...], str]] = []
    for conclusion, pool in ((True, conclusions), (False, results)):
        # A conclusion's place counts only the conclusions before it that state a finding: one
        # that says how little is known, how the trials were run or what research is needed
        # does not push the authors' first finding down.
        findings_before = 0
        for position, s in enumerate(pool):
            forms = _forms(s, design, animals)
            if _dropped(s, forms, drop):
                continue
            # the whole sentence when it is short enough, else its least cut form that is, else
            # its shortest form (a cut drops only what leaves the claim as it was)
            longest = LONGEST_WORDS if conclusion else MAX_WORDS
            best = _best_form(s, forms, drop, longest)
            if best is not None:
                cut, text = best
                place = findings_before if conclusion else position
                rank = _rank(s, conclusion, place, len(text.split())) + CUT_COST * cut
                cost = _form_cost(text)
                findings_before += cost < AMOUNT_ONLY_COST
                ranked.append((rank + cost, s.order, text, s.sources, s.text))
    if ranked:
        _, _, text, sources, origin = min(ranked)
        if len(text.split()) > IDEAL_WORDS[1]:
            built = _from_facts(origin, sources, topic, topic_source)
            if built is not None:
                return built
        if len(text.split()) > IDEAL_WORDS[1] and _NO_CLEAR_EVIDENCE.search(origin):
            # no safe short form of "there is no clear evidence that ...": the facts say it
            template = _template(
                conclusions, design, animals, studies, studies_source, topic, topic_source
            )
            if " evidence about " in template.text and len(template.text.split()) <= IDEAL_WORDS[1]:
                return template
        return Headline(text, sources, origin=origin)
    # A longer whole sentence still beats a template: the conclusion, then a main result (up to
    # the shape check's comfortable length), then the conclusion however long the schema allows.
    # Never cut: a sentence with no safe clause boundary is kept whole.
    for pool, longest, need_finding in (
        (conclusions, LONGEST_WORDS, True),
        (results, LONGEST_WORDS, True),
        (conclusions, SCHEMA_WORDS, True),
    ):
        whole = _whole_headline(pool, design, animals, drop, longest, need_finding)
        if whole is not None:
            return whole
    template = _template(conclusions, design, animals, studies, studies_source, topic, topic_source)
    if " found " not in template.text:  # says there is news, or a topic, not what was found
        for pool in (conclusions, results):
            whole = _whole_headline(pool, design, animals, drop, SCHEMA_WORDS, False)
            if whole is not None:
                return Headline(whole.text, whole.sources, origin=whole.origin, weak=True)
    return template


def _from_facts(
    origin: str, sources: tuple[int, ...], topic: str | None, topic_source: int | None
) -> Headline | None:
    """The long sentence chosen said short from parsed facts (`topic.fact_headline`): the
    aim's treatment, purpose and people with the direction of the sentence, which must name
    that treatment itself; linked to the sentence and to the aim. None when a slot is not sure."""
    if not topic or topic_source is None or topic.startswith("whether "):
        return None
    parts = split_topic(topic)
    if parts is None:
        return None
    text = fact_headline(parts, origin.rstrip("."))
    if text is None or unexplained(text):
        return None
    # no origin: the body may still give the authors' sentence whole
    return Headline(text, tuple(dict.fromkeys((*sources, topic_source))), basis=origin)


def plain_enough(text: str) -> bool:
    """Whether `text` holds no word a lay reader would need explained: no abbreviation the
    paper leaves undefined and no term the jargon check calls an error (very rare words)."""
    from ..checks.jargon import find_terms  # the gate's own word list: the drafter avoids them

    return not unexplained(text) and not any(t.very_rare for t in find_terms(text))


# "No differences were found, the trials were too small": two clauses with only a comma
# between them (what a dropped "Although" leaves) do not make one whole sentence.
_SECOND_CLAUSE = re.compile(
    r", (?:the|this|these|those|it|they|we|there|its|their|our) (?:[\w-]+ ){0,3}?"
    r"(?:was|were|is|are|had|has|have|did|could|can|may|might|would|will)\b"
)


# "How different oils affect women and babies": an indirect question left alone by a split.
_QUESTION_START = re.compile(r"^(?:How|Whether|Why|What|Which|Where|When|If)\b(?![^,]*,)")


def spliced(text: str) -> bool:
    """Whether `text` joins two main clauses with a bare comma (a comma splice)."""
    m = _SECOND_CLAUSE.search(text)
    return bool(m and finite(text[: m.start()]) and not SUBORDINATE.match(text))


def _fits(s: PlainSentence, cut: bool, text: str, drop: frozenset[str], longest: int) -> bool:
    """Whether one form of a sentence can be the headline."""
    n = len(text.split())
    if text in drop or not (IDEAL_WORDS[0] <= n <= longest):
        return False
    said = _finding(text) or (cut and reports_a_finding(s.text))
    if is_procedural(text) or leans_back(text) or not said:
        return False
    if _QUESTION_START.match(text):
        return False
    return broken(text + ".") is None and not _TWO_SENTENCES.search(text) and not spliced(text)


def _best_form(
    s: PlainSentence, forms: list[tuple[bool, str]], drop: frozenset[str], longest: int
) -> tuple[bool, str] | None:
    """The whole sentence when it has a headline's length, else its longest form that has,
    else its shortest form that fits at all."""
    ok = [(cut, text) for cut, text in forms if _fits(s, cut, text, drop, longest)]
    if not ok:
        return None
    plain = [f for f in ok if not unexplained(f[1])]
    ok = plain or ok  # a form without an undefined abbreviation, when the sentence has one
    short = [f for f in ok if len(f[1].split()) <= IDEAL_WORDS[1]]
    if short:
        return next((f for f in short if not f[0]), max(short, key=lambda f: len(f[1].split())))
    return min(ok, key=lambda f: (len(f[1].split()), f[0]))


def _whole_headline(
    pool: list[PlainSentence],
    design: StudyDesign,
    animals: str,
    drop: frozenset[str],
    longest: int,
    need_finding: bool,
) -> Headline | None:
    """The first sentence of `pool` that can stand as the headline (its shortest form that
    can), or None."""
    for s in pool:
        forms = _forms(s, design, animals)
        if need_finding and not _dropped(s, forms, drop):
            best = _best_form(s, forms, drop, longest)
            if best is not None:
                return Headline(best[1], s.sources, origin=s.text)
            continue
        text = forms[0][1]
        n = len(text.split())
        if _dropped(s, forms, drop) or not (IDEAL_WORDS[0] <= n <= longest):
            continue
        if is_procedural(text) or leans_back(text) or _QUESTION_START.match(text):
            continue
        if need_finding and not _finding(text):
            continue
        if broken(text + ".") is None and not _TWO_SENTENCES.search(text) and not spliced(text):
            return Headline(text, s.sources, origin=s.text)
    return None


# The authors conclude that the things compared did not differ: "no differences were detected
# between the different antibiotic plans" (what is between: a noun phrase, no clause).
_NO_DIFFERENCE = re.compile(
    r"\bno (?:clear |significant |important |meaningful )?differences? (?:was|were) "
    r"(?:detected|found|seen|observed|shown) between (?P<what>(?:the )?[\w' -]{3,60}?)"
    r"(?=,|;|$| (?:for|in|on|at|after|during|when|among)\b)",
    re.I,
)
_QUALIFIED = re.compile(r"[,;]\s*(?:but|whereas|however)\b|\b(?:except|only|apart from)\b", re.I)
_A_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|not)\b", re.I)


def _no_difference(text: str) -> str | None:
    """What a conclusion says did not differ ("the different antibiotic plans"), or None when
    it says no such thing, says it of a clause, or qualifies it ("but", "only")."""
    m = _NO_DIFFERENCE.search(text.rstrip("."))
    if not m or _QUALIFIED.search(text) or _A_VERB.search(m["what"]):
        return None
    what = m["what"].strip()
    if " and " not in what and not re.search(r"\b(?:different|two|three|various)\b|s$", what):
        return None  # "between" takes two or more things
    return None if unexplained(what) else what


def _template(
    conclusions: list[PlainSentence],
    design: StudyDesign,
    animals: str,
    studies: str | None,
    studies_source: int | None,
    topic: str | None,
    topic_source: int | None,
) -> Headline:
    kind = HEADLINE_KIND.get(design, "A study").format(animals=animals)
    sources: list[int] = []
    if studies and design in (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW):
        kind = f"A review of {studies}"
        if studies_source is not None:
            sources.append(studies_source)
    for s in conclusions:  # "no differences were detected between X": said in a template
        between = _no_difference(s.text)
        if between:
            said = tuple(dict.fromkeys((*sources, *s.sources)))
            return Headline(f"{kind} found no clear difference between {between}", said, True)
    no_evidence = next((s for s in conclusions if _NO_EVIDENCE.search(s.text)), None)
    if topic and topic_source is not None:
        sources.append(topic_source)
        if no_evidence is not None:
            sources.extend(no_evidence.sources)
            return Headline(f"{kind} found no clear evidence about {topic}", tuple(sources), True)
        return Headline(f"{kind} looked at {topic}", tuple(sources), True)
    if no_evidence is not None:
        sources.extend(no_evidence.sources)
        return Headline(f"{kind} found the evidence was not clear", tuple(sources), True)
    return Headline(f"{kind} reports its findings", tuple(sources), True)


_NAMES_MS = re.compile(r"\bMS\b|multiple sclerosis|\bCIS\b|demyelinat", re.I)
_NAMES_PEOPLE = re.compile(r"\b(?:people|patients|persons|participants)\b", re.I)
_ENDS_IN_PLACE = re.compile(
    r"\b(?:in|among|for) (?:\w+ ){0,2}(?:people|patients|persons|adults|children|women|men|"
    r"mice|rats|animals|cells|fish|flies|worms|monkeys)\b[^,;]*$",
    re.I,
)
_THE_DISEASE = re.compile(r"\b(of|with) the disease\b(?![\w-])(?! (?:course|activity|duration))")
IN_PEOPLE_DESIGNS = (
    StudyDesign.REVIEW,
    StudyDesign.TRIAL,
    StudyDesign.OBSERVATIONAL,
    StudyDesign.NARRATIVE_REVIEW,
)
MAX_NAMED_WORDS = 20  # a headline this long is not made longer


def name_ms(head: Headline, design: StudyDesign, ms_source: int | None) -> Headline:
    """A headline of a study of people with MS that never names MS, with "in people with MS"
    (or "in MS" after "people" or "patients") at its end, linked to `ms_source`: the sentence
    of the paper's aim that names MS (the caller passes None when the aim does not, as in a
    review of many conditions of which MS is one). A template, a headline that already says
    whom it is about, or one that is long is left as it is."""
    text = head.text
    if (
        ms_source is None
        or head.from_template
        or design not in IN_PEOPLE_DESIGNS
        or _NAMES_MS.search(text)
    ):
        return head
    sources = tuple(dict.fromkeys((*head.sources, ms_source)))
    the_disease = _THE_DISEASE.search(text)
    if the_disease:  # "progression of the disease": in a study of MS, the disease is MS
        named = f"{text[: the_disease.start()]}{the_disease[1]} MS{text[the_disease.end() :]}"
        return Headline(named, sources, head.from_template, head.origin, head.weak, head.basis)
    if _ENDS_IN_PLACE.search(text) or len(text.split()) > MAX_NAMED_WORDS - 3:
        return head
    tail = " in MS" if _NAMES_PEOPLE.search(text) else " in people with MS"
    return Headline(text + tail, sources, head.from_template, head.origin, head.weak, head.basis)
