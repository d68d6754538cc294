"""False alarms of the fluency check (plainsum.checks.fluency) on human writing.

    python bench/bench_fluency.py [--data ../shared/data] [--show RULE] [--examples N]

Human lay summaries (the `reference` of every pair in ../shared/data) and the abstracts
(`source`) are careful human writing: every fluency error found in them is a false alarm. For
each rule it prints the share of texts with at least one such error and the share of sentences,
on the references and on the abstracts, then the time per text. Heading lines (Cochrane's
"Review question", "Key messages": no end punctuation, at most 12 words) are dropped first: a
summary section has no headings. `--show RULE` prints flagged sentences for reading. The target
(issue 8) is at most 3% of references with a false alarm (warnings not counted): human writing
has real slips too ("the the", a bracket never closed), so every flagged reference was read, and
those whose every flag is a real slip are listed by id and rule in bench/fluency_adjudicated.tsv.
A flagged reference not listed there, or flagged by a rule not listed for it, is a false alarm.
Both shares are printed: texts with any flag, and texts with a false alarm. Without the data
folder it exits.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from plainsum.checks.fluency import RULES, WARNING_RULES, sentence_problems, text_problems
from plainsum.checks.fluency_sentences import split_sentences
from plainsum.checks.verbs import AUX

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
HEADING_WORDS = 12
# A comparison's heading may be longer ("High-dose X (12 mg or higher) versus low-dose X (6 mg to
# 8 mg)"): a line that names one, with no auxiliary ("were lower with X compared with Y" is a
# sentence) and no end punctuation, is a heading up to this many words.
COMPARISON_HEADING_WORDS = 24
_COMPARES = re.compile(r"\b(?:versus|vs\.?|compared (?:to|with))\s", re.I)
TARGET = 0.03
ADJUDICATED = Path(__file__).resolve().parent / "fluency_adjudicated.tsv"
FILES = ("cochrane_pls", "cochrane_devaraj_test", "plaba", "elife", "plos")  # ms_pairs repeats


def body(text: str) -> str:
    """`text` without heading lines (a heading may end on a bracket: "Massage versus control
    (hands off or routine care)"; a comparison's heading may be long)."""
    lines = []
    for line in text.splitlines():
        s = line.strip()
        bare = re.sub(r"\s*\([^()]*\)$", "", s)
        compares = _COMPARES.search(s) and not any(w.lower() in AUX for w in s.split())
        heading_words = COMPARISON_HEADING_WORDS if compares else HEADING_WORDS
        if s and not (re.search(r"[^.!?:;\"”')\]]$", bare) and len(s.split()) <= heading_words):
            lines.append(s)
    return "\n".join(lines)


def real_slips(path: Path = ADJUDICATED) -> dict[str, set[str]]:
    """The rules read as real slips of the human text, by the id of the pair."""
    found: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pair_id, rule, _why = line.split("\t", 2)
            found.setdefault(pair_id, set()).add(rule)
    return found


def false_alarms(flagged: dict[str, set[str]], slips: dict[str, set[str]]) -> list[str]:
    """The ids of flagged texts with an error rule not read as a real slip of that text."""
    return [i for i, rules in flagged.items() if not rules <= slips.get(i, set())]


def measure(
    texts: list[str], show: str | None, examples: int, ids: list[str] | None = None
) -> tuple[Counter[str], int, int, float, dict[str, set[str]]]:
    docs: Counter[str] = Counter()
    flagged: dict[str, set[str]] = {}
    sentences = 0
    seconds = 0.0
    shown = 0
    for n, text in enumerate(texts):
        text = body(text)
        sentences += len(split_sentences(text))
        t0 = time.perf_counter()
        problems = text_problems(text, reference_rule=True)  # a summary's first sentence
        seconds += time.perf_counter() - t0
        rules = {p.rule for p in problems}
        docs.update(rules)
        if rules - WARNING_RULES:
            docs["any"] += 1  # errors only: a warning does not fail the gate
            flagged[ids[n] if ids else str(n)] = rules - WARNING_RULES
        if show and rules and (show == "all" or show in rules):
            for sentence in split_sentences(text):
                for p in sentence_problems(sentence):
                    if show in (p.rule, "all") and shown < examples:
                        shown += 1
                        print(f"  [{p.rule}] {p.span!r}: {sentence[:220]}")
            if show in ("unbalanced", "all") and "unbalanced" in rules and shown < examples:
                shown += 1
                print(f"  [unbalanced] {text[:300]!r}")
    return docs, sentences, len(texts), seconds, flagged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", help="print flagged sentences of this rule (or 'all')")
    parser.add_argument("--examples", type=int, default=25)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data folder at {args.data}; nothing to measure", file=sys.stderr)
        return 0
    refs: list[str] = []
    ref_ids: list[str] = []
    abstracts: list[str] = []
    for name in FILES:
        path = args.data / f"{name}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                refs.append(item["reference"])
                ref_ids.append(item["id"])
                abstracts.append(item["source"])
    results = {}
    for label, texts in (("references", refs), ("abstracts", abstracts)):
        if args.show:
            print(f"{label}, flagged by {args.show}:")
        results[label] = measure(
            texts, args.show, args.examples, ref_ids if label == "references" else None
        )
    print("(warnings, not counted in 'any': " + ", ".join(sorted(WARNING_RULES)) + ")")
    print(f"\n{'rule':<18}{'references':>12}{'abstracts':>12}   (share of texts with an error)")
    for rule in (*RULES, "any"):
        cells = [f"{100 * results[k][0][rule] / results[k][2]:>11.1f}%" for k in results]
        print(f"{rule:<18}{''.join(cells)}")
    for label, (_docs, n_sentences, n, seconds, _flagged) in results.items():
        print(f"{label}: {n} texts, {n_sentences} sentences, {1000 * seconds / n:.2f} ms per text")
    docs, _, n, _, flagged = results["references"]
    alarms = false_alarms(flagged, real_slips())
    print(
        f"references with any fluency error: {docs['any'] / n:.1%} ({docs['any']} of {n}); "
        f"read as real slips of the human text ({ADJUDICATED.name}): "
        f"{len(flagged) - len(alarms)}; false alarms: {len(alarms)}"
    )
    if alarms:
        print("  false alarms or flags not read yet: " + ", ".join(alarms))
    share = len(alarms) / n
    verdict = "met" if share <= TARGET else "NOT met"
    print(f"target: at most {TARGET:.0%} of references with a false alarm: {share:.1%} ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
