"""Results said under a population heading ("Rituximab for progressive MS", a line of its own):
in a review that reports results for several groups of people, a result sentence below such a
heading is true only of that group. Shown on its own ("Rituximab may make little or no
difference to relapses.") it would claim the result for everyone, so the group is said with it
("In people with progressive MS, rituximab may ..."). When the heading's studies were done in a
narrower group ("in primary progressive MS") against one thing ("with placebo"), the result is
said of that group and against it: never widened to the heading's group, never a comparison
dropped."""

from __future__ import annotations

import re

from .source import SourceSentence
from .standalone import plain_enough
from .wholeness import BRACKETED, decapitalise

_GROUP_NOUNS = (
    r"(?:people|adults|children|women|men|patients|participants|individuals|infants|babies|"
    r"adolescents|newborns|girls|boys)"
)
_MS = r"(?:MS|multiple sclerosis)"
# The group a heading line names at its end ("... for women with a short cervix", "... for
# relapsing MS") or as the whole line ("Hospitalised adults with asthma").
_GROUP = re.compile(
    rf"(?:^|\b(?:for|in|among) )(?P<group>(?:[\w'’-]+ ){{0,3}}?{_GROUP_NOUNS}"
    r"(?: (?:with|who|aged|from|following|identified|having) [^.;:]{2,80})?"
    rf"|(?:[\w'’-]+ ){{0,3}}?{_MS})$",
    re.I,
)
HEADING_MAX_WORDS = 14
# A sentence that names a group of its own keeps its own words ("in women with ...", "in
# relapsing MS"); "the number of participants who ..." names an outcome, not a group.
_OWN_GROUP = re.compile(
    rf"\b(?:(?:in|among|for) (?:(?!of\b)[\w'’-]+ ){{0,3}}?{_GROUP_NOUNS}|{_MS}|relapsing|"
    r"progressive|remitting)\b",
    re.I,
)


def _heading_line(raw: str) -> str | None:
    """The line a sentence's raw text opens with (from the end of the sentence before it), when
    it is a heading on a line of its own (no end punctuation, a few words, a line break after
    it)."""
    if "\n" not in raw.strip():
        return None
    first = raw.strip().split("\n", 1)[0].strip()
    if not first or re.search(r"[.;:?!]$", first) or len(first.split()) > HEADING_MAX_WORDS:
        return None
    return first


# "Rituximab as 'first choice' for relapsing MS": the treatment and how it was used, before the
# group.
_USE = re.compile(
    r"^(?P<what>[\w'’-]+(?: [\w'’-]+){0,2}) as (?P<use>[^.;:]{2,40}?) (?:for|in|among) "
)


def _heading_group(line: str) -> tuple[str, str | None] | None:
    """The group a heading line names, and the use of the treatment it names before it
    ("rituximab as 'first choice'"), if any."""
    group = _GROUP.search(line)
    if group is None:
        return None
    use = _USE.match(line)
    return group["group"].strip(), f"{decapitalise(use['what'])} as {use['use']}" if use else None


# "One RCT compared rituximab with placebo in primary progressive MS at 24 months' follow-up": the
# studies under a heading, what they compared, and in whom.
_STUDIES_COMPARED = r"\b(?:RCTs?|NRSIs?|trials?|studies|study) compared "
_SCOPE = re.compile(
    _STUDIES_COMPARED + r"(?P<x>[\w'’-]+(?: [\w'’-]+){0,3}?) "
    r"(?:with|to|against) (?P<y>[\w'’-]+(?: [\w'’-]+){0,3}?)(?= in | at | for | over |[.;,(]|$)",
    re.I,
)
# What a scope says it compared with, said again only when it is one thing ("placebo"), never
# "A or B" (`comparisons.with_comparison` refuses a vague one: "other DMTs").
_ONE_COMPARATOR = re.compile(r"\b(?:or|and)\b|,", re.I)


def _word_in(word: str, words: list[str]) -> bool:
    """Whether `word` is one of `words` or opens a hyphenated one ("relapsing" in
    "relapsing-remitting")."""
    return any(w == word or w.startswith(word + "-") for w in words)


def _narrower(group: str, sentence: str) -> str | None:
    """The group `sentence` says its studies compared treatments in, when it is a narrower form
    of the heading's `group` ("primary progressive MS" under "progressive MS"): the result is
    true of that group only."""
    scope = re.search(_STUDIES_COMPARED, sentence, re.I)
    if scope is None:
        return None
    words = group.lower().split()
    after = sentence[scope.end() :]
    for m in re.finditer(rf"\bin ((?:[\w'’-]+ ){{0,4}}?{re.escape(group.split()[-1])})\b", after):
        found = m.group(1)
        said = found.lower().split()
        if said != words and all(_word_in(w, said) for w in words):
            return found
    return None


def scope_comparators(text: str, sentences: list[SourceSentence]) -> dict[int, tuple[str, str]]:
    """For each result under a population heading, the treatment and the one thing its studies
    compared it with, as the heading's first sentence says ("One RCT compared rituximab with
    placebo in primary progressive MS": sentence index -> ("rituximab", "placebo")), when the
    paper's headings name two groups or more. It holds until the next heading or the next
    sentence that says what other studies compared."""
    if not populations(text, sentences):
        return {}
    found: dict[int, tuple[str, str]] = {}
    current: tuple[str, str] | None = None
    for s in sentences:
        if s.role.value != "results":
            current = None
            continue
        if _heading_line(text[s.start : s.end]) is not None:
            current = None
        scope = _SCOPE.search(s.text)
        if scope is not None or re.search(r"\b(?:versus|vs\.?)\b[^.]*:", s.text):
            one = scope is not None and not _ONE_COMPARATOR.search(scope["y"])
            current = (scope["x"], scope["y"]) if scope is not None and one else None
            continue  # the sentence that says what was compared needs no comparison added
        if current is not None:
            found[s.index] = current
    return found


def populations(text: str, sentences: list[SourceSentence]) -> dict[int, str]:
    """For each sentence under a population heading, the group it is true of (sentence index ->
    "relapsing MS"), when the paper's headings name two groups or more. A group holds until the
    next heading line or the end of the results. When headings name one group with two uses of
    the treatment ("Rituximab as 'first choice' for relapsing MS", "Rituximab as 'switching'
    for relapsing MS"), the group says the use too ("people with relapsing MS given rituximab
    as 'first choice'"): a result of one use is not the other's (CD013874's "little or no
    difference compared with fingolimod" as first choice; as switching, a large drop)."""
    under: dict[int, tuple[str, str | None]] = {}
    narrowed: dict[int, str] = {}  # a narrower group the heading's studies were in
    current: tuple[str, str | None] | None = None
    narrow: str | None = None
    last_end = 0
    for s in sentences:
        # the heading is on its own line before the sentence (or was run into it)
        before, last_end = last_end, max(last_end, s.end)
        if s.role.value != "results":
            current = None
            continue
        line = _heading_line(text[min(before, s.start) : s.end])
        if line is not None:
            current, narrow = _heading_group(line), None
        if current is not None:
            under[s.index] = current
            if re.search(_STUDIES_COMPARED, s.text, re.I):  # in a group of their own, or not
                narrow = _narrower(current[0], s.text)
            if narrow is not None:
                narrowed[s.index] = narrow
    groups = {group.lower() for group, _ in under.values()}
    uses: dict[str, set[str | None]] = {}
    for group, use in under.values():
        uses.setdefault(group.lower(), set()).add(use)
    if len(groups) < 2:
        return {}
    return {
        i: _with_use(narrowed.get(i, group), use)
        if use and len(uses[group.lower()]) >= 2
        else narrowed.get(i, group)
        for i, (group, use) in under.items()
    }


_GIVEN = re.compile(r" given (?P<what>.+?) as (?P<use>.+)$")


def _with_use(group: str, use: str) -> str:
    return f"{group} given {use}"


def _people(group: str) -> str:
    """The group as people ("relapsing MS" -> "people with relapsing MS")."""
    if re.match(rf"(?:[\w'’-]+ ){{0,3}}?{_GROUP_NOUNS}\b", group, re.I):
        return group
    return f"people with {group}"


def with_population(text: str, group: str) -> str:
    """`text` said with the group it is true of ("In people with progressive MS, rituximab may
    ..."), unless it names a group of its own; a group given a use of the treatment
    ("relapsing MS given rituximab as 'first choice'") says the use with the treatment when
    that is the subject ("As 'first choice' in relapsing MS, rituximab may ...")."""
    # statistics in brackets ("(OR 0.60; 439 participants)") name no group
    if ":" in text or _OWN_GROUP.search(BRACKETED.sub("", text)) or group.lower() in text.lower():
        return text  # a group of its own, or a heading still in it
    used = _GIVEN.search(group)
    if used is None:
        return f"In {_people(group)}, {decapitalise(text)}"
    base = group[: used.start()]
    if re.match(rf"(?:{re.escape(used['what'])}|It)\b", text, re.I):
        return f"As {used['use']} in {base}, {decapitalise(text)}"
    return f"In {_people(base)} given {used['what']} as {used['use']}, {decapitalise(text)}"


# "412 children with malaria met the criteria": what the people had, in a few plain words that
# end where the sentence goes on (never "with data on", "with a total of", nor a phrase cut at
# "and": "with dorsally displaced and unstable fractures")
_NOT_HAD = (
    # ("with a total of", never "with total knee replacement": the people's operation)
    r"(?!(?:a|an|the|data|total (?:of|number)|mean|median|average|outcomes?|results?|follow|at|"
    r"least|more|less|ages?|were|was|met|are|is|and|or|who|that|which|in|from|of|to|for|on|"
    r"by|with)\b)"
)
_HAD = re.compile(
    rf"\s+with\s+(?P<what>{_NOT_HAD}[a-z][a-z'-]*(?:\s+{_NOT_HAD}[a-z][a-z'-]*){{0,3}})"
    r"(?=\s*[,.;)]|\s+(?:were|was|met|who|that)\b)"
)


def who_had(text: str, at: int) -> str:
    """What the people counted up to `at` had (" with malaria"), when the paper says it there
    in plain words; "" otherwise (the count alone is still true)."""
    m = _HAD.match(text, at)
    return f" with {m['what']}" if m and plain_enough(m["what"]) else ""
