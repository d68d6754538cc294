"""A hollow headline: its subject is the evidence, the results or the studies themselves, and
nothing in it names what was studied (used by `plainsum.checks.headline`).

"The level of evidence is mostly low to moderate", "This review does not provide enough
evidence on which to base practice", "The amount of evidence collected was not enough to draw
any conclusions", "The size of the effect was similar to other good painkillers": each may be
true, but a reader who sees only the headline cannot tell of what. `headline_topic.nothing_named`
catches such a headline when every word of it is a frame word; these carry a word or two of
their own ("level", "practice", "amount", "painkillers") and still name no treatment,
condition or outcome of the paper.

Three things must hold: the headline opens on the evidence, an effect, the results, the
studies, the interventions or a measure of them (`_FRAME_SUBJECT`); it names none of the
paper's subject terms nor its core terms (`plainsum.checks.subject`: the title's and aim's
words, the condition, the words the paper uses again and again, by stem, first letters, long
form or plain phrase); and it holds no rare word that the paper uses (a term such as
"de-escalation" or "contracting-in" that the subject terms miss still names something).

Measured (gate_identity of the 1,141 data abstracts at d23f05cb): 14 offline headlines the
headline check passed open so and name nothing; read, 10 were hollow (CD006172, CD000427,
CD012723, CD009160, CD010569, plaba 30565220 ...), the 4 others named a setting or method in
a word of their own, which the rare-word test now spares. On the human lay summaries' sentences
bench_gate takes as headlines it flags mostly search dates and counts of included trials
("The evidence is current to January 2018", "Six trials were included"), which are no
headline either.
"""

from __future__ import annotations

import re

from ..evidence import content_words, split_source, stem, word_weight
from ..ingest import Source
from ..plain.sentences import Role
from .headline_topic import FRAME
from .subject import core_terms, names_subject

# The headline's subject is the evidence, an effect, results, studies or interventions, or a
# measure of them: "The level of evidence", "The size of the effect", "Small numbers of
# studies", "The available trials", "On the basis of available evidence, the review authors".
# Words that may stand before the subject and still say nothing of what was studied
# ("The current research evidence", "The long-term studies"; not "Sleep quality").
_MODIFIER = (
    r"(?:available|current|existing|published|pooled|research|review|study|trial|effect|"
    r"clinical|randomi[sz]ed|small|large|larger|long-term|short-term|low|moderate|high|weak|"
    r"limited|very|main|primary|secondary|other|individual|these|such|few|many|several)"
)
_FRAME_SUBJECT = re.compile(
    r"^(?:on the basis of [^,]+, )?(?:(?:the|this|these|its|their|all|most|small|some|any|"
    r"available|current|overall|included|two|both)\s+){0,3}"
    rf"(?:{_MODIFIER}\s+){{0,2}}?(?:evidence|"
    r"effects?|results?|size|level|amount|quality|certainty|trials|studies|review|"
    r"interventions|treatments?|response|findings|(?<=the )finding|data|numbers?|estimates?)\b"
    r"(?:\s+(?:of|for|from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:evidence|effects?|results?|"
    r"studies|trials|treatment|comparison|review)s?\b)?",
    re.I,
)
RARE = 3.0  # word weight (Zipf 3.5 or rarer) of a word that names a particular thing


def _rare_in_paper(source: Source, headline: str) -> str | None:
    """A rare word of the headline that the paper uses too ("de-escalation")."""
    text = source.full_text.lower()
    for word in content_words(headline):
        if word_weight(word) >= RARE and word.lower() in text:
            return word
    return None


def _in_aim(source: Source, headline: str) -> str | None:
    """A word of the headline, not a frame word, that the paper's title or aim uses too:
    "cooling" of a review of cooling garments (a participle, which no subject term is)."""
    aims = [s.text for s in split_source(source) if s.role == Role.AIM]
    aimed = {stem(w) for w in content_words(" ".join([source.title or "", *aims]))} - FRAME
    return next((w for w in content_words(headline) if stem(w) in aimed), None)


# Words about the research itself (what it included, what it changed in an earlier review),
# about size and extent, about doses and times, about reporting, and the comparator any trial
# has: with `FRAME` (design, people, evidence, finding) all a headline can hold and still name
# neither what was studied nor an outcome ("The inclusion of new studies has not greatly altered
# the conclusions from the original review"; "The difference from placebo was clear for 15 mg
# and 30 mg"; "There were minimal harmful effects reported").
PROCESS = frozenset(
    stem(w)
    for w in """inclusion included exclusion excluded update updated updating original previous
    earlier later alter altered change changed greatly largely substantially mostly mainly
    minimal minor major small smaller large larger size extent spread excess various varied
    overall total whole general reported reporting harmful unwanted side dose doses dosage
    dosing mg g kg ml mcg week weeks month months day days year years time times short long
    term placebo sham compared comparison similar same both either""".split()
)


def _own_word(source: Source, headline: str) -> str | None:
    """A word of the headline, none of the frame or process words, that names something the
    paper studied: rare and in the paper, or in its title or aim."""
    kept = " ".join(w for w in content_words(headline) if stem(w) not in PROCESS)
    return _rare_in_paper(source, kept) or _in_aim(source, kept)


def process_only(source: Source, headline: str) -> bool:
    """Whether a headline (`headline`: without its full stop) is made only of frame and process
    words (`PROCESS`) and names none of the paper's subject or core terms: it names neither
    what was studied nor an outcome, whatever it opens with."""
    words = content_words(headline)
    if not words or any(stem(w) not in FRAME | PROCESS for w in words):
        return False
    # a dose or a time the paper uses again and again is a subject term, but names nothing
    kept = " ".join(w for w in words if stem(w) not in PROCESS)
    if names_subject(source, kept) or names_subject(source, kept, core_terms(source)):
        return False
    return _own_word(source, headline) is None


def hollow(source: Source, headline: str) -> str | None:
    """The opening of a headline (`headline`: without its full stop) that is about the
    evidence, effects, results or studies and names nothing the paper studied; else None."""
    m = _FRAME_SUBJECT.match(headline)
    if m is None:
        return None
    if names_subject(source, headline) or names_subject(source, headline, core_terms(source)):
        return None
    if _rare_in_paper(source, headline) or _in_aim(source, headline):
        return None
    return m.group(0)
