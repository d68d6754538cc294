"""Caveats on how much one small study can carry: a study of few people (few_people) and one
trial alone (single_trial). A review's caveat is in caveats_evidence; frames are explained in
caveat_frames.
"""

from __future__ import annotations

from ..schemas import Severity, StudyDesign
from .caveat_frames import (
    DIVERGE,
    MAYBE,
    OTHERS,
    SMALL_COUNT,
    UNIT,
    UNKNOWN,
    Caveat,
    frame,
)

# a count in words, up to ninety-nine ("six", "twelve", "forty-two", "a dozen")
_SPELLED = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|(?:twen|thir|for|fif|six|seven|eigh|"
    r"nine)ty(?:-[a-z]+)?)"
)

FEW_PEOPLE = Caveat(
    name="few_people",
    designs=frozenset({StudyDesign.CASE_REPORT}),
    severity=Severity.ERROR,
    frames=(
        # "it describes just one patient"; "the findings come from a handful of cases" (a
        # report that "describes one patient with kidney failure" only says what it is about)
        frame(
            rf"\b(?:about|describes?|described|covers?|of|from|on|concerns?)"
            rf" (?:only |just )?{SMALL_COUNT} (?:\w+ )?{UNIT}",
            # ... or a short sentence saying nothing else ("This is the story of one patient.")
            r"\b(?:only|just|merely|handful|a few|small number)\b|^(?:\S+\s+){0,9}\S+$",
            none_of=(r"\b(?:one|two|three) of\b",),
        ),
        frame(
            rf"\b(?:only|just) {SMALL_COUNT} (?:\w+ )?{UNIT}"
            r"(?: \w+)? (?:were|was) (?:studied|described|reported|included|seen|treated|"
            r"followed|observed)"
        ),
        # "a single case cannot tell us how often this happens"
        frame(
            rf"{SMALL_COUNT} (?:\w+ )?{UNIT}",
            r"\b(?:may not|might not|may differ|cannot|can't|can not|could not|not enough|"
            r"not proof|not firm|no firm|impossible|generali[sz]\w*|not reflect|not a study|"
            r"general conclusions|larger studies|more studies|early warning|not the same|"
            r"not possible|conclusions|confirm\w*|more (?:people|patients)|larger|"
            r"(?:do|does|did|will|can)(?: not|n't) (?:tell|show|prove|mean|know)|"
            r"unknown|unclear|not clear)\b",
        ),
        frame(
            r"\b(?:others|other (?:people|patients)|everyone|anyone else|someone else|"
            r"most people)\b[^.]{0,40}?"
            r"\b(?:may|might|could|would|will)(?: not|n't)? (?:\w+ )?(?:respond differently|"
            r"react differently|differ|have the same|get the same|apply)\b"
            r"|\b(?:others|other (?:people|patients)|everyone|anyone else)\b[^.]{0,20}?"
            r"\b(?:may|might|could)\b[^.]{0,40}\bdifferent\b",
            r"(?:\b(?:differently|differ|different|not)\b|n't\b)",
        ),
        frame(
            r"\b(?:may|might|could|would)(?: not|n't) (?:\w+ ){0,2}?(?:apply|hold|happen|work|"
            r"be (?:the )?same|be true)\b[^.]{0,20}?\b(?:to|for|in|with) (?:others|other "
            r"(?:people|patients)|everyone|most people)"
        ),
        # "things could go differently for someone else"; "others may not respond the same"
        frame(
            rf"{OTHERS}[^.;]{{0,60}}?{DIVERGE}|{DIVERGE}[^.;]{{0,60}}?{OTHERS}"
            rf"|\b(?:may|might|could|would)(?: not|n't) (?:\w+ ){{0,3}}?(?:happen|apply|work|"
            rf"hold|be true|be seen)\b[^.;]{{0,30}}?{OTHERS}",
            MAYBE,
        ),
        frame(
            r"\b(?:unusual|rare|single|isolated|individual) cases?\b"
            r"|\bcase (?:is|was) (?:\w+ )?(?:unusual|rare|uncommon|exceptional)\b"
            r"|\b(?:is|was|are|were) (?:just|only) (?:one|a single|a few|two|three) "
            r"(?:\w+ )?(?:story|stories|case|cases|example|examples|person|patient|report|"
            r"experience)s?\b"
        ),
        frame(
            r"\bcase (?:reports?|studies|series)\b",
            r"\b(?:cannot|can't|can not|do not|don't|does not|doesn't|only|may not)\b"
            r"(?: \w+){0,2}? (?:show|prove|tell|say|know|generali[sz]e|apply|represent|"
            r"establish)\b",
        ),
        frame(
            r"\b(?:the same|this|it)\b[^.]{0,40}\b(?:happen|work|apply)\w*\b[^.]{0,20}"
            r"\b(?:anyone else|someone else|other people|others)\b",
            r"(?:\b(?:not|sure|know|may|might)\b|n't)",
        ),
        # "twelve people is not many"; "the numbers were too low"; "a dozen volunteers"
        frame(
            r"\b(?:not (?:very )?many|too (?:few|low|small)|so few|only|just|a dozen|"
            r"a handful|low numbers?|tiny|small)\b",
            r"\b(?:people|participants|patients|volunteers|subjects|numbers?|groups?|samples?)"
            r"\b",
            r"\b(?:not (?:very )?many|too (?:few|low|small)|dozen|handful|low numbers?|"
            r"tiny|small (?:group|number|sample|study|trial))\b",
        ),
        # "twelve people cannot speak for everyone who has it": a count of people said to be
        # too few to reach others
        frame(
            r"\b(?:\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|(?:a )?dozen) (?:[\w-]+ )?"
            r"(?:people|patients|participants|volunteers|children|adults|women|men|individuals)\b",
            r"\b(?:cannot|can't|can not|may not|might not|could not|do not|does not|don't|"
            r"doesn't|won't)\b (?:\w+ ){0,2}?(?:speak for|represent|stand for|apply to|reflect|"
            r"tell us about|be enough|generali[sz]e)\b|(?:\bnot|n't) enough\b|\btoo few\b",
        ),
        # "the study needs repeating in far more people"
        frame(
            r"\b(?:far |many |a lot |much )?(?:more|larger numbers of|bigger groups of) "
            r"(?:people|patients|participants|volunteers)\b",
            r"\b(?:need\w*|should|must|before|until|repeat\w*|confirm\w*|test\w*|stud\w*)\b",
        ),
        # a small study: "only 14 people took part", "just three patients gave cells" (a count
        # that "only" marks as small, in figures or words); "the sample was small"; "20
        # people, which is small"
        frame(
            rf"\b(?:only|just)(?: \d[\d,]*| {_SPELLED}| a few| a handful of| a small number of)"
            r"(?: [\w-]+){0,2}? (?:people|participants|patients|volunteers|subjects|women|men|"
            r"adults|children|individuals|donors|families|infants|babies)\b"
            rf"|(?:\b\d[\d,]*|\b{_SPELLED}) (?:[\w-]+ )?(?:people|participants|patients|"
            r"volunteers|subjects|adults|children|individuals)\b[^.;]{0,40}?\b(?:is|was|are|"
            r"were) (?:a |very |rather |quite |too )*(?:small|few|tiny|not many|not a lot)\b"
            r"|\b(?:so few|very few|too few|this few|that few|not many|a handful of|"
            r"a small number of)(?: \w+)? "
            r"(?:people|participants|patients|volunteers|subjects|individuals)\b"
            r"|^few (?:people|participants|patients)\b",
            # a few of them had an event, not a few took part: "only two people dropped out"
            none_of=(
                r"\b(?:people|participants|patients|volunteers|subjects|women|men|adults|children|"
                r"individuals|infants|babies)\b (?:\w+ )?(?:dropped|left|withdrew|died|stopped|"
                r"quit|discontinued|developed|had|reported|experienced|relapsed|needed|got|"
                r"suffered|were harmed|were lost)\b",
            ),
        ),
        frame(
            r"\b(?:small|tiny) (?:\w+ )?(?:study|studies|group|sample|trial|pilot)\b"
            r"|\b(?:study|sample|group|trial|cohort|number of (?:people|participants|patients)"
            r"(?: \w+)?)\b (?:\w+ ){0,2}?(?:was|were|is|are) (?:\w+ )?(?:small|tiny)\b"
            r"|\bstudy (?:of )?this size\b|\bsuch a small\b"
            r"|\bmore (?:people|participants|patients) (?:would |will )?(?:need|needs|have) to "
            r"be (?:studied|tested|included)\b"
            r"|\b(?:study|sample|group|trial|number)\b[^.]{0,40}\btoo small\b"
            r"|\b(?:bigger|larger) (?:\w+ )?(?:study|studies|trials?|groups?|samples?)\b"
            r"[^.]{0,50}\b(?:needed|required|confirm\w*)\b"
        ),
    ),
    example="This report is about one person, so it may not apply to others.",
    message="A case report or a small study must say it is about one or a few people.",
)


# confirming a result: "confirmed", "repeating", "replicate", "checked" ...
_CONFIRMED = r"(?:confirm|repeat|replicat|check|verif|reproduc|corroborat)\w*"

# one trial as the source of a result, with nothing that doubts it: opening the sentence or a
# clause after another result ("Side effects were more common, and one trial found fewer
# lesions")
_ONE_OF_SEVERAL = (
    r"(?:^\W*|[,;]\s+(?:(?:and|but|while|whereas)\s+)?)"
    r"(?:in |from )?(?:one|a single) (?:[\w-]+ ){0,2}?(?:trial|study)(?:,| (?:found|showed|"
    r"shows|finds|reported|reports|suggested|suggests|gave|saw|noted|observed|measured|tested|"
    r"compared|looked))"
    r"(?![^.]*\b(?:so|only|just|alone|confirm\w*|repeat\w*|caution|may not|might not|cannot|"
    r"can't|not enough|small|pilot|early|preliminary|tentative|needs?|needed)\b)"
)


SINGLE_TRIAL = Caveat(
    name="single_trial",
    designs=frozenset({StudyDesign.TRIAL}),
    severity=Severity.ERROR,
    frames=(
        # "a single, early-stage trial"; "one small pilot study"; not one trial named as the
        # source of a result ("One trial found fewer lesions", "In one study, pain fell"): a
        # review's attribution, no doubt about the trial
        frame(
            r"\b(?:one|single|lone|sole|small|short|pilot|early|preliminary),? "
            r"(?:[\w-]+,? (?:and )?){0,3}?(?:trial|study)\b",
            none_of=(_ONE_OF_SEVERAL,),
        ),
        frame(
            r"\b(?:tentative|preliminary|provisional|early)\b[^.]{0,20}\b(?:conclusions?|"
            r"findings?|results?|answer|evidence)\b"
            r"|\b(?:conclusions?|findings?|results?)\b[^.]{0,30}\b(?:tentative|preliminary|"
            r"provisional)\b"
        ),
        frame(r"\b(?:trial|study) (?:was|is) (?:\w+ ){0,2}?(?:small|short|early|preliminary)\b"),
        # (how few people took part is the few_people caveat, required of a small study)
        # what needs confirming is the result: "the results need to be confirmed", "needs
        # repeating", "other teams should check these findings" (not "people should check any
        # new medicine with their kidney team": a pointer to care, no doubt about the trial)
        frame(
            rf"\b(?:need|needs|needed|have to|has to|must|should)\b (?:\w+ ){{0,3}}?"
            rf"(?:be {_CONFIRMED}|{_CONFIRMED}ing\b|back\w* up|borne out|test\w* again)"
            rf"|\b(?:need|needs|needed|have to|has to|must|should)\b (?:\w+ ){{0,3}}?"
            rf"{_CONFIRMED}\w* (?:it|this|that|these|those|them|whether|if|(?:the|its|our|their|"
            r"such) "
            r"(?:[\w-]+ )?(?:results?|findings?|trial|study|work|effects?|benefits?|answer|"
            r"conclusions?|observations?))\b"
        ),
        # "a second trial would be needed"; "we need independent trials"
        frame(
            r"\b(?:second|another|independent|separate|repeat|confirmatory|new|other|bigger|"
            r"larger|longer|further|future|additional) (?:\w+ )?(?:trials?|stud(?:y|ies)|teams?)\b",
            r"\b(?:need\w*|required|until|before|would|should|must|have to|wait\w*|"
            r"confirm\w*|repeat\w*|back\w* (?:it|this|them|these) up|same)\b",
            none_of=(r"\bother (?:\w+ )?(?:trials?|stud(?:y|ies)) (?:found|showed|have shown)",),
        ),
        frame(
            r"\bno (?:other|second|further|independent|separate|later) (?:\w+ )?"
            r"(?:trials?|stud(?:y|ies)|research|team)\b"
        ),
        frame(
            r"\b(?:more|larger|longer|further|bigger|future|additional) (?:\w+ )?"
            r"(?:trials|studies|research)\b"
        ),
        frame(
            r"\bother (?:\w+ ){0,2}?(?:trials|studies|research|teams)\b",
            r"\b(?:until|need|needs|should|must|before|have to|will need)\b",
        ),
        frame(
            r"\b(?:may|might|could)(?: not|n't) (?:\w+ ){0,2}?(?:apply|be like|represent|"
            r"reflect|hold|work for|be true)\b"
            # "so results may differ for older people living at home"
            r"|\b(?:results?|findings?|effects?|benefits?) (?:\w+ )?(?:may|might|could) "
            r"(?:well )?(?:differ|be different|not be the same)\b"
        ),
        frame(
            UNKNOWN,
            r"\b(?:others|everyone|hold|apply|benefit|last\w*|long[- ]term|longer)\b",
        ),
        frame(
            r"\b(?:due to|down to|explained by) chance\b|\bby chance alone\b"
            r"|\bchance (?:could|may|might|can) (?:\w+ )?explain"
            r"|\bnot (?:yet )?(?:been )?(?:confirmed|replicated|repeated|firm|settled|certain|"
            r"conclusive)\b|\b(?:just|only) one (?:piece|part|study|trial|result)\b"
            r"|\bthe only (?:trial|study)\b"
            r"|\bno (?:other |second |further )?(?:trials?|stud(?:y|ies)|research) "
            r"(?:has|have) (?:yet )?(?:confirmed|repeated|replicated|checked)\b"
            r"|\bwith caution\b|\bcan be misleading\b|\b(?:are|is) (?:still )?(?:early|"
            r"preliminary)\b|\btoo (?:short|small)\b|\b(?:only|just) (?:lasted|ran|followed)\b"
        ),
        frame(r"\bnot (?:yet )?(?:clear|known)\b[^.]{0,40}\b(?:apply|hold|everyone|others)\b"),
    ),
    example=(
        "This was a single trial, so the results may not apply to everyone and need confirming."
    ),
    message="A trial summary must say one trial needs confirming and may not fit everyone.",
)
