"""Chemical symbols read as words: "K+", "K(+)", "Ca2+", "K plasma levels". A lay reader cannot
read the letters as potassium or calcium, whatever the sentence says of them; the jargon check
names them (plainsum.checks.jargon), with the element's name for the editor's light edit."""

from __future__ import annotations

import re

# A chemical element's symbol standing as a word, with its charge ("K+", "K(+)", "Ca2+",
# "Ca(2+)", "Na+") or, bare, before what is measured of it ("K plasma levels", "urinary K
# excretion", "epithelial Na channel"): a reader cannot read the letters as potassium or
# sodium, whatever the sentence says of them. A warning: an editor's light edit names the
# element (as an error, the offline repair dropped plaba 27306796's result headline for a cut
# list, read in gate_identity).
SYMBOL = re.compile(
    r"(?<![\w.+/-])(?:"
    r"(?:K|Na|Ca|Mg|Cl|Li|Fe|Zn|Cu|Mn|HCO3|NH4|H|OH|PO4|SO4)(?:\(\d?[+-]\)|\d?[+-]{1,2})"
    r"(?![\w+-])"
    r"|(?:K|Na|Ca|Mg|Cl)(?=\s+(?:plasma|serum|blood|urine|urinary|levels?|content|channels?|"
    r"excretion|secretion|loading|depletion|balance|homeostasis|concentrations?|intake|"
    r"supplements?|supplementation|currents?|influx|efflux|transport|reabsorption|ions?)\b))",
)


def element_symbols(text: str) -> list[tuple[str, int]]:
    """Element symbols read as words (as written, where), first use of each element."""
    if not any(c in text for c in "KNCMLFZHOPS"):
        return []
    found: list[tuple[str, int]] = []
    elements: set[str] = set()
    for m in SYMBOL.finditer(text):
        element = m.group(0).rstrip("+-()0123456789")
        if element in elements or _VITAMIN.search(text, 0, m.start()):
            continue  # "Na+ ... an epithelial Na channel" names one element; "vitamin K levels"
        elements.add(element)
        found.append((m.group(0), m.start()))
    return found


_VITAMIN = re.compile(r"\bvitamin\s+$", re.I)

# What an editor writes for a symbol: its element (or ion) in words.
ELEMENT_NAMES = {
    "K": "potassium", "Na": "sodium", "Ca": "calcium", "Mg": "magnesium", "Cl": "chloride",
    "Li": "lithium", "Fe": "iron", "Zn": "zinc", "Cu": "copper", "Mn": "manganese",
    "HCO3": "bicarbonate", "NH4": "ammonium", "H": "hydrogen (acid)", "OH": "hydroxide",
    "PO4": "phosphate", "SO4": "sulphate",
}  # fmt: skip


def symbol_hint(term: str) -> str | None:
    """What to write for a chemical symbol (None for a term that is no symbol)."""
    if not SYMBOL.fullmatch(term):
        return None
    name = ELEMENT_NAMES[term.rstrip("+-()0123456789")]
    return f"Write '{name}' for the chemical symbol '{term}', which a lay reader cannot read."
