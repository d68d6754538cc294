"""Why it matters to people with MS: what the finding means, in the authors' own conclusion.

For a paper about MS: the authors' conclusions that the headline did not already say (never
the background, never a call for more research), and when the headline took their only one,
that conclusion whole (with the qualifiers a headline leaves out), unless it is the headline word
for word. A conclusion longer than a reader takes in one go is given in its shorter form that
keeps the claim (`shorten`), else whole.

For a paper about MS, the authors' advice and the harms they name ("cannot be recommended",
"infections were more common") are said beside their finding, as they said them.

For a paper not about MS: one honest sentence on what it studied and in whom (`not_about_ms`)
with the not-about-MS statement, never a conclusion lifted beside it; only when the paper names
neither a topic nor a condition, a plain conclusion of the authors before that statement; then
any link to MS the paper itself draws. The care-team pointer always ends the section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..checks.why_meaning import says_whole
from ..schemas import StudyDesign
from .care_needs import calls_for_research
from .case_shows import what_the_case_shows
from .conclusion_kinds import (
    ABOUT_THE_REVIEW,
    ADVICE,
    FUTURE,
    HARM,
    IN_PRACTICE,
    a_call,
    future_work,
    only_a_call,
)
from .condition import Condition
from .finding import DROP_OUT, is_procedural
from .frames import DOCTOR, HEADLINE_IS_THEIRS, NO_MEANING, NOT_MS
from .group_named import with_group_named
from .headline import IDEAL_WORDS, Headline
from .headline.no_finding import bookkeeping, says_no_finding
from .limits import states_a_limit
from .lines import Line
from .ms_bearing import bearing, with_bearing
from .ms_pointer import with_people_named, with_subject_named, with_treatment_named
from .not_a_meaning import not_a_meaning
from .not_about_ms import (
    KIND,
    WHOLE_TOPIC,
    about,
    named_studied,
    plain_condition,
    repeats,
    topic_sentence,
    unsaid_again,
)
from .own_meaning import own_words, what_is_next, with_its_second_half
from .results import says_a_finding
from .shorten import short_forms
from .simplify import PlainSentence
from .standalone import leans_back, plain_enough, unturned
from .still_unknown import still_unknown
from .unknown_effect import UNKNOWN_EFFECT, what_it_means, what_no_effect_means
from .wholeness import broken, decapitalise
from .why_advice import advised_to_doctors, as_advice
from .why_implication import implication_tail, implied_use
from .why_reason import without_count_reason
from .why_use_named import names_no_use, with_use_named

__all__ = [
    "FUTURE",
    "headed_by_main_clause",
    "said_as_theirs",
    "says_headline_again",
    "why_it_matters",
]

WHY_BUDGET = 70  # words of the authors' conclusions in the section
LONG_SENTENCE = 25  # the readability check's long sentence: a shorter form is preferred
MIN_FORM_WORDS = 8  # a shorter form of a conclusion must still say something whole
# A conclusion that adds this many words or fewer to the headline it gave ("..., as well as its
# tolerability", "This review shows that ...") says the headline again: readers read it twice.
REPEAT_EXTRA = 4
_REVIEW_KINDS = (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW)
# Designs whose conclusion said again with a qualifier is the headline twice: the summary says
# no more of it (a cohort's "..., over four years of follow-up", the lead's v10)
_FRAMED_AGAIN = (*_REVIEW_KINDS, StudyDesign.TRIAL, StudyDesign.OBSERVATIONAL)
# What found the result, in a reader's words ("the trial did not show that ...").
_KIND = {StudyDesign.TRIAL: "trial", StudyDesign.REVIEW: "review"}
# Words of a reporting frame, which a headline drops without saying less.
_REPORTING = frozenset(
    """the a an this these our their review authors researchers study trials studies results
    findings data found find showed show shows suggest suggests suggested that there is are
    was were evidence""".split()
)

_FOR_WHOM = frozenset("in people persons patients with ms".split())  # the section's title


Pick = Callable[..., list[PlainSentence]]


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()


def _words(text: str) -> set[str]:
    return set(_norm(text).split())


def _readable(p: PlainSentence, headline: str) -> str:
    """The conclusion as said here: whole, or, when it is long, its longest shorter form that
    keeps the claim and is not the headline."""
    if p.words <= LONG_SENTENCE:
        return p.text
    for form in short_forms(p.text):
        n = len(form.split())
        if MIN_FORM_WORDS <= n <= LONG_SENTENCE and _norm(form) != _norm(headline):
            return form[:1].upper() + form[1:] + "."
    return p.text


def _adds_to(head: Headline, origin: PlainSentence) -> bool:
    """Whether the conclusion the headline came from says more than the headline does: a word
    the headline left out beyond who reported it ("The review authors found that X" adds
    nothing to "X"; "X, as well as its tolerability" or "limited evidence" does)."""
    return bool(_words(origin.text) - _words(head.text) - _REPORTING)


def says_headline_again(text: str, headline: str) -> bool:
    """Whether `text` is the headline again, near word for word: the headline's words all in
    it (who reported it aside) and `REPEAT_EXTRA` words or fewer of its own ("The effect of X
    is poorly documented, as well as its tolerability" under the headline "The effect of X is
    poorly documented"; "This review shows that X" under "X")."""
    own = _words(text) - _words(headline) - _REPORTING - _FOR_WHOM
    return not _words(headline) - _words(text) - _REPORTING and len(own) <= REPEAT_EXTRA


# "The doubt is mainly due to ...": about a sentence before it, by a noun for what it said.
_ABOUT_WHAT_WAS_SAID = re.compile(
    r"^(?:The|This|That) (?:doubt|uncertainty|reason|problem|difference|finding|result|"
    r"effect|benefit)s? (?:is|are|was|were|remains?|seems?)\b",
    re.I,
)


# "Evidence supporting their effect is lacking": "their" with nothing before it in the
# sentence that it could stand for (a plural noun or a word for people) points at a sentence
# that is not shown.
_THEY = re.compile(r"\b(?:their|they|them)\b", re.I)
_MANY = re.compile(r"\b[A-Za-z-]{3,}s\b|\b(?:people|children|men|women)\b", re.I)


# "the benefits and harms of both methods": which two, a sentence before it said.
_BOTH = re.compile(
    r"\b(?:both|either|neither) (?:of the )?(?:methods|approaches|options|groups|treatments|"
    r"techniques|strategies|drugs|interventions|procedures|types|arms)\b",
    re.I,
)


def _points_back(text: str) -> bool:
    m = _THEY.search(text)
    return bool(_BOTH.search(text)) or (m is not None and not _MANY.search(text[: m.start()]))


def _stands_alone(p: PlainSentence) -> bool:
    """Whether a sentence says what it is about without the one before it ("But the current
    evidence is still uncertain" and "Evidence supporting their effect is lacking" do not)."""
    text = re.sub(r"^But ", "", p.text).rstrip(".")
    return not (leans_back(text) or _ABOUT_WHAT_WAS_SAID.match(text) or _points_back(text))


def _plain_enough(text: str) -> bool:
    """`standalone.plain_enough`: a not-about-MS section never lifts a technical sentence."""
    return plain_enough(text)


def _studied(
    topic: str | None,
    topic_source: int | None,
    design: StudyDesign,
    head: Headline,
    said: set[str],
) -> Line | None:
    """ "This review looked at X.", or None when there is no topic in plain words, the
    headline already names it or a sentence the body took (`said`) says it already."""
    if (
        not topic
        or topic_source is None
        or not _plain_enough(topic)
        or _norm(topic) in _norm(head.text)
        or not WHOLE_TOPIC.match(topic)
    ):
        return None
    text = f"This {KIND.get(design, 'study')} looked at {topic}."
    return None if repeats(text, said) else Line(text, (topic_source,))


# What a review or article covers, not what it found or means: "The present review analyzes
# biomarkers in blood", "It aims to shed light on the criteria ...", "This article discusses".
DESCRIBES_THE_PAPER = re.compile(
    r"^(?:(?:The present|The current|This|Our) (?:review|article|paper|chapter|overview)"
    r"(?: also)? (?:analy[sz]es|discusses|describes|summari[sz]es|covers|outlines|reviews|aims)"
    r"\b|(?:It|We) (?:also )?(?:aims? to|discuss|describe|summari[sz]e|outline|review)\b)"
    # never what it shows: "This review summarizes evidence that X helps"
    r"(?!(?: \w+){0,3} that\b)",
    re.I,
)


def _says_nothing(stated: list[PlainSentence]) -> bool:
    """Whether the paper states no conclusion on what its finding means: none at all, or only
    what should come next, what the review could not do and what the paper covers."""
    return all(
        future_work(p.text) or ABOUT_THE_REVIEW.search(p.text) or DESCRIBES_THE_PAPER.match(p.text)
        for p in stated
    )


def _carries(origin: PlainSentence, head: Headline) -> bool:
    """Whether the conclusion the headline came from, said whole, carries what the finding
    means: all the headline says (never less: "in mice" kept), not the headline word for
    word, not a call for more work (a finding with one after it is a finding), not what the
    review could not do or what it covers."""
    return not (
        _words(head.text) - _words(origin.text) - _FOR_WHOM - _REPORTING
        or _norm(origin.text) == _norm(head.text)
        or only_a_call(origin.text)
        or ABOUT_THE_REVIEW.search(origin.text)
        or DESCRIBES_THE_PAPER.match(origin.text)
    )


# A conclusion that speaks of the paper itself or its data ("These results suggest ...", "We
# found ..."): said after "The authors conclude that" it would read twice over.
_OWN_VOICE = re.compile(
    r"^(?:The|These|This|Our|Their|Such|It|They|We|Here|In summary|Overall|Taken together)\b"
    r"|\b(?:we|our|us)\b",
    re.I,
)


# "The biomarkers found suggest ...": things the paper names, never its own voice ("These
# results", "Our data"), whatever its "The" (`members_named`)
_THINGS_FOUND = re.compile(
    r"^The [a-z][a-z-]+s (?:identified|found|described)\b(?! (?:that|here)\b)"
)


# A case report's lesson, as the drafter words the paper's "This case shows X".
_CASE_LESSON = re.compile(r"^The case (?:report )?(?=(?:shows|highlights|illustrates|suggests)\b)")


# What a planned study will show ("Results are expected in 2028 and will show whether X"): no
# finding yet, said as theirs as before (the lead's protocol t11).
_PLANNED = re.compile(r"\bwill (?:show|tell|test|find|compare|assess)\b|\b(?:is|are) expected\b")


def said_as_theirs(
    origin: PlainSentence | None, head: Headline, paper: dict[int, str] | None = None
) -> Line | None:
    """ "The authors conclude that X.": the authors' one conclusion, which the headline took
    word for word, said as theirs in a section that would otherwise say nothing of what the
    finding means (the gate's hollow_why error on the hand-written MS interview, cost,
    case-control and biomarker abstracts), when the headline leaves a concession of it out
    (`headed_by_main_clause`); when the headline says it all, the frame `HEADLINE_IS_THEIRS`
    instead (never the headline twice), when the paper's own sentence (of `paper`, by index)
    is said whole by the headline as the gate reads it (`why_meaning.says_whole`); None for a
    call for more work, what the paper covers, a conclusion in the paper's own voice, or one
    not said whole by the headline."""
    if origin is None:
        return None
    # (a case report's lesson heads as "A case report shows X" for the paper's "The case shows X")
    case = _CASE_LESSON.match(origin.text)
    if _norm(origin.text) != _norm(head.text) and not (
        case and _norm(f"A case report {origin.text[case.end() :]}") == _norm(head.text)
    ):
        return None
    text = origin.text.rstrip(".")
    if (
        only_a_call(text)
        or ABOUT_THE_REVIEW.search(text)
        or DESCRIBES_THE_PAPER.match(text)
        or (_OWN_VOICE.search(text) and not case and not _THINGS_FOUND.match(text))
        or leans_back(text)
    ):
        return None
    tail = implication_tail(text)
    if tail is not None and says_a_finding(tail[0]):
        # "X, and measuring it may help guide treatment": the headline says the finding
        # (`headed_by_main_clause`), why it matters what the authors draw from it for practice
        return Line(f"The authors say {tail[1]}.", origin.sources, main=True)
    said = paper or {}
    whole = all(says_whole(said[i], head.text) for i in origin.sources if i in said)
    if (
        headed_by_main_clause(head) is head
        and says_a_finding(text)
        and not _PLANNED.search(text)
        and whole  # (the paper's sentence, as the gate reads it: plaba 34638664 dropped a list)
    ):
        # the headline says all the finding: said again, it would be the headline twice (the
        # lead's hand-written t6, t8, t9, u1, u5); the frame says honestly the summary says no
        # more (what a protocol will show is no finding: said as theirs, as before, t11)
        return Line(HEADLINE_IS_THEIRS, kind="frame")
    return Line(f"The authors conclude that {decapitalise(text)}.", origin.sources, main=True)


# A concession after the main clause: "X did not reduce fatigue, although it led to weight loss".
_CONCEDED_TAIL = re.compile(r", (?:although|though|while|whereas|even though) ")
MIN_MAIN_CLAUSE = 8  # words a main clause needs to head alone


def headed_by_main_clause(head: Headline) -> Headline:
    """`head`, a long conclusion said whole under why it matters as the authors' (`said_as_theirs`),
    cut to its main clause before a trailing concession (", although it led to weight loss"):
    the section then says what the headline left out rather than the headline again. Never a
    cut at "but" (what follows may be the point), nor one that leaves a short or broken clause;
    else `head` unchanged."""
    tail = implication_tail(head.text)
    if tail is not None and says_a_finding(tail[0]):  # (the finding; its use said as theirs)
        return replace(head, text=tail[0])
    if len(head.text.split()) <= IDEAL_WORDS[1]:
        return head
    m = _CONCEDED_TAIL.search(head.text)
    if m is None:
        return head
    main = head.text[: m.start()].rstrip()
    if len(main.split()) < MIN_MAIN_CLAUSE or broken(main + ".") or leans_back(main):
        return head
    return replace(head, text=main)


def why_it_matters(
    conclusions: list[PlainSentence],
    head: Headline,
    used: set[str],
    pick: Pick,
    *,
    about_ms: bool,
    design: StudyDesign,
    limit: int,
    topic: str | None = None,
    topic_source: int | None = None,
    ms_link: list[PlainSentence] | None = None,
    conditions: list[Condition] | None = None,
    body_has_result: bool = True,
    stated: list[PlainSentence] | None = None,
    unshown: list[PlainSentence] | None = None,
    aims: list[PlainSentence] | None = None,
    paper: list[str] | None = None,
    case: list[PlainSentence] | None = None,
) -> list[Line]:
    """The sentences of "why it matters to people with MS"; see the module docstring.

    `pick(pool, limit, budget, used, skip, in_order=..., rank=...)` is the body's chooser of
    sentences (it keeps a sentence that leans on another beside it and marks what it takes as
    `used`). Without `body_has_result` the authors' conclusion is kept here whatever its
    words, since a summary must say what the study found somewhere. What was studied is said
    here even when "what the study did" gives the aim: the section never holds the frame
    alone. `stated` holds every conclusion the paper states (`conclusions` without the ones a
    repair dropped): when none says what the finding means, an MS paper's section says so
    (`NO_MEANING`) rather than hold the care-team pointer alone. `unshown` holds the authors'
    conclusions that could not be shown whole: what they say is still unknown is lifted from
    them too (`still_unknown`). `aims` (as drafted) and `paper` (the aim and conclusion
    sentences as the paper words them) say what a paper not about MS studied. `case` holds a
    case report's results: where its lesson heads and nothing else is left, the facts of the
    case the lesson names are said here (`case_shows`)."""
    out: list[Line] = []
    # A headline built from facts says its sentence short: that sentence whole comes here only
    # when nothing else would (and the body does not already give it).
    origin = next(
        (
            p
            for p in conclusions
            if p.text == head.origin or (head.basis and p.text == head.basis and p.text not in used)
        ),
        None,
    )
    origin = with_its_second_half(origin, conclusions)
    stated = stated if stated is not None else list(conclusions)
    conclusions = [
        p for p in conclusions if _norm(p.text) != _norm(head.text) and p.text != head.basis
    ]
    if about_ms:
        # what the review itself could not do ("The review authors were unable to achieve
        # all of the objectives") says nothing of what the finding means
        # ... nor what the paper covers ("The present review analyzes biomarkers in blood")
        meant = [
            p
            if p.text in used
            else with_use_named(
                with_group_named(
                    with_subject_named(
                        with_treatment_named(with_people_named(p, stated), stated), stated
                    ),
                    stated,
                ),
                stated,
            )
            for p in conclusions
            if not (
                ABOUT_THE_REVIEW.search(p.text)
                or DESCRIBES_THE_PAPER.match(p.text)
                or states_a_limit(p.text)  # a limit of the studies: said under limitations
                or DROP_OUT.search(p.text)  # who stopped and why: a result, never a meaning
                or bookkeeping(p.text)  # studies yet to sort may change it: how it was done
            )
        ]
        # "The results do not support its use for this purpose", its use and purpose not named
        # (`why_use_named`): alone under why it matters it points at nothing (the lead's v9)
        meant = [p for p in meant if p.text in used or not names_no_use(p.text)]
        # how much is known or in use, how the trials were run: a limit or the scene, never
        # what the finding means ("Only two small trials have been done."), unless nothing
        # else is left to say
        scene = [p for p in meant if says_no_finding(p.text.rstrip("."))]
        meant = [p for p in meant if p not in scene]
        # (the care a finding calls for is what it means, never a call for research: v1's
        # "Liver checking will be needed if the drug is approved")
        picked = pick(meant, limit, WHY_BUDGET, used, calls_for_research, in_order=True, rank=None)
        # the authors' advice and the harms they name, as they said them, beside what they
        # found ("this intervention cannot be recommended", "infections were more common")
        taken = {p.text for p in picked} | used
        left = WHY_BUDGET - sum(p.words for p in picked)
        for wanted in (ADVICE, HARM):
            told = [p for p in meant if wanted.search(p.text) and not p.hard]
            if wanted is HARM:  # a harm the authors are sure of before one they call uncertain
                told = [p for p in told if not UNKNOWN_EFFECT.search(p.text)] or told
            # "should be offered" is advice, "should be studied in new trials" a call for more
            extra = pick(told, 1, left, taken, a_call, in_order=True, rank=None)
            picked += extra
            taken |= {p.text for p in extra}
            left -= sum(p.words for p in extra)
        picked.sort(key=lambda p: p.order)
        for i, p in enumerate(picked):  # (advice to doctors: said as the authors')
            text = as_advice(p.text) or _readable(p, head.text)
            out.append(Line(text, p.sources, main=i == 0))
        # the authors' advice to doctors, read as a call for more work by its "should be"
        # ("Clinicians should be aware of ..."): what they say the finding means in the clinic
        read = {*head.sources, *(i for p in picked for i in p.sources)}
        out += advised_to_doctors([*meant, *scene], taken, read)
        out += [] if out else own_words(origin, head.text, meant, used)
        out += [] if out else implied_use(origin, head.text)  # ("... and could reduce X")
        if (
            not out
            and origin is not None
            and _adds_to(head, origin)
            and not says_headline_again(origin.text, head.text)
        ):
            # The headline took the authors' only conclusion: here it is whole, with what a
            # headline leaves out (the qualifiers, the second half).
            out.append(Line(origin.text, origin.sources, main=True))
        headline_said = head.origin or head.text
        meaning = None if out else what_it_means(headline_said, head.sources, topic)
        if meaning is None and not out and not scene:
            # a treatment that did not do what it was tested for, the authors' one conclusion
            # (how little is known, when they say it, is said as before)
            meaning = what_no_effect_means(headline_said, head.sources, _KIND.get(design, ""))
        if meaning is not None:
            out.append(meaning)
        unknown = None if out else still_unknown([*conclusions, *(unshown or [])], origin)
        if unknown is not None:  # what the authors say must still be shown, for a reader
            out.append(unknown)
        for p in [] if out else conclusions:  # one the body took: what it means, said here
            meaning = what_it_means(p.text, p.sources, topic, stock=False)
            if meaning is not None:
                out.append(meaning)
                break
        if not out and origin is not None and _carries(origin, head):
            # nothing else of the authors' to say: their conclusion whole, as they said it
            # (who found it, its qualifiers), rather than a section that says nothing (the
            # gate's hollow_why check asks for it); in a review, when it only says the headline
            # again and the headline says the paper's sentence whole as the gate reads it, the
            # frame that the summary says no more (CD002819 "This review shows that <the
            # headline>"; elsewhere a hollow section lets a result head in place of the
            # conclusion, `compose`: "Tiredness scores fell by 3 points ...", left: the lead's
            # hand-written v10 keeps its conclusion whole here)
            again = (
                design in _FRAMED_AGAIN
                and says_headline_again(origin.text, head.text)
                and any(says_whole(text, head.text) for text in paper or [])
            )
            out.append(
                Line(HEADLINE_IS_THEIRS, kind="frame")
                if again
                else Line(origin.text, origin.sources, main=True)
            )
        for p in [] if out else [*meant, *scene]:  # what it means in practice, as advised
            if (
                p.text not in used
                and not p.hard
                and _stands_alone(p)
                and IN_PRACTICE.search(p.text)
            ):
                out.append(Line(_readable(p, head.text), p.sources, main=True))
                break
        if not out and case and origin is not None and head.origin == origin.text:
            out += what_the_case_shows(origin.text, case, used)  # (its lesson heads)
        studied = None if out else _studied(topic, topic_source, design, head, used)
        if studied is not None:  # nothing of the authors' left: at least what it looked at
            out.append(studied)
        for p in [] if out else pick(scene, 1, WHY_BUDGET, used, FUTURE, in_order=True):
            out.append(Line(_readable(p, head.text), p.sources, main=True))
        if not picked:  # what the authors say is still to be shown, beside little else
            out += what_is_next(out, conclusions, used)
        if not out and head.origin not in {p.text for p in stated} and _says_nothing(stated):
            out.append(Line(NO_MEANING, kind="frame"))  # honest, never a stock claim
    else:
        condition = plain_condition(conditions)
        # what the paper studied: its aim as drafted, its topic and its headline (never a
        # medicine its conclusions name beside what was studied)
        named_in = [*(p.text for p in aims or []), topic or "", head.text]
        named = named_studied(
            topic, topic_source, design, head, aims or [], stated, paper or [], said=set(used)
        )
        if body_has_result and (named is not None or condition is not None):
            # what was studied and in whom, then that its meaning for MS is not known: never a
            # conclusion lifted beside it (a side point, a call for research, the background)
            out += topic_sentence(named, condition, design)
            out += [Line(p.text, p.sources) for p in pick(ms_link or [], 1, 35, used, None)]
            out = [s for s in out if _norm(s.text) != _norm(head.text)]
            out = unsaid_again(out, head)
            return [*with_bearing(out, bearing(named_in)), Line(DOCTOR, kind="frame")]
        plain = [
            p
            for p in conclusions
            if not (p.hard or is_procedural(p.text) or not_a_meaning(p.text) or bookkeeping(p.text))
            and _stands_alone(p)
            and _plain_enough(p.text)
        ]
        picked = pick(plain, 1, 35, used, FUTURE, in_order=True, rank=None)
        if not picked and not body_has_result:
            # ... but never a call for more work, a limit or a result of nothing named
            standing = [
                p
                for p in conclusions
                if _stands_alone(p) and not not_a_meaning(p.text) and not bookkeeping(p.text)
            ]
            picked = pick(standing, limit, WHY_BUDGET, used, FUTURE, in_order=True, rank=None)
        for i, p in enumerate(picked):
            out.append(Line(_readable(p, head.text), p.sources, main=i == 0))
        said_here = " ".join(line.text for line in out).lower()
        said_about = about(condition, design)
        if out and said_about and condition and condition.name.lower() not in said_here:
            out += said_about  # the conclusion does not name the condition: the frame does
        elif out:  # the authors' conclusion says what it means; the frame says for whom
            out.append(Line(NOT_MS, kind="frame"))
        else:  # what was studied, even when the body gives the aim: never the frame alone
            out += topic_sentence(named, condition, design)
        for p in pick(ms_link or [], 1, 35, used, None):
            out.append(Line(p.text, p.sources))
        out = with_bearing(out, bearing(named_in))  # a medicine people with MS use: said
        out = unsaid_again(out, head)
    out = [s for s in out if _norm(s.text) != _norm(head.text)]
    if design in _REVIEW_KINDS:  # how few studies, the reason for a verdict: a limitation
        out = [replace(s, text=without_count_reason(s.text)) if s.sources else s for s in out]
    if out and out[0].sources:  # nothing before it in the section to turn from
        out[0] = replace(out[0], text=unturned(out[0].text))
    out.append(Line(DOCTOR, kind="frame"))
    return out
