"""End-to-end tests of the `plainsum` command (offline drafter, real checks)."""

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from plainsum.cli import main
from plainsum.ingest import MAX_BYTES
from plainsum.schemas import Draft

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "PLAINSUM_MODEL", "PLAINSUM_BACKEND"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_examples_exist():
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_draft_examples_pass_their_gate(capsys, example):
    code, out, err = run(capsys, "draft", str(example))
    assert code == 0, out + err
    for heading in ("What the study did", "Why it matters to people with MS", "Limitations"):
        assert f"## {heading}" in out
    assert out.startswith("# ")
    assert "using the offline drafter" in err


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_draft_json_validates(capsys, example):
    code, out, err = run(capsys, "draft", str(example), "--format", "json")
    draft = Draft.model_validate_json(out)
    assert code == 0 and draft.passed
    # no endpoint: --backend auto chose the offline drafter, and says so in both places
    assert draft.provenance.backend == "auto" and draft.provenance.drafter == "offline"
    assert "--backend auto" in err and "using the offline drafter" in err
    assert set(json.loads(out)["summary"]) == {
        "headline",
        "what_the_study_did",
        "why_it_matters",
        "limitations",
    }


def test_output_file_then_check_round_trip(capsys, tmp_path):
    md, js = tmp_path / "d.md", tmp_path / "d.json"
    assert run(capsys, "draft", str(EXAMPLES[0]), "-o", str(md))[0] == 0
    assert run(capsys, "draft", str(EXAMPLES[0]), "-o", str(js))[0] == 0
    assert js.read_text().lstrip().startswith("{")
    assert not list(tmp_path.glob(".*.tmp"))  # nothing half-written left behind
    verdict = re.search(r"Gate: (passed|needs review|FAILED)", md.read_text())
    assert verdict and verdict.group(1) in ("passed", "needs review")  # no error
    for path in (md, js):
        code, out, err = run(capsys, "check", str(path), "--source", str(EXAMPLES[0]))
        assert code == 0, out + err
        assert f"Gate: {verdict.group(1)}" in out  # the same verdict read back


def test_check_catches_an_edit_that_overclaims(capsys, tmp_path):
    md = tmp_path / "d.md"
    run(capsys, "draft", str(EXAMPLES[0]), "-o", str(md))
    text = md.read_text()
    planted = "\nThis is a breakthrough cure.\n\n## Why it matters"
    edited = text.replace("\n## Why it matters", planted)
    md.write_text(edited)
    code, out, _ = run(capsys, "check", str(md), "--source", str(EXAMPLES[0]), "-f", "json")
    assert code == 1
    report = json.loads(out)
    assert not report["passed"]
    assert any(f["check"] == "claims" for f in report["findings"])


def test_check_accepts_bare_json(capsys, tmp_path):
    code, out, _ = run(capsys, "draft", str(EXAMPLES[0]), "-f", "json")
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(json.loads(out)["summary"]))
    code, out, err = run(capsys, "check", str(bare), "--source", str(EXAMPLES[0]))
    assert code == 0, out + err


def test_stdin(capsys, monkeypatch):
    data = EXAMPLES[0].read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "draft", "-", "--format", "json")
    assert code == 0
    Draft.model_validate_json(out)


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "not a text file"),
        (b"word " * (MAX_BYTES // 5 + 10), "bytes"),
        (b"Too short.", "words"),
    ],
    ids=["empty", "binary", "oversized", "too-short"],
)
def test_bad_input_one_line_exit_2(capsys, tmp_path, content, message):
    path = tmp_path / "paper.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, "draft", str(path))
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert out == ""


def test_missing_file_and_bad_flag(capsys, tmp_path):
    code, _, err = run(capsys, "draft", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err
    with pytest.raises(SystemExit) as exc:
        main(["draft", str(EXAMPLES[0]), "--format", "pdf"])
    assert exc.value.code == 2


def test_check_bad_draft(capsys, tmp_path):
    bad = tmp_path / "d.json"
    bad.write_text('{"headline": "Too short"}')
    code, _, err = run(capsys, "check", str(bad), "--source", str(EXAMPLES[0]))
    assert code == 2 and "Traceback" not in err


def test_help_explains_every_command():
    out = subprocess.run(
        [sys.executable, "-m", "plainsum", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "draft" in out and "check" in out and "Exit codes" in out
    for command in ("draft", "check"):
        sub = subprocess.run(
            [sys.executable, "-m", "plainsum", command, "--help"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "--format" in sub


def test_a_plainsum_process_started_in_another_folder_runs_this_checkout(tmp_path):
    """A test's `python -m plainsum` with cwd=tmp_path imports the plainsum this test imports
    (conftest's PYTHONPATH), not another checkout's editable install."""
    import plainsum

    done = subprocess.run(
        [sys.executable, "-c", "import plainsum; print(plainsum.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(done.stdout.strip()).resolve() == Path(plainsum.__file__).resolve()


@pytest.mark.parametrize(
    "given, expected",
    [
        ("", ["/co/src"]),
        ("src", ["/co/src", "/here/src"]),
        ("src:.", ["/co/src", "/here/src", "/here"]),
        ("/co/src:/elsewhere", ["/co/src", "/elsewhere"]),
        ("::lib", ["/co/src", "/here/lib"]),
    ],
)
def test_subprocess_pythonpath_puts_this_checkout_first_and_makes_entries_absolute(
    monkeypatch, given, expected
):
    from conftest import subprocess_pythonpath

    monkeypatch.chdir("/")
    monkeypatch.setattr("os.getcwd", lambda: "/here")
    assert subprocess_pythonpath({"PYTHONPATH": given}, "/co/src").split(":") == expected


def test_missing_output_folder_fails_before_drafting(capsys, tmp_path):
    code, out, err = run(capsys, "draft", str(EXAMPLES[0]), "-o", str(tmp_path / "no" / "x.md"))
    assert code == 2 and "does not exist" in err
    assert "offline drafter" not in err  # refused before any drafting


def test_check_reports_a_short_section_instead_of_refusing_it(capsys, tmp_path):
    """Structure is not style: a 7-word limitations section is checked, not bad input."""
    code, out, _ = run(capsys, "draft", str(EXAMPLES[0]), "--format", "json")
    summary = json.loads(out)["summary"]
    summary["limitations"] = "This work was not done in people."
    draft = tmp_path / "short.json"
    draft.write_text(json.dumps(summary))
    code, out, err = run(capsys, "check", str(draft), "--source", str(EXAMPLES[0]), "-f", "json")
    assert code in (0, 1), err
    report = json.loads(out)
    assert any(f["check"] == "shape" and f["section"] == "limitations" for f in report["findings"])
