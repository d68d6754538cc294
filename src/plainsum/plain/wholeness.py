"""Is a piece of text a whole sentence? The tests every edited sentence must pass before a
reader sees it: a finite verb, no clause that cannot stand alone, nothing left dangling by a
removal ("... with.", "of the."), balanced brackets, no list debris ("ii)")."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..memo import SIZE
from ..prefilter import search
from ..word_start import by_first_letter
from .placed_verbs import placed_verb
from .source_slips import source_slip

# A bracketed aside, with one level of brackets inside it ("(risk ratio (RR) 0.7; 3 trials)").
BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))*\)")

# Irregular simple pasts that are only ever verbs: each is a finite verb on its own ("We fed
# 40 mice ..."). Forms that are also participles alone, nouns or adjectives ("taken", "left",
# "lost", "set", "cut") are not among them.
SIMPLE_PASTS = frozenset(
    """fed kept went knew thought told felt began brought bought held met paid ran said sent
    sat spent stood understood wrote chose drew heard built caught taught fought won broke
    spoke drove ate forgot slept woke arose withdrew undertook underwent sought threw struck
    wore fled froze dealt dug laid lent meant bled shook drank overcame oversaw overtook
    mistook withheld upheld forgave foresaw outgrew rode swam sank sang hid stole shrank""".split()
)
# Finite verbs known by their letters (`_FINITE` tries them grouped by first letter).
_FINITE_WORDS = (
    r"is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|should|"
    r"must|shows?|showed|found|finds|led|leads|made|makes|took|takes|gave|gives|fell|falls|"
    r"rose|rises|grew|grows|saw|sees|got|gets|became|becomes|seems?|remains?|suggests?|"
    r"includes?|needs?|helps?|affects?|reduces?|increases?|improves?|exists?|appears?|"
    r"works?|lowers?|raises?|causes?|depends?|differs?|varies|changes?|lacks?|plays?|comes?|"
    r"occurs?|contains?|represents?|provides?|allows?|supports?|indicates?|requires?|uses?|"
    r"report|describes?|tends?|ranges?|ranged|examines|analy[sz]es|reviews|discusses|"
    r"summari[sz]es|presents|highlights|explores|considers|outlines|focuses|addresses|"
    r"proposes|offers|covers|"
    # what people say they want or feel ("Women with MS want clear information")
    r"wants?|prefers?|feels?|expects?|"
    # what lab and clinical findings say a thing does ("Sleep regulates cell growth"); words
    # that can be plural nouns ("forms", "controls") count only before what they act on
    r"regulates|inhibits|activates|mediates|modulates|enhances|impairs|promotes|prevents|"
    r"predicts|induces|determines|restores|contributes|encodes|expresses|accelerates|"
    r"attenuates|disrupts|governs|maintains|alters|facilitates|stimulates|suppresses|"
    r"underlies|confers|reveals|demonstrates|establishes|enables|protects|worsens|extends|"
    r"reflects|involves|interacts|persists|declines|slows|speeds|delays|boosts|eases|relieves|"
    r"weakens|strengthens|damages|shrinks|shortens|lengthens|died|dies|"
    # ... or speeds or holds it back ("IVIg probably hastens recovery": CD002063's conclusion
    # was refused as "no main clause" and never reached the headline)
    r"hastens|hinders|hampers|halts|"
    # irregular simple pasts ("We fed 40 mice ..."), also in the gate's IRREGULAR (checks/verbs)
    rf"{'|'.join(sorted(SIMPLE_PASTS))}"
)
# ... and those known by their place: before what they act on, after who compared, "-ed".
_FINITE_PLACED = (
    r"(?:binds|targets|triggers|controls|drives|limits|blocks|forms|shapes|links)"
    r"(?= (?:a|an|the|its|their|this|these|both|to|with)\b)|"
    # "The programme cost £312 per person", "Each visit costs 40 euros": a price after it
    r"(?<!the )(?<!a )(?<!per )(?<!of )costs?(?= (?:about |around |nearly |almost |over |under |"
    r"less than |more than |an average of |on average )?(?:[£$€¥]|US\$|\d))|"
    # "lost" after who lost it, never after a word that makes it an adjective ("with lost balance")
    r"(?<!with )(?<!of )(?<!the )(?<!a )(?<!an )(?<!no )(?<!their )(?<!for )lost|"
    # what a study's results, or its authors, do in the present ("The data identify X as Y",
    # "These results uncover a new path"): after the plural that does it
    r"(?:(?<=data )|(?<=results )|(?<=findings )|(?<=observations )|(?<=experiments )"
    r"|(?<=analyses )|(?<=studies )|(?<=researchers )|(?<=authors )|(?<=we ))"
    r"(?:identify|implicate|establish|uncover|define|reveal|demonstrate|highlight|confirm|"
    r"underscore|underline|emphasi[sz]e|link|position|point|argue|propose|describe|report)|"
    r"(?:(?<=trial )|(?<=trials )|(?<=study )|(?<=studies )|(?<=authors )|(?<=researchers )"
    r"|(?<=review )|(?<=reviews )|(?<=analysis )|(?<=we )|(?<=they ))compared|"
    # (never the end of a compound adjective: "well-defined", "placebo-controlled"; a verb's
    # own prefix is no compound: "re-treated")
    r"(?:(?<!-)|(?<=\bre-)|(?<=\bco-)|(?<=\bpre-))"
    r"(?!(?:compared|based|related|called|named|used|linked|associated|given)\b)\w{3,}ed"
)
# A finite verb, not after a word that makes it a noun ("the report", "no need"). Every match is
# one whole word, whichever branch matches it, so the place is tested first (a word's first
# character), then the words before it, then the verbs.
_NOT_NOUN = (
    r"(?<!\bto )(?<!\bnot )(?<!\bthe )(?-i:(?<!\ba ))(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bno )"
)
_FINITE = re.compile(
    rf"\b(?=\w){_NOT_NOUN}(?:{by_first_letter(_FINITE_WORDS)}|{_FINITE_PLACED})\b", re.I
)
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|can|could|may|might|will|would|"
    r"should|must|showed|shows|found|finds|led|leads|made|makes|took|gave|fell|rose|grew|saw|got|"
    r"had|seems?|seemed|remains?|remained|became|helps?|suggests?|needs?|works?|\w{3,}ed)\b",
    re.I,
)
# Starts that can never begin a sentence.
_HARD_START = re.compile(
    r"^(?:and|or|nor|which|that|who|whom|whose|than|can|could|may|might|will|would|should|"
    r"is|are|was|were|has|have|had|does|did|be|been|being|"
    r"must|improve|reduce|increase|provide|help|compare|assess|check|find|show|make|"
    r"use(?! of\b)|examine|evaluate|determine|identify|explore|study|look|test|measure|describe|"
    r"see)\b",
    re.I,
)
# A clause that starts like this has no subject of its own: it cannot stand as a sentence.
NO_SUBJECT = re.compile(
    r"^(?:and|or|but|nor|which|that|who|whom|whose|with|to|for|as|by|from|in|on|of|than|"
    r"including|compared|based|using|given|can|could|may|might|will|would|should|must|"
    r"improve|reduce|increase|provide|help|compare|assess|check|find|show|make|use|examine|"
    r"evaluate|determine|identify|explore|study|look|test|measure|describe|see)\b",
    re.I,
)
SUBORDINATE = re.compile(
    r"^(?:While|Whereas|Although|Though|Because|Since|If|Unless|When|As|Whether|With|To|For|"
    r"By|From|In|On|Of|Including|Compared|Based|Using|Given|After|Before|During|Among|"
    r"Despite|Unlike|Like|Once|Until)\b"
)
_RELATIVE = re.compile(r"\b(?:that|which)\b")
# "In the second group there was no change.": a main clause after a scene-setting phrase.
_THERE_WAS = re.compile(r"^(?:In|During|After|Before|Among|At)\b[^,]* there (?:was|were|is|are)\b")
# What a removal leaves behind: a sentence that ends on a word that needs more after it. Lower
# case only, as `_DANGLING_INSIDE`: "vitamin A.", "with AS." and "CINAHL Plus." end on a name.
# "each" and "such" end a sentence as pronouns ("a single study each.", "used as such."); a
# sentence ending on "this" or "these" leans on the one before it ("... to support or refute
# this."): taken out of the paper, it points at nothing, so it stays in the list.
_DANGLING_END = re.compile(
    r"(?<![\w-])(?:a|an|the|of|with|and|or|to|for|in|on|by|from|than|as|at|versus|vs|between|"
    r"among|including|that|which|whose|this|these|its|their|were|was|is|are|be|"
    r"plus|per|into|either|of the|"
    # a clause a cut left without its body ("... containing phytoestrogens because.")
    r"whereas|because|although|unless)\s*[.!?]$"
    # ... and "when" ("... supplements rich in plant hormones when."), but not where it asks
    # ("who infected whom, and exactly when.")
    r"|(?<!\bexactly )(?<!\band )(?<!\bor )(?<!\bknow )(?<!\bknew )\bwhen\s*[.!?]$"
    # "were compared." and "or both." end a clause; "than compared." and "in both." do not
    r"|(?<!\bwere )(?<!\bwas )(?<!\bare )(?<!\bis )(?<!\bbe )(?<!\bbeen )\bcompared\s*[.!?]$"
    r"|(?<!\band )(?<!\bor )\bboth\s*[.!?]$"
)
# A preposition a verb leaves at the end of its clause: "which group they were in.", "the
# confounders were controlled for.", "ruling it in.", "the outcome they looked at.": the word
# before it is a form of 'be', a past or -ing form, or an object pronoun. After a noun ("the
# patients in the group with.") something was cut.
_STRANDS = (
    r"(?<![\w-])(?:(?:were|was|is|are|be|been|being|it|them|him|her|us|me)"
    r"\s+(?:in|on|at|for|to|from|with|about|into|by)"
    # a past or -ing form, or a verb that takes its preposition along ("could not control for"),
    # with the prepositions a relative clause leaves: never "compared with." or "exposed to.",
    # which a cut leaves without their object
    r"|(?:[a-z]+ed|[a-z]{2,}ing|" + "|".join(sorted(SIMPLE_PASTS)) + r"|"
    r"(?:control|account|adjust|correct|look|ask|care|allow|screen|match|compensate|test)s?)"
    r"\s+(?:in|on|at|for|from|about))"
)
_STRANDED_PREPOSITION = re.compile(_STRANDS + r"\s*[.!?]$")
# ... and before a comma that ends its clause: "which group they were in, which may ..."
_STRANDED_BEFORE_COMMA = re.compile(_STRANDS + r"\s*[,;:]$")
_AUX_END = re.compile(r"(?<![\w-])(?:were|was|is|are)\s*[.!?]$")
# Characters a `_DANGLING_END` match holds at most before the spaces and the stop that close it
# ("including"): it is searched from that far before them, not from every place of the text.
_DANGLING_WORDS = 9


def _dangling_end(text: str) -> bool:
    """Whether `text` ends on a word that needs more after it (`_DANGLING_END`), unless a verb
    strands its preposition there (`_STRANDED_PREPOSITION`) or a clause lets its 'is'/'were'
    close it ("it is uncertain how effective they are.", "outcome assessors were.": the gate's
    own rule, `checks.fluency_grammar.stranded_aux`)."""
    # the stop that closes a match is the text's last character, or its last but one before a
    # line break: the match starts at most _DANGLING_WORDS before the spaces in front of it
    last = max(0, len(text[:-2].rstrip()) - _DANGLING_WORDS)
    if not _DANGLING_END.search(text, last) or _STRANDED_PREPOSITION.search(text):
        return False
    if _AUX_END.search(text):
        from ..checks.fluency_grammar import stranded_aux  # the gate imports this module

        return stranded_aux(text) is not None
    return True


# Lower case only: "cyclosporin A," and "(OR: 4.5)" name a letter and an odds ratio. "and," and
# "or," open an aside that a second comma closes ("and, in the last century, reached ...").
# A word that takes "to" straight before another preposition or an article: a cut took its "to"
# and what followed ("administering antibiotics prior in adults", from "prior to the insertion of
# catheters ... in adults": CD003295's aim).
CUT_BEFORE_TO = re.compile(
    r"\b(?:prior|owing|according)\s+(?:in|on|at|for|with|by|from|of|among|the|a|an)\b", re.I
)
_DANGLING_INSIDE = re.compile(
    r"\b(?:of|with|to|for|in|the|a|an|by|from|than|between)\s*[,;:]"
    r"|\b(?:and|or)\s*(?:[;:]|,(?![^,;:()]{3,90},))"
)
_LIST_DEBRIS = re.compile(r"(?:^|\s)\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s|\b[IVX]i+\)", re.I)
# A full stop before a small letter ends a sentence, except after an initial or a genus ("L.
# plantarum", "U.S. adults", "e.g. kidneys") and the abbreviations of citations and lists.
_STOP_INSIDE = re.compile(
    r"(?<![^A-Za-z0-9])(?!(?:al|vs|cf|sp|spp|approx|etc|ca|Fig|Dr|St|No)\.)"
    r"[A-Za-z0-9]{2,}\.\s+[a-z]"
)
# "Negated the response to ...": a past-tense verb with no subject before it (the participle of
# an opening phrase has its subject after the comma: "Applied to X, the method predicts Y").
_NO_SUBJECT_START = re.compile(
    r"^(?:But )?(?!Based\b|Compared\b|Used\b|Given\b|Combined\b|Pooled\b)[A-Z][a-z]+ed "
    r"(?:the|a|an|this|that|these|those|its|their|to|by|in|on|with|from|both|all|no)\b"
    r"(?![^,]*, (?:the|this|these|those|it|they|we|its|their|our|a|an|[A-Z]\w*) )"
)
# The prepositions that open a phrase before a main clause, which can stand without a comma
# ("In pressure ulcers the pressure exceeds ..."); never a conjunction ("While X did Y.").
_PREPOSITION_OPENER = re.compile(
    r"^(?:In|On|Of|For|With|By|From|During|Among|Despite|Unlike|Like|Across|Within|Through)\b"
)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.I)
# A verb that no phrase can hold: an auxiliary or a modal, or a past before what it acts on ("In
# 1999 the WHO endorsed the ..."), never a participle ("In patients treated with X.") nor a
# word that is a noun as often ("In older adults the risk of falls.").
_CLAUSE_VERB = re.compile(
    r"(?:is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|should|must)"
    r"\b|\w+ed (?:that|the|a|an|its|their|this|these)\b",
    re.I,
)
# "But probably makes little or no difference to falls.", "And may reduce pain.": a clause cut
# from its subject ("... lowers the rate of falls, but probably makes little or no difference
# ..."): after the conjunction a hedge or a modal stands where the subject should be.
# "increased the rate of new cases in ...": a past-tense verb where the subject should be (not a
# participle that opens a phrase: "based on", "compared with").
PAST_VERB_FIRST = (
    r"(?!(?:based|compared|used|given|combined|pooled)\b)"
    r"[a-z]+ed\s+(?:the|a|an|this|that|these|those|its|their|both|all|no)\s"
)
CONJUNCTION_NO_SUBJECT = re.compile(
    r"^(?:But|And|Or|Yet|So)\s+(?:probably|possibly|likely|may|might|can|could|will|would|"
    r"should|must|did|does|do|also (?:probably|may|might|did|does|had|has|was|were|is|are))\s"
    rf"|^(?:But|And|Yet)\s+{PAST_VERB_FIRST}"
)
_HEADING_INSIDE = re.compile(
    r"[a-z] (?:Up|The|It|In|At|For|We|Our|This|These|There|No|Of|To|On|By|With|After|Before|"
    r"During|Among|Results|Conclusions?|Methods|Background|Objectives?)\b(?! [A-Z])"
    # "... problems with PEP Eight reports found ...": a count that opens the next sentence
    r"|\w (?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve) [a-z]"
)
# A comparison subheading the splitter joined to the sentence after it: "Warm compresses versus
# control A warm compress did not ...", "Hands off compared to hands on Hands on or hands off
# ... made no difference" (the heading's last words said again, capitalised). Never "drug A",
# "vitamin A", "type A", "group A" inside a sentence.
_COMPARISON_HEADING_INSIDE = re.compile(
    r"\b(?:versus|vs\.?|compared (?:with|to)) (?:[\w'-]+ ){0,4}?[a-z][\w'-]*"
    r"(?<!\bdrug)(?<!\bvitamin)(?<!\btype)(?<!\bgroup)(?<!\barm)(?<!\bhepatitis)"
    r"(?<!\binfluenza)(?<!\bstrain)(?<!\bclass)(?<!\bgrade)(?<!\bphase)(?<!\bstage)"
    r" (?:A|An|The|One|Two|Three) [a-z]"
    r"|\b([a-z])(\w*) (\w+) (?=[A-Z])(?i:\1)\2 \3\b"
)
WORD_RUN = re.compile(r"\w+")
_DOUBLED = re.compile(r"\b(\w+) \1\b(?!-\w)", re.I)  # never "in in-hospital deaths"
_ALLOWED_DOUBLES = frozenset({"that", "had", "is", "very"})
# What every match of the costly patterns `broken` asks holds, asked first: a full stop inside
# (`_STOP_INSIDE`) is followed by space and a small letter; each heading left inside
# (`_HEADING_INSIDE`, `_COMPARISON_HEADING_INSIDE`) has a capital after a space.
_STOP_BEFORE_SMALL = re.compile(r"\.\s+[a-z]")
_SPACE_CAPITAL = re.compile(r" [A-Z]")


def _may_double(text: str) -> bool:
    """False when `_DOUBLED` cannot match in `text`: its two words are whole runs of word
    characters next to each other, the same but for case, so an ASCII text without two such
    runs holds none (a text with other letters is always searched: their case may fold
    otherwise than `str.lower` says)."""
    if not text.isascii():
        return True
    runs = WORD_RUN.findall(text.lower())
    return any(a == b for a, b in zip(runs, runs[1:], strict=False))


# A name written with a small first letter ("mRNA", "eTRF", "p53"): it starts a sentence as is.
_SMALL_NAME = re.compile(r"[a-z]+[A-Z0-9]")


def capitalise(text: str) -> str:
    """`text` with its first letter in upper case, unless it opens a name written with a small
    first letter ("mRNA levels rose")."""
    text = text.strip()
    if _SMALL_NAME.match(text):
        return text
    return text[:1].upper() + text[1:] if text else text


def decapitalise(text: str) -> str:
    """`text` with its first letter in lower case, for use after a lead-in ("Rituximab may" ->
    "rituximab may"), unless it opens a capitalised code ("MRI", "CD4")."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def has_verb(text: str) -> bool:
    """Whether `text` holds a verb of any kind."""
    return bool(caseless.search(_VERB, text) or _FINITE.search(text))


def finite(text: str) -> bool:
    """Whether `text` holds a finite verb: one the list knows, or one its place shows
    (`placed_verbs`)."""
    return bool(_FINITE.search(text)) or placed_verb(BRACKETED.sub(" ", text))


def _list_debris(text: str) -> bool:
    """List numbering left in ("i) less pain", "(2) the second group"), not the close of a
    bracket the sentence opened before it ("(vitamin D) and", "(treatment A) or")."""
    for m in _LIST_DEBRIS.finditer(text):
        before = text[: m.start()]
        if "(" in m.group(0) or before.count("(") <= before.count(")"):
            return True
    return False


def _main_clause_after_phrase(text: str) -> bool:
    """Whether a sentence that opens with a preposition and no comma has a main clause: a
    finite verb that is no bare participle, before any relative clause ("In pressure ulcers
    the pressure exceeds ...", not "In patients who received X.")."""
    main = _RELATIVE_WORD.split(text, maxsplit=1)[0]
    strong = any(_CLAUSE_VERB.match(main, m.start()) for m in _FINITE.finditer(main))
    return strong or placed_verb(BRACKETED.sub(" ", main))


# "Whether X helps is still uncertain.": a clause that opens with "whether" is the subject of the
# sentence when a main verb follows the clause's own verb. The main verb does not follow a
# relative word ("people who are ...") or a joining word ("helps and is safe"): those verbs
# belong inside the clause.
_WHETHER_MAIN = re.compile(
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )(?<!\band )(?<!\bor )(?<!\bbut )"
    r"\b(?:is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared|needs?|needed|"
    r"requires?|required|depends?|depended|varies|varied|matters?|mattered|has|have|had|did|"
    r"does|will|would|can|cannot|could|may|might|must|should)\b",
    re.I,
)


def _whether_subject(text: str) -> bool:
    """Whether a sentence that opens with "Whether" has a main verb after the clause's own
    finite verb ("Whether the drug helps is unclear."), not only the clause ("Whether the drug
    helps."). A bare "-ed" word does not count as the clause's verb ("Whether people treated
    early did better." is a fragment)."""
    if not text.startswith("Whether "):
        return False
    for m in _WHETHER_MAIN.finditer(text, len("Whether ")):
        clause = _RELATIVE_WORD.split(text[len("Whether ") : m.start()], maxsplit=1)[0]
        if any(
            _CLAUSE_VERB.match(clause, v.start()) or not v.group(0).lower().endswith("ed")
            for v in _FINITE.finditer(clause)
        ):
            return True
    return False


def hard_start(text: str) -> bool:
    """Whether `text` starts with a word no sentence can start with."""
    return bool(_HARD_START.match(text))


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")


def outside_brackets(sentence: str) -> str:
    """`sentence` without its bracketed asides, when it ends with a full stop and keeps three
    words or more outside them (a heading, a list item or a sentence that is all one bracket is
    left whole): a bracket's verb is the aside's, not the sentence's ("Lack of blinding
    (keeping people from knowing who got which treatment)." has none of its own)."""
    if not sentence.rstrip().endswith("."):
        return sentence
    outside = BRACKETED.sub(" ", sentence)
    return outside if len(re.findall(r"[A-Za-z]+", outside)) >= 3 else sentence


# A design label, the words an abstract's methods may open with: "Pragmatic multicentre randomised
# trial in 12 MS services.", "Randomised controlled trial." (no subject and verb: the
# participle "randomised" describes the trial). Its head holds no verb, pronoun or preposition.
_DESIGN_LABEL = re.compile(
    r"^(?:(?!(?:was|were|is|are|be|been|has|have|had|do|does|did|we|they|it|this|these|that|"
    r"in|of|at|to|for|with|from|on|by|may|can|will|could|should|would)\b)[\w-]+,?\s+){0,6}?"
    r"(?P<noun>trial|study|survey|audit|analysis|evaluation|experiment)s?"
    r"(?P<tail>\s+(?:of|in|at|with|among|from|across|using|involving)\b[^;:]*)?\.?$",
    re.I,
)


def design_label(text: str) -> bool:
    """Whether `text` is a design label, not a sentence (`_DESIGN_LABEL`, its tail with no
    finite verb: "... study of 40 patients shows that X" is a sentence)."""
    m = _DESIGN_LABEL.match(text.strip())
    if m is None or (m["tail"] and finite(m["tail"])):
        return False
    # its head describes the trial, with no verb of its own ("Sixty patients finished the
    # study.", "The authors found three trials." are sentences)
    head = _DESIGN_WORDS.sub(" ", text.strip()[: m.start("noun")])
    return not finite(head)


# Words that describe a design: participles read as verbs, and any hyphenated word
# ("placebo-controlled", "double-blind").
_DESIGN_WORDS = re.compile(
    r"\b(?:randomi[sz]ed|controlled|blinded|masked|matched|nested|pooled|registered|"
    r"stratified|repeated|mixed|combined|based|led|funded|sponsored)\b|\S+-\S+",
    re.I,
)


@lru_cache(maxsize=SIZE)
def is_sentence(text: str) -> bool:
    """Whether `text` reads as a whole sentence: a finite verb, and not a clause that starts
    with a bare verb, a modal or a conjunction."""
    text = re.sub(r"^But\s+", "", text)
    if not finite(text) or _HARD_START.match(text) or design_label(text):
        return False
    if (
        SUBORDINATE.match(text)
        and ", " not in text
        and not _THERE_WAS.search(text)
        and not (_PREPOSITION_OPENER.match(text) and _main_clause_after_phrase(text))
        and not _whether_subject(text)
    ):
        return False  # "While one trial scored poorly." has no main clause
    if _OPENER_THEN_BARE_VERB.match(text):
        return False  # "Where these data were not available, use age as a proxy.": an aim's step
    if len(text.split()) <= 8:
        main = _RELATIVE.split(text)[0]
        return finite(main)  # "The results that are affected." is a fragment
    return not _relative_clause_only(text)


# A subordinate clause, then a bare verb where the main clause's subject should be: a step of
# an aim's list lifted out of its "to ..." ("and where these data were not available, (to) use
# age of trial participants as a proxy"), an instruction, never a sentence of a summary.
_OPENER_THEN_BARE_VERB = re.compile(
    r"^(?:Where|When|If|Unless|Once|Until|While|Whereas|Although|Though|Because|Since|As)\b"
    r"[^,;:]*, (?:improve|reduce|increase|provide|compare|assess|check|find|make|use(?! of\b)|"
    r"examine|evaluate|determine|identify|explore|study|test|measure|describe|undertake|"
    r"calculate|estimate|conduct|perform|analy[sz]e|investigate|review|consider|record)\b"
)


# A noun phrase and a relative clause that opens on its verb: "A survey which was sent to all
# the clinics." (a list's item lifted as a sentence, a reader's fragment) has no main clause.
_NOUN_THEN_RELATIVE = re.compile(r"^(?P<head>[^,;:()]+?) (?:which|who) (?P<rest>.+)$")


def _relative_clause_only(text: str) -> bool:
    """Whether `text` is a noun phrase whose only verb is its relative clause's: no finite
    word before "which"/"who", and none after the clause's first run of verbs."""
    m = _NOUN_THEN_RELATIVE.match(text)
    if m is None or finite(m["head"]):
        return False
    words = m["rest"].split()
    first = 0
    while first < len(words) and finite(words[first]):
        first += 1  # "was sent", "were given"
    if first == 0:
        return False  # "which the authors ...": a clause with its own subject
    from ..checks.verbs import verb_forms  # (that module reads this one's pasts)

    # a word that may be a verb in the present ("survive", "reduces") is taken for the main
    # verb: a sentence read as a fragment is left out, and may be the main finding
    return not any(finite(w) or verb_forms(w.strip(".,;").lower()) for w in words[first:])


@lru_cache(maxsize=SIZE)
def broken(text: str) -> str | None:
    """Why `text` is not a whole, well-formed sentence, or None when it is."""
    if not text or not (text[0].isupper() or text[0].isdigit() or _SMALL_NAME.match(text)):
        return "does not start with a capital letter"
    if _dangling_end(text):
        return "ends on a word that needs more after it"
    if any(
        not _STRANDED_BEFORE_COMMA.search(text, 0, m.end()) for m in _DANGLING_INSIDE.finditer(text)
    ):
        return "a word left hanging before a comma"
    if not _balanced(text):
        return "unbalanced brackets"
    if "prior" in text or "owing" in text or "according" in text:
        if caseless.search(CUT_BEFORE_TO, text):
            return "a word that takes 'to' left without it"
    if _STOP_BEFORE_SMALL.search(text) and _STOP_INSIDE.search(text):
        return "a full stop inside the sentence"
    if _NO_SUBJECT_START.match(text) or (
        CONJUNCTION_NO_SUBJECT.match(text) and not text.rstrip().endswith("?")
    ):
        return "starts with a verb that has no subject"
    if _SPACE_CAPITAL.search(text) and (
        _HEADING_INSIDE.search(text) or search(_COMPARISON_HEADING_INSIDE, text)
    ):
        return "a heading left inside the sentence"
    if ")" in text and _list_debris(text):
        return "list numbering left in"
    for m in _DOUBLED.finditer(text) if _may_double(text) else ():
        if m.group(1).lower() not in _ALLOWED_DOUBLES:
            return f"doubled word '{m.group(1)}'"
    if not is_sentence(text):
        return "no main clause"
    if "that" in text and _noun_phrase_clause(text):
        return "a noun phrase whose only verb is in its 'that' clause"
    return source_slip(text)


def _noun_phrase_clause(text: str) -> bool:
    """Whether `text` is a noun phrase of evidence and its 'that' clause ("No randomised evidence
    that either is better."): the gate's clause_fragment (imported here, where it is used:
    the gate's verb test reads this module's word lists)."""
    from ..checks.fluency_phrases import clause_fragment

    return clause_fragment(text) is not None
