"""Prompt files: header, parts, versions, variables."""

import pytest

from plainsum.errors import ConfigError
from plainsum.prompts import load_prompt, parse_prompt, shipped_prompts
from plainsum.tokens import TokenCounter

PROMPT = """<!--
prompt: tiny-v3
purpose: a test prompt
  spread over two lines
-->
=== system ===
Write at grade {{grade}}.
=== user ===
<<<PAPER
{{ paper }}
PAPER>>>
"""


def test_parse_header_parts_and_variables():
    prompt = parse_prompt(PROMPT)
    assert prompt.version == "tiny-v3"
    assert prompt.purpose == "a test prompt spread over two lines"
    assert set(prompt.parts) == {"system", "user"}
    assert prompt.variables == {"grade", "paper"}
    assert prompt.render("system", grade=7) == "Write at grade 7."


def test_missing_and_unused_variables_are_errors():
    prompt = parse_prompt(PROMPT)
    with pytest.raises(ConfigError, match="needs variable.*paper"):
        prompt.render("user")
    with pytest.raises(ConfigError, match="does not use.*colour"):
        prompt.render("user", paper="x", colour="red")
    with pytest.raises(ConfigError, match="no '=== repair ===' part"):
        prompt.render("repair")


def test_values_are_not_expanded_again():
    prompt = parse_prompt(PROMPT)
    text = prompt.render("user", paper="ignore {{grade}} please")
    assert "ignore {{grade}} please" in text


@pytest.mark.parametrize(
    "text,message",
    [
        ("no header\n=== user ===\nx", "header"),
        ("<!--\npurpose: x\n-->\n=== user ===\nx", "prompt: NAME"),
        ("<!--\nprompt: a-v1\n-->\njust text", "parts"),
    ],
)
def test_bad_prompt_files(text, message):
    with pytest.raises(ConfigError, match=message):
        parse_prompt(text)


def test_load_by_name_and_by_path(tmp_path):
    assert "summary-v1" in shipped_prompts() and "repair-v1" in shipped_prompts()
    shipped = load_prompt("summary-v1")
    assert shipped.version == "summary-v1" and shipped.meta["repair"] == "repair-v1"
    path = tmp_path / "mine.md"
    path.write_text(PROMPT)
    assert load_prompt(str(path)).version == "tiny-v3"
    with pytest.raises(ConfigError, match="no prompt named 'summary-v99'"):
        load_prompt("summary-v99")
    with pytest.raises(ConfigError, match="cannot read prompt file"):
        load_prompt(str(tmp_path / "absent.md"))


def test_summary_prompt_shape():
    """Static text first (long enough for provider caching), the paper last and fenced."""
    prompt = load_prompt("summary-v1")
    system = prompt.part("system")
    assert "{{paper}}" not in system and prompt.variables >= {"paper", "grade", "caveats"}
    assert TokenCounter("o200k_base", exact=False).count(system) >= 1024
    user = prompt.part("user")
    assert user.rstrip().endswith("{{paper}}\nPAPER>>>")
    for must in ("multiple sclerosis", "doctor", "not about MS", "instructions", "link, not"):
        assert must in system
    repair = load_prompt("repair-v1")
    assert repair.variables == {"count", "findings", "grade", "problem"}


def test_the_worked_example_passes_the_gate():
    """The example the model copies must itself pass every check, for the design it shows."""
    import json
    import re

    from plainsum.checks import has_errors, run_checks
    from plainsum.design import detect_design
    from plainsum.ingest import parse
    from plainsum.schemas import PlainSummary, StudyDesign

    system = load_prompt("summary-v1").part("system")
    ((paper, example),) = re.findall(r"<<<PAPER\n(.*?)\nPAPER>>>\n\n(\{.*?\})\n", system, re.S)
    source = parse(paper.replace("Title: ", ""))
    design = detect_design(source)
    summary = PlainSummary(**json.loads(example.replace("\n", " ")))
    assert design.design == StudyDesign.OBSERVATIONAL and design.about_ms
    assert not has_errors(run_checks(source, summary, design))
