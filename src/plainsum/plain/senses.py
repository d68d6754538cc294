"""Which sense a glossary term has here: its plain phrase is swapped in only where the sentence
(or the whole paper) shows the sense the phrase has. A "vehicle" in a lab study is the liquid a
drug is given in; "subjects" are people only in a study of people; a "concentration" is a
"level" only as the amount of something in the body, never a product's strength or the power to
focus; an "intervention" is a "treatment" only when it is a medical one, never a programme of
education, exercise or support, a screening, a policy or a change to a setting.
"""

from __future__ import annotations

import re

from ..prefilter import search
from .condition import ENDS_LIKE_A_CONDITION
from .fixed_phrases import breaks_fixed_phrase
from .word_places import COMPARATIVES, last_word

__all__ = ["kept_terms", "place_fits", "sense_fits", "sense_plain"]

# Terms with more than one sense: swapped only where the sentence shows the sense the plain
# phrase has (a "vehicle" in a lab or animal study is the liquid a drug is given in; "subjects"
# are people only in a study of people).
_PEOPLE_WORDS = re.compile(
    r"\b(?:people|patients|participants|adults|children|women|men|volunteers|subjects|"
    r"individuals|infants|persons|smokers|students|veterans)\b",
    re.I,
)
# An "intervention" that is no treatment: a programme of education, exercise or support, a
# screening, a policy or a change to a setting ("interventions in the server setting", "a school
# smoking intervention"); "treatment" would say it was a medical one.
_NOT_TREATMENT = re.compile(
    r"\b(?:educat\w*|training|teaching|programm?es?|schools?|polic(?:y|ies)|servers?|premises|"
    r"bars?|communit(?:y|ies)|campaigns?|screening|support|supportive|behaviou?r(?:al)?|"
    r"lifestyle|exercise|physical activity|organi[sz]ational|financial|incentives?|workplace|"
    r"media|legislat\w*|regulat\w*|environment(?:al)?|crime|reminders?|leaflets?|"
    r"decision aids?|parenting|famil(?:y|ies)|quality improvement|health promotion|advice|"
    r"information|e-?mails?|text messag\w*|telephone|mentoring|peers?|"
    r"professionals?|practitioners?|providers?|care homes?|nursing homes?)\b",
    re.I,
)
# A "concentration" is a "level" only as the amount of something in the body: in blood, urine,
# a tissue, a fluid of the body, or a marker measured there ("haemoglobin concentration",
# "antibiotic concentrations in the CSF").
_IN_THE_BODY = re.compile(
    r"\b(?:blood|serum|plasma|urine|urinary|faecal|fecal|stool|CSF|cerebrospinal|spinal fluid|"
    r"tissues?|brain|liver|kidneys?|muscles?|bones?|cells?|cellular|intracellular|erythrocytes?|"
    r"saliva|salivary|sweat|tears|hair|haemoglobin|hemoglobin|ferritin|hormones?|cortisol|"
    r"insulin|glucose|cholesterol|lipids?|triglycerides?|antibod(?:y|ies)|IgG|IgM|IgA|"
    r"vitamins?|iron|zinc|iodine|folate|sodium|potassium|calcium|magnesium|markers?|"
    r"biomarkers?|circulating|body|bodies)\b",
    re.I,
)
# ... never the strength of a product or a dose ("a concentration of 1%", "a lower concentration
# of hypertonic saline", "whey protein concentration"), nor the power to focus ("poor
# concentration", "a drug that improves concentration"): "level" would say something else.
_NOT_A_LEVEL = re.compile(
    r"\bconcentrations? of \d|\d\s*(?:%|percent|ppm|mg|g|ml|mmol|units?)\b[^.;]{0,20}"
    r"\bconcentration|\b(?:solutions?|saline|oxygen|gas|sprays?|creams?|gels?|drops|mouthwash\w*|"
    r"sclerosants?|sclerosing|crystalloids?|products?|formulas?|formulations?|infusions?|"
    r"preparations?|milk|juice|whey|concentrates?|doses?|dosing)\b"
    r"|\b(?:attention|attentive|memory|focus\w*|vigilance|alert\w*|fatigue|tired\w*|sleep\w*|"
    r"mood|thinking|cognit\w*|mental\w*|poor concentration|lack of concentration|"
    r"loss of concentration|concentration (?:ability|span|problems?|difficult\w*))\b",
    re.I,
)
# What a "malignant" that is no growth qualifies: a dangerous course or rhythm, a drug reaction.
_NOT_A_GROWTH = re.compile(
    r"\bmalignant (?:[\w-]+ )?(?:arrhythmias?|ventricular|tachy\w*|hyperthermia|hyperpyrexia|"
    r"hypertension|syndrome|catatonia|course|forms?|multiple sclerosis|MS|otitis|oedema|edema|"
    r"obesity|vasovagal|narcissism)\b",
    re.I,
)
# "inadequate" of how much evidence there is means "not enough", not "poor": "There is inadequate
# trustworthy evidence to assess X" was said "There is poor trustworthy evidence to check X" (a
# reader's broken headline, CD010321); as written it stays whole.
_HOW_MUCH_EVIDENCE = re.compile(
    r"\binadequate (?:[\w-]+ )?(?:evidence|data|information|numbers?)\b", re.I
)
_SENSES: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "concentration": (_IN_THE_BODY, _NOT_A_LEVEL),
    "concentrations": (_IN_THE_BODY, _NOT_A_LEVEL),
    "intervention": (None, _NOT_TREATMENT),
    "interventions": (None, _NOT_TREATMENT),
    "intervention group": (None, _NOT_TREATMENT),
    "vehicle": (
        re.compile(
            r"\b(?:treated|injected|given|received|administered|dosed|mice|rats|cells|drug|"
            r"compound|control|placebo)\b",
            re.I,
        ),
        re.compile(r"\b(?:motor|road|traffic|crash|driv\w+|car|cars)\b", re.I),
    ),
    "subjects": (None, re.compile(r"\b(?:mice|rats|animals|monkeys|dogs|pigs)\b", re.I)),
    # what is used up ("glucose (energy) consumption in prefrontal regions", "oxygen
    # consumption") is no "intake": only what people eat, drink or take in is
    "consumption": (
        None,
        re.compile(
            r"\b(?:energy|oxygen|glucose|fuel|power|electricity|ATP|metabolic|metabolism|"
            r"cerebral|brain|tissues?|muscles?|cells?)\b",
            re.I,
        ),
    ),
    # "malignant" is "cancerous" only of a growth: "malignant arrhythmias" are deadly heart
    # rhythms, not cancerous ones (plaba 27600582 said "cancerous arrhythmias")
    "malignant": (None, _NOT_A_GROWTH),
    "inadequate": (None, _HOW_MUCH_EVIDENCE),
    "recruited": (_PEOPLE_WORDS, None),
    "enrolled": (_PEOPLE_WORDS, None),
}


def sense_fits(term: str, sentence: str, start: int = 0, end: int | None = None) -> bool:
    """Whether `sentence` uses `term` in the sense its plain phrase has (where the term stands
    at `start`..`end`, when given: `place_fits`)."""
    if end is not None and not place_fits(term, sentence[:start], sentence[end:]):
        return False
    rule = _SENSES.get(term.lower())
    if rule is None:
        return True
    need, refuse = rule
    if need is not None and not need.search(sentence):
        return False
    return not (refuse is not None and refuse.search(sentence))


# A "reduction" is a "drop" only as a fall in an amount. In a paper on models or methods it is
# often a simplification ("This reduction can replicate the full model", "The reduction makes
# this framework useful"): there only "reduction in ..." or a number before it says a fall.
_METHOD_WORDS = re.compile(
    r"\b(?:models?|modell?ing|framework|methods?|algorithms?|simplif\w*|dimension\w*|noise|"
    r"computational|equations?|approximat\w*)\b",
    re.I,
)
_AMOUNT_BEFORE = re.compile(r"(?:[\d%]|\bpercent|\bsignificant|\bany)\s*$", re.I)
# "attenuated" is "reduced" only as a lowered amount or effect ("an attenuated response",
# "treatment attenuated the rise"); a live attenuated vaccine is a weakened germ, and bacteria
# "attenuated for gene expression" are weakened in it: "reduced for" says neither.
_GERM_WORDS = frozenset(
    "vaccine vaccines virus viruses strain strains bacteria bacterium mutant mutants pathogen "
    "pathogens parasite parasites for".split()
)
# A noun whose plain word is a gerund ("stopping", "finding", "blocking") reads broken with
# "of" after it ("needing stopping of medicine", "early finding of the tumour"): kept there.
_NO_GERUND_BEFORE_OF = frozenset("cessation discontinuation identification inhibition".split())
# "physiological" is "body" only where that does not repeat the body ("their body production
# in the human body") and is no name of a salt solution ("physiological saline").
_NOT_BODY_AFTER = frozenset(
    "saline solution solutions irrigation medium media fluid fluids serum".split()
)
# "indicated" is "suggested" only as what a result showed ("trials indicated no difference",
# "a difference was indicated between the groups"), never as a drug's use ("is indicated in
# patients with ...", "where indicated", "further trials are indicated") or a mark ("is
# indicated in italics").
_BE = frozenset("is are was were be been being".split())
_USE_AFTER = frozenset("in for only when if to as at where unless upon".split())
_WHERE = frozenset("where when if as unless clinically medically".split())
# "recruited" and "enrolled" are "signed up" only as verbs ("we enrolled 40 people"); before
# their noun ("most of the enrolled people") a phrasal verb reads broken ("most signed up people").
_ADJECTIVE_PLACE = frozenset(
    "of in among with for from to by all the these those their our any each".split()
)
_WORD_AFTER = re.compile(r"[\s)]*([A-Za-z][\w'-]*)")


# A "pathway" is a "chain of signals" only as a cell's signalling pathway: after "signalling",
# a kind of immune signal or a molecule's code ("the NF-kB pathway", "mTOR", "FGF-cilia"). A
# route or a mechanism ("a possible pathway by which the gut bacteria act"), a chain of
# reactions ("metabolic pathways"), a way through care ("the diagnostic pathway") is none: there
# "chain of signals" is false (a reader's broken sentence, plaba 34346706) and the word stays.
# A sentence about signals, kinases or receptors shows the sense ("this pathway", "pathways").
_SIGNALS = re.compile(r"\b(?:signal\w*|kinases?|receptors?|phosphorylat\w*|transduction)\b", re.I)
_SIGNALLING_BEFORE = re.compile(
    r"(?:\b(?:signall?ing|inflammatory|immune|immune-related|interferon|interleukin|cytokine|"
    r"kinase)|(?<![\w-])(?![A-Z][a-z]*\W*$)"  # (a code, never a capitalised first word)
    r"[\w/\u2013-]*(?:[A-Z]{2}|[a-z\d-][A-Z]|[A-Z]\d)[\w/\u2013-]*)\)?\s*$"
)


# A noun phrase that "induced" closes as its modifier ("attenuated the LPS induced damage",
# "prevention of drug induced gut toxicity"): a determiner or a preposition after a word of
# the sentence, then the noun.
_ATTRIBUTIVE_BEFORE = re.compile(
    # (never the subject that opens the sentence: "The drug induced remission in half")
    r"\w\s+(?:the|a|an|this|these|those|its|their|of|for|against|with|from|on)\s+"
    r"(?:[\w-]+\s+){1,3}$",
    re.I,
)
# ... and what may follow "induced" as a verb ("the drug induced a response in mice").
_AFTER_A_VERB = frozenset("a an the by in no any some more less its their".split())


def _noun_before(before: str) -> bool:
    """Whether the word right before is a noun that modifies what follows (never a
    preposition the noun test does not know: "resolved upon stopping")."""
    from .noun_stacks import modifying_noun

    word = modifying_noun(before).lower()
    return bool(word) and word not in _PREPOSITIONS


_PREPOSITIONS = frozenset("upon following despite until till via amid".split())
# Degree words that would take "first" as their adjective ("a more first improvement").
_DEGREE_WORDS = frozenset("more most less least very".split())


# A share right before the word: "was 95% effective", "62 percent effective".
_SHARE_BEFORE = re.compile(r"\d\s*(?:%|per ?cent)\s*$", re.I)


# A state named right after "proportion", the people in it left unsaid ("the proportion
# cough-free at two weeks", "the proportion alive"): "share" cannot take it.
_STATE_AFTER_SHARE = frozenset(
    "alive dead positive negative abstinent remission improved healed cured recovered".split()
)


# What a thing is named as: "identify X as a barrier", "were identified as risk factors".
_AS_WHAT = re.compile(
    r"(?:\s+[^.;,:()]{1,80}?)?\s+as\s+(?!well\b|expected\b|described\b|a result\b|such\b|"
    r"part of\b|(?:early|soon|late|long|much|many|often) as\b)\w",
    re.I,
)


# Words that may follow a clause-final "right away": none, a conjunction, or a preposition that
# opens a phrase of its own ("given right away in hospital"); "after"/"before", which
# "immediately" binds, take "right" ("right after surgery", never "right away after surgery").
_AFTER_A_CLAUSE = frozenset("and or but in at on with for to than if when while as by".split()) | {
    ""
}
_RIGHT_BEFORE = frozenset({"after", "before"})


def place_fits(term: str, before: str, after: str) -> bool:
    """Whether the plain word of `term` keeps its sense between `before` and `after`, the
    sentence's text on either side of it (see the rules above)."""
    low = " ".join(term.lower().split())
    nxt_m = None if re.match(r"\s*[,;:.!?\"'\u201c]", after) else _WORD_AFTER.match(after)
    nxt = nxt_m.group(1).lower() if nxt_m else ""
    prev = last_word(before, bracket=True).lower()
    if breaks_fixed_phrase(low, prev, nxt, before):
        return False  # "respiratory distress syndrome" is no "breathing distress syndrome"
    if low in ("reduction", "reductions") and _METHOD_WORDS.search(before + after):
        return nxt == "in" or bool(_AMOUNT_BEFORE.search(before))
    if low == "attenuated":
        return nxt not in _GERM_WORDS and prev != "live"
    if low in _NO_GERUND_BEFORE_OF:
        # ("mTOR inhibition rescued the cilia" is no "mTOR blocking rescued": a noun before it)
        return nxt != "of" and not _noun_before(before)
    if low == "initial" and (_noun_before(before) or prev in _DEGREE_WORDS or prev == "rapid"):
        return False  # "a low dose initial treatment", "a more rapid initial improvement"
    if low == "sufficient" and _noun_before(before):
        return False  # "erections sufficient for penetration" is no "erections enough for"
    if low == "induced" and _ATTRIBUTIVE_BEFORE.search(before) and nxt not in _AFTER_A_VERB:
        return False  # "the LPS induced damage" (LPS-induced) is no "the LPS caused damage"
    if low == "physiological":
        if re.search(r"\bbod(?:y|ies|ily)\b", before + after, re.I):
            return False
        return bool(nxt) and nxt not in _NOT_BODY_AFTER and nxt != "and"
    if low == "indicated":
        return prev not in _WHERE and not (prev in _BE and (not nxt or nxt in _USE_AFTER))
    if low in ("recruited", "enrolled"):
        return prev not in _ADJECTIVE_PLACE
    if low in ("pathway", "pathways"):
        return bool(_SIGNALLING_BEFORE.search(before) or _SIGNALS.search(before + after))
    if low in ("identify", "identifies", "identified") and _AS_WHAT.match(
        re.sub(r"\bas (?:well|long|much|many|soon) as\b", "and", after, flags=re.I)
    ):
        return False  # "identify X as a barrier" is no "find X as a barrier"
    if low in ("proportion", "proportions") and (nxt.endswith("free") or nxt in _STATE_AFTER_SHARE):
        return False  # "the proportion cough-free" (of those cough-free) is no "share cough-free"
    if low == "immediately":
        # "right away" ends a clause ("it was given right away"); before a word it describes it
        # breaks the phrase ("implants right away placed", "immediately delayed implants" read
        # "right away delayed implants": independent reader w2, CD005968)
        return nxt in _AFTER_A_CLAUSE or nxt in _RIGHT_BEFORE
    if low in ("effective", "efficacious"):
        # "95% effective": a measure, not "helpful"; "cost effective" is no "cost helpful"
        return not _SHARE_BEFORE.search(before) and prev != "cost"
    return _names_its_kind(low, prev, nxt, before, after)


# A link found between things ("an association between X and Y", "its association with
# deaths") is a "link"; molecules that come together ("lateral association of DDR1 dimers"),
# "in association with" (together with) and the word before a noun ("correlation studies",
# "the ensemble correlation method") are none: "lateral link of DDR1 dimers", "in link with",
# "link studies" say something else or nothing.
_LINKED = frozenset({"association", "associations", "correlation", "correlations"})
_MOLECULES_MEET = re.compile(
    r"\b(?:dimers?|dimeri[sz]\w*|oligomer\w*|monomers?|subunits?|membranes?|clusters?|"
    r"clustering|lateral)\b",
    re.I,
)
_NOUN_AFTER_LINK = frozenset(
    "studies study method methods analysis analyses coefficient coefficients test tests".split()
)
# A chemical mark on a molecule is a "modification", never a "change" ("histone change events",
# "histone posttranslational changes" read as no reader can parse).
_MOLECULE_BEFORE = frozenset(
    """histone histones post-translational posttranslational epigenetic covalent chemical
    protein proteins dna rna lipid glycan""".split()
)
# Who may "characterize" (describe) a thing: the researchers or their aim ("to characterize",
# "we characterized"); "high Phe levels characterize PKU" (are typical of it) is no "describe".
_DESCRIBERS = frozenset("to we they and or also further fully better first".split())
# A measure's name after "assessment" ("the GRADE assessment tool"): no "check tool".
_TOOL_AFTER = frozenset("tool tools scale scales instrument instruments form score".split())
# A procedure one undergoes: "underwent renal biopsies" is no "underwent kidney tissue samples".
_UNDERGONE = re.compile(
    r"\bundergo(?:ne|es|ing)?\s+(?:[\w-]+\s+)?$|\bunderwent\s+(?:[\w-]+\s+)?$", re.I
)
# What may follow "initiation" as "start": the end of its phrase, never a noun it modifies
# ("warfarin initiation nomograms" is no "warfarin start nomograms").
_AFTER_A_START = frozenset(
    "of and or in with was is were are to at for after before by has had".split()
)


def _names_its_kind(low: str, prev: str, nxt: str, before: str, after: str) -> bool:
    """Whether the plain word of `low` keeps its sense between the words `prev` and `nxt`,
    with `before` and `after` the sentence on either side (the rules above)."""
    sentence_before = before
    if low in _LINKED:
        if (prev == "in" and nxt == "with") or nxt in _NOUN_AFTER_LINK:
            return False
        return not _MOLECULES_MEET.search(before + after)
    if low in ("modification", "modifications"):
        return prev not in _MOLECULE_BEFORE
    if low in ("characterize", "characterise", "characterizes", "characterises"):
        return prev in _DESCRIBERS
    if low == "deficient":
        return nxt in ("", "in")  # "deficient in iron"; never "ligament lacking patients"
    if low in ("assessment", "assessments"):
        return nxt not in _TOOL_AFTER
    if low in ("biopsy", "biopsies"):  # "underwent kidney tissue samples"
        return not _UNDERGONE.search(sentence_before)
    if low == "initiation":
        return not nxt or nxt in _AFTER_A_START
    return True


# "regarding", "concerning" and "with regard to" are "about" only after a word of knowing or
# telling ("evidence regarding safety", "no conclusions can be drawn regarding ..."); after a
# difference they are "in" ("did not show differences in the share of patients", never
# "differences about"); at the start of a clause "as for" ("As for the primary outcomes, ...").
# Elsewhere ("the placebo group regarding mortality", "small studies with regard to sample
# size", "risk of bias regarding blinding") the paper's word stays.
_REGARDING = frozenset({"regarding", "concerning", "with regard to"})
_ABOUT_AFTER = frozenset(
    """evidence data information conclusion conclusions question questions concern concerns
    finding findings result results research advice recommendation recommendations knowledge
    uncertainty uncertain unclear inconclusive debate guidance guidelines made drawn known
    little nothing anything something much reported report reports controversy opinion
    opinions views beliefs decision decisions practice literature message messages details
    explanation explanations claims statements insight insights survey surveys questionnaire
    questionnaires interview interviews attitudes expectations perceptions feelings worries fears
    sensibilities discussion discussions consensus""".split()
)
_DIFFERENCE = frozenset("difference differences differ differed differs different".split())
_CLAUSE_START = re.compile(
    r"(?:^|[.;:!?]|\b(?:However|Also|Moreover|Furthermore|In addition|But|And|Finally),)\s*$"
)


# Glossary terms whose plain phrase says something else in most sentences, so the drafter
# keeps the paper's word (the gate still knows the pair): an "outcome" is what a trial measured,
# a "result" what it found ("the result of serious illness", "spasticity results", "health
# results"); a "biomarker" beside its kind is no "measurable sign" ("molecular measurable
# signs", "the measurable sign status of riboflavin"); "criteria" are seldom "rules"
# ("self-making rules", "quality rules", "the rules a measurable sign must face").
_KEPT = frozenset(
    {"outcome", "outcomes", "secondary outcomes", "biomarker", "biomarkers", "criteria"}
)
# Plain phrases the drafter uses in place of the glossary's, which the gate still accepts from
# a model: an adverse event is counted whether or not the treatment caused it (a fall, an
# infection), and adverse effects may come from any exposure ("of air pollution"): "side
# effects" says the treatment caused them. The incidence of an illness is its rate of new cases;
# of a symptom or a harm it is how often it happens ("the rate of new cases of hot flushes" is
# false): "rate" is true of both. Spasticity is a state of the muscles: "improving spasticity"
# is no "improving stiff muscles" (which reads as making them stiffer); "muscle stiffness" names
# the state, as the paper's word did.
_DRAFTER_PLAIN = {
    "spasticity": "muscle stiffness",
    "adverse events": "unwanted events",
    "adverse event": "unwanted event",
    "adverse effects": "harmful effects",
    "incidence": "rate",
}


def _next_word(after: str) -> str:
    m = None if re.match(r"\s*[,;:.!?]", after) else _WORD_AFTER.match(after)
    return m.group(1).lower() if m else ""


# "non-statistically significant": the negation is glued to the word before "significant".
_NON_STATISTICALLY = re.compile(r"\bnon-?statistically\s+$", re.I)
# Terms a paper may use as singular ("The odds of admission was higher"): the plural plain
# phrase would not agree with the paper's verb ("The chances of admission was higher", a
# reader's broken sentence, CD004106), so the singular one takes its place.
_SINGULAR_USE = {"odds": "chance"}
# ... the paper's singular verb after the term and its "of" phrase (no verb inside that phrase)
_SINGULAR_VERB_AFTER = re.compile(
    r"(?:\s+of\b(?:(?!\b(?:was|is|were|are|has|have|had)\b)[^,;:.()])*?)?\s+(?:was|is|has)\b",
    re.I,
)


def sense_plain(term: str, plain: str, before: str, after: str) -> str | None:
    """The glossary's `plain` phrase for `term` in the sense it has between `before` and
    `after`, another plain phrase where the sense needs one, or None where no plain phrase
    keeps it (the paper's word stays)."""
    low = " ".join(term.lower().split())
    if low in _KEPT:
        return None
    if low == "significant" and _NON_STATISTICALLY.search(before):
        return None  # "a non-statistically significant drop" is no "non-statistically clear" one
    if low in ("significant", "statistically significant") and _next_word(after) in COMPARATIVES:
        return "clearly"  # the paper's slip "a significant higher risk": "a clearly higher risk"
    if low == "immediately" and _next_word(after) in _RIGHT_BEFORE:
        return "right"  # "right after surgery" (see place_fits)
    if low == "considerable" and _next_word(after) in ("uncertainty", "doubt"):
        # "considerable uncertainty" is "much doubt", never "large doubt" (4 drafts); a
        # longer word cost CD012503 its harm result to the grade fit
        return "much"
    plain = _DRAFTER_PLAIN.get(low, plain)
    if low in _SINGULAR_USE and _SINGULAR_VERB_AFTER.match(after):
        return _SINGULAR_USE[low]  # "The odds of a flare-up was higher": "The chance of ..."
    if low in _REGARDING:
        if _CLAUSE_START.search(before):
            return "as for"
        prev = last_word(before, bracket=True).lower()
        if prev in _DIFFERENCE:
            return "in"
        return "about" if prev in _ABOUT_AFTER else None
    return plain


_INTERVENTION = frozenset({"intervention", "interventions", "intervention group"})
# Words that say a paper studies a medical treatment: its "interventions" are treatments.
_MEDICAL = re.compile(
    r"\b(?:treat(?:s|ed|ing|ments?)?|therap(?:y|ies|eutic)|drugs?|medications?|medicines?|"
    r"placebo|surg(?:ery|ical)|operations?|vaccin\w*|supplement\w*|doses?|dosing|mg)\b",
    re.I,
)
# "educational interventions", "school smoking interventions": the paper names its
# interventions as something other than a treatment.
_NAMED_OTHERWISE = re.compile(
    rf"{_NOT_TREATMENT.pattern}(?:[ -][\w-]+){{0,2}}[ -]interventions?\b", re.I
)


def kept_terms(paper: str) -> frozenset[str]:
    """The glossary terms `paper` uses in a sense their plain phrase does not have, to be kept
    as written in all its sentences: "intervention(s)" when the paper names no medical
    treatment (a review of "interventions implemented in the server setting") or names its
    interventions as education, support, screening or the like ("educational interventions"):
    there "treatment" would be false even where a sentence alone does not show it
    ("Compliance with interventions appears to be a problem")."""
    kept = _named_condition_words(paper)
    if _DRUG_SCREEN.search(paper):  # "maternal toxicity at delivery": a positive drug test
        kept |= _TOXICITY
    if not _MEDICAL.search(paper) or search(_NAMED_OTHERWISE, paper):
        return _INTERVENTION | kept
    return kept


# A paper about drug or alcohol use, where "toxicity" is what a drug screen finds (a positive
# test), not harm done by a treatment.
_DRUG_SCREEN = re.compile(
    r"\b(?:toxicology|drug (?:use|screen|test)s?|substance use|illicit|urine screen|"
    r"(?:cocaine|opioid|opiate|methamphetamine|amphetamine|cannabis|alcohol) (?:use|users?|"
    r"dependence|abuse))\b",
    re.I,
)
_TOXICITY = frozenset({"toxicity"})


# How a condition's name ends: condition.py's vocabulary (a one-word condition, "-itis",
# "-osis", "-oma" ..., "disease", "syndrome" ...), and the heads of names of organs that fail
# or work badly, which that module does not read as a condition alone ("chronic
# cerebrospinal venous insufficiency", "acute kidney failure", "erectile dysfunction").
_FAILING_ORGAN = re.compile(r"\b(?:insufficiency|insufficiencies|failure|dysfunction)$", re.I)


def _ends_like_a_condition(name: str) -> bool:
    return bool(ENDS_LIKE_A_CONDITION.search(name) or _FAILING_ORGAN.search(name))


_ONE_WORD = re.compile(r"[a-z][a-z-]*")


def _named_condition_words(paper: str) -> frozenset[str]:
    """The names of conditions the paper defines with a short form ("chronic cerebrospinal
    venous insufficiency (CCSVI)", "chronic fatigue syndrome (CFS)") that hold a glossary word,
    and the other names it so defines (a measure, a tool, a molecule, a procedure) with a
    glossary word after their first (`_swapped_inside`): a name is said as the paper names it,
    not swapped word by word ("long-lasting fatigue syndrome", "motor nerve cell disease" rename
    the condition; "homeostatic model check", "pregnancy linked plasma protein A" break the
    name). `Glossary.plain` keeps the
    words inside each such name and swaps the same words elsewhere; the glossary's own entry
    for a whole name, if it has one, still applies."""
    from .abbreviations import find_definitions
    from .glossary import load_glossary

    glossary = load_glossary()
    entries = glossary.entries
    kept: set[str] = set()
    for long in find_definitions(paper).values():
        words = long.lower().split()
        if len(words) < 3 or " ".join(words) in entries:
            continue
        if not _ends_like_a_condition(long):
            if _swapped_inside(long, glossary.pattern, entries):
                kept.add(" ".join(words))  # "homeostatic model assessment": never "... check"
            continue
        if _ONE_WORD.fullmatch(words[0]) and words[0] in entries:
            # a name led by a glossary word ("chronic", "acute", "respiratory") is renamed by
            # its swap; one whose inner word swaps to the common name stays swappable
            # ("end-stage renal disease" -> "end-stage kidney disease")
            kept.add(" ".join(words))  # the whole name: its words elsewhere are still swapped
    return frozenset(kept)


# The plain heads that name what a name's last word names, in the same place ("total knee
# arthroplasty" is a "total knee joint replacement", "hyperbaric oxygen therapy" a "hyperbaric
# oxygen treatment", "blood alcohol concentration" a "blood alcohol level").
_SAME_HEAD = frozenset(
    {
        "treatment",
        "treatments",
        "level",
        "levels",
        "joint replacement",
        "bleeding",
        "pain relief",
        "problems",
    }
)


# Adjectives the noun test takes for nouns ("recurrent abdominal pain" is "recurrent belly pain").
_NOT_NOUNS_BEFORE = ("recurrent", "persistent", "functional")


def _swapped_inside(name: str, pattern: re.Pattern[str], entries: dict[str, str]) -> bool:
    """Whether a glossary word stands in a defined name after its first word ("homeostatic
    model assessment (HOMA)", "pregnancy associated plasma protein A (PAPP-A)", "forced vital
    capacity (FVC)"), as its head or right after a noun of it, where its swap would break the
    name or stack nouns no reader can parse. A head whose plain word names the same thing
    (`_SAME_HEAD`) is no such word, nor an adjective after adjectives ("continuous renal
    replacement therapy" is a "continuous kidney replacement treatment"); a leading word
    ("chronic care model") is swapped as the paper's other words are, and so is a
    term of several words the glossary knows whole ("non-fatal myocardial infarction" is a
    "non-fatal heart attack")."""
    from .noun_stacks import modifying_noun

    for m in pattern.finditer(name):
        if m.start() == 0 or " " in m.group(0).strip():
            continue
        if m.end() == len(name.rstrip()):  # the name's head: "forced vital capacity"
            plain = entries.get(m.group(0).lower(), "")
            if plain.lower() not in _SAME_HEAD:
                return True
        elif modifying_noun(name[: m.start()]).lower() not in ("", *_NOT_NOUNS_BEFORE):
            return True  # after a noun: "pregnancy associated plasma protein A"
    return False  # an adjective among adjectives: "continuous renal replacement therapy"
