"""Whether a text explains an abbreviation: 'long form (T)', 'T (what it is)', 'T, a ...',
'T is a ...', 'T stands for ...', 'called T', 'the gene T' (used by plainsum.checks.abbreviations,
which spots abbreviations and checks them).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["explained"]


# What ", or" may join on to an abbreviation that is not its long form: a clause or a
# phrase of another kind ("the risk of SSI, or whether any dressing is better").
_JOINED = (
    r"(?:whether|if|when|where|while|because|that|not|to|in|on|at|with|for|by|from|as|any|"
    r"other|more|less|both|either|neither|even|how|what|who|why|was|were|is|are|had|has|have|"
    r"did|does|do|can|could|may|might|will|would|should)\b"
)


@lru_cache(maxsize=4096)
def _explanation_sources(token: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each way `token` may be explained, as (strings one of which a text must hold for it to
    match, the pattern's text)."""
    t = rf"{re.escape(token)}s?"
    # "(PT/TKA)", "(PT and TKA)", "PT/TKA (...)": abbreviations joined by slashes (or "and",
    # "or") are explained together
    before = r"(?:[\w-]+\s*(?:/|\band\b|\bor\b)\s*)*"
    after = r"(?:\s*(?:/|\band\b|\bor\b)\s*[\w-]+)*"
    return (
        (("(",), rf"\w[\w,'’-]*\s*\(\s*{before}{t}{after}\s*[),;]"),  # long form (T)
        (("(",), rf"(?<![\w/-]){before}{t}{after}\s*\(\s*[A-Za-z][^)]{{3,}}\)"),  # T (what it is)
        (("(",), rf"\(\s*{t}\s*[-–—:,]\s*[A-Za-z][^)]{{3,}}\)"),  # (T - what it is)
        (
            ("is ", "are ", "was ", "were "),
            rf"(?<![\w-]){t},?\s+(?:is|are|was|were) (?:a|an|the|short for)\s",
        ),
        (
            ("means", "stands for", "is short for", "refers to"),
            rf"(?<![\w-]){t},?\s+(?:means|stands for|is short for|refers to)\b",
        ),
        # "SSI, or surgical site infection" (not "SSI, or whether ...": a clause joined on)
        ((",",), rf"(?<![\w-]){t},\s+(?:a|an|the|which|or(?!\s+{_JOINED})|short for)\s"),
        # the name it opens, then what that is: "HELLP syndrome, a serious problem with the
        # blood and liver", "CADASIL disease (an inherited form of stroke)"
        (
            (",", "("),
            rf"(?<![\w/-]){t}\s+[a-z][\w-]+(?:,\s+(?:a|an)\s|\s*\(\s*(?:a|an)\s[^)]{{3,}}\))",
        ),
        # and the long form first: "a relative risk, or RR, of 0.34", "a scan, or MRI."
        ((", or",), rf"[A-Za-z][\w'’-]*,\s+or\s+{t}\s*[,;.)]"),
        (
            ("called", "named", "known as", "termed"),
            rf"\b(?:called|named|known as|termed)\s+(?:the\s+)?{t}(?![\w])",
        ),
        # named as what it is: "the gene PKD1", "two genes, PKD1 or PKD2"
        (
            _KIND_WORDS,
            rf"{_KIND_OF_NAME}(?:,?\s+[\w-]+\s+(?:or|and))?,?\s+{t}(?![\w])",
        ),
        (_NAMED_KIND_WORDS, rf"{_NAMED_KIND}\s+{t}(?![\w])"),
        # and named before what it is: "the HLA-DRB1 gene", "TRIM5 proteins" (not "the IL-10
        # receptor", "the CD40 ligand": the receptor or ligand of what the letters name)
        (_KIND_AFTER_WORDS, rf"(?<![\w/-]){t}\s+{_KIND_AFTER}\b"),
    )


@lru_cache(maxsize=4096)
def _explanations(token: str) -> tuple[re.Pattern[str], ...]:
    """Every pattern of `_explanation_sources`, compiled."""
    return tuple(_explanation(token, i) for i in range(len(_explanation_sources(token))))


@lru_cache(maxsize=4096)
def _explanation(token: str, way: int) -> re.Pattern[str]:
    """The `way`th pattern of `_explanation_sources(token)`, compiled (when a text asks for it:
    an abbreviation new to the process costs a compile per pattern)."""
    return re.compile(_explanation_sources(token)[way][1])


# A gene or protein is named, not abbreviated: "the gene PKD1" tells a reader what PKD1 is, and
# so does "the receptor TREM2", "the growth factor CTGF", "the hormone FGF23".
_KIND_OF_NAME = (
    r"\b(?:genes?|proteins?|enzymes?|receptors?|(?<![Rr]isk )(?:growth )?factors?|"
    r"hormones?|molecules?|"
    # and a drug named by its code: "the drug XR-17", "the compound PAP-1"
    r"peptides?|cytokines?|drugs?|compounds?|antibod(?:y|ies)|vaccines?)"
)
# and a condition, a germ or a measure named as what it is, right after its article: "the lung
# disease COPD", "the virus HPV" (not "disease flare-up and AEs": no article, a list)
_NAMED_KIND = (
    r"\b(?i:the|a|an)\s+(?:[\w-]+\s+)?(?:diseases?|conditions?|illness(?:es)?|disorders?|"
    r"infections?|virus(?:es)?|bacteri(?:um|a)|syndromes?|scales?|questionnaires?)"
)
_KIND_WORDS = (
    "gene",
    "protein",
    "enzyme",
    "receptor",
    "factor",
    "hormone",
    "molecule",
    "peptide",
    "cytokine",
    "drug",
    "compound",
    "antibod",
    "vaccine",
)
_NAMED_KIND_WORDS = (
    "disease",
    "condition",
    "illness",
    "disorder",
    "infection",
    "virus",
    "bacteri",
    "syndrome",
    "scale",
    "questionnaire",
)
_KIND_AFTER = r"(?:genes?|proteins?|enzymes?|hormones?|molecules?|peptides?|cytokines?)"
_KIND_AFTER_WORDS = ("gene", "protein", "enzyme", "hormone", "molecule", "peptide", "cytokine")
_KIND_BEFORE = re.compile(rf"{_KIND_OF_NAME}(?:,?\s+[\w-]+\s+(?:or|and))?,?$|{_NAMED_KIND}$")
_EXPLAINING_VERBS = ("is", "are", "was", "were", "means", "stands", "refers")
_NAMING_WORDS = ("called", "named", "termed", "as", "the")  # "known as T", "called the T"


# the abbreviations joined to one by slashes ("PT/" before "TKA", "/TKA" after "PT")
_SLASHED_BEFORE = re.compile(r"(?:[\w-]+\s*(?:/|\band\b|\bor\b)\s*)+$")
_SLASHED_AFTER = re.compile(r"^(?:\s*(?:/|\band\b|\bor\b)\s*[\w-]+)+")


_NAME_THEN_GLOSS = re.compile(r"s?\s+[a-z][\w-]+\s*[,(]")


def _may_be_explained(token: str, text: str) -> bool:
    """A quick necessary condition for `explained`: some use of `token` has a bracket, a comma,
    an explaining verb or a naming word right beside it, as every explanation pattern needs
    (most uses have none, and their seven patterns need not be compiled)."""
    at = text.find(token)
    while at >= 0:
        before = _SLASHED_BEFORE.sub("", text[max(0, at - 60) : at]).rstrip()
        if before.endswith(("(", *_NAMING_WORDS)) or _KIND_BEFORE.search(before):
            return True
        after = _SLASHED_AFTER.sub("", text[at + len(token) :], count=1)
        for rest in (after, after[1:]) if after.startswith("s") else (after,):
            if rest.startswith(",") or rest.lstrip().startswith(
                ("(", *_EXPLAINING_VERBS, *_KIND_AFTER_WORDS)
            ):
                return True
        if _NAME_THEN_GLOSS.match(after):
            return True  # "HELLP syndrome, a ..."
        at = text.find(token, at + 1)
    return False


def explained(token: str, text: str) -> bool:
    """Whether `text` explains `token`: 'long form (T)', 'T (what it is)', 'T, a ...',
    'T is a ...', 'T stands for ...', 'called T', 'the gene T', 'the T gene'."""
    if not _may_be_explained(token, text):
        return False
    # a pattern whose text `text` cannot match (it holds none of the strings every match
    # needs) is not compiled: most abbreviations a check asks about are explained by none
    return any(
        _explanation(token, i).search(text)
        for i, (needs, _) in enumerate(_explanation_sources(token))
        if any(need in text for need in needs)
    )
