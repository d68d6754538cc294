"""Scorers: typed scores with explanations, computed with the project's own checks."""

from __future__ import annotations

import pytest
from test_eval_fixtures import ABSTRACTS, CLEAN, make_draft

from plainsum.evals.caveat_coverage import caveat_coverage, has_extra_caveat
from plainsum.evals.config import Case
from plainsum.evals.scorers import METRICS, SCORERS, Score, ScoreInput, run_scorers
from plainsum.ingest import parse
from plainsum.schemas import Finding, Severity, StudyDesign, Timings, Usage


def _input(summary=CLEAN, reference: str | None = "People walked faster after exercise.", **kw):
    draft = make_draft(**kw).model_copy(update={"summary": summary})
    case = Case(id="walk", dataset="t", text=ABSTRACTS["walk"], reference=reference)
    return ScoreInput(case=case, source=parse(case.text), draft=draft)


def _by_name(scores: list[Score]) -> dict[str, Score]:
    return {s.name: s for s in scores}


def test_every_score_is_typed_known_and_explained():
    scores = run_scorers(_input())
    assert scores and all(isinstance(s, Score) for s in scores)
    for score in scores:
        assert score.name in METRICS, score.name
        assert score.explanation
        assert score.value is None or isinstance(score.value, float)
    produced = {s.name for s in scores}
    assert produced == set(METRICS) - {"judge_preference"}  # the judge runs across systems


def test_gate_scores_list_every_finding():
    findings = [
        Finding(check="claims", severity=Severity.ERROR, message="hype word", span="cure"),
        Finding(check="readability", severity=Severity.WARNING, message="long sentence"),
        Finding(check="claims", severity=Severity.INFO, message="note"),
    ]
    scores = _by_name(SCORERS["gate"](_input(passed=False, findings=findings)))
    assert scores["gate_passed"].value == 0.0
    assert "failed" in scores["gate_passed"].explanation
    assert (
        "hype word" in scores["gate_passed"].explanation
        and '"cure"' in scores["gate_passed"].explanation
    )
    assert scores["errors"].value == 1 and scores["warnings"].value == 1
    assert scores["findings_claims"].value == 2 and scores["findings_readability"].value == 1
    assert (
        scores["findings_shape"].value == 0
        and scores["findings_shape"].explanation == "no findings"
    )
    passed = _by_name(SCORERS["gate"](_input()))
    assert passed["gate_passed"].value == 1.0


def test_overclaims_count_claims_findings():
    findings = [Finding(check="claims", severity=Severity.ERROR, message="says cure")]
    assert SCORERS["claims"](_input(findings=findings))[0].value == 1.0
    assert SCORERS["claims"](_input())[0].value == 0.0


def test_reading_level_uses_the_body():
    scores = _by_name(SCORERS["reading"](_input()))
    assert 0 < scores["fk_grade"].value < 16
    assert 3 < scores["words_per_sentence"].value < 30
    assert 0 <= scores["rare_word_share"].value <= 1
    harder = CLEAN.model_copy(
        update={
            "what_the_study_did": (
                "Investigators randomised ambulatory participants with demyelinating "
                "neuroinflammatory disease to supervised multicomponent rehabilitation "
                "interventions, subsequently quantifying locomotor performance characteristics "
                "using standardised instrumented assessments administered longitudinally."
            )
        }
    )
    hard = _by_name(SCORERS["reading"](_input(summary=harder)))
    assert hard["fk_grade"].value > scores["fk_grade"].value
    assert hard["rare_word_share"].value > scores["rare_word_share"].value


def test_invented_numbers_and_names_are_counted():
    clean = _by_name(SCORERS["faithfulness"](_input()))
    assert clean["invented_numbers"].value == 0
    invented = CLEAN.model_copy(
        update={
            "what_the_study_did": (
                "Researchers asked 999 adults with MS to take Zorbatrex at home for ten weeks. "
                "The group walked a little faster at the end."
            )
        }
    )
    scores = _by_name(SCORERS["faithfulness"](_input(summary=invented)))
    assert scores["invented_numbers"].value >= 1 and "999" in scores["invented_numbers"].explanation
    assert (
        scores["invented_names"].value >= 1 and "Zorbatrex" in scores["invented_names"].explanation
    )


def test_length_per_section():
    scores = _by_name(SCORERS["length"](_input()))
    assert scores["words_headline"].value == len(CLEAN.headline.split())
    total = sum(len(t.split()) for t in CLEAN.sections().values())
    assert scores["words_total"].value == total


def test_rouge_against_reference_and_without():
    same = _by_name(SCORERS["rouge"](_input(reference="\n".join(CLEAN.sections().values()))))
    assert same["rouge1"].value == pytest.approx(1.0) and same["rougeL"].value == pytest.approx(1.0)
    some = _by_name(SCORERS["rouge"](_input()))
    assert 0 < some["rouge1"].value < 1 and some["rouge2"].value < some["rouge1"].value
    # stemming: "walked" in the draft matches "walking" in the reference
    stem = _by_name(SCORERS["rouge"](_input(reference="walking")))
    assert stem["rouge1"].value > 0
    none = _by_name(SCORERS["rouge"](_input(reference=None)))
    assert none["rouge1"].value is None and "no reference" in none["rouge1"].explanation


def test_cost_scores_come_from_the_draft():
    x = _input()
    draft = x.draft.model_copy(
        update={
            "timings": Timings(draft_seconds=1.5, check_seconds=0.25, total_seconds=1.8),
            "usage": Usage(input_tokens=1200, cached_tokens=1024, output_tokens=300, cost_usd=0.02),
        }
    )
    scores = _by_name(SCORERS["cost"](ScoreInput(x.case, x.source, draft)))
    assert scores["latency_s"].value == 1.8
    assert scores["tokens_in"].value == 1200 and "1024 cached" in scores["tokens_in"].explanation
    assert scores["tokens_out"].value == 300 and scores["cost_usd"].value == 0.02
    assert _by_name(SCORERS["cost"](x))["cost_usd"].value is None


def test_a_broken_scorer_does_not_sink_the_others(monkeypatch):
    def broken(x):
        raise ValueError("boom")

    monkeypatch.setitem(SCORERS, "length", broken)
    scores = _by_name(run_scorers(_input(), ["length", "claims"]))
    assert scores["length_error"].value is None and "boom" in scores["length_error"].explanation
    assert "overclaims" in scores


@pytest.mark.parametrize(
    ("name", "text", "present"),
    [
        ("more_research", "More research is needed.", True),
        ("more_research", "Larger studies should test this.", True),
        ("more_research", "Better designed trials are needed.", True),
        ("more_research", "The results need confirming.", True),
        ("more_research", "This is final.", False),
        ("not_about_ms", "This study is not about MS.", True),
        ("not_about_ms", "The study did not include people with MS.", True),
        ("not_about_ms", "People with MS took part.", False),
    ],
)
def test_extra_caveat_patterns(name, text, present):
    assert has_extra_caveat(text, name) is present


def _coverage(design, about_ms=True, **sections):
    summary = CLEAN.model_copy(update=sections)
    draft = make_draft().model_copy(
        update={"design": design, "about_ms": about_ms, "summary": summary}
    )
    return caveat_coverage(draft)


def test_caveat_coverage_uses_the_gates_caveats_plus_extras():
    # CLEAN names the care team and more research, and says nothing about animals or people
    animal = _coverage(StudyDesign.ANIMAL)
    assert set(animal.expected) == {"not_in_people", "care_team", "more_research"}
    assert set(animal.present) == {"care_team", "more_research"}
    assert animal.value == pytest.approx(2 / 3, abs=1e-3)
    assert "missing: not_in_people" in animal.explanation
    fixed = _coverage(
        StudyDesign.ANIMAL,
        limitations="The work was done in mice, not in people. More research is needed.",
    )
    assert fixed.value == 1.0
    not_ms = _coverage(StudyDesign.OBSERVATIONAL, about_ms=False)
    assert {"link_not_cause", "not_about_ms"} <= set(not_ms.expected)
    assert not_ms.value < 1.0


ROUGE_TEXTS = [
    "People who walked more had fewer relapses over two years.",
    "Walking more was linked to fewer relapses in the two years of the study.",
    "The drug cut relapses by a third; side effects were mild and walking improved.",
    "Nothing in common here at all!",
    "",
    "relapses relapses relapses walking",
    "  IL-6 and TNF-α fell by 30% (p<0.01);\tβ-interferon dying patients' café naïve  \n",
    "Ｆｕｌｌ-width ﬁbres, İstanbul, 2nd-line 10,000 mg/kg — the dying agreed",
]


@pytest.mark.parametrize("reference", ROUGE_TEXTS)
@pytest.mark.parametrize("summary", ROUGE_TEXTS)
def test_rouge_scores_are_rouge_scores_own(reference, summary):
    from rouge_score import rouge_scorer

    from plainsum.evals.scorers import rouge_scores

    theirs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    assert rouge_scores(reference, summary) == theirs.score(reference, summary)


@pytest.mark.parametrize("text", ROUGE_TEXTS)
def test_rouge_tokens_are_rouge_scores_own(text):
    """The memoised tokenizer gives rouge-score's tokens (stems, numbers, dropped characters)."""
    from rouge_score import tokenizers

    from plainsum.evals.scorers import _rouge

    theirs = tokenizers.DefaultTokenizer(use_stemmer=True).tokenize(text)
    assert _rouge().tokenize(text) == theirs


def test_ngram_scores_are_rouge_scores_own_on_random_tokens():
    import random

    from rouge_score.rouge_scorer import _create_ngrams, _score_ngrams

    from plainsum.evals.scorers import ngram_score

    rng = random.Random(11)
    for _ in range(300):
        a = [rng.choice("abcde") for _ in range(rng.randint(0, 40))]
        b = [rng.choice("abcdef") for _ in range(rng.randint(0, 40))]
        for n in (1, 2, 3):
            assert ngram_score(a, b, n) == _score_ngrams(_create_ngrams(a, n), _create_ngrams(b, n))


def test_lcs_length_is_the_tables():
    import random

    from rouge_score.rouge_scorer import _lcs_table

    from plainsum.evals.scorers import lcs_length

    rng = random.Random(7)
    for _ in range(300):
        a = [rng.choice("abcde") for _ in range(rng.randint(1, 90))]
        b = [rng.choice("abcdef") for _ in range(rng.randint(1, 90))]
        assert lcs_length(a, b) == _lcs_table(a, b)[-1][-1]
