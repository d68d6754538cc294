"""Is the input a research abstract or paper? Screened before anything is drafted.

plainsum summarises research. An advert, a press release with no study, a recipe, a news story,
a correction notice or a text in another language must not come back as a "plain-language
summary of a study", so `plainsum draft` refuses it with a one-line reason (exit 2) and
`plainsum check` flags it.

The screen weighs two kinds of evidence. Research cues are families of words a paper cannot do
without (a study or review, people, cells or animals studied, methods and measures, results with
numbers, conclusions); a real abstract shows many families, and its first-person methods ("we
measured") and statistics are rare elsewhere. Genre cues are the marks of each kind of text that
is not research: prices and offers for an advert, "announced today" and stock tickers for a press
release, ingredients and oven heat for a recipe, "originally published with an error" and
"has been corrected" for an erratum, "said" and days of the week for a news story.
A text is refused only when its genre cues are many and outweigh its research cues, or when it
has almost no research cues at all, so that no real abstract is refused (bench/bench_safety.py
measures the refusal rate on every abstract in ../shared/data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import prefilter
from .errors import InputError
from .ingest import Source
from .ingest.language import ENGLISH as _ENGLISH

MIN_ENGLISH_SHARE = 0.15  # English abstracts in ../shared/data: lowest about 0.2
MIN_LATIN_SHARE = 0.8  # share of letters that are a-z
MIN_RESEARCH_FAMILIES = 1  # no research cue family at all: not about research
MIN_GENRE_CUES = 3  # genre cues needed before a genre can outweigh the research cues
GENRE_WEIGHT = 2.0  # a genre wins when its cues x this weight exceed the research cues

_RESEARCH_FAMILIES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.I)
    for name, pattern in {
        "study": r"\b(?:study|studies|trials?|review|meta-analys[ie]s|cohort|investigation|"
        r"experiments?|case report|case series|survey|analys[ie]s|research)\b",
        "subjects": r"\b(?:patients?|participants?|subjects|volunteers|individuals|cases|"
        r"controls|women|men|adults|children|mice|rats|animals|cells|samples|specimens|"
        r"people with|persons with)\b",
        "methods": r"\b(?:methods?|design|randomi[sz]ed|placebo|controlled|cross-sectional|"
        r"retrospective|prospective|in vitro|in vivo|assay|measured|assessed|evaluated|"
        r"examined|investigated|analy[sz]ed|recruited|enrolled|included|searched|compared|"
        r"followed|collected|performed|conducted)\b",
        "results": r"\b(?:results?|findings?|found|showed|shown|observed|associated|associations?|"
        r"significant(?:ly)?|increased|decreased|reduced|improved|higher|lower|differences?|"
        r"effects?|outcomes?)\b",
        "conclusions": r"\b(?:conclusions?|conclude[ds]?|suggests?|suggested|indicates?|"
        r"indicated|demonstrates?|demonstrated|implications?|evidence|hypothes[ie]s|"
        r"further (?:research|studies))\b",
        "statistics": r"\b(?:p ?[<=>≤] ?0?\.\d|95 ?% ?ci|confidence intervals?|odds ratio|"
        r"hazard ratio|relative risk|risk ratio|mean|median|standard deviation|sd|iqr|n ?= ?\d|"
        r"\d+(?:\.\d+)? ?%)",
        "first_person": r"\bwe (?:\w+ )?(?:investigated|examined|assessed|evaluated|measured|"
        r"analy[sz]ed|found|report|describe|aimed|performed|conducted|compared|identified|"
        r"studied|review|searched|used|included|show|demonstrate|propose|present|developed|"
        r"observed|hypothesi[sz]ed|sought|tested)\b",
        "biomedical": r"\b(?:disease|disorders?|clinical|treatment|therapy|therapies|diagnosis|"
        r"symptoms?|syndrome|infection|immune|inflammat\w+|neurolog\w+|sclerosis|cancer|"
        r"protein|genes?|molecular|receptor|dose|drug|medication|mortality|morbidity|"
        r"prevalence|incidence|risk)\b",
    }.items()
}

_GENRES: dict[str, tuple[str, tuple[re.Pattern[str], ...]]] = {
    "advert": (
        "an advert or product page",
        tuple(
            re.compile(p, re.I)
            for p in (
                r"[$£€]\s?\d|\b\d+(?:\.\d\d)? ?(?:usd|eur|gbp|dollars|euros)\b",
                r"\b(?:buy|order|shop|purchase)\b[^.]{0,20}\b(?:now|today|online|here)\b",
                r"\b(?:discount|coupon|promo code|voucher|\d+ ?% off|free shipping|"
                r"free delivery|special offer|limited[- ]time|best price|lowest price)\b",
                r"[®™]",
                r"\b(?:money[- ]back|satisfaction guaranteed|risk[- ]free|customers?|"
                r"testimonials?|reviews from)\b",
                r"\b(?:our|this) (?:product|formula|supplement|capsules|tablets|kit|program)\b",
                r"\b(?:call now|act now|order now|add to (?:cart|basket)|in stock|"
                r"subscribe|sign up|while stocks last|get yours)\b",
                r"\b(?:per bottle|per pack|per month|capsules? (?:a|per) day|servings?)\b",
            )
        ),
    ),
    "press_release": (
        "a press release",
        tuple(
            re.compile(p, re.I)
            for p in (
                r"\bfor immediate release\b|\bpress release\b|\bnews release\b",
                r"\b(?:announced|announces) (?:today|that|the)\b|\btoday announced\b",
                r"\((?:nasdaq|nyse|lse|otc|tsx|asx)\s?:",
                r"\bforward[- ]looking statements?\b",
                r"\b(?:media|press|investor) (?:contact|relations|inquiries)\b",
                r"\b(?:inc|ltd|corp|llc|plc|gmbh)\b\.?",
                r"\b(?:ceo|chief executive|chief medical officer|president and)\b",
                r"\babout [A-Z][\w-]+(?: [A-Z][\w-]+)?\b(?=\s*\n|:)",
                r"\b(?:shareholders|investors|revenue|partnership|pipeline|commerciali[sz]\w+)\b",
            )
        ),
    ),
    "recipe": (
        "a recipe",
        tuple(
            re.compile(p, re.I)
            for p in (
                r"\bingredients?\b",
                r"\b(?:tablespoons?|tbsp|teaspoons?|tsp|cups? of|pinch of|cloves? of)\b",
                r"\b(?:preheat|oven|bake|baking|simmer|saut[eé]|whisk|stir|chop(?:ped)?|"
                r"slice(?:d)?|grate(?:d)?|knead|boil)\b",
                r"\b(?:serves|servings?|prep time|cook time|yield)\b",
                r"\bsalt and pepper\b|\bolive oil\b|\bto taste\b",
                r"\b\d+ ?(?:°|degrees) ?[cf]?\b|\bgas mark\b",
                r"\bminutes? (?:until|or until)\b|\buntil golden\b",
            )
        ),
    ),
    "personal": (
        "a personal story or blog post",
        (
            re.compile(
                r"\bI (?:was|am|have|had|felt|feel|spent|started|stopped|hope|think|want"
                r"|wanted|never|still|know|found|got)\b"
            ),
            re.compile(r"\b(?:I'm|I've|I'd|I'll)\b"),
            re.compile(
                r"\bmy (?:diagnosis|life|family|husband|wife|partner|journey|ms|story|"
                r"symptoms|kids|children|day|days|neurologist)\b",
                re.I,
            ),
            re.compile(r"\b(?:helped|told) me\b|\bme (?:feel|think|want)\b", re.I),
            re.compile(r"\b(?:blog|my story|hopeless|feel(?:ing)? alone|journey)\b", re.I),
        ),
    ),
    "notice": (
        "a correction or retraction notice",
        tuple(
            re.compile(p, re.I)
            for p in (
                r"\b(?:erratum|errata|corrigendum|corrigenda|retraction notice|"
                r"notice of retraction|expression of concern|publisher'?s note)\b",
                r"\b(?:originally|first) published with (?:an )?errors?\b|\bwas published "
                r"with (?:an )?errors?\b",
                r"\bwas (?:incorrectly|erroneously|wrongly|mistakenly) (?:given|stated|reported|"
                r"listed|printed|spelled|spelt|shown|labell?ed|presented)\b",
                r"\b(?:has|have) (?:now )?been (?:corrected|amended|updated)\b",
                r"\bthe authors? (?:regrets?|apologi[sz]es?|wish(?:es)? to "
                r"(?:correct|apologi[sz]e))\b",
                r"\b(?:in|of) the (?:original|published|online) (?:version|article|paper)\b|"
                r"\bthe original (?:version|article)\b",
                r"\bshould (?:have )?read\b|\bthe correct (?:value|figure|version|text) is\b",
                r"\b(?:article|paper) (?:has been|is|was) (?:retracted|withdrawn)\b|\b(?:retracted|"
                r"withdrawn) (?:this|the) (?:article|paper)\b|\bretracted at the request\b",
            )
        ),
    ),
    "news": (
        "a news story",
        tuple(
            re.compile(p, re.I)
            for p in (
                r"\b(?:said|says|told)\b",
                r"\baccording to\b",
                r"\b(?:reporters?|journalists?|reuters|associated press|newspaper|"
                r"news agency|spokesperson|spokesman|spokeswoman)\b",
                r"\b(?:on|last|this|next) (?:monday|tuesday|wednesday|thursday|friday|"
                r"saturday|sunday)\b|\b(?:yesterday|last week|last month)\b",
                r"\b(?:mr|mrs|ms|dr)\.? [A-Z][a-z]+\b(?! sclerosis)",
                r"\"[^\"]{10,}[,.]\" (?:he|she|they|[A-Z][a-z]+) (?:said|says|added)",
                r"\bpublished (?:on \w+ )?in (?:the )?(?:journal|[A-Z])",
                r"\b(?:the|a) \d+-year-old\b[^.]{0,60}\b(?:who|from|said)\b",
            )
        ),
    ),
}


@dataclass(frozen=True)
class Screening:
    """The screen's verdict on an input, with the evidence it weighed."""

    is_research: bool
    kind: str  # "research", "not_english", "no_study" or a genre: advert, press_release ...
    reason: str  # one line; empty for research
    research_families: int
    genre_cues: int
    english_share: float = 0.0  # share of words that are common English function words


_ASCII_LETTER_BYTES = bytes(range(65, 91)) + bytes(range(97, 123))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _measures(text: str) -> tuple[float, float, int]:
    """(share of letters that are Latin, share of words that are English function words,
    research cue families found)."""
    # letters, and the share of them that are Latin: ASCII letters counted at C speed (the
    # text's ASCII bytes less those left when the letters are deleted), the few others one by
    # one ("K", the Kelvin sign, lower-cases to "k")
    data = text.encode("ascii", "ignore")
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTER_BYTES))
    others = [ch for ch in _NON_ASCII.findall(text) if ch.isalpha()]
    latin_others = sum(1 for ch in others if "a" <= ch.lower() <= "z")
    latin = (ascii_letters + latin_others) / max(1, ascii_letters + len(others))
    words = _words(text)
    english = sum(map(_ENGLISH.__contains__, words)) / max(1, len(words))
    families = sum(1 for p in _RESEARCH_FAMILIES.values() if prefilter.search(p, text))
    return latin, english, families


def _notice(source: Source | str) -> str:
    """The reason to refuse a source whose record's metadata names it a notice about another
    paper (a correction, a retraction: `Source.notice`), else ""."""
    if not isinstance(source, Source) or not source.notice:
        return ""
    return f"its record marks it as {source.notice} about another paper, not a study"


def screen(source: Source | str) -> Screening:
    """Whether `source` reads as a research abstract or paper, and if not, what it is."""
    text = source.full_text if isinstance(source, Source) else source
    latin, english, families = _measures(text)
    notice = _notice(source)
    if notice:
        return Screening(False, "notice", notice, families, 0, english)
    if latin < MIN_LATIN_SHARE or english < MIN_ENGLISH_SHARE:
        return Screening(
            False,
            "not_english",
            "it does not look like English (plainsum summarises English research papers)",
            families,
            0,
            english,
        )
    best_kind, best_label, best_cues = "", "", 0
    for kind, (label, cues) in _GENRES.items():
        found = sum(1 for p in cues if prefilter.search(p, text))  # most cues: absent
        if found > best_cues:
            best_kind, best_label, best_cues = kind, label, found
    if best_cues >= MIN_GENRE_CUES and best_cues * GENRE_WEIGHT > families:
        return Screening(
            False,
            best_kind,
            f"it reads like {best_label}, not a research abstract or paper",
            families,
            best_cues,
            english,
        )
    if families < MIN_RESEARCH_FAMILIES:
        return Screening(
            False,
            "no_study",
            "it does not read like a research abstract or paper (no study, methods or results)",
            families,
            best_cues,
            english,
        )
    return Screening(True, "research", "", families, best_cues, english)


def is_research(source: Source | str) -> bool:
    """`screen(source).is_research`, at about half the cost: a genre's cues are counted only
    while they can still reach the count that would outweigh the research cues (every paper
    of a batch is screened, and almost every one is research)."""
    if _notice(source):
        return False
    text = source.full_text if isinstance(source, Source) else source
    latin, english, families = _measures(text)
    if latin < MIN_LATIN_SHARE or english < MIN_ENGLISH_SHARE:
        return False
    if families < MIN_RESEARCH_FAMILIES:
        return False
    needed = MIN_GENRE_CUES  # the fewest cues with which a genre wins over `families`
    while needed * GENRE_WEIGHT <= families:
        needed += 1
    for _, cues in _GENRES.values():
        found = 0
        for i, pattern in enumerate(cues):
            if found + len(cues) - i < needed:
                break
            if prefilter.search(pattern, text):
                found += 1
                if found >= needed:
                    return False
    return True


def require_research(source: Source, name: str | None = None) -> None:
    """Raise `InputError` (exit 2) with a one-line reason unless `source` reads as research."""
    if is_research(source):
        return
    verdict = screen(source)  # the reason, in full
    if not verdict.is_research:
        where = name or source.path or "input"
        raise InputError(f"{where} was not summarised: {verdict.reason}")
