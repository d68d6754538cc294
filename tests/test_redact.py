"""The one redaction module: keys, fragments of keys and terminal controls never get out."""

import base64
import os
import stat

import pytest

from plainsum.redact import (
    REDACTED,
    Redactor,
    Scrubber,
    clean,
    register_secret,
    strip_controls,
)
from plainsum.runlog import LogEntry, RunLog

KEY = "sk-proj-Zq7XbT4kLm9PwR2sVn8YcJ5hGd3F"


ECHOES = [
    KEY,
    f"Bearer {KEY}",
    KEY[:-4],  # echoed minus its last characters
    KEY[:12],  # a prefix
    KEY[-8:],  # a suffix
    KEY[10:20],  # a middle
    " ".join(KEY),  # spaced out
    ".".join(KEY),
    f"{KEY[:6]}****{KEY[-4:]}",  # partly masked, as servers print it
    f"{KEY[:5]}...{KEY[-4:]}",
    f"***{KEY[-4:]}",
    base64.b64encode(KEY.encode()).decode(),
]


@pytest.mark.parametrize("echo", ECHOES)
def test_every_form_of_the_key_is_scrubbed(echo):
    text = f"error: Incorrect API key provided: {echo}. See the docs."
    out = Redactor([KEY])(text)
    assert REDACTED in out
    for n in range(6, len(KEY)):
        for start in range(0, len(KEY) - n + 1, 3):
            fragment = KEY[start : start + n]
            if any(c.isdigit() for c in fragment) and any(c.isalpha() for c in fragment):
                assert fragment not in out.replace(" ", "").replace(".", "")
    assert out.startswith("error: Incorrect API key provided: ") and out.endswith("See the docs.")


@pytest.mark.parametrize(
    "text",
    [
        "People with MS took part in a project for 12 weeks.",
        "a project on sk- and -proj words, not keys",
        "--- a Markdown rule, and *** emphasis ***",
        "Each person's risk-profile was scored before treatment.",
        "The risk-projection model and the risk-prone group were compared.",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert Redactor([KEY])(text) == text


@pytest.mark.parametrize(
    "text",
    [
        f"key={KEY[:8]}",
        f"the key ({KEY[:7]}) was refused",
        f"Authorization: Bearer {KEY[:9]}",
        f"{KEY[:6]} at the start",
        f"ends with the key's end: x-{KEY[-6:]}",
    ],
)
def test_a_prefix_or_suffix_where_a_key_stands_is_scrubbed(text):
    assert REDACTED in Redactor([KEY])(text)


def test_a_word_prefix_glued_to_a_word_is_a_word_whatever_the_key():
    key = "sk-benchmark-0000-key"
    assert Redactor([key])("a risk-benefit balance") == "a risk-benefit balance"
    assert REDACTED in Redactor([key])("token sk-bench was refused")


def test_short_placeholders_are_not_secrets():
    assert Redactor(["no-key"])("no-key here") == "no-key here"


def test_clean_uses_the_environment_and_registered_keys(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    assert KEY[-10:] not in clean(f"tail {KEY[-10:]}")
    other = "zX9-registered-Key-77aa"
    register_secret(other)
    assert clean(f"a {other} b") == f"a {REDACTED} b"


@pytest.mark.parametrize(
    "dirty, expected",
    [
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x1b]0;pwned title\x07after", "after"),
        ("\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("bell\x07 back\x08space\x00nul", "bell backspacenul"),
        ("\x9b2Jcleared", "cleared"),
        ("line\r\nnext\rover", "line\nnextover"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
    ],
)
def test_terminal_controls_are_stripped(dirty, expected):
    assert strip_controls(dirty) == expected


@pytest.mark.parametrize(
    "around",
    [
        "",
        "plain words ",
        "± 5 °C, 12 µg · ",
        "≥ 50% – “quoted” ",
        "lone \ud800 surrogate ",
        "emoji 🧠 ",
    ],
)
def test_controls_are_found_in_any_text_they_sit_in(around):
    """The fast check finds each control character (and only those) wherever it sits: in ASCII
    text, beside Latin-1 letters whose UTF-8 shares its first byte (\xc2) with U+0080-U+009F,
    in wider text and beside a lone surrogate; strip_controls then removes what it always did."""
    from plainsum.redact import _ANSI, _CONTROLS, has_controls

    for code in [*range(0x00, 0x200), 0x2028, 0xFEFF, 0x1F9E0]:
        char = chr(code)
        text = f"{around}{char}{around}"
        assert has_controls(text) == bool(_CONTROLS.search(text)), hex(code)
        slow = _CONTROLS.sub("", _ANSI.sub("", text.replace("\r\n", "\n")))  # as it was
        assert strip_controls(text) == slow, hex(code)
    assert not has_controls(around * 50)
    assert strip_controls(around) is around or not around


def test_a_5_mb_text_is_scrubbed_quickly():
    import time

    big = "word " * 1_000_000 + KEY[5:17]
    started = time.perf_counter()
    out = Redactor([KEY])(big)
    assert out.endswith(REDACTED) and time.perf_counter() - started < 5


def test_run_log_is_private_and_scrubbed(tmp_path):
    folder = tmp_path / "plainsum"
    log = RunLog(folder / "logs.db", secrets=[KEY])
    log.append(
        LogEntry(
            status="error",
            error=f"HTTP 401: bad key {KEY[:-3]} \x1b[2J",
            response=f"echo {' '.join(KEY)}",
            messages=[{"role": "user", "content": "x" * 500_000}],
        )
    )
    log.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "logs.db").stat().st_mode) == 0o600
    entry = log.recent(1)[0]
    assert KEY[:-3] not in (entry.error or "") and "\x1b" not in (entry.error or "")
    assert REDACTED in (entry.response or "")
    assert len(entry.messages[0]["content"]) < 250_000  # cut, with a note
    assert "not logged" in entry.messages[0]["content"]


def test_an_existing_loose_run_log_is_tightened(tmp_path):
    folder = tmp_path / "plainsum"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    db = folder / "logs.db"
    RunLog(db).append(LogEntry(status="ok"))
    os.chmod(db, 0o644)
    RunLog(db).append(LogEntry(status="ok"))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_a_shared_folder_is_not_chmodded(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    RunLog(shared / "my.db").append(LogEntry(status="ok"))
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "my.db").stat().st_mode) == 0o600


def test_a_readable_config_file_is_warned_about(tmp_path, caplog):
    from plainsum.settings import load_settings

    config = tmp_path / "plainsum.toml"
    config.write_text("model = 'm'\n")
    os.chmod(config, 0o644)
    with caplog.at_level("WARNING", logger="plainsum"):
        load_settings({}, env={}, config=config)
    assert "readable by other users" in caplog.text
    caplog.clear()
    os.chmod(config, 0o600)
    with caplog.at_level("WARNING", logger="plainsum"):
        load_settings({}, env={}, config=config)
    assert "readable" not in caplog.text


def test_a_key_far_into_a_long_text_is_found_where_it_is():
    """Words that share a run with the key ("secret", "bench-") are left alone, and a key
    spaced out past many chunks of separators is replaced at its own place."""
    key = "sk-bench-not-a-secret-Zq81"
    filler = "the secret bench-mark: secretion, " * 9000  # ~300 KB, runs of the key's words
    spaced = ". ".join(key)
    text = f"{filler}{spaced} end.\n{filler}"
    out = Redactor([key])(text)
    assert out == f"{filler}{REDACTED} end.\n{filler}"


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 4096, 1 << 16])
@pytest.mark.parametrize(
    "text",
    ["", "abc", "a b.c", ". ,\t\n|:", "x" * 50 + " . " * 20 + "y" * 9, "k: e.y_1 ·•x" * 40],
)
def test_the_index_map_finds_each_kept_character_whatever_its_chunks(text, chunk):
    """The k-th character that is not a separator, found chunk by chunk, is the k-th one a
    plain walk through the text finds (chunks of 4 KB, not 64 KB: less Python per hit)."""
    from plainsum.redact import _SEPARATORS, _IndexMap

    kept = [i for i, ch in enumerate(text) if ch not in _SEPARATORS]
    index = _IndexMap(text, chunk)
    assert [index[k] for k in range(len(kept))] == kept


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain words, with: separators_here|and.there",
        "a dash – and ≥ 30 · dots • and bullets",
        "emoji 🧠 beside · a bullet •• twice",
        "a lone surrogate \ud800 stays · where it was",
        "·•·•",
        "\u00b7\u2022 \t\n\r.,_|:",
    ],
)
def test_packed_text_is_the_text_without_its_separators(text):
    from plainsum.redact import _SEPARATORS, _packed

    expected = "".join(ch for ch in text if ch not in _SEPARATORS)
    assert _packed(text).decode("utf-8", "surrogatepass") == expected


@pytest.mark.parametrize(
    "around",
    ["{} – a dash", "≥ 30 people · {}", "🧠 {} 🧠", "\ud800 {}", "• {} •"],
)
@pytest.mark.parametrize("echo", [KEY, KEY[:12], KEY[10:20], " ".join(KEY), ".".join(KEY)])
def test_a_key_beside_characters_beyond_latin_1_is_scrubbed(around, echo):
    """Text with a dash or a "≥" (wider characters) is searched as UTF-8 bytes: the key is found
    there as it is in plain ASCII text."""
    out = Redactor([KEY])(around.format(echo))
    assert out == around.format(REDACTED)


OTHER = "sk-live-Hw3Jq9Vb7Rt2Xc5Mn8Lk4Pz6"


@pytest.mark.parametrize("in_env", [True, False])
@pytest.mark.parametrize("echo", [*ECHOES, f"{OTHER[:9]} then {KEY}", "no key at all"])
def test_a_scrubber_gives_what_clean_then_its_own_redactor_gave(echo, in_env, monkeypatch):
    """One pass when the environment already holds the scrubber's key, two when it does not:
    the text comes out the same as `Redactor([key])(clean(text))`, controls stripped too."""
    monkeypatch.setenv("OPENAI_API_KEY", KEY if in_env else OTHER)
    text = f"\x1b[31merror\x1b[0m: key {echo}, \x07again {echo}."
    out = Scrubber([KEY])(text)
    assert out == Redactor([KEY])(clean(text))
    assert "\x1b" not in out and "\x07" not in out
    assert OTHER not in out and KEY not in out
