"""What a paper not about MS studied that people with MS also use: said honestly, beside the
statement that the paper did not look at MS.

A trial of gabapentin for nerve pain after shingles did not study MS, but many readers with MS
take gabapentin for nerve pain: "This study did not look at MS, so what it means for people with
MS is not known" is true and tells them less than they need. Where the paper's aim or
headline names a medicine from a short, vetted list of ones people with MS commonly use, the
statement says so ("Some people with MS take gabapentin for nerve pain, but this study did not
look at MS, so its meaning for them is unknown."), never that the result holds in MS; one
sentence, so the gate reads it as the not-about-MS statement, of 25 words or fewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .frames import NOT_ABOUT_MS, NOT_MS
from .lines import Line

# Medicines people with MS commonly use, and what for, as the care of MS uses them (the
# disease-modifying drugs, the relapse treatment, the symptom treatments). Only the medicine
# a paper names decides: never a symptom, which a paper may name for other reasons.
_USES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{names})\b", re.I), use)
    for names, use in (
        (r"gabapentin|pregabalin", "take {name} for nerve pain"),
        (r"baclofen|tizanidine", "take {name} for muscle stiffness"),
        (r"(?:dal)?fampridine|4-aminopyridine", "take {name} to help them walk"),
        (r"amantadine|modafinil", "take {name} for tiredness"),
        (r"oxybutynin|tolterodine|solifenacin|mirabegron", "take {name} for bladder problems"),
        (r"sildenafil", "take sildenafil for erection problems"),
        (r"nabiximols", "take nabiximols for muscle stiffness"),
        (r"vitamin D", "take vitamin D"),
        (r"methylprednisolone", "are given methylprednisolone for relapses"),
        (
            r"interferon[- ]beta|beta[- ]interferon|glatiramer|natalizumab|ocrelizumab|"
            r"ofatumumab|rituximab|alemtuzumab|cladribine|fingolimod|siponimod|ozanimod|"
            r"ponesimod|dimethyl fumarate|teriflunomide|mitoxantrone",
            "are treated with {name}",
        ),
    )
)


def bearing(texts: Iterable[str]) -> str | None:
    """The not-about-MS statement that says what people with MS use of the first medicine of
    `_USES` the texts (what the paper studied: its aim, topic, headline) name, or None when
    they name none."""
    said = list(texts)
    for pattern, use in _USES:
        for text in said:
            m = pattern.search(text)
            if m is not None:
                name = m.group(0) if m.group(0).endswith(" D") else m.group(0).lower()
                what = use.format(name=name)
                return (
                    f"Some people with MS {what}, but this study did not look at MS, so its "
                    "meaning for them is unknown."
                )
    return None


_NOT_MS_TAIL = "; it " + NOT_MS[len("This study ") :]


def with_bearing(lines: list[Line], statement: str | None) -> list[Line]:
    """`lines` with their not-about-MS statement said as `statement` (`bearing`): a bare one
    replaced, one said after what was studied ("This review looked at X; it did not look at
    MS, ...") split into what was studied and the statement."""
    if statement is None:
        return lines
    out: list[Line] = []
    for line in lines:
        if line.kind == "frame" and line.text in (NOT_MS, NOT_ABOUT_MS):
            out.append(Line(statement, kind="frame"))
        elif line.kind == "frame" and line.text.endswith(_NOT_MS_TAIL):
            out.append(Line(line.text[: -len(_NOT_MS_TAIL)] + ".", line.sources))
            out.append(Line(statement, kind="frame"))
        else:
            out.append(line)
    return out
