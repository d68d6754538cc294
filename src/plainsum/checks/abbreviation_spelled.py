"""An abbreviation the summary leaves unexplained where it uses it, but whose words the summary
writes out in full elsewhere (used by `plainsum.checks.shape`, which makes it a warning when
the abbreviation is the headline's: a body sentence can say it where it stands, and the
offline drafter's repair drops such a sentence for the error).

A review of interferons for ulcerative colitis headed "... not helpful for the induction of
remission in UC", whose body says "ulcerative colitis" three times, failed on "UC" alone; its
reader would publish it after one light edit. A reader can join the initials to the words the
summary spells out, so the verdict is needs_review, not failed. It holds only for an initialism
of two words or more, written out whole: the paper's own definition ("patent ductus arteriosus"
for PDA), or, where the paper defines none, adjacent words of the summary that spell its
capitals, each a rare lower-case word, that the paper uses too ("ulcerative colitis" for UC;
not "decreased circulating" for DC). A one-word long form
("acupuncture" for AC) is no initialism a reader can decode, and stays an error.
"""

from __future__ import annotations

import re

from ..evidence import word_weight
from .long_forms import paper_definitions

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_CAPITALS = re.compile(r"^[A-Z]{2,5}$")
RUN_WEIGHT = 3.0  # evidence weight (Zipf 3.5 or rarer) of each word that spells an initialism


def _has(text: str, phrase: str) -> bool:
    """Whether `text` holds `phrase` as whole words, in any case."""
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.I) is not None


def _without(token: str, text: str) -> str:
    """`text` with `token` (and its plural) blanked, so that it cannot spell itself."""
    return re.sub(rf"(?<![\w-]){re.escape(token)}s?(?![\w-])", " ", text)


def _spelling_run(letters: str, text: str) -> str | None:
    """Adjacent lower-case words of `text` (one space apart) whose first letters are
    `letters`, each rare enough to name a thing (`RUN_WEIGHT`): a term, not a name."""
    words = list(_WORD.finditer(text))
    for i in range(len(words) - len(letters) + 1):
        run = words[i : i + len(letters)]
        if any(w.group(0)[0] != c for w, c in zip(run, letters, strict=True)):
            continue
        gaps = zip(run, run[1:], strict=False)
        if all(text[a.end() : b.start()] == " " for a, b in gaps) and all(
            word_weight(w.group(0)) >= RUN_WEIGHT for w in run
        ):
            return text[run[0].start() : run[-1].end()]
    return None


def spelled_elsewhere(token: str, summary_text: str, source_text: str) -> str | None:
    """The long form of `token` as the summary writes it out elsewhere, or None."""
    rest = _without(token, summary_text)
    defined = paper_definitions(source_text).get(token)
    if defined is not None:
        if len(defined.split()) < 2:
            return None
        return defined if _has(rest, defined) else None
    if not _CAPITALS.match(token):
        return None  # "mIU", "ICA512": a unit or a code, no initialism of words
    run = _spelling_run(token.lower(), rest)
    if run is None or not _has(source_text, run):
        return None
    return run
