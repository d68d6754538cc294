"""A limit the authors only suspect ("blinding was not reported, but given the study design it
is likely that there was no blinding") is never said as stated: "The authors say people in the
studies knew which treatment they had" was a reader's firm false sentence. Said outright ("the
trials were open-label"), it is still said."""

from plainsum.design import StudyDesign
from plainsum.ingest import parse
from plainsum.plain.limits import stated_limits
from plainsum.plain.source import source_sentences


def _kinds(text: str) -> set[str]:
    return {f.name for f in stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW, 4)}


_HEAD = (
    "Main results: We included four trials with 400 adults with knee pain. "
    "Pain fell more with the gel than with placebo. "
)


def test_a_suspected_lack_of_blinding_is_not_stated():
    text = _HEAD + (
        "Blinding was not reported, but given the study design it is likely that there was no "
        "blinding."
    )
    assert "open" not in _kinds(text)


def test_an_open_label_trial_said_outright_is_stated():
    assert "open" in _kinds(_HEAD + "All four trials were open-label.")
