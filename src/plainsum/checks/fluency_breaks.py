"""Fluency rules for the frame of a sentence that a cut or a join broke (used by
plainsum.checks.fluency):

- ends_on_function_word: it ends on a word that needs something after it ("... of the.")
- list_debris: a list marker left from the source ("Ii) less swelling")
- cut_list: a list a lead-in opens, cut after its first item ("found that: a) ...", no "b)")
- cut_clause: a finding's "that"/"whether"/"if" clause with no verb ends it ("evidence that any
  catheter-related treatment.")
- doubled_word: the same word twice in a row ("the the")
- broken_join: words that cannot stand side by side ("the benefit of has been", "has was",
  "the effects of on the skin"), or
  a heading of the source joined in after a comma ("between groups, Repeat surgery: It is")
- fused_heading: a comparison subheading run straight into the sentence under it, with no
  stop between ("Drug A versus placebo for adults Drug A was linked with ...",
  "Comparison 4: yoga versus rest More people ...", "Suture A versus suture B Low-certainty
  evidence suggests ...": any common word after a small-letter word of the label)
- fused_subheading: a subheading with no comparison run into the sentence under it, at a word
  that only opens a sentence ("... isoniazid in standard plans A single trial substituted ...",
  "Exercise for adults with MS The review found ...")
- run_on: two main clauses fused with no stop, comma or joining word between them, where a
  clause that cannot take an object ends ("No deaths occurred no other outcomes were reported",
  "The drug was well tolerated there were no serious harms"), or joined by a bare linking
  adverb ("... than delayed implants on the other hand the look might be better")
- unbalanced: a bracket or double quote opened and not closed (judged over a section's text)

Each returns the offending span, or None. Pure functions.
"""

from __future__ import annotations

import re

from .. import caseless
from ..lexicon import zipf
from ..plain.wholeness import CUT_BEFORE_TO
from .verbs import AUX, FUNCTION, IRREGULAR, STRANDED_END, WORD, has_verb

# Roman numerals are what the source's lists leave behind ("i)", "Ii)" once capitalised);
# "a)" and "1)" lists are a writer's choice and are left alone.
_LIST_MARKER = re.compile(r"(?<![\w(])(?:[ivx]{1,4}|I[ivx]{0,3})\)(?=\s|$)")
# A numbered or lettered list a lead-in opens ("found that: a) ...", "suggest that (1) ..."):
# when the sentence holds its first item and no second, the list was cut and the reader is left
# waiting for the rest.
_LIST_OPENS = re.compile(
    r"\b(?:that|follows|include|includes|included|were|are)\s*:?\s*"
    r"(?P<open>\(?)(?P<first>[aAiI1])(?P<close>[.)])\s",
)
_NEXT_ITEM = {"a": "b", "A": "B", "i": "ii", "I": "II", "1": "2"}
_DOUBLED = re.compile(r"(?<![\w-])([A-Za-z]+)\s+((?i:\1))(?![\w-])(?!\s+(?:vitro|vivo|situ)\b)")
_DOUBLED_OK = frozenset({"that", "had", "bye", "very", "so"})
_DET_THEN_BREAK = re.compile(
    r"(?<![\w-])(?:the|a|an)\s*(?:[:;]|,(?!\s*(?:albeit|although|though|if|perhaps|"
    r"admittedly|arguably|often|usually|sometimes)\b))|(?<![\w-])(?:the|a|an)\s+"
    r"(?:of|to|and|or|a|an|is|was|are|were|has|have)(?![\w-])"
)
# Only "of" and "to": other prepositions end relative clauses ("the outcome we looked for was").
_PREP_THEN_AUX = re.compile(
    r"(?<![\w-])(?:[Oo]f|[Tt]o)\s+(?:has|is|are|was|were|will|can|could|should|would|must|does|did)(?![\w-])"
)
# "getting worse in of the people treated": a place preposition straight before "of" (which
# only a noun, a verb's particle or a word like "out", "because", "instead" may stand before).
_PREP_THEN_OF = re.compile(r"(?<![\w-])(?:in|on|at|to)\s+of(?![\w-])", re.I)
_AUX_PAIR = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|can|could|should|would|may|might|must)\s+"
    r"(?:is|are|was|were|has|does|did|can|will|must)(?![\w-])",
    re.I,
)
# A preposition left before another one where a swap or a cut took the noun phrase between
# them ("the effects of on the skin and oral steroids", "sensitivity with of contrast use").
# The first must not close a verb's own phrase ("dealt with in", "cared for by"): that is read
# from the word before it; the second must not open an idiom ("of in vitro tests").
_PREP_PAIR = re.compile(
    r"(?<![\w-])(?P<prev>[A-Za-z'’]+)\s+(?:of|with|by|for|from|into|about)\s+"
    r"(?:(?:of|with|by|into)|(?:on|in)(?!\s+(?:vitro|vivo|situ|utero|silico|total|part|average|"
    r"turn|addition|general|particular|short|brief|fact|contrast|comparison|practice|which|whom)\b))"
    r"(?![\w-])",
    re.I,
)
# Verbs whose own preposition may come before a second one ("accounted for in", "dealt with
# in", "looked at by": the irregular past forms and those of the regular verbs below), and
# adjectives that take "of" ("enough of into the body").
_CLOSES_PHRASE = IRREGULAR | frozenset(
    "read run sold look looks care cares account accounts deal deals aware afraid capable "
    # "instead of on a ward", "because of in-hospital care": a word that takes "of" itself
    "enough instead because ahead".split()
)
# A heading of the source joined into a sentence after a comma: "... between groups, Repeat
# surgery for prolapse: It is unclear ..." (0 in the human lay summaries of ../shared/data)
_HEADING_JOIN = re.compile(r"[,;]\s+[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){0,5}:\s+[A-Z]")
# A comparison label at a sentence's start, then a new capitalised clause with no stop between:
# the new clause starts on the label's own first word again or on a word that opens sentences.
_OPENERS = (
    r"(?:The|There|We|No|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Only|More|Fewer"
    r"|Most|All|None|This|These|It|Compared|Overall|People|Participants|Patients)\b"
)
_FUSED_HEADING = re.compile(
    r"^(?P<label>(?:Comparison \d+[a-z]?:\s*)?(?P<x>[A-Z][\w'’-]*)[^.!?;:,]{0,80}?"
    r"\b(?:versus|vs\.?|compared (?:with|to))\b[^.!?;:]{2,160}?[\w')]) "
    rf"(?=(?P=x)\b|{_OPENERS})"
    rf"|^(?P<numbered>Comparison \d+[a-z]?:[^.!?;:]{{3,160}}?[\w')]) (?=[A-Z][a-z])"
)
# A verb that makes the words before the new clause a sentence of their own, not a label; a
# participle in a label ("delayed surgery", "after a broken hip") is no such verb.
_LABEL_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|may|might|can|could|will|would|should|did|does|do"
    r"|reduced|improved|increased|decreased|lowered|raised|cut|showed|found|helped|led|made"
    r"|gave|caused|tested|studied|worked|halved|doubled|included|considered|called|named)\b"
)
_LETTER_NAME = re.compile(r"(?:vitamin|type|group|grade|class|phase|part|step|hepatitis)\s+$", re.I)


# Prepositions no English sentence ends on ("whether the benefits last during.", "despite."):
# unlike "into", "from" or "beyond", none closes a verb's phrase or stands as an adverb.
_NEEDS_MORE = STRANDED_END | frozenset("despite during regarding amongst towards toward".split())
_CLOSED = re.compile(r"[.!?;]\W*$")


def ends_on_function_word(sentence: str) -> str | None:
    """The word a sentence ends on that needs something after it ("... the benefit of the."),
    else None."""
    if not _CLOSED.search(sentence):  # "compared with:" leads in to a list
        return None
    tokens = sentence.split()
    last = tokens[-1].strip(".!?:;\"'”’)]") if tokens else ""
    if last in _NEEDS_MORE and not _VERB_WITH_END.search(sentence):
        return last
    return None


# A verb whose preposition a relative clause leaves at the end: "the symptom people find
# hardest to live with", "what they have to cope with" are whole sentences.
_VERB_WITH_END = re.compile(
    r"\b(?:liv(?:e|es|ed|ing)|cop(?:e|es|ed|ing)|deal(?:s|t|ing)?|put up|agree(?:s|d)?|"
    r"struggl(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|start(?:s|ed)?|begin|began|work(?:s|ed)?|"
    r"talk(?:s|ed)?|play(?:s|ed)?|help(?:s|ed)?|do|does|did|done|come to terms|get by) with"
    r"[.!?;]\W*$",
    re.I,
)


def cut_list(sentence: str) -> str | None:
    """The lead-in and first marker of a list the sentence opens and cuts after its first item
    ("The review found that: a) ..." with no "b)"), else None."""
    m = _LIST_OPENS.search(sentence)
    if not m:
        return None
    second = _NEXT_ITEM[m.group("first")]
    marker = re.escape(m.group("open")) + second + re.escape(m.group("close"))
    if re.search(rf"(?<![\w(]){marker}(?=\s|$)", sentence[m.end() :]):
        return None
    return m.group(0).strip()


# A sentence that ends inside the clause a finding word opens: "There is no strong evidence
# that any catheter-related treatment." A cut drafter or a cut paste leaves the claim out.
_CLAUSE_OPENER = re.compile(
    r"(?:\b(?:evidence|proof|data|suggest(?:s|ed)?|show(?:s|ed|n)?|found|find(?:s|ings?)?|"
    r"conclud(?:e|es|ed)|clear|unclear|certain|uncertain|known|unknown|likely|indicat(?:e|es|ed)|"
    r"demonstrat(?:e|es|ed)|report(?:s|ed)?|mean(?:s|t)?)\s+(?:that|whether)"
    # "It is not known if the new drug.": 'if' where 'whether' could stand
    r"|\b(?:clear|unclear|certain|uncertain|known|unknown|know|knew|sure|unsure)\s+if)"
    r"\s+(?P<clause>[^,;:]+?)"
    r"[.!]?\s*$",
    re.I,
)


def cut_clause(sentence: str) -> str | None:
    """The "that"/"whether" clause a sentence ends with when it has no verb, else None."""
    m = caseless.search(_CLAUSE_OPENER, sentence)
    if m is None or len(WORD.findall(m["clause"])) < 2:
        return None
    # a compound ("catheter-related", "well-known") is no verb of the clause; any other word
    # that may be a verb in -s or -ed ("vitamin A shows", "AWS coincides") keeps it whole
    clause = re.sub(r"[A-Za-z]+(?:-[A-Za-z]+)+", "thing", m["clause"])
    if has_verb(clause) or re.search(r"\b[A-Za-z]{2,}(?:s|ed)\b", clause):
        return None
    return m.group(0).strip()


def broken_join(sentence: str) -> str | None:
    """Words that cannot stand side by side, where a cut joined two sentences ("the benefit
    of has been", "to the: ", "in the, while", "worse in of the people", "has was"), else
    None."""
    for m in _DET_THEN_BREAK.finditer(sentence):
        if not _LETTER_NAME.search(sentence[: m.start()]):
            return m.group(0)
    found = (
        caseless.search(CUT_BEFORE_TO, sentence)
        or _PREP_THEN_AUX.search(sentence)
        or _HEADING_JOIN.search(sentence)
        or _PREP_THEN_OF.search(sentence)
    )
    if found:
        return found.group(0)
    for m in caseless.finditer(_PREP_PAIR, sentence):
        prev = m["prev"].lower()
        if not prev.endswith(("ed", "en", "ing")) and prev not in _CLOSES_PHRASE:
            return m.group(0)[len(m["prev"]) :].strip()
    for m in caseless.finditer(_AUX_PAIR, sentence):
        # "how effective it is was ..." and "what it is is ..." are whole (if rare) English
        if not re.search(r"\b(?:what|how)\b", sentence[: m.start()], re.I):
            return m.group(0)
    return None


def fused_heading(sentence: str) -> str | None:
    """A comparison subheading fused into the start of a sentence ("Zinc versus no supplement
    for children Zinc may reduce colds."), else None: the label, if it has no verb of its own
    (a sentence that compares, "Aspirin versus placebo cut strokes in The ...", is whole)."""
    if "versus" not in sentence and "vs" not in sentence and "ompar" not in sentence:
        return None
    m = _FUSED_HEADING.match(sentence)
    if m is None:
        return _fused_on_common_word(sentence)
    label = m["label"] or m["numbered"]
    if _LABEL_VERB.search(label):
        return None
    return label


# Any capitalised word after the comparison, straight after a small-letter word of the label's
# own (not after "in", "with", "of": "in Japan", "with Down syndrome" name a place or a
# condition):
# "Modified suture versus standard suture Low-certainty evidence suggests ...".
_CAPITAL_AFTER_LABEL = re.compile(r"(?<=[a-z0-9')]) (?P<cap>[A-Z][a-z]+)(?:-[A-Za-z]+)*(?=[\s,])")
_COMPARISON_WORD = re.compile(r"\b(?:versus|vs\.?|compared (?:with|to))\s", re.I)
# "Low", "Evidence", "Quitting": a word, not a name ("Crohn", "Parkinson", "Huntington")
COMMON_WORD_ZIPF = 3.6


def _fused_on_common_word(sentence: str) -> str | None:
    """The label of a comparison heading run into a sentence that opens on any common word
    (the label has no verb, the words after it have one), else None."""
    comparison = _COMPARISON_WORD.search(sentence, 0, 120)
    if comparison is None or not sentence[:1].isupper():
        return None
    for m in _CAPITAL_AFTER_LABEL.finditer(sentence, comparison.end()):
        label = sentence[: m.start()]
        if re.search(r"[.!?;:,]", label) or len(label) > 200:
            return None
        before = label.rsplit(None, 1)[-1]
        # "in New Zealand": the word before is a name's first word, or opens a name
        if not before.islower() or before in FUNCTION or _LABEL_VERB.search(label):
            continue
        if zipf(m["cap"].lower()) >= COMMON_WORD_ZIPF and has_verb(sentence[m.start() :]):
            return label
    return None


# A subheading with no comparison run into the sentence under it ("... in standard plans A
# single trial substituted ..."): an opening that only starts a sentence ("A single trial",
# "Two trials", "In three studies"), capitalised, straight after a word that is no function
# word. Other capitalised openers ("The", "We") are left alone: human lay summaries keep
# their own headings so ("Key results We found ..."), and the gate must not call them broken.
_OPENER_AFTER_WORD = re.compile(
    r"(?<=[A-Za-z0-9')]) (?P<opener>"
    # "A" before a word that follows an article, never a letter's name ("vitamin A levels")
    r"An? (?:single|total|small|large|larger|smaller|new|further|second|third|recent|"
    r"systematic|randomi[sz]ed|few|number|significant|similar|higher|lower|greater|"
    r"meta-analysis|trial|study|review|cohort|pooled|clear|possible|reduction|decrease|"
    r"increase|moderate|modest|slight|statistically|longer|shorter|lack|benefit)\b"
    # a count of studies opening the sentence under the heading ("Two trials compared ...",
    # "In three trials ...")
    r"|(?:In (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)|One|Two|Three|Four|Five|"
    r"Six|Seven|Eight|Nine|Ten|Eleven|Twelve)(?: (?:small|"
    r"large|further|more|other|new|included|randomi[sz]ed))? (?:trials?|studies|study|reviews?)"
    r"\b)"
)
# Before a name ("a trial called The Walking Study"), a capital opener is the name's.
_NAMES_NEXT = re.compile(r"\b(?:called|named|titled|entitled|as|dubbed)\s*$", re.I)


def fused_subheading(sentence: str) -> str | None:
    """A subheading with no comparison run into the sentence under it ("Exercise for adults
    with MS The review found ..."): the subheading, when the words after the capital have a
    verb of their own, else None."""
    for m in _OPENER_AFTER_WORD.finditer(sentence):
        before = sentence[: m.start()]
        word = before.rsplit(None, 1)[-1]
        if word in FUNCTION or _NAMES_NEXT.search(before) or _LETTER_NAME.search(before):
            continue
        if re.search(r"[.!?;:]", before) or not has_verb(sentence[m.start() :]):
            continue
        return before.strip()
    return None


# A run-on: a clause that ends on a verb that takes no object here (a passive, "occurred"),
# then at once (past a bracket at most) a word that opens a new clause, and that clause's own
# verb with no joining word before it. The new clause must open on a word that cannot be an
# object or a time: "no", "there", a pronoun, a count, "the" but for "the next day", "the same
# way", "the way the protocol said".
_NO_OBJECT_VERB = (
    r"(?:(?:was|were|is|are|been)\s+(?:well\s+|also\s+|not\s+)?(?:reported|observed|seen|noted|"
    r"recorded|identified|included|detected|excluded|performed|done|measured|assessed|counted|"
    r"collected|analy[sz]ed|checked|conducted|tolerated|found|achieved|required|needed|met)"
    r"|occurred|happened|died|existed|arose)"
)
_NEW_CLAUSE = (
    r"(?:no|none|there|we|they|this|these|it|most|all|both|neither|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+|the(?!\s+(?:way|same|next|following|day|week|month|year|time|"
    r"first|last|end)\b))"
)
_JOINING = (
    r"(?:and|or|but|because|so|while|when|if|that|which|who|as|than|although|since|after|before|"
    r"until|in|at|for|of|with|to|by|from|on|during|within)"
)
_JOINING_WORDS = frozenset(_JOINING[3:-1].split("|"))
_RUN_ON = re.compile(
    rf"(?<![\w-]){_NO_OBJECT_VERB}\s+(?:\([^()]*\)\s+)?{_NEW_CLAUSE}\s+"
    rf"(?:(?!{_JOINING}\b)[\w'’-]+\s+){{0,8}}?"
    r"(?:was|were|is|are|has|have|had|did|does|could|can|may|might|would|will|should)\b",
    re.I,
)
# "It was found there were ...", "Since only one study was analysed it would be misleading
# ...": an extraposed subject, or an opening clause whose comma a writer may leave out
_EXTRAPOSED = re.compile(
    r"\W*(?:it (?:was|is) |(?:since|because|if|when|as|although|though|while|after|before|once|"
    r"until|unless|whether|where)\b)",
    re.I,
)


# A linking adverb between two clauses with no stop or comma before it: "... than delayed
# implants on the other hand the look of the teeth might be better", "... lowered blood
# pressure however it caused dizziness". The word before it ends a clause (not "and", "was":
# "and therefore the", "was however not"), the words after it open one and hold its verb.
_LINKING_ADVERB = re.compile(
    r"(?<![\w'’-])(?P<before>[a-z][\w'’-]*|\d+%?|\))\s+"
    r"(?P<link>on the other hand|however|therefore|moreover|furthermore|nevertheless|"
    r"nonetheless|in contrast|consequently|additionally|in addition|as a result)\s+"
    rf"(?P<clause>(?:{_NEW_CLAUSE}|more|fewer|some|many|few|people|patients|participants|"
    r"children|women|men|adults|its|their|our)\s[^,;:.!?]*)",
    re.I,
)

_LINK_CUES = ("hand", "ever", "fore", "over", "less", "ntrast", "ddition", "quently", "result")


def run_on(sentence: str) -> str | None:
    """Two main clauses fused with nothing between them ("No deaths occurred no other outcomes
    were reported."), else None: the words where they meet."""
    if caseless.match(_EXTRAPOSED, sentence):
        return None
    m = caseless.search(_RUN_ON, sentence)
    if m:
        return m.group(0)
    if not any(cue in sentence for cue in _LINK_CUES):
        return None
    for m in caseless.finditer(_LINKING_ADVERB, sentence):
        before = m["before"].lower()
        if before in FUNCTION or before in AUX or before in _JOINING_WORDS:
            continue
        if has_verb(m["clause"]):
            return f"{m['before']} {m['link']} {m['clause'].split()[0]}"
    return None


def list_debris(sentence: str) -> str | None:
    """A Roman-numeral list marker the source's list left behind ("Ii) less swelling"), else
    None."""
    marker = _LIST_MARKER.search(sentence)
    if marker and sentence.count("(") < sentence.count(")"):
        return marker.group(0)
    return None


def doubled_word(sentence: str) -> str | None:
    """The first word written twice in a row ("the the"), else None."""
    for m in _DOUBLED.finditer(sentence):
        if m.group(2).islower() and m.group(1).lower() not in _DOUBLED_OK:
            return m.group(0)
    return None


_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))
# each pair's two marks: only where they stand does the count change (the text is read mark
# by mark, not character by character)
_MARKS = tuple(re.compile(f"[{re.escape(a)}{re.escape(b)}]") for a, b in _PAIRS)
_WRITERS_MARKER = re.compile(r"(?<![^\s])(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)$")


def unbalanced(text: str) -> str | None:
    """The first bracket or double quote in `text` that is never closed (or never opened).
    A writer's list marker ("1) ...", "gave people a) ...") closes nothing and is skipped."""
    for (open_, close), marks in zip(_PAIRS, _MARKS, strict=True):
        depth = 0
        for m in marks.finditer(text):
            i, ch = m.start(), m.group()
            if ch == open_:
                depth += 1
            elif ch == close:
                if depth == 0 and _WRITERS_MARKER.search(text, max(0, i - 4), i + 1):
                    continue
                depth -= 1
                if depth < 0:
                    return close
        if depth > 0:
            return open_
    if text.count('"') % 2:
        return '"'
    return None
