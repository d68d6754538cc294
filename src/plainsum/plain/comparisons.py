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
    # ("... compared with non-antimicrobial topical treatments (non dressings): ..."), or the
    # studies it rests on, run into its first result ("... vacuum cup (12 studies, 3129 women)
    # Forceps may be ...", CD005455)
    r"(?:\s*\([^()]{1,60}\)(?=\s*:)|\s*(?P<n>\((?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten) (?:[\w-]+ )?(?:studies|study|trials?|RCTs?)\b[^()]{0,60}\)))?"
    r"(?:(?(n) (?=[A-Z])|(?!))|\s*:\s+| (?=(?:The|There|We|No|One|Two|Three|Four|Five|Six|"
    r"Seven|Eight|Nine|Ten|Only|A|An|In|It|This|These|Among|When|Overall)\b|(?P=x1)\b(?! [A-Z])))"
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
# ... or run on after a colon inside the sentence that lists the comparisons ("We performed the
# following five comparisons: Antimicrobial dressings compared with plain dressings: Pooled data
# ..."): the comparison the results after it are of (CD011038)
_HEADING_INSIDE = re.compile(
    r":\s+(?P<x>[A-Z][\w'’-]*(?: [\w'’()-]+){0,6}?) (?:versus|vs\.?|compared (?:with|to)) "
    r"(?P<y>[\w'’-]+(?: (?![A-Z][a-z])[\w'’-]+){0,5}?)(?:\s*\([^()]{1,60}\))?\s*:\s+[A-Z]"
)
# A heading of a comparison that names no pair ("Comparison of different topical treatments:
# ..."): the comparison before it no longer holds.
_PAIRLESS_HEADING = re.compile(r"^Comparisons?(?: \d+[a-z]?)?(?: of)? [^.:;]{3,120}:\s")
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
        heading = _HEADING.match(s.text) or _HEADING_INSIDE.search(s.text)
        run_in = heading is not None and ":" not in heading.group(0)
        if heading and not (run_in and (finite(heading["x"]) or finite(heading["y"]))):
            current, on_a_line = (heading["x"].strip(), heading["y"].strip()), False
            headings += 1
        elif (
            _UNREAD_HEADING.match(s.text) and not finite(s.text.split(" versus ")[0])
        ) or _PAIRLESS_HEADING.match(s.text):
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


# A verdict on how sure the evidence is, or that there is none, which names no comparison of its
# own: "The evidence on adverse events was uncertain", "There is no evidence of a difference in
# bleeding", "It is uncertain whether X changes Y", "We are uncertain about the effects". Under
# one of several comparison headings it is that comparison's verdict only: said alone it reads as
# the review's, false where another comparison had firmer evidence (CD011038: one comparison's
# "uncertain" harms beside another's moderate-certainty "little or no difference").
_VERDICT = re.compile(
    r"^(?:But |However,? )?(?:The |This |These )?(?:overall )?(?:evidence|certainty|quality|"
    r"data|results?|findings?|effects?)\b(?:[^.;:()]|\((?:[^()]|\([^()]*\))*\)){0,160}?"
    r"\b(?:was|were|is|are|remains?|remained)"
    r" (?:also |still )?(?:very |generally |highly |too )?(?:uncertain|unclear|inconclusive|"
    r"insufficient|limited|sparse|weak|low|of (?:low|very low))\b"
    r"|^(?:But |However,? )?(?:There (?:is|was|were) )?(?:no|insufficient|little|not enough|"
    r"limited|only (?:low|very low)[\w -]{0,20}) (?:clear |good |reliable |robust |firm )?"
    r"(?:evidence|data)\b"
    r"|^(?:But |However,? )?(?:There (?:is|was) )?(?:very )?low(?:-| to very low-| )"
    r"(?:certainty|quality) evidence (?:for|on|about|regarding)\b"
    r"|^(?:But |However,? )?It (?:is|was|remains) (?:very |still )?(?:uncertain|unclear) "
    r"(?:whether|if)\b"
    r"|^(?:But |However,? )?(?:We|The review authors) (?:are|were|remain) (?:very )?"
    r"(?:uncertain|unsure|not (?:certain|sure))\b"
    # "We did not identify any evidence on quality of life": none for this comparison, where
    # another may have had some (CD015255: one comparison's "no evidence on quality of life or
    # adverse effects" beside another's moderate-certainty quality of life)
    r"|^(?:We|The review authors) (?:did not|could not|were unable to) (?:identify|find|locate) "
    r"(?:any )?(?:evidence|data)\b"
    r"|^No (?:evidence|data) (?:were|was) (?:available|identified|found)\b",
    re.I,
)
# Words a comparison's sides share with any result, which name neither side
_SIDE_WORDS_NOT = frozenset(
    """versus compared with to and or the a an of for in on no any other different standard
    usual alone only plus type types group groups treatment treatments therapy therapies
    intervention interventions agent agents control""".split()
)
_CLAUSE = re.compile(r",? and (?=the |there |it )|; |, (?:but|while|whereas) ")
# a comparator that names nothing ("Drug A versus another one")
_PRONOUN_SIDE = re.compile(r"^(?:one|it|them|this|that|these|those|another(?: one)?)\b", re.I)
_NAMES_A_SIDE = re.compile(r"\b(?:versus|vs\.?|compared (?:with|to)|than|relative to)\b", re.I)


def _side_words(side: str) -> set[str]:
    return {
        w
        for w in re.findall(r"[a-z][a-z'-]{2,}", re.sub(r"\([^()]*\)", "", side).lower())
        if w not in _SIDE_WORDS_NOT
    }


def _said(side: str) -> str:
    """A heading's side as a sentence says it: its brackets left out, in lower case unless it
    opens on a code ("Antimicrobial dressings (e.g. silver)" -> "antimicrobial dressings")."""
    return decapitalise(" ".join(re.sub(r"\([^()]*\)", "", side).split()))


def scoped_verdict(text: str, compared: tuple[str, str]) -> str | None:
    """`text` (a result of the paper under a comparison heading) with its comparison said at the
    start of its verdict on the evidence when that verdict names neither side (`_VERDICT`): "For
    antimicrobial dressings compared with plain dressings, the evidence on side effects was
    uncertain"; in a later clause, said there ("Two trials reported healing, and for honey
    compared with plain creams, the evidence was uncertain for healing time"), so a split keeps
    it with its half. The text unchanged when it holds no such verdict or names a side; None
    when the comparison cannot be said (a paragraph's lead-in with no treatment, a comparator
    with no words of its own): never shown alone."""
    if _NAMES_A_SIDE.search(text):
        return text
    at = next(
        (
            m.end()
            for m in (re.match("", text), *_CLAUSE.finditer(text))
            if m is not None and _VERDICT.match(text[m.end() :][:1].upper() + text[m.end() + 1 :])
        ),
        None,
    )
    if at is None:
        return text
    treatment, comparator = compared
    words = set(re.findall(r"[a-z][a-z'-]{2,}", text.lower()))
    if set().union(*_distinct_sides(compared)) & words:
        return text  # it names a side: "The evidence on honey was uncertain"
    if not treatment or not comparator.strip() or _PRONOUN_SIDE.match(comparator):
        return None
    rest = text[at:]
    opener = re.match(r"(?:But |However,? )", rest, re.I)
    if opener and at == 0:
        rest = rest[opener.end() :]  # (the comparison said, no contrast with the line before)
    scope = f"for {_said(treatment)} compared with {_said(comparator)}, "
    if at == 0:
        return scope[:1].upper() + scope[1:] + decapitalise(rest)
    return text[:at] + scope + decapitalise(rest)


def names_comparison(text: str, compared: tuple[str, str]) -> bool:
    """Whether `text` (the paper's sentence before a result) names both sides of the comparison
    `compared` ("Pain pills eased pain more than paracetamol"): a verdict after it leans on it."""
    words = set(re.findall(r"[a-z][a-z'-]{2,}", text.lower()))
    return all(side and side & words for side in _distinct_sides(compared))


def _distinct_sides(compared: tuple[str, str]) -> tuple[set[str], set[str]]:
    """The words that tell each side of a comparison from the other ("silver", "plain" for
    silver creams against plain creams); a side's own words when it has none the other lacks."""
    a, b = (_side_words(side) for side in compared)
    return (a - b or a), (b - a or b)
