"""Caveats on whether a result carries over: from cells or animals to people (not_in_people),
and from a link to a cause (link_not_cause). Frames are explained in caveat_frames.
"""

from __future__ import annotations

from ..schemas import Severity, StudyDesign
from .caveat_frames import (
    CAUSE,
    DIVERGE,
    HUMAN,
    KNOWING,
    NONHUMAN,
    TEST,
    TRANSFER,
    TRANSFER_DOUBT,
    UNKNOWN,
    WE_PEOPLE,
    Caveat,
    frame,
)

# "not the same as the one that causes TB": the lab subject set apart from another thing of
# its kind, which people have, not from people
# "not the same as the one that causes TB": the lab subject set apart from another germ of its
# kind, the one that makes people ill, not from people ("cells in a dish differ from the ones
# that make up a person" sets them apart from people, and counts)
ANOTHER_OF_ITS_KIND = (
    rf"{DIVERGE}(?:\s+(?:as|from|to|than))?,?\s+(?:that of\s+|those of\s+)?(?:the|a|an)\s+"
    r"(?:\w+\s+)?(?:one|ones|kind|type|form|strain|species|version)s?\s+(?:that|which)\s+"
    r"(?:causes?|caused|gives?|triggers?)\b"
)

BETWEEN_PEOPLE = (
    r"\b(?:(?:from )?(?:one )?(?:person|patient) to (?:person|patient|the next|another)|"
    r"between (?:people|patients|persons|individuals)|from (?:each|every) (?:person|patient))\b"
)

NOT_IN_PEOPLE = Caveat(
    name="not_in_people",
    designs=frozenset({StudyDesign.LAB, StudyDesign.ANIMAL}),
    severity=Severity.ERROR,
    frames=(
        # "cells in a lab, not people"; "in the lab rather than in people"
        frame(
            rf"{NONHUMAN}[^.;]{{0,60}}?\b(?:not|rather than|instead of|never|different from|"
            rf"differs? from|unlike|not the same as|not like)\b"
            rf"(?: (?:yet|directly|in|on|at|with|for|inside|from|living|actual|real|any))* "
            rf"{HUMAN}"
        ),
        frame(rf"\bnot (?:yet )?(?:directly )?(?:in|on|with|inside) {HUMAN}"),
        # "has not been tested in people"; "still need to be tested in people"
        frame(
            rf"\b(?:not|never|nothing|yet to|still|need(?:s|ed)?(?: to)?|would need to|must|"
            rf"before|until) (?:\w+ ){{0,3}}?(?:{TEST}|test|try|check|confirm|testing|trying|"
            rf"checking|confirming)\b"
            rf"[^.]{{0,40}}?\b(?:in|on|with|among|by) {HUMAN}"
        ),
        # "human trials would be needed"; "studies in people are needed before ..."
        frame(
            rf"\b(?:human|clinical) (?:trials?|studies|research|tests?)\b|"
            rf"\b(?:trials?|studies|research|tests?|testing) (?:in|on|with|involving) {HUMAN}",
            r"\b(?:needed|required|needs?|must|will have to|until|before|yet|next step|"
            r"(?:will|would) (?:show|tell)|not been (?:done|carried out|run|started)|would take|"
            r"to (?:know|find out|tell|see)|still to (?:be done|come|follow)|to come|"
            r"remains? to be done)\b",
        ),
        # "we do not know yet if the same happens in people"
        frame(HUMAN, UNKNOWN, TRANSFER),
        frame(HUMAN, KNOWING, TRANSFER),
        # "may not apply to humans"; "the effects in real life might be different"
        # (not "MS can be very different from one person to the next": people differ from
        # one another, not from the lab)
        frame(HUMAN, TRANSFER_DOUBT, none_of=(BETWEEN_PEOPLE,)),
        # "germs in a dish behave differently from germs in a person"; "a lab plate is not
        # the same as an infection in a person" (not "a germ related to, but not the same as,
        # the one that causes TB in people": another germ, not people, is set apart)
        frame(
            rf"{NONHUMAN}[^.;]{{0,80}}?{DIVERGE}[^.;]{{0,50}}?(?:{HUMAN}|{WE_PEOPLE})",
            none_of=(ANOTHER_OF_ITS_KIND,),
        ),
        # people set apart from the lab subject: "a patient's body is very different from
        # cells in a flask" (the lab subject is what people are compared with)
        frame(
            rf"{HUMAN}[^.;]{{0,30}}? (?:is|are|was|were|behaves?|works?|reacts?|responds?|"
            rf"looks?)(?: \w+)? {DIVERGE}(?: \w+)? (?:from|to|than) (?:\w+ ){{0,2}}?"
            rf"{NONHUMAN}|{HUMAN} (?:are|is|were|was) not (?:\w+ )?{NONHUMAN}"
        ),
        # "drugs that help mice never end up helping people"; "treatments that work in animals
        # often turn out not to work in people"; "go on to disappoint in human trials"
        frame(
            rf"\b(?:never|rarely|seldom|often fail to|do not always|don't always|not always|"
            rf"turns? out not to|turned out not to)"
            rf" (?:\w+ ){{0,3}}?(?:help|work|cur|treat|benefit|apply|translat|carr|happen)\w*"
            rf"[^.;]{{0,30}}?{HUMAN}"
            rf"|\b(?:go|goes|went) on to (?:disappoint|fail)\b[^.;]{{0,30}}?{HUMAN}",
            NONHUMAN,
        ),
        # "mouse findings often fail to carry over"
        frame(
            NONHUMAN,
            r"\b(?:fail\w* to|not|never|rarely|seldom|n't) (?:always |often |yet )?"
            r"(?:carry over|translate)\b",
        ),
        # "it tells us little yet about people"; "it cannot tell us what the drug does in a
        # person's body" (not "cannot tell how many patients carry the gene": a count)
        frame(
            NONHUMAN,
            rf"\b(?:tells?|says?|shows?) (?:us )?(?:little|nothing|not much|very little)\b"
            rf"[^.;]{{0,30}}?{HUMAN}"
            rf"|{KNOWING}(?: us| you)? (?:what|how|whether|if)\b(?! (?:many|much|often)\b)"
            rf"[^.;]{{0,50}}?{HUMAN}",
        ),
        # "people with MS were not treated"; "humans were not part of this study" (not "were
        # not tested for the virus", "were not treated differently")
        frame(
            rf"{HUMAN}(?: (?!(?:who|that|which|whose)\b)\w+){{0,3}}? (?:were|was|are|is) not "
            rf"(?:\w+ )?(?:part of|involved|"
            rf"included|studied|enrolled|treated|tested)\b",
            none_of=(
                r"\bnot (?:\w+ )?(?:involved|included|studied|enrolled|treated|tested) "
                r"(?:for|with|until|differently|again|because|after|before|if|when|unless)\b",
            ),
        ),
        # "tissue in a dish lacks the blood supply of a living person"
        frame(
            rf"{NONHUMAN}[^.;]{{0,60}}?\black(?:s|ed|ing)?\b[^.;]{{0,60}}?\bof (?:a|the) "
            rf"(?:living |real |whole )?(?:person|human|patient|body)\b"
        ),
        # "it is a long way from a dish of cells to a medicine"; "findings in a petri dish are
        # only a starting point"; "studied outside the body"; "cells are much simpler than a
        # whole person"; "this was not a study of people"
        frame(
            NONHUMAN,
            r"\b(?:a long way (?:off|(?:from [^.;]{0,40}?)?(?:from|to) (?:a |an |the |any )?"
            r"(?:\w+ )?(?:medicine|treatment|drug|cure|therapy|clinic|people|patients|humans))|"
            r"long road|years away|"
            r"only (?:a|the) (?:starting "
            r"point|first step|beginning)|an early step)\b",
        ),
        frame(r"\boutside (?:the|a) (?:human |living )?body\b"),
        frame(
            NONHUMAN,
            rf"\b(?:much |far |a lot )?simpler than\b[^.;]{{0,30}}(?:{HUMAN}|{WE_PEOPLE})",
        ),
        frame(
            rf"\bnot (?:a |an )?(?:study|trial|test|experiment)s? (?:of|in|on|with|involving) "
            rf"{HUMAN}"
        ),
        # "the work has not yet moved beyond animals"
        frame(
            rf"\b(?:not|never) (?:yet )?(?:moved|gone|got|progressed|been taken) "
            rf"(?:beyond|past)\b[^.;]{{0,20}}?{NONHUMAN}"
        ),
        # "no people took part"; "nobody with MS was treated"
        frame(
            r"\b(?:no (?:people|humans?|patients?|persons?|one|participants?)(?! (?:data|records?|"
            r"samples?|information|files?|details))|nobody|none of (?:the )?"
            r"(?:people|patients))\b[^.]{0,30}?\b(?:took part|were|was|involved|included|"
            r"studied|tested|treated|enrolled|given|tried|received|took)\b"
        ),
        # "rats and humans handle the drug in different ways"
        frame(
            rf"{NONHUMAN}[^.;]{{0,20}}\b(?:and|or|versus|vs)\b[^.;]{{0,20}}{HUMAN}"
            rf"|{HUMAN}[^.;]{{0,20}}\b(?:and|or|versus|vs)\b[^.;]{{0,20}}{NONHUMAN}",
            rf"{DIVERGE}|\bdifferent(?:ly)?\b|\bin (?:other|their own) ways\b",
        ),
        # "has only been tried in rats so far"
        frame(
            rf"\b(?:only|just|so far) (?:ever )?(?:been )?(?:{TEST}|given|used|done)\b"
            rf"(?: \w+){{0,3}}? "
            rf"(?:in|on|to)\b"
            rf"[^.]{{0,30}}{NONHUMAN}"
            rf"|\b{TEST} (?:\w+ )?only (?:in|on)\b[^.]{{0,30}}{NONHUMAN}",
        ),
        frame(HUMAN, r"\b(?:a long way|long road|years away|far from|years of)\b"),
        # "before this could be used to treat people"
        frame(
            r"\b(?:before|until)\b[^.]{0,60}\b(?:used|offered|available|given|tried|tested|"
            r"prescribed)\b",
            HUMAN,
        ),
        # "more research is needed to see if they apply to humans"
        frame(
            HUMAN,
            r"\b(?:needed|need|needs|required|until|before|yet)\b[^.]*\b(?:if|whether)\b",
            TRANSFER,
        ),
        # the whole of the work in cells or animals: "everything here was done in mice and in
        # cells in a dish", "the work was done entirely in the laboratory" (not "the cells were
        # grown in our lab": some of the work, said as a method); "nothing was done in humans"
        frame(
            r"\b(?:everything|all (?:of )?(?:the |this |our )?(?:work|experiments?|research|"
            r"testing|tests|findings|results)|the (?:whole|entire) (?:study|work|project)|"
            r"(?:entirely|only|solely|wholly|purely|exclusively))\b[^.;]{0,40}?\b(?:done|carried "
            r"out|performed|conducted|tested|studied|happened|took place|came|comes?|based|"
            r"limited|confined)\b[^.;]{0,20}?\b(?:in|on|with|using|from|to)\b"
            r"|\b(?:done|carried out|performed|conducted|tested|studied) (?:entirely|only|solely|"
            r"wholly|purely|exclusively|all) (?:in|on|with|using)\b",
            NONHUMAN,
            none_of=(HUMAN,),
        ),
        frame(
            rf"\b(?:nothing|none of (?:it|this|the work|the experiments))\b[^.;]{{0,40}}?"
            rf"\b(?:in|on|with|involved) {HUMAN}"
        ),
        # the animal is a stand-in: "mice bred to get lung damage, which is only a model of the
        # human disease"
        frame(
            r"\b(?:only|just|merely|an imperfect|not a perfect|a rough|at best) (?:a |an )?"
            r"(?:[\w-]+ )?(?:model|copy|stand-in|version|imitation|mimic)\b",
            r"\b(?:mice|mouse|rats?|animals?|rodents?|cells?|fish|flies|worms|monkeys?|pigs?|"
            r"dogs?|dish(?:es)?|tissues?|organoids?|yeast|bacteri\w*)\b",
        ),
        # "it did not involve any patients"
        frame(
            r"\b(?:did not|didn't|does not|doesn't|was not|wasn't) (?:\w+ )?(?:involve|include|"
            r"enrol|enroll|recruit|study|test|use)d? (?:any )?(?:(?:human )?(?:participants|"
            r"volunteers|subjects)|(?:people|humans|patients)\b(?! with))"
        ),
    ),
    example=(
        "This work was done in the lab, not in people. We do not know yet if the same "
        "happens in people."
    ),
    message="A lab or animal study must say its results have not yet been shown in people.",
)


LINK_NOT_CAUSE = Caveat(
    name="link_not_cause",
    designs=frozenset({StudyDesign.OBSERVATIONAL}),
    severity=Severity.ERROR,
    frames=(
        # "cannot show that one thing causes the other"; "does not mean smoking caused it"
        frame(KNOWING, CAUSE),
        frame(UNKNOWN, CAUSE),
        # "not cause and effect"; "not a causal one"; "not proof that one leads to the other"
        frame(
            r"\bnot (?:necessarily |proof of |evidence of |the same as |being )*"
            r"(?:(?:a|an|the|direct) )*"
            r"(?:cause[- ]and[- ]effect|causation|causal|causality)\b"
            r"|\bnot (?:necessarily )?(?:(?:proof|evidence) of |the same as )?(?:being )?"
            r"(?:a|the|direct) (?:direct )?"
            r"cause\b"
            r"|\bnot (?:proof |evidence )?(?:that|what|which|whether|how)\b[^.]{0,50}"
            r"\b(?:caus\w*|leads?|led)\b"
            r"|\brather than (?:a |the |its |their |a direct )?(?:cause|result|consequence)\b"
            r"|\brather than (?:prov|show|establish|demonstrat)\w*\b[^.]{0,40}\bcaus"
            r"|\bnot (?:\w+ )*?the same as (?:being )?(?:\w+ ){0,3}?caus\w*"
            r"|\b(?:link|association|connection)\b[^.]{0,30}\bnot (?:a )?proof\b"
            # "shows links, not causes"; "a link but not a cause"; "it shows patterns, not
            # causes"
            r"|\b(?:links?|associations?|connections?|correlations?|patterns?|trends?),? "
            r"(?:but |and )?not (?:(?:a|the) )?(?:causes?|causation)\b"
        ),
        # "something else explains the link"; "other factors were responsible"
        frame(
            r"\b(?:other|another|something else|third)\b[^.]{0,60}?\b(?:explain\w*|explanations?|"
            r"account\w*|"
            r"reasons?|causes?|"
            r"responsible|behind|play(?:ed)? a (?:part|role)|the reason|differences?|"
            r"contribut\w*|be involved)\b",
            r"\b(?:may|might|could|can|possible|rule out|cannot|perhaps|explain|explanations?|"
            r"responsible)\b",
        ),
        frame(r"\b(?:due to|because of|explained by|down to) (?:\w+ ){0,2}?chance\b"),
        # the groups compared may differ in ways nobody measured: "may have differed from the
        # others in ways the study did not measure", "hidden differences"
        frame(
            r"\b(?:differ\w*|different)\b[^.;]{0,50}?\b(?:in (?:\w+ )?ways|in other (?:\w+ )?"
            r"respects|other (?:ways|respects))\b"
            r"|\b(?:unmeasured|unrecorded|hidden|unknown|unseen) (?:factors|differences|"
            r"variables|causes|influences)\b",
            r"\b(?:may|might|could|possibl\w*|perhaps|likely|unmeasured|unrecorded|hidden|"
            r"unknown|unseen)\b|\bnot (?:\w+ )?(?:measure|record|track|capture|account)\w*",
        ),
        # reverse cause: "diabetes itself might make people tired"; "may simply sleep more"
        frame(
            r"\b(?:may|might|could) (?:\w+ )?simply (?:be|reflect|mean)\b|\bsimply because\b"
            r"|\b(?:perhaps|maybe|possibly)\b[^.]{0,40}\bsimply\b"
            r"|\b(?:common|shared|hidden|underlying|third) (?:cause|factor|reason)s?\b"
            r"|\bitself (?:may|might|could)\b"
            r"|\bpossible that\b[^.]{0,40}\balready\b"
        ),
        # "more research is needed to find out whether napping actually causes diabetes"
        frame(
            r"\b(?:needed|need|needs) to (?:find out|know|tell|see|learn|show|test|check) "
            r"(?:if|whether)\b",
            CAUSE,
        ),
        # "cannot rule out that people in pain simply went outside less": another reason left
        # standing
        frame(
            r"\bconfound\w*|\brule out\b[^.]{0,40}\b(?:other|chance|factors)\b"
            r"|(?:\b(?:cannot|can not|could not|did not|does not|do not|unable to)|n't) "
            r"(?:\w+ )?rule out (?:that|the (?:possibility|chance|idea))\b"
        ),
        # the groups differed before anything happened: "may have been healthier to begin
        # with"; groups not formed by chance: "were not chosen at random, so the comparison
        # may be unfair"
        frame(
            r"\b(?:may|might|could) (?:\w+ )?(?:have been|be) (?:\w+ )?(?:\w+er|different|more "
            r"\w+|less \w+) (?:to begin with|to start with|from the start|at the start|in the "
            r"first place|beforehand)\b"
            r"|\b(?:were|was) not (?:\w+ )?(?:chosen|assigned|allocated|split|put|placed|sorted|"
            r"divided|randomi[sz]ed)(?: \w+){0,5}? (?:at random|randomly|by chance)\b"
            r"|\b(?:were|was) not randomi[sz]ed\b",
            r"\b(?:may|might|could|so|unfair|biased|differ\w*|cannot|can't|not (?:sure|certain))\b",
        ),
        # which way the link runs is open: "the study cannot tell whether screens cut sleep or
        # poor sleepers reach for screens", "it is unclear whether pain keeps people in or
        # staying in brings pain"
        frame(
            r"(?:\b(?:cannot|can't|can not|could not|couldn't|unable to|no way to|impossible to|"
            r"hard to|difficult to|(?:do|does|did) not|(?:do|does|did)n't) (?:\w+ )?(?:tell|know|"
            r"show|determine|establish|work out|sort out)|\b(?:unclear|not clear|unknown|not "
            r"known))\s+(?:whether|if|which)\b[^.;]{5,100}?\bor(?! not\b)(?: [\w'’-]+){3}"
        ),
        frame(
            r"\b(?:the other way (?:round|around)|reverse causation|which came first)\b"
            r"|\brather than\b[^.]{0,40}\b(?:making|causing|leading)\b"
        ),
        # "can only show that two things go together"; "only a trial could show"
        frame(
            r"\b(?:can|could) only (?:show|find|tell|say|point)\b|\bonly (?:show|find)s? "
            r"(?:a |an )?(?:link|association|connection)"
            r"|\b(?:go|goes|went|happen|occur|appear) together\b[^.]{0,30}\bnot\b"
            r"|\bonly\b[^.]{0,40}\b(?:go|goes|went|happen|occur|appear) together\b"
        ),
        frame(
            r"\bonly (?:a |an )?(?:trial|randomi[sz]ed|experiment|controlled)"
            r"|\b(?:trials?|experiments?)\b[^.;]{0,60}?\b(?:is|are|would be|will be) needed to "
            r"(?:show|prove|know|tell|find|test)"
        ),
        frame(
            r"\bmay not be the cause\b|\bbut not why\b|"
            r"\b(?:but|yet|and) not (?:\w+ )?(?:the (?:reason|cause|why)|why|what caus\w*|"
            r"how|whether)\b|\b(?:not|n't|cannot) (?:\w+ ){0,2}?"
            r"(?:show|tell|explain|prove|say)(?: \w+)? why\b|\bchicken[- ]and[- ]egg\b"
            r"|\b(?:differ\w*|different) in other ways\b"
            r"|\b(?:might|may|could) (?:\w+ )?be (?:explained|caused|driven) by\b"
            r"|\b(?:only|merely|just) (?:a |an )?(?:link|association|correlation|connection)\b"
            r"|\b(?:link|association|correlation|connection) only\b"
        ),
    ),
    example=(
        "This kind of study can find a link, but it cannot show that one thing causes the other."
    ),
    message="An observational study must say it shows a link, not a cause.",
)
