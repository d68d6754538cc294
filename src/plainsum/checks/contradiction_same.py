"""Whether two claims are about the same thing, as the contradiction check weighs it: the
words they share, a plain word for the paper's term counted as that term ("tiredness" for
"fatigue", plain_equivalents), a lay phrase for a term ("blood sugar" for "glucose"), a word's
root ("cyst" for "cystic"), and the names a claim's abbreviations stand for; but not a word of
another kind ("serious" and "specific" side effects) nor one that stands after another head
("fear of falling" is not about falls)."""

from __future__ import annotations

from functools import lru_cache

from ..evidence import PREFIX_CREDIT, stem
from ..memo import SIZE
from .claim_pairs import SAME_THING_WEIGHT, weight_needed
from .head_of import head_before
from .plain_equivalents import named_alike, named_by_phrase
from .polarity import Claim

MIN_ROOT = 4  # a stem this long that starts another is its root ("cyst" -> "cystic", "grow")


# Words that say how much of a thing there was, so that "the number of falls" is about falls;
# any other noun before "of" is the thing itself ("fear of falling" is about fear, "the cost
# of falls" about cost).
_HOW_MUCH = frozenset(
    stem(w)
    for w in """number rate risk incidence frequency occurrence level amount proportion
    percentage share odds chance likelihood prevalence count total episode case severity
    intensity score""".split()
)


def of_another_head(claim: Claim, text: str, other: Claim) -> bool:
    """Whether every word `claim` (said in `text`) shares with `other` stands after "<head>
    of" or "<head> about" (a word or two between) for a head `other` is not about ("reduced
    fear of falling" shares only "falling" with "cut the number of falls", "the cost of
    treating infections" only "infections"): then the two are about different things."""
    shared = [w for w in claim.words if stem(w.lower()) in other.about]
    if not shared:
        return False
    for word in shared:
        found = head_before(text, word)
        head = stem(found[0].lower()) if found else ""
        # "worried less about relapses": the verb before the comparison is what changed
        owned = bool(found and found[1]) or head in claim.about
        if not head or not owned or head in other.about or head in _HOW_MUCH:
            return False
    return True


@lru_cache(maxsize=SIZE)  # each pair of stems two claims set side by side, asked again and again
def same_root(a: str, b: str) -> bool:
    """Whether one stem starts the other ("grow"/"growth", "cyst"/"cystic"), or the two are a
    Latin verb and its noun, whose last "d" or "t" turns to "s" ("divid"/"divis" of "divided"
    and "division", "respond"/"respons", "admit"/"admiss")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= MIN_ROOT and short != long and long.startswith(short):
        return True
    return _verb_and_noun(a, b) or _verb_and_noun(b, a)


def _verb_and_noun(verb: str, noun: str) -> bool:
    """Whether stem `noun` is stem `verb` with its last "d" turned to "s" or its last "t" to
    "ss" ("includ"/"inclus", "omit"/"omiss"), on a root of at least MIN_ROOT letters."""
    root = verb[:-1]
    if len(root) < MIN_ROOT - 1 or not noun.startswith(root):
        return False
    ending = verb[-1:], noun[len(root) :]
    return ending in (("d", "s"), ("t", "ss"))


# Words that say which kind of a thing was counted: "serious side effects" are not "specific
# side effects", "long-term disability" not "short-term disability"; the way a medicine is
# given names another kind too: "inhaled corticosteroids" are not "oral corticosteroids".
_KIND = frozenset(
    stem(w)
    for w in """serious severe minor mild moderate specific major total overall short long
    early late acute chronic inhaled oral intravenous topical nasal subcutaneous
    intramuscular rectal vaginal""".split()
)


def _other_kind(a: Claim, b: Claim, k: str) -> bool:
    """Whether `a` and `b` name a different kind of the thing `k` ("serious" and "specific"
    adverse events), each with its own word for the kind."""
    mine, theirs = a.modifiers.get(k), b.modifiers.get(k)
    return bool(mine and theirs and mine != theirs and mine in _KIND and theirs in _KIND)


def shared_weight(a: Claim, b: Claim) -> float:
    """The weight of what `a` is about that `b` is about too: `b`'s own words, and the names
    its abbreviations and terms stand for, except a word of a name that `a` gives another
    modifier ("magnetic stimulation" is not the "nerve stimulation" of TENS, transcutaneous
    electrical nerve stimulation; "both proteins" may be the protein of PAPP-A)."""
    shared = 0.0
    plainly: set[str] = set()  # found by a plain word for it: not found again by a name
    for lay in lay_phrases(a, b):
        # "blood sugar" for "glucose", "high blood pressure" for "hypertension": the lay
        # phrase names the term as a whole, and weighs what the term weighs when it is all
        # the claim is about (as a plain word alone does, below)
        weight = sum(a.about[k] for k in lay)
        shared += max(weight, _term_weight(b, lay)) if len(lay) == len(a.about) else weight
        plainly.update(lay)
    for k, w in a.about.items():
        if k in plainly:
            continue
        if k in b.about:
            if not _other_kind(a, b, k):
                shared += min(w, b.about[k])
            continue
        alone = len(a.about) == 1
        plain = [v for s, v in b.about.items() if named_alike(k, s, glosses=alone)]
        if plain:  # "tiredness" for "fatigue", "night" for "nocturnal", "itching" for "pruritus"
            # a claim about the plain word alone names the paper's term: it weighs what the
            # term weighs ("More people died" is as telling as "mortality"), and the lay
            # glosses join it; beside other words it counts as itself ("heart rate" is not
            # "cardiac deaths"), and only the table's groups join it (a gloss's everyday kind,
            # "sores" for "wounds", would tie "healed more pressure sores" to "improving wound
            # healing" through a word the claim does not turn on)
            shared += max(w, max(plain)) if alone else min(w, max(plain))
            plainly.add(k)
            continue
        kin = [v for s, v in b.about.items() if same_root(k, s)]
        if kin:
            shared += PREFIX_CREDIT * min(w, max(kin))
    for name in b.stands_for:
        words = list(name)
        for k, w in a.about.items():
            if k not in name or k in b.about or k in plainly:
                continue
            at = words.index(k)
            theirs = words[at - 1] if at else None
            mine = a.modifiers.get(k)
            if mine and theirs and mine != theirs and mine not in name:
                continue
            shared += min(w, name[k])
    return shared


def lay_phrases(a: Claim, b: Claim) -> tuple[frozenset[str], ...]:
    """The lay phrases of several words in what `a` is about that name one word of what `b`
    is about (plain_equivalents.named_by_phrase), but for a phrase that says a kind ("long
    term" for "chronic": a kind of the thing, not the thing)."""
    found = named_by_phrase(frozenset(a.about), frozenset(b.about))
    return tuple(lay for lay in found if not lay & _KIND)


def _term_weight(b: Claim, lay: frozenset[str]) -> float:
    """The weight of the heaviest word of `b` that the lay phrase `lay` names."""
    return max((w for k, w in b.about.items() if named_by_phrase(lay, frozenset({k}))), default=0.0)


def same_thing(mine: Claim, theirs: Claim, *, loosely: bool = False) -> bool:
    """Whether `theirs` is about what `mine` is about: it shares enough of it
    (`weight_needed`), or, `loosely`, one rare word or two ("fatigue" of "fatigue in adults
    with MS")."""
    need = min(weight_needed(mine), SAME_THING_WEIGHT) if loosely else weight_needed(mine)
    return shared_weight(mine, theirs) >= need
