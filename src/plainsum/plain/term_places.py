"""Where a term's plain word may stand: the word just before the term allows its sense
("to determine" is "to find out"; "the additional benefit" is no "the more benefit"), the word
after it does not refuse it ("robust to" is no "strong to"), and the term is no part of a name
("McDonald criteria", "Food and Drug Administration")."""

from __future__ import annotations

import re

from .word_places import last_word

# Terms whose plain word fits only in one place in the sentence: "determine" is "find out" only
# in "to determine ..." (not "genes that determine the course"); "remaining" is "other" only
# after a determiner ("the remaining people", not "symptoms remaining stable"); "excluded" is
# "left out" except after "be" ("could not be excluded" means could not be ruled out).
_NEEDS_BEFORE: dict[str, frozenset[str]] = {
    "determine": frozenset({"to"}),
    "remaining": frozenset("the a all any its their his her our these those".split()),
}
_COPULAS = frozenset("is are was were be been being remains remained seemed".split())
_REFUSE_BEFORE: dict[str, frozenset[str]] = {
    "excluded": frozenset({"be", "been", "being"}),
    # "to adequately assess" is not "to well assess"
    "adequately": frozenset({"to"}),
    # "more effectively" is not "more well" (the comparative of "well" is "better")
    "effectively": frozenset("more most less least".split()),
    # "the additional benefit" is not "the more benefit"
    "additional": frozenset("the a an this that its their his her our".split()),
    # "the non-significant results" is not "the no clear differences"
    **{
        term: frozenset("the a an this that these those its their his her our such".split())
        for term in (
            "non-significant results",
            "nonsignificant results",
            "statistically non-significant results",
        )
    },
    # A named kind of therapy keeps its name: "art therapy" is no "art treatment".
    **{
        term: frozenset(
            "art drama music dance play family couples marital group occupational speech "
            "physical talking animal horticultural gene cell".split()
        )
        for term in ("therapy", "therapies")
    },
    # A decayed spot on a tooth, a cyst, a narrowed artery to be treated: no "damaged area".
    **{
        term: frozenset("target carious cystic precancerous premalignant".split())
        for term in ("lesion", "lesions")
    },
    # A lung or fitness measure named "capacity" keeps its name: no "forced vital ability".
    "capacity": frozenset(
        "vital diffusing residual aerobic inspiratory lung buffering carrying".split()
    ),
    # Pulmonary or portal hypertension is its own disease, not high blood pressure.
    "hypertension": frozenset(
        "pulmonary arterial portal intracranial ocular idiopathic venous renovascular".split()
    ),
}
# Terms whose plain word cannot stand before what follows them.
_REFUSE_AFTER: dict[str, str] = {
    "the majority of": r"\s+(?:the|these|those|them|their|its|our|this|that)\b",
    "a majority of": r"\s+(?:the|these|those|them|their|its|our|this|that)\b",
    # "identify X as a candidate" and "was identified as a risk" take "as" after the object;
    # "find" does not ("find X as a candidate" is broken; "found to be" would be needed), and
    # "implicated as a cause" is no "linked as a cause".
    **{
        term: r"(?:\s+(?!(?:and|or|but|as|in|of|to|with|by|from|for|that|which)\b)[\w'’-]+){0,6}?"
        r"\s+as\b(?!\s+(?:well|expected|part|described|reported|defined|follows?|"
        r"an? (?:result|consequence|whole))\b)"
        for term in (
            "identify",
            "identifies",
            "identified",
            "identifying",
        )
    },
    # "implicate X in Y" and "was implicated in Y" take "in" where "link" takes "to" ("The
    # findings link a gene in headache" is broken), and "as" as "identify" does (the object
    # may hold its own "in": "implicate changes in GLI3 as the cause")
    **{
        term: r"(?:\s+(?!(?:and|or|but|as|in)\b)[\w'’-]+){0,6}?\s+(?:in|as)\b"
        r"|(?:\s+(?!(?:and|or|but|as)\b)[\w'’-]+){0,8}?\s+as\b(?!\s+(?:well|expected|part|"
        r"described|reported|defined|follows?|an? (?:result|consequence|whole))\b)"
        for term in ("implicate", "implicated")
    },
    # "well" stands for "adequately" only before a participle ("adequately blinded" is "well
    # blinded"); before an adjective it breaks the phrase ("an adequately long seizure" is no
    # "a well long seizure")
    "adequately": r"\s+(?!(?:[\w-]+ed|[\w-]+en|done|made|shown|known|kept|met|run)\b)[A-Za-z]",
    # "168 cohort SCA children", "the cohort data": the cohort's own people or data, a noun
    # before a noun; "group" there reads as a count of groups or a broken stack ("Hydroxyurea
    # was given to 168 group sickle cell anemia children", a reader's firm broken, 29555644)
    **{
        term: r"\s+(?!(?:of|with|and|or|in|at|to|from|for|by|on|as|who|that|which|was|were|is|"
        r"are|had|has|have)\b)(?:[A-Za-z-]+\s+){0,3}?(?:(?-i:[A-Z][A-Z\d]+s?)\b|(?:children|"
        r"patients|participants|people|persons|members|adults|women|men|infants|subjects|data|"
        r"designs?|types?|samples?)\b)"
        for term in ("cohort", "cohorts")
    },
    # "robust to sensitivity analyses" means it held up in them, not "strong to" them.
    "robust": r"\s+(?:to|against)\b",
    # "however small" is not "but small": "however" there says "no matter how".
    "however": r"\s+(?:small|large|much|many|long|few|little|high|low|often|slight|modest|"
    r"well|good|bad|hard|briefly|rarely)\b",
    # "well" ends a verb phrase ("worked well in mice"); before its verb it breaks the sentence
    # ("effectively reduces" is not "well reduces").
    "effectively": r"\s+(?!(?:in|at|on|for|with|to|and|or|than|as|by|during|after|before|when|"
    r"while|if|because|but|without|among|across|over|under|within|compared|versus|vs)\b)[A-Za-z]",
    # "in vivo" / "in vitro" before a noun is an adjective ("in vivo evidence", "in vitro
    # fertilisation"), alone or as a pair ("Using in vivo and in vitro methods"): "in a living
    # body evidence" breaks the sentence. Said of where a thing was done ("tested in vivo",
    # "which in vitro blocks the virus") the plain words fit.
    **{
        term: r"\s+(?:(?:and|or)\s+in\s+vi(?:vo|tro)\s+)?(?:[\w-]+\s+)?(?:stud(?:y|ies)|data|"
        r"evidence|experiments?|experimental|models?|methods?|methodolog(?:y|ies)|tests?|testing|"
        r"findings|results?|imaging|assays?|work|fertili[sz]ation|systems?|analys[ie]s|"
        r"approach(?:es)?|conditions|settings?|observations?|measurements?|techniques?|"
        r"diagnostics?|activity|effects?|efficacy|validation|research|evaluations?)\b"
        for term in ("in vivo", "in vitro")
    },
}
# Past forms that stand as an intransitive verb before "with" ("Pain scores correlated with
# walking speed") while their plain word is transitive and needs "was" ("scores linked with
# walking speed" has no verb): the plain word only after a form of "be", with adverbs between
# ("were strongly and negatively correlated with" is "were ... linked with").
_INTRANSITIVE_WITH = frozenset({"correlated"})
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|not|also|both|and|or),?\s+)*$", re.I
)
# ... or coordinated with such a participle after "be" ("were negatively correlated with Hb and
# positively correlated with LDH"): the second shares the first one's "were".
_BE_SHARED = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly,?\s+|not\s+|also\s+|(?:and|or),?\s+)*\w+ed with\b"
    r"[^.;]*?\b(?:and|or),?\s+(?:\w+ly,?\s+)*$",
    re.I,
)
# Terms that follow a name in capitals ("RIFLE criteria", "EULAR criteria"): part of the name.
_AFTER_CAPITALS = frozenset({"criteria"})
_NAME_GOES_ON = re.compile(r"\b[A-Z][a-z][\w'-]*\s+[-\u2013]\s+$")
_TITLE_WORD = re.compile(r"(?:^|\s)[A-Z][a-z][\w'-]*\s+$")


def word_before_fits(term: str, text: str, start: int) -> bool:
    """Whether the plain phrase of `term` fits where the term stands in `text`: the word
    before it allows the sense (`_NEEDS_BEFORE`, `_REFUSE_BEFORE`), and the term does not follow
    a name in mid-sentence ("McDonald criteria", "Cochrane review" are names)."""
    before = text[:start]
    prev = last_word(before)
    prev_word = prev.lower()
    need = _NEEDS_BEFORE.get(term.lower())
    if need is None and term.lower().startswith("of "):
        need = _COPULAS  # "evidence of low certainty" is not "evidence weak"; "was weak" is
    if need is not None and prev_word not in need:
        return False
    if prev_word in _REFUSE_BEFORE.get(term.lower(), frozenset()):
        return False
    if term.lower() == "determine" and re.search(r"\b(?:evidence|information) to\s*$", before):
        return False  # "no evidence to determine whether" is not "evidence to find out"
    if term.lower() == "however" and before.strip() and before.rstrip()[-1] not in ".;:!?,":
        return False  # "was however no": an aside, not a conjunction ("was but no")
    if term.lower() == "however" and re.match(r"\s*,", text[start + len(term) :]):
        if before.strip() and before.rstrip()[-1] not in ".;:!?":
            return False  # "were, however, small": an aside, not a conjunction ("were, but, small")
    if (
        term.lower() in _INTRANSITIVE_WITH
        and re.match(r"\s+with\b", text[start + len(term) :])
        and not _BE_BEFORE.search(before)
        and not _BE_SHARED.search(before)
    ):
        return False  # "activation correlated with" must not become "activation linked with"
    if term.lower() in _AFTER_CAPITALS and re.search(r"[A-Z]", prev[1:]):
        return False
    if _NAME_GOES_ON.search(before):
        return False  # "Disease Assessment Scale - cognitive subscale": the name goes on
    if term.lower().startswith("at "):
        return True  # a time said after a name ("the Pain Inventory at baseline") is no part of it
    name = _TITLE_WORD.search(before)
    return not (name and before[: name.start()].strip() and term[:1].islower())


def in_name(text: str, start: int, found: str) -> bool:
    """Whether a capitalised term stands inside a name ("Grades of Recommendation, Assessment,
    Development and Evaluation"), not at the start of a sentence."""
    if not (found[:1].isupper() and found[1:2].islower()):
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'("


def refused_after(term: str, after: str) -> bool:
    """Whether what follows `term` refuses its plain word (`_REFUSE_AFTER`)."""
    pattern = _REFUSE_AFTER.get(term.lower())
    return pattern is not None and re.match(pattern, after) is not None
