import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from plainsum.schemas import PlainSummary, Usage

GOOD = {
    "headline": "Low vitamin D was linked with more relapses in people with MS",
    "what_the_study_did": "Researchers followed adults with MS and measured vitamin D.",
    "why_it_matters": "Vitamin D is easy to test. Talk to your doctor or care team first.",
    "limitations": "This study shows a link, not that low vitamin D causes relapses.",
}

SNAPSHOT = Path(__file__).parent / "snapshots" / "plain_summary_schema.json"


def test_good_summary_validates():
    s = PlainSummary.model_validate(GOOD)
    assert list(s.sections()) == list(GOOD)


@pytest.mark.parametrize(
    "field,value",
    [
        ("headline", ""),
        ("headline", "   "),
        ("headline", " ".join(["word"] * 61)),
        ("limitations", ""),
        ("what_the_study_did", " ".join(["word"] * 601)),
        ("why_it_matters", 42),
        ("limitations", ["a", "list"]),
    ],
)
def test_what_is_not_a_summary_is_refused(field, value):
    with pytest.raises(ValidationError):
        PlainSummary.model_validate({**GOOD, field: value})


@pytest.mark.parametrize(
    "field,value",
    [
        ("headline", "Too short"),
        ("headline", "Vitamin D matters a lot for people. It was linked with relapses too."),
        ("limitations", "The study was small and short."),
        ("why_it_matters", "Too few words here."),
    ],
)
def test_style_is_not_structure(field, value):
    """Short sections and a two-sentence headline are a summary: the shape check reports them."""
    s = PlainSummary.model_validate({**GOOD, field: value})
    assert getattr(s, field) == value


def test_extra_fields_rejected():
    with pytest.raises(ValidationError):
        PlainSummary.model_validate({**GOOD, "advice": "take it"})


def test_usage_adds():
    total = Usage(input_tokens=10, output_tokens=5, cost_usd=0.1) + Usage(input_tokens=1)
    assert (total.input_tokens, total.output_tokens, total.cost_usd) == (11, 5, 0.1)


def test_schema_snapshot():
    """The schema is prompt text sent to models: a change must be deliberate (update the file)."""
    schema = PlainSummary.model_json_schema()
    if os.environ.get("PLAINSUM_UPDATE_SNAPSHOTS") == "1":  # a deliberate update, never implicit
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(json.dumps(schema, indent=2) + "\n")
    assert SNAPSHOT.exists(), f"{SNAPSHOT} is missing; PLAINSUM_UPDATE_SNAPSHOTS=1 writes it"
    assert schema == json.loads(SNAPSHOT.read_text())
