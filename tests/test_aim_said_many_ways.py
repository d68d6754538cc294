"""An abstract without headings states its aim in many ways; each is read as the aim, not as the
scene: "This systematic review assessed ...", "This review was conducted to assess ...", "To
comprehensively identify ...", "Primarily to assess ...", "2) To assess ...", "The objectives of
this review were firstly to ...". Measured on the headed abstracts of ../shared/data with their
headings taken away: sentences given their heading's role 10,086 -> 10,100 of 11,579."""

import pytest

from plainsum.ingest import parse
from plainsum.plain.sentences import Role, classify

_SCENE = "Back pain is common in adults who work at desks. Many try stretching at work. "
_AFTER = (
    " Six trials with 540 adults were included. Stretching reduced pain a little. We conclude "
    "that stretching may help."
)


@pytest.mark.parametrize(
    "aim",
    [
        "This systematic review assessed the effect of stretching on back pain.",
        "This review was conducted to assess the effect of stretching on back pain.",
        "To comprehensively identify trials of stretching for back pain.",
        "Primarily to assess the effect of stretching on back pain.",
        "2) To assess whether stretching helps back pain.",
        "The objectives of this review were firstly to evaluate stretching for back pain.",
    ],
)
def test_the_aim_is_read_as_the_aim(aim):
    sentences = classify(parse(_SCENE + aim + _AFTER))
    said = next(s for s in sentences if s.text == aim)
    assert said.role == Role.AIM
