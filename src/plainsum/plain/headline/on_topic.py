"""Whether a headline names what the paper studied: the treatment, exposure or condition of its aim.

"There is no clear effect on outcome after discharge from hospital" or "The trials ran from June
2005 to April 2012" read alone never say what was studied, though the paper's aim names it
("... magnesium sulphate for preventing eclampsia"). A headline that shares no key word with the
aim is ranked below one that does. An aim that names nothing of its own ("The review authors
also wanted to check benefits and side effects") judges nothing.
"""

from __future__ import annotations

import re

from ..results import key_terms

# Words of an aim that name no treatment, exposure or condition ("wanted to check the effects").
_AIM_FILLER = frozenset(
    key_terms(
        [
            "wanted looked check checked find assess assessed measure measured examine examined "
            "compare investigate investigated determine explore explored review describe "
            "prevention preventing treating reducing improving managing management harm "
            "safety side tolerability harms long-term short-term term common different various "
            "types kinds methods approaches interventions options care outcomes outcome"
        ]
    )
)
OFF_TOPIC_COST = 12.0  # more than one place down the authors' conclusions


def aim_terms(aims: list[str]) -> frozenset[str]:
    """The key words of the paper's aim that name what it studied (empty when it names none)."""
    return key_terms(aims) - _AIM_FILLER


# A key term's inflection, as its six-letter stem keeps it ("walkin", "walked", "scores"): the
# aim's "walking programme" and a result's "walked 38 metres further" name one thing.
_INFLECTED = re.compile(r"(?:in|ed|es|e|s)$")


def _loose(terms: frozenset[str]) -> set[str]:
    return {t if len(bare := _INFLECTED.sub("", t)) < 4 else bare for t in terms}


def off_topic(text: str, about: frozenset[str]) -> bool:
    """Whether `text` names nothing of what the paper studied (`about`, from `aim_terms`), in
    any inflection."""
    return bool(about) and not _loose(key_terms([text])) & _loose(about)
