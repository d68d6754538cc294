"""Issue 9 (the main finding heads): a repair that left out the only sentence that could head,
for a hard word, still heads with it rather than "A case report reports its findings", which
says nothing (plaba-34508491: "The case is about a young woman who ... was later diagnosed as
having left kidney hydatid cyst", left out for "hydatid"; drafted_headline.py). The chooser is
a stand-in here so that the choice between the two is what is tested; the abstract is written
for this test."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain import drafted_headline as module
from plainsum.plain.compose import gather
from plainsum.plain.headline import Headline

CASE = """A rare muscle infection acquired from undercooked meat often causes no symptoms for
years. This case is about a middle-aged man who presented with calf swelling and fever who was
later diagnosed as having calf muscle sarcocystosis. The lesion was removed by open surgery and
he was discharged on antiparasitic tablets."""

TOLD = (
    "The case is about a middle-aged man who presented with calf swelling and fever who was "
    "later diagnosed as having calf muscle sarcocystosis"
)


def _chooser(news: Headline):
    def choose(*args, **kwargs):
        left_out = args[8]
        if TOLD in left_out:
            return news
        return Headline(TOLD, (1,), origin=TOLD + ".", weak=True)

    return choose


@pytest.mark.parametrize(
    ("news", "expected"),
    [
        # a template that says nothing: the weak whole sentence, its hard word and all, heads
        (Headline("A case report reports its findings", (), from_template=True), TOLD),
        # a template that names what was looked at stays (the weak sentence was left out)
        (
            Headline("A case report looked at a calf infection", (0,), from_template=True),
            "A case report looked at a calf infection",
        ),
    ],
)
def test_a_weak_sentence_beats_news_of_nothing(monkeypatch, news: Headline, expected: str) -> None:
    monkeypatch.setattr(module, "choose_headline", _chooser(news))
    source = parse(CASE)
    material = gather(source, detect_design(source))
    left_out = frozenset({TOLD})
    head = module.drafted_headline(
        material, left_out, left_out, frozenset(), None, None, None, None
    )
    assert head.text == expected


def test_a_weak_sentence_that_tells_no_case_leaves_the_template(monkeypatch) -> None:
    call = "Main outcomes of future research should include pain and loss of touch"

    def choose(*args, **kwargs):
        if call in args[8]:
            return Headline("A case report reports its findings", (), from_template=True)
        return Headline(call, (2,), origin=call + ".", weak=True)

    monkeypatch.setattr(module, "choose_headline", choose)
    source = parse(CASE)
    material = gather(source, detect_design(source))
    left_out = frozenset({call})
    head = module.drafted_headline(
        material, left_out, left_out, frozenset(), None, None, None, None
    )
    assert head.text != call
