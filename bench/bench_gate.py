"""Measure the gate on the labelled corpus in bench/gate_corpus/ (issue 8's yardstick).

    python bench/bench_gate.py [--data ../shared/data] [--json] [--grade 8] [--worst 5]
                               [--human-limit N] [--count-readability] [--show TYPE]

It loads each corpus abstract from the data folder by file and id, and uses only the public
API (`plainsum.ingest.parse`, `plainsum.design.detect_design`, `plainsum.checks.run_checks`),
reading findings by `check`, `section` and `severity`, so it keeps working as checks are added.
It prints:

- per flaw type, caught / total: a variant is caught when it gets an error that its clean
  summary does not get (same check, section and span or message), in the changed section (a
  finding without a section counts anywhere), or anywhere for whole-summary flaws (a missing
  caveat); for a flaw the gate sends for review (an unnamed condition) a new warning counts too.
  Readability errors (reading grade, sentence length) are not counted as catches
  unless --count-readability: a planted flaw moves the grade by chance;
- the share of clean summaries with no error apart from readability, and per check the clean
  summaries it gives an error (false errors), with the worst few;
- per caveat, recall of natural phrasings and rejection of near misses: each phrasing replaces
  its host's own sentence(s) for that caveat; the caveat's finding is what the host gets with
  those sentences removed; a phrasing is recognised when none of that finding remains;
- each check's false-alarm rate on the human lay summaries in the data folder, shaped into a
  PlainSummary as bench/bench_checks.py does, and how many could not be shaped and why;
- the headline check's rate on those summaries three ways, as a human summary has no headline:
  the shaping's (the first sentence cut at 14 words, which cuts mid-phrase), the whole first
  sentence (often background or the review question: not meant as a headline), and the
  sentence of the summary that holds most of the paper's conclusions (or results), whole: what
  an editor would headline, and the fair measure of false alarms;
- time per check and for the whole gate, in ms per summary;
- the same flaw and caveat tables for the held-out set, when its files are there;
- for each held-out set with clean summaries of its own (holdout2 to holdout7), the clean share
  and the flaw table, and the caveat table when the set has phrasings of its own (holdout5 to
  holdout7).

Exits 2 with one line on stderr when the data folder is missing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench_checks import ShapeError, shape
from bench_fluency import body, false_alarms, real_slips
from gate_corpus_load import (
    CAVEATS,
    CORPUS,
    FLAW_TYPES,
    HOLDOUT_FLAWS,
    HOLDOUT_PHRASINGS,
    OWN_CLEAN_HOLDOUTS,
    OWN_CLEAN_PHRASINGS,
    REVIEW_FLAWS,
    WHOLE_SUMMARY_FLAWS,
    Clean,
    apply_flaw,
    load_clean,
    load_flaws,
    load_phrasings,
    place_caveat,
)

import plainsum.checks as gate
from plainsum.checks import run_checks
from plainsum.checks.headline import check_headline
from plainsum.checks.readability import split_sentences
from plainsum.design import DesignInfo, detect_design
from plainsum.evidence import overlaps, split_source
from plainsum.ingest import Source, parse
from plainsum.plain.sentences import Role
from plainsum.schemas import Finding, PlainSummary, Severity

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
READABILITY = "readability"
Key = tuple[str, str | None, str]


# --- timing: wrap every check_* function that run_checks looks up in plainsum.checks ---------

_CHECK_SECONDS: Counter[str] = Counter()


def _timed(name: str, fn):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _CHECK_SECONDS[name] += time.perf_counter() - start

    return wrapper


# Shared work the gate does before its checks (sentence alignment), timed on its own.
_SHARED_STEPS = {"link_summary": "evidence links"}


def _instrument() -> list[str]:
    names = []
    for name in dir(gate):
        fn = getattr(gate, name)
        if not callable(fn):
            continue
        label = _SHARED_STEPS.get(name)
        if name.startswith("check_"):
            label = name.removeprefix("check_")
        if label:
            setattr(gate, name, _timed(label, fn))
            names.append(label)
    return names


@dataclass
class Gate:
    """run_checks with a clock."""

    grade: float
    calls: int = 0
    seconds: float = 0.0

    def __call__(self, source: Source, summary: PlainSummary, design: DesignInfo) -> list[Finding]:
        start = time.perf_counter()
        findings = run_checks(source, summary, design, grade=self.grade)
        self.seconds += time.perf_counter() - start
        self.calls += 1
        return findings


def _key(f: Finding) -> Key:
    return (f.check, f.section, f.span or f.message)


def error_keys(
    findings: list[Finding], count_readability: bool = False, warnings: bool = False
) -> set[Key]:
    """The errors of `findings` (readability apart unless `count_readability`), and with
    `warnings` the warnings too (for a flaw the gate sends for review)."""
    kept = {Severity.ERROR, Severity.WARNING} if warnings else {Severity.ERROR}
    return {
        (f.check, f.section, f.span or f.message)
        for f in findings
        if f.severity in kept and (count_readability or f.check != READABILITY)
    }


def load_sources(data: Path, cleans: dict[str, Clean]) -> dict[str, str]:
    wanted = defaultdict(set)
    for c in cleans.values():
        wanted[c.file].add(c.source_id)
    texts: dict[str, str] = {}
    for name, ids in wanted.items():
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["id"] in ids:
                texts[item["id"]] = item["source"]
    missing = [c.id for c in cleans.values() if c.source_id not in texts]
    if missing:
        raise SystemExit(f"bench_gate: sources not found in {data}: {', '.join(missing)}")
    return texts


@dataclass
class Case:
    clean: Clean
    source: Source
    design: DesignInfo
    findings: list[Finding]


def clean_cases(
    run, data: Path, name: str = "clean.jsonl", folder: Path = CORPUS
) -> dict[str, Case]:
    """Every clean summary of the corpus file `name` (in `folder`) with its paper, design and
    `run`'s findings on it (`run(source, summary, design)`: the gate here, the model review in
    bench_review)."""
    cleans = load_clean(folder, name)
    texts = load_sources(data, cleans)
    cases: dict[str, Case] = {}
    for c in cleans.values():
        source = parse(texts[c.source_id])
        design = detect_design(source)
        cases[c.id] = Case(c, source, design, run(source, c.summary(), design))
    return cases


# --- flaws ------------------------------------------------------------------------------------


@dataclass
class FlawRow:
    caught: int = 0
    total: int = 0
    invalid: int = 0
    by_check: Counter[str] = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)


def measure_flaws(cases, flaws, run, count_readability):
    rows = {t: FlawRow() for t in FLAW_TYPES}
    for flaw in flaws:
        row = rows.setdefault(flaw.type, FlawRow())
        row.total += 1
        case = cases[flaw.base]
        try:
            summary = apply_flaw(case.clean, flaw)
        except ValueError:
            row.invalid += 1
            row.missed.append(f"{flaw.key} (not a valid summary)")
            continue
        review = flaw.type in REVIEW_FLAWS
        before = error_keys(case.findings, count_readability, review)
        after = error_keys(run(case.source, summary, case.design), count_readability, review)
        new = after - before
        if flaw.type not in WHOLE_SUMMARY_FLAWS:
            new = {k for k in new if k[1] in (None, flaw.section)}
        if new:
            row.caught += 1
            row.by_check.update({k[0] for k in new})
        else:
            row.missed.append(flaw.key)
    return rows


# --- caveats ----------------------------------------------------------------------------------


@dataclass
class CaveatRow:
    host_designs: set[str] = field(default_factory=set)
    natural: int = 0
    recognised: int = 0
    near: int = 0
    rejected: int = 0
    required: bool = True
    misses: list[str] = field(default_factory=list)
    own_missed: list[str] = field(default_factory=list)
    levels: set[str] = field(default_factory=set)
    accepted_near: list[str] = field(default_factory=list)


def _names(finding: Finding, caveat: str) -> bool:
    """Whether a finding names the caveat (used only when the host's own sentence fails)."""
    text = f"{finding.check} {finding.message}".lower()
    return caveat in text or caveat.replace("_", " ") in text


def _caveat_keys(findings: list[Finding], caveat: str) -> set[Key]:
    """Errors (readability apart) and the warnings that name the caveat: a caveat the gate
    only warns about (a single trial, say) is measured too."""
    named = {
        (f.check, f.section, f.span or f.message)
        for f in findings
        if f.severity == Severity.WARNING and _names(f, caveat)
    }
    return error_keys(findings) | named


def measure_caveats(cases, phrasings, run):
    rows = {c: CaveatRow() for c in CAVEATS}
    caveat_keys: dict[tuple[str, str], set[Key]] = {}
    for p in phrasings:
        row = rows[p.caveat]
        case = cases[p.host]
        row.host_designs.add(f"{p.host}={case.design.design.value}")
        if (p.host, p.caveat) not in caveat_keys:
            removed = run(case.source, place_caveat(case.clean, p.caveat, ""), case.design)
            keys = _caveat_keys(removed, p.caveat) - _caveat_keys(case.findings, p.caveat)
            if not keys:  # the host's own sentence is not recognised either: find it by name
                keys = _caveat_keys([f for f in removed if _names(f, p.caveat)], p.caveat)
                if keys:
                    row.own_missed.append(p.host)
            caveat_keys[(p.host, p.caveat)] = keys
            row.levels.update(str(f.severity) for f in removed if _key(f) in keys)
        keys = caveat_keys[(p.host, p.caveat)]
        if not keys:
            row.required = False
        try:
            placed = place_caveat(case.clean, p.caveat, p.text)
            got = _caveat_keys(run(case.source, placed, case.design), p.caveat)
            recognised = bool(keys) and not (keys & got)
        except ValueError:
            recognised = False
        if p.kind == "natural":
            row.natural += 1
            row.recognised += recognised
            if not recognised:
                row.misses.append(p.text)
        else:
            row.near += 1
            row.rejected += not recognised
            if recognised:
                row.accepted_near.append(p.text)
    return rows


# --- human lay summaries ----------------------------------------------------------------------


def shape_reference(reference: str) -> tuple[PlainSummary | None, str]:
    """A human reference cut into the summary's shape as bench_checks does, or why it cannot."""
    try:
        return shape(reference), ""
    except ShapeError as exc:
        return None, exc.reason
    except ValueError as exc:
        return None, _schema_reason(str(exc))


def _schema_reason(error: str) -> str:
    """A short, countable reason from a pydantic validation error."""
    lines = [line.strip() for line in error.splitlines()]
    field_name = lines[1] if len(lines) > 1 else "summary"
    detail = lines[2] if len(lines) > 2 else ""
    words = re.search(r"has (\d+) words; it must have (\d+) to (\d+)", detail)
    if words:
        n, low, _ = (int(g) for g in words.groups())
        return f"{field_name} {'under' if n < low else 'over'} its word limits"
    return f"{field_name}: {detail.split('[')[0].replace('Value error, ', '').strip()}"


HEADLINE_WAYS = ("cut at 14 words", "whole first sentence", "conclusion sentence")
HEADLINE_MAX = 60  # words the schema allows a headline


def headline_choices(source: Source, reference: str, cut: str) -> dict[str, str]:
    """Three headlines for a human summary, by `HEADLINE_WAYS`: the shaping's `cut`, the whole
    first sentence, and the whole sentence that holds most of the paper's conclusions (its
    results when it states none); a way is left out when no sentence fits a headline."""
    sentences = [
        s
        for s in split_sentences(body(reference).replace("\n", " "))
        if 1 <= len(s.split()) <= HEADLINE_MAX
    ]
    choices = {HEADLINE_WAYS[0]: cut}
    if not sentences:
        return choices
    choices[HEADLINE_WAYS[1]] = sentences[0]
    parts = split_source(source)
    main = [p.index for p in parts if p.role == Role.CONCLUSION] or [
        p.index for p in parts if p.role == Role.RESULTS
    ]
    if main:
        choices[HEADLINE_WAYS[2]] = max(
            sentences, key=lambda s: max(overlaps(source, s).get(i, 0.0) for i in main)
        )
    return choices


def measure_humans(data: Path, run, limit: int):
    n = 0
    headline_flagged: Counter[str] = Counter()
    headline_n: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    flagged_body: Counter[str] = Counter()
    unshaped: Counter[str] = Counter()
    examples: dict[str, str] = {}
    fluency_rules: dict[str, set[str]] = {}  # pair id -> the fluency error rules it raised
    for path in sorted(data.glob("*.jsonl")):
        if path.stem == "ms_pairs":  # the MS pairs repeat pairs of the other files
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
            item = json.loads(line)
            summary, why = shape_reference(item["reference"])
            if summary is None:
                unshaped[why] += 1
                continue
            source = parse(item["source"])
            findings = run(source, summary, detect_design(source))
            n += 1
            errors = [f for f in findings if f.severity == Severity.ERROR]
            flagged.update({f.check for f in errors})
            flagged_body.update({f.check for f in errors if f.section != "headline"})
            for f in errors:
                # the body only: the shaping's 14-word headline cut is a fragment of its making
                body_flag = f.check == "fluency" and f.section != "headline"
                rule = _RULE.search(f.message) if body_flag else None
                if rule:
                    fluency_rules.setdefault(item["id"], set()).add(rule.group(1))
            for f in findings:
                if f.severity == Severity.ERROR and f.check not in examples:
                    examples[f.check] = f"{item['id']}: {f.message}"[:160]
            for way, headline in headline_choices(
                source, item["reference"], summary.headline
            ).items():
                headline_n[way] += 1
                chosen = summary.model_copy(update={"headline": headline})
                headline_flagged[way] += bool(check_headline(source, chosen))
    headline = {w: (headline_flagged[w], headline_n[w]) for w in HEADLINE_WAYS}
    return n, flagged, flagged_body, unshaped, headline, fluency_rules


_RULE = re.compile(r"\((\w+)\)$")  # a fluency finding's message ends with its rule

# --- main -------------------------------------------------------------------------------------


def share(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.0%})" if b else f"{a}/0"


def flaw_result(rows: dict[str, FlawRow]) -> dict:
    caught = sum(r.caught for r in rows.values())
    total = sum(r.total for r in rows.values())
    return {
        "flaws": {
            t: {
                "caught": r.caught,
                "total": r.total,
                "share": r.caught / r.total if r.total else None,
                "invalid": r.invalid,
                "by_check": dict(r.by_check),
                "missed": r.missed,
            }
            for t, r in rows.items()
        },
        "flaws_overall": {"caught": caught, "total": total, "share": caught / max(total, 1)},
    }


def caveat_result(rows: dict[str, CaveatRow]) -> dict:
    return {
        c: {
            "hosts": sorted(r.host_designs),
            "required_by_gate": r.required,
            "finding_severity": sorted(r.levels),
            "recall": r.recognised / r.natural if r.natural else None,
            "recognised": r.recognised,
            "natural": r.natural,
            "near_miss_rejection": r.rejected / r.near if r.near and r.required else None,
            "rejected": r.rejected,
            "near_misses": r.near,
            "missed_phrasings": r.misses,
            "accepted_near_misses": r.accepted_near,
            "host_own_sentence_not_recognised": r.own_missed,
        }
        for c, r in rows.items()
    }


def clean_result(cases: dict[str, Case]) -> dict:
    """How many clean summaries get no error apart from readability, and which checks err."""
    false_errors: Counter[str] = Counter()
    worst = []
    for case in cases.values():
        errors = [f for f in case.findings if f.severity == Severity.ERROR]
        false_errors.update({f.check for f in errors})
        others = [f for f in errors if f.check != READABILITY]
        if others:
            worst.append((len(others), case.clean.id, case.design.design.value, others))
    worst.sort(key=lambda w: (-w[0], w[1]))
    clean_ok = len(cases) - len(worst)
    return {
        "n": len(cases),
        "pass_apart_from_readability": clean_ok,
        "share": clean_ok / len(cases),
        "false_errors_by_check": dict(false_errors),
        "worst": [
            {"id": i, "design": d, "errors": [f"{f.check}: {f.message}" for f in fs]}
            for _, i, d, fs in worst
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--grade", type=float, default=8.0)
    parser.add_argument("--worst", type=int, default=5, help="clean summaries listed")
    parser.add_argument(
        "--held-out-detail",
        action="store_true",
        help="also quote the held-out sets' clean summaries with errors and (with --show) their "
        "missed flaws; off by default, so that the held-out sets stay unseen by whoever tunes",
    )
    parser.add_argument("--human-limit", type=int, default=100000, help="pairs per data file")
    parser.add_argument("--count-readability", action="store_true")
    parser.add_argument("--show", help="list the missed variants of this flaw type (or 'all')")
    parser.add_argument(
        "--holdout-dir",
        type=Path,
        default=CORPUS,
        help="folder with holdout_flaws.jsonl and holdout_caveat_phrasings.jsonl, if any",
    )
    args = parser.parse_args()
    if not args.data.is_dir():
        print(
            f"bench_gate: no data folder at {args.data}; the corpus loads its abstracts from it",
            file=sys.stderr,
        )
        return 2

    checks = _instrument()
    run = Gate(args.grade)
    cases = clean_cases(run, args.data)

    flaw_rows = measure_flaws(cases, load_flaws(), run, args.count_readability)
    caveat_rows = measure_caveats(cases, load_phrasings(), run)
    holdout = None
    if (args.holdout_dir / HOLDOUT_FLAWS).is_file():
        hold_flaws = measure_flaws(
            cases, load_flaws(args.holdout_dir, HOLDOUT_FLAWS), run, args.count_readability
        )
        hold_caveats = measure_caveats(
            cases, load_phrasings(args.holdout_dir, HOLDOUT_PHRASINGS), run
        )
        holdout = (hold_flaws, hold_caveats)
    own_clean = {}
    for label, clean_name, flaws_name in OWN_CLEAN_HOLDOUTS:
        if (CORPUS / clean_name).is_file():
            own_cases = clean_cases(run, args.data, clean_name)
            own_flaws = measure_flaws(
                own_cases, load_flaws(CORPUS, flaws_name), run, args.count_readability
            )
            own_clean[label] = {**flaw_result(own_flaws), "clean": clean_result(own_cases)}
            if label in OWN_CLEAN_PHRASINGS:
                own_phrasings = load_phrasings(CORPUS, OWN_CLEAN_PHRASINGS[label])
                own_caveats = measure_caveats(own_cases, own_phrasings, run)
                own_clean[label]["caveats"] = caveat_result(own_caveats)
    corpus_calls, corpus_seconds = run.calls, run.seconds
    corpus_check_seconds = dict(_CHECK_SECONDS)
    humans, flagged, flagged_body, unshaped, headline, fluency_rules = measure_humans(
        args.data, run, args.human_limit
    )
    unread = sorted(false_alarms(fluency_rules, real_slips()))

    result = {
        **flaw_result(flaw_rows),
        "clean": clean_result(cases),
        "caveats": caveat_result(caveat_rows),
        "human": {
            "n": humans,
            "false_alarm_share": {c: flagged[c] / max(humans, 1) for c in sorted(flagged)},
            "false_alarm_share_body": {
                c: flagged_body[c] / max(humans, 1) for c in sorted(flagged)
            },
            "not_shaped": dict(unshaped),
            # fluency flags not read as real slips of the human text (bench_fluency's list)
            "fluency_false_alarms": {
                "flagged": len(fluency_rules),
                "not_real_slips": len(unread),
                "share": len(unread) / max(humans, 1),
                "ids": unread,
            },
            "headline_error_share_by_choice": {
                w: {"flagged": f, "n": k, "share": f / max(k, 1)} for w, (f, k) in headline.items()
            },
        },
        "timing_ms_per_summary": {
            "gate": 1000 * run.seconds / max(run.calls, 1),
            "gate_on_corpus": 1000 * corpus_seconds / max(corpus_calls, 1),
            "checks_on_corpus": {
                c: 1000 * corpus_check_seconds.get(c, 0.0) / max(corpus_calls, 1) for c in checks
            },
            "checks": {c: 1000 * _CHECK_SECONDS.get(c, 0.0) / max(run.calls, 1) for c in checks},
            "summaries": run.calls,
        },
    }
    if holdout:
        result["holdout"] = {**flaw_result(holdout[0]), "caveats": caveat_result(holdout[1])}
    result.update(own_clean)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print_report(result, args)
    return 0


def print_flaws(r: dict, args) -> None:
    note = "" if args.count_readability else " (readability errors not counted)"
    print(f"Flaws caught: a new error in the changed section{note}")
    print(f"  {'type':<30}{'caught':>14}  by check")
    for t, row in r["flaws"].items():
        by = ", ".join(f"{c} {n}" for c, n in sorted(row["by_check"].items()))
        bad = f"  [{row['invalid']} not valid]" if row["invalid"] else ""
        print(f"  {t:<30}{share(row['caught'], row['total']):>14}  {by}{bad}")
    o = r["flaws_overall"]
    print(f"  {'overall':<30}{share(o['caught'], o['total']):>14}")
    if args.show:
        for name, row in r["flaws"].items():
            if args.show in ("all", name):
                for m in row["missed"]:
                    print(f"  missed {m}")


def print_caveats(caveats: dict) -> None:
    print("Caveats: natural phrasings recognised / near misses rejected")
    for name, row in caveats.items():
        if row["required_by_gate"]:
            rej = share(row["rejected"], row["near_misses"])
            if row["finding_severity"] == ["warning"]:
                rej += " (warning)"
        else:
            rej = "n/a (gate does not require it here)"
        print(
            f"  {name:<16}{share(row['recognised'], row['natural']):>14}  {rej:>14}"
            f"   host {', '.join(row['hosts'])}"
        )


def print_clean(c: dict, args) -> None:
    passed = share(c["pass_apart_from_readability"], c["n"])
    print(f"\nClean summaries with no error apart from readability: {passed}")
    by_check = ", ".join(f"{k} {v}" for k, v in sorted(c["false_errors_by_check"].items()))
    print(f"  clean summaries with an error, by check: {by_check or 'none'}")
    for w in c["worst"][: args.worst]:
        print(f"  {w['id']} ({w['design']}): " + " | ".join(e[:110] for e in w["errors"][:3]))


def held_out_args(args: argparse.Namespace) -> argparse.Namespace:
    """The print options for a held-out set: its figures only, no clean summary or missed flaw
    quoted (`--worst 0`, no `--show`), unless `--held-out-detail`: a held-out set stays unseen
    by whoever tunes the checks."""
    if args.held_out_detail:
        return args
    return argparse.Namespace(**{**vars(args), "worst": 0, "show": None})


def print_report(r: dict, args) -> None:
    print_flaws(r, args)
    print_clean(r["clean"], args)
    print()
    print_caveats(r["caveats"])
    h = r["human"]
    print(f"\nHuman lay summaries ({h['n']} shaped): share with an error, by check")
    print("  " + ", ".join(f"{k} {v:.1%}" for k, v in h["false_alarm_share"].items()))
    body = h["false_alarm_share_body"]
    print("  the same, body sections only (the shaping cuts each headline at 14 words):")
    print("  " + ", ".join(f"{k} {v:.1%}" for k, v in body.items()))
    fa = h["fluency_false_alarms"]
    print(
        f"  fluency, body sections: {fa['flagged']} flagged, {fa['not_real_slips']} not read as "
        f"real slips of the human text (bench/fluency_adjudicated.tsv): {fa['share']:.1%} false "
        "alarms "
        f"(issue 8: at most 3%) {', '.join(fa['ids'])}"
    )
    print("  not shaped: " + (", ".join(f"{k}: {v}" for k, v in h["not_shaped"].items()) or "0"))
    print("  headline check by the sentence taken as the headline (the last is the fair one):")
    print(
        "  "
        + ", ".join(
            f"{w} {share(v['flagged'], v['n'])}"
            for w, v in h["headline_error_share_by_choice"].items()
        )
    )
    t = r["timing_ms_per_summary"]
    print(
        f"\nTime, ms per summary ({t['summaries']} gate runs): whole gate {t['gate']:.1f}"
        f" (corpus only {t['gate_on_corpus']:.1f})"
    )
    print("  " + ", ".join(f"{k} {v:.2f}" for k, v in t["checks"].items()))
    rest = t["gate"] - sum(t["checks"].values())
    print(f"  outside the timed steps: {rest:.2f}")
    held = held_out_args(args)
    if "holdout" in r:
        print("\nHeld-out set (holdout_*.jsonl), same clean summaries:")
        print_flaws(r["holdout"], held)
        print_caveats(r["holdout"]["caveats"])
    for label, _, _ in OWN_CLEAN_HOLDOUTS:
        if label in r:
            n = r[label]["clean"]["n"]
            print(f"\nHeld-out set {label}_*.jsonl, its own clean summaries of {n} abstracts:")
            print_flaws(r[label], held)
            print_clean(r[label]["clean"], held)
            if "caveats" in r[label]:
                print_caveats(r[label]["caveats"])


if __name__ == "__main__":
    sys.exit(main())
