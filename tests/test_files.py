import os
import stat

import pytest

from plainsum.errors import InputError, OutputError
from plainsum.files import path_inside, safe_filename, write_atomic


def test_write_atomic_replaces_whole_file_with_normal_mode(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("old")
    old_umask = os.umask(0o022)
    try:
        write_atomic(target, "new text")
    finally:
        os.umask(old_umask)
    assert target.read_text() == "new text"
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]  # no temporary file left


def test_write_atomic_missing_folder(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "out.md", "x")


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p: p.mkdir(), "a folder"),
        (lambda p: os.mkfifo(p), "FIFO"),
        (lambda p: p.symlink_to(p.parent / "elsewhere.md"), "symlink"),
    ],
    ids=["folder", "fifo", "symlink"],
)
def test_write_atomic_refuses_what_is_not_a_regular_file(tmp_path, make, expected):
    target = tmp_path / "out.md"
    make(target)
    with pytest.raises(OutputError, match=expected):
        write_atomic(target, "x")
    assert not (tmp_path / "elsewhere.md").exists()  # nothing written through the link
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_write_atomic_refuses_a_device(tmp_path):
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null on this platform")
    with pytest.raises(OutputError, match="a device"):
        write_atomic("/dev/null", "x")
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_write_atomic_keeps_an_existing_files_permissions(tmp_path):
    target = tmp_path / "secret.md"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)


def test_write_atomic_full_disk_is_one_clear_error(tmp_path, monkeypatch):
    import errno

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="disk is full"):
        write_atomic(tmp_path / "out.md", "x")
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd", "/etc/passwd", "..", ".", "", "a/b", "a\\b", "CON", "nul.txt",
     "\x00evil", "é" * 300, ".hidden", "-rf", "x" * 400, "id with spaces"],
)  # fmt: skip
def test_safe_filename_never_escapes(tmp_path, name):
    safe = safe_filename(name)
    assert safe and len(safe) <= 100
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe not in (".", "..") and not safe.startswith((".", "-"))
    path = path_inside(tmp_path, name, suffix=".json")
    assert path.parent == tmp_path


def test_safe_filename_keeps_plain_ids_and_separates_lookalikes():
    assert safe_filename("case-01_a.b") == "case-01_a.b"
    assert safe_filename("a/b") != safe_filename("a_b")
    assert safe_filename("x" * 400) != safe_filename("x" * 401)


def test_path_inside_refuses_a_link_that_leads_out(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "runs"
    folder.mkdir()
    (folder / "case.json").symlink_to(outside / "case.json")
    with pytest.raises(OutputError, match="outside"):
        path_inside(folder, "case", suffix=".json")


@pytest.mark.parametrize("link", [None, "inside", "outside", "dangling", "chain_out"])
def test_path_inside_with_the_folders_real_path_given_decides_as_without(tmp_path, link):
    """A batch resolves its pages folder once (`base`); each page is then checked with one
    look at the name itself, and the answer is the one a full resolve gives."""
    import os

    outside = tmp_path / "outside"
    outside.mkdir()
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    folder = tmp_path / "runs"
    folder.symlink_to(real)  # the folder itself reached through a link
    target = {
        "inside": real / "sub" / "other.json",
        "outside": outside / "case.json",
        "dangling": real / "missing.json",
        "chain_out": folder / "hop.json",
    }.get(link or "")
    if link == "chain_out":
        (real / "hop.json").symlink_to(outside / "case.json")
    if target is not None:
        (real / "case.json").symlink_to(target)
    base = os.path.realpath(folder)
    outcomes = []
    for given in (None, base):
        try:
            outcomes.append(path_inside(folder, "case", suffix=".json", base=given))
        except OutputError as exc:
            outcomes.append(type(exc))
    assert outcomes[0] == outcomes[1]
    assert (outcomes[0] is OutputError) == (link in ("outside", "chain_out"))


def test_deeply_nested_json_to_check_is_bad_input(tmp_path, capsys):
    from plainsum.cli import main

    nested = tmp_path / "draft.json"
    nested.write_text("[" * 200_000 + "]" * 200_000)
    source = tmp_path / "paper.txt"
    source.write_text("Background: a study of people with MS. Methods: we asked 40 people.")
    code = main(["check", str(nested), "--source", str(source)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert len([x for x in err.splitlines() if "error:" in x]) == 1


def test_a_full_disk_anywhere_is_exit_2_with_one_line(monkeypatch, capsys):
    import errno

    from plainsum import cli

    def full(args):
        raise OSError(errno.ENOSPC, "No space left on device", "/data/out")

    monkeypatch.setattr(cli, "build_parser", lambda: _parser_running(full))
    code = cli.main(["x"])
    err = capsys.readouterr().err
    assert code == 2 and "the disk is full (/data/out)" in err and "internal" not in err


def _parser_running(func):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("x")
    parser.set_defaults(func=func)
    return parser


def test_text_after_a_rule_in_a_markdown_draft_is_read():
    from plainsum.render import parse_markdown

    text = (
        "# A headline\n\n## What the study did\n\nFirst part.\n\n---\n\nSecond part.\n\n"
        "## Why it matters to people with MS\n\nIt matters.\n\n## Limitations\n\nSmall.\n\n"
        "---\n\n**Gate: passed (0 errors, 0 warnings)** · footer\n"
    )
    summary = parse_markdown(text)
    assert "Second part." in summary.what_the_study_did
    assert "Gate" not in summary.limitations


@pytest.mark.parametrize(("durable", "fsyncs"), [(True, 1), ({}, 1), (False, 0)])
def test_durable_writes_are_flushed_to_disk_and_others_are_not(
    tmp_path, monkeypatch, durable, fsyncs
):
    calls = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: calls.append(fd) or real(fd))
    path = tmp_path / "page.md"
    kwargs = {} if durable == {} else {"durable": durable}
    write_atomic(path, "text\n", **kwargs)
    assert path.read_text() == "text\n" and len(calls) == fsyncs
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]  # no temporary file left


def test_batch_pages_skip_the_fsync_and_an_empty_page_is_written_again(tmp_path, monkeypatch):
    from plainsum.batch.pages import page_paths, pages_exist, write_pages
    from plainsum.schemas import Draft, PlainSummary, Provenance, SourceInfo

    calls = []
    monkeypatch.setattr(os, "fsync", lambda fd: calls.append(fd))
    summary = PlainSummary(
        headline="A drug slowed new brain spots in a small group of adults with MS",
        what_the_study_did="Doctors gave 40 adults with MS a drug or a dummy pill for a year.",
        why_it_matters="Fewer new spots may mean fewer relapses. Talk to your care team.",
        limitations="The group was small and the study was short.",
    )
    draft = Draft(
        summary=summary,
        source=SourceInfo(title="A trial", sha256="0" * 64, chars=100),
        provenance=Provenance(drafter="offline", plainsum_version="0"),
        passed=True,
    )
    assert not pages_exist(tmp_path, "p1")
    write_pages(tmp_path, "p1", draft)
    assert pages_exist(tmp_path, "p1") and calls == []
    md, _ = page_paths(tmp_path, "p1")
    md.write_text("")  # what a power cut can leave behind
    assert not pages_exist(tmp_path, "p1")


@pytest.mark.parametrize(
    "mode, kind, read_refusal",
    [
        (stat.S_IFREG, None, None),
        (stat.S_IFDIR, "a folder", "is a folder; give a file (or - for stdin)"),
        (
            stat.S_IFIFO,
            "a named pipe (FIFO)",
            "is a named pipe (FIFO), not a regular file; pipe it to stdin with - instead",
        ),
        (stat.S_IFCHR, "a device", "is a device, not a regular file; give a file (or - for stdin)"),
        (stat.S_IFBLK, "a device", "is a device, not a regular file; give a file (or - for stdin)"),
        (stat.S_IFSOCK, "a socket", "is a socket, not a regular file"),
        (stat.S_IFLNK, "not a regular file", "is not a regular file"),
    ],
)
def test_reading_and_writing_name_a_special_file_the_same_way(mode, kind, read_refusal):
    """One home for what a non-regular path is: the write refusal and the read refusal
    (with its advice) both come from `special_kind`."""
    from plainsum.files import special_kind
    from plainsum.ingest.bounded import describe_special

    assert special_kind(mode) == kind
    assert describe_special(mode) == read_refusal


def test_write_atomic_never_reuses_a_temporary_name_that_exists(tmp_path, monkeypatch):
    draws = iter([b"\x01" * 6, b"\x01" * 6, b"\x02" * 6])
    monkeypatch.setattr(os, "urandom", lambda n: next(draws))
    taken = tmp_path / f".out.md.{'01' * 6}.tmp"
    taken.write_text("someone else's")
    write_atomic(tmp_path / "out.md", "mine")
    assert (tmp_path / "out.md").read_text() == "mine"
    assert taken.read_text() == "someone else's"  # left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == [taken.name, "out.md"]


@pytest.mark.parametrize(
    "name, changed",
    [
        ("cochrane-075-CD004704", False),
        ("PMC1234567", False),
        ("a/b", True),
        ("id with spaces", True),
        (".hidden", True),
        ("CON", True),
        ("x" * 400, True),  # kept, but too long: cut, with the hash
        ("é-trial", True),
    ],
)
def test_a_name_gets_its_hash_exactly_when_it_had_to_change(name, changed):
    import hashlib

    digest = hashlib.sha256(name.encode()).hexdigest()[:10]
    made = safe_filename(name)
    assert made.endswith("-" + digest) == changed
    assert (made == name) == (not changed)
