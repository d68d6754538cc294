"""What a direction word is said of, beyond its next few words: each item of a list after it
("no difference in relapses, disability scores or lesions"), the thing before a "with" phrase
("a reduction in pain with few side effects": pain), what changed rather than who had it
("patients improved on tests of memory"), and side effects by the paper's word for them
("adverse"). `polarity` builds its claims with these."""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_words, stem
from .polarity_words import POLARITY_STEMS, weighed

# "no difference in relapses, disability scores or brain lesions": a list of what the direction
# is said of, its items short and joined by commas, the last by "and" or "or".
_ITEM = r"[\w'’/-]+(?:\s+[\w'’/-]+){0,3}"
LIST_AFTER = re.compile(
    rf"[^,;:()]{{1,60}}?(?:,\s*{_ITEM}){{1,6}},?\s+(?:and|or|and/or)\s+{_ITEM}", re.I
)
NOT_AN_ITEM = re.compile(
    r"\b(?:was|were|is|are|had|has|have|did|does|do|not|but|which|who|whereas|while|than)\b",
    re.I,
)
LIST_REACH = 160
# "their memory and speed of thinking", "relapses, disability and lesions" (before "were
# lower"): a subject that is a list, each item said of itself
SUBJECT_LIST = re.compile(
    rf"(?:^|(?<=\s))(?:{_ITEM},\s*){{0,5}}{_ITEM},?\s+(?:and|or)\s+{_ITEM}\s*$", re.I
)
AN_ITEM_ITSELF = re.compile(r",\s*(?:(?:and|or)\s+)?(?:[\w'’/-]+\s+)?$")
# "more for A than B": items set against each other; not "more pain, fatigue and low mood than
# people on the drug", a list of what two groups are compared on
THAN_NEXT = re.compile(
    r"\s*,?\s+than\b(?!\s+(?:(?:in|with|among|on|for|after)\s+)?(?:the\s+)?(?:those|people|"
    r"patients|participants|women|men|children|adults|controls?|placebo|usual\s+care|"
    r"(?:\w+\s+)?group)\b)",
    re.I,
)
_NOUN_FORM = re.compile(r"\w+(?:ing|ment|ments|ion|ions)|decline|loss|rise|fall|drop|gain", re.I)


def item_of(sentence: str, matches: list[re.Match[str]], n: int) -> bool:
    """Whether direction `matches[n]`, a noun, is an item of a list that the direction before
    it is said of ("no effect on relapses, worsening of disability and lesions")."""
    gap = sentence[matches[n - 1].end() : matches[n].start()]
    return (
        bool(_NOUN_FORM.fullmatch(matches[n].group(0)))
        and (
            bool(_ITEM_GAP.fullmatch(gap))
            or bool(_NOUN_FORM.fullmatch(matches[n - 1].group(0)) and _NEXT_ITEM.fullmatch(gap))
        )
        and not NOT_AN_ITEM.search(gap)
    )


# the words between a list's direction and an item of it: up to a comma ("no effect on
# relapses, worsening of ..."), or, in a list of three or more, up to its last "and" or "or"
# ("similarly effective in viral suppression, preventing progression and reducing mortality")
_ITEM_GAP = re.compile(r"[^.;:()]*,\s*(?:(?:and|or)\s+)?|[^.;:()]*,[^.;:(),]*\s(?:and|or)\s+", re.I)
# from one item to the next ("... in pain, shortening stays and reducing deaths")
_NEXT_ITEM = re.compile(r"\s+(?:[\w'’/-]+\s+){1,3}(?:and|or)\s+", re.I)


ITEM_BREAK = re.compile(r",\s*(?:(?:and|or|and/or)\s+)?|\s+(?:and|or|and/or)\s+", re.I)

# "a reduction in pain with few side effects", "fewer relapses with the drug": what follows
# "with" is what it came with or from, not what changed.
_WITH_AFTER = re.compile(r"\s(?:with|without|alongside)\s", re.I)
# "people with MS", "participants with at least one relapse": a group, not what came with it
_GROUP_WITH = re.compile(
    r"\b(?:people|persons|participants|patients|women|men|children|adults|those|mice|rats|"
    r"subjects|individuals|infants|babies|animals|cells|number|proportion|percentage|share)\s*$",
    re.I,
)


def before_with(after: str) -> str:
    """What a direction word is said of, up to a "with" phrase that names what it came with
    ("a reduction in pain with tolerable side effects": pain)."""
    for found in caseless.finditer(_WITH_AFTER, after):
        head = after[: found.start()]
        if _GROUP_WITH.search(head):
            continue
        if any(stem(w) not in POLARITY_STEMS for w in content_words(head)):
            return head
        return after
    return after


# Who had a result (and when), not what changed: "patients improved on tests of memory, speed
# and ...", "afterwards they did worse on ...".
_WHO = frozenset(
    stem(w)
    for w in """patients participants people persons subjects individuals adults children women
    men mice rats animals they those volunteers users afterwards later then also finally
    overall again still now""".split()
)


def what_subject(subject: str) -> list[str]:
    """The content words of a subject that name what changed, not who had the change."""
    return [w for w in content_words(subject) if stem(w) not in _WHO]


SIDE_EFFECT = re.compile(r"\bside[- ]effects?\b", re.I)


def side_effects_as_adverse(words: list[str], window: str) -> list[str]:
    """`words` with "side" of "side effects" read as "adverse", the paper's word for them
    ("adverse events", "adverse effects"): "effects" itself names no thing."""
    if not SIDE_EFFECT.search(window):
        return words
    return ["adverse" if w.lower() == "side" else w for w in words]


# "People in the programmes grew more tired", "the mice were less active": a comparative said
# of people names a state of theirs, the outcome; said of a thing it grades the thing ("side
# effects were more common", "the drug was more effective", "symptoms were less severe").
# "there were fewer relapses", "evidence that there are more side effects": a direction after
# an existential "there is" is said of what follows it, not of the words before
EXISTENTIAL_BEFORE = re.compile(
    r"\bthere\s+(?:is|are|was|were|(?:has|have|had)\s+been|"
    r"(?:will|would|may|might|could|can|seems?\s+to|seemed\s+to|appears?\s+to|appeared\s+to)"
    r"\s+(?:have\s+)?be(?:en)?)(?:\s+(?:\w+ly|much|far|slightly|a\s+bit|a\s+little))*\s*$",
    re.I,
)


_PEOPLE = re.compile(
    r"\b(?:people|persons|patients|participants|adults|children|kids|women|men|girls|boys|"
    r"babies|infants|mice|rats|animals|volunteers|carers|caregivers|those|they|he|she|we)\b",
    re.I,
)
_STATE_AFTER = re.compile(
    r"\s+(?!(?:likely|unlikely|often|common|frequent|many|much|numerous|so|than)\b)"
    r"(?P<state>[a-z][a-z-]+)(?=\s*(?:[,.;:)]|$|\s+(?:than|and|or|but|over|after|during|at|in|"
    r"with|by|on|when|while|as|compared|across|throughout|afterwards|later|overall)\b))",
    re.I,
)


def state_of_people(sentence: str, at: int, said: str, subject: str) -> str | None:
    """The state a comparative at `at` says people were in more or less ("tired" in "people
    in the programmes grew more tired"), when its subject names people; else None."""
    if said.lower() not in ("more", "less") or not _PEOPLE.search(subject):
        return None
    found = _STATE_AFTER.match(sentence, at)
    return found.group("state") if found and content_words(found.group("state")) else None


# "a small fall in", "a clear rise in": a change named as a noun, its size before it
SIZED = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){1,2}$", re.I)

# "Fewer people on beta interferon saw their disability get worse", "More patients given the
# gel reported skin irritation", "Fewer mice treated with X developed paralysis": a direction
# that counts people (or animals) is said of what happened to them, after their verb; the
# treatment they had names who, not what changed.
_COUNTED_PEOPLE = re.compile(
    r"\s+(?:of\s+(?:the\s+)?)?(?:people|persons|patients|participants|women|men|children|"
    r"adults|babies|infants|mice|rats|animals|subjects|individuals)\b"
    r"(?P<arm>\s+(?:who\s+(?:were\s+given\s+)?\w+(?:\s+[^,;:.()]{1,50}?)?|(?:on|taking|given|"
    r"getting|receiving|using|treated\s+with|in\s+the)\s+[^,;:.()]{1,50}?))?"
    r"\s+(?P<verb>had|saw|reported|developed|needed|got|experienced|suffered|said|felt|died|"
    r"relapsed|used|became|stopped|left|showed|missed|lost|gained|made|went\s+on\s+to\s+\w+)\b"
    r"(?P<rest>(?:(?!\b(?:than|compared|versus|vs)\b)[^,;:.()])*)",
    re.I,
)


_OUTCOME_VERB = re.compile(r"died|relapsed", re.I)  # the verb is what happened; else only had it


def people_counted(
    sentence: str, end: int, reach: int
) -> tuple[list[tuple[list[str], str]], dict[str, float]] | None:
    """(what happened to them, as the one item a claim is about, and the treatment they had)
    when the direction word ending at `end` counts people ("Fewer people on X had Y": Y, X);
    else None. `reach`: the content words a claim may be about."""
    m = _COUNTED_PEOPLE.match(sentence, end)
    if not m:
        return None
    verb = m.group("verb")
    what = (verb + m.group("rest")) if _OUTCOME_VERB.fullmatch(verb) else m.group("rest")
    what = before_with(what)  # "died with metformin": what came with it is no outcome
    if not content_words(what):
        return None
    return [(content_words(what)[:reach], what)], weighed(content_words(m.group("arm") or ""))


# "APD did not differ from CAPD with respect to mortality, risk of peritonitis or hernias": a
# null whose outcomes are named after the things compared, each item said of itself
_OUTCOMES_NAMED = re.compile(
    r"^[^;:]{0,80}?\b(?:with\s+respect\s+to|with\s+regard\s+to|in\s+terms\s+of|regarding)\s+"
    r"(?P<list>[^;:]{1,300})",
    re.I,
)


# "were similarly effective in the use of rescue steroids and the rate of serious harms": what an
# effect said alike of two arms is measured on
_EFFECT_MEASURED_IN = re.compile(r"^\s+(?:in|for|at|on)\s+(?P<list>[^;:]{1,300})", re.I)
EFFECT_ALIKE = re.compile(r"(?:equally|similarly|as)\s+\w+", re.I)


def null_outcomes(text: str, effect_alike: bool = False) -> list[str]:
    """The outcomes a "no difference" names after "with respect to", "in terms of" or
    "regarding" in `text` (what follows it up to the next direction word), one per item of
    their list, or, for an effect said alike of two arms (`effect_alike`: "similarly
    effective"), after "in" or "for"; [] when it names none that way."""
    found = _OUTCOMES_NAMED.match(text) or (effect_alike and _EFFECT_MEASURED_IN.match(text))
    if not found:
        return []
    return [item for item in ITEM_BREAK.split(found.group("list")) if content_words(item)]
