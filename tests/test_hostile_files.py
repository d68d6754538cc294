"""Hostile and careless inputs through the real CLI in a child process: each ends with the
documented exit code, exactly one line on stderr, no traceback, in bounded memory and time.

Memory is the child's peak RSS from resource.getrusage(RUSAGE_CHILDREN), read in a small harness
process that runs only that one child (pytest's own children would otherwise count).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = Path(__file__).parent.parent / "examples" / "trial_exercise_fatigue.txt"
MAX_PEAK_MB = 300
MAX_SECONDS = 10  # CPU seconds: wall time under a loaded machine says nothing of the code

HARNESS = r"""
import json, resource, subprocess, sys, time
spec = json.loads(sys.argv[1])
stdin = open(spec["stdin"], "rb") if spec["stdin"] else subprocess.DEVNULL
start = time.monotonic()
try:
    done = subprocess.run(spec["cmd"], stdin=stdin, capture_output=True, cwd=spec["cwd"],
                          env=spec["env"], timeout=60)
    code, out, err = done.returncode, done.stdout, done.stderr
except subprocess.TimeoutExpired as exc:
    code, out, err = "timeout", exc.stdout or b"", exc.stderr or b""
seconds = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
peak_kb = usage.ru_maxrss
print(json.dumps({"code": code, "stdout": out.decode("utf-8", "replace")[:200000],
                  "stderr": err.decode("utf-8", "replace"), "peak_mb": peak_kb / 1024,
                  "seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime}))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PLAINSUM_"))}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"))
    return env


def run_cli(tmp_path: Path, *args: str, stdin: str | Path | None = None) -> dict:
    """Run `plainsum ARGS` in a child of a harness; return code, stdout, stderr, peak MB, s."""
    spec = {
        "cmd": [sys.executable, "-m", "plainsum", *args],
        "stdin": str(stdin) if stdin else None,
        "cwd": str(tmp_path),
        "env": _env(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", HARNESS, json.dumps(spec)], capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def _record(result: dict) -> None:
    """Append the case to the file bench/hostile_table.py reads (only when it asks)."""
    table = os.environ.get("PLAINSUM_HOSTILE_TABLE")
    if table:
        case = os.environ.get("PYTEST_CURRENT_TEST", "?").split("::")[-1].rsplit(" (", 1)[0]
        row = {k: result[k] for k in ("code", "stderr", "peak_mb", "seconds")}
        with open(table, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"case": case, **row}) + "\n")


def assert_one_line_refusal(result: dict, code: int, fragment: str) -> None:
    _record(result)
    lines = result["stderr"].splitlines()
    assert result["code"] == code, result
    assert len(lines) == 1, lines
    assert "Traceback" not in result["stderr"]
    assert fragment in lines[0], lines[0]
    assert result["peak_mb"] < MAX_PEAK_MB, result["peak_mb"]
    assert result["cpu_seconds"] < MAX_SECONDS, result


@pytest.fixture
def fed_fifo(tmp_path):
    """A FIFO with `yes` writing into it (blocked until someone reads), killed afterwards."""
    if not hasattr(os, "mkfifo") or shutil.which("yes") is None:
        pytest.skip("no mkfifo or no `yes` on this platform")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", 'exec yes "an endless line of text" > "$0"', str(fifo)])
    yield fifo
    writer.kill()
    writer.wait()


def _draft_json(tmp_path: Path) -> Path:
    draft = tmp_path / "draft.json"
    draft.write_text(
        json.dumps(
            {
                "headline": "Exercise may ease tiredness in MS",
                "what_the_study_did": (
                    "Researchers asked 60 people with MS to exercise three times a week."
                ),
                "why_it_matters": (
                    "Tiredness is common in MS and hard to treat. Ask your care team first."
                ),
                "limitations": "The study was small and short, and people knew their group.",
            }
        )
    )
    return draft


def test_draft_dev_zero(tmp_path):
    result = run_cli(tmp_path, "draft", "/dev/zero")
    assert_one_line_refusal(result, 2, "/dev/zero is a device, not a regular file")


def test_draft_fifo_path_is_refused_without_opening(tmp_path, fed_fifo):
    result = run_cli(tmp_path, "draft", str(fed_fifo))
    assert_one_line_refusal(result, 2, "is a named pipe (FIFO)")


def test_draft_stdin_from_fifo_fed_by_yes_is_bounded(tmp_path, fed_fifo):
    result = run_cli(tmp_path, "draft", "-", stdin=fed_fifo)
    assert_one_line_refusal(result, 2, "stdin is more than 2,000,000 bytes")


def test_draft_device_made_with_mknod(tmp_path):
    node = tmp_path / "zero-node"
    try:
        os.mknod(node, stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"mknod is not allowed here ({exc.strerror})")
    result = run_cli(tmp_path, "draft", str(node))
    assert_one_line_refusal(result, 2, "is a device, not a regular file")


def test_draft_directory(tmp_path):
    (tmp_path / "folder").mkdir()
    result = run_cli(tmp_path, "draft", str(tmp_path / "folder"))
    assert_one_line_refusal(result, 2, "is a folder")


def test_draft_symlink_loop(tmp_path):
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    result = run_cli(tmp_path, "draft", str(tmp_path / "a"))
    assert_one_line_refusal(result, 2, "symbolic link loop")


def test_draft_sparse_huge_file(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(3 * 1024**3)  # 3 GB of holes: no disk used
    result = run_cli(tmp_path, "draft", str(huge))
    assert_one_line_refusal(result, 2, "more than 2,000,000 bytes")


def test_draft_stdin_dev_zero(tmp_path):
    result = run_cli(tmp_path, "draft", "-", stdin="/dev/zero")
    assert_one_line_refusal(result, 2, "stdin is more than 2,000,000 bytes")


def test_check_stdin_dev_zero(tmp_path):
    result = run_cli(tmp_path, "check", "-", "--source", str(EXAMPLE), stdin="/dev/zero")
    assert_one_line_refusal(result, 2, "stdin is more than 1,000,000 bytes")


def test_check_source_dev_zero(tmp_path):
    result = run_cli(tmp_path, "check", str(_draft_json(tmp_path)), "--source", "/dev/zero")
    assert_one_line_refusal(result, 2, "/dev/zero is a device")


def test_check_draft_fifo(tmp_path, fed_fifo):
    result = run_cli(tmp_path, "check", str(fed_fifo), "--source", str(EXAMPLE))
    assert_one_line_refusal(result, 2, "is a named pipe (FIFO)")


@pytest.mark.parametrize(
    "name,message",
    [
        ("hostile_billion_laughs.xml", "declares entities"),
        ("hostile_external_entity.xml", "declares entities"),
        ("image_only.pdf", "no text layer"),
        ("encrypted.pdf", "needs a password"),
        ("pubmed_two_articles.xml", "holds 2 papers"),
    ],
)
def test_draft_refused_documents(tmp_path, name, message):
    result = run_cli(tmp_path, "draft", str(FIXTURES / name))
    assert_one_line_refusal(result, 2, message)
    assert "root:" not in result["stdout"] + result["stderr"]  # /etc/passwd never read


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_draft_utf16_and_utf32_with_bom(tmp_path, encoding):
    paper = tmp_path / f"paper-{encoding}.txt"
    paper.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding=encoding)  # writes a BOM
    result = run_cli(tmp_path, "draft", str(paper), "--backend", "offline", "--format", "json")
    _record(result)
    assert result["code"] in (0, 1), result
    assert len(result["stderr"].splitlines()) == result["code"]  # a gate failure says one line
    assert "Traceback" not in result["stderr"]
    title = EXAMPLE.read_text(encoding="utf-8").splitlines()[0].strip().lstrip("#").strip()
    assert title[:40] in result["stdout"]
    assert result["peak_mb"] < MAX_PEAK_MB and result["cpu_seconds"] < MAX_SECONDS


def test_draft_jats_is_summarised_not_empty(tmp_path):
    result = run_cli(
        tmp_path,
        "draft",
        str(FIXTURES / "jats_structured.xml"),
        "--backend",
        "offline",
        "--format",
        "json",
    )
    assert result["code"] in (0, 1), result
    body = json.loads(result["stdout"])
    summary = body["summary"]
    assert len(summary["what_the_study_did"].split()) > 5
    assert body["source"]["title"].startswith("A blood marker of nerve damage")
    assert body["source"]["doi"] == "10.5555/inr.2024.0077"  # the metadata reaches the output


@pytest.mark.parametrize(
    "name,content,message",
    [
        (
            "deep.xml",
            "<article><front><article-meta><abstract>"
            + "<p>" * 100_000
            + "</p>" * 100_000
            + "</abstract></article-meta></front></article>",
            "nested more than 256 elements deep",
        ),
        ("deep.jsonl", '{"id": "x", "text": ' + "[" * 100_000 + "]" * 100_000 + "}\n", "nested"),
        ("catalog.xml", "<catalog><book/></catalog>", "root <catalog>"),
    ],
)
def test_draft_deep_or_unknown_markup(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = run_cli(tmp_path, "draft", str(path))
    assert_one_line_refusal(result, 2, message)


def _pdf_bomb(path: Path, inflated_mb: int) -> None:
    """A one-page PDF whose content stream is ~1 MB deflated and `inflated_mb` MB inflated."""
    import zlib

    from pypdf import PdfWriter
    from pypdf.generic import NameObject, NumberObject, StreamObject

    packer = zlib.compressobj(9)
    chunks = [packer.compress(b"BT /F1 11 Tf 72 700 Td (a few words) Tj ET\n")]
    block = b" " * (1 << 20)
    chunks += [packer.compress(block) for _ in range(inflated_mb)]
    chunks.append(packer.flush())
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = StreamObject()
    stream._data = b"".join(chunks)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream[NameObject("/Length")] = NumberObject(len(stream._data))
    page[NameObject("/Contents")] = writer._add_object(stream)
    with open(path, "wb") as handle:
        writer.write(handle)


def test_draft_pdf_decompression_bomb(tmp_path):
    bomb = tmp_path / "bomb.pdf"
    _pdf_bomb(bomb, inflated_mb=256)  # pypdf stops inflating at 75 MB
    assert bomb.stat().st_size < 5_000_000
    result = run_cli(tmp_path, "draft", str(bomb))
    assert_one_line_refusal(result, 2, "bomb.pdf")


@pytest.mark.parametrize("dataset", ["/dev/zero", "fifo"])
def test_eval_dataset_special_file(tmp_path, dataset, request):
    if dataset == "fifo":
        dataset = str(request.getfixturevalue("fed_fifo"))
    config = tmp_path / "eval.toml"
    config.write_text(
        f'name = "hostile"\n[[datasets]]\nname = "d"\npath = "{dataset}"\n'
        '[[systems]]\nname = "offline"\nbackend = "offline"\n'
    )
    result = run_cli(tmp_path, "eval", str(config), "--out", str(tmp_path / "run"))
    assert_one_line_refusal(result, 2, "not a regular file")
