"""Whether a sentence explains a technical term where it first uses it.

A term is explained when the sentence that first uses it, or the next one, says what it is, in
plain words: "rotarod, a test of balance in mice", "the g-ratio (a measure of myelin
thickness)", "a test of balance (rotarod)", "a drug called fingolimod", "the drug fingolimod",
"... iontophoresis, which means ...", "Histiocytes are ...", "Hypokalemia occurs when ...",
"deacetylases are enzymes that switch genes off", "Tregs, immune cells that calm the immune
system, ...", "tocilizumab, used to treat arthritis, ...", "the antipsychotic molindone",
"methods such as venography", "tendonitis and other joint and muscle conditions",
"Antithrombotic drugs can prevent clots", "fibromyalgia - pain all over the body", or a next
sentence such as "This is a test of ..." or one that explains the short form the term was
given ("electroconvulsive therapy (ECT). ECT involves ...").
"""

from __future__ import annotations

import re

from .jargon_words import common_zipf, very_rare
from .text import sentence_spans

WORD = re.compile(r"(?<![\w'’-])[A-Za-z][A-Za-z]*(?:-[A-Za-z0-9]+)*(?![\w'’-])")
ABBREVIATION = re.compile(r"[A-Z].*[A-Z]|\d")


_KINDS = (
    r"drug|drugs|medicine|medicines|medication|pill|pills|treatment|protein|proteins|gene|genes|"
    r"test|tests|scale|score|virus|bacterium|bacteria|molecule|chemical|hormone|enzyme|cell|"
    r"cells|measure|questionnaire|method|technique|procedure|condition|disease|infection|"
    r"substance|compound|fat|sugar|part of the brain|brain area|area of the brain|nerve|nerves|"
    r"antibody|antibodies|signal|signals|tool|device|scan|therapy|vaccine|mineral|acid|"
    r"medications|treatments|therapies|cream|creams|antibiotic|antibiotics|painkiller|"
    r"painkillers|operation|operations|surgery|vaccines|tablets|tablet|injection|injections|"
    r"fats|sugars|enzymes|hormones|chemicals|molecules|vitamins|minerals|salts|receptors|"
    r"messengers|germs|fungus|fungi|parasites?|organs?|glands?|tissues?|"
    # a medicine's class names what it is: "the antipsychotic molindone"
    r"antipsychotics?|antidepressants?|anticonvulsants?|antivirals?|sedatives?|steroids?|"
    r"statins?|blood thinners?|sleeping pills?|"
    # a class of medicines named before its members: "antihistamines such as terfenadine",
    # "adrenergic agonists such as lofexidine", "other agents, polidocanol" (plurals only: a
    # singular is as often a describing word, "local anaesthetic instillation")
    r"antihistamines|antifungals|antiemetics|anaesthetics|anesthetics|agonists|antagonists|"
    r"inhibitors|blockers|agents"
)
# Kinds that name their members only where they open a list of them ("methods such as
# venography or sonography", "diseases including hemophagocytic ...", "Another disorder,
# biotinidase deficiency, ..."): "disorders of pregnancy, caesarean birth, perineal trauma"
# lists outcomes, not disorders.
_LIST_KINDS = (
    r"methods|techniques|procedures|diseases|conditions|infections|disorders?|illness|"
    r"illnesses|scans|devices|viruses"
)
# Kinds that say what a thing is only with more after them ("types of ...", "immune cells
# that ..."): a list they open ("three groups: nebulised salbutamol, ...") says nothing of its
# items.
_CLAUSE_KINDS = (
    rf"{_KINDS}|{_LIST_KINDS}|types?|kinds?|forms?|groups?|family|markers?|particles?|"
    r"exercises?|foods?|"
    r"plants?|machines?|layers?|blood tests?"
)
# What the thing is, said without an article: "[deacetylases are] enzymes that switch genes
# off", "[Tregs,] immune cells that calm ...": up to two describing words (no verb, adverb or
# comparison: "was given with other drugs", "was better than other treatments" say nothing of
# what it is), then a kind word, then what sets this one apart.
_DESCRIBING = (
    r"(?!(?:as|than|with|by|in|to|for|of|at|on|from|not|no|more|less|better|worse|higher|"
    r"lower|also|then|still|now|only|often|usually|given|used|taken)\b)[a-z][a-z-]*(?<!ed)(?<!ly)"
)
_SETS_APART = r"\s+(?:that|which|who|made|found|used|in|of|from|for|called|like|such)\b"
_KIND_CLAUSE = rf"(?:{_DESCRIBING}\s+){{0,2}}(?:{_CLAUSE_KINDS})"
_NEXT_SENTENCE = re.compile(
    r"^\W*(?!(?:this|that|it) (?:study|paper|work|research|review|trial|report|article)\b)"
    r"(?:this|these|that|it|they|such|the (?:test|term|scale|measure|drug|method|"
    r"technique|score|treatment|procedure))\b(?:\s+\S+){0,4}?\s+(?:(?:is|are|was|were)\s+"
    # "It is a test of ...", "These are immune cells ...": what the thing is, not what
    # happened to it ("It was first described in 1980", "They were seen in the skin")
    r"(?!(?:first|then|later|only|not|never|still|now|again)\b)"
    r"(?!(?!used|made|known|called|caused)[a-z]+(?:ed|en|wn)\b)"
    r"|means|measures|tests|checks|describes|refers|shows|helps|works|happens|counts|gives)\b",
    re.I,
)
# A bracket that counts or grades, not explains: "sulphonylureas (seven studies)", "(11 trials,
# 924 people)", "(low-certainty evidence)".
_NOT_A_GLOSS = (
    r"(?!\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|a single|single|(?:very )?(?:low|moderate|high)[- ]"
    r"(?:certainty|quality))\b))"
)
# What a term is said by, after it or after the phrase it opens: examples ("sociologic factors,
# such as education and income"), where it happens ("climatotherapy, where a patient is moved to
# the sea"), what it uses or comes from ("expulsive therapy uses medicines to relax ...",
# "Cardiogenic shock arises from heart failure").
_DEFINING = (
    r",?\s+(?:such as|for example|e\.g\.,?)\s+(?-i:(?![A-Z]{2,}\b))"
    r"|,\s+where\s+(?:a|an|the|one|people|patients|someone|you|they)\s"
    r"|\s+(?:uses|involves|arises from|results from|is caused by|comes from)\s"
)
# What may follow a term to explain it: "T (what it is)", "T, which means", "T, a ...",
# "T is a ...", "T means ...", "T: a ...". Matched right after the term (plural allowed).
_AFTER = re.compile(
    r"(?:e?s)?(?![\w-])"
    # its abbreviation may stand between: "Hypophosphatasia (HPP) is a ..."
    r"(?:\s*\((?=[^)]*[A-Z])[\w-]{2,10}\)(?=,|\s*\(|\s+(?:is|are|was|were)\s))?(?:"
    rf"\s*\({_NOT_A_GLOSS}(?=[^)]*[a-z]{{3}}[^)]*\s)[^)]+\)"
    r"|\s*\(\s*[a-z][a-z-]{3,}\s*\)"  # one plain word: "epilepsies (seizures)"
    r"|,?\s+(?:which|that)\s+(?:is|are|was|were|means|measures|tests|describes|refers|stands|"
    r"helps|checks)\b"
    r"|,\s+(?:a|an|the|or(?!\s+(?:in|on|at|of|for|with|by|to|from)\b)|"
    # "Its specificity, how well it ruled out people without MS, was 86%"
    r"meaning|i\.e\.|known as|also called|also known as|how)\s"
    rf"|,\s+{_KIND_CLAUSE}{_SETS_APART}"  # "Tregs, immune cells that ..."
    r"|,\s+(?:used|given|taken)\s+(?:to|for)\s"  # "tocilizumab, used to treat arthritis"
    # the kind it describes and what that does: "Antithrombotic drugs can prevent clots",
    # "anticholinergic medicines that dry the mouth"
    rf"|\s+(?:{_KINDS})\s+(?:can|help|helps|that|which)\s+(?!(?:is|are|was|were|be|been|not)\b)"
    # "HDACs are enzymes that ...", "Tregs are immune cells."
    rf"|['’\"]?\s+(?:is|are|was|were)\s+{_KIND_CLAUSE}(?:{_SETS_APART}|\s*[,.;)])"
    r"|['’\"]?\s+(?:is|are|was|were)\s+(?:a|an|the|how|when|what|where|one|some)\b"
    r"|\s+(?:is|are)\s+(?:characteri[sz]ed by|defined as|marked by)\s"
    r"|\s+(?:means|refers to|stands for|describes|measures)\b"
    # "Hypokalemia occurs when there is too little potassium in the blood"
    r"|\s+(?:occurs|happens|develops|arises|is present)\s+(?:when|if)\b"
    # "Interstitial cystitis is also known as painful bladder syndrome"
    r"|,?\s+(?:is|are|was|were)\s+(?:also\s+|often\s+|sometimes\s+)?(?:known as|called)\s"
    r"|\s*[–—:]\s*(?:a|an|the)\s"
    # a dash that sets off plain words: "fibromyalgia - pain all over the body" (not a
    # clause or a list going on: "X - and Y", "X - which ...")
    r"|\s+[-–—]\s+(?!(?:and|or|but|in|on|at|of|for|with|by|to|from|which|that|who|was|were|is|"
    r"are|as|so|not)\b)(?-i:[a-z])"
    # one of a kind it is said to belong to: "tendonitis and other joint and muscle conditions"
    rf"|,?\s+(?:and|or)\s+other\s+(?:[a-z][\w-]*\s+(?:and\s+)?){{0,3}}?(?:{_CLAUSE_KINDS})\b"
    rf"|{_DEFINING}"
    r"|\s*\))",  # "what it is (T)"
    re.I,
)
# A word of a listed name: no past form (a clause's verb, "beta-blockers decreased and X"),
# save the verbs that introduce a list ("The drugs included baclofen, X and Y").
_LISTING = r"(?:included|comprised|studied|tested|used|compared|examined|assessed)"
_ITEM = rf"(?!(?!{_LISTING}\b)[\w-]*ed\b)[\w-]+"
# What may come just before a term to explain it: "called T", "the drug T", a list that a
# kind word opens ("drugs such as narcotics or T", "the medicines methotrexate, T and ..."),
# or an opening bracket after the plain words ("very low blood sugar (severe T)").
_BEFORE = re.compile(
    # (up to two words of a longer name between: "a form called focal segmental T")
    # ("Doctors call it T", "the medical name for this is T": a name for what was just said)
    rf"(?:\b(?:called|named|known as|termed|classified as|referred to as|calls? (?:it|this|"
    rf"that|these|them)|(?:medical|technical|proper) (?:name|term) (?:for (?:it|this) )?is)\s+"
    rf"(?!(?:for|on|upon|off|into|after)\b)(?:the\s+|a\s+|an\s+)?['‘\"]?"
    rf"(?:[a-z][\w-]*\s+){{0,2}}"
    rf"|\b(?:{_KINDS})\b\s*(?:\(|:|,|,?\s+such as|,?\s+including|,?\s+like|\s+called|"
    # (a list of names, not a clause: "beta-blockers decreased and X" lists nothing)
    rf"\s+named)?\s*(?:{_ITEM}(?:\s+{_ITEM})?(?:,\s*|\s+and\s+|\s+or\s+)){{0,4}}"
    rf"|\b(?:{_LIST_KINDS})\s*(?::|,|,?\s+such as|,?\s+including|,?\s+like|\s+called)\s*"
    rf"(?:{_ITEM}(?:\s+{_ITEM})?(?:,\s*|\s+and\s+|\s+or\s+)){{0,4}}"
    # (the last item may open with a word of its own: "methods such as mattress encasings")
    rf"(?:{_ITEM}\s+)?"
    # one of a class, set off by a comma: "the MAO-B inhibitor, safinamide"
    r"|\bthe\s+(?:[\w-]+\s+){0,2}(?:inhibitor|blocker|agonist|antagonist|"
    r"antihistamine|antifungal|antiemetic|"
    r"anaesthetic|anesthetic|antibiotic|antidepressant|antipsychotic|anticonvulsant)\s*,\s*)$",
    re.I,
)
# The term names part of a noun phrase that is then explained: "Levodopa-carbidopa intestinal
# gel is a medicine ...", "peritoneal dialysis, a treatment that ...", "theta burst stimulation
# (magnetic pulses to the head)". Up to three words of the phrase follow the term (not verbs:
# "Ceramide rose, a sign of ..." does not explain ceramide).
_AFTER_PHRASE = re.compile(
    r"(?:e?s)?(?:\s+(?!(?:is|are|was|were|has|have|had|rose|fell|can|may|will)\b)"
    r"[a-z][\w'’-]*(?<!ed)){1,3}"
    # the phrase's abbreviation may stand between: "Nephrotic syndrome (NS) is one of ...",
    # "glycated hemoglobin (A1c), an iron-rich protein ...", "NaCl cotransporter (NCC) (the
    # carrier protein that ...)"
    r"(?:\s*\((?=[^)]*[A-Z])[\w-]{2,10}\)(?=,|\s*\(|\s+(?:is|are)\s))?"
    rf"(?P<gloss>\s*\({_NOT_A_GLOSS}(?=[^)]*[a-z]{{3}}[^)]*\s)[^)]+\)"
    # one plain word in lower case: "vulvovaginal candidiasis (thrush)", not "(OHSS)"
    r"|\s*\(\s*(?-i:[a-z][a-z-]{3,})\s*\)"
    # (", or" gives another name, not more of the sentence: "X mofetil, or in ...")
    r"|,\s+(?:a|an|or(?!\s+(?:in|on|at|of|for|with|by|to|from)\b)|"
    r"which (?:is|are|means)|known as|also called)\s"
    r"|\s+(?:is|are)\s+(?:a|an|one of)\s"
    # "Hypovolemic shock is characterised by a drop in ...": the phrase defined
    r"|\s+(?:is|are)\s+(?:characteri[sz]ed by|defined as|marked by|when)\s"
    rf"|\s+(?:is|are)\s+{_KIND_CLAUSE}(?:{_SETS_APART}|\s*[,.;)])"
    rf"|{_DEFINING})",
    re.I,
)
_INSIDE_BRACKETS = re.compile(r"\([^()]*$")
# A rating scale is explained by what it rates or its range, said just before it: "pain was
# checked with a visual analogue scale", "itching rated on a 10-cm visual analog scale",
# "disability measured by the Expanded Disability Status Scale", "on a 0-10 ... scale".
_SCALE = re.compile(r"(?:scales?|scores?|index|questionnaires?)$", re.I)
_SCALE_RANGE = r"\d+(?:\s*(?:-|–|to)\s*\d+)?[- ]?(?:cm|mm|point)?[- ]?"
_SCALE_BEFORE = re.compile(
    r"\b(?:measured|rated|scored|assessed|graded|checked|recorded)\s+(?:by|with|on|using)\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?:{_SCALE_RANGE})?$"
    rf"|\b(?:on|with|using)\s+(?:a|an|the)\s+{_SCALE_RANGE}$",
    re.I,
)


EXPLANATION_WORDS = 4  # how far past its marker an explanation is read


def _plain(explanation: str) -> bool:
    """Whether an explanation is in plain words: "which are proinflammatory" explains nothing."""
    return not any(
        very_rare(m.group(0).lower())
        for m in WORD.finditer(explanation)
        if not ABBREVIATION.search(m.group(0))
    )


# Examples explain a term only in everyday words: "a thromboembolism, such as a stroke" says
# what it is; "..., such as an ischaemic stroke or a myocardial infarction" trades one term
# for others (a planted jargon flaw of the labelled corpus).
EXAMPLE_ZIPF = 3.0
_EXAMPLES = re.compile(r"such as|for example|e\.g\.", re.I)


def _examples_plain(explanation: str) -> bool:
    """Whether examples given after a comma to explain a term ("..., such as a stroke") are all
    everyday words (or names); any other explanation passes here (a bracket is read as a
    gloss, whatever it opens with)."""
    if explanation.rstrip().endswith(")") or not _EXAMPLES.search(explanation):
        return True
    return all(
        common_zipf(m.group(0).lower()) >= EXAMPLE_ZIPF
        for m in WORD.finditer(explanation)
        if not ABBREVIATION.search(m.group(0)) and not m.group(0)[:1].isupper()
    )


# A question that sets out to explain: "What is bronchopulmonary dysplasia?"
_WHAT_IS = re.compile(r"^\W*(?:what|who) (?:is|are|was|were)\b[^?]*\?\W*$", re.I)


def _explanation(after: re.Match[str], sentence: str) -> str:
    """The words that explain a term: what `after` matched, whole when it is a bracket
    ("lymphoedema (arm swelling) or haematoma ..." is explained by "arm swelling" alone), else
    with the EXPLANATION_WORDS words that follow it. After the phrase a term opens, only what
    explains the phrase counts: "Pelargonium sidoides (a herb ...)" is explained by the
    bracket, whatever "sidoides" is."""
    found = after.group(0)
    if "gloss" in after.re.groupindex and after.group("gloss"):
        found = after.group("gloss")
    if found.rstrip().endswith(")"):
        return found
    return found + " " + " ".join(sentence[after.end() :].split()[:EXPLANATION_WORDS])


# A measure's figure just after its name ("sensitivity of 89%", "rate was 0.2"): what explains
# the measure may follow the figure.
_FIGURE = re.compile(
    r"\s+(?:of|was|were|is|=)\s+(?:about\s+|around\s+|only\s+|just\s+)?\d[\d.,]*\s?%?(?=,)"
)
# ... and says what the figure means ("..., which means it found 89 in every 100"), not a clause
# that goes on ("a fixed specificity of 74%, the review authors found ...")
_AFTER_FIGURE = re.compile(
    r",\s+(?:which|that)\s+(?:means|meant)\b|,\s+(?:meaning|i\.e\.,?|in other words)\s", re.I
)


def _explains(term: str, sentence: str) -> bool:
    """Whether `sentence` explains `term` at one of its uses."""
    lower = sentence.lower()
    key = term.lower()
    if key in lower and _WHAT_IS.match(sentence):
        return True
    at = lower.find(key)
    while at >= 0:
        if at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "-"):
            end = at + len(key)
            after = _AFTER.match(sentence, end) or _AFTER_PHRASE.match(sentence, end)
            figure = None if after else _FIGURE.match(sentence, end)
            if figure:
                # explained after its figure: "a sensitivity of 89%, which means it found 89 in
                # every 100 people who had MS"
                after = _AFTER_FIGURE.match(sentence, figure.end())
            # (a term just inside a bracket, "(T), a ...", is explained: _INSIDE_BRACKETS)
            if (
                after
                and not after.group(0).lstrip("es").startswith(")")
                and _plain(_explanation(after, sentence))
                and _examples_plain(_explanation(after, sentence))
            ):
                return True
            if _BEFORE.search(sentence, 0, at):
                return True
            if _SCALE.search(key) and _SCALE_BEFORE.search(sentence, 0, at):
                return True  # "itching rated on a 10-cm visual analog scale"
            if _INSIDE_BRACKETS.search(sentence, 0, at) and at > 0:
                return True  # the plain words came first: "root canal treatment (endodontic T)"
        at = lower.find(key, at + 1)
    return False


def explained(term: str, text: str, start: int, spans: list[tuple[int, int]] | None = None) -> bool:
    """Whether the sentence that uses `term` at `start`, or the sentence after it, explains
    it (`spans`: the sentence spans of `text`, when the caller has them)."""
    spans = sentence_spans(text) if spans is None else spans
    for k, (a, b) in enumerate(spans):
        if b <= start:
            continue
        if _explains(term, text[a:b]):
            return True
        # the next sentence of the same section (a section ends at a line break)
        same = k + 1 < len(spans) and "\n" not in text[b : spans[k + 1][0]]
        nxt = text[slice(*spans[k + 1])] if same else ""
        if not nxt:
            return False
        if _NEXT_SENTENCE.search(nxt) or _explains(term, nxt):
            return True
        # the short form the term is given, explained by the next sentence: "electroconvulsive
        # therapy (ECT). ECT involves ..."
        short = _short_form(term, text[start:b])
        return short is not None and _explains(short, nxt)
    return False


# A short form given to a term or the phrase it opens: "myalgic encephalomyelitis (ME)".
_SHORT_FORM = re.compile(r"(?:[\s-]+[\w'’-]+){0,3}?\s*\(([A-Z][A-Za-z0-9-]{1,9})\)")


def _short_form(term: str, rest: str) -> str | None:
    """The short form in brackets just after `term` at the start of `rest`, if any."""
    found = _SHORT_FORM.match(rest, len(term))
    return found.group(1) if found and ABBREVIATION.search(found.group(1)) else None
