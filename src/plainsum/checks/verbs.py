"""Closed word classes and verbs: whether a sentence holds a verb (the no_verb rule of
plainsum.checks.fluency) and whether a clause holds one that can head it. Generous on purpose:
a whole sentence must never be called a fragment."""

from __future__ import annotations

import re

from ..plain.wholeness import SIMPLE_PASTS

WORD = re.compile(r"(?<![\w'’-])[A-Za-z][A-Za-z'’-]*")
_COMMA_LIKE = (",", ";", "(")

AUX = frozenset(
    """am is are was were be been being has have had do does did can could may might will would
    shall should must isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't
    can't cannot couldn't won't wouldn't shouldn't mustn't it's that's there's""".split()
)
FINITE = frozenset(
    "is are was were has have had does did will can could should would must may might".split()
)
DETERMINER = frozenset("the a an".split())
STRANDED_END = frozenset(
    """the a an and or nor but of than its their our your my whose such very with by between
    versus including as via per among whereas because although unless""".split()
)
PREPOSITION = frozenset("of with for from by in on at into onto".split())
FUNCTION = frozenset(
    """the a an and or nor but of than its their our your my whose these those such very as
    with for from by in on at into onto to about over under after before during between among
    against across within via per versus both either each all some any more most less
    many much few no not also only even just than then so when where while if because
    although though since until whether how what who whom which that this it""".split()
)
SUBJECT = frozenset("i we you they he she it who which that there people".split())
SUBORDINATE_START = frozenset("which whose whereby because".split())
IRREGULAR = SIMPLE_PASTS | frozenset(
    """found took taken made gave given saw seen showed shown got gotten gone came come known
    left begun led set written chosen drawn fell fallen grew grown rose risen lost broken
    spoken driven eaten forgotten withdrawn undertaken undergone became become put cut hit
    let quit spread shed bore borne thrown flew flown hung lit slid stuck swam swept swung
    worn wound did done had forbade forgave frozen ground lay shrank shrunk sank sunk
    split sold shut shone sped spun swore sworn tore torn wept knelt leapt clung crept flung
    sprang stung strove wove woven bent blew blown bit bitten rang rung spat strode dwelt hurt
    forsook""".split()
)
# The bare verb of each irregular past or past participle that is never itself a bare verb
# ("found" -> "find"; not "put", "cut", "set", "lay", "fell", "ground", "wound", "bore", which
# are bare verbs too): after 'did not' or a modal only the bare form is English.
PAST_BARE = {
    past: bare
    for bare, pasts in (
        pair.split(":")
        for pair in """find:found take:took,taken make:made give:gave,given see:saw,seen
        show:showed,shown get:got,gotten go:went,gone come:came know:knew,known leave:left
        begin:began,begun lead:led write:wrote,written choose:chose,chosen draw:drew,drawn
        fall:fallen grow:grew,grown rise:rose,risen lose:lost break:broke,broken
        speak:spoke,spoken drive:drove,driven eat:ate,eaten forget:forgot,forgotten
        withdraw:withdrew,withdrawn undertake:undertook,undertaken undergo:underwent,undergone
        become:became throw:threw,thrown fly:flew,flown hang:hung wear:wore,worn
        freeze:froze,frozen shrink:shrank,shrunk sink:sank,sunk sell:sold shine:shone
        speed:sped spin:spun swear:swore,sworn tear:tore,torn weep:wept kneel:knelt
        leap:leapt cling:clung creep:crept fling:flung spring:sprang sting:stung strive:strove
        weave:wove,woven bend:bent blow:blew,blown bite:bit,bitten ring:rang,rung spit:spat
        stride:strode dwell:dwelt keep:kept feed:fed think:thought tell:told feel:felt
        bring:brought buy:bought hold:held meet:met pay:paid run:ran say:said send:sent sit:sat
        spend:spent stand:stood understand:understood build:built catch:caught teach:taught
        fight:fought win:won sleep:slept wake:woke arise:arose,arisen seek:sought strike:struck
        flee:fled deal:dealt dig:dug lend:lent mean:meant bleed:bled shake:shook,shaken
        drink:drank,drunk overcome:overcame oversee:oversaw,overseen overtake:overtook,overtaken
        mistake:mistook,mistaken withhold:withheld uphold:upheld forgive:forgave,forgiven
        foresee:foresaw,foreseen outgrow:outgrew,outgrown ride:rode,ridden swim:swam,swum
        sing:sang,sung hide:hid,hidden steal:stole,stolen do:did,done have:had""".split()
    )
    for past in pasts.split(",")
}
# Past participles that are never a simple past: after a noun they describe it ("a sensor worn
# on the body", "the drugs taken"); they are a verb only after an auxiliary or an adverb.
PARTICIPLE_ONLY = frozenset(
    """taken given shown seen known grown written chosen drawn eaten fallen risen broken spoken
    driven forgotten withdrawn undertaken undergone worn begun gone thrown flown frozen borne
    gotten shrunk sunk""".split()
)
_BEFORE_PARTICIPLE = AUX | frozenset(
    "not also already never just been being get got gets having well ever since".split()
)
# Words in -ly that are adjectives, not adverbs: no verb need follow them ("more likely
# diabetes" is no "randomly assigns").
_LY_ADJECTIVES = frozenset(
    """likely unlikely early only daily weekly monthly yearly elderly family friendly costly
    lonely timely orderly lively""".split()
)
# Common verbs (base forms); their -s, -ed and -ing forms are verbs too.
VERBS = frozenset(
    """accept act add affect agree aim allow appear apply argue arise ask assess attack avoid
    base become begin believe belong benefit bind block break bring build call carry cause
    change check choose claim come compare consider contain continue control cost count
    cover create cut damage decide decline decrease define depend describe develop die differ
    do drop eat enable end enter examine exist expect experience explain explore face fail
    fall feel fight find fit focus follow form gain get give go grow happen harm have hear
    help hold hope identify improve include increase indicate influence involve join keep
    kill know last lead learn leave lessen let lie like limit link live look lose lower make
    manage matter mean measure meet mislead miss move need note notice occur offer open own
    pass pay perform place plan play point predict prefer prepare present prevent produce
    protect prove provide publish put raise rate reach read receive recommend record reduce
    refer regulate relate release remain remove repair replace report represent require
    respond rest result return reveal rise run say see seem send serve set share show shrink
    sit sleep slow speak spend stand start stay stop struggle study suffer suggest support
    suppose take talk target teach tell tend test think threaten tolerate travel treat trigger
    try turn understand undergo use vary wait walk want warn wear weigh work worsen write
    range highlight combine seek assign supersede drain heal collect possess contribute consist
    emerge persist survive smoke cope recover relapse spread stem arrive reflect remember
    forget owe sound smell taste belong exceed outweigh boost ease relieve worry correspond
    hint discuss interact deserve pose feature""".split()
)
# After these words, a word that is not a function word is a verb ("randomly assigns").
_OBJECT_START = frozenset(
    "the a an this these those their its our his them it us people some many more all".split()
)
COUNT_WORD = re.compile(
    r"^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|several|many|few|both)$"
)
# A pronoun with its verb run on: "You're not alone", "Here's one about sleep" (not "the
# study's", a noun's possessive).
_CONTRACTED = re.compile(
    r"^(?:i|you|we|they|he|she|it|who|there|here|what|that|where|how|let|everyone|someone|"
    r"nobody)'(?:s|re|ve|ll|m|d)$"
)
_NOT_VERB_ED = frozenset("indeed hundred speed seed bed red need feed greed bred shed".split())
_VERB_SUFFIX = re.compile(r"\w{2,}(?:ise|ize|ify|ate)(?:s|d)?$")


def verb_forms(word: str) -> bool:
    """Whether `word` is a form of a verb in `VERBS` (base, -s, -ed or -ing)."""
    if word in VERBS:
        return True
    for suffix, bases in (
        ("ies", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ied", ("y",)),
        ("ed", ("", "e")),
        ("ing", ("", "e")),
    ):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            for base in bases:
                if stem + base in VERBS:
                    return True
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in VERBS:  # stopped
                return True
    return False


def verb_or_past(word: str) -> bool:
    """A verb form, or an irregular past ("went", "spent"): "only one went home" is 'one' as a
    pronoun, not 'one' before a plural."""
    return word in IRREGULAR or verb_forms(word)


def has_verb(sentence: str) -> bool:
    """Whether a sentence holds something that can only be read as a verb: an auxiliary, a
    past form after its subject, a known verb not right after 'the'/'a', or any word after a
    subject pronoun. Generous on purpose: it must not call a whole sentence a fragment."""
    matches = list(WORD.finditer(sentence))
    words = [m.group(0) for m in matches]
    # whether a comma, semicolon or bracket ends the text before the word (re's \s is
    # str.isspace): `re.search(r"[,;(]\s*$", before)`, without a search per word
    after_comma = [sentence[: m.start()].rstrip().endswith(_COMMA_LIKE) for m in matches]
    lower = [w.lower().replace("’", "'").strip("'") for w in words]
    for i, w in enumerate(lower):
        prev = "," if after_comma[i] else (lower[i - 1] if i else "")
        if prev == "a" and i > 1 and words[i - 1] == "A":
            prev = "vitamin"  # a letter naming a thing ("Vitamin A lowered", "Group A had"), no 'a'
        if _CONTRACTED.match(w):
            return True
        if w in PARTICIPLE_ONLY and prev not in _BEFORE_PARTICIPLE and not prev.endswith("ly"):
            continue  # "A sensor worn on the body ...": a participle after its noun, no verb
        if w in AUX or w in IRREGULAR or w.endswith("n't"):
            return True
        if prev in SUBJECT and i > 0 and w not in STRANDED_END and w not in PREPOSITION:
            return True
        if i == 1 and prev in _PRONOUN_COUNT and w in _REPORTING_ED:
            return True  # "Several described online forums as a help": who did what
        if prev in DETERMINER or prev in PREPOSITION and not w.endswith(("ed", "ing")):
            continue
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        # an adjective opening the sentence, a list of them ("Blinded, randomised trials") or
        # what follows a one-word opener ("Overall, improved sleep"), not a verb after a phrase
        # set off by commas ("Half, chosen by chance, played games")
        listed = prev == "," and (i < 3 or lower[i - 1].endswith("ed"))
        if w.endswith("ed") and (prev == "" or listed or COUNT_WORD.match(prev)):
            if _count_subject_reports(lower, i):
                return True  # "Only one reported headaches.": a count is the subject
            if nxt and nxt not in FUNCTION and nxt not in _OBJECT_START:
                continue  # an adjective: "Blinded, randomised trials", "two treated groups"
        if w.endswith("ed") and len(w) > 4 and w not in _NOT_VERB_ED:
            return True
        if (
            i
            and nxt in _OBJECT_START
            and w not in FUNCTION
            and not words[i][:1].isupper()
            and not COUNT_WORD.match(prev)  # "six hours more": a counted noun, not a verb
        ):
            return True  # "... highlights the need", "... seek the care"
        if (
            prev.endswith("ly")
            and len(prev) > 4
            and prev not in _LY_ADJECTIVES
            and w not in FUNCTION
        ):
            return True  # "randomly assigns"
        if (
            w.endswith("s")
            and i
            and prev not in FUNCTION
            and not COUNT_WORD.match(prev)
            and nxt
            and nxt not in FUNCTION
            and not w.endswith(("ss", "us", "is"))
        ):
            return True  # "Sunlight emits light", "the review analyzes biomarkers"
        if verb_forms(w) or _VERB_SUFFIX.match(w):
            return True
        if w in ("care", "cares") and nxt in ("for", "about"):
            return True  # "many families care for an older relative" ("the care for" is above)
        if _plural_subject_verb(lower, i, words[i]):
            return True
    return False


_NOT_BEFORE_VERB = FUNCTION | DETERMINER | PREPOSITION
_CLAUSE_SUBJECT = SUBJECT | {"these", "those", "this", "both", "most", "many", "some", "all"}


def finite_in(lower: list[str]) -> bool:
    """Whether a clause (its lower-case words) holds a verb that can head it: an auxiliary, a
    word after a subject pronoun, or a verb form (-s, -ed, irregular past) that does not follow
    a function word. Stricter than `has_verb` only there: "with limited quality" is an
    adjective after a preposition, not a verb."""
    for i, w in enumerate(lower):
        prev = lower[i - 1] if i else "the"  # a clause's first word is its subject, not its verb
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if w in AUX or w.endswith("n't") or (prev in _CLAUSE_SUBJECT and w not in FUNCTION):
            return True
        if prev in _NOT_BEFORE_VERB or COUNT_WORD.match(prev):
            continue
        if w in IRREGULAR or verb_forms(w) or _VERB_SUFFIX.match(w):
            return True
        if w.endswith("ed") and len(w) > 4 and w not in _NOT_VERB_ED:
            return True
        if w.endswith("s") and not w.endswith(("ss", "us", "is")) and nxt not in ("", *FUNCTION):
            return True  # "because fatigue hampers work": generous, as in has_verb
    return False


_COUNT_OPENER = frozenset("only just about nearly almost all".split())
# Verbs a study reports people doing; after a count that opens the sentence they are the verb
# ("Two reported mild pain."), where other past forms read as adjectives ("Two treated groups").
_REPORTING_ED = frozenset(
    """reported developed experienced needed received completed stopped withdrew required
    died improved recovered relapsed dropped compared tested described mentioned preferred
    valued""".split()
)


def _count_subject_reports(lower: list[str], i: int) -> bool:
    """Whether word `i` is a reporting verb right after a count that opens the sentence."""
    if lower[i] not in _REPORTING_ED or i == 0 or not COUNT_WORD.match(lower[i - 1]):
        return False
    return i == 1 or (i == 2 and lower[0] in _COUNT_OPENER)


_QUANTIFIER = frozenset("many most some few several all both these those the such".split())
# A quantifier standing alone as the subject: "Several described online forums as ...".
_PRONOUN_COUNT = (_QUANTIFIER - {"these", "those", "the", "such"}) | {"none", "others"}
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ist|ship|ure|al|ic|ous|ful)$")


def _plural_subject_verb(lower: list[str], i: int, word: str) -> bool:
    """A bare word between a plural subject that a quantifier opens and what follows it reads
    as the verb: "Many textbooks name amantadine as ...", "Most guidelines list exercise"."""
    if i < 2 or i + 1 >= len(lower) or word[:1].isupper():
        return False
    w, prev, first, nxt = lower[i], lower[i - 1], lower[i - 2], lower[i + 1]
    return (
        first in _QUANTIFIER
        and prev.endswith("s")
        and not prev.endswith(("ss", "us", "is"))
        and prev not in FUNCTION
        and w not in FUNCTION
        and not COUNT_WORD.match(w)  # "The reviewers five trials": a number is never the verb
        and not w.endswith("s")
        and not (len(w) > 5 and _NOUN_ENDING.search(w))
        and nxt not in FUNCTION - _OBJECT_START
    )
