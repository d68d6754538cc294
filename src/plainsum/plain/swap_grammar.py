"""Whether a plain phrase can take a term's grammatical slot in a sentence: a phrase that
post-modifies a noun cannot modify the next one, a verb phrase cannot follow an auxiliary, a
plural cannot take a singular verb or determiner. Used by the glossary before any swap."""

from __future__ import annotations

import re

from ..checks.half_replaced import head_noun, plural_form
from ..checks.verbs import IRREGULAR, verb_forms
from ..syllables import syllables
from .noun_stacks import plain_adjective
from .word_places import last_word

# The forms of "have" and "be", after which a verb is a past participle ("has shown").
HAVE_BE = "has have had having be been being is are was were".split()
# A singular verb just before the term, with at most a quantity word between: the term is its
# subject or complement and a plural in its place breaks the agreement.
_SINGULAR_VERB_BEFORE = re.compile(
    r"\b(?:was|is|has been)\s+(?:(?:no|little|any|some|less|more|much|higher|lower|greater|"
    r"increased|reduced|decreased|similar)\s+)?$",
    re.I,
)

# A singular "is", "was", "has" or "does" in the clause of a term that opens the sentence: the
# term may head the subject ("Supplementation with vitamins and zinc is safe"), and a plural in
# its place breaks the agreement however far the verb is (the term stays as written).
_SINGULAR_LATER = re.compile(r"^[^,;:.()]*?\b(?:is|was|has|does)\b", re.I)
# Nouns with no plural that a plural term may become ("recommendations" -> "advice"): a plural
# verb after them breaks the agreement.
_MASS_NOUNS = frozenset(
    "advice guidance information evidence research help support knowledge care equipment".split()
)
# ... and a plural "are", "were", "have" or "do" there: a plural term heads the subject.
_PLURAL_LATER = re.compile(r"^[^,;:.()]*?\b(?:are|were|have|do)\b", re.I)

# Words that can follow a noun phrase without joining it: the phrase ends before them.
PHRASE_ENDS = frozenset(
    """a an the and or but nor of in on at to for from with without by as than that which who
    whom whose is are was were be been being has have had do does did can could may might will
    would should must not also only than into onto over under after before during between among
    against across within via per versus vs while whereas when where if because although though
    since until both either neither each all some any this these those it its their his her
    they them there through throughout despite toward towards upon unlike except whether
    so yet""".split()
)
# Words after which a verb phrase like "was shown" cannot stand ("has was shown").
_AUXILIARIES = frozenset(HAVE_BE + "will would may might can could should must to not".split())
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())
# Words that make a phrase post-modify a noun ("the virus that causes COVID", "after surgery"):
# put before another noun, such a phrase reads as nonsense.
_POST_MODIFIER = frozenset(
    "a an the that which who whose by of to for in on with without after before during "
    "how what whether from".split()
)
_HOW_AFTER = frozenset(
    "of about on in into and or to studied measured changed change changes affect affects "
    "affected alter alters altered on regulate regulates control controls controlled "
    "shape shapes shaped know knew known understand show shows showed".split()
)
_VERB_FORMS = frozenset(
    "found got seen used checked shown given studied changed made caused driven blocked "
    "boosted reduced increased eased worsened".split()
) | {"signed up", "looked at", "found out", "put into groups by chance"}
# Plain phrases that end on their preposition and take the term's object next, as the term did
# ("characterised by X" -> "marked by X"; "Regarding X, ..." -> "As for X, ...").
_TAKES_OBJECT = frozenset({"marked by", "as for"})
_PARTICLES = frozenset("at out of for to up".split())
_PREPOSITIONS = frozenset(
    "in on at by with from for to into of during after before over under between among "
    "whether how what which that".split()
)
# "one" and up to three words of the same noun phrase before the term ("one of" is not).
_ONE_BEFORE = re.compile(r"(?<![\w-])[Oo]ne\s+(?!(?:of|in|or|and|to|out)\b)(?:[\w-]+\s+){0,3}$")
# An adverb, then a verb that agrees with a singular subject ("probably reduces", "also has").
_SINGULAR_VERB_AFTER_ADVERB = re.compile(
    r"\s+\w+ly\s+(?:is|was|has|does|(?!\w+ss\b)[a-z]+[^s\W]s)\b", re.I
)
# ... or after a phrase that qualifies the term ("supplementation compared to placebo probably
# results in", "supplementation in preterm infants has"): the term is still the verb's subject.
_SINGULAR_VERB_AFTER_PHRASE = re.compile(
    r"\s+(?:compared (?:to|with)|versus|vs\.?|in|among|for|during) [^,.;:()]{1,60}?\s+"
    r"(?:\w+ly\s+)?(?:is|was|has|does|leads|results|improves|reduces|increases|decreases|"
    r"lowers|raises|helps|works|appears|seems|causes|prevents|shortens|lengthens)\b",
    re.I,
)
# Adjectives that take an "of" after them ("free of pain", "typical of MS").
_TAKES_OF = frozenset(
    "free full aware unaware capable incapable typical short independent afraid sure unsure "
    "certain uncertain careful wary tired proud worthy suggestive indicative".split()
)
FIRST_WORD = re.compile(r"\s*([A-Za-z][\w'-]*)")


_BETWEEN = frozenset({"between", "among", "across"})
_RELATIVE = frozenset({"that", "which", "who", "whose"})
# Adjectives that only stand before a noun ("the main cause", never "the cause was main").
_BEFORE_A_NOUN_ONLY = frozenset("main chief principal mere sheer".split())
_BARE_PREPOSITIONS = frozenset("with by from for to of in on at into".split())
# A grade of the evidence named in a term ("low certainty", "moderate-quality").
_GRADE_WORD = re.compile(r"\b(?:certainty|quality)\b", re.I)
# Nouns that name a group or an arm before the people in it ("intervention participants",
# "control subjects"): a plain "people" after them reads as a noun stuck to a noun.
_GROUP_NOUNS = frozenset(
    """intervention control treatment placebo study trial exercise usual care sham comparison
    experimental feedback""".split()
)


# A plain phrase that opens with one of these ("on the skin", "into a vein", "under the skin")
# says where; it cannot stand where an adjective modified a noun phrase.
_PLACE_PREPOSITIONS = frozenset("on into under in through".split())


# A past tense whose participle differs ("showed", "shown"): it cannot stand where the term is
# a participle after its noun, as after "There have been benefits".
_PAST_NOT_PARTICIPLE = frozenset({"showed", "grew", "took", "gave", "got", "went", "knew"})
_THERE_BE_NOUN = re.compile(
    r"\bthere (?:is|are|was|were|(?:has|have|had) been|will be|may be)"
    r"(?: (?:no|some|many|few|several|clear|small|large|\w+ly))?"
    r" (?:(?!(?:that|which|who|whether|if|when)\b)[\w-]+ ){0,3}[\w-]+\s+$",
    re.I,
)


def _opens_noun_phrase(prev_word: str, next_word: str) -> bool:
    """Whether a term between these words starts a noun phrase: after a preposition or a
    determiner ("of topical ...", "the intravenous ..."), or coordinated with the next
    adjective at a sentence's start ("Topical and oral steroids ...")."""
    if prev_word in _PREPOSITIONS or prev_word in _DETERMINERS:
        return True
    return not prev_word and next_word in ("and", "or")


def fits(plain: str, before: str, after: str, term: str = "") -> bool:
    """Whether `plain` can take the place of a term between `before` and `after` and leave a
    grammatical sentence. A phrase that post-modifies a noun cannot itself modify the next noun
    ("SARS-CoV-2 variants" must not become "the virus that causes COVID variants"); a verb
    phrase cannot follow an auxiliary ("has proved" must not become "has was shown"); a
    "how ..." clause cannot take a determiner or an "of" ("the how common it is of")."""
    words = plain.lower().split()
    if re.search(r"\w-,?\s+(?:to|or|and)\s+(?:\w+\s+)?$", before):
        return False  # "low- to very low-certainty evidence", "moderate-, low-, and very
        # low-quality evidence": the suspended halves need the term
    nxt = FIRST_WORD.match(after) if not re.match(r"\s*[,;:.!?)]", after) else None
    next_word = nxt.group(1).lower() if nxt else ""
    prev_word = last_word(before).lower()
    if words[0] in ("was", "were", "is", "are") and prev_word in _AUXILIARIES:
        return False
    if words[0] in _PAST_NOT_PARTICIPLE and _THERE_BE_NOUN.search(before):
        return False  # "There have been benefits demonstrated with X" must not become "...
        # benefits showed with X": after "there is/have been" and its noun, a participle
    if words[0] in ("how", "what", "whether") and prev_word and prev_word not in _HOW_AFTER:
        return False  # "iron how the body uses energy": a clause cannot follow a noun
    if words[0] in ("how", "what", "whether") and (
        prev_word in _DETERMINERS or before.rstrip().endswith("'s") or next_word == "of"
    ):
        return False
    if words[-1] == "get" and next_word in ("receive", "receiving", "either", "one", "two"):
        return False
    ends = not next_word and re.match(r"\s*(?:[,;:.!?)]|$)", after)
    if plain.lower() == "got" and (ends or next_word in ("by", "from", "in", "at")):
        return False  # "the number of sessions received." must not become "sessions got.": a
        # participle after its noun, and "got" needs an object
    if words[0] == "fairly" and (
        next_word in ("more", "less") or re.fullmatch(r"\w+er", next_word)
    ):
        return False  # "relatively more frequent" must not become "fairly more frequent"
    if (
        term.lower() == "necessary"
        and next_word == "to"
        and re.search(r"\bit (?:\w+ ){0,3}$", before, re.I)
    ):
        return False  # "it would have been necessary to treat" must not become "it would have
        # been needed to treat": "needed" takes the thing needed as its subject
    if words[-1] == "similar" and next_word == "with":
        return False  # "comparable with" must not become "similar with"
    if words == ["people"] and prev_word in _GROUP_NOUNS:
        return False  # "intervention participants" must not become "treatment people"
    if (
        words == ["person"]
        and next_word
        and next_word not in PHRASE_ENDS
        and not next_word.endswith("ed")
        and next_word not in IRREGULAR  # "a person withdrew"
        and not verb_forms(next_word)
    ):
        return False  # "participant satisfaction" must not become "person satisfaction": a
        # noun before a noun, where "person" reads as no modifier
    head = head_noun(words)  # "differences between trials": "differences" is what agrees
    # (a verb phrase, "put into groups by chance", or a phrase that opens with a preposition,
    # "as for", agrees with nothing)
    noun_phrase = plain.lower() not in _VERB_FORMS and words[0] not in _AUXILIARIES | PHRASE_ENDS
    plural = noun_phrase and head != "ms" and plural_form(head)  # never "analysis", "virus"
    term_head = head_noun(term.lower().split()) if term else ""
    term_plural = plural_form(term_head)
    if next_word in ("is", "was", "has", "does") and plural and not term_plural:
        return False  # "Bladder problems is common": the verb would not agree
    if (
        plural
        and not term_plural
        and (_SINGULAR_VERB_AFTER_ADVERB.match(after) or _SINGULAR_VERB_AFTER_PHRASE.match(after))
    ):
        return False  # "supplementation probably reduces" must not become "supplements ..."
    if (
        prev_word in ("more", "most")
        and len(words) == 1
        and syllables(words[0]) == 1
        and plain_adjective(words[0])
    ):
        return False  # "a more robust effect" must not become "a more strong effect"
    if plural and not term_plural and not before.strip() and _SINGULAR_LATER.match(after):
        return False  # "Supplementation with vitamins is safe": the subject's verb comes later
    if (
        noun_phrase
        and term_plural
        and head in _MASS_NOUNS
        and (
            next_word in ("are", "were", "have", "do")
            or (not before.strip() and _PLURAL_LATER.match(after))
        )
    ):
        return False  # "Recommendations on rehab are based on ..." must not become "Advice on
        # rehab are based on ...": the plural verb stays with a plural subject (u9)
    if next_word == "of" and all(map(plain_adjective, words)) and words[-1] not in _TAKES_OF:
        return False  # "low-certainty of evidence" must not become "weak of evidence"
    if next_word == "in" and _GRADE_WORD.search(term) and prev_word not in _AUXILIARIES:
        return False  # "however low certainty in the evidence indicates" must not become "however
        # weak in the evidence": a grade named as a thing; "was weak in adults" is an adjective
    if words[0] in _BARE_PREPOSITIONS and prev_word in _BARE_PREPOSITIONS:
        return False  # "by involving impulse generation" must not become "by with impulse ..."
    if (
        term
        and term.split()[0].lower().endswith("ed")
        and words[0] in _BARE_PREPOSITIONS | {"along", "together"}
        and prev_word in _AUXILIARIES
    ):
        return False  # "was not accompanied by" must not become "was not along with": a passive
        # verb's participle is no preposition
    if plain.lower() in _BEFORE_A_NOUN_ONLY and (
        prev_word in _AUXILIARIES or next_word in PHRASE_ENDS or not next_word
    ):
        return False  # "where advanced cases are predominant" must not become "... are main"
    if words[0] == "not" and prev_word in ("a", "an"):
        return False  # "an insufficient evidence" must not become "a not enough evidence"
    if plural and not term_plural and prev_word in ("a", "an", "this", "that", "each", "one"):
        return False  # "a more severe phenotype" must not become "a more severe traits"
    if plural and not term_plural and _SINGULAR_VERB_BEFORE.search(before):
        return False  # "There was no mortality" must not become "There was no deaths"
    if plural and _ONE_BEFORE.search(before):
        return False  # "at least one risk of bias criteria" must not become "... bias rules"
    if (
        plural
        and not term_plural
        and next_word
        and next_word not in PHRASE_ENDS
        and not re.fullmatch(r"\w+(?:ed|ly)", next_word)
    ):
        return False  # "spasticity scores" must not become "stiff muscles scores"
    if _RELATIVE & set(words[1:]) and next_word in _RELATIVE:
        return False  # "a disease that damages nerves that affects movement": whose "that"?
    if _BETWEEN & set(words[1:]) and next_word in _BETWEEN | {"of", "in"}:
        return False  # "heterogeneity between the trials" must not become "variation between
        # studies between the trials": the phrase already says between what
    if next_word and len(words) > 1 and next_word.startswith(words[-1]):
        return False  # "microglial cells" must not become "brain immune cell cells"
    if plain.lower() in _VERB_FORMS and prev_word in _DETERMINERS:
        return False  # "the identified members" must not become "the found members"
    if words[-1] == "out" and next_word in ("whether", "how", "what", "which", "if", "why"):
        return True  # "find out whether ..." is whole
    if words[-1] in _PARTICLES and next_word in _PREPOSITIONS:
        return False  # "look at in mice": the phrase's own preposition needs its object next
    if (
        words[0] in _PLACE_PREPOSITIONS
        and len(words) > 1
        and _opens_noun_phrase(prev_word, next_word)
    ):
        return (
            False  # "the effects of topical and oral steroids" must not become "of on the skin and"
        )
    verb_phrase = words[0] in _AUXILIARIES
    post_modifier = len(words) > 1 and not verb_phrase and any(w in _POST_MODIFIER for w in words)
    post_modifier &= plain.lower() not in _TAKES_OBJECT  # "marked by X", "As for X, ..." are whole
    if post_modifier and next_word and next_word not in PHRASE_ENDS:
        if not re.fullmatch(r"\w+ly", next_word):  # "... COVID infected cells" misreads
            return False
    return True
