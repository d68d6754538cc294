"""A result that compares with "more ... than" across a long noun phrase says which way it went
("had 40% more myelin-coated nerve fibres in the brain's bridge than mice given the inactive
liquid"), so a long lab result is still drafted. Sentences written for these tests."""

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.results import DIRECTION


def test_more_than_across_a_long_noun_phrase_says_which_way():
    text = (
        "Treated mice had 40% more myelin-coated nerve fibres in the white matter than mice "
        "given salt water."
    )
    assert DIRECTION.search(text)


ABSTRACT = (
    "Myelin repair fails in many long-standing MS lesions. Here we tested whether the compound "
    "QX-4 helps myelin repair in mice. In a toxin model of myelin loss, mice given QX-4 by "
    "mouth for three weeks after the toxin was stopped had 35% more myelin-coated nerve fibres "
    "in the white matter than mice given salt water only. QX-4 did not change the disease score "
    "in mice with an MS-like illness. These results show that QX-4 helps myelin repair in a "
    "toxin model in mice."
)


def test_a_long_lab_result_that_says_which_way_reaches_the_draft():
    source = parse(ABSTRACT)
    head, sections = compose(gather(source, detect_design(source)))
    body = " ".join(line.text for line in sections["what_the_study_did"]) + head.text
    assert "35% more" in body
