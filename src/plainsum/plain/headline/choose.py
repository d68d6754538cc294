"""The headline: the main finding, from the authors' main conclusion or primary result.

Never a count of trials, a search date, a safety aside, a secondary measure, a call for more
research or a fragment. Short and plain where a whole sentence allows it, naming the animal
when the work was done in animals. Where no sentence of the paper can serve, a
template filled from parsed facts ("A review of 12 trials found no clear evidence about ...").
"""

from __future__ import annotations

import re

from ...schemas import StudyDesign
from ..abbreviations import unexplained
from ..finding import is_procedural, method_or_call, opens_with_a_call, states_finding
from ..limits import states_a_limit
from ..simplify import PlainSentence
from ..standalone import leans_back
from .but_half import with_first_half
from .certainty import Grader, graded_drop, graded_headline, results_ceiling
from .concluded import with_concluded
from .evidence_framed import with_framed
from .form_fit import (
    about_the_studies,
    best_form,
    formfits,
    lesson_form,
    shorter_forms,
    stands,
    verdict_form,
)
from .forms import dropped, headline_forms, lab_only, tells_case, ties_back
from .implication import implies
from .no_finding import bookkeeping, conceded, reports_only, says_no_finding, without_its_worry
from .on_topic import OFF_TOPIC_COST, off_topic
from .one_comparison import compared_in_turn, of_one_comparison
from .open_question import STILL_OPEN_COST, still_open
from .rank import (
    AMOUNT_ONLY_COST,
    HARM_AFTER_COST,
    IDEAL_WORDS,
    SECONDARY_COST,
    form_cost,
    judges_the_evidence,
    raises_a_risk,
    rank_of,
    side_result,
)
from .record import Headline
from .template import (
    NO_CLEAR_EVIDENCE,
    aim_looked_at,
    fill_template,
    found_empty,
    from_facts,
    main_conclusions,
    review_topic,
    says_no_clear_evidence,
    says_unclear,
    verdict_template,
)
from .weighed import claim, head_words

LONGEST_WORDS = 30  # longest whole sentence taken before the conclusion however long
MAX_WORDS = 26  # a whole main finding of up to this many words beats a template (shape warning)
CUT_COST = 1.0  # a shortened form of a sentence ranks a little below one whole at that length
SCHEMA_WORDS = 60  # the schema's hard cap: a whole conclusion this long still beats "news"
LONG_MAIN_WORDS = 40  # the authors' first finding, whole, beats a result up to this length


# What a finding means or what to do about it (`implication`), where another of the authors'
# conclusions states the finding: more than a place down and an unexplained abbreviation.
IMPLICATION_COST = 25.0
# A result of an animal study's lab work on cells (`forms.lab_only`): the animal result heads,
# even one said as one more result ("X also shrank the tumours", `forms.ties_back`), which
# costs a place or two below the authors' next sentence.
LAB_ONLY_COST = 40.0
ALSO_COST = 20.0
# A template that says there is news but neither what was found nor what was looked at.
NO_NEWS = re.compile(r" reports its findings$")
# A conclusion that says only that a treatment was safe ("X was safe and well tolerated over
# 48 weeks"): in a review's results a side point, but where the authors conclude it, the main
# finding of a trial of safety. It heads over a result or a limit, never over a conclusion that
# says what the treatment did (more than a place down).
SAFETY_VERDICT_COST = 12.0
# The half after ", but" of the paper's sentence whose first half states a finding: the first
# half is the main one (a place down the authors' conclusions, and a little more).
LATER_HALF_COST = 12.0
# A case report's results are what happened to one patient ("A scan showed a mass"): the
# authors' conclusion, the lesson they draw, heads wherever one can.
CASE_STORY_COST = 25.0


def _conceded(s: PlainSentence, said: dict[int, str] | None) -> bool:
    """Whether `s` is the point its paper's sentence concedes (`no_finding.conceded`)."""
    return bool(s.sources) and conceded(s.text, (said or {}).get(s.sources[0], ""))


def _without_worry(s: PlainSentence, said: dict[int, str]) -> bool:
    """Whether `s` is a claim said without the harm its paper's sentence weighs it against
    (`no_finding.without_its_worry`)."""
    return bool(s.sources) and without_its_worry(s.text, said.get(s.sources[0], ""))


def choose_headline(
    conclusions: list[PlainSentence],
    results: list[PlainSentence],
    design: StudyDesign,
    animals: str = "animals",
    studies: str | None = None,
    studies_source: int | None = None,
    topic: str | None = None,
    topic_source: int | None = None,
    drop: frozenset[str] = frozenset(),
    about: frozenset[str] = frozenset(),
    headed: bool = True,
    said: dict[int, str] | None = None,
    aims: list[PlainSentence] | None = None,
    doubts: list[PlainSentence] | None = None,
) -> Headline:
    """The main finding as a headline (`_choose`); `said` holds the paper's sentences as it
    says them, by index: the grade of evidence a chosen sentence's brackets give is kept beside
    its claim (`certainty`), and so is the doubt of the authors' conclusions and limitation
    sentences (`doubts`) about all of a review's results. Without a `topic`, a template names
    what an aim says was looked at ("A review looked at X", never "A review reports its
    findings")."""
    said = said or {}
    # (never the clause a result's statistics were cut from: a piece, not the main finding)
    conclusions = [p for p in conclusions if not p.part]
    results = [p for p in results if not p.part]
    # (never a claim without the harm its sentence weighs it against, by any path)
    conclusions = [p for p in conclusions if not _without_worry(p, said)]
    results = [p for p in results if not _without_worry(p, said)]
    review = design in (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW)
    if design == StudyDesign.REVIEW and not headed:
        # without headings, the authors' finding said through its evidence ("The limited
        # evidence suggests that X") reads as a limitation: it is one of their conclusions
        conclusions = with_framed(conclusions, doubts or [])
    if design == StudyDesign.REVIEW:
        # the authors' verdict on the evidence as a whole, read as a limitation ("There is not
        # enough evidence on the effect of X for Y"), is what the review found: it heads over a
        # side result
        told = {p.text for p in (*conclusions, *results)} | drop
        verdicts = [p for p in doubts or [] if judges_the_evidence(p.text) and p.text not in told]
        results = [*verdicts, *results]
    ceiling = results_ceiling(conclusions, said, doubts or []) if review else None
    grader = Grader(design, animals, said, results, ceiling)
    pool = [*conclusions, *results]
    drop = graded_drop(pool, drop, grader)

    verdict = verdict_template(aims or [], conclusions, said, design, studies, studies_source)
    if verdict is not None:
        # the authors can draw no conclusions about what they looked at: that is what the
        # review found, before any one result of its trials
        return verdict
    aim = next((a for a in aims or [] if aim_looked_at(a)), None) if topic is None else None
    covered = aim_looked_at(aim) if aim is not None else None
    looked = (covered, aim.sources[0]) if aim is not None and covered else None

    def chosen(topic: str | None, topic_source: int | None, tied: bool = False) -> Headline:
        return _choose(
            conclusions, results, design, animals, studies, studies_source, topic, topic_source,
            drop, about, headed, said, tied, named=topic is not None or aim is not None,
            looked_at=looked,
        )  # fmt: skip

    head = chosen(topic, topic_source)
    if head.from_template and aim is not None:
        # the template names what the aim says was looked at (only the template: a finding
        # said short from parsed facts needs the aim's own topic, `material.topic`)
        topic, topic_source = aim_looked_at(aim), aim.sources[0]
        head = chosen(topic, topic_source)
    if head.from_template and NO_NEWS.search(head.text):
        # no sentence states a finding but one that says it as one more ("X also reduced Y"),
        # and no aim names what was looked at: that finding, without its "also", rather than
        # news of none
        besides = chosen(topic, topic_source, tied=True)
        head = head if besides.from_template else besides
    return graded_headline(head, pool, grader)


def _choose(
    conclusions: list[PlainSentence],
    results: list[PlainSentence],
    design: StudyDesign,
    animals: str,
    studies: str | None,
    studies_source: int | None,
    topic: str | None,
    topic_source: int | None,
    drop: frozenset[str],
    about: frozenset[str],
    headed: bool,
    said: dict[int, str] | None = None,
    tied: bool = False,
    named: bool = False,
    looked_at: tuple[str, int] | None = None,
) -> Headline:
    """The main finding as a headline; see the module docstring for the rules. `about` holds
    the key words of what the paper studied (`on_topic.aim_terms`): a form that names none of
    them ranks lower. In a review's abstract without headings (`headed` False) the results that
    read as the authors' conclusion count as conclusions (`concluded`). A sentence that says
    its result as one more besides another ("X also reduced Y", `forms.ties_back`) heads only
    with `tied`: where no other sentence states a finding. `named` says whether a template can
    name what was studied (a topic, or an aim that gives one); `looked_at` is what that aim
    says was looked at, and its sentence."""
    given = {p.text for p in conclusions}  # (the authors' as placed, before `with_concluded`)
    # a result of one comparison of several the review reports in turn (`one_comparison`)
    compared = compared_in_turn(said or {}) if design == StudyDesign.REVIEW else {}
    one_of = {p.order for p in results if of_one_comparison(p.sources, compared, sorted(given))}
    if not headed and design == StudyDesign.REVIEW:
        conclusions, results = with_concluded(conclusions, results, said)

    def said_short(text: str, origin: str, order: int | None = None) -> Headline | None:
        """No safe short form of "there is no clear evidence that ...": the facts say it (a
        template shorter than `text`); the authors' verdict on the whole question, said among
        the results or limits ("There is insufficient evidence to assess the use of X") or as
        their own with no "but" or "only" in it, names what the aim says was looked at when no
        topic is parsed. `order` is the chosen sentence's (else the one whose text is
        `origin`). None when no template says it shorter."""
        if head_words(text) <= IDEAL_WORDS[1] or not NO_CLEAR_EVIDENCE.search(origin):
            return None
        judged = [
            p for p in (*conclusions, *results)
            if (p.order == order if order is not None else p.text == origin)
            and p.text not in given and judges_the_evidence(p.text)
        ]  # fmt: skip
        what, where = (topic, topic_source)
        # (the authors' own first finding too, when it is a verdict of too little evidence on
        # the whole question with no "but" in it: "There is not enough evidence to check the
        # effect of X")
        main = {p.text for p in main_conclusions(conclusions)}
        whole = (
            origin in main
            and judges_the_evidence(origin)
            and bool(_TOO_LITTLE.search(origin))
            and not _BOUNDED.search(origin)
        )
        if (judged or whole) and topic is None and looked_at is not None:
            if not _NOT_A_TOPIC.search(looked_at[0]):
                what, where = looked_at
        template = fill_template(
            [*judged, *conclusions], design, animals, studies, studies_source, what, where
        )
        if " evidence about " in template.text and head_words(template.text) < head_words(text):
            return template
        return None

    def free(pool: list[PlainSentence]) -> list[PlainSentence]:
        """The sentences of `pool` that may head: "X also reduced Y", one more result besides
        the main one, only with `tied` (in an animal study, at a cost: its result in the
        animals often comes last, after its lab results, `ALSO_COST`)."""
        if tied or design == StudyDesign.ANIMAL:
            return pool
        return [p for p in pool if not ties_back(p.text)]

    if topic is None:  # a review with no finding of its own: what it says it covers
        for s in (*conclusions, *results):
            covered = review_topic(s.text)
            if covered and not unexplained(covered):
                topic, topic_source = covered, s.sources[0] if s.sources else None
                break
    elif unexplained(topic):
        topic = None  # never a headline built around an abbreviation the paper leaves undefined
    if design == StudyDesign.REVIEW and not studies:
        # no study met the review's criteria (said among its results or its conclusions): that
        # is what it found, before any side point or what the authors advise meanwhile
        empty = found_empty(conclusions, results, topic, topic_source)
        if empty is not None:
            return empty
    ranked: list[tuple[float, int, str, tuple[int, ...], str, bool, bool]] = []
    asides = design != StudyDesign.QUALITATIVE  # what people fear is an interview's finding
    review = design in (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW)
    found_one = False  # a conclusion that states a finding
    found_plain = False  # ... and not only what it means or what to do (`implication`)
    fitting: dict[int, list[str]] = {}  # each sentence's forms that fit, by its order
    for conclusion, pool in ((True, conclusions), (False, results)):
        # A conclusion's place counts only the conclusions before it that state a finding: one
        # that says how little is known, how the trials were run or what research is needed
        # does not push the authors' first finding down.
        findings_before = 0
        helped_before = False  # a result before that says what the treatment did, no harm
        found_in: set[int] = set()  # the paper's sentences a piece stating a finding came from
        for position, s in enumerate(pool):
            if not free([s]):
                continue  # (its place still counts: a result after it is no higher)
            forms = headline_forms(s, design, animals)
            if dropped(s, forms, drop) or (conclusion and _conceded(s, said)):
                continue  # (never the point a sentence concedes without the claim that doubts it)
            # the whole sentence when it is short enough, else its least cut form that is, else
            # its shortest form (a cut drops only what leaves the claim as it was)
            longest = LONGEST_WORDS if conclusion else MAX_WORDS
            best = best_form(s, forms, drop, longest, asides)
            verdict = best is None and conclusion and asides and not review
            if verdict:  # (the authors' own safety verdict, `SAFETY_VERDICT_COST`)
                best = verdict_form(forms, drop, longest)
            if best is None and conclusion and design == StudyDesign.CASE_REPORT:
                best = lesson_form(forms, drop, longest)  # "X is a rare cause of Y": its lesson
            if best is not None:
                cut, text = best
                fitting[s.order] = shorter_forms(s, forms, drop, text, asides)
                place = findings_before if conclusion else position
                paper = said.get(s.sources[0], "") if said and s.sources else ""
                rank = rank_of(s, conclusion, place, head_words(text), paper) + CUT_COST * cut
                if not conclusion and s.order in one_of:
                    rank += SECONDARY_COST  # (one comparison's: the whole review's heads)
                if not conclusion and design == StudyDesign.CASE_REPORT and not tells_case(s.text):
                    rank += CASE_STORY_COST  # (what happened to the patient is what it found)
                cost = form_cost(text) + (OFF_TOPIC_COST if off_topic(text, about) else 0.0)
                cost += LAB_ONLY_COST if lab_only(s.text, text, design) else 0.0
                cost += ALSO_COST if not tied and ties_back(s.text) else 0.0
                cost += SAFETY_VERDICT_COST if verdict else 0.0
                # the half after ", but" of a sentence whose first half states a finding ("X may
                # heal more wounds, but there was no evidence that X improves quality of life")
                later = s.text.startswith("But ") and bool(s.sources) and s.sources[0] in found_in
                cost += LATER_HALF_COST if later else 0.0
                harm = not conclusion and raises_a_risk(text)
                cost += HARM_AFTER_COST if harm and helped_before else 0.0
                helped_before = helped_before or (
                    not conclusion and not harm and cost < AMOUNT_ONLY_COST
                )
                # how much is known, how the trials were run, what is still open: no finding
                opened = conclusion and still_open(text)
                implied = conclusion and implies(text)
                findings_before += cost < AMOUNT_ONLY_COST and not opened
                if cost < AMOUNT_ONLY_COST and not opened and s.sources:
                    found_in.add(s.sources[0])
                # (a conclusion of part of the evidence, "the drop in deaths was due mostly to
                # the drop in the 60- to 79-year-old subgroup", is no finding on the whole)
                part = conclusion and side_result(s.text, paper)
                finds = conclusion and cost < AMOUNT_ONLY_COST and not opened and not part
                found_one = found_one or finds
                found_plain = found_plain or (finds and not implied)
                ranked.append((rank + cost, s.order, text, s.sources, s.text, opened, implied))
    if ranked and all(states_a_limit(r[2]) for r in ranked):
        # only a limit of the study ranks ("most recommendations rest on expert opinion"): it
        # never heads; a whole sentence that is no limit does, else the template
        ranked = []
        conclusions = [p for p in conclusions if not states_a_limit(p.text)]
        results = [p for p in results if not states_a_limit(p.text)]
    if ranked:
        # what is still open, or what a finding means, heads only where no conclusion states
        # the finding itself
        def weighed(r: tuple[float, int, str, tuple[int, ...], str, bool, bool]) -> float:
            later = STILL_OPEN_COST if r[5] and found_one else 0.0
            return r[0] + later + (IMPLICATION_COST if r[6] and found_plain else 0.0)

        top = min(ranked, key=lambda r: (weighed(r), r[1]))
        _, order, text, sources, origin, _, implied = top
        paper = said.get(sources[0], "") if said and sources else ""
        side = side_result(origin, paper) or order in one_of
        if (top[5] or side) and not found_one:
            # only what is still open ranks, or a result of part of the evidence ("In the three
            # trials restricted to persons with X, benefits were similar"), while a conclusion
            # too long for any form states the finding ("X is moderately more effective than Y,
            # but ...", then "Its effect in younger people is unknown"): the finding heads,
            # whole, however long (what is open: only a conclusion said before it, the
            # authors' main finding coming first)
            unranked = [
                p for p in free(conclusions)
                if (side or p.order < top[1]) and p.order not in fitting
                and not still_open(p.text)
                and states_finding(claim(p.text)) and not method_or_call(p.text)
                and not says_no_finding(p.text) and not states_a_limit(p.text)
            ]  # fmt: skip
            for p in unranked:  # whole: a cut form of a sentence this long may lose its verb
                said_whole = headline_forms(p, design, animals)[0][1]
                if head_words(said_whole) <= SCHEMA_WORDS and stands(said_whole):
                    return Headline(said_whole, p.sources, origin=p.text)
        if (
            design == StudyDesign.REVIEW
            and named  # (a template that names nothing studied fails the gate)
            and not found_plain  # (what a finding would mean or allow is none: `implies`)
            and (implied or origin not in {p.text for p in conclusions})
            and (not NO_CLEAR_EVIDENCE.search(origin) or order in one_of)
            and says_no_clear_evidence(conclusions)
        ):
            # the authors conclude that the evidence tells neither way and no conclusion of theirs
            # states a finding: that is what the review found, before one result of its studies
            # ("There were no problems during surgery", a pilot trial's one measure) or what the
            # authors allow meanwhile ("Given the burden, tablets may be a viable option"), as
            # where no result ranks at all (below)
            template = fill_template(
                conclusions, design, animals, studies, studies_source, topic, topic_source
            )
            if " found " in template.text:
                return template
        if head_words(text) > IDEAL_WORDS[1]:
            built = from_facts(origin, sources, topic, topic_source)
            if built is not None:
                return built
        short = said_short(text, origin, order)
        if short is not None:
            return short
        # (only where the authors placed their conclusions: in a review's abstract without
        # headings a long result read as a conclusion by its cue words is no surer than others)
        by_place = headed or design != StudyDesign.REVIEW
        long_main = _long_first_finding(free(conclusions), fitting, design, animals, drop)
        # (a result, or a later conclusion that ranks first only at a cost: "But the NNT of 3 is
        # consistent with other painkillers", its abbreviation unexplained; or one that names
        # nothing the aim studied, a side outcome: "There was strong evidence of no difference
        # in miscarriage rate" under a first conclusion on live births, CD010287)
        later = (
            long_main is not None
            and long_main.origin != origin
            and (
                origin not in {p.text for p in conclusions}
                or origin.startswith("But ")
                or form_cost(text) > 0
                or off_topic(text, about)
            )
        )
        # (before it, or after a top form that says no finding at all: "There is a lack of data
        # about which drug is best", then "X is probably slightly better than Y ...", CD014831)
        nothing = form_cost(text) >= AMOUNT_ONLY_COST
        before = long_main is not None and (nothing or _before(long_main, origin, conclusions))
        if by_place and long_main is not None and later and before:
            # a result ranks first only because the authors' first finding is too long for any
            # form ("A single dose of X plus Y gave good pain relief to more people than ...",
            # 37 words, under "The size of the effect was similar ..."): the authors' finding
            # heads, whole (true > the main finding > short)
            return long_main
        # (the "But ..." half of a conclusion whose first half ranked not at all: both, whole)
        both = with_first_half(origin, sources, conclusions, set(fitting), LONGEST_WORDS)
        if both is not None:
            return both
        return Headline(text, sources, origin=origin, shorter=tuple(fitting.get(order, ())))
    # A longer whole sentence still beats a template: the conclusion, then a main result (up to
    # the shape check's comfortable length), then the conclusion however long the schema allows.
    # Never cut: a sentence with no safe clause boundary is kept whole.
    # A review whose authors conclude that the evidence is unclear ("the evidence is not of
    # enough quality to guide clinical practice") found just that: the template says so, naming
    # what was studied, before a result of one of its studies or the authors' advice meanwhile.
    unclear = named and design == StudyDesign.REVIEW and says_unclear(conclusions)
    template = fill_template(
        conclusions, design, animals, studies, studies_source, topic, topic_source
    )
    for pool, longest, need_finding in (
        (free(conclusions), LONGEST_WORDS, True),
        ([] if unclear else free(results), LONGEST_WORDS, True),
        ([] if unclear else free(conclusions), SCHEMA_WORDS, True),
    ):
        whole = _whole_headline(pool, design, animals, drop, longest, need_finding)
        if whole is not None and head_words(whole.text) > IDEAL_WORDS[1]:
            # a whole sentence too long for a headline: said short from the facts, when sure
            built = from_facts(whole.origin, whole.sources, topic, topic_source)
            if built is not None:
                return built
            short = said_short(whole.text, whole.origin)
            if short is not None:
                return short
        if whole is not None:
            return whole
    if " found " not in template.text:  # says there is news, or a topic, not what was found
        for pool in (free(conclusions), free(results)):
            whole = _whole_headline(pool, design, animals, drop, SCHEMA_WORDS, False)
            if whole is not None:
                return Headline(whole.text, whole.sources, origin=whole.origin, weak=True)
        whole = _shortest_whole(
            (free(conclusions), free(results)), design, animals, drop, about, named
        )
        if whole is not None:
            return said_short(whole.text, whole.origin) or whole
    return template


# A verdict bounded or set against another claim ("no evidence that X lowers deaths, but it
# eases pain", "except in children"): never said as no clear evidence about the whole topic.
_BOUNDED = re.compile(
    r"[,;]\s*(?:but|whereas|however|although|though|while)\b|\b(?:except|only|apart from)\b", re.I
)


# Too little evidence to tell ("not enough evidence to check", "insufficient evidence to
# recommend"), never "no evidence of benefit" or "no convincing evidence", which may be good
# evidence of no effect: "found no clear evidence about X" would say less than the authors did.
_TOO_LITTLE = re.compile(
    r"\b(?:not enough|insufficient|inadequate)(?: [\w-]+){0,2} evidence\b", re.I
)


# What an aim read as "looked at X" gives that is no topic: the evidence, the studies or what
# they need ("This review highlights the need for well-designed studies", "We summarise only
# the evidence that was available in more than one trial").
_NOT_A_TOPIC = re.compile(r"^(?:only|the need)\b|\b(?:evidence|studies|trials|research)\b", re.I)


# Where or when the studies were done ("were undertaken in Finland", "between 1992 and 2002")
_WHERE_WHEN_DONE = re.compile(
    r"\b(?:were|was) (?:done|conducted|undertaken|carried out|performed|based) (?:in|at) "
    r"(?:the )?[A-Z]|\bbetween (?:19|20)\d\d and (?:19|20)\d\d\b"
)


# What the authors could not conclude, of whatever it names ("The imprecision does not enable
# the review authors to conclude that either treatment is superior", "not enough evidence to
# check the effect, safety or cost of X"): a verdict, even where it names harms.
_CANNOT_TELL = re.compile(r"\b(?:not|no|unable to|cannot) (?:\w+ ){0,5}?conclude\b", re.I)


def _aside_only(text: str) -> bool:
    """Whether `text` is a side point only for the harms it names (`finding.is_procedural`,
    not without its asides) and no verdict on the evidence: a safety aside, the gate's side
    point ("Long-term unwanted events were rare", "One trial reported serious harms that were
    not linked to X")."""
    if NO_CLEAR_EVIDENCE.search(text) or _CANNOT_TELL.search(text):
        return False
    return is_procedural(text) and not is_procedural(text, False)


def _shortest_whole(
    pools: tuple[list[PlainSentence], ...],
    design: StudyDesign,
    animals: str,
    drop: frozenset[str],
    about: frozenset[str] = frozenset(),
    named: bool = False,
) -> Headline | None:
    """Where only a template that names no finding is left ("A study reports its findings"):
    the shortest whole form of the authors' conclusions (else of the results) that stands
    alone and neither says how the study was done nor calls for more research, even one that
    states no finding (what should be done, what is not known); one that is no side point,
    names what the paper studied (`about`) and has no undefined abbreviation comes first; with
    `named` (a template can name what was studied) never a safety aside (`_aside_only`). None
    when there is none."""
    for pool in pools:
        found: list[tuple[bool, bool, bool, bool, int, int, str, PlainSentence]] = []
        for s in pool:
            forms = headline_forms(s, design, animals)
            if dropped(s, forms, drop):
                continue
            for _, text in forms:
                n = head_words(text)
                if text in drop or not IDEAL_WORDS[0] <= n <= SCHEMA_WORDS:
                    continue
                if method_or_call(claim(text)) or leans_back(claim(text)) or not stands(text):
                    continue
                if bookkeeping(claim(text)) or reports_only(claim(text)):
                    continue  # "The 12 studies awaiting classification may alter the
                    # conclusions": how the review was done; the template names what it looked at
                if _WHERE_WHEN_DONE.search(claim(text)):
                    continue  # "The studies were done in Finland between 1992 and 2002": where
                    # and when, never a finding; the template names what was looked at
                if named and _aside_only(claim(text)):
                    continue  # a safety aside ("One trial reported harms not linked to X"):
                    # the template names what was looked at
                found.append(
                    (
                        is_procedural(claim(text)),
                        not states_finding(claim(text)),  # a finding before what is not one
                        off_topic(text, about),
                        bool(unexplained(text)),
                        n,
                        s.order,
                        text,
                        s,
                    )
                )
        if found:
            *_, text, s = min(found, key=lambda f: f[:7])
            return Headline(text, s.sources, origin=s.text, weak=True)
    return None


def _before(first: Headline, origin: str, conclusions: list[PlainSentence]) -> bool:
    """Whether the conclusion `first` was taken from comes before the sentence `origin` (a
    result, which is no conclusion, comes after every one)."""
    order = {p.text: p.order for p in conclusions}
    return origin not in order or order.get(first.origin or "", -1) < order[origin]


# What the authors say is still unknown, in a conclusion that also says what was seen ("The
# reason for X is unknown, but could involve Y", "X is attractive, but it is unknown whether
# ..."): no main finding to head with, however long.
_STILL_UNKNOWN = re.compile(r"\b(?:unknown|not (?:yet )?known|unclear)\b", re.I)
# A conclusion on the evidence itself, where it comes from and how good it is ("The available
# evidence for X comes from a few small studies ... and is weak"): no finding to head with.
_ON_THE_EVIDENCE = re.compile(
    r"^(?:The |This |Current |The current )?(?:available )?evidence\b[^.;]*\b(?:comes? from|is "
    r"(?:weak|limited|scarce|sparse|of low)|based on)\b",
    re.I,
)


def _long_first_finding(
    conclusions: list[PlainSentence],
    fitting: dict[int, list[str]],
    design: StudyDesign,
    animals: str,
    drop: frozenset[str],
) -> Headline | None:
    """The authors' first conclusion, whole, when it states a finding (neither a call, a method,
    a limit, how little is known nor what is still open), stands alone, and no form of it fits a
    headline's length only because it is long (up to `LONG_MAIN_WORDS`); None when the first
    conclusion that states a finding has a form that fits, or is longer."""
    for p in conclusions:
        text = claim(p.text)
        if about_the_studies(text):
            continue  # ("Studies in general were small": how the evidence was, no finding)
        if (
            not states_finding(text)
            or method_or_call(text)
            or opens_with_a_call(text)
            or says_no_finding(text)
            or states_a_limit(text)
            or still_open(text)
        ):
            continue
        forms = headline_forms(p, design, animals)
        if dropped(p, forms, drop):
            continue  # (a repair left it out: the authors' next finding is their first now)
        if p.order in fitting:
            return None  # (the authors' first finding ranked: it or a better one heads)
        whole = forms[0][1]
        if not LONGEST_WORDS < head_words(whole) <= LONG_MAIN_WORDS:
            return None  # (unfit for another reason than its length, or longer still)
        if unexplained(whole) or _STILL_UNKNOWN.search(whole):
            return None
        if _ON_THE_EVIDENCE.search(whole):
            return None
        # (as a headline in all but its length: `form_fit.formfits`)
        if not formfits(whole, None, design != StudyDesign.QUALITATIVE):
            return None
        return Headline(whole, p.sources, origin=p.text)
    return None


def _whole_headline(
    pool: list[PlainSentence],
    design: StudyDesign,
    animals: str,
    drop: frozenset[str],
    longest: int,
    need_finding: bool,
) -> Headline | None:
    """The first sentence of `pool` that can stand as the headline (its shortest form that
    can), or None."""
    for s in pool:
        forms = headline_forms(s, design, animals)
        if need_finding and not dropped(s, forms, drop):
            best = best_form(s, forms, drop, longest, design != StudyDesign.QUALITATIVE)
            if best is not None:
                return Headline(best[1], s.sources, origin=s.text)
            continue
        text = forms[0][1]
        n = head_words(text)
        if dropped(s, forms, drop) or not (IDEAL_WORDS[0] <= n <= longest):
            continue
        said = claim(text)  # (a call as a wish, "other avenues of research": `method_or_call`)
        checks = (
            is_procedural, opens_with_a_call, leans_back, method_or_call, bookkeeping, reports_only
        )  # fmt: skip
        if any(f(said) for f in checks):
            continue
        if need_finding and not states_finding(said):
            continue
        if stands(text):
            return Headline(text, s.sources, origin=s.text)
    return None
