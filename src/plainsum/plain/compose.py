"""Compose the four sections of an offline draft, each sentence with its evidence link.

Every sentence is either a source sentence with vetted edits (`simplify`), a sentence built from
facts parsed out of one source sentence (`facts`, `limits`), or a fixed frame (`frames`). The
paper's material comes from `material.gather` (its aim from `aim`), the headline from
`drafted_headline`; `results` says which result is the main one, `pick` chooses sentences that
stand on their own, `body_sentences` which of the paper's aim, method and result sentences the
body shows.
What the study did: the design frame, the study's size, its aim, how it was done and its main
results, in the paper's order. Why it matters: the authors' conclusion (never the background),
the not-about-MS statement when it applies, the care-team pointer. Limitations: the design's
caveat and the limitations the paper states.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from ..schemas import StudyDesign
from .aim import LOOKED_AT
from .assigned_groups import assigns_groups
from .body_sentences import shown_sentences
from .case_events import tells_outcome, with_case_story
from .case_story import opens_on_case
from .compared_pair import BUILT_COMPARISON
from .conclusion_kinds import a_call, future_work
from .contrasts import unorphaned
from .drafted_headline import drafted_headline
from .echoes import only_the_headline, said_once, same_letters
from .explained_once import explained_once, widened_all
from .facts import Fact, recounts
from .finding import SIDE_POINT
from .flat_body import filled
from .frames import (
    DESIGN_NAMED,
    DOCTOR,
    HEADLINE_IS_THEIRS,
    SEVERAL_TRIALS,
    design_sentence,
)
from .harms import HARM, concluded_harms
from .headline import Headline
from .headline.forms import tells_case
from .hedged_figures import hedged_by_the_sentence_before
from .limitations import limitations
from .limits import states_a_limit
from .lines import Line
from .main_result import placed_rest, placed_restated, restated_main, rested_on, showing
from .material import Material, gather
from .none_included import NONE_MET, none_included, says_none_included
from .number_words import count_value
from .own_meaning import finding_then_call, named_call
from .pick import ONE_OF_MANY, leans, leans_in_paper, pick
from .planned import PLANNED_COMPARISON
from .referents import referred
from .relevance import headed_by_main_clause, said_as_theirs, why_it_matters
from .result_head import conclusion_clearer, hollow, result_carries
from .results import (
    RESEARCH_CALL,
    key_terms,
    main_result_rank,
    primary_terms,
    says_a_finding,
    says_which_way,
)
from .search_dates import search_date
from .sentences import Role
from .side_outcome import nearer_result, on_a_side_outcome
from .simplify import PlainSentence
from .source import SourceSentence
from .standalone import leans_back
from .still_unknown import unshown_conclusions
from .studied import names_studied
from .trial_scope import lean_in_scope, scoped_to_one_trial, unnamed_graded_results
from .why_implication import an_implication, implication_tail

__all__ = ["DOCTOR", "Line", "Material", "compose", "gather", "says_a_finding", "search_date"]

# Key terms a result shown shares with the authors' main conclusion for it to be that result.
MIN_SHARED_TERMS = 2

_REVIEWS = (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW)
_AFTER_ALL = 100_000  # an order after every drafted sentence's


# A sentence of the paper that says what kind of study it was, as it says who took part.
OWN_DESIGN = re.compile(
    r"^In (?:this|our|the present) (?:[\w-]+ ){0,3}(?:trial|(?:cohort|case-control|"
    r"cross-sectional|registry) study)\b"
)
# The authors' advice to services, doctors or readers ("Health services should offer early
# follow-up"): what the finding means in practice, never what was found.
_RECOMMENDS = re.compile(r"\b(?:should|must|ought to)\b(?! be (?:studied|tested|investigated))")
_OWN_DATA = frozenset(
    {
        StudyDesign.TRIAL,
        StudyDesign.OBSERVATIONAL,
        StudyDesign.QUALITATIVE,
        StudyDesign.CASE_REPORT,
        StudyDesign.ANIMAL,
        StudyDesign.LAB,
        StudyDesign.DIAGNOSTIC,
        StudyDesign.ECONOMIC,
    }
)


# A methods sentence that says whom a study took in, beyond how many: "28 adults with relapsing MS
# who had stopped ...", "412 children who had ...".
_SAYS_WHOM = re.compile(r"\b\d[\d,]* (?:[\w-]+ ){0,3}?(?:with|who|whose) ")
_WHOM_MAX_WORDS = 30


def compose(
    m: Material,
    drop: frozenset[str] = frozenset(),
    level: int = 0,
    soft: frozenset[str] = frozenset(),
    head_keep: frozenset[str] = frozenset(),
    head_avoid: frozenset[str] = frozenset(),
) -> tuple[Headline, dict[str, list[Line]]]:
    """The headline and the three body sections as lines; `drop` holds sentences a repair
    removed, `soft` those of them removed only for a hard word (a headline may still come
    from one rather than be hollow); `head_keep` those of them the headline may still be made
    from (the body's copy only was dropped); `head_avoid` those the headline is not made from
    (the body and why it matters may still say them); a higher `level` keeps fewer and easier
    sentences."""
    d = m.design.design
    review = d in _REVIEWS
    # a repair names a sentence as drafted, its gloss terms explained there or not
    drop, soft, head_keep = widened_all(m, drop, soft, head_keep)

    studies = next((f for f in m.facts if f.count and f.what), None)  # the review's count
    many = review and not (studies and studies.count and count_value(studies.count) == 1)

    def pool(*roles: Role) -> list[PlainSentence]:
        return [
            p
            for r in roles
            for p in m.by_role.get(r, [])
            if p.text not in drop and not (many and ONE_OF_MANY.match(p.text))
        ]

    # (a claim of studies a review left out is never said as one of the authors' own)
    conclusions = [p for p in pool(Role.CONCLUSION) if not set(p.sources) & m.needs_before]
    results = pool(Role.RESULTS)
    count = f"{studies.count} {studies.what}" if studies else None

    topic, topic_source = m.topic if m.topic else (m.title_topic, None)  # (a protocol's title)
    if topic and any(f"whether {topic}" in p.text for p in m.by_role.get(Role.AIM, [])):
        topic = f"whether {topic}"  # "looked at whether X helps", never "looked at X helps"

    head = drafted_headline(
        m,
        drop | head_avoid,
        soft - head_avoid,
        head_keep - head_avoid,
        count,
        studies.source if studies else None,
        topic,
        topic_source,
    )
    concluded = {p.text for p in m.by_role.get(Role.CONCLUSION, [])}
    # The headline is not repeated word for word in the body: its sentence is taken as used.
    # (a case report's opening on its people stays in the body too: `echoes.said_once`)
    case_opening = bool(head.origin) and tells_case(head.origin)
    used: set[str] = {
        p.text for ps in m.by_role.values() for p in ps if same_letters(p.text, head.text)
    } | ({head.origin} if head.origin and not case_opening else set())
    limit_scale = max(1, 3 - level)

    did: list[Line] = []
    frame = design_sentence(d, m.animals) if m.design_clear else None
    if frame and d == StudyDesign.TRIAL and not m.design.one_study:
        frame = SEVERAL_TRIALS  # never "a clinical trial" for a paper of several
    named = DESIGN_NAMED.get(d)
    says = next((s for s in m.sentences if named and named.search(s.text)), None)
    frame_shown = bool(frame and says is not None)
    if frame and says is not None:  # only a design the paper itself names, linked to where
        did.append(Line(frame, (says.index,), main=True))
    # a count whose sentence also says what each group was given ("We randomly assigned 96
    # adults with MS to a plant-based diet or to their usual diet"): that sentence says who, how
    # many and what was compared, first; the count alone would lose the comparison (unless the
    # comparison is built from it already: "The researchers compared X with Y.")
    compared = {i for p in pool(Role.AIM) if BUILT_COMPARISON.match(p.text) for i in p.sources}
    assigned = {
        f.source: p
        for f in m.facts
        if f.text.startswith("The study included") and f.source not in compared
        for p in pool(Role.METHODS)
        if f.source in p.sources and assigns_groups(p.text)
    }
    if not m.by_role.get(Role.AIM):
        # no aim says what was studied: the methods sentence a study's count came from says
        # whom, with what ("The researchers interviewed 28 adults with relapsing MS who had
        # stopped a first disease-slowing drug"), where the count alone says only how many
        assigned |= {
            f.source: p
            for f in m.facts
            if f.text.startswith("The study included") and f.source not in compared
            for p in pool(Role.METHODS)
            if p.sources == (f.source,) and p.words <= _WHOM_MAX_WORDS and _SAYS_WHOM.search(p.text)
        }
    did += [Line(p.text, p.sources, keep=True) for p in assigned.values()]
    # (what a planned study will compare is what it is: kept over the grade like a result)
    did += [
        Line(f.text, f.sources, main=f.text.startswith(PLANNED_COMPARISON))
        for f in m.facts
        if f.text not in drop and f.source not in assigned
    ]
    counted = {
        f.source
        for f in m.facts
        if f.text.startswith(("The review included", "The study included", "The study will"))
    }
    # the sentence a count came from is not said twice; a piece of it that says which way an
    # outcome went is a result, not the count ("Only two trials were included. Beta-interferon
    # did not change ..." read as one sentence: the result is still shown)
    # (what was studied, built from that sentence, says more than the count: it stays)
    used.update(p.text for p in assigned.values())
    used.update(
        p.text
        for role, ps in m.by_role.items()
        for p in ps
        if set(p.sources) & counted
        and not says_which_way(p.text)
        and not (role == Role.AIM and BUILT_COMPARISON.match(p.text))
    )
    if review and studies and studies.count and m.by_role.get(Role.AIM):
        n = studies.count  # the review's studies counted again, as many: said once
        used.update(p.text for ps in m.by_role.values() for p in ps if recounts(p.text, n))
    rank = main_result_rank(
        key_terms([p.text for p in conclusions[:2]]),
        primary_terms(  # the outcome the authors called primary, as written and as edited
            [s.text for s in m.sentences] + [p.text for p in m.by_role.get(Role.METHODS, [])]
        ),
    )
    pooled = {role: pool(role) for role in (Role.AIM, Role.METHODS, Role.RESULTS)}
    # a result said of one trial among several leans on the sentence that names the trial
    scoped = scoped_to_one_trial(m.sentences) if review else frozenset()
    # ... and so do figures the authors said they could not vouch for, on the sentence that
    # says so
    hedged = hedged_by_the_sentence_before(m.sentences)
    pooled[Role.RESULTS] = lean_in_scope(pooled[Role.RESULTS], scoped | hedged)
    did, shown_results, found = shown_sentences(
        pooled, m.by_role, did, used, rank, review, limit_scale
    )
    if d == StudyDesign.CASE_REPORT:  # "she developed ..." needs the woman it points at
        # (how the case ended may stand among the conclusions: "Her symptoms resolved ...")
        ended = [p for p in pool(Role.CONCLUSION) if tells_outcome(p.text)]
        story = [*pooled[Role.RESULTS], *ended]
        did, shown_results = with_case_story(
            did, shown_results, story, used, headed=opens_on_case(head.text)
        )
    empty = review and head.empty
    if empty and head.basis not in {x.text for x in did}:  # what it found: no study to include
        did.append(Line(head.basis, head.sources[:1], main=True, lead=True))
        used.add(head.basis)
    # the paper says no study met its entry rules where the headline does not say so (among its
    # methods, or a verdict heads): the review is empty all the same
    none = _none_met(m, studies) if d == StudyDesign.REVIEW and not empty else None
    aims = [line for line in did if line.keep]  # what was studied, in whom: right after the frame
    did = (
        did[: 1 if frame_shown else 0]
        + aims
        + [x for x in did[1 if frame_shown else 0 :] if not x.keep]
    )
    if none is not None:
        empty = True
        if not any(says_none_included(x.text) for x in did):  # and its body says so
            # (after what it looked for and when: an aim, kept over the grade like one)
            did.append(Line(NONE_MET, (none,), keep=True))
    gone = {x.rstrip(".") for x in drop}  # a headline a repair dropped has no full stop
    concluded_findings = [
        p
        for p in conclusions
        if says_a_finding(p.text)
        and not future_work(p.text)
        and p.text.rstrip(".") not in gone
        and not states_a_limit(p.text)  # ("it cannot show how often X happens": a limit)
        and not an_implication(p.text)  # what it could be used for: why it matters says it
    ]
    # the results shown name none of what the authors' main conclusion is about ("ORS decreased
    # cramp risk" beside "blood sodium decreased"): the main result was not among them
    # (a review's results give its main comparisons, a lab's its steps to the finding; a study
    # in people may report side measures only)
    main_claim = [p for p in concluded_findings[:1] if says_which_way(p.text)]
    rest = rested_on(main_claim[0], results, shown_results, used) if main_claim and found else None
    if rest is not None:  # the result it rests on, in the paper's order among those shown
        shown_results.append(placed_rest(did, rest, shown_results))
        used.add(rest.text)
    in_people = d in (StudyDesign.TRIAL, StudyDesign.OBSERVATIONAL, StudyDesign.UNKNOWN)
    about = key_terms([p.text for p in main_claim]) if in_people else frozenset()
    # (a headline made from a result shows that result: "Higher childhood BMI was linked with
    # higher chances of MS" is the main result the conclusion rests on)
    headed_by_result = bool(head.origin) and head.origin not in concluded
    off_topic = bool(about) and not any(
        len(about & key_terms([text])) >= MIN_SHARED_TERMS
        for text in [x.text for x in shown_results] + ([head.text] if headed_by_result else [])
    )
    # (a result heading in place of the authors' conclusion is the main result: the
    # conclusion is kept for why it matters, `result_head`)
    carried = bool(head_avoid) and headed_by_result
    if not results or (not (found or carried)) or (off_topic and not carried):
        # no results section, none of its sentences says what was found, or none is the main
        # result: the authors' conclusion carries the main finding (the headline's own
        # sentence is not said twice)
        # (in a study of its own data, what services or doctors should do is advice, for why
        # it matters: never a finding; an overview's advice is what it says)
        # (nor a call for more research: "Randomised trials are needed" is no finding, and it
        # led a body whose results a repair had all left out)
        told = [
            p
            for p in conclusions
            if (d not in _OWN_DATA or not _RECOMMENDS.search(p.text))
            and not RESEARCH_CALL.search(p.text)
        ]
        if results:  # only a conclusion that says what was found, never a call for research
            told = main_claim if off_topic and found else concluded_findings
        for i, p in enumerate(
            pick(told, 2 if not results else 1, 60, used, SIDE_POINT, True, rank)
        ):
            did.append(Line(p.text, p.sources, main=i == 0, lead=i == 0, leans=leans(p)))
    # what the harms were, as the authors conclude, when no result shown says it
    for p in concluded_harms(conclusions, did, used):
        did.append(Line(p.text, p.sources, main=True, leans=leans(p)))
        used.add(p.text)
    # the headline's finding is said in the body too, in full (its size, its group)
    restated = restated_main(head, did, results, [] if carried else concluded_findings, used)
    unrestated = list(did)  # the body without it, should why it matters say it instead
    if restated is not None:
        # the headline's finding in full is the main result: the other results shown are kept
        # over the grade no more (a harm result still is)
        side = {id(line) for line in shown_results if not line.lead and not HARM.search(line.text)}
        only = only_the_headline(restated, head.text, did)
        did = [replace(x, main=False) if id(x) in side else x for x in did]
        if only:  # ... though it is the headline again word for word: the headline says it
            restated = None
        else:
            placed_restated(did, restated, {frame or ""} | {f.text for f in m.facts})
            used.add(restated.text)
    elif says_a_finding(head.text):
        # the result that says the headline's finding is kept over the grade like a main one
        in_body = showing(head, did)
        did = [replace(x, main=True, restates=True) if x is in_body else x for x in did]

    # a tool the paper only used is never said as what it studied (the gate's topic check)
    why_topic, why_source = (None, None) if m.topic_is_means else (topic, topic_source)
    if (
        why_topic is None and not m.topic_is_means
    ):  # no aim of its own: what was studied, as built from its results
        for p in m.by_role.get(Role.AIM, []):
            built = LOOKED_AT.match(p.text) if p.order == -1 and p.sources else None
            if built:
                why_topic, why_source = built["what"], p.sources[0]
                break
    why = list(
        why_it_matters(
            conclusions,
            head,
            used,
            partial(pick, by_paper=False),  # conclusions: read as edited, each for itself
            about_ms=m.design.about_ms,
            design=d,
            limit=1 + limit_scale // 2,
            topic=why_topic,
            topic_source=why_source,
            ms_link=m.ms_link,
            conditions=m.conditions,
            body_has_result=any(line.main and line.text != frame for line in did),
            stated=m.by_role.get(Role.CONCLUSION, []),
            unshown=unshown_conclusions(m.sentences, m.by_role.get(Role.CONCLUSION, []), review),
            aims=m.by_role.get(Role.AIM, []),
            paper=[x.text for x in m.sentences if x.role in (Role.AIM, Role.CONCLUSION)],
            case=m.by_role.get(Role.RESULTS) if d == StudyDesign.CASE_REPORT else None,
        )
    )

    if (
        restated is not None
        and any(line.text == restated.text for line in why)
        and any(says_a_finding(x.text) for x in unrestated if x.sources and not x.keep)
    ):
        # the authors' conclusion the headline was cut from is said whole under why it
        # matters: once there, not in the body too (the body keeps its own results)
        did = unrestated
        restated = None
    # the authors' conclusion said in the body (to give the headline's finding in full, or
    # the harms they conclude on) left why it matters with nothing of theirs: it says there
    # what the finding means, while the body keeps a finding of its own
    concluded_in_body = [  # (never one that leans on what is before it, nor half a sentence)
        x
        for x in did
        if x.text in concluded
        and says_a_finding(x.text)
        and not (x.leans or leans_back(x.text))
        and not any(set(y.sources) & set(x.sources) for y in did if y is not x)
    ]
    # (a call for research says nothing of what the finding means)
    theirs = [x for x in why if x.kind == "content" and x.sources and not a_call(x.text)]
    moved = concluded_in_body[-1] if concluded_in_body and not theirs else None
    # (only where the headline says the finding already, in a paper about MS: elsewhere why it
    # matters says the paper did not look at MS, and the body needs its finding)
    if moved is not None and not (m.design.about_ms and says_a_finding(head.text)):
        moved = None
    if moved is not None and any(
        says_a_finding(x.text) for x in did if x is not moved and x.sources and not x.keep
    ):
        did = [x for x in did if x is not moved]
        why = [replace(moved, main=True, lead=False), *why]  # (kept over the grade)
        restated = None if restated is moved else restated
    if not m.headed and d != StudyDesign.REVIEW:
        # no headings, roles only guessed: the paper's further findings fill a thin body
        stock = frozenset({frame or ""} | {f.text for f in m.facts})
        told = ([] if carried else conclusions) + results  # (a conclusion carried: for why)
        # (a paper of no design found, with no result or method of its own drafted, reads the
        # same way: a headingless overview or commentary, and its statements are what it says;
        # one with data of its own keeps its body: its background is others' work)
        own_data = bool(m.by_role.get(Role.RESULTS) or m.by_role.get(Role.METHODS))
        overview = d == StudyDesign.UNKNOWN and not own_data
        if d == StudyDesign.NARRATIVE_REVIEW or overview:
            told += [  # after the conclusions, in the paper's order (a split's pieces too)
                # ("Among these, 175 reports ...": shown only after what it counts, if at all)
                replace(p, order=_AFTER_ALL + i, leans=p.leans or leans_in_paper(p.text))
                for i, p in enumerate(m.context)
                if p.text not in drop and p.sources
            ]
        # (a narrative review's statements fill it too when its findings are too few: never
        # the headline's own sentence again)
        said = [
            p
            for p in told
            if p.order >= _AFTER_ALL
            and not same_letters(p.text, head.text)
            and not set(p.sources) & set(head.sources)
        ]
        if overview:  # what the piece itself does ("The purpose of this article is to ..."), first
            said = [
                replace(p, order=_AFTER_ALL - len(conclusions) + i)
                for i, p in enumerate(conclusions)
                if not says_a_finding(p.text)
                and not RESEARCH_CALL.search(p.text)
                and not same_letters(p.text, head.text)
            ] + said
        did = filled(did, sorted(told, key=lambda p: p.order), used, stock, said)

    studied = m.studied
    if (
        studied is not None
        and studied.sentence.text not in drop
        and not names_studied([head.text, *(x.text for x in did + why if x.sources)], studied)
    ):  # no sentence names what was studied and for what: the aim says it, first in the body
        at = 1 if frame_shown else 0
        did.insert(at, Line(studied.sentence.text, studied.sentence.sources, keep=True))

    unnamed = unnamed_graded_results(m.sentences) if review else frozenset()
    lim = limitations(
        m,
        drop,
        used,
        # (never a comparison's graded result without the comparison it is of)
        [p for p in pool(Role.LIMITATION) if not set(p.sources) & unnamed],
        pool(Role.METHODS, Role.RESULTS, Role.CONCLUSION),
        empty,
        studies.count if studies else None,
    )

    # a call for more work said under why it matters, for what it names, is not said again
    calls = [line for line in why if named_call(line.text) or finding_then_call(line.text)]
    called = {i for line in calls for i in line.sources}
    lim = [x for x in lim if not (x.sources and set(x.sources) <= called and a_call(x.text))]

    did, why = said_once(head, restated, did, why)  # the headline, not again in the body
    # no "she", "this problem" the reader has not met; in a review, no "treatment B", "these
    # studies" that nothing named
    # (the paper's sentences as drafted, where one is, for a kind "such outcomes" points at)
    said_as = {p.sources[0]: p.text for ps in m.by_role.values() for p in ps if len(p.sources) == 1}
    paper = [said_as.get(i, s.text) for i, s in enumerate(m.sentences)]
    did = referred(head.text, did, groups_only=d == StudyDesign.REVIEW, paper=paper)
    own = next((x for x in did if x.text != frame and OWN_DESIGN.match(x.text)), None)
    if frame_shown and own is not None:
        # the paper's own sentence names its design ("In this randomised crossover trial, 48
        # adults ..."): the frame would say it twice; the sentence stays in its place
        did = [replace(x, main=True) if x is own else x for x in did if x.text != frame]
    # a "But ..." whose contrasted sentence the steps above left out says its clause alone
    drafted = explained_once(
        head,
        {
            "what_the_study_did": unorphaned(did),
            "why_it_matters": unorphaned(why),
            "limitations": unorphaned(lim),
        },
        [s.text for s in m.sentences],
    )
    origin = head.origin or ""
    # (why it matters says on purpose that the summary says no more: the authors' conclusion,
    # which the headline says, stays the headline, never swapped for a figure)
    framed = any(line.text == HEADLINE_IS_THEIRS for line in why)
    if (
        head_avoid
        or review
        or framed
        or not m.design.about_ms
        or origin not in concluded
        or not hollow(why)
    ):
        return _theirs_if_hollow(
            drafted, conclusions, m.design.about_ms and not head_avoid, m.sentences
        )
    # the authors' one conclusion heads and leaves why it matters empty: the result it rests on
    # heads instead, when it can carry the finding, and the conclusion says what it means ...
    as_theirs = _theirs_if_hollow(drafted, conclusions, True, m.sentences)
    if any(line.text == HEADLINE_IS_THEIRS for line in as_theirs[1]["why_it_matters"]) or (
        as_theirs[0].text != drafted[0].text and implication_tail(drafted[0].text) is not None
    ):
        # ... unless the headline says that conclusion whole: it stays the headline (the main
        # finding), and why it matters says the summary says no more (never a figure heading,
        # "Tiredness scores fell by 3 points ...", with the conclusion under it: the lead's v10),
        # or what the authors draw from it for practice ("The authors say measuring X may help
        # guide treatment decisions", cut from the conclusion's second clause)
        return as_theirs
    alt = compose(m, drop, level, soft, head_keep, frozenset({origin}))
    shown = {p.text for p in m.by_role.get(Role.RESULTS, [])}
    agreed = d == StudyDesign.GUIDELINE  # what a panel agreed on is what it found
    carries = result_carries(*alt, drafted[1]["what_the_study_did"], origin, shown, agreed)
    # (never a result on a secondary outcome where another is on the primary one, nor one
    # where another says more of what the conclusion says)
    primary = primary_terms(
        [s.text for s in m.sentences] + [p.text for p in m.by_role.get(Role.METHODS, [])]
    )
    heading = alt[0].origin or ""
    carries = (
        carries
        and not on_a_side_outcome(heading, shown, primary)
        and not nearer_result(heading, shown, origin)
    )
    if carries and conclusion_clearer(heading, origin, as_theirs[1]["why_it_matters"]):
        return as_theirs  # (the result names not what the conclusion credits: the clearer heads)
    return alt if carries else as_theirs


def _none_met(m: Material, studies: Fact | None) -> int | None:
    """The paper's sentence saying its review took in no study (`none_included`), or None."""
    count = int(count_value(studies.count)) if studies and studies.count else None
    return none_included(m.sentences, count, headed=m.headed)


def _theirs_if_hollow(
    drafted: tuple[Headline, dict[str, list[Line]]],
    conclusions: list[PlainSentence],
    about_ms: bool,
    sentences: list[SourceSentence],
) -> tuple[Headline, dict[str, list[Line]]]:
    """`drafted` with "The authors conclude that X." in a hollow "why it matters" of an MS
    paper whose one conclusion X the headline took word for word (`said_as_theirs`), once no
    result can head in its place; else as it is."""
    head, sections = drafted
    why = sections["why_it_matters"]
    if not about_ms or not hollow(why):
        return drafted
    origin = next((p for p in conclusions if p.text == head.origin), None)
    line = said_as_theirs(origin, head, {s.index: s.text for s in sentences})
    if line is None:
        return drafted
    head = headed_by_main_clause(head)  # (the headline its main clause, why the whole)
    return head, {**sections, "why_it_matters": [line, *why]}
