"""How well `classify` gives roles to the sentences of an abstract without headings (issue 9).

    python bench/bench_roles.py                       # per-role precision / recall, confusion
    python bench/bench_roles.py --show results>background --limit 20   # read the errors of a kind

The abstracts whose headings are known give the answer: the Cochrane reviews' headings
(cochrane_pls, ms_pairs) and the inline labels of PLABA's structured abstracts ("Methods: ...").
Each is classified with its headings (the roles to reach), then again with every heading taken
out, the sentences run together in one paragraph as a journal without headings prints them; the
two lists of roles are compared sentence by sentence. Nothing from the data is written into the
project.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from plainsum.errors import InputError
from plainsum.ingest import parse
from plainsum.plain.sentences import Role, classify, strip_inline_label

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ROLES = [r.value for r in Role]
# A mistake that costs a reader most: a finding lost to the background, or the background (or
# an aim) presented as a finding.
LOST = {("results", "background"), ("conclusion", "background"), ("results", "aim")}
FALSE = {("background", "results"), ("background", "conclusion"), ("aim", "conclusion")}


@dataclass(frozen=True)
class Pair:
    """One sentence: its paper, its place, its text, the role its heading gives, the role
    `classify` gives it without headings."""

    id: str
    index: int
    text: str
    want: str
    got: str


def _headed(path: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of the abstracts in `path` whose headings give at least two roles."""
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        yield row["id"], row["source"]


def pairs_of(item_id: str, text: str) -> list[Pair] | None:
    """The sentences of one abstract with both roles, or None when its headings give fewer
    than two roles (nothing to learn from) or it cannot be aligned."""
    try:
        source = parse(text)
    except InputError:
        return None
    gold = classify(source)
    if len({s.role for s in gold}) < 2 or not _has_headings(source, gold):
        return None
    plain = " ".join(strip_inline_label(s.text) for s in gold)
    got = classify(parse(plain))
    if len(got) != len(gold):
        return None  # the splitter cut differently without headings: left out, counted
    return [
        Pair(item_id, g.index, strip_inline_label(g.text), g.role.value, s.role.value)
        for g, s in zip(gold, got, strict=True)
    ]


def _has_headings(source: object, gold: list[object]) -> bool:
    names = {s.name for s in getattr(source, "sections", ())}
    if names & {"background", "objective", "methods", "results", "conclusions"} and len(names) >= 2:
        return True
    return sum(strip_inline_label(s.text) != s.text for s in gold) >= 2  # type: ignore[attr-defined]


def score(pairs: list[Pair]) -> str:
    """Per-role precision, recall and F1, the confusion table, and the costly mistakes."""
    confusion = Counter((p.want, p.got) for p in pairs)
    lines = [
        f"{len(pairs)} sentences, accuracy {sum(p.want == p.got for p in pairs) / len(pairs):.3f}"
    ]
    lines.append(f"{'role':<11} {'prec':>5} {'rec':>5} {'f1':>5} {'n':>5}")
    for role in ROLES:
        tp = confusion[(role, role)]
        want = sum(v for (w, _), v in confusion.items() if w == role)
        got = sum(v for (_, g), v in confusion.items() if g == role)
        prec = tp / got if got else 0.0
        rec = tp / want if want else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        lines.append(f"{role:<11} {prec:5.2f} {rec:5.2f} {f1:5.2f} {want:5d}")
    lines.append("confusion (rows: heading's role, columns: classify's)")
    lines.append(" " * 11 + "".join(f"{r[:5]:>6}" for r in ROLES))
    for w in ROLES:
        lines.append(f"{w:<11}" + "".join(f"{confusion[(w, g)]:6d}" for g in ROLES))
    found = sum(v for (w, _), v in confusion.items() if w in ("results", "conclusion"))
    lost = sum(confusion[k] for k in LOST)
    false = sum(confusion[k] for k in FALSE)
    told = sum(v for (_, g), v in confusion.items() if g in ("results", "conclusion"))
    lines.append(
        f"findings lost to background/aim: {lost}/{found} ({lost / max(found, 1):.1%}); "
        f"background/aim taken as findings: {false}/{told} ({false / max(told, 1):.1%})"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", help="print the sentences of one mistake, as WANT>GOT")
    parser.add_argument("--limit", type=int, default=15)
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"bench_roles: {args.data} not found (the benchmark needs ../shared/data)")
    sets = {"cochrane": ["cochrane_pls.jsonl", "ms_pairs.jsonl"], "plaba": ["plaba.jsonl"]}
    for name, files in sets.items():
        seen: set[str] = set()
        pairs: list[Pair] = []
        skipped = 0
        for file in files:
            for item_id, text in _headed(args.data / file):
                if item_id in seen:
                    continue
                seen.add(item_id)
                got = pairs_of(item_id, text)
                if got is None:
                    skipped += text is not None and got is None
                    continue
                pairs += got
        papers = len({p.id for p in pairs})
        print(f"== {name}: {papers} abstracts with headings ({skipped} without or not aligned)")
        print(score(pairs))
        if args.show:
            want, got = args.show.split(">")
            shown = [p for p in pairs if p.want == want and p.got == got][: args.limit]
            for p in shown:
                print(f"  {p.id} #{p.index}: {p.text[:200]}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
