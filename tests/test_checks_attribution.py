"""A result said under the comparison it belongs to (texts written for these tests)."""

import pytest

from plainsum.checks import run_gate
from plainsum.checks.attribution import check_attribution, comparisons
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

# A review with three comparisons; the remission result belongs to the third, named only in
# the sentence before it.
REVIEW = parse(
    """Main results: Six trials (212 participants) met the inclusion criteria. The trials compared
tizanidine versus placebo, baclofen versus placebo and dantrolene versus baclofen. Tizanidine
reduced muscle stiffness more than placebo at 4 weeks (2 trials; 80 participants). Stiffness
scores fell by 30% with tizanidine and by 10% with placebo. Fifty patients were enrolled in the
trial of dantrolene versus baclofen. There were no differences in walking distance at 6 weeks
and 6 months. Drowsiness was reported in the tizanidine trials.

Authors' conclusions: Low quality evidence suggests that tizanidine may reduce muscle stiffness."""
)

ONE_COMPARISON = parse(
    """Main results: Four trials (150 participants) compared tizanidine versus placebo.
Tizanidine reduced muscle stiffness more than placebo at 4 weeks. There were no differences in
walking distance at 6 months.

Authors' conclusions: Tizanidine may reduce muscle stiffness."""
)


def _findings(source, did):
    summary = PlainSummary(
        headline="Tizanidine may ease stiff muscles",
        what_the_study_did=did,
        why_it_matters="If you have questions about your own care, talk with your doctor.",
        limitations="The trials were small and the evidence is weak.",
    )
    links = link_summary(source, summary, detect_design(source))
    return check_attribution(source, links)


def test_the_paper_compares_what_stands_beside_versus():
    found = comparisons(
        ["The trials compared tizanidine versus placebo and dantrolene versus baclofen."]
    )
    assert found == [frozenset({"tizanidine"}), frozenset({"dantrolene", "baclofen"})]


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # "compared A to/with B" names both sides
        ("Three trials compared dantrolene to baclofen.", {"dantrolene", "baclofen"}),
        (
            "One study compared the drug tizanidine with the older baclofen.",
            {"tizanidine", "baclofen"},
        ),
        # one side a comparison group: the other is the treatment
        ("Two trials compared tizanidine with placebo.", {"tizanidine"}),
    ],
)
def test_compared_names_both_sides(sentence, sides):
    assert comparisons([sentence]) == [frozenset(sides)]


def test_a_result_with_no_treatment_named_is_read_as_the_headlines():
    # nothing in the body names a treatment: the reader takes the walking result for
    # tizanidine's, the headline's, while the paper gives it for dantrolene versus baclofen
    did = (
        "The review included six trials with 212 people. There were no differences in walking "
        "distance at 6 weeks and 6 months."
    )
    found = _findings(REVIEW, did)
    assert len(found) == 1 and "dantrolene" in found[0].message


def test_a_result_of_another_comparison_after_tizanidine_sentences_is_misattributed():
    did = (
        "The review included six trials with 212 people. Tizanidine reduced muscle stiffness "
        "more than placebo at 4 weeks. There were no differences in walking distance at 6 "
        "weeks and 6 months."
    )
    found = _findings(REVIEW, did)
    assert [f.severity.value for f in found] == ["error"]
    assert "misattributed" in found[0].message and "dantrolene" in found[0].message
    assert found[0].span.startswith("There were no differences")


@pytest.mark.parametrize(
    "did",
    [
        # the comparison is named in the sentence before
        "Tizanidine reduced muscle stiffness more than placebo at 4 weeks. One trial compared "
        "dantrolene with baclofen. There were no differences in walking distance at 6 weeks "
        "and 6 months.",
        # in the sentence itself
        "Tizanidine reduced muscle stiffness more than placebo at 4 weeks. Dantrolene and "
        "baclofen did not differ in walking distance at 6 weeks and 6 months.",
        # a sentence that says it holds for every comparison
        "Tizanidine reduced muscle stiffness more than placebo at 4 weeks. There were no "
        "differences in walking distance across all of the comparisons.",
        # a result of the comparison the summary is about
        "The review included six trials with 212 people. Tizanidine reduced muscle stiffness "
        "more than placebo at 4 weeks. Stiffness scores fell by 30% with tizanidine and by 10% "
        "with placebo.",
    ],
)
def test_a_result_under_its_own_comparison_is_not(did):
    assert _findings(REVIEW, did) == []


def test_a_paper_with_one_comparison_has_nothing_to_confuse():
    did = (
        "The review included four trials with 150 people. Tizanidine reduced muscle stiffness "
        "more than placebo at 4 weeks. There were no differences in walking distance at 6 months."
    )
    assert _findings(ONE_COMPARISON, did) == []


@pytest.mark.parametrize(
    "sentence,bare",
    [
        ("The assumed risk was 38 per 100.", True),
        ("The corresponding risk was 21 per 100.", True),
        ("The assumed risk of a fall in the placebo group was 38 per 100.", False),
        ("People at higher baseline risk of falls gained the most.", False),
    ],
)
def test_a_risk_with_no_outcome_and_no_group_is_an_error(sentence, bare):
    did = f"The review included six trials with 212 people. {sentence}"
    found = [f for f in _findings(REVIEW, did) if "reference_risk" in f.message]
    assert bool(found) == bare


def test_the_gate_fails_the_misattributed_draft():
    summary = PlainSummary(
        headline="Tizanidine may ease stiff muscles",
        what_the_study_did=(
            "The review included six trials with 212 people. Tizanidine reduced muscle "
            "stiffness more than placebo at 4 weeks. There were no differences in walking "
            "distance at 6 weeks and 6 months."
        ),
        why_it_matters="If you have questions about your own care, talk with your doctor.",
        limitations="The trials were small and the evidence is weak.",
    )
    result = run_gate(REVIEW, summary, detect_design(REVIEW))
    assert any(f.check == "attribution" for f in result.findings)
    assert result.status.value == "failed"


# A review whose one-study results share a sentence with a clause that has no subject of its own
SERVERS = parse(
    """Main results: Twenty studies met the inclusion criteria. Overall quality was poor. One \
study of staff training reported fewer night-time road crashes in the trained towns; no \
difference was found for crashes causing death. Another study tested a late-night bus service, \
and reported fewer injuries in the towns with the bus; the other studies found no difference in \
injuries.

Authors' conclusions: There is not enough evidence on how bar staff can prevent injuries."""
)


def _server_findings(did):
    summary = PlainSummary(
        headline="Little is known about how bar staff can prevent injuries",
        what_the_study_did=did,
        why_it_matters="If you have questions about your own care, talk with your doctor.",
        limitations="The studies were of poor quality.",
    )
    links = link_summary(SERVERS, summary, detect_design(SERVERS))
    return [f for f in check_attribution(SERVERS, links) if "(one_study)" in f.message]


def test_a_clause_lifted_from_one_studys_sentence_is_an_error():
    (found,) = _server_findings(
        "The review included twenty studies. No difference was found for crashes causing death."
    )
    assert "One study of staff training" in found.message


@pytest.mark.parametrize(
    "did",
    [
        # the sentence names the study itself, or the one before it does
        "The review included twenty studies. In one study, no difference was found for crashes "
        "causing death.",
        "One study of staff training found fewer night-time road crashes. No difference was "
        "found for crashes causing death.",
        # a later clause with a subject of its own is said of others
        "The review included twenty studies. The other studies found no difference in injuries.",
        # the first clause, which names its study
        "One study reported fewer night-time road crashes in the trained towns.",
    ],
)
def test_a_result_that_keeps_its_study_or_has_its_own_subject_passes(did):
    assert not _server_findings(did)


@pytest.mark.parametrize(
    "paper, said, study",
    [
        (
            "Another study tested a bus service, and reported fewer injuries in its towns, "
            "with no change elsewhere; no difference was found for deaths.",
            "No difference was found for deaths.",
            "Another study tested a bus service",
        ),
        (
            "One small trial found fewer falls, but no difference was seen in fractures.",
            "No difference was seen in fractures.",
            "One small trial found fewer falls",
        ),
        (
            "Pooled, the trials showed fewer relapses; no difference was found for disability.",
            "No difference was found for disability.",
            None,
        ),
        (
            "One trial found fewer falls; the other trials found no difference in fractures.",
            "The other trials found no difference in fractures.",
            None,
        ),
        (
            "One trial found fewer falls; no difference was seen in fractures.",
            "One trial saw no difference in fractures.",
            None,
        ),
    ],
)
def test_the_study_a_later_clause_belongs_to(paper, said, study):
    from plainsum.checks.claim_scope import one_study_clause_cut

    assert one_study_clause_cut(paper, said) == study


def test_a_repairs_gate_reads_the_papers_comparisons_once(monkeypatch):
    """The paper's comparisons are the paper's: a repair's gate finds the same misattributed
    result without reading them again."""
    from plainsum.checks import attribution

    read: list[int] = []
    real = attribution.comparisons
    monkeypatch.setattr(
        attribution, "comparisons", lambda texts: read.append(len(texts)) or real(texts)
    )
    attribution._treatments.cache_clear()
    result = (
        "Tizanidine reduced muscle stiffness more than placebo at 4 weeks. There were no "
        "differences in walking distance at 6 weeks and 6 months."
    )
    first = _findings(REVIEW, f"The review included six trials with 212 people. {result}")
    again = _findings(REVIEW, result)  # the repair left the count out
    assert len(read) == 1
    assert [f.span for f in first] == [f.span for f in again]
    assert again[0].span.startswith("There were no differences")  # found in both drafts


def test_a_sentence_with_no_comparing_word_is_never_cut_and_asked(monkeypatch):
    """Nine in ten of a paper's sentences say no "versus", "compared" or "against": neither
    comparison pattern can match in any of their pieces, so none is asked; a sentence with a
    letter that folds into ASCII ("ſ" is "s" without case) is asked as before."""
    from plainsum import caseless
    from plainsum.checks import attribution

    asked: list[str] = []
    real = caseless.finditer
    monkeypatch.setattr(caseless, "finditer", lambda p, text: asked.append(text) or real(p, text))
    plain = "Walking improved in both groups, and fatigue (measured weekly) eased."
    assert attribution.comparisons([plain]) == []
    assert asked == []
    found = attribution.comparisons(["Spasms eased more with tizanidine VERSUS baclofen."])
    assert found == [frozenset({"tizanidine", "baclofen"})]
    assert asked
    asked.clear()
    # "verſus" holds no "versus", but the patterns ignore case and match it: not lowered, asked
    found = attribution.comparisons(["Spasms eased with tizanidine verſus baclofen."])
    assert found == [frozenset({"tizanidine", "baclofen"})]
    assert asked
