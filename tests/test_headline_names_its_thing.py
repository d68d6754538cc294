"""A headline never names the thing studied only by its kind ("The drug had no effect in young
mice"), and "identify X as Y" keeps its sense (lead, stop 54, hand-written s8)."""

from plainsum.plain.headline.form_fit import _UNNAMED_KIND
from plainsum.plain.simplify import plain_sentences


def test_a_thing_named_only_by_its_kind_cannot_head():
    assert _UNNAMED_KIND.match("The drug had no effect in young mice")
    assert _UNNAMED_KIND.match("The compound reduced swelling in rats")
    assert not _UNNAMED_KIND.match("The drug brivaracetam, used as add-on treatment, helps")
    assert not _UNNAMED_KIND.match("The drug group had fewer relapses")


def test_identify_as_keeps_its_sense():
    (said,) = plain_sentences(
        "These results identify poor iron handling by glial cells as a barrier to repair."
    )
    assert "identify poor iron handling" in said.text
    (said,) = plain_sentences("We identified 12 studies with 900 people.")
    assert said.text.startswith("The researchers found 12 studies")
    (said,) = plain_sentences("We identified no harmful effects as a result of the training.")
    assert "found no harmful effects" in said.text


def test_identified_as_well_as_is_still_found():
    (said,) = plain_sentences("We identified 12 studies as well as two reports.")
    assert said.text.startswith("The researchers found 12 studies")
