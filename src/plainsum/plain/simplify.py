"""Turn one source sentence into plain sentences: statistics out, abbreviations and jargon
replaced, the writer's "we" made clear, long sentences split at safe points into whole
grammatical sentences, and a verdict on whether the result is fit for a lay reader."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import measure
from .abbreviations import unexplained
from .glossary import plain_words
from .numbers import has_statistics, strip_statistics

MAX_WORDS = 16  # sentences longer than this are split when a safe point exists
HARD_MAX_WORDS = 25  # longer than this after splitting: not used (the gate warns above 25)

HYPE = re.compile(
    r"\b(?:cur(?:e|es|ed|ing|ative)|breakthroughs?|proves?|miracle|game-?changer|revolutionary|"
    r"groundbreaking|definitive(?:ly)?|guarantee[sd]?|unprecedented|first-ever|wonder|"
    r"life-?saving|magic|amazing|incredible|conclusively|undoubtedly|certainly|clearly shows?)\b"
    r"|\bwill (?:help|cure|stop|prevent|reverse|fix|end|heal)\b",
    re.I,
)
# Text a lay reader should not meet: formulas, slashes, symbols, leftover heading labels.
_UNREADABLE = re.compile(
    r"[=<>≤≥±×/\\|^~@#$€£§¶†‡•\u2200-\u22ff\u00b0-\u00bf\u00df]|\b[A-Za-z]\d\w*|\d[a-zA-Z]\w*"
    r"|[α-ωΑ-Ω]|\.\.|\S:\S|\b[a-z]+[A-Z]\w*"
)

_LABEL = re.compile(r"^(?:[A-Z][a-z]+(?: (?:and )?[a-z]+){0,3}|[A-Z]{3,}(?: [A-Z]+){0,2}):\s+")
_LEAD_INS = [
    (
        re.compile(
            r"^(?:In conclusion|In summary|To conclude|Overall|Taken together|Together|"
            r"Collectively|In this (?:study|work|paper|review)|Here|Thus|Hence|Altogether|"
            r"Importantly|Interestingly|Notably|Surprisingly|Unexpectedly|Finally|"
            r"In addition|Additionally|Furthermore|Moreover|Specifically),\s*",
            re.I,
        ),
        "",
    ),
    (re.compile(r"^(?:However|Nevertheless|Nonetheless|In contrast|Conversely),\s*", re.I), "But "),
    (re.compile(r",\s*respectively\b", re.I), ""),
    (re.compile(r",\s*(?:however|therefore|thus|though|in turn|in addition),", re.I), ""),
    (re.compile(r"\b(?:thus|therefore|hence)\s+", re.I), ""),
]

_SAFE_SPLITS = [
    (re.compile(r";\s+"), ""),
    (re.compile(r",\s+but\s+", re.I), "But "),
    (re.compile(r",\s+whereas\s+", re.I), "But "),
    (
        re.compile(
            r",\s+while\s+(?=(?:the|this|these|those|it|they|there|a|an|no|most|all)\b)", re.I
        ),
        "But ",
    ),
    (re.compile(r",\s+(?:suggesting|indicating)\s+(?:that\s+)?", re.I), "This suggests that "),
    (re.compile(r",\s+(?:resulting in|leading to)\s+", re.I), "This led to "),
    (
        re.compile(
            r",\s+which\s+(?=(?:is|are|was|were|has|have|had|may|might|can|could|"
            r"suggests?|shows?|led|leads|results?|indicates?|means?|makes?|causes?|"
            r"\w+ed)\b)",
            re.I,
        ),
        "This ",
    ),
    (
        re.compile(
            r",\s+and\s+(?=(?:the|this|these|those|it|they|we|there|a|an|no|both|most|"
            r"many|some|all|its|their|our|each|neither|none|people|patients|mice|cells|"
            r"researchers)\b)",
            re.I,
        ),
        "",
    ),
    (re.compile(r",\s+(?:although|though)\s+", re.I), "But "),
    (re.compile(r",\s+because\s+", re.I), "This is because "),
    (re.compile(r":\s+"), ""),
    (
        re.compile(
            r"\s+and\s+(?=(?:the|this|these|those|it|they|there|no|both|most|many|all|its|"
            r"their|each|neither|none)\s+\w+\s+(?:\w+\s+)?(?:is|are|was|were|has|have|had|"
            r"did|could|may|might|\w+ed)\b)",
            re.I,
        ),
        "",
    ),
]
# Tails that can go when a sentence is still too long: examples and asides, never the claim.
_TAILS = re.compile(
    r",?\s+(?:including|such as|for example|e\.g\.|especially|particularly|as well as|"
    r"in addition to|compared with those|among others)\s+[^,;]+$"
    r"|,\s+(?:including|such as|for example|e\.g\.|especially|particularly|also known as|"
    r"together with|suffering from)\s+[^;]+$",
    re.I,
)
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|can|could|may|might|will|would|"
    r"should|must|showed|shows|found|finds|led|leads|made|makes|took|gave|fell|rose|grew|saw|got|"
    r"had|seems?|seemed|remains?|remained|became|helps?|suggests?|needs?|works?|\w{3,}ed)\b",
    re.I,
)
# "The researchers wanted to X and to Y": two aims, two sentences.
_TWO_AIMS = re.compile(
    r"^(?P<a>(?P<who>The researchers|The review authors) (?:wanted|aimed) to .+?),? and "
    r"(?:also )?to (?P<b>.+)$"
)
_FRONT_CLAUSE = re.compile(r"^(?:Although|Though|While|Whereas)\s+(?P<a>[^,]+),\s+(?P<b>.+)$", re.I)


@dataclass(frozen=True)
class PlainSentence:
    """A simplified sentence with the measures used to choose it."""

    text: str
    words: int
    grade: float
    rare: float
    fk_words: int = 0
    syllables: int = 0
    order: int = 0

    @property
    def cost(self) -> float:
        """Lower is easier to read: the Flesch-Kincaid grade the sentence would have at an
        average length (its words' syllables decide, since splitting already kept it short),
        plus a penalty for rare words."""
        return 11.8 * self.syllables / max(1, self.fk_words) - 11.3 + 20 * self.rare


def _capitalise(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def tidy(text: str) -> str:
    """Fix the spacing and punctuation that removals leave behind; end with a full stop."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,;:.!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"[,;:]\s*([.!?])", r"\1", text)
    text = re.sub(r"^[,;:.\s-]+", "", text)
    text = re.sub(r"\b(\w+) \1\b", r"\1", text)
    text = re.sub(r"\b(\w+ \w+) \1\b", r"\1", text)  # "prevention of prevention of"
    text = re.sub(r"\b(\w+) (?:and|or) \1\b", r"\1", text)
    text = re.sub(r"\bBut, ", "But ", text)
    text = re.sub(r";\s*but,\s+", "; but ", text)
    text = re.sub(r"\bpeople'(?!s)", "people's", text)
    text = re.sub(r"\ba ([aeiouAEIOU])", r"an \1", text)
    text = re.sub(r"\ban ([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])", r"a \1", text)
    text = text.rstrip(" ,;:-")
    if text and text[-1] not in ".!?":
        text += "."
    return _capitalise(text)


def voice(text: str, review: bool) -> str:
    """Make the writer's "we" explicit: the researchers, or the review authors."""
    who = "the review authors" if review else "the researchers"
    text = re.sub(r"^We\b", who.capitalize(), text)
    text = re.sub(r"\bwe\b", who, text)
    text = re.sub(r"\b[Oo]ur\b", "their", text)
    text = re.sub(r"\bus\b", "them", text)
    return text


_ADJ_SUFFIX = re.compile(r"(?:al|ic|ous|ive|ant|ent|ary|ible|able|ar|oid|ory|ated)$")
_PREDICATIVE = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "very",
        "more",
        "less",
        "most",
        "least",
        "not",
        "as",
        "so",
        "too",
        "remained",
        "became",
        "seems",
        "appeared",
        "and",
        "or",
    }
)
# Rare adjectives that carry the meaning of a finding: never dropped.
_KEEP_ADJ = frozenset(
    {
        "malignant",
        "benign",
        "recessive",
        "dominant",
        "congenital",
        "metastatic",
        "invasive",
        "resistant",
        "refractory",
        "severe",
        "mild",
        "moderate",
        "fatal",
        "lethal",
        "toxic",
        "negative",
        "positive",
        "progressive",
        "relapsing",
        "primary",
        "secondary",
        "chronic",
        "acute",
        "placebo",
        "significant",
        "insignificant",
        "clear",
        "unclear",
        "inconclusive",
        "ineffective",
        "effective",
        "harmful",
        "adverse",
        "similar",
        "different",
        "equivalent",
    }
)
_TOKEN = re.compile(r"\S+")


def drop_rare_adjectives(text: str) -> str:
    """Drop rare descriptive words before a noun ("an intricate and aberrant interaction" ->
    "an interaction"): they add reading load, not the finding. Meaning-bearing ones stay."""
    tokens = _TOKEN.findall(text)
    keep = [True] * len(tokens)
    for i, tok in enumerate(tokens[:-1]):
        word = tok.lower()
        if not word.isalpha() or tok[0].isupper() or word in _KEEP_ADJ:
            continue
        if not _ADJ_SUFFIX.search(word) or measure.zipf(word) >= 3.0:
            continue
        prev = tokens[i - 1].lower() if i else ""
        nxt = tokens[i + 1]
        after_dropped = prev in ("and", "or") and i >= 2 and not keep[i - 2]
        if (prev in _PREDICATIVE and not after_dropped) or not prev.isalpha():
            continue
        if nxt.lower() in ("and", "or") and i + 2 < len(tokens) and tokens[i + 2].isalpha():
            keep[i] = keep[i + 1] = True  # "ADJ and NOUN": not safe to drop
            continue
        if nxt.isalpha() and nxt.islower():
            keep[i] = False
            if after_dropped:
                keep[i - 1] = False
    out = " ".join(t for t, k in zip(tokens, keep, strict=True) if k)
    return re.sub(r"\b(a|an|the) (and|or) ", r"\1 ", out)


def rewrite(text: str, review: bool = False) -> str:
    """Statistics out, lead-ins dropped, jargon replaced, "we" made explicit (one sentence)."""
    text = strip_statistics(text)
    text = _LABEL.sub("", text)
    text = re.sub(r"\band/or\b", "or", text)
    text = re.sub(r"(?<=[a-z]{3})/(?=[a-z]{3})", " or ", text)
    for pattern, repl in _LEAD_INS:
        text = pattern.sub(repl, text)
    text = plain_words(text)
    text = drop_rare_adjectives(text)
    text = voice(text, review)
    return tidy(text)


# A scene-setting phrase before the main clause ("In this small study of older adults, ...").
_AND_CLAUSE = re.compile(r",\s+and\s+")
_LEADING_PHRASE = re.compile(
    r"^(?:In|During|After|Before|For|Among|Within|Across|Using|With|By|At|Over|Following|"
    r"Compared with|Based on)\b[^,]{3,70},\s+(?=\w)",
)


# A clause that starts like this has no subject of its own: it cannot stand as a sentence.
_NO_SUBJECT = re.compile(
    r"^(?:and|or|but|nor|which|that|who|whom|whose|with|to|for|as|by|from|in|on|of|than|"
    r"including|compared|based|using|given|can|could|may|might|will|would|should|must|"
    r"improve|reduce|increase|provide|help|compare|assess|check|find|show|make|use|examine|"
    r"evaluate|determine|identify|explore|study|look|test|measure|describe|see)\b",
    re.I,
)


_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|should|"
    r"must|shows?|showed|found|finds|led|leads|made|makes|took|takes|gave|gives|fell|falls|"
    r"rose|rises|grew|grows|saw|sees|got|gets|became|becomes|seems?|remains?|suggests?|"
    r"includes?|needs?|helps?|affects?|reduces?|increases?|improves?|exists?|appears?|"
    r"works?|lowers?|raises?|causes?|depends?|differs?|varies|changes?|lacks?|plays?|comes?|"
    r"occurs?|contains?|represents?|provides?|allows?|supports?|indicates?|requires?|uses?|"
    r"report|describes?|tends?|ranges?|ranged|"
    r"(?:(?<=trial )|(?<=trials )|(?<=study )|(?<=studies )|(?<=authors )|(?<=researchers )"
    r"|(?<=we )|(?<=they ))compared|"
    r"(?!(?:compared|based|related|called|named|used|linked|associated|given)\b)\w{3,}ed)\b",
    re.I,
)


# Starts that can never begin a sentence, and starts that need a main clause after a comma.
_HARD_START = re.compile(
    r"^(?:and|or|nor|which|that|who|whom|whose|than|can|could|may|might|will|would|should|"
    r"must|improve|reduce|increase|provide|help|compare|assess|check|find|show|make|use|examine|"
    r"evaluate|determine|identify|explore|study|look|test|measure|describe|see)\b",
    re.I,
)
_SUBORDINATE = re.compile(
    r"^(?:While|Whereas|Although|Though|Because|Since|If|Unless|When|As|Whether|With|To|For|"
    r"By|From|In|On|Of|Including|Compared|Based|Using|Given|After|Before|During|Among|"
    r"Despite|Unlike|Like|Once|Until)\b"
)
_RELATIVE = re.compile(r"\b(?:that|which)\b")
# "In the second group there was no change.": a main clause after a scene-setting phrase.
_THERE_WAS = re.compile(r"^(?:In|During|After|Before|Among|At)\b[^,]* there (?:was|were|is|are)\b")


def is_sentence(text: str) -> bool:
    """Whether `text` reads as a whole sentence: a finite verb, and not a clause that starts
    with a bare verb, a modal or a conjunction."""
    text = re.sub(r"^But\s+", "", text)
    if not _FINITE.search(text) or _HARD_START.match(text):
        return False
    if _SUBORDINATE.match(text) and ", " not in text and not _THERE_WAS.search(text):
        return False  # "While one trial scored poorly." has no main clause
    if len(text.split()) <= 8:
        main = _RELATIVE.split(text)[0]
        return bool(_FINITE.search(main))  # "The results that are affected." is a fragment
    return True


# Housekeeping a lay reader does not need: funding, registration, conflicts of interest.
_ADMIN = re.compile(
    r"\bfund(?:ed|ing|er|ers)\b|\bsponsor|\bconflicts? of interest|\bregist(?:ered|ration|ry "
    r"number)|\bprotocol\b|\bclinicaltrials\b|\bthis (?:review|study) is up to date\b",
    re.I,
)


def _gate_claims(text: str) -> bool:
    """Whether the gate's claims check would flag `text` (overclaiming or advice)."""
    try:
        from ..checks.claims import find_claims
    except ImportError:
        return False
    return bool(find_claims(text))


def strip_label(text: str) -> str:
    """`text` without an inline heading at its start ("Methods: We ..." -> "We ...")."""
    return _LABEL.sub("", text)


def _has_verb(text: str) -> bool:
    return bool(_VERB.search(text) or _FINITE.search(text))


def split_long(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """Split a long sentence at safe points into whole sentences; short ones come back as is."""
    if len(text.split()) <= max_words:
        return [text]
    aims = _TWO_AIMS.match(text.rstrip("."))
    if aims and len(aims["a"].split()) >= 6 and len(aims["b"].split()) >= 3:
        return split_long(tidy(aims["a"]), max_words) + split_long(
            tidy(f"{aims['who']} also wanted to {aims['b']}"), max_words
        )
    front = _FRONT_CLAUSE.match(text.rstrip("."))
    if front and _has_verb(front["a"]) and _has_verb(front["b"]):
        return split_long(tidy(front["a"]), max_words) + split_long(
            tidy("But " + front["b"]), max_words
        )
    body = text.rstrip(".")
    for pattern, lead in _SAFE_SPLITS:
        for m in pattern.finditer(body):
            left, right = body[: m.start()], body[m.end() :]
            if len(left.split()) < 4 or len(right.split()) < 4:
                continue
            if not (_has_verb(left) and _has_verb(right)) or _NO_SUBJECT.match(right):
                continue
            right = lead + right if lead else _capitalise(right)
            return split_long(tidy(left), max_words) + split_long(tidy(right), max_words)
    for m in _AND_CLAUSE.finditer(body):  # ", and <noun phrase> <verb> ...": two sentences
        left, right = body[: m.start()], body[m.end() :]
        first = right.split()[0] if right.split() else ""
        if (
            len(left.split()) >= 5
            and len(right.split()) >= 5
            and _FINITE.search(left)
            and _FINITE.search(" ".join(right.split()[1:]))
            and not _FINITE.fullmatch(first)
            and not re.match(r"\w+(?:ed|ing|ly)$", first)
            and not _HARD_START.match(right)
            and not _SUBORDINATE.match(_capitalise(right))
        ):
            return split_long(tidy(left), max_words) + split_long(
                tidy(_capitalise(right)), max_words
            )
    scene = _LEADING_PHRASE.match(body)
    if scene and _has_verb(body[scene.end() :]) and len(body[scene.end() :].split()) >= 6:
        return split_long(tidy(_capitalise(body[scene.end() :])), max_words)
    if len(text.split()) > HARD_MAX_WORDS - 6:
        shorter = _TAILS.sub("", body)
        if shorter != body and len(shorter.split()) >= 6 and _has_verb(shorter):
            return split_long(tidy(shorter), max_words)
    return [text]


def fit_for_readers(text: str) -> bool:
    """Whether a plain sentence may be shown: no statistics, symbols, unknown abbreviations or
    hype, and not too long."""
    n = len(text.split())
    return (
        3 <= n <= HARD_MAX_WORDS
        and not has_statistics(text)
        and not _UNREADABLE.search(text)
        and not HYPE.search(text)
        and not _gate_claims(text)
        and not unexplained(text)
        and '"' not in text
        and not re.search(r"(?:^|\s)'\w[^']*'", text)
        and not text.endswith("?")
        and not _ADMIN.search(text)
        and is_sentence(text)
        and not re.search(r"\bthe following\b|\bas follows\b", text, re.I)
    )


def plain_sentences(text: str, review: bool = False) -> list[PlainSentence]:
    """The readable plain sentences one source sentence becomes (possibly none)."""
    out = []
    for piece in split_long(rewrite(text, review)):
        piece = tidy(piece)
        if fit_for_readers(piece):
            ws = measure.words(piece)
            out.append(
                PlainSentence(
                    piece,
                    len(piece.split()),
                    measure.grade(piece),
                    measure.rare_share(piece),
                    len(ws),
                    sum(measure.syllables(w) for w in ws),
                )
            )
    return out
