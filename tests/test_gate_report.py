"""What the gate says it did: checks run, evidence links, grade, status."""

import importlib
import pkgutil

import pytest
from gate_texts import OBS_DESIGN, OBS_SOURCE, OBS_SUMMARY

import plainsum.checks as checks
from plainsum.checks import CHECKS, run_gate, status_of
from plainsum.schemas import Finding, Severity, Status


def test_checks_run_names_every_check_module():
    """A check module added to the gate must be named in CHECKS (so reports say it ran)."""
    names = set()
    for info in pkgutil.iter_modules(checks.__path__):
        module = importlib.import_module(f"plainsum.checks.{info.name}")
        names |= set(getattr(module, "CHECKS", ()))
        if isinstance(getattr(module, "CHECK", None), str):
            names.add(module.CHECK)
    assert names <= set(CHECKS)


def test_gate_result_says_what_it_checked():
    result = run_gate(OBS_SOURCE, OBS_SUMMARY, OBS_DESIGN)
    assert result.checks_run == list(CHECKS)
    assert result.grade is not None and 0 < result.grade < 20
    assert [link.section for link in result.evidence][0] == "headline"
    assert {link.section for link in result.evidence} == {
        "headline",
        "what_the_study_did",
        "why_it_matters",
        "limitations",
    }
    content = [link for link in result.evidence if link.kind == "content"]
    assert content and all(link.source_sentences for link in content)


def _f(severity):
    return Finding(check="x", severity=severity, message="m")


@pytest.mark.parametrize(
    "severities,status",
    [
        ([], Status.PASSED),
        ([Severity.INFO], Status.PASSED),
        ([Severity.WARNING], Status.NEEDS_REVIEW),
        ([Severity.WARNING, Severity.ERROR], Status.FAILED),
    ],
)
def test_status_words(severities, status):
    assert status_of([_f(s) for s in severities]) == status
