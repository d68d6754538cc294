"""Caveats on how much a review's evidence can carry: its studies' quality (review_quality).
The caveats of one small study are in caveats_small; frames are explained in caveat_frames.
"""

from __future__ import annotations

from ..schemas import Severity, StudyDesign
from .caveat_frames import EVIDENCE, FEW_DID, UNKNOWN, WEAK, Caveat, frame

# Every review's evidence has a quality, whether its authors searched systematically or wrote an
# overview of the studies they knew: a summary of either says how far those studies can be
# trusted (the offline drafter's frame for both: "A review can only be as good as the studies
# it includes.").
REVIEW_QUALITY = Caveat(
    name="review_quality",
    designs=frozenset({StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW}),
    severity=Severity.ERROR,
    frames=(
        frame(r"\b(?:only|just)(?: be)? as (?:good|strong|reliable|trustworthy|sound) as\b"),
        frame(
            r"\b(?:depend(?:s|ed|ing)?|relie[sd]|rely(?:ing)?|rest(?:s|ed|ing)?) on\b[^.]{0,30}"
            r"\b(?:quality|studies|trials?|evidence|research)"
        ),
        # "the evidence was of low certainty"; "most trials were small"
        frame(
            rf"{EVIDENCE}[^.]{{0,60}}?\b(?:was|were|is|are|seemed|remain(?:s|ed)?) "
            # the weakness is the evidence's, not a thing its people had ("were born with
            # weak bones", "were given low doses")
            rf"(?:(?!(?:with|in|for|at|by|from|to|born|given|treated|fed|on)\b)\w+ ){{0,2}}?"
            rf"{WEAK}\b"
        ),
        # "few good studies"; "low-quality evidence"; "small trials"; not "few trials used
        # the same measures", a count of those that did something, which says nothing of
        # how strong the evidence is
        frame(
            r"\b(?:too few|too little|few|limited|weak|poor|low|very low|small|"
            r"insufficient|scant|sparse|scarce|little|conflicting|inconsistent|inconclusive|"
            r"uncertain|mixed|shaky|thin|patchy|weak|flawed|biased|modest)"
            r"(?:[- ](?:quality|certainty))? (?:[\w-]+ )?"
            r"(?:evidence|studies|trials|research|data)\b",
            none_of=(FEW_DID,),
        ),
        frame(
            rf"{EVIDENCE}[^.]{{0,40}}?\b(?:had|have|has|with|showed|shared)\b (?:\w+ ){{0,2}}?"
            r"(?:problems|flaws|weaknesses|limitations|shortcomings|risk of bias|few people|"
            r"few participants|short follow-up)\b"
        ),
        frame(
            r"\b(?:weakness(?:es)?|flaws|problems|limitations?|shortcomings|bias) "
            r"(?:in|of|with) (?:\w+ ){0,2}?(?:studies|trials|review|evidence|analysis)\b"
        ),
        frame(
            r"\b(?:quality|certainty|confidence|strength)\b[^.]{0,40}\bevidence\b[^.]{0,40}"
            r"\b(?:low|poor|limited|weak|moderate|uncertain|mixed|varied|not (?:high|good))"
            # the grade after a long list of outcomes: "The quality of evidence for the
            # outcomes of leakage after the procedure and need for a repeat one was low."
            r"|\b(?:quality|certainty) of (?:the )?evidence\b[^.;]{0,160}?\b(?:was|were|is|are)"
            r"(?: \w+){0,3}? (?:low|poor|limited|weak|moderate|uncertain|very low)\b"
        ),
        # too little to conclude: "the population analysed was too small to allow a definitive
        # conclusion"; no evidence either way (not "we found no trials that compared the two
        # drugs", what the review looked for and did not find, nor "no strong evidence that the
        # drug helps", a finding of no effect)
        # (not "the changes were too small to make a difference": a finding)
        frame(
            r"\btoo (?:small|few|short|limited|little)\b[^.;]{0,40}?\b(?:to (?:allow|draw|reach|"
            r"make|give|support) (?:a |any )?(?:firm |definitive |clear |reliable |strong |"
            r"certain )?(?:conclusions?|judgements?|answers?)|to (?:be sure|tell|say|know) "
            r"(?:whether|if|for sure)|for (?:a |any )?(?:definitive|firm|clear|reliable|certain))\b"
            r"|\bno evidence (?:was found )?(?:(?:either way|for or against)|to (?:show|tell|say) "
            r"(?:whether|if))\b"
            # "only two studies met the criteria", "only one case-control study provides evidence"
            r"|\b(?:only|just) (?:one|a single|two|three|a few|a handful of) (?:[\w-]+ ){0,2}?"
            r"(?:stud(?:y|ies)|trials?)\b[^.;]{0,40}?\b(?:provides?|provided|met (?:the|our)|"
            r"(?:was|were) (?:included|found|identified|eligible|available)|exists?)\b"
            # the evidence on a long-named question: "The evidence relating to the provision of
            # educational materials alone for preventing falls is inconclusive."
            r"|\bevidence (?:(?:on|for|about|relating to|regarding|from|of|behind)\b"
            r"[^.;,]{0,100}?)?\b(?:is|was|are|were|remains?|remained)\b (?:\w+ ){0,2}?"
            r"(?:inconclusive|insufficient|limited|weak|uncertain|unclear|conflicting|"
            r"inconsistent|sparse|scarce|lacking|poor|very low|not (?:strong|clear|conclusive))\b"
            # studies graded: "the other four as poor quality", "rated the quality of the
            # studies as very low", "a very low level of evidence"
            r"|\b(?:as|of) (?:very )?(?:low|poor|moderate)[- ](?:methodological )?(?:quality|"
            r"certainty)\b"
            r"|\b(?:quality|certainty) of (?:the |these |their )?(?:\w+ )?(?:studies|trials|"
            r"evidence|research|data) (?:as|to be) (?:very |rather |generally )?(?:low|poor|"
            r"limited|weak)\b"
            r"|\b(?:low|poor|limited|weak|small)(?:est)? (?:level|degree|amount|body|quality|"
            r"certainty)s? of (?:\w+ )?evidence\b"
        ),
        # a review with nothing to go on says so: "With no trials at all, the review cannot
        # say whether singing helps"; "with no trials, the review gives no answer on which
        # treatment is best" (not "no trials reported deaths", a count of what studies did)
        frame(
            r"\b(?:with|having|finding|found) (?:no|not a single|not one) (?:\w+ )?(?:trials|"
            r"studies|evidence|research|data)\b|\bwithout (?:any )?(?:\w+ )?(?:trials|studies|"
            r"evidence|research|data)\b",
            r"(?:\b(?:cannot|can not|could not|unable to|no way to|(?:nobody|no one) can)|n't) "
            r"(?:yet )?(?:say|tell|"
            r"answer|know|judge|conclude|show|be sure)\b|\bno (?:\w+ )?(?:answer|conclusions?|"
            r"verdict)\b",
        ),
        # what few studies measured is unknown: "Few studies measured symptoms or lung
        # function, so the longer-term effects are unclear" (FEW_DID's count made a caveat)
        frame(r"\b(?:few|only some|only a few) (?:[\w-]+ )?(?:studies|trials)\b", UNKNOWN),
        frame(
            r"\b(?:little|low|limited|some|moderate|less|not much|very low) confidence in\b"
            r"|(?:\bnot|n't|\bun)(?: be)? ?(?:very |completely |fully |entirely )?"
            r"(?:sure|certain|confident)\b"
        ),
        frame(
            r"\b(?:high|some|unclear|serious|moderate) risk of bias\b|\bat risk of bias\b"
            r"|\bskewed\b"
            r"|\b(?:may|might) (?:have )?(?:been )?"
            r"(?:be )?biased\b"
        ),
        # "not enough results to draw any conclusions"; "no evidence of sufficient quality";
        # "does not make us confident"
        frame(
            r"(?:\bnot|n't) (?:\w+ ){0,2}?enough (?:[\w-]+ )?(?:evidence|studies|trials|"
            r"research|data)\b"
            r"|(?:\bnot|n't) (?:\w+ ){0,2}?enough (?:[\w-]+ )?(?:results|information|findings)\b"
            r"[^.;]{0,30}?\bto (?:draw|reach|make|give|support) (?:(?:any|a|firm|clear) ){0,2}"
            r"(?:conclusions?|answers?|judgements?)\b"
            r"|\bno (?:\w+ )?evidence (?:of|with) (?:sufficient|adequate|good|high|enough) "
            r"(?:quality|certainty)\b"
            r"|(?:\bnot|n't) (?:make|leave|let) (?:us|them|the (?:reviewers|authors)) "
            r"(?:\w+ )?(?:confident|sure|certain)\b"
        ),
        frame(
            r"\b(?:studies|trials) (?:\w+ ){0,2}?(?:differed|varied|disagreed|conflicted)\b"
            r"|\bhard to combine\b|\bdifferent from (?:each other|one another)\b"
        ),
        # better evidence still wanted: "rigorous trials with large sample sizes are needed",
        # "more research with larger numbers of people needs to be done", "studies of high
        # quality would be welcome"
        frame(
            r"\b(?:more|larger|better|bigger|further|high-quality|well-designed|rigorous|longer|"
            r"properly[- ]designed|well[- ](?:conducted|run|done)|good[- ]quality|adequately "
            r"\w+)\b[^.]{0,40}\b(?:studies|trials|research)\b(?: [^.;]{0,60}?)? (?:are|is|would "
            r"be) (?:still |clearly |much |very )?(?:needed|required|welcome)"
            r"|\b(?:more|larger|better|further|high-quality|well-designed|rigorous)\b[^.]{0,40}"
            r"\b(?:studies|trials|research)\b[^.;]{0,60}?\bneeds? to be (?:done|carried out)\b"
            r"|\b(?:studies|trials|research) of (?:high|good|better) quality\b[^.;]{0,80}?"
            r"\b(?:needed|required|welcome)\b"
        ),
        frame(r"\b(?:may|might|could) change (?:as|when|if|once|with)\b"),
        # the findings are what better evidence may change: "better studies could overturn
        # these findings" (studies still under way that "may change the picture" say nothing
        # of the quality of these ones)
        frame(
            r"\b(?:better|stronger|larger|bigger|well[- ](?:run|designed|done|conducted)|"
            r"higher[- ]quality|high[- ]quality|more (?:rigorous|careful|reliable)|proper|"
            r"good|sound)\b",
            r"\b(?:overturn|revers|chang|alter|upset|contradict|revis|undo|undermin)\w* "
            r"(?:these|the|this|its|our|those|what)\b[^.]{0,30}?\b(?:findings|results|"
            r"conclusions?|answer|picture|evidence|we know)\b"
            r"|\b(?:findings|results|conclusions?|answer|picture|estimates?)\b[^.]{0,30}?"
            r"\b(?:may|might|could|can|would)\b (?:\w+ ){0,2}?(?:change|shift|be overturned|"
            r"be reversed|be revised|turn out)\b",
            r"\b(?:may|might|could|can|would|likely)\b",
        ),
        frame(
            r"\b(?:never|not|no|cannot|can't) (?:\w+ ){0,3}?(?:better|stronger|more reliable|"
            r"more trustworthy|sounder) than (?:the |its |their )?(?:\w+ )?"
            r"(?:studies|trials|evidence|research|data|papers)\b"
        ),
        frame(
            rf"{EVIDENCE}[^.]{{0,40}}?(?:\bnot|n't) (?:\w+ ){{0,3}}?(?:good|strong|reliable|"
            r"large|big|rigorous|high|sound|careful|long)(?: enough|-quality enough)\b"
            r"|\bnot (?:of )?(?:(?:very|good|high|sufficient|adequate|enough) ){1,3}"
            r"(?:quality|standard)\b"
        ),
        frame(
            r"\b(?:treat\w*|interpret\w*|read|view\w*|tak\w*|seen) (?:\w+ ){0,3}?with "
            r"(?:some |great |a lot of )?(?:caution|care|a (?:pinch|grain) of salt)\b"
        ),
        # what the trials did not say: "left out key details of how they were run"
        frame(
            rf"{EVIDENCE}[^.]{{0,30}}?\b(?:left out|did not (?:report|say|describe|give)|"
            r"didn't (?:report|say|describe|give)|omitted|lacked|"
            r"failed to (?:report|describe))\b"
            r"[^.]{0,30}?\b(?:details?|information|how|methods?|data)\b"
        ),
        # how the studies were chosen is not told; trials lost their participants
        frame(
            r"(?:\bnot|n't) (?:\w+ )?(?:say|report|explain|describe|state|tell us) how "
            r"(?:the )?(?:\w+ )?(?:papers|studies|trials|articles|research) (?:were|was) "
            r"(?:chosen|selected|picked|found|included)"
            r"|\b(?:lost|losing) (?:\w+ ){0,5}?(?:participants|people|patients|volunteers)\b"
            # how people were put into groups is not told (a trial's chief source of bias)
            r"|(?:\bnot|n't) (?:\w+ )?(?:say|report|explain|describe|state|tell us) how "
            r"(?:the )?(?:\w+ )?(?:people|participants|patients|children|women|men|volunteers) "
            r"(?:were|was) (?:put|placed|split|divided|assigned|allocated|sorted|chosen|picked|"
            r"randomi[sz]ed)\b"
        ),
        # what weak evidence may do to the answer: "their results may be off"
        frame(
            r"\b(?:results|findings|answers?|estimates?|conclusions?)\b[^.]{0,20}?\b(?:may|might|"
            r"could|can) (?:well |easily )?(?:be|have been) (?:off|wrong|misleading|inaccurate|"
            r"overstated|exaggerated|too (?:high|good|rosy|optimistic))\b"
        ),
        # what weakens or limits is the evidence, not a body ("a disease that weakens the
        # muscles", "walking was limited by pain" say nothing of the studies)
        frame(
            r"\b(?:weaken\w*|undermin\w*)\b(?: \w+){0,2}? (?:(?:the|our|its|their|these|this|"
            r"any) )?(?:evidence|findings|results|conclusions?|confidence|certainty|trust|review|"
            r"case|answer|estimates?|picture)\b"
            r"|\breduc\w* (?:our |the )?(?:confidence|certainty|trust)"
            r"|\b(?:hard|difficult|not possible|tricky) to (?:compare|combine|interpret|trust|"
            r"pool|rely on|depend on|believe|be sure (?:of|about)|take at face value)\b"
            r"|\b(?:evidence|results|findings|conclusions?|review|studies|trials|data|certainty|"
            r"answers?)\b[^.;]{0,30}?\blimited by\b|\bcautious\b"
            r"|\b(?:results|findings|effects)\b (?:\w+ )?(?:varied|differed)\b"
            r"|\blimits? (?:what|how much|the conclusions)\b"
            r"|\b(?:much|many|some|a lot|data|information|details)\b[^.]{0,40}\b(?:was|were) "
            r"(?:often |largely |mostly |also )?(?:missing|incomplete|not reported)\b"
            r"|\b(?:comparing|combining|pooling) (?:them|the (?:studies|trials|results)) "
            r"(?:was|is) (?:hard|difficult|tricky)\b"
        ),
        frame(
            r"(?:\bnot|n't) (?:much|many|a lot of) (?:good |reliable |high-quality |strong )?"
            r"(?:research|evidence|studies|trials|data)\b"
            r"|\b(?:studies|trials) with (?:few|small numbers of|very few|only a few|small) "
            r"(?:people|participants|patients|numbers)\b"
        ),
    ),
    example="A review can only be as good as the studies it includes.",
    message="A review must say it is only as good as the studies it pooled.",
)
