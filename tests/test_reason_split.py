"""A stated limitation too long to show, "Because A, B", becomes "A. This is why B." (issue 9,
the lead's t6: a stated limitation of 33 words was lost from the draft, too long to show and
with no split). Only a limitation: a conclusion split so gave a headline of its first half."""

from __future__ import annotations

import pytest

from plainsum.plain.reason_split import BECAUSE_OF_THIS
from plainsum.plain.splits import split_reason
from plainsum.plain.standalone import leans_back


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Because the follow-up phase was open label and people who dropped out may have "
            "differed from those who stayed, these estimates are less certain than the trial's.",
            "The follow-up phase was open label and people who dropped out may have differed "
            "from those who stayed.",
            "This is why these estimates are less certain than the trial's.",
        ),
        (
            "Because most of the included trials did not say how the groups were assigned, the "
            "results may favour the exercise programme more than they should.",
            "Most of the included trials did not say how the groups were assigned.",
            "This is why the results may favour the exercise programme more than they should.",
        ),
    ],
)
def test_reason_first_is_split_into_two_whole_sentences(text: str, first: str, second: str):
    assert split_reason(text) == [first, second]
    assert leans_back(second.rstrip("."))  # never shown without the reason before it


@pytest.mark.parametrize(
    "text",
    [
        # a phrase, not a clause: no sentence of its own
        "Because of the small number of trials and their short follow-up, the evidence for "
        "this outcome is of low certainty overall.",
        # a comma inside the reason: it may close a list, not the reason
        "Because fatigue, pain and low mood often occur together in people with MS, the "
        "trial measured all three at every visit of the study.",
        # the main clause opens on no subject of its own
        "Because the clinic records were incomplete for the first two years of the cohort, "
        "and for some later years too, only later visits were used.",
    ],
)
def test_no_split_without_two_whole_clauses(text: str):
    assert not any(piece.startswith(BECAUSE_OF_THIS) for piece in split_reason(text))


def test_stated_limit_kept_whole_in_limitations():
    """The paper's only stated limit, longer than a shown sentence may be, stays in the
    limitations as two whole sentences, both halves (the second leans on the first)."""
    from plainsum.design import detect_design
    from plainsum.ingest import parse
    from plainsum.plain.compose import compose
    from plainsum.plain.material import gather

    text = (
        "Background: Long-term data on a daily balance programme in MS are scarce.\n"
        "Methods: After a one-year randomised trial of a home balance programme in 310 adults "
        "with MS, all participants could continue the programme for four more years.\n"
        "Results: Of 310 participants, 244 continued. Those who had trained from the start "
        "had fewer falls per year than those who started later (0.8 vs 1.3).\n"
        "Limitations: Because the later years were not randomised or blinded and participants "
        "who left the study early may have differed from those who stayed, these comparisons "
        "are less certain than those of the first year.\n"
        "Conclusions: Starting the balance programme early was linked to fewer falls."
    )
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)))
    lim = [line for line in sections["limitations"] if line.sources]
    said = " ".join(line.text for line in lim)
    assert "The later years were not randomised" in said
    assert "This is why these comparisons are less certain" in said
    halves = [line for line in lim if line.text.startswith(("The later years", "This is why"))]
    assert len(halves) == 2 and all(line.main for line in halves)


def test_a_conclusion_is_not_split_at_its_reason():
    """Split, a conclusion's first half headed a draft alone: "There were no clear differences
    between the two methods" (which two?) for "Because ..., the choice should be made for each
    person"."""
    from plainsum.design import detect_design
    from plainsum.ingest import parse
    from plainsum.plain.material import gather
    from plainsum.plain.sentences import Role

    text = (
        "Objectives: To compare two dressings after knee surgery.\n"
        "Main results: We included six trials with 610 people. Healing times were similar.\n"
        "Authors' conclusions: Because there were no clear differences in healing or infection "
        "between the two dressings in any trial, the choice of dressing should be made for each "
        "person."
    )
    source = parse(text)
    m = gather(source, detect_design(source))
    said = [p.text for p in m.by_role.get(Role.CONCLUSION, [])]
    assert not any(t.startswith(BECAUSE_OF_THIS) for t in said)
