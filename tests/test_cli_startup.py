"""`plainsum --help` and the parser import nothing a command does not need yet (start-up time
is measured by bench/bench_startup.py; these tests hold the shape that makes it fast)."""

from __future__ import annotations

import subprocess
import sys

from plainsum.cli.options import INPUT_FORMATS
from plainsum.cli.output import OUTPUT_FORMATS

# What a command imports when it runs, never when the parser is built.
HEAVY = (
    "pydantic",
    "rich",
    "openai",
    "httpx",
    "sqlite3",
    "asyncio",
    "plainsum.api",
    "plainsum.settings",
    "plainsum.checks",
    "plainsum.ingest",
    "plainsum.drafters",
    "plainsum.evals",
    "plainsum.batch",
    "plainsum.lexicon",
)


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return eval(done.stdout.strip().splitlines()[-1])  # a list literal we printed


def test_building_the_parser_imports_no_command():
    assert _loaded_after("from plainsum.cli import build_parser\nbuild_parser()") == []


def test_help_imports_no_command():
    code = (
        "from plainsum.cli import main\n"
        "for argv in (['--help'], ['draft', '--help'], ['log', '--help'], ['eval', '--help']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass"
    )
    assert _loaded_after(code) == []


def test_the_parser_s_format_lists_are_the_library_s():
    from plainsum.ingest import FORMATS
    from plainsum.render import FORMATS as RENDER_FORMATS

    assert INPUT_FORMATS == FORMATS, "update plainsum.cli.options.INPUT_FORMATS"
    assert OUTPUT_FORMATS == RENDER_FORMATS, "update plainsum.cli.output.OUTPUT_FORMATS"
