"""Split a long sentence at a clause boundary into two whole sentences, and nothing else.

Each split point joins two clauses that each have a subject and a verb (";", ", but", ", whereas",
", and <subject> <verb>", "Although A, B"); the linking word becomes a plain one ("But",
"This suggests that"). A split that would leave a piece without its own subject and verb is not
made, nor one that cuts a result from the clause that qualifies it (", but the difference was
not significant"). The only shortening is dropping a trailing list of examples ("including
...", "such as").
"""

from __future__ import annotations

import re

from ..checks.fluency_cuts import lone_between
from ..checks.headline_shape import evidence_of_nothing
from .reason_split import reason_then_claim
from .semicolons import AUXILIARIES
from .themes import theme_sentences
from .tidy import tidy
from .unnamed_result import unnamed_result
from .wholeness import (
    NO_SUBJECT,
    PAST_VERB_FIRST,
    SUBORDINATE,
    capitalise,
    finite,
    hard_start,
    has_verb,
)

MAX_WORDS = 20  # sentences longer than this are split when a safe point exists
# How the second half of a split at "suggesting that", ", which implies that" opens: it leans on
# the first half.
WHAT_IT_SUGGESTS = (
    "This suggests that ",
    "This suggested that ",
    "This implies that ",
    "This implied that ",
)

_SAFE_SPLITS = [
    (re.compile(r";\s+(?!and\b|or\b|but\b)"), ""),
    (re.compile(r",\s+but\s+", re.I), "But "),
    (re.compile(r",\s+whereas\s+", re.I), "But "),
    (
        re.compile(
            r",\s+while\s+(?=(?:the|this|these|those|it|they|there|a|an|no|most|all)\b)", re.I
        ),
        "But ",
    ),
    (re.compile(r",\s+(?:suggesting|indicating)\s+that\s+", re.I), "This suggests that "),
    # ", which suggests that X": the same clause boundary, in the paper's own verb and tense
    (re.compile(r",\s+which\s+(?:suggests|indicates)\s+that\s+", re.I), "This suggests that "),
    (re.compile(r",\s+which\s+(?:suggested|indicated)\s+that\s+", re.I), "This suggested that "),
    (re.compile(r",\s+which\s+implies\s+that\s+", re.I), "This implies that "),
    (re.compile(r",\s+which\s+implied\s+that\s+", re.I), "This implied that "),
    (
        re.compile(
            r",\s+and\s+(?=(?:the|this|these|those|it|they|we|there|no|both|most|"
            r"many|some|all|its|their|our|each|neither|none)\b)",
            re.I,
        ),
        "",
    ),
    (re.compile(r",\s+(?:although|though)\s+", re.I), "But "),
]
# A count of parts and a colon that sets them out ("identified 2 groups of patients: ...",
# "three comparisons: ..."): the list after it runs to the sentence's end.
COUNTED_LIST = re.compile(
    r"\b(?:\d+|two|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?(?:groups|cohorts|arms|"
    r"comparisons|types|kinds|categories|phases|stages|parts|subgroups)\b[^:;.]*:\s",
    re.I,
)
# A trailing list of examples: dropping it leaves the claim whole and true, where it is only a
# list (`_droppable`).
_TAILS = re.compile(r",?\s+(?:including|such as|for example|e\.g\.)\s+[^,;]+(?:,[^,;]+)*$", re.I)
# A result word in the list itself: the examples are findings of their own ("..., and for
# magnetic stimulation for beneficial effects on spasticity").
_RESULT = re.compile(
    r"\b(?:more|fewer|less|lower|higher|greater|better|worse|reduc\w*|increas\w*|decreas\w*|"
    r"improv\w*|worsen\w*|benefi\w*|harm\w*|risks?|effect\w*|differ\w*|associat\w*|linked|"
    r"advantage\w*|superior|inferior|help\w*|prevent\w*|caus\w*|comparable|similar|found|"
    r"showed|shown|suggest\w*)\b",
    re.I,
)
# "Quality was poor, with studies including no washout period, and a lack of blinding": the
# list after "including" is the flaws themselves, not examples, and is never dropped.
_FLAWS_LISTED = re.compile(
    r"\b(?:quality\b[^;]{0,40}?\b(?:poor|low|inadequate)|limitations?|flaws?|weakness(?:es)?|"
    r"shortcomings?|bias(?:es)?)\b[^;]*\bincluding\s",
    re.I,
)
# "The researchers wanted to X and to Y": two aims, two sentences.
_TWO_AIMS = re.compile(
    r"^(?P<a>(?P<who>The researchers|The review authors) (?:wanted|aimed) to .+?),? and "
    r"(?:also )?to (?P<b>.+)$"
)
# "We measured X and show that Y": what was done, then what it showed; the second clause is a
# finding of its own, said with its subject ("The researchers show that Y").
_DID_THEN_SHOWED = re.compile(
    r"^(?P<who>We|The researchers|The review authors|The authors|This study|The study) "
    r"(?P<a>(?:(?!\bthat\b)[^;:])+?),? and (?:we |they )?(?:also )?"
    r"(?P<b>(?:show|showed|shows|found|find|finds|demonstrate|demonstrated|demonstrates|reveal|"
    r"revealed|reveals) that .+)$"
)
_FRONT_CLAUSE = re.compile(r"^(?:Although|Though|Whereas)\s+(?P<a>[^,]+),\s+(?P<b>.+)$", re.I)
# The right-hand clause must start with its own subject: a determiner or a plain noun.
_SUBJECT_START = re.compile(
    r"^(?:(?i:the|this|these|those|it|they|we|there|a|an|no|both|most|many|some|all|its|their|"
    r"our|each|neither|none|people|patients|participants|mice|rats|cells|researchers)|[A-Z]\w+)\b"
)
# A count of people that opens a clause after a semicolon: "...; only 9 of them had been
# diagnosed before", "...; two participants taking the drug had liver injury" (a count of
# anything else, "; one only reported ...", is left joined: one of what is said before it)
_COUNT_CLAUSE = re.compile(
    r"^(?:(?:only|just|nearly|almost|about|around|roughly) )?(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|half|a third|a quarter) (?:of (?:them|these|those)\b|"
    r"(?!(?:more|fewer|less|extra) )(?:[\w-]+ )?(?:people|patients|participants|women|men|children|"
    r"adults|infants|babies)\b)",
    re.I,
)
# "..., such as chills, headache and itching, and most were mild": a bare quantifier with its
# own verb is no list item; the list closed before its "and".
_BARE_QUANTIFIER = re.compile(
    r"^(?:most|all|none|many|some|few|several|both)(?: of (?:them|these|those))? "
    r"(?:were|was|had|have|are|is|did|resolved|recovered|needed|required)\b",
    re.I,
)
_AND_CLAUSE = re.compile(r",\s+and\s+")
_AND_FRONTED = re.compile(
    r"(?<=\w) and, (?=(?:at|in|on|after|by|during|within|over|for) [^,;]{3,80}, )"
)
# A condition that opens the sentence governs every clause after it: "If the estimates are
# applied to a hypothetical 1000 patients, test A will miss 16 cases, and test B will miss 26."
# Split, the second half states the hypothetical as fact ("Test B will miss 26 cases.").
_CONDITION = re.compile(
    r"^(?:If|When|Whenever|Unless|Assuming|Provided|Supposing|Given that|Where|Once)\b", re.I
)
# A left piece that ends on a linking word has its clause still to come.
_CONNECTIVE_END = re.compile(r"\b(?:and|or|but|so|therefore|thus|hence|because|that)$", re.I)
# ", although A, B": a clause of concession set before the main clause it belongs to.
_FRONTED = re.compile(r",\s+(?:the|this|these|those|it|they|we|there|its|their|our)\b", re.I)
_PARTICIPLE = re.compile(r"\b\w{3,}ed (?:by|with|using|in|at|on|from)\b")
# ", but the difference was not significant", ", although this was uncertain": a clause that
# qualifies the result before it (how sure, how big, for whom) is never cut from it; the result
# said alone would claim more than the paper does.
_QUALIFIES = re.compile(
    r"^(?:(?:the|this|that|these|those|its|their|such)\s+(?:[\w-]+\s+){0,3}?(?:difference|effect|"
    r"result|finding|change|benefit|reduction|increase|improvement|association|trend|"
    r"estimate|evidence)s?\b|(?:this|it|these|they)\b)"
    r"|\b(?:significan\w*|statistic\w*|by chance|certainty|quality of (?:the )?evidence|"
    r"imprecis\w*|doubt|uncertain\w*|not (?:\w+ )?clear\b(?! (?:difference|effect|benefit))"
    # ", but the side-effect profile is worrisome": the harm the claim is weighed against
    r"|side[- ]effects?|worr\w*|toxic\w*|unsafe|dangerous)",
    re.I,
)


# "..., we are uncertain of this finding", "..., the estimates were imprecise": a main clause
# that says how sure the opening clause's finding is (not the review's own verdict beside what
# others concluded: "Although trial authors called X helpful, this review found X unclear").
_HEDGES = re.compile(
    r"\b(?:uncertain\w*|imprecis\w*|certainty|confidence intervals?|doubt\w*|caution\w*|"
    r"not (?:statistically )?significant|th(?:is|ese|at) (?:finding|result|effect|difference)s?)\b",
    re.I,
)

_VERB_FIRST = re.compile(PAST_VERB_FIRST)
# "rather improved oxygenation": an adverb and a verb, the subject left in the other clause.
_ADVERB_VERB = re.compile(
    r"(?i)(?:rather|instead|also|still|only|even|then|further|additionally)\s+\w+(?:ed|es|s)\b"
)


_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b")


# A colon that sets out a list whose items a semicolon parts ("Four themes were identified:
# taking on ...; losing ...; the invisible work ...; and services that ..."): cut at one of
# those semicolons, the pieces are half a list and a list with no head (the lead's hand-written
# v6: "The invisible work of night-time care; and services that see the patient but not the
# carer" headed a qualitative study).
_COLON_LIST = re.compile(r":\s[^:.]*;[^:.]*;")


def _in_a_colon_list(body: str, at: int) -> bool:
    """Whether position `at` of `body` lies in a list set out after a colon whose items are
    parted by at least two semicolons."""
    return any(m.start() < at for m in _COLON_LIST.finditer(body))


def _in_a_list(left: str, right: str = "") -> bool:
    """Whether the comma after `left` goes on a list: the piece after its last comma has no
    verb of its own ("found that the age, the length of illness, and the splint were ..."), or
    is a clause after another one ("A improved, B fell, and C rose"), or
    `right` is the list's last item, whose only verb is in its relative clause ("described A,
    B, and a search for routines that kept them going")."""
    if "," not in left:
        return False
    before, last = left.rsplit(",", 1)
    if not finite(last):
        return True
    first = before.rsplit(",", 1)[-1].strip()
    if _whole(last.strip()) and _whole(first) and not SUBORDINATE.match(capitalise(first)):
        # "A improved, B fell, and C rose": the comma joins clauses of one list, and a split
        # would leave "A improved, B fell." (two sentences joined by a comma); never "Although
        # A, B, and C", whose first comma closes a clause that leans on the next
        return True
    head = _RELATIVE_WORD.split(right, maxsplit=1)
    if len(head) > 1 and (not finite(head[0]) or _described_noun(head[0])):
        # (a noun its -ed words describe, "high quality randomised trials | that compare ...",
        # is the list's last item: CD007218's draft said it alone as a sentence)
        return True
    # ... or whose only verb-like word is a participle after its last noun ("and parents'
    # perceptions of health workers and the information provided"): a noun phrase, no clause
    bare = _LAST_PARTICIPLE.sub("", right.rstrip(". "))
    return bare != right.rstrip(". ") and not finite(bare)


_LAST_PARTICIPLE = re.compile(r"\s+\w+ed$")


def _described_noun(text: str) -> bool:
    """Whether `text` reads as having a verb only through -ed and -ing words before a noun
    ("high quality randomised trials"): the gate's test (imported here, where it is used)."""
    from ..checks.fluency_phrases import verbless_but_adjectives

    return verbless_but_adjectives(text)


_SUBORDINATE_TAIL = re.compile(
    r"(?<=\S)\s+(?:when|whenever|if|because|while|whereas|although|though|unless|where|once|"
    r"until)\b.*$",
    re.I,
)


def _verb_groups(text: str) -> int:
    """How many runs of finite words `text` holds ("were held" is one, "were applied was
    rated" two)."""
    words = text.lower().split()
    flags = [finite(w) for w in words]
    return sum(
        1
        for i, f in enumerate(flags)
        if f
        and (
            i == 0
            or not flags[i - 1]
            # an auxiliary after a participle opens the next verb ("applied was rated")
            or (words[i] in _AUXILIARY and words[i - 1] not in _AUXILIARY)
        )
    )


_AUXILIARY = frozenset(AUXILIARIES.split("|")) | {"be", "been", "shall"}


# A phrase that opens a sentence before its clause: "Of 198 who finished testing, 71 had ...",
# "Among those aged over 60, ...": the clause after its comma is the one that needs a verb.
_PHRASE_OPENER = re.compile(r"^(?:Of|Among|After|Over|Within|Across) [^,;:]{1,50}, (?=\S)")


def _whole(piece: str) -> bool:
    """Whether `piece` can stand as a sentence: its first clause (up to the first comma, colon
    or semicolon) has a finite verb of its own, and it starts like a sentence."""
    opener = _PHRASE_OPENER.match(piece)
    clauses = piece[opener.end() :] if opener else piece
    first_clause = re.split(r"[;:,]", clauses, maxsplit=1)[0]
    # "participation measured by quality of life": a participle, not the clause's own verb
    first_clause = _PARTICIPLE.sub(" ", first_clause)
    # "no difference when propofol is compared with X": the verb is the "when" clause's own;
    # its head has none ("but no difference" said with a verb left out is no sentence alone)
    tail = _SUBORDINATE_TAIL.search(first_clause)
    if tail is not None and _verb_groups(tail.group(0)) <= 1:
        # (two verbs after it: "the quality of this evidence when X were applied was rated",
        # the second is the head's own)
        first_clause = first_clause[: tail.start()]
    return (
        len(piece.split()) >= 4
        and finite(first_clause)
        and not hard_start(piece)
        and not NO_SUBJECT.match(clauses)
        and not _ADVERB_VERB.match(piece)
        and not _VERB_FIRST.match(piece)  # "..., but increased the rate in healthy children"
    )


# "..., such as tetraspanins, reflecting the cell and offering targets": an "-ing" word after
# the list opener says something of its own.
_PARTICIPLE_ING = re.compile(
    r",\s+(?!including\b)[a-z]\w{2,}ing\s+(?:the|a|an|its|their|to|that|in|on|with|for|of)\b"
)

# "including one family with a new mutation", "including 3 deaths": a count of a subset is a
# finding. "three trials were multicentre, one including centres in ...": the word before the
# list would be left alone.
_COUNT = re.compile(
    r"(?<![\w-])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|half)\b", re.I
)
# ", and for cooling vests ...": a second part of the sentence, parallel to the first, follows
# the list; it is no example.
_SECOND_PART = re.compile(
    r",\s+(?:and|or|but)\s+(?:for|in|on|to|with|from|by|at|among|after|before|during)\b", re.I
)
# A bracket of words only explains the word before it ("gliosis (a scar-like reaction ...)"); a
# bracket with a number holds a result's statistics and stays a claim.
_WORDS_BRACKET = re.compile(r"\s*\([^()\d]*\)")
_COMPOUND_ED = re.compile(r"\b\w+-\w+ed\b")
_DANGLING_END = re.compile(
    r"\b(?:one|two|three|four|five|a|an|the|second|third|other|another|each|some)$", re.I
)


def _droppable(kept: str, tail: str) -> bool:
    """Whether the trailing `tail` ("including A, B and C") carries no claim of its own, so
    that `kept`, still true and whole, says all the sentence claims: a list of noun phrases with
    no finite verb, no clause, no bracket with a number, no count and no result word of its own
    (", for example we cannot conclude that ...", "such as higher PEEP), making ...", "including
    one family with a new mutation", "such as bruising (RR 0.20)" say more), after a sentence
    that does not end on a word the list completes."""
    if kept.count("(") != kept.count(")") or tail.count("(") != tail.count(")"):
        return False
    tail = _WORDS_BRACKET.sub("", tail)  # "gliosis (a scar-like reaction ...)": an explanation
    return (
        not finite(_COMPOUND_ED.sub(" ", tail))  # "telephone-delivered" is no verb
        and not _RESULT.search(tail)
        and not _PARTICIPLE_ING.search(tail)
        and not _SECOND_PART.search(tail)
        and not _COUNT.search(tail)
        and not _DANGLING_END.search(kept)
        and "(" not in tail
        and ")" not in tail
    )


# One study among several: "Another CBA study examined ...", "in one trial", "a small RCT".
_ONE_STUDY = re.compile(
    r"\b(?:one|another|a second|a third|the other|a single|an?)\s+(?:[\w,'’()-]+\s+){0,4}?"
    r"(?:trial|study|RCT)\b",
    re.I,
)


# A clause whose "its", "their" or "it" stands for a thing its sentence named before it: cut
# from it, the piece names nothing ("Although X had few harms, there is no evidence to support
# its use" heads a draft as "There is no evidence to support its use", CD008000).
_POINTS_BACK = re.compile(
    r"\b(?:its|their|them)\b|^(?:it|they)\b(?! (?:is|was) \w+ (?:that|to|whether)\b)", re.I
)


def _unscoped(clause: str) -> bool:
    """Whether a clause gives a result that names nothing that had it and no study of its own
    ("no difference was found for fatal crashes"; never "... in one randomised trial")."""
    return unnamed_result(capitalise(clause)) and not _ONE_STUDY.search(clause)


# A list item that leaves out the measure said in the first ("; all serotypes, 58%"): gapping.
_GAPPED = re.compile(r";\s*(?:and\s+)?[^,;.]{2,80}, -?\d[\d.,]*\s*%")


def split_long(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """Split a long sentence at clause boundaries into whole sentences; short ones come back
    as they are."""
    if len(text.split()) <= max_words:
        return [text]
    themes = theme_sentences(text)
    if themes is not None:  # an interview study's themes: one sentence each, named
        return themes
    if COUNTED_LIST.search(text):
        # "2 groups of patients: A got X, and B got Y": split, the first piece names one of the
        # two it counts ("2 groups ...: A got X."), and the second stands for none of them
        return [text]
    if _GAPPED.search(text):
        # "Efficacy for A was 80%; B, 58%; C was 27%; ...": the later items leave out what was
        # measured, so a piece of the list says its figures of something else ("C was 27%"
        # read as a rate of C, where it is the vaccine's efficacy against C)
        return [text]
    body = text.rstrip(".")
    aims = _TWO_AIMS.match(body)
    if aims and len(aims["a"].split()) >= 6 and len(aims["b"].split()) >= 3:
        return split_long(tidy(aims["a"]), max_words) + split_long(
            tidy(f"{aims['who']} also wanted to {aims['b']}"), max_words
        )
    did = _DID_THEN_SHOWED.match(body)
    if did and len(did["a"].split()) >= 3 and _whole(f"{did['who']} {did['a']}"):
        return split_long(tidy(f"{did['who']} {did['a']}"), max_words) + split_long(
            tidy(f"{did['who']} {did['b']}"), max_words
        )
    front = _FRONT_CLAUSE.match(body)
    if front and _HEDGES.search(front["b"]):
        # "Although the data appeared to show X, we are uncertain of this finding (, and ...)":
        # the main clause is the hedge on X; any piece of it would say X as found, or the hedge
        # of nothing named ("Effects on other results were uncertain"): the sentence stays whole
        return [text]
    if (
        front
        and not _POINTS_BACK.search(front["b"])
        and _whole(front["a"])
        and _whole(front["b"])
        and _SUBJECT_START.match(front["a"])
        and not re.match(
            r"(?:it|they|each|both|either|neither) (?:was|were|is|are|had)\b", front["a"], re.I
        )
        and not _QUALIFIES.search(front["a"])
    ):
        return split_long(tidy(capitalise(front["a"])), max_words) + split_long(
            tidy("But " + front["b"]), max_words
        )
    for pattern, lead in _SAFE_SPLITS:
        for m in pattern.finditer(body):
            left, right = body[: m.start()], body[m.end() :]
            if not (_whole(left) and (lead.startswith("This") or _whole(right))):
                continue
            if not lead and not (_SUBJECT_START.match(right) or _COUNT_CLAUSE.match(right)):
                continue
            if SUBORDINATE.match(left) and "," not in left:
                continue  # "In mice treated early; ..." has no main clause on the left
            if _in_a_colon_list(body, m.start()):
                continue  # "Four themes were found: A; B; C; and D": items, not clauses
            if _CONDITION.match(left):
                continue  # the condition holds for the right-hand clause too
            if body[m.start()] == "," and _in_a_list(left) and not _BARE_QUANTIFIER.match(right):
                continue  # "that A, B, and the C were ...": the comma closes a list
            if _CONNECTIVE_END.search(left):
                continue  # "X is small and therefore, although ...": the left runs on
            if lead == "But " and _FRONTED.search(right):
                continue  # ", although A, B": A belongs to B, not to what came before
            if lead == "But " and _QUALIFIES.search(right):
                continue  # the result stays with what qualifies it
            if _ONE_STUDY.search(left) and _unscoped(right):
                # "Another study ... reported X; no difference was found for fatal crashes":
                # alone, the one study's result reads as the paper's (readers found it so)
                continue
            right = lead + right if lead else capitalise(right)
            return split_long(tidy(left), max_words) + split_long(tidy(right), max_words)
    # "X was seen within a day and, at the end of treatment, Y was found": the comma after the
    # "and" opens a phrase set before the second clause, as ", and at the end of ..., Y" does
    body = _AND_FRONTED.sub(", and ", body)
    for m in _AND_CLAUSE.finditer(body):  # ", and <noun phrase> <verb> ...": two sentences
        left, right = body[: m.start()], body[m.end() :]
        first = right.split()[0] if right.split() else ""
        if (
            len(left.split()) >= 5
            and len(right.split()) >= 5
            and _whole(left)
            and _whole(right)
            and not finite(first)
            and not re.match(r"\w+(?:ed|ing|ly)$", first)
            and not hard_start(right)
            and not SUBORDINATE.match(capitalise(right))
            and not (SUBORDINATE.match(left) and "," not in left)
            and not _CONDITION.match(left)
            and not _in_a_list(left, right)
        ):
            return split_long(tidy(left), max_words) + split_long(
                tidy(capitalise(right)), max_words
            )
    if len(text.split()) > max_words + 4 and not _FLAWS_LISTED.search(body):
        shorter = _TAILS.sub("", body)
        if (
            shorter != body
            and _droppable(shorter, body[len(shorter) :])
            and len(shorter.split()) >= 6
            and has_verb(shorter)
            and not lone_between(shorter + ".")  # "between X, such as A, and Y": Y is a side
            # "evidence in a meta-analysis including four studies that X": X is the claim
            and not evidence_of_nothing(shorter)
        ):
            return split_long(tidy(shorter), max_words)
    return [text]


def split_reason(text: str) -> list[str]:
    """A "Because A, B" sentence as "A." and "This is why B." (`reason_split`), each half split
    further as any long sentence is; `[text]` for any other sentence. Only a limitation the
    paper states is split so (`material`): a conclusion's halves would each head a draft
    alone ("There do not appear to be any major differences between the two agents")."""
    reason = reason_then_claim(text.strip().rstrip("."), _whole)
    if reason is None:
        return [text]
    return split_long(tidy(reason[0])) + split_long(tidy(reason[1]))
