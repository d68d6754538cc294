"""A clause's finite verb found by its place, where the word is not one the fixed verb list in
`wholeness` knows. Authors write verbs no list holds ("We evaluate ...", "TIP60 acetylates
Sp1", "Chronic wounds constitute a serious burden", "These results unambiguously prove ..."),
and a whole sentence must not be called a fragment for it.

Each rule asks for the words a verb's place needs around it, so a noun phrase is not read as a
clause: a word after a subject pronoun ("we evaluate"); a verb's -s form after a noun and before
what it acts on ("TIP60 acetylates Sp1", never "reports of pain", "the study results" or "the
drug targets in the brain"); a verb's base form after a plural noun, or after two subjects
joined by "and", before its object ("the researchers review the", "cells secrete potassium");
a verb after an adverb of manner ("unambiguously prove"). The verbs are
those the gate knows (`checks.verbs`) and the research verbs below.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..memo import SIZE

# Verbs of research and biology the gate's list of common verbs lacks (base forms).
RESEARCH_VERBS = frozenset(
    """acetylate activate acquire alter amplify assemble attenuate bind cleave colocalize
    confer constitute contribute convert correlate couple deplete detect display disrupt
    elicit elucidate encode enhance ensure establish evaluate evoke exacerbate exceed exert
    exhibit express facilitate function generate govern harbor harbour impair impose induce
    inhibit initiate integrate interfere investigate localize maintain mediate migrate mimic
    modify modulate necessitate originate outperform phosphorylate potentiate precede
    predispose promote propagate recruit remodel render replicate reproduce restore retain
    reverse secrete sense signal span stabilize suppress sustain transmit underlie undergo
    upregulate downregulate yield classify demonstrate emphasize characterize conclude divide
    replenish diminish accumulate coincide drive distinguish halt blunt preserve""".split()
)
# Subjects a verb follows at once: the pronouns, and the researchers the drafter names for the
# paper's "we" ("The researchers used a laser", where "used" may also be a participle).
# Research verbs that are nouns as often ("a signal", "the yield"): never read as a verb after
# a noun phrase joined by "and" unless what they act on follows.
_ALSO_NOUNS = frozenset("function signal sense span yield display express reverse couple".split())
SUBJECTS = frozenset("we they i he she researchers authors investigators".split())
_DETERMINERS = frozenset("the a an this these those its their his her our each".split())
# Words that may stand between a subject and its verb without being either.
_BETWEEN = frozenset(
    """also further then now first here thus therefore still often all both not never only
    jointly together previously recently hereby herein thereby each""".split()
)
# A phrase these open ends on a noun, whatever follows it ("Among older adults the risk ...");
# after a noun they start a phrase, not an object ("the drug targets in the brain").
_OPENING_PREPOSITIONS = frozenset(
    """in on of for with by from during among despite unlike like across within through after
    before at to under over between into""".split()
)
# Words that open a clause that cannot stand alone ("the way that we ...", "if they ...").
_DEPENDENT = frozenset(
    """that which who whom whose than as if when because where whether while what how
    although though unless until since once whereas""".split()
)
# -ly words that are no adverbs of manner
_NOT_ADVERBS = frozenset(
    """early family daily weekly monthly yearly likely only italy assembly anomaly supply
    apply reply rely ally fly july""".split()
)
# Endings of -s words that are nouns or adjectives, never a verb's -s form.
_NOT_VERB_S = ("ss", "us", "is", "ous", "ics", "'s", "’s", "ies'")
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\w.,%-]*")
_NUMBER = re.compile(r"^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|several)$)")
_VERB_SUFFIX = re.compile(r"\w{3,}(?:ise|ize|ify|ate)$")


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[str], frozenset[str]]:
    """The gate's function words and common verbs (imported late: the gate's verb module
    imports `wholeness`, which imports this one)."""
    from ..checks import verbs

    return verbs.FUNCTION | verbs.PREPOSITION | verbs.DETERMINER | verbs.AUX, verbs.VERBS


def _base_verb(word: str) -> bool:
    """Whether `word` is the base form of a verb the gate or this module knows."""
    return word in RESEARCH_VERBS or word in _gate_words()[1] or bool(_VERB_SUFFIX.match(word))


def _s_form(word: str) -> bool:
    """Whether `word` is a verb's third-person -s form ("acetylates", "classifies")."""
    if not word.endswith("s") or word.endswith(_NOT_VERB_S) or len(word) < 4:
        return False
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(_base_verb(stem) for stem in stems)


def _plural_ending(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_VERB_S)


def _clause_start(cut: list[bool], i: int) -> int:
    """Where the clause holding word `i` starts: its last comma, colon or semicolon."""
    while i > 0 and not cut[i]:
        i -= 1
    return i


def _adverb(word: str) -> bool:
    return word in _BETWEEN or (len(word) > 4 and word.endswith("ly") and word not in _NOT_ADVERBS)


def _plural_noun(word: str) -> bool:
    function = _gate_words()[0]
    return _plural_ending(word) and word not in function and not _NUMBER.match(word)


def _count(word: str) -> bool:
    """A number that counts what follows ("two reports"), not a year ("2018 classifies")."""
    return bool(_NUMBER.match(word)) and not re.fullmatch(r"(?:19|20)\d\d", word)


@lru_cache(maxsize=SIZE)
def placed_verb(text: str) -> bool:
    """Whether `text` (one clause or sentence, brackets taken out) holds a finite verb that its
    place shows: see the module's rules."""
    function = _gate_words()[0]
    matches = list(_WORD.finditer(text))
    words = [m.group(0).lower() for m in matches]
    # a comma, colon or semicolon between two words: no verb reads across it
    cut = [
        not i or bool(re.search(r"[,;:]", text[matches[i - 1].end() : m.start()]))
        for i, m in enumerate(matches)
    ]
    for i, word in enumerate(words):
        if i == 0 or cut[i] or word in function or _NUMBER.match(word):
            continue
        j = i - 1  # the word before, past any adverbs between a subject and its verb
        while j > 0 and _adverb(words[j]) and not cut[j + 1]:
            j -= 1
        before = words[j]
        after = words[i + 1] if i + 1 < len(words) and not cut[i + 1] else ""
        if before in SUBJECTS and (j == 0 or cut[j] or words[j - 1] not in _DEPENDENT):
            return True  # "We evaluate the effect ...", "Here we identify ..."
        if word == "consists":
            return True  # the one common verb that takes "of"
        if not after or after in ("of", "and", "or"):
            continue  # "changes in patient reports of pain", "the study results."
        upper = matches[i].group(0)[:1].isupper()
        clause = words[_clause_start(cut, i) : i]
        if (
            _plural_ending(word)
            and not upper
            and before not in function
            and after in _DETERMINERS
            and (not clause or clause[0] not in _OPENING_PREPOSITIONS)
        ):
            return True  # "one daughter replenishes the pool": a noun, an -s word, its object
        if (
            (after in _DETERMINERS or word in RESEARCH_VERBS - _ALSO_NOUNS)
            and _base_verb(word)
            and not upper
            and before not in function
            and "and" in clause[1:-1]
            and clause[0] not in function
        ):
            return True  # "Cell recruitment and inflammation promote cyst growth"
        if (
            _s_form(word)
            and not upper
            and before not in function
            and not _count(before)
            and after not in _OPENING_PREPOSITIONS
        ):
            return True  # "TIP60 acetylates Sp1", "the guideline classifies these ..."
        if _base_verb(word) and not upper and _plural_noun(before):
            return True  # "The researchers review the ...", "cells secrete potassium"
        if (
            j == i - 1
            and _adverb(before)
            and before not in _BETWEEN
            and (_base_verb(word) or _s_form(word))
            and (i < 2 or words[i - 2] not in function)
        ):
            return True  # "These results unambiguously prove ..."
    return False
