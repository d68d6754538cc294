"""A thin "what the study did" (a review's count and one result, under `THIN_WORDS` words) is
filled with the paper's further results, whole, in its order (issue 9, thin bodies): what its
trials compared and what they found; never a result of one trial said as the review's, one that
leans on a sentence not shown, one with a word the gate would name, or the headline again. The
grade fit never thins a body under `THIN_WORDS` words with plain sentences while the body reads
within the light-edit margin. Texts written for the tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.design import detect_design
from plainsum.drafters.fit_grade import THIN_WORDS, body_grade, fit_grade
from plainsum.drafters.thin_body import filled_thin
from plainsum.ingest.source import parse
from plainsum.plain.lines import Line
from plainsum.plain.material import gather
from plainsum.settings import Settings

COMPARED = "Eighteen trials compared aerobic exercise with usual care."
REVIEW = (
    "Main results: We included 31 trials with 1850 participants. Eighteen trials (1020 "
    "participants) compared aerobic exercise with usual care. Fatigue scores were lower after "
    "aerobic training than after usual care at the end of treatment (SMD -0.42, 95% CI -0.61 to "
    "-0.23). Nine trials (540 participants) compared resistance training with stretching. "
    "Walking speed was similar in both groups. Four trials (290 participants) compared aquatic "
    "exercise with a waiting list. Most trials were at high risk of bias because participants "
    "knew their group.\n"
    "Authors' conclusions: Aerobic exercise probably reduces fatigue in people with MS at the "
    "end of treatment. Larger trials with longer follow-up are needed."
)
HEADLINE = "Aerobic exercise probably reduces fatigue in people with MS at the end of treatment"


def _thin(text: str) -> dict[str, list[Line]]:
    return {
        "what_the_study_did": [Line(text, (0,))],
        "why_it_matters": [],
        "limitations": [],
    }


def test_a_thin_review_body_says_what_its_trials_compared():
    body = draft(REVIEW, Settings(backend="offline")).summary.what_the_study_did
    # it held only the count and one result: neither what was compared nor in how many trials
    assert COMPARED in body
    assert len(body.split()) >= THIN_WORDS
    assert body.index("The review included 31 trials") < body.index(COMPARED)


def test_the_fill_stops_once_the_body_is_no_longer_thin():
    material = gather(parse(REVIEW), detect_design(parse(REVIEW)))
    added = filled_thin(
        material, _thin("The review included 31 trials with 1850 people."), HEADLINE, frozenset(), 8
    )
    texts = [line.text for line in added]
    assert texts[0] == COMPARED
    words = 8 + sum(len(t.split()) for t in texts)
    assert words >= THIN_WORDS
    assert words - len(texts[-1].split()) < THIN_WORDS  # no sentence more than needed
    assert "Four trials compared aquatic exercise" not in " ".join(texts)


def test_a_body_that_is_not_thin_gets_nothing():
    material = gather(parse(REVIEW), detect_design(parse(REVIEW)))
    full = _thin(" ".join(["The review included 31 trials with 1850 people."] * 5))
    assert filled_thin(material, full, HEADLINE, frozenset(), 8) == []


SCOPED = (
    "Main results: We included 12 trials with 900 participants. "
    "The largest trial found that walking speed was similar in both groups. "
    "Posturography scores on rotarod platforms were better after aquatic exercise. "
    "Balance improved more with resistance training than with stretching. "
    "But falls were more common with resistance training. "
    "Fatigue was lower with aerobic training than with usual care.\n"
    "Authors' conclusions: Exercise may improve balance in people with MS."
)


def test_never_one_trial_as_the_review_a_hard_word_a_lean_or_a_dropped_sentence():
    material = gather(parse(SCOPED), detect_design(parse(SCOPED)))
    dropped = frozenset({"Fatigue was lower with aerobic training than with usual care."})
    added = " ".join(
        line.text
        for line in filled_thin(
            material,
            _thin("The review included 12 trials with 900 people."),
            "Exercise may improve balance in people with MS",
            dropped,
            8,
        )
    )
    assert "Balance improved more with resistance training than with stretching." in added
    assert "largest trial" not in added  # one trial's result, said as the review's
    assert "rotarod" not in added  # a word the gate names: a repair would drop it again
    assert "falls were more common" not in added.lower()  # leans on the one before it
    assert "Fatigue was lower" not in added  # a repair dropped it


def test_never_the_headline_again():
    material = gather(parse(SCOPED), detect_design(parse(SCOPED)))
    head = "Balance improved more with resistance training than with stretching"
    added = filled_thin(
        material, _thin("The review included 12 trials with 900 people."), head, frozenset(), 8
    )
    assert all(not line.text.startswith("Balance improved") for line in added)


PLAIN = [
    "This was a review of earlier studies.",
    "People who exercised three times a week for twelve weeks reported less tiredness afterwards.",
    "Walking distance improved considerably in the exercising group compared with the others.",
    "Most people kept exercising after the trials ended.",
]


def test_the_grade_fit_never_thins_what_the_study_did_with_plain_sentences():
    did = [Line(PLAIN[0], kind="frame"), *(Line(t, (i,)) for i, t in enumerate(PLAIN[1:], 1))]
    sections = {"what_the_study_did": did, "why_it_matters": [], "limitations": []}
    target = body_grade(sections) - 1.0  # over the target, but within the light-edit margin
    fit_grade(sections, target)
    kept = sections["what_the_study_did"]
    # (the fit left out the walking result before: 33 words)
    assert sum(len(x.text.split()) for x in kept) >= THIN_WORDS
    assert len(kept) == len(did)  # each left out would thin the body under the floor


def test_a_sentence_with_a_word_the_gate_names_still_goes():
    hard = "Posturographic sway indices (COP-RMS) improved with vestibular rehabilitation."
    did = [
        Line(PLAIN[0], kind="frame"),
        Line(PLAIN[1], (1,)),
        Line(PLAIN[3], (3,)),
        Line(hard, (4,)),
    ]
    sections = {"what_the_study_did": did, "why_it_matters": [], "limitations": []}
    # (leaving it out thins the body under the floor)
    assert sum(len(x.text.split()) for x in did if x.text != hard) < THIN_WORDS
    fit_grade(sections, body_grade(sections) - 1.0)
    assert hard not in [x.text for x in sections["what_the_study_did"]]
