"""Markup and links in a summary: raw HTML, and links that are not the paper's own.

A summary is plain text that editors paste into their sites as Markdown. Raw HTML (`<iframe>`,
`<img onerror=...>`, `<script>`) from a paper or a model would run there; a link the paper does
not contain (`[more](javascript:...)`, a model's invented URL) sends readers somewhere nobody
checked. Both are errors. A link passes only when it is http(s) or mailto and its address
appears in the source text. The Markdown renderer strips what this check flags, so a failing
draft printed anyway still carries none of it.
"""

from __future__ import annotations

import re

from ..schemas import SECTIONS, Finding, PlainSummary, Severity

CHECK = "markup"
CHECKS = (CHECK,)
SAFE_SCHEMES = ("http://", "https://", "mailto:")

# An HTML tag or comment: `<` then a letter, `/` or `!` (so "p < 0.05" and "<5 mm" are text).
HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>|<![A-Za-z][^<>]*>", re.DOTALL)
# [text](url) and ![alt](url), with an optional "title".
MD_LINK = re.compile(
    r"(!?)\[([^\]\n]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+\"[^\"\n]*\")?\s*\)"
)
MD_REFERENCE = re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*(\S+).*$", re.MULTILINE)
BARE_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>()\[\]]+|\b(?:javascript|data|vbscript):\S*", re.I
)


def allowed_link(url: str, source_text: str) -> bool:
    """http(s) or mailto, and the paper's own (its address is in the source)."""
    url = url.strip().rstrip(".,;:")
    return url.lower().startswith(SAFE_SCHEMES) and bool(url) and url in source_text


def check_markup(summary: PlainSummary, source_text: str) -> list[Finding]:
    """Errors for raw HTML and for links that are not the paper's own http(s)/mailto links."""
    findings: list[Finding] = []
    for section in SECTIONS:
        text = getattr(summary, section)
        for tag in HTML_TAG.finditer(text):
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.ERROR,
                    section=section,
                    span=tag.group(0)[:80],
                    message="raw HTML in the summary",
                    hint="write plain text; no tags",
                )
            )
        urls = [m.group(3) for m in MD_LINK.finditer(text)]
        urls += [m.group(1) for m in MD_REFERENCE.finditer(text)]
        urls += [m.group(0) for m in BARE_URL.finditer(HTML_TAG.sub(" ", MD_LINK.sub(" ", text)))]
        for url in urls:
            if not allowed_link(url, source_text):
                findings.append(
                    Finding(
                        check=CHECK,
                        severity=Severity.ERROR,
                        section=section,
                        span=url[:80],
                        message="a link that is not the paper's own",
                        hint="remove the link; a summary links only to addresses the paper gives",
                    )
                )
    return findings


def strip_markup(
    text: str, source_text: str | None = None, flagged: frozenset[str] = frozenset()
) -> str:
    """`text` safe to paste as Markdown: tags removed, `<` before a letter escaped, images
    reduced to their alt text, and links reduced to their words unless they are http(s)/mailto,
    not `flagged` by the gate, and (given the source) the paper's own."""

    def link(m: re.Match[str]) -> str:
        image, words, url = m.group(1), m.group(2), m.group(3)
        ok = (
            url.lower().startswith(SAFE_SCHEMES)
            and url[:80] not in flagged
            and (source_text is None or allowed_link(url, source_text))
        )
        return m.group(0) if ok and not image else words

    text = HTML_TAG.sub("", text)
    text = MD_LINK.sub(link, text)
    text = MD_REFERENCE.sub("", text)
    text = re.sub(r"\b(?:javascript|data|vbscript):", "", text, flags=re.I)
    return re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)
