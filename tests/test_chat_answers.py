"""The pure parts of talking to a model (drafters/chat.py), as tables: reading an answer back,
what the first-draft messages say, and how findings and old answers go back to the model.

Written after a mutation run (bench/mutation.py) showed these could change without a test
failing: the code-fence and prose-around-JSON paths of `parse_answer`, token counts and missing
fields in `read_answer`, the grade and the design words in the messages, the cut of a long
answer sent back, and which repair prompt a summary prompt names.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from plainsum.design import DesignInfo
from plainsum.drafters.chat import (
    DESIGN_WORDS,
    MAX_SENT_BACK,
    Answer,
    AnswerProblem,
    caveat_lines,
    fence,
    format_findings,
    parse_answer,
    read_answer,
    reask_messages,
    repair_messages,
    repair_prompt_for,
    sent_back,
    summary_messages,
)
from plainsum.prompts import Prompt, load_prompt
from plainsum.schemas import Finding, Severity, StudyDesign, Usage

SUMMARY = {
    "headline": "Walking more each day went with less tiredness in people with MS",
    "what_the_study_did": "Researchers asked 120 adults with MS to wear step counters for a month.",
    "why_it_matters": "It suggests daily walking might ease tiredness, but it does not prove it.",
    "limitations": "People chose how much to walk, so other things may explain the link.",
}
OBJECT = json.dumps(SUMMARY)


@pytest.mark.parametrize(
    "raw",
    [
        OBJECT,
        f"  {OBJECT}\n",
        f"```json\n{OBJECT}\n```",
        f"```\n{OBJECT}\n```",
        f"Here is the summary you asked for:\n{OBJECT}\nI hope it helps.",
        f"Sure.\n```json\n{OBJECT}\n```",
    ],
    ids=["bare", "spaces", "json-fence", "plain-fence", "prose-around", "prose-then-fence"],
)
def test_parse_answer_finds_the_object(raw):
    assert parse_answer(raw).model_dump() == SUMMARY


def test_parse_answer_keeps_braces_inside_the_text():
    """The object runs from the first '{' to the last '}', not between inner braces."""
    braced = dict(
        SUMMARY, what_the_study_did="Scores were given as {low, high} pairs by 40 people."
    )
    raw = f"The answer:\n{json.dumps(braced)}\nDone."
    assert parse_answer(raw).what_the_study_did == braced["what_the_study_did"]


@pytest.mark.parametrize(
    "raw, problem",
    [
        ("[1, 2]", "it is JSON but not an object with the four fields"),
        # a fenced array is read from inside the fence, so it is 'not an object', not bad JSON
        ("```json\n[1, 2]\n```", "it is JSON but not an object with the four fields"),
        ("I would rather not.", "it is not valid JSON (Expecting value at character 0)"),
        # a '{' with no '}' after it: the whole answer is judged, where it goes wrong
        ('"words" {', "it is not valid JSON (Extra data at character 8)"),
        (
            json.dumps({k: v for k, v in SUMMARY.items() if k != "limitations"}),
            "limitations: Field required",
        ),
        (
            json.dumps(dict(SUMMARY, headline="", limitations="")),
            "headline: headline is empty; limitations: section is empty",
        ),
    ],
    ids=["array", "fenced-array", "prose", "unclosed", "missing-field", "two-problems"],
)
def test_parse_answer_says_what_is_wrong(raw, problem):
    with pytest.raises(AnswerProblem) as caught:
        parse_answer(raw)
    assert str(caught.value) == problem


def _response(**fields):
    return SimpleNamespace(**fields)


def _choice(content="{}", finish_reason="stop", **message_fields):
    message = SimpleNamespace(content=content, **message_fields)
    return SimpleNamespace(message=message, finish_reason=finish_reason)


@pytest.mark.parametrize(
    "response, expected",
    [
        (
            _response(
                choices=[_choice("the text", refusal=None)],
                usage=SimpleNamespace(
                    prompt_tokens=900,
                    completion_tokens=150,
                    prompt_tokens_details=SimpleNamespace(cached_tokens=512),
                ),
                model="model-a-2025",
            ),
            Answer(
                "the text",
                "stop",
                None,
                "model-a-2025",
                Usage(input_tokens=900, output_tokens=150, cached_tokens=512),
            ),
        ),
        # a local server: no details, no refusal field, no model name, null counts
        (
            _response(
                choices=[_choice("words", finish_reason="length")],
                usage=SimpleNamespace(prompt_tokens=None, completion_tokens=None),
            ),
            Answer("words", "length", None, None, Usage()),
        ),
        (
            _response(
                choices=[_choice(None, refusal="I cannot help with that.")],
                usage=SimpleNamespace(
                    prompt_tokens=10, completion_tokens=3, prompt_tokens_details=SimpleNamespace()
                ),
                model="m",
            ),
            Answer(
                "", "stop", "I cannot help with that.", "m", Usage(input_tokens=10, output_tokens=3)
            ),
        ),
        (
            _response(choices=[], usage=None, model="m"),
            Answer("", None, None, "m", Usage()),
        ),
        (
            _response(choices=[SimpleNamespace(message=None, finish_reason="stop")], usage=None),
            Answer("", "stop", None, None, Usage()),
        ),
    ],
    ids=["openai", "local-server", "refusal", "no-choices", "no-message"],
)
def test_read_answer(response, expected):
    assert read_answer(response) == expected


@pytest.mark.parametrize(
    "design, about_ms, words, note",
    [
        (StudyDesign.LAB, True, "a lab study (cells or tissue, not people)", "It is about MS."),
        (
            StudyDesign.TRIAL,
            False,
            "a trial in people",
            "It does not seem to be about MS: say so plainly in why_it_matters.",
        ),
        (StudyDesign.REVIEW, True, "a review of earlier studies", "It is about MS."),
    ],
)
def test_summary_messages_say_the_design_grade_and_notes(design, about_ms, words, note):
    info = DesignInfo(design, about_ms=about_ms, mentions_ms=about_ms, in_people=False)
    messages = summary_messages(
        load_prompt("summary-v1"),
        info,
        "A paper <<<PAPER with a marker.",
        grade=7.5,
        notes=["the paper was cut", "the title is missing"],
    )
    assert [m["role"] for m in messages] == ["system", "user"]
    assert "grade 7.5 reading level" in messages[0]["content"]
    user = messages[1]["content"]
    assert words in user and note in user
    assert "Note: the paper was cut.\nNote: the title is missing.\n" in user
    assert caveat_lines(info) in user
    assert "A paper  with a marker." in user


@pytest.mark.parametrize("grade, shown", [(8, "8"), (8.0, "8"), (6.5, "6.5")])
def test_grade_is_written_as_a_person_would(grade, shown):
    prompt = load_prompt("summary-v1")
    design = DesignInfo(StudyDesign.TRIAL, about_ms=True, mentions_ms=True, in_people=True)
    system = summary_messages(prompt, design, "p", grade=grade, notes=[])[0]["content"]
    assert f"grade {shown} reading level" in system
    repair = load_prompt("repair-v1")
    again = reask_messages([], repair, "x", "not JSON", grade=grade)[-1]["content"]
    assert f"grade {shown} or below" in again


def test_caveat_lines_are_one_dash_line_per_caveat():
    info = DesignInfo(StudyDesign.ANIMAL, about_ms=True, mentions_ms=True, in_people=False)
    lines = caveat_lines(info).split("\n")
    assert len(lines) >= 2 and all(line.startswith("- ") and len(line) > 10 for line in lines)


def test_fence_removes_both_markers_and_nothing_else():
    assert fence("one <<<PAPER two PAPER>>> three") == "one  two  three"


FINDING_ROWS = [
    (
        Finding(check="claims", severity=Severity.ERROR, message="says 'cure'", section="headline"),
        "1. [error] in headline (claims): says 'cure'",
    ),
    (
        Finding(
            check="shape",
            severity=Severity.WARNING,
            message="too long",
            span="a very long sentence",
            hint="cut it in two",
        ),
        '2. [warning] in the summary (shape): too long The text: "a very long sentence". '
        "Fix: cut it in two",
    ),
]


def test_format_findings_one_numbered_line_each():
    findings = [f for f, _ in FINDING_ROWS]
    assert format_findings(findings) == "\n".join(line for _, line in FINDING_ROWS)


@pytest.mark.parametrize(
    "length, cut",
    [(10, None), (MAX_SENT_BACK, None), (MAX_SENT_BACK + 1, 1), (MAX_SENT_BACK + 1234, 1234)],
)
def test_a_long_answer_goes_back_cut(length, cut):
    raw = "y" * length
    if cut is None:
        assert sent_back(raw) == raw
    else:
        assert sent_back(raw) == "y" * MAX_SENT_BACK + f"\n[... {cut:,} more characters cut]"


def test_follow_up_turns_are_user_turns_after_the_answer():
    base = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
    repair = load_prompt("repair-v1")
    for out in (
        reask_messages(base, repair, "old", "not valid JSON", grade=8),
        repair_messages(base, repair, "old", [FINDING_ROWS[0][0]], grade=8),
    ):
        assert [m["role"] for m in out] == ["system", "user", "assistant", "user"]
        assert out[2]["content"] == "old"


@pytest.mark.parametrize(
    "meta, version",
    [
        ({}, "repair-v1"),
        ({"repair": "repair-v1"}, "repair-v1"),
        ({"repair": "judge-v1"}, "judge-v1"),
    ],
    ids=["default", "named", "another"],
)
def test_repair_prompt_is_the_one_the_header_names(meta, version):
    prompt = Prompt(version="summary-test", purpose="test", parts={}, meta=meta)
    assert repair_prompt_for(prompt).version == version


def test_repair_prompt_file_beside_a_custom_prompt(tmp_path):
    (tmp_path / "fix-it.md").write_text(
        "<!--\nprompt: fix-it-v2\npurpose: a test repair prompt\n-->\n"
        "=== user ===\nFix {{count}}.\n"
    )
    prompt = Prompt(
        version="mine",
        purpose="p",
        parts={},
        path=str(tmp_path / "mine.md"),
        meta={"repair": "fix-it.md"},
    )
    assert repair_prompt_for(prompt).version == "fix-it-v2"


def test_make_strict_closes_every_object_requires_every_field_and_drops_defaults():
    """Guards make_strict on its own (strict_schema() is cached, so a mutation run never
    re-ran it): nested objects and objects inside lists are tightened; the input is untouched."""
    from plainsum.drafters.chat import make_strict

    schema = {
        "type": "object",
        "properties": {
            "name": {"type": "string", "default": "x"},
            "inner": {"type": "object", "properties": {"n": {"type": "integer", "default": 1}}},
            "items": {"type": "array", "items": [{"type": "object", "properties": {"k": {}}}]},
        },
        "$defs": {"Free": {"type": "object"}},  # no properties: left open
    }
    before = json.loads(json.dumps(schema))
    strict = make_strict(schema)
    assert schema == before  # a copy, not the caller's schema
    assert strict == {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "inner": {
                "type": "object",
                "properties": {"n": {"type": "integer"}},
                "additionalProperties": False,
                "required": ["n"],
            },
            "items": {
                "type": "array",
                "items": [
                    {
                        "type": "object",
                        "properties": {"k": {}},
                        "additionalProperties": False,
                        "required": ["k"],
                    }
                ],
            },
        },
        "$defs": {"Free": {"type": "object"}},
        "additionalProperties": False,
        "required": ["name", "inner", "items"],
    }


@pytest.mark.parametrize(
    "design, words",
    [(StudyDesign.ANIMAL, "a study in animals"), (StudyDesign.CASE_REPORT, "a report about one")],
    ids=["animal", "case-report"],
)
def test_design_words_and_ms_note_exactly(design, words):
    info = DesignInfo(design, about_ms=True, mentions_ms=True, in_people=False)
    user = summary_messages(load_prompt("summary-v1"), info, "p", grade=8, notes=[])[1]["content"]
    # the prompt's line: "This paper looks like: {{design}}. {{design_note}}"
    assert f"This paper looks like: {words}" in user
    assert f"{DESIGN_WORDS[design]}. It is about MS.\n" in user
