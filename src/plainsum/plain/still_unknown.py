"""What the authors say is not yet known, said as what it means for a reader.

A call for more research that names what it must show ("Larger and longer trials are needed to
show whether the benefits last.") says what a reader cannot yet rely on: "It is not yet known
whether the benefits last." So does a conclusion that says the question is not settled ("No
conclusions can be drawn whether X", "The evidence is insufficient to determine whether X", "It
remains unclear whether X"), and one that sets the question first ("Whether X needs to be tested
in clinical trials", "Whether X was not studied"). That is the authors' own statement in other
words, never a claim of ours: only the "whether" clause is lifted, whole, to the end of the
authors' sentence. A
clause whose subject is "it" takes the subject of the conclusion the headline came from when
that is a short noun ("Sobetirome helped ..."), else "this".
"""

from __future__ import annotations

import re

from .lines import Line
from .sentences import Role
from .simplify import PlainSentence, fit_for_readers, measured, rewrite
from .source import SourceSentence

__all__ = ["still_unknown", "unshown_conclusions"]

# "... needed to show whether X.", "Future studies should find out if X.": the clause runs
# whole to the end of the sentence.
_WHETHER = re.compile(
    r"^(?P<call>.*?)\s*\b(?:needed|required|warranted|necessary|should|must|will|could|can)\b[^.;:]{0,60}?"
    r"\b(?:show|know|determine|establish|confirm|assess|find out|clarify|test|see|understand|"
    r"learn|tell|judge|evaluate|investigate|examine|explore)\s+(?:whether|if)\s+"
    r"(?P<clause>[^.;:?]+?)\s*\.?$",
    re.I,
)
# The authors say the question is still open: "no conclusions can be stated whether or not X",
# "there is insufficient evidence to determine whether X", "it remains unclear whether X". A
# "whether" after "support" or "recommend" is no open question, so only verbs of knowing count.
_UNSETTLED = re.compile(
    r"\b(?:(?:no|any) (?:firm |definite |clear |definitive )?conclusions? (?:can|could) be "
    r"(?:stated|drawn|made|reached)(?: (?:about|on|as to))?"
    r"|(?:insufficient|not enough|inadequate|too little|no|little|limited|no clear) "
    r"(?:[\w-]+ ){0,2}(?:evidence|data|information) (?:[\w-]+ ){0,3}?to (?:determine|show|"
    r"establish|demonstrate|know|conclude|say|judge|tell|confirm|decide)"
    r"|(?:evidence|data|information) (?:is|are|was|were|remains?) (?:still )?(?:insufficient|"
    r"inadequate|lacking|too [\w-]+|not sufficient|not enough) to (?:determine|show|establish|"
    r"demonstrate|know|conclude|say|judge|tell|confirm|decide)"
    r"|\b(?:it|this) (?:is|remains) (?:still )?(?:unclear|uncertain|unknown|not known|not clear))"
    r"\s+(?:whether|if)\s+(?:or not\s+)?(?P<clause>[^.;:?]+?)\s*\.?$",
    re.I,
)
# The open question set first: "Whether fasting is safe for people with MS needs to be tested in
# clinical trials", "Whether the benefit lasts after stopping was not studied", "Whether X
# applies to children remains unclear" (the lead's hand-written v4 and u6, whose why it matters
# said the headline again instead).
_FRONTED = re.compile(
    r"^Whether\s+(?:or not\s+)?(?P<clause>[^.;:?,]+?)\s+(?:(?:needs?|remains?|has yet|have yet) "
    r"to be (?:tested|studied|shown|determined|established|confirmed|investigated|explored|"
    r"assessed|proven|clarified)(?: in [^.;:?,]+)?|(?:was|were) not (?:studied|tested|assessed|"
    r"measured|examined|looked at)|(?:remains?|is|was) (?:still )?(?:unclear|uncertain|unknown|"
    r"not known|not clear))\s*\.?$",
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
    m = _WHETHER.search(text.strip()) or _UNSETTLED.search(text.strip())
    m = m or _FRONTED.match(text.strip())
    if not m:
        return None
    clause = re.sub(r",? or not$", "", m["clause"].strip())  # "whether X or not"
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
        if origin is not None and p.text == origin.text:
            continue  # the headline's own conclusion: said there already
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
        if not fit_for_readers(f"{said}.", LONG_SENTENCE):
            continue  # a lifted clause of a sentence not shown must still read whole
        return Line(f"{said}.", sources, main=True)
    return None


def unshown_conclusions(
    sentences: list[SourceSentence], shown: list[PlainSentence], review: bool
) -> list[PlainSentence]:
    """The authors' conclusions the drafter could not show whole, edited as any sentence is
    ("On basis of this review no conclusions can be stated whether X" lacks its comma): only
    their "whether" clause is ever lifted from them, and the sentence it makes is checked."""
    drafted = {i for p in shown for i in p.sources}
    return [
        measured(rewrite(s.text, review), (s.index,))
        for s in sentences
        if s.role == Role.CONCLUSION and s.index not in drafted
    ]
