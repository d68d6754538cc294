"""The body of a research abstract without headings (issue 9): enough of the paper's own findings,
whole and in the paper's order, never a call for research; an aim's "To" only before its verb;
a meta-analysis the authors did gives the review's count. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.checks.thin import MIN_OWN
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.aim import aim_sentence
from plainsum.plain.compose import compose, gather
from plainsum.plain.facts import study_facts
from plainsum.plain.flat_body import filled
from plainsum.plain.lines import Line
from plainsum.plain.simplify import measured
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign

# Headingless abstracts whose roles are guessed: most later sentences read as conclusions.
FLAT = [
    (
        "Nerve cells in the spinal cord lose their coating in several diseases. "
        "We found that in zebrafish larvae, a protein made by support cells guides the "
        "coating cells to bare nerve fibres. The researchers show that fish without the "
        "protein make thinner coats on their nerve fibres. Fish given the protein back "
        "regained normal coats within two weeks. These findings show that the protein "
        "controls where the coating forms.",
        ["fish without the protein make thinner coats", "regained normal coats"],
    ),
    (
        "Skin wounds heal slowly in older mice. Here we show that older mice have fewer "
        "repair cells in the wound edge than young mice. Giving older mice a vitamin cream "
        "raised the number of repair cells. Wounds treated with the cream closed two days "
        "sooner than untreated wounds. Our results suggest that the cream speeds wound "
        "repair in old age. Further studies are needed to test the cream in people.",
        ["raised the number of repair cells", "closed two days sooner"],
    ),
]


def _did(text: str) -> list[str]:
    source = parse(text)
    head, sections = compose(gather(source, detect_design(source)))
    return [head.text, *(line.text for line in sections["what_the_study_did"])]


@pytest.mark.parametrize(("abstract", "said"), FLAT)
def test_a_headingless_body_shows_the_papers_findings(abstract, said):
    shown = _did(abstract)
    body = shown[1:]
    assert len([x for x in body if not x.startswith("This was")]) >= MIN_OWN
    for words in said:  # the finding is in the headline or the body, said whole
        assert any(words in x for x in shown), (words, shown)
    assert not any("Further studies" in x or "are needed" in x for x in body)


def _line(text: str, index: int) -> Line:
    return Line(text, (index,))


def _sentence(text: str, index: int):
    return measured(text, (index,), index)


@pytest.mark.parametrize(
    ("did", "pool", "added"),
    [
        # one own sentence: two findings come in, in the paper's order
        (
            [_line("Mice given the drug walked further.", 3)],
            [
                _sentence("The drug lowered swelling in the spinal cord.", 1),
                _sentence("Treated mice lost less weight than untreated mice.", 2),
                _sentence("More studies are needed to test the drug in people.", 4),
            ],
            [
                "The drug lowered swelling in the spinal cord.",
                "Treated mice lost less weight than untreated mice.",
                "Mice given the drug walked further.",
            ],
        ),
        # a call for research is never a finding
        (
            [_line("Mice given the drug walked further.", 1)],
            [_sentence("Further trials are needed to confirm these results.", 2)],
            ["Mice given the drug walked further."],
        ),
        # a pointer inside to what the paper said just before, which is not shown: left out
        (
            [_line("Mice given the drug walked further.", 1)],
            [_sentence("The known parts of this system can form a switch.", 4)],
            ["Mice given the drug walked further."],
        ),
        # ... and said right after it when it is shown
        (
            [_line("The drug acts through a system of signals in nerve cells.", 3)],
            [_sentence("The known parts of this system can form a switch.", 4)],
            [
                "The drug acts through a system of signals in nerve cells.",
                "The known parts of this system can form a switch.",
            ],
        ),
        # enough already: nothing added
        (
            [_line("A.", 1), _line("Mice given the drug walked further.", 2), _line("C.", 3)],
            [_sentence("The drug lowered swelling in the spinal cord.", 4)],
            ["A.", "Mice given the drug walked further.", "C."],
        ),
    ],
)
def test_filled_adds_findings_up_to_the_floor(did, pool, added):
    out = filled(did, pool, set(), frozenset())
    assert [x.text for x in out] == added


def test_filled_counts_no_frame_or_fact_as_the_papers_own():
    frame = Line("This was a study in mice.", (0,))
    fact = Line("The study included 40 mice.", (0,))
    pool = [_sentence("Treated mice lost less weight than untreated mice.", 2)]
    out = filled([frame, fact], pool, set(), frozenset({frame.text, fact.text}))
    assert [x.text for x in out][-1] == "Treated mice lost less weight than untreated mice."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "To assess sleep in older adults.",
            "The researchers wanted to assess sleep in older adults.",
        ),
        # no aim: what follows "To" is no verb
        (
            "To the best of our knowledge, this is the first report of the disease in cats.",
            "To the best of our knowledge, this is the first report of the disease in cats.",
        ),
        ("To our knowledge this is new.", "To our knowledge this is new."),
        ("To this end we measured sleep.", "To this end we measured sleep."),
        (
            "This article aims to review treatments for tremor.",
            "The researchers wanted to review treatments for tremor.",
        ),
    ],
)
def test_an_aims_to_is_followed_by_its_verb(sentence, expected):
    assert aim_sentence(sentence, review=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We conducted a meta-analysis of 7 randomized controlled trials (involving 812 "
            "patients) comparing two antibiotics for throat infection in adults. The newer "
            "antibiotic cured more infections than the older one, and fewer people needed a "
            "second course.",
            ["The review included 7 trials with 812 patients."],
        ),
        # one comparison of a review's: not what it included
        (
            "A meta-analysis of two trials showed fewer infections with the newer antibiotic "
            "than with the older one in adults with throat infection. Side effects such as "
            "rash and upset stomach were similar in both groups.",
            [],
        ),
    ],
)
def test_a_meta_analysis_the_authors_did_gives_the_count(text, expected):
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    assert [f.text for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We enrolled 120 adults with long-standing asthma in a trial of a new inhaler and "
            "followed them for one year. The new inhaler reduced attacks compared with the old "
            "one, and fewer people needed hospital care.",
            ["The study included 120 adults."],
        ),
        # a part of a group named before: not how many took part
        (
            "Among 51 patients with low bone enzyme levels in the records, fifteen subjects "
            "received bone-sparing drugs. Two of them had side effects that were mild and went "
            "away without treatment in a few weeks.",
            [],
        ),
    ],
)
def test_a_count_of_people_is_the_one_the_study_enrolled(text, expected):
    facts = study_facts(source_sentences(parse(text)), StudyDesign.OBSERVATIONAL)
    assert [f.text for f in facts] == expected
