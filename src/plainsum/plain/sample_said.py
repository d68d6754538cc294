"""Sentences that describe the sample or the evidence rather than say what was found: who took
part ("People were most often older adults", "The study found 337 women with the condition"),
how many were in each group, how the studies were designed, how long they ran, on what the
findings rest, how sure the evidence is. `finding.is_procedural` and `finding.method_or_call`
keep them from the headline.
"""

from __future__ import annotations

import re

from ..prefilter import by_branches

# Who took part, or on what the findings rest: a description of the sample or of the evidence,
# not what was found ("People were most often older adults", "The study found 337 women with
# the condition", "The findings are based on studies with poor reporting").
SAMPLE = re.compile(
    r"^(?:The |Most |Many )?(?:people|participants|patients|women|men|children|adults|infants)"
    r"(?: [\w-]+){0,3} (?:were|was) (?:mostly|mainly|most often|largely|predominantly|"
    r"generally|usually|often|typically) (?![\w-]+ed\b)"
    r"|\b(?:found|identified|included|studied|enrolled) \d[\d,]* (?:[\w-]+ )?(?:people|women|"
    r"men|patients|participants|children|adults|infants|cases)"
    r"(?: (?:with|who had)(?: (?!(?:had|has|have|were|was|is|are)\b)[\w'-]+){1,6})?$"
    r"|\b(?:findings|results|evidence|conclusions?) (?:is|are|was|were) (?:\w+ )?based on\b"
    # who was sampled, with the controls they were matched to: "The researchers found 801
    # people who developed MS and 1,566 matched controls" ("identified" said as "found")
    r"|\b(?:found|identified|included|recruited|studied|selected) (?:a total of )?\d[\d,]* "
    r"[^.;]* and \d[\d,]* (?:[\w-]+ ){0,2}controls$"
    # what the search found: "The review authors found 74 unique studies as suitable"
    r"|\b(?:found|identified) (?:no|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|(?:twenty|thirty|forty|fifty|sixty)(?:-\w+)?|several|many|few) "
    r"(?:[\w-]+ ){0,2}(?:studies|"
    r"trials|reports|records|evaluations|papers)\b(?! (?:that|which) (?:showed|found))"
    # a count per group: "Seven women in the early group and nine in the late group ..."
    r"|^(?:[\w-]+|\d+) (?:women|men|people|patients|participants|children|babies|infants|mice|rats)"
    r" in the (?:[\w-]+ ){1,3}(?:group|arm) and (?:[\w-]+|\d+) "
    # a limitation: "too small to allow firm conclusions", "The data lacked power to detect X"
    r"|\black(?:s|ed)? (?:the )?(?:statistical )?power\b|\bunderpowered\b"
    # how much evidence an outcome had: "Assessment of quality of life was limited to two
    # studies"
    r"|\b(?:was|were) (?:limited|restricted|confined) to (?:only )?(?:one|two|three|four|five|"
    r"\d+|a few|few|a small number of) (?:[\w-]+ )?(?:studies|trials|study|trial)\b"
    # a limitation: "too small to allow firm conclusions"
    r"|\btoo (?:small|few|short|limited|weak) to (?:allow|draw|make|reach|support|detect|show|"
    r"tell|say|know)\b"
    # how sure the evidence is, said of no finding ("The evidence is weak because ...")
    r"|^(?:The |This |Overall,? the )?(?:current |available )?evidence (?:is|was|remains) "
    r"(?:of )?(?:very |fairly )?(?:weak|low|limited|poor|moderate|high|strong)"
    r"(?:[- ](?:quality|certainty))?\b(?! (?:that|for|to)\b)"
    # how the studies were designed: "Five studies used a cohort design, two were case-control
    # studies"
    r"|\b(?:used|had|with) an? (?:[\w-]+ ){0,3}design\b"
    r"|\b(?:were|was) (?:an? )?(?:[\w-]+ )?(?:case-control|cohort|cross-sectional|crossover|"
    r"cross-over|parallel[- ]group|observational|randomi[sz]ed) (?:studies|study|trials?)\b"
    # a check that the groups were alike at the start: "Some baseline features differed"
    r"|\bbaseline (?:features|characteristics|differences|imbalances?|measures|data|values)\b"
    # what the studies were like: "Nearly all studies were of short length"
    r"|\b(?:trials|studies) (?:were|was) (?:mostly |generally |all |often )?(?:of )?(?:short|small|"
    r"long|low|poor|high|moderate|varied|mixed)\b(?! (?:that|to)\b)"
    r"(?![^.]*\b(?:but|yet|showed|found|suggest\w*)\b)"
    # how many were in each group, who was classed as what: "The number of people in the
    # treatment groups was 1364", "Patients classified as insulin dependent was 64%"
    r"|^(?:The )?(?:total )?number of (?:people|participants|patients|women|men|children|infants)"
    r" (?:in|who|randomi[sz]ed|enrolled)\b|\bclassified as\b"
    # what every trial gave: "All used beclomethasone twice daily"
    r"|^(?:All|Each|Both)(?: (?:of )?the)?(?: (?:included )?(?:trials|studies))? (?:used|gave|"
    r"tested|recruited|enrolled)\b"
    # how long, how many, what at the start: a description of what was studied
    r"|\b(?:removing|excluding|omitting|leaving out) (?:\w+ ){0,2}(?:outliers?|studies|study|"
    r"trials?)\b|\bsensitivity analys\w*|\boutliers?\b"
    r"|\b(?:ranged|varied) (?:from|between)\b|\bat (?:the )?(?:start|baseline|outset)\b"
    # how old they were: "The age range of people was from 17 to 55 years" (CD005293 headed
    # with it once what was reported in which study no longer could)
    r"|^(?:The )?(?:mean |median |average )?(?:age range|ages?) of (?:the )?(?:people|"
    r"participants|patients|women|men|children|adults|infants)\b"
    r"|^(?:The )?(?:length|duration) of (?:symptoms|follow-?up|treatment|the (?:trials|studies))\b"
    # what the trials reported or checked, not what they found
    r"|^(?:[\w-]+ ){0,3}(?:trials?|stud(?:y|ies))(?: (?:with|of|in)(?: [\w-]+){1,3}?)? "
    r"(?:reported (?:on|in|data|(?:[\w-]+ ){1,3}using)|"
    r"checked|assessed|"
    r"evaluated|examined|measured)\b(?!.*\b(?:found|showed|shows|suggest\w*)\b)",
    re.I,
)
by_branches(SAMPLE)  # its branches need words of their own: asked one by one
