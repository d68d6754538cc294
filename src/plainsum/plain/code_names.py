"""A drug, compound or protein named only by its code ("XR-17", "PAP-1", "SYCP3") is said with
what it is: "the drug XR-17", "the compound BRX-220", "the protein SYCP3".

A trial of a new drug names it by its development code; a lab paper names its compound so. A
lay reader cannot tell a code from an abbreviation left unexplained (the gate fails it as one,
and its repair then cut the trial's main result with the sentence). The paper says what the code
is where it names it after the kind of thing it is ("the oral agent XR-17", "the Kv1.3 blocker
PAP-1") or gives it a dose ("XR-17 40 mg daily"): each use of the code in a drafted sentence
then says it too, unless the sentence says it already or uses the code as a modifier ("the
XR-17 group").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .systematic_names import CODE_KIND

__all__ = ["code_kinds", "with_code_kinds"]

# A development code: capitals (a small letter or two among them), a hyphen or not, digits
# ("XR-17", "PAP-1", "BIIB033", "GNbAC1", "ATA188"); never a word of English.
_CODE = r"[A-Z][A-Za-z]{0,5}[A-Z]-?\d{1,5}[A-Za-z]?|[A-Z]{1,5}-\d{1,5}[A-Za-z]?"
# The kinds of thing a code names (a systematic name's, and those a treatment is called by).
_KINDS = (
    rf"(?:{CODE_KIND}|blocker|modulator|antibody|vaccine|medicine|medication|protein|gene|"
    r"enzyme|receptor)"
)
_KIND_CODE = re.compile(rf"\b(?P<kind>{_KINDS})\s+(?P<code>{_CODE})(?![\w-])", re.I)
# A code the paper gives a thing it found: "a previously uncharacterised protein, which we name
# TgJP4" (a lab paper's own name for what it studied).
_NAMED_KIND_CODE = re.compile(
    rf"\b(?P<kind>{_KINDS})s?\b[^.;()]{{0,40}}?,? (?:which|that) we (?:have )?(?:name|call|term|"
    rf"designate|dub)(?:d|ed)? (?P<code>{_CODE})(?![\w-])",
    re.I,
)
_DOSED = re.compile(
    rf"(?<![\w-])(?P<code>{_CODE})\s+\d+(?:\.\d+)?\s*(?:mg|µg|mcg|g|mg/kg|IU|units)\b"
)
# What a kind word says to a lay reader: a compound or molecule is a compound; an antibody, a
# vaccine, a protein or a gene is one ("the SC protein SYCP3" -> "the protein SYCP3"); anything
# else given as a treatment (an agent, an inhibitor, a blocker) is a drug.
_COMPOUNDS = ("compound", "molecule", "chemical", "substance", "metabolite", "derivative")
_ITSELF = ("antibody", "vaccine", "protein", "gene", "enzyme", "receptor")


def code_kinds(text: str) -> dict[str, str]:
    """Code -> what it is ("drug", "compound"), for each code `text` names after its kind or
    gives a dose of."""
    kinds: dict[str, str] = {}
    for m in (*_KIND_CODE.finditer(text), *_NAMED_KIND_CODE.finditer(text)):
        kind = m["kind"].lower()
        said = kind if kind in _ITSELF else "compound" if kind.startswith(_COMPOUNDS) else "drug"
        kinds.setdefault(m["code"], said)
    for m in _DOSED.finditer(text):
        kinds.setdefault(m["code"], "drug")
    return kinds


# A use already said with its kind ("the blocker PAP-1", "a drug called XR-17"), or one that
# modifies a noun after an article ("the XR-17 group", "an XR-17 dose").
_SAID_BEFORE = re.compile(rf"(?:\b{_KINDS}s?|\bcalled|\bnamed|\b(?:the|a|an))\s+$", re.I)


# What the code is, said right after it: "RX-41, a compound that ...", "XR-17 (an oral drug)".
_SAID_AFTER = re.compile(r"\s*(?:,\s*(?:a|an|the)\s|\()")
# A word before the code that describes it ("human SYCP3", "oral XR-17", "purified SYCP3"):
# "the protein" cannot go between. After a word that opens a noun phrase (a preposition, a
# conjunction, a relative word, a verb: "received", "enabling", "binds") or at a sentence's
# start, the code is said with what it is.
_OPENS_PHRASE = (
    r"with|of|to|for|in|on|by|from|versus|vs|and|or|nor|than|that|which|who|whose|where|how|"
    r"what|whether|when|after|before|between|as|while|but|at|into|onto|without|plus|because|if|"
    r"although|though|so|not|also|only|then|both|either|neither|received|compared|combined|"
    r"continued|stopped|started|took|gave|got|given|take|give|get|[a-z]+ing|[a-z]+[^s]s"
)
_DESCRIBED_BEFORE = re.compile(rf"(?<![\w-])(?!(?:{_OPENS_PHRASE})\s+$)[a-z][\w-]*\s+$", re.I)


def _with_kinds(text: str, kinds: dict[str, str]) -> str:
    """`text` with each use of a code in `kinds` said with what it is."""
    if not any(code in text for code in kinds):
        return text
    codes = "|".join(re.escape(c) for c in sorted(kinds, key=len, reverse=True))
    out, last = [], 0
    for m in re.finditer(rf"(?<![\w-])(?:{codes})(?![\w-])", text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _SAID_BEFORE.search(before) or _DESCRIBED_BEFORE.search(before):
            continue
        if _SAID_AFTER.match(text, m.end()):
            continue  # "RX-41, a compound that blocks ...": the sentence says what it is
        named = f"the {kinds[m.group(0)]} {m.group(0)}"
        if m.start() == 0 or text[: m.start()].rstrip().endswith((".", ":")):
            named = named[0].upper() + named[1:]
        out.append(text[last : m.start()] + named)
        last = m.end()
    return "".join(out) + text[last:]


def with_code_kinds(expand: Callable[[str], str], kinds: dict[str, str]) -> Callable[[str], str]:
    """`expand` (a paper's abbreviation writer), then each code said with what it is; `expand`
    itself when the paper names no code so."""
    if not kinds:
        return expand
    return _CodeNamer(expand, kinds)


class _CodeNamer:
    """An abbreviation writer that also says each code with what it is (`with_code_kinds`)."""

    def __init__(self, expand: Callable[[str], str], kinds: dict[str, str]) -> None:
        self._expand = expand
        self._kinds = kinds

    def __call__(self, text: str) -> str:
        return _with_kinds(self._expand(text), self._kinds)

    @property
    def paper_only(self) -> Callable[[str], str] | None:
        """The paper's own definitions without the standard long forms (see
        `Expander.paper_only`), codes still said with what they are."""
        inner = getattr(self._expand, "paper_only", None)
        return None if inner is None else _CodeNamer(inner, self._kinds)
