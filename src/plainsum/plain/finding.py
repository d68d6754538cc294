"""What a sentence reports: a finding, or how the study was done or a side point.

`FINDING` and `states_finding` name the words of a finding (a change, a link, a mechanism);
`is_procedural` says a sentence reports how the study was done (a search, who took part, how
the trials were run), what research is needed, or a side point (a safety aside, a secondary
measure, deaths, drop-outs) rather than a finding. The headline and the body's choice of
results both use them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..checks.headline_side import BASELINE_RISK
from ..memo import SIZE
from ..prefilter import search
from .not_a_meaning import AVENUES
from .numbers import COUNT
from .sample_said import SAMPLE

# A sentence about how the study was done, not what it found.
# Withdrawal from a drug is a condition treated ("treatment of amphetamine withdrawal"), not
# people leaving a trial.
_DRUG_NOT = (
    r"(?<!amphetamine )(?<!alcohol )(?<!opioid )(?<!opiate )(?<!nicotine )(?<!drug )"
    r"(?<!cocaine )(?<!heroin )(?<!cannabis )(?<!benzodiazepine )(?<!methadone )"
    # a withdrawal with a cause, a length or a severity is the syndrome, never a dropout:
    # "antagonist-induced withdrawal", "the intensity and length of withdrawal"
    r"(?<!induced )(?<!length of )(?<!intensity of )(?<!severity of )(?<!duration of )"
    # a medicine stopped ("after natalizumab withdrawal", "steroid withdrawal") is what a case
    # or a study is about, not people who left it
    r"(?<!mab )(?<!imod )(?<!steroid )"
)
_DRUG_AFTER = (
    r"(?! (?:symptoms|syndrome|seizures|management|managed|severity|intensity|scores?|scales?)"
    r"\b)"
)
PROCEDURE = re.compile(
    r"\b(?:included|identified \w+ (?:trials|studies|records|reports)|searched|search|databases?|"
    r"records|screened|met (?:the|our) (?:review(?:'s)? )?"
    r"(?:entry|inclusion|selection|eligibility)|entry rules|enrolled|recruited|took part|"
    r"were randomi[sz]ed|"
    r"signed up|put by chance|ongoing|underway|under way|in progress|waiting for|registered|"
    r"protocol|risk of (?:bias|unfair)|"
    r"extracted|two (?:review )?authors|independently|in total|total of|were analy[sz]ed|"
    r"(?:was|were) (?:measured|recorded|assessed|checked|collected|used|retrieved)|"
    r"followed up|bias|"
    # what was done to the animals: "all animals were sacrificed", "the rats were kept for"
    r"(?:was|were) (?:sacrificed|euthani[sz]ed|decapitated|an(?:a)?esthetized|perfused|housed|"
    r"kept for|(?:sub)?divided into)|doses? (?:was|were) given (?:daily|for|once|twice|every)\b|"
    # what was given: "The drugs used were X in 50 people and Y in 194"
    r"^(?:The|These) [\w -]{3,40}? used (?:was|were)\b|"
    r"(?:quality|certainty) of (?:the )?evidence|"
    r"aged\b|(?<!the )(?<!younger )(?<!older )(?<!same )(?<!early )(?<!late )age\b|"
    r"years old|median|mean age|"
    # when the trials ran: "The trials ran from June 2005 to April 2012"
    r"ran from|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) (?:19|20)\d\d|up to date|study design|each study|derived from|"
    r"(?:have|has) been (?:done|conducted|carried out|performed|published)|(?:were|was) published|"
    r"only (?:one|two|three|four|five|a few|\d+) (?:\w+ ){0,4}(?:trials?|stud(?:y|ies)|reports?)|"
    r"^the (?:review authors|researchers|authors) (?!found|showed|observed|conclude|saw)"
    # (their verdict on the evidence is a finding: "did not find enough evidence to support X",
    # and so is what they did not find: "did not find a clear effect of X on walking")
    r"(?!(?:did|could) not find (?:enough|sufficient|clear|convincing|good|reliable) "
    r"(?:[\w-]+ )?evidence)"
    r"(?!(?:did|could) not (?:find|see|show|observe) (?:a |any )?(?:clear |significant |"
    r"convincing |reliable |important |meaningful )?(?:effects?|differences?|benefits?|links?|"
    r"associations?|changes?|improvements?|reductions?|harms?)\b)\w+|"
    r"separately as subgroups|"
    # how the results are to be read, not what they were: "For consistency regarding the
    # direction of effects, outcomes with values less than one favour X"
    r"^for (?:consistency|clarity|ease of (?:interpretation|reading))\b|"
    r"values? (?:less|greater|lower|higher|more|below|above) than (?:one|zero|1|0)\b[^.;]{0,40}"
    r"\bfavou?r|"
    # a step of a method: "a classifier can then learn a model of X"
    r"(?:can|could|is|are|was|were|will) then (?:be )?\w+|"
    # how the trials were run or put together: concealment, blinding, pooling, updates
    r"allocation|conceal\w*|blind(?:ed|ing)|(?:did|could) not (?:be )?(?:pool|combin)\w*|"
    # "did not conduct a meta-analysis", "a pooled analysis was not possible" (the glossary's
    # words for a meta-analysis): that nothing was pooled
    r"not (?:\w+ ){0,2}(?:a |any )?(?:meta-?analys\w*|pooled analys\w*)|"
    r"(?:meta-?analys\w*|pooled analys\w*) (?:was|were) not\b|"
    r"(?:were|was) not (?:pooled|combined)|pool(?:ed)? the (?:data|results|studies|trials)|"
    r"(?:differed|varied|differ|vary) (?:\w+ )?(?:between|across|among) (?:the )?"
    r"(?:studies|trials)|"
    r"(?:found|identified|added|include[sd]?) (?:\w+ ){0,2}(?:new|more|additional|further) "
    r"(?:studies|trials)|"
    r"(?:last|previous|earlier) (?:published )?versions?|no longer be updated|"
    # what the studies reported on, not what they found: "reported the effect of X on Y"
    r"reported (?:on )?the (?:effects?|outcomes?) of|as (?:a )?results? measured|"
    # how the trials differed in how they were run: "differences in the methods ... between trials"
    r"differences? in (?:the )?(?:[\w-]+ ){0,2}(?:methods?|designs?|settings?)\b[^.]{0,80}?"
    r"\b(?:between|across|among) (?:the )?(?:trials|studies)|"
    # how better evidence may be had: "Stronger results may be obtained by conducting X"
    r"(?:may|might|could|would) be (?:obtained|gained|achieved) by|"
    # what the trials measured: "The main results measured were X", "The primary measure of
    # the effect of X was the share of people who ..." (never "... was met": a finding)
    r"(?:main|primary|secondary) (?:results? measured|outcomes?(?: measures?)?|measures?)"
    r"(?: of [^,.;]{1,80}?)? (?:was|were|included)(?! (?:not )?(?:met|reached|achieved)\b)|"
    # what an update added, and a meta-analysis not done
    r"no (?:new|further|additional) (?:[\w-]+ )?(?:studies|trials)|update of (?:this|the) review|"
    r"(?:additional|new|further) (?:[\w-]+ ){0,2}(?:study|trial|studies|trials) (?:[\w-]+ ){0,4}?"
    r"(?:was|were) (?:found|identified|added|included)|for the (?:19|20)\d\d update|"
    r"(?:unable to|could not|did not|cannot|not possible to) (?:conduct|perform|do|carry out|"
    r"undertake|run) (?:a |any )?meta-analys\w*|"
    r"meta-analys\w* (?:was|were) (?:not possible|impossible|inappropriate|not done|not "
    r"conducted|not performed)|"
    # who was left out or lost: the sample, not the finding
    r"(?:were|was) excluded|exclusion|(?:lost|loss) to follow-?up|"
    rf"{_DRUG_NOT}withdr[ae]w\w*+{_DRUG_AFTER})\b"
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
# How many studies a search found, as a headline: "Sixteen studies with 1063 people were
# found" (that none were is an empty review's finding; in the body, a count that names what
# the studies tested says what was done).
_SEARCH_COUNT = re.compile(
    r"^(?!(?:No|None|Not)\b)(?:[\w-]+ ){1,3}(?:studies|trials|reports|articles|papers|records)"
    r"\b[^.;]{0,60}?\b(?:was|were) (?:found|identified|retrieved|located)\b",
    re.I,
)


# Who stopped taking part, and why: "Two people stopped because the vest felt too heavy".
_DROP_OUT = (
    r"(?:stopped|withdrew|discontinued|quit|left)\b(?: [\w-]+){0,4} (?:because|due to|owing to)"
)
# ... said of the people who stopped ("One person stopped because of headaches", "Two of
# them withdrew due to ..."): never a conclusion that a drug "was stopped more often because of
# side effects" than another, which is a finding
DROP_OUT = re.compile(rf"^(?:{COUNT}|No one|Nobody|None)\b(?: [\w-]+){{0,4}}? {_DROP_OUT}\b", re.I)
# A side point: safety asides, secondary measures, deaths, drop-outs.
SIDE_POINT = re.compile(
    r"\b(?:side[- ]effects?|"
    r"unwanted events?|harmful effects?|adverse|harms?|serious health problems?|(?<!-)deaths?|died|"
    # "No serious reactions to the booster were reported": its safety, in a study of a vaccine
    r"reactions? to the (?:[\w-]+ )?(?:vaccines?|boosters?|injections?|jabs?|shots?|doses?|"
    r"infusions?)|injection[- ]site reactions?|"
    r"toxicit(?:y|ies)|drop(?:ped|ping)? out|drop-outs?|"
    rf"{_DROP_OUT}|"
    rf"{_DRUG_NOT}withdrawals?+{_DRUG_AFTER}|"
    r"secondary|tolerat\w*|no (?:trials?|stud(?:y|ies)) reported|did not (?:report|measure)|safety|"
    # "The drop in fever, though not a planned result of this review, ...": a side result
    r"not (?:an? |one of the )?(?:pre-?specified|pre-?planned|planned|primary|main) "
    r"(?:results?|outcomes?|endpoints?|aims?)(?: measured)?|post[- ]hoc|"
    r"none of the (?:included )?(?:trials|studies) (?:reported|measured|assessed|checked)|"
    r"non-?completion|completion rates?|attrition|"
    # studies the review left out: "Three non-eligible studies showed ..."
    r"non-?eligible|ineligible|not eligible|"
    r"(?:leaving|left|leave) (?:the (?:study|trial) )?early|"
    r"not (?:reported|measured)|most common|"
    # "X may also help": besides another finding, not "X helps A, and may also help B"
    r"(?<!\band )(?:was|were|is|are|had|has|may|might|can|could) also|"
    r"protocols?|"
    r"(?:was|were) (?:done|conducted|carried out|performed) in|countries)\b",
    re.I,
)
# Not a finding: what should happen next, or how much is known.
_NOTFINDING = re.compile(
    # "flare-ups which needed a visit": what happened, not what should happen next
    # ("needed to treat" is the statistic, not a finding either)
    r"\b(?:(?<!which )(?<!that )(?<!who )needed|needed(?= to (?:be )?treat)|required|"
    r"warranted|should|must|needs?|would need|"
    # the work to come ("future research", "in the future"), never an outcome that lies ahead
    # ("a lower risk of future hospital admission", "future relapses")
    r"future (?:[\w-]+ )?(?:research|stud(?:y|ies)|trials?|work|investigations?|directions?)|"
    r"in (?:the )?future|"
    r"further (?:research|studies|trials)|"
    r"more research|more studies|more trials|little is known|less is known|poorly understood|"
    r"well studied|has been studied|have been studied|"
    # what the authors cannot advise: "No implications for practice can be drawn"
    r"(?:implications|advice|recommendations?) for (?:clinical )?practice|"
    # a premise on why the question matters ("Knowing X has major implications for Y")
    r"(?:has|have|had) (?:\w+ )?implications|"
    # how far the findings carry, not what they are
    r"(?:application|applicability|generali[sz]ability) of (?:the|these|our|its) "
    r"(?:findings|results)|"
    # that the effects seen may be bias or chance: a caveat on the findings, not one of them
    r"(?:can|could|may|might) (?:have )?be(?:en)? (?:caused by|due to|explained by) (?:both )?"
    r"(?:systematic errors?|bias|random errors?|(?:the )?play of chance|chance))\b",
    re.I,
)
# What was known before the study, said as the premise of a finding: "There is no doubt that
# breastfeeding is helpful for both mother and infant. However, ...".
_PREMISE = re.compile(
    r"^(?:There is (?:no|little) doubt|It is (?:well[- ]known|widely (?:accepted|known|"
    r"recogni[sz]ed)|generally (?:accepted|agreed))) that\b"
    # why the question was worth asking: "The rationale for the use of epidural is well-founded"
    r"|^(?:The |This |A )?(?:theoretical |biological |scientific |clinical )?rationale "
    r"(?:for|behind|of)\b"
)
# What other reviews or guidelines cover ("X and Y are considered in separate reviews", "Current
# guidelines recommend X": the background, never this paper's finding), and a call for trials
# put as a wish ("Any trials of X ... would be welcome").
_ELSEWHERE = re.compile(
    r"\b(?:considered|covered|addressed|reported|discussed|assessed) in (?:a |an )?(?:separate|"
    r"other|another|different) (?:Cochrane )?reviews?\b"
    r"|^(?:Current |Existing |Most |Many |International |National )?guidelines "
    r"(?:now )?(?:recommend|advise|suggest)\b"
    r"|\bwould be (?:\w+ )?(?:welcome|desirable|valuable)\b",
    re.I,
)
FINDING = re.compile(
    r"\b(?:reduc|improv|increas|decreas|lower|rais|help|linked|link|differ|benefit|"
    r"caus|prevent|slow|protect|worse|better|more|less|fewer|may|might|can(?:not)?(?![a-z])|found|showed|"
    r"changed|affect|no clear|not clear|unclear|similar|effect|effective|works?|evidence|"
    r"associated|predict|depend|block|promot|rescu|restor|requir|drive|control|regulat|"
    r"suggest|indicat|reliab|accura|drop|rose|rise|fell|fall|correlat|higher|greater|smaller|"
    r"superior|inferior|useful|confirm|show|reveal|demonstrat|identif|enhanc|boost|"
    r"impair|weaken|strengthen|extend|shorten|respon|eased|eases|reliev|worsen|delay|alter|conclud|risk|likel|common|"
    # getting back what was lost ("Fish given the protein back regained normal coats"); not
    # "recovered", which an abstract says of its sample as often ("all children recovered")
    r"regain|normali[sz]|(?<!weight )gain(?:s|ed)?\b"
    # what people want, prefer or value: an interview study's or a survey's finding ("Women
    # with MS want clear information about pregnancy")
    r"|wants?\b|wanted|wish(?:ed|es)?\b|prefer(?:s|red)?\b|valued\b"
    # how far, fast or long one group went beside another: "walked 38 metres further than the
    # usual-care group", "reached the milestone 6 years later than"
    r"|(?:further|farther|faster|longer|shorter|later|earlier) than\b"
    # ... or with one treatment set against the other: "Walking distance was longer with the
    # cooling vest", "Recovery was faster in the early group"
    r"|(?:was|were|is|are) (?:further|farther|faster|slower|longer|shorter|quicker) "
    r"(?:with|in|after|among|for|on)\b"
    # the glossary's neutral words for serious adverse events: a harm found, as "side effects" is
    r"|serious health problem|unwanted event|harmful effect"
    # how well a test did in words: "The tests rarely give false positive results but miss
    # about half of infections" (a diagnostic review's main conclusion; never "detect": "power to
    # detect", "minimal detectable change" are methods)
    r"|miss(?:es|ed)\b|false[- ](?:positive|negative)"
    # how well a test did, with its figure: "had a sensitivity of 92%", "specificity was 0.88"
    r"|(?:sensitivit(?:y|ies)|specificit(?:y|ies)|predictive values?|"
    r"area under the (?:\w+ ){0,4}curve)"
    r"(?: (?:was|were|of|reached))? (?:\w+ )?\d)\w*",
    re.I,
)
# What a lab or animal study finds: a mechanism ("X uses Y to ...", "X activates Y"). For the
# headline only: the body's choice of sentences keeps to `FINDING`.
_MECHANISM = re.compile(
    r"\b(?:uses|activat|inhibit|trigger|mediat|binds|suppress|contribut|leads? to|"
    r"results? in|essential for|necessary for|plays? a (?:\w+ )?role)\w*",
    re.I,
)


# What people feel or fear: an interview study's finding ("People who stop treatment feel both
# relief and fear"). For the headline only, as `_MECHANISM` is: a narrative review's scene
# ("Heat makes people with MS feel weaker") is no finding the body should prefer.
_FEELING = re.compile(r"\b(?:fe(?:el|els|lt)|fear(?:s|ed)?|worr(?:y|ies|ied))\b", re.I)


# The authors' verdict that one thing is best ("Metal stents are the treatment of choice now in
# ...", "X appears to be the method of choice for Y"): what a review found, said as a choice.
# For the headline only, as `_MECHANISM` is (a background line "X is the drug of choice for Y"
# is no result the body should prefer).
_OF_CHOICE = re.compile(
    r"\b(?:is|are|remains?|appears? to be|seems? to be) (?:still |now |currently )?the "
    r"(?:[\w-]+ )?(?:treatment|intervention|therapy|option|method|drug|approach|procedure|"
    r"technique)s? of choice\b",
    re.I,
)


@lru_cache(maxsize=SIZE)
def states_finding(text: str) -> bool:
    """Whether `text` has a word of a finding, a lab or animal study's mechanism, what people
    feel included or a verdict that one thing is the one of choice."""
    return bool(
        caseless.search(FINDING, text)
        or _MECHANISM.search(text)
        or _FEELING.search(text)
        or _OF_CHOICE.search(text)
    )


# The authors' verdict that a treatment was safe: "X was safe and well tolerated over 48 weeks",
# "X appears to be safe in pregnancy", "No new safety concerns were seen".
_SAFE_VERDICT = re.compile(
    r"\b(?:was|were|is|are|(?:appears?|appeared|seems?|seemed) to be|remained|proved)\s+"
    r"(?:generally |both |overall )?(?:safe|well[- ]tolerated)\b"
    r"|\bno (?:new |unexpected )?safety (?:concerns|signals|issues)\b",
    re.I,
)


# ... or that it brought no more harm than none: "Ocrelizumab exposure before conception was not
# linked with more adverse pregnancy outcomes" (a pregnancy registry's main finding, which the
# chooser read as a safety aside and passed over for a side result, the lead's hand-written u8).
_NO_MORE_HARM = re.compile(
    r"\b(?:was|were|is|are) not (?:linked|associated|connected) (?:with|to) (?:more|higher|"
    r"increased|(?:a |an )?(?:higher|increased|greater) (?:risk|rate|number) of) "
    r"(?:[\w-]+ )?(?:adverse|unwanted|harmful|serious)\b",
    re.I,
)


def says_safe(text: str) -> bool:
    """Whether `text` says a treatment was safe or well tolerated, with no "not" before it, or
    that it was not linked with more harm (`_NO_MORE_HARM`)."""
    harmless = _NO_MORE_HARM.search(text)
    if harmless is not None:
        return not re.search(r"\bnot\b", text[: harmless.start()], re.I)
    m = _SAFE_VERDICT.search(text)
    return m is not None and not re.search(r"\bnot\b", text[: m.end()], re.I)


# A finding that adds that it was safe is still the finding ("... helped, without serious side
# effects"): the aside is not what the headline reports.
_SAFE_ASIDE = re.compile(
    r",?\s*(?:without|with no|with few|and no|and few) (?:\w+ ){0,2}"
    r"(?:side[- ]effects?|"
    r"unwanted events?|harmful effects?|adverse (?:effects?|events?|reactions?)|harms?|"
    r"serious health problems?|reactions?(?: to the (?:[\w-]+ )?(?:vaccines?|boosters?|"
    r"injections?|jabs?|shots?|doses?|infusions?))?)\b"
    r"|\s+and (?:(?:was|were|is|are) )?(?:well[- ]|generally )?(?:tolerated|safe)\b"
    # "no clear benefits or side effects of X", "no clear advantage in effect or safety": the
    # benefit is the finding
    r"|(?:(?<=benefit)|(?<=effect)|(?<=efficacy)|(?<=effectiveness))s? (?:or|and|nor) "
    r"(?:side[- ]effects?|"
    r"unwanted events?|harmful effects?|harms?|safety)\b"
    # "events secondary to stroke" (caused by), "secondary progressive MS", "secondary
    # prevention": no secondary measure, what was studied
    r"|\bsecondary (?=to\b|progressive\b|prevention\b)",
    re.I,
)


# Deaths as the outcome a treatment changes ("reduce deaths") are a main result, not an aside.
_DEATHS_AS_OUTCOME = re.compile(
    r"\b(?P<change>reduc\w*|lower\w*|prevent\w*|increas\w*|decreas\w*|cut\w*|alter\w*|affect\w*|"
    r"chang\w*|(?:effects?|impact|differences?) (?:on|in)|fewer|more|risk of|rate of)\s+"
    r"(?:the\s+)?(?:number of\s+|time to\s+)?(?:deaths?|death rates?)\b"
    # "may reduce the risk of active tuberculosis and death": death is one of the outcomes
    r"|\b(?P<risk>risk of (?:[\w-]+ ){1,3}(?:and|or)) (?:deaths?|dying)\b"
    # a verb of change before a kind of death: "probably reduces maternal death"; or a noun
    # of change: "Drops in all-cause deaths, major vascular events and ... were found"
    r"|\b(?P<verb>reduc\w*|lower\w*|prevent\w*|increas\w*|decreas\w*|cut\w*|fewer|"
    r"(?:drops?|reductions?|falls?|declines?|rises?) in)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:deaths?|death rates?)\b",
    re.I,
)


# ... and so are the deaths of a list of outcomes a change verb governs ("reduced all-cause
# deaths, heart and blood vessel deaths and illness, and stroke deaths"): each item is an
# outcome the treatment changed. Only after a finite verb ("aimed at reducing deaths" is a
# purpose) and where the list is nouns to the clause's end: a verb of its own ("..., and caused
# two deaths", "... but deaths were more common") is another clause.
_CHANGED_LIST = re.compile(
    r"\b(?:reduc(?:ed|es?)|lower(?:ed|s)?|prevent(?:ed|s)?|increas(?:ed|es?)|decreas(?:ed|es?)|"
    r"cuts?)\s+(?P<items>[^.;:()]+)",
    re.I,
)
_OWN_VERB = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|has|have|had|did|does|do|not|but|although|while|"
    r"whereas|caused?|led|leads?|rose|fell|occurred|reported|seen|observed|found)\b"
    r"|(?<![\w-])\w+ed\b",
    re.I,
)


# The harms of such a list a verb of lowering governs ("may reduce net adverse clinical events,
# cardiac death, bleeding and access site problems"): outcomes the treatment made less common,
# its main result, never a safety aside. Only in a list (one "reduced side effects" may be the
# aside) and never after a verb of raising ("increased side effects, nausea and headache").
_LOWERED = re.compile(r"^(?:reduc|lower|prevent|decreas|cut)", re.I)
_LISTED_HARMS = re.compile(
    r"\b(?:deaths?|adverse|side[- ]effects?|unwanted events?|harmful effects?|harms?|"
    r"toxicit(?:y|ies)|serious health problems?)\b",
    re.I,
)
_A_LIST = re.compile(r",|\b(?:and|or)\b")


def _without_listed_deaths(text: str) -> str:
    """`text` with the deaths of a list of outcomes a change verb governs left out
    (`_CHANGED_LIST`), and the harms of one a verb of lowering governs (`_LOWERED`), or `text`
    as it is."""
    for m in _CHANGED_LIST.finditer(text):
        items = m["items"]
        if _OWN_VERB.search(items):
            continue
        lowered = _LOWERED.match(m.group(0)) and _A_LIST.search(items)
        said = _LISTED_HARMS if lowered else re.compile(r"\bdeaths?\b", re.I)
        if said.search(items):
            start, end = m.span("items")
            return text[:start] + said.sub("", items) + text[end:]
    return text


# "Fifty-five trials with data from 8652 women compared A and B": what the trials did (for the
# headline only: the body may say what the trials compared)
_COMPARED = re.compile(
    r"\b(?:trials?|stud(?:y|ies))(?: [\w,-]+){0,8} compared (?!favourably|well|badly)\w+", re.I
)


# A result about the control group alone ("No clear improvement was seen in the placebo
# group"): what happened without the treatment, not what the treatment did.
_CONTROL_ALONE = re.compile(
    r"\b(?:in|for|among) the (?:dummy[- ]treatment|placebo|control|sham|usual[- ]care|"
    r"no[- ]treatment|comparison) (?:group|arm)s?$",
    re.I,
)
_COMPARES = re.compile(r"\b(?:than|compared|versus|vs|relative to|whereas|while|but)\b", re.I)
# ... or with the control arm as its subject ("Control-AC showed no clear changes", "The waiting
# list group got worse", "Sham stimulation had no effect"): the arm the treatment was measured
# against, what happened without it.
_CONTROL_FIRST = re.compile(
    r"^(?:The |In the |Those in the |People in the |Patients in the |Participants in the )?"
    r"(?:control|placebo|sham|dummy[- ]treatment|usual[- ]care|no[- ]treatment|"
    r"wait(?:ing)?[- ]?list|comparison)\b(?:[- ][\w-]+)?(?: group| arm| condition)?s?"
    r" (?:showed|had|saw|got|experienced|reported|improved|worsened|deteriorated|remained|stayed"
    r"|did not|was not|were not)\b",
    re.I,
)
# ... and with nothing said of another arm beside it ("as well as", "similar to", "did not
# differ from" say how the arms compared)
_ARMS_COMPARED = re.compile(r"\b(?:as (?:\w+ ){1,2}as|similar|same|differ\w*|both|either)\b", re.I)


# How something was measured or graded, as a headline: "Level-of-evidence was determined by the
# X classification system", "Pain was rated using a visual scale" (a step of the method, which
# names its instrument; "Survival was determined by tumour size" names none and is a finding).
_GRADED_BY = re.compile(
    r"\b(?:was|were) (?:determined|graded|rated|classified|scored|appraised|categori[sz]ed)"
    r" (?:by|using|with|according to|via|on) (?:the |a |an )?[^.;]{0,60}?\b(?:system|scale|"
    r"score|tool|criteria|classification|checklist|questionnaire|instrument|approach|method|"
    r"guidelines?|inventory)\b",
    re.I,
)


# What most of the people had or were, said with no finding: "Almost all men had localized
# prostate cancer" (who took part, not what happened to them).
_DESCRIBED = re.compile(
    r"^(?:Almost all|Nearly all|All|Most|The majority)(?: of)?(?: the)? (?:[\w-]+ )?(?:men|women|"
    r"people|participants|patients|children|adults|infants) (?:had|were|was) (?P<what>.+)$",
    re.I,
)


# What a measure meant in the study: "Ocular alignment was defined as a tropia of 8 dioptres or
# less" (how it was measured, no finding).
_DEFINED = re.compile(r"\b(?:was|were|is|are) (?:\w+ )?defined (?:as|by)\b", re.I)


def _described(text: str) -> bool:
    m = _DESCRIBED.match(text)
    what = m["what"] if m else ""
    return bool(m) and not re.search(r"\bno\b", what) and not FINDING.search(what)


# Words of a finding that PROCEDURE reads as the sample's or the method's: what changes with
# age ("age-related changes", "rises with age"), where people live ("living independently").
# A treatment protocol compared with: "a higher pregnancy rate than the overnight insemination
# protocol" (never the study's own protocol, a method, nor its protocols as a side point).
_COMPARED_PROTOCOL = re.compile(
    r"\b(?:than|versus|vs\.?|compared (?:with|to)) (?:the |a |an )?(?:[\w-]+ ){0,3}protocols?\b"
    r"(?! (?:group|arm)s?\b)",  # (one arm of a trial: "the long protocol group")
    re.I,
)
_FINDING_NOT_METHOD = re.compile(
    r"\bage-(?=related\b)|\bwith (?:increasing |advancing )?age\b|\bliving independently\b"
    # a treatment protocol compared with (`_COMPARED_PROTOCOL`)
    r"|\b(?:than|versus|vs\.?|compared (?:with|to)) (?:the |a |an )?(?:[\w-]+ ){0,3}protocols?\b"
    r"(?! (?:group|arm)s?\b)"
    # an outcome that goes on ("the ongoing pregnancy rate"), never trials under way
    r"|\bongoing(?= (?:pregnanc|pain|symptom|bleed|infection|inflammation|disease))",
    re.I,
)


@lru_cache(maxsize=SIZE)
def is_procedural(text: str, asides: bool = True) -> bool:
    """Whether a headline reports how the study was done or a side point, not a finding;
    without `asides`, harms and side effects are no side point (an interview study's finding
    may be that people fear them)."""
    # (the long patterns by `prefilter.search`: most headlines hold none of the words they need)
    method = search(PROCEDURE, _FINDING_NOT_METHOD.sub("", text)) or _SEARCH_COUNT.search(text)
    if method or search(_NOTFINDING, text) or _COMPARED.search(text) or _ELSEWHERE.search(text):
        return True
    if _PREMISE.match(text):
        return True
    if search(SAMPLE, text) or _described(text) or _DEFINED.search(text):
        return True
    if _CONTROL_ALONE.search(text) and not _COMPARES.search(text):
        return True
    if _CONTROL_FIRST.search(text) and not (_COMPARES.search(text) or _ARMS_COMPARED.search(text)):
        return True
    if _GRADED_BY.search(text):
        return True
    if BASELINE_RISK.search(text):
        return True  # the comparison group's risk, the gate's side point: a reference, no finding
    text = _COMPARED_PROTOCOL.sub("", text)  # (a treatment protocol compared with: no aside)
    if not asides or not caseless.search(SIDE_POINT, text):
        return False
    finding = _SAFE_ASIDE.sub(
        "",
        _DEATHS_AS_OUTCOME.sub(
            lambda m: m["change"] or m["verb"] or m["risk"], _without_listed_deaths(text)
        ),
    )
    # What is left must say what changed: "X can be given without harm" says only it was safe.
    effect = re.sub(r"\b(?:may|might|can|could)\b", "", finding)
    return bool(caseless.search(SIDE_POINT, finding)) or not caseless.search(FINDING, effect)


# A call for more research: what should be studied next, never what was found.
_RESEARCH_CALL = re.compile(
    r"\b(?:further|future|more|larger|new|additional|well[- ]designed)\b[^.;]{0,80}"
    r"\b(?:research|studies|trials|work|investigations?)\b"
    r"|\b(?:research|studies|trials)\b[^.;]{0,80}\b(?:needed|required|warranted)\b"
    # "X and Y could represent other avenues of research"
    rf"|{AVENUES}",
    re.I,
)
# A sentence whose subject is research still to come: "Further randomised trials replicating
# this study would strengthen the evidence base", "Larger trials are needed to confirm this"
# (never "Larger trials showed X": what they found).
_CALL_FIRST = re.compile(
    r"^(?:Further|Future|More|Larger|Longer|New|Additional|Well[- ]designed|High[- ]quality|"
    r"Adequately powered)\b[^.;]{0,80}?\b(?:research|studies|trials|RCTs)\b[^.;]{0,60}?"
    r"\b(?:would|could|will|should|may|might|are|is) (?:\w+ )?(?:strengthen|clarify|confirm|"
    r"establish|determine|needed|required|warranted|help (?:to )?(?:clarify|confirm|establish|"
    r"determine))\b",
    re.I,
)


# What waits on research still to come: "More definitive conclusions on treatment effect await
# further well-conducted randomised trials", "A firm answer must await larger studies" (never
# "Results of the trial are awaited": what is not yet known, no call).
_AWAITS = re.compile(
    r"\bawait(?:s|ing)? (?:the (?:results|findings) of )?(?:further|future|more|larger|longer|"
    r"new|additional|well[- ]\w+|high[- ]quality|adequately powered)\b[^.;]{0,60}?"
    r"\b(?:research|studies|trials|RCTs|investigations?)\b",
    re.I,
)


# Whether research will ever come: "It is unlikely that any randomised trial of surgery will
# ever be available for X", "No trial will be possible in such rare cases" (never "The trial
# will be done in 20 clinics": a planned study says what it will do with "the" or "this").
_TO_COME = re.compile(
    r"\b(?:any|no|further|future|new)\s+(?:[\w-]+\s+){0,2}(?:trials?|RCTs?|studies|research)\b"
    r"[^.;]{0,80}?\bwill (?:ever |likely |probably |soon )?(?:be )?(?:available|done|conducted|"
    r"performed|carried out|feasible|possible|published|reported)\b",
    re.I,
)


# Research said to be a priority: "Randomised trials related to X continue to be a high
# priority", "Studies of Y remain a priority" (a call in other words).
_PRIORITY = re.compile(
    r"^[^.;]{0,40}\b(?:research|studies|trials|RCTs)\b[^.;]{0,120}?\b(?:remains?|continues? to "
    r"be|is|are|should be) (?:a |an )?(?:high|top|key|urgent|important|research)? ?priority\b",
    re.I,
)


# What would follow if research still to come bore a finding out: "If the method is shown to be
# effective, safe and acceptable, the results may warrant revision of the recommendations" (a
# condition on work not done, no finding).
_IF_SHOWN = re.compile(
    r"^If (?:[\w-]+ ){1,5}(?:is|are) (?:(?:later|ever|further|also) )?(?:shown|found|proven|"
    r"confirmed|demonstrated) to\b",
    re.I,
)


# What knowledge or techniques still to come will bring: "Advances in echocardiography will allow
# more precise checks", "In the end, the expanded knowledge base will be critical to designing
# new treatments", "Better understanding of X will provide insight into Y" (an outlook, no
# finding; never "Our findings will help clinicians", which says what the study found is for).
_OUTLOOK = re.compile(
    r"^(?:(?:In the end|Ultimately|Eventually|In (?:the )?future),? )?(?:[\w-]+ ){0,3}?"
    r"(?:advances|advancements|developments|progress|understanding|knowledge(?: base)?|"
    r"technolog(?:y|ies)|innovations?)\b(?:(?!\b(?:was|were|is|are|has|have|had)\b)"
    r"[^.;:,]){0,100}?(?<! and) will (?:\w+ )?(?:allow|provide|enable|"
    r"help|be|lead|improve|facilitate|open|pave|offer|give|yield|inform|make)\b",
    re.I,
)
# What was known before the study: "The degree of pain relief is known to be accompanied by
# better sleep", "X is well established to ..." (the premise, not this paper's finding; never
# "X was shown to ...", what it found).
_KNOWN_BEFORE = re.compile(
    r"^[A-Z][^.;:]{0,100}? (?:is|are) (?:well[- ]|already |widely |long |now )?(?:known|"
    r"established|recogni[sz]ed) to\b"
)


def opens_with_a_call(text: str) -> bool:
    """Whether `text` is a call for more research, research to come as its subject
    (`_CALL_FIRST`), what it says awaits (`_AWAITS`), whether research will ever come
    (`_TO_COME`), research said to be a priority (`_PRIORITY`), what would follow if it bore
    a finding out (`_IF_SHOWN`), what knowledge to come will bring (`_OUTLOOK`) or what was
    known before (`_KNOWN_BEFORE`): never a headline, whatever its place among the
    conclusions."""
    return bool(
        _CALL_FIRST.match(text)
        or _AWAITS.search(text)
        or _TO_COME.search(text)
        or _PRIORITY.search(text)
        or _IF_SHOWN.match(text)
        or _OUTLOOK.match(text)
        or _KNOWN_BEFORE.match(text)
    )


# How long people were followed: "Follow-up, when reported, was up to one year".
_FOLLOW_UP = re.compile(r"^(?:The )?(?:length of )?follow-?up\b", re.I)
# What no study measured: "No study checked deaths as a separate result".
_NOT_MEASURED = re.compile(
    r"^No (?:included )?(?:study|trial|studies|trials) (?:checked|measured|reported|assessed|"
    r"looked at|examined|evaluated)\b",
    re.I,
)


def method_or_call(text: str) -> bool:
    """Whether `text` says how the study was done or who took part (a search, a count of
    studies, the sample, what the trials compared, how long people were followed) or calls for
    more research, whatever else it says: never a headline, not even the last resort's."""
    return bool(
        search(PROCEDURE, text)
        or _SEARCH_COUNT.search(text)
        or search(SAMPLE, text)
        or _described(text)
        or _COMPARED.search(text)
        or _RESEARCH_CALL.search(text)
        or _ELSEWHERE.search(text)
        or _PREMISE.match(text)
        or _FOLLOW_UP.match(text)
        or _NOT_MEASURED.match(text)
    )


# The drafter's own template headlines (headline/template.py): what follows the study's kind
# says whether a finding is stated ("A review found no trials of X", "A review of 9 trials
# found no clear difference between X and Y") or only what was looked at.
_TEMPLATE_HEADLINE = re.compile(
    r"^A (?:review|trial|study|lab study|case report|guideline|planned study|study of a test|"
    r"study of costs|study in [\w -]+?)(?: of \S+ (?:trials?|stud(?:y|ies)))? "
    r"(?:(?P<found>found (?:no |the evidence was not clear))|looked at |reports its findings$)"
)


def reports_no_finding(headline: str) -> bool:
    """For measuring drafts: whether a headline reports no finding, only a procedure or a
    side point (`is_procedural`) or what a template says was looked at ("A study in mice
    reports its findings"). A template that states a finding ("A review found no trials of
    X") is a finding, though a search's words are in it."""
    template = _TEMPLATE_HEADLINE.match(headline)
    if template:
        return not template["found"]
    return is_procedural(headline)
