"""Chemical systematic names, which no lay reader can read, said by the paper's own code.

A lab or drug paper names a new compound by its systematic name and gives it a code in brackets
("a lead compound, N-methoxy-6-{5-[4-(N-methoxyamidino)phenyl]-furan-2-yl}-nicotinamidine
(DB844), was tested"). Written out, the name is a string of locants and brackets a reader cannot
say; the code is the paper's own short name for the same compound. So the name goes and the code
stays, "called" after the kind of thing it is ("a lead compound called DB844 was tested"), which
also tells the reader what the code is. A systematic name with no code of its own is left as it
is (`systematic_name` lets the drafter leave the sentence out: true and whole before plain).
"""

from __future__ import annotations

import re

__all__ = ["CODE_KIND", "by_code", "systematic_name"]

# Locants and bracketed parts of a systematic name: "6-{", "-2-yl", "[4-", "1,3-", "-4-".
_LOCANT = re.compile(r"\d+(?:,\d+)*-(?=[A-Za-z{\[(])|-\d+(?:,\d+)*-|-yl\b|[{}]|\w\[|\]-")
MIN_LOCANTS = 3  # "1,25-dihydroxyvitamin D" (one) is a name people say; three are not
# The paper's code for a compound: "DB844", "GSK-3001", "MK-801", "SCH 58261", "AZD9291".
_CODE = r"[A-Z]{1,5}[- ]?\d{2,6}[A-Za-z]?"
# The kind of thing the code is ("a lead compound, X (DB844)"): "called" goes after it.
CODE_KIND = (
    r"(?:compound|drug|agent|inhibitor|metabolite|molecule|derivative|analogue|analog|prodrug|"
    r"candidate|ligand|antagonist|agonist|chemical|substance|diamidine)"
)
_CODED = re.compile(rf"\(({_CODE})\)")


def systematic_name(text: str) -> bool:
    """Whether `text` holds a word that is a chemical systematic name: three locants or
    bracketed parts or more inside one name ("6-[5-(4-phenylamidinophenyl)-furanyl-2-yl]")."""
    return any(len(_LOCANT.findall(word)) >= MIN_LOCANTS for word in _names(text))


def _names(text: str) -> list[str]:
    """The runs of `text` that brackets hold together: "[4- (N-methoxyamidino) phenyl]" is one
    piece of a name, whatever its spaces."""
    runs: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text + " "):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch.isspace() and depth == 0:
            if i > start:
                runs.append(text[start:i])
            start = i + 1
    return runs


def _name_start(text: str, end: int) -> int:
    """Where the name that ends at `end` (just before its code's bracket) starts: back over
    characters while a bracket is open or no space is met."""
    depth = 0
    i = end
    while i > 0:
        ch = text[i - 1]
        if ch in ")]}":
            depth += 1
        elif ch in "([{":
            if depth == 0:
                return i
            depth -= 1
        elif ch.isspace() and depth == 0:
            return i
        i -= 1
    return 0


def by_code(text: str) -> str:
    """`text` with each systematic name that has a code in brackets said by its code ("a lead
    compound, <name> (DB844), was" -> "a lead compound called DB844 was"); any other text as
    it is."""
    if "(" not in text:
        return text
    out = text
    for m in reversed(list(_CODED.finditer(text))):
        end = m.start()
        while end > 0 and out[end - 1] == " ":
            end -= 1
        start = _name_start(out, end)
        name = out[start:end]
        if len(_LOCANT.findall(name)) < MIN_LOCANTS:
            continue
        before = out[:start]
        after = out[m.end() :]
        kind = re.search(rf"\b{CODE_KIND}s?(,?) $", before, re.I)
        if kind:
            # "a lead compound, <name> (DB844), was": the appositive's commas go with the name
            before = before.rstrip(", ") + " called "
            after = after[1:] if kind[1] and after.startswith(",") else after
        out = before + m[1] + after
    return out
