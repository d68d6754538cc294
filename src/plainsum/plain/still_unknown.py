"""What the authors say is not yet known, said as what it means for a reader.

A call for more research that names what it must show ("Larger and longer trials are needed to
show whether the benefits last.") says what a reader cannot yet rely on: "It is not yet known
whether the benefits last." That is the authors' own statement in other words, never a claim
of ours: only the "whether" clause is lifted, whole, to the end of the authors' sentence. A
clause whose subject is "it" takes the subject of the conclusion the headline came from when
that is a short noun ("Sobetirome helped ..."), else "this".
"""

from __future__ import annotations

import re

from .lines import Line
from .simplify import PlainSentence

__all__ = ["still_unknown"]

# "... needed to show whether X.", "Future studies should find out if X.": the clause runs
# whole to the end of the sentence.
_WHETHER = re.compile(
    r"^(?P<call>.*?)\s*\b(?:needed|required|warranted|necessary|should|must|will|could|can)\b[^.;:]{0,60}?"
    r"\b(?:show|know|determine|establish|confirm|assess|find out|clarify|test|see|understand|"
    r"learn|tell|judge|evaluate|investigate|examine|explore)\s+(?:whether|if)\s+"
    r"(?P<clause>[^.;:?]+?)\s*\.?$",
    re.I,
)
# The call itself, said after the clause when it is short and whole: "larger and longer trials
# are needed" ("Future studies should determine" is not whole without its clause).
_CALL = re.compile(r"^(?P<call>[^,;:]+? (?:is|are) (?:still )?(?:needed|required|warranted))\b")
CALL_WORDS = 10  # a longer call is left to the limitations
LONG_SENTENCE = 25
# A clause that is itself a call or a list of questions, or cut by a comma, is not lifted.
_NOT_WHOLE = re.compile(r",|\b(?:and|or) (?:whether|if|how|what|which)\b", re.I)
# A clause needs a verb of its own: "whether the benefits last", not "whether in children".
_VERB = re.compile(
    r"\b(?:is|are|was|were|can|could|may|might|will|would|has|have|had|do|does|did|\w+s|"
    r"\w+ed|last|work|help|hold|persist|apply|improve|reduce|slow|prevent|change|differ)\b",
    re.I,
)
# The subject of a conclusion: a few words before its verb ("Sobetirome helped ...").
_SUBJECT = re.compile(
    r"^(?P<subject>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2}?) (?:may |might |can |could |also )?"
    r"(?:helped|helps|improved|improves|reduced|reduces|lowered|lowers|eased|eases|slowed|"
    r"slows|increased|increases|prevented|prevents|protected|protects|promoted|promotes|"
    r"restored|restores|sped|speeds|boosted|boosts)\b"
)
_ARTICLE = frozenset({"the", "a", "an", "this", "these", "that", "those", "our", "their"})


def _subject(origin: str | None) -> str | None:
    """The one-noun subject of the headline's conclusion, as said mid-sentence, or None."""
    m = _SUBJECT.match(origin or "")
    if not m:
        return None
    subject = m["subject"]
    first = subject.split()[0]
    if first.lower() in _ARTICLE or len(subject.split()) > 1:
        return None  # "The drug", "Cooling treatments": plural or pointing back, left alone
    return subject if first.isupper() and len(first) > 1 else subject[:1].lower() + subject[1:]


def _call(text: str) -> str | None:
    """The authors' short, whole call ("larger and longer trials are needed"), or None."""
    m = _CALL.match(text.strip())
    if not m or len(m["call"].split()) > CALL_WORDS:
        return None
    call = m["call"]
    first = call.split()[0]
    return call if first.isupper() and len(first) > 1 else call[:1].lower() + call[1:]


def _clause(text: str, origin: str | None) -> str | None:
    m = _WHETHER.search(text.strip())
    if not m:
        return None
    clause = m["clause"].strip()
    if _NOT_WHOLE.search(clause) or len(clause.split()) < 2 or not _VERB.search(clause):
        return None
    if re.match(r"it\b", clause, re.I):
        clause = f"{_subject(origin) or 'this'}{clause[2:]}"
    elif re.match(r"(?:they|these|those|such)\b", clause, re.I):
        return None  # points at a sentence that is not shown
    return clause


def still_unknown(
    conclusions: list[PlainSentence], origin: PlainSentence | None = None
) -> Line | None:
    """ "It is not yet known whether X.", from the first of `conclusions` that says what must
    be shown next as a whole "whether" clause, or None. Its evidence is that sentence (and the
    headline's conclusion when the clause's subject comes from it)."""
    for p in conclusions:
        clause = _clause(p.text, origin.text if origin else None)
        if clause is None:
            continue
        sources = p.sources
        if origin is not None and clause.split()[0] not in p.text:  # its subject is the origin's
            sources = tuple(dict.fromkeys(origin.sources + p.sources))
        said = f"It is not yet known whether {clause}"
        call = _call(p.text)
        if call and len(f"{said}: {call}".split()) <= LONG_SENTENCE:
            said = f"{said}: {call}"
        return Line(f"{said}.", sources, main=True)
    return None
