"""Gather a paper's material for drafting: every sentence edited (`simplify`) and sorted by
the role it is drafted in, the aim (`aim`), the facts and stated limits, the animals studied,
and the sentences that only set the scene.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from ..about_ms import ms_defined_otherwise
from ..checks.topic import method_as_topic
from ..design import DesignInfo, score_designs
from ..ingest import Source
from ..schemas import StudyDesign
from .abbreviations import Expander, find_definitions, known_abbreviations
from .aim import AIM_MAX_COST, aim_sentence, compared_in, own_aim, readable_aim, studied_from
from .anchored import (
    after_semicolon,
    comparison_unnamed,
    controlled,
    rate_of_no_group,
    several_comparisons,
)
from .case_story import case_sentences
from .code_names import code_kinds, with_code_kinds
from .compared_pair import compared_pair
from .comparisons import comparators, names_comparison, scoped_verdict, with_comparison
from .condition import Condition, conditions_of
from .facts import Fact, study_facts
from .favoured_side import favoured_result
from .field_labels import field_label, said_as_sentence
from .guideline_method import says_how_made
from .harms import plain_harm_list
from .headline.record import Headline
from .limits import StatedLimit, stated_limits
from .members_named import members_named
from .mixed_direction import mixed_direction, unshown_difference
from .number_words import count_value
from .pick import leans_in_paper
from .planned import planned_facts, planned_roles, title_topic
from .populations import populations, scope_comparators, with_population
from .prefix_forms import prefix_definitions
from .results import DIRECTION, says_which_way
from .senses import kept_terms
from .sentences import Role, limit_after_finding, names_a_limit
from .shorter_result import shorter_if_unshown
from .simplify import (
    CONCLUSION_MAX_WORDS,
    HARD_MAX_WORDS,
    PlainSentence,
    measured,
    plain_sentences,
    strip_label,
)
from .source import SourceSentence, source_sentences
from .splits import WHAT_IT_SUGGESTS, split_reason
from .studied import Studied, studied_sentence
from .topic import aim_topic
from .trial_scope import needs_the_sentence_before, unnamed_under_lost_headings
from .unclosed_statistics import without_unclosed_statistics
from .unheaded_roles import (
    HEADED_ROLES,
    VERDICT,
    background_by_position,
    drafting_role,
    own_steps,
)
from .what_compared import compared_in_review
from .who_took_part import kept_whole
from .wholeness import capitalise

__all__ = [
    "MS_AMONG_OTHERS",
    "MS_SENTENCE",
    "Material",
    "animals_in",
    "background_by_position",
    "gather",
]

CLEAR_DESIGN = 7.0  # cue total a design needs before a sentence names it
# A result that says which way things went is kept whole up to this length: a main result left
# out costs more than a long sentence the gate names.
RESULT_MAX_WORDS = 40
# A sentence left out for its length alone is kept whole up to this many words, for a body that
# would otherwise be thin (`Material.whole`); the gate names its length and its hard words.
WHOLE_MAX_WORDS = 50
# (a method only as the authors' own step, "Here, we combined X and Y to find Z"; the scene only
# for a body with nothing else)
_OWN_STEP = ("The researchers ", "The review authors ")
_WHOLE_ROLES = (Role.AIM, Role.METHODS, Role.RESULTS)
_REVIEWS = (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW)
MS_SENTENCE = re.compile(r"\bMS\b|multiple sclerosis|demyelinat", re.I)
# "people with MS or spinal cord injury": MS is one of the conditions studied, not the only one
MS_AMONG_OTHERS = re.compile(
    r"\b(?:MS|multiple sclerosis)\b,? (?:or|and) (?!(?:\w+ )?(?:their|carers|caregivers|famil))"
    r"|\b(?:or|and|,) (?:MS|multiple sclerosis)\b",
    re.I,
)
_ANIMAL_WORDS = [
    (re.compile(r"\bmice\b|\bmouse\b|\bmurine\b", re.I), "mice"),
    (re.compile(r"\brats?\b", re.I), "rats"),
    (re.compile(r"\bzebrafish\b|\bmedaka\b", re.I), "fish"),
    (re.compile(r"\bmonkeys?\b|\bmacaques?\b|\bmarmosets?\b", re.I), "monkeys"),
    (re.compile(r"\bdrosophila\b|\bfruit flies\b", re.I), "flies"),
    (re.compile(r"\bc\. elegans\b|\bnematodes?\b", re.I), "worms"),
]


@dataclass
class Material:
    """A paper's sentences, edited and sorted by role, and the facts parsed from it."""

    design: DesignInfo
    sentences: list[SourceSentence] = field(default_factory=list)
    by_role: dict[Role, list[PlainSentence]] = field(default_factory=dict)
    animals: str = "animals"
    facts: list[Fact] = field(default_factory=list)
    limits: list[StatedLimit] = field(default_factory=list)
    ms_link: list[PlainSentence] = field(default_factory=list)
    topic: tuple[str, int] | None = None
    conditions: list[Condition] = field(default_factory=list)  # named most first, never MS
    topic_is_means: bool = False  # the topic is a tool the paper only used (checks/topic.py)
    design_clear: bool = True  # the design's cues are strong enough to name it in a sentence
    # Sentences of a headingless abstract that only set the scene: drafted only when a section
    # would otherwise have nothing of the paper's own (never as a finding or a headline).
    context: list[PlainSentence] = field(default_factory=list)
    # An aim, or a result that says which way, left out only for its length, kept whole up to
    # `WHOLE_MAX_WORDS`: drafted only when what the study did would otherwise be thin (a hard
    # sentence kept whole says more than a note that the details are too technical)
    whole: list[tuple[Role, PlainSentence]] = field(default_factory=list)
    # the long forms the paper's short forms are written out as (`short_names`), and each
    # sentence drafted with one said briefly -> as composed (a repair names the drafted text)
    long_forms: frozenset[str] = frozenset()
    # the paper's own long forms -> its short forms (`defined_once`: said briefly once defined)
    short_forms: dict[str, str] = field(default_factory=dict, compare=False)
    renamed: dict[str, str] = field(default_factory=dict, compare=False)
    # what was studied, for what, from the paper's aim: said when the draft never names it
    studied: Studied | None = None
    headed: bool = True  # the abstract has section headings (roles then come from them)
    # A review's sentences true only after the one before them, which says whose they are (a
    # result in one trial's turn, a claim of studies it left out): never a headline
    # (`trial_scope.needs_the_sentence_before`)
    needs_before: frozenset[int] = frozenset()
    # what a protocol with no aim of its own is about, as its title says (`planned`)
    title_topic: str | None = None
    # The headline `compose` chose from this material for each set of sentences left out: a
    # repair that leaves out what an earlier build did chooses from the same pool again.
    headlines: dict[frozenset[str], Headline] = field(default_factory=dict, compare=False)
    # what a review's trials compared, built whole: said when the body never names what the
    # treatment was compared with (`what_compared`)
    compared: PlainSentence | None = None


def animals_in(text: str) -> str:
    """Plain name of the animals a paper studied (mice, rats, fish ...), or "animals"."""
    counts = [
        (len(pattern.findall(text)), -i, name) for i, (pattern, name) in enumerate(_ANIMAL_WORDS)
    ]
    best = max(counts)
    return best[2] if best[0] else "animals"


_THIS_CASE = re.compile(r"^(?:This|Our|The present) (case|report)\b")
_THESE_OWN = re.compile(
    r"^(?:These|Our|This|The present) ((?:[\w-]+ )?(?:recommendations|statements|guidelines?|"
    r"consensus statement))\b"
)


def _said_whole(material: Material, index: int) -> bool:
    """Whether the sentence at `index` is drafted whole in `material`, and not only as a count
    ("The study included 96 patients", which takes its place in the body)."""
    if any(f.source == index for f in material.facts):
        return False
    return any(p.sources == (index,) for ps in material.by_role.values() for p in ps)


def _results_with_limits(source: Source, sentences: list[SourceSentence]) -> frozenset[int]:
    """The sentences made limitations for a limit they name that stand under the paper's
    results heading: their first half may be a result."""
    results = " ".join(source.section("results").split())
    if not results:
        return frozenset()
    return frozenset(
        s.index for s in sentences if s.role == Role.LIMITATION and strip_label(s.text) in results
    )


# A bracket inside a sentence: an explanation the drafter added ("the corpus callosum (a part of
# the brain) than mice given vehicle") or the paper's own aside.
_BRACKET = re.compile(r"\s*\([^()]*\)")


def _which_way(text: str) -> bool:
    """Whether a result says which way things went, read without its brackets: an explanation
    put between "40% more myelinated fibres" and "than mice given vehicle" must not hide it."""
    return bool(DIRECTION.search(text) or DIRECTION.search(_BRACKET.sub("", text)))


# A result the sentence concedes only to weigh it down ("Although there were improvements in
# pain, these were limited by biases"): said alone it drops the authors' doubt
_CONCEDED = re.compile(r"^(?:Although|Though|While|Whilst|Despite|Even though|In spite)\b", re.I)
# Where a sentence's limit follows its result: "..., although most trials had a high risk of bias"
_BEFORE_LIMIT = re.compile(r",\s+(?:although|though|but|however|while|whereas)\s")


def _result_before_limit(pieces: list[PlainSentence]) -> PlainSentence | None:
    """The result a limitation's sentence says before its limit: its first piece when the
    limit was split off ("But all the trials had ..."), or the first piece's clause before an
    "although" whose clause names the limit; None when the limit is in the result itself."""
    if not pieces:
        return None
    first = pieces[0]
    if len(pieces) > 1:
        return first if any(names_a_limit(p.text) for p in pieces[1:]) else None
    m = _BEFORE_LIMIT.search(first.text)
    if m is None or not names_a_limit(first.text[m.end() :]):
        return None
    return measured(first.text[: m.start()].rstrip() + ".", first.sources, first.order)


# "To prevent such outcomes, the child may need restraint": a purpose opening a sentence with a
# main clause of its own is the paper's scene, never its aim (it was drafted "The review authors
# wanted to prevent such outcomes, the child may need ...", CD007084).
_OWN_CLAUSE = re.compile(
    r",\s+(?:the|a|an|this|these|such|their|its|we|they|it|he|she)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:may|might|can|could|will|would|should|must|is|are|was|were|has|have|had|needs?|"
    r"requires?|remains?)\b",
    re.I,
)


def _whole(
    material: Material,
    role: Role,
    text: str,
    index: int,
    order: int,
    review: bool,
    expand: Callable[[str], str],
    keep: frozenset[str],
    leaning: bool = False,
) -> int:
    """Keep `text`, left out only for its length, whole in `material.whole` when it stays one
    sentence of up to `WHOLE_MAX_WORDS` (a split's halves stand only together) and, as a result,
    says which way things went (as a long result must, above: "Relapse was defined as X,
    quality of life, ..." is no finding), as a method, says what the authors did ("The researchers
    combined X and Y to find Z"; "Evaluation was performed using X and Y apps" is a detail); the
    next order."""
    whole = plain_sentences(text, review, (index,), expand, WHOLE_MAX_WORDS, keep)
    if (
        len(whole) != 1
        or (role == Role.RESULTS and not _which_way(whole[0].text))
        or (role == Role.METHODS and not whole[0].text.startswith(_OWN_STEP))
    ):
        return order
    p = PlainSentence(**{**whole[0].__dict__, "order": order, "leans": leaning or whole[0].leans})
    material.whole.append((role, p))
    return order + 1


def _reason_halves(
    text: str,
    review: bool,
    index: int,
    expand: Callable[[str], str],
    longest: int,
    keep: frozenset[str],
) -> list[PlainSentence]:
    """A stated limitation too long to show, "Because A, B", as "A." and "This is why B."
    (`splits.split_reason`, the lead's hand-written t6), each piece edited as any sentence is;
    none unless every piece can be shown (half a limit alone would say less than the paper)."""
    halves = split_reason(text)
    if len(halves) < 2:
        return []
    said = [plain_sentences(h, review, (index,), expand, longest, keep) for h in halves]
    return [p for ps in said for p in ps] if all(said) else []


def gather(source: Source, design: DesignInfo) -> Material:
    """Edit every sentence of `source` and sort the results by role."""
    review = design.design in _REVIEWS
    # a known short form the paper defines in its own sense ("the moderate to severe (MS)
    # group") is written out: left as it is, a reader takes it in the known sense
    definitions = {
        k: v
        for k, v in find_definitions(source.full_text).items()
        if k not in known_abbreviations() or (k == "MS" and ms_defined_otherwise(source.full_text))
    }
    # "PDH" the paper never defines, opening its "pyruvate dehydrogenase ... gene (PDHA1)"
    definitions |= {
        k: v
        for k, v in prefix_definitions(definitions, source.full_text).items()
        if k not in known_abbreviations()
    }
    # a drug or compound named by its code is said with what it is ("the drug XR-17")
    expander = Expander(definitions)
    expand = with_code_kinds(expander, code_kinds(source.full_text))
    keep = kept_terms(source.full_text)  # words this paper uses in another sense
    sentences = source_sentences(source)
    case: frozenset[int] = frozenset()
    if design.design == StudyDesign.CASE_REPORT:  # the case, under a heading read as background
        case = case_sentences(sentences)
        sentences = [replace(s, role=Role.RESULTS) if s.index in case else s for s in sentences]
    if design.design == StudyDesign.PROTOCOL:  # no results yet: what it will do is its methods
        sentences = planned_roles(sentences)
    if not review:  # "We explore a framework to model X": what was done, never the scene
        steps = own_steps(sentences, bool({sec.name for sec in source.sections} & HEADED_ROLES))
        sentences = [replace(s, role=Role.METHODS) if s.index in steps else s for s in sentences]
    material = Material(design=design, sentences=sentences)
    material.long_forms = expander.long_forms(source.full_text)
    material.short_forms = {expander.plain[k]: k for k in definitions if k in expander.plain}
    order = 0
    # (the case a report opens on is never its background: "A 58-year-old man presented ...")
    background = background_by_position(source, sentences) - case
    headed = bool({sec.name for sec in source.sections} & HEADED_ROLES)
    material.headed = headed
    has_aim = any(s.role == Role.AIM for s in sentences)
    compared = comparators(source.text, sentences)
    # in a paper of several comparisons, a result that names none is one of them: it leans on
    # the sentence before it that names which
    several = several_comparisons(source.full_text, len(set(compared.values())))
    # in a paper that compares groups, a rate that names no group is one group's
    groups_compared = controlled(source.full_text)
    groups = populations(source.text, sentences)
    # ... and what the studies under a population heading compared ("with placebo")
    compared = scope_comparators(source.text, sentences) | compared
    results_before_limit = _results_with_limits(source, sentences)
    # a review's claim of studies it left out, or a result said in one trial's turn, needs the
    # sentence before it (whose it is): each piece leans on it
    needs_before = needs_the_sentence_before(sentences, source.text) if review else frozenset()
    material.needs_before = needs_before
    # ... and one whose comparison only a subheading names, never shown: nothing can say whose
    unnamed = unnamed_under_lost_headings(source.text, sentences) if review else frozenset()
    before = {s.index: b.text for b, s in zip(sentences, sentences[1:], strict=False)}
    verdict_leans: set[int] = set()  # verdicts of the comparison the result before them names
    for s in sentences:
        # (a bracket of statistics the paper never closes, left out: the sentence is whole)
        text = without_unclosed_statistics(strip_label(s.text))
        # "The identified members ..." of the classes the sentence before names: said as them
        named = members_named(text, before.get(s.index, ""))
        text, members = named, named != text
        if s.role == Role.METHODS and not review:
            # "Participants: 2,214 women with MS." -> "The study included 2,214 women with MS."
            labelled = field_label(source.text[: s.start], s.text)
            said = said_as_sentence(*labelled) if labelled is not None else None
            if said == "":
                continue  # "Design: registry cohort.": the draft says the design its own way
            text = said or text
        if s.index in compared and s.role == Role.RESULTS:
            text = with_comparison(text, compared[s.index])  # true only of its comparison
            # (a verdict on the evidence, "The evidence on harms was uncertain", says which
            # comparison it is of, or is not shown; right after a result that names it, it
            # leans on that result as before: `names_comparison`)
            verdict = scoped_verdict(text, compared[s.index])
            if verdict != text and names_comparison(before.get(s.index, ""), compared[s.index]):
                verdict_leans.add(s.index)  # each piece shown only right after that result
            elif verdict is None:
                continue
            else:
                text = verdict
        if s.index in groups and s.role == Role.RESULTS:
            text = with_population(text, groups[s.index])  # true only of its group
        if design.design == StudyDesign.CASE_REPORT:
            # "This case highlights X": the case the body tells, never one a reader has not met
            text = _THIS_CASE.sub(r"The \1", text)
        if design.design == StudyDesign.GUIDELINE:
            # "These consensus recommendations provide guidance": the paper's own advice, never
            # a pointer to a sentence the draft may not show
            text = _THESE_OWN.sub(r"The \1", text)
        bare_aim = bool(re.match(r"^To [a-z]+ ", text)) and not _OWN_CLAUSE.search(text)
        aim = own_aim(text, review) if s.role == Role.BACKGROUND and not has_aim else None
        if aim is not None:
            has_aim = True  # "The present study investigated whether X helps Y": its aim
            text = aim
            drafted = plain_sentences(text, review, (s.index,), expand, keep=keep)
            for p in drafted:
                material.by_role.setdefault(Role.AIM, []).append(
                    PlainSentence(**{**p.__dict__, "order": order})
                )
                order += 1
            if not drafted:  # too long to show: whole, for a thin body
                order = _whole(material, Role.AIM, text, s.index, order, review, expand, keep)
            continue
        if s.index in background:
            drafted = plain_sentences(text, review, (s.index,), expand, keep=keep)
            for p in drafted:
                material.context.append(PlainSentence(**{**p.__dict__, "order": -1}))
            if not drafted:  # (whole, only for a body with nothing else: `body_fill.fallback`)
                order = _whole(
                    material, Role.BACKGROUND, text, s.index, order, review, expand, keep
                )
            continue
        if (
            s.role == Role.BACKGROUND
            and design.design == StudyDesign.GUIDELINE
            and says_how_made(text)
        ):
            s = replace(s, role=Role.METHODS)  # who wrote it and how: its method (u9)
        if (s.role == Role.BACKGROUND and not bare_aim) or (review and s.role == Role.METHODS):
            if s.role == Role.BACKGROUND and design.design == StudyDesign.NARRATIVE_REVIEW:
                # a narrative review's statements are what it says (its body may show them);
                # the second half of a split ("But X") leans on the first
                for i, p in enumerate(plain_sentences(text, review, (s.index,), expand, keep=keep)):
                    leaning = p.leans or bool(i and p.text.startswith("But "))
                    material.context.append(
                        PlainSentence(**{**p.__dict__, "order": -1, "leans": leaning})
                    )
            continue  # never drafted from: why it matters comes from the conclusions
        role = Role.AIM if bare_aim and s.role == Role.BACKGROUND else drafting_role(s, headed)
        if s.role == Role.AIM or bare_aim:
            text = aim_sentence(text, review, objective=s.role == Role.AIM)
        if role == Role.RESULTS and s.index in unnamed and s.index not in groups:
            continue  # one comparison's "There were no deaths", its comparison unsaid
        if role == Role.RESULTS and (mixed_direction(s.text) or unshown_difference(s.text)):
            # "a lower X (MD -2) and Y (MD 4)": one direction said for both, false of Y; "0.5
            # days longer (95% CI -0.5 to 1.4)": a difference its own figures do not show
            continue
        longest = CONCLUSION_MAX_WORDS if role == Role.CONCLUSION else HARD_MAX_WORDS
        if role == Role.RESULTS:
            longest = RESULT_MAX_WORDS  # a longer result is kept only when it says which way
        pieces = plain_sentences(text, review, (s.index,), expand, longest, keep)
        if role == Role.RESULTS and design.design != StudyDesign.CASE_REPORT:
            # (a long result said as figures alone: its shorter form, before its closing figures)
            pieces = shorter_if_unshown(
                pieces,
                _which_way,
                partial(plain_sentences, text, review, (s.index,), expand, HARD_MAX_WORDS, keep),
            )
        if not pieces and role == Role.RESULTS and (said := favoured_result(strip_label(text))):
            # a result said only as a statistic: the outcome and the side it favours
            pieces = plain_sentences(said, review, (s.index,), expand, longest, keep)
        if not pieces and role == Role.METHODS and not review:  # who took part, when long
            pieces = kept_whole(text, (s.index,), expand, keep)
        if not pieces and role == Role.LIMITATION:  # too long: "Because A, B" said in two
            pieces = _reason_halves(text, review, s.index, expand, longest, keep)
        if role in (Role.RESULTS, Role.CONCLUSION):  # (its harms the gate would name: left out)
            pieces = [plain_harm_list(p) for p in pieces]
        if role == Role.AIM:
            pieces = readable_aim(text, pieces, review, s.index, expand, longest, keep)
        elif pieces and leans_in_paper(strip_label(s.text)) and not members:  # (as edited)
            pieces = [PlainSentence(**{**pieces[0].__dict__, "leans": True}), *pieces[1:]]
        if not pieces and role in _WHOLE_ROLES:  # too long to show: whole, for a thin body
            leaning = leans_in_paper(strip_label(s.text)) or s.index in needs_before
            order = _whole(material, role, text, s.index, order, review, expand, keep, leaning)
        if s.index in needs_before or s.index in verdict_leans:
            pieces = [PlainSentence(**{**p.__dict__, "leans": True}) for p in pieces]
        # the second half of a split ("..., but X" -> "But X") leans on the first; in a
        # conclusion, one that names a limit of the study is a limitation ("But reports to a
        # safety database are voluntary and may be incomplete")
        limits = [
            p
            for i, p in enumerate(pieces)
            if i and role == Role.CONCLUSION and p.text.startswith("But ")
            and limit_after_finding(p.text)
        ]  # fmt: skip
        for p in limits:
            limit = measured(capitalise(p.text.removeprefix("But ")), p.sources, order)
            material.by_role.setdefault(Role.LIMITATION, []).append(limit)
            order += 1
        pieces = [
            PlainSentence(**{**p.__dict__, "leans": True})
            if i and p.text.startswith(("But ", *WHAT_IT_SUGGESTS))
            else p
            for i, p in enumerate(pieces)
            if p not in limits
        ]
        if pieces and pieces[0].text.startswith(WHAT_IT_SUGGESTS) and not text.startswith("This "):
            # "One study found a difference, suggesting that X" whose first half could not be
            # drafted: "This" would point at whatever the draft said before
            pieces = [PlainSentence(**{**p.__dict__, "leans": True}) for p in pieces[1:]]
        if role == Role.RESULTS:
            if several:  # (the half after a semicolon, naming none, is of the first half's)
                pieces = [
                    PlainSentence(**{**p.__dict__, "leans": True})
                    if comparison_unnamed(p.text) or after_semicolon(text, p.text)
                    else p
                    for p in pieces
                ]
            if groups_compared:
                pieces = [
                    PlainSentence(**{**p.__dict__, "leans": True})
                    if rate_of_no_group(p.text)
                    else p
                    for p in pieces
                ]
            # (a case report's event is its result: "each developed a severe relapse ...")
            story = design.design == StudyDesign.CASE_REPORT
            pieces = [p for p in pieces if p.words <= HARD_MAX_WORDS or _which_way(p.text) or story]
        if (
            role == Role.LIMITATION
            and s.index in results_before_limit
            and not _CONCEDED.match(text)  # "Although X improved, these were limited by ..."
        ):
            # "X improved survival and Y, although all the trials had a high risk of bias": a
            # result with the study's limit after it is a result too (the limit stays one);
            # drafted only as a limitation, the body lost the review's main result (CD008415)
            found = _result_before_limit(pieces)
            if (
                found is not None
                and found.words <= HARD_MAX_WORDS
                and says_which_way(found.text)
                and not names_a_limit(found.text)
                and not (mixed_direction(s.text) or unshown_difference(s.text))
            ):
                material.by_role.setdefault(Role.RESULTS, []).append(
                    PlainSentence(**{**found.__dict__, "order": order})
                )
                order += 1
        for p in pieces:
            p = PlainSentence(**{**p.__dict__, "order": order})
            order += 1
            material.by_role.setdefault(role, []).append(p)
            if s.role == Role.AIM and material.topic is None:
                topic = aim_topic(p.text)
                if topic:
                    material.topic = (topic, s.index)
            if not design.about_ms and MS_SENTENCE.search(p.text) and s.role != Role.BACKGROUND:
                material.ms_link.append(p)
        if role != s.role and s.role == Role.LIMITATION and VERDICT.match(text):
            # the verdict heads as a conclusion and still says how little is known: a body
            # that already holds the headline's sentence leaves it out (`compose`)
            # (its first piece: a second one, "some evidence suggests the opposite", leans on it)
            for p in plain_sentences(text, review, (s.index,), expand, HARD_MAX_WORDS, keep)[:1]:
                material.by_role.setdefault(Role.LIMITATION, []).append(
                    PlainSentence(**{**p.__dict__, "order": order})
                )
                order += 1
    scores = score_designs(source.full_text, source.section("methods", "objective"))
    material.design_clear = scores.get(design.design, 0.0) >= CLEAR_DESIGN or design.design in (
        StudyDesign.NARRATIVE_REVIEW,
        StudyDesign.REVIEW,
    )
    material.animals = animals_in(source.full_text)
    material.facts = study_facts(sentences, design.design)
    if design.design == StudyDesign.REVIEW:
        material.compared = compared_in_review(
            sentences,
            lambda text, i: plain_sentences(text, review, (i,), expand, keep=keep),
            headed,
            next((int(count_value(f.count)) for f in material.facts if f.count and f.what), None),
        )
    if not design.about_ms:  # (with the review's count of studies: a condition of a few is a part)
        of_studies = next((f.count for f in material.facts if f.count and f.what), None)
        material.conditions = conditions_of(
            ((expand(s.text), s.index, s.role) for s in sentences), of_studies
        )
    if design.design == StudyDesign.PROTOCOL:  # who it will take in, what it will compare
        material.facts += [
            replace(f, text=edited[0].text)
            for f in planned_facts(sentences)
            if len(edited := plain_sentences(f.text, review, (f.source,), expand, keep=keep)) == 1
        ]
        if material.topic is None and (said := title_topic(source.title)) is not None:
            material.title_topic = said
    built: tuple[str, int] | None = None
    if not material.by_role.get(Role.AIM):  # no aim of its own: what was studied, from results
        counted = next((f for f in material.facts if f.count and f.what), None)
        built = studied_from(
            sentences,
            review,
            int(count_value(counted.count)) if counted and counted.count else None,
        )
        if built is not None and method_as_topic(source, built[0]) is not None:
            material.topic_is_means = True  # a tool it only used is not what it studied
            built = None
        pieces = plain_sentences(built[0], review, (built[1],), expand, keep=keep) if built else []
        if built is None and not material.topic_is_means:
            described = compared_in(sentences, headed)  # what some studies compared, in whom
            pair = None if described else compared_pair(sentences, review, headed)
            if pair and _said_whole(material, pair[1]):
                pair = None  # the paper's own sentence says it, and more: it is shown
            described = described or pair  # what the study's own trials compared, with what
            pieces = (
                plain_sentences(described[0], review, (described[1],), expand, keep=keep)
                if described
                else []
            )
            pieces = [] if any(p.hard for p in pieces) else pieces  # never an unexplained code
            if pair and any(p.cost > AIM_MAX_COST for p in pieces):
                pieces = []  # harder to read than an aim is kept at: jargon the gate would name
        if pieces:
            for p in pieces:
                material.by_role.setdefault(Role.AIM, []).append(
                    PlainSentence(**{**p.__dict__, "order": -1})
                )
    aims = [(s.text, s.index) for s in sentences if s.role == Role.AIM]
    if not aims and built is not None and not material.topic_is_means:
        aims = [built]  # no aim of its own: what was studied, as read from its results
    material.studied = studied_sentence(aims, review, expand)
    if material.studied and method_as_topic(source, material.studied.sentence.text) is not None:
        material.studied = None  # a tool it only used is not what it studied
    if material.topic:  # "looked at a reporter" where the paper only used one: never said
        said = f"The researchers looked at {material.topic[0]}."
        material.topic_is_means = method_as_topic(source, said) is not None
    counted = next((f for f in material.facts if f.count and f.what), None)
    studies = int(count_value(counted.count)) if counted and counted.count else None
    if studies is None and design.one_study:
        studies = 1  # "Only one trial was identified for inclusion": its limits are that trial's
    material.limits = stated_limits(sentences, design.design, studies)
    return material
