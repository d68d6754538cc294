"""Turn one source sentence into plain sentences with a vetted set of edits that keep it whole
and true, and say which source sentence each came from.

The edits, in order: an inline heading dropped ("Methods: ..."); words a clipped case-note
style left out put back where the fix is sure (`telegraphic`); statistics in brackets and
inline p-values removed (`numbers`); abbreviations written out with the paper's own definitions
(`abbreviations`); a relative risk of 0.5 said as half the risk (`statistic_words`); a lead-in
dropped ("In conclusion, ..."); jargon swapped where the word's sense and the grammar fit
(`glossary`); the writer's "we" made explicit; a hard term explained
where it is certain what it is (`explain`, never at the cost of the sentence); a long sentence split
at a clause boundary into whole sentences (`splits`). Every result must pass `wholeness.broken`
or it is not used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..memo import SIZE
from ..prefilter import search
from . import measure
from .abbreviations import unexplained
from .bare_after_do import bare_after_do
from .colon_head import head_before_statistics
from .counted_groups import counts_out_of_brackets
from .explain import explain_terms
from .found_as import found_to_be
from .fragments import design_fragment, participle_fragment
from .glossary import STATISTICAL, lengthening_terms, plain_words
from .labels import FUSED_HEADING, strip_label
from .numbered_lists import listed_clauses, numbered
from .numbers import has_statistics, strip_statistics
from .outcome_defined import without_definition
from .referents import unpointed
from .semicolons import AUXILIARIES, join_list_semicolons
from .slashes import slash_words
from .source_slips import mend_slips
from .splits import split_long
from .statistic_tail import without_statistic_tail
from .statistic_words import difference_not_clear, plain_ratios, plain_significance
from .symbol_words import per_power_in_words, symbols_in_words
from .systematic_names import by_code, systematic_name
from .telegraphic import fix_telegraphic, unsafe
from .tidy import tidy
from .voice import voice
from .wholeness import broken, finite, is_sentence

__all__ = [
    "AUXILIARIES",
    "HYPE",
    "PlainSentence",
    "fit_for_readers",
    "is_sentence",
    "join_list_semicolons",
    "plain_sentences",
    "rewrite",
    "split_long",
    "strip_label",
    "tidy",
]

HARD_MAX_WORDS = 30  # longer than this after splitting: not used
# The authors' conclusion carries the main finding: kept whole up to this length rather than
# left out (the gate names a long sentence; a missing finding it cannot see).
CONCLUSION_MAX_WORDS = 60
# "14 mg/day" -> "14 mg a day": the slash is unreadable, the words say the same.
# (a cure is judged by the gate's own claims rule, `_gate_claims`: a cure the study measured,
# "clinical cure", "the cure rate", is its result, and a promise of one is still refused)
HYPE = re.compile(
    r"\b(?:breakthroughs?|proves?|miracle|game-?changer|revolutionary|"
    r"groundbreaking|definitive(?:ly)?|guarantee[sd]?|unprecedented|first-ever|wonder|"
    r"life-?saving|magic|amazing|incredible|conclusively|undoubtedly|certainly|clearly shows?)\b"
    r"|\bwill (?:help|cure|stop|prevent|reverse|fix|end|heal)\b",
    re.I,
)
# Text a lay reader should not meet: formulas, slashes, symbols, leftover heading labels.
# (a currency sign before its amount reads as money: "£312", "$40")
_UNREADABLE = re.compile(
    r"[=<>≤≥±×/\\|^~@#§¶†‡•\u2200-\u22ff\u00b0-\u00bf\u00df]|[$€£](?!\d)|\.\.|\S:\S|[α-ωΑ-Ω]"
)
# "a 9: 3: 1 ratio": a ratio written with colons reads as debris once its spaces are tidied.
_RATIO = re.compile(r"\d\s?:\s?\d")
# Gene and molecule codes ("IL-17A", "p53", "miR-155"): hard, but the gate names them.
_CODES = re.compile(r"\b[A-Za-z]\d\w*|\d[a-zA-Z]\w*|\b[a-z]+[A-Z]\w*")

# Words that link a sentence to the one before it and add nothing of their own ("Moreover, X"):
# dropped before a body sentence here and before a headline (plain/headline/forms.py).
LINK_WORDS = (
    "Taken together|Together|Collectively|Thus|Hence|Altogether|Importantly|Interestingly|"
    "Notably|Finally|In addition|Additionally|Furthermore|Moreover|Further|Similarly|Likewise"
)
# What a study's own results do when the authors sum them up ("These data identify X as a
# checkpoint", "Our findings implicate Y", "These results may help explain Z"): "these" then
# points at the study's results, never at one sentence a summary may leave out.
# (only verbs that say what was found: "These results help plan services" says what they
# mean, and the body might show it as a finding)
OWN_RESULTS_VERB = (
    r"(?:(?:do|did|does) not )?(?:(?:may|might|could|also|further|thus|therefore|together|"
    r"collectively) )?(?:suggest|show|indicate|demonstrate|support|confirm|highlight|imply|"
    r"implie|reveal|provide|point|identif|establish|implicate|uncover|define|underscore|"
    r"underline|emphasi[sz]e|link|position)\w*\b"
)
# The finite helping verbs that show a clause has its own verb.
_AUX_WORDS = r"(?:was|were|is|are|has|have|had|did|does|do|can|could|may|might|will|would)"
# The "and" of a sentence that names two things, not the one between its figures ("21% and 19%").
_NAMED_PAIR = re.compile(r"(?<![\d%])\s(?:and|or|versus|vs)\s(?![\d-])", re.I)


def _respectively(text: str) -> str:
    """What ", respectively" becomes in `text`: nothing where the sentence names the things its
    figures go with (a pair joined by "and", "or" or "versus" that is no pair of figures),
    else ", in that order"."""
    return "" if _NAMED_PAIR.search(text) else ", in that order"


_LEAD_INS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (
        re.compile(
            r"^(?:In conclusion|In summary|To conclude|Overall|In this (?:study|work|paper|review|"
            r"cohort|registry|sample|survey|trial|analysis)|"
            rf"Here|Surprisingly|Unexpectedly|Specifically|{LINK_WORDS}),\s*",
            re.I,
        ),
        "",
    ),
    (re.compile(r"^Here,?\s+(?=we\b)", re.I), ""),
    # "To address these questions, we explored ...": a purpose that points back at questions a
    # summary may not have asked; the sentence says what was done without it
    (
        re.compile(
            r"^To (?:address|answer|investigate|explore|tackle|study|test) (?:these|this|those|"
            r"that|such) (?:questions?|issues?|gaps?|hypothes[ie]s|problems?|possibilit(?:y|ies)),"
            r"\s*(?=we\b)",
            re.I,
        ),
        "",
    ),
    (re.compile(r"^(?:Therefore|Thus|Hence|As such),?\s+", re.I), ""),
    # ... and between a subject and its verb ("Onset in childhood therefore leads to ...", "It
    # is, therefore, ..."): it points back at a sentence a summary may not show, and says
    # nothing else. Never where it joins two clauses (", therefore the data ...", "and thus the
    # authors could not ..."): without it they run on.
    (re.compile(r", (?:therefore|thus), (?=[a-z])"), " "),
    (
        re.compile(
            r"(?<![,;])(?<!\bwill) (?:therefore|thus)(?= (?!(?:the|a|an|there|it|its|this|these|"
            r"those|they|we|our|no|not|all|most|many|some|each|any|although|though|if|when|while|"
            r"both|one|two|additional|further|more|far)\b)[a-z])"
        ),
        "",
    ),
    # a list's place ("First, fatigue shaped decisions. Second, ..."): a summary shows some of
    # its items, one may head, and "Second," with no first before it dangles
    (re.compile(r"^(?:First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Lastly),\s+", re.I), ""),
    # "These results suggest X" speaks of the study's own results: said so, it points at no
    # sentence a summary may leave out ("These results" after "This was a lab study.")
    (
        re.compile(
            rf"^(?:These|Those|Our) (results|findings|data|observations) (?=(?:\w+ly )?"
            rf"{OWN_RESULTS_VERB})",
            re.I,
        ),
        r"The \1 ",
    ),
    # (never where a "but" of its own follows: "But the change favoured A at 12 months but B at
    # 24 months" reads as a slip; "However, ..." stays)
    (
        re.compile(
            r"^(?:However|Nevertheless|Nonetheless|In contrast|Conversely),\s*"
            r"(?!(?:[^.;]|\.(?=\d))*\bbut\b)",
            re.I,
        ),
        "But ",
    ),
    # ", respectively" pairs figures with things named in order: where the sentence names them
    # ("in the drug and placebo groups"), the order says it and it goes; where it names none
    # (they are in the sentence before), dropped it would leave "Disability worsened in 21% and
    # 19%" saying nothing of which is which (the lead's hand-written v10): said plainly
    (re.compile(r",\s*respectively\b", re.I), lambda m: _respectively(m.string)),
    # ", however, it did not ...": "however" joins two clauses there; dropped, it would leave
    # a run-on ("... with rhGH it did not cross the threshold"), so it is "but".
    (
        re.compile(
            # (never after a linking verb: "were, however, more common" is an aside)
            r"(?<=[\w)])(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)"
            r",\s*however,\s*(?=(?:it|they|this|these|that|there|we|he|she|the|its|"
            # (a count or a group as subject: "..., however, more people reported nausea")
            r"their|no|none|most|some|all|both|more|fewer|less|many|several|few|each|patients|"
            r"people|participants|women|men|children|adults)\s"
            # or any subject with its own verb before the next mark ("..., however,
            # significant heterogeneity was indicated")
            rf"|(?!(?:{_AUX_WORDS}|because|since|as|when|if|although|though|while|whereas|after|"
            r"before|unless|until|that|which|who|whom|whose|where|in|on|at|for|with|by|from|to|"
            rf"of|only)\b)[a-z][\w-]*(?:\s+[\w-]+){{0,5}}?\s+{_AUX_WORDS}\b)",
            re.I,
        ),
        ", but ",
    ),
    # An aside "however" is no conjunction: dropped, never made "but" ("were, however, small").
    (re.compile(r"(?<=\w),\s*however\s*(?:,\s*|(?=[.;:!?]|$))", re.I), " "),
    (
        re.compile(
            r"\b(was|were|is|are|has|have|had|did|does|do|can|could|may|might|will|would)"
            r" however\b(?!,)"
        ),
        r"\1",
    ),
    # "were robust to sensitivity analyses": the result held up in them.
    (re.compile(r"\b(?:was|were|remained) robust (?:to|against|in)\b"), "held up in"),
    (re.compile(r"\b(?:is|remains) robust (?:to|against|in)\b"), "holds up in"),
    (re.compile(r"\b(?:are|remain) robust (?:to|against|in)\b"), "hold up in"),
]
# Housekeeping a lay reader does not need: funding, registration, conflicts of interest.
_ADMIN = re.compile(
    r"\bfund(?:ed|ing|er|ers)\b|\bsponsor|\bconflicts? of interest|\bregist(?:ered|ration|ry "
    r"number)|\bclinicaltrials\b|\bthis (?:review|study) is up to date\b|\bcopyright\b",
    re.I,
)


@dataclass(frozen=True)
class PlainSentence:
    """A sentence for the draft, the source sentences it came from, and its reading measures."""

    text: str
    words: int
    fk_words: int
    syllables: int
    rare: float
    sources: tuple[int, ...] = ()
    order: int = 0
    hard: bool = False  # holds a code or an abbreviation the gate will name
    # the paper's sentence leans on the one before it ("However, ...", "Here, 6% ...", "In
    # agreement with this, ..."), though the link word that says so may have been edited away
    leans: bool = False
    # only the clause before a colon whose statistics were left out (`colon_head`): a piece of
    # a result for the body, never a headline
    part: bool = False

    @property
    def cost(self) -> float:
        """Lower is easier to read: the Flesch-Kincaid grade at this sentence's length, plus a
        penalty for rare words."""
        return (
            0.39 * self.fk_words
            + 11.8 * self.syllables / max(1, self.fk_words)
            - 15.59
            + 20 * self.rare
        )


def measured(text: str, sources: tuple[int, ...] = (), order: int = 0) -> PlainSentence:
    """A `PlainSentence` for `text` with its reading measures."""
    words, fk_words, syllables, rare, hard = _measures(text)
    return PlainSentence(
        text=text,
        words=words,
        fk_words=fk_words,
        syllables=syllables,
        rare=rare,
        sources=sources,
        order=order,
        hard=hard,
    )


@lru_cache(maxsize=SIZE)  # each piece of a sentence is measured again as it is cut and fitted
def _measures(text: str) -> tuple[int, int, int, float, bool]:
    """(words, Flesch-Kincaid words, syllables, rare-word share, hard) of `text`."""
    ws = measure.words(text)
    return (
        len(text.split()),
        len(ws),
        sum(measure.syllables(w) for w in ws),
        measure.rare_share_of(ws),
        bool(_CODES.search(text) or unexplained(text)),
    )


def rewrite(
    text: str,
    review: bool = False,
    expand: Callable[[str], str] | None = None,
    keep: frozenset[str] = frozenset(),
) -> str:
    """One sentence with statistics out, abbreviations written out (when `expand` is given),
    the lead-in dropped, jargon swapped where it fits (never the terms in `keep`: the paper's
    `senses.kept_terms`) and "we" made explicit."""
    text, statistical = _unexpanded(text)
    if expand is not None:
        text = expand(text)
    return _after_expansion(text, statistical, review, keep)


def _unexpanded(text: str) -> tuple[str, bool]:
    """`rewrite`'s edits before the abbreviations are written out, and whether the sentence
    reports a statistical result."""
    text = by_code(fix_telegraphic(strip_label(text)))  # "<systematic name> (DB844)": DB844
    if "iven the number" in text or "onsidering the number" in text:
        text = counts_out_of_brackets(text)  # "Given the number of X reported for A (N = 25)"
    text = per_power_in_words(text)  # "mg day(-1)": its bracket is no statistic
    statistical = "ignific" in text and bool(has_statistics(text) or STATISTICAL.search(text))
    return bare_after_do(mend_slips(strip_statistics(text))), statistical


def _after_expansion(text: str, statistical: bool, review: bool, keep: frozenset[str]) -> str:
    """`rewrite`'s edits after the abbreviations are written out."""
    text = plain_ratios(text)
    text = re.sub(r"\band/or\b", "or", text)
    text = slash_words(text)
    text = symbols_in_words(text)
    if "a-" in text:
        text = _GREEK_START.sub(lambda m: m[1].capitalize() + "-", text)
    # "X likely results in Y": "results" reads as a noun there; "leads to" says the same.
    if "results in" in text:
        text = _RESULTS_IN.sub(r"\1 leads to", text)
    for pattern, repl in _LEAD_INS:
        text = pattern.sub(repl, text)
    text = plain_significance(difference_not_clear(text), statistical)
    text = plain_words(found_to_be(text), statistical, keep)
    text = unpointed(voice(text, review))
    if ";" in text:
        text = join_list_semicolons(text)
    return tidy(text)


def _gate_claims(text: str) -> bool:
    """Whether the gate's claims check would flag `text` (overclaiming or advice)."""
    try:
        from ..checks.claims import find_claims
    except ImportError:
        return False
    return bool(find_claims(text))


# "the following", "as follows": a sentence that leads into a list left out of the draft.
_FOLLOWS = re.compile(r"\bthe following\b|\bas follows\b", re.I)


def fit_for_readers(text: str, max_words: int = HARD_MAX_WORDS) -> bool:
    """Whether a plain sentence may be shown: whole, no statistics, symbols or hype, not a
    question or housekeeping, no clipped case-note style left (`telegraphic.unsafe`), and not
    longer than `max_words`. Codes and unexplained abbreviations are allowed (the gate names
    them); `PlainSentence.hard` marks them."""
    n = len(text.split())
    return (
        3 <= n <= max_words
        and broken(text) is None
        and not participle_fragment(text)
        and not design_fragment(text)
        and not has_statistics(text)
        and not _UNREADABLE.search(text)
        and not systematic_name(text)
        and not _RATIO.search(text)
        and not FUSED_HEADING.search(text)
        and unsafe(text) is None
        and not HYPE.search(text)
        and not _gate_claims(text)
        and '"' not in text
        and not text.endswith("?")
        and not _ADMIN.search(text)
        and not search(_FOLLOWS, text)
    )


def plain_sentences(
    text: str,
    review: bool = False,
    sources: tuple[int, ...] = (),
    expand: Callable[[str], str] | None = None,
    max_words: int = HARD_MAX_WORDS,
    keep: frozenset[str] = frozenset(),
) -> list[PlainSentence]:
    """The plain sentences one source sentence becomes (none when an edit would break it);
    a piece longer than `max_words` after splitting is left out; the glossary terms in `keep`
    stay as written (`rewrite`)."""
    items = listed_clauses(strip_label(text))  # "The following are concluded: (1) X; (2) Y"
    if items is not None:  # each item a sentence of its own
        return [
            p
            for item in items
            for p in plain_sentences(item, review, sources, expand, max_words, keep)
        ]
    out = _plain_pieces(text, review, sources, expand, max_words, keep)
    if len(out) > 1 and numbered(text):
        # "We planned analyses to assess (1) X, and (2) effects on Y linked with Z": a piece
        # after the first is a later item cut from its lead-in, a fragment ("Effects on Y
        # linked with Z.", CD004127), and the first says one item as if it were all: left out
        # (the lead-in with its first item alone cost CD004127 its aim)
        return []
    return out


def _plain_pieces(
    text: str,
    review: bool,
    sources: tuple[int, ...],
    expand: Callable[[str], str] | None,
    max_words: int,
    keep: frozenset[str],
) -> list[PlainSentence]:
    """`plain_sentences` of a sentence that is no bare lead-in to a list of clauses."""
    unexpanded, statistical = _unexpanded(text)
    expanded = expand(unexpanded) if expand is not None else unexpanded
    full = _after_expansion(expanded, statistical, review, keep)
    out = _explained_pieces(full, max_words, sources)
    paper_only = getattr(expand, "paper_only", None)  # no standard long forms
    shorter = full
    if paper_only is not None:
        own = paper_only(unexpanded)
        # the same words after the paper's own long forms alone: the same rewrite (no second)
        shorter = full if own == expanded else _after_expansion(own, statistical, review, keep)
    if shorter != full:
        # a standard long form may make a piece too long to show: the finding matters more
        # than a short form written out
        kept = _explained_pieces(shorter, max_words, sources)
        if len(kept) > len(out):
            return kept
    if not out and not review:
        # plain phrases longer than their terms may make the sentence too long to show: the
        # sentence whole with its terms matters more than the plain words (a single study's
        # who took part and what it found; a review's counts and verdicts have stock frames)
        compact = _after_expansion(expanded, statistical, review, keep | lengthening_terms())
        if compact != full:
            return _explained_pieces(compact, max_words, sources)
    return out


def _explained_pieces(text: str, max_words: int, sources: tuple[int, ...]) -> list[PlainSentence]:
    """The pieces of a rewritten sentence with its hard terms explained, or without the
    explanations where they make a piece too long to show: never lose a sentence for one."""
    explained = explain_terms(text)
    out = _fit_pieces(explained, max_words, sources)
    plain = _fit_pieces(text, max_words, sources) if explained != text else out
    if len(plain) <= len(out):
        return out
    # too long with its explanations: with the shorter ones where the gloss has them ("the
    # corpus callosum (a part of the brain)"), before none at all
    shorter = explain_terms(text, short=True)
    brief = _fit_pieces(shorter, max_words, sources) if shorter != explained else []
    return brief if len(brief) >= len(plain) else plain


def _fit_pieces(rewritten: str, max_words: int, sources: tuple[int, ...]) -> list[PlainSentence]:
    """The pieces of a rewritten sentence, split at clause boundaries, that may be shown."""
    out = []
    whole = _GREEK_SPLIT.split(rewritten) if "a-" in rewritten else [rewritten]
    pieces = [p for part in whole for p in split_long(part)]
    for piece in pieces:
        piece = tidy(piece)
        if len(pieces) > 1 and " but " in piece and _tail_of_list(piece):
            continue  # the end of a list cut off from its start
        if fit_for_readers(piece, max_words):
            out.append(measured(piece, sources))
        elif ":" in piece and (head := head_before_statistics(piece)) is not None:
            # the result before the colon, without the statistics after it
            if fit_for_readers(head, max_words):
                out.append(replace(measured(head, sources), part=True))
        elif (short := without_definition(piece)) is not None and fit_for_readers(short, max_words):
            # too long with the clause that defines its outcome: the result without it
            out.append(measured(short, sources))
        elif (bare := without_statistic_tail(piece)) is not None and fit_for_readers(
            bare, max_words
        ):
            # the result without its closing clause of figures ("..., with an RR of 0.62")
            out.append(measured(bare, sources))
    return out


# "... were included. ß-interferon did not ...": the splitter took the small Greek letter for no
# sentence start; written out, its name starts the next sentence with a capital.
_GREEK_START = re.compile(r"(?<=[a-z0-9)]\. )(beta|alpha|gamma|delta|kappa)-")
_GREEK_SPLIT = re.compile(r"(?<=[a-z0-9)]\.)\s+(?=(?:Beta|Alpha|Gamma|Delta|Kappa)-)")
_RESULTS_IN = re.compile(r"\b(likely|probably) results in\b")
_BUT_CLAUSE = re.compile(r"^(.+?)\s+but\s+")


def _tail_of_list(piece: str) -> bool:
    """Whether a split piece is the last items of a list and a "but" clause ("Quality of life
    but the evidence was not enough ..."): no verb before its "but"."""
    m = _BUT_CLAUSE.match(piece)
    return m is not None and not finite(m.group(1))
