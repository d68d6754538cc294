"""A narrative review whose sentences say few findings still gets a body of its own statements
(issue 9): the body showed one or two of them and read as thin (plaba narrative reviews, the
freeze readers' "no" verdicts). Its further statements, in the paper's order, fill it up to three
sentences: never one that points back at what the reader has not met, nor a call for research.
And a heading after a closing quote ('... "motor cortex stimulation." Results: ...') opens its
section: the results were read as methods and a review's body lost them all. Texts written for
these tests."""

from __future__ import annotations

from body_lines import did_lines

from plainsum.ingest import parse

REVIEW = (
    "Heat sensitivity is a well known feature of multiple sclerosis. A warm room or a hot bath "
    "brings on blurred vision in many patients. Cooling vests and cool drinks are simple tools "
    "that many patients already use. Symptoms brought on by heat fade once the body cools down. "
    "In conclusion, heat sensitivity is a passing problem that people with MS can manage with "
    "simple cooling."
)


def test_a_narrative_review_body_holds_three_of_its_statements() -> None:
    lines = did_lines(REVIEW)
    assert len(lines) >= 3, lines
    assert not any(line.startswith(("These ", "This ", "They ")) for line in lines)


POINTING = (
    "Heat sensitivity is common in people with multiple sclerosis. Even a small rise in body "
    "temperature can slow nerve signals in damaged nerves. These patients often avoid hot "
    "baths. This problem is rarely discussed in clinics. In conclusion, heat sensitivity is a "
    "passing problem that people with MS can manage with simple cooling."
)


def test_no_statement_that_points_back_fills_it() -> None:
    assert not any(line.startswith(("These ", "This problem")) for line in did_lines(POINTING))


QUOTED = (
    "Introduction: Nerve pain in the face is hard to treat. Methods: We searched three "
    'databases with the terms "facial pain" and "nerve stimulation." Results: Nine studies '
    "with 80 people were included. Pain fell by half in most people after stimulation. "
    "Conclusion: Nerve stimulation may help some people with facial pain."
)


def test_a_heading_after_a_closing_quote_opens_its_section() -> None:
    source = parse(QUOTED)
    assert "Nine studies" in source.section("results")
    assert "Nine studies" not in source.section("methods")


STEPS = (
    "Kidney stones are common in adults. A thin tube is placed in the bladder before the "
    "operation. Keyhole surgery removes most stones in one session. Open surgery is now rare. "
    "In conclusion, keyhole surgery is the usual choice for large kidney stones."
)


def test_a_step_of_a_procedure_never_fills_it() -> None:
    assert not any("is placed" in line for line in did_lines(STEPS))


def test_malignant_is_cancerous_only_of_a_growth() -> None:
    from plainsum.plain.glossary import plain_words

    rhythm = "High potassium is linked with malignant arrhythmias."
    assert plain_words(rhythm) == rhythm
    assert "cancerous" in plain_words("The tumour was malignant in 12 people.")
