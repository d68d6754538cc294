"""A structured abstract hard-wrapped into lines, as a PDF's text layer gives it (issue 10):
"... Impact Scale (MFIS). Results: Mean ..." inside a later line of the paragraph is a heading
too. Read line by line, the results and conclusions stayed inside the methods, and the PDF's draft
was headed "A trial reports its findings"."""

from __future__ import annotations

from plainsum.ingest import parse

WRAPPED = (
    "Abstract\n"
    "Background: Many people with MS sleep badly in summer. Methods: In a randomised\n"
    "crossover trial, 36 adults with MS slept with a cooling mattress pad or an ordinary pad\n"
    "for 3 weeks each. Sleep was scored with a sleep diary (SD). Results: Night waking fell\n"
    "by a third with the cooling pad. Daytime tiredness did not change. Conclusions: A cooling\n"
    "pad reduced night waking in adults with MS over 3 weeks.\n"
    "Keywords: multiple sclerosis; sleep\n"
)


def test_headings_inside_later_lines_of_a_headed_paragraph() -> None:
    source = parse(WRAPPED)
    names = [s.name for s in source.sections]
    assert names[:4] == ["background", "methods", "results", "conclusions"]
    assert source.section("results").startswith("Night waking fell by a third")
    assert source.section("conclusions").startswith("A cooling pad reduced night waking")


def test_one_label_inside_plain_paragraph_text_stays_text() -> None:
    text = (
        "Many people with MS sleep badly in summer, and cooling pads are sold to help.\n"
        "We asked 36 adults to try one for three weeks. Note: the pads were donated.\n"
        "Night waking fell by a third, while daytime tiredness did not change at all.\n"
    )
    assert all(s.name == "body" for s in parse(text).sections)
