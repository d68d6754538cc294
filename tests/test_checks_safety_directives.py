"""Advice in the grammar of a directive (texts written for these tests): an imperative with any
verb of doing, a reader told to do anything of their own, a treatment told what to become, a
choice made for the reader, a dose told, a swap offered and a care team asked to make a change;
and what passes: research, reports of what the paper's authors said, care-team pointers, and a
directive the paper gives itself."""

import pytest
from gate_texts import LAB_SUMMARY, edit

from plainsum.checks.safety import check_safety, find_unsafe
from plainsum.ingest import parse


@pytest.mark.parametrize(
    "text",
    [
        # imperatives with any verb of doing, after any lead-in
        "Avoid heavy meals late in the evening if your sleep is poor.",
        "If the tablets upset your stomach, taper them off over a week.",
        "Try to keep your naps under half an hour.",
        "Book yourself onto a balance class.",
        # a reader told to do anything of their own
        "People with MS who feel hot should push for a cooling vest.",
        "Anyone with relapsing MS ought to take up swimming.",
        "Women with MS might want to get their vitamin D checked at a pharmacy.",
        "Those on the older drug would be wise to come off it.",
        "People with tired legs would benefit from starting a stretching plan.",
        # a treatment told what to become
        "Amantadine should no longer be used for tiredness in MS.",
        "Baclofen should be the first drug people with stiff legs try.",
        # a choice made for the reader
        "For foot drop, the brace is the one to go for.",
        "This cream is the ointment to use on any dry patch.",
        "The best way to come off steroids is to take the new pill.",
        "For tired legs, a cooling vest is worth a try.",
        "It makes sense for people with MS to start the drug early.",
        "Cutting down on coffee makes sense for people with MS.",
        "If heat is a problem for you, the cooling vest is the one to go for.",
        "We recommend that people with MS take the supplement every day.",
        # a dose told, a swap offered, the care team asked to make the change
        "Anyone with kidney disease who takes this drug needs a much smaller dose.",
        "You could do the exercises at home instead of going to the clinic.",
        "Ask your MS nurse to switch you to the newer injection.",
    ],
)
def test_a_directive_in_any_form_is_advice(text):
    assert [u.rule.name for u in find_unsafe(text)] == ["advice"]


@pytest.mark.parametrize(
    "text",
    [
        # what was done, or what research should do
        "Participants avoided heavy meals for two weeks.",
        "We recommend further trials that compare the two drugs.",
        "Future studies should use the same fatigue scale.",
        # reports of what the paper's authors or guidelines said
        "The authors say the drug should not be used in pregnancy.",
        "Guidelines recommend that people with MS should take vitamin D.",
        # the care team as the place to decide, knowing and weighing
        "People with MS should talk with their neurologist before changing any drug.",
        "Anyone with stiff legs should have them looked at by their physiotherapist.",
        "People with MS should be aware that the trial was small.",
        "Keep in mind that this was a small study.",
        # nouns that look like verbs, and descriptions of what must happen
        "Take-home doses were given to 40 people.",
        "To be included, patients must have had a relapse in the past year.",
        "The mothers were more likely to have to consider other feeding options.",
        "We wanted to find out the best way to get children to take their medicine.",
    ],
)
def test_research_reports_care_pointers_and_descriptions_pass(text):
    assert find_unsafe(text) == []


def test_a_directive_the_paper_gives_itself_is_its_conclusion_reported():
    paper = parse(
        "Background: Progesterone has been tried to prevent early labour in women with MS. "
        "Results: Three trials with 400 women found no benefit and more side effects. "
        "Conclusions: Progesterone should not be used to prevent early labour in women with MS."
    )
    relayed = "So progesterone should not be used to prevent early labour."
    summary = edit(LAB_SUMMARY, why_it_matters=f"{LAB_SUMMARY.why_it_matters} {relayed}")
    assert [f for f in check_safety(summary, paper) if f.span == relayed] == []
    assert [f.span for f in check_safety(summary) if f.span == relayed] == [relayed]


def test_the_hint_for_a_team_asked_to_make_a_change_keeps_the_team():
    (found,) = find_unsafe("Ask your neurologist to put you on the new tablet.")
    assert "care team" in found.rule.hint
