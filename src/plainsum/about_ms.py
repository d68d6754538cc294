"""Whether a paper names MS, and whether MS (or an MS model) is what it studied.

A paper that only mentions MS in passing, as a possible link, is not about MS: its summary must
not read as news for people with MS.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .ingest import Source

# "MS/MS", "LC-MS", "MALDI-TOF MS": mass spectrometry, not multiple sclerosis.
MS_NAMED = re.compile(
    r"\bmultiple sclerosis\b|"
    r"(?<!/)(?<!LC-)(?<!GC-)(?<!CE-)(?<!ESI-)(?<!TOF-)(?<!TOF )(?<!ICP-)"
    r"\b(?:RR|SP|PP|C?I?)?MS\b(?!\s*(?:spectrometry|/MS|-MS))|"
    r"\bneuromyelitis\b|\bdemyelinat\w*|\bclinically isolated syndrome\b",
)
# Every naming of MS holds one of these (tests/test_about_ms_speed.py reads them off MS_NAMED):
# most papers hold none, and a few substring tests say so where the pattern, tried at every
# place that starts with one of its common first letters, cost 0.2 ms a paper each time.
MS_NAME_STRINGS = (
    "MS",
    "multiple sclerosis",
    "demyelinat",
    "neuromyelitis",
    "clinically isolated syndrome",
)

# "the moderate to severe (MS) group", "mass spectrometry (MS)": the paper's own MS is not
# multiple sclerosis (plaba 23979346 was drafted as a paper about MS for its "MS group").
_OWN_MS = re.compile(r"(?P<long>(?:[\w'’-]+[ -]){1,5})\((?:MS)\)")


# A character a match of `_OWN_MS` may hold before its "(MS)".
_OWN_MS_CHAR = re.compile(r"[\w'’ -]")


def _own_ms(text: str) -> Iterator[re.Match[str]]:
    """`_OWN_MS.finditer(text)`, tried only on the words before each "(MS)": every match ends at
    one, and starts in the run of word characters, spaces and hyphens just before it (a match
    holds nothing else), so the pattern, which ends with no lookahead and starts with no
    lookbehind or boundary, finds the same match there. Tried at every place of a paper, its
    one to five words each failed only at the next character (3.7 ms a paper that holds one)."""
    done = 0  # where the last match ended: `finditer` goes on from there
    at = text.find("(MS)")
    while at >= 0:
        start = at
        while start > done and _OWN_MS_CHAR.match(text, start - 1):
            start -= 1
        m = _OWN_MS.search(text, start, at + len("(MS)"))
        if m is not None:
            yield m
            done = m.end()
        at = text.find("(MS)", at + 1)


def ms_defined_otherwise(text: str) -> bool:
    """Whether `text` defines the short form MS as something other than multiple sclerosis."""
    return any(not re.search(r"multiple\s+sclerosis", m["long"], re.I) for m in _own_ms(text))


def names_ms(text: str) -> bool:
    """Whether `text` holds one of the strings every naming of MS holds (`MS_NAME_STRINGS`):
    when it does not, `MS_NAMED` cannot match in it."""
    return any(map(text.__contains__, MS_NAME_STRINGS))


def ms_named(text: str) -> list[str]:
    """Every naming of MS in `text` (`MS_NAMED`), without the bare short form MS when the paper
    defines it as something else."""
    if not names_ms(text):
        return []
    found = MS_NAMED.findall(text)
    if ms_defined_otherwise(text):
        return [f for f in found if not re.fullmatch(r"(?:RR|SP|PP|C?I?)?MS", f)]
    return found


# Who or what was studied is MS (or an MS model): then the paper is about MS, not only
# mentioning it in passing as a possible link.
_MS_STUDIED = re.compile(
    # ("smokers with MS", "registry members with MS", "mothers with MS": people, said by what
    # they do or are)
    # (the people word may open a sentence: "Adults with MS and ... were randomised")
    r"\b(?i:patients|people|persons|adults|children|individuals|participants|women|men|subjects|"
    r"those|cohort|cases|smokers|users|veterans|members|respondents|mothers|fathers|parents|"
    r"pregnancies|volunteers|outpatients|inpatients|adolescents|youths?|twins|siblings|workers|"
    r"employees|drivers|athletes|carers|caregivers)\s+with\s+(?:\w+[- ]){0,3}?"
    r"(?:multiple sclerosis|MS)\b"
    # a first episode that looks like MS, or an MS-like disease in animals
    r"|\bMS-like\b"
    r"|\b(?:MS|multiple sclerosis)\s+(?:patients|cohort|participants|subjects|population|"
    r"lesions|relapses?|disability|progression|clinics?|registr(?:y|ies)|drugs?|treatments?|"
    r"therap\w+|cent(?:re|er)s?|services?|units?|nurses?|specialists?|neurologists?|databases?|"
    # the members of an MS society or charity surveyed: people with MS, or their carers
    r"societ(?:y|ies)|charit(?:y|ies)|associations?|support groups?)\b"
    r"|\b(?:RRMS|SPMS|PPMS|pwMS|EAE|cuprizone|experimental autoimmune encephalomyelitis)\b"
    # people counted by their diagnosis: "4,812 people diagnosed with MS", "at their first MS
    # diagnosis", "within a year of a diagnosis of multiple sclerosis"
    r"|\bdiagnosed with (?:\w+ ){0,2}?(?:multiple sclerosis|MS)\b"
    r"|\b(?:multiple sclerosis|MS) diagnos[ie]s\b"
    r"|\bdiagnos[ie]s of (?:\w+ ){0,2}?(?:multiple sclerosis|MS)\b"
    r"|\b(?:relapsing|progressive)(?:[- ]remitting)? (?:multiple sclerosis|MS)\b"
    # what was studied, in MS: "cannabinoids for spasticity in MS", "fatigue in multiple
    # sclerosis" (never "detected in MS runs", mass spectrometry)
    r"|\b(?:in|among) (?:multiple sclerosis|MS)\b(?!\s*/|-|\s+(?:spectr\w*|runs?|data|"
    r"analys\w*|scans?|modes?|signals?|imaging)\b)",
)
_PASSING = ("background", "conclusions")
# What only an MS paper goes on to measure without naming MS again: its relapses, its disease-
# modifying drugs, its disability scale, its myelin. A background that says who has MS ("Pregnancy
# in women with MS is associated with fewer relapses"), followed by methods and results that count
# relapses after delivery, studied MS (a hand-written pooled cohort of breastfeeding mothers was
# drafted as a study that "did not look at MS").
_MS_MEASURES = re.compile(
    r"\b(?:relaps(?:e|es|ed|ing)|disease[- ]modifying|EDSS|Expanded Disability Status Scale|"
    r"demyelinat\w*|remyelinat\w*)",
    re.I,
)
# Drugs used for MS alone (or nearly): a paper that names MS and studies one of them studies MS
# ("patients who stopped natalizumab ... at three MS centres"), unless it names another disease
# the drug is given for.
_MS_DRUG = re.compile(
    r"\b(?:natalizumab|ocrelizumab|ofatumumab|ublituximab|fingolimod|siponimod|ozanimod|"
    r"ponesimod|glatiramer|teriflunomide|interferon[- ]beta|disease[- ]modifying (?:therap|"
    r"treatment|drug))",
    re.I,
)
_OTHER_USE = re.compile(
    r"\b(?:Crohn|colitis|inflammatory bowel|psoriasis|leuk(?:a)?emia|lymphoma|hepatitis B)",
    re.I,
)


def _ms_drug_studied(text: str) -> bool:
    """A drug given for MS alone named in `text` that names MS and no other disease it treats."""
    return bool(
        names_ms(text)
        and MS_NAMED.search(text)
        and _MS_DRUG.search(text)
        and not _OTHER_USE.search(text)
    )


# A short form the paper defines as a kind of MS ("relapsing multiple sclerosis (RMS)", "highly
# active MS (HAMS)"): each use of it names MS, as "RRMS" does (a hand-written relapsing MS trial
# said only "adults with RMS" and was drafted as a study that "did not look at MS").
_MS_SHORT = re.compile(
    r"\b(?:multiple sclerosis|MS) \((?P<short>(?!MS\))[A-Z][A-Za-z]{0,2}MS[A-Za-z]{0,2})\)"
)


def ms_short_forms(text: str) -> frozenset[str]:
    """The short forms `text` defines as a kind of MS (`_MS_SHORT`)."""
    if "sclerosis (" not in text and "MS (" not in text:
        return frozenset()  # (most papers define none: no pattern is tried)
    return frozenset(m["short"] for m in _MS_SHORT.finditer(text))


def said_as_ms(text: str, shorts: frozenset[str]) -> str:
    """`text` with each of `shorts` (`ms_short_forms`) said as "MS"."""
    if not shorts:
        return text
    return re.sub(rf"\b(?:{'|'.join(map(re.escape, sorted(shorts)))})\b", "MS", text)


def ms_is_studied(source: Source, ms_hits: int) -> bool:
    """Whether MS (or an MS model) is what the paper studied, not a link it mentions in passing.

    With headings, mentions in the background or conclusions alone do not count. Without them,
    a population or model phrase counts, and so do three or more mentions. A drug given for MS
    alone, in a paper that names MS, counts in both.
    """
    if ms_defined_otherwise(source.text):  # its "MS" is no multiple sclerosis: the words count
        return bool(re.search(r"multiple\s+sclerosis", source.text, re.I)) and ms_hits >= 2
    if any(s.name not in ("body", "abstract", *_PASSING) for s in source.sections):
        core = " ".join(s.text for s in source.sections if s.name not in _PASSING)
        # (its short form for a kind of MS, defined in the background, names MS here too)
        core = said_as_ms(core, ms_short_forms(source.text))
        background = " ".join(s.text for s in source.sections if s.name == "background")
        return (
            bool(_MS_STUDIED.search(core))
            or (names_ms(core) and len(MS_NAMED.findall(core)) >= 2)
            or _ms_drug_studied(core)
            or _continued(background, core)
            or _found_in_ms(" ".join(s.text for s in source.sections if s.name == "conclusions"))
        )
    text = said_as_ms(source.text, ms_short_forms(source.text))
    return bool(_MS_STUDIED.search(text)) or ms_hits >= 3 or _ms_drug_studied(text)


def _continued(background: str, core: str) -> bool:
    """Whether the background says who has MS and the methods and results go on measuring what
    only MS has (`_MS_MEASURES`), naming no other disease beside it: the paper studied people
    with MS without naming MS again."""
    return bool(
        names_ms(background)
        and _MS_STUDIED.search(background)
        and _MS_MEASURES.search(core)
        and not _OTHER_USE.search(core)
    )


# A conclusion that says what was found in people with MS names them as the people studied
# ("Aerobic exercise probably reduces fatigue in people with MS": a review whose headings give
# only its results and conclusions was drafted as a study that "did not look at MS"). One that
# points to MS only as where the work may lead does not, nor one that names MS as one of many
# conditions.
_LINK_ONLY = re.compile(
    r"\b(?:implications?|relevan\w*|targets?|potential(?:ly)?|future|warrants?|worth|"
    r"further (?:stud\w+|research|trials?|work)|(?:be|are|is) (?:tested|studied|explored|"
    r"investigated)|extend\w*|appl(?:y|ied|ies) to|"
    # an open question about MS, no finding in it: "Its role in MS is unknown."
    r"roles?|unknown|unclear|uncertain|not (?:yet )?(?:known|clear)|remains? to be)\b",
    re.I,
)
# "people with MS, stroke or Parkinson's disease", "patients with MS and other neurological
# conditions", "conditions such as ... MS"
_OTHER_CONDITIONS = re.compile(
    r"\s*(?:,\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*(?:,|\b(?:or|and)\b)|"
    r"(?:or|and) (?:other|several|many|various) )",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _found_in_ms(conclusions: str) -> bool:
    """Whether a sentence of the conclusions states a finding in people with MS (`_MS_STUDIED`),
    neither only pointing to MS as where the work may lead (`_LINK_ONLY`) nor naming MS as one
    of many conditions (`_OTHER_CONDITIONS`)."""
    if not names_ms(conclusions):
        return False
    for sentence in _SENTENCE_END.split(conclusions):
        if _LINK_ONLY.search(sentence) or re.search(r"\b(?:such as|including|like) ", sentence):
            continue
        for m in _MS_STUDIED.finditer(sentence):
            if not _OTHER_CONDITIONS.match(sentence, m.end()):
                return True
    return False
