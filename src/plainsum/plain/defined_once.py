"""A long form written out every time is given once with the paper's short form, then said by
that short form: the drafter writes each abbreviation out (a reader meets no unexplained code),
and a review that says "TURP" in every sentence came out as "bipolar transurethral resection of
the prostate ... compared to monopolar transurethral resection of the prostate" nine times in
one draft (cochrane-pls-CD009629, a reader of stop 59: "unreadable"). The human lay summaries say
the name in full once and then the short form, as this does: "transurethral resection of the
prostate (TURP)" at the body's first use, "TURP" after it.

Only a long form of more than `MIN_LONG_WORDS` words that the paper itself defines with a short
form (never a standard long form the paper does not use), said at least `MIN_BODY_USES` times in
the body (the headline keeps the long form: it is read first, and a code there would be
unexplained); the definition goes at the first use outside brackets. A long form held inside
another is taken first ("bipolar TURP", never a second code "BTURP" for the longer name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .articles import fix_articles

__all__ = ["MIN_BODY_USES", "MIN_LONG_WORDS", "defined_once"]

MIN_LONG_WORDS = 4  # "magnetic resonance imaging" says itself briefly enough
MIN_BODY_USES = 3  # the definition and at least two short uses
# Long forms whose words a lay reader knows better than any code: "health-related quality of
# life" said again is plainer than "HRQOL" (CD008422, a review of vitamin D in MS).
_PLAIN_LONG_FORMS = re.compile(r"\bquality of life\b", re.I)


def _inside_brackets(text: str, at: int) -> bool:
    """Whether position `at` of `text` is inside round brackets."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def defined_once(texts: list[str], short_forms: Mapping[str, str]) -> list[str]:
    """`texts` (the body's sentences in reading order) with each long form of `short_forms`
    (long form -> the paper's short form) defined at its first use outside brackets ("long
    form (SF)") and said by its short form after it, where the body says it at least
    `MIN_BODY_USES` times; unchanged where none qualifies."""
    for long in sorted(short_forms, key=len):
        if len(long.split()) < MIN_LONG_WORDS or _PLAIN_LONG_FORMS.search(long):
            continue
        short = short_forms[long]
        pattern = re.compile(rf"(?<![\w-]){re.escape(long)}(?![\w-])(?!\s*\()", re.I)
        if sum(len(pattern.findall(t)) for t in texts) < MIN_BODY_USES:
            continue
        if any(re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", t) for t in texts):
            continue  # the body says the short form already, unexplained or explained its way
        defined = False
        out = []
        for text in texts:
            pieces = []
            last = 0
            for m in pattern.finditer(text):
                pieces.append(text[last : m.start()])
                last = m.end()
                if not defined:
                    if _inside_brackets(text, m.start()):
                        pieces.append(m.group(0))  # "(..)" inside a bracket reads broken
                        continue
                    pieces.append(f"{m.group(0)} ({short})")
                    defined = True
                    continue
                pieces.append(short)
            said = "".join(pieces) + text[last:]
            out.append(fix_articles(said) if said != text else text)  # "an ESWL"
        texts = out
    return texts
