"""Whether a result names what the authors' conclusion credits with the effect.

"Home-based balance training reduced falls in people with progressive MS" credits home-based
balance training; the result it rests on, "People had 62 falls during the training period and 101
during usual care", names a training period but not which training. Heading in the conclusion's
place, such a result is less clear than the conclusion ("what training? who?"): the clearer
sentence heads (`result_head.result_carries`). A result that names the same thing ("Balance
training at home cut falls by a third") may still head.
"""

from __future__ import annotations

import re

__all__ = ["agent_words", "names_the_agent"]

# The conclusion's subject, up to its verb of effect ("X reduced", "X did not improve", "X was
# linked with"); a subject longer than a name and its few words is no agent to look for.
_SUBJECT = re.compile(
    r"^(?P<subject>[A-Z][\w'-]*(?: [\w'-]+){0,7}?) (?:(?:significantly|clearly|modestly|"
    r"markedly|also) )?(?:reduced|improved|shortened|lowered|increased|raised|slowed|eased|"
    r"relieved|prevented|cut|decreased|lengthened|extended|delayed|protected|helped|worsened|"
    r"did not|does not|was (?:not )?(?:linked|associated|better|safe|effective)|were (?:not )?"
    r"(?:linked|associated|better|safe|effective)|led to|is (?:a |an )?(?:safe|effective))\b"
)
# Words of a subject that name no agent of their own.
_GENERIC = frozenset(
    "a an the of with and or in for to at on by from as its their this these that our "
    "people patients participants adults children persons ms multiple sclerosis treatment "
    "therapy intervention use daily oral once twice weekly".split()
)


def agent_words(conclusion: str) -> set[str] | None:
    """The words that name what `conclusion` credits with its effect, lower-cased; None when it
    opens with no subject before a verb of effect, or the subject names nothing of its own."""
    m = _SUBJECT.match(conclusion)
    if m is None or "," in m["subject"]:
        return None
    words = {w.lower() for w in re.findall(r"[\w'-]+", m["subject"])} - _GENERIC
    return words or None


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def names_the_agent(result: str, conclusion: str) -> bool:
    """Whether `result` names every word of what `conclusion` credits with its effect (by the
    word's first five letters: "training"/"trained"; a compound by any of its parts); True when
    the conclusion names no agent."""
    agent = agent_words(conclusion)
    if agent is None:
        return True
    said = {_stem(w.lower()) for w in re.findall(r"[\w']+", result)}
    # (a compound by any of its parts: "home-based" is named by "at home")
    return all(any(_stem(part) in said for part in w.split("-") if part) for w in agent)
