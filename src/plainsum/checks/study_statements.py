"""What kind of statement a summary sentence is: a claim about this study (not background),
a reported finding, what the studied thing was made of, how a review was made, what kind of
study it was, or no claim at all (a question, a heading). plainsum.checks.support holds only
the first kind to the source, and only the finding kinds count as errors when unsupported."""

from __future__ import annotations

import re

MIN_CLAIM_WORDS = 5

# A sentence that reports what this study did or found (not background knowledge).
STUDY_CLAIM = re.compile(
    r"\d"
    r"|\b(?:this|the|our|these|both|each|all|most|some|included|earlier|two|three|four|five|six|"
    r"seven|eight|nine|ten) (?:\w+ )?(?:study|studies|trial|trials|review|analysis|experiments?|"
    r"work|research|cohort|survey)\b"
    r"|\b(?:researchers|scientists|authors|investigators|team|we|they) (?:also )?(?:found|showed|"
    r"saw|observed|measured|discovered|reported|noticed|identified|tested|compared|looked|studied|"
    r"gave|treated|used|followed|asked|recruited|included)\b"
    r"|\b(?:found|showed|shown) that\b"
    r"|\b(?:had|have|has|showed|reported|experienced|saw|got) (?:a |an )?(?:\w+ )?"
    r"(?:fewer|more|less|lower|higher|better|worse|greater|smaller|larger|no|less)\b"
    r"|\b(?:was|were|is|are) (?:\w+ )?(?:higher|lower|better|worse|greater|smaller|linked|"
    r"associated|reduced|increased|improved|similar|unchanged|different)\b"
    r"|\b(?:improved|reduced|increased|decreased|lowered|raised|cut|worsened|prevented|slowed|"
    r"protected|helped|boosted|doubled|halved)\b"
    r"|\bno (?:clear |significant |real |big )?(?:difference|effect|benefit|change|link|sign)\b"
    r"|\bcompared (?:with|to)\b"
    r"|\b(?:\w+ed|spent|took|got|felt|made|did|needed) (?:a |an )?(?:little |lot |far |much )?"
    r"(?:fewer|more|less|lower|higher|better|worse|longer|shorter)\b",
    re.I,
)

# Words that report a result ("also found", "worked better", "had fewer"): an unsupported
# sentence with one is an invented finding, not an explanation. "to find" is a purpose ("to
# find the source of the pain"), not a result.
FINDING_CUE = re.compile(
    r"\b(?:also|found|(?<!to )find|showed|shown|saw|seen|observed|discovered|reported|worked|"
    r"helped|better|worse|more|less|fewer|higher|lower|improved|reduced|increased|decreased|cut|"
    r"lowered|raised|returned|cleared|stopped|prevented|protected|slowed|gained|lost|best|"
    r"worst|most|least|"
    # how people or animals fared, and whether it was safe: "lived longer", "suffered",
    # "appeared safe" (not "unsafe sex", a thing named)
    r"lived|died|survived|recovered|healed|suffered|eased|safe|harmed)\b",
    re.I,
)

# What the studied thing was made of ("The capsules contained fish oil", "the gel was made
# from honey"): a fact about this study, which only the paper can give. In the present tense
# ("cell walls are made of proteins") it is background, which summaries may explain.
COMPOSITION = re.compile(
    r"\b(?:(?:was|were) (?:made (?:from|of|with|up of)|derived from|extracted from|"
    r"composed of|based on)|consisted of|(?<!is )(?<!are )(?<!be )(?<!been )(?<!longer )"
    r"(?<!not )contained(?! by\b))\b",
    re.I,
)

# How a review was made, not what it found: when its search ran, who funded the studies, that
# it is an update. Lay summaries of reviews report these from the full paper; an abstract
# often leaves them out. Not a finding: a warning for an editor, not an error.
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
REVIEW_PROCESS = re.compile(
    rf"(?i:\bsearch(?:ed|es)?\b)[^.;]*(?:\b(?:{_MONTHS})\b"
    r"|(?i:\b(?:(?:in|until|to|through|from|since) (?:19|20)\d\d|databases?|literature)\b))"
    r"|\b(?:19|20)\d\d\s+(?i:searche?s?)\b"
    r"|(?i:\b(?:re-?ran|re-?run)\b[^.;]*\bsearche?s?\b|\bsearche?s?\b[^.;]*\b(?:re-?ran|re-?run)\b)"
    r"|(?i:\bfund(?:ed|ing|ers?)\b)"
    r"|(?i:\b(?:this|the|our|latest|last|previous|an?) (?:\w+ )?update\b|\bupdate of\b)",
)


# ---------------------------------------------------------------- design statements

# "This was a review of earlier studies." / "It was a study in mice.": what kind of study it
# was. Such a sentence is supported when the paper has words of that kind, whatever its wording.
DESIGN_STATEMENT = re.compile(
    r"^(?:this|it|the (?:study|paper|work|research|report))\s+(?:was|is)\s+(?:an?|the)\b",
    re.I,
)
DESIGN_STATEMENT_WORDS = 16
_DESIGN_NAMES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    # kind: (how a summary names it, what the paper must have)
    "a study in animals": (
        re.compile(
            r"\b(?:mice|mouse|rats?|animals?|rodents?|zebrafish|monkeys?|pigs?|dogs?)\b", re.I
        ),
        re.compile(
            r"\b(?:mice|mouse|murine|rats?|animals?|rodents?|zebrafish|monkeys?|primates?|pigs?|"
            r"dogs?|rabbits?|sheep|drosophila|flies|larvae|in vivo|EAE)\b",
            re.I,
        ),
    ),
    "a lab study": (
        re.compile(r"\b(?:lab|laboratory|cells? (?:in a dish|grown)|in cells|dish)\b", re.I),
        re.compile(r"\b(?:cells?|cultures?|cultured|in vitro|laborator\w*|lines?|tissue)\b", re.I),
    ),
    "a review": (
        re.compile(r"\b(?:review|earlier studies|pooled)\b", re.I),
        re.compile(
            # a review's abstract may give only its results: "We included three trials with
            # 492 participants", "We screened 4226 titles to yield seven RCTs"
            r"\b(?:review\w*|meta-?analys\w*|searched|screened|pooled|"
            r"(?:included|identified)\s+(?:[\w,-]+\s+){0,3}?(?:studies|trials|RCTs)|"
            r"(?:studies|trials|RCTs)\s+(?:were\s+included|met\s+(?:the|our)\s+"
            r"(?:inclusion|selection)\s+criteria))\b",
            re.I,
        ),
    ),
    "a trial": (
        re.compile(r"\btrials?\b", re.I),
        re.compile(r"\b(?:trials?|randomi[sz]\w*|placebo|allocated|assigned)\b", re.I),
    ),
}


def design_statement(sentence: str, source_text: str) -> tuple[bool, str | None]:
    """(is a statement of what kind of study this was, the kind it names that the paper does
    not support)."""
    if not DESIGN_STATEMENT.search(sentence) or len(sentence.split()) > DESIGN_STATEMENT_WORDS:
        return False, None
    named = [k for k, (says, _) in _DESIGN_NAMES.items() if says.search(sentence)]
    if not named:
        return False, None
    for kind in named:
        if not _DESIGN_NAMES[kind][1].search(source_text):
            return True, kind
    return True, None


def not_a_claim(sentence: str) -> bool:
    """A question or a heading ("What did we find?") claims nothing."""
    return sentence.rstrip().endswith("?") or len(sentence.split()) < MIN_CLAIM_WORDS
