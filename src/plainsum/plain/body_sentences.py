"""The paper's own sentences the body's "what the study did" shows: its aim, how it was done and its
results, each role within a word budget, in the paper's order.

The main results are kept over the grade while they are short (the first is kept whole whatever its
length when no short one says what was found); a harm result is shown beside the main benefit; a
sentence that leans on the one before it ("But ...", "also ...") is shown only with it, or said
without the lean.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..prefilter import search
from .frames import is_design_sentence
from .harm_halves import with_harm_halves
from .harms import HARM, harm_result, no_side_effects, serious_harm
from .lines import Line
from .numbers import people_count_at
from .pick import adds_to, antecedent, leans, pick, told_before, unlean
from .results import (
    RESEARCH_CALL,
    procedural_result,
    says_a_finding,
    says_which_way,
    sets_up,
    what_it_says,
)
from .sentences import Role
from .simplify import HARD_MAX_WORDS, PlainSentence
from .wholeness import finite

MAX_DID_WORDS = 150
_NOT_SAID = ("The review authors searched for",)
KEEP_RESULTS = 2  # the first results an abstract gives are its main ones: kept over the grade
# How much the studies' results differed (heterogeneity, in the paper's or the glossary's words):
# a result sentence that says only this tells a reader how consistent the evidence is, not what
# was found; the limitations say it ("The authors say the studies differed from each other").
SPREAD = re.compile(
    r"\bheterogene\w*|\bvariation (?:between|among|across) (?:the )?(?:studies|trials)\b"
    r"|\b(?:studies|trials) differed a lot\b",
    re.I,
)


# Whom a result is of, not how the trial ran: "Among those who completed the trial, walking
# distance increased by 32 metres more with training".
_COMPLETERS = re.compile(
    r"^(?:Among|Of|In) (?:those|people|participants|patients|the \w+) who (?:completed|finished|"
    r"stayed in)\b[^,;]*, ",
    re.I,
)


# A result the paper itself calls secondary, or one it is unsure of, is never the main benefit.
_SECONDARY = re.compile(r"\bsecondary\b|\b(?:uncertain|unclear)\b", re.I)


# Where a result's concession begins: "X reduced Y, although the size of the effect varied
# between studies"
_CONCEDED_TAIL = re.compile(r",\s+(?:although|though|but|while|whereas)\s")


# ... and what it concedes: how much the studies differed, or how sure the evidence is (never a
# result of its own: "but this difference was clear in only two studies")
_SPREAD_OR_GRADE = re.compile(
    r"\b(?:var(?:ied|y|ies|iation)|differed|heterogene\w*|inconsisten\w*|"
    r"(?:quality|certainty) of (?:the )?evidence)\b",
    re.I,
)


def _conceded_result(text: str) -> bool:
    """Whether a sentence read as the review's procedure says a result before a concession
    that names how much the studies differed or how sure the evidence is ("Probiotics reduced
    the length of diarrhoea, although the size of the effect varied between studies")."""
    m = _CONCEDED_TAIL.search(text)
    return (
        m is not None
        and bool(_SPREAD_OR_GRADE.search(text, m.end()))
        and procedural_result(text)
        and says_which_way(text[: m.start()] + ".")
    )


def _procedure(results: list[PlainSentence]) -> Callable[[str], bool]:
    """The test that keeps a review's procedure out of its results: `procedural_result`, except
    for a conceded result (`_conceded_result`) that is the first of `results` to say which way
    an outcome went. That tail had kept a review's main result out of the body (a reader's
    missing result); a later one stays out, where it took the place of the main result before
    it (CD009098's deaths for its oxygen levels)."""
    ordered = sorted(results, key=lambda q: q.order)
    first = next((p for p in ordered if says_which_way(p.text) or _conceded_result(p.text)), None)
    if first is None or not _conceded_result(first.text):
        return procedural_result
    kept = first.text
    return lambda text: text != kept and procedural_result(text)


def only_spread(text: str) -> bool:
    """Whether a result sentence says how much the studies differed and not which way an
    outcome went."""
    return bool(SPREAD.search(text)) and not what_it_says(text).direction


def words_of(lines: list[Line]) -> int:
    """How many words the lines hold."""
    return sum(len(line.text.split()) for line in lines)


def _orders(ps: list[PlainSentence]) -> set[int]:
    """The places in the paper's order of `ps` (a sentence edited again keeps its place)."""
    return {p.order for p in ps}


def _last_said(did: list[Line]) -> Line | None:
    """The line last in the body so far when it says a sentence of the paper in its own words
    (a count, "The review included 23 trials.", or a sentence of the paper); None when that
    line is the design frame or the search date, which say no more of their sentence than its
    kind or date (the aim lines, moved to the front later, are never what comes right before)."""
    last = next((x for x in reversed(did) if not x.keep), None)
    if last is None or is_design_sentence(last.text) or last.text.startswith(_NOT_SAID):
        return None
    return last


def _who_took_part(
    candidates: list[PlainSentence], used: set[str], skip: Callable[[str], object] | None
) -> PlainSentence | None:
    """The first method sentence of a single study that says how many people took part ("In
    this double-blind trial, 120 adults with relapsing MS ... were randomly assigned to X or
    placebo for 6 months"): who took part comes before how outcomes were measured, whatever its
    length (the easiest-first pick left a 28-word one out for two short outcome sentences)."""
    for p in sorted(candidates, key=lambda q: q.order):
        if p.text in used or leans(p) or (skip is not None and skip(p.text)):
            continue
        m = people_count_at(p.text)
        if m is None:
            continue
        # a verb says what they did or what was done to them, before the count or in its
        # clause: never a heading's list ("Participants: 52 women with X, allocated randomly
        # to ...")
        clause = p.text[m.start() :].split(",", 1)[0]
        if finite(p.text[: m.start()]) or finite(clause):
            return p
    return None


def shown_sentences(
    pooled: dict[Role, list[PlainSentence]],
    by_role: dict[Role, list[PlainSentence]],
    did: list[Line],
    used: set[str],
    rank: Callable[[PlainSentence], tuple[bool | int, ...]],
    review: bool,
    limit_scale: int,
) -> tuple[list[Line], list[Line], bool]:
    """`did` with the aim, method and result sentences shown after it, the result lines among
    them, and whether one of those says what was found. `pooled` holds each role's sentences
    that may be shown, `by_role` all of them (the sentence a leaning one leans on, wherever it
    went); each sentence shown is added to `used`; a higher `limit_scale` keeps more."""
    did = list(did)
    procedure = _procedure(pooled[Role.RESULTS]) if review else None
    found = False  # whether a result that says what was found is in the section
    shown_results: list[Line] = []
    for role, limit, budget in (
        (Role.AIM, 1, 35),
        (Role.METHODS, 0 if review else max(0, limit_scale - 1), 40),
        (Role.RESULTS, 2 + limit_scale, 110),
    ):
        skip = procedure if role == Role.RESULTS else sets_up
        is_results = role == Role.RESULTS
        candidates = pooled[role]
        if is_results:  # setup and bookkeeping, unless it also says which way things went
            candidates = [
                p
                for p in candidates
                if not (sets_up(p.text) and not what_it_says(p.text).direction)
                and not search(RESEARCH_CALL, p.text)
                and not only_spread(p.text)
            ]
        if is_results and sum(what_it_says(p.text).direction for p in candidates) >= KEEP_RESULTS:
            # results enough that say which way things went: none that only says how it ran
            # (whom a result is of, "Among those who finished the trial, ...", is no running)
            candidates = [
                p for p in candidates if not what_it_says(_COMPLETERS.sub("", p.text)).run
            ]
        who = _who_took_part(candidates, used, skip) if role == Role.METHODS and limit else None
        if who is not None:  # said first and whole, outside the budget the rest share
            used.add(who.text)
            rest = pick(candidates, limit - 1, budget, used, skip)
            picked = sorted([who, *rest], key=lambda p: p.order)
        else:
            # (the line shown last, a count, may be what a sentence leans on: "The study
            # included 188 adults." then the methods' "All had an eye scan ...")
            after = _last_said(did) if role != Role.AIM else None
            picked = pick(candidates, limit, budget, used, skip, is_results, rank, after=after)
        # the main results are kept over the grade while they are short; when no short one
        # says what was found, the first is kept whole whatever its length (true and whole
        # come before plain)
        ranked = sorted(picked, key=rank)[:KEEP_RESULTS]
        mains = {p.order for p in ranked if p.words <= HARD_MAX_WORDS}
        if ranked and (
            says_a_finding(ranked[0].text)
            or not any(says_a_finding(p.text) for p in ranked if p.order in mains)
        ):
            mains.add(ranked[0].order)  # the main result is kept whatever its length
        benefits: set[int] = set()
        if is_results and len(ranked) > 1 and no_side_effects(ranked[0].text):
            # "No serious side effects were reported" ranked first is said beside the main
            # benefit ranked next, never in its place: that one is kept whatever its length
            # too (a repair took "People getting the spray were more likely to improve" out for
            # its abbreviation, leaving only the side effects)
            benefit = ranked[1]
            if (
                says_which_way(benefit.text)
                and not HARM.search(benefit.text)
                and not _SECONDARY.search(benefit.text)
            ):
                mains.add(benefit.order)
                benefits.add(benefit.order)
        every = by_role.get(role, [])  # the sentence a leaning one leans on, wherever it went
        if is_results:
            harm = harm_result(candidates, picked, used, rank)
            before = antecedent(harm, every) if harm is not None and leans(harm) else None
            if before is not None and not {before.order} & (_orders(picked) | _orders(candidates)):
                harm = None  # the sentence it leans on cannot be shown: neither can it
            if harm is not None and harm.order not in _orders(picked):  # beside the main benefit
                if before is None:
                    harm = unlean(harm)  # shown without the sentence before it: no "But"
                added = (
                    [harm] if before is None or before.order in _orders(picked) else [before, harm]
                )
                picked = sorted([*picked, *added], key=lambda p: p.order)
                mains.update(p.order for p in added)
                used.update(p.text for p in added)
            if harm is not None:
                mains.add(harm.order)
                used.add(harm.text)
            # the serious harms too, when another sentence says the common ones (CD009427:
            # "Two patients suffered serious side effects: ..." beside "the most common were")
            # (one already chosen: never in place of another result)
            serious = serious_harm(picked)
            if serious is not None:
                mains.add(serious.order)
            picked = with_harm_halves(picked, candidates, used, mains)  # (v1's transplant)
        # a main result that leans on the sentence before it is kept with that sentence
        # the main result itself: a result that says what was found, never how it ran
        leads = {ranked[0].order} if ranked and says_a_finding(ranked[0].text) else set()
        leads |= benefits  # (a repair keeps a lead result whole; the gate names its words)
        for p in sorted(picked, key=lambda q: -q.order):
            before = antecedent(p, every) if leans(p) or adds_to(p) else None
            if before is not None and before.order in _orders(picked) and p.order in mains:
                mains.add(before.order)
                if p.order in leads:
                    leads.add(before.order)
        shown: list[PlainSentence] = []
        for p in picked:
            before = antecedent(p, every) if leans(p) or adds_to(p) else None
            if (
                leans(p)
                and (before is None or before.order not in _orders(shown))
                and not told_before(p, _last_said(did), before)
            ):
                continue  # the sentence it leans on was not kept (nor said in other words by
                # the line just before it, "The review included 23 trials."): neither is it
            if adds_to(p) and (before is None or before.order not in _orders(shown)):
                p = unlean(p)  # "also" besides a finding not shown: said without it
            # the qualifying half of a claim shown ("But there was no convincing evidence ..."):
            # shown with it whatever the words
            qualifier = bool(
                before is not None
                and p.text.startswith("But ")
                and before.sources == p.sources
                and before.order in _orders(shown)
            )
            if words_of(did) + p.words <= MAX_DID_WORDS or p.order in mains or qualifier:
                shown.append(p)
                lead = is_results and p.order in leads
                main = is_results and p.order in mains
                did.append(
                    Line(
                        p.text,
                        p.sources,
                        main=main,
                        lead=lead,
                        keep=role == Role.AIM,
                        leans=leans(p),
                    )
                )
                found = found or (is_results and says_a_finding(p.text))
                if is_results:
                    shown_results.append(did[-1])
    return did, shown_results, found
