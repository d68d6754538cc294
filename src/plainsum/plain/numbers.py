"""Remove the statistics a lay reader cannot use (p-values, confidence intervals, ratios, SDs,
"(n = 42)") and find the few numbers a reader needs (how many people or studies, how long).

Nothing here writes a number: numbers are only removed or quoted exactly as the source has them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import caseless
from ..memo import SIZE
from ..prefilter import search
from .number_words import count_value
from .per_unit_trend import trend_by_direction
from .wholeness import has_verb

# A whole count: "1,204" or "42", never a piece of "1.96,1423" or "3.5".
_NUM = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d)"
_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
COUNT = rf"(?:{_NUM}|{_NUMBER_WORDS})"

# A unit a reader knows, after an amount: "0.9 points", "0.5 kg", "-1.54 cm", "-0.61%".
_READER_UNIT = (
    r"(?: ?%| ?(?:mg|mcg|µg|g|ml|IU|mmol|units?|points?|kg|cm|mm|days?|weeks?"
    r"|months?|years?|hours?|minutes?|seconds?|litres?|liters?|metres?|meters?|km|kilomet(?:re|er)s?"
    r"|miles?|feet|foot|inch(?:es)?|steps?|pounds?|lbs?|nights?|(?:quality-adjusted )?"
    r"life[- ]years?|QALYs?|ms|milliseconds?|mmHg|µm|micromet(?:re|er)s?|millimet(?:re|er)s?|"
    r"grams?|kilograms?)\b)"
)
# A decimal below one, never a dose ("0.6 mg"): a ratio, a correlation, a p-value without its "p"
# (nor an amount in a unit a reader knows: "fell by 0.9 points", "0.5 kg", "0.4 days", "0.9
# seconds faster over 25 feet", "lost 0.21% less brain volume a year", "shortened by 0.6 ms")
_DECIMAL_BELOW_ONE = rf"(?<![\w.])0\.\d+\b(?!{_READER_UNIT})"
# A signed figure: an effect size ("SMDs ranged from -0.85 to -0.17"), a bound, a range's end.
_SIGNED = r"(?<![\w.])-\d+(?:\.\d+)?\b"
# Markers of statistics a lay reader cannot use.
_STAT_MARKERS = (
    r"\b[pP]\s*[<=>≤≥]",
    r"(?-i:\bCIs?\b)",
    r"confidence intervals?",
    r"(?-i:\b(?:a?[OHR]R|RRR|ARR|MD|SMD|WMD|SD|SE|SEM|IQR|AUC|ROC|HR|OR|RR|NNT|I2|I²|β|r2|R2|df)\b)"
    r"\s*[=:]?\s*-?\d",
    r"\b(?:hazard|odds|risk|rate) ratios?\b",
    r"\bmean difference\b",
    r"standard(?:i[sz]ed)? (?:deviation|error|mean difference)",
    r"\binterquartile\b",
    r"±",
    r"\bchi-?square",
    r"\bt-test\b",
    r"\bregression coefficient",
    r"\bodds\b",
    r"\b\d+(?:\.\d+)?\s*%\s*(?:CI|confidence)",
    r"\bI\s*\^?2\s*=",
    r"\beffect size\b",
    r"\bz\s*=",
    r"\b(?:rate|risk) differences?\b",
    _SIGNED,
    r"\bprediction intervals?\b",
    # a decimal below one, never a dose ("0.6 mg")
    _DECIMAL_BELOW_ONE,
    r"(?-i:\b(?:RR|OR|HR|SMD|MD)\b)",
)
STAT = re.compile("|".join(_STAT_MARKERS), re.I)
# The same markers one by one: most hold a word a sentence without them lacks, so most are
# answered by substring tests (`prefilter.search`), where the one pattern tries every marker
# at every place of the sentence. A sentence holds STAT when it holds one of them.
_STAT_EACH = tuple(re.compile(marker, re.I) for marker in _STAT_MARKERS)
_PAREN = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_INLINE_STATS = [
    re.compile(r",?\s*\b[pP]\s*[<=>≤≥]\s*0?\.\d+"),
    # (never one the sentence speaks of, "had a very wide 95% CI, suggesting ...", "the 95% CI
    # includes ...": without it, "had a very wide, suggesting" is broken; the sentence keeps
    # its statistic and is not shown)
    re.compile(
        r",?\s*\b(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )(?<!\b[Ii]ts )(?<!\b[Tt]heir )(?<!\bwide )"
        r"(?<!\bnarrow )(?<!\bbroad )(?<!\blarge )(?<!\bsmall )"
        r"\d+(?:\.\d+)?\s*%\s*(?:CI|confidence interval)[^,;.]*(?:\.\d+[^,;.]*)*"
    ),
    re.compile(r",?\s*\(?\bn\s*=\s*\d[\d,]*\)?"),
    # "was 59.2±12.9", "4.1 +/- 0.8 days": the spread after a mean goes; the mean and its unit stay
    re.compile(r"(?<=\d)\s*(?:±|\+/-)\s*\d+(?:\.\d+)?(?!\d)"),
    # "..., P value = 0.16": a p-value written with its name
    re.compile(r",?\s*\b[pP][ -]values?\s*[<=>≤≥]\s*0?\.\d+"),
    # "... of influenza-like illness: risk ratio 0.48." A statistic appended after a colon,
    # semicolon or comma, with nothing of the sentence after it: the sentence ends before it.
    re.compile(
        r"\s*[:;,]\s*(?:the )?(?:(?:risk|odds|hazard|rate) ratio|(?:standardi[sz]ed )?mean "
        r"difference|risk difference|(?-i:a?RR|OR|HR|MD|SMD|WMD|RD))\s*(?:of\s*|=\s*|:\s*)?"
        r"-?\d+(?:\.\d+)?(?=\s*[.;]?\s*$)",
        re.I,
    ),
]


# A bracket glued to the word after it is part of that word, not an aside: a prefix
# ("(a)symptomatic" is both kinds, "(re)admissions"; written out by `_BOTH_FORMS`) or an
# isotope's mass number as PubMed writes a superscript ("(13)C", "(1)H", "(18)F"); removing it
# says something else ("symptomatic", "andC"). A glued bracket before any other word is a
# missing space ("(2)To", "(RCTs)and").
_GLUED_PREFIX = re.compile(r"[(\[](?:[a-z]{1,6}-?|\d{1,3}|OH)[)\]]")
_ELEMENT = re.compile(
    r"(?:H|He|C|N|O|F|Na|P|S|K|Ca|Mn|Fe|Cu|Ga|Rb|Sr|Y|Zr|Tc|I|Xe|Gd|Lu|Tl|Ra|D)(?![a-z])"
)


# A bracket that says how the treatment was given ("cyclophosphamide (administered as intensive
# schedule) in progressive MS"): a qualifier of the claim, never an aside. Dropped, the claim is
# said of every way of giving it (a reader called that false, CD002819); it stays, as commas.
_HOW_GIVEN = re.compile(
    r"\((?P<how>(?:administered|given|delivered|taken|applied|injected|infused) "
    r"(?:as|by|in|at|for|with|via|once|twice|daily|weekly|monthly|orally|intravenously)"
    r"(?: [a-z-]+){0,5})\)"
)


# A bracket right after a figure that names whose figure it is ("was 64% (SU group) and 12.5%
# (insulin group, P = 0.007)"): dropped, the figures have no group ("was 64% and 12.5%", a
# reader's firm broken, CD006165); the group stays, said as words ("64% in the SU group").
_FIGURE_OF_GROUP = re.compile(
    r"\s*\((?:the )?(?P<group>(?:(?!(?:vs|versus|and|or|per|each|all|both)\b)[\w-]+ ){1,3}"
    r"(?:group|arm))(?:\s*[,;][^()]*)?\)",
    re.I,
)
# (the figure and its unit: "12 points (yoga group)", "14 people (treatment group)")
_FIGURE_BEFORE = re.compile(r"\d%?(?: [a-z]+){0,2}$")


# A share in brackets right after a count ("143 (1.6%) described hair loss, against 0.4% of
# reports for other drugs"): when the sentence sets a share against it after, that share is the
# figure compared, and without it "143 ... against 0.4%" sets a count against a share (w3's
# "212 described alopecia, against 0.5%"). It stays.
_SHARE = re.compile(r"\s*\((?P<share>\d+(?:\.\d+)?\s?%)\)")
_COUNT_BEFORE = re.compile(r"\b\d[\d,]*$")
_SHARE_AGAINST = re.compile(
    r"\b(?:against|versus|vs\.?|compared (?:with|to)|than|while|whereas)\s+(?:[a-z]+\s+){0,2}"
    r"\d+(?:\.\d+)?\s?%",
    re.I,
)


def _compared_share(match: re.Match[str]) -> bool:
    """Whether `match` is a share in brackets after a count that a share later in the sentence,
    outside brackets, is set against."""
    if not _SHARE.fullmatch(match.group()):
        return False
    if not _COUNT_BEFORE.search(match.string[: match.start()]):
        return False
    return bool(_SHARE_AGAINST.search(_PAREN.sub("", match.string[match.end() :])))


def _drop(match: re.Match[str]) -> str:
    after = match.string[match.end() :]
    if _compared_share(match):
        return match.group()
    group = _FIGURE_OF_GROUP.fullmatch(match.group())
    if group and _FIGURE_BEFORE.search(match.string[: match.start()]):
        return f" in the {group['group']}"
    how = _HOW_GIVEN.fullmatch(match.group().lstrip())
    if how and after[:1] == " " and after[1:2].isalpha():  # the sentence goes on after it
        return f", {how['how']},"
    if how and after.strip() in ("", "."):  # it ends the sentence
        return f", {how['how']}"
    glued = not match.group()[:1].isspace() and match.string[: match.start()][-1:].isalpha()
    if glued and ":" in match.group():
        return match.group()  # "poly(I:C)": part of the name, never "poly" alone
    if not after[:1].isalnum():
        return ""
    bracket = match.group().lstrip()
    spaced = " " if match.group()[:1].isspace() else ""  # "trials (RCTs)and": "trials and"
    if not _GLUED_PREFIX.fullmatch(bracket):
        return spaced
    if bracket[1].isdigit() or bracket[1:3] == "OH":
        return match.group() if _ELEMENT.match(after) else spaced
    return match.group() if after[:1].islower() else spaced


# "(a)symptomatic" means both: written out, "symptomatic or asymptomatic".
_BOTH_FORMS = re.compile(r"[(\[]([a-z]{1,6}-?)[)\]]([a-z][\w-]*)")


# "... for the mean length of A (MD ...; 95% CI ...) B lasting over 4 days (RR ...) and C (MD ...)":
# the statistics bracket alone keeps A and B apart, a list separator the words do not have.
# Dropped, "A B lasting over 4 days" reads as one outcome that does not exist (a reader's firm
# false, CD003048); it becomes a comma. Only when the words after it are an item too: a noun
# phrase (no verb or joining word first, no full stop) that ends in statistics of its own and
# a list's comma, "and" or "or": "mortality (RR ...) fell with X (RR ...), and" is no list.
_ITEM_SEPARATOR = re.compile(
    r"(?<=\w) \((?P<stats>[^()]*)\) (?P<item>(?!(?:and|or|but|nor|for|with|in|of|to|at|on|by|"
    r"compared|versus|vs|than|when|while|whereas|which|who|that|respectively|between|from|"
    r"after|during|over|per|as|based|without|only|up|although|though|relative|amidst)\b)"
    r"[a-z][^().;:,]*?) (?=\((?P<next>[^()]*)\)\s*(?:,|;|\band\b|\bor\b))"
)


def _separate_items(text: str) -> str:
    """`text` with a statistics bracket that alone separates two list items made a comma."""
    if " (" not in text:
        return text

    def comma(m: re.Match[str]) -> str:
        if has_verb(m["item"]) or not (STAT.search(m["stats"]) and STAT.search(m["next"])):
            return m.group()
        return f", {m['item']} "

    return _ITEM_SEPARATOR.sub(comma, text)


def _both_forms(m: re.Match[str]) -> str:
    """ "(re)admissions": "admissions or readmissions" (a function, not the template
    r"\2 or \1\2", which Python 3.11 hands to `re._subx` at every `sub`)."""
    return f"{m[2]} or {m[1]}{m[2]}"


@lru_cache(maxsize=SIZE)  # a sentence is stripped again by each reading of it
def drop_brackets(text: str) -> str:
    """Remove every bracketed aside, inner ones first (abstracts keep statistics there); a
    bracketed prefix is written out as both words ("(re)admissions": "admissions or
    readmissions") and a mass number glued to its element stays ("(13)C"). A chemical name
    whose brackets are part of the word ("6-{5-[4-(N-methoxyamidino)phenyl]-furan-2-yl}") is
    left whole: without its brackets it reads "6-{5--furan-2-yl}"."""
    text = _separate_items(_BOTH_FORMS.sub(_both_forms, text))
    names = _glued_names(text)
    for i, name in enumerate(names):
        text = text.replace(name, f"\x00{i}\x00", 1)
    previous = None
    while previous != text:
        previous = text
        text = _PAREN.sub(_drop, text)
    for i, name in enumerate(names):
        text = text.replace(f"\x00{i}\x00", name)
    if "(" in text or ")" in text:
        text = _unbalanced(text)
    return text


# What is left of an aside the paper forgot to close: "... increases survival (3142 participants;
# HR 0.74." - statistics to the sentence's end.
_OPEN_STATS = re.compile(r"\s*\((?P<aside>[^()]*?)(?P<end>[.;:!?]?)$")
# A bracket the paper closed twice: "... may increase with drug A), there is ...", or closed one
# aside early, leaving the aside's tail outside it: "... for recurrence; four studies; 1846
# births)." (the tail goes with the bracket: counts of studies and people, how sure).
_SIZE_WORD = (
    r"(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|studies|study|trials?|"
    r"RCTs?|participants|people|patients|women|men|children|infants|babies|births|eyes|"
    r"(?:very )?(?:low|moderate|high)(?:-| )(?:certainty|quality)(?: evidence)?|evidence)"
)
_STRAY_CLOSE = re.compile(
    # (never after a short form: "behavioural therapy CBT)" lost its opening bracket, and
    # without it reads the long form twice once the short form is written out)
    rf"(?:\s*[;,](?: {_SIZE_WORD}){{1,3}})*(?<=[\w%]{{3}})(?<!(?-i:[A-Z]{{2}}))\)(?=[\s,;.]|$)",
    re.I,
)
_OPEN_MAX_WORDS = 15


def _unbalanced(text: str) -> str:
    """`text` without what is left of a statistical aside whose brackets the paper did not
    balance (the open bracket and the statistics after it to the sentence's end, or a closing
    bracket with no opening one after a word); brackets that pair up are left as they are."""
    depth, stray = 0, False
    for c in text:
        depth += (c == "(") - (c == ")")
        stray = stray or depth < 0
    if stray and text.count(")") > text.count("("):
        text = _STRAY_CLOSE.sub("", text, count=text.count(")") - text.count("("))
    m = _OPEN_STATS.search(text) if text.count("(") > text.count(")") else None
    if m is not None and len(m["aside"].split()) <= _OPEN_MAX_WORDS and has_statistics(m["aside"]):
        text = text[: m.start()] + (m["end"] or "")
    return text


_GLUED_OPEN = re.compile(r"(?<=[\w-])[\[{]")
_CLOSERS = {"[": "]", "{": "}", "(": ")"}


def _glued_names(text: str) -> list[str]:
    """The chemical names of `text`: a word with a square or curly bracket glued inside it
    ("5-[4-..."), from the word's start to the end of the word its brackets close in."""
    names: list[str] = []
    for m in _GLUED_OPEN.finditer(text):
        if names and m.start() < text.find(names[-1]) + len(names[-1]):
            continue  # inside the name already taken
        start = max(text.rfind(" ", 0, m.start()) + 1, 0)
        depth, end = 0, None
        for j in range(start, len(text)):
            c = text[j]
            if c in _CLOSERS:
                depth += 1
            elif c in _CLOSERS.values():
                depth -= 1
                if depth == 0 and j > m.start():
                    end = j + 1
                    break
        if end is None:
            continue
        tail = re.match(r"[\w-]*", text[end:])
        names.append(text[start : end + (tail.end() if tail else 0)])
    return names


# "No difference was found for A (RR ...), B (RR ...)." The statistics joined a two-item list
# the words alone do not: without them it reads "for A, B." as if B were a stray fragment.
# (a clause after the comma, "..., however there was heterogeneity (I2 = 95%)", is no item:
# given an "and" it read "between the two groups, and however the studies differed a lot")
_UNJOINED_LAST = re.compile(
    r"(?P<head>[)\]])\s*,\s*(?P<item>(?!(?:and|or|but|nor|which|who|with|while|whereas|as|"
    r"that|than|so|thus|then|also|both|including|such|compared|versus|vs|although|though|"
    r"because|since|when|where|if|however|therefore|hence|yet|nevertheless|there)\b)"
    r"(?:[\w'-]+\s+){0,5}[\w'-]+)(?P<stats>\s*[(\[][^()\[\]]*[)\]])\s*(?P<end>[.;]?\s*)$"
)


def _join_last_item(text: str) -> str:
    """A last list item whose statistics alone joined it to the list, given its "and"."""
    m = _UNJOINED_LAST.search(text)
    if m is None or not STAT.search(m["stats"]):
        return text
    opened = text.rfind("(", 0, m.start("head"))
    if opened < 0 or not STAT.search(text[opened : m.end("head")]):
        return text  # only a list whose items each carry their statistics
    if re.search(r"\b(?:and|or|nor)\b", m["item"]) or not re.fullmatch(r"[a-z][\w' -]*", m["item"]):
        return text
    return text[: m.end("head")] + ", and " + m["item"] + m["stats"] + m["end"]


@lru_cache(maxsize=SIZE)
def strip_statistics(text: str) -> str:
    """`text` without bracketed asides and without inline p-values, intervals and "n = ..."."""
    text = drop_brackets(_join_last_item(text))
    for pattern in _INLINE_STATS:
        text = pattern.sub("", text)
    return trend_by_direction(text)


# "The yearly relapse rate was 0.13 with one drug and 0.14 with the other": relapses a person
# has a year, the main result of most MS trials and one a reader can use; its decimals below one
# are not a statistic (a ratio, a correlation, a p-value without its "p").
_RELAPSE_RATE = re.compile(
    r"\brelapse rates? (?:was|were|is|are|of|fell|rose|dropped|went|declined|increased|"
    r"decreased|reduced)\b",
    re.I,
)
_BELOW_ONE = _STAT_MARKERS.index(_DECIMAL_BELOW_ONE)
_STAT_BUT_BELOW_ONE = _STAT_EACH[:_BELOW_ONE] + _STAT_EACH[_BELOW_ONE + 1 :]


# A signed figure in a unit a reader knows, its sign standing alone ("was -0.61% with the drug
# and -0.65% with placebo"): where no word says which way, the sign does, and the figure is the
# outcome itself, the main result of a trial whose measure falls in both arms (counted a
# statistic, a negative trial's body lost its primary result: v9 of the lead's hand-written
# set). Glued to a figure before it, a hyphen is a range ("0.22%-34%"); after a word that says
# which way, the sign says it twice ("a decrease of -20%", "a decrease in growth of -1.54 cm"):
# both stay statistics, as before.
_SIGNED_OUTCOME = re.compile(rf"(?<![^\s(\[])-\d+(?:\.\d+)?(?!\.?\d){_READER_UNIT}")
_WHICH_WAY = re.compile(
    r"\b(?:decreas\w*|reduc\w*|increas\w*|fall|fell|falling|rise|rose|rising|loss|lost|gain\w*|"
    r"drop\w*|declin\w*|lower|higher|less|more|improv\w*|worse\w*|shr[iu]nk\w*|grow\w*|"
    r"slow\w*|faster|greater|smaller)\b",
    re.I,
)
_SIGNED_AT = _STAT_MARKERS.index(_SIGNED)


def _signed_outcomes_only(text: str) -> bool:
    """Whether every signed figure in `text` is an outcome said by its sign alone
    (`_SIGNED_OUTCOME`), and no word says which way."""
    signed = [m.start() for m in _STAT_EACH[_SIGNED_AT].finditer(text)]
    outcomes = {m.start() for m in _SIGNED_OUTCOME.finditer(text)}
    return bool(signed) and set(signed) <= outcomes and not _WHICH_WAY.search(text)


def has_statistics(text: str) -> bool:
    """Whether statistics a lay reader cannot use are still in `text`."""
    markers = _STAT_BUT_BELOW_ONE if _RELAPSE_RATE.search(text) else _STAT_EACH
    if "-" in text and _signed_outcomes_only(text):
        markers = tuple(m for m in markers if m is not _STAT_EACH[_SIGNED_AT])
    return any(search(marker, text) for marker in markers)


# A count of people; never the number of a name ("COVID-19 patients", "SARS-CoV-2 cases").
_WHO = (
    r"participants|patients|people|persons|individuals|adults|children|women|men|"
    r"infants|volunteers|subjects|smokers|veterans|students|cases|twins|pairs|"
    # people named by their role: "3,118 nurses", "24 family caregivers", "40 neurologists"
    r"nurses|caregivers|carers|parents|mothers|fathers|physicians|doctors|neurologists|"
    r"clinicians|respondents|workers|employees|spouses|adolescents|teenagers|newborns|"
    r"neonates|survivors"
)
_PEOPLE = re.compile(
    rf"(?<![A-Za-z]-)\b(?P<n>{COUNT})\s+(?:(?:adult|older|young|eligible|consecutive|healthy|newly|diagnosed|"
    r"randomi[sz]ed|female|male|pregnant|children|hospitali[sz]ed|family|registered|unpaid|"
    r"informal|practising|practicing)\s+){0,3}"
    rf"(?P<who>{_WHO})\b",
    re.I,
)
# "the records of 3,120 JC virus antibody-positive patients", "data on 1,412 newly treated
# adults", "a survey of 1,514 respondents": after words that say whom a study took in, the people
# may follow a description no list of modifiers foresees. Up to four words of letters, none a
# preposition, a conjunction or a unit of time or place ("12 weeks in 40 patients" is no count
# of 12 people).
_DESCRIPTION = (
    r"(?:(?!(?:in|of|for|with|and|or|at|from|to|over|per|on|by|than|versus|vs|who|were|was|"
    r"had|days?|weeks?|months?|years?|hours?|centres?|centers?|sites?|hospitals?|clinics?|"
    r"countries|cohorts?|studies|trials)\b)[A-Za-z][\w-]*\s+){0,4}?"
)
_PEOPLE_DESCRIBED = re.compile(rf"\b(?P<n>{_NUM})\s+{_DESCRIPTION}(?P<who>{_WHO})\b", re.I)
_STUDIES = re.compile(
    rf"\b(?P<n>{COUNT})\s+(?:(?:randomi[sz]ed|controlled|clinical|eligible|included|"
    r"relevant|small|large|cohort|observational|placebo-controlled|cross-over|crossover|"
    r"quasi-randomi[sz]ed|RCTs?)\s+){0,3}(?P<what>studies|trials|RCTs|reviews|cohorts)\b",
    re.I,
)
_ANIMALS = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<what>mice|rats|animals|dogs|monkeys)\b", re.I)
_DURATION = re.compile(
    rf"\b(?:for|over|during|after|up to|of)\s+(?P<n>{COUNT})\s*"
    r"(?P<unit>years?|months?|weeks?|days?)\b",
    re.I,
)


# A number just before: "two hundred six", "1 000" (never a clause's end: "In 2022, 1,873 ..." is
# a year, its comma and a count)
_COMPOUND_BEFORE = re.compile(
    r"(?:\d(?:[\d,.]*\d)?|hundred|thousand|million|(?:hundred|thousand) and|"
    + _NUMBER_WORDS
    + r")[\s-]+$",
    re.I,
)


def _whole(text: str, m: re.Match[str]) -> bool:
    """Whether the count `m` found is a whole number, not the tail of "two hundred six"."""
    return not _COMPOUND_BEFORE.search(text[max(0, m.start() - 20) : m.start()])


def _is_count(n: str) -> bool:
    digits = n.replace(",", "")
    return not digits.isdigit() or (0 < int(digits) < 10_000_000 and "." not in n)


def _people_matches(text: str) -> Iterator[re.Match[str]]:
    """Every whole "N participants/patients/..." phrase in `text` that counts people."""
    for m in caseless.finditer(_PEOPLE, text):
        if _is_count(m.group("n")) and _whole(text, m):
            yield m


def people_count_at(text: str) -> re.Match[str] | None:
    """The first "N participants/patients/..." phrase in `text` that counts people."""
    return next(_people_matches(text), None)


def counts_people(text: str) -> bool:
    """Whether `text` counts people at all, a compound count too ("Two hundred five children",
    "Thirty six children": `people_count_at` reads only a count it can take whole)."""
    return any(_is_count(m.group("n")) for m in caseless.finditer(_PEOPLE, text))


def count_people(text: str) -> str | None:
    """The largest "N participants/patients/..." phrase in `text`, quoted as "N people" words."""
    best: tuple[float, str] | None = None
    for m in _people_matches(text):
        n = m.group("n")
        value = float(n.replace(",", "")) if n[0].isdigit() else 0.5
        who = m.group("who").lower()
        who = "people" if who in ("participants", "individuals", "persons", "subjects") else who
        phrase = f"{n if n[0].isdigit() else n.lower()} {who}"
        if best is None or value > best[0]:
            best = (value, phrase)
    return best[1] if best else None


def people_counts(text: str) -> list[int]:
    """Every whole "N participants/patients/..." count in `text`, in order, as numbers."""
    return [value for value, _, _ in people_count_spans(text)]


def people_count_spans(text: str) -> list[tuple[int, int, int]]:
    """Every whole "N participants/patients/..." count in `text`, in order, with where it starts
    and ends."""
    out = []
    for m in _people_matches(text):
        value = int(count_value(m.group("n")))
        if value >= 1:
            out.append((value, m.start(), m.end()))
    return out


# Words that say whom a study took in, before its count: "we reviewed the records of", "data
# on", "an online survey of", "a cohort of", "blood samples of", "the trial randomised",
# "interviews with".
_TOOK_IN = re.compile(
    r"\b(?:(?:(?:medical |health |clinical )?records|data|charts|files|(?:online |postal )?"
    r"survey|samples?|specimens|cohort) (?:of|from|on)|(?:randomi[sz]ed|enrolled|recruited|"
    # "We conducted semi-structured interviews with 24 employed adults", "interviewed 18 carers"
    r"included|studied|followed|assigned|allocated|interviewed|(?:interviews|focus groups) with))"
    r" (?:all |the |a total of )?"
    r"(?:(?:over|more than|about|around|nearly|almost|approximately) )?(?=\d)",
    re.I,
)


# A pool the study's people were drawn from, not the study: "From an available sample of 1427
# patients, we identified 157 ..., 91 of whom agreed to take part".
_FUNNEL = re.compile(
    r"\b(?:we (?:identified|selected|chose|screened|invited) (?:\d[\d,]*|"
    rf"{_NUMBER_WORDS}) (?!(?:[\w-]+ )?(?:trials|studies|RCTs|articles|records|papers|reports)\b)"
    r"|\d[\d,]* (?:were|was) (?:eligible|selected|identified|invited|approached))\b",
    re.I,
)


# A second group counted after the first, in the same clause: "focus groups with 30 nurses and
# 12 doctors", "21 people with progressive MS and 15 of their partners".
_AND_COUNT = re.compile(rf"[^.;:()]{{0,80}}?\band\s+{_NUM}\b", re.I)


def described_people_count(text: str) -> re.Match[str] | None:
    """The first count of people a study took in after words that say so (`_TOOK_IN`), its
    people named after a few words of description (`_PEOPLE_DESCRIBED`: groups "n" and "who");
    or None. A pool they were drawn from is not the study (`_FUNNEL`)."""
    for cue in _TOOK_IN.finditer(text):
        m = _PEOPLE_DESCRIBED.match(text, cue.end())
        if not m or not _is_count(m.group("n")) or not _whole(text, m):
            continue
        if _FUNNEL.search(text, m.end()):
            continue  # a pool: "..., we identified 157 ...", "..., 60 were eligible"
        if _AND_COUNT.match(text, m.end()):
            return None  # "30 nurses and 12 doctors": two groups, no one count of them all
        return m
    return None


def count_animals(text: str) -> str | None:
    """The first "N mice/rats" phrase in `text`."""
    for m in _ANIMALS.finditer(text):
        if _whole(text, m):
            return f"{m.group('n')} {m.group('what').lower()}"
    return None


def find_duration(text: str) -> str | None:
    """The first "for N weeks/months/years" phrase in `text`, as "N weeks"."""
    for m in _DURATION.finditer(text):
        n = m.group("n")
        if _is_count(n) and _whole(text, m):
            return f"{n if n[0].isdigit() else n.lower()} {m.group('unit').lower()}"
    return None
