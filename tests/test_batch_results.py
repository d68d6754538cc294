import json

import pytest
from pydantic import ValidationError

from plainsum.batch.results import BatchResult, BatchStatus, SourceMeta, read_results
from plainsum.schemas import PlainSummary

SUMMARY = PlainSummary(
    headline="A herpes virus made more copies of itself in lab-grown brain cells",
    what_the_study_did="Scientists grew brain cells in the lab and infected them with a virus.",
    why_it_matters="This study is not about MS. Talk to your doctor or care team.",
    limitations="The work was done in cells, not in people. We do not know yet if it holds.",
)


def test_a_result_line_has_the_contract_field_names():
    result = BatchResult(
        id="p1",
        key="k" * 64,
        source=SourceMeta(title="T", doi="10.1/x", authors=["A B"]),
        status=BatchStatus.PASSED,
        summary=SUMMARY,
        cost_usd=0.001,
    )
    data = json.loads(result.to_line())
    assert set(data) == {
        "id", "key", "source", "status", "summary", "findings", "evidence", "usage",
        "cost_usd", "error", "approved", "drafted_at",
    }  # fmt: skip
    assert set(data["source"]) == {
        "title", "journal", "date", "authors", "doi", "pmid", "url", "path",
    }  # fmt: skip
    assert data["status"] == "passed" and data["approved"] is False
    assert set(data["summary"]) == set(SUMMARY.sections())


def test_lines_round_trip_and_an_error_has_no_summary():
    error = BatchResult(id="p2", key="k", status="error", error="endpoint said 401")
    back = read_results(error.to_line() + "\n\n")
    assert back == [error]
    assert back[0].summary is None and back[0].status is BatchStatus.ERROR


def test_an_unknown_status_is_refused():
    with pytest.raises(ValidationError):
        BatchResult(id="p", key="k", status="ok")
