"""The headline states the main finding: what the paper concludes or its main result, not how the
study was done, not a side point, not a fragment.

- procedure: the headline reports how the study was done ("Four trials met the entry rules",
  "Reviewers screened 1777 studies", "Scientists used two kinds of cells to study ..."), unless
  the paper's conclusions are about that too (their first sentence, or half of them);
- side point: a safety aside, drop-outs or costs ("No side effects were seen", "Both trials
  lost many participants") when the paper's first conclusion is about something else;
- who took part: the participants' characteristics ("The share of men ranged from 60% to 75%",
  "Their mean age was 52 years"), unless the conclusions are about them too;
- an analysis check: how well a model fitted or was checked ("A visual predictive check
  suggests adequate models"), unless every conclusion sentence is about that;
- what studies examined: "Two trials compared a course with usual care" says what was
  studied, not what was found (unless it goes on to say what they found);
- another result: the headline repeats a results sentence (it aligns with it well) and names
  none of the conclusion's key terms, the words the conclusions share with the paper's aim or
  title (the treatment, the condition, the main outcome): "Quality of life did not differ"
  when the paper concludes that a procedure gave no benefit for people with MS;
- how much the studies differed: "the studies differed a lot in study results" reports the
  heterogeneity of the evidence, not what it found (unless an effect is stated beside it, or
  every conclusion is about that);
- not the finding by where it comes from: the source sentence that holds the headline best
  (matched well, and no main sentence holds nearly as much of it) is an aside among the results
  ("Interestingly, ...", "We also found ..."), or, for a headline that claims nothing found (no
  effect, difference, link, evidence or uncertainty outside the question asked), the aim, a
  method, the background or a heterogeneity statement;
- a limitation: what the studies could not do ("The studies were not designed to detect ...",
  "The trials were too small to show ..."), unless every conclusion sentence says so too;
  what the evidence is too weak to show is how sure the finding is, and passes;
- a lone result stressed with "Only": "Only 3 people had side effects", "Only the trial in
  Brazil reported vision" repeats a results sentence (it aligns with it well, and no
  conclusion sentence holds it nearly as well) as if it were the point, when the conclusions
  say nothing with "only";
- how good the studies were, or one study's result in a review of several (`headline_studies`):
  "Most studies had a high risk of selective reporting" with no finding beside it; "One study
  found ..." when the conclusions speak for all the studies pooled and name no single one, or
  a result the review gives of one study said as if it were the review's finding;
- hollow (`headline_hollow`): about the evidence, an effect or the studies ("The level of
  evidence is mostly low to moderate") and naming no subject term of the paper;
- nothing named (`headline_topic`): every word is the frame any paper uses ("A review found no
  studies to include", "The quality of the evidence is very low", "A study found the results
  were promising") and none names the paper's treatment, condition or outcome;
- owned by nothing (`headline_topic.unowned`): an effect with nothing named that had it ("This
  review suggests a survival benefit"), or a group named only by its role ("... higher in the
  treatment group") where nothing else names what the paper studied; a measure of nothing
  named ("Among 307 people, sensitivity and specificity were 72% and 99%") is a warning;
- against the conclusions (`headline_against`): only what did not happen, or only what is
  uncertain ("It is uncertain whether perforation rates differed"), where the conclusions
  first state an effect; one participant's story; who gained most; support reversed;
- fragment: too short to say anything, or ending in mid-phrase ("... the effect of"), or
  a predicate with no subject ("Clearly lower than that of the controls", `predicate_only`);
- how common something was (`headline_prevalence`): "Throat culture found Strep A in 10% of
  patients" in a paper whose conclusions are about no share;
- one group's result as everyone's (`headline_subgroup`): the sentence that holds the
  headline opens "In this group, ..." or "In the subgroup of ...", and the headline names
  nothing of who that group is;
- overclaim (`headline_grade`): the headline states as fact ("X reduces Y") what the paper
  grades as low or very low certainty evidence; "may", "probably", "low-certainty evidence
  suggests" keep the paper's grade.

Each is an error: a reader who sees only the headline must learn the
finding. The evidence is the paper's conclusion sentences (or, without them, its results), as
`plainsum.evidence` splits and labels them. A headline that merely aligns best with a
background sentence is not flagged: measured on the labelled corpus, that rule failed 8 of 41
clean headlines (papers state their point in their opening sentences too); it takes a headline
that claims nothing found as well, and a margin over the main sentences (0 of 41 clean
headlines).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..evidence import split_source
from ..ingest import Source
from ..memo import SIZE, Keyed
from ..plain.read_alone import points_outside
from ..schemas import EvidenceLink, Finding, PlainSummary, Severity
from .fluency_openings import (
    leaning_it,
    leans_back,
    opening_connective,
    pair_pronoun,
    same_as_nothing,
)
from .headline_against import against_conclusions
from .headline_case import case_course
from .headline_claims import COMPARES, EFFECT, QUESTION, claims
from .headline_conceded import check_conceded
from .headline_grade import check_headline_grade, holders
from .headline_hollow import hollow as hollow_subject
from .headline_hollow import process_only
from .headline_null_main import effect_beside_null
from .headline_prevalence import prevalence_headline
from .headline_procedure import (
    ADMINISTERED,
    HOLLOW,
    OUTCOME,
    OWN_AIMS,
    PROCEDURE,
    RECOMMENDATION,
    STUDIES_EXAMINED,
    STUDIES_THERE,
    STUDY_COUNT,
    about_procedure,
    evidence_for,
    topic_only,
    without_timed_step,
)
from .headline_shape import (
    DANGLING,
    agentless_effect,
    cut_list,
    evidence_of_nothing,
    framed_claim,
    predicate_only,
)
from .headline_side import (
    ANALYSIS_CHECK,
    BASELINE_RISK,
    GROUPS_ALIKE,
    PARTICIPANTS,
    SIDE,
    heterogeneity,
    limitation,
    side_point,
)
from .headline_source import (
    aligned_kind,
    another_result,
    main_sentences,
    off_primary,
    stressed_result,
    topic_stems,
)
from .headline_studies import one_of_many, one_study_held, quality_only
from .headline_subgroup import one_group_as_all
from .headline_topic import nothing_named, unowned, unowned_measure

CHECK = "headline"

MIN_WORDS = 4  # fewer words cannot state a finding
HINT = (
    "Write the headline from the paper's main result or conclusion: what was found, in one "
    "plain sentence."
)


def _pointer_alone(claim: str) -> str | None:
    """A pointer the headline, read alone, never names what for ("whether other perineal
    techniques help", "no trials of this procedure", "for the same intervals"):
    `plain.read_alone.points_outside`; the words from the pointer on, as the finding's span."""
    # ("both doses", "both injections", "both trials": a pair a headline may name so; the
    # groups of "between both groups" are the fluency check's `dangling_groups`)
    said = re.sub(r"\bboth\b ?", "", claim)
    if not points_outside(said):
        return None
    m = re.search(r"\b(?:other|this|these|both|the same|the sequence)\b.*", claim, re.I)
    return m.group(0)[:60] if m else claim[:60]


def _finding(headline: str, message: str) -> Finding:
    return Finding(
        check=CHECK,
        severity=Severity.ERROR,
        section="headline",
        span=headline,
        message=message,
        hint=HINT,
    )


def check_headline(
    source: Source, summary: PlainSummary, links: list[EvidenceLink] | None = None
) -> list[Finding]:
    """An error when the headline is not the main finding (`_not_the_finding`), and one when it
    states as fact what the paper grades as low-certainty evidence (`headline_grade`) or what
    the authors concede only to doubt it (`headline_conceded`)."""
    return list(_headline_findings(source, Keyed(summary, summary.headline)))


# The findings read the paper and the headline alone: a repair that keeps the headline (three
# in four of the offline drafter's) has them worked out already.
@lru_cache(maxsize=SIZE)
def _headline_findings(source: Source, held: Keyed[PlainSummary]) -> tuple[Finding, ...]:
    summary = held.value
    grade = check_headline_grade(source, summary)
    wrong = _not_the_finding(source, summary)
    return (*(wrong or _measure_of_nothing(summary)), *(grade or check_conceded(source, summary)))


def _measure_of_nothing(summary: PlainSummary) -> list[Finding]:
    """A warning when the headline gives a measure of nothing it names (`unowned_measure`):
    true, maybe, but a reader of the headline alone learns neither the test nor the
    treatment; an editor names it."""
    headline = " ".join(summary.headline.split())
    measure = unowned_measure(headline.rstrip(".!"))
    if not measure:
        return []
    return [
        Finding(
            check=CHECK,
            severity=Severity.WARNING,
            section="headline",
            span=headline,
            message=f"The headline gives {measure!r} but not of what: it never names the test "
            f"or treatment measured: {headline!r}.",
            hint="Name what was measured: 'The rapid test found 72% of infections ...'.",
        )
    ]


# A headline that says the study is planned and what it will test ("A planned study will test
# whether X", "A planned study will compare X with Y"): it claims no finding.
_PLANNED = re.compile(r"^A planned (?:study|trial) will (?:test|compare|look at|find out)\b")


def _not_the_finding(source: Source, summary: PlainSummary) -> list[Finding]:
    """An error when the headline is a fragment, reports procedure, how much the studies
    differed, a side point or side result, or repeats the aim, a method or the background
    instead of the main finding."""
    headline = " ".join(summary.headline.split())
    bare = headline.rstrip(".!")
    if len(bare.split()) < MIN_WORDS or DANGLING.search(bare):
        return [_finding(headline, f"The headline is not a whole statement: {headline!r}.")]
    opening = predicate_only(bare)
    if opening:
        return [
            _finding(
                headline,
                f"The headline has no subject: it says what something was ({opening!r}) but "
                f"not what: {headline!r}.",
            )
        ]
    if cut_list(bare):
        return [
            _finding(
                headline,
                f"The headline ends in a list cut before its last item: {headline!r}.",
            )
        ]
    empty = evidence_of_nothing(bare)
    if empty:
        return [
            _finding(
                headline,
                f"The headline says evidence was found ({empty!r}) but not what it is for: "
                f"it has no finding: {headline!r}.",
            )
        ]
    agentless = agentless_effect(bare)
    if agentless:
        return [
            _finding(
                headline,
                f"The headline gives an effect ({agentless!r}) but not what had it: {headline!r}.",
            )
        ]
    owner = unowned(source, bare)
    if owner:
        return [
            _finding(
                headline,
                f"The headline says {owner!r} but does not name the treatment or the people "
                f"it is about: read alone, it tells a reader nothing: {headline!r}.",
            )
        ]
    hollow = HOLLOW.search(bare)
    if hollow:
        return [
            _finding(
                headline,
                f"The headline says there is news but not what it is ({hollow.group(0)!r}): "
                f"{headline!r}.",
            )
        ]
    claim = framed_claim(bare)
    leaning = (
        opening_connective(claim)
        or leaning_it(claim)
        or leans_back(claim)
        or pair_pronoun(claim)
        or same_as_nothing(claim)
        or _pointer_alone(claim)
    )
    if leaning:
        return [
            _finding(
                headline,
                f"The headline leans on a sentence that is not there ({leaning!r}): read alone, "
                f"it does not say what it is about: {headline!r}.",
            )
        ]
    sentences = split_source(source)
    main = main_sentences(source)
    main_text = " ".join(sentences[i].text for i in main)
    aims = OWN_AIMS.search(bare)
    if aims and not (main and all(OWN_AIMS.search(sentences[i].text) for i in main)):
        return [
            _finding(
                headline,
                f"The headline says how the study went against its own aims ({aims.group(0)!r}),"
                f" not what it found: {headline!r}.",
            )
        ]
    advice = RECOMMENDATION.search(bare)
    if advice and not EFFECT.search(QUESTION.sub("", bare[: advice.start()])):
        # advice the authors lead their conclusions with is their main message
        if main and not RECOMMENDATION.search(sentences[main[0]].text):
            return [
                _finding(
                    headline,
                    f"The headline gives the authors' advice to clinicians ({advice.group(0)!r}),"
                    f" not what the study found: {headline!r}.",
                )
            ]
    done = caseless.search(ADMINISTERED, bare)
    if done and not claims(without_timed_step(bare)) and not OUTCOME.search(bare):
        return [
            _finding(
                headline,
                f"The headline reports what was done in the study ({done.group(0)!r}), not what "
                f"it found: {headline!r}.",
            )
        ]
    counted = STUDIES_THERE.search(bare)
    if counted and claims(bare[: counted.start()] + " " + bare[counted.end() :]):
        counted = None  # "Sleep was measured in two trials and did not differ": a finding
    procedure = caseless.search(PROCEDURE, headline)
    if procedure and evidence_for(headline, procedure):
        procedure = None
    procedure = procedure or STUDY_COUNT.search(headline) or counted
    if procedure and not about_procedure(main, sentences):
        return [
            _finding(
                headline,
                f"The headline reports how the study was done ({procedure.group(0)!r}), not "
                f"what it found: {headline!r}.",
            )
        ]
    who = PARTICIPANTS.search(headline)
    if who and not COMPARES.search(headline) and not PARTICIPANTS.search(main_text):
        return [
            _finding(
                headline,
                f"The headline describes who took part ({who.group(0)!r}), not what the study "
                f"found: {headline!r}.",
            )
        ]
    # what a headline may report only where the paper's main sentences are about it too
    for pattern, what in (
        (
            BASELINE_RISK,
            "the comparison group's risk ({}), the reference point the effect is read against",
        ),
        (ANALYSIS_CHECK, "how well the analysis worked ({})"),
    ):
        m = pattern.search(headline)
        if m and not all(pattern.search(sentences[i].text) for i in main):
            said = what.format(repr(m.group(0)))
            return [
                _finding(
                    headline,
                    f"The headline reports {said}, not what the study found: {headline!r}.",
                )
            ]
    alike = GROUPS_ALIKE.search(bare)
    if (
        alike
        and not claims(bare[: alike.start()] + " " + bare[alike.end() :])
        and not any(GROUPS_ALIKE.search(sentences[i].text) for i in main)
    ):  # "... similar at the start, but fatigue fell with the drug" states a finding too
        return [
            _finding(
                headline,
                f"The headline says the groups were alike when the study began "
                f"({alike.group(0)!r}), a check that the comparison is fair, not what it "
                f"found: {headline!r}.",
            )
        ]
    examined = STUDIES_EXAMINED.search(bare)
    if (
        examined
        and not EFFECT.search(QUESTION.sub("", bare[examined.end() :]))
        and not any(STUDIES_EXAMINED.search(sentences[i].text) for i in main)
    ):
        return [
            _finding(
                headline,
                f"The headline says what the studies examined ({examined.group(0)!r}), not "
                f"what they found: {headline!r}.",
            )
        ]
    topic = topic_only(bare)
    if topic:
        return [
            _finding(
                headline,
                f"The headline names only what the study turned to ({topic!r}), not what it "
                f"found: {headline!r}.",
            )
        ]
    side = SIDE.search(headline)
    if side and side_point(headline, main, sentences):
        return [
            _finding(
                headline,
                f"The headline leads with a side point ({side.group(0)!r}) the paper's "
                f"conclusions are not about: {headline!r}.",
            )
        ]
    limit = limitation(bare, main, sentences)
    if limit:
        return [
            _finding(
                headline,
                f"The headline reports a limitation of the studies ({limit!r}), not what they "
                f"found: {headline!r}.",
            )
        ]
    quality = quality_only(source, bare, main, sentences)
    if quality:
        return [
            _finding(
                headline,
                f"The headline reports how good the studies were ({quality!r}), not what they "
                f"found: {headline!r}.",
            )
        ]
    one = one_of_many(bare, main, sentences) or one_study_held(
        bare, holders(source, bare), main, sentences
    )
    if one:
        return [
            _finding(
                headline,
                f"The headline gives a single study's result ({one[:80]!r}) where the paper's "
                f"conclusions speak for all the studies it pooled: {headline!r}.",
            )
        ]
    if stressed_result(source, bare, main, sentences):
        return [
            _finding(
                headline,
                f"The headline stresses one result with 'Only' that the paper's conclusions do "
                f"not: {headline!r}.",
            )
        ]
    spread = heterogeneity(bare, main, sentences)
    if spread:
        return [
            _finding(
                headline,
                f"The headline reports how much the studies differed ({spread!r}), not what "
                f"they found: {headline!r}.",
            )
        ]
    group = one_group_as_all(source, bare, sentences)
    if group:
        return [
            _finding(
                headline,
                f"The headline gives a result the paper reports for one group only "
                f"({group!r}) as if it held for everyone: {headline!r}.",
            )
        ]
    # "A planned study will compare X with Y for Z": a protocol's headline says what it will
    # test, in its aim's words, because it has no finding yet; that is no aim given as news
    kind = None if _PLANNED.match(bare) else aligned_kind(source, bare, main, sentences)
    if kind:
        return [
            _finding(
                headline,
                f"The headline repeats {kind} of the paper, not its main finding: {headline!r}.",
            )
        ]
    course = case_course(source, bare, main, sentences)
    if course:
        return [
            _finding(
                headline,
                f"The headline tells the case's course ({course!r}), not the lesson the report "
                f"draws from it: {headline!r}.",
            )
        ]
    share = prevalence_headline(bare, main, sentences)
    if share:
        return [
            _finding(
                headline,
                f"The headline says how common something was among those studied ({share!r}), "
                f"not what the paper concludes: {headline!r}.",
            )
        ]
    keys = another_result(source, headline, main, sentences)
    keys = off_primary(source, bare, main, sentences) if keys is None else keys
    if keys is not None:
        return [
            _finding(
                headline,
                f"The headline repeats a side result the paper's conclusions are not about: it "
                f"names none of their key terms ({', '.join(sorted(keys)[:6])}): {headline!r}.",
            )
        ]
    against = against_conclusions(
        bare, main, sentences, lambda text: topic_stems(source, text), source.text, main_text
    )
    if against:
        return [_finding(headline, f"The headline {against}: {headline!r}.")]
    effect = effect_beside_null(bare, main, sentences)
    if effect:
        return [
            _finding(
                headline,
                f"The headline states an effect ({effect!r}) while the paper's main conclusion "
                f"is that nothing clearly changed: a side result: {headline!r}.",
            )
        ]
    named = nothing_named(source, headline, bare)
    if named:
        return named
    if process_only(source, bare):
        return [
            _finding(
                headline,
                f"The headline names neither what the paper studied nor an outcome, only the "
                f"research itself, its size or its doses: read alone, it does not say what was "
                f"found of what: {headline!r}.",
            )
        ]
    empty = hollow_subject(source, bare)
    if empty:
        return [
            _finding(
                headline,
                f"The headline is about {empty!r} but names none of the paper's subject terms "
                f"(the treatment or the people it studied): read alone, it does not say what "
                f"was found of what: {headline!r}.",
            )
        ]
    return []
