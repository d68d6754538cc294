"""The headline of an offline draft from a paper's material: the one `headline.choose_headline`
chooses from its conclusions and results (kept per set of sentences a repair left out, so a
repair that leaves out the same chooses from the same pool again), with what it is of said in
it: MS for a study whose aim says its people had MS (`headline.name_ms`), the condition for a
study of another (`headline.name_condition`).
"""

from __future__ import annotations

from ..schemas import StudyDesign
from .case_story import opens_on_case
from .headline import Headline, choose_headline, name_condition, name_ms
from .headline.choose import NO_NEWS
from .headline.on_topic import aim_terms
from .headline.planned_test import NO_RESULTS_YET, planned_comparison, planned_test
from .material import MS_AMONG_OTHERS, MS_SENTENCE, Material
from .not_about_ms import plain_condition
from .results import key_terms
from .sentences import Role
from .simplify import HARD_MAX_WORDS


def drafted_headline(
    m: Material,
    drop: frozenset[str],
    soft: frozenset[str],
    head_keep: frozenset[str],
    count: str | None,
    count_source: int | None,
    topic: str | None,
    topic_source: int | None,
) -> Headline:
    """The headline for `m`, with the sentences a repair removed (`drop`) left out; of them, those
    removed only for a hard word (`soft`) may still give it rather than hollow news, and those
    whose body copy only was dropped (`head_keep`) may still give it."""
    d = m.design.design
    as_said = {s.index: s.text for s in m.sentences}  # the aim as edited and as the paper says it
    about = aim_terms(
        [
            f"{p.text} {as_said.get(i, '')}"
            for p in m.by_role.get(Role.AIM, [])
            for i in p.sources[:1]
        ]
    )

    def headline(left_out: frozenset[str]) -> Headline:
        if left_out not in m.headlines:  # (every argument below is the material's, or left_out)
            m.headlines[left_out] = _chosen(left_out)
        return m.headlines[left_out]

    # a planned study with a topic heads with what it will look at ("A planned study will look
    # at X"); what the authors say it will show is left for why it matters
    planned = d == StudyDesign.PROTOCOL and bool(topic)

    def _chosen(left_out: frozenset[str]) -> Headline:
        if d == StudyDesign.PROTOCOL and not topic:
            # with no topic (its title gives none), what the planned study will find out, said
            # by its closing or its aim, heads before a date ("Results are expected in 2028 and
            # will show ...")
            tested = planned_test(
                [
                    p
                    for r in (Role.CONCLUSION, Role.AIM)
                    for p in m.by_role.get(r, [])
                    if p.text not in left_out
                ]
            )
            if tested is not None:
                return tested
        chosen = choose_headline(
            [
                p
                for p in m.by_role.get(Role.CONCLUSION, [])
                if p.text not in left_out and not planned and not set(p.sources) & m.needs_before
            ],
            [
                p
                for p in m.by_role.get(Role.RESULTS, [])
                if p.text not in left_out
                and p.words <= HARD_MAX_WORDS  # a long one: body only
                and not set(p.sources) & m.needs_before  # (one trial's, or left-out studies')
            ],
            d,
            m.animals,
            count,
            count_source,
            topic,
            topic_source,
            left_out,
            about,
            m.headed,
            as_said,
            # (an aim too long to show still names what a template says was looked at)
            [*m.by_role.get(Role.AIM, []), *(p for r, p in m.whole if r == Role.AIM)],
            m.by_role.get(Role.LIMITATION, []),
        )
        if d == StudyDesign.PROTOCOL and chosen.text.endswith(NO_RESULTS_YET):
            # no closing, aim or usable topic says what it will test: what its methods set
            # against what does ("will be randomly assigned to X or to Y")
            compared = planned_comparison(
                [(f.text, f.source) for f in m.facts if f.text not in left_out]
            )
            if compared is not None:
                return compared
        return chosen

    head = headline(drop - head_keep)
    hollow = head.from_template and " found " not in head.text
    if (hollow or head.weak) and soft & drop:
        # Every finding was left out for a hard word: one with a hard word beats hollow news.
        kept = headline(drop - soft - head_keep)
        # (a case report's opening on its case, weak and with a hard word the gate names, still
        # beats "A case report reports its findings", which says nothing: plaba-34508491; never
        # another weak sentence, a call for research, CD005293)
        told = head.from_template and bool(NO_NEWS.search(head.text)) and opens_on_case(kept.text)
        head = head if kept.from_template or (kept.weak and not told) else kept
    concluded = {p.text for p in m.by_role.get(Role.CONCLUSION, [])}
    aim_texts = [p.text for p in m.by_role.get(Role.AIM, [])]
    if m.design.about_ms and (
        {head.origin, head.basis} & concluded or key_terms(aim_texts) & key_terms([head.text])
    ):
        # the authors' conclusion, or a result on what the aim names, of a study whose aim
        # says the people had MS: the headline says so too (a side result is left as it is)
        aim_ms = next(
            (
                i
                for p in m.by_role.get(Role.AIM, [])
                for i in p.sources[:1]
                # the aim as edited (its abbreviations spelled out) and as the paper says it
                for aim in (f"{p.text} {as_said.get(i, '')}",)
                if MS_SENTENCE.search(aim) and not MS_AMONG_OTHERS.search(aim)
            ),
            None,
        )
        head = name_ms(head, d, aim_ms)
    elif not m.design.about_ms:
        # a study of people with another condition: the headline says whose result it is
        # ("... in a subset of patients with migraine"), never "attacks" of no condition
        condition = plain_condition(m.conditions)
        if condition is not None:
            texts = [s.text for s in m.sentences]
            head = name_condition(head, d, condition.name, condition.source, texts)
    return head
