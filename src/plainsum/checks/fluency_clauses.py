"""Fluency rules on clauses a cut left without a part (used by plainsum.checks.fluency_grammar,
which lists them with its other rules); judged by which word may stand where:

- cut_object: a verb straight after its subject, then a comma and a new noun phrase ("They
  tracked, a family of fats"): the verb's object was cut
- verbless_relative: a 'who' clause, or a ', which' clause, with no verb of its own ("people
  who for more than 15 years on average."): the clause's verb was cut
- no_main_verb: a sentence whose subject carries a relative clause, with no verb left for the
  main clause ("People who napped for longer more likely to have diabetes."): the main verb
  was cut
- modal_break: a modal straight before a determiner ("the drug may little or no difference"):
  the verb after the modal was cut

Each returns the offending span, or None.
"""

from __future__ import annotations

import re

from .verbs import AUX, IRREGULAR, WORD, has_verb

# --- a verb that lost its object ------------------------------------------------------------

# "They tracked, a family of fats found in cells.": a verb that opens the sentence after its
# subject, then a comma and a new noun phrase; the object between them was cut (an aside after
# the comma, "They found, however, that ...", opens with no article).
_CUT_OBJECT = re.compile(
    r"^[\"'“‘(]*(?:They|We|He|She|Researchers|Scientists|Reviewers|The (?:researchers|reviewers|"
    r"authors|team|scientists|doctors))\s+(?P<verb>[a-z]{3,}ed|found|took|gave|made|saw|chose|"
    r"measured|used)\s*,\s+(?:a|an|the)\s"
)


def cut_object(sentence: str) -> str | None:
    """A verb straight after its subject, then a comma and an article: its object was cut."""
    m = _CUT_OBJECT.match(sentence)
    return f"{m['verb']}," if m else None


# --- a relative clause with no verb -------------------------------------------------------

# "who" (or ", which") opens a clause that needs its own verb before the next comma or stop.
# A clause ends at the next 'who' too ("... than those who the placebo": a second clause).
_RELATIVE = re.compile(
    r"(?:(?<![\w'’-])who|,\s+which)\s+(?P<clause>(?:(?!(?<![\w'’-])who(?![\w'’-]))[^,;:()–—])+?)"
    r"\s*(?:[,;:(]|(?=(?<![\w'’-])who(?![\w'’-]))|$)"
)
# ", which." ends a sentence with an empty clause ("who got which." is whole: no comma).
_BARE_WHICH = re.compile(r",\s*which\s*[.!]\W*$", re.I)
MIN_CLAUSE_WORDS = 3  # "who else", "which one": too short to judge


def verbless_relative(sentence: str) -> str | None:
    """A 'who' or ', which' clause with no verb before its comma or the end ("14 people who
    for more than 15 years on average.")."""
    bare = _BARE_WHICH.search(sentence)
    if bare:
        return bare.group(0).strip(" .!?")
    for m in _RELATIVE.finditer(sentence):
        clause = m["clause"].rstrip(" .!?")
        words = WORD.findall(clause)
        if words and words[0].lower() in _OWN_SUBJECT:
            # "those who the placebo": the clause names its own subject ("who the doctors
            # treated"), and its verb must follow that subject
            verbless = len(words) >= 2 and not has_verb(clause)
        else:
            verbless = len(words) >= MIN_CLAUSE_WORDS and not has_verb("they " + clause)
        if verbless:
            return m.group(0).strip(" ,;:(").rstrip(".!?")
    return None


# Words that open a noun phrase: a relative clause opening with one has a subject of its own.
_OWN_SUBJECT = frozenset("the a an this that these those their its his her our my".split())


# --- a subject with a relative clause, and no main verb -------------------------------------

# "People who napped for longer more likely to have diabetes.": the subject's own clause has a
# verb ("napped"), but nothing after it is the main clause's verb. An infinitive ("to have")
# is no finite verb; a word after a frequency adverb is ("People who smoke often tire ...").
_SUBJECT_RELATIVE = re.compile(
    r"^[\"'“‘(]*(?P<subject>(?:[A-Z][\w'’-]*|\d{1,3}(?:,\d{3})+|\d+)(?:\s+[\w'’-]+){0,5}?)\s+"
    r"(?P<rel>who|that)\s+(?P<rest>.+)$"
)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_INFINITIVE = re.compile(r"(?<![\w'’-])to\s+[A-Za-z][\w'’-]*")
_FREQUENCY = frozenset(
    """often usually sometimes still also never always generally rarely mostly then later
    again already once each both all""".split()
)
_NOT_SUBJECT_HEAD = frozenset(
    """in on at for with from by after before when while although though because if as since
    until unless once where whereas whether how what it this there here so such thus yet
    despite during among between of to into through under over within without across against
    about like unlike per via upon beyond besides""".split()
)
_ENDS_STATED = re.compile(r"[.!]\W*$")


def no_main_verb(sentence: str) -> str | None:
    """A sentence that opens with a subject and its 'who'/'that' clause, with no verb left for
    the main clause after the clause's own verb; the subject and 'who' as the span."""
    if not _ENDS_STATED.search(sentence):
        return None
    m = _SUBJECT_RELATIVE.match(sentence.strip())
    if not m:
        return None
    subject = m["subject"]
    if (
        subject.split()[0].lower() in _NOT_SUBJECT_HEAD
        or has_verb(subject)
        or "," in _THOUSANDS.sub("", subject)
    ):
        return None
    words = WORD.findall(m["rest"])
    first_verb = next(
        (k for k in range(len(words)) if has_verb("they " + " ".join(words[: k + 1]))), None
    )
    if first_verb is None:
        return None  # the clause itself has no verb: verbless_relative's business
    rest = WORD.findall(_INFINITIVE.sub("", " ".join(words[first_verb + 1 :])))
    lower = [w.lower() for w in rest]
    if (
        len(rest) < 2
        or {"who", "which", "that", "whom", "whose"} & set(lower)
        or any(w in _FREQUENCY for w in lower[:-1])
        or any(w in AUX or w in IRREGULAR for w in lower)
        or has_verb(" ".join(rest))
    ):
        return None  # a second clause, or a verb for the main clause
    return f"{subject} {m['rel']}"


# --- a modal, or a comparison, with its next part cut ----------------------------------------

# "may little or no difference", "could the risk": a modal needs a verb (or an adverb) next; a
# determiner there means the verb was cut. Not "the will of", "a can of", "free will" (a noun
# after a determiner), "May" (the month), "may no longer", a question ("Can a drug ...?") or a
# list ("can a) help ...").
_MODAL_BREAK = re.compile(
    r"(?<![\w'’-])(?P<modal>may|might|can|could|will|would|should|must|shall)\s+"
    r"(?:the|a|an|little|no(?!\s+longer\b)|few|fewer|their|its|this|these|those|his|her|our|"
    r"many)(?![\w'’)-])"
)
_NOUN_BEFORE = re.compile(
    r"(?:^|\W)(?:a|an|the|their|his|her|its|our|your|free|own|of|against|good|ill|one|all|"
    r"with)\s+$",
    re.I,
)


def modal_break(sentence: str) -> str | None:
    """A modal straight before a determiner: the verb after the modal was cut."""
    if sentence.rstrip().endswith("?"):
        return None
    for m in _MODAL_BREAK.finditer(sentence):
        if not _NOUN_BEFORE.search(sentence[: m.start()]):
            return m.group(0)
    return None
