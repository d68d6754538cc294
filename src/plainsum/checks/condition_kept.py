"""A disease or condition the summary names that the paper never does: the condition changed.

"Amyloid was found in most people with one type of Parkinson's disease" for a paper on a
language-loss dementia; "newly diagnosed with anxiety" where the paper's people had depression;
"helped eczema of the hands and feet" for a review of pustulosis. The sentence keeps the
paper's result and puts it on another condition, which the support score hardly sees: one word
of a long sentence.

Each condition a summary sentence names (`plain.condition.conditions_in`: a known one-word
condition, a word ending like one, "-itis", "-osis", or a head noun such as "disease" with the
words that belong to its name) is looked for in the paper by its own words, leaving out those
that name no particular condition ("disease", "chronic", "type"): each must be found in the
paper by stem, synonym or the glossary's stand-ins, as the evidence links find words. A
condition none of whose words the paper has is changed or added.

Only a name that says which condition is read, on either side ("eczema", "cystic fibrosis",
"Parkinson's disease": a known condition, a disease's ending, an eponym); one in generic or
body words ("a long-term lung disease", "blood infections", "a rare brain tumour") is the
summary's plain word for the paper's. A sentence that also names a condition the paper names
is let go ("pre-eclampsia, once called toxaemia").
The name is looked for by its own words (stem, synonym, first letters) and its initials ("CF").
It is an error when a paper's sentence the summary sentence rests on (its evidence link) holds
at least `SAME` of the rest of the sentence and names a condition of its own that the sentence
does not: the paper's condition was swapped for another. A condition the paper never names and
no sentence of it swaps is left alone: summaries name related conditions as background ("a
germ related to tuberculosis"), and why it matters is read only where it reports the study.
"""

from __future__ import annotations

import re

from ..evidence import _unit_credits, content_words, overlaps, split_source, stem
from ..ingest import Source
from ..schemas import EvidenceLink, Finding
from .study_statements import STUDY_CLAIM
from .support_contradicted import link_finding

CHECK = "support"
SAME = 0.5  # share of the sentence (its condition aside) the paper's sentence must hold
_SECTIONS = frozenset({"headline", "what_the_study_did", "why_it_matters"})
# Words of a condition's name that name no particular condition: a plain name made of them
# ("a long-term lung disease", "blood infections") is the summary's own word for the paper's.
_GENERIC = frozenset(
    stem(w)
    for w in """disease diseases syndrome syndromes disorder disorders infection infections
    condition conditions problem problems illness illnesses chronic acute severe mild
    moderate long lasting term type types early late advanced primary secondary progressive
    recurrent persistent pain injury injuries deficiency impairment impairments people
    patients adults children kind form forms one two rare genetic inherited development
    developmental blood brain lung lungs chest kidney kidneys heart liver skin bone bones bowel
    gut stomach eye eyes ear ears nerve nerves muscle muscles joint joints mental cancer
    cancers tumour tumours tumor tumors growth""".split()
)
_CAPS = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]\b")
_EPONYM = re.compile(r"\b[A-Z][a-zé]+(?:['’]s\b|-[A-Z])")


def _specific(name: str) -> bool:
    """Whether `name` says which condition ("eczema", "cystic fibrosis", "Parkinson's disease"),
    not only what kind ("a long-term lung disease", "blood infections")."""
    from ..plain.condition import NAMES_A_CONDITION  # late, as in `conditions_in`

    return bool(NAMES_A_CONDITION.search(name) or _EPONYM.search(name))


def conditions_in(text: str) -> list[str]:
    """Every condition `text` names (`plain.condition.conditions_in`), imported when first
    used: the drafter's modules import the checks, so the checks import them late."""
    from ..plain.condition import conditions_in as named

    return named(text)


def _particular(name: str) -> list[str]:
    return [w for w in content_words(name) if stem(w) not in _GENERIC and len(w) > 2]


def _named_in_paper(source: Source, name: str, words: list[str]) -> bool:
    """Whether the paper names the condition `name`: any of its particular `words` is found
    in it (by stem, synonym, stand-in or first letters, as evidence links find words), or it
    uses the name's initials ("CF" for cystic fibrosis)."""
    units = _unit_credits(source, " ".join(words))
    if any(credit for _, credit in units):
        return True
    initials = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
    return len(initials) > 1 and initials in set(_CAPS.findall(source.full_text))


def changed_conditions(source: Source, link: EvidenceLink) -> list[tuple[str, list[str]]]:
    """(condition, the conditions the paper's sentence names in its place) for each condition
    `link`'s sentence names that the paper never does, where the paper's sentence it rests on
    says the same of another condition."""
    if link.kind != "content" or link.section not in _SECTIONS:
        return []
    if link.section == "why_it_matters" and not STUDY_CLAIM.search(link.text):
        return []  # background of the summary's own
    named = conditions_in(link.text)
    if not named:
        return []
    out = []
    sentences = split_source(source)
    mine = {stem(w) for w in content_words(link.text)}
    unnamed = []
    for name in named:
        words = _particular(name)
        if not words or _named_in_paper(source, name, words):
            if words:
                return []  # the sentence names the paper's condition as well
            continue
        if _specific(name):
            unnamed.append(name)
    for name in unnamed:
        rest = link.text.replace(name, " ")
        held = overlaps(source, rest)
        instead = [
            other
            for i in link.source_sentences
            if 0 <= i < len(sentences) and held.get(i, 0.0) >= SAME
            for other in conditions_in(sentences[i].text)
            if _specific(other) and not {stem(w) for w in _particular(other)} <= mine
        ]
        if instead:
            out.append((name, list(dict.fromkeys(instead))))
    return out


def condition_findings(source: Source, link: EvidenceLink) -> list[Finding]:
    """An error for each condition `link`'s sentence names in place of the one the paper's
    sentence it rests on names."""
    return [
        link_finding(
            link,
            (
                f"The sentence names '{name}', which the paper does not; the paper's sentence "
                f"it rests on is about {' and '.join(repr(i) for i in instead[:2])}: {link.text!r}"
            ),
            "Name the condition the paper studied, in its words or a plain word for them.",
            check=CHECK,
        )
        for name, instead in changed_conditions(source, link)
    ]
