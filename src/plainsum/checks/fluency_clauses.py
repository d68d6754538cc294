"""Fluency rules on clauses a cut left without a part (used by plainsum.checks.fluency_grammar,
which lists them with its other rules); judged by which word may stand where:

- cut_object: a verb straight after its subject, then a comma and a new noun phrase ("They
  tracked, a family of fats"): the verb's object was cut
- verbless_relative: a 'who' clause, or a ', which' clause, with no verb of its own ("people
  who for more than 15 years on average."): the clause's verb was cut
- no_main_verb: a sentence whose subject carries a relative clause, with no verb left for the
  main clause ("People who napped for longer more likely to have diabetes.", "In this study,
  people whose ulcers had not healed for a year more likely to ..."): the main verb was cut
- verbless_main: a sentence that opens with a 'when' or 'if' clause, with no verb in the main
  clause after it ("When they removed the gene, the cysts at all."): the main verb was cut
- modal_break: a modal straight before a determiner ("the drug may little or no difference"):
  the verb after the modal was cut

Each returns the offending span, or None.
"""

from __future__ import annotations

import re

from .verbs import AUX, FUNCTION, IRREGULAR, WORD, has_verb, verb_or_past

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
    r"(?P<rel>who|that|whose)\s+(?P<rest>.+)$"
)
# "In this study, people whose ulcers had not healed for three months.": a short opening phrase
# set off by a comma, before the subject
_OPENING_PHRASE = re.compile(
    r"^(?:In|At|For|During|Over|After|Before|Across|Among|Of|From) (?:[\w'’-]+ ){0,4}?"
    r"[\w'’-]+, (?=[a-z])"
)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
# an infinitive ("to break"): no finite verb; put as a preposition, so that its object is read
# as a noun ("likely to stop work" as "likely of work", not "work" as a verb)
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
_GROUP_ADVERBS = frozenset("not never ever yet also been be being still fully".split())


def no_main_verb(sentence: str) -> str | None:
    """A sentence that opens with a subject and its 'who'/'that'/'whose' clause (after a short
    opening phrase such as "In this study,"), with no verb left for the main clause after the
    clause's own verb group; the subject and 'who' as the span."""
    if not _ENDS_STATED.search(sentence):
        return None
    text = sentence.strip()
    opening = _OPENING_PHRASE.match(text)
    if opening and not any(w.lower() in AUX for w in WORD.findall(opening.group(0))):
        text = text[opening.end() :]
    m = _SUBJECT_RELATIVE.match(text[:1].upper() + text[1:])
    if not m:
        return None
    subject = text[m.start("subject") : m.end("subject")]
    if (
        subject.split()[0].lower() in _NOT_SUBJECT_HEAD
        or has_verb(subject)
        or "," in _THOUSANDS.sub("", subject)
    ):
        return None
    words = WORD.findall(m["rest"])
    # a 'whose' clause names its own subject ("whose ulcers had not healed")
    lead = "" if m["rel"] == "whose" else "they "
    first_verb = next(
        (k for k in range(len(words)) if has_verb(lead + " ".join(words[: k + 1]))), None
    )
    if first_verb is None:
        return None  # the clause itself has no verb: verbless_relative's business
    end = first_verb + 1
    if words[first_verb].lower() in AUX or words[first_verb].lower().endswith("n't"):
        # the clause's verb group goes on past its auxiliary: "whose ulcers hadn't (ever) healed"
        while end < len(words) and words[end].lower() in _GROUP_ADVERBS | AUX:
            end += 1
        if end < len(words) and verb_or_past(words[end].lower()):
            end += 1
    rest = WORD.findall(_INFINITIVE.sub(" of ", " ".join(words[end:])))
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


# --- a leading clause, and no main clause after it ------------------------------------------

# "When the team removed Foxi1, the cysts at all.": a sentence that opens with a subordinate
# clause must go on to a main clause with a verb. The main clause runs from the first comma to
# a clause joined as its equal (", but ...", ", so ...", "; ..."); its own lists, asides and
# relative clauses stay in it ("your immune system, which fights infection, attacks ...").
# An infinitive ("less likely to go") is no finite verb. The leading clause may hold a comma of
# its own ("When they removed a gene, called Foxi1, ..."): a verb anywhere after the first
# comma lets the sentence pass (generous, as has_verb is), and so does a plural subject with a
# word after it that may be its verb ("doctors prescribe selenium"). A phrase that opens with a
# preposition ("..., mainly in rich countries") adds to the clause before it: the opening word
# was a preposition ("Since the 1930s vitamin D is used ..."), and the main clause came first.
_LEADING = re.compile(
    r"^[\"'“‘(]*(?:when|whenever|if|although|though|even though|after|before|because|while|"
    r"whilst|since|once|unless|until|whereas|as soon as|even if)\s",
    re.I,
)
_NEXT_CLAUSE = re.compile(r",\s+(?:but|yet|so)\b|;")
_BRACKETED = re.compile(r"\([^()]*\)")
_PLURAL_THEN_WORD = re.compile(
    r"^(?:(?:the|these|those|many|most|some|all) )?[a-z]+[^su\W]s [a-z]+"
)
_ADDED_PHRASE = re.compile(
    r"^(?:[a-z]+ly )?(?:in|on|at|for|from|by|with|without|to|of|as|such as|including|"
    r"especially|like|unlike|than|despite|during|among|between|after|before)\b"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# an imperative is a main clause: "If pain wears you down, swap your pills for ..."
_IMPERATIVE = re.compile(
    r"^(?:please |then |just |so |do not |don't |never |always )?(?!(?:the|a|an|this|these|"
    r"those|their|its|his|her|our|your|some|many|most|all|few|fewer|more|less|people|no)\b)"
    r"[a-z]+ (?:your|yourself|the|a|an|it|them|this|these|those|any|some|up|out|off|back|down|"
    r"in touch)\b"
)
MIN_MAIN_WORDS = 2  # "If so, good." and the like: too short to judge


def verbless_main(sentence: str) -> str | None:
    """A sentence that opens with a subordinate clause ('When ...,', 'If ...,') and has no
    verb in the main clause after it; the main clause's words as the span."""
    if not _LEADING.match(sentence) or not _ENDS_STATED.search(sentence):
        return None
    flat = _THOUSANDS.sub("", sentence)
    while _BRACKETED.search(flat):  # brackets inside brackets: "(3332 people, RR 3.9 (95% CI))"
        flat = _BRACKETED.sub("", flat)
    comma = flat.find(",")
    if comma < 0:
        return None  # no main clause at all: dangling_clause's business
    rest = flat[comma + 1 :]
    cut = _NEXT_CLAUSE.search(rest)
    main = (rest[: cut.start()] if cut else rest).strip(" .!")
    # a number is read as a count word ("one in 10 results in"), which WORD would drop
    words = WORD.findall(_NUMBER.sub("nine", _INFINITIVE.sub(" of ", main)))
    if len(words) < MIN_MAIN_WORDS or has_verb(" ".join(words)):
        return None
    if _ADDED_PHRASE.match(" ".join(words).lower()) or _IMPERATIVE.match(main.lower()):
        return None
    plural = _PLURAL_THEN_WORD.match(" ".join(words).lower())
    if plural and plural.group(0).split()[-1] not in FUNCTION:
        return None
    return main
