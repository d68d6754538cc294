"""What a sentence lifted out of the paper points at: a person, a thing or a group the paper
named before it. The body leaves out a sentence whose pointer the reader of the draft has not
met ("She refused", "this problem", "treatment B", "Considering these deficits, ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..letter_labels import undefined_label
from .frames import is_design_sentence
from .kind_named import SUCH, name_kind
from .lines import Line

# What a sentence lifted out of the paper may point at that only the paper named: a person of a
# case report ("she refused", "his father"), or a thing said before ("this problem", "these
# helpful effects", "the sequence"). The reader of the draft meets such a pointer with nothing
# to point at unless the headline or an earlier sentence of the section names it.
_PERSON_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im|[Hh]erself|[Hh]imself)\b")
_PERSON = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|girls?|boys?|patients?|mothers?|fathers?|wife|husband|daught\w+|"
    r"sons?|infants?|child(?:ren)?|bab(?:y|ies)|lady|person|he|she|\d+-(?:year|month|week|"
    r"day)-old|(?:year|month)s? old|case|neonates?|newborns?|adolescents?|individuals?|"
    r"participants?|people)\b",
    re.I,
)
_POINTED = re.compile(
    r"\b(?:this|these|those|such)\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    r"|\bthe (?P<named>sequence)\b",
    re.I,
)
# Nouns a pointer may take that name the paper itself, a time or a way, or anything the
# sentence says around it: they point at nothing a reader lacks.
_SELF_NAMED = frozenset(
    """study studies review reviews trial trials analysis analyses paper papers work research
    article articles report reports update data result results finding findings evidence
    time times point stage way ways regard respect context setting case cases survey series
    question questions area field topic issue issues age outcome outcomes comparison
    comparisons group groups subgroup subgroups population""".split()
)
# Words after "those" or "such" that make it a pronoun for people or things the sentence
# names next ("those in work", "those of MYO9B", "those who", "such as").
_PRONOUN_AFTER = frozenset(
    "as in of on at for from with without who whom whose which that to by than".split()
)
# Words that follow a pronoun "this" or "these" and so are no noun it points with.
_NOT_NOUNS = frozenset(
    """is are was were has have had be been can could may might will would not also did does
    do seem seems appear appears suggest suggests show shows indicate indicates means mean
    led leads lead makes make""".split()
)
_WORD = re.compile(r"[a-z]{3,}")


def _stem(word: str) -> str:
    word = word.lower()
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)] + ("y" if end == "ies" else "")
    return word


# "the two groups", "both arms", "either group": groups a sentence before set side by side
_BOTH_GROUPS = re.compile(
    r"\b(?:the (?:two|2|three|3|four|4)|both|either|each) (?:study |treatment |trial )?"
    r"(?:groups?|arms?)\b",
    re.I,
)
# ... said last, as where a difference was looked for: "no clear difference between both groups."
_BETWEEN_GROUPS_END = re.compile(
    r" between (?:the (?:two|2)|both) (?:study |treatment |trial )?(?:groups|arms)\.$", re.I
)
# ... or before what the difference was in: "no clear difference between the two groups in
# the share of infants breastfed", "... between both groups regarding pain" (the pointer goes,
# the sentence reads whole without it)
_BETWEEN_GROUPS_BEFORE = re.compile(
    r" between (?:the (?:two|2)|both) (?:study |treatment |trial )?(?:groups|arms)"
    r"(?= (?:for|in|regarding|on|with regard to|in terms of)\b)",
    re.I,
)
_A_DIFFERENCE = re.compile(r"\bdiffer(?:ence|ences|ed|ent|ently)?\b", re.I)
# "between both plans", "either treatment": treatments a sentence before set side by side (in a
# review too: its groups are those of its comparison, but "both plans" are two of its
# treatments, which a reader must have met)
_BOTH_TREATMENTS = re.compile(
    r"\b(?:the (?:two|2|three|3|four|4)|both|either) (?:[\w-]+ )?"
    r"(?:regimens?|plans?|schedules?|treatments?|therap(?:y|ies)|drugs?|medicines?|"
    r"interventions?|strategies|approaches|options|techniques|procedures|operations|"
    # ("when both strains were given together": two germs or cell lines named before)
    r"programmes|programs|strains|mutants|"
    # "The combination of both forms of exercise may ...": two kinds the sentence before named
    # ("either types of X or Y" names its two)
    r"(?:forms|types|kinds|routes|modes)(?! of [\w-]+(?: [\w-]+)? (?:or|and)\b))"
    r"\b(?! (?:groups?|arms?|used|given|tested|studied|"
    r"available|that|"
    r"which)\b)",
    re.I,
)
_GROUPS_NAMED = re.compile(
    r"\b(?:versus|vs\.?|compar\w*|than|groups?|arms?|placebo|dummy|control)\b", re.I
)
# "Pooled, these studies suggested ...", "Pooled data from these three studies showed ...": as
# the subject of a finding, "these" studies are some a sentence before picked out; the count
# the draft gives is not theirs ("No harm was reported in these studies" is about the review's
# studies, and stays)
_THESE_STUDIES = re.compile(
    r"^(?:[\w-]+, |(?:pooled |combined )?(?:data|results) (?:from|of) )?(?:these|those) "
    r"(?:\w+ )?(?:studies|trials)\b",
    re.I,
)
_STUDIES_NAMED = re.compile(r"\b(?:studies|trials|study|trial)\b", re.I)
# "In that study, the drug arm had higher doses": one of several studies, named before
_THAT_STUDY = re.compile(
    r"\b(?:in|of|from|for|by) (?:that|the other) (?:one )?(?:study|trial)\b"
    r"|^(?:That|The other) (?:study|trial)\b",
    re.I,
)


# "consistent across these three trials", "These four studies were not designed ...": a set of
# studies a sentence before counted; the draft must have said that count (as a word or a figure)
_THESE_COUNTED = re.compile(
    r"\b(?:these|those) (?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) "
    r"(?:[\w-]+ )?(?:studies|trials|RCTs|reviews|cohorts)\b",
    re.I,
)
_NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def _uncounted_set(text: str, before: str) -> bool:
    """Whether `text` points at "these three trials" whose count neither `before` nor `text`
    before the pointer says."""
    m = _THESE_COUNTED.search(text)
    if m is None:
        return False
    n = m["n"].lower()
    forms = {n} | (
        {str(_NUMBER_WORDS.index(n))}
        if n in _NUMBER_WORDS
        else {_NUMBER_WORDS[int(n)]}
        if int(n) < len(_NUMBER_WORDS)
        else set()
    )
    said = before + " " + text[: m.start()]
    return not any(re.search(rf"\b{f}\b", said, re.I) for f in forms)


def _unnamed_pair(text: str, before: str, pairs: re.Pattern[str] = _BOTH_TREATMENTS) -> bool:
    """Whether `text` points at treatments (or with `pairs`, groups) set side by side ("between
    both plans") that neither `before` nor `text` before the pointer names or says were
    compared."""
    both = pairs.search(text)
    if both is None:
        return False
    said = before + " " + text[: both.start()]
    germ = re.search(r"(strain|mutant)s\b", both[0], re.I)
    if germ is not None:  # two strains are named as strains, not as groups compared
        return re.search(rf"\b{germ[1]}s?\b", said, re.I) is None
    return not _GROUPS_NAMED.search(said)


# "While this trial reported that a care plan was more likely ...": in a review, one of its
# studies pointed at; the reader must have met one study on its own ("One trial of 40 people
# ...", "The review included one trial"), or the pointer says nothing of which (a sentence that
# opens on "This trial" is `pick.ONE_OF_MANY`'s, read where the review's count is known)
_THIS_ONE = re.compile(
    r"(?<!^)\b(?:this|that) (?:[\w-]+ ){0,2}?(?:trial|study|RCT)\b"
    r"(?! (?:authors|team|protocol|arms?|groups?|population|participants|period)\b)",
    re.I,
)
# "the final trial did not show any difference": the last of trials the paper took in turn,
# anywhere in the sentence; the reader must have met some of them one by one
_WHICH_ONE = re.compile(
    r"\bthe (?:final|last|remaining|latter|former) (?:[\w-]+ )?(?:trial|study|RCT)\b", re.I
)
_ONE_MET = re.compile(
    r"\b(?:one|a|an|single|only|the other|another|second|first|third|larger|smaller) "
    r"(?:[\w,'’()-]+ ){0,4}?(?:trial|study|RCT)\b",
    re.I,
)


# "The double dose was linked with more vomiting", "in the lower-dose group": one of the doses
# a sentence before set out; the reader must have met doses ("two doses", "10 mg or 20 mg").
_WHICH_DOSE = re.compile(
    r"\bthe (?:double|higher|lower|high|low|triple|half|full|standard) dose\b", re.I
)
_DOSES_MET = re.compile(r"\bdos(?:e|es|ing|age|ages)\b|\d\s*(?:mg|g|µg|mcg|ml|IU|units?)\b", re.I)


def _unnamed_dose(text: str, before: str) -> bool:
    """Whether `text` points at one of several doses ("the double dose") that neither `before`
    nor `text` before the pointer sets out."""
    m = _WHICH_DOSE.search(text)
    return m is not None and not _DOSES_MET.search(before + " " + text[: m.start()])


def _unnamed_group(text: str, before: str, review: bool = False) -> bool:
    """Whether `text` names a group by a letter nobody defined ("treatment B"), points at
    groups nothing set side by side ("the two groups": not in a review, whose groups are those
    of its comparison) or treatments ("between both plans": in a review too), or at some
    studies ("these studies", "that study") the sentence itself does not pick out, or counted
    ("these three trials") where nothing the reader has read gives that count."""
    if undefined_label(text, before):
        return True
    if (
        review
        and (one := _THIS_ONE.search(text) or _WHICH_ONE.search(text))
        and not _ONE_MET.search(before + " " + text[: one.start()])
    ):
        return True
    if _unnamed_pair(text, before) or (not review and _unnamed_pair(text, before, _BOTH_GROUPS)):
        return True
    these = _THESE_STUDIES.search(text) or _THAT_STUDY.search(text)
    if these is not None and not _STUDIES_NAMED.search(text[: these.start()]):
        return True
    return _uncounted_set(text, before)


# "The other two studies found no effect": the rest of a set the paper counted in a sentence
# a draft may leave out ("Three studies measured quality of life"); a draft that shows only "One
# study reported ..." or the review's own count ("12 trials") makes "the other two" false.
# "Two other studies found no effect" is true whatever the draft shows. (A count at a sentence's
# start stays in figures: "25 other studies" would open it with a number.)
_OTHER_COUNTED = re.compile(
    r"\b(?P<the>[Tt]he) other (?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?P<what>(?:[\w-]+ )?(?:studies|trials|RCTs|reviews|interventions|programmes|programs|"
    r"cohorts|reports|papers)\b)"
)
# (people are never "77 other participants": the rest of a group the sentence before split
# stays "the other 77", and leans on that sentence)
# "Of the three trials, one found ... and the other two ...": the sentence counts its set itself
# (of the things "the other" counts: "between the two groups in the other two trials" counts
# groups, not trials)
_OWN_SET = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ )?(?:studies|trials|"
    r"RCTs|reviews|interventions|programmes|programs|cohorts|reports|papers)\b",
    re.I,
)


# "There were no harmful effects in either group": none in either group is none at all, and
# said so it needs no groups the draft may not have named (a difference or a change "in either
# group" is one within each group: it stays)
_NONE_IN_EITHER = re.compile(
    r"^(?=[^,;]*\b(?:[Nn]o|[Nn]one|[Nn]obody)\b(?![\w\s-]*\b(?:differen\w*|changes?)\b))"
    r"(?P<head>[^,;]*?) in either (?:study |treatment |trial )?(?:group|arm)\b"
)


# "for the other main outcome, retention in treatment, ...": the sentence names the outcome, but
# "the other" points at a first one the draft may not show; "another main outcome" needs none
# (never in a sentence that names its set: "Of the two main outcomes, one ... the other ...",
# nor one that never says which: that one leans, and never heads).
_OTHER_OUTCOME = re.compile(
    r"\b(?P<the>[Tt]he) other (?P<kind>(?:main|primary|secondary|key|important) )?"
    r"(?P<what>outcomes?)\b"
)


# ... when the sentence says which right after: ", retention in treatment,", "including death",
# "of relapse" (never ", or secondary outcomes").
_OUTCOME_NAMED = re.compile(
    r",\s+(?!(?:or|and|but|which|that|who)\b)[^,.;]{3,80}(?:,|\.?$)"
    r"|\s+(?:including|such as|of|like)\s|:\s"
)


def _other_outcome(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        if re.search(r"\boutcomes?\b", text[: m.start()], re.I):
            return m[0]
        if not _OUTCOME_NAMED.match(text, m.end()):
            return m[0]  # "The other outcomes were available for 28": which, it never says
        kind = m["kind"] or ""
        if m["what"] == "outcome":
            article = "An" if m["the"] == "The" else "an"
            return f"{article}other {kind}outcome"
        return f"{'O' if m['the'] == 'The' else 'o'}ther {kind}outcomes"

    return _OTHER_OUTCOME.sub(one, text)


def unpointed(text: str) -> str:
    """`text` without pointers at sets or groups the draft may not show, where a safe wording
    needs none: "the other two studies" is "two other studies" (`other_counted`), "no deaths in
    either group" is "no deaths", "the other main outcome" is "another main outcome"."""
    if "either" in text:
        text = _NONE_IN_EITHER.sub(r"\g<head>", text)
    if "other" in text:
        text = _other_outcome(text)
    return other_counted(text)


def other_counted(text: str) -> str:
    """`text` with "the other N things" said as "N other things" (`_OTHER_COUNTED`), unless
    the sentence counts the set before it itself."""

    def one(m: re.Match[str]) -> str:
        if _OWN_SET.search(text, 0, m.start()):
            return m[0]
        if m["the"] == "The" and m["n"].isdigit():
            return m[0]
        n = m["n"].capitalize() if m["the"] == "The" else m["n"]
        return f"{n} other {m['what']}"

    return _OTHER_COUNTED.sub(one, text) if "other" in text else text


# People who answered a survey: who they are, only the sentence that names the survey says.
_RESPONDENTS = re.compile(r"\b(?:respondents|interviewees)\b", re.I)
# ... but a count of them introduces them ("Of 2,318 respondents, 1,904 had complete data"):
# people who answered, so many
_COUNTED_RESPONDENTS = re.compile(r"\b\d[\d,]* (?:respondents|interviewees)\b")
_ASKED = re.compile(
    r"\b(?:survey\w*|questionnaires?|interview\w*|polls?|asked|respond\w*|answer\w*)\b", re.I
)


def points_at_nothing(text: str, before: str, groups_only: bool = False) -> bool:
    """Whether `text` points at something neither `before` (what the reader has read: the
    headline and the section's earlier sentences) nor `text` itself names before the pointer:
    "She refused the operation" with no person named; "The researchers address this problem"
    with no problem named; "Bacteria with the sequence inverted" with no sequence named;
    "In treatment B, ..." with no treatment B defined; "respondents" of no survey named. With
    `groups_only`, only groups and studies that nothing named ("treatment B", "the two groups",
    "these studies"): a review's body, whose other pointers are at what its studies share."""
    if groups_only:
        return _unnamed_group(text, before, review=True) or _unnamed_review_thing(text, before)
    pronoun = _PERSON_PRONOUN.search(text)
    if pronoun is not None and not _PERSON.search(before + " " + text[: pronoun.start()]):
        return True
    if _unnamed_group(text, before):
        return True
    asked = _RESPONDENTS.search(text)
    if (
        asked is not None
        and not _ASKED.search(before + " " + text[: asked.start()])
        and not _COUNTED_RESPONDENTS.search(text, 0, asked.end())
    ):
        return True  # "Less than half of all respondents ...": of a survey the reader never met
    for m in _POINTED.finditer(text):
        if m["named"]:
            if "sequence" not in before.lower():
                return True  # "the sequence" of a gene or a strain the reader has not met
            continue
        words = m["words"].lower().split()
        if words[0] in _NOT_NOUNS or words[0] in _PRONOUN_AFTER or words[0].endswith(("ed", "ing")):
            continue  # "this was ...", "those getting X", "those in work", "such as"
        # the pointer's noun phrase ends before a verb or a preposition ("such connections has
        # potential": "has" is no word of what it points at, whatever the reader met before)
        ends = [i for i, w in enumerate(words) if i and (w in _NOT_NOUNS or w in _PRONOUN_AFTER)]
        words = words[: ends[0]] if ends else words
        said = {_stem(w) for w in _WORD.findall((before + " " + text[: m.start()]).lower())}
        if not any(w in _SELF_NAMED or _stem(w) in said for w in words):
            return True
    return False


# In a review, what "this" or "these" may point at that the review itself is about: its
# treatments and methods, whatever names its studies give them ("these interventions" after
# "psychological treatments"), besides what `_SELF_NAMED` names
_REVIEW_NAMED = _SELF_NAMED | frozenset(
    """intervention interventions treatment treatments therapy therapies drug drugs medicine
    medicines approach approaches method methods technique techniques programme programmes
    program programs measure measures update topic subject condition conditions setting
    settings population populations patient patients people participant participants
    effect effects benefit benefits harm harms risk risks purpose timescale period""".split()
)
# ... near the sentence's start, before any comma: a pointer later in the sentence most often
# points at what the sentence names before it ("... although two studies showed little effect
# on this parameter", "Although one study found X, these conclusions need care")
_THIS_THING = re.compile(
    r"^(?:[\w'-]+ ){0,4}?(?P<det>this|these) (?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", re.I
)


def _unnamed_review_thing(text: str, before: str) -> bool:
    """Whether `text`, a sentence of a review's body, points with "this" or "these" near its
    start at a thing of one study or of the paper's sentence before ("Some parents experienced
    this understanding as ...") that neither `before` nor `text` before the pointer names; its
    treatments, methods, people and effects are the review's own (`_REVIEW_NAMED`), and a thing
    said "of" something names it ("this lack of trials")."""
    m = _THIS_THING.match(text)
    if m is not None:
        words = m["words"].lower().split()
        if (
            words[0] in _NOT_NOUNS
            or words[0] in _PRONOUN_AFTER
            or words[0].endswith("ed")
            # "this remains", "this corresponds": a verb (a noun ends "-ss", "-us", "-is")
            or (
                m["det"].lower() == "this"
                and words[0].endswith("s")
                and not words[0].endswith(("ss", "us", "is"))
            )
        ):
            return False
        ends = [i for i, w in enumerate(words) if i and (w in _NOT_NOUNS or w in _PRONOUN_AFTER)]
        if ends and words[ends[0]] == "of":
            return False  # "this lack of trials": what it is of, it says
        words = words[: ends[0]] if ends else words
        said = {_stem(w) for w in _WORD.findall((before + " " + text[: m.start()]).lower())}
        return not any(w in _REVIEW_NAMED or _stem(w) in said for w in words)
    return False


# "Considering these potential deficits of the scale, a survey was done": a reason opening the
# sentence that sums up what several sentences of the paper told; the paper's sentence just
# before it is the last of them, and need not name it.
_FRONTED_POINTER = re.compile(
    r"^(?:Considering|Given|In (?:the )?(?:view|light) of|Because of|Due to|Owing to|Despite|"
    r"In spite of|In response to) (?:these|those|such|this) (?P<words>[a-z][\w-]*"
    r"(?: [a-z][\w-]*){0,2})",
    re.I,
)


def unnamed_reason(text: str, before: str) -> bool:
    """Whether `text` opens with a reason that points at a thing (`_FRONTED_POINTER`: its noun,
    not the paper's own results or data) that neither `before` nor the reason itself names:
    then the sentence just before it in the paper does not make it stand."""
    m = _FRONTED_POINTER.match(text)
    if m is None:
        return False
    words = m["words"].lower().split()
    ends = [
        i
        for i, w in enumerate(words)
        if w in _NOT_NOUNS or w in _PRONOUN_AFTER or (i and w.endswith(("ed", "ing")))
    ]
    words = words[: ends[0]] if ends else words
    if not words:
        return False  # "Despite this, ...": the sentence before as a whole
    noun = words[-1]
    said = {_stem(w).rstrip("e") for w in _WORD.findall(before.lower())}  # "measure(s)"
    return noun not in _SELF_NAMED and _stem(noun).rstrip("e") not in said


# A thing a sentence names, never describes: "these changes" may sum up the sentence before it
# ("Blood sugar fell and weight rose"), but "this genotype" or "this tool" is named there, or
# the pointer points past it at a sentence further back.
_THING = re.compile(
    r"\b(?:this|these) (?:[a-z-]+ )?(?:genotypes?|genes?|variants?|mutations?|alleles?|tools?|"
    r"scales?|questionnaires?|devices?|compounds?|receptors?|proteins?|strains?|classifications?|"
    r"scores?|makeup|enzymes?|molecules?|vaccines?)\b",
    re.I,
)


def _names_a_thing(text: str) -> bool:
    return _THING.search(text) is not None


# "Fewer tears were reported in the warm-compress group": in a review, one arm of a comparison
# named by what it got, with nothing it was set against; which comparison, and than what, the
# sentence before said (CD011712: "... which favoured the zinc oxide group", "... in the honey
# group" after other comparisons' results). An arm named by a word any comparison has ("the
# control group", "the treatment group"), or a sentence that sets it against another ("in the
# stent group and ... in the surgery group", "compared with placebo"), needs none.
_ONE_ARM = re.compile(r"\bthe (?P<name>(?:[\w'’-]+ ){1,3}?)(?:group|arm)(?![\w'’-])", re.I)
_ANY_ARMS_WORD = frozenset(
    """control placebo treatment treated intervention study trial two both other same each
    either comparison comparator usual standard care no active experimental dummy overall whole
    first second third drug medicine therapy age""".split()
)
_SET_AGAINST = re.compile(
    r"\b(?:versus|vs\.?|compar\w*|than|against|relative to|placebo|dummy|sham|control|"
    r"groups|arms|other group|other arm|either|both|between)\b",
    re.I,
)


def _unnamed_arm(text: str, before: str) -> bool:
    """Whether `text`, in a review's body, says a result of one arm named by what it got ("in
    the honey group") that neither `before` nor `text` before it names, with nothing it is set
    against (`_ONE_ARM`)."""
    arms = list(_ONE_ARM.finditer(text))
    if len(arms) != 1 or _SET_AGAINST.search(text):
        return False
    m = arms[0]
    name = [w for w in _WORD.findall(m["name"].lower()) if w not in _ANY_ARMS_WORD]
    if not name:
        return False
    said = {_stem(w) for w in _WORD.findall((before + " " + text[: m.start()]).lower())}
    return not any(_stem(w) in said for w in name)


# "The review authors wanted to check their effect.": the second half of an aim split in two
# ("to identify the technologies used ... and to assess their effectiveness"), whose "their"
# is the first half's; alone, it says nothing of what was studied.
_AIM_POINTS_BACK = re.compile(
    r"^(?:The review authors|The researchers) (?:also )?(?:wanted to \w+|looked at) "
    r"(?:the \w+ (?:of|on) )?(?:their|its|them|these|those|this|that)\b"
)


# "The remaining initiatives did not show a clear change": the rest of a set the sentences
# before it counted out, one by one. Shown after only some of them it covers the ones left out
# too (CD010166: "The other initiatives did not show a clear mean change." after the two that
# rose, with the five that fell left out: the main finding reversed, a reader's firm false).
_THE_REST = re.compile(
    r"^The (?:remaining|rest of the|other)\b(?! (?:treatment |study )?(?:groups?|arms?|hand|way)\b)"
)


def _rest_of_shown(line: Line, shown: list[Line]) -> bool:
    """Whether the two paper sentences before `line`'s (the set it is the rest of) are both
    shown before it."""
    said = {i for x in shown for i in x.sources}
    first = line.sources[0]
    return all(i in said or i < 0 for i in (first - 1, first - 2))


def _held(line: Line) -> bool:
    """Whether `line` is one a body keeps over its grade: a main result, the aim, the
    headline's finding."""
    return line.main or line.lead or line.keep or line.restates


def referred(
    headline: str, lines: list[Line], groups_only: bool = False, paper: Sequence[str] = ()
) -> list[Line]:
    """`lines` (a section, in order) without the paper's sentences that point at something the
    reader has not met (`points_at_nothing`): neither the headline nor a line before names it,
    and the paper's sentence before it, where the pointer's thing was named, is not the line
    just before it. A letter for a group ("treatment B") must be defined in what the reader has
    read, whatever sentence comes before it: the paper defines it once, often far before; so
    must the thing an opening reason points at ("Considering these deficits, ..."). A line shown
    only because the line before it names its thing leans on that line (`Line.leans`). A kind
    the paper named in the sentence before ("such outcomes") is said as that kind where
    `paper` (its sentences, as drafted where they are) names it (`kind_named`), and the line
    goes where it does not: in a review too."""
    out: list[Line] = []
    seen = headline
    earlier = headline  # what the reader has read before the last line shown
    gone: set[int] = set()  # the sentences of the lines left out
    dropped_last = False
    for line in lines:
        leaned = dropped_last  # the line just before it was left out
        dropped_last = True
        if line.leans and line.sources and leaned and line.sources[0] - 1 in gone:
            gone.update(line.sources)  # it leans on the line left out: it goes with it
            continue
        if line.sources and _THE_REST.match(line.text) and not _rest_of_shown(line, out):
            gone.update(line.sources)  # "the remaining ..." of a set not all said: never
            continue
        if (
            line.kind == "content"
            and (_BETWEEN_GROUPS_END.search(line.text) or _BETWEEN_GROUPS_BEFORE.search(line.text))
            and (_held(line) or _A_DIFFERENCE.search(line.text))
            and _unnamed_pair(line.text, seen, _BOTH_GROUPS)
        ):
            # a result that closes on groups nothing named ("... did not find any clear
            # difference between both groups"), or names them before what differed: the pointer
            # goes, the finding stays whole (a difference says a comparison by itself; "was
            # similar" alone would not)
            text = _BETWEEN_GROUPS_END.sub(".", line.text)
            line = replace(line, text=_BETWEEN_GROUPS_BEFORE.sub("", text, count=1))
        # (the design's frame names nothing of the sentence it is linked to: "This was a
        # clinical trial in people." before "Over 60% of people with this genotype ...")
        after_its_own = (
            bool(out and line.sources)
            and line.sources[0] - 1 in out[-1].sources
            and not is_design_sentence(out[-1].text)
        )
        such = SUCH.search(line.text) if line.kind == "content" else None
        if (
            such is not None
            and line.sources
            and not after_its_own
            # ("checking such risk" after "the risk of side effects" in the sentence: its own)
            and _stem(such["noun"])
            not in {_stem(w) for w in _WORD.findall(line.text[: such.start()])}
        ):
            # "For studies that did measure such outcomes, ...": the kind the paper named just
            # before, in its own words, or the line goes
            first = line.sources[0]
            named = name_kind(line.text, paper[first - 1]) if 0 < first <= len(paper) else None
            if named is None:
                gone.update(line.sources)
                continue
            line = replace(line, text=named)
        if (
            line.sources
            and line.kind == "content"
            and (
                (not after_its_own and points_at_nothing(line.text, seen, groups_only))
                # a reason that sums up several sentences: the one before need not name it
                or (not groups_only and unnamed_reason(line.text, seen))
                # a pair the paper named far before ("between both plans": its sentence before
                # may be the line before and name neither)
                or _unnamed_pair(line.text, seen)
                # in a review too, "between the two groups" where nothing the reader has read
                # sets two things side by side (a main result stays: never lost for its pointer)
                or (
                    groups_only and not _held(line) and _unnamed_pair(line.text, seen, _BOTH_GROUPS)
                )
                # one arm of a comparison nothing named ("... in the honey group")
                # (a main result too: than what, it never says)
                or (groups_only and not after_its_own and _unnamed_arm(line.text, seen))
                # one of several doses nothing set out ("The double dose was linked with ...")
                or (not after_its_own and not _held(line) and _unnamed_dose(line.text, seen))
                or undefined_label(line.text, seen)
            )
        ):
            gone.update(line.sources)
            continue
        if (
            _AIM_POINTS_BACK.match(line.text)
            and line.sources
            and not (out and line.sources[0] in out[-1].sources)
        ):
            gone.update(line.sources)
            continue  # the second half of an aim, shown without the half that names its thing
        if after_its_own and _names_a_thing(line.text) and points_at_nothing(line.text, seen):
            gone.update(line.sources)
            continue  # "this genotype", "this tool": the sentence before it does not name it
        if after_its_own and not line.leans and points_at_nothing(line.text, earlier, groups_only):
            # shown for the line before it alone (without it, nothing the reader has read names
            # what it points at): it leans on that line, which a shorter body must not leave
            # out without it (`fit_grade`)
            line = replace(line, leans=True)
        dropped_last = False
        out.append(line)
        earlier = seen
        seen += " " + line.text
    return out
