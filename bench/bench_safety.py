"""False alarms of the safety checks and the input screen on real text, and their speed.

    python bench/bench_safety.py [--data ../shared/data] [--examples N]

Reads every *.jsonl pair file in the data folder (the `.sealed*` files are never read), drops
duplicate pairs, and prints:

- for the human lay summaries and for the abstracts: the share of texts (and of sentences) that
  the advice/dismissed-care check (safety), the model-instruction/link/promotion check
  (foreign_text, each text against its own abstract) and the hype rules of the claims check
  flag, with examples: every flag here is a false alarm, since none of these texts advises
  readers or sells anything;
- the input screen's refusals on every abstract (must be about 0) and on the lay summaries
  (information only), with the margins: lowest English share, fewest research cue families,
  most genre cues;
- how often the human lay summaries carry each design's caveat in their own words (information:
  Cochrane summaries state the certainty of their evidence, so review_quality should be high);
- recall and near-miss rejection of each caveat on the held-out phrasings of
  bench/gate_corpus/caveat_phrasings.jsonl, read by the caveat itself (bench/bench_gate.py
  measures them inside host summaries; here the warning-level single_trial and the
  case-report-only few_people are measured too);
- time per check per summary.

Without the data folder it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from plainsum.checks.caveats import CAVEATS
from plainsum.checks.claims import find_claims
from plainsum.checks.foreign import find_intrusions
from plainsum.checks.safety import find_unsafe
from plainsum.checks.text import split_sentences
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.screen import screen

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CORPUS_PHRASINGS = Path(__file__).resolve().parent / "gate_corpus" / "caveat_phrasings.jsonl"
HYPE_RULES = {"hype"}


def load_pairs(folder: Path) -> list[dict[str, str]]:
    seen: set[str] = set()
    pairs = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.name.startswith(".sealed"):
            continue
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            key = row["source"][:300]
            if key in seen:
                continue
            seen.add(key)
            pairs.append(
                {"file": path.stem, "source": row["source"], "reference": row["reference"]}
            )
    return pairs


def flags(text: str, source_text: str) -> dict[str, list[str]]:
    """What each check flags in `text`: check -> the flagged sentences."""
    out: dict[str, list[str]] = defaultdict(list)
    for item in find_unsafe(text):
        out["safety"].append(f"[{item.rule.name}: {item.words}] {item.sentence}")
    for hit in find_intrusions(text, source_text):
        out["foreign_text"].append(f"[{hit.rule.name}: {hit.words}] {hit.sentence}")
    for claim in find_claims(text):
        if claim.rule.name in HYPE_RULES:
            out["hype"].append(f"[{claim.words}] {claim.sentence}")
    return out


def report_false_alarms(label: str, texts: list[tuple[str, str]], show: int) -> None:
    flagged: Counter[str] = Counter()
    sentences_flagged: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    n_sentences = 0
    for text, source_text in texts:
        n_sentences += len(split_sentences(text))
        for check, hits in flags(text, source_text.lower()).items():
            flagged[check] += 1
            sentences_flagged[check] += len(hits)
            examples[check].extend(hits)
    print(f"\n{label}: {len(texts)} texts, {n_sentences} sentences")
    for check in ("safety", "foreign_text", "hype"):
        print(
            f"  {check:13} false alarms: {flagged[check]:4} texts "
            f"({flagged[check] / len(texts):.1%})"
            f", {sentences_flagged[check]} sentences ({sentences_flagged[check] / n_sentences:.2%})"
        )
        for example in examples[check][:show]:
            print(f"      - {example[:220]}")


def report_screen(pairs: list[dict[str, str]], show: int) -> None:
    for label, field in (("abstracts", "source"), ("lay summaries (info)", "reference")):
        verdicts = [(screen(p[field]), p) for p in pairs]
        refused = [(v, p) for v, p in verdicts if not v.is_research]
        kinds = Counter(v.kind for v, _ in refused)
        print(
            f"\nscreen on {label}: refused {len(refused)}/{len(pairs)} "
            f"({len(refused) / len(pairs):.2%}) {dict(kinds)}"
        )
        print(
            f"  fewest research families {min(v.research_families for v, _ in verdicts)}, "
            f"most genre cues {max(v.genre_cues for v, _ in verdicts)}, "
            f"lowest English share {min(v.english_share for v, _ in verdicts):.2f}"
        )
        for v, p in refused[:show]:
            print(f"      - {p['file']}: {v.reason}: {p[field][:150]!r}")


def report_caveats(pairs: list[dict[str, str]]) -> None:
    found: Counter[str] = Counter()
    needed: Counter[str] = Counter()
    for p in pairs:
        design = detect_design(parse(p["source"])).design
        for caveat in CAVEATS.values():
            if design in caveat.designs and caveat.name != "care_team":
                needed[caveat.name] += 1
                found[caveat.name] += caveat.present(p["reference"])
    print("\ncaveats in the human lay summaries' own words (by the abstract's detected design):")
    for name in needed:
        print(f"  {name:15} {found[name]:4}/{needed[name]:4} ({found[name] / needed[name]:.0%})")


def report_corpus_caveats(path: Path, show: int) -> None:
    if not path.is_file():
        print(f"\nno {path.name}; caveat phrasings not measured")
        return
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        name, kind = row["caveat"], row["kind"]
        present = CAVEATS[name].present(row["text"])
        counts[name][kind] += 1
        if present == (kind == "natural"):
            counts[name][f"{kind}_ok"] += 1
        else:
            wrong[name].append(f"{kind}: {row['text']}")
    print(f"\ncaveats on {path.parent.name}/{path.name}: recall / near misses rejected")
    for name, c in counts.items():
        print(
            f"  {name:15} {c['natural_ok']:3}/{c['natural']:3} "
            f"({c['natural_ok'] / max(1, c['natural']):.0%})   "
            f"{c['near_miss_ok']:3}/{c['near_miss']:3} "
            f"({c['near_miss_ok'] / max(1, c['near_miss']):.0%})"
        )
        for text in wrong[name][:show]:
            print(f"      - {text}")


def report_timing(pairs: list[dict[str, str]]) -> None:
    texts = [(p["reference"], p["source"].lower()) for p in pairs]
    timers = {
        "safety": lambda t, s: find_unsafe(t),
        "foreign_text": lambda t, s: find_intrusions(t, s),
        "claims": lambda t, s: find_claims(t),
        "caveats (all 6)": lambda t, s: [c.present(t) for c in CAVEATS.values()],
    }
    words = sum(len(t.split()) for t, _ in texts) / len(texts)
    print(f"\ntime per lay summary (mean {words:.0f} words; a plainsum summary has ~150):")
    for name, fn in timers.items():
        start = time.perf_counter()
        for text, source_text in texts:
            fn(text, source_text)
        ms = (time.perf_counter() - start) * 1000 / len(texts)
        print(f"  {name:16} {ms:6.2f} ms")
    start = time.perf_counter()
    for p in pairs:
        screen(p["source"])
    print(f"  {'screen (source)':16} {(time.perf_counter() - start) * 1000 / len(pairs):6.2f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--examples", type=int, default=8, help="examples shown per check")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data folder at {args.data}; nothing to measure")
        return 0
    pairs = load_pairs(args.data)
    report_false_alarms(
        "human lay summaries", [(p["reference"], p["source"]) for p in pairs], args.examples
    )
    report_false_alarms("abstracts", [(p["source"], p["source"]) for p in pairs], args.examples)
    report_screen(pairs, args.examples)
    report_caveats(pairs)
    report_corpus_caveats(CORPUS_PHRASINGS, args.examples)
    report_timing(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
