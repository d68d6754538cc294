"""Labels that name nothing: a code the paper gave a group or a treatment ("treatment B", "group
2", "arm A", "experiment 3"), used in the summary before anything says what it stands for
(`undefined_label`). The decision (what a label is, what defines it) is `letter_labels`, which
the offline drafter uses too, so the drafter never writes what this check would flag.
"""

from __future__ import annotations

# the module, not its function: letter_labels reads checks.verbs, so importing it first runs
# this package, which comes back here before letter_labels has defined anything
from .. import letter_labels
from .fluency_problem import Problem


def label_problems(sentences: list[str], start: int = 0) -> list[Problem]:
    """A fluency problem (`undefined_label`) for each span `undefined_labels` finds."""
    return [
        Problem(
            "undefined_label",
            span,
            f"'{span}' is a label from the paper, and the summary never says what it stands "
            "for: a reader cannot tell which group or treatment it means.",
            "Say what it is instead of the code ('people who took the drug with food'), or "
            "say it the first time ('treatment B (the drug taken with food)').",
        )
        for _, span in letter_labels.undefined_labels(sentences, start)
    ]
