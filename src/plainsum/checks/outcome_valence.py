"""Whether a measured thing is bad to have more of (pain, relapses, side effects) or good
(quality of life, strength, healing), so that a claim said as up or down can be read against
one said as better or worse: "fatigue rose" says fatigue got worse, "reduced disability" says
disability got better, "quality of life fell" says it got worse.

A thing whose words are of both kinds, or of neither, has no valence: its up and down are
not read as better or worse ("scores rose" may be good or bad)."""

from __future__ import annotations

from ..evidence import stem

# Things that are bad to have more of: symptoms, harms, illness and its signs.
_BAD = frozenset(
    stem(w)
    for w in """pain pains fatigue tiredness tired disability disabilities relapse relapses
    relapsing symptom symptoms depression depressive anxiety death deaths mortality dying
    adverse harm harms side toxicity toxic lesion lesions damage infection infections
    seizure seizures epilepsy stiffness spasticity spasm spasms cramp cramps cramping
    inflammation inflammatory swelling impairment progression worsening complication
    complications nausea vomiting diarrhoea diarrhea headache headaches dizziness itching
    itch sores ulcer ulcers wound wounds bleeding fracture fractures falls recurrence
    hospitalisation hospitalization admissions attacks attack distress stress insomnia
    sleepiness drowsiness cough coughing incontinence urgency leakage deficit deficits
    disease illness morbidity burden""".split()
)
# Things that are good to have more of: function, well-being, healing, survival.
_GOOD = frozenset(
    stem(w)
    for w in """wellbeing well-being function functioning strength fitness healing healed
    recovery recall memory survival mobility balance walking endurance satisfaction
    independence participation ability abilities learning attention cognition relief benefit
    benefits improvement improvements response remission cure adherence""".split()
)

BAD = "bad"
GOOD = "good"

# up and down of a thing with a valence, as better and worse; and back
_AS_BETTER = {BAD: {"up": "worse", "down": "better"}, GOOD: {"up": "better", "down": "worse"}}
_AS_AMOUNT = {BAD: {"worse": "up", "better": "down"}, GOOD: {"better": "up", "worse": "down"}}


def valence(stems: set[str] | frozenset[str]) -> str:
    """ "bad" or "good" when the stems of what a claim is about name a thing of one kind only,
    else ""."""
    bad = bool(stems & _BAD)
    good = bool(stems & _GOOD)
    if bad == good:
        return ""
    return BAD if bad else GOOD


def in_terms_of(theirs: str, mine: str, stems: set[str] | frozenset[str]) -> str:
    """Direction `theirs` said the way `mine` is said (up/down or better/worse), when the thing
    both are about has a valence; else `theirs` unchanged."""
    kind = valence(stems)
    if not kind:
        return theirs
    if mine in ("better", "worse") and theirs in ("up", "down"):
        return _AS_BETTER[kind][theirs]
    if mine in ("up", "down") and theirs in ("better", "worse"):
        return _AS_AMOUNT[kind][theirs]
    return theirs
