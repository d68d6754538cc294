"""A sentence said as a headline, and its shorter forms.

Leads that add nothing are dropped ("The researchers found that X" -> "X"), the model is named
when the work was not done in people ("... in mice"), and `shorten` gives the forms cut at a
clause boundary.
"""

from __future__ import annotations

import re

from ... import caseless
from ...memo import cached_list
from ...schemas import StudyDesign
from ..own_meaning import meaning_tail
from ..shorten import short_forms
from ..shorten.fronts import own_clause
from ..simplify import LINK_WORDS, PlainSentence
from ..wholeness import finite
from .as_well_as import before_as_well_as
from .call_tail import without_call_tail
from .elaboration_tail import without_elaboration
from .first_finding import first_finding
from .implication import without_use
from .kept_comparator import drops_comparator
from .novelty_tail import without_novelty
from .said_alone import said_alone
from .weighed import claim, explained_again

# Connectives that tie a sentence to the one before it: "Nevertheless, X" says X, and read
# alone the "nevertheless" points at nothing. (Which of the authors' sentences is the main one
# is for `choose`: a sentence that opens with a concession or an addition seldom is.)
CONNECTIVES = (
    "However|Nevertheless|Nonetheless|Even so|Still|Yet|In contrast|By contrast|Conversely|"
    "Further|Similarly|Likewise|Consequently|As a result|In turn|On the contrary|"
    "On the other hand"
)

# How the authors felt about a result ("Delightedly, X", "Surprisingly, X"): X says the finding;
# the feeling is theirs, not part of what was found.
EVALUATIVE = (
    "Surprisingly|Unexpectedly|Remarkably|Strikingly|Delightedly|Encouragingly|Reassuringly|"
    "Intriguingly|Excitingly|Fortunately|Unfortunately|Of note|Noteworthy|Most importantly"
)

# Leads that add nothing to the finding ("The researchers found that X" -> "X"): a section
# label left in the text, a reporting frame, a link to the sentence before ("In agreement with
# this, X": X alone says the same and no longer points at a sentence the reader has not seen).
_LEAD = re.compile(
    r"^(?:(?:[Aa]uthors'? )?(?:[Cc]onclusions?|[Rr]esults?|[Ff]indings|[Ii]nterpretation|"
    r"[Ss]ignificance)\s*:\s*"
    # a heading run into the sentence: "Main results measured Dose-escalated X probably ..."
    r"|(?:Main|Primary) (?:results|outcomes)(?: measured)?:?\s+(?=[A-Z])"
    # a one-word heading run into the sentence: "Effectiveness Vaccine effectiveness was X"
    r"|(?:Effect(?:iveness)?|Efficacy|Safety|Harms|Benefits) (?=[A-Z][a-z]+ [a-z])"
    r"|(?:(?:In (?:agreement|line|keeping) with|Consistent with) (?:this|these (?:findings|"
    rf"results|data|observations))|{LINK_WORDS}|{CONNECTIVES}|Therefore|Accordingly|As such|Now|"
    r"Today|As a consequence|At the present time|At this time|"
    # "As shown here, X": where the claim comes from, which the headline says by being one
    r"As (?:shown|seen|found|demonstrated|showed) (?:here|in (?:this|our|the present) (?:study|"
    r"trial|trials|review|work))|"
    rf"Recently|{EVALUATIVE}),"
    r"\s+(?=\w)"
    # where the claim comes from: "On (the) basis of this review, X", "On the basis of now
    # available evidence, X"
    r"|(?:On|Based on) (?:the )?basis of (?:this|the|these|our|now|the now)(?: present| "
    r"currently| now)?(?: available| current)? (?:review|study|analysis|data|results|findings|"
    r"evidence|trials?|studies),?\s+(?=\w)"
    # ("Based on the short-term results, X" keeps its lead: X holds in the short term only)
    r"|Based on (?:this|these|our|the) (?:systematic |present |current |available )?(?:review|"
    r"study|analysis|evidence|results|findings|data),\s+(?=\w)"
    # "The main finding of the review was that X": X is the main finding; so is X of "The
    # conclusion of this review is that X" (CD001333)
    r"|The main (?:finding|result|conclusion) of (?:the|this|our) (?:review|study|trial|"
    r"analysis) (?:was|is) that "
    r"|The (?:overall )?conclusion of (?:the|this|our) (?:review|study|trial|analysis) (?:was|is) "
    r"that "
    # how the authors came to it: "By analysing the data from the largest series ever
    # considered, the review authors found that X" (CD009944, 37 words with it)
    r"|By (?:analy[sz]ing|pooling|combining|reviewing) [^,;]{3,100}, (?:the review authors|the "
    r"researchers|the authors|we) (?:found|showed|concluded) that "
    r"|(?:The|These) (?:researchers|review authors|authors|review|study) "
    r"(?:found|showed|shows?|observed|report(?:ed)?|conclude[sd]?|demonstrated?|revealed?) that "
    r"|(?:Therefore|Thus(?! far\b)|Hence) (?=[a-z])"  # "Therefore it is ...": no comma, a link
    # "At present" in the drafter's plain words: "Now there is not enough evidence to ..."
    r"|Now (?!that\b)(?=[a-z])"
    r"|But "
    r"|(?:These|The|Their|Our) (?:data|results|findings|observations) "
    r"(?:show|showed|demonstrate|demonstrated) that )"
)  # a hedging frame ("suggest that") goes only in `shorten`, when the clause keeps a hedge


_ANIMAL_WORD = re.compile(
    r"\b(?:mice|mouse|rats?|animals?|fish|zebrafish|monkeys|flies|worms)\b", re.I
)


_HUMAN_WORD = re.compile(
    r"\b(?:people|patients|participants|adults|children|women|men|humans?|hospital|clinical)\b",
    re.I,
)


# MS named as the disease a claim is about: people have it, animals a disease like it.
_HUMAN_DISEASE = re.compile(r"\bMS\b|\bmultiple sclerosis\b", re.I)


def without_lead(text: str) -> str:
    """`text` without a lead that adds nothing to its claim (`_LEAD`) or its full stop."""
    text = text.rstrip(".")
    for _ in range(2):  # "In agreement with this, the researchers show that X" -> "X"
        lead = _LEAD.match(text)
        if lead:
            text = text[lead.end() :]
            if lead.group(0).endswith("that "):  # the reporter's own second verb goes with it
                text = own_clause(text)
        text = text[:1].upper() + text[1:]
    return text[:1].upper() + text[1:]


# "X also reduced Y", "X could also reduce Y": the "also" ties the claim to a result before it;
# read alone the claim is the same without it (never in "not only ... but also"). So does a
# "further" before a change ("The use of a sweet solution further reduces the pain": on top of
# the finding before it, which is the main one); never "further research", "further trials".
_MODAL = r"(?:could|can|may|might|was|were|is|are|had|has|have|did|does)"
_ALSO = re.compile(
    r"(?<=[\w)]) also(?! (?:known|called|termed|named|referred)\b)"
    rf"(?= (?:{_MODAL} )?"
    r"[a-z]+(?:ed|es|s)?\b)"
    rf"|(?<=[\w)]) further(?= (?:{_MODAL} )?(?:reduc|improv|increas|decreas|lower|rais|enhanc|"
    r"worsen|boost|impair|strengthen|extend|shorten|delay|lessen|eas)\w*\b)"
)
_NOT_ONLY = re.compile(r"\bnot only\b|\bbut also\b", re.I)


def ties_back(sentence: str) -> bool:
    """Whether a sentence says its claim as one more besides a result before it ("X also
    reduced Y"): the headline may drop the "also", but the claim is seldom the main one."""
    said = without_lead(sentence)
    return _without_also(said) != said


def lab_only(sentence: str, text: str, design: StudyDesign) -> bool:
    """Whether a form (`text`) of an animal study's sentence is a result of its lab work
    alone (the sentence names cells or a lab test, the form no animal and no people): true,
    but the animal work is the study's main one, and the form cannot say where it was done
    (`_place`)."""
    return (
        design == StudyDesign.ANIMAL
        and bool(caseless.search(_LAB_WORD, sentence))
        and not _ANIMAL_WORD.search(text)
        and not _HUMAN_WORD.search(text)
    )


def _without_also(text: str) -> str:
    """`text` without an "also" after its subject that only ties it to a sentence before
    (`_ALSO`, in the first clause: "X improves A, and may also improve B" keeps its "also";
    never "Also, ..."); as it was when it says "not only ... but also"."""
    m = None if caseless.search(_NOT_ONLY, text) else _ALSO.search(text)
    if m is None or re.search(r"[,;:]| and | but ", text[: m.start()]):
        return text
    return text[: m.start()] + text[m.end() :]


# A result of lab work on cells ("in two cell lines", "in vitro", "a western blot assay showed"):
# an animal study's paper may hold lab work too, and "in mice" added to it would be false.
_LAB_WORD = re.compile(
    # ("immune cells" is the glossary's word for macrophages, most often grown in a dish: readers
    # found "... in immune cells in rats" for cell-line work, plaba 34517257; a cell named in the
    # animal, "stem cells", "T cells", keeps the animal)
    r"\b(?:cell lines?|in[ -]vitro|cultured|cultures?|western blot\w*|assays?|organoids?|"
    r"macrophages|immune cells|"
    # a result about a germ or the cells it infects ("Parasites lacking the protein invaded host
    # cells five times less often") was work on the germ, most often in a dish: "... in mice"
    # added to it was false (the lead's hand-written parasite paper); a germ's effect in the
    # animal loses only its place
    r"host cells?|infected cells|parasites?|bacteri(?:a|um|al strains?)|strains|mutants|"
    r"viruses|virions|yeasts?|"
    # epithelial and endothelial cells are most often grown as cell lines ("protected the lung
    # epithelial and endothelial cells ..." of plaba 34517257 was cell work; the marker is
    # left off where the place is not known, never added where it may be false)
    r"(?:epithelial|endothelial)(?: and (?:epithelial|endothelial))? cells|"
    r"(?:in|on) (?:a )?(?:dish|dishes|plates?))\b",
    re.I,
)


def _place(text: str, design: StudyDesign, animals: str, sentence: str = "") -> str:
    """Name the model when the work was not done in people ("... in mice"), unless the
    sentence is about people (then the design may be mixed, and a place added could be false)
    or the whole `sentence` a form was cut from is about lab work on cells (`_LAB_WORD`:
    where it was done is not known, even once "A western blot showed that" is cut)."""
    if _HUMAN_WORD.search(text) or caseless.search(_LAB_WORD, f"{text} {sentence}"):
        return text
    if _HUMAN_DISEASE.search(text):
        return text  # "X may link the virus to MS": never "to MS in mice", an MS-like disease

    if design == StudyDesign.ANIMAL and not _ANIMAL_WORD.search(text):
        tail = _COMMA_TAIL.search(text)
        if tail is not None:  # "X causes disease in mice, through Y" (never "... Y in mice")
            return f"{text[: tail.start()]} in {animals}{text[tail.start() :]}"
        return f"{text} in {animals}"
    return text


# A tail after the main clause: the animals go before it, with the finding they belong to.
_COMMA_TAIL = re.compile(
    r",\s+(?=(?:through|via|which|whereas|while|although|though|suggesting|indicating|"
    r"consistent with|in line with)\b)",
    re.I,
)


# Two sentences the source ran together ("... pregnancy rate.The evidence suggests ...").
GLUED = re.compile(r"[a-z)]{2}\.(?=[A-Z][a-z])")


# A case report's lesson said of the report itself: "This case highlights the importance of X".
# Alone, "this case" points at a case the reader has not met; "A case report" names it.
# A case report's opening on its case, as the drafter words it: what happened to the patient is
# what it found ("The researchers describe a 46-year-old woman with MS who developed X after Y").
_CASE_TOLD = re.compile(
    r"^(?:The researchers|The authors) (?:describe|report|present) (?:(?:the|a) case of )?"
    r"(?P<who>(?:an?|two|three|four|five|six|seven|eight|nine|ten|\d+) [^,;:()]{3,80}?) who "
    r"(?P<what>(?:developed|presented|had|was|were|became|died|recovered|received|showed)\b.*)$"
)
_THIS_CASE = re.compile(
    r"^(?:This|The present|Our|The) (?:case(?: report)?|report)(?= (?:highlights|shows|illustrates|"
    r"underlines|underscores|emphasi[sz]es|demonstrates|suggests|reminds|raises|stresses)\b)"
)
# A report of a few cases: "These cases show that X" says it as "A case report shows that X".
_THESE_CASES = re.compile(
    r"^(?:These|Our|The|These (?:two|three|four|five)) (?:cases|case reports) (?P<verb>highlight|"
    r"show|illustrate|underline|underscore|emphasi[sz]e|demonstrate|suggest|remind|raise|stress)"
    r"\b"
)


def headline_forms(s: PlainSentence, design: StudyDesign, animals: str) -> list[tuple[bool, str]]:
    """The sentence as a headline, then its shorter forms (`shorten`), each marked as cut; of
    two sentences the source ran together, the first one's forms are among them."""
    return _forms(s.text, design, animals)


# The findings' verdict on what a thing is: "These findings identify PfX as a component of the
# export pathway and suggest that ..." says "PfX is a component of the export pathway" (never of
# two things at once: "identify X and Y as ...").
_IDENTIFIES = re.compile(
    r"^(?:(?:Together|Taken together|Collectively),? )?(?:These|Our|The|Their) (?:findings|results|"
    r"data|observations|experiments) (?:identify|establish|reveal) (?P<x>[^,;]{2,60}?) as "
    r"(?P<y>(?:a|an|the) [^,;]{3,80}?)(?:,? and (?:also )?(?:suggest|support|indicate|"
    r"highlight|point)\w*\b.*)?\.?$"
)
_MANY = re.compile(r"\b(?:and|or)\b|,")


def identified(sentence: str) -> str | None:
    """The form "X is a Y" of a sentence that gives the findings' verdict on what one thing is
    ("These findings identify X as a Y", `_IDENTIFIES`): it says what was found; None for any
    other sentence."""
    named = _IDENTIFIES.match(sentence)
    if named is None or _MANY.search(named["x"]):
        return None
    return f"{named['x'][:1].upper()}{named['x'][1:]} is {named['y']}"


# The places a paper sampled, pointed at as "these" ("Chicken meat sold in these markets is a
# common source of X"): read alone, a headline says "the markets studied" ("these markets" leans
# on a sentence the reader of it has not seen). Never people or samples: "these patients" is as
# often a group among them, and "the patients studied" would say of all what held for some.
_THESE_SAMPLED = re.compile(
    r"\b[Tt]hese (?P<what>markets|shops|farms|hospitals|clinics|practices|schools|villages|"
    r"communities|regions|districts|countries|households)\b(?! studied\b)"
)


@cached_list  # every build of a draft, and each headline it weighs, asks the same sentences
def _forms(sentence: str, design: StudyDesign, animals: str) -> list[tuple[bool, str]]:
    bare = claim(sentence)
    if bare != sentence:  # cut the claim alone, then explain its terms again (`weighed`)
        return [(cut, explained_again(f, sentence)) for cut, f in _forms(bare, design, animals)]
    if design == StudyDesign.CASE_REPORT:
        sentence = _THIS_CASE.sub("A case report", sentence)
        sentence = _THESE_CASES.sub(r"A case report \g<verb>s", sentence)
    full = _place(_without_also(without_lead(sentence)), design, animals, sentence)
    glued = GLUED.search(sentence)
    texts = [sentence, sentence[: glued.end()]] if glued else [sentence]
    found = without_use(sentence)  # "X did Y and could reduce Z": the finding, X did Y
    texts += [found] if found else []
    first = first_finding(sentence)  # a long "X reduced A and may improve B": X reduced A
    texts += [first] if first else []
    besides = before_as_well_as(sentence)  # a long "X helped A, as well as B": X helped A
    texts += [besides] if besides else []
    unsure = _WHY_UNSURE.sub("", sentence.rstrip("."))  # "... whether X helps, as the evidence
    texts += [unsure] if unsure != sentence.rstrip(".") else []  # is very weak": whether X helps
    reported = first_reported(sentence)  # "The results suggest that A and that B": ... that A
    texts += [reported] if reported else []
    called = without_call_tail(sentence)  # "X might help, which now needs testing in Y": X
    texts += [called] if called else []  # might help (what should come next is no finding)
    novel = without_novelty(sentence)  # "X is not useful for Y, though this is probably the
    texts += [novel] if novel else []  # first demonstration of Z": X is not useful for Y
    detailed = without_elaboration(sentence)  # "X may have little effect on Y, with no effect
    texts += [detailed] if detailed else []  # on A": X may have little effect on Y
    for text in (sentence, called) if called else (sentence,):
        alone = said_alone(text)  # "These results suggest that X": "The results suggest ..."
        texts += [alone] if alone else []
    named = identified(sentence)  # "These findings identify X as a Y": X is a Y
    texts += [named] if named else []
    sampled = _THESE_SAMPLED.sub(r"the \g<what> studied", sentence)
    texts += [sampled] if sampled != sentence else []  # "in these markets": the ones studied
    shorter = [
        _place(_without_also(without_lead(f)), design, animals, sentence)
        for text in texts
        for f in (text.rstrip("."), *short_forms(text, design == StudyDesign.LAB))
    ][1:]
    told = _CASE_TOLD.match(sentence) if design == StudyDesign.CASE_REPORT else None
    if told is not None:  # "The researchers describe a woman who developed X": she did
        shorter.insert(0, f"{told['who'][0].upper()}{told['who'][1:]} {told['what']}".rstrip("."))
    meant = meaning_tail(sentence)
    if meant is not None:
        # "X, consistent with Y": the finding X heads, whole; what the authors draw from it is
        # for why it matters (`own_meaning`); the sentence with it is a longer form
        shorter.insert(0, full)
        full = _place(_without_also(without_lead(meant[0])), design, animals, sentence)
    # (never a cut that sets the claim against nothing where the paper set it against another
    # treatment: "X led to more control of inflammation" of "..., compared to Y")
    kept = [f for f in dict.fromkeys(shorter) if f != full and not drops_comparator(sentence, f)]
    return [(False, full)] + [(True, f) for f in kept]


# Why a claim is unsure, after it: "It is uncertain whether X helps, as the quality of evidence
# is very low" (the claim says it is unsure; the grade is for the limitations).
_WHY_UNSURE = re.compile(
    r",? (?:as|because|since|given that) the (?:quality|certainty) of (?:the )?evidence "
    r"(?:is|was) [^,;]*$"
    # "There is doubt about the effects of X compared with Y due to the low and very low quality
    # of the evidence for the main outcomes" (CD011983): the doubt is the claim, its reason a limit
    r"|,? (?:due to|because of) the (?:[\w-]+ (?:and |or )?){0,4}(?:quality|certainty) of (?:the )?"
    r"evidence\b[^,;]*$"
)


# Two findings reported by one frame: "The results suggest that A and that B" (B most often what
# A would allow: "that X could be a useful marker in trials").
_TWO_REPORTED = re.compile(
    r"^(?P<frame>(?:The|These|This|Our|Their) (?:[\w-]+ ){0,2}?(?:results?|findings|data|study|"
    r"analysis|observations) (?:suggest|show|indicate|demonstrate|reveal|confirm)(?:s|ed)? "
    r"that )(?P<a>[^,;:]+?),? and that (?P<b>[^;:]+?)\.?$"
)


def first_reported(sentence: str) -> str | None:
    """ "The results suggest that A" of "The results suggest that A and that B": the first of two
    findings one frame reports, said with that frame (its hedge kept by `shorten`), when A has a
    verb of its own; None for any other sentence."""
    m = _TWO_REPORTED.match(sentence)
    if m is None or not finite(m["a"]):
        return None
    return f"{m['frame']}{m['a']}"


def tells_case(sentence: str) -> bool:
    """Whether `sentence` opens a case report on what happened to its patient ("The researchers
    describe a woman who developed X"): what happened is what the report found."""
    return _CASE_TOLD.match(sentence) is not None


def dropped(s: PlainSentence, forms: list[tuple[bool, str]], drop: frozenset[str]) -> bool:
    """Whether a repair left the sentence out, in any of its forms."""
    return s.text in drop or any(text in drop for _, text in forms)


# A sentence whose subject is the report of a finding, not what was found: "The results
# suggest that X", "This study shows X". Read as a headline the subject names nothing; a cut
# form that says X (with the frame's hedge, `shorten.fronts`) heads instead.
_FRAMED = re.compile(
    r"^(?:The|These|This|Our|Their|Its) (?:[\w-]+ ){0,3}?(?:results?|data|findings|observations|"
    r"study|review|analysis|trial|work|evidence)(?: of (?:this|the|our) [\w-]+)? "
    r"(?:suggest|show|indicate|demonstrate|support|provide|reveal|confirm|imply)\w*\b"
)


def framed(text: str) -> bool:
    """Whether a sentence's subject is the report of a finding (`_FRAMED`)."""
    return bool(_FRAMED.match(text))
