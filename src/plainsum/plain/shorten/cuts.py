"""Cuts at a clause boundary: a trailing clause, an aside, the second of two things said, a name
given after a description, the long name of cells."""

from __future__ import annotations

import re

from ..wholeness import finite
from .meaning import KEEPS_MEANING

# What may trail the main clause and go: a clause or phrase after a comma or a semicolon.
_TRAILING = re.compile(
    r"(?:;\s+|,\s+(?=(?:which|suggesting|indicating|implying|as|while|whereas|although|"
    r"though|including|such as|especially|particularly|notably|independent(?:ly)? of|"
    r"regardless of|irrespective of|in line with|consistent with|in keeping with|"
    r"compared (?:with|to)|relative to|in contrast to|and (?:this|these|that|it|they)|"
    r"thereby|thus|leading to|resulting in|possibly|probably|likely|similar to|through|via)\b"
    # an absolute phrase: ", with the sigma factors acting as the key regulators"
    r"|with (?:the |a |an |its |their )?[\w-]+(?: [\w-]+){0,3} (?:acting|being|playing|serving|"
    r"taking|working|remaining)\b))",
    re.I,
)


# Tails that only say how big an effect was, why the evidence falls short, on what it was
# judged, or that it held either way: the claim before them is the same claim without them. Their
# words of meaning ("limited", "whether") bear on the tail alone, so only a negation, a hedge or
# a limit in them blocks the cut.
SAFE_TAIL = re.compile(
    r"(?:,\s+with (?:an? |the )?(?:average|mean|median|overall|pooled|estimated) "
    # that other measures went alike: "X are of equivalent effect for Y, with comparable rates
    # of A and B" (the claim is the same without them)
    r"|,\s+with (?:similar|comparable) (?:rates?|levels?|numbers?|frequenc(?:y|ies)|scores?) of "
    r"|\s+(?:due to|because of|owing to) (?:the |an? )?(?:absence|lack|paucity|scarcity|"
    r"small (?:number|size)|limited (?:number|amount)|low (?:number|quality)|poor quality) of "
    r"|\s+(?:due to|because of|owing to) (?:the )?(?:variation|differences|heterogeneity) in "
    r"|\s+on the basis of (?:the )?(?:present|available|current|existing) (?:evidence|data)$"
    r"|,\s+based on (?!(?:this|these|the (?:present|available|current))\b)"
    r"|,\s+whether (?:measured|assessed|judged|rated|reported|given) (?:by|as|with|in) [^,;]+"
    r" or "
    # how sure the evidence is about another outcome: "X probably reduces deaths at 30 days,
    # while the evidence is very uncertain about deaths at 120 days" (never "about this")
    r"|,\s+(?:while|whereas) (?:the )?evidence (?:is|was|remains) (?:very )?(?:uncertain|unclear)"
    r" (?:about|for|on|regarding) (?!(?:this|these|that|it|its|their|such|the same)\b)"
    # what is still open about it, as a clause of its own: "X gives a small short-term gain in
    # function; whether it changes long-term outcomes is uncertain" (X is said whole before it)
    r"|;\s+whether (?:it|they|this|these|the [\w-]+) [^;]{3,80} (?:is|are|remains?) (?:still )?"
    r"(?:uncertain|unclear|unknown)$"
    # how it works, said after what it does: "X controls how well Salmonella invades gut cells,
    # through a small RNA that acts after the gene is read" (X still controls it)
    r"|,\s+(?P<how>(?:acting )?(?:through|via|by way of|by means of|mediated by)) )[^;]*$",
    re.I,
)
_TAIL_BEARS = re.compile(
    r"\b(?:not|no|nor|never|none|without|may|might|could|only|except|unless|but|however|"
    r"(?<!control )(?:people|patients|participants|adults|children|women|men|mice|rats|animals?|"
    r"cells?))\b",
    re.I,
)


def without_safe_tail(text: str) -> list[str]:
    """`text` without a tail that only sizes, explains or qualifies the claim either way
    (`SAFE_TAIL`), when the tail holds no negation, hedge, limit or population."""
    m = SAFE_TAIL.search(text)
    if m is None or _TAIL_BEARS.search(m.group(0)) or len(text[: m.start()].split()) < 5:
        return []
    if m["how"] and _CAN_BE_DONE.search(text[: m.start()]):
        return []  # "Better sleep can be reached, through a fixed bedtime": how is the point
    return [text[: m.start()]]


# What can be done, said before how: "can be reached", "may be prevented".
_CAN_BE_DONE = re.compile(r"\b(?:can|could|may|might|must|should|will) be \w+(?:ed|en)\b", re.I)


# A closing tail that stresses where the claim holds most, or that it holds even so: "X are
# effective for Y, particularly when used for more than 15 weeks", "X probably reduces Y, even
# when the stent stays in only briefly". The claim before it is the authors' own for all, so it
# is true without the tail (never "even though", a concession; never a tail that bounds the
# claim: "only", "except", "but not ...", "unless").
EMPHASIS_TAIL = re.compile(
    r",\s+(?:(?:and |most )?(?:particularly|especially|notably)|in particular|even)"
    r" (?:when|if|in|among|with|at|for|after|before|during|where|on|as|those|over)\b[^;]*$",
    re.I,
)
_EMPHASIS_BEARS = re.compile(
    r"\b(?:not|no|nor|never|none|only|except|unless|but|however|whereas|while|although|though|"
    r"yet|rather|instead)\b|[,;:]",
    re.I,
)


def without_emphasis(text: str) -> list[str]:
    """`text` without a closing tail that stresses where its claim holds most or that it holds
    even so (`EMPHASIS_TAIL`), when the tail is one phrase that bounds nothing and the claim
    before it has a verb and five words or more."""
    m = EMPHASIS_TAIL.search(text)
    if m is None or _EMPHASIS_BEARS.search(m.group(0)[1:]):
        return []
    head = text[: m.start()]
    return [head] if len(head.split()) >= 5 and finite(head) else []


_AND = re.compile(r",? and (?!then\b)")
_MODAL = re.compile(r"\b(?:may|might|can|could|will|would|did not|does not|do not)\b", re.I)
_BASE_VERB = re.compile(
    r"(?:increase|reduce|improve|lower|raise|prevent|help|cause|slow|delay|shorten|lengthen|"
    r"protect|decrease|ease|relieve|worsen|change|affect|lead|result|boost|cut|stop|speed|"
    r"promote|block|restore|enhance|impair|alter|shift|make|keep|give|offer|provide)$",
    re.I,
)
# A head that ends in the middle of a list: ", impairments" after a comma, with no verb.
_LIST_END = re.compile(r",\s+(?:[\w'-]+\s+){0,2}[\w'-]+$")
_CLOSED = re.compile(r",\s+(?:and|or)\b")  # "A, B, and C": the list ends before the "and"
_COMPARATOR = re.compile(r"[,;]\s+(?:compared|relative|versus|vs|in contrast|similar)\b", re.I)
_COMPARATIVE = re.compile(
    r"\b(?:more|less|fewer|greater|better|worse|higher|lower|larger|smaller|longer|shorter|"
    r"superior|inferior|faster|slower|stronger|weaker|\w+er than)\b",
    re.I,
)


CALLED = re.compile(
    r"(?P<what>\b[a-z][\w-]* (?:protein|gene|molecule|enzyme|receptor|cells?))"
    r",? (?:called|named|known as) [^,;]+?(?=,|;|$| (?:than|in|to|and|that)\b)"
)
IN_CELLS = re.compile(
    r"\bin (?P<kind>(?:(?:human|mouse|rat|animal) )?)(?:[\w-]+ ){1,4}cells$", re.I
)


# The authors' reading of what the clause before it found, and a name given to it: ", a
# mechanism called molecular mimicry, which may help explain the link between X and Y". Its hedge
# bears on that reading alone; the clause before it is the finding, asserted as it was.
_NAMED = (
    r",\s+(?:a|an) (?:[\w-]+ )?(?:mechanism|process|phenomenon|pathway|effect|pattern) "
    r"(?:called|known as|termed|named) [^,;]{2,60}"
)
_READING = re.compile(
    rf"(?:{_NAMED})?,\s+which (?:may|might|could) (?:help )?(?:explain|account for|underlie|"
    r"contribute to)\b[^;]*$",
    re.I,
)


def without_reading(text: str) -> str:
    """`text` without a trailing reading of its finding (`_READING`), if it has one."""
    m = _READING.search(text)
    return text[: m.start()] if m else text


def main_parts(text: str) -> list[str]:
    """`text` cut before each trailing clause it has, longest first; a cut that drops a word
    of meaning stops the list (what follows it would drop that word too)."""
    out: list[str] = []
    head = without_reading(text)
    if head != text and len(head.split()) >= 5:
        out.append(head)
    for m in reversed(list(_TRAILING.finditer(text))):
        head, tail = text[: m.start()], text[m.start() :]
        if KEEPS_MEANING.search(tail) or len(head.split()) < 5:
            continue
        if tail.startswith(";") and (";" in head or not finite(tail)):
            continue  # a list set out with semicolons, not a second clause
        if _COMPARATOR.match(tail) and _COMPARATIVE.search(head) and " than " not in head:
            continue  # "more, compared with Y": the comparison needs what it compares with
        if re.match(r",\s+(?:through|via)\b", tail) and (
            "," in head or re.search(r"\b(?:be|been|is|are|was|were)\s+\w+ed$", head)
        ):
            continue  # "can be exerted, ..., through Y": how it works is the finding
        list_end = _LIST_END.search(head)
        if list_end and not finite(list_end.group(0)):
            continue  # "for walking, balance, as well as X": a list cut in two
        out.append(head)
    return sorted(set(out), key=lambda t: -len(t))


# An aside set off by commas that singles out part of the subject before its verb: "Exercise,
# and particularly endurance training, may reduce tiredness" -> "Exercise may reduce tiredness"
# (the claim about the whole subject is the authors' own).
ASIDE = re.compile(
    r",\s+(?:and |but )?(?:particularly|especially|notably|in particular|mainly|chiefly)\s+"
    r"[^;:.]{1,80}?,\s+(?=(?:may|might|can|could|will|would|is|are|was|were|did|does|do|"
    r"has|have|had)\b)",
    re.I,
)


# What an aside may not hold for it to go: a negation, a hedge, a limit ("X, particularly
# when not given early, may ...") or a population bears on the claim; a list of kinds does not.
_ASIDE_BEARS = re.compile(
    r"\b(?:not|no|never|without|only|except|unless|may|might|could|people|patients|"
    r"participants|adults|children|women|men|mice|rats|animals?|cells?)\b",
    re.I,
)


def without_aside(text: str) -> list[str]:
    """`text` without an aside that singles out part of its subject (`ASIDE`), when the aside
    holds no negation, hedge or limit."""
    m = ASIDE.search(text)
    if m is None or _ASIDE_BEARS.search(m.group(0)):
        return []
    return [f"{text[: m.start()]} {text[m.end() :]}"]


def first_of_two(text: str) -> list[str]:
    """The first of two things said of one subject with "and" ("X lowered A and raised B" ->
    "X lowered A"), when the part after "and" is a verb phrase holding no word of meaning."""
    out: list[str] = []
    for m in _AND.finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        if KEEPS_MEANING.search(tail) or len(head.split()) < 5 or not finite(head):
            continue
        last = head.split()[-1]
        if len(tail.split()) < 3 or finite(last) or last.lower().endswith(("ed", "ing")):
            continue  # "were defined and reported poorly": the words after "and" are shared
        if "," in head and finite(head.rsplit(",", 1)[1].split()[0]):
            continue  # "were reduced for A, were B, and showed C": a list of three, never two
        list_end = _LIST_END.search(head)
        if list_end and not finite(list_end.group(0)) and not _CLOSED.match(list_end.group(0)):
            continue  # "lowered rates of A, B, C and use of D": the "and" closes a list
        first = tail.split()[0]
        verb_phrase = finite(first) or (
            _MODAL.search(head) is not None and _BASE_VERB.match(first) is not None
        )
        if verb_phrase:  # never a clause of its own: "and it was also lower after" may be the point
            out.append(head)
    return out


# A second claim about a subject of its own, after ", and", ", while" or ", whereas": "Carbon
# braces may cut effort, and leather braces may raise speed, while plastic ones may make little
# difference" -> "Carbon braces may cut effort". The first claim holds without it. Never a
# subject that points back or bounds the first claim ("and the effect may not last", "while
# this", "and it"), a count ("and both"), or a "there is" clause ("and there is no evidence").
SECOND_CLAIM = re.compile(
    r",\s+(?:and|while|whereas) (?!(?:the|this|these|that|those|it|its|they|their|them|such|"
    r"both|all|none|neither|no|there|only|but|each|either|any|most|some|many|few|other|"
    r"others|also|then|thus|so|in|at|on|for|with|when|if|as)\b)[A-Za-z][\w-]*(?: [\w-]+){0,3} "
    r"(?:may|might|can|could|did|does|do|were|was|is|are|had|has|have|showed|seemed|appeared)"
    r"\b[^;]*$"
)


def first_claim(text: str) -> list[str]:
    """`text` without a second claim about a subject of its own (`SECOND_CLAIM`), when the first
    has a verb of its own and five words or more."""
    m = SECOND_CLAIM.search(text)
    if m is None:
        return []
    head = text[: m.start()]
    if len(head.split()) < 5 or not _HEAD_VERB.search(head):
        return []  # "Analyses by age, sex, and use of X did not differ": the list is the subject
    return [head]


# The first claim's own verb: a hedge, as in the authors' conclusions this cut is for ("X may
# help, and Y may ..."). Not "performed" or "showed", which may be a participle in a list that
# is the subject of the verb after it; not "was linked with", "there is", whose second claim
# is as often the main one ("X was linked with harms, and ..." after "But").
_HEAD_VERB = re.compile(r"\b(?:may|might|can|could)\b", re.I)


# A second statement of how sure the evidence is, about another question, run on after the
# first with ", and" and no verb of its own: "Moderate evidence suggests X does not prevent
# back pain, and conflicting evidence whether X helps beside other treatments" -> its first.
SECOND_GRADE = re.compile(
    r",\s+and (?:(?:also|only|no|some|little|limited|conflicting|inconsistent|mixed|"
    r"insufficient|weak|strong|good|(?:very )?low|moderate|high)(?:[- ](?:certainty|quality))? )?"
    r"evidence (?:that|whether|for|of|about|on|to)\b[^;]*$"
    # a grade named as a certainty needs no comma before it: "X than smokers and very low- to
    # moderate-certainty evidence of higher exposure than Y"
    r"|\s+and (?:very )?(?:low|moderate|high)(?:-?\s?to\s(?:very )?(?:low|moderate|high))?"
    r"[- ](?:certainty|quality) evidence (?:that|whether|for|of|about|on|to)\b[^;]*$",
    re.I,
)


def first_grade(text: str) -> list[str]:
    """`text` without a second graded statement about another question (`SECOND_GRADE`), when
    the first has a verb of its own and five words or more."""
    m = SECOND_GRADE.search(text)
    if m is None:
        return []
    head = text[: m.start()]
    return [head] if len(head.split()) >= 5 and finite(head) else []


# A call for more research after a claim that hedges itself: "Acupuncture may help X, but
# further trials are needed" -> "Acupuncture may help X". The claim keeps its own hedge; what
# research should come next is no part of what was found.
RESEARCH_TAIL = re.compile(
    r",\s+(?:but|and|although|though|while|whereas)\s+(?:[\w-]+\s+){0,4}(?:research|trials?|"
    r"studies|RCTs|evidence|data|work)\b[^;]*?\b(?:is|are) (?:still |urgently |also )?"
    r"(?:needed|required|warranted)\b[^;]*$",
    re.I,
)


def without_research_call(text: str) -> list[str]:
    """`text` without a trailing call for more research (`RESEARCH_TAIL`), when the claim
    before it hedges itself and keeps five words or more."""
    m = RESEARCH_TAIL.search(text)
    if m is None:
        return []
    head = text[: m.start()]
    if _NO_CLAIM.match(head):
        return []  # "There is not enough evidence to draw conclusions": about what, it needs
    return [head] if len(head.split()) >= 5 and _TENTATIVE.search(head) else []


# A claim offered as likely, by a hedge of its own, its frame or its grade ("X may help",
# "Limited data suggest that X"): never "not enough evidence", "unclear", which say no claim.
_TENTATIVE = re.compile(
    r"\b(?:may|might|could|possibl\w*|probabl\w*|perhaps|likely|appear\w*|seem\w*|potential\w*|"
    r"suggests?|suggested|limited|weak|(?:very )?low[- ](?:quality|certainty))\b",
    re.I,
)
# How much evidence there is, with no claim it is about: "There is weak evidence".
_NO_CLAIM = re.compile(
    r"^(?:There (?:is|are|was|were)|(?:The )?(?:current |available )?(?:evidence|data) "
    r"(?:is|are|was|were))\b(?!.*\b(?:that|for|of|about|on)\b)",
    re.I,
)
