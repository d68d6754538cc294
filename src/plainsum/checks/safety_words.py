"""The words of advice, shared by the safety check's rules (checks/safety.py) and its stance
rules (checks/safety_stance.py): who may be told (READER), how they are told (OBLIGE), what
they are told to do with a treatment, a test or a care habit (CHANGE), what the treatment is
(TREATMENT), and who cares for them (CARE).

Each is a regular-expression fragment, a class of meaning: a verb of CHANGE is any way of
starting, stopping, trying, keeping, refusing or asking for a treatment, whether one word
("stop") or an idiom ("give it a miss", "steer clear of", "make the switch to").
"""

from __future__ import annotations

# who a piece of advice is aimed at: the reader, or a group the reader may belong to
READER = (
    r"(?:you|patients|people|readers|everyone|everybody|anyone|anybody|all patients|those|"
    r"sufferers|caregivers|ms patients|men|women|adults|parents|mothers|fathers|carers|"
    r"families|users|girls|boys|teenagers|teens|young people|older people)"
)
# how they are told: a modal of obligation or permission, a recommendation said of them, or
# an appraisal of where they stand ("are best off", "have nothing to lose", "may as well")
OBLIGE = (
    r"(?:(?:should|must|need|needs)(?:n't| not) hesitate to|should|must|need to|needs to|"
    r"ought to|have to|has to|had better|"
    r"(?:are|is) (?:now )?(?:being )?(?:advised|urged|encouraged|recommended|told|"
    r"instructed|asked) to|would do well to|are better off|"
    r"(?:are|is|would be|will be|'d be) (?:\w+ )?(?:best|better|safer|wiser|well) "
    r"(?:off|advised|served)?(?: (?:to|by|with))?|"
    r"(?:are|is) (?:best|better|safer|wiser) (?=\w+ing\b)|"
    r"(?:may|might|could) (?:just )?as well|(?:have|has) (?:every|good) reason to|"
    r"(?:have|has) nothing to lose by|(?:are|is|feel|can feel) (?:free|welcome) to|"
    r"can (?:now |safely |simply )+|may (?:now |safely )+|can now|could safely)"
)
TREATMENT = (
    r"(?:medicines?|medications?|drugs?|treatments?|therap(?:y|ies)|doses?|dosage|pills?|"
    r"tablets?|capsules?|injections?|infusions?|supplements?|vitamins?|DMTs?|DMDs?|"
    r"prescriptions?|interferons?|steroids?|antidepressants?|antibiotics?|painkillers?|"
    r"(?:\S+ )?blockers?|ointments?|creams?|gels?|patch(?:es)?|drops|sprays?|inhalers?|"
    r"remed(?:y|ies)|diets?|tests?|scans?|screenings?|vaccines?|vaccinations?|jabs?|"
    r"boosters?|shots?|surgery|operations?|\d+ ?(?:mg|g|mcg|µg|ml|units?|IU)\b|"
    r"\w+(?:mab|mod|nib|mide|umab|imab|ine|ate|one|ide|ol|alin|azepam|statin|prazole|sartan|"
    r"pril|mycin|cillin|cycline|oxacin|limus)\b)"
)
# verbs that start, stop, switch or change a treatment, a dose or a care habit
CHANGE = (
    r"(?:start(?:ing)?|stop(?:ping)?|tak(?:e|ing)|switch(?:ing)?|chang(?:e|ing)|"
    r"discontinu(?:e|ing)|quit(?:ting)?|reduc(?:e|ing)|increas(?:e|ing)|lower(?:ing)?|"
    r"rais(?:e|ing)|cut(?:ting)?|doubl(?:e|ing)|halv(?:e|ing)|skip(?:ping)?|avoid(?:ing)?|"
    r"try(?:ing)?|begin(?:ning)?|us(?:e|ing)|add(?:ing)?|ask(?:ing)? (?:for|to be)|"
    r"demand(?:ing)?|"
    r"request(?:ing)?|refus(?:e|ing)|com(?:e|ing) off|go(?:ing)? off|get(?:ting)? off|"
    r"(?:go(?:ing)?|switch(?:ing)?) back to|revert(?:ing)? to|drop(?:ping)?|halt(?:ing)?|"
    r"ceas(?:e|ing)|abandon(?:ing)?|give up|giving up|replac(?:e|ing)|"
    r"consider(?:ing)? (?:start|stopp|switch|tak|chang|discontinu|reduc|increas|add|try|us|"
    r"quit)\w*|"
    r"buy(?:ing)?|eat(?:ing)?|drink(?:ing)?|receiv(?:e|ing)|get(?:ting)?|keep taking|"
    r"continu(?:e|ing)|stay on|be (?:treated|put on|taking|on|using)|"
    # given or offered a treatment, not information, support or a choice
    rf"be (?:given|offered|prescribed) (?:[\w'-]+ ){{0,4}}?{TREATMENT}|"
    r"inject(?:ing)?|supplement(?:ing)?|exercis(?:e|ing)|follow(?:ing)?|adopt(?:ing)?|"
    r"(?:move|go|step) (?:up|down|on|over)|swap(?:ping)?|taper(?:ing)?|wean(?:ing)? off|"
    # turning down a test or a treatment, or booking one
    r"turn(?:ing)? down|declin(?:e|ing)|forgo(?:ing)?|do without|opt(?:ing)? out of|say no to|"
    r"book(?:ing)?|schedul(?:e|ing)|arrang(?:e|ing)|cancel(?:l?ing)?|"
    # idioms of trying, refusing or keeping away: "give it a go", "steer clear of"
    r"giv(?:e|ing) (?:[\w'-]+ ){1,5}?a (?:miss|go|try|chance|shot|whirl|wide berth|rest)|"
    r"bother(?:ing)? (?:with|taking|trying|using)|steer(?:ing)? clear of|"
    r"(?:stay|keep)(?:ing)? (?:away from|off)|sign(?:ing)? up for|pick(?:ing)? up|"
    r"put(?:ting)? (?:[\w'-]+ ){1,4}?on|make the (?:move|switch|change|jump)|"
    r"(?:keep )?go(?:ing)? to|keep(?:ing)? up|attend(?:ing)?|spend(?:ing)? money on|"
    r"load(?:ing)? up on|stock(?:ing)? up on|"
    rf"giv(?:e|ing) (?:[\w'-]+ ){{0,4}}?{TREATMENT})"
)
# a leading clause before an imperative: "If the drug upsets your stomach, cut your dose"
LEAD = (
    r"(?:(?:if|when|once|after|before|while|until|since|as soon as|to|in order to|"
    # a time or place set first: "On very hot days, take an extra dose"
    r"on|in|during|at|over|for)\b[^,]{0,80}, )?"
)
ADVERB = r"(?:(?:now|all|also|not|never|immediately|definitely|really|seriously|probably|"
ADVERB += r"first|then|therefore|simply|safely|at once|still|always|just) )*"
# who cares for the reader: any team named for what it treats ("stroke team", "kidney team"),
# and the professions a reader consults
CARE = (
    r"(?:doctors?|neurologists?|care team|health ?care (?:team|provider|professional)s?|"
    r"medical team|MS (?:team|nurse|specialist)s?|specialists?|nurses?|GPs?|physicians?|"
    r"clinicians?|pharmacists?|(?:[\w'-]+ ){0,2}teams?\b|midwi(?:fe|ves)|dietitians?|dieticians?|"
    r"physiotherapists?|(?:occupational |speech )?therapists?|health (?:professional|visitor)s?|"
    r"consultants?|surgeons?|dentists?|opticians?|optometrists?|prescribers?|"
    r"(?:the )?(?:person|people) who prescribes?)"
)
