"""A review the paper cites, and work the authors did before, are not the paper's design.

Background sentences name other people's reviews ("Meta-analyses of studies have demonstrated
that ...", "Since several recent meta-analyses report a dose-response relationship, we
investigated how these drugs are dosed", "according to recent meta-analyses"); read as the
paper's own, they make an overview or a register study a systematic review, and its summary
is then asked for a review's caveat. A review's own pooling ("Meta-analysis of two studies (80
infants) found no difference") is singular, in the past tense and names nobody else's work: it
stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .prefilter import may_match

# Words that set a review apart as someone else's: earlier, several, published ...
_CITING = (
    r"(?:recent|previous|prior|earlier|several|many|some|numerous|published|existing|other|"
    r"large|two|three|multiple|various|past)"
)
_REVIEW = r"(?:systematic reviews?|meta-?analys[ie]s|(?:literature )?reviews)"
_CITED = re.compile(
    rf"\b(?P<det>(?:(?:a|an|the|these|such)\s+)?(?:{_CITING}\s+){{0,2}})(?P<noun>{_REVIEW})"
    r"(?:\s+(?:of|on|in|from|across)\s+(?:[\w-]+\s+){0,4}?(?:studies|trials|data|cohorts|"
    r"literature|rcts|evidence))?"
    r"\s+(?P<verb>(?:(?:have|has|had)\s+)?(?:also\s+|consistently\s+|repeatedly\s+)?"
    r"(?:shown|showed|show|shows|demonstrated|demonstrate|demonstrates|reported|report|reports|"
    r"found|find|finds|suggested|suggest|suggests|indicated|indicate|indicates|concluded|"
    r"conclude|concludes|confirmed|confirm|confirms|revealed|reveal|reveals|highlighted|"
    r"supported|support|supports|linked|link|links))\b"
    rf"|\b(?:according to|based on|in line with|consistent with)\s+(?:\w+\s+){{0,3}}?{_REVIEW}\b",
    re.I,
)
_OWN = re.compile(r"\b(?:this|our|the present|the current|we)\s+$", re.I)
_PAST = re.compile(
    r"^(?:showed|demonstrated|reported|found|suggested|indicated|concluded|confirmed|"
    r"revealed|highlighted|supported|linked)$",
    re.I,
)


def _cited(match: re.Match[str]) -> bool:
    """Whether the review `match` names is someone else's: a citing word before it, more than
    one review, or a verb of lasting truth ("demonstrates", "have shown"); not one review's own
    result in the past tense."""
    if match.group("noun") is None:
        return True  # "according to recent meta-analyses"
    if _OWN.search(match.string[max(0, match.start() - 20) : match.start()]):
        return False  # "this meta-analysis has shown", "our review found"
    if re.search(_CITING, match.group("det"), re.I):
        return True
    plural = match.group("noun").lower().endswith(("ses", "reviews"))
    return plural or not _PAST.match(match.group("verb").strip())


_MARK = re.compile(r"[.!?]")


def _blanked(pattern: re.Pattern[str], text: str, keep: Callable[[re.Match[str]], bool]) -> str:
    """`pattern.sub` blanking each match that `keep` does not keep, for a pattern no match of
    which holds a sentence mark (.!?) anywhere but as its last character: every match lies
    within one run of text up to and including a mark, so the pattern runs only on the runs
    that hold a string every match needs (`prefilter.may_match`), not over the whole paper.
    The runs are searched in place (the text whole, bounded by start and end), so a match,
    its word boundaries and what it looks back at are the ones `sub` finds."""
    out: list[str] = []
    last = start = 0
    for end in [m.end() for m in _MARK.finditer(text)] + [len(text)]:
        if end > start and may_match(pattern, text[start:end]):
            for match in pattern.finditer(text, start, end):
                if not keep(match):
                    out += [text[last : match.start()], " " * (match.end() - match.start())]
                    last = match.end()
        start = end
    return "".join([*out, text[last:]]) if out else text


@lru_cache(maxsize=64)  # the design's scores and its choice read the same paper's
def without_cited_reviews(text: str) -> str:
    """`text` with the reviews it cites blanked out (the same length, so offsets hold)."""
    if not may_match(_CITED, text):  # no word a cited review needs: nothing to blank
        return text
    return _blanked(_CITED, text, keep=lambda m: not _cited(m))


# A sentence on the authors' (or others') earlier work: "Previously, we reported that ... in
# mice. Here, we assessed ... in human cells" is a cell study; its mice are last paper's.
_EARLIER = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:previously\b|in (?:a|an|our|the) (?:previous|earlier|prior) "
    r"(?:study|work|report|paper)\b|we (?:have |had )?(?:previously|earlier|recently) "
    r"(?:reported|showed|shown|demonstrated|found|described|identified)\b|our (?:previous|earlier|"
    r"prior) (?:work|study|studies|findings|results|data)\b|previous (?:studies|work|reports|"
    r"research) (?:have |has )?(?:shown|showed|demonstrated|reported|found|suggested)\b)"
    r"[^.!?]*[.!?]",
    re.I,
)


# A sentence on work still to do: "Further studies and in vivo experiments in animal models are
# necessary" names a design the paper did not use.
_FUTURE = re.compile(
    r"(?:^|(?<=[.!?]\s))[^.!?]*?\b(?:(?:studies|studied|research|trials|experiments|work|"
    r"investigations?|rcts)\b[^.!?]{0,80}?\b(?:are|is|will be|would be) (?:still )?(?:necessary|"
    r"needed|required|warranted)|future (?:studies|research|work|trials) (?:should|must|will|"
    r"could)"
    # "Whether X helps should be tested in a randomised trial.", "A phase 2 trial is planned."
    r"|(?:should|must|needs? to|deserves? to) be (?:further |now )?(?:tested|evaluated|"
    r"confirmed|studied|assessed|examined|investigated|explored|replicated|validated) in\b"
    r"|(?:trials?|stud(?:y|ies)|rcts?)\b[^.!?]{0,60}?\b(?:is|are) (?:now |being )?planned"
    # "There is a need for a RCT comparing A with B ..., accompanied by an economic evaluation":
    # the economic evaluation is called for, not done (CD006515, a review of three trials,
    # was drafted as "This study looked at costs and value for money.")
    r"|there (?:is|remains) (?:still )?(?:an? )?(?:\w+ )?need for (?:an? |further |more |larger |"
    r"new )?(?:[\w-]+ )?(?:rcts?|trials?|stud(?:y|ies)|research|evaluations?))\b"
    r"[^.!?]*[.!?]",
    re.I,
)


def without_earlier_work(text: str) -> str:
    """`text` with its sentences on earlier work, and on work still to do, blanked out (the
    same length, so offsets hold)."""
    blank = text
    if may_match(_EARLIER, blank):  # else no sentence on earlier work: nothing to blank
        blank = _blanked(_EARLIER, blank, keep=_never)
    if may_match(_FUTURE, blank):
        blank = _blanked(_FUTURE, blank, keep=_never)
    return blank


def _never(match: re.Match[str]) -> bool:
    return False
