"""A repair for a hard word never thins what the study did to one sentence of the paper (issue
9: the main finding comes before plain): the sentences left out for the word alone stay, and the
gate names the word. Texts written for these tests."""

from __future__ import annotations

from offline_repairs import repaired_for_word

from plainsum.drafters import DrafterResult


def _repaired(text: str, span: str) -> tuple[DrafterResult, DrafterResult]:
    return repaired_for_word(text, span)


# Two results hold the hard word and a third, a harm, does not: leaving the two out would leave
# the body the harm alone.
TWO_HARD = (
    "Results: Tiredness scores fell more with the thermoelectric vest than with the fan. "
    "Walking distance rose more with the thermoelectric vest than with the fan. "
    "Skin rashes were more common with the cooling vest than with the fan.\n"
    "Conclusions: Cooling vests may ease tiredness in people with MS in summer."
)
MAIN = "Tiredness scores fell more with the thermoelectric vest"


def test_a_hard_word_never_thins_the_body_to_one_sentence():
    first, repaired = _repaired(TWO_HARD, "thermoelectric")
    assert MAIN in first.summary.what_the_study_did
    did = repaired.summary.what_the_study_did
    assert MAIN in did  # the word stays; the gate names it
    assert "Skin rashes were more common" in did


# With a sentence of the paper besides, the body keeps two: the hard results may go.
WITH_METHODS = (
    "Methods: Adults with MS were given a cooling vest or a fan for the summer months in a "
    "randomised trial.\n" + TWO_HARD
)


def test_a_hard_result_may_still_go_when_two_sentences_stay():
    first, repaired = _repaired(WITH_METHODS, "thermoelectric")
    assert "thermoelectric" in first.summary.what_the_study_did
    assert "Walking distance rose" not in repaired.summary.what_the_study_did


# Every result names the drug; the main one stays whole with its word, so the result said as one
# more besides it ("also") hides nothing by going.
ALSO = (
    "The review included five trials representing 1900 participants. All five trials included "
    "adults aged 18 to 70 years. Participants receiving zelbarimab add-on were more likely to "
    "have a 50% or greater reduction in relapses than those receiving placebo. Participants "
    "receiving zelbarimab were also more likely to stay free of relapses. Withdrawal from "
    "treatment because of side effects was more common with zelbarimab than with placebo. "
    "Zelbarimab, when used as add-on therapy for adults with relapsing MS, is effective in "
    "reducing relapses and can help people stay free of relapses. None of the trials lasted "
    "longer than one year."
)


def test_an_also_result_beside_the_main_result_that_keeps_the_word_stays():
    first, repaired = _repaired(ALSO, "zelbarimab")
    assert "also more likely to stay free of relapses" in first.summary.what_the_study_did
    did = repaired.summary.what_the_study_did
    assert "50% or greater drop in relapses" in did  # the main result, kept whole
    assert "also more likely to stay free of relapses" in did
