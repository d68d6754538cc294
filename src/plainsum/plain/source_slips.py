"""Slips of grammar a paper makes itself, which a draft must not copy: a sentence that holds one
reads as broken to a lay reader, whoever wrote it first.

"There were a clear effects" ("were a" before no word for an amount), "Deaths and stay
differ did not differ" (a verb said twice), "X improved with Y, again no differences between
doses" (a clause with no verb after a comma), "biomarkers in fluid and serum, the most
promising imaging biomarkers" (a list item glued on as if it restated the noun before it: the
one slip mended, by `mend_slips`, rather than left out); and what a cut inside a list leaves,
"Within safe limits, for nutrients such as vitamin D is warranted" (no subject); and a clause
that opens with a question word and never reaches its main verb, "How this has informed public
health advice on when it is safe to stop isolation." (a heading or a list item, not a sentence).

The first two, and "did not reported", "has shown to be" and "a high risk having X", are the
gate's own fluency rules (`checks.fluency_agreement`: singular_plural, doubled_verb, do_past;
`checks.fluency_cuts`: missing_been, missing_of), read from there so that the drafter leaves
out exactly what the gate flags.
"""

from __future__ import annotations

import re

from ..caseless import lowered
from .glued_words import unglued

# ", again no differences between dose levels": a tail with no verb of its own.
_VERBLESS_TAIL = re.compile(
    r", (?:again|also) no (?!(?:[\w-]+ ){0,6}?(?:was|were|is|are|had|has|have|did|does|"
    r"could|can|may|might|would)\b)[^,;:]*\.?$",
    re.I,
)
# "The effect hypertrichosis was uncertain": "effect" with the "on" before what it acted on
# left out (never "the effect size was", "the effect estimate was").
_EFFECT_NO_ON = re.compile(
    r"\b[Tt]he effects? (?!(?:of|on|in|for|was|were|is|are|size|sizes|estimates?|modifiers?|"
    r"measures?|direction|seen|found)\b)[a-z][\w-]* (?:was|were|is|are)\b"
)
# "<noun> in A and B, the most promising imaging <noun>": the same noun named again after a
# comma with a new modifier is another item of the list, not a restatement of the first.
_GLUED_ITEM = re.compile(
    r"\b(\w{4,}) (?:in|of|from|for|on) [^,.;]{1,60}\band\b[^,.;]{1,40}(?P<comma>, )the (?:most|"
    r"best|main|key) (?:[\w-]+ ){1,2}\1\b",
    re.I,
)


def _glued_item(text: str) -> re.Match[str] | None:
    """`_GLUED_ITEM`'s match in `text`, not searched for in a text without ", the " (in any
    case), which each of its matches holds (a text whose letters may fold otherwise than
    `str.lower` says is searched: `caseless.lowered`)."""
    low = lowered(text)
    if low is not None and ", the " not in low:
        return None
    return _GLUED_ITEM.search(text)


# "Within safe limits, for nutrients such as vitamin D is warranted": a phrase, then another
# phrase where the subject should stand (what a cut inside a list leaves), then the verb.
_NO_SUBJECT = re.compile(
    r"^(?:Within|Above|Below|Beyond|Under|Over|For|In|At|On|With|Without|Among|During|After|"
    r"Before|Despite)\b[^,]{1,80}, (?:for|of|to|with|by|within|above|below)\b"
    r"(?! (?:example|instance)\b)(?:(?!\bthere\b)[^,;])*?\b(?:is|are|was|were)\b",
    re.I,
)


# "At the same time, but there are ...": a linking opener, then a conjunction that has nothing
# to join it to.
_OPENER_THEN_JOIN = re.compile(
    r"^(?:At the same time|In addition|However|Moreover|Furthermore|Also|Thus|Therefore|"
    r"Additionally|In the end|Finally|Overall|Meanwhile|Nevertheless|In contrast|Likewise|"
    r"Similarly|Indeed),? (?:but|and|yet|or)\b",
    re.I,
)


# "How this has informed advice on when ...", "Why some cells survive in the gut.": a clause
# that opens with a question word is a sentence's subject only with a main verb after it ("How
# the drug acts remains unclear", "What this means for patients is not known"). Read up to the
# first clause inside it ("on when it is safe": that "is" is the inner clause's).
_WH_OPENER = re.compile(
    r"^(?:How|Why|What|Whether|Where|Which)\b(?! (?:is|are|was|were|do|does)\b)"
)
_INNER_CLAUSE = re.compile(
    r"\b(?:when|whether|if|that|which|who|whom|where|because|while|although|as|than|since)\b"
)
_MAIN_VERB = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared|has been|"
    r"have been|had been|needs?|needed|requires?|required|depends?|depended|varies|varied|"
    r"matters?|mattered|differs?|differed|will|would|can|could|may|might|must|should)\b",
    re.I,
)


# "Extrapyramidal adverse events lower for those assigned to thioridazine.": a comparison with
# its verb left out ("were lower"). Before the comparative stands the subject alone (an "-ed"
# word there modifies a noun, "unwanted events", unless it stands right before the comparative:
# "Pain decreased more in ..." has its verb); after it, only phrases and participles ("for
# those assigned to", "than in people who received"), no finite verb of its own.
_COMPARISON_NO_VERB = re.compile(
    r"^(?P<before>(?:[\w'-]+\s+){1,8}?)(?:lower|higher|greater|more|less|fewer|better|worse|"
    r"shorter|longer|smaller|larger)\s+(?P<after>(?:for|in|with|among|than|at|after|on|"
    r"during)\b.*)$",
    re.I,
)
_VERB_RIGHT_BEFORE = re.compile(r"\b\w{3,}ed(?:\s+\w+ly|\s+(?:much|far|slightly|even))*\s+$")
# The words before a participle or a relative clause's verb ("those assigned to", "people who
# received"): the verb is not the sentence's own.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:who|that|which|those|people|patients|participants|women|men|children|subjects|"
    r"individuals|adults|group|groups|arm|arms)\s+$",
    re.I,
)


def verbless_comparison(text: str) -> bool:
    """Whether `text` is a comparison with its verb left out ("Weight gain higher for those
    assigned to the drug."), as abstracts write results in note form."""
    from .wholeness import _FINITE  # wholeness reads this module

    m = _COMPARISON_NO_VERB.match(text)
    if m is None:
        return False
    before = m["before"]
    if any(not v.group(0).lower().endswith("ed") for v in _FINITE.finditer(before)):
        return False  # "Doses were lower for ...": a verb before the comparative
    if _VERB_RIGHT_BEFORE.search(before):
        return False  # "Pain decreased more in the drug group"
    start = m.start("after")
    for v in _FINITE.finditer(text, start):
        if _RELATIVE_BEFORE.search(text[: v.start()]):
            continue  # a participle or a relative clause's verb: "those assigned", "who had"
        return False  # "Doses lower than 10 mg were safe": its verb after
    return True


# "No deaths or serious adverse events occurred no other outcomes were reported": two clauses
# run together with no stop or joining word. A verb that takes no object ("occurred", "were
# reported") followed at once by a new subject ("no other ...", "the ...") and a finite verb.
_RUN_ON = re.compile(
    r"\b(?:occurred|happened|(?:was|were) (?:reported|seen|found|observed|noted|recorded|"
    r"detected))\s+(?:no|there|the|this|these|those|all|none|some|most)\s+"
    r"(?:(?!(?:and|or|but)\b)[\w-]+\s+){0,5}?(?:were|was|is|are|had|has|have|did|occurred|"
    r"happened)\b",
)


def run_on(text: str) -> bool:
    """Whether `text` runs two clauses together at an intransitive or passive verb ("...
    occurred no other outcomes were reported"), not a time after it ("occurred the first
    year", "were reported the first week and were mild")."""
    return _RUN_ON.search(text) is not None


def headless_question(text: str) -> bool:
    """Whether `text` opens with a question word's clause that no main verb follows ("How this
    has informed advice on when it is safe to stop."): not a question, not a sentence."""
    if not _WH_OPENER.match(text) or text.rstrip().endswith("?"):
        return False
    words = text.split(" ", 1)
    rest = words[1] if len(words) > 1 else ""
    head = _INNER_CLAUSE.split(rest, maxsplit=1)[0]
    return not _MAIN_VERB.search(head)


# A modal, then a verb with the "-s" of its present tense ("may prevails", "could reduces"):
# after a modal only the bare verb stands, so the "-s" is a slip.
_MODAL_S = re.compile(
    r"(?<![\w'’-])(?:can|could|may|might|will|would|should|must)(?:\s+not)?\s+"
    r"(?P<verb>[a-z]{3,}(?<![su])s)(?![\w'’-])"
)
# Words in "-s" that follow a modal whole ("may sometimes", "might perhaps", "will always").
_MODAL_S_WORDS = frozenset(
    """always sometimes perhaps thus nevertheless nonetheless afterwards besides towards
    regardless unless whereas""".split()
)
MIN_BARE_ZIPF = 3.0  # the bare verb is a common English word


def _modal_s(text: str) -> str:
    """`text` with "may prevails" as "may prevail": the bare form is a common word and at
    least as common as the "-s" form (so "may sometimes" stays: "sometime" is rarer)."""
    from ..lexicon import zipf  # loads the word list only when a modal meets an "-s" word

    out, last = [], 0
    for m in _MODAL_S.finditer(text):
        verb = m["verb"]
        if verb in _MODAL_S_WORDS:
            continue
        bare = verb[:-1]
        if zipf(bare) < MIN_BARE_ZIPF or zipf(bare) < zipf(verb):
            continue
        out.append(text[last : m.start("verb")] + bare)
        last = m.end("verb")
    return "".join(out) + text[last:] if out else text


# An adjective in "-ful" written with "-full" ("an irreducible and painfull mass").
_FULL = re.compile(r"(?<![\w'’-])(?P<word>[a-z]{3,}ful)l(?![\w'’-])")
MAX_SLIP_ZIPF = 2.5  # a misspelling is rare in English text; its right form is common


def _full_ful(text: str) -> str:
    """`text` with "painfull" as "painful": only where the "-full" form is rare in English and
    the "-ful" form a common word (the mend is then sure; no other word is guessed)."""
    from ..lexicon import zipf

    def mend(m: re.Match[str]) -> str:
        word = m["word"]
        if zipf(word) >= MIN_BARE_ZIPF and zipf(word + "l") < MAX_SLIP_ZIPF:
            return word
        return m.group(0)

    return _FULL.sub(mend, text) if "full" in text else text


# "The pooled analysis of all children, suggests that ...": a comma between a sentence's
# subject and its verb (the paper's slip, or what is left of a bracket before the verb).
_SUBJECT_COMMA = re.compile(
    r"^(?!(?:In|On|At|For|With|Among|During|After|Before|From|By|To|Over|Under|Across|Within|"
    r"When|While|If|Although|Because|Since|As|Despite|Overall|However|Moreover|Furthermore|"
    r"Thus|Therefore|Finally|Here|Also|Then|Yet|Still|Notably|Importantly|Interestingly|"
    r"Specifically|Similarly|Hence|Indeed|Together|Again|Further|Unlike|Like|Compared)\b)"
    r"(?P<subject>[A-Z][\w'-]*(?: [\w'-]+){0,7}),(?= (?:was|were|is|are|suggests|suggested|"
    r"showed|shows|found|appears|appeared|seems|seemed|remains|remained)\b)"
)


def _subject_comma(text: str) -> str:
    """`text` without a comma between its opening subject and its verb, when the subject
    holds no verb of its own ("The drug, given daily, was" keeps its pair of commas: the
    comma there closes an aside the subject's words do not open)."""
    m = _SUBJECT_COMMA.match(text)
    if m is None:
        return text
    from ..checks.verbs import has_verb  # (checks.verbs reads plain.wholeness, which reads this)

    if has_verb(m["subject"]):
        return text
    return m["subject"] + text[m.end() :]


def mend_slips(text: str) -> str:
    """`text` with the slips whose mend is sure made good: a list item glued on after a comma
    takes the "and" it lost ("biomarkers in fluid and serum, and the most promising imaging
    biomarkers"); a verb after a modal loses the "-s" it cannot have ("may prevails" -> "may
    prevail"); an adjective in "-ful" loses the "l" it was misspelt with ("painfull"); a comma
    between a subject and its verb goes ("The pooled analysis of all children, suggests");
    two words written as one are written apart ("withrash", `glued_words`)."""
    text = _subject_comma(_full_ful(_modal_s(unglued(text))))
    m = _glued_item(text)
    if m is None:
        return text
    return text[: m.end("comma")] + "and " + text[m.end("comma") :]


def source_slip(text: str) -> str | None:
    """Why `text` holds a slip of grammar (usually copied from the paper), or None."""
    # the gate's own fluency rules own these two slips, so that a draft never holds what the
    # gate flags (imported here: checks.verbs reads plain.wholeness, which reads this module)
    from ..checks.fluency_agreement import bare_plural_was, do_past, doubled_verb, singular_plural
    from ..checks.fluency_cuts import missing_been, missing_of
    from ..checks.verbs import AUX, FUNCTION, verb_or_past

    if singular_plural(text):
        return "'a' or 'There were a' does not agree with the noun's number"
    if bare_plural_was(text):
        return "people given a figure with a singular verb (what the figure measures was cut)"
    if doubled_verb(text):
        return "a verb said twice"
    if do_past(text):
        return "a past form after 'did' or a modal"
    if missing_been(text):
        return "a passive without its 'been'"
    if missing_of(text, verb_or_past, FUNCTION | AUX):
        return "a word that counts with no 'of' before what it counts"
    if _VERBLESS_TAIL.search(text):
        return "a clause with no verb after a comma"
    if _OPENER_THEN_JOIN.match(text):
        return "a conjunction with nothing to join"
    if _NO_SUBJECT.search(text):
        return "a phrase where the subject should stand"
    if headless_question(text):
        return "a question word's clause with no main verb"
    if _EFFECT_NO_ON.search(text):
        return "'effect' with no 'on' before what it acted on"
    if verbless_comparison(text):
        return "a comparison with its verb left out"
    if run_on(text):
        return "two clauses run together"
    if _glued_item(text):
        return "a list item glued on as a restatement (`mend_slips` mends it)"
    return None
