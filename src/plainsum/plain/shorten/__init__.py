"""Shorter forms of one sentence for a headline, each still a whole sentence that says the same.

A headline is the main clause of the authors' conclusion or the main result, without what trails
it. Each cut here drops only words whose loss leaves the claim true:

- a scene-setting lead ("In this cohort, X" -> "X");
- a reporting frame whose verb asserts ("The results show that X" -> "X"); a frame that hedges
  ("suggest", "indicate") goes only when the clause keeps a hedge of its own, and a graded
  frame ("There is low-quality evidence that X") becomes a short hedge ("Weak evidence
  suggests X");
- a trailing clause or phrase after a comma (", which ...", ", although ...", ", including ...")
  or a semicolon, or a trailing comparison with a control ("compared with placebo");
- an aside that singles out part of the subject ("X, and particularly Y, may help" -> "X may
  help");
- a name given after a plain description ("a stress protein called heat shock protein 70");
- in a lab study, the long name of the cells in a closing "in ... cells" ("in human star-shaped
  brain cells" -> "in human cells").

A cut never drops a negation, a hedge, a limit or a population: the dropped words must not
hold "not", "no", "may", "only", "unclear" and the like (`meaning.KEEPS_MEANING`), and the kept
words must keep every one of them the sentence had. Each form must still pass
`wholeness.broken`.
"""

from .forms import short_forms
from .fronts import reports_a_finding

__all__ = ["reports_a_finding", "short_forms"]
