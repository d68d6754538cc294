"""Advice without a modal: a stance taken for the reader on a treatment.

A summary can tell readers what to do without "should": by weighing an action up ("it is worth
giving the capsules a go", "beta interferon is not worth continuing"), by naming it the right
choice ("the sensible choice is now the 14 mg dose", "putting a child on the diet is the right
thing to do"), by denying a reason against it ("there is no reason not to ask for it", "you
have nothing to lose by trying it"), by handing down a message ("the message for people with MS
is to give vitamin D a miss"), or by an imperative after a lead-in ("The takeaway is simple:
sign up for a programme"). Each shape is a stance (an appraisal, a choice, a reason, a message)
joined to an action on a treatment (safety_words.CHANGE) or to a treatment itself; the words
of the stance are classes of meaning, not the phrases of any one summary.

What passes: an appraisal of talking it over ("exercise programmes are worth discussing"), a
reason found by the study ("the review found no reason to change practice"), a past choice
("surgery was the best option for these patients"), and a hedged one ("may be the best
option"). The caller (checks/safety.py) applies its own exemptions too: negation before the
stance, questions, and pointers to the care team.
"""

from __future__ import annotations

import re

from .safety_words import ADVERB, CHANGE, TREATMENT

# "it is worth giving X a go", "X is not worth continuing", "well worth trying"
WORTH = re.compile(
    rf"\b(?:(?:is|are|'s|be) )?(?:(?:well|really|definitely|probably|certainly|not|never|"
    rf"hardly|no longer|always|now) )*worth (?:it to )?{ADVERB}{CHANGE}\b",
    re.I,
)

# not "best" or "safest": a ranking the study reports ("selegiline was the best option among
# the drugs compared") is a finding, not a choice made for the reader
_CHOICE_ADJ = (
    r"(?:sensible|right|wise|wisest|obvious|smart|smartest|easy|simple|logical|natural|"
    r"clever)"
)
_CHOICE_NOUN = (
    r"(?:choice|option|step|move|thing to do|thing|course(?: of action)?|bet|win|way forward|"
    r"way to go|pick|call|decision)"
)
# no negation or hedge between the start of the sentence and the appraisal
_PLAIN = r"(?:(?!\b(?:not|no|never|may|might|could|was|were|would|if|whether)\b)[^.])*?"
# "X is the sensible choice", "the obvious step for anyone ... is X": a choice made for the
# reader, in a sentence about a treatment or one that opens with an action ("Eating by six ...")
CHOICE = re.compile(
    rf"^(?=[^.]*?\b{TREATMENT}|\w+ing\b){_PLAIN}"
    rf"(?:\b(?:is|are|remains?|seems?|looks?)(?: now| still| clearly| simply| surely)? "
    rf"(?:the|a|an) (?:\w+ )?{_CHOICE_ADJ} {_CHOICE_NOUN}\b"
    rf"|\b(?:the|a|an) (?:\w+ )?{_CHOICE_ADJ} {_CHOICE_NOUN} (?:for [^.]{{0,40}}? )?"
    rf"(?:is|are|remains)\b(?! (?:still |not |un)))",
    re.I,
)

# "If you take an antidepressant, switching to lithium is the safer choice": a choice made for
# a reader the sentence addresses; a comparative or a superlative is a choice too, there
YOUR_CHOICE = re.compile(
    rf"^(?:if|when|once|as long as|whenever) you\b[^,.]{{0,80}}, "
    rf"(?=[^.]*?\b{TREATMENT}|\w+ing\b){_PLAIN}"
    rf"\b(?:is|are|remains?)(?: now| still| clearly| simply)? (?:the|a|an|your) (?:\w+ )?"
    rf"(?:{_CHOICE_ADJ}|safer|safest|better|best|wiser|smarter) {_CHOICE_NOUN}\b",
    re.I,
)

# "there is no reason for people ... not to ask for it", "little reason to keep going to
# therapy", "you have nothing to lose by trying it", "no harm in trying"
REASON = re.compile(
    rf"\b(?:no|little|every|good|not much|any) (?:good |real |further |longer any )?"
    rf"(?:reason|point|sense|harm) (?:at all )?(?:(?:for|why) (?:[\w'-]+ ){{1,8}}?)?"
    rf"(?:not |shouldn't |should not |can't )?(?:to |in )?(?:keep(?:ing)? |continu\w+ |"
    rf"go(?:ing)? on )?{ADVERB}{CHANGE}\b"
    rf"|\bnothing to lose (?:by|from|in) {ADVERB}{CHANGE}\b",
    re.I,
)
# "found no reason to change ...", "said the classes were worth keeping up": a stance the
# study found or its people reported
_REPORTED = re.compile(
    r"\b(?:found|finds?|see|sees|saw|concluded?|reported|reports?|gave|gives?|was|were|had|"
    r"thought|felt|said|rated|judged|considered|called)\s+(?:\w+\s+)?$",
    re.I,
)

# imperative idioms: "Give meditation a try", "Don't bother with vitamin D", "steer clear of"
_IDIOM = (
    r"(?:give [^.]{1,40}? a (?:try|go|miss|chance|shot|whirl|wide berth)|"
    r"bother (?:with|taking|trying|using)|sign up for|steer clear of|stay away from|"
    r"keep away from|keep off|load up on|stock up on|cut out|cut back on|ditch|"
    r"make the (?:move|switch|jump) to)"
)
# the message handed to readers: "the message for people with MS is to ...", "The takeaway is
# simple: sign up ..."; not one for doctors or researchers
MESSAGE = re.compile(
    rf"\b(?:message|take-?away|take-home(?: message| point)?|lesson|upshot|bottom line|moral|"
    rf"advice|tip)s? (?:here )?(?:(?:for|to) (?!(?:doctors?|clinicians?|researchers?|"
    rf"scientists?|surgeons?|health|policy|services?|funders?)\b)(?:[\w'-]+ ){{1,8}}?)?"
    rf"(?:is|are|:)(?: (?:simple|clear|plain|this))?[:,]? (?:to )?{ADVERB}"
    rf"(?:{CHANGE}|{_IDIOM})\b",
    re.I,
)
IMPERATIVE = re.compile(
    rf"^(?:(?:so|please|now|then|instead|just),? )?(?:(?:do not|don't|never) )?{_IDIOM}\b",
    re.I,
)

# where a clause may open with an imperative inside a sentence: after a colon, a semicolon or
# a dash ("The answer is simple: stop ...")
_CLAUSE_OPEN = re.compile(r"[:;]\s+|\s[-–—]\s+")


def clause_starts(sentence: str) -> list[int]:
    """Offsets in `sentence` where a clause that could be an imperative starts."""
    return [0, *(m.end() for m in _CLAUSE_OPEN.finditer(sentence))]


# "to decide which is the sensible choice", "whether they are encouraged to attend": a question
_ASKED = re.compile(r"\b(?:whether|which)\b[^,;:]*$", re.I)


def asked(sentence: str, start: int) -> bool:
    """Whether the stance at `start` is inside a question the text asks ("whether people are
    encouraged to ...", "which is the sensible choice")."""
    return bool(_ASKED.search(sentence, 0, start))


def reported(sentence: str, start: int) -> bool:
    """Whether the stance at `start` is one the study found or reported ("found no reason to
    change"), or one in the past ("there was no point in ..."), not one taken for the reader."""
    return bool(_REPORTED.search(sentence[max(0, start - 40) : start]))
