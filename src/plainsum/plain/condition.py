"""The condition a paper studied, named as the paper names it ("congenital hypothyroidism",
"Parkinson's disease", "malaria"), for the why-it-matters sentence of a paper not about MS.

Only a name the paper itself uses is ever given: a disease word (a known one-word condition, a
word ending like one, "-itis", "-osis", "-aemia" ..., or a head noun such as "disease",
"syndrome", "infection", "injury") with up to three words before it that belong to the name
("cystic fibrosis", "Clostridium difficile infection"). The name the paper uses most (its aim
and conclusions counting double) wins; MS itself is never the answer, and a paper that names
no condition gets None rather than a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..word_start import by_first_letter
from .conclusion_kinds import only_a_call
from .condition_use import OUTCOME, SCOPED, STUDIED, how_named
from .number_words import count_value
from .numbers import COUNT
from .sentences import Role

__all__ = [
    "ENDS_LIKE_A_CONDITION",
    "NAMES_A_CONDITION",
    "Condition",
    "conditions_in",
    "conditions_of",
    "mentions",
]

# Conditions named in one word that no ending gives away.
_ONE_WORD = (
    "asthma|diabetes|dementia|malaria|stroke|epilepsy|depression|schizophrenia|obesity|migraine|"
    r"COVID-19|Covid-19|covid-19|tuberculosis|influenza|pneumonia|autism|psoriasis|eczema|"
    "glaucoma|sepsis|hypertension|hypothyroidism|hyperthyroidism|cancer|HIV|jaundice|"
    "constipation|diarrhoea|diarrhea|incontinence|insomnia|scoliosis|fibromyalgia|gout|lupus|"
    "cataracts?|tinnitus|caries|dyslexia|delirium|alcoholism|pre-eclampsia|preeclampsia|"
    "eclampsia|infertility|obesity|anorexia|bulimia|cholera|measles|mumps|rubella|leprosy|"
    "dengue|typhoid|syphilis|gonorrhoea|gonorrhea|chlamydia|shingles|smallpox|polio|rabies|"
    "anxiety|stuttering|snoring|acne|rosacea|vitiligo|sarcopenia|frailty|spasticity|ataxia|"
    "dysphagia|aphasia|dysarthria|osteoporosis|osteoarthritis|endometriosis|haemorrhoids|"
    "hemorrhoids|hernia|angina|atherosclerosis|thrombosis|embolism|aneurysm|hydrocephalus|"
    "spina bifida|cerebral palsy|hay fever|otitis media|back pain|neck pain|chronic pain|"
    "smoking|ADHD|chronic cough|persistent cough|heart failure|kidney failure|renal failure|"
    "liver failure|respiratory failure|edema|oedema|lymphedema|lymphoedema|hypothermia|"
    "hyperthermia"
)
# A word ending the way a condition's name ends ("colitis", "fibrosis", "anaemia", "melanoma").
_ENDING = r"[A-Za-z][a-z]{2,}(?:itis|osis|iasis|aemia|emia|oma|omas|pathy|pathies|plegia|algia)"
# Words with those endings that are no condition.
_NOT_CONDITIONS = frozenset(
    """diagnosis prognosis apoptosis mitosis meiosis symbiosis osmosis hypnosis necrosis
    metamorphosis anastomosis phagocytosis endocytosis exocytosis pinocytosis academia stroma
    diploma aroma soma genoma homeopathy osteopathy naturopathy empathy sympathy telepathy
    apathy hypothesis synthesis biosynthesis emesis nostalgia""".split()
)
# Head nouns after which the name of a condition ends ("kidney disease", "Down syndrome").
_HEADS = (
    "diseases?|syndromes?|disorders?|infections?|injury|injuries|cancers?|deficiency|"
    "palsy|fever|dystrophy|arthritis|fibrosis|ulcers?|tumou?rs?|haemorrhages?|hemorrhages?|impairments?"
)
# A phrase that ends the way a condition's name ends: a one-word condition, a disease's ending
# or a head noun (what `senses` reads to say a defined condition as the paper names it).
ENDS_LIKE_A_CONDITION = re.compile(rf"(?:\b(?i:{_ONE_WORD})|\b{_ENDING}|\b(?i:{_HEADS}))$")
# A name that says which condition, not only what kind: a known condition or a disease's ending
# at its end ("eczema", "hay fever", "psoriasis"), not a head noun alone ("lung disease").
NAMES_A_CONDITION = re.compile(rf"(?:\b(?i:{_ONE_WORD})|\b{_ENDING})$")
_MODIFIER = r"(?:[A-Z]\.|[A-Za-z][\w'’-]*)"
# Words in a condition's name at most ("autosomal dominant polycystic kidney disease"); the
# words before it are read one further, so a longer run is seen whole and skipped, never cut
MAX_NAME_WORDS = 5


# The word that ends a condition's name; the words before it are read back from there (one
# pattern over the sentence, then a short one over the few words before each match: fast).
# Every match starts at a word's first letter: the other places are passed at once.
_ANCHOR = re.compile(
    rf"\b(?=[^\W\d_])(?:(?i:{by_first_letter(_ONE_WORD)})\b|{_ENDING}\b"
    rf"|(?<=\S )(?:{_HEADS})\b(?! (?:coronavirus|virus)))"  # never the virus's name
)
_BEFORE = re.compile(rf"(?<![^\s/(])(?:{_MODIFIER} ){{1,{MAX_NAME_WORDS}}}$")
# Words before a condition that are not part of its name: they end the name there.
_NOT_NAME = frozenset(
    """the a an of and or with without for in on to at by from as into this that these those
    their its our his her your some all any each many most more less other such various
    different several new common commonest main major minor serious
    people patients children adults women men infants babies participants subjects persons
    treatment treatments therapy therapies drug drugs care risk risks rate rates study studies
    trial trials review reviews is are was were be been has have had not no than who which
    whether how what when where may might can could will would should do does did also both
    only even mean average primary secondary main first second between among after before
    during over under against versus vs about like using used including include includes
    type types form forms case cases nor history volume prevalence incidence symptoms signs
    binary novel human outcome outcomes year years month months week weeks day days time times
    post slow because
    via stop halt delay prevent treat reduce control manage modify worsen cause causes stable
    unstable residual macroscopic microscopic""".split()
)
_MS = re.compile(r"\b(?:MS|multiple sclerosis|sclerosis)\b", re.I)
# Where a paper says what it is about: its aim counts three times, its scene and its
# conclusions twice, any other sentence once.
_WEIGHT = {Role.AIM: 3, Role.BACKGROUND: 2, Role.CONCLUSION: 2}
# Names that keep their capital when they open a sentence.
_EPONYMS = frozenset(
    """down crohn crohns parkinson alzheimer huntington graves hodgkin cushing addison duchenne
    tourette asperger lyme kawasaki gaucher guillain-barre guillain-barré hashimoto raynaud
    sjogren sjögren wilson paget bell meniere ménière creutzfeldt-jakob ebola zika""".split()
)
MIN_WEIGHT = 2  # a name said once among the results only may be a side outcome


@dataclass(frozen=True)
class Condition:
    """A condition the paper names, and the source sentence that best shows it."""

    name: str
    source: int


# Words that belong to a condition's name before its last word: adjectives by their ending
# ("congenital", "cystic", "obstructive", "pulmonary", "rheumatoid", "venous"), a name
# ("Crohn's", "Down", "C."), a hyphenated word ("left-heart"), or one of these nouns and
# adjectives. A verb, a count or any other word ends the name ("ease asthma" is "asthma").
_NAME_WORDS = frozenset(
    """acute chronic severe mild moderate early late type kidney heart lung liver brain bowel
    skin bone nerve nerves breast prostate leg foot eye ear tooth gum site wound tract stress
    storage motor neuron neurone blood chest throat stomach back neck joint hip knee spinal
    cord head low high sickle cell fatty sleep panic eating mood attention deficit bipolar
    personality substance alcohol drug opioid tobacco pressure dry macular coronary artery
    urinary bladder cervical ovarian colon rectal lung gastric skin mouth dental fever hay
    hyperactivity foot-and-mouth von van de""".split()
)
_ADJECTIVE = re.compile(r"[a-z]{2,}(?:al|ic|ous|ive|ary|ory|ar|ile|oid|ant|ent|ial|tic|ble)$")


# Hyphenated words that say who judged or how, not what the condition is ("author-defined").
_JUDGED = re.compile(
    r"-(?:defined|reported|rated|assessed|confirmed|diagnosed|based|risk|lethal)$|^sub-"
)
# Words that say how bad, how long or beside what, not which condition: "severe disease" and
# "co-occurring disorders" name none.
_GENERIC = frozenset(
    """severe mild moderate acute chronic early late high low serious recurrent advanced
    co-occurring comorbid coexisting co-existing concomitant associated underlying other
    related""".split()
)


def _breaks(word: str) -> bool:
    w = word.lower().strip("'’,")
    if w in _NOT_NAME or _JUDGED.search(w):
        return True
    return not (
        w in _NAME_WORDS
        or "-" in w
        or word[:1].isupper()
        or re.fullmatch(r"[a-z]\.|\d", w)
        or (_ADJECTIVE.search(w) and not w.endswith("ly"))
    )


def _trim(before: str, anchor: str) -> str:
    """The name: the `anchor` (the word or words that end it) with the words `before` it that
    belong to the name, never those of the sentence ("nor on anxiety", "history of diabetes",
    "reported infections" end at the condition; "prevent otitis media" keeps "otitis")."""
    joined = _JOINED_NAME.search(before)
    if joined:  # "head and neck cancer" is one condition, never "neck cancer"
        return joined.group(0).strip() + " " + anchor
    words = before.split()
    cut = max((i + 1 for i, w in enumerate(words) if _breaks(w)), default=0)
    if cut and words[cut - 1].lower() in _RANGE_JOINS:
        # "mild to moderate dementia": the range's end alone ("moderate dementia") narrows it;
        # the condition is said without its severity
        while cut < len(words) and words[cut].lower() in _SEVERITY:
            cut += 1
    return " ".join([*words[cut:], anchor])


# A range of severity joined before a condition ("mild to moderate", "moderate or severe").
_RANGE_JOINS = frozenset({"to", "or", "and"})
_SEVERITY = frozenset({"mild", "moderate", "severe", "moderately", "severely"})


# A condition whose name joins two body parts with "and" ("head and neck cancer"): "and" ends
# no name there.
# ... or two adjectives of place joined ("gastric and duodenal ulcers", never "duodenal ulcers"
# alone for both)
_JOINED_NAME = re.compile(
    r"(?i:\bhead and \S+ $"
    r"|\b(?!(?:and|or|for|of|to|in)\b)[a-z]{3,}(?:al|ic|ar|ary|ous) (?:and|or) "
    r"[a-z]{3,}(?:al|ic|ar|ary|ous) $)"
)


# The name of a scale or a group, not a condition: "the Edinburgh Postnatal Depression Scale".
_NAME_OF_A_TOOL = re.compile(
    r"^\s+(?:Scales?|Score|Inventory|Questionnaire|Index|Rating|Group|Network)\b"
)


def mentions(text: str) -> list[tuple[str, str]]:
    """Every condition `text` names, with how it names it (`condition_use.how_named`)."""
    return [(name, how) for name, how, _ in _placed_mentions(text)]


def _placed_mentions(text: str) -> list[tuple[str, str, int]]:
    """`mentions`, each with where its name starts in `text`."""
    out = []
    for m in _ANCHOR.finditer(text):
        before = _BEFORE.search(text, max(0, m.start() - 80), m.start())
        name = _trim(before.group(0) if before else "", m.group(0))
        last = name.split()[-1].lower()
        if (
            _MS.search(name)
            or last in _NOT_CONDITIONS
            or (
                re.fullmatch(_HEADS, last) and all(w.lower() in _GENERIC for w in name.split()[:-1])
            )
            or len(name.split()) > MAX_NAME_WORDS
            or _NAME_OF_A_TOOL.match(text[m.end() : m.end() + 20])
            or text[: m.end() - len(name)].endswith("non-")  # "non-sepsis": its absence
        ):
            continue
        start = m.end() - len(name)
        out.append((name, how_named(text, start, m.end()), start))
    return out


def conditions_in(text: str) -> list[str]:
    """Every condition `text` names, as it names it ("people with cystic fibrosis" ->
    "cystic fibrosis"); never MS."""
    return [name for name, _ in mentions(text)]


def _key(name: str) -> str:
    """What two names of one condition share: the name's last word, singular, and the word
    before it when the last is a head noun ("Gaucher disease" and "Parkinson's disease" are
    two conditions; "congenital hypothyroidism" and "hypothyroidism" one)."""
    words = [re.sub(r"(?<=[a-z]{3})s$", "", w) for w in name.lower().replace("’", "'").split()]
    return " ".join(words[-2:]) if re.fullmatch(_HEADS, name.split()[-1]) else words[-1]


# An outcome's name as a heading that opens its results ("Stress urinary incontinence (SUI):
# Results showed no differences"): what was measured, not what the paper studied.
_OUTCOME_LABEL = re.compile(r"^[^:.;()]{3,80}?(?:\s*\([^)]{1,25}\))?:\s")


# A count of the review's studies said right before a condition, in the same clause, with the
# people they took in: "two trials recruited people with a history of stroke", "one trial in
# children with asthma" (the nearest count: never one before another count of studies, nor one
# in a bracket of figures, "(RR 0.8; 2 studies) in people with asthma"; never "two trials
# reported stroke", an outcome; never past a turn to the rest: "..., while the others ...").
_STUDY_NOUN = r"(?:[\w-]+\s+){0,2}?(?:trials?|stud(?:y|ies)|RCTs?)\b"
_SHARE_BEFORE = re.compile(
    rf"(?<![\w,.])(?P<n>{COUNT})\s+(?:of\s+the\s+(?:{COUNT}\s+)?)?{_STUDY_NOUN}"
    rf"(?P<rest>(?:(?!(?<![\w,.]){COUNT}\s+(?:of\s+the\s+)?{_STUDY_NOUN}"
    r"|,\s*(?:while|whereas|but)\b|\bthe (?:others?|remaining|rest)\b)[^.;:()]){0,90})$",
    re.I,
)
_WHOM = re.compile(
    r"\b(?:participants|patients|people|persons|individuals|adults|children|women|men|infants)\b"
    r"|\b(?:in|among) (?:[\w-]+ ){0,2}$",
    re.I,
)


# Words before a condition's name that say which people or studies, not which kind of it.
_NOT_KIND = frozenset("with of in among and or the a an having had from for to by".split())


def _kind(before: str, name: str) -> str:
    """`name` (lower case) with the word before it when that word says which kind ("generalised
    epilepsy", where the name reader takes "epilepsy" alone): the part a share names."""
    words = before.split()
    if words and words[-1].lower() not in _NOT_KIND and words[-1].isalpha():
        return f"{words[-1]} {name}".lower()
    return name.lower()


def _share(before: str, studies: float | None) -> bool:
    """Whether `before` (the words before a condition) gives it a count of studies under half
    of the review's `studies`: the condition of a part of the review, not its own ("Eleven
    trials were in heart disease, two in stroke": stroke is no topic)."""
    m = _SHARE_BEFORE.search(before) if studies else None
    return bool(m and studies and _WHOM.search(m["rest"]) and count_value(m["n"]) * 2 < studies)


# Where an aim names what its people had: "for treating X", "in children with X" (the words up
# to the clause's end, "X and Y" whole; never a second group of people: "for treating people
# with X" is read from "with").
_AIM_HAD = re.compile(
    r"\b(?:for (?:treating|the treatment of|managing|the management of)|(?:people|patients|"
    r"children|adults|women|men|infants|participants) (?:with|who have)) "
    r"(?!(?:people|patients|children|adults|women|men|infants|participants)\b)"
    r"(?P<had>(?:[\w'’-]+ ){0,5}?[\w'’-]+)(?=[,.;(]| (?:in|compared|versus|to|who|at|on|by|"
    r"with)\b|$)",
    re.I,
)


def _aim_had_other(text: str, name: str) -> bool:
    """Whether the aim (or methods sentence) `text` names what its people had in words that
    share no word with the condition `name` ("foot orthoses for treating flat feet in children"
    beside "juvenile idiopathic arthritis"; never a short form the paper did not write out)."""
    words = {_key(w) for w in name.split()}
    return any(
        not m["had"].isupper() and not words & {_key(w) for w in m["had"].split()}
        for m in _AIM_HAD.finditer(text)
    )


# A sentence that lists the harms seen ("Adverse events ... included a diagnosis of prostate
# cancer, hospitalisation for influenza"): what it names happened to people, never what the paper
# studied (a review of tea for heart disease was "about influenza", reader of stop 54).
_HARMS_LISTED = re.compile(
    r"\b(?:adverse (?:events?|effects?|reactions?)|side[- ]effects?|harms|complications)\b"
    r"[^.;]{0,60}?\b(?:included|including|includes|such as|were)\b",
    re.I,
)


def conditions_of(
    sentences: Iterable[tuple[str, int, Role]], studies: str | None = None
) -> list[Condition]:
    """The conditions the paper is about, the one it names most first: of the names its
    sentences (`(text, index, role)`, abbreviations already written out) give, by weight (a
    name in the aim counts three times, in the background or conclusions twice, elsewhere
    once). A condition the paper never names as what it studied (in its background or aim, or
    after "people with", "for", "to prevent" ...) is left out as an outcome it measured
    ("Drug X caused more movement disorders"), and so is one said only once among the methods
    or results. Each is given in the form the paper uses most (the shorter on a tie), with its
    evidence: the first sentence of the aim, methods, results or conclusions that names it,
    else the first that does. Only a condition the paper's aim names counts: a background that
    mentions an earlier operation, a complication or an excluded disorder is no statement of
    what the paper studied (independent readings H and H2 found "This review was about
    snoring." for a review of sleep apnoea surgery and "... about diabetes." for one on cystic
    fibrosis). A condition said of at most half of a review's `studies` (its count of included
    studies, as written) is a part of the review, never its topic unless its aim names it as
    what the people had ("This review was about stroke." for 13 trials, 2 of them in stroke,
    independent reader w1, CD009580); and an aim that says what its people had in words that
    name no condition ("for treating flat feet in children") is about that, never a condition
    only a subgroup had (independent reader w3 found "This review was about juvenile idiopathic
    arthritis." for a review of flat feet). A condition only a call for more research names is
    no topic of a paper whose aim or methods name what its people had otherwise (a hand-written
    trial in persistent hiccups was "about stroke" from its call for a trial after stroke).
    Empty when the paper has no aim or names no condition there: nothing is better than a
    guess."""
    weight: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    had_forms: Counter[str] = Counter()
    first: dict[str, int] = {}
    first_own: dict[str, int] = {}
    inside: set[str] = set()  # forms met inside a sentence, where a capital is the name's
    in_aim: set[str] = set()  # forms the aim uses: what the paper says it studied
    studied: set[str] = set()  # conditions the paper says it studied, not only measured
    aimed: set[str] = set()  # conditions the paper's aim names
    concluded: set[str] = set()  # ... and its conclusions
    had: set[str] = set()  # conditions its aim names as what the people had, not an outcome
    part: set[str] = set()  # names (lower case) said of a share of the review's studies
    total = count_value(studies) if studies else None
    called: set[str] = set()  # conditions a call for more research names
    uncalled: set[str] = set()  # ... and those any other sentence names
    own: list[str] = []  # sentences that may say whom the paper itself took in
    unread = False  # a condition's name the aim or conclusions give that `mentions` cannot read
    aims: list[str] = []
    for text, index, role in sentences:
        found = _placed_mentions(text)
        if role in (Role.AIM, Role.CONCLUSION) and not unread:
            unread = _unread_name(text, [name for name, _, _ in found])
        if role == Role.AIM:
            aims.append(text)
        call = only_a_call(text)
        if not call and role in (Role.AIM, Role.METHODS):
            own.append(text)
        shared: list[tuple[str, str]] = []  # (key, name) said of a share of the studies
        whole: set[str] = set()  # ... and keys said of no share
        for name, how, start in found:
            if how == SCOPED:  # what a group within them had, or what they did not have
                continue
            label = _OUTCOME_LABEL.match(text)
            if label and name.lower() in label.group(0).lower():
                how = OUTCOME  # "Stress urinary incontinence: Results showed ...": a heading
            if _HARMS_LISTED.search(text):
                how = OUTCOME  # "Adverse events ... included hospitalisation for influenza"

            forms[name] += 1
            if role == Role.AIM:
                in_aim.add(name)
            if how != OUTCOME:
                had_forms[name] += 1  # on a tie, the form said as what they had
            if not text.startswith(name):
                inside.add(name)
            key = _key(name)
            (called if call else uncalled).add(key)
            if role == Role.AIM:
                aimed.add(key)
            elif role == Role.CONCLUSION:
                concluded.add(key)
            if how == OUTCOME:  # an outcome measured: named, but no sign of what they had
                continue
            if _share(text[max(0, start - 160) : start], total):
                shared.append((key, _kind(text[:start], name)))
            else:
                whole.add(key)
            if role == Role.AIM:
                had.add(key)
            if how == STUDIED or role in (Role.BACKGROUND, Role.AIM):
                studied.add(key)
            weight[key] += _WEIGHT.get(role, 1)
            first.setdefault(key, index)
            if role != Role.BACKGROUND:
                first_own.setdefault(key, index)
        # (a share whose condition the sentence also gives the rest is a split of one condition:
        # "seven trials took in women with X, while the others took in women with stress X")
        part.update(name for key, name in shared if key not in whole)
    if unread:  # "47,XXX syndrome" in the aim: naming the comparison group's would be false
        return []
    stated = aimed or concluded  # where the paper says what it was about
    ranked = sorted(
        (k for k in weight if weight[k] >= MIN_WEIGHT and k in studied and k in stated),
        key=lambda k: (k not in had, -weight[k], first[k]),
    )
    formed = {k: _form(k, forms, had_forms, inside, in_aim) for k in ranked}
    named = [
        Condition(formed[k], first_own.get(k, first[k]))
        for k in ranked
        if (k in had or formed[k].lower() not in part)
        # a call for more research names who is to be studied next: never the topic of a paper
        # that says whom it took in otherwise ("60 adults with persistent hiccups ... A larger
        # trial including people with hiccups after stroke is needed"); a paper that names its
        # people nowhere else may take it (a review's "More trials are needed in asthma")
        and not (
            k in called and k not in uncalled and any(_aim_had_other(t, formed[k]) for t in own)
        )
    ]
    if (
        named
        and _key(named[0].name) not in had
        and any(_aim_had_other(a, named[0].name) for a in aims)
    ):
        return []  # "flat feet" in the aim: never a subgroup's "juvenile idiopathic arthritis"
    if named and any(_one_of_a_list(named[0].name, a) for a in aims):
        return []  # "eczema" of "food allergy, eczema, hay fever and asthma": one of several
    if named and any(_a_kind_in_brackets(named[0].name, a) for a in aims):
        return []  # "COPD" of "respiratory failure of any cause (COPD, non-COPD, ...)"
    return named


# A bracket that lists the kinds of what was just named: "respiratory failure of any cause
# (chronic obstructive pulmonary disease (COPD), non-COPD, postoperative, ...)".
_KINDS_BRACKET = re.compile(
    r"\b(?:of (?:any|all|various|different|mixed) (?:causes?|kinds?|types?|origins?)|"
    r"of any (?:a|ae)etiology|whatever the cause)\s*\($",
    re.I,
)


def _a_kind_in_brackets(name: str, aim: str) -> bool:
    """Whether the aim `aim` names `name` only inside a bracket that lists the kinds of a
    condition "of any cause" (a reader's firm false, CD004127: "This review was about chronic
    obstructive pulmonary disease." for a review of breathing failure of any cause)."""
    key = _key(name)
    places = [start for found, _, start in _placed_mentions(aim) if _key(found) == key]
    if not places:
        return False
    for at in places:
        opened = aim.rfind("(", 0, at)
        if opened < 0 or aim.count(")", opened, at) >= aim.count("(", opened, at):
            return False  # named outside any bracket
        if not _KINDS_BRACKET.search(aim[: opened + 1]):
            return False
    return True


# Words between two names of one list ("eczema, hay fever and asthma"), and a second name of
# the same condition in brackets ("atopic dermatitis (eczema)").
_LIST_GAP = re.compile(r"\s*\)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/)\s*")
_SAME_IN_BRACKETS = re.compile(r"\s*\(\s*")
MIN_LISTED = 3  # conditions in one list of an aim: the paper is about them all


def _one_of_a_list(name: str, aim: str) -> bool:
    """Whether the aim `aim` names `name` as one of a list of at least `MIN_LISTED` conditions
    ("on allergies (food allergy, atopic dermatitis (eczema), allergic rhinitis (hay fever) and
    asthma)"): the paper studied them all, and "This review was about eczema." says a part of
    it as the whole (a second name in brackets is the same condition)."""
    key = _key(name)
    runs: list[list[set[str]]] = []
    end = -1
    for found, _, start in sorted(_placed_mentions(aim), key=lambda m: m[2]):
        gap = aim[end:start] if end >= 0 else ""
        if runs and _SAME_IN_BRACKETS.fullmatch(gap):
            runs[-1][-1].add(_key(found))
        elif runs and _LIST_GAP.fullmatch(gap):
            runs[-1].append({_key(found)})
        else:
            runs.append([{_key(found)}])
        end = start + len(found)
    # ("type 1 diabetes, type 2 diabetes and gestational diabetes" are kinds of one condition)
    return any(
        any(key in member for member in run)
        and sum(key not in member for member in run) >= MIN_LISTED - 1
        for run in runs
    )


# "47,XXX syndrome", "45,X disorder": a name with digits in the word before its head noun,
# which the name reader does not take (never "mortality, disease progression").
_ODD_NAME = re.compile(
    r"(?<![\w.,-])([\w.,-]*\d[\w.,-]*[A-Za-z0-9]) (?:syndrome|disease|disorder)\b", re.I
)


def _unread_name(text: str, names: list[str]) -> bool:
    """Whether `text` names a condition with digits or symbols in its name that none of the
    names read from it (`names`) holds."""
    return any(not any(m.group(1) in name for name in names) for m in _ODD_NAME.finditer(text))


def _form(
    key: str, forms: Counter[str], had: Counter[str], inside: set[str], in_aim: set[str]
) -> str:
    """The form of one condition's name the paper uses most, or the aim's broader form of it
    where the aim names no narrower one (on a tie the shorter, then the one said more often as
    what the people had, not as an outcome: "ischaemic stroke", not "recurrent stroke"), with
    the capital of a sentence's first word lowered ("Mucosal infections are ..."), never a
    name's ("Down syndrome"). (A review of
    IVIG "for children with encephalitis" whose one trial with results was in Japanese
    encephalitis was "about Japanese encephalitis": reader w1, CD011367.)"""
    names = [n for n in forms if _key(n) == key]
    name = max(names, key=lambda n: (forms[n], -len(n), had[n], n))
    broader = [n for n in names if n in in_aim and name.lower().endswith(" " + n.lower())]
    if name not in in_aim and broader:
        name = max(broader, key=len)  # "Japanese encephalitis", where the aim says "encephalitis"
    # the pair the name is one of ("gastric and duodenal ulcers" beside "duodenal ulcers"): the
    # paper's condition is both, one alone narrows it
    joined = [n for n in names if re.search(rf"\b(?:and|or) {re.escape(name)}$", n, re.I)]
    if joined:
        name = max(joined, key=lambda n: forms[n])
    word = name.split()[0]
    if (
        name not in inside
        and word[1:].islower()
        and "'" not in word
        and "’" not in word
        and word.lower() not in _EPONYMS
    ):
        return word[:1].lower() + name[1:]
    return name
