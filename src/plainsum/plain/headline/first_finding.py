"""The first of two findings one long sentence joins with "and": a shorter headline that stays
true.

"X is helpful in reducing seizures and can aid patients in becoming seizure-free" says two
things of one subject; the first, said alone, is still what the paper found, and the second is
left for the body. Only for a sentence too long to head whole, and only where the cut cannot
change what the first part says:

- the second part is a second predicate of the same subject: "and" followed by a verb of
  change or a modal with its verb ("and reduced", "and may improve"), never a noun ("and
  hospital admission": one outcome of a list);
- it runs to the end of the sentence and holds no comma, concession or grade ("but", "although",
  "the evidence is weak"): nothing in it may bear on the first part;
- it names no people and no place ("... in women with hand arthritis", "in humans"): a
  population said at the end may scope both parts, and a cut that drops it is false.
"""

from __future__ import annotations

import re

from ..finding import says_safe, states_finding
from ..wholeness import broken, finite
from .weighed import head_words

# Longer than a headline should be (the shape check's comfortable length): only such a
# sentence is offered its first finding alone.
LONG_WORDS = 25
MIN_WORDS = 8

_BASE = (
    "reduce improve increase decrease lower raise prevent help aid lead result slow delay "
    "shorten extend ease relieve worsen enhance boost restore protect promote"
).split()
_THIRD = [f"{v}s" for v in _BASE]
# "and may improve B", "and can significantly reduce B" (a modal with its verb), "and reduces
# B" (a present verb of the same subject); never "and increased B", "and lower B" or "and
# improving B": a past form, a bare form or an -ing form as often joins two things of one list
# ("associated with increased awareness and increased risk", "to avoid A and reduce B").
_SECOND = re.compile(
    r" and (?:(?:may|might|can|could|would|will) (?:also |further |[a-z]+ly )?"
    rf"(?:{'|'.join(_BASE)})|(?:also |probably |possibly )?(?:{'|'.join(_THIRD)}))\b[^,;:]*$",
    re.I,
)
# What in the second part may bear on the first, or scope both: a concession, a grade, a limit,
# a comparison, the people or the place; and a harm, which is never the lesser half of a
# finding ("has little if any benefit and causes an increase in the risk of stroke").
_BEARS = re.compile(
    r"\b(?:but|although|though|while|whereas|however|only|except|unless|evidence|certain\w*|"
    r"quality|data|studies|trials?|compar\w*|than|versus|vs|relative|people|patients|"
    r"participants|adults|children|infants|women|men|girls|boys|persons?|individuals|users|"
    r"humans|mice|rats|animals|cells|those|who|settings?|countries|hospitals?|risks?|harms?|"
    r"harmful|adverse|side|complications?|deaths?|mortality)\b",
    re.I,
)
# "patients" in "can aid patients in reaching X" is the object of the second claim, not a
# population: the word before "in"/"among"/"for" decides.
_OBJECT_PEOPLE = re.compile(
    r"^(?:(?:may|might|can|could|would|will) )?(?:help|aid)s? (?:patients|people) "
    r"(?=(?:in [a-z]+ing|to [a-z]+|[a-z]+)\b)",
    re.I,
)


def first_finding(sentence: str) -> str | None:
    """The first of two findings `sentence` joins ("X reduced A and may improve B" -> "X
    reduced A"), when the sentence is too long to head whole and the cut leaves the first
    finding as it was (see the module docstring); else None."""
    text = sentence.strip().rstrip(".")
    if head_words(text) <= LONG_WORDS:
        return None
    m = _SECOND.search(text)
    if m is None:
        return None
    second = m.group(0)[len(" and ") :]
    if _BEARS.search(_OBJECT_PEOPLE.sub("", second)):
        return None
    if finite(second.split(" ", 1)[-1]):
        return None  # "Drugs that reduce A and lower B improved C": the "and" is in the subject
    first = text[: m.start()].rstrip(" ,")
    if head_words(first) < MIN_WORDS or not finite(first) or broken(first + ".") is not None:
        return None
    if says_safe(first) or not states_finding(first):
        return None  # (what was safe is a side point; the finding is in the second part)
    return first
