"""XML parsed safely: no entity declarations (billion laughs), no external entities or DTDs
fetched. A refused or broken document is one line."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import (  # type: ignore[import-untyped]
    DefusedXmlException,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)
from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped]

from ..errors import InputError

_SAFE: dict[str, Any] = {"forbid_dtd": False, "forbid_entities": True, "forbid_external": True}
MAX_DEPTH = 256  # JATS nests a few tens deep; thousands is an attack on recursive code


class _TooDeep(Exception):
    pass


# The encodings expat reads itself; any other that a document declares (big5, euc-kr, gb2312,
# windows-1251, mac-roman ...) made expat fail with a LookupError or "multi-byte encodings are
# not supported", so Python decodes it first.
_EXPAT_READS = {"utf-8", "utf-16", "iso8859-1", "ascii"}
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
BOMLESS_UTF16 = {b"\x00<\x00?": "utf-16-be", b"<\x00?\x00": "utf-16-le"}


def readable(data: bytes, name: str) -> bytes:
    """The document as expat can read it: one in an encoding expat does not know (or UTF-16
    without a byte-order mark) decoded here and given to expat as UTF-8."""
    bomless = BOMLESS_UTF16.get(data[:4])
    if bomless:
        text = data.decode(bomless, "replace")
    else:
        declared = _DECLARED.match(data[:512])
        if not declared:
            return data
        label = declared.group(1).decode("ascii")
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            raise InputError(
                f"{name}: the XML declares the encoding {label!r}, which plainsum does not know; "
                "save it as UTF-8"
            ) from None
        if codec in _EXPAT_READS:
            return data
        text = data.decode(codec, "replace")
    head, rest = text[:512], text[512:]
    head = re.sub(r"""(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*""", r"\g<1>utf-8", head, count=1)
    return (head + rest).encode("utf-8")


def _events(data: bytes) -> Iterator[tuple[str, Element]]:
    """iterparse's (event, element) pairs, refusing nesting deeper than MAX_DEPTH."""
    depth = 0
    for event, element in SafeET.iterparse(io.BytesIO(data), events=("start", "end"), **_SAFE):
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            raise _TooDeep
        yield event, element


def _refusal(exc: Exception, name: str) -> InputError:
    if isinstance(exc, EntitiesForbidden):
        return InputError(
            f"{name}: the XML declares entities (<!ENTITY>), which plainsum refuses "
            "(entity expansion and external entities are unsafe)"
        )
    if isinstance(exc, ExternalReferenceForbidden):
        return InputError(f"{name}: the XML refers to an external resource, which plainsum refuses")
    if isinstance(exc, _TooDeep):
        return InputError(f"{name}: XML nested more than {MAX_DEPTH} elements deep; refused")
    if isinstance(exc, DefusedXmlException):
        return InputError(f"{name}: unsafe XML refused ({type(exc).__name__})")
    return InputError(f"{name}: not well-formed XML ({exc})")


def parse_xml(data: bytes, name: str) -> Element:
    """The root element of an XML document, parsed with entities and external references off."""
    root: Element | None = None
    data = readable(data, name)
    try:
        for _, element in _events(data):
            if root is None:
                root = element
    except (ParseError, DefusedXmlException, _TooDeep) as exc:
        raise _refusal(exc, name) from None
    if root is None:  # pragma: no cover - iterparse raises on an empty document
        raise InputError(f"{name}: no XML element")
    return root


def iter_elements(data: bytes, name: str, tags: set[str]) -> Iterator[Element]:
    """Each element whose local name is in `tags`, as it ends, freed once the caller moves on
    (a large PubMed export is never held as one tree)."""
    data = readable(data, name)
    try:
        root: Element | None = None
        for event, element in _events(data):
            if root is None:
                root = element
            if event == "end" and local(element.tag) in tags:
                yield element
                element.clear()
                if root is not element:
                    try:
                        root.remove(element)
                    except ValueError:  # not a direct child: cleared is enough
                        pass
    except (ParseError, DefusedXmlException, _TooDeep) as exc:
        raise _refusal(exc, name) from None


def local(tag: str) -> str:
    """A tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


# MathML: the characters an accent element puts over or under its base (V with a dot over it is
# "V-dot", oxygen uptake: written "VO2" in text); `math_text` keeps the base only.
_ACCENTS = frozenset(".\u02d9\u00b7\u00af\u02c9\u203e^\u02c6~\u02dc\u2192\u20d7\u00a8\u2032")
_MATH_SKIP = frozenset({"annotation", "annotation-xml", "none", "mprescripts"})


# "( VO2max )": the layout whitespace a pretty-printed file leaves inside brackets
_PADDED_BRACKET = re.compile(r"(\() (?=\S)|(?<=\S) (\))")


def math_text(node: Element) -> str:
    """A MathML formula as inline text: its tokens joined without the layout whitespace of a
    pretty-printed file ("V . O 2 m a x" is "VO2max"), a fraction as "a/b", a power as "x^2",
    an accent over a letter dropped."""
    tag = local(node.tag)
    if tag in _MATH_SKIP:
        return ""
    if tag in {"mtext", "ms"}:  # words: a space stays a space
        text = node.text or ""
        return " ".join(text.split()) or (" " if text else "")
    if tag in {"mi", "mn", "mo"}:
        return "".join((node.text or "").split())
    if tag == "mmultiscripts":  # base, scripts after it, <mprescripts/>, scripts before it: "3He"
        names = [local(c.tag) for c in node]
        cut = names.index("mprescripts") if "mprescripts" in names else len(names)
        after, before = list(node)[:cut], list(node)[cut + 1 :]
        return "".join(math_text(c) for c in before + after)
    kids = [c for c in node if local(c.tag) not in _MATH_SKIP]
    if tag == "semantics":
        return math_text(kids[0]) if kids else ""
    if tag in {"mover", "munder"} and len(kids) == 2 and math_text(kids[1]) in _ACCENTS:
        return math_text(kids[0])
    if tag == "mfrac" and len(kids) == 2:
        return f"{math_text(kids[0])}/{math_text(kids[1])}"
    if tag == "msup" and len(kids) == 2:
        return f"{math_text(kids[0])}^{math_text(kids[1])}"
    if tag == "msqrt":
        return f"sqrt({''.join(math_text(c) for c in kids)})"
    return "".join(math_text(c) for c in kids)


def text_of(element: Element | None, skip: frozenset[str] = frozenset()) -> str:
    """All text inside `element` (inline markup flattened, a MathML formula as `math_text`),
    leaving out subtrees named in `skip`."""
    if element is None:
        return ""
    parts: list[str] = []

    def walk(node: Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            name = local(child.tag)
            if name == "math":
                parts.append(math_text(child))
            elif name not in skip:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    text = " ".join("".join(parts).split())
    return _PADDED_BRACKET.sub(lambda m: m.group(1) or m.group(2), text)


def find(element: Element | None, *path: str) -> Element | None:
    """The first descendant reached through local names `path` (namespaces ignored)."""
    node = element
    for name in path:
        if node is None:
            return None
        node = next((c for c in node if local(c.tag) == name), None)
    return node


def find_all(element: Element | None, name: str) -> list[Element]:
    """Every descendant with local name `name`, in document order."""
    if element is None:
        return []
    return [e for e in element.iter() if local(e.tag) == name]
