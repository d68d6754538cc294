"""Superscripts as the sources write them, read so that the numbers stay true.

PubMed's text writes a superscript in brackets: "(13)C" (carbon-13), "K(+)", "CD4(+)",
"Ca(2+)", "2 x 10(6) cells" (ten to the sixth), "kg/m(2)". JATS, and newer PubMed XML, mark it
<sup>; flattened as it stands, "2 x 10<sup>6</sup> cells" would read "2 x 106 cells", a number
the paper never gave. Both come out as a reader writes them: "13C", "K+", "Ca2+", "10^6",
"kg/m2".
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

_ELEMENTS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As "
    "Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd "
    "Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am"
).split()
# "(13)C", "[(11)C]PiB", "(99m)Tc", "(18)F-FDG": a mass number before an element's symbol.
_SYMBOLS = "|".join(sorted(_ELEMENTS, key=len, reverse=True))
_ISOTOPE = re.compile(r"(?<![\w)])\((\d{1,3})(m?)\)(?=(" + _SYMBOLS + r")(?![a-z]))")
# The list is in order of atomic number (H is 1). An isotope's mass number is at least its
# atomic number and at most about three times it (tritium, 3H): "(2)In the ..." is a
# reference before the word "In", not indium-2, and "(3)At ..." no astatine.
_ATOMIC_NUMBER = {symbol: index + 1 for index, symbol in enumerate(_ELEMENTS)}


def _isotope(match: re.Match[str]) -> str:
    mass, atomic = int(match.group(1)), _ATOMIC_NUMBER[match.group(3)]
    if atomic <= mass <= 3 * atomic + 5:
        return match.group(1) + match.group(2)
    return match.group(0)


# "K(+)", "CD4(+)", "Ca(2+)", "miR-155(-/-)": a charge or a genotype after a name.
_CHARGE = re.compile(r"(?<=[A-Za-z0-9\]])\((\d?[+-](?:/[+-])?)\)")
# "2 x 10(6)", "with 10(7) bacteria", "10(-3) M": a power of ten (PubMed's abstracts do not
# cite by number, so a bare "10(7)" is not a tenth reference to source 7).
_POWER = re.compile(r"(?<![\w.,])10\((-?\d{1,2})\)(?![\w(])")
# "kg/m(2)", "1.73 m(2)", "cells/mm(3)": a squared or cubed length.
_AREA = re.compile(r"(?<![A-Za-z])(m|cm|mm|km|nm|µm|μm)\(([23])\)")
_SIGNED = re.compile(r"[-\u2212]?\d{1,3}")
_TEN_BEFORE = re.compile(r"(?:^|[^\d.,])10\s*$")


def pubmed_scripts(text: str) -> str:
    """PubMed's bracketed superscripts written as a reader writes them (see the module)."""
    if "(" not in text:
        return text
    text = _ISOTOPE.sub(_isotope, text)
    text = _CHARGE.sub(r"\1", text)
    text = _POWER.sub(r"10^\1", text)
    return _AREA.sub(r"\1\2", text)


def mark_powers(root: Element) -> None:
    """Write an exponent in <sup> as "^n" when flattening would glue it to its base: after a
    10 ("10<sup>6</sup>" -> "10^6"), or a negative one after a unit ("kg<sup>-1</sup>" ->
    "kg^-1"). Other superscripts (isotopes, charges, ordinals) read right glued."""
    for parent in root.iter():
        before = parent.text or ""
        for child in parent:
            text = child.text or ""
            if (
                child.tag.rsplit("}", 1)[-1] == "sup"
                and not len(child)
                and _SIGNED.fullmatch(text.strip())
                and (
                    _TEN_BEFORE.search(before)
                    or (text.strip()[0] in "-\u2212" and before[-1:].isalpha())
                )
            ):
                child.text = "^" + text.strip().replace("\u2212", "-")
            before = child.tail or ""
