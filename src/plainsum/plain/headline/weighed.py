"""A headline weighed as a reader weighs it: the claim, not the explanation of a term in it.

A term of the vetted gloss gets its explanation in brackets ("sepsis (a life-threatening
reaction of the body to an infection)", `explain`). Those words make a sentence longer but no
harder to take in as a headline, and they say nothing about the claim: counted, they pushed
whole conclusions past the headline's length, and read as the claim's own words ("also used
against cancer" read as a finding besides another one) they made a whole conclusion look as if
it leaned on a sentence before it; a side result or a template headed instead. The chooser
weighs every form by its `claim`; any other bracket (a number, an abbreviation's long form,
the paper's own aside) stays part of it. A sentence's headline forms are cut from its claim
(the cuts read the claim's words only) and each term a form keeps gets its explanation back
(`explained_again`).
"""

from __future__ import annotations

import re
from functools import cache

from ..explain import gloss


@cache
def _explanation() -> re.Pattern[str]:
    """A bracket holding one of the gloss's explanations, with the space before it."""
    said = sorted(set(gloss().values()), key=len, reverse=True)
    return re.compile(r" \((?:" + "|".join(map(re.escape, said)) + r")\)")


def claim(text: str) -> str:
    """`text` without the gloss's explanation brackets."""
    if " (" not in text:  # most headlines have no bracket: the pattern of every one is slow
        return text
    return _explanation().sub("", text)


def head_words(text: str) -> int:
    """How many words `text` has outside the gloss's explanation brackets."""
    return len(claim(text).split())


def explained_again(form: str, sentence: str) -> str:
    """`form`, cut from the claim of `sentence`, with the explanation `sentence` gave each gloss
    term put back after that term's first use in `form` (a term the cut left out has none)."""
    for m in _explanation().finditer(sentence):
        said = m.group(0)
        before = sentence[: m.start()].lower()
        term = next(
            (t for t, e in gloss().items() if f" ({e})" == said and before.endswith(t)), None
        )
        if term is None or said in form:
            continue
        used = re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", form, re.I)
        if used is not None:
            form = form[: used.end()] + said + form[used.end() :]
    return form
