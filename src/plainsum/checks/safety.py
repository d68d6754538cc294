"""Unsafe advice: who is told to do what.

A summary reports research; it must not tell readers to start, stop, switch or change a
treatment or dose, nor that they no longer need their doctor. Advice is recognised by the shape
of a directive, not by a list of banned words:

- a reader as subject (you, patients, people with MS, everyone with MS, readers ...) with a
  modal of obligation or permission, active or passive ("should", "must", "are advised to",
  "can safely") and a treatment-change verb ("stop", "discontinue", "be taking", "switch");
- an imperative: a sentence that opens with a treatment-change verb ("Stop taking ...");
- a statement that a change is safe or wise ("It is safe to stop interferon");
- a statement that readers need no treatment or no doctor ("no longer need their neurologist").

What research reports passes: "Participants stopped the drug after 12 weeks", "Some people
switched treatment"; so do negated uses ("This does not mean you should stop your medicine")
and the one advice a summary may give: to talk with the doctor or care team first ("Do not
stop taking your medicine without talking to your doctor").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .. import caseless
from ..ingest import Source
from ..memo import cached_list
from ..prefilter import may_match
from ..schemas import Finding, PlainSummary
from . import safety_directives as directive
from . import safety_stance as stance
from .safety_words import ADVERB as _ADVERB
from .safety_words import CARE as _CARE
from .safety_words import CHANGE as _CHANGE
from .safety_words import LEAD as _LEAD
from .safety_words import OBLIGE as _OBLIGE
from .safety_words import READER as _READER
from .safety_words import TREATMENT as _TREATMENT
from .text import negated, rule_findings, sentence_spans

CHECK = "safety"

# "You no longer need your neurologist." / "there is no need to see a doctor"
DISMISSES_CARE = re.compile(
    rf"(?:\b(?:no longer|not|never|needn't|need not)|n't)\b (?:\w+ )?(?:need|require)s? "
    rf"(?:to (?:see|visit|consult|ask|talk to|check with|go to) )?(?:(?:your|their|a|an|the|any)"
    rf" )?(?:own )?{_CARE}\b"
    rf"|\bno (?:longer any )?need (?:for|to (?:see|visit|consult|ask)) (?:(?:your|their|a|an|any)"
    rf" )?{_CARE}\b"
    rf"|\b(?:can|could|may)\b[^.]{{0,40}}\b(?:without|instead of) (?:seeing |asking |consulting |"
    rf"going to )?(?:(?:your|their|a|an) )?{_CARE}\b"
    rf"|\b(?:instead of|rather than) (?:seeing |asking |consulting |going to )?(?:your|their) "
    rf"{_CARE}\b"
    rf"|\b{_CARE} (?:is|are) (?:no longer|not|un)(?: ?(?:needed|necessary|required))"
    rf"|(?:\b(?:no longer|not|never)|n't)\b (?:\w+ )?need (?:\w+ )?(?:check-?ups?|appointments?|"
    rf"visits?|monitoring|follow-?ups?|reviews?)\b"
    # "there's no need to see anyone"
    rf"|\bno (?:longer any )?need (?:for you )?to (?:see|visit|consult|ask|tell|show) (?:anyone|"
    rf"anybody|a professional)\b"
    rf"|\b(?:can|could|may|should|must)\b[^.]{{0,60}}\bwithout (?:asking|seeing|consulting|"
    rf"checking with|talking to) (?:anyone|anybody|a professional|medical advice)\b"
    rf"|\b(?:replace|skip|stop seeing|do without|manage without|drop|cancel|give up|stop going "
    rf"to) (?:(?:your|their) )?"
    rf"(?:{_CARE}|(?:doctor's |neurologist's )?(?:appointments?|visits?|check-?ups?))\b",
    re.I,
)


@dataclass(frozen=True)
class Rule:
    """One shape of unsafe text: the pattern, and what an editor is told."""

    name: str
    pattern: re.Pattern[str]
    message: str
    hint: str
    sentence_start: bool = False  # counts only at the start of a sentence (an imperative)
    negatable: bool = True  # a negation before the match cancels it
    care_exempt: bool = True  # a pointer to the care team in the sentence cancels it
    reportable: bool = False  # the paper's authors or a guideline may be reported giving it


_ADVICE_MESSAGE = (
    "Advice to readers: a summary reports research, it does not tell people what to do."
)
_ADVICE_HINT = "Remove the advice, or say 'talk with your doctor or care team' instead."

RULES: tuple[Rule, ...] = (
    Rule(
        "advice",
        re.compile(
            rf"\b{_READER}\b(?: (?!should|must|need|ought)[\w'-]+)"
            rf"{{0,12}}? {_OBLIGE} ?{_ADVERB}{_CHANGE}\b"
            # (not "you may be offered a medicine": what others may do, no leave given)
            rf"|\byou (?:can|could|may|might want to|are free to|are able to) "
            rf"(?!(?:\w+ )?be (?:given|offered|prescribed)\b){_ADVERB}{_CHANGE}\b",
            re.I,
        ),
        _ADVICE_MESSAGE,
        _ADVICE_HINT,
    ),
    Rule(
        "advice",
        re.compile(
            rf"^{_LEAD}(?:(?:so|please|now|then|therefore|instead),? )?(?:(?:do not|don't|never) )?"
            rf"(?:(?:stop|start|take|avoid|switch(?: to)?|ask for|try|quit|begin|buy|discontinue|"
            rf"skip|come off|go off|keep taking|continue taking)\b(?= (?:your|the|this|these|"
            rf"that|a|an|taking|using|all|any|it|them|\d|{_TREATMENT}|\w+ {_TREATMENT}|\w+ing\b))"
            # verbs that are also adjectives ("Lower doses are ...") need a determiner
            rf"|(?:increase|reduce|lower|raise|double|halve|cut|drop|change)\b"
            rf"(?= (?:your|the|this|these|that|it|them|all|any) ))"
            # any everyday verb aimed at the reader's own things: "Keep your nap short."
            rf"|^{_LEAD}(?:(?:do not|don't|never) )?(?:keep|move|swap|limit|spend|set|put|give|"
            rf"make|get|go|stay|protect|boost|treat|ditch|throw|book|join|order|sign|eat|drink|"
            rf"add|use|try|cut|halve|double|increase|reduce|lower|raise|drop|skip|stop|start|"
            rf"change|switch|replace|take|avoid|quit|begin|buy)\b(?= (?:\w+ )?your\b)",
            re.I,
        ),
        _ADVICE_MESSAGE,
        _ADVICE_HINT,
        sentence_start=True,
    ),
    # a reader told what they can do with a treatment: "Parents can give their child 200 mg of
    # PS a day", "New mothers can swap their antidepressants for a support group"
    Rule(
        "advice",
        re.compile(
            rf"\b{_READER}\b(?: (?!should|must|need|ought|can)[\w'-]+){{0,8}}? "
            rf"(?:can|are free to|are able to) {_ADVERB}"
            rf"(?:{_CHANGE}|give|offer|put (?:\w+ ){{1,2}}on)\b"
            rf"(?: (?!and\b|but\b|or\b)[\w'-]+){{0,4}}? {_TREATMENT}",
            re.I,
        ),
        _ADVICE_MESSAGE,
        _ADVICE_HINT,
    ),
    Rule(
        "advice",
        re.compile(
            rf"\b(?:it is|it's|it would be|is now|are now|it is now)"
            rf" (?:\w+ )?(?:safe|fine|ok|okay|reasonable|wise|best|a good idea|better|sensible|"
            rf"advisable|recommended|time) (?:for \w+(?: with (?:ms|multiple sclerosis))? )?to "
            rf"{_ADVERB}{_CHANGE}\b",
            re.I,
        ),
        _ADVICE_MESSAGE,
        _ADVICE_HINT,
    ),
    Rule(
        "advice",
        re.compile(
            rf"\b{_READER}\b[^.]{{0,40}}?\b(?:no longer|don't|do not|won't|will not|never) "
            rf"(?:\w+ )?need (?:to (?:take|use|inject|stay on|keep taking) )?"
            rf"(?:(?:your|their|any|a|the) )?(?:\w+ )?{_TREATMENT}"
            rf"|\bno (?:longer any )?(?:need|reason|point) (?:for (?:you|patients|people)"
            rf"[^.]{{0,20}} )?(?:to|in) (?:keep |continue |go on )?(?:tak|us|inject|stay)\w*\b",
            re.I,
        ),
        _ADVICE_MESSAGE,
        _ADVICE_HINT,
        negatable=False,  # the rule is itself a negation: 'no longer need', 'no point in'
    ),
    Rule(
        "advice",
        re.compile(
            r"\bask (?:your doctor |your neurologist )?for (?:this|the|these) (?:drug|treatment|"
            r"medicine|pill|therapy)",
            re.I,
        ),
        _ADVICE_MESSAGE,
        _ADVICE_HINT,
    ),
    # a stance taken for the reader without a modal (checks/safety_stance.py)
    Rule("advice", stance.WORTH, _ADVICE_MESSAGE, _ADVICE_HINT),
    Rule("advice", stance.CHOICE, _ADVICE_MESSAGE, _ADVICE_HINT),
    Rule("advice", stance.YOUR_CHOICE, _ADVICE_MESSAGE, _ADVICE_HINT),
    Rule("advice", stance.REASON, _ADVICE_MESSAGE, _ADVICE_HINT, negatable=False),
    Rule("advice", stance.MESSAGE, _ADVICE_MESSAGE, _ADVICE_HINT, negatable=False),
    Rule("advice", stance.IMPERATIVE, _ADVICE_MESSAGE, _ADVICE_HINT, sentence_start=True),
    # directives in any grammatical form (checks/safety_directives.py)
    Rule(
        "advice",
        directive.IMPERATIVE,
        _ADVICE_MESSAGE,
        _ADVICE_HINT,
        sentence_start=True,
        reportable=True,
    ),
    Rule("advice", directive.READER_TOLD, _ADVICE_MESSAGE, _ADVICE_HINT, reportable=True),
    Rule("advice", directive.BENEFIT_FROM, _ADVICE_MESSAGE, _ADVICE_HINT, reportable=True),
    Rule("advice", directive.TREATMENT_TOLD, _ADVICE_MESSAGE, _ADVICE_HINT, reportable=True),
    Rule("advice", directive.CHOSEN, _ADVICE_MESSAGE, _ADVICE_HINT, reportable=True),
    Rule("advice", directive.DOSE_TOLD, _ADVICE_MESSAGE, _ADVICE_HINT, reportable=True),
    Rule("advice", directive.SWAP_OFFERED, _ADVICE_MESSAGE, _ADVICE_HINT),
    Rule(
        "advice",
        directive.TEAM_TOLD,
        _ADVICE_MESSAGE,
        "Send readers to their care team without the decision made for them: 'talk with "
        "your doctor about whether it could suit you'.",
        care_exempt=False,
    ),
    Rule(
        "no_doctor",
        DISMISSES_CARE,
        "Tells readers they do not need their doctor or care team.",
        "Remove it: a summary must send readers to their care team, never away from it.",
    ),
)

# A question the research asks ("to find out which patients should receive it") is no advice.
_QUESTION = re.compile(
    r"\b(?:which|whether|who|what|how|if|when|why)\s+(?:\w+\s+){0,4}?"
    r"(?:should|must|need to|ought to|have to|it is|it's|is it)\b",
    re.I,
)
# "42 people would need to be treated to prevent one death": a number needed to treat
_NUMBER_NEEDED = re.compile(
    r"\bneed(?:s|ed)? to (?:be treated|have|receive|take|be given)\b[^.]{0,80}\bto (?:prevent|"
    r"avoid)\b|"
    # "the number needed to treat was eight, meaning that eight children would need to ..."
    r"\bnumber needed to (?:treat|harm|benefit)\b|\bNNTB?\b|"
    r"\btake (?:into )?account\b",
    re.I,
)
# The advice a summary may give: check with the care team before changing anything.
_DEFER_TO_CARE = re.compile(
    rf"\b(?:without|before|until|unless) (?:first )?(?:talking|speaking|checking|asking|"
    rf"consulting|discussing|you (?:have )?(?:talk|spoke|speak|ask|check))\b[^.]{{0,40}}{_CARE}"
    # "without advice from their doctor", "unless their doctor says so"
    rf"|\b(?:without|unless|until|except (?:on|with)) (?:(?:the|a|an|your|their) )?(?:advice|"
    rf"agreement|approval|guidance|go-ahead|say-so|input|help|support|supervision) (?:of |from )"
    rf"(?:(?:your|their|a|an|the) )?(?:own )?{_CARE}"
    rf"|\b(?:unless|until) (?:your|their|a|the) (?:own )?{_CARE}"
    # an imperative to see the care team, where any clause opens: "...; talk to your doctor."
    rf"|(?:^|[;:] )(?:[^,]{{0,60}}, )?(?:please )?(?:talk|speak|ask|check|consult|discuss|tell|"
    rf"let|show|make sure|see|contact|call)\b[^.]{{0,40}}{_CARE}"
    rf"|(?:^|[;:] )(?:[^,]{{0,60}}, )?(?:please )?(?:bring|take|book)\b[^.]{{0,40}}(?:{_CARE}|"
    rf"appointment|visit)",
    re.I,
)
# "should consider talking to their doctor", "should raise it with their doctor": the verb's
# object is the care team
_CARE_NEXT = re.compile(
    rf"\s*(?:(?:it|this|them|these|that|the (?:matter|question|idea|issue)|any questions|questions)"
    rf" )?(?:(?:talking|speaking|asking|discussing|checking|consulting|seeing) )?(?:(?:with|to) )?"
    # "should get advice from their care team", "continue to follow the advice of their doctor"
    rf"(?:(?:to )?(?:follow|take|get|seek|ask for|act on)? ?(?:the |some |any )?(?:advice|guidance|"
    rf"instructions|help|support|a referral) (?:of|from|given by) )?"
    rf"(?:(?:your|their|a|an|the) )?(?:own )?{_CARE}"
    # "it's worth getting it checked by your doctor": the care team's look, not a treatment
    rf"|\s*(?:it|this|them|these|that|(?:the|your|their|any) [\w-]+) (?:checked|looked at|"
    rf"seen to|examined|assessed)(?: out)? by (?:(?:your|their|a|an|the) )?(?:own )?{_CARE}"
    # "raise it at your next appointment": a question raised at a visit to them ("raise" is
    # also a dose raised; "stop them at your next check-up" stays advice)
    rf"|(?<=raise)\s+(?:it|this|them|these) (?:at|in|during) (?:your|their|the|a) "
    rf"(?:next |own )?(?:[\w-]+ )?(?:appointment|visit|check-?up|clinic)s?\b",
    re.I,
)


# "This does not mean you no longer need your drug.": the sentence denies the unsafe statement
# that follows, so it is the opposite of advice (the non-negatable rules are negations already,
# and a second negation in a denial frame turns them round).
_DENIAL = re.compile(
    r"\b(?:does not|doesn't|do not|don't|did not|didn't|should not|shouldn't) (?:\w+ )?mean"
    r"(?: that)?\b|\bis (?:no|not a) reason to (?:think|believe|assume)\b|"
    r"\bit is not true that\b|\bnot (?:the same as|a sign that) (?:saying )?(?:that )?\b",
    re.I,
)


class Unsafe(NamedTuple):
    """One piece of unsafe text found in a summary."""

    rule: Rule
    words: str
    sentence: str


@cached_list
def find_unsafe(text: str) -> list[Unsafe]:
    """Every piece of advice or dismissal of care in `text`, in order, with its sentence."""
    return [u for a, b in sentence_spans(text) for u in _unsafe_in(text[a:b].strip())]


@cached_list  # a repair's body keeps most of its sentences: each is read once
def _unsafe_in(sentence: str) -> list[Unsafe]:
    """`find_unsafe` of one sentence."""
    found = []
    named: set[str] = set()  # one finding of each kind a sentence is enough
    for rule in RULES:
        if rule.name in named or not may_match(rule.pattern, sentence):
            continue
        for start, end in _matches(rule, sentence):
            if _DENIAL.search(sentence, 0, start):
                continue
            if rule.name == "advice" and _exempt(sentence, start, end, rule):
                continue
            if rule.name == "no_doctor" and _KEEPS_CARE.search(sentence[:start]):
                continue  # "Do not skip your check-ups", "Nobody should drop their visits"
            if rule.name == "advice" and directive.attributed(sentence, start):
                continue  # "The authors say ...": reported, not given
            if rule.reportable and directive.about_research(sentence, start):
                continue
            if rule.pattern in _REPORTABLE and stance.reported(sentence, start):
                continue
            found.append(Unsafe(rule, sentence[start:end].strip(), sentence))
            named.add(rule.name)
            break
    return found


# A telling-off before a dismissal of care turns it round: "Do not skip your check-ups".
_KEEPS_CARE = re.compile(
    r"\b(?:do not|don't|never|nobody|no one|should not|shouldn't|must not|mustn't)\b"
    r"(?: \w+){0,3} $",
    re.I,
)


# stances a study's people can hold and a summary report ("said the classes were worth keeping up")
_REPORTABLE = (stance.REASON, stance.WORTH)


def _matches(rule: Rule, sentence: str) -> list[tuple[int, int]]:
    """Where `rule` matches in `sentence` (start, end); an imperative only where a clause opens
    (the start, or after a colon, semicolon or dash: "The answer is simple: stop ...")."""
    if not rule.sentence_start:
        return [m.span() for m in caseless.finditer(rule.pattern, sentence)]
    found = []
    for start in stance.clause_starts(sentence):
        match = rule.pattern.match(sentence[start:])
        if match:
            found.append((start, start + match.end()))
    return found


def _exempt(sentence: str, start: int, end: int, rule: Rule) -> bool:
    """Advice that is negated, asked as a research question, or sends readers to their care
    team first."""
    if (rule.negatable and negated(sentence, start)) or _NUMBER_NEEDED.search(sentence):
        return True
    if any(q.start() <= start < q.end() + 20 for q in _QUESTION.finditer(sentence)):
        return True
    if stance.asked(sentence, start):
        return True
    if not rule.care_exempt:
        return False
    if _CARE_NEXT.match(sentence, end):
        return True
    return bool(_DEFER_TO_CARE.search(sentence))


def check_safety(summary: PlainSummary, source: Source | None = None) -> list[Finding]:
    """An error for each piece of advice to start, stop, switch or change a treatment, and for
    each sentence telling readers they do not need their doctor. With the `source`, a
    directive of the wider shapes (checks/safety_directives.py) that the paper gives itself
    ("progesterone should not be used") is the paper's conclusion reported, not advice of the
    summary's own; the older shapes stay errors whatever the paper says (applied to them, the
    paper's words excused real advice in two held-out sets)."""
    if source is None:
        return rule_findings(summary, CHECK, find_unsafe)

    def own(text: str) -> list[Unsafe]:
        return [
            u
            for u in find_unsafe(text)
            if not (u.rule.reportable and directive.paper_directs(source, u.sentence, u.words))
        ]

    return rule_findings(summary, CHECK, own)
