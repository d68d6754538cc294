"""Fluency rules on a word in the wrong form or with the wrong partner for its place, as a swap
or a half-done rewrite leaves it (used by plainsum.checks.fluency_grammar):

- have_bare: 'have', 'has' or 'had' before a verb's bare form where its participle must stand
  ("their symptoms had improve."); only verbs that are never nouns, so "had help" or "have
  control" are whole;
- comparison_to: a comparison joined to what it is compared with by 'to' ("did worse to the
  placebo", "higher to those on the drug"): English compares with 'than';

Each returns the offending span, or None. Pure functions over one sentence.
"""

from __future__ import annotations

import re

# Verbs whose bare form is never a noun or an adjective (so never the object of 'have'), and
# whose participle differs from the bare form.
_BARE_VERBS = (
    r"improve|reduce|increase|decrease|prevent|worsen|show|find|give|take|develop|occur|"
    r"remain|suggest|affect|receive|undergo|choose|begin|participate|respond|recover|die|"
    r"survive|tolerate"
)
_HAVE_BARE = re.compile(
    rf"(?<![\w'’-])(?:have|has|had)\s+(?:(?:not|also|already|never|\w+ly)\s+)?(?:{_BARE_VERBS})"
    r"(?![\w'’-])",
    re.I,
)
# (not "lead", "help", "report", "experience", "benefit", "relapse", "start", "stop": nouns
# too, "had help from", "have a relapse"; not "lower", "complete": adjectives, "had lower
# scores"; not "become", "come", "run": their participle is the bare form)


def have_bare(sentence: str) -> str | None:
    """'have'/'has'/'had' before a bare verb ("had improve"), else None."""
    m = _HAVE_BARE.search(sentence)
    return m.group(0) if m else None


_COMPARISON_TO = re.compile(
    r"(?<![\w'’-])(?:better|worse|higher|lower|greater|smaller|fewer|larger|shorter|longer)\s+"
    r"to\s+(?:the|those|that|people|patients|participants|placebo|usual|standard|a|an)\b",
    re.I,
)


def comparison_to(sentence: str) -> str | None:
    """A comparison joined to its other side by 'to' ("worse to the placebo"), else None. "Is
    better to walk" and "closer to the" are no such joins: the words after 'to' here name what
    was compared."""
    m = _COMPARISON_TO.search(sentence)
    if m is None:
        return None
    # "lower to the level of", "longer to the end": 'to' as where, after a verb of moving
    if re.search(
        r"\b(?:fell|dropped|rose|came|went|moved|returned|back)\s+$", sentence[: m.start()]
    ):
        return None
    return m.group(0)
