"""A bracket of statistics the paper opens and never closes, left out to the sentence's end.

"Treatment X cleared tophi in 21/52 people compared with 2/27 with placebo (risk ratio (RR)
5.45, 95% CI 1.38 to 21.54; NNTB 3 (95% CI 2 to 6)." (CD010069): the outer bracket is never
closed, so no edit could take the statistics out, and the sentence, a review's main result, was
left out as broken. Where the unclosed bracket opens on the name of a statistic and runs to the
end of the sentence with no further result in it, it holds nothing but the figures: the sentence
without it is whole and says what the paper says. A bracket that opens on anything else ("for
fluoxetine (5.1 kg ...; orlistat 2.0 kg ...") or reaches over more results of a list is left as
it is.
"""

from __future__ import annotations

import re

__all__ = ["without_unclosed_statistics"]

# The name of a statistic opening a bracket: "(risk ratio", "(RR 0.5", "(mean difference in",
# "(95% CI", "(P = 0.03", "(OR,"
_STATISTIC = re.compile(
    r"\(\s*(?:(?:adjusted |pooled |summary )?(?:risk ratio|relative risk|odds ratio|hazard ratio|"
    r"rate ratio|risk difference|(?:weighted |standardi[sz]ed )?mean difference|"
    r"confidence interval|number needed to (?:treat|harm))\b"
    r"|(?:a?RR|a?OR|a?HR|W?MD|SMD|RD|CI|NNTB?|NNTH)\b"
    r"|95\s?%|[Pp]\s?[=<>≤])"
)


# A result said inside the open bracket's reach ("..., fewer asthma control days -9% (...), more
# use of rescue puffs ..."): the bracket was left open mid-list, not at the sentence's figures.
_ANOTHER_RESULT = re.compile(
    r"\b(?:fewer|more|less|greater|higher|lower|increased?|decreased?|reduc\w*|improv\w*|"
    r"worse|better)\b",
    re.I,
)


_INNER = re.compile(r"\([^()]*\)")


def without_unclosed_statistics(text: str) -> str:
    """`text` without an unclosed bracket of statistics that runs to its end ("... with
    placebo (risk ratio 5.45, 95% CI 1.4 to 21.5." -> "... with placebo."); else as it is."""
    depth = 0
    opened: list[int] = []
    for i, c in enumerate(text):
        if c == "(":
            opened.append(i)
            depth += 1
        elif c == ")" and opened:
            opened.pop()
    if not opened:
        return text
    start = opened[0]  # the outermost bracket left open runs to the end
    tail = _INNER.sub("", text[start + 1 :])  # (its own brackets: "16% (2% fewer to 34% more)")
    if not _STATISTIC.match(text, start) or _ANOTHER_RESULT.search(tail):
        return text  # (a bracket left open before more results: those would be lost)
    head = text[:start].rstrip(" ,;:")
    if len(head.split()) < 4:
        return text
    end = text.rstrip()[-1:]
    return head + (end if end in ".!?" else ".")
