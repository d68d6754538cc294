"""The compiled-pattern cache of the `plainsum` command: same patterns, same matches, and it
never stores what the input made."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from plainsum import regex_cache
from plainsum.regex_cache import CachedCompiler

ROOT = Path(__file__).resolve().parents[1]

PATTERNS = [
    (r"\b(?:people|humans?|the clinic)\b", re.I),
    (r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|mg|kg)", 0),
    (r"(?<![\w-])(?:MS|multiple\s+sclerosis)(?![\w-])", 0),
    (r"(?i)relaps(?:e|es|ing)", 0),
    (r"[^\W\d_]+", re.U),
    (r"^\s*#.*$", re.M),
    (r"a.b", re.S),
    (
        r"""(?x) \d+   # digits
         [-–] \d+""",
        0,
    ),
    (r"(a)|(b)(?(2)c|d)", 0),
    (r"café|naïve|µg|İstanbul", re.I),
]
TEXT = (
    "People with MS (multiple\nsclerosis) in the clinic took 20 mg; 3.5% relapsed. Relapses\n"
    "# a note\na\nb 10–20 ab bc café NAÏVE µg istanbul"
)


def _matches(pattern: re.Pattern[str]) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(TEXT)]


def _cache(tmp_path: Path) -> CachedCompiler:
    return CachedCompiler(tmp_path / "regex.bin", re._compiler.compile)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "flags"), PATTERNS)
def test_a_stored_pattern_is_the_pattern_re_compiles(tmp_path, text, flags):
    writer = _cache(tmp_path)
    writer.recording = 1
    first = writer(text, int(flags))
    writer.save()
    reader = _cache(tmp_path)
    assert (text, int(flags)) in reader.entries
    served = reader(text, int(flags))
    own = re._compiler.compile(text, int(flags))  # type: ignore[attr-defined]
    assert served == own == first  # Pattern equality compares the compiled program
    assert served.groupindex == own.groupindex
    assert served.groups == own.groups
    assert served.flags == own.flags
    assert _matches(served) == _matches(own)


def test_patterns_made_at_run_time_are_not_stored(tmp_path):
    cache = _cache(tmp_path)
    cache(r"\bfrom the input\b", 0)  # not importing, not recording
    assert cache.entries == {}
    cache.save()
    assert not (tmp_path / "regex.bin").exists()


def test_a_damaged_or_foreign_file_is_ignored(tmp_path):
    path = tmp_path / "regex.bin"
    path.write_bytes(b"\x00not marshal")
    assert _cache(tmp_path).entries == {}
    import marshal

    path.write_bytes(marshal.dumps(("another python", {("x", 0): (0, b"", 0, {}, ())})))
    assert _cache(tmp_path).entries == {}


def test_a_damaged_entry_is_compiled_anew(tmp_path):
    cache = _cache(tmp_path)
    cache.entries[("ab+", 0)] = (32, b"\x01\x02\x03\x04", 0, {}, ())  # not a valid program
    pattern = cache("ab+", 0)
    assert pattern.findall("abbb ab") == ["abbb", "ab"]
    assert ("ab+", 0) not in cache.entries


def test_turned_off_by_the_environment(monkeypatch):
    monkeypatch.setenv(regex_cache.ENV, "0")
    assert regex_cache.install() is None
    assert regex_cache.installed() is None


def _draft(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plainsum", "draft", "--format", "json",
         str(ROOT / "examples" / "lab_herpes_cells.txt")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_the_command_gives_the_same_draft_from_the_cache(tmp_path):
    """A cold run writes the cache, a warm run reads it: both drafts, findings and grades
    equal the draft made without the cache (timings aside)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PLAINSUM_"))}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    runs = [_draft(env), _draft(env), _draft(env | {regex_cache.ENV: "0"})]
    stored = regex_cache.cache_path(env)
    assert stored.exists()

    def comparable(run: subprocess.CompletedProcess[str]) -> dict:
        assert run.returncode in (0, 1), run.stderr
        draft = json.loads(run.stdout)
        draft.pop("timings", None)
        for attempt in draft["provenance"]["attempts"]:
            attempt.pop("seconds")
        return draft

    cold, warm, off = (comparable(run) for run in runs)
    assert cold == warm == off


def test_help_does_not_load_the_cache(tmp_path):
    """--help needs no library: the cache is installed only once a command is to run."""
    code = (
        "import sys\n"
        "from plainsum.cli import console\n"
        "sys.argv = ['plainsum', '--help']\n"
        "try:\n"
        "    console()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('plainsum.regex_cache' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PLAINSUM_"))}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.stdout.strip().splitlines()[-1] == "False", run.stderr


# --- facts worked out from a pattern's text (`derived`) ----------------------------------


def test_a_fact_is_worked_out_once_and_kept_for_the_next_run(tmp_path):
    calls: list[str] = []

    def work() -> tuple[str, ...]:
        calls.append("worked")
        return ("people", "patients")

    writer = _cache(tmp_path)
    key = ("strings", r"\b(?:people|patients)\b", int(re.I))
    assert writer.fact(key, work) == ("people", "patients")
    assert writer.fact(key, work) == ("people", "patients")
    assert calls == ["worked"]
    writer.save()
    reader = _cache(tmp_path)
    assert reader.fact(key, lambda: ("not", "asked")) == ("people", "patients")
    assert calls == ["worked"]


def test_a_fact_that_cannot_be_stored_is_worked_out_every_time(tmp_path):
    cache = _cache(tmp_path)
    key = ("pattern", "a+", 0)
    first = cache.fact(key, lambda: re.compile("a+"))
    assert first.pattern == "a+"
    assert cache.facts == {}


def test_facts_of_other_code_are_not_used(tmp_path, monkeypatch):
    """A change to the code that works facts out makes the stored ones another version's."""
    writer = _cache(tmp_path)
    writer.fact(("strings", "abc", 0), lambda: ("abc",))
    writer.save()
    assert _cache(tmp_path).facts
    monkeypatch.setattr(regex_cache, "_code_digest", lambda: "another version")
    assert _cache(tmp_path).facts == {}


def _derived_facts() -> list[tuple[str, re.Pattern[str], object]]:
    """(kind, pattern, the fact as worked out without the cache) for the package's patterns."""
    from test_first_chars import _package_patterns

    from plainsum import required_strings, word_start

    out: list[tuple[str, re.Pattern[str], object]] = []
    for pattern in _package_patterns()[::4]:  # a quarter: the suite's time
        twin = word_start.caseless_twin(pattern)
        fast = word_start.variant(pattern)
        out.append(("twin", pattern, None if twin is None else (twin.pattern, twin.flags)))
        out.append(("variant", pattern, None if fast is None else (fast.pattern, fast.flags)))
        out.append(("strings", pattern, required_strings.strings(pattern)))
    return out


def test_the_kept_facts_are_the_facts_worked_out_anew(tmp_path):
    """The twins, word-start variants and required strings of the package's patterns served
    from a stored cache (a second run) equal those worked out with no cache at all."""
    from plainsum import required_strings, word_start

    expected = _derived_facts()
    assert any(kind == "twin" and fact for kind, _, fact in expected)

    def served() -> list[tuple[str, re.Pattern[str], object]]:
        out: list[tuple[str, re.Pattern[str], object]] = []
        for kind, pattern, _ in expected:
            if kind == "strings":
                out.append((kind, pattern, regex_cache.derived(
                    "prefilter_strings", pattern, required_strings.strings)))  # fmt: skip
                continue
            made = (word_start.caseless_twin if kind == "twin" else word_start.variant)(pattern)
            out.append((kind, pattern, None if made is None else (made.pattern, made.flags)))
        return out

    path = tmp_path / "regex.bin"
    try:
        cold = regex_cache.install(path)
        assert cold is not None
        first = served()
        cold.save()
        regex_cache.uninstall()
        warm = regex_cache.install(path)
        assert warm is not None and warm.facts
        second = served()
        assert warm.facts_used == set(warm.facts)  # every fact served from the file
    finally:
        regex_cache.uninstall()
    assert first == expected
    assert second == expected
