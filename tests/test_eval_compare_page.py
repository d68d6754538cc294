"""The compare page, read back cell by cell: labels, digits, signs, interval, verdict colour,
what was left out, and the cases that changed most.

Written after a mutation run (bench/mutation.py) showed the page could lose its verdict colours,
its metric labels, its digits or its confidence level without a test failing.
"""

from __future__ import annotations

from html.parser import HTMLParser

from plainsum.evals.compare import CaseChange, Comparison, MetricDelta, render_compare_html
from plainsum.evals.stats import PairedInterval


class _Cells(HTMLParser):
    """Rows of every table (cell text and the class of each cell), and paragraph/heading text."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, str]]] = []
        self.texts: dict[str, list[str]] = {}
        self._cell: list[str] | None = None
        self._class = ""
        self._tag = ""

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell, self._class = [], dict(attrs).get("class") or ""
        elif tag in ("p", "h1", "h2", "h3"):
            self._tag = tag
            self.texts.setdefault(tag, []).append("")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(("".join(self._cell), self._class))
            self._cell = None
        elif tag == self._tag:
            self._tag = ""

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        elif self._tag:
            self.texts[self._tag][-1] += data


def _interval(a: float, b: float, low: float, high: float, confidence=0.9) -> PairedInterval:
    return PairedInterval(
        n=12, mean_a=a, mean_b=b, delta=b - a, low=low, high=high, confidence=confidence
    )


def _comparison(**changes) -> Comparison:
    fields = dict(
        run_a="run-1",
        run_b="run-2",
        system_a="offline",
        system_b="model <b>",
        n_cases=12,
        confidence=0.9,
        deltas=[
            MetricDelta("fk_grade", _interval(9.25, 8.0, -1.5, -1.0), "better"),
            MetricDelta("gate_passed", _interval(0.9, 0.75, -0.3, -0.02), "worse"),
            MetricDelta("rouge1", _interval(0.3, 0.31, -0.01, 0.03), "no clear change"),
            MetricDelta("my_metric", _interval(1.0, 2.0, 0.5, 1.5), "changed"),
        ],
        top_cases=[
            CaseChange(
                "d/c<3>",
                4.5,
                "pass → fail",
                [
                    ("gate_passed", 1.0, 0.0),
                    ("fk_grade", 8.0, 11.5),
                    ("my_metric", 1.0, 2.25),
                    ("rouge1", 0.2, 0.25),
                    ("errors", 0.0, 1.0),  # a fifth change: the page shows four
                ],
            )
        ],
        crashed_in_b=["d/c9"],
    )
    fields.update(changes)
    return Comparison(**fields)


def _read(comparison: Comparison) -> _Cells:
    parser = _Cells()
    parser.feed(render_compare_html([comparison]))
    return parser


def test_metric_rows_have_label_digits_sign_interval_and_verdict_colour():
    rows = _read(_comparison()).rows
    header = [text for text, _ in rows[0]]
    assert header == ["metric", "A", "B", "Δ B−A", "90% CI", "verdict"]
    body = [[(text, cls) for text, cls in row] for row in rows[1:5]]
    assert body == [
        [
            ("FK grade (body)", ""),
            ("9.2", ""),  # one digit for a grade (9.25 rounds to even)
            ("8.0", ""),
            ("-1.2", ""),
            ("[-1.5, -1.0]", ""),
            ("better", "up"),
        ],
        [
            ("passes the gate", ""),
            ("0.90", ""),
            ("0.75", ""),
            ("-0.15", ""),
            ("[-0.30, -0.02]", ""),
            ("worse", "down"),
        ],
        [
            ("ROUGE-1 F", ""),
            ("0.300", ""),
            ("0.310", ""),
            ("+0.010", ""),
            ("[-0.010, +0.030]", ""),
            ("no clear change", ""),
        ],
        # a metric plainsum does not know: its own name and three digits
        [
            ("my_metric", ""),
            ("1.000", ""),
            ("2.000", ""),
            ("+1.000", ""),
            ("[+0.500, +1.500]", ""),
            ("changed", ""),
        ],
    ]


def test_heading_and_line_say_systems_runs_count_left_out_and_confidence():
    cells = _read(_comparison())
    assert cells.texts["h2"] == ["offline → model <b>"]  # escaped, shown as written
    assert cells.texts["p"][0] == (
        "A: run run-1 · B: run run-2 · 12 paired cases (left out: 1 crashed in B (d/c9)) · "
        "90% paired bootstrap intervals of the mean difference B − A"
    )
    plain = _read(_comparison(crashed_in_b=[], confidence=0.95)).texts["p"][0]
    assert "12 paired cases · 95% paired" in plain


def test_cases_that_changed_most_name_the_case_gate_and_changes():
    rows = _read(_comparison()).rows
    header = rows.index([("case", ""), ("gate A → B", ""), ("biggest changes", "")])
    assert rows[header + 1] == [
        ("d/c<3>", ""),
        ("pass → fail", ""),
        (
            "passes the gate: 1.00 → 0.00; FK grade (body): 8.0 → 11.5; my_metric: 1.000 → 2.250; "
            "ROUGE-1 F: 0.200 → 0.250",
            "text",
        ),
    ]
