"""Jargon made of everyday words: names of statistics, and terms of art that read word by word
say something else, or nothing ("area under the curve", "intention to treat", "lower urinary
tract symptoms"). The learned list keeps only phrases with a word rare in general English, so
these are named here; each is a phrase that abstracts use and human lay summaries of the same
papers replace."""

from __future__ import annotations

import re

# Names of statistics: no lay reader can read a result off them, so unexplained they are errors
# like a very rare word ("a hazard ratio of 0.7"), whatever list they are on.
STATISTIC = re.compile(
    r"\b(?:(?:hazard|odds|risk|rate|incidence) ratios?|confidence intervals?|"
    r"standard (?:deviations?|errors?)|(?:standardi[sz]ed |weighted )?mean differences?|"
    r"regression coefficients?|interquartile ranges?|p[- ]values?|propensity scores?|"
    # an effect said as a difference in risk, or one value of an interval ("the risk difference
    # was 4%": in 26 abstracts of ../shared/data, in none of their human lay summaries)
    r"risk differences?|point estimates?|"
    # an interval said to take in no effect: "the estimate crossed the null"
    r"cross(?:ed|es|ing)? the (?:line of )?null(?: line)?|"
    # a rating scale or a drug's measure named by its title: a result on it says nothing
    # to a reader who does not know what it rates or how ("pain fell 2 points on the visual
    # analogue scale", "an elimination half-life of 41 hours"); a scale is explained by what
    # it measures or its range ("pain rated on a 0-10 visual analogue scale":
    # jargon_explained). ("Expanded disability status scale" is left out: people with MS
    # know their EDSS, and an MS draft that named it lost its main finding to the repair.)
    r"visual analog(?:ue)?(?: [a-z]+)? (?:scales?|scores?)|"
    r"(?:elimination|terminal|plasma|serum) half-li(?:fe|ves))\b",
    re.I,
)


# Terms of art made of everyday words: read word by word they say something else, or nothing
# ("did not reach statistical significance" does not say there was no difference; "random
# sequence generation" is how a trial drew its groups). A warning like a learned term: the
# learned list keeps only phrases with a word rare in general English, so these are named here.
TERMS_OF_ART = re.compile(
    r"\b(?:statistical(?:ly)? (?:non-?|in)?significan(?:t|ce|tly)|random(?:i[sz]ed)? sequence "
    r"generation|(?:random|fixed)[- ]effects? (?:models?|meta-?analys[ie]s|analys[ie]s)|selective "
    r"(?:outcome )?reporting|intention[- ]to[- ]treat|(?:relative|absolute) "
    r"risks?|double[- ]blind(?:ed)?|grey literature"
    # how a trial is run and judged
    r"|allocation concealment|(?:detection|performance|attrition|reporting|selection|"
    r"publication) bias|open[- ]label|per[- ]protocol|non-?inferiority|(?:washout|wash-out|"
    r"run-in) periods?|surrogate (?:outcomes?|markers?|end-?points?)|composite "
    r"(?:outcomes?|end-?points?)|numbers? needed to (?:treat|harm)|minimal(?:ly)? clinically "
    r"important differences?|effect sizes?|(?:pooled |summary )?effect estimates?|funnel plots?|"
    r"time[- ]to[- ]event"
    # how a drug moves through the body, and conditions named by their site
    r"|area under the (?:[\w-]+ )?curves?|volumes? of distribution|concentration[- ]time "
    r"(?:profiles?|curves?|data)|(?:one|two|three)[- ]compartment(?:al)? models?|visual "
    r"predictive checks?|dose[- ]response|lower urinary tract symptoms?)\b",
    re.I,
)
