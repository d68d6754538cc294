"""A second verb joined by 'and' that has lost its agreement with the subject (`and_agreement`,
used by plainsum.checks.fluency_agreement): "RX-41 promotes myelin repair in mice and support
testing ..." — the subject's verb takes -s, the verb after 'and' shares that subject and must
take it too ("and supports testing"). A cut that joined the first half of one sentence to the
second half of another leaves this, as does a rewrite that changed one verb.

Read only where nothing can give the bare verb a subject or a licence of its own between the
two verbs: no 'to' ("aims to reduce pain and improve sleep"), no relative or subordinate word
("cells that grow and divide", "when people walk and talk"), no modal or auxiliary, no 'help',
'make' or 'let' ("helps people stand and walk"), no second subject ("and they support"). The
bare word must be a common verb that takes an object straight after it (an article, a pronoun,
a possessive, a gerund or 'that'): "and sleep quality" is a noun, "and support to families" a
noun with its preposition. And the -s word must be the verb: one after an article or a
preposition is a noun ("the tests take ... and need"), as is one a verb follows ("the studies
describe ... and cover").

Returns the span, or None. A pure function; a few microseconds per sentence.
"""

from __future__ import annotations

import re

from ..plain.placed_verbs import RESEARCH_VERBS
from .verbs import AUX, VERBS, WORD

_VERBS = VERBS | RESEARCH_VERBS

# "promotes myelin repair in mice and support testing": the -s verb, what it governs, 'and',
# the bare verb and the word after it
_JOINED = re.compile(
    r"(?<![\w'’-])(?P<verb>[a-z]{3,}s)\s+(?:(?P<between>[^;:()]{1,80}?)\s+)?and\s+"
    r"(?P<bare>[a-z]{3,})\s+(?P<next>[a-z]+)"
)
# Words between the two verbs that give the bare verb a subject or a licence of its own.
_LICENCE = AUX | frozenset(
    """to who whom which that when where if while because as whether how than whereas but or
    nor and help helps helped make makes made let lets not they we you he she them i
    both either neither once after before since until unless so""".split()
)
# Words earlier in the clause that license a bare verb after 'and' ("can improve the changes
# and reduce ..."): the -s word is then a noun.
_LICENSED = re.compile(
    r"(?<![\w'’-])(?:to|can|could|may|might|will|would|should|must|do|does|did|help|helps|"
    r"make|makes|let|lets)(?![\w'’-])",
    re.I,
)
# What a verb's object opens with.
_OBJECT = frozenset("the a an this these those their its his her our your them it us that".split())
# Words before an -s word that make it a noun ("the tests", "of studies").
_NOUN_BEFORE = frozenset(
    """the a an of in for with and or to by on at from these those its their his her our your
    some many most all both few several such other known""".split()
)


def _base(word: str) -> str | None:
    """The bare verb of a third-person -s form ("promotes" -> "promote"), when it is a verb
    the gate knows (`checks.verbs`, `plain.placed_verbs`)."""
    if word.endswith(("ss", "us", "is")):
        return None
    for suffix, ends in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",))):
        if word.endswith(suffix):
            root = word[: -len(suffix)]
            for end in ends:
                if root + end in _VERBS:
                    return root + end
    return None


def and_agreement(sentence: str) -> str | None:
    """A verb's -s form, then 'and' and a bare verb with an object that shares its subject
    ("promotes repair and support testing"): the second verb lost its -s."""
    for m in _JOINED.finditer(sentence):
        if _base(m["verb"]) in (None, "help", "make", "let") or m["bare"] not in VERBS:
            continue  # "helps patients recover and improve ...": help's bare verbs
        if not (m["next"] in _OBJECT or m["next"].endswith("ing")):
            continue  # "and sleep quality", "and support for carers": a noun
        between = [w.lower() for w in WORD.findall(m["between"] or "")]
        if _LICENCE.intersection(between) or (between and between[0] in _VERBS):
            continue  # "the studies describe ... and cover": the -s word was the subject
        before = WORD.findall(sentence[: m.start()])
        if before and before[-1].lower() in _NOUN_BEFORE:
            continue
        clause = re.split(r"[,;:(]", sentence[: m.start()])[-1]
        if _LICENSED.search(clause):
            continue  # "can improve the changes and reduce the risk": the modal's two verbs
        return " ".join(w for w in (m["verb"], m["between"], "and", m["bare"]) if w)
    return None
