import os

import pytest

from plainsum.errors import InputError
from plainsum.files import write_atomic


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
