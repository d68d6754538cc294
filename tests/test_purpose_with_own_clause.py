"""Issue 9: a background sentence that opens with a purpose and has a main clause of its own
("To prevent such falls, the patient may need a walking frame") is the paper's scene, never
its aim: it was drafted "The review authors wanted to prevent such falls, the patient may need
...", a broken sentence pointing at falls nothing named. The abstract is written for this
test."""

from plainsum.api import draft
from plainsum.settings import Settings

_ABSTRACT = "\n\n".join(
    [
        "Background: Older adults who take sleeping pills often fall at night. "
        "A fall may break a hip or a wrist. "
        "To prevent such falls, the patient may need a walking frame or a bed alarm. "
        "Sleeping pills may be a main cause of these falls.",
        "Objectives: To assess stopping sleeping pills for preventing falls in older adults.",
        "Search methods: We searched CENTRAL, MEDLINE and Embase to March 2020.",
        "Selection criteria: Randomised controlled trials of stopping sleeping pills in adults "
        "aged 65 or over.",
        "Data collection and analysis: Two review authors selected trials and extracted data.",
        "Main results: We included six trials with 900 participants. "
        "Stopping sleeping pills probably reduces falls (risk ratio 0.70, 95% confidence "
        "interval 0.55 to 0.90; 6 trials, 900 participants; moderate-certainty evidence). "
        "Sleep quality may be slightly worse after stopping.",
        "Authors' conclusions: Stopping sleeping pills probably reduces falls in older adults, "
        "with a small cost to sleep quality.",
    ]
)


def test_a_purpose_with_its_own_main_clause_is_never_the_aim() -> None:
    out = draft(_ABSTRACT, Settings(backend="offline"))
    body = out.summary.what_the_study_did
    assert "wanted to prevent such falls" not in body
    assert "the patient may need" not in body
