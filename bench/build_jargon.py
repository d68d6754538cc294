"""Learn the jargon list (src/plainsum/data/jargon_terms.txt) from abstract / lay-summary pairs.

    python bench/build_jargon.py [--data ../shared/data] [--out src/plainsum/data/jargon_terms.txt]

A term is jargon when the abstracts use it and the human lay summaries of the same papers do
not: for each word and each two- or three-word term of an abstract, the share of its pairs whose
lay summary keeps it. Terms kept rarely (at most MAX_KEEP), seen in at least MIN_SOURCES
abstracts and not common English go on the list:

- a word when it is rare in general English: wordfreq Zipf below MAX_ZIPF, judged by its most
  common form ("assesses" and "cohorts" are read as "assess" and "cohort": a plural or a verb's
  -s is rarer in print than its stem, and no harder to read);
- a longer term when it is a fixed phrase (it stands in at least FIXED_PHRASE of the abstracts
  that use its rarest word), not already covered by its words, names a thing (no word ending in
  -ly, -ed or -ing, and not ending on a word that needs more, such as "due": "evidence
  supporting", "independently assessed", "withdrawals due" are pieces of clauses), and has a
  word that is not everyday English (Zipf below PHRASE_MAX_ZIPF): a phrase of everyday words
  ("evidence indicates", "time points", "pain intensity") is read word by word, whatever the
  summaries do. Names of statistics made of everyday words ("odds ratio", "mean difference")
  are the jargon check's own list, not this one's.

Every HOLDOUT-th pair of each file is left out, so `bench/bench_jargon.py` measures on pairs the
list never saw. Only single terms are written, never sentences. Without the data folder it does
nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from wordfreq import zipf_frequency

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "plainsum" / "data" / "jargon_terms.txt"
FILES = ("cochrane_pls", "cochrane_devaraj_test", "plaba", "elife", "plos")  # ms_pairs repeats
HOLDOUT = 5  # every 5th pair of a file is held out for the benchmark
MIN_SOURCES = 5  # abstracts that use the term
MAX_KEEP = 0.1  # at most this share of those pairs' lay summaries use it too
MAX_ZIPF = 3.3  # common English words are not jargon, whatever the summaries do
PHRASE_MAX_ZIPF = 4.1  # a phrase needs one word rarer than this (Zipf 4.1: "interval", "bias")
FIXED_PHRASE = 0.3  # a phrase stands in at least this share of abstracts with its rarest word
_CLAUSE_ENDINGS = ("ly", "ed", "ing")  # adverbs, participles: a phrase with one is a clause
_NEEDS_MORE = frozenset("due prior according owing related compared".split())

_TOKEN = re.compile(r"(?<![\w-])[A-Za-z][a-z]*(?:-[a-z]+)*(?![\w-])")
_STOP = frozenset(
    """a an the of and or in on at to for with by from as is are was were be been being this
    that these those it its their our we they he she which who whom whose than then there
    not no nor but if so such very more most less least many much few each all any some both
    either neither one two three four five six seven eight nine ten also only may might can
    could will would should must do does did has have had into over under after before during
    between among against within without about per via versus vs i ii iii eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
    sixty seventy eighty ninety hundred thousand january february march april june july
    august september october november december com gov org www http https authors author
    review reviews study studies trial trials group groups searched results conclusions
    background objectives methods selection criteria main data""".split()
)
_SEGMENT = re.compile(r"[^.,;:()\[\]!?\n]+")


def tokens(text: str) -> list[str]:
    """Words of `text` as written; abbreviations (two capitals) and numbers are skipped."""
    return [m.group(0) for m in _TOKEN.finditer(text)]


def terms(text: str) -> set[str]:
    """Words and two- and three-word terms of content words (no stop word inside, none
    across punctuation)."""
    out: set[str] = set()
    for segment in _SEGMENT.findall(text):
        written = tokens(segment)
        words = [w.lower() for w in written]
        out.update(w for w in words if w not in _STOP and len(w) > 2)
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                name = all(w[:1].isupper() for w in written[i : i + n])  # "Cochrane Library"
                if not name and not any(w in _STOP or len(w) <= 2 for w in gram):
                    out.add(" ".join(gram))
    return out


def general_zipf(word: str) -> float:
    """How common a word is in general English, by its most common form: the word, or the
    stem its plural or -s ending adds to ("toxicities" -> "toxicity", "assesses" -> "assess")."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.add(word[:-1])
    return max(zipf_frequency(form, "en") for form in forms)


def is_word_jargon(word: str) -> bool:
    """Rare enough, and a term rather than an academic adverb or past tense ("cautiously",
    "validated"): those are style, which the readability check weighs."""
    return general_zipf(word) < MAX_ZIPF and not word.endswith(("ly", "ed"))


def is_phrase_jargon(phrase: str) -> bool:
    """Whether a phrase the summaries replace names a technical thing: no word of a clause
    (an adverb, a participle, a word that needs more after it) and one word that is not
    everyday English."""
    words = phrase.split()
    if any(w.endswith(_CLAUSE_ENDINGS) for w in words) or words[-1] in _NEEDS_MORE:
        return False
    return min(general_zipf(w) for w in words) < PHRASE_MAX_ZIPF


def is_held_out(index: int) -> bool:
    return index % HOLDOUT == 0


def learn(data: Path) -> list[tuple[str, int, float]]:
    """(term, abstracts using it, share of their lay summaries keeping it), jargon only."""
    in_source: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for name in FILES:
        path = data / f"{name}.jsonl"
        if not path.exists():
            continue
        for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if is_held_out(index):
                continue
            item = json.loads(line)
            source, reference = terms(item["source"]), terms(item["reference"])
            in_source.update(source)
            kept.update(source & reference)
    chosen: dict[str, tuple[int, float]] = {}
    for term, n in in_source.items():
        share = kept[term] / n
        if n < MIN_SOURCES or share > MAX_KEEP or " " in term:
            continue
        if is_word_jargon(term):
            chosen[term] = (n, share)
    for term, n in in_source.items():
        if " " not in term or n < MIN_SOURCES or kept[term] / n > MAX_KEEP:
            continue
        words = term.split()
        if any(w in chosen for w in words):
            continue  # "rotarod test" is covered by "rotarod"
        rarest = min(in_source[w] for w in words)
        if n / rarest >= FIXED_PHRASE and is_phrase_jargon(term):
            chosen[term] = (n, kept[term] / n)
    return sorted(((t, n, s) for t, (n, s) in chosen.items()), key=lambda row: row[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data folder at {args.data}; nothing to learn", file=sys.stderr)
        return 0
    rows = learn(args.data)
    header = [
        "# Jargon terms: words and fixed phrases that research abstracts use and human lay",
        "# summaries of the same papers replace (learned by bench/build_jargon.py; do not edit",
        "# by hand, change the script's thresholds and rebuild). One lower-case term a line.",
        f"# MIN_SOURCES={MIN_SOURCES} MAX_KEEP={MAX_KEEP} MAX_ZIPF={MAX_ZIPF} "
        f"PHRASE_MAX_ZIPF={PHRASE_MAX_ZIPF} FIXED_PHRASE={FIXED_PHRASE} HOLDOUT=1/{HOLDOUT}",
    ]
    args.out.write_text("\n".join([*header, *(t for t, _, _ in rows)]) + "\n", encoding="utf-8")
    phrases = sum(" " in t for t, _, _ in rows)
    print(f"{len(rows)} terms ({len(rows) - phrases} words, {phrases} phrases) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
