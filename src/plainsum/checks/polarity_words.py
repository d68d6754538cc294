"""Direction words: the vocabulary a sentence states a direction with (up, down, better,
worse, an effect, no difference), and which directions are opposite. `polarity` reads them in
their clause; `negation` turns a negated one into "no difference"."""

from __future__ import annotations

import re

from ..evidence import stem, word_weight

# "more effective than", "less helpful than": better or worse, not more or less of a thing
_GOOD = r"(?:effective|efficacious|beneficial|helpful|useful|successful)\b"
# "relapsed less often", "the cells divided more often": how often the verb before happened
# (not "more often than not", nor "more often said they felt better", where the likelihood
# comparative governs the direction after it)
_OFTEN = r"(?:often|frequently)(?!\s+(?:than\s+not|to)\b)"
_UP = (
    rf"(?<=ed )more {_OFTEN}|"
    rf"increas\w*|higher|more(?!\s+(?:\w+ly\s+)?{_GOOD})|greater|raised?|raising|rose|risen|elevat\w*|boost|boosts|boosted|"
    r"doubled|doubling|larger|gained|faster|quicker|sooner|commoner|"
    # "sped up walking", "speeds up recovery", "the score went up", "a rise in"
    r"sped up|speeds? up|speeding up|(?:went|goes|gone|going) up|rises|rising|rise|climbed|"
    r"lengthened|lifted|lifts|"
    # "twice as likely to", "three times as often": a ratio said in words
    r"(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times) as "
    r"(?:often|likely|common|frequent|many|much|high)"
)
_DOWN = (
    # "fall" (did not fall, a fall in): not "falls", which are often what is counted
    rf"(?<=ed )less {_OFTEN}|"
    # "about half as often": a ratio said in words
    r"half as (?:often|likely|common|frequent|many|much|high)|"
    rf"decreas\w*|lower|lowered|lowering|lowers|fewer|less(?!\s+(?:\w+ly\s+)?{_GOOD})|reduc\w*|cut|cuts|"
    # "fell asleep sooner": going to sleep, no decrease; "people who fell", "had a fall",
    # "more people fell than ...": people falling down, what is counted (the comparative says
    # the direction), not a decrease ("scores fell by more than 5" is one)
    r"(?<!who )(?<!who had )(?<!had a )(?<!have a )(?:fall|fell|fallen)(?!\s+asleep\b)"
    r"(?!(?:\s+(?!by\b|to\b|from\b)[a-z]+){0,3}\s+than\b)|"
    # "a milder illness", "milder pain": less severe (not "a milder regimen", "people with
    # milder disease": a kind of treatment or a group named)
    r"rarer|(?<!with )milder(?!\s+(?:regimens?|doses?|dosing|treatments?|therap\w*|courses?|"
    r"forms?|versions?|schedules?|cases?|drugs?|medicines?|steroids?)\b)|"
    # "drops" the noun is a medicine ("eye drops lowered the pressure", "quinolone drops did
    # better"): not a decrease
    r"dropped|drop|(?<!eye )(?<!ear )(?<!nose )(?<!nasal )drops(?!\s+(?:did|do|does|were|are|"
    r"was|is|had|have|has|cleared|worked|helped|gave|containing|with)\b)|declined|declining|shrank|shrunk|smaller|halved|halving|slowed|"
    r"lessen(?:ed|s|ing)?|diminish(?:ed|es|ing)?|(?:went|goes|gone|going|came) down|"
    r"(?:brought|brings?|bringing) down|(?:held|holds?|holding) back|"
    # ("blood loss" names what is measured, never its direction: "less blood loss")
    r"slowing|slows|slower|slowly|(?<!blood )loss|"
    # "prevents cyst formation": less of it (a verb only: "prevention" names an aim)
    r"prevented|prevents|"
    # "shortened the stay", "a decline in scores", "blunted the response", "did not slow
    # atrophy" (the bare verb only after a negation or a hedge: "slow walkers")
    r"shorten(?:ed|s|ing)?|shorter|decline(?=\s+(?:in|of)\b)|"
    r"blunt(?:ed|s|ing)|dampen(?:ed|s|ing)|(?<=not )slow|(?<=n't )slow|(?<=may )slow"
)
# "negative effects", "positively affected": the sign of an effect is its direction.
_SIGNED = r"(?:ly)?(?=\s+(?:\w+\s+)?(?:effects?|impacts?|affect\w*|influenc\w*|outcomes?)\b)"
_BETTER = (
    rf"more\s+(?:\w+ly\s+)?{_GOOD}|"
    # ("help" the noun is no benefit: "walked without help", "needed help with dressing")
    r"improv\w*|better|helped|helps|helping|"
    # ("living not dependent on help": the noun after "on")
    r"(?<!without )(?<!with )(?<!for )(?<!\bno )(?<!need )(?<!needed )(?<!needs )(?<!on )help|"
    r"benefit\w*|effective|protect\w*|eased|eases|"
    # "may ease pain" (the verb: not "with ease", "at ease", "ease of use")
    r"(?<!with )(?<!at )(?<!the )(?<!of )(?<!for )ease(?!\s+of\b)(?=\s+\w)|"
    # "short-term gains in activity" (not "weight gain")
    r"(?<!weight )gains(?=\s+(?:in|at|for)\b)|"
    r"restor(?:ed|es|ing)|"
    rf"reliev\w*|relief|positive{_SIGNED}"
)
_WORSE = (
    rf"less\s+(?:\w+ly\s+)?{_GOOD}|"
    r"wors\w*|harm\w*|riskier|deteriorat\w*|exacerbated|exacerbates|aggravated|aggravates|poorer|"
    # "sleep loss impairs cell division", "accuracy was impaired by the drug" (a verb: not
    # "impaired mobility", which names a state)
    r"impairs|impaired(?=\s+(?:the|their|his|her|its|a|an|by)\b)|"
    # "quality of life slipped": fell back, got worse
    r"slipped|"
    rf"negative{_SIGNED}"
)
# "a significant effect on fatigue", "a clear difference in pain": an effect found, named as a
# noun with the adjective that grades it (a bare "effect" is often a thing looked for).
_EFFECT_FOUND = (
    r"\b(?:found|find|showed|shown|was|were) (?:a|an) (?:statistically )?"
    r"(?:significant|clear|important|meaningful|substantial|marked|large) "
    r"(?:effects?|differences?|benefits?|impacts?)(?=\s+(?:on|in|for|of|between)\b)"
)
_EFFECT = (
    rf"{_EFFECT_FOUND}|"
    r"chang(?:e|ed|es)|affect(?:ed|s)?|alter(?:ed|s)?|influenc(?:e|ed|es)|prevent(?:ed|s)?|"
    r"stop(?:ped|s)?|halt(?:ed|s)?|"
    # "kept disability from getting worse": prevented it (the verb, with its object between)
    r"(?:kept|keeps?|keeping)(?=\s+(?:[\w'-]+\s+){1,5}?from\s+(?:getting|becoming|growing)\b)"
)
# "no clinically relevant effect", "no statistically significant difference": an adverb may
# stand before the adjective that grades the null.
_NULL_GRADE = (
    r"clear|significant|real|important|meaningful|relevant|big|major|substantial|noticeable|"
    r"detectable|appreciable|worthwhile|consistent|obvious|measurable"
)
_NULL = (
    # "made little difference to relapses", "brought no gains in walking": little is as good as
    # none
    rf"(?:no|little) (?:(?:\w+ly )?(?:{_NULL_GRADE}) )?"
    r"(?:difference|differences|effect|effects|change|changes|benefit|improvement|link|"
    r"association|impact|gains?)|did not differ|do not differ|not differ|"
    # "a similar effect on X" points back to the effect before it: no "no difference" (but "a
    # similar effect to the cream", "a similar effect in both groups" are)
    r"(?<!\ba )similar|(?<=\ba )similar(?!\s+(?:effects?|reductions?|increases?|benefits?|"
    r"improvements?|decreases?|rises?|falls?|drops?)\s+(?:on|in)\s+(?!(?:both|each|either|all|"
    r"the two|the groups?|the arms?)\b))|unchanged|"
    # "walking speed stayed much the same.": the same as before, said at the clause's end
    r"(?:stayed|stays|remained|remains) (?:(?:much|about|roughly|nearly|almost|largely) )?"
    r"the same(?=\s*(?:$|[.,;:]|(?:and|but|while|whereas|throughout|over|at|after)\b))|"
    # "not significantly different", "not detectably different from the change with usual care"
    r"not (?:(?:significantly|statistically|detectably|meaningfully|materially|substantially|"
    r"appreciably|measurably|clinically) )?(?:different|associated|linked|related|affected)|"
    r"comparable|no more|no less|no better|no worse|"
    # "found the spray ineffective": no better
    r"ineffective|"
    # "no faster with training", "no higher than with placebo" (not "no higher than 20", nor
    # "no longer", which is "not any more")
    r"no (?:faster|slower|quicker|higher|lower|greater|smaller|larger|stronger|weaker)"
    r"(?! than (?:\d+|one|two|three|four|five|ten|a|an|half)\b)|"
    # "no clear evidence of an effect on motor function": no effect found
    r"no (?:\w+ )?evidence (?:of|for) (?:an?|any) (?:\w+ )?"
    r"(?:difference|differences|effect|effects|benefit|improvement|change)|"
    # "were the same in both groups", "about as common as", "grew just as well": said in plain
    # words (not "the same dose", not "twice as common as")
    r"(?:(?:about|roughly|nearly|almost|much|exactly|largely) )?the same"
    r"(?= (?:in|for|between|across|with|as|over)\b)|"
    # "were equally effective", "are similarly effective": neither better
    r"(?:equally|similarly) (?:effective|efficacious|good|well|safe|helpful|beneficial|useful)|"
    r"(?:about|roughly|nearly|almost|just|equally) as (?:common|likely|frequent|often|many|"
    r"much|good|well|effective|high|low|fast|safe|bad|severe)\b|"
    r"just as (?:well|much|fast|often|quickly|many|badly)|"
    # "eased pain as well as physical therapy did": no better than the other (not "pain as
    # well as fatigue", where "as well as" is "and")
    r"as (?:well|much|fast|quickly|effectively) as(?= (?:[\w'-]+ ){1,4}(?:did|does|do)\b)|"
    # "was as effective as zolpidem" (not "not as effective as": worse, read as denied)
    r"(?<!not )(?<!n't )as (?:effective|efficacious|helpful|beneficial|useful) as|"
    # "levels much like those of women who ...": the same as the others'
    r"(?:much|very much|just|about) like (?:those|that|the ones) (?:of|in|for|with|seen)"
)
# Not a direction: "more research is needed", "less clear", "more likely" (a hedge), "in
# more detail", "dropped out" (left a study).
NOT_DIRECTION = re.compile(
    r"\s+(?:research|studies|trials|evidence|data|work|clear|certain|precise|reliable|"
    r"confident|often|than (?:one|two|half)|details?|information|out(?!-))\b"
    # "more than 60% of", "fewer than 50 people": a bound on a number, not a direction
    r"|\s+than\s+(?:about\s+|around\s+|approximately\s+)?\d",
    re.I,
)
DIRECTION = re.compile(
    rf"\b(?P<null>{_NULL})\b|\b(?P<up>{_UP})\b|\b(?P<down>{_DOWN})\b|\b(?P<better>{_BETTER})\b"
    rf"|\b(?P<worse>{_WORSE})\b|\b(?P<effect>{_EFFECT})\b",
    re.I,
)
# a direction said of the comparison arm, or of taking a thing away, turned round
TURNED = {"up": "down", "down": "up", "better": "worse", "worse": "better"}
OPPOSITE = {
    "up": {"down", "null"},
    "down": {"up", "null"},
    "better": {"worse", "null"},
    "worse": {"better", "null"},
    "effect": {"null"},
    "null": {"better", "worse", "up", "down", "effect"},
}
POLARITY_STEMS = frozenset(
    stem(w)
    for w in """increase increased higher more greater decrease decreased lower fewer less reduced
    reduce improved improve better worse difference differences effect effects change changes
    similar significant significantly statistically clear important meaningful risk
    associated linked prone""".split()
)


def weighed(words: list[str]) -> dict[str, float]:
    """Stem -> evidence weight of each word."""
    return {stem(w): word_weight(w) for w in words}
