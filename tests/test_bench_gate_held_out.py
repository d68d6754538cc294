"""bench_gate keeps its held-out sets unseen: their figures only, no clean summary or missed
flaw quoted, unless --held-out-detail asks for it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_gate import held_out_args  # noqa: E402


def test_held_out_sets_quote_nothing_by_default():
    args = argparse.Namespace(worst=5, show="all", held_out_detail=False, grade=8)
    held = held_out_args(args)
    assert (held.worst, held.show, held.grade) == (0, None, 8)
    assert (args.worst, args.show) == (5, "all")  # the main corpus still lists its own


def test_held_out_detail_is_there_when_asked_for():
    args = argparse.Namespace(worst=5, show="advice", held_out_detail=True, grade=8)
    assert held_out_args(args) is args
