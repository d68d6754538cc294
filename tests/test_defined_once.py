"""A long form the drafter writes out every time is given once with the paper's short form and
said by the short form after it (plainsum.plain.defined_once; issue 9, a reader of stop 59:
a review's draft said a five-word procedure name nine times). Texts written for the tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.plain.defined_once import defined_once
from plainsum.settings import Settings

LONG = "percutaneous endoscopic gastrostomy tube feeding"
SHORT = {LONG: "PEGTF"}
BODY = [
    f"The review compared {LONG} with nasogastric tube feeding after stroke.",
    f"Deaths did not differ between {LONG} and nasogastric tubes.",
    f"Feeds were stopped less often with {LONG}.",
    f"People given {LONG} gained more weight at six weeks.",
]


def test_the_long_form_is_defined_at_its_first_use_then_said_short():
    said = defined_once(BODY, SHORT)
    assert said[0] == (
        f"The review compared {LONG} (PEGTF) with nasogastric tube feeding after stroke."
    )
    assert said[1] == "Deaths did not differ between PEGTF and nasogastric tubes."
    assert said[2] == "Feeds were stopped less often with PEGTF."
    assert said[3] == "People given PEGTF gained more weight at six weeks."
    assert sum(s.count(LONG) for s in said) == 1


def test_a_long_form_said_twice_is_left_as_it_is():
    assert defined_once(BODY[:2], SHORT) == BODY[:2]


def test_a_short_long_form_is_left_as_it_is():
    body = [f"Scans used {x}." for x in ["magnetic resonance imaging"] * 4]
    assert defined_once(body, {"magnetic resonance imaging": "MRI"}) == body


def test_the_definition_is_never_put_inside_a_bracket():
    body = [f"Two trials (both of {LONG}) were small.", *BODY[1:]]
    said = defined_once(body, SHORT)
    assert said[0] == body[0]
    assert said[1] == f"Deaths did not differ between {LONG} (PEGTF) and nasogastric tubes."
    assert said[2] == "Feeds were stopped less often with PEGTF."


def test_a_body_that_says_the_short_form_already_is_left_alone():
    body = [*BODY, "PEGTF was well tolerated."]
    assert defined_once(body, SHORT) == body


def test_a_long_form_inside_a_longer_one_takes_the_one_code():
    inner = "transcranial direct current stimulation"
    outer = f"anodal {inner}"
    body = [
        f"The trials compared {outer} with sham {inner}.",
        f"Walking speed rose with {outer}.",
        f"Fatigue did not change with {outer}.",
    ]
    said = defined_once(body, {inner: "tDCS", outer: "a-tDCS"})
    assert said[0] == f"The trials compared {outer} (tDCS) with sham tDCS."
    assert said[1] == "Walking speed rose with anodal tDCS."
    assert "a-tDCS" not in " ".join(said)


def test_the_article_follows_the_short_form():
    long = "extracorporeal shock wave lithotripsy"
    body = [f"One group had {long} first.", f"A {long} took an hour.", f"Pain after {long}."]
    said = defined_once(body, {long: "ESWL"})
    assert said[1] == "An ESWL took an hour."


REVIEW = (
    "Background: Kidney stones are common. Extracorporeal shock wave lithotripsy (ESWL) breaks "
    "stones with sound waves from outside the body.\n"
    "Objectives: To compare ESWL with ureteroscopy for stones in the lower kidney.\n"
    "Search methods: We searched trial registers up to May 2020.\n"
    "Main results: We included 9 trials with 1021 participants. ESWL probably leaves more "
    "stones behind than ureteroscopy. People treated with ESWL may need more repeat sessions. "
    "ESWL probably causes fewer complications than ureteroscopy. Pain after ESWL was similar.\n"
    "Authors' conclusions: ESWL probably clears fewer stones than ureteroscopy but causes "
    "fewer complications."
)


def test_an_offline_draft_says_the_long_form_once_in_its_body():
    summary = draft(REVIEW, Settings(backend="offline")).summary
    body = " ".join([summary.what_the_study_did, summary.why_it_matters, summary.limitations])
    long = "shock wave lithotripsy"
    assert body.lower().count(long) == 1
    assert "lithotripsy (ESWL)" in body  # the code is given with the name, then said alone


def test_a_long_form_of_plain_words_is_said_again():
    long = "health-related quality of life"
    body = [f"The trial measured {long}.", f"Vitamin D did not change {long}.", f"{long} fell."]
    assert defined_once(body, {long: "HRQOL"}) == body
