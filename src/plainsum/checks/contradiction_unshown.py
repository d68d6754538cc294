"""A difference the paper's figures do not show: "The mean stay in hospital was 0.5 days longer
with the new dressing", where the paper writes "0.5 days longer (MD 0.5, 95% CI -0.5 to 1.4)".
The paper's words give a direction, but its interval holds no change: the stay may as well
have been shorter. Made plain, the statistics go, and what is left says a difference the
study did not find. The offline drafter leaves such sentences out
(`plainsum.plain.mixed_direction.unshown_difference`); this check holds any drafter, and an
editor, to the same.

A summary sentence is read against the paper's sentence that holds most of it (at least
`HELD` of its words): when that sentence is a result whose every interval holds no change, in
words that do not say so themselves, and the summary sentence states a direction (up, down,
better, worse) as found, with no doubt, no "no difference" and no interval of its own, it is an
error. A sentence that keeps the interval, or says "may", "similar" or "no clear difference",
passes.

The paper may say so in words instead: "5 (18.5%) in the surgical group and 2 (8.3%) in the
observation group; the difference was not statistically significant (P = 0.42)", "Although not
statistically significant ..., women allocated to admission CTG had a higher probability of
caesarean section". A summary sentence that this paper sentence holds, and that states the
direction flatly ("so surgery was clearly riskier", "had about 20% more caesareans"), drops the
one word that made it true; one that keeps a doubt ("the gap could be down to chance", "just
missed the usual cut-off") passes. A paper sentence that also reports a significant result is
not read this way: which of its results the summary states is not known by its words.
"""

from __future__ import annotations

import re

from .. import prefilter
from ..evidence import overlaps, split_source
from ..ingest import Source
from ..plain.mixed_direction import shown_difference, unshown_difference
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity
from .claims_hedge import KEPT
from .contradiction import TAKEN_BACK
from .contradiction_same import same_thing
from .faithfulness import numbers_in
from .negation import conditional
from .polarity import claims_in
from .polarity_words import DIRECTION
from .support_contradicted import HELD_SECTIONS

CHECK = "contradiction"
HELD = 0.6  # share of the summary sentence the paper's sentence must hold (hedged's)
# ... when the paper's sentence says in words that its result is not significant: it names
# the result's figures and the test, which a plain sentence leaves out
HELD_WORDED = 0.5
_INTERVAL = re.compile(r"\b(?:CI|confidence interval)\b", re.I)
_WAYS = ("up", "down", "better", "worse")
# "0.6 days longer": a way the polarity words leave to context ("no longer", "longer-term")
_LONGER = re.compile(r"(?<!\bno )\blonger\b(?!-)", re.I)


# a result the paper itself calls not significant (in words, or by a P value over 0.05), and
# one it calls significant (a word, or a P value of 0.05 or less)
_NOT_SIGNIFICANT = re.compile(
    r"\bnot (?:statistically |clinically )?significant(?:ly)?\b"
    r"|\b(?:did not|failed to|does not|do not) reach (?:statistical |conventional )?significance\b"
    r"|\bno (?:statistically )?significant\b|\b(?:statistically )?non-?significant\b"
    r"|\bP\s*(?:=\s*0?\.(?:0[6-9]|[1-9])\d*|>\s*0?\.0?5\b)",
    re.I,
)
_SIGNIFICANT = re.compile(r"\bsignificant(?:ly)?\b|\bP\s*(?:[<≤]|=\s*0?\.0(?:[0-4]|5\b))", re.I)
_WAYS_FOUND = frozenset(_WAYS)


# a summary sentence that keeps a doubt or says "no difference" in words the claims miss, or
# whose "less" is of how steady the results were ("Less consistent results emerged ...")
_DOUBT_OR_NONE = re.compile(
    r"\b(?:possib\w*|cannot be (?:ruled out|excluded|discounted)|can't be ruled out|unclear|"
    r"uncertain\w*|not clear)\b|\bno (?:clear |significant |statistically significant )?"
    r"(?:[\w-]+ )?(?:effects?|differences?|harms?|changes?)\b"
    r"|\b(?:less|more) (?:consistent|clear|certain|conclusive|reliable|robust)\b",
    re.I,
)
# another result in the paper's sentence, after a contrast ("..., whereas the high-risk studies
# showed a benefit"): which of them a summary sentence states is not known by its words
_CONTRAST = re.compile(r"\b(?:whereas|while|but|however|although|though)\b", re.I)


def not_significant(text: str) -> bool:
    """Whether the paper's sentence `text` calls its result not significant in words or by its
    P value, and shows nothing in it to be a difference: no word or P value of significance,
    no interval clear of no change, no other result after a contrast."""
    if not _NOT_SIGNIFICANT.search(text) or _CONTRAST.search(text):
        return False
    rest = _NOT_SIGNIFICANT.sub(" ", text)
    return not _SIGNIFICANT.search(rest) and not shown_difference(text)


def _states_the_difference(sentence: str, evidence: str) -> bool:
    """Whether `sentence` states as found, with no doubt kept beside it, the difference the
    paper's sentence `evidence` reports: every claim it makes is up, down, better or worse, and
    it gives the paper's figures ("5 after surgery and 2 under watching") or one of its claims
    is about what one of the paper's is about. A sentence of background that shares the paper's
    words ("an enzyme that helps bone strength") reports no difference of the paper's."""
    mine = claims_in(sentence)
    if not mine or any(c.polarity not in _WAYS_FOUND for c in mine) or KEPT.search(sentence):
        return False
    if _NOT_SIGNIFICANT.search(sentence) or prefilter.search(TAKEN_BACK, sentence):
        return False  # "a non-significant increase", "..., but this was not significant"
    if _DOUBT_OR_NONE.search(sentence):
        return False  # "No clear harmful effects ..., but a rise in deaths cannot be discounted"
    if numbers_in(sentence) & numbers_in(evidence):
        return True
    theirs = claims_in(evidence)
    return any(same_thing(m, c) for m in mine for c in theirs)


# the next sentence takes the difference back: "This was not clearly different ..."
_BACK_NEXT = re.compile(
    r"^\W*(?:but\s+)?(?:this|that|it|the\s+(?:gap|difference|change|result))\s+(?:was|is)\s+not\s+"
    r"(?:clearly|statistically|significantly)\b|^\W*(?:but\s+)?(?:this|that|it|the\s+(?:gap|"
    r"difference))\s+(?:could|may|might)\s+(?:\w+\s+)?(?:be|have\s+been)\s+(?:down\s+to\s+|"
    r"due\s+to\s+)?chance\b",
    re.I,
)


def _taken_back_next(links: list[EvidenceLink], n: int) -> bool:
    """Whether the sentence after link `n`, in its section, takes its difference back."""
    after = links[n + 1] if n + 1 < len(links) else None
    return bool(after and after.section == links[n].section and _BACK_NEXT.search(after.text))


def _says_a_way(sentence: str) -> bool:
    """Whether `sentence` states a direction as found: a word for up, down, better or worse,
    no word for no difference, not hedged or asked."""
    kinds = {m.lastgroup for m in DIRECTION.finditer(sentence)}
    way = bool(kinds & set(_WAYS)) or bool(_LONGER.search(sentence))
    return way and "null" not in kinds and not conditional(sentence)


def check_unshown_differences(
    source: Source, links: list[EvidenceLink], flagged: set[str]
) -> list[Finding]:
    """An error for each content sentence not in `flagged` (spans already found contradicted)
    that states a difference where the paper's sentence holding it gives an interval that
    holds no change."""
    sentences = split_source(source)
    results = [s for s in sentences if s.role in (Role.RESULTS, Role.CONCLUSION)]
    unshown = {s.index for s in results if unshown_difference(s.text)}
    worded = {s.index for s in results if not_significant(s.text)}
    if not (unshown or worded):
        return []
    findings = []
    for n, link in enumerate(links):
        if link.kind != "content" or link.text in flagged or _INTERVAL.search(link.text):
            continue
        if not _says_a_way(link.text):
            continue
        shares = overlaps(source, link.text)
        best = max(shares, key=lambda i: shares[i], default=None)
        if best is None or shares[best] < HELD_WORDED:
            continue
        evidence = " ".join(sentences[best].text.split())
        if best in unshown and shares[best] >= HELD:
            message = (
                f"Says a difference the paper's figures do not show: {link.text!r}, but "
                f"the paper's interval holds no change: {evidence!r}."
            )
        elif (
            best in worded
            and link.section in HELD_SECTIONS
            and _states_the_difference(link.text, evidence)
            and not _taken_back_next(links, n)
        ):
            message = (
                f"Says a difference the paper does not find: {link.text!r}, but the paper "
                f"calls it not significant: {evidence!r}."
            )
        else:
            continue
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                section=link.section,
                span=link.text,
                message=message,
                hint="Say there was no clear difference (or that it may go either way), as "
                "the paper's figures show.",
            )
        )
    return findings
