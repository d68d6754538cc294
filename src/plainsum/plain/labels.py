"""Inline headings at the start of a source sentence ("Methods: We ...", "Primary outcome It
is ...", "NSAID versus paracetamol NSAIDs may ...") and subheadings fused into the middle of one:
what `strip_label` takes off, and what marks a sentence as not whole as it stands."""

from __future__ import annotations

import re
from functools import lru_cache

from ..ingest import HEADINGS
from ..memo import SIZE
from .comparisons import with_comparison
from .letter_forms import names_a_letter
from .wholeness import BRACKETED, decapitalise, finite, has_verb

__all__ = ["FUSED_HEADING", "strip_label"]

_LABEL = re.compile(r"^(?:[A-Z][a-z]+(?: (?:and )?[a-z]+){0,3}|[A-Z]{3,}(?: [A-Z]+){0,2}):\s+")


# A clause complete in itself before a colon ("Three themes emerged:", "Two patterns were
# identified:"): what follows names what it found; never a verb whose object the colon opens
# ("We aimed to explore: ...", "The review analyzes: (1) ...").
_WHOLE_CLAUSE = re.compile(
    r"\s(?:emerged|arose|appeared|(?:was|were) (?:\w+ly )?(?:identified|found|seen|observed|"
    r"noted|described|developed|derived|generated))$"
    # "Seven people had problems: 5 in one group and 2 in the other"
    r"|^(?:\d+|[A-Z][a-z]+(?:-[a-z]+)?) (?:[a-z]+ )?(?:people|patients|participants|children|"
    r"adults|women|men) (?:had|experienced|developed|reported) (?:[a-z]+ ){0,2}[a-z]+$"
)


def _without_label(text: str) -> str:
    """`text` without a heading before a colon; "Three themes emerged: X, Y and Z." is the
    sentence's own clause (its list is no sentence alone)."""
    m = _LABEL.match(text)
    if m is None:
        return text
    head = m.group(0).rstrip().rstrip(":")
    return text if _WHOLE_CLAUSE.search(head) else text[m.end() :]


# A subheading on a line of its own that the splitter joined to the sentence after it
# ("Primary outcome It is unclear ..."): a short phrase with no verb, then a sentence start.
_BARE_HEADING = re.compile(
    r"^(?P<head>(?:[A-Z][a-z]+|[A-Z]{2,}[A-Za-z0-9-]*)(?: [a-z]+){0,3}) "
    r"(?=(?:It|The|There|We|This|These|Those|In|No|A|An|"
    r"Our|Compared|People|Participants|Patients|Most|All|Both|Among|For|At|One|Two|Three|Only|"
    r"None|Overall|However)\s)"
)
# A comparison heading joined to the sentence after it ("Ritgen's manoeuvre versus standard
# care One study found ...", "NSAID versus paracetamol NSAIDs may ..."): a verbless "X versus
# Y" before a capital letter or a code of its own that opens a clause.
_CODE_VERBS = (
    r"(?:may|might|can|could|was|were|is|are|had|has|have|did|does|do|"
    r"appear(?:s|ed)?|seem(?:s|ed)?)\b"
)
_VERSUS_HEADING = re.compile(
    r"^(?P<head>[A-Z][\w'’-]*(?: [\w'’-]+){0,6} (?:versus|vs\.?|compared (?:with|to)) "
    r"[\w'’-]+(?: [\w'’-]+){0,6}?) (?=[A-Z][a-z]|[A-Z]{2,}s? " + _CODE_VERBS + ")"
)


# A longer subheading joined to a sentence that opens as only a sentence does after a word in
# small letters ("Fluoroquinolones added to standard regimens A single trial (174 participants)
# added ...", "Diet in adults Three trials compared ..."): the heading may hold a participle.
# (no heading holds a comma, a subject pronoun or a helping verb: "We found that in adults ...")
_CLAUSE_WORD = re.compile(
    r",|\b(?:we|they|that|which|who|is|are|was|were|has|have|had|did|does|may|might|can|could|"
    r"will|would)\b",
    re.I,
)
# (a number word in capitals only: a figure is no sign of a sentence's start, "Of the 10 studies")
_COUNT = (
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|"
    r"Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty)"
)
_LONG_HEADING = re.compile(
    r"^(?P<head>[A-Z][\w'’-]*(?: [a-z][\w'’-]*){1,8})(?<!\bof)(?<!\bthe)(?<!\bon)(?<!\bin)"
    r"(?<!\bwith)(?<!\bfrom)(?<!\bto)(?<!\bfor)(?<!\bby)(?<!\band)(?<!\bor)(?<!\bsome)"
    r"(?<!\bthan)(?<!\bthat)(?<!\ball) "
    r"(?=A single (?:[\w-]+ )?(?:trial|study|RCT)\b|"
    + _COUNT
    + r" (?:[\w-]+ ){0,2}?(?:trials|studies|RCTs)\b(?: \([^()]*\))? (?!(?:of|in|with|and|or)\b)"
    r"[a-z])"
)
# The words the long heading's look-ahead opens with, after its space: a text that holds none of
# them holds no such heading, and the pattern (eight words backtracked) is not tried.
_LONG_HEADING_NEXT = tuple(f" {w} " for w in ("A single", *_COUNT[3:-1].split("|")))
# "Palatal implants versus placebo (one trial): Symptoms were lower with ...": a comparison
# heading with its count of trials. Said as a sentence, the comparison stays with its result
# ("In one trial comparing palatal implants with placebo, symptoms were lower with ...").
_PART = r"(?:[^:()]|\([^()]*\))"
_COUNTED_COMPARISON = re.compile(
    r"^(?P<x>[A-Z]" + _PART + r"{1,70}?) (?:versus|vs\.?|compared (?:with|to)) "
    r"(?P<y>" + _PART + r"{1,70}?) ?\((?P<n>one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+) (?P<kind>trials?|studies|study|RCTs?)\):\s+(?P<rest>[A-Z]\S*\s.*)$",
    re.I,
)


def _said_comparison(text: str) -> str | None:
    """A counted comparison heading and its sentence said as one sentence, or None."""
    m = _COUNTED_COMPARISON.match(text)
    if m is None or ":" in m["rest"] or not finite(m["rest"]):
        return None
    n = m["n"].lower()
    one = n in ("one", "1")
    kind = m["kind"].lower()
    if kind.startswith("rct"):
        kind = "trial"
    noun = (
        ("trial" if kind.startswith("trial") else "study")
        if one
        else ("trials" if kind.startswith("trial") else "studies")
    )
    x, y = decapitalise(m["x"].strip()), m["y"].strip()
    return f"In {n} {noun} comparing {x} with {y}, {decapitalise(m['rest'])}"


# "Rituximab versus placebo: no studies met ...", "Adverse events, IVIg versus placebo (induction
# or maintenance): four trials comparing IVIg and placebo reported ...": a comparison heading (a
# topic before it at most) run into its sentence, which opens in small letters. Left in, a draft
# reads "Unwanted events, X compared with Y: four trials ..."; the heading is said as the
# sentence's scope ("For rituximab compared with placebo, no studies met ..."), or dropped when
# the sentence names both sides itself.
_COMPARED_HEADING = re.compile(
    r"^(?:(?P<topic>[A-Z][a-z]+(?: [a-z]+){0,3}), )?(?P<x>\w(?:[^:(),]|\([^()]*\)){1,80}?) "
    r"(?:versus|vs\.?|compared (?:with|to)) (?P<y>" + _PART + r"{1,80}?):\s+"
    r"(?P<rest>(?!(?:was|were|is|are|has|have|had|did|does|do|may|might|can|could)\b)"
    r"[a-z][\w-]*\s.*)$"
)
# A sentence's own subject never sits in a heading: "Similarly, there were no differences ...".
_SUBJECT_WORD = re.compile(r"\b(?:there|we|they|it|this|these|that)\b", re.I)


def _said_compared_heading(text: str) -> str | None:
    """A comparison heading and the sentence it was run into, said as one sentence (see
    `_COMPARED_HEADING`), or None when `text` is not that shape."""
    m = _COMPARED_HEADING.match(text)
    # (the verb after the first word: "standardized mean difference -0.28" is no clause)
    if m is None or ":" in m["rest"] or not finite(m["rest"].partition(" ")[2]):
        return None
    head = text[: m.start("rest")].rstrip(": ")
    # (a heading may open with a participle, "Customised foot orthoses versus shoes")
    if _SUBJECT_WORD.search(head) or finite(BRACKETED.sub(" ", head).partition(" ")[2]):
        return None
    rest = m["rest"]
    if m["topic"] is not None and not _says_again(m["topic"], rest):
        return None  # a topic the sentence does not say again would be lost
    x, y = m["x"].strip(), m["y"].strip()
    whole = rest[:1].upper() + rest[1:]
    if _names(x, rest) and _names(y, rest):
        return whole
    said = with_comparison(whole, (x, y))  # "Compared with placebo, drug A may ..."
    return said if said != whole else f"For {decapitalise(x)} compared with {y}, {rest}"


def _names(side: str, rest: str) -> bool:
    """Whether `rest` names one side of a comparison: the last word of its name (brackets
    aside) said in it, singular or plural."""
    words = re.findall(r"[\w-]+", BRACKETED.sub(" ", side).lower())
    said = {w.rstrip("s") for w in re.findall(r"[\w-]+", rest.lower())}
    return bool(words) and words[-1].rstrip("s") in said


@lru_cache(maxsize=SIZE)  # three times in four the text was stripped before
def strip_label(text: str) -> str:
    """`text` without an inline heading at its start ("Methods: We ..." -> "We ...",
    "Primary outcome It is ..." -> "It is ..."); a comparison heading with its count of trials
    said with its sentence ("X versus Y (one trial): Z fell." -> "In one trial comparing X with
    Y, z fell.")."""
    if ": " in text and (said := _said_compared_heading(text)) is not None:
        return said
    text = _without_label(text)
    if "):" in text and (said := _said_comparison(text)) is not None:
        return said
    long = _LONG_HEADING.match(text) if any(map(text.__contains__, _LONG_HEADING_NEXT)) else None
    if long is not None and not _CLAUSE_WORD.search(long["head"]):
        return text[long.end() :]
    versus = _VERSUS_HEADING.match(text)
    if versus and not finite(versus["head"]) and _heading_before(versus, text):
        text = _without_label(text[versus.end() :])
    bare = _BARE_HEADING.match(text)
    # "Vitamin A shows ...": the "A" is the name's letter, not an article opening a sentence
    named = (
        bare is not None and text[bare.end() :].startswith("A ") and names_a_letter(bare["head"])
    )
    if bare and not named and not has_verb(bare["head"]):
        text = text[bare.end() :]
    return _drop_topic_heading(text)


# A subheading that names what the sentence after it reports on, run into it when the source's
# line breaks were lost ("Overall survival Treatment with X probably increases overall survival
# ...", "Adverse effects Nausea was the main adverse effect ..."), or a section's name in any
# case ("RESULTS Six trials ..."): a verbless noun phrase, then a capitalised word that opens a
# clause in small letters. Not a phrase that opens a sentence itself ("Most Chinese herbs ...",
# "Using Cox models ...", "The World Health Organization ...") nor a name in capitals.
_NOT_IN_HEADING = (
    r"(?:the|its|their|this|these|those|that|which|who|our|we|they|to|was|were|is|are|has|have|"
    r"had|for|with|from|by|at|on)"
)
_TOPIC_HEADING = re.compile(
    r"^(?!(?:The|A|An|In|On|Of|For|With|To|From|By|At|As|This|These|Those|Our|We|They|It|"
    r"After|Before|During|Among|Between|When|While|If|Although|Most|All|Some|Many|Few|Each|"
    r"Both|Other|No|Only|Using|Unfortunately|However)\b)"
    r"(?P<head>[A-Z][\w-]*(?: (?:of|and|or|in|versus|(?!"
    + _NOT_IN_HEADING
    + r"\b)[a-z][\w-]{2,})){0,5})"
    r"(?P<aside> \((?:[^()]|\([^()]*\))*\))? "
    r"(?P<rest>[A-Z][a-z]+ [a-z(].*)$"
)
# ... and what makes the words after it a sentence's opening, not a name the phrase runs into
# ("Pure Prevention cohorts showed ..."): the heading's topic said again after it.
_FUNCTION_END = re.compile(r"\b(?:of|and|or|in|versus|to|the|with|for|on|by)$")


def _drop_topic_heading(text: str) -> str:
    """`text` without a topic subheading at its start (`_TOPIC_HEADING`), when the sentence
    after it says its topic again or the heading is a section's name."""
    m = _TOPIC_HEADING.match(text)
    if m is None or _FUNCTION_END.search(m["head"]) or has_verb(m["head"]):
        return text
    rest = m["rest"]
    section = m["aside"] is None and m["head"].lower() in HEADINGS
    if not (section or _says_again(m["head"], rest)) or not finite(rest):
        return text
    return rest


def _says_again(head: str, rest: str) -> bool:
    """Whether a word of the heading's topic (4 letters or more, singular or plural) is said
    again in `rest`: "Complications" in "Complication rates were ..."."""
    said = {w.rstrip("s") for w in re.findall(r"[a-z][a-z-]{3,}", rest.lower())}
    topic = [w.rstrip("s") for w in re.findall(r"[a-z][a-z-]{3,}", head.lower())]
    return any(w in said for w in topic if w not in ("with", "versus", "other", "from"))


def _heading_before(versus: re.Match[str], text: str) -> bool:
    """Whether the "X versus Y" at the start of `text` is a heading: a capital word follows
    it, or a code that the heading names itself ("NSAID versus paracetamol NSAIDs may ...");
    "Evidence about NB-UVB versus bath PUVA is mixed" is one sentence."""
    code = re.match(r"[A-Z]{2,}", text[versus.end() :])
    named = {w.rstrip("s") for w in versus["head"].split()}  # "NSAIDs versus ..." names NSAID
    return code is None or code.group(0).rstrip("s") in named


# "... design treatments One combined treatment showed ...": a subheading the splitter joined
# to the sentence after it, too long to strip; the sentence is not whole as it stands.
FUSED_HEADING = re.compile(
    r"[a-z] (?:One|The|There|It|We|This|These|Those|No|Two|Three|A single) [a-z]"
)
