"""A case report's opening on its patient ("A 34-year-old woman with ... presented with ...") is
kept over the grade when a later sentence of the body points back at the patient ("she", "her"):
a body of "Four weeks later she developed ..." with no woman in it was unreadable. And "came in
with slowly worsening weakness" (from "presented with slowly worsening ...") is whole: an adverb
after the plain phrase is no compound half rewritten. Every sentence is written for these tests."""

from __future__ import annotations

from composed_draft import drafted

from plainsum.checks.half_replaced import half_replaced

CASE = (
    "A 34-year-old woman with relapsing-remitting multiple sclerosis treated with natalizumab"
    " for six years presented with slowly worsening difficulty finding words over three "
    "weeks. Magnetic resonance imaging showed a new white-matter lesion in the left frontal "
    "lobe without contrast enhancement. JC virus DNA was detected in the cerebrospinal fluid,"
    " confirming progressive multifocal leukoencephalopathy (PML), a rare brain infection. "
    "Natalizumab was stopped and plasma exchange was performed to remove the drug. Four weeks"
    " later she developed swelling around the lesion and worsening speech, consistent with "
    "immune reconstitution inflammatory syndrome, and was treated with steroids. At one year "
    "she had mild word-finding difficulty but was living independently. This case shows that "
    "PML can present with language problems alone, and that early recognition and removal of "
    "the drug can be followed by a good recovery. Regular JC virus antibody testing remains "
    "important for people receiving natalizumab."
)


def test_the_patient_a_later_sentence_points_at_is_introduced() -> None:
    body = drafted(CASE).what_the_study_did
    assert "34-year-old woman" in body
    # ... before any sentence that says "he" or "his"
    first_she = min(
        i for i in (body.find(" she "), body.find(" her "), body.find("She ")) if i >= 0
    )
    assert body.find("34-year-old woman") < first_she


def test_an_adverb_after_a_plain_phrase_is_no_half_rewritten_term() -> None:
    source = "A woman of 30 presented with slowly worsening speech over two weeks."
    text = "A woman of 30 came in with slowly worsening speech over two weeks."
    assert half_replaced(text, source) == []
