"""Caveat phrasings hosted by a held-out set's own clean summaries (bench/gate_corpus/) are
well formed: every host is a clean summary of that set carrying the caveat, every phrasing
replaces the host's own sentence(s) in one section only, each caveat has natural phrasings
and near misses, and none repeats a phrasing of another file. No data folder needed.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from gate_corpus_load import (  # noqa: E402
    CAVEAT_SECTION,
    CAVEATS,
    CORPUS,
    OWN_CLEAN_HOLDOUTS,
    OWN_CLEAN_PHRASINGS,
    SECTIONS,
    load_clean,
    load_phrasings,
    place_caveat,
)

MIN_NATURAL = 3
MIN_NEAR_MISS = 2
CLEAN_FILE = {label: clean for label, clean, _ in OWN_CLEAN_HOLDOUTS}
OTHER_PHRASINGS = ("caveat_phrasings.jsonl", "holdout_caveat_phrasings.jsonl")


@pytest.mark.parametrize("label", sorted(OWN_CLEAN_PHRASINGS))
def test_own_phrasings_fit_their_hosts(label):
    name = OWN_CLEAN_PHRASINGS[label]
    if not (CORPUS / name).is_file():
        pytest.skip(f"the phrasings of {label} are not there")
    clean = load_clean(name=CLEAN_FILE[label])
    phrasings = load_phrasings(name=name)
    for p in phrasings:
        host = clean[p.host]
        section = CAVEAT_SECTION[p.caveat]
        placed = place_caveat(host, p.caveat, p.text)
        assert p.text in getattr(placed, section)
        assert all(own not in getattr(placed, section) for own in host.caveats[p.caveat])
        others = [s for s in SECTIONS if s != section]
        assert all(getattr(placed, s) == host.sections[s] for s in others)


@pytest.mark.parametrize("label", sorted(OWN_CLEAN_PHRASINGS))
def test_own_phrasings_cover_every_caveat_and_are_new(label):
    name = OWN_CLEAN_PHRASINGS[label]
    if not (CORPUS / name).is_file():
        pytest.skip(f"the phrasings of {label} are not there")
    phrasings = load_phrasings(name=name)
    kinds = Counter((p.caveat, p.kind) for p in phrasings)
    for caveat in CAVEATS:
        assert kinds[(caveat, "natural")] >= MIN_NATURAL, caveat
        assert kinds[(caveat, "near_miss")] >= MIN_NEAR_MISS, caveat
    texts = [p.text for p in phrasings]
    assert len(set(texts)) == len(texts), "no phrasing twice"
    seen = {p.text for other in OTHER_PHRASINGS for p in load_phrasings(name=other)}
    assert not seen & set(texts), "held-out phrasings are new"
