"""Building the follow-up turns: new lists every time, the caller's messages never touched.

Guards instructor's bug #2645 in our code: `repair_messages` once appended to the caller's list
and returned it, and no test noticed, because each test compared against a list from another call.
"""

from __future__ import annotations

import copy

from plainsum.drafters.chat import format_findings, reask_messages, repair_messages
from plainsum.prompts import load_prompt
from plainsum.schemas import Finding, Severity

BASE = [
    {"role": "system", "content": "You write plain summaries."},
    {"role": "user", "content": "<<<PAPER\nA paper.\nPAPER>>>"},
]
FINDINGS = [
    Finding(
        check="caveats",
        severity=Severity.ERROR,
        message="missing caveat: not yet shown in people",
        section="limitations",
        hint="say the results come from cells in a lab",
    )
]


def test_repair_messages_returns_a_new_list_and_leaves_the_callers_alone():
    base = copy.deepcopy(BASE)
    out = repair_messages(base, load_prompt("repair-v1"), '{"headline": "x"}', FINDINGS, grade=8)
    assert base == BASE  # not appended to
    assert out is not base
    assert out[:2] == BASE
    assert out[2] == {"role": "assistant", "content": '{"headline": "x"}'}
    assert out[3]["role"] == "user" and "missing caveat" in out[3]["content"]
    again = repair_messages(base, load_prompt("repair-v1"), "second", FINDINGS, grade=8)
    assert len(again) == 4 and again[2]["content"] == "second"  # not stacked on the first


def test_reask_messages_returns_a_new_list():
    base = copy.deepcopy(BASE)
    out = reask_messages(base, load_prompt("repair-v1"), "not json", "not valid JSON", grade=8)
    assert base == BASE and out is not base and len(out) == 4
    assert out[2] == {"role": "assistant", "content": "not json"}


def test_format_findings_names_where_what_and_the_fix():
    line = format_findings(FINDINGS)
    assert line.startswith("1. [error] in limitations (caveats): missing caveat")
    assert "Fix: say the results come from cells in a lab" in line
