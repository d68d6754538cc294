"""The cue patterns of each study design, with weights (read by `plainsum.design`).

Each design has cue patterns with weights; the highest total wins, and methods sections count
double. Patterns are lower case: they run on lower-cased text.
"""

from __future__ import annotations

from .design_side import NAMING_CUES
from .schemas import StudyDesign

# Samples taken from counted people ("stool samples from 41 adults with migraine", "serum of
# 114 patients"): a study of people, wherever its tests ran (read by `plainsum.design` too).
PEOPLE_SAMPLES = (
    r"\b(?:samples?|specimens?|biopsies|swabs|blood|serum|plasma|urine|stool|saliva|"
    r"tears) (?:[\w-]+ ){0,3}?(?:from|of|in) (?:\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?) "
    r"(?:[\w-]+ ){0,2}?(?:patients|people|participants|adults|children|women|men|subjects|"
    r"individuals|volunteers)\b"
)

# Each design has cue patterns with weights; the highest total wins. Methods sections count double.
CUES: dict[StudyDesign, list[tuple[str, float]]] = {
    StudyDesign.REVIEW: [
        (NAMING_CUES[0], 5),  # systematic review
        (NAMING_CUES[1], 5),  # meta-analysis
        (r"\bcochrane\b", 3),
        # (not a search of reports or records: "We searched the spontaneous reporting database
        # for reports of alopecia" is a study of what was reported, no review)
        (
            r"\bwe searched\b(?! (?:the |a |an |our )?(?:[\w-]+ ){0,3}(?:reporting|"
            r"pharmacovigilance|adverse event|claims|registry|registries|records|health record|"
            # "a national database of suspected adverse drug reactions"
            r"database of (?:suspected |reported )?(?:adverse|side)))",
            4,
        ),
        (r"\bsearch(?:ed)? (?:of )?(?:medline|embase|pubmed|cinahl|central)\b", 3),
        (r"\b(?:included|eligible) (?:trials|studies|rcts)\b", 3),
        # a review's results-only extract: "Only one study met the eligibility criteria for
        # inclusion", "Two trials were eligible for inclusion"
        (
            r"\bmet the (?:eligibility|inclusion|selection) criteria\b|\beligible for inclusion\b"
            r"|\bmet (?:our|the review's) (?:inclusion|eligibility) criteria\b",
            3,
        ),
        (r"\bselection criteria\b", 2),
        (r"\breview(?:ed)? (?:of|the) (?:literature|evidence|trials|studies)\b", 3),
        (r"\bscoping review\b", 4),
        (r"\b(?:this|the present|the current|our|this narrative) review\b", 4),
        (r"\bwe review\b|\bis reviewed\b|\bare reviewed\b", 3),
        (r"\bpooled\b", 1),
        (
            # ("two phase 3 trials": a phase's number is no count of trials)
            r"(?<!phase )\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)"
            r" (?:(?:randomi[sz]ed|random|quasi-random(?:i[sz]ed)?|controlled|clinical|included|"
            r"eligible|small|or|and) ){0,4}"
            r"(?:trials|studies|rcts)\b",
            2,
        ),
        (
            r"\b(?:of|in|across|from) (?:the |all |both )?(?:included |eligible )?"
            r"(?:trials|studies)\b",
            2,
        ),
        (r"\b(?:this|the|previous versions? of this) review\b", 3),
        # A paper that counts the studies it took in, or reports results study by study, is a
        # review, whatever designs those studies had ("Six randomised trials involving a total of
        # 394 patients were included", "Five of the six trials", "Two RCTs evaluated").
        (r"\b(?:trials|studies|rcts|ccts)\b[^.;]{0,60}?\bwere (?:included|identified)\b", 4),
        (
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|all|none|most|half) of"
            r" (?:the|these) (?:\d+ |two |three |four |five |six |seven |eight |nine |ten )?"
            r"(?:[a-z-]+ ){0,2}(?:trials|studies|rcts)\b",
            3,
        ),
        (r"\b(?:rcts|ccts)\b", 2),
        (
            r"\bwe (?:included|identified|did not find|found no|could not find) "
            r"(?:any |a total of )?(?:[a-z0-9-]+ ){0,3}(?:trials?|stud(?:y|ies)|rcts?)\b",
            4,
        ),
        (r"\b(?:was|were) eligible for inclusion\b|\bcriteria for inclusion\b", 2),
        (
            r"\(\d+ (?:studies|trials|rcts), (?:\d+|n = \d+) (?:participants|patients|people"
            r"|women|men|children|infants|adults)\b",
            4,
        ),
        (r"\ball (?:the |of the )?(?:included )?(?:trials|studies)\b", 2),
        (r"\brisk of bias\b|\b(?:certainty|quality) of (?:the )?evidence\b", 2),
        (r"\b(?:low|moderate|high)[- ](?:certainty|quality) evidence\b", 2),
        # studies graded against each other: "higher quality studies showed ..."
        (
            r"\b(?:higher|lower|better|poorer)[- ]quality (?:studies|trials)\b"
            r"|\b(?:studies|trials) were of (?:good|high|low|lower|poor|moderate|variable|mixed) "
            r"(?:[\w-]+ )?quality\b",
            2,
        ),
        # GRADE's words and studies a search turned up: "The identified studies provide
        # evidence of very low certainty"
        (r"\bevidence (?:was |is )?of (?:very )?(?:low|moderate|high) (?:certainty|quality)\b", 2),
        (r"\b(?:identified|retrieved|selected) (?:studies|trials|articles|papers|records)\b", 3),
        # a pooled analysis of published trials, named by no review word ("We performed a
        # systematic literature search ...; we pooled data from included clinical trials ...
        # 79 publications were included in the analysis")
        (r"\bsystematic(?:ally)? (?:literature|database) search", 4),
        (r"\bincluded (?:randomi[sz]ed |controlled |clinical ){1,3}(?:trials|studies)\b", 3),
        (r"\b(?:publications|articles|papers) were included\b", 4),
    ],
    StudyDesign.TRIAL: [
        (r"\brandomi[sz]ed\b", 3),
        (r"\bplacebo\b", 2),
        (r"\bdouble-?blind", 2),
        (r"\bclinical trial\b", 2),
        (r"\bphase (?:i{1,3}|iv|[1-4])\b", 2),
        (r"\b(?:were|was) randomi[sz]ed\b", 3),
        (r"\brandomly (?:assigned|allocated|divided|distributed)\b", 3),
        (r"\bopen-label\b", 2),
        (r"\bsingle-arm\b", 2),
        (r"\bpilot (?:study|trial)\b", 1),
        (r"\bcrossover\b", 1),
    ],
    StudyDesign.OBSERVATIONAL: [
        (r"\bcohort\b", 3),
        (r"\bcase-?control\b", 3),
        (r"\bcross-?sectional\b", 3),
        (r"\bobservational\b", 3),
        (r"\bregistry\b", 2),
        (r"\bretrospective(?:ly)?\b", 2),
        (r"\bprospective(?:ly)?\b", 1),
        (r"\bpopulation-based\b", 2),
        (r"\b(?:associated|association) with\b", 1),
        (r"\b(?:hazard|odds) ratio", 2),
        (r"\bsurvey(?:s|ed)?\b", 2),
        (r"\bprevalence\b", 1),
        (
            r"\b(?:estimated?|determined?|assessed?|analy[sz]ed|estimating|determining) (?:the |"
            r"what )?(?:prevalence|proportion|frequency|incidence)\b",
            2,
        ),
        (r"\bquestionnaire", 1),
        (r"\bfollow(?:ed)?[- ]up\b", 0.5),
        (r"\bmendelian randomi[sz]ation\b", 3),
        (r"\bgenome-wide association\b", 3),
        # people with a condition set against people without it ("57 patients ... and 27
        # age- and environment-matched healthy controls"), records looked back on, a group
        # followed forward: studies that watch rather than treat, named by no design word
        (
            r"\b(?:healthy|normal|matched|unaffected|non-?diseased) (?:[\w-]+ )?(?:controls?|"
            r"control (?:subjects|participants|individuals|group|children|adults))\b",
            3,
        ),
        (r"\b(?:age|sex|gender)\b[^.;]{0,25}?\bmatched\b", 2),
        (r"\bmatched (?:for|by|on) (?:age|sex|gender)\b", 2),
        # a group followed over years: "We followed 412 people ... for a median of 19 years"
        (
            r"\bfollowed\b[^.;]{0,100}?\bfor (?:a (?:median|mean|average) of )?(?:up to )?"
            r"\d+(?:\.\d+)? (?:years|months)\b",
            2,
        ),
        (
            r"\b(?:case notes|(?:medical|health|hospital|clinical|patient|electronic) records|"
            r"chart review|(?:medical )?charts (?:of|were))\b",
            3,
        ),
        # samples taken from counted people: a study of people, wherever the tests ran ("stool
        # samples from 41 adults with migraine")
        (PEOPLE_SAMPLES, 2),
        (r"\b(?:record|data|register|registry)[- ]linkage\b|\blinkage of\b", 2),
        (r"\b(?:prospective|longitudinal) (?:\w+ )?(?:study|cohort|analysis|follow-up)\b", 2),
        (r"\bregisters\b|\bregister-based\b|\b(?:national|regional) registers?\b", 2),
        # a drug's safety watched in what is reported of it: "pregnancies reported to the
        # manufacturer's safety database", a pharmacovigilance or post-marketing study (no design
        # word: "study design not detected" dropped its caveat)
        (
            r"\b(?:safety|pharmacovigilance|surveillance) (?:database|data ?base|registry|"
            r"system)s?\b"
            r"|\bpharmacovigilance\b|\bpost-?marketing\b"
            # what was reported, weighed against other drugs: "spontaneous reports", "the
            # reporting odds ratio", "a disproportionality analysis"
            r"|\bspontaneous(?:ly)? report|\breporting odds ratios?\b|\bdisproportionality\b"
            r"|\bpregnancies (?:(?:were|was) )?(?:prospectively |spontaneously )?(?:reported|"
            r"recorded|registered)\b|\breported pregnancies\b",
            3,
        ),
    ],
    StudyDesign.ANIMAL: [
        # (never other work named as such: "Building on murine studies, ... in humans" is no
        # study in mice, and its draft's headline said "in mice" of a finding in people)
        (
            r"\bmice\b(?<!studies in mice)(?<!studies of mice)|\bmouse\b(?! studies\b)|"
            r"\bmurine\b(?! studies\b)",
            3,
        ),
        (r"\brats?\b", 3),
        (r"\brodents?\b", 2),
        (r"\bzebrafish\b|\bmedaka\b", 3),
        (r"\bdrosophila\b|\bfruit ?flies\b|\bc\. elegans\b|\bcaenorhabditis\b|\bnematodes?\b", 3),
        (r"\bxenopus\b|\btadpoles?\b|\bchicks?\b|\bembryos?\b|\blarvae\b", 2),
        (r"\bnon-?human primates?\b|\bmacaques?\b|\bmarmosets?\b", 3),
        (r"\bsimian\b|\bsiv|\brabbits?\b|\bpiglets?\b|\bhamsters?\b|\bferrets?\b|\bsheep\b", 2),
        # "in SIV-vaccinated animals", "the treated animals"
        (
            r"\b(?:the|these|those|vaccinated|infected|treated|untreated|control|all|naive|"
            r"immunized|immunised|experimental|wild-type|transgenic)(?:[\w-]+)? animals\b",
            2,
        ),
        (r"\b(?:eae|experimental autoimmune encephalomyelitis)\b", 3),
        (r"\bcuprizone\b", 3),
        (r"\bknock-?out\b", 1),
        (r"\banimal models?\b", 2),
        (r"\bin vivo\b", 1),
    ],
    StudyDesign.LAB: [
        (r"\bin vitro\b", 3),
        (r"\bin culture\b", 3),
        (r"\b(?:grew|grown|growing)\b[^.]{0,40}\bcells\b", 2),
        (r"\b(?:human|mouse|rat) (?:[\w-]+ ){0,2}cells\b", 1),
        # a named cell line: "Calu-3 cells", "A549 cells" (not "CD4 cells", "type-2 cells")
        (
            r"\b(?:(?!type-|th-|cd-)[a-z]+-\d+[a-z]?|a549|u87|u2os|mcf7|hepg2|jurkat|hek293t?)"
            r" cells\b",
            2,
        ),
        (r"\b(?:fibroblasts|astrocytes|neurons|organoids|ipscs?|stem cells)\b", 1),
        (r"\bcell (?:lines?|cultures?)\b", 3),
        (r"\bcultured\b", 2),
        (r"\b(?:hela|hek ?293|vero|sh-sy5y)\b", 3),
        (r"\bcells were\b", 2),
        (r"\borganoids?\b", 2),
        (r"\bin cells\b", 2),
        (r"\binfected cells\b", 2),
        (r"\bknock-?down\b", 1),
        (r"\bco-?expressed\b|\btransfect(?:ed|ion)\b", 2),
        (r"\bphosphorylat\w*", 1),
        (r"\bwestern blot", 1),
        (r"\bmolecular\b", 0.5),
        (r"\bcrystal structure\b", 2),
        # work on molecules themselves, which need not name cells ("we developed methods for
        # isolating native recombinant TRIM5 proteins"; "chromatin immunoprecipitation")
        # (not "recombinant human PTH", a drug)
        (
            r"\b(?:recombinant|purif(?:ied|y|ying|ication)(?: of)?) (?:[\w-]+ ){0,2}?(?:proteins?|"
            r"enzymes?|constructs?|domains?|capsids?|complex(?:es)?|subunits?)\b",
            2,
        ),
        (
            r"\b(?:helical|filament(?:s|ous)|self-assembl\w*|double-stranded|single-stranded|"
            r"[nc]-terminal|subunits?)\b",
            1,
        ),
        (
            r"\b(?:chromatin )?immunoprecipitation\b|\bcrystallograph\w*|\bcryo-?em\b"
            r"|\belectron microscopy\b|\bmutagenesis\b|\bimmunofluorescence\b",
            2,
        ),
        (
            r"\b(?:promoters?|acetylat\w*|ubiquitinat\w*|(?:di|tri|tetra|hexa|oligo)mer(?:s|ic)?|"
            r"capsids?|chromatin|mutants?)\b",
            1,
        ),
        (r"\byeast\b|\bbacteri(?:a|al|um)\b|\bescherichia\b|\bsaccharomyces\b", 2),
        (r"\bproteins?\b|\bgenes?\b|\benzymes?\b|\breceptors?\b|\bmolecules?\b", 0.5),
        (r"\bpost-?mortem\b|\bautopsy\b", 2),
    ],
    StudyDesign.CASE_REPORT: [
        (r"\bcase report\b", 5),
        # "We report two families with ...", "We encountered an elderly male patient who ...":
        # a case the authors met, never "we describe an approach" or "we present a new
        # classification"
        (
            r"\bwe (?:report|describe|present|encountered|discuss) (?:here )?(?:(?:the|a) case"
            r" of )?(?:a|an|two|three|four|five|six|\d+) (?:[\w-]+ ){0,4}?(?:cases?|patients?"
            r"|man|woman|men|women|boys?|girls?|child|children|infants?|neonates?|newborns?"
            r"|female|male|famil(?:y|ies)|siblings|brothers|sisters|twins|pregnan(?:cy|cies))\b",
            4,
        ),
        (r"\b(?:the|a) case of (?:a|an) \d{1,3}[- ]year[- ]old\b", 4),
        # "This case is about a young woman who presented with flank pain": one patient, no age
        (r"\bthis case (?:is about|describes|concerns|involves|reports on) (?:a|an|one)\b", 4),
        (r"\bcase (?:presentation|summary|description)\b", 5),
        (r"\b(?:a|an) \d{1,3}[- ](?:year|month|week|day)s?[- ]old\b", 3),
        (r"\bcase series\b", 3),
        # "To report 2 additional cases of ...", "3 previously unpublished cases"
        (
            r"\b(?:report|describe|present)(?:ed|s)? (?:\w+ ){0,2}?(?:[1-9]|1\d|two|three|four|"
            r"five|six|seven|eight|nine|ten) (?:additional |new |further |novel |unrelated |"
            r"consecutive )?(?:cases|patients)\b|\bpreviously unpublished cases?\b",
            4,
        ),
    ],
    StudyDesign.GUIDELINE: [
        (r"\b(?:clinical )?practice guidelines?\b", 5),
        (r"\bguidelines?\b", 2),
        (r"\bconsensus (?:statement|recommendations?|guidelines?|conference)\b", 5),
        (r"\b(?:expert|guideline|task force) (?:panel|group|committee|development group)\b", 4),
        (r"\bwe recommend\b|\bis recommended\b|\bare recommended\b", 2),
        # the panel as the one who recommends: "The panel recommends high-dose steroids ..."
        # (the lead's hand-written u9, a guideline drafted as "a review of earlier studies")
        (
            r"\b(?:the |this )?(?:panel|committee|task force|working group|guideline group) "
            r"(?:recommends|suggests|advises|endorses)\b",
            3,
        ),
        (r"\b(?:strong|weak|conditional) recommendations?\b", 4),
        (r"\brecommendations?\b", 1),
        # the paper naming itself a guideline, and the way guidelines are made: a panel that
        # agrees statements by a vote or a Delphi round and grades them by their evidence
        (r"\b(?:this|the present|our|updated|new) (?:[\w-]+ )?guideline\b", 4),
        (
            r"\ba (?:multidisciplinary |national |international )?panel of (?:\w+ )?"
            r"(?:experts|clinicians|neurologists|specialists|physicians|doctors|nurses)\b",
            3,
        ),
        (r"\bdelphi\b|\b(?:formal |anonymous )?voting (?:process|rounds?)\b", 3),
        (
            r"\b(?:statements?|recommendations?) (?:was|were) (?:graded|rated|agreed)\b"
            r"|\bagreed on (?:the )?(?:advice|statements?|recommendations?)\b",
            3,
        ),
    ],
    # Interviews or focus groups read for themes: what people said, not how many or what works.
    StudyDesign.QUALITATIVE: [
        (r"\bqualitative (?:study|research|design|interview|methods?|approach|analysis|data)\b", 5),
        (r"\b(?:semi-?structured|in-depth|qualitative|face-to-face|telephone) interviews?\b", 5),
        (r"\bfocus groups?\b", 4),
        (
            r"\b(?:reflexive )?thematic(?:ally)? analy[sz]\w*|\binterpretative phenomenolog\w*"
            r"|\bgrounded theory\b|\bframework analysis\b|\bconstant comparison\b"
            r"|\banaly[sz]ed (?:\w+ )?thematically\b",
            5,
        ),
        # "We interviewed 18 adults", "Twenty nurses were interviewed": people asked in depth
        (
            r"\bwe interviewed (?:[\w-]+ ){0,3}?(?:\d+|people|patients|participants|adults|"
            r"women|men|parents|carers|caregivers|nurses|doctors|clinicians)\b"
            r"|\b(?:\d+|people|patients|participants|adults) (?:[\w-]+ ){0,4}?(?:were|was) "
            r"interviewed\b",
            4,
        ),
        (
            r"\b(?:three|four|five|six|seven|two|several|main|key|major|overarching) (?:main )?"
            r"themes\b|\bthemes? (?:were|was) (?:identified|developed|generated|constructed)\b"
            r"|\bthemes? emerged\b",
            4,
        ),
        (r"\binterviews? (?:were|was) (?:audio-?)?(?:recorded|transcribed)\b", 3),
        (r"\blived experiences?\b", 2),
    ],
    StudyDesign.NARRATIVE_REVIEW: [
        (r"\bnarrative review\b", 8),
        # the paper saying what it is ("This is a comprehensive literature review of X"): a
        # randomised study it cites made it "a single trial" (a reader's firm false)
        (
            r"\bthis (?:is|was) an? (?:comprehensive |brief |short |concise |updated |current |"
            r"critical )?literature review\b",
            8,
        ),
        (
            r"\b(?:in )?this (?:review|article|paper|chapter),? (?:we )?(?:will )?(?:summari[sz]es?"
            r"|discuss(?:es)?|describes?|highlights?|focuses|provides an overview|gives an overview"
            r"|outlines?|considers?|examines?|explores?|covers?|addresses|looks at)\b",
            4,
        ),
        # An article that says it reviews ("This article reviews past literature", "In this
        # article, we will review various treatments", "Purpose of review:"): an overview.
        (
            r"\b(?:in )?this (?:article|paper|chapter|publication),? (?:we )?(?:will |aims? to "
            r"|is to )?(?:review|reviews|reviewed)\b|\bpurpose of (?:this )?review\b",
            6,
        ),
        (r"\bareas covered\b", 4),
        (
            r"\b(?:review(?:s|ed)?|compares?) (?:the )?(?:past |recent |current |published )?"
            r"(?:literature|evidence)\b|\bwe (?:will )?analy[sz]e the (?:\w+ )?(?:evidence|"
            r"literature)\b|\bthe literature (?:indicates|suggests|shows)\b",
            2,
        ),
        (r"\bwe (?:review|discuss|summari[sz]e|highlight|outline)\b", 3),
        (r"\b(?:an |this )?overview of\b", 2),
        (r"\brecent (?:advances|progress|developments|findings)\b", 2),
    ],
    StudyDesign.DIAGNOSTIC: [
        (r"\bdiagnostic (?:accuracy|performance|value|test accuracy)\b", 5),
        # "a sensitivity of 91%", "(sensitivity 91%)", "specificity was 0.85": a test's accuracy
        (
            r"\bsensitivity and specificity\b|\bsensitivity of\b|\bspecificity of\b"
            r"|\b(?:sensitivity|specificity),?(?: (?:was|were))? \(?\d",
            4,
        ),
        (r"\b(?:positive|negative) predictive values?\b", 3),
        (r"\barea under the (?:receiver operating characteristic )?curve\b|\bauc\b", 2),
        (r"\breceiver operating characteristic\b|\broc curves?\b", 2),
        (r"\breference standard\b|\bgold standard\b|\bindex test\b", 2),
        # a test or a model that sorts people: "correctly classified 87% of patients", "raised
        # accuracy to 91%" (a trial's or a survey's words rarely say either)
        # ("correctly identified" is left out: a survey's respondents name symptoms rightly)
        (r"\bcorrectly (?:classified|diagnosed|detected|distinguished|ruled out)\b", 4),
        (r"\b(?:diagnostic|classification) accuracy\b|\baccuracy (?:was |of |to )\(?\d", 2),
        (r"\baccuracy\b", 1),
        # what it tells apart: "to tell migraine from cluster headache", "distinguish MS from NMOSD"
        (
            r"\b(?:tell|distinguish|differentiate|discriminate)\b(?: between)? [\w -]{3,60} from\b",
            2,
        ),
    ],
    StudyDesign.ECONOMIC: [
        (r"\bcost-?effective(?:ness)?\b", 3),
        (r"\bcost-?utility\b|\bcost-?benefit\b", 5),
        (r"\bqalys?\b|\bquality-adjusted life", 4),
        (r"\bincremental cost", 4),
        (r"\beconomic (?:evaluation|analysis|model)\b", 5),
        (r"\bbudget impact\b|\bmarkov model\b|\bwillingness-to-pay\b", 4),
    ],
    StudyDesign.PROTOCOL: [
        (r"\b(?:this|the) (?:is a )?(?:study |trial |review )?protocol (?:describes|for)\b", 6),
        (r"\bthis is (?:a|the) protocol\b|\bstudy protocol\b|\btrial protocol\b", 5),
        (
            r"\b(?:will|shall) be (?:\w+ly )?(?:randomi[sz]ed|recruited|enrolled|assessed|measured"
            r"|collected|analy[sz]ed|included|allocated|followed|assigned|conducted|invited|used"
            r"|selected)\b",
            2,
        ),
        (r"\bthe (?:primary|main) outcome will\b|\bwe will\b", 2),
        (r"\btrial registration\b", 1),
        # a paper that sets out a study still to be run: "we describe the protocol of a trial",
        # "rationale and design of ...", "the trial will enrol 160 children", "results are
        # expected in 2029"
        (
            r"\b(?:describes?|describing|presents?|outlines?|reports?) (?:the|a|our) "
            r"(?:\w+ ){0,2}protocol\b|\bthe protocol of (?:a|an|the|this|our)\b"
            r"|\brationale and design\b|\bdesign and rationale\b",
            6,
        ),
        (
            r"\b(?:will|shall) (?:\w+ly )?(?:enrol|enroll|recruit|randomi[sz]e|include|compare|"
            r"test|evaluate|assess|examine|measure)\b",
            2,
        ),
        (r"\bwe will (?:\w+ )?search\b|\bwill be searched\b", 4),
        (
            r"\bresults (?:are|will be) expected\b|\bresults will be (?:published|reported|"
            r"disseminated|shared|presented)\b",
            3,
        ),
    ],
}
