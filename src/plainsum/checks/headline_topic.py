"""A headline that names nothing the paper studied: every word of it is the frame any paper
uses ("A review found no studies to include", "A review of five trials found the evidence was
not clear", "The quality of the available evidence is very low"). A reader who sees only the
headline learns neither the treatment nor the condition nor the outcome, even when what it says
is true: an editor would add what the review looked for.

Both must hold: the headline names none of the paper's subject terms (plainsum.checks.subject:
the rare words of its title and aim and the words it uses again and again, by stem, first
letters, long form or plain phrase), and each of its content words is a word of that frame: a
design, the people, the evidence and its grade, finding and reporting (`FRAME`). A headline
with a word of its own that is not a subject term ("Women managed in hospital more often had a
caesarean section") names something and is left to the other headline rules.

A warning, not an error: such a headline may be true ("A review found no studies to include"),
and an editor adds what was studied. (Measured as an error, it flagged 20 more of the 1,095
sentences bench_gate takes from human lay summaries as their headlines: "What evidence did we
find?", "The quality of the evidence was very low.", not headlines either.)
"""

from __future__ import annotations

from ..evidence import content_words, stem
from ..ingest import Source
from ..schemas import Finding, Severity
from .subject import GENERAL, names_subject

# Words that say how a study was done, how many studies or people, what kind of evidence it
# found and how sure it is, and that it found or reported something: never what it was about.
FRAME = GENERAL | frozenset(
    stem(w)
    for w in """review reviews found find finds finding findings include includes including
    suitable eligible research researchers authors paper report reports reported evidence clear
    unclear enough conclusion conclusions draw drawn effect effects study studies trial trials
    certainty quality uncertain certain very low moderate high available result results whether
    benefit benefits harm harms work works worked help helps helped look looked looks any
    current currently information difference differences clearly probably may might one two
    three four five six seven eight nine ten eleven twelve single several many few""".split()
)


def names_nothing(source: Source, headline: str) -> bool:
    """Whether `headline` names none of the paper's subject terms and holds only frame words."""
    words = content_words(headline)
    return (
        bool(words) and all(stem(w) in FRAME for w in words) and not names_subject(source, headline)
    )


def nothing_named(source: Source, headline: str, bare: str) -> list[Finding]:
    """A warning when the headline (`bare`: without its full stop) names nothing studied."""
    if not names_nothing(source, bare):
        return []
    return [
        Finding(
            check="headline",
            severity=Severity.WARNING,
            section="headline",
            span=headline,
            message=f"The headline names nothing the paper studied (its treatment, condition "
            f"or outcome): {headline!r}.",
            hint="Say what was studied: 'A review found no trials of X for Y'.",
        )
    ]
