"""Abstract headings: the ways journals write them ("Patients and methods", "METHODS AND
RESULTS", "Conclusions/Significance") -> one canonical section name each."""

from __future__ import annotations

import re

# Heading variants -> canonical section name.
HEADINGS: dict[str, str] = {
    "background": "background",
    "introduction": "background",
    "context": "background",
    "rationale": "background",
    "background and purpose": "background",
    "background and aims": "background",
    "background and objectives": "background",
    "objective": "objective",
    "objectives": "objective",
    "aim": "objective",
    "aims": "objective",
    "purpose": "objective",
    "importance": "background",
    "goal": "objective",
    "methods": "methods",
    "method": "methods",
    "materials and methods": "methods",
    "methods and materials": "methods",
    "patients and methods": "methods",
    "design": "methods",
    "study design": "methods",
    "design, setting, and participants": "methods",
    "setting": "methods",
    "participants": "methods",
    "patients": "methods",
    "interventions": "methods",
    "intervention": "methods",
    "main outcome measures": "methods",
    "main outcomes and measures": "methods",
    "outcome measures": "methods",
    "measurements": "methods",
    "search methods": "methods",
    "search strategy": "methods",
    "selection criteria": "methods",
    "data collection and analysis": "methods",
    "data sources": "methods",
    "study selection": "methods",
    "data extraction": "methods",
    "data synthesis": "results",
    "results": "results",
    "result": "results",
    "main results": "results",
    "findings": "results",
    "key results": "results",
    "conclusions": "conclusions",
    "conclusion": "conclusions",
    "authors' conclusions": "conclusions",
    "authors conclusions": "conclusions",
    "conclusions and relevance": "conclusions",
    "interpretation": "conclusions",
    "discussion": "conclusions",
    "significance": "conclusions",
    "implications": "conclusions",
    "limitations": "limitations",
    "limitation": "limitations",
    "strengths and limitations": "limitations",
    "abstract": "abstract",
    "summary": "abstract",
    # Other journals' structured abstracts (JAMA, Lancet, PLOS, BMJ, Neurology, review journals).
    "background and aim": "background",
    "objective and background": "background",
    "hypothesis": "objective",
    "research question": "objective",
    "study objective": "objective",
    "study objectives": "objective",
    "aims and objectives": "objective",
    "purpose of review": "objective",
    "purpose of the study": "objective",
    "material and methods": "methods",
    "methodology": "methods",
    "experimental design": "methods",
    "approach": "methods",
    "procedures": "methods",
    "population": "methods",
    "study population": "methods",
    "subjects": "methods",
    "subjects and methods": "methods",
    "design and setting": "methods",
    "design and participants": "methods",
    "setting and participants": "methods",
    "participants and setting": "methods",
    "design, setting and participants": "methods",
    "design, setting, participants": "methods",
    "exposure": "methods",
    "exposures": "methods",
    # Not "primary outcomes" or "outcomes": Cochrane reviews use them as headings inside
    # their results. Nor "case presentation": a case report's case is not its finding.
    "main outcome measure": "methods",
    "main outcome and measures": "methods",
    "statistical analysis": "methods",
    "data analysis": "methods",
    # PLOS Medicine's one section holds what was done and what was found; its results matter more.
    "methods and findings": "results",
    "approach and results": "results",
    "measurements and main results": "results",
    "measurements and results": "results",
    "principal findings": "results",
    "main findings": "results",
    "recent findings": "results",
    "observations": "results",
    "conclusion and relevance": "conclusions",
    "conclusions and implications": "conclusions",
    "clinical relevance": "conclusions",
    "clinical implications": "conclusions",
    "clinical significance": "conclusions",
    "implications for practice": "conclusions",
    "implications for research": "conclusions",
    "classification of evidence": "conclusions",
    "summary and conclusions": "conclusions",
    "study limitations": "limitations",
    # Protocols (BMJ Open, Trials: "Introduction / Methods and analysis / Ethics and
    # dissemination"), systematic reviews (PRISMA for abstracts) and expert reviews.
    "methods and analysis": "methods",
    "methods and design": "methods",
    "trial design": "methods",
    "eligibility criteria": "methods",
    "information sources": "methods",
    "evidence acquisition": "methods",
    "summary of background data": "background",
    "synthesis of results": "results",
    "evidence synthesis": "results",
    "expert opinion": "conclusions",
    "practical implications": "conclusions",
    # Not part of what a paper found: kept in the text, never summarised.
    "ethics and dissemination": "administrative",
    "systematic review registration": "administrative",
    "trial registration number": "administrative",
    "prospero registration": "administrative",
    "level of evidence": "administrative",
    "funding": "administrative",
    "funding sources": "administrative",
    "trial registration": "administrative",
    "clinical trial registration": "administrative",
    "registration": "administrative",
    "keywords": "administrative",
    "key words": "administrative",
}

# Sections whose sentences no drafter should summarise (funding, registration, key words).
NOT_FINDINGS = frozenset({"administrative"})
# Labels PubMed gives a part that has none: not a heading, and never part of the text.
NO_LABELS = frozenset({"unlabelled", "unlabeled", "unassigned"})
_NO_LABEL = re.compile(r"^(?:UNLABELLED|UNLABELED|UNASSIGNED)\s*:\s*")


def drop_no_label(body: str) -> str:
    """A part's text without the "UNLABELLED: " MEDLINE writes before an unlabelled abstract."""
    return _NO_LABEL.sub("", body)


# A compound heading ("Methodology/Principal Findings", "BACKGROUND & AIMS", "METHODS AND
# RESULTS") whose every part is a heading is the section of its part nearest the findings.
_JOINS = re.compile(r"\s*(?:/|&|\band\b)\s*")
_RANK = ("results", "conclusions", "limitations", "methods", "objective", "background", "abstract")


def canonical(head: str) -> str | None:
    """The canonical section name of a heading as written (None when it is not one)."""
    key = re.sub(r"\s+", " ", head.strip().lower().replace("\u2019", "'"))
    found = HEADINGS.get(key)
    if found or not _JOINS.search(key):
        return found
    parts = [HEADINGS.get(part) for part in _JOINS.split(key) if part]
    if not parts or None in parts or "administrative" in parts:
        return None
    return min(parts, key=lambda name: _RANK.index(name) if name in _RANK else len(_RANK))


def _glued_pattern() -> re.Pattern[str]:
    heads = sorted(
        (k for k, v in HEADINGS.items() if v not in ("abstract", "administrative")),
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(k[0].upper() + k[1:]) for k in heads)
    return re.compile(rf"(?:(?<=[.!?)\]])\s*|^\s*)(?P<head>{alternation})(?=[A-Z0-9])")


# A heading glued to its text, as some publishers' feeds flatten a structured abstract:
# "BackgroundPhysical activity ... scarce.ObjectiveTo test whether ...".
_GLUED = _glued_pattern()


def _parts(text: str, found: list[re.Match[str]]) -> list[tuple[str, str]]:
    """(heading, text) parts of `text` cut at each heading `found`, any text before the first
    heading with an empty heading; a heading with no text after it is left out."""
    parts = [("", text[: found[0].start()].strip())] if text[: found[0].start()].strip() else []
    for m, after in zip(found, [*found[1:], None], strict=True):
        body = text[m.end() : after.start() if after else len(text)].strip()
        if body:
            parts.append((m["head"], body))
    return parts


def split_glued_headings(text: str) -> list[tuple[str, str]] | None:
    """(heading, text) parts of an abstract whose headings are glued to their text, or None when
    fewer than two such headings are found (a capital after a word is then no heading)."""
    found = list(_GLUED.finditer(text))
    if len({m["head"] for m in found}) < 2:
        return None
    return _parts(text, found)


# Headings set off by a space alone, as a copy of a journal page flattens bold headings into one
# paragraph: "Objective To compare ... Methods We searched ... Results Forty-one trials ...
# Conclusions Monoclonal ...". Only the common headings, written with a capital or in capitals,
# each before a capital or a digit at the start of the text or after a sentence's end.
_SPACED_HEADS = (
    "Materials and methods",
    "Patients and methods",
    "Subjects and methods",
    "Background",
    "Introduction",
    "Objectives",
    "Objective",
    "Aims",
    "Aim",
    "Purpose",
    "Methods",
    "Design",
    "Results",
    "Findings",
    "Conclusions",
    "Conclusion",
    "Interpretation",
)
_SPACED = re.compile(
    r"(?:(?<=[.!?)\]])\s+|^\s*)(?P<head>"
    + "|".join(h for h in _SPACED_HEADS)
    + "|"
    + "|".join(h.upper() for h in _SPACED_HEADS)
    + r")\s+(?=[A-Z0-9])"
)
MIN_SPACED_HEADINGS = 3  # fewer: a sentence may open with "Results" or "Methods" as a word


def split_spaced_headings(text: str) -> list[tuple[str, str]] | None:
    """(heading, text) parts of an abstract whose headings stand before their text with only a
    space between, or None unless three different sections are found, results or conclusions
    among them (a capital after "Background" once is no heading)."""
    found = list(_SPACED.finditer(text))
    names = {canonical(m["head"]) for m in found}
    if len(names - {None}) < MIN_SPACED_HEADINGS or not names & {"results", "conclusions"}:
        return None
    return _parts(text, found)


# A heading in capitals that opens its own line, its colon lost, as a copy of a journal page
# (JAMA's "IMPORTANCE ...", "DESIGN, SETTING, AND PARTICIPANTS ...", "CONCLUSIONS AND RELEVANCE
# ...") gives it: the words in capitals before the line's first word of text.
_CAPS_WORDS = re.compile(r"(?:[A-Z][A-Z&/-]*,? +)+")
MIN_CAPS_HEADINGS = 3  # fewer lines so opened: a line may open with a name in capitals


def _caps_heading(line: str) -> str | None:
    """The known heading in capitals that opens `line` before text that starts with a capital or
    a digit ("RESULTS Of 402 ..." -> "RESULTS"), else None. The longest run of its opening words
    in capitals that is a heading counts ("CONCLUSIONS MS ..." -> "CONCLUSIONS")."""
    run = _CAPS_WORDS.match(line)
    if run is None:
        return None
    words = run.group(0).split()
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k]).rstrip(",")
        rest = line[len(" ".join(words[:k])) :].lstrip()
        if rest[:1].isupper() or rest[:1].isdigit():
            if canonical(head):
                return head
    return None


def _colon_after_caps_lines(text: str) -> str | None:
    """`text` with a colon after the heading in capitals that opens each of its lines
    (`_caps_heading`), where at least `MIN_CAPS_HEADINGS` lines of different sections open so,
    results or conclusions among them; else None."""
    lines = text.split("\n")
    heads = [None if ":" in line[:60] else _caps_heading(line) for line in lines]
    names = {canonical(h) for h in heads if h}
    if len(names) < MIN_CAPS_HEADINGS or not names & {"results", "conclusions"}:
        return None
    return "\n".join(
        line if head is None else f"{head}:{line[len(head) :]}"
        for line, head in zip(lines, heads, strict=True)
    )


def colon_after_spaced_headings(text: str) -> str:
    """`text` with a colon after each heading `split_spaced_headings` finds in a paragraph
    ("Methods We searched ..." -> "Methods: We searched ..."), so it reads as the inline headings
    a structured abstract has; other paragraphs as they are. Headings in capitals that open
    their lines lose no colon either (`_colon_after_caps_lines`)."""
    capped = _colon_after_caps_lines(text)
    if capped is not None:
        return capped
    out = []
    for paragraph in text.split("\n"):
        if ":" in paragraph[:40] or split_spaced_headings(paragraph) is None:
            out.append(paragraph)
            continue
        out.append(
            _SPACED.sub(lambda m: m.group(0).replace(m["head"], m["head"] + ":", 1), paragraph)
        )
    return "\n".join(out)
