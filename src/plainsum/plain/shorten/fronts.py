"""What opens a sentence before its claim and may go: a lead, a scene, a reporting frame."""

from __future__ import annotations

import re

from ... import caseless
from ..wholeness import capitalise, finite
from .controls import LEADING_CONTROL
from .grades import (
    EVIDENCE_GRADE,
    GRADED,
    NO_EVIDENCE_THAT,
    NOT_A_GRADE,
    NOT_ENOUGH_EVIDENCE,
    QUALITY_OF,
    WEAK_GRADES,
    graded_claim,
)
from .may import with_may
from .meaning import HEDGE, KEEPS_MEANING, QUANTIFIED, hedges_itself
from .restate import effect_unclear, either_way

_SCENE = re.compile(
    r"^(?:In|Within|Among|Across|For) (?:this|the|our|their|these) (?:present |large |small )?"
    r"(?:cohort|sample|population|group|study|trial|analysis|review|setting|model|work|"
    r"series|participants|patients|people|framework)(?: of [\w -]{1,40}?)?,\s*",
    re.I,
)
# Who or what reports the finding: "The results", "Biochemical analyses", "This review",
# "The findings of the present study", "Weak evidence from two small trials".
_REPORTER = (
    r"(?:(?:The|These|Their|Its|This|Our|Available|Current|Pooled|Overall|Recent) )?"
    r"(?:[\w-]+ ){0,4}?(?:researchers|review authors|authors|review|update|study|trials?|"
    r"analys[ie]s|"
    r"work|data|results?|findings|observations|evidence|experiments|studies|tests|scans|"
    r"measurements|imaging)"
    r"(?: (?:of|from) (?:the |this |these )?(?:present |current |updated |\w+ ){0,2}"
    r"(?:study|review|trials?|analysis|work|studies))?"
)
# "The researchers provide evidence that X", "We now have evidence that X": a reporter that
# gives evidence asserts X as found, as "found that X" does (never a graded "some evidence",
# "limited evidence": those are `grades.GRADED`, said with their grade).
_GIVES_EVIDENCE = (
    r"(?:now )?(?:provide[sd]?|present(?:ed|s)?|ha(?:ve|s|d)|give[sn]?|gave|offer(?:ed|s)?) "
    r"(?:(?:new|further|direct|novel|compelling|the first|clear) )?evidence"
)
# "The researchers present evidence to support the notion that X": the authors argue for X,
# which heads only with a hedge of its own ("could possibly improve"), as a hedging frame does.
_ARGUES = (
    rf"{_GIVES_EVIDENCE} (?:to support|supporting|in support of|for) the (?:notion|idea|view|"
    r"hypothesis|concept)"
)
_FRAME = re.compile(
    rf"^(?P<who>{_REPORTER}) (?P<verb>{_ARGUES}|{_GIVES_EVIDENCE}|found|find|showed|shows?|"
    r"observed|"
    r"demonstrate[sd]?|"
    r"reveal(?:ed|s)?|report(?:ed|s)?|"
    # "This update confirms earlier findings that X": X is still the finding
    r"confirm(?:ed|s)?(?: (?:the )?(?:earlier|previous|prior) (?:findings|results|evidence))?|"
    r"conclude[sd]?|establish(?:ed|es)?|"
    r"suggest(?:ed|s)?|indicate[sd]?|indicate|imply|implied|implies|"
    # what the authors argue for: a hedging frame ("argue that X helps" -> "X may help")
    r"argue[sd]?|propose[sd]?|contend(?:ed|s)?|posit(?:ed|s)?|"
    r"support(?:ed|s)? the (?:conclusion|view|idea) ) ?that ",
    re.I,
)
# "Analysis of tails infected with either strain showed that X": a longer reporter, asserting;
# "It was shown that X": the same frame in the passive.
_LONG_REPORTER = re.compile(
    r"^(?:[\w-]+ ){0,2}(?:analys[ie]s|experiments|measurements|tests|scans|imaging|studies|"
    r"data|results)\b[^,;]{0,80}? (?:showed|revealed|demonstrated|confirmed|found) that "
    r"|^It (?:was|has been|is|could be) (?:further |also |now )?(?:shown|demonstrated|"
    r"confirmed|established|found|revealed) that ",
    re.I,
)


# "This study showed pegloticase is probably helpful": a frame with no "that" before its
# clause. Only a short reporter, and only when what follows opens with a subject and its verb
# ("pegloticase is"), never a noun phrase ("showed a clear benefit", "showed reduced pain in
# people who took X": its "took" belongs to a relative clause).
_BARE_FRAME = re.compile(
    r"^(?P<who>(?:This|The|These|Our) (?:present |current |updated )?(?:study|review|trial|"
    r"analysis|results|findings|data)) (?P<verb>showed|shows|demonstrated|demonstrates|found|"
    r"confirmed|confirms|revealed|reveals|suggests?|suggested|indicates?|indicated) "
    r"(?=(?:[\w'-]+ ){0,5}?(?:is|are|was|were|may|might|can|could|has|have|had|does|did|do|"
    r"will|would)\b)(?!(?:[\w'-]+ ){0,5}?(?:that|which|who|whom|whose|when|where)\b)",
    re.I,
)


_BARE_HEDGE = re.compile(
    r"^(?:This|The|These|Our) (?:present |current |updated )?(?:study|review|trial|analysis|"
    r"results|findings|data) (?:suggests?|suggested|indicates?|indicated) (?!that\b)",
    re.I,
)


_ASSERTS = re.compile(
    rf"^(?:found|find|show|observ|demonstrat|reveal|report|confirm|conclud|support|"
    rf"establish|{_GIVES_EVIDENCE}$)",
    re.I,
)


# "This work establishes a new test, and shows that X": the second thing the work reports is
# the finding; the first (what was built) goes when it holds no word of meaning.
_ANIMAL = re.compile(
    r"\b(?:mouse|mice|rats?|fish|zebrafish|flies|fly|worms?|monkeys?|pigs?)\b", re.I
)
_AND_SHOWS = re.compile(
    rf"^(?P<who>{_REPORTER}) (?P<first>[^;:]{{5,140}}?),? and (?:shows|showed|demonstrates|"
    r"demonstrated|reveals|revealed|finds|found|confirms|confirmed) that ",
    re.I,
)


_LEAD = re.compile(
    r"^(?:To date|At present|Currently|So far|In agreement with (?:this|these findings)|"
    r"In this respect|Herein|Taken together|In summary|In conclusion|Overall|"
    # "Based on this review, the included studies showed that X": where the claim comes from
    r"Based on (?:this|the|these|our)(?: present| available| current)? (?:review|study|"
    r"analysis|data|results|findings|evidence|trials?|studies)"
    # "Based on the findings of the review, X": the lead runs to its comma, never stops
    # inside it (what is left would open "Of the review, ...")
    r"(?: (?:of|from|in) (?:this|the|these|our)(?: present| available| current)? (?:review|"
    r"study|analysis|trials?|studies|data))?(?=,|\s+(?!of\b|from\b|in\b)))"
    r",?\s+",
    re.I,
)
# "Using a sleep deprivation system, the researchers find that X": how it was found goes
# before a reporter (a lead holding a word of meaning stays, as a scene does).
_METHOD_LEAD = re.compile(
    r"^(?:Using|With|By using|Through|Via) [^,;]{3,100}?,\s*(?=(?:we|the researchers|the authors|"
    r"the review authors|they|the team)\b)",
    re.I,
)


# "Despite a large number of studies, X": a concession the claim stands against; X is asserted
# whatever it concedes. Only a noun phrase ("despite" takes no clause), never a negation in it.
_CONCESSION = re.compile(r"^(?:Despite|In spite of) (?P<what>[^,;]{3,100}),\s+(?=\w)")
_CONCESSION_BEARS = re.compile(r"\b(?:not|no|never|none|without|lack\w*|absence)\b", re.I)


# "Given that the harms can be serious, X is not supported": the reason the authors give for
# their claim; the claim stands alone (its own words of meaning stay; the reason's bear on the
# reason: "possibly" in "Given that the harms are possibly serious" does not hedge X).
_REASON = re.compile(r"^(?:Given(?: that)?|In view of) (?P<what>[^,;]{3,120}),\s+(?=\w)")


# "After adjusting for age, sex and smoking, X had a lower risk": how a result was adjusted, a
# list of what was held fixed; the adjusted result stands alone (it is the one reported).
_ITEM = r"[\w%/-]+(?: [\w%/-]+){0,4}"
_ADJUSTED = re.compile(
    r"^(?:After|When|Once) (?:adjust(?:ing|ment)|controlling|accounting|correcting) for "
    rf"{_ITEM}(?:, {_ITEM})*(?:,? (?:and|or) {_ITEM})?,\s+(?=\w)"
)


# "These results show that X promotes repair and support testing Y": the second verb is the
# reporter's, not X's; without the reporter it has no subject, so only X is the finding. The
# verbs that may open a "that" clause of their own (_REPORTERS_THAT) are written once, first.
_THAT_VERBS = r"suggest|support|indicate|highlight|underline|underscore|emphasi[sz]e|argue"
_REPORTERS_VERB = re.compile(
    r",? and (?:also |further |thus |therefore )?(?:"
    + _THAT_VERBS
    + r"|provide|open|warrant|point|justify|encourage|call|pave|lay|offer|raise|motivate|"
    r"identify)(?:s|d|ed)?\b"
)


# The reporter's second verb with its own "that" clause: "(Our results show that) X peaks at
# warm temperatures and suggest that Y": only the findings suggest, whatever verb X has (a verb
# the reader of `finite` takes for a noun, "peaks", still ends X's claim there).
_REPORTERS_THAT = re.compile(
    r",? and (?:also |further )?(?:" + _THAT_VERBS + r")(?:s|d|ed)? that\b"
)


def own_clause(rest: str) -> str:
    """What a reporting frame asserts, without a verb that has the reporter as its subject."""
    second = _REPORTERS_VERB.search(rest)
    if second and (finite(rest[: second.start()]) or _REPORTERS_THAT.match(rest, second.start())):
        return rest[: second.start()]
    return rest


# A link word before a reporting frame ("But the results support the view that X").
_LINK = re.compile(r"^(?:But|And|Yet|So),?\s+(?=[Tt]he|[Tt]hese|[Oo]ur|[Tt]his)")


def fronts(text: str) -> list[tuple[str, str]]:
    """The sentence with its lead dropped, as (kept text, the words of meaning it must keep)."""
    out = [(text, text)]
    link = _LINK.match(text)
    if link:  # the link points at a sentence the headline's reader has not seen
        text = capitalise(text[link.end() :])
        out = [(text, text)]
    lead = _LEAD.match(text)
    if lead:
        text = capitalise(text[lead.end() :])
        out = [(text, text)]
    scene = _SCENE.match(text) or _METHOD_LEAD.match(text)
    if scene and not KEEPS_MEANING.search(scene.group(0)):  # the scene lead always goes
        out = [(capitalise(text[scene.end() :]), text[scene.end() :])]
    concession = _CONCESSION.match(text)
    if concession and not _CONCESSION_BEARS.search(concession["what"]):
        out.append((capitalise(text[concession.end() :]), text[concession.end() :]))
    adjusted = _ADJUSTED.match(out[-1][0])
    if adjusted:
        rest = out[-1][0][adjusted.end() :]
        out.append((capitalise(rest), rest))
    reason = _REASON.match(out[-1][0])
    if reason:
        rest = out[-1][0][reason.end() :]
        out.append((capitalise(rest), rest))
    base = out[-1][0]
    frame = _FRAME.match(base)
    if frame:
        rest = own_clause(base[frame.end() :])
        who = frame["who"]
        if re.search(r"\bevidence\b", who, re.I) and EVIDENCE_GRADE.search(who):
            hedged = hedges_itself(rest)
            # "Weak evidence from two trials shows"
            graded = graded_claim(who, rest, "suggests", hedged)
            source = re.sub(r"\bfrom (?:[\w-]+ ){0,4}?(?:trials?|studies)\b", "", who)
            if not KEEPS_MEANING.search(EVIDENCE_GRADE.sub("", source)):
                if graded:
                    out.append((graded, rest))
                elif hedged and not WEAK_GRADES.search(who) and not NOT_A_GRADE.search(who):
                    out.append((capitalise(rest), rest))  # the claim's own hedge is enough
        elif KEEPS_MEANING.search(who) or QUANTIFIED.search(who):
            pass  # "Studies in children", "Most of the trials": who found it is part of the claim
        elif _ASSERTS.match(frame["verb"]) or HEDGE.search(rest):
            out.append((capitalise(rest), rest))
        else:  # "The data suggest that X promotes Y" -> "X may promote Y"
            may = with_may(rest)
            if may:
                out.append((capitalise(may), rest))
    bare = None if frame else _BARE_FRAME.match(base)
    if bare and (_ASSERTS.match(bare["verb"]) or HEDGE.search(base[bare.end() :])):
        rest = base[bare.end() :]
        out.append((capitalise(rest), rest))
    hedging = None if frame else _BARE_HEDGE.match(base)
    may = with_may(base[hedging.end() :]) if hedging else None
    if hedging and may and not HEDGE.search(base[hedging.end() :]):
        out.append((capitalise(may), base[hedging.end() :]))  # "suggests X helps": X may help
    long_frame = _LONG_REPORTER.match(base)
    if (
        not frame
        and long_frame
        and not KEEPS_MEANING.search(long_frame.group(0))
        and not QUANTIFIED.search(long_frame.group(0))
    ):
        rest = base[long_frame.end() :]
        out.append((capitalise(rest), rest))
    and_shows = caseless.match(_AND_SHOWS, base)
    if (
        and_shows
        and not frame
        and not KEEPS_MEANING.search(and_shows.group(0))
        and not QUANTIFIED.search(and_shows["who"])
        and not _ANIMAL.search(and_shows["first"])
    ):
        rest = base[and_shows.end() :]
        out.append((capitalise(rest), rest))
    none = NO_EVIDENCE_THAT.match(base)
    if none:  # "There is no trial evidence showing that X" -> "No trial evidence shows X"
        rest = base[none.end() :]
        out.append((f"No {none['kind']}evidence shows {rest}", rest))
    too_little = NOT_ENOUGH_EVIDENCE.match(base)
    if too_little:  # "There is inadequate evidence to suggest that X" keeps its "not"
        rest = base[too_little.end() :]
        be = "is" if too_little["be"].lower() in ("is", "are") else "was"
        kind = too_little["kind"]
        out.append((f"There {be} not enough {kind}evidence to say that {rest}", rest))
    unclear = effect_unclear(base)
    if unclear and unclear[0] != base:
        out.append(unclear)
    either = either_way(base)
    if either:
        out.append(either)
    quality = QUALITY_OF.match(base)
    if quality and not NOT_A_GRADE.search(quality["grade"]):
        rest = base[quality.end() :]
        verb = "supports" if quality["verb"].lower() == "supports" else "suggests"
        lowest = quality["q"].split(" to ")[0]
        graded = graded_claim(lowest, rest, verb, hedged=hedges_itself(rest))
        if graded:
            out.append((graded, rest))
    graded_m = GRADED.match(base)
    if graded_m and not NOT_A_GRADE.search(graded_m["grade"]):
        rest = base[graded_m.end() :]
        # "that, compared with sham, X did not help": the control goes, as at the end of a claim
        rest = LEADING_CONTROL.sub("", rest)
        # "evidence to support that X reduces Y" says a clause: "Weak evidence suggests X
        # reduces Y", never "supports X reduces Y"; "supports" takes a thing supported
        supports = "support" in (graded_m["verb"] or "")
        clause = re.search(r"\bthat,?\s*$", graded_m.group(0), re.I)
        verb = "supports" if supports and not clause else "suggests"
        out = [f for f in out if f[0] != base]  # the grade said short is always plainer
        if HEDGE.search(rest) and not WEAK_GRADES.search(graded_m["grade"]):
            out.append((capitalise(rest), rest))
        graded = graded_claim(graded_m["grade"], rest, verb, hedged=hedges_itself(rest))
        if graded:
            out.append((graded, rest))
    # "The results suggest that X, and that Y": the second that-clause is the frame's too;
    # without the frame it hangs ("X, and that Y"), and X loses the frame's hedge
    if _REPORTED_THAT.search(text):
        out = out[:1] + [f for f in out[1:] if not _SECOND_THAT.search(f[0])]
    return out


# a frame's that-clause, and a second one it governs
_REPORTED_THAT = re.compile(
    r"\b(?:suggest|show|indicate|demonstrate|support|found|find|conclude|reveal|confirm|"
    r"imply|implie)\w* that\b",
    re.I,
)
_SECOND_THAT = re.compile(r",? and that\b")


def reports_a_finding(text: str) -> bool:
    """Whether `text` opens by saying that what follows was found ("Tests revealed that X"):
    then X is the finding, whatever its words."""
    text = _LINK.sub("", text.strip())
    lead = _LEAD.match(text)
    if lead:
        text = capitalise(text[lead.end() :])
    frame = _FRAME.match(text)
    long_frame = _LONG_REPORTER.match(text)
    return bool(frame and _ASSERTS.match(frame["verb"])) or (
        not frame
        and long_frame is not None
        and not KEEPS_MEANING.search(long_frame.group(0))
        and not QUANTIFIED.search(long_frame.group(0))
    )
