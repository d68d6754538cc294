"""A result too long to show whole that says its finding as figures alone is shown in its shorter
drafted form, before its closing clause of figures, instead of being left out with the paper's
main result (issue 9, CD012232: the body never gave its 66% vs 32%). Every sentence is written
for these tests."""

from __future__ import annotations

from composed_draft import composed

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather
from plainsum.plain.sentences import Role

REVIEW = (
    "Background: Two pain medicines in one tablet may relieve pain better than either alone.\n\n"
    "Objectives: To assess a single dose of oral lorvaprofen plus codamol for pain after "
    "surgery in adults.\n\n"
    "Main results: We included four studies with 1420 participants who had dental or hip "
    "surgery. The proportion of participants achieving at least half relief of pain over six "
    "hours with lorvaprofen 20 mg plus codamol 50 mg was 61%, compared to 28% with placebo, "
    "giving an NNT of 3.1 (95% CI 2.6 to 3.8) (RR 2.2 (95% CI 1.8 to 2.6); 802 participants; "
    "4 studies). Side effects were mostly mild.\n\n"
    "Authors' conclusions: A single dose of lorvaprofen plus codamol gave good pain relief to "
    "more people than placebo."
)


def _results(text: str) -> list[str]:
    source = parse(text)
    material = gather(source, detect_design(source))
    return [p.text for p in material.by_role.get(Role.RESULTS, [])]


def test_a_long_result_in_figures_is_kept_before_its_closing_figures() -> None:
    kept = [t for t in _results(REVIEW) if "61%" in t]
    assert len(kept) == 1
    assert kept[0].endswith("61%, compared to 28% with placebo.")
    assert "NNT" not in kept[0] and "number needed" not in kept[0]


def test_the_body_gives_the_main_result_with_its_figures() -> None:
    _, body, _, _ = composed(REVIEW)
    assert "61%, compared to 28% with placebo" in body


def test_a_long_result_that_says_which_way_is_kept_as_before() -> None:
    text = REVIEW.replace(
        "was 61%, compared to 28% with placebo, giving an NNT of 3.1",
        "was clearly higher than with placebo, giving an NNT of 3.1",
    )
    kept = [t for t in _results(text) if "clearly higher" in t]
    assert len(kept) == 1 and "giving" in kept[0]


def test_a_long_result_with_no_shorter_whole_form_is_still_left_out() -> None:
    # (the figures run to the end: no clause to end before, and nothing cut mid-sentence)
    text = REVIEW.replace(
        "was 61%, compared to 28% with placebo, giving an NNT of 3.1",
        "was 61% in the first two studies and 58% in the third and the fourth studies of the "
        "review, compared to 28% and 25% with placebo in the same studies",
    )
    assert not [t for t in _results(text) if "61%" in t]


def test_only_figures_compared_stand_for_the_result() -> None:
    from plainsum.plain.shorter_result import compares_figures

    assert compares_figures("Relief was 61%, compared to 28% with placebo.")
    assert compares_figures("Falls fell to 12% vs 30% in the usual care group.")
    # a count, or the procedure before a colon, says no result in figures
    assert not compares_figures("Among 24 people, thirteen people had a variant of the gene.")
    assert not compares_figures("The main analysis used the pooled results of all four trials.")
