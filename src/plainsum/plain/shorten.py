"""Shorter forms of one sentence for a headline, each still a whole sentence that says the same.

A headline is the main clause of the authors' conclusion or the main result, without what trails
it. Each cut here drops only words whose loss leaves the claim true:

- a scene-setting lead ("In this cohort, X" -> "X");
- a reporting frame whose verb asserts ("The results show that X" -> "X"); a frame that hedges
  ("suggest", "indicate") goes only when the clause keeps a hedge of its own, and a graded
  frame ("There is low-quality evidence that X") becomes a short hedge ("Weak evidence
  suggests X");
- a trailing clause or phrase after a comma (", which ...", ", although ...", ", including ...")
  or a semicolon, or a trailing comparison with a control ("compared with placebo");
- an aside that singles out part of the subject ("X, and particularly Y, may help" -> "X may
  help");
- a name given after a plain description ("a stress protein called heat shock protein 70");
- in a lab study, the long name of the cells in a closing "in ... cells" ("in human star-shaped
  brain cells" -> "in human cells").

A cut never drops a negation, a hedge, a limit or a population: the dropped words must not hold
"not", "no", "may", "only", "unclear" and the like (`_KEEPS_MEANING`), and the kept words must
keep every one of them the sentence had. Each form must still pass `wholeness.broken`.
"""

from __future__ import annotations

import re

from .wholeness import broken, capitalise, finite

# Words that change what a claim means: dropping a phrase that holds one could make it false.
_KEEPS_MEANING = re.compile(
    r"\b(?:not|no|nor|neither|never|none|without|cannot|can't|didn't|don't|doesn't|n't|"
    r"may|might|could|possibl\w*|probabl\w*|perhaps|likely|unlikely|appear\w*|seem\w*|"
    r"suggest\w*|only|unclear|uncertain\w*|insufficient|limited|little|weak|low|small|slight\w*|"
    r"modest\w*|non-?significant|significan\w*|inconclusive|conflicting|mixed|partly|partial\w*|"
    r"except|unless|if|when|whether|until|but|however|though|although|yet|"
    r"people|patients|participants|adults|children|women|men|mice|rats|animals?|cells?|"
    r"with (?:MS|multiple sclerosis)|relapsing|progressive)\b",
    re.I,
)
# Hedges a clause must keep when a hedging frame ("The data suggest that") is dropped; a bare
# "not" is none ("suggest that X does not work" is weaker than "X does not work").
_HEDGE = re.compile(
    r"\b(?:may|might|could|can|possibl\w*|probabl\w*|perhaps|likely|appear\w*|seem\w*|"
    r"potential\w*|unclear|uncertain|not enough|insufficient|inconclusive)\b",
    re.I,
)
_SCENE = re.compile(
    r"^(?:In|Within|Among|Across|For) (?:this|the|our|their|these) (?:present |large |small )?"
    r"(?:cohort|sample|population|group|study|trial|analysis|review|setting|model|work|"
    r"series|participants|patients|people)(?: of [\w -]{1,40}?)?,\s*",
    re.I,
)
# Who or what reports the finding: "The results", "Biochemical analyses", "This review",
# "The findings of the present study", "Weak evidence from two small trials".
_REPORTER = (
    r"(?:(?:The|These|Their|Its|This|Our|Available|Current|Pooled|Overall|Recent) )?"
    r"(?:[\w-]+ ){0,4}?(?:researchers|review authors|authors|review|study|trials?|analys[ie]s|"
    r"work|data|results?|findings|observations|evidence|experiments|studies|tests|scans|"
    r"measurements|imaging)"
    r"(?: (?:of|from) (?:the |this |these )?(?:present |current |updated |\w+ ){0,2}"
    r"(?:study|review|trials?|analysis|work|studies))?"
)
_FRAME = re.compile(
    rf"^(?P<who>{_REPORTER}) (?P<verb>found|find|showed|shows?|observed|demonstrate[sd]?|"
    r"reveal(?:ed|s)?|report(?:ed|s)?|confirm(?:ed|s)?|conclude[sd]?|establish(?:ed|es)?|"
    r"suggest(?:ed|s)?|indicate[sd]?|indicate|imply|implied|implies|"
    r"support(?:ed|s)? the (?:conclusion|view|idea) ) ?that ",
    re.I,
)
# "Analysis of tails infected with either strain showed that X": a longer reporter, asserting.
_LONG_REPORTER = re.compile(
    r"^(?:[\w-]+ ){0,2}(?:analys[ie]s|experiments|measurements|tests|scans|imaging|studies|"
    r"data|results)\b[^,;]{0,80}? (?:showed|revealed|demonstrated|confirmed|found) that ",
    re.I,
)
# Words that grade evidence ("weak evidence", "very low-certainty evidence").
_EVIDENCE_GRADE = re.compile(
    r"\b(?:very |fairly )?(?:weak|strong|good|some|moderate|high|low|limited|poor)"
    r"(?:[- ](?:quality|certainty|level))?\b",
    re.I,
)
# "Most of the trials found that X" is not "X": how many found it is part of the claim.
_QUANTIFIED = re.compile(
    r"\b(?:most|many|few|several|half|majority|minority|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|both|all|none|neither|either|other|some|small|smaller)\b"
    r"|(?<![\w-])\d+(?![\w-])",
    re.I,
)
_ASSERTS = re.compile(
    r"^(?:found|find|show|observ|demonstrat|reveal|report|confirm|conclud|support|"
    r"establish)",
    re.I,
)
# "There is moderate-quality evidence that X", "The review authors found fairly good evidence
# that X": the grade becomes a short hedge ("Some evidence suggests X").
_GRADED = re.compile(
    r"^(?:There (?:is|was|are|were)(?: now)?|The (?:review )?(?:authors|researchers) found|"
    r"(?:This|The|Our) (?:[\w-]+ )?(?:review|analysis) (?:found|provides|gives)) "
    r"(?P<grade>(?:[\w-]+ ){0,4}?)evidence (?:from (?:\w+ ){1,4}?)?"
    r"(?:(?P<verb>to suggest|to show|to support|suggesting|showing|supporting|indicating|"
    r"that shows|which shows|that suggests|which suggests) (?:that,? )?|that,? )"
    r"(?!(?:on|of|for|about|in|from|to|what|which|whether|how)\b)",
    re.I,
)
_NO_EVIDENCE_THAT = re.compile(
    r"^There (?:is|was|are|were)(?: now| currently| still)? no (?P<kind>(?:[\w-]+ ){0,3}?)"
    r"evidence (?:from (?:[\w-]+ ){1,3}?)?(?:showing|to show|demonstrating|that shows|that) "
    r"(?:that )?(?!(?:on|of|for|about|in|from|to|what|which|whether|how)\b)",
    re.I,
)
# What a treatment is used "to" do in a "support or refute" conclusion.
_PURPOSE_VERBS = (
    "prevent|treat|reduce|improve|relieve|ease|manage|lower|increase|slow|delay|help|stop|shorten"
)
# "There is not enough evidence (from good trials) to support or refute the use of X for Y":
# no evidence either way. Said short as "No good evidence shows whether using X works
# for Y" ("using X" is singular whatever X is) when X and Y are plain noun phrases (no comma, no
# verb, no list): the claim is the same.
_EITHER_WAY = re.compile(
    r"^There (?:is|was|are|were)(?: currently| still| at present| now)? "
    r"(?:not enough|no|little(?: or| to)? no|little|insufficient|inadequate|no reliable|"
    r"no good|very low[- ](?:level|quality|certainty)|low[- ](?:level|quality|certainty)) "
    r"(?:[\w-]+ ){0,2}?evidence (?:(?:from|in) (?:[\w-]+ ){1,6}?)?"
    r"to (?:either )?(?:support or refute|support or reject|support or oppose|"
    r"refute or support|recommend or discourage|recommend for or against) "
    r"(?:the (?:routine )?use (?:and (?:type|timing|dose) )?of |using )?"
    r"(?P<x>[\w'/()-]+(?: [\w'/()-]+){0,5}?) "
    r"(?P<link>for (?:the )?(?:treatment|prevention|management) of|for treating|for preventing|"
    rf"for|in|to (?P<verb>{_PURPOSE_VERBS}|speed up)) "
    r"(?P<y>[^,;:]+)$",
    re.I,
)
_X_NOT_A_NOUN = re.compile(r"\b(?:and|or|as|with|versus|vs)\b", re.I)
# A clause, not a noun phrase ("falls" alone may be a noun: a guess at verbs would refuse it).
_A_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|is|are|was|were|be|been|has|have|had|do|does|did|may|might|"
    r"can|could|will|would|should|must|not|no|but|if|when|whether)\b",
    re.I,
)
_SECOND_VERB = re.compile(rf"(?P<conj>or|and) (?P<verb>{_PURPOSE_VERBS})\b", re.I)
_LINK_VERB = {"treatment": "treats", "prevention": "prevents", "management": "helps manage"}


def _agrees(verb: str) -> str:
    """The verb as it agrees with "using X": prevent -> prevents, ease -> eases."""
    verb = verb.lower()
    if verb == "speed up":
        return "speeds up"
    return verb + ("es" if verb.endswith(("sh", "ch", "x", "s")) else "s")


def _either_way(text: str) -> tuple[str, str] | None:
    """ "No good evidence shows whether using X works for Y" from a long "no evidence to
    support or refute" conclusion, with what must stay (X and Y), or None when X or Y is not a
    plain noun phrase (a list cut in two, a clause)."""
    m = _EITHER_WAY.match(text)
    if not m:
        return None
    x, y, link = m["x"], m["y"].strip(), m["link"].lower()
    keep = f"{x} {y}"
    if _X_NOT_A_NOUN.search(x) or _A_CLAUSE.search(f"{x} {y}") or len(y.split()) > 8:
        return None
    if re.search(r"\b(?:and|or)\b", y) and not re.search(r"\b(?:with|in|of)\b", y):
        return None  # "for pain and sleep" may be two claims: keep the sentence whole
    if m["verb"]:
        second = _SECOND_VERB.match(y)  # "prevent or treat Y": both verbs agree with X
        if second:
            y = f"{second['conj']} {_agrees(second['verb'])}{y[second.end() :]}"
        said = f"{x} {_agrees(m['verb'])} {y}"
    elif link.endswith(" of"):
        said = f"{x} {_LINK_VERB[link.split()[-2]]} {y}"
    elif link in ("for treating", "for preventing"):
        said = f"{x} {'treats' if link.endswith('treating') else 'prevents'} {y}"
    else:
        said = f"{x} works {link} {y}"
    return f"No good evidence shows whether using {said}", keep


# "The absolute and comparative effects and tolerability of X in Y remain unclear" (or "are
# poorly documented"): said short as "The effects of X in Y remain unclear". What is dropped is a
# part of what is unclear, so the shorter claim is as true; the rest keeps every word of meaning.
_EFFECT_UNCLEAR = re.compile(
    r"^The (?:absolute and comparative |comparative |relative |overall )?"
    r"(?P<what>effects?|benefits?)(?: and (?:tolerability|safety|harms|side effects))? "
    r"(?P<rest>(?:of|on) [^,;]+?) (?P<verb>is|are|remains?|remained)(?: still)? "
    r"(?:poorly documented|unclear|uncertain|not clear|not known|unknown)$",
    re.I,
)


def _effect_unclear(text: str) -> tuple[str, str] | None:
    """ "The effects of X on Y remain unclear" from a longer sentence of that shape, with what
    must stay, or None."""
    m = _EFFECT_UNCLEAR.match(text)
    if not m or _A_CLAUSE.search(m["rest"]):
        return None
    what, many = m["what"].lower(), m["what"].lower().endswith("s")
    if m["verb"].lower().startswith("remain"):
        verb = "remain" if many else "remains"
    else:
        verb = "are" if many else "is"
    return f"The {what} {m['rest']} {verb} unclear", m["rest"]


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
_NOT_A_GRADE = re.compile(
    r"\b(?:no|not|little|lack|insufficient|inconclusive|uncertain|"
    r"conflicting|mixed|any)\b",
    re.I,
)
_WEAK_GRADES = re.compile(r"\b(?:low|weak|limited|poor)\b", re.I)
_GOOD_GRADES = re.compile(r"^(?:high|good|strong)\b", re.I)
# What may trail the main clause and go: a clause or phrase after a comma or a semicolon.
_TRAILING = re.compile(
    r"(?:;\s+|,\s+(?=(?:which|suggesting|indicating|implying|as|while|whereas|although|"
    r"though|including|such as|especially|particularly|notably|independent(?:ly)? of|"
    r"regardless of|irrespective of|in line with|consistent with|in keeping with|"
    r"compared (?:with|to)|relative to|in contrast to|and (?:this|these|that|it|they)|"
    r"thereby|thus|leading to|resulting in|possibly|probably|likely|similar to|through|via)\b))",
    re.I,
)
_LEAD = re.compile(
    r"^(?:To date|At present|Currently|So far|In agreement with (?:this|these findings)|"
    r"In this respect|Herein|Taken together|In summary|In conclusion|Overall|"
    # "Based on this review, the included studies showed that X": where the claim comes from
    r"Based on (?:this|the|these|our)(?: present| available| current)? (?:review|study|"
    r"analysis|data|results|findings|evidence|trials?|studies)),?\s+",
    re.I,
)
# "Using a sleep deprivation system, the researchers find that X": how it was found goes
# before a reporter (a lead holding a word of meaning stays, as a scene does).
_METHOD_LEAD = re.compile(
    r"^(?:Using|With|By using|Through|Via) [^,;]{3,100}?,\s*(?=(?:we|the researchers|the authors|"
    r"the review authors|they|the team)\b)",
    re.I,
)
_AND = re.compile(r",? and (?!then\b)")
_MODAL = re.compile(r"\b(?:may|might|can|could|will|would|did not|does not|do not)\b", re.I)
_BASE_VERB = re.compile(
    r"(?:increase|reduce|improve|lower|raise|prevent|help|cause|slow|delay|shorten|lengthen|"
    r"protect|decrease|ease|relieve|worsen|change|affect|lead|result|boost|cut|stop|speed|"
    r"promote|block|restore|enhance|impair|alter|shift|make|keep|give|offer|provide)$",
    re.I,
)
# A head that ends in the middle of a list: ", impairments" after a comma, with no verb.
_LIST_END = re.compile(r",\s+(?:[\w'-]+\s+){0,2}[\w'-]+$")
_COMPARATOR = re.compile(r"[,;]\s+(?:compared|relative|versus|vs|in contrast|similar)\b", re.I)
_COMPARATIVE = re.compile(
    r"\b(?:more|less|fewer|greater|better|worse|higher|lower|larger|smaller|longer|shorter|"
    r"superior|inferior|faster|slower|stronger|weaker|\w+er than)\b",
    re.I,
)
_CONTROL = re.compile(
    r",?\s+(?:when |as )?(?:compared (?:with|to)|relative to|versus|vs\.?) (?:a |the )?"
    r"(?:placebo|dummy (?:treatment|pills?)|sham(?: treatment)?|usual care|standard care|"
    r"(?:(?:minimal|little|usual care) or )?no (?:treatment|intervention)|"
    r"control(?: group)?s?|controls)$",
    re.I,
)
# "X compared with a dummy treatment did not ...": the control between the subject and its verb.
# Only in a sentence that opens with its subject (no comma before it): after a list or an
# aside ("For cramps, differences in X, Y compared with placebo, were small") it is not the
# subject's control.
_MID_CONTROL = re.compile(
    r"^(?P<subject>[^,;]+?)\s+(?:when |as )?(?:compared (?:with|to)|relative to|versus|vs\.?) "
    r"(?:a |the )?"
    r"(?:placebo|dummy (?:treatment|pills?)|sham(?: treatment)?|usual care|standard care|"
    r"no (?:treatment|intervention)|control(?: group)?s?)(?= (?:did|does|do|was|were|is|are|"
    r"had|has|have|may|might|can|could|showed|shows|reduced|improved|increased|lowered)\b)",
    re.I,
)
_LEADING_CONTROL = re.compile(
    r"^,?\s*(?:when |as )?(?:compared (?:with|to)|relative to|versus|vs\.?) (?:a |the )?"
    r"(?:placebo|dummy (?:treatment|pills?)|sham(?: treatment| procedure| surgery)?|usual care|"
    r"standard care|no (?:treatment|intervention)|control(?: group)?s?),\s+",
    re.I,
)
_CALLED = re.compile(
    r"(?P<what>\b[a-z][\w-]* (?:protein|gene|molecule|enzyme|receptor|cells?))"
    r",? (?:called|named|known as) [^,;]+?(?=,|;|$| (?:than|in|to|and|that)\b)"
)
_IN_CELLS = re.compile(
    r"\bin (?P<kind>(?:(?:human|mouse|rat|animal) )?)(?:[\w-]+ ){1,4}cells$", re.I
)


def _main_parts(text: str) -> list[str]:
    """`text` cut before each trailing clause it has, longest first; a cut that drops a word
    of meaning stops the list (what follows it would drop that word too)."""
    out: list[str] = []
    for m in reversed(list(_TRAILING.finditer(text))):
        head, tail = text[: m.start()], text[m.start() :]
        if _KEEPS_MEANING.search(tail) or len(head.split()) < 5:
            continue
        if tail.startswith(";") and (";" in head or not finite(tail)):
            continue  # a list set out with semicolons, not a second clause
        if _COMPARATOR.match(tail) and _COMPARATIVE.search(head) and " than " not in head:
            continue  # "more, compared with Y": the comparison needs what it compares with
        if re.match(r",\s+(?:through|via)\b", tail) and (
            "," in head or re.search(r"\b(?:be|been|is|are|was|were)\s+\w+ed$", head)
        ):
            continue  # "can be exerted, ..., through Y": how it works is the finding
        list_end = _LIST_END.search(head)
        if list_end and not finite(list_end.group(0)):
            continue  # "for walking, balance, as well as X": a list cut in two
        out.append(head)
    return sorted(set(out), key=lambda t: -len(t))


# An aside set off by commas that singles out part of the subject before its verb: "Exercise,
# and particularly endurance training, may reduce tiredness" -> "Exercise may reduce tiredness"
# (the claim about the whole subject is the authors' own).
_ASIDE = re.compile(
    r",\s+(?:and |but )?(?:particularly|especially|notably|in particular|mainly|chiefly)\s+"
    r"[^;:.]{1,80}?,\s+(?=(?:may|might|can|could|will|would|is|are|was|were|did|does|do|"
    r"has|have|had)\b)",
    re.I,
)


# What an aside may not hold for it to go: a negation, a hedge, a limit ("X, particularly
# when not given early, may ...") or a population bears on the claim; a list of kinds does not.
_ASIDE_BEARS = re.compile(
    r"\b(?:not|no|never|without|only|except|unless|may|might|could|people|patients|"
    r"participants|adults|children|women|men|mice|rats|animals?|cells?)\b",
    re.I,
)


def _without_aside(text: str) -> list[str]:
    """`text` without an aside that singles out part of its subject (`_ASIDE`), when the aside
    holds no negation, hedge or limit."""
    m = _ASIDE.search(text)
    if m is None or _ASIDE_BEARS.search(m.group(0)):
        return []
    return [f"{text[: m.start()]} {text[m.end() :]}"]


def _first_of_two(text: str) -> list[str]:
    """The first of two things said of one subject with "and" ("X lowered A and raised B" ->
    "X lowered A"), when the part after "and" is a verb phrase holding no word of meaning."""
    out: list[str] = []
    for m in _AND.finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        if _KEEPS_MEANING.search(tail) or len(head.split()) < 5 or not finite(head):
            continue
        last = head.split()[-1]
        if len(tail.split()) < 3 or finite(last) or last.lower().endswith(("ed", "ing")):
            continue  # "were defined and reported poorly": the words after "and" are shared
        first = tail.split()[0]
        verb_phrase = finite(first) or (
            _MODAL.search(head) is not None and _BASE_VERB.match(first) is not None
        )
        if verb_phrase:  # never a clause of its own: "and it was also lower after" may be the point
            out.append(head)
    return out


def _clause_keeps(original: str, short: str) -> bool:
    """Whether `short` keeps every word of meaning (`_KEEPS_MEANING`) `original` had, as often."""

    def counts(t: str) -> dict[str, int]:
        found: dict[str, int] = {}
        for m in _KEEPS_MEANING.finditer(t):
            key = m.group(0).lower()
            found[key] = found.get(key, 0) + 1
        return found

    have = counts(short)
    return all(have.get(k, 0) >= n for k, n in counts(original).items())


def _fronts(text: str) -> list[tuple[str, str]]:
    """The sentence with its lead dropped, as (kept text, the words of meaning it must keep)."""
    out = [(text, text)]
    lead = _LEAD.match(text)
    if lead:
        text = capitalise(text[lead.end() :])
        out = [(text, text)]
    scene = _SCENE.match(text) or _METHOD_LEAD.match(text)
    if scene and not _KEEPS_MEANING.search(scene.group(0)):  # the scene lead always goes
        out = [(capitalise(text[scene.end() :]), text[scene.end() :])]
    base = out[-1][0]
    frame = _FRAME.match(base)
    if frame:
        rest = base[frame.end() :]
        who = frame["who"]
        if re.search(r"\bevidence\b", who, re.I) and _EVIDENCE_GRADE.search(who):
            hedged = _hedged(rest)
            # "Weak evidence from two trials shows"
            graded = _graded(who, rest, "suggests", hedged)
            source = re.sub(r"\bfrom (?:[\w-]+ ){0,4}?(?:trials?|studies)\b", "", who)
            if not _KEEPS_MEANING.search(_EVIDENCE_GRADE.sub("", source)):
                if graded:
                    out.append((graded, rest))
                elif hedged and not _WEAK_GRADES.search(who) and not _NOT_A_GRADE.search(who):
                    out.append((capitalise(rest), rest))  # the claim's own hedge is enough
        elif _KEEPS_MEANING.search(who) or _QUANTIFIED.search(who):
            pass  # "Studies in children", "Most of the trials": who found it is part of the claim
        elif _ASSERTS.match(frame["verb"]) or _HEDGE.search(rest):
            out.append((capitalise(rest), rest))
    long_frame = _LONG_REPORTER.match(base)
    if (
        not frame
        and long_frame
        and not _KEEPS_MEANING.search(long_frame.group(0))
        and not _QUANTIFIED.search(long_frame.group(0))
    ):
        rest = base[long_frame.end() :]
        out.append((capitalise(rest), rest))
    and_shows = _AND_SHOWS.match(base)
    if (
        and_shows
        and not frame
        and not _KEEPS_MEANING.search(and_shows.group(0))
        and not _QUANTIFIED.search(and_shows["who"])
        and not _ANIMAL.search(and_shows["first"])
    ):
        rest = base[and_shows.end() :]
        out.append((capitalise(rest), rest))
    none = _NO_EVIDENCE_THAT.match(base)
    if none:  # "There is no trial evidence showing that X" -> "No trial evidence shows X"
        rest = base[none.end() :]
        out.append((f"No {none['kind']}evidence shows {rest}", rest))
    unclear = _effect_unclear(base)
    if unclear and unclear[0] != base:
        out.append(unclear)
    either = _either_way(base)
    if either:
        out.append(either)
    graded_m = _GRADED.match(base)
    if graded_m and not _NOT_A_GRADE.search(graded_m["grade"]):
        rest = base[graded_m.end() :]
        # "that, compared with sham, X did not help": the control goes, as at the end of a claim
        rest = _LEADING_CONTROL.sub("", rest)
        verb = "supports" if "support" in (graded_m["verb"] or "") else "suggests"
        out = [f for f in out if f[0] != base]  # the grade said short is always plainer
        if _HEDGE.search(rest) and not _WEAK_GRADES.search(graded_m["grade"]):
            out.append((capitalise(rest), rest))
        graded = _graded(graded_m["grade"], rest, verb, hedged=_hedged(rest))
        if graded:
            out.append((graded, rest))
    return out


def _hedged(claim: str) -> bool:
    """Whether a claim hedges itself ("appears to", "may"): "can" says what is possible and
    takes a grade in front of it without reading as a second hedge."""
    return bool(_HEDGE.search(re.sub(r"\bcan\b", "", claim, flags=re.I)))


def _graded(grade: str, rest: str, verb: str, hedged: bool = False) -> str | None:
    """ "Weak evidence suggests X" for a low grade, "Some evidence" for a middle one, "Good
    evidence shows" for a high one; None for a grade that says there is no evidence.

    A claim that carries its own hedge ("X appears to help") is not hedged twice: a low grade
    follows it ("X appears to help, but the evidence is weak"), a higher one adds nothing (the
    claim alone is offered by the caller)."""
    grade = grade.strip()
    if _NOT_A_GRADE.search(grade):
        return None
    if _WEAK_GRADES.search(grade):
        very = "very weak" if re.search(r"\bvery\b", grade, re.I) else "weak"
        if hedged:
            return f"{capitalise(rest)}, but the evidence is {very}"
        return f"{capitalise(very)} evidence {verb} {rest}"
    if hedged:
        return None
    if _GOOD_GRADES.search(grade):
        return f"Good evidence {'supports' if verb == 'supports' else 'shows'} {rest}"
    return f"Some evidence {verb} {rest}"


def reports_a_finding(text: str) -> bool:
    """Whether `text` opens by saying that what follows was found ("Tests revealed that X"):
    then X is the finding, whatever its words."""
    text = text.strip()
    lead = _LEAD.match(text)
    if lead:
        text = capitalise(text[lead.end() :])
    frame = _FRAME.match(text)
    long_frame = _LONG_REPORTER.match(text)
    return bool(frame and _ASSERTS.match(frame["verb"])) or (
        not frame
        and long_frame is not None
        and not _KEEPS_MEANING.search(long_frame.group(0))
        and not _QUANTIFIED.search(long_frame.group(0))
    )


def short_forms(text: str, lab: bool = False) -> list[str]:
    """Shorter forms of `text` (without its full stop) that keep its meaning, shortest last;
    `text` itself is not among them. Each is a whole sentence without a full stop."""
    text = text.strip().rstrip(".")
    found: list[str] = []
    for front, must_keep in _fronts(text):
        bodies = [front]
        called = _CALLED.sub(lambda m: m["what"], front)
        if called != front:
            bodies.append(called)
        for body in list(bodies):
            bodies.extend(_without_aside(body))
        for body in list(bodies):
            bodies.extend(_main_parts(body))
        for body in list(bodies):
            bodies.extend(_first_of_two(body))
        for body in list(bodies):
            control = _CONTROL.sub("", _MID_CONTROL.sub(r"\g<subject>", body))
            if control != body:
                bodies.append(control)
        if lab:
            for body in list(bodies):
                cells = _IN_CELLS.search(body)
                if cells:
                    bodies.append(f"{body[: cells.start()]}in {cells['kind'].lower()}cells")
        for body in bodies:
            body = body.strip().rstrip(",;:")
            if body == text or body in found:
                continue
            keep = _strip_cells(must_keep, body, lab)
            if not _CONTROL.search(body):  # "compared with no treatment" said nothing itself
                keep = _CONTROL.sub("", keep)
            if not _MID_CONTROL.search(body):
                keep = _MID_CONTROL.sub(r"\g<subject>", keep)
            if not _ASIDE.search(body):  # the words of an aside that went need not stay
                keep = next(iter(_without_aside(keep)), keep)
            if not _clause_keeps(keep, body):
                continue
            if not finite(body) or broken(body + ".") is not None:
                continue
            found.append(body)
    return sorted(found, key=lambda t: -len(t.split()))


def _strip_cells(must_keep: str, body: str, lab: bool) -> str:
    """The words of meaning a form must keep: a lab study's closing cell name counts once
    ("star-shaped brain cells" said as "cells")."""
    if lab and _IN_CELLS.search(body):
        cells = _IN_CELLS.search(must_keep)
        if cells:
            return f"{must_keep[: cells.start()]}in {cells['kind'].lower()}cells"
    return must_keep
