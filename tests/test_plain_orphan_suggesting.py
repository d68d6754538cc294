""" ", suggesting that X" drafted without its first half (issue 9): "This suggests that X" pointed
at whatever the draft said before it. A reader met "Six studies reported clinical pregnancy rate.
This suggests that ... Quinn's Advantage was linked with higher clinical pregnancy rates" where the
paper said one study of the six found it (CD007876, the lead's reading)."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather

REVIEW = (
    "We included 12 trials with 1,480 adults with MS. Five trials reported relapses. One of "
    "these found a difference between the diets compared, suggesting that for younger adults, "
    "the low-salt diet was associated with fewer relapses than the usual diet (odds ratio (OR) "
    "0.61; 95% confidence interval (CI) 0.42 to 0.89; 310 adults). None of the trials reported "
    "serious harms. We conclude that there is not enough evidence to recommend any diet for MS."
)


def _texts(text: str) -> list[str]:
    source = parse(text)
    material = gather(source, detect_design(source))
    return [p.text for ps in material.by_role.values() for p in ps]


def test_the_second_half_is_not_drafted_without_the_first() -> None:
    texts = _texts(REVIEW)
    assert not any(t.startswith("This suggests that") for t in texts)
    assert any(t.startswith("None of the trials reported serious harms") for t in texts)


def test_a_paper_sentence_that_opens_with_this_suggests_stays() -> None:
    text = REVIEW.replace(
        "One of these found a difference between the diets compared, suggesting that for "
        "younger adults, the low-salt diet was associated with fewer relapses than the usual "
        "diet (odds ratio (OR) 0.61; 95% confidence interval (CI) 0.42 to 0.89; 310 adults).",
        "Relapses were fewer with the low-salt diet in one trial. This suggests that salt "
        "may matter in younger adults.",
    )
    assert any(t.startswith("This suggests that salt may matter") for t in _texts(text))
