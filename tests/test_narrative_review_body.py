"""Issue 9: a narrative review without headings says what it says in the body. Its statements
stand where a study's background would, and were never drafted: the body held the frame and
one sentence. Now its statements fill the body, in the paper's order, after its conclusions;
a study's background still never does. Texts written for these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.schemas import StudyDesign

NARRATIVE = (
    "Heat makes many people with MS feel weaker for a short time. "
    "Cooling garments lower body temperature and are easy to wear at home. "
    "Small studies suggest that cooling vests help people walk further on hot days. "
    "Drinking cold water also lowers body temperature within minutes. "
    "In this review, we discuss the ways people with MS can keep cool and what is known about "
    "each."
)
STUDY = (
    "Heat makes many people with MS feel weaker for a short time. "
    "Cooling garments lower body temperature and are easy to wear at home. "
    "We asked 40 people with MS to walk for six minutes on a hot day with and without a "
    "cooling vest. "
    "People walked further with the vest than without it. "
    "Cooling vests may help people with MS stay active in hot weather."
)


def _body(text: str) -> tuple[StudyDesign, list[str]]:
    source = parse(text)
    design = detect_design(source)
    _, sections = compose(gather(source, design))
    return design.design, [line.text for line in sections["what_the_study_did"]]


def test_a_narrative_review_body_holds_its_statements() -> None:
    design, body = _body(NARRATIVE)
    assert design == StudyDesign.NARRATIVE_REVIEW
    assert "Cooling garments lower body temperature and are easy to wear at home." in body
    own = [t for t in body if t != "This paper is a review."]
    assert len(own) >= 3
    # in the paper's order
    # (its "also" may stay: said after the cooling sentences, it adds to them)
    water = next(i for i, t in enumerate(body) if t.startswith("Drinking cold water"))
    garments = body.index("Cooling garments lower body temperature and are easy to wear at home.")
    assert garments < water


def test_a_study_body_still_leaves_its_background_out() -> None:
    design, body = _body(STUDY)
    assert design != StudyDesign.NARRATIVE_REVIEW
    assert not any(t.startswith(("Heat makes", "Cooling garments")) for t in body)


def test_a_thin_body_filled_from_the_scene_drops_a_contrast_with_nothing() -> None:
    from plainsum.drafters.body_fill import fallback
    from plainsum.plain.lines import Line

    text = (
        "Heat makes many people with MS feel weaker for a short time. "
        "However, cooling garments lower body temperature within minutes. "
        "In this review, we discuss the ways people with MS can keep cool."
    )
    source = parse(text)
    material = gather(source, detect_design(source))
    shown = [Line(p.text, p.sources) for ps in material.by_role.values() for p in ps]
    shown += [Line(p.text, p.sources) for p in material.context if "cooling" not in p.text]
    line = fallback(material, {"what_the_study_did": shown}, "Keeping cool with MS")
    assert line.text == "Cooling garments lower body temperature within minutes."


def test_the_second_half_of_a_split_statement_leans_on_the_first() -> None:
    text = (
        "Pain after knee surgery slows recovery for many older adults. "
        "Pain relief given before the operation appears to help people recover sooner, but the "
        "best timing and type of medicine for each person are still unclear to most surgeons. "
        "In this review, we discuss the ways doctors can control pain around knee surgery."
    )
    source = parse(text)
    material = gather(source, detect_design(source))
    pieces = [p for p in material.context if p.sources == (1,)]
    assert [p.text.startswith("But ") for p in pieces] == [False, True]
    assert [p.leans for p in pieces] == [False, True]
