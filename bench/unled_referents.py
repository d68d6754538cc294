"""Drafts whose body leans on something the draft never introduced (issue 9), over gate_identity's
output, and the drafts that moved between two such outputs.

    python bench/unled_referents.py after.json                     # the count, with examples
    python bench/unled_referents.py after.json --before base.json  # and every moved draft

A pointer is read in "what the study did" against what the reader has read before it (the
headline, the section's earlier sentences, and the sentence itself before the pointer):
groups set side by side that nothing named ("between both groups"), "the other study" of two
never counted, "the same trial", "the study" in a review of several, "these/such X" whose X
was never said, "None of the studies ..." said under a review's numbered comparison. The
rules here are deliberately independent of the drafter's own (`plain/referents.py`,
`plain/pick.py`): a count that used the drafter's rules would only count what the drafter
already leaves out. Nothing from the data is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_GROUPS = re.compile(
    r"\b(?:between|in|across) (?:the two|both|either|each of the two|each) "
    r"(?:treatment |study |trial )?(?:groups|group|arms|arm)\b",
    re.I,
)
_GROUPS_NAMED = re.compile(
    r"\b(?:versus|vs\.?|compar\w*|than|placebo|dummy|control|groups?|arms?|with or without|"
    r"no treatment|usual care)\b",
    re.I,
)
_OTHER = re.compile(r"\bthe other (?:[\w-]+ )?(?:study|trial|RCT)\b", re.I)
_OTHER_NAMED = re.compile(
    r"\b(?:one|two|both|2|a single|first) (?:[\w-]+ ){0,3}?(?:study|studies|trial|trials|RCTs?)\b",
    re.I,
)
_SAME = re.compile(r"\bthe same (?:[\w-]+ ){0,2}?(?:study|trial|RCT|studies|trials)\b", re.I)
_THE_STUDY = re.compile(
    r"(?:^|, )(?:the|The) (?:[\w-]+ ){0,2}?(?:study|trial|RCT)\b"
    r"(?! (?:authors|team|arms?|groups?|drugs?|period|population|of|in|on|by)\b)"
)
# "in the cloth group": an arm named by what it got, in a review one trial's
_ARM = re.compile(r"\bthe (?P<name>(?:[\w'-]+ ){1,3}?)(?:group|arm)s?\b")
_ANY_ARM = frozenset(
    """control placebo treatment treated intervention study trial two both other same each
    either comparison comparator usual care no active experimental dummy overall whole first
    second third""".split()
)
_ONE_STUDY = re.compile(
    r"\b(?:one|a single|a|the only) (?:[\w-]+ ){0,3}?(?:study|trial|RCT)\b", re.I
)
_POINTER = re.compile(r"\b(?:these|those|such) (?P<noun>[a-z][\w-]+)\b")
_NOT_NOUN = frozenset(
    """as in of on at for from with who whom whose which that to by than is are was were
    have has had may might can could will would did do does also showed found""".split()
)
# A list the sentence before gave ("found on histones: A, B, C and D"): "these X" are its items,
# whatever X is called.
_LIST = re.compile(
    r":\s*[^,.;]+,[^.;]*\b(?:and|or)\b|:\s*[^,.;]+(?:,[^,.;]+){2,}"
    r"|(?:[^,.;]+,){2,}[^,.;]* (?:and|or) "
)
# Changes a sentence before told ("rose", "fell"): "None of these changes ..." points at them.
_CHANGE_NOUN = frozenset(
    "changes differences effects improvements increases reductions decreases".split()
)
_CHANGED = re.compile(
    r"\b(?:increas|decreas|reduc|improv|drop|rose|rise|fell|fall|lower|higher|declin)\w*", re.I
)
# Other words a sentence before may use for what "these X" are.
_SAME_THING = {"case": {"instanc", "patient", "person", "event", "episod"}}  # (stemmed)
# "those given placebo", "those people randomised to X": a group the words after it name
_NAMED_AFTER = re.compile(
    r" (?:who|that|which|with|without|in|on|at|randomi[sz]ed|given|taking|receiving|treated|"
    r"allocated|assigned|having|undergoing)\b"
)
_THE_PAPERS = {"studies", "trials", "results", "findings", "data"}
_NUMBERED = re.compile(r"\bComparisons? \d+[a-z]?:")
_NONE_OF = re.compile(r"^(?:None|All|Neither|Both) of the (?:studies|trials|RCTs)\b")


def _stem(word: str) -> str:
    word = word.lower()
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def unled(headline: str, body: str, review: bool, source: str = "") -> list[tuple[str, str]]:
    """(kind, sentence) for each sentence of `body` that points at something neither
    `headline`, the body before it nor the sentence before the pointer names."""
    out: list[tuple[str, str]] = []
    read = headline
    before = headline  # the sentence read just before
    numbered = bool(_NUMBERED.search(source))
    for sentence in _SENTENCE_END.split(body.strip()):
        said = read
        kinds = []
        if (m := _GROUPS.search(sentence)) and not _GROUPS_NAMED.search(
            said + " " + sentence[: m.start()]
        ):
            kinds.append("groups")
        if (m := _OTHER.search(sentence)) and not _OTHER_NAMED.search(
            said + " " + sentence[: m.start()]
        ):
            kinds.append("the_other")
        if (m := _SAME.search(sentence)) and not re.search(
            r"\b(?:study|trial|RCT)\b", said + " " + sentence[: m.start()], re.I
        ):
            kinds.append("the_same")
        if (
            review
            and (m := _THE_STUDY.search(sentence))
            and not _ONE_STUDY.search(said + " " + sentence[: m.start()])
        ):
            kinds.append("the_study")
        for m in _ARM.finditer(sentence) if review else ():
            name = [w for w in m["name"].lower().split() if w not in _ANY_ARM and len(w) > 2]
            earlier = (said + " " + sentence[: m.start()]).lower()
            if name and not any(
                _stem(w) in {_stem(x) for x in re.findall(r"[\w'-]+", earlier)} for w in name
            ):
                kinds.append("arm")
                break
        for m in _POINTER.finditer(sentence):
            noun = m["noun"].lower()
            if noun in _NOT_NOUN or noun.endswith(("ed", "ing", "ly")) or noun == "given":
                continue
            after = sentence[m.end() :]
            if m[0].lower().startswith("those") and _NAMED_AFTER.match(
                re.sub(r"^ (?:people|patients|participants|women|men|children)\b", "", after)
            ):
                continue
            following = re.match(r" ([a-z]+)", after)
            if following and following[1] in {"findings", "results", "data"}:
                continue  # "these statistical findings": the paper's own
            seen = {
                _stem(w)
                for w in re.findall(r"[a-z]{3,}", (said + " " + sentence[: m.start()]).lower())
            }
            led = (
                _stem(noun) in seen
                or noun in _THE_PAPERS
                or bool(_LIST.search(before))
                or (noun in _CHANGE_NOUN and bool(_CHANGED.search(before)))
                or bool(_SAME_THING.get(_stem(noun), set()) & seen)
            )
            if not led:
                kinds.append("pointer")
                break
        if review and numbered and _NONE_OF.match(sentence):
            kinds.append("none_of_a_comparison")
        out += [(k, sentence) for k in kinds]
        read += " " + sentence
        before = sentence
    return out


def _drafts(path: Path) -> dict[str, dict]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "draft" in row:
            rows[row["id"]] = row
    return rows


def _parts(row: dict) -> tuple[str, str, bool, str]:
    draft = row["draft"]
    s = draft["summary"]
    return (
        s["headline"],
        s["what_the_study_did"],
        draft["design"] == "review",
        draft.get("source_text") or "",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("after", type=Path)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args()
    after = _drafts(args.after)
    before = _drafts(args.before) if args.before else {}
    for name, rows in (("before", before), ("after", after)):
        if not rows:
            continue
        kinds: Counter[str] = Counter()
        drafts = 0
        for row in rows.values():
            found = unled(*_parts(row))
            drafts += bool(found)
            kinds.update(k for k, _ in found)
        print(f"{name}: {drafts} of {len(rows)} drafts lean on something never introduced; "
              f"{dict(kinds.most_common())}")  # fmt: skip
    if not before:
        shown = 0
        for key, row in after.items():
            for kind, sentence in unled(*_parts(row)):
                if shown < args.examples:
                    print(f"  {key} [{kind}] {sentence}")
                    shown += 1
        return
    moved = [k for k in after if k in before and after[k]["draft"] != before[k]["draft"]]
    print(f"{len(moved)} drafts moved")
    for key in moved:
        a, b = before[key]["draft"]["summary"], after[key]["draft"]["summary"]
        print(f"\n=== {key}")
        for section in ("headline", "what_the_study_did", "why_it_matters", "limitations"):
            if a[section] != b[section]:
                print(f"- {section}: {a[section]}\n+ {section}: {b[section]}")
        was = {s for _, s in unled(*_parts(before[key]))}
        now = {s for _, s in unled(*_parts(after[key]))}
        for s in sorted(was - now):
            print(f"  gone unled: {s}")
        for s in sorted(now - was):
            print(f"  new unled: {s}")


if __name__ == "__main__":
    main()
