"""A review concluding there is too little evidence to support a treatment says so, and what
for, in its headline; 'insufficient' after a verb keeps the grammar (lead, stop 54)."""

from plainsum.plain.headline.template import _too_little_for, fill_template
from plainsum.plain.simplify import plain_sentences
from plainsum.schemas import StudyDesign


def test_insufficient_after_a_verb_keeps_the_grammar():
    said = [
        p.text
        for p in plain_sentences("The review provides insufficient evidence to support surgery.")
    ]
    assert said == ["The review provides too little evidence to support surgery."]
    said = [p.text for p in plain_sentences("There is insufficient evidence to support surgery.")]
    assert said == ["There is not enough evidence to support surgery."]


def test_too_little_for_reads_what_the_evidence_is_lacking_for():
    assert _too_little_for(
        "It provides too little evidence to support X-rays in young children."
    ) == ("too little evidence to support X-rays in young children")
    assert _too_little_for("There is no evidence to support the use of bed rest.") == (
        "no clear evidence to support the use of bed rest"
    )
    assert _too_little_for("There is too little evidence to support this.") is None
    assert _too_little_for("The evidence was weak.") is None


def test_review_headline_names_what_the_evidence_is_too_little_for():
    (conclusion,) = plain_sentences(
        "This systematic review of randomised trials provides insufficient evidence to support "
        "a second drug in people with gout whose attacks return.",
        review=True,
        sources=(7,),
    )
    head = fill_template([conclusion], StudyDesign.REVIEW, "", None, None, None, None)
    assert head.text == (
        "A review found too little evidence to support a second drug in people with gout whose "
        "attacks return"
    )
    assert head.sources == (7,)
