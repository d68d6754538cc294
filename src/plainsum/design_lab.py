"""Lab words with no experiment: a paper whose design cues are the lab's ("in vitro",
"proteins", "receptors") but which reports no work of its own, as an overview of a treatment's
known actions does ("Liquorice in vitro inhibits the virus's replication ... In clinical
studies, the capsules shortened hospital stays."). Called a lab study, its summary would say
"This was a lab study." of a literature review: false. Its design is not known, so the summary
says none rather than a wrong one.

A lab paper reports what was done or found: a past-tense method or result ("cells were
cultured", "was measured"), "we" with a past verb ("we grew", "we found"), or its own results
("our data", "these experiments").
"""

from __future__ import annotations

import re

_OWN_WORK = re.compile(
    r"\b(?:we|were|was|had been|have been|has been)\s+(?:\w+ly\s+)?(?:grew|grown|cultured|"
    r"cultivated|incubated|treated|exposed|transfected|stained|infected|isolated|purified|"
    r"measured|analy[sz]ed|examined|tested|used|performed|carried out|generated|identified|"
    r"found|showed|observed|detected|determined|assessed|investigated|studied|constructed|"
    r"developed|designed|characteri[sz]ed|compared|screened|sequenced|quantified|evaluated|"
    r"established|produced|obtained|collected|demonstrated|revealed)\b"
    # any past passive or "we" with a past verb ("was tagged", "we co-expressed")
    r"|\b(?:was|were) (?:\w+ly )?[\w-]+ed\b"
    r"|\bwe (?:\w+ )?(?:[\w-]+ed|show|report|find|found|demonstrate|describe|present|identify|"
    r"use)\b"
    r"|\b(?:our|these) (?:results|data|findings|experiments)\b",
    re.I,
)


def reports_no_experiment(text: str) -> bool:
    """Whether `text` says nothing was done or found by the paper itself (see the module)."""
    return _OWN_WORK.search(text) is None
