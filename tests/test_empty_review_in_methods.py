"""A review whose only sentence saying that no study met its entry rules stands among its
methods, or opens an abstract without headings (issue 9, CD011000, CD006274, CD007729): its
body says the review found no studies it could include, its limitations say the question is
open, and the gate reads the review as empty the same way. A review that took studies in, or
found only nothing new, gains no such sentence. Every abstract here is written for these
tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.checks.empty_review import empty_review
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.frames import EMPTY_REVIEW
from plainsum.plain.none_included import NONE_MET, none_included
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence
from plainsum.settings import Settings

IN_METHODS = (
    "Background: Some people with multiple sclerosis (MS) use weighted blankets to sleep "
    "better.\n\n"
    "Objectives: To assess the effects of weighted blankets on sleep in adults with MS.\n\n"
    "Search methods: We searched three trial registers and four databases up to June 2022.\n\n"
    "Selection criteria: Randomised controlled trials of weighted blankets in adults with MS.\n\n"
    "Data collection and analysis: Two authors screened the records. No eligible trials were "
    "identified and so no data could be pooled.\n\n"
    "Main results: No analysis could be done.\n\n"
    "Authors' conclusions: Without trials, we cannot say whether weighted blankets help people "
    "with MS sleep. Trials of weighted blankets are needed."
)
UNHEADED = (
    "No eligible trials were identified. Nine reports that looked relevant were set aside, as "
    "none compared weighted blankets with ordinary blankets. To date, no randomised trials "
    "have tested weighted blankets for sleep in adults with multiple sclerosis. Trials should "
    "measure sleep quality, tiredness and safety."
)


def _sections(text: str):
    source = parse(text)
    return compose(gather(source, detect_design(source)))


def test_a_review_empty_by_its_methods_says_so_in_its_body() -> None:
    _, sections = _sections(IN_METHODS)
    did = [line.text for line in sections["what_the_study_did"]]
    assert NONE_MET in did
    assert EMPTY_REVIEW in [line.text for line in sections["limitations"]]


def test_the_sentence_that_says_so_comes_after_what_the_review_looked_for() -> None:
    _, sections = _sections(IN_METHODS)
    did = [line.text for line in sections["what_the_study_did"]]
    searched = next(i for i, text in enumerate(did) if "up to June 2022" in text)
    assert did.index(NONE_MET) > searched


def test_the_gate_reads_a_review_empty_by_its_methods_as_empty() -> None:
    assert empty_review(parse(IN_METHODS)) == (
        "No eligible trials were identified and so no data could be pooled."
    )


def test_an_offline_draft_of_it_says_so_and_the_gate_finds_nothing_unsaid() -> None:
    result = draft(parse(IN_METHODS), Settings(backend="offline"))
    assert NONE_MET in result.summary.what_the_study_did
    assert not [f for f in result.findings if "never says so" in f.message]


def test_an_unheaded_review_that_opens_on_none_found_is_empty() -> None:
    _, sections = _sections(UNHEADED)
    assert NONE_MET in [line.text for line in sections["what_the_study_did"]]
    assert empty_review(parse(UNHEADED)) == "No eligible trials were identified."


def test_a_background_sentence_counts_only_where_roles_are_guessed() -> None:
    said = [SourceSentence(0, "No eligible trials were identified.", Role.BACKGROUND, 0, 35)]
    assert none_included(said, headed=False) == 0
    assert none_included(said) is None


def test_a_review_that_took_studies_in_gains_no_such_sentence() -> None:
    full = IN_METHODS.replace(
        "No eligible trials were identified and so no data could be pooled.",
        "We found no new trials for this update.",
    ).replace(
        "No analysis could be done.",
        "We included three trials with 160 adults. Weighted blankets improved sleep quality "
        "compared with ordinary blankets.",
    )
    _, sections = _sections(full)
    assert NONE_MET not in [line.text for line in sections["what_the_study_did"]]
    assert empty_review(parse(full)) is None
