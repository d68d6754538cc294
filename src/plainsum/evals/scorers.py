"""Scorers: each looks at one draft of one case and returns typed scores with explanations.

A scorer is a plain function `(ScoreInput) -> list[Score]`. A score's value is a number (1.0/0.0
for pass/fail) or None when the metric does not apply to the case (ROUGE without a reference, cost
from a drafter that reports none). `METRICS` says, for each score name, how to read it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from ..schemas import SECTIONS, Finding, Severity, count_words

if TYPE_CHECKING:
    from ..ingest import Source
    from ..schemas import Draft
    from .config import Case

CHECKS = ("readability", "caveats", "claims", "faithfulness", "shape")


class Score(BaseModel):
    """One measurement of one draft, with a sentence saying where it came from."""

    name: str
    value: float | None
    explanation: str = ""


@dataclass(frozen=True)
class Metric:
    """How to read a score: its label, which direction is better, how to print it."""

    label: str
    better: Literal["higher", "lower"] | None = None
    digits: int = 2
    scale: float | None = None  # a chart's full bar (1 for a share); None: the largest value


METRICS: dict[str, Metric] = {
    "gate_passed": Metric("passes the gate", "higher", scale=1.0),
    "errors": Metric("error findings", "lower", scale=5.0),
    "warnings": Metric("warning findings", "lower", scale=5.0),
    **{f"findings_{c}": Metric(f"{c} findings", "lower", scale=3.0) for c in CHECKS},
    "fk_grade": Metric("FK grade (body)", "lower", 1, scale=20.0),
    "words_per_sentence": Metric("words per sentence", "lower", 1, scale=30.0),
    "rare_word_share": Metric("rare-word share", "lower", 3, scale=1.0),
    "caveat_coverage": Metric("caveat coverage", "higher", scale=1.0),
    "invented_numbers": Metric("invented numbers", "lower", scale=3.0),
    "invented_names": Metric("invented names", "lower", scale=3.0),
    "overclaims": Metric("overclaims", "lower", scale=3.0),
    **{f"words_{s}": Metric(f"words: {s}", None, 1) for s in SECTIONS},
    "words_total": Metric("words: total", None, 1),
    "rouge1": Metric("ROUGE-1 F", "higher", 3, scale=1.0),
    "rouge2": Metric("ROUGE-2 F", "higher", 3, scale=1.0),
    "rougeL": Metric("ROUGE-L F", "higher", 3, scale=1.0),
    "latency_s": Metric("latency (s)", "lower", 3),
    "tokens_in": Metric("tokens in", "lower", 0),
    "tokens_out": Metric("tokens out", "lower", 0),
    "cost_usd": Metric("cost (USD)", "lower", 4),
    "judge_preference": Metric("judge: preferred to baseline", "higher", scale=1.0),
}


@dataclass(frozen=True)
class ScoreInput:
    """What a scorer may look at: the case, its parsed source, and the draft."""

    case: Case
    source: Source
    draft: Draft


Scorer = Callable[[ScoreInput], list[Score]]


def describe(finding: Finding) -> str:
    """One line for a finding: severity, check, section, message and the offending text."""
    where = f" {finding.section}" if finding.section else ""
    span = f' "{finding.span}"' if finding.span else ""
    return f"{finding.severity.value} [{finding.check}{where}] {finding.message}{span}"


def _list(findings: list[Finding]) -> str:
    return "; ".join(describe(f) for f in findings) if findings else "no findings"


def draft_text(draft: Draft) -> str:
    """The whole summary as one text, headline first."""
    return "\n".join(draft.summary.sections().values())


def score_gate(x: ScoreInput) -> list[Score]:
    """Pass/fail, error and warning counts, and each check's findings."""
    findings = x.draft.findings
    errors = [f for f in findings if f.severity == Severity.ERROR]
    warnings = [f for f in findings if f.severity == Severity.WARNING]
    verdict = "passed" if x.draft.passed else "failed"
    attempts = len(x.draft.provenance.attempts)
    scores = [
        Score(
            name="gate_passed",
            value=1.0 if x.draft.passed else 0.0,
            explanation=f"{verdict} after {attempts} attempt{'' if attempts == 1 else 's'}: "
            f"{_list(findings)}",
        ),
        Score(name="errors", value=float(len(errors)), explanation=_list(errors)),
        Score(name="warnings", value=float(len(warnings)), explanation=_list(warnings)),
    ]
    for check in CHECKS:
        mine = [f for f in findings if f.check == check]
        scores.append(
            Score(name=f"findings_{check}", value=float(len(mine)), explanation=_list(mine))
        )
    return scores


def score_reading(x: ScoreInput) -> list[Score]:
    """Flesch-Kincaid grade, words per sentence and rare-word share of the summary body."""
    from ..checks.readability import measure

    level = measure(x.draft.summary.body())
    base = f"body: {level.words} words in {level.sentences} sentences"
    return [
        Score(
            name="fk_grade",
            value=round(level.grade, 2),
            explanation=f"{base}; FK grade {level.grade:.1f} (target {x.draft.grade_target:g})",
        ),
        Score(
            name="words_per_sentence",
            value=round(level.words_per_sentence, 2),
            explanation=f"{base}; {level.words_per_sentence:.1f} words per sentence",
        ),
        Score(
            name="rare_word_share",
            value=round(level.rare_word_share, 4),
            explanation=f"{base}; {level.rare_word_share:.1%} of words are rare",
        ),
    ]


def score_caveats(x: ScoreInput) -> list[Score]:
    """Share of the caveats the study design calls for that the summary carries."""
    from .caveat_coverage import caveat_coverage

    coverage = caveat_coverage(x.draft)
    return [Score(name="caveat_coverage", value=coverage.value, explanation=coverage.explanation)]


def _names(items: object) -> list[str]:
    out = []
    for item in items or []:  # type: ignore[attr-defined]
        out.append(str(getattr(item, "span", None) or getattr(item, "text", None) or item))
    return out


def score_faithfulness(x: ScoreInput) -> list[Score]:
    """Numbers and names in the summary that the source does not contain."""
    from ..checks.faithfulness import unsupported_names, unsupported_numbers

    source_text = x.source.full_text
    text = draft_text(x.draft)
    numbers = _names(unsupported_numbers(source_text, text))
    names = _names(unsupported_names(source_text, text))
    return [
        Score(
            name="invented_numbers",
            value=float(len(numbers)),
            explanation=("not in the source: " + ", ".join(numbers)) if numbers else "none",
        ),
        Score(
            name="invented_names",
            value=float(len(names)),
            explanation=("not in the source: " + ", ".join(names)) if names else "none",
        ),
    ]


def score_claims(x: ScoreInput) -> list[Score]:
    """Overclaims: what the claims check found (hype, causal words, advice)."""
    found = [f for f in x.draft.findings if f.check == "claims"]
    return [Score(name="overclaims", value=float(len(found)), explanation=_list(found))]


def score_length(x: ScoreInput) -> list[Score]:
    """Words in each section and in total."""
    sections = x.draft.summary.sections()
    scores = [
        Score(name=f"words_{name}", value=float(count_words(text)), explanation=name)
        for name, text in sections.items()
    ]
    total = sum(count_words(t) for t in sections.values())
    scores.append(Score(name="words_total", value=float(total), explanation="all four sections"))
    return scores


ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")


class _MemoTokenizer:
    """rouge-score's own tokenizer (`rouge_score.tokenize.tokenize`: lower case, every run of
    other characters than a-z and 0-9 a space, Porter stems of words longer than three letters,
    empty or invalid tokens dropped), with what each word becomes kept: nltk's Porter stemmer
    and the per-token checks are pure Python, and the same words come back in every summary
    and reference."""

    def __init__(self) -> None:
        from rouge_score import tokenize, tokenizers  # type: ignore[import-untyped]

        self._inner = tokenizers.DefaultTokenizer(use_stemmer=True)
        self._stem = lru_cache(maxsize=65536)(self._inner._stemmer.stem)
        self._other = tokenize.NON_ALPHANUM_RE
        self._valid = tokenize.VALID_TOKEN_RE
        # ROUGE-L tokenizes the texts ROUGE-1/2 just did
        self._tokens = lru_cache(maxsize=8)(self._tokenize)
        self._word = lru_cache(maxsize=65536)(self._token_of)

    def _token_of(self, word: str) -> str | None:
        """What a word of a-z and 0-9 becomes (its stem if longer than three letters), or None
        when rouge-score drops it."""
        token = str(self._stem(word)) if len(word) > 3 else word
        return token if self._valid.match(token) else None

    def _tokenize(self, text: str) -> tuple[str, ...]:
        # only spaces separate what the substitution leaves: str.split() gives its words,
        # without the empty strings rouge-score's split on \s+ makes and then drops
        words = self._other.sub(" ", text.lower()).split()
        return tuple(t for t in map(self._word, words) if t is not None)

    def tokenize(self, text: str) -> list[str]:
        return list(self._tokens(text))


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    """Each run of `n` tokens and how often it occurs (`_create_ngrams`'s counts): the shifted
    lists are of unequal length on purpose, the last `n - 1` tokens start no run."""
    return Counter(zip(*(tokens[i:] for i in range(n)), strict=False))


def ngram_score(target: list[str], prediction: list[str], n: int):  # type: ignore[no-untyped-def]
    """rouge-score's `_score_ngrams` of the two token lists' n-grams, with the same arithmetic:
    the n-grams counted in C (`Counter` over `zip`) rather than a Python loop, and their
    overlap summed over the summary's n-grams, the shorter list (a reference's n-gram the
    summary lacks adds 0 to the sum)."""
    from rouge_score import scoring

    theirs, ours = _ngrams(target, n), _ngrams(prediction, n)
    overlap = sum(min(count, theirs[gram]) for gram, count in ours.items() if gram in theirs)
    precision = overlap / max(sum(ours.values()), 1)
    recall = overlap / max(sum(theirs.values()), 1)
    return scoring.Score(
        precision=precision, recall=recall, fmeasure=scoring.fmeasure(precision, recall)
    )


def load_rouge() -> None:
    """Import rouge-score (and nltk under it) now: a run does this before it forks its worker
    processes, which then share it instead of importing it once each (0.4 s apiece)."""
    _rouge()


@lru_cache(maxsize=1)
def _rouge() -> _MemoTokenizer:
    """The memoised tokenizer (rouge-score and nltk imported); ROUGE-1/2 are `ngram_score`,
    ROUGE-L is `lcs_length`."""
    return _MemoTokenizer()


def lcs_length(a: list[str], b: list[str]) -> int:
    """The length of the longest common subsequence of two token lists: rouge-score's
    `_lcs_table(a, b)[-1][-1]`, found bit-parallel (one big-integer step per token of `b`,
    Hyyrö's form of Allison and Dix) instead of filling a Python table of len(a) x len(b)
    cells, which took most of a case's scoring time."""
    masks: dict[str, int] = {}
    for i, token in enumerate(a):
        masks[token] = masks.get(token, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for token in b:
        u = v & masks.get(token, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def _rouge_l(target: list[str], prediction: list[str]):  # type: ignore[no-untyped-def]
    """rouge-score's `_score_lcs`, with the same arithmetic, on `lcs_length`."""
    from rouge_score import scoring

    if not target or not prediction:
        return scoring.Score(precision=0, recall=0, fmeasure=0)
    lcs = lcs_length(target, prediction)
    precision = lcs / len(prediction)
    recall = lcs / len(target)
    return scoring.Score(
        precision=precision, recall=recall, fmeasure=scoring.fmeasure(precision, recall)
    )


def rouge_scores(reference: str, summary: str) -> dict[str, Any]:
    """rouge-score's `RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    .score(reference, summary)`, the same numbers at a fraction of the CPU."""
    tokenizer = _rouge()
    target, prediction = tokenizer.tokenize(reference), tokenizer.tokenize(summary)
    return {
        "rouge1": ngram_score(target, prediction, 1),
        "rouge2": ngram_score(target, prediction, 2),
        "rougeL": _rouge_l(target, prediction),
    }


def score_rouge(x: ScoreInput) -> list[Score]:
    """ROUGE-1/2/L F-measure (stemmed) of the whole summary against the human reference."""
    if not x.case.reference:
        return [
            Score(name=n, value=None, explanation="no reference for this case") for n in ROUGE_TYPES
        ]
    result = rouge_scores(x.case.reference, draft_text(x.draft))
    return [
        Score(
            name=name,
            value=round(result[name].fmeasure, 4),
            explanation=(
                f"F {result[name].fmeasure:.3f} (precision {result[name].precision:.3f}, "
                f"recall {result[name].recall:.3f}) against the reference"
            ),
        )
        for name in ROUGE_TYPES
    ]


def score_cost(x: ScoreInput) -> list[Score]:
    """Wall time of the draft-check-repair loop, tokens and cost, as the drafter reported them."""
    t, u = x.draft.timings, x.draft.usage
    return [
        Score(
            name="latency_s",
            value=round(t.total_seconds, 4),
            explanation=f"drafting {t.draft_seconds:.3f} s, checking {t.check_seconds:.3f} s",
        ),
        Score(
            name="tokens_in",
            value=float(u.input_tokens),
            explanation=f"{u.input_tokens} input tokens ({u.cached_tokens} cached)",
        ),
        Score(name="tokens_out", value=float(u.output_tokens), explanation="output tokens"),
        Score(
            name="cost_usd",
            value=u.cost_usd,
            explanation="as priced by the drafter" if u.cost_usd is not None else "no price known",
        ),
    ]


SCORERS: dict[str, Scorer] = {
    "gate": score_gate,
    "reading": score_reading,
    "caveats": score_caveats,
    "faithfulness": score_faithfulness,
    "claims": score_claims,
    "length": score_length,
    "rouge": score_rouge,
    "cost": score_cost,
}


def run_scorers(x: ScoreInput, names: list[str] | None = None) -> list[Score]:
    """Every named scorer (all by default); a scorer that breaks gives a None score, not a crash."""
    scores: list[Score] = []
    for name in names or list(SCORERS):
        try:
            scores.extend(SCORERS[name](x))
        except Exception as exc:  # one broken scorer must not sink the run
            scores.append(
                Score(name=f"{name}_error", value=None, explanation=f"{type(exc).__name__}: {exc}")
            )
    return scores
