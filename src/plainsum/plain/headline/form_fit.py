"""Whether one form of a sentence can be the headline: it reads whole alone and points at
nothing it does not name (`stands`), states a finding and is no procedure or side point
(`fits`), and which of a sentence's forms is best (`best_form`) or shorter and as good
(`shorter_forms`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...memo import SIZE
from ..abbreviations import unexplained
from ..finding import is_procedural, opens_with_a_call, says_safe, states_finding
from ..shorten import reports_a_finding
from ..simplify import PlainSentence
from ..standalone import leans_back, whole_alone
from ..wholeness import finite
from .dangling import dangles
from .forms import GLUED, framed, identified, tells_case
from .implication import implies
from .no_finding import bookkeeping, reports_only
from .rank import IDEAL_WORDS, form_cost
from .research_call import calls_for_research
from .weighed import claim, head_words

# "X showed that Y": what was shown is the clause after "that", which needs a verb of its own.
_REPORTED = re.compile(
    r"\b(?:show(?:s|ed|n)?|f(?:ind|inds|ound)|suggest(?:s|ed)?|indicat(?:e|es|ed)|"
    r"demonstrat(?:e|es|ed)|reveal(?:s|ed)?|confirm(?:s|ed)?|conclude[sd]?|observed|noted|"
    r"report(?:s|ed)?|impl(?:y|ies|ied)) that ",
    re.I,
)


def _unfinished(text: str) -> bool:
    """Whether a cut form stops inside what it reports: "X showed that the protein pairs" once
    ", including A, were linked with B" was cut off (no verb left after "that")."""
    reported = list(_REPORTED.finditer(text))
    return bool(reported) and not finite(text[reported[-1].end() :])


def stands(text: str) -> bool:
    """Whether `text` reads whole alone, points at nothing it does not name (`dangling`) and
    is one sentence, not two the source ran together (never one headline); an explanation
    in brackets is no part of it (`weighed`)."""
    text = claim(text)
    return not GLUED.search(text) and whole_alone(text) and not dangles(text)


# "The drug had no effect in young mice": a thing named only by its kind, whose name the
# paper gave before; a headline is read first, so it names nothing (never "The drug
# brivaracetam, ...", which names it).
_UNNAMED_KIND = re.compile(
    r"^The (?:drug|compound|agent|molecule|inhibitor|treatment|therapy|medicine|medication|"
    r"vaccine|antibody|supplement|intervention|device|programme|program) (?:also |alone |"
    r"itself )?(?:had|has|have|was|were|is|are|did|does|do|could|can|may|might|\w+ed)\b"
)


def fits(
    s: PlainSentence, cut: bool, text: str, drop: frozenset[str], longest: int, asides: bool
) -> bool:
    """Whether one form of a sentence can be the headline (weighed by its claim); without
    `asides` (an interview study), harms named are no side point (`finding.is_procedural`)."""
    n = head_words(text)
    if text in drop or not (IDEAL_WORDS[0] <= n <= longest) or _UNNAMED_KIND.match(text):
        return False
    return formfits(text, s.text if cut else None, asides)


# What an interview study found, said as what something is: "Decisions about moving home are
# emotional as well as practical", "Stigma remains a barrier to care". Its finding is what people
# said, not a measured change, so it reads as no finding elsewhere (`states_finding`); never a
# call or what is not known ("More support is needed", "The reasons are unclear").
_WHAT_IT_IS = re.compile(
    r"^(?!(?:This|These|It|They|There|Further|Future|More)\b)[A-Z][^,;:]{2,80}? "
    r"(?:is|are|remains?|was|were|became|becomes) (?:often |mostly |largely |deeply |both )?"
    r"(?!(?:needed|required|warranted|unclear|unknown|uncertain|limited|lacking|scarce|not)\b)"
    r"[a-z]"
)


# What a review's studies were or how they were run, said of the studies ("All studies involved
# different comparisons, none had a dummy treatment group", "A single study enrolling 68
# children was found suitable for inclusion", "All the studies allowed the use of hearing aids
# for eight weeks"): how the evidence was gathered, no finding, however it reads.
_STUDIES_WERE = re.compile(
    r"^(?:All|Most|Both|Some|Several|Many|Few|The|These|A single|One|Two|Three|Four|Five|Six|"
    r"Seven|Eight|Nine|Ten|\d+)(?: of)?(?: the| these)?(?: [\w-]+){0,2} (?:studies|trials|study|"
    r"trial)\b[^.;:]{0,80}?\b(?:(?:was|were) found suitable|suitable for inclusion|involved "
    r"different|allowed the use of|performed|described (?:mixed|different|various)|stopped early)"
    r"\b"
    # what the studies were like, a limit: "Studies in general were small, heterogenous for
    # their design", "Most trials were of low quality"
    r"|^(?:(?:All|Most|Many|Some|Both|The|These) (?:of the )?)?(?:included )?"
    r"(?:[Ss]tudies|[Tt]rials)(?: in general| overall| to date)? (?:were|was) (?:generally |"
    r"mostly |often |all |very )?(?:small|heterogen\w*|of (?:low|poor|variable|limited) quality|"
    r"at (?:high|unclear) risk of bias)\b"
)


def about_the_studies(text: str) -> bool:
    """Whether `text` says what a review's studies were or how they were run or reported
    (`_STUDIES_WERE`, `bookkeeping`, `reports_only`): how the evidence was gathered, never a
    finding however it reads."""
    text = claim(text)
    return bool(_STUDIES_WERE.match(text)) or bookkeeping(text) or reports_only(text)


@lru_cache(maxsize=SIZE)  # each form is weighed again for another length and at every build
def formfits(text: str, cut_from: str | None, asides: bool) -> bool:
    """`fits` past its length: whether the form `text` (cut from the sentence `cut_from`, or
    the whole sentence when None) states a finding and stands alone as a headline."""
    text = claim(text)
    # (what a finding means heads only where no conclusion states one: `IMPLICATION_COST`)
    said = (
        states_finding(text)
        or (
            cut_from is not None
            and (
                reports_a_finding(cut_from)
                or tells_case(cut_from)
                or identified(cut_from) is not None
            )
        )
        or implies(text)
        or (not asides and bool(_WHAT_IT_IS.match(text)))  # (an interview study's finding)
    )
    if is_procedural(text, asides) or opens_with_a_call(text) or calls_for_research(text):
        return False
    if leans_back(text) or not said:
        return False
    if about_the_studies(text):
        return False
    if cut_from is not None and _unfinished(text):
        return False  # (the whole sentence, with its verb, may still head)
    return stands(text)


def shorter_forms(
    s: PlainSentence, forms: list[tuple[bool, str]], drop: frozenset[str], chosen: str, asides: bool
) -> list[str]:
    """The forms of `s` shorter than `chosen` that could head as well, longest first, none
    with an abbreviation the paper leaves undefined or a term the gate calls jargon when
    `chosen` has none."""
    n = head_words(chosen)
    clean = form_cost(chosen) == 0
    out = [
        text
        for cut, text in forms
        if head_words(text) < n
        and fits(s, cut, text, drop, IDEAL_WORDS[1], asides)
        and (not clean or form_cost(text) == 0)
    ]
    return sorted(out, key=lambda t: -head_words(t))


def best_form(
    s: PlainSentence,
    forms: list[tuple[bool, str]],
    drop: frozenset[str],
    longest: int,
    asides: bool,
) -> tuple[bool, str] | None:
    """The whole sentence when it has a headline's length, else its longest form that has,
    else its shortest form that fits at all."""
    ok = [(cut, text) for cut, text in forms if fits(s, cut, text, drop, longest, asides)]
    if not ok:
        return None
    plain = [f for f in ok if not unexplained(f[1])]
    ok = plain or ok  # a form without an undefined abbreviation, when the sentence has one
    short = [f for f in ok if head_words(f[1]) <= IDEAL_WORDS[1]]
    if any(framed(text) for _, text in short):
        said = [f for f in short if f[0] and not framed(f[1])]  # what was found, not its report
        short = [max(said, key=lambda f: head_words(f[1]))] if said else short
    if short:
        return next((f for f in short if not f[0]), max(short, key=lambda f: head_words(f[1])))
    return min(ok, key=lambda f: (head_words(f[1]), f[0]))


def verdict_form(
    forms: list[tuple[bool, str]], drop: frozenset[str], longest: int
) -> tuple[bool, str] | None:
    """Where no form of the authors' conclusion fits for a safety aside alone ("X was safe and
    well tolerated over 48 weeks"): the whole sentence, else its longest form, that says the
    treatment was safe (`finding.says_safe`) and stands alone; None when there is none."""
    ok = [
        (cut, text)
        for cut, text in forms
        if text not in drop
        and IDEAL_WORDS[0] <= head_words(text) <= longest
        and says_safe(claim(text))
        and not leans_back(claim(text))
        and stands(text)
    ]
    whole = [f for f in ok if not f[0]]
    longest_first = whole or sorted(ok, key=lambda f: -head_words(f[1]))
    return longest_first[0] if longest_first else None


# A case report's lesson said as what a condition or a treatment is: "X is a rare and
# under-recognised cause of Y", "X represents an extremely rare complication of Y", "Surgery
# represents the appropriate treatment of X". Its finding is that lesson, though it names no
# change (`states_finding`); never "This/It/There ..." (what it points back at is unsaid).
_LESSON = re.compile(
    r"^(?!(?:This|These|That|Those|It|They|There|Such)\b)[A-Z][^,;:]{2,80}? (?:is|are|represents?|"
    r"remains?) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:rare|uncommon|unusual|under-?recogni[sz]ed|"
    r"under-?diagnosed|(?:most )?common|treatable|curable|appropriate|correct|suitable|best|"
    r"preferred)\b"
)


def lesson_form(
    forms: list[tuple[bool, str]], drop: frozenset[str], longest: int
) -> tuple[bool, str] | None:
    """Where no form of a case report's conclusion fits for naming no change: its longest
    form of a headline's length, else the whole sentence, else its longest form, that says the
    report's lesson (`_LESSON`) and stands alone; None when there is none."""
    ok = [
        (cut, text)
        for cut, text in forms
        if text not in drop
        and IDEAL_WORDS[0] <= head_words(text) <= longest
        and _LESSON.match(claim(text))
        and not leans_back(claim(text))
        and stands(text)
    ]
    short = [f for f in ok if head_words(f[1]) <= IDEAL_WORDS[1]]
    whole = [f for f in ok if not f[0]]
    longest_first = sorted(short or whole or ok, key=lambda f: (-head_words(f[1]), f[0]))
    return longest_first[0] if longest_first else None
