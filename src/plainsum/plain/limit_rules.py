"""The kinds of limitation a paper may state (plainsum.plain.limits finds them): for each, the
pattern of the paper's own words that states it, and the short sentence the summary says for
it, of one study and of the studies a review pooled. Data only.
"""

from __future__ import annotations

import re

from ..funding import INTERESTED_FUNDING

# A grade of the evidence's certainty ("low-certainty evidence"); its level is what is said.
CERTAINTY = re.compile(
    r"\b(?P<level>very low|low|low to moderate|low-? or very low|very low to low)"
    r"[- ](?:certainty|quality)\b",
    re.I,
)
# ... or said of the evidence in words of its own: "The certainty of the evidence is very low",
# "the overall quality of the evidence was low/very low for all outcomes" (its level is `said`)
CERTAINTY_SAID = re.compile(
    r"\b(?:certainty|quality) of (?:the |this )?(?:[\w-]+ )?evidence\b[^.;:]{0,60}?"
    r"\b(?:is|was|were|are|remains?) (?:(?:rated|judged|graded|assessed|considered) "
    r"(?:as |to be )?)?(?P<said>very low to low|very low|low to moderate|low or very low|"
    r"low/very low|low)\b(?![- ](?:to|or) (?:moderate|high))",
    re.I,
)
# Who judged the results knew the treatment: "lack of blinding of outcome assessors", "assessors
# were not blinded" (never "people in the study knew", which is false of them).
OPEN_ASSESSORS = re.compile(
    r"\b(?:no|lack of|without|absence of|inadequate|no or inadequate) blinding of "
    r"(?:the )?(?:outcome )?(?:assessors?|assessments?|evaluators?|investigators?|raters?)\b"
    r"|\b(?:outcome )?(?:assessors?|evaluators?|raters?) (?:were|was) (?:not |un)"
    r"(?:blinded|masked)\b|\bunblinded (?:outcome )?(?:assessors?|assessments?|raters?)\b",
    re.I,
)
RULES: list[tuple[str, re.Pattern[str], str]] = [
    ("certainty", CERTAINTY, ""),
    # (read only where no grade is said in the usual words: `limits.stated_limits`)
    ("certainty_said", CERTAINTY_SAID, ""),
    (
        "small",
        re.compile(
            r"\bsmall (?:sample(?: size)?s?|(?:total )?numbers? of (?:participants|patients|"
            r"people|subjects)|study size|cohort)\b|\blimited (?:by (?:the )?small|sample size)"
            r"|\b(?:population|sample|sample size|number of (?:participants|patients)) "
            r"(?:was|were) (?:too |very )?small\b"
            # "were too small to assess the main outcomes", "too small for any meaningful
            # comparisons" (never "the change was too small to notice": a finding)
            r"|\b(?:was|were) too small (?:to (?:assess|allow|draw|judge)|for (?:any )?"
            r"(?:meaningful|reliable|firm|useful) )"
            # "The small size of the trial means a modest benefit cannot be ruled out"
            r"|\bsmall size of (?:the|this|our) (?:trial|study|sample|cohort)\b"
            # "Baclofen stopped hiccups more often in this small trial", "our small pilot study"
            r"|\b(?:this|our|the present) small(?:,? (?:single-cent(?:re|er)|open-label|"
            r"randomi[sz]ed|pilot|exploratory))? (?:pilot )?(?:trial|study|sample|cohort)\b"
            # "The analysis of relapse rates is underpowered", "this is based on one small trial"
            r"|\b(?:analys[ie]s|comparisons?|results?|estimates?)\b[^.;]{0,60}\b(?:is|are|was|"
            r"were) underpowered\b|\bbased on (?:only )?(?:one|a single) small (?:trial|study)\b",
            re.I,
        ),
        "The authors say the number of people studied was small.",
    ),
    (
        "small_studies",
        # "few small trials", "only a few studies were found"; never "few studies looked at
        # older people", which says what the studies did, not that they were few
        re.compile(
            # (never "the effect was small and all studies ... had high risk of bias": what is
            # small there is the effect)
            r"\b(?:(?:only|very) (?:a )?few|a small number of|(?<!was )(?<!were )(?<!is )"
            r"(?<!are )small) (?:and (?!(?:all|most|some|many|the|these|both)\b)\w+ )?"
            r"(?:trials|studies)\b"
            # "the small number of available RCTs", "only small, poor quality trials"
            r"|\b(?:a|the) small number of (?:[\w-]+ ){0,3}?(?:trials|studies|RCTs)\b"
            r"|\bonly small(?:,| and) (?:[\w-]+ ){0,2}?(?:trials|studies|RCTs)\b"
            r"|\bfew (?:trials|studies) (?:were|are|have been) (?:included|found|identified|"
            r"available|eligible)\b|\b(?:trials|studies) were (?:few|small)\b"
            # "based on few underpowered trials", "the trials were underpowered"
            r"|\b(?:few )?underpowered (?:trials|studies|RCTs)\b"
            r"|\b(?:trials|studies|RCTs) (?:were|are) (?:\w+ )?underpowered\b",
            re.I,
        ),
        "The authors say the studies were few or small.",
    ),
    (
        "short",
        re.compile(
            # (never "short duration of stenting": how long a treatment lasted, not the study)
            r"\bshort (?:follow-?up|duration(?! of (?!(?:the |these |all )?(?:[\w-]+ )?(?:trials?|"
            r"stud(?:y|ies)|RCTs|follow-?up)\b))|study period|periods? of follow-?up)\b"
            r"|\blimited follow-?up\b|\bfollow-?up (?:was|were) short\b"
            # "generally poorly reported, follow-up usually short"
            r"|\bfollow-?up (?:was |were )?(?:usually|often|generally|mostly|typically) short\b",
            re.I,
        ),
        "The authors say the follow-up was short.",
    ),
    (
        "dropouts",
        re.compile(
            r"\bhigh (?:risk (?:of|for) )?attrition bias\b|\b(?:significant|serious|substantial) "
            r"attrition bias\b|\bhigh (?:rates? of )?(?:drop-?outs?|attrition|withdrawals?)"
            r"(?: rates?)?\b|\b(?:many|a large number of|a high number of) (?:\w+ )?"
            r"(?:drop-?outs|withdrawals)\b|\battrition bias (?:was|were) (?:found|high|present)\b",
            re.I,
        ),
        "The authors say many people dropped out of the study.",
    ),
    (
        "stopped_early",
        re.compile(r"\b(?:stopped|terminated|halted) (?:early|prematurely)\b", re.I),
        "The authors say the study was stopped early.",
    ),
    (
        "no_control",
        re.compile(
            # "uncontrolled" of a study, never of a growth or a bleeding ("suppression of
            # uncontrolled cell proliferation" is no design, plaba 18497742)
            r"\b(?:no|without a|lack of a|absence of a) control group\b"
            r"|\buncontrolled (?:[\w-]+ ){0,2}?(?:stud(?:y|ies)|trials?|designs?|series|cohorts?|"
            r"pilot|before-and-after|observations?|data|evidence)\b|\bsingle-arm\b",
            re.I,
        ),
        "The authors say there was no control group.",
    ),
    (
        "one_centre",
        re.compile(r"\bsingle[- ](?:centre|center|site|institution)\b", re.I),
        "The authors say the study was done in one centre.",
    ),
    (
        "bias",
        re.compile(
            r"\bhigh risk (?:of|for) (?:\w+ ){0,2}bias\b|\bopen to bias\b"
            # "We judged the risk of bias to be high for both studies", "Risks of bias were
            # generally high or unclear"
            r"|\brisks? of bias (?:was |were |to be )(?:judged |rated |considered )?(?:as )?"
            r"(?:generally |mostly |very |often )?high\b"
            r"|\bsources? of bias (?:was|were)\b"
            # "The risk of selection bias was low in three trials ... and high in the other two"
            r"|\brisks? of (?:\w+ )?bias (?:was|were) [^.;]{0,80}?\bhigh (?:in|for)\b"
            r"|\b(?:major|serious|substantial|considerable|important) (?:risks? of )?bias\b"
            r"|\b(?:likelihood|strong potential) (?:of|for) (?:\w+ )?bias\b"
            r"|\b(?:suboptimal|inadequate|poor|failed) randomi[sz]ation\b"
            r"|\bmethodological (?:concerns|limitations|flaws|weaknesses|issues|problems|"
            r"shortcomings)\b"
            r"|\bmethodological weakness(?:es)?\b"
            # "The methodological quality of 17 included studies was poor"
            r"|\b(?:methodological )?quality "
            r"(?:of (?:the )?(?:\d+ )?(?:included )?(?:studies|trials) )?"
            r"(?:was|were) (?:\w+ )?(?:low|poor)\b|\bpoor[- ]quality (?:studies|trials)\b"
            # "many trials were of poor quality", "seven were of lower quality", "old studies of
            # limited quality"
            r"|\b(?:trials|studies|RCTs|one|two|three|four|five|six|seven|eight|nine|ten|\d+|many|"
            r"most|some|several|others) (?:\w+ ){0,2}?(?:were|was) of (?:poor|low|lower|limited)"
            r"(?: methodological)? quality\b"
            r"|\b(?:studies|trials) of (?:poor|low|limited)(?: methodological)? quality\b",
            re.I,
        ),
        "The authors say the study had flaws in how it was done.",
    ),
    (
        # "There was significant evidence of publication bias in the vitamin E studies": the
        # studies found may be the ones with good results (never "no evidence of publication
        # bias", `limits.stated_limits`)
        "publication_bias",
        re.compile(
            r"\b(?:evidence|signs?|indications?) (?:of|for) (?:\w+ )?publication bias\b"
            r"|\bpublication bias (?:was|were|is|may be|might be|could be) (?:\w+ )?(?:found|"
            r"detected|present|likely|evident|suspected|a concern|an issue)\b",
            re.I,
        ),
        "The authors say studies with less favourable results may not have been published.",
    ),
    (
        # "we could not determine whether missing data had an impact on the results", "high
        # rates of missing data" (never "missing data were obtained from the authors": how
        # they worked)
        "missing_data",
        re.compile(
            r"\bmissing data (?:had|have|has|may have|might have|could have) (?:had )?(?:an? )?"
            r"(?:\w+ )?(?:impact|effect|influence|affected|influenced|biased)\b"
            r"|\b(?:impact|effect|influence) of (?:the )?missing data\b"
            r"|\b(?:high|large|substantial|considerable) (?:amounts?|proportions?|levels?|rates?) "
            r"of missing data\b|\bmuch (?:of the )?data (?:were|was) missing\b",
            re.I,
        ),
        "The authors say some data were missing.",
    ),
    (
        "open_assessors",
        OPEN_ASSESSORS,
        "The authors say the people who measured the results knew which treatment each person had.",
    ),
    (
        "open",
        re.compile(
            # (an "open-label extension" is a phase after the blinded trial: no limit of it)
            # (a sentence that says it of the assessors is theirs: `OPEN_ASSESSORS`)
            r"\bopen[- ]label\b(?![- ]extension)|\bopen (?:trials|studies)\b|\b(?:not|un)blinded\b"
            r"|\bnot blinded\b|\b(?:no|lack of|without) blinding\b",
            re.I,
        ),
        "The authors say the people in the study knew which treatment they had.",
    ),
    (
        "differed",
        re.compile(
            r"\bheterogene(?:ity|ities|ous)\b|\b(?:studies|trials) (?:differed|varied) "
            r"(?:a lot|widely|greatly|considerably)\b"
            # "because there were variations between the trials in the intensity ..."
            r"|\bvariations? (?:between|among|across) (?:the )?(?:included )?(?:trials|studies)\b",
            re.I,
        ),
        "The authors say the groups in the study differed a lot.",
    ),
    (
        "little_data",
        re.compile(
            r"\b(?:limited|insufficient|sparse|scarce|inadequate) data\b|\bnot enough data\b"
            r"|\binadequacy of (?:the )?available data\b"
            # (never "the data are limited by publication bias": limited in what they show)
            r"|\bdata (?:were|was|are|is) (?:too |very )?(?:limited|sparse|scarce|insufficient)\b"
            r"(?! by\b)"
            # "The small amount of data that exists suggests ..."
            r"|\bsmall amount of (?:\w+ )?data\b",
            re.I,
        ),
        "The authors say the data were limited.",
    ),
    (
        "preliminary",
        # the authors call their own results early: "preliminary results are encouraging",
        # "pilot evidence was gathered in ten people"
        re.compile(r"\b(?:preliminary|pilot) (?:results|data|evidence|findings)\b", re.I),
        "The authors say these are early results.",
    ),
    (
        "weak_evidence",
        # the authors' own word for the evidence, when they grade it in no certainty terms
        re.compile(
            r"\b(?:low-level|weak) (?P<kind>randomi[sz]ed )?evidence\b|\b(?P<kind2>randomi[sz]ed )?"
            r"evidence (?:is|was|remains) (?:\w+ )?weak\b"
            # "the effect of X is poorly documented": little good evidence of it
            r"|\b(?:is|are|was|were|remains?) (?:still )?poorly documented\b"
            # "Limited evidence suggests X", "limited evidence to support X" (never "limited
            # evidence of harm": a finding)
            r"|\blimited evidence (?:suggests?|shows?|indicates?|supports?|to support|that)\b"
            # "there is insufficient evidence to support X", "limited direct evidence of effect"
            r"|\binsufficient (?:trial |published |direct )?evidence\b"
            # "There are insufficient good-quality trials to make any recommendations" (never
            # "insufficient trials of X", a part of what the review looked at; nor "insufficient
            # information to estimate the effect on X", often one outcome's)
            r"|\binsufficient (?:(?:good|high)[- ]quality |well[- ]designed |randomi[sz]ed "
            r"(?:controlled )?)?(?:trials|studies|RCTs)\b(?! (?:of|on|for|about)\b)"
            r"|\blimited (?:published |direct |available )evidence\b"
            r"|\bevidence(?: base)? (?:is|was|remains) (?:still )?insufficient\b"
            # "Evidence for this beneficial effect of X is weak and based on one trial"
            r"|\bevidence (?:for|on|of|about) [^.;:,()]{1,60}? (?:is|was|remains) (?:still )?weak\b"
            # "The limited evidence from the included trials suggests", "a lack of rigorous
            # trials provides limited evidence of ...", "the evidence base for X is limited"
            # (never "limited to" a group, nor "is limited for" one kind: a part of it)
            r"|\bthe limited evidence (?:from|of|in) (?:the |these )?(?:included |available )?"
            r"(?:trials|studies|RCTs)\b|\bprovides? (?:only )?limited evidence\b"
            r"|\bevidence(?: base)?(?: (?:on|for|about|of) [^.;:,()]{1,80}?)? (?:is|was|remains) "
            r"(?:still |very |currently )?limited(?= *[.;]|,? (?:and|but|so)\b)",
            re.I,
        ),
        "The authors say the evidence is weak.",
    ),
    (
        "confounding",
        # "potential confounding ... can not be ruled out", "residual confounding": other
        # things than the one studied may explain the link the paper found
        re.compile(
            r"\bconfounding\b[^.;]{0,100}?\b(?:can ?not|could not|cannot|can't) be "
            r"(?:ruled out|excluded)\b|\b(?:residual|unmeasured) confounding\b",
            re.I,
        ),
        "The authors say other factors may explain part of the results.",
    ),
    (
        "old_studies",
        # "because the studies included in this review were conducted prior to the introduction
        # of antenatal steroids": care has changed since
        re.compile(
            r"\b(?:studies|trials)\b[^.;]{0,60}?\b(?:were|was) (?:\w+ )?(?:conducted|done|"
            r"performed|carried out) (?:before|prior to) (?:the )?(?:introduction|advent|"
            r"widespread use|era)\b",
            re.I,
        ),
        "The authors say the studies were done before care changed, so the results may not "
        "apply today.",
    ),
    (
        "poor_reporting",
        re.compile(
            r"\breporting (?:of [\w -]{1,40} )?(?:was|were) (?:\w+ )?(?:poor|inadequate|"
            r"incomplete)\b|\b(?:poorly|inadequately|not well) reported\b",
            re.I,
        ),
        "The authors say some results were poorly reported.",
    ),
    (
        "unmet_aims",
        # "We were unable to achieve all of the objectives specified for the review"
        re.compile(
            r"\b(?:unable to|not able to|could not|failed to) "
            r"(?:achieve|meet|address|answer|fulfil+) (?:all|each) (?:of )?"
            r"(?:the|its|our|their) (?:[\w-]+ )?(?:objectives|aims|questions)\b",
            re.I,
        ),
        "The authors say the study could not answer all the questions it set out to.",
    ),
    (
        # who paid: a party with a stake in the results (plainsum.funding; CD013790, where all
        # trials were paid for by tobacco companies and an independent reader found it left out)
        "interested_funding",
        INTERESTED_FUNDING,
        "The authors say the study was paid for by a company with a stake in its results.",
    ),
    (
        "more_research",
        re.compile(
            r"\b(?:further|more|additional|larger|future|well-designed|high-quality|longer|"
            r"better)\s+(?:\w+\s+){0,3}(?:research|studies|trials|RCTs|work|investigation)"
            r"\s+(?:\w+\s+){0,2}(?:is|are|will be|would be)\s+(?:still\s+)?"
            r"(?:needed|required|warranted|necessary)\b"
            r"|\b(?:future|further|more|larger|new|well[- ]designed)\b[^.;]{0,80}"
            r"\b(?:trials|RCTs|studies|research)\b[^.;]{0,100}?\b(?:are|is|will be) (?:still )?"
            r"(?:needed|required|warranted|necessary)\b"
            r"|\b(?:trials|studies|research) needs? to be "
            r"(?:done|conducted|carried out|performed)\b"
            # "there is need for sufficiently powered randomised trials", "X requires further
            # evaluation", "may warrant further study"
            r"|\bthere is (?:a |an urgent |a clear )?need for (?:[\w-]+,? ){0,5}?(?:trials|RCTs|"
            r"studies|research)\b"
            r"|\b(?:requires?|needs?|warrants?|merits?|deserves?) further (?:evaluation|"
            r"investigation|study|studies|research|trials)\b"
            # the studies called for as the subject, with no "further" before them ("Randomised
            # controlled trials are urgently needed", "Trials are needed that compare ...",
            # "Well-designed evaluations of X are needed"): no verb, "that" or comma between the
            # studies and the call, so never "in studies of X, lower doses are required"
            r"|(?<!\bin )(?<!\bof )(?<!\bfrom )\b(?:trials|RCTs|studies|evaluations|"
            r"investigations)\b(?:(?!\b(?:is|are|was|were|be|been|has|have|had|that|which|who)\b)"
            r"[^.;:,]){0,120}?\b(?:are|will be|would be) (?:\w+ly )?(?:needed|required|warranted)\b"
            r"|\ba (?:[\w-]+ ){0,3}(?:RCT|trial|study) (?:is|would be) (?:\w+ly )?(?:needed|"
            r"required|warranted)\b"
            # "more evidence is needed", "More data are needed", "further rigorous evaluation is
            # needed"
            r"|\b(?:more|further|additional|better|stronger|new) (?:[\w-]+ ){0,2}?(?:evidence|data|"
            r"evaluations?|investigations?) (?:is|are) (?:\w+ly )?(?:needed|required|warranted)\b"
            # "reinforces the need for further research" (never "removes the need for ...")
            r"|\b(?:reinforc|highlight|underlin|underscor|emphasi[sz]|stress|show|suggest|"
            r"indicat|justif|confirm)\w* the need for (?:further|more|additional|new) "
            r"(?:[\w-]+ ){0,3}?(?:research|studies|trials|RCTs)\b",
            re.I,
        ),
        "The authors say more research is needed.",
    ),
]

# The same limits, said of the studies a review pooled rather than of one study.
IN_REVIEWS = {
    "interested_funding": "The authors say {share} studies were paid for by companies with a stake "
    "in the results.",
    # (a review's "very small sample" is often one analysis's: "the studies included few people"
    # was false of a review of 3,427 people whose fertility analysis had 106)
    "small": "The authors say some of the results rest on few people.",
    "short": "The authors say the studies had short follow-up.",
    "stopped_early": "The authors say some trials were stopped early.",
    "dropouts": "The authors say many people dropped out of {share} studies.",
    "no_control": "The authors say {share} studies had no control group.",
    "one_centre": "The authors say {share} trials were done in a single centre.",
    "bias": "The authors say {share} studies had flaws in how they were done.",
    "open": "The authors say people in {share} studies knew which treatment they had.",
    "open_assessors": "The authors say the people who measured the results in {share} studies knew "
    "which treatment each person had.",
    "differed": "The authors say the studies differed from each other.",
    "preliminary": "The authors say the evidence is still early.",
    "unmet_aims": "The authors say the review could not answer all the questions it set out to.",
}
