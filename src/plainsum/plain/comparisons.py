"""Results said under a comparison subheading ("Drug A versus placebo: ..."): in a review of
several comparisons, a result sentence below such a heading is true only of that comparison.
Shown on its own ("Drug A may improve quality of life."), it would claim the effect in general,
so the comparison it belongs to is said with it ("Compared with placebo, drug A may ...")."""

from __future__ import annotations

import re

from .source import SourceSentence
from .wholeness import decapitalise, finite

# "Combination therapy versus placebo: ...", "Exercise compared to usual care alone: ...": a
# heading that names the treatment and what it was compared with, ended by a colon, or run into
# the sentence after it when the line break was lost ("Drug A versus placebo Two trials ...").
# A run-in heading's sentence may open on the heading's own treatment again ("NSAIDs versus
# paracetamol NSAIDs appeared ...") or on a scene-setting word ("... placebo Among women ...").
_HEADING = re.compile(
    r"^(?P<x>(?P<x1>[A-Z][\w'’-]*)(?: [\w'’()-]+){0,6}?) (?:versus|vs\.?|compared (?:with|to)) "
    r"(?P<y>[\w'’-]+(?: (?![A-Z][a-z])[\w'’-]+){0,5}?)"
    r"(?:\s*:\s+| (?=(?:The|There|We|No|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Only|"
    r"A|An|In|It|This|These|Among|When|Overall)\b|(?P=x1)\b(?! [A-Z])))"
)
# ... or standing on a line of its own, which the paper's sentences do not hold ("Native tissue
# versus biological graft", "Drug A versus placebo (3 studies, 420 women)"): what the results
# below it compare, though no sentence says so (CD004014: "Native tissue repair probably
# increased the risk of recurrence" was said without the graft it was set against).
_HEADING_LINE = re.compile(
    r"(?m)^[^\S\n]*(?P<x>[A-Z][\w'’/-]*(?: [\w'’/-]+){0,5}?) (?:versus|vs\.?|compared (?:with|to)) "
    # ("placebo, best supportive care or no treatment": a list, said whole)
    r"(?P<y>[\w'’/-]+(?: [\w'’/-]+){0,5}?(?:(?:, [\w'’/-]+(?: [\w'’/-]+){0,3}?)*,? "
    r"(?:or|and) [\w'’/-]+(?: [\w'’/-]+){0,3}?)?)(?:\s*\([^()\n]*\)|,[^\n]*)?[^\S\n]*$"
)
# A heading of a comparison that could not be read: what it compared is not known.
_UNREAD_HEADING = re.compile(r"^[A-Z][^.:;,]{0,80}? (?:versus|vs\.?|compared (?:with|to)) ")
# A sentence that names a comparison of its own keeps its own words.
_OWN_COMPARISON = re.compile(
    r"\b(?:compared|versus|vs\.?|than|relative to|over|between|groups?|arms?|either)\b", re.I
)
# What a heading compares with, said again: only a named treatment or group, not "not using one"
_VAGUE = re.compile(r"\b(?:one|it|them|this|that|these|those|other|another)\b", re.I)
# A paragraph that opens on what it compares with ("When compared with drug B, there were no
# differences ..."): the sentences after it in that paragraph are of that comparison too.
_LEAD_IN = re.compile(
    r"^(?:When |As )?(?:compared (?:with|to)|versus|vs\.?|against) "
    r"(?P<y>[\w'’-]+(?: [\w'’-]+){0,5}?),\s"
)
# A sentence about a heading's evidence only, not a result: it needs no comparison.
_NO_RESULT = re.compile(r"^(?:No |There (?:were|was) no (?:studies|trials|data)\b)", re.I)


def comparators(text: str, sentences: list[SourceSentence]) -> dict[int, tuple[str, str]]:
    """For each sentence under a comparison heading, the treatment and what it was compared
    with there (sentence index -> ("combination therapy", "placebo")), when the paper has two
    comparisons or more. A heading holds until the next heading, a blank line or a new
    paragraph that has none; one on a line of its own (`_HEADING_LINE`) holds over the lines
    of results under it, up to a blank line."""
    found: dict[int, tuple[str, str]] = {}
    current: tuple[str, str] | None = None
    headings = 0
    previous_end = 0
    on_a_line = False  # the heading that holds stands on a line of its own
    for s in sentences:
        gap = text[previous_end : s.start]
        previous_end = s.end
        if "\n" in gap and not (on_a_line and "\n\n" not in gap and not gap.strip()):
            # a new paragraph: the heading before it no longer holds (under a heading on its
            # own line, only a blank line or another line does, one read or not)
            current, on_a_line = None, False
        line = _HEADING_LINE.search(gap) if "\n" in gap else None
        if line is not None:
            current, on_a_line = (line["x"].strip(), line["y"].strip()), True
            headings += 1
        heading = _HEADING.match(s.text)
        run_in = heading is not None and ":" not in heading.group(0)
        if heading and not (run_in and (finite(heading["x"]) or finite(heading["y"]))):
            current, on_a_line = (heading["x"].strip(), heading["y"].strip()), False
            headings += 1
        elif _UNREAD_HEADING.match(s.text) and not finite(s.text.split(" versus ")[0]):
            current = None  # a comparison not read: never say the one before for it
        elif "\n" in gap and (lead := _LEAD_IN.match(s.text)):
            current = ("", lead["y"].strip())  # the treatment is the paper's, not named here
            headings += 1
        if current is not None:
            found[s.index] = current
    return found if headings >= 2 else {}


def with_comparison(text: str, compared: tuple[str, str]) -> str:
    """`text` (a sentence with its heading removed) said with the comparison it belongs to:
    only a sentence whose subject is the heading's treatment ("Combination therapy may ...",
    "based on five trials, combination therapy may ..."),
    that names no comparison of its own, and only against a named comparator."""
    treatment, comparator = compared
    if not treatment:  # a paragraph's lead-in: any result in it, said with the lead-in's words
        if _OWN_COMPARISON.search(text) or _VAGUE.search(comparator) or _NO_RESULT.match(text):
            return text
        return f"When compared with {comparator}, {decapitalise(text)}"
    if (
        not re.match(
            rf"(?:based on [^,]{{3,80}}, )?(?:the |an? )?{re.escape(treatment)} ", text, re.I
        )
        or _OWN_COMPARISON.search(text)
        or _VAGUE.search(comparator)
    ):
        return text
    return f"Compared with {comparator}, {decapitalise(text)}"
