"""Where a glossary swap keeps its sense: the words around a term that allow its plain word.

A plain word is true only in the construction the glossary wrote it for. "proven" is "shown"
in "was proven to work", not in "of proven benefit" ("of shown benefit"); "onset" is "start"
in "the onset of symptoms", not in "focal onset seizures"; "management" is "care" in "the
management of pain", not in "contingency management" (a named treatment). Each rule here
says, for one term, which neighbours allow the swap or refuse it; where none decides, the term
stays as the paper wrote it (true > whole > plain).
"""

from __future__ import annotations

import re

from ..word_start import word_char

# "assessed blinding of outcome assessment at high risk of bias": what follows a judging verb
# within its clause is the rating it gave
_RATED_AT = re.compile(
    r"[^.;:()]{0,80}?\b(?:at|as) (?:an? )?(?:high|low|unclear|some|moderate|serious)\b", re.I
)

_WORD_BEFORE = re.compile(r"([A-Za-z][\w'-]*)[\s(]*$")
_LAST_WORD = re.compile(r"([A-Za-z][\w'-]*)\s*$")
_WORD_AFTER = re.compile(r"[\s)]*([A-Za-z][\w'-]*)")
_BE = r"(?:is|are|was|were|be|been|being)"
_ADVERBS = r"(?:\s+(?:not|never|also|already|now|\w+ly))*"

# A grade of evidence, the first half of a range whose second half is the term ("low or very
# low certainty", "moderate to low-quality"), or the second half after it ("low-certainty to
# moderate-certainty"): a swap of one half would mix the paper's words with plain ones ("low
# or very weak evidence").
_GRADE = r"(?:high|moderate|low)(?:[- ](?:certainty|quality))?"
_RANGE_BEFORE = re.compile(rf"\b{_GRADE},?\s+(?:to|or|and)\s+(?:very\s+)?$", re.I)
_RANGE_AFTER = re.compile(rf"^\s*(?:to|or|and)\s+(?:very\s+)?{_GRADE}\b", re.I)

# The authors call the effect small: "significant" there says only that it is not chance,
# and "clear" reads as large ("a small but clear drop"); the paper's word stays.
_SMALL = re.compile(
    r"\b(?:small|smaller|slight|slightly|modest|marginal|marginally|minimal|trivial|minor|"
    r"little)\b(?!\s+(?:trials?|studies|study|samples?|numbers?|groups?|sizes?)\b)",
    re.I,
)
_NEGATIONS = frozenset("not no nor non without".split())
# What a statistically significant result is said of ("no significant difference").
_RESULT_NOUNS = frozenset(
    """difference differences effect effects reduction reductions increase increases decrease
    decreases improvement improvements change changes association associations correlation
    correlations benefit benefits advantage advantages interaction interactions result results
    finding findings relationship relationships trend trends gain gains loss losses rise fall
    drop predictor predictors impact heterogeneity""".split()
)
# "nearly significant" says the result missed significance: "nearly clear" says it almost did.
_NEAR = frozenset("near nearly almost borderline approaching".split())
# The paper's own slip "significant higher" (for "significantly"): "clearly higher", never the
# broken "clear higher" (`senses.sense_plain` says it so).
COMPARATIVES = frozenset(
    "higher lower greater smaller more less fewer better worse larger shorter longer lesser "
    "increased decreased reduced improved elevated".split()
)
_SIGNIFICANTLY_BEFORE = frozenset(
    "not differ differed vary varied change changed improve improved increase increased "
    "decrease decreased reduce reduced".split()
)
_COMPARATIVE = re.compile(
    r"(?:\w+ed|\w+er|more|less|fewer|different|differently|associated|correlated|"
    r"between|among|from|in|on|at|with)$"
)

# "onset" and "management" are plain words only as the head of their phrase ("the onset of",
# "in the management of"); after another noun they are part of a name ("focal onset seizures",
# "case management").
_HEAD_BEFORE = frozenset(
    "the a an in for of and or to its their his her our on with about from since after before "
    "at".split()
)
_DETERMINERS = frozenset("the a an its their his her our".split())
_PREPOSITIONS = frozenset("in for of to on with about from since after before at".split())
# "reduction" as a procedure or a named programme ("fracture reduction", "stress reduction").
_REDUCTION_NAMES_BEFORE = frozenset(
    "stress harm fracture closed open volume surgical manual breast weight-loss".split()
)
_REDUCTION_NAMES_AFTER = frozenset(
    "surgery surgeries programme programmes program programs therapy training mammoplasty "
    "strategy strategies approach approaches technique techniques".split()
)
# "drop" and "ways" cannot take a noun before them as "reduction" and "strategies" can: "pain
# reduction" is no "pain drop", "marketing strategies" no "marketing ways". Before them, only a
# determiner, a number or a word that reads as an adjective allows the swap.
_HEAD_TAKES_NO_NOUN = frozenset("reduction reductions strategy strategies".split())
_MODIFIERS = frozenset(
    """a an the this that these those its their his her our any no some more less few many
    several other such new different clear large small big great greater modest slight marked
    further overall mean average total relative absolute similar significant substantial
    important possible best better main key various multiple same little much both each every
    one two three four five six seven eight nine ten high low higher lower rapid quick fast
    early late good poor simple major minor moderate meaningful notable severe sharp steep found
    show shows saw see sees led cause causes make makes made gave give gives bring
    brought""".split()
)
# "of" and the people a term is said of, with up to three words before them ("of older
# people", "of critically ill children", "of women with ...").
_OF_PEOPLE = re.compile(
    r"\s+of\s+(?:(?!(?:in|with|after|for|among|during|of|from|to|and|or)\b)[\w-]+\s+){0,3}?"
    r"(?:people|persons|patients|participants|adults|children|"
    r"infants|babies|newborns|neonates|women|men|girls|boys|adolescents|teenagers|mothers|"
    r"individuals|those|survivors|families|residents|pwMS)\b",
    re.I,
)
_OF_AMOUNT = re.compile(
    r"\s+of\s+(?:about |around |almost |nearly |over |more than |up to |at least )?[\d.]"
)
_SPAN = re.compile(r"-(?:days?|weeks?|months?|years?|hours?|points?|fold)$")
_ADJECTIVE_END = re.compile(r"(?:al|ive|ic|ous|ful|able|ible|ed|er|est|ary|ly|ant|ent)$")
# Nouns after which "therapeutic" is "treatment" ("treatment effect", "treatment options").
_THERAPEUTIC_NOUNS = frozenset(
    """effect effects option options approach approaches strategy strategies target targets
    benefit benefits potential use value response responses choice choices dose doses
    effectiveness efficacy method methods agent agents regimen regimens regime regimes
    activity failure failures direction directions avenue avenues implications""".split()
)
_DETERMINER_WORDS = frozenset("the these those".split())
_MAKE_BEFORE = re.compile(
    r"\b(?:make|makes|made|making|formulate|formulating|issue|issued)\s+(?:[\w'-]+\s+)?$", re.I
)
_MADE_LATER = re.compile(r"(?:\s+[\w'-]+){0,8}?\s+(?:be|been|being|is|are|was|were)\s+made\b")
# "generally accepted criteria" is not "mostly accepted criteria".
_GENERALLY_REFUSE_AFTER = frozenset(
    "accepted agreed recognised recognized considered regarded thought believed held".split()
)
# A count or a plural's determiner before the noun: "advice" is no count noun ("18
# recommendations", "These consensus recommendations")
_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few|these|those|"
    r"both|such)(?: [\w-]+)?\s*$",
    re.I,
)
# What "advice" reads whole before: a preposition, a conjunction, a relative word.
_ADVICE_NEXT = frozenset("to for on about from of in at by and or that which".split())


# Nouns the paper may use bare, as a mass noun ("given placebo", "incidence was low"), whose
# plain phrase is a singular count noun that cannot stand without a determiner ("given dummy
# treatment", "rate was low", "eligible for check"). The swap needs a determiner in the
# term's noun phrase ("the placebo", "a higher incidence") or the term modifying a noun after it
# ("the placebo group"); otherwise the paper's word stays.
_COUNT_PLAIN = frozenset(
    """placebo assessment evaluation investigation monotherapy hospitalisation
    hospitalization incidence""".split()
)
_NOUN_PHRASE_STARTS = frozenset(
    "a an the this that these those each every another any no one its their his her our your "
    "either neither".split()
)
# Words that end a noun phrase: what follows the term when it is the head, not a modifier.
_NOT_NOUNS = frozenset(
    """a an the and or but nor of in on at to for from with without by as than that which who
    is are was were be been being has have had do does did can could may might will would
    should must not also only into over under after before during between among against
    within via per versus vs while whereas when where if because although though since until
    plus alone only both all each""".split()
)


def _has_determiner(before: str) -> bool:
    """Whether the noun phrase that ends at the end of `before` opens with a determiner or a
    possessive ("the primary ", "a poor ", "the patient's "), looking back at most four words."""
    words = re.findall(r"[A-Za-z][\w'-]*|[^\w\s]", before)[-4:]
    for word in reversed(words):
        low = word.lower()
        if low in _NOUN_PHRASE_STARTS or low.endswith("'s"):
            return True
        if low in _NOT_NOUNS or not word[:1].isalpha():
            return False
    return False


def stands_bare_fits(term: str, before: str, after: str) -> bool:
    """Whether the plain phrase of `term` keeps a whole noun phrase where the term stands: a
    plain count noun needs a determiner or a noun after it; "recurrence" is "return" only in
    "the recurrence of ..." ("recurrence of relapse" is no "return of relapse", and a
    "recurrence rate" no "return rate")."""
    nxt = _after(after)
    if term == "recurrence":
        return _has_determiner(before) and nxt == "of"
    if term not in _COUNT_PLAIN:
        return True
    modifier = bool(nxt) and nxt not in _NOT_NOUNS and not re.match(r"\s*[(\[]", after)
    return modifier or _has_determiner(before)


def last_word(text: str, bracket: bool = False) -> str:
    r"""The word `text` ends on, as written ("" when it ends on none): the last run of
    letters, digits, apostrophes and hyphens from its first letter, before trailing spaces (and
    opening brackets, with `bracket`). The same as searching `([A-Za-z][\w'-]*)\s*$` (or
    `[\s(]*$`), found from where that run starts: the pattern searched from the text's start
    tries every place of a long text (a sentence up to each term a swap weighs)."""
    end = len(text)
    while end and (text[end - 1].isspace() or (bracket and text[end - 1] == "(")):
        end -= 1
    start = end
    while start and (word_char(text[start - 1]) or text[start - 1] in "'-"):
        start -= 1
    m = (_WORD_BEFORE if bracket else _LAST_WORD).search(text, start)
    return m.group(1) if m else ""


def _before(text: str) -> str:
    return last_word(text, bracket=True).lower()


def _after(text: str) -> str:
    if re.match(r"\s*[,;:.!?]", text) or not text.strip():
        return ""
    m = _WORD_AFTER.match(text)
    return m.group(1).lower() if m else ""


def fits_here(term: str, before: str, after: str) -> bool:
    """Whether the plain word of `term` (lower case) keeps the term's sense between `before`
    and `after` (the sentence's text on either side)."""
    prev, nxt = _before(before), _after(after)
    if ("certainty" in term or "quality" in term) and (
        _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after)
    ):
        return False
    if term in ("significant", "significantly", "statistically significant"):
        # "not significant" is "not clear" however small the effect; a small one said to be
        # significant is not "clear" (read as large)
        if prev not in _NEGATIONS and (_SMALL.search(before) or _SMALL.search(after)):
            return False
    if term in ("significant", "significantly") and prev in _NEAR:
        return False  # "a near significant increase" was not significant: no "near clear"
    if term == "significant":
        return nxt in COMPARATIVES or _significant_fits(prev, after)
    if term == "significantly":
        return prev in _SIGNIFICANTLY_BEFORE or bool(nxt and _COMPARATIVE.match(nxt))
    if term == "proven":
        # "was proven to work", "drugs proven to help": never "of proven benefit", "has proven"
        return bool(re.search(rf"\b{_BE}{_ADVERBS}\s*$", before, re.I)) or nxt == "to"
    if term == "previously":
        # "had not used it before." reads whole; "previously untreated" is no "before untreated"
        return nxt == "" and bool(before.strip()) and not re.search(r"[.!?:;]\s*$", before)
    if term == "onset":
        # "start" as a noun needs its determiner or its "of": "the onset of relapses" is "the
        # start of relapses", "Onset of weakness" "Start of weakness", but "within 5 days of
        # onset" is no "of start", "since onset" no "since start"
        if prev in _DETERMINERS:
            return True
        return (prev in _HEAD_BEFORE or not prev) and prev not in _PREPOSITIONS and nxt == "of"
    if term == "management":
        # "care" is said of people ("the management of people with gout" -> "the care of
        # people with gout"), never of a condition ("the care of in-stent restenosis", "the care
        # of pain") nor of managers or data ("staff and management", "data management systems")
        return (prev in _HEAD_BEFORE or not prev) and bool(_OF_PEOPLE.match(after))
    if term in _HEAD_TAKES_NO_NOUN and not _modifies_freely(prev, before):
        return False
    if term in ("reduction", "reductions"):
        if nxt == "of" and not _OF_AMOUNT.match(after):
            return False  # "a reduction of the cell mass" is no "drop of" it; "a drop of 5%" is
        return prev not in _REDUCTION_NAMES_BEFORE and nxt not in _REDUCTION_NAMES_AFTER
    if term in ("identified", "assessed", "evaluated"):
        # a judgement, not a finding or a check: "identified as high risk" is no "found as
        # high risk", "assessed to be low" no "checked to be low", "we assessed blinding at
        # high risk of bias" (a rating) no "checked blinding at high risk"
        return nxt != "as" and not re.match(r"\s+to\s+be\b", after) and not _RATED_AT.match(after)
    if term == "recommendations":
        # "advice" is no count noun: never "advice can be made", "make advice", "advice are"
        if _MAKE_BEFORE.search(before) or _COUNTED.search(before):
            return False  # (nor "18 advice", "these advice")
        if nxt and nxt not in _ADVICE_NEXT:
            return False  # a verb after it takes a plural: never "advice are", "advice give"
        return not _MADE_LATER.match(after)
    if term == "additional":
        # "more" before a plural noun ("additional doses"), never before an adjective ("more
        # helpful") or after "no" ("no more benefits" reads as "no longer")
        plural = bool(re.fullmatch(r"[a-z-]{3,}s", nxt)) and not nxt.endswith(("ss", "us", "is"))
        return plural and prev not in ("no", "any", "without")
    if term == "generally":
        return nxt not in _GENERALLY_REFUSE_AFTER
    if term in ("deficiency", "deficiencies"):
        # "a deficiency of iron" is a lack of it; "iron deficiency" and "yin deficiency
        # syndrome" are names of conditions ("iron lack", "yin lack syndrome" are not)
        return (prev in _HEAD_BEFORE or not prev) and nxt not in ("syndrome", "syndromes")
    if term == "elderly":
        # "elderly people" are older people; "the elderly" standing for people is not "the older"
        return not (prev in _DETERMINER_WORDS and (not nxt or nxt in _NOT_NOUNS))
    if term == "therapeutic":
        # "treatment" stands for it only before a few nouns ("therapeutic effect"); before
        # others it names a kind ("therapeutic ultrasound", "therapeutic hypothermia")
        return nxt in _THERAPEUTIC_NOUNS
    if term == "chronic" and _NAMED_CHRONIC.match(after):
        return False  # "chronic thromboembolic disease" is a named condition, not "long-lasting"
    if term == "inadequate":
        # "inadequate evidence to suggest X" is too little of it, not "poor evidence" (read as
        # weak evidence that X); so is "the data were inadequate to judge X"
        return nxt not in ("evidence", "data", "information", "proof", "to")
    return stands_bare_fits(term, before, after)


# "Chronic" opens the name of a condition when words follow it before a disease's head noun
# ("chronic inflammatory demyelinating polyneuropathy", "chronic lymphocytic leukaemia",
# "chronic rotator cuff disease"): "long-lasting" there renames the condition. Before a symptom
# ("chronic pain", "chronic low back pain") or alone before the head ("chronic disease") it is
# the plain word.
_NAMED_CHRONIC = re.compile(
    r"(?:\s+(?!(?:and|or|with|in|of|for|to|the)\b)[A-Za-z][\w'-]*){1,3}\s+(?:disease|syndrome|"
    r"disorder|leuk(?:a)?emia|insufficiency|polyneuropathy)\b",
)


def _modifies_freely(prev: str, before: str) -> bool:
    """Whether the word before a head noun may stand before its plain word: none, a word that
    opens a phrase ("in", "of", "and"), a determiner, a number or an adjective ("a clear
    reduction", "50% reduction", "new strategies"), not a noun ("pain reduction", "self-care
    strategies")."""
    if not prev or prev in _HEAD_BEFORE or prev in _NOT_NOUNS or re.search(r"[\d%]\s*$", before):
        return True
    if _SPAN.search(prev):
        return True  # "a one-day reduction", "a two-point drop"
    return prev in _MODIFIERS or ("-" not in prev and bool(_ADJECTIVE_END.search(prev)))


def _significant_fits(prev: str, after: str) -> bool:
    """ "significant" is "clear" before a result ("no significant difference") or said of one
    ("the difference was not significant"); never of a burden, a risk of bias or a doubt."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*|[,;:.!?]", after)[:3]]
    # the result noun next, or after one word that says what changed ("trachoma reduction")
    if words and (
        words[0] in _RESULT_NOUNS
        or (words[0].isalpha() and words[1:2] and words[1] in _RESULT_NOUNS)
    ):
        return True
    predicative = not words or words[0] in ",;:.!?" or words[0] in ("for", "in", "at", "after")
    return predicative and prev in (
        "not",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "nor",
        "longer",
    )
