"""Facts parsed from the paper for the sentences an offline draft builds from them: how many
studies a review included and how many people, how many people a study enrolled, how far a
review's search went. Each fact keeps the source sentence it was read from, and is quoted
exactly as written there."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import caseless
from ..prefilter import search
from ..schemas import StudyDesign
from .number_words import count_value
from .numbers import COUNT, described_people_count, drop_brackets
from .populations import who_had
from .search_dates import latest_date
from .sentences import Role
from .simplify import HARD_MAX_WORDS, strip_label
from .source import SourceSentence


@dataclass(frozen=True)
class Fact:
    """A sentence built from parsed facts, and the source sentence they came from."""

    text: str
    source: int
    # For a count of a review's studies: the count and noun as written ("two", "trials") and
    # the people they held ("123 patients"), for the limitations to say how little there was.
    count: str | None = None
    what: str | None = None
    people: str | None = None
    # the sentence after `source` when the people were said there ("We found six trials. These
    # trials included 937 people.")
    people_source: int | None = None

    @property
    def sources(self) -> tuple[int, ...]:
        """The source sentences the fact was read from."""
        return (self.source,) if self.people_source is None else (self.source, self.people_source)


# The words for the people a study took in, after their count ("1700 participants", "135 women").
_WHO = r"(?:participants|patients|people|persons|individuals|adults|children|women|men|infants)"
# "were included", "was randomly enrolled": the people taken in, said after their count.
_WERE_TAKEN_IN = r"(?:were|was) (?:[a-z]+ly )?(?:included|enrolled|recruited|studied)"


# The same with the verb said as done, and a count of people after it: "Four studies enrolled
# approximately 1700 participants" (only the first sentence of the results: "Seven studies
# recruited 903 healthy adults, the others people with high blood pressure" further on is a part).
_OPENING_DID = re.compile(
    rf"^(?P<n>{COUNT})\s+(?:(?:randomi[sz]ed|controlled|clinical|eligible|relevant|small|large)"
    r"\s+){0,3}(?P<what>trials|studies|RCTs)\s+(?:enrolled|involved|included|recruited)\s+"
    rf"(?=(?:a total of|about|approximately|around|over|more than|nearly|almost)?\s*{COUNT}\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_WHO}\b)",
    re.I,
)
_INCLUDED = re.compile(
    # "We screened 4226 titles to yield seven RCTs with a total of 840 participants"
    rf"\b(?:we |the review )?(?:included|identified|found|includes|include|located|"
    rf"(?<=we )(?:reviewed|evaluated)|(?:to )?yield(?:ed|ing)?)"
    # ("We included in the review three trials enrolling 148 neonates")
    rf"(?:\s+in (?:the|this) review)?\s+(?:a total of\s+)?"
    # "We included four of nine trials": the first number is what was kept
    rf"(?P<n>{COUNT})(?:\s+(?:out\s+)?of\s+(?:the\s+)?{COUNT})?\s+(?:(?:randomi[sz]ed|controlled|clinical|eligible|relevant|"
    r"cross-?over|parallel|quasi-randomi[sz]ed|placebo-controlled|new|primary|small|large|"
    # (kinds listed with commas: "three single-centre, two-arm RCTs", "four open-label,
    # two-armed randomised controlled trials", "three prospective, randomised studies")
    r"single-cent(?:re|er)|multi-?cent(?:re|er)|open-label|prospective|\w+-arm(?:ed)?),?\s+){0,4}"
    r"(?P<what>trials?|stud(?:y|ies)|RCTs?)\b"
    rf"|\b(?P<n2>{COUNT})\s+(?:(?:randomi[sz]ed|controlled|control|clinical|eligible|relevant|"
    r"double-blind(?:ed)?|single-blind(?:ed)?|placebo-controlled|cluster-randomi[sz]ed|small|"
    r"large|heterogeneous|primary)\s+){0,3}"
    # ... not "Of eleven studies identified, three ... were included": eleven were found
    # (nor "Of 2609 relevant studies, 16 RCTs met our inclusion criteria": a second count)
    r"(?P<what2>trials|studies|RCTs)(?:[ ,](?:(?!\b(?:were|was|and|of which|identified|found|"
    rf"screened|retrieved|assessed|located)\b|\b{COUNT}\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:trials|studies|RCTs)\b)[^.;]){0,60}?)?"
    r" (?:(?:were|met|are|have been) (?:finally )?(?:found to be )?(?:included|eligible|identified|"
    r"the)"
    # "Ten trials with a total of 4052 participants fulfilled our inclusion criteria"
    # "Six trials fulfilled entry criteria", "Three RCTs met our inclusion criteria"
    r"|(?:fulfill?ed|satisfied|met) (?:all (?:of )?)?(?:our |the )?(?:inclusion|eligibility|"
    r"selection|entry) criteria"
    # "Four trials fulfilled the criteria for inclusion"
    r"|(?:fulfill?ed|satisfied|met) (?:all (?:of )?)?(?:our |the )?criteria for (?:inclusion|entry)"
    # "a final count of 20 studies remained for analysis"
    r"|remained (?:for|in) (?:the )?(?:final )?(?:analysis|review)"
    # "Fourteen trials contributed to this review (753 participants)"
    r"|contributed (?:data |information |results )?to (?:this|the) review\b)"
    # "A systematic review of 16 randomised controlled trials was undertaken.", "We conducted
    # a meta-analysis of 9 randomized controlled trials" (never "A meta-analysis of two trials
    # showed ...": one comparison of a review's)
    r"|\b(?:(?:systematic )?review(?: and meta-analysis)?|(?:conducted|performed|undertook|did|"
    rf"carried out) a meta-analysis) of (?P<n3>{COUNT})\s+"
    r"(?:(?:randomi[sz]ed|controlled|clinical|eligible|relevant|placebo-controlled)\s+){0,3}"
    r"(?P<what3>trials|studies|RCTs)\b"
    # "Only one study met our inclusion criteria, involving 1106 patients": one, said so where
    # the sentence opens (not "... two studies of which ... one study was included where X")
    r"|(?:^|(?<=: )|(?<=^only )|(?<=: only ))(?P<n6>one)\s+"
    r"(?:(?:randomi[sz]ed|controlled|clinical|eligible|relevant|small|large|"
    r"placebo-controlled)\s+){0,3}(?P<what6>trial|study|RCT)\s+(?:(?:was|has been) (?:finally )?"
    r"(?:included|eligible)|(?:fulfill?ed|satisfied|met) (?:all )?(?:our |the )?(?:inclusion|"
    r"eligibility|selection|entry) criteria)\b"
    # "Only one trial including 75 people, randomised to ..., contributed information to this
    # review": the review's one trial, however long the aside before its verb
    r"|(?<=^only )(?P<n7>one)\s+(?:(?:randomi[sz]ed|controlled|clinical|small|large)\s+){0,2}"
    r"(?P<what7>trial|study|RCT)\b[^.;]{0,250}?\bcontributed (?:information|data|evidence|"
    r"results) to (?:this|the) review\b"
    # "The three studies involved 271 people in total": the studies the review holds, counted
    # again with their people and said to be all of them
    rf"|^(?:The|These|All) (?P<n8>{COUNT})\s+(?:(?:included|randomi[sz]ed|eligible)\s+)?"
    r"(?P<what8>trials|studies|RCTs) (?:together )?(?:involved|included|enrolled|recruited)\s+"
    rf"(?=a total of\s+{COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_WHO}\b"
    rf"|{COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_WHO} (?:in total|in all|altogether)\b)"
    # "Ten random or quasi-random controlled trials reported on a total of 1896 patients": a
    # sentence that opens with the count and says its people were the whole ("a total of")
    rf"|^(?P<n9>{COUNT})\s+(?:(?:randomi[sz]ed|random|quasi-random(?:i[sz]ed)?|controlled|"
    r"clinical|eligible|relevant|included|primary|small|large)(?:\s+(?:or|and))?\s+){0,4}"
    r"(?P<what9>trials|studies|RCTs) (?:reported on|involved|included|enrolled|recruited) "
    rf"(?=a total of\s+{COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_WHO}\b)"
    # "The review included 516 participants from three RCTs": the people said first
    rf"|\b(?:we|the review) included (?:a total of )?(?={COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_WHO} "
    rf"from (?P<n10>{COUNT})\s+(?:(?:randomi[sz]ed|controlled|clinical|eligible|primary)\s+)"
    r"{0,2}(?P<what10>trials|studies|RCTs)\b)"
    # "Of eleven studies identified, three (354 participants) were included."
    rf"|\bOf (?:the )?{COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?P<what4>trials|studies|RCTs)"
    r"(?:\s+(?:initially\s+)?(?:identified|found|screened|retrieved|assessed|located)"
    r"(?:\s+for eligibility)?)?,\s*(?:only\s+)?"
    rf"(?P<n4>{COUNT})(?:\s+(?:[\w-]+\s+){{0,2}}?(?P<what5>trials?|stud(?:y|ies)|RCTs?))?"
    r"(?:\s+with\s+[^.;,]{0,40}?)?\s+"
    r"(?:were|was|met)\s+(?:finally\s+)?(?:included|eligible|the|our)\b",
    re.I,
)
# "Sixteen studies were identified ..., six of which were included": the six were kept.
_FOUND_VERB = r"(?:identified|found|screened|retrieved|assessed|located)"
_OF_WHICH = re.compile(
    rf"(?:\b{_FOUND_VERB}\s+(?:[\w-]+\s+){{0,3}}?(?P<what>trials|studies|RCTs)\b[^.;,]{{0,60}}?"
    rf"|\b(?P<what2>trials|studies|RCTs)\b[^.;,]{{0,30}}?\b{_FOUND_VERB}\b[^.;,]{{0,40}}?)"
    # ("Eleven studies were identified of which five, involving 247 infants, were included";
    # "We identified 42 trials of which eight (350 people) that examined X are included")
    r"(?:,\s*(?:and\s+)?|\s+(?=of (?:which|these|them)\b))"
    rf"(?:(?P<n>{COUNT}) of (?:which|these|them)|of (?:which|these|them),?\s*(?P<n5>{COUNT}))"
    r"(?:\s+(?:trials|studies|RCTs))?"
    r"(?:,\s*(?:involving|including|with)\s+[^.;,()]{1,40},|\s+with\s+[^.;,()]{1,40}?"
    r"(?:\s+(?:that|which|who)\s+[^.;,()]{1,60}?)?)?"
    r"\s+(?:were|was|are|is|met)\s+(?:finally\s+)?"
    r"(?:included|eligible|the\s+(?:\w+\s+)?(?:inclusion|eligibility|selection))\b",
    re.I,
)
# Two kinds of studies counted apart and no total: "Twenty-six placebo-controlled studies and
# thirteen comparative studies met the selection criteria", "We included four cross-over trials
# and six cohort studies". Both counts are said, as written; never one of them as the whole.
_KIND = rf"{COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:trials|studies|RCTs)"
_TWO_KINDS = re.compile(
    rf"^(?:In total,? |Overall,? )?(?P<a>{_KIND}) and (?P<b>{_KIND}) (?:were (?:finally )?included"
    r"|(?:fulfill?ed|satisfied|met) (?:all )?(?:our |the )?(?:inclusion|eligibility|selection|"
    r"entry) criteria)\b"
    rf"|\b(?:[Ww]e|[Tt]he review) included (?P<a2>{_KIND}) and (?P<b2>{_KIND})\b(?! and)",
    re.I,
)
# The first sentence of a review's results that opens with its count: "Five studies involving
# 3231 people evaluated ..." (only there: later, "Two studies involving 300 people ..." is a part).
# ("Fifteen heterogeneous trials, involving 1022 adults with ..., were included")
_OPENING_COUNT = re.compile(
    rf"^(?:In total, |Overall, )?(?P<n>{COUNT})\s+(?:(?:randomi[sz]ed|controlled|clinical|"
    r"eligible|relevant|heterogeneous|small|large)\s+){0,3}(?P<what>trials?|stud(?:y|ies)|RCTs?)"
    # ("Nine RCTs, one with two reports, (N = 531 participants) investigated ...": an aside)
    r"(?:,\s*[^,;.()\d]{1,40},)?"
    r",?\s+(?:involving|including|"
    rf"enrolling|with)\s+(?:a total of\s+)?(?=\S+\s+(?:[\w-]+\s+){{0,2}}{_WHO}\b)",
    re.I,
)
# "(123 patients)" after a count of trials: the people they held, said in brackets.
# "(involving 135 women with mild pre-eclampsia)": what follows the people says who they were.
_BRACKETED_PEOPLE = re.compile(
    rf"\s*\((?:n\s*=\s*|involving\s+|including\s+|with\s+)?(?P<people>{COUNT}\s+"
    rf"{_WHO})(?:[\s,][^()]*)?\)",
    re.I,
)
# Words between a count of trials and a count of people that make the people a part of them:
# "24 trials were included, but only 16 (10,114 women) had data" (10,114 were not in all 24).
_APART = re.compile(
    r"\bbut\b|\bonly\b(?! (?:a |one |two |three )?\S+ (?:\w+ ){0,3}(?:trials|studies|RCTs)\b)"
    r"|\bof (?:which|these|them|whom)\b|;|\bwhile\b|\bwhereas\b"
    # "Nine trials were identified, and four (520 people) ...": the people are the four's
    rf"|,\s*and\s+(?:only\s+)?{COUNT}\b"
)
# A smaller number kept after a count found: "Nine trials were identified, and four met the
# criteria", "We found 30 studies, of which 8 were included". The found count is not what the
# review included; without a count read as kept, the draft says none.
_KEPT_LATER = re.compile(
    # ("... which, with the six from the database search, led to 10 studies being included")
    rf"\b{COUNT}\b(?!\s+(?:[\w-]+\s+)?{_WHO}\b)[^.;]{{0,60}}?\b(?:were|was|met|could be|can be|"
    r"being)\s+"
    r"(?:finally\s+)?"
    r"(?:included|eligible|"
    r"the\s+(?:\w+\s+)?(?:inclusion|eligibility|selection)?\s*criteria)",
    re.I,
)
# A further count between a review's count and its people: the people are that part's, not all
# the studies' ("We included 12 studies: five gave data for pooling (640 participants)").
# A count of studies there, or any count after a colon (a breakdown); never a count of papers,
# comparisons or years ("19 trials reported in 27 papers with 1453 participants").
_PART_COUNT = re.compile(
    rf":\s*(?:only\s+)?{COUNT}\b"
    rf"|\b{COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:trials|studies|RCTs|NRSs|cohorts)\b",
    re.I,
)
# "We included four cross-over studies and six cohort studies": the first count is a part.
# ("We located 32 studies addressing X and 66 surveys of Y": the surveys are studies too)
_AND_MORE = re.compile(
    rf"(?:\s*,|[^.;,:\d]{{0,40}}?)\s+and\s+{COUNT}\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:trials|studies|RCTs|NRSs|cohorts|surveys|audits)\b",
    re.I,
)
# A count of a part of the review's studies, said as if it were all of them: those that went
# into a pooled analysis ("only four RCTs ... were eligible for meta-analysis"), or those done in
# one group of people ("four trials conducted in young adults were included"), or those that
# gave data on some outcomes ("three trials ... were included in analyses of efficacy outcomes").
_SUBSET = re.compile(
    r"\b(?:eligible for|included in|entered|used in|contributed to|available for) (?:the |a )?"
    r"(?:meta-?analys[ie]s|pooled analys[ie]s|pooling|quantitative (?:analysis|synthesis)"
    # "Three trials involving 1243 patients were included in analyses of efficacy outcomes"
    r"|analys[ie]s (?:of|for) (?:the )?(?:[\w-]+ ){0,4}?(?:outcomes?|end-?points?))\b"
    r"|\s*(?:in|into|for) (?:the |a )?(?:meta-?analys[ie]s|pooled analys[ie]s|pooling"
    r"|analys[ie]s (?:of|for) (?:the )?(?:[\w-]+ ){0,4}?(?:outcomes?|end-?points?))\b"
    r"|\b(?:conducted|carried out|done|performed|run)\s+(?:in|among|with|on)\b|\bamong\b"
    r"|\bin (?:the )?(?:children|adolescen\w+|young|older|elderly|women|men|infants|"
    r"teenagers|pregnan\w+)\b",
    re.I,
)
# A group of the review's studies as the subject of "included": "Pure prevention cohorts
# (Group 1) included 49 studies" counts one group's studies, not the review's.
_GROUP_SUBJECT = re.compile(
    r"\b(?:cohorts?|groups?|subgroups?|arms?|comparisons?|categor(?:y|ies))\b[^,;:]*$", re.I
)
# "involving 120 families and 143 children", "273 patients with X and 103 controls": people
# counted with another group joined by "and" are one of two groups, never the whole.
_GROUP = (
    r"(?:families|parents|carers|caregivers|mothers|fathers|partners|couples|households|controls|"
    rf"cases|volunteers|{_WHO})"
)
_JOINED_COUNT = re.compile(rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_GROUP}\s+and\s+$", re.I)
_AND_COUNT_AFTER = re.compile(
    rf"(?:\s+[\w-]+){{0,4}}?\s+and\s+{COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_GROUP}\b", re.I
)
# "with a total of 296 participants for drug A, 2036 for drug B": the first count of a breakdown.
_ONE_OF_A_BREAKDOWN = re.compile(
    rf"\s+(?:for|in|on|with) [^,;.()]{{1,40}},\s*(?:and\s+)?{COUNT} (?:for|in|on|with)\b"
)
# ... in a study of its own: "We recruited 132 patients who were using antidepressants and 58
# healthy controls" took in two groups; 132 is never the study's size.
_SECOND_GROUP = re.compile(
    rf"[^.;]{{0,80}}?\band\s+{COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_GROUP}\b", re.I
)
# "We followed 412 people with X ... and compared them with 4,120 people with Y": a second group
# counted later in the sentence, set against the first: the first is not the whole study.
_COMPARED_COUNT_AFTER = re.compile(
    rf"\b(?:compared (?:them|these|those|this group|with)|versus|vs\.?|against)\b[^.;]{{0,30}}?"
    rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,3}}?{_GROUP}\b",
    re.I,
)
# "The control group included 207 patients": the count of one arm or comparison group (said
# after its name) is a part of the study, never its whole ("the study group" is the whole).
_ONE_GROUP_BEFORE = re.compile(
    r"\b(?!study\b)[\w-]+ (?:group|arm|cohort)s? (?:included|enrolled|involved|comprised|"
    r"consisted of|was made up of)\s+"
    r"(?:(?:a|an|the|all|some|about|approximately|over|nearly)\s+)?$",
    re.I,
)
# "over 17,000 women": the people's count is said with its hedge, never as exact.
_ABOUT = re.compile(
    r"\b(?P<about>over|more than|nearly|almost|about|approximately|around|roughly|at least)\s+$",
    re.I,
)
# "305 patients in the intervention groups and 288 in the control groups": one arm's people.
# ("131 patients in each of the early and deferred treatment groups": one group's, not all)
_ONE_ARM = re.compile(
    r"\s+(?:were\s+)?(?:(?:in|to)\s+the\s+[\w\s-]{0,30}?\b(?:groups?|arms?)\b"
    r"|(?:in|per|for)\s+each\b|per\s+(?:group|arm)\b)",
    re.I,
)
# "Seven trials ... were found and six were included": the opening count is not what was kept.
_NOT_ALL_KEPT = re.compile(
    r"\b(?:found|identified|screened|retrieved|assessed for eligibility|excluded)\b"
    r"|\bof (?:which|these|them)\b",
    re.I,
)
_FOUND_ONLY = re.compile(
    r"\b(?:identified|found|located|yield(?:ed|ing|s)?)\s+(?:a total of\s+)?\S+\s+"
    r"(?:\w+\s+){0,3}(?:trials|studies|RCTs)\b"
    # ("Twelve trials, involving 940 adults, were identified": an aside between)
    r"|\b(?:trials|studies|RCTs)(?:,[^,;.]{1,120},)? (?:were|was) identified\b",
    re.I,
)
# (a short form of the condition may stand among the words before them: "104 adult RRMS patients",
# "120 MS patients"; the count is still of the people)
_PEOPLE = re.compile(
    rf"\b(?P<n>{COUNT})\s+(?:(?:adult|older|eligible|consecutive|healthy|randomi[sz]ed|female|"
    r"male|pregnant|(?-i:[A-Z][A-Z0-9]{1,5}))\s+){0,2}(?P<who>participants|patients|outpatients|"
    r"inpatients|people|persons|individuals|adults|children|women|men|infants|volunteers|"
    r"subjects)\b",
    re.I,
)
# The word that says the people took part, right before their count ("enrolled 120 patients",
# "a total of 50 adults"; never a comparison group's "matched with 570 children"): one further
# back belongs to another phrase ("Among 51 patients with low levels, fifteen subjects received
# ...": fifteen were a part of them).
_ENROLLED = re.compile(
    r"\b(?:included|enrolled|recruited|randomi[sz]ed|involv\w*|total of|studied|"
    # "with", but not the other group's count: "193 cases were matched with 570 controls"
    r"(?<!matched )(?<!compared )(?<!paired )(?<!contrasted )(?<!versus )with|"
    r"followed|assigned|allocated)\s+(?:(?:a|an|the|all|some|about|approximately|over|"
    r"nearly)\s+)?$",
    re.I,
)
# "Each patient was matched by age and sex with 10 people from the general population": the
# count after "matched ... with" is the comparison group's (here per patient), never the
# study's size, however many words say how they were matched.
_MATCHED_WITH = re.compile(
    r"\b(?:matched|paired|compared|contrasted)\b(?:\s+[\w,-]+){0,6}?\s+(?:with|to)\s+"
    r"(?:(?:a|an|the|about|approximately|over|nearly|up to)\s+)?$",
    re.I,
)
_TOOK_PART = r"(?:included|enrolled|recruited|randomi[sz]ed|studied|followed|assigned|allocated)"
_WERE_ENROLLED = re.compile(rf"(?:\s+[\w-]+){{0,6}}?\s+(?:were|was) {_TOOK_PART}\b")
# A sentence too long to show ("In this phase 3 trial, 1,480 adults with relapsing MS were
# randomly assigned to ... for up to 30 months"): its count is the only way the draft says how
# many took part, so who they were may take a dozen plain words and the verb an adverb (never a
# comma: "Of 300 patients screened, 120 were randomised" counts the 120, not the 300). A
# sentence short enough is shown whole and says more than its count.
_WERE_ENROLLED_LONG = re.compile(
    rf"(?:\s+[\w-]+){{0,12}}?\s+(?:were|was) (?:[a-z]+ly )?{_TOOK_PART}\b"
)
_OPENING_ENROLLED = re.compile(rf"(?:\s+[\w-]+){{0,12}}?\s+{_WERE_TAKEN_IN}\b")
# The same after a count that opens the sentence, with who they were said between commas, or
# "took part": "Forty patients with X, aged 22 to 50, participated in the trial and were ...".
# (no other verb between, and no second count of people joined by "and")
_OPENING_TOOK_PART = re.compile(
    rf"(?:(?!\b(?:were|was|had|have|are|is)\b|\band {COUNT}\s+(?:[\w-]+\s+)?"
    rf"(?:controls|volunteers|subjects|{_WHO})\b)[^.;]){{0,100}}?\s"
    rf"(?:participated|took part|{_WERE_TAKEN_IN})\b",
    re.I,
)
# "Twenty one eligible studies": a number in words written without its hyphen, read whole
# ("twenty-one"), never as its last word.
_TENS = re.compile(
    r"\b((?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)) "
    r"((?i:one|two|three|four|five|six|seven|eight|nine))\b(?! (?i:hundred|thousand)\b)"
)
# "Twenty one studies", "Two hundred six women": the count read from "one" or "six" is the end
# of a number written in words, and false.
_NUMBER_BEFORE = re.compile(
    r"\b(?:hundred|thousand|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: and)?[\s-]+$",
    re.I,
)
# "The new search identified fifteen trials. Three trials were eligible for inclusion.": the
# count after an update's search is what it added (CD004379 said "three trials" of its ten).
# (never "We included no new trials in this update.": the total comes next)
_UPDATE_SEARCH = re.compile(
    r"\b(?:new|updated?|latest|recent) search(?:es)? (?:\w+ )?(?:identified|found|yielded|"
    r"retrieved|located)\b",
    re.I,
)
# A smaller count kept, said in the sentence after the one that says what the search found:
# "The searches identified 29 trials. Four included trials provide results." (29 were found,
# not included; with no count read as kept, the draft says none).
_KEPT_NEXT = re.compile(
    rf"^(?:Of (?:these|them|those|which),?\s*)?(?:only\s+)?{COUNT}\s+(?:of (?:these|them)\s+)?"
    r"(?:(?:included|eligible)\s+(?:[\w-]+\s+)?(?:trials|studies|RCTs)\b"
    r"|(?:[\w-]+\s+){0,2}?(?:were|was)\s+(?:finally\s+)?(?:included|eligible)\b)",
    re.I,
)
# An update's added trials: "We included one new trial in this updated review".
_NEW_ONLY = re.compile(r"\b(?:new|additional|further)\b", re.I)


# "All six studies were excluded", "Therefore no trials are included in this review": the studies
# found were not taken in.
_LEFT_OUT_NEXT = re.compile(
    r"^(?:All|Both|These|The|Each of the) (?:[\w-]+ )?(?:studies|trials|RCTs) (?:were|was) "
    r"(?:\w+ )?excluded\b",
    re.I,
)
_NONE_INCLUDED = re.compile(
    r"\bno (?:[\w-]+ )?(?:trials|studies|RCTs) (?:are|were|could be) (?:\w+ )?included\b"
    r"|\bno (?:[\w-]+ )?(?:trials|studies|RCTs) (?:met|fulfill?ed|satisfied) (?:the |our )?"
    r"(?:\w+ )?criteria\b",
    re.I,
)
# A set of studies found or identified ("We identified one study comparing X with Y", "Four RCTs
# were identified for vitamin A"), one study too, never none ("We found no trials of X").
_FOUND_SET = re.compile(
    rf"\b(?:identified|found|located)\s+(?:a total of\s+)?(?!no\b){COUNT}\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:trials?|stud(?:y|ies)|RCTs?)\b"
    rf"|\b{COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:trials?|stud(?:y|ies)|RCTs?)"
    r"(?:,[^,;.]{1,120},)? (?:were|was) identified\b",
    re.I,
)
# ... said to be taken in ("We identified one RCT that fulfilled the inclusion criteria. We
# identified four other studies but these were not RCTs.": the one is the review's)
_SAID_TAKEN_IN = re.compile(
    r"\b(?:included|eligible|for inclusion|(?:fulfill?ed|met|satisfied|meeting|fulfilling) "
    r"(?:all )?(?:the |our )?(?:[\w-]+ )?(?:inclusion|eligibility|selection|entry) criteria)\b",
    re.I,
)
# "We found three RCTs, but only two of them had the follow-up required": fewer kept
_ONLY_SOME = re.compile(rf"\bbut only {COUNT} (?:of (?:them|these|those|which))\b", re.I)
# ... that the review does not hold: still running, awaiting a decision, or left out
_NOT_HELD = re.compile(r"\b(?:ongoing|awaiting|excluded)\b", re.I)


def _not_the_whole(index: int, found: list[int], by_index: dict[int, str]) -> bool:
    """Whether studies a review's sentence `index` says it found or identified are not what it
    holds: the sentence after it says they were left out ("We identified six trials as
    potentially eligible. All six studies were excluded."), the paper says it included none, or
    another sentence of its results counts another set found, neither said to be included ("We
    identified one study comparing X with Y. We found three RCTs, ..."; "Four RCTs were
    identified for vitamin A. One RCT was identified for zinc.": each is a part)."""
    if _LEFT_OUT_NEXT.match(strip_label(by_index.get(index + 1, ""))):
        return True
    if any(_NONE_INCLUDED.search(text) for text in by_index.values()):
        return True
    said = by_index.get(index, "")
    if _ONLY_SOME.search(said):
        return True
    return index in found and len(found) > 1 and not _SAID_TAKEN_IN.search(said)


# The people of a review's studies said in the sentence after their count: "These RCTs included
# 937 participants", "The studies included a total of 12,400 participants", "In total, the
# studies involved 1130 participants", "A total of 272 MS patients were studied".
_THEIR_PEOPLE = re.compile(
    r"^(?:(?:In total|Together|Altogether),?\s+)?(?:(?:These|The|All(?: the)?)\s+"
    rf"(?:(?P<k>{COUNT})\s+)?(?:(?:included|eligible|randomi[sz]ed)\s+)?(?:trials|studies|RCTs)"
    # ("Four trials fulfilled the criteria. They comprised a total of 244 women.")
    r"|They)\s+"
    r"(?:together\s+)?(?:included|enrolled|involved|recruited|randomi[sz]ed|had|comprised)\s+"
    rf"(?:a total of\s+)?(?P<about>(?:about|approximately|around|over|more than|nearly|almost)\s+)?"
    rf"(?P<n>{COUNT})\s+(?:[\w-]+\s+){{0,2}}?(?P<who>{_WHO})\b"
    rf"|^(?:A total of|In total,?|Altogether,?)\s+(?P<n2>{COUNT})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<who2>{_WHO}) (?:were|was) (?:included|studied|enrolled|recruited|randomi[sz]ed)\b"
    r"(?! (?:to|into) (?!(?:the|these) (?:trials|studies)\b))",
    re.I,
)


def _people_after(n: str, after: str) -> tuple[str, str | None] | None:
    """The people of a review's `n` studies as the sentence `after` their count says them
    ("These studies enrolled 275 patients"): as told ("about 900 people with asthma") and as
    exact (None when hedged); None when it says none, or only a part of them (one group, one
    arm, a breakdown, another count of studies than `n`)."""
    text = drop_brackets(strip_label(after))
    m = _THEIR_PEOPLE.match(text)
    if m is None:
        return None
    if m["k"] and count_value(m["k"]) != count_value(n):
        return None  # "The three trials ..." after "We found five trials": a part
    key = "n" if m["n"] else "n2"
    end = m.end("who" if m["n"] else "who2")
    if (
        _NUMBER_BEFORE.search(text, 0, m.start(key))
        or _ONE_ARM.match(text, end)
        or _AND_COUNT_AFTER.match(text, end)
        or _ONE_OF_A_BREAKDOWN.match(text, end)
    ):
        return None
    held = f"{_count(m[key])} {_who(m['who'] or m['who2'])}"
    told = f"{m['about'].strip().lower()} {held}" if m["about"] else held
    return told + who_had(text, end), None if m["about"] else held


def _count(n: str) -> str:
    return n if n[0].isdigit() else n.lower()


def _who(word: str) -> str:
    word = word.lower()
    return "people" if word in ("participants", "individuals", "persons", "subjects") else word


def _two_kinds(text: str) -> str | None:
    """Two kinds of studies a review included, counted apart ("twenty-six placebo-controlled
    studies and thirteen comparative studies"), as written; None when the sentence has no such
    pair or counts a part of the studies (those pooled, those in one group of people)."""
    m = _TWO_KINDS.search(strip_label(text))
    if m is None or _SUBSET.search(m.group(0)) or _SUBSET.match(m.string, m.end()):
        return None
    a, b = (m["a"], m["b"]) if m["a"] else (m["a2"], m["b2"])
    if _NUMBER_BEFORE.search(m.string, 0, m.start("a") if m["a"] else m.start("a2")):
        return None  # "Twenty two trials": half a number
    said = f"{a[:1].lower()}{a[1:]} and {b}"
    return re.sub(r"\bRCTs\b", "trials", " ".join(said.split()))


def _added_by_update(before: str, text: str) -> bool:
    """Whether `text` opens with a count no larger than the one the update's new search in the
    sentence `before` found ("The new search identified fifteen trials. Three trials were
    eligible ..."); a larger one after it is the review's total ("... identified four new
    trials. We included a total of 20 trials")."""
    found = _UPDATE_SEARCH.search(before)
    said = re.search(rf"\b{COUNT}\b", before[found.end() :], re.I) if found else None
    kept = re.match(rf"\s*(?:[\w-]+ )?({COUNT})\b", text, re.I)
    if said is None or kept is None:
        return False
    return count_value(kept[1]) <= count_value(said[0])


# "Two trials (184 women) studied drug A and two trials (60 women) studied drug B": a second
# count of studies later in the sentence makes the first one part's, never the review's.
_ANOTHER_PART = re.compile(
    rf"\band\s+{COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:trials|studies|RCTs)\b", re.I
)


def _opening_count(text: str, first: bool) -> re.Match[str] | None:
    """The review's count where a sentence opens with it (with the verb said as done only in the
    first sentence of the results), unless a second count of studies makes it one part's."""
    m = _OPENING_COUNT.match(text) or (_OPENING_DID.match(text) if first else None)
    return None if m is not None and _ANOTHER_PART.search(text, m.end()) else m


# "For primary therapy three RCTs were identified", "In the elderly, 2 RCTs of 664 patients":
# a count of studies said for one setting, group or use (never "In this update", "In total")
_PART_OPENING = re.compile(
    r"^(?:For|In|Among|Amongst) (?!(?:this|the|our) (?:review|update|analysis)\b|total\b|all\b|"
    rf"summary\b)[^,.;]{{3,50}}?,?\s+{COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:RCTs?|trials?|stud(?:y|ies))\b"
)


# A count said after the comparison it is of, before its verb: "The comparison of A versus B,
# which included five trials and 231 infants, ..." (CD003062 said it as the review's five
# trials with 231 infants; the review held 247)
_COMPARISON_BEFORE = re.compile(
    r"\bcomparisons? (?:of|between)\b|\bversus\b|\bvs\.?(?=\s)|\bcompared (?:with|to)\b", re.I
)
# A count of the studies that gave data for one analysis or comparison: "Overall, 16 trials (464
# participants) provided data for meta-analysis of A versus B" (CD010479: said as the review's,
# whose 25 trials gave data)
_DATA_FOR_A_PART = re.compile(
    r"\b(?:provided|gave|contributed|supplied) (?:\w+ )?data (?:for|to) (?:the |a |an |this )?"
    r"(?:[\w-]+ )?(?:meta-?analys[ie]s|analys[ie]s|comparisons?|synthesis|pooling)\b",
    re.I,
)
# ... unless the sentence says they are all the review took in ("Twelve trials ... satisfied
# inclusion criteria and contributed data to the analysis")
_SAID_TAKEN_IN = re.compile(r"\b(?:criteria|included|eligible)\b", re.I)
# A sentence opened by the comparison it reports on: "Comparison of different topical
# treatments: ...", "Antimicrobial dressings compared with other dressings: ...", "A versus B: ...".
_COMPARISON_LABEL = re.compile(
    r"^[^:.;]{0,160}?\b(?:comparisons? (?:of|between)|compared (?:with|to)|versus|vs\.?)"
    r"[^:.;]{0,160}:\s",
    re.I,
)


def _one_of_the_parts(text: str, index: int, matches: list[tuple[SourceSentence, str]]) -> bool:
    """Whether `text` counts the studies of one part of a review that counts another part's
    in a sentence of the same form: each count is a part's, the total is not said."""
    if not _PART_OPENING.match(strip_label(text)):
        return False
    return any(s.index != index and _PART_OPENING.match(strip_label(other)) for s, other in matches)


# A sentence that counts a review's studies again, as found ("The review authors found 10
# trials of X that included women with twins", "Three small studies were found that tested X"):
# beside "The review included ten trials." it says the count twice, or a second count (28
# found, 17 kept) the draft never explains. (never "included in the meta-analysis": a part)
_RECOUNT = re.compile(
    rf"^(?:The review authors|We|The authors|This review) (?:found|identified|located) "
    rf"(?:a total of )?(?P<n>{COUNT}) (?:[\w-]+ ){{0,3}}?(?:trials|studies|RCTs|reports)\b"
    rf"|^(?P<n2>{COUNT}) (?:[\w-]+ ){{0,3}}?(?:trials|studies|RCTs)(?: \([^)]*\))? "
    r"(?:were|was) (?:found|identified|located)\b",
    re.I,
)


def recounts(text: str, count: str) -> bool:
    """Whether `text` (a sentence of a review, as drafted) counts the review's studies again as
    those it found (`_RECOUNT`), as many as the draft's own `count` of them ("three"): beside
    it, it says nothing new. (A different count, "found 28" where 17 were kept, is left: it
    may be the only line that says what the studies were of.)"""
    m = _RECOUNT.match(text)
    if m is None or _SAYS_A_RESULT.search(text, m.end()):
        return False
    return count_value(m["n"] or m["n2"]) == count_value(count)


# A result said after the count ("Five trials were found, and all showed less pain").
_SAYS_A_RESULT = re.compile(
    r"\b(?:show\w*|found|reduc\w*|improv\w*|increas\w*|decreas\w*|lower\w*|higher|better|"
    r"worse|differ\w*|effective\w*|benefit\w*|harm\w*|helped|suggest\w*)\b",
    re.I,
)


def study_facts(sentences: list[SourceSentence], design: StudyDesign) -> list[Fact]:
    """Sentences stating how big the study was, built only from one source sentence each."""
    out: list[Fact] = []
    if design in (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW):
        found = latest_date([(s.index, s.text) for s in sentences])
        if found:
            out.append(Fact(f"The review authors searched for studies up to {found[0]}.", found[1]))
        # a count the paper says it included beats one it says it found or identified
        # ("We identified 28 studies. Seventeen studies ... were included.")
        matches = [
            (
                s,
                _TENS.sub(
                    r"\1-\2", drop_brackets(_BRACKETED_PEOPLE.sub(r" with \g<people>", s.text))
                ),
            )
            for s in sentences
        ]
        matches.sort(key=lambda st: search(_FOUND_ONLY, st[1]))
        first_result = next((s.index for s in sentences if s.role == Role.RESULTS), None)
        # each set of studies the results say were found (one sentence may count two)
        found_sets = [
            s.index
            for s, text in matches
            if s.role in (Role.RESULTS, Role.LIMITATION) and not _NOT_HELD.search(text)
            for _ in _FOUND_SET.finditer(text)
        ]
        by_index = {s.index: s.text for s in sentences}
        for s, text in matches:
            if _added_by_update(by_index.get(s.index - 1, ""), text):
                continue  # what an update's new search added, not what the review holds
            kinds = _two_kinds(text)
            if kinds is not None:
                out.append(Fact(f"The review included {kinds}.", s.index))
                break
            m = caseless.search(_OF_WHICH, text) or caseless.search(_INCLUDED, text)
            if m:
                said: dict[str, str] = {k: v for k, v in m.groupdict().items() if v}
                key = next(
                    k
                    for k in ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10")
                    if k in said
                )
                n = said[key]
                what = next(
                    said[k]
                    for k in (
                        *("what", "what2", "what3", "what5", "what4", "what6", "what7", "what8"),
                        *("what9", "what10"),
                    )
                    if k in said
                )
                what = what.lower()
                # (the people said before the count: read from the sentence's match)
                at = m.start() if key == "n10" else m.start(key)
                if search(_FOUND_ONLY, text) and (
                    _KEPT_LATER.search(text, m.end(key))
                    or _KEPT_NEXT.match(strip_label(by_index.get(s.index + 1, "")))
                ):
                    continue  # found, then fewer kept
                if _FOUND_SET.search(text) and _not_the_whole(s.index, found_sets, by_index):
                    continue  # found, then left out, or one of several sets found
                if _NEW_ONLY.search(m.group(0)):
                    continue  # "one new trial" of an update: not what the review holds
                if _AND_MORE.match(text, m.end()):
                    continue  # one kind of the studies, and more of another: no total
                if _NUMBER_BEFORE.search(text, 0, at):
                    continue  # "Twenty two trials": "two" is half a number; no false count
                if _SUBSET.search(m.group(0)) or _SUBSET.match(text, m.end()):
                    continue  # a part of the studies: the pooled ones, one group's
                # (read in the sentence as written: the group may be named in brackets)
                if _GROUP_SUBJECT.search(s.text, 0, max(0, s.text.find(m.group(0)))):
                    continue  # "Prevention cohorts (Group 1) included 49 studies": a part
                if _COMPARISON_LABEL.match(s.text) or _COMPARISON_BEFORE.search(text, 0, at):
                    continue  # "Comparison of A: We included eight studies ...": one
                    # comparison's count, never the review's (CD011038 said 8 of its 22 trials)
                if _one_of_the_parts(text, s.index, matches):
                    continue  # "For primary therapy three RCTs ...", then "In recurrent HGG,
                    # two RCTs ...": each part's count, never the review's
            elif (
                # the first sentence opening with a count, up to the first result: an
                # unlabelled abstract's total can sit in a sentence read as methods, and the
                # result after it is then one comparison's count
                first_result is not None
                and s.index <= first_result
                and not _NOT_ALL_KEPT.search(text)
                and (m := _opening_count(strip_label(text), s.index == first_result))
                and not (_DATA_FOR_A_PART.search(text) and not _SAID_TAKEN_IN.search(text))
            ):
                text = strip_label(text)
                n, what = m.group("n"), m.group("what").lower()
                at = m.start()
            else:
                continue
            what = "trials" if what.startswith("rct") else what
            if count_value(n) == 1:
                what = "trial" if what.startswith("trial") else "study"
            elif what in ("trial", "study"):
                continue  # "Two study arms": not a count of studies
            people = _PEOPLE.search(text, at)
            if (
                people
                and people.start() - m.end() < 60
                and not _APART.search(text, at, people.start())
                and not _PART_COUNT.search(text, m.end(), people.start())
                and not _ONE_ARM.match(text, people.end())
                and not _JOINED_COUNT.search(text, 0, people.start())
                and not _AND_COUNT_AFTER.match(text, people.end())
                and not _ONE_OF_A_BREAKDOWN.match(text, people.end())
            ):
                held = f"{_count(people['n'])} {_who(people['who'])}"
                about = _ABOUT.search(text, 0, people.start())
                told = f"{about['about'].lower()} {held}" if about else held
                told += who_had(text, people.end())  # "with malaria"
                text = f"The review included {_count(n)} {what} with {told}."
                # (a hedged count is no exact size for the limitations to weigh)
                out.append(Fact(text, s.index, _count(n), what, None if about else held))
            elif said_after := _people_after(n, by_index.get(s.index + 1, "")):
                # the people said in the sentence after the count ("These studies enrolled 275
                # patients"): the fact rests on both sentences
                text = f"The review included {_count(n)} {what} with {said_after[0]}."
                out.append(Fact(text, s.index, _count(n), what, said_after[1], s.index + 1))
            else:
                text = f"The review included {_count(n)} {what}."
                out.append(Fact(text, s.index, _count(n), what))
            break
        return out
    if design in (
        StudyDesign.TRIAL,
        StudyDesign.OBSERVATIONAL,
        StudyDesign.DIAGNOSTIC,
        StudyDesign.QUALITATIVE,
    ):
        for s in sentences:
            text = drop_brackets(s.text)
            were = _WERE_ENROLLED_LONG if len(text.split()) > HARD_MAX_WORDS else _WERE_ENROLLED
            took_in = described_people_count(text)  # "the records of 3,120 JC virus ... patients"
            for m in [took_in] if took_in else _PEOPLE.finditer(text):
                if _NUMBER_BEFORE.search(text, 0, m.start()):
                    continue
                if _ONE_GROUP_BEFORE.search(text, 0, m.start()):
                    continue
                if _MATCHED_WITH.search(text[max(0, m.start() - 80) : m.start()]):
                    continue  # the group they were matched with: never the whole
                if _SECOND_GROUP.match(text, m.end()) or _COMPARED_COUNT_AFTER.search(
                    text, m.end()
                ):
                    break  # "132 patients ... and 58 healthy controls": one group of two

                # a count that opens the sentence is its subject: who they were may take a
                # dozen words before "were included" ("128 outpatients with anxiety, as the
                # manual defines it, were included")
                # (only "were included" or "enrolled": "were randomly assigned to two groups
                # who got A or B" says more than the count, and is shown whole)
                opening = m.start() == 0
                if (
                    m is took_in
                    or _ENROLLED.search(text[max(0, m.start() - 40) : m.start()])
                    or were.match(text, m.end())
                    or (opening and _OPENING_ENROLLED.match(text, m.end()))
                    or (opening and _OPENING_TOOK_PART.match(text, m.end()))
                ):
                    n = _count(m["n"])
                    out.append(Fact(f"The study included {n} {_who(m['who'])}.", s.index))
                    return out
    return out
