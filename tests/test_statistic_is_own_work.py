"""A sentence that carries a statistic of the study's own data (a confidence interval, a P value,
a risk or hazard ratio) reports this study's results, however plain its words: in an abstract
without headings it is never set aside as the scene, where cue words alone would have called
everything before the first "we found" background (a review's main pooled result was lost)."""

import pytest

from plainsum.ingest import parse
from plainsum.plain.material import background_by_position
from plainsum.plain.source import source_sentences


def _set_aside(text: str, said: str) -> bool:
    """Whether the sentence of `text` that starts as `said` does is set aside as the scene."""
    source = parse(text)
    sentences = source_sentences(source)
    index = next(s.index for s in sentences if s.text.startswith(said[:20]))
    return index in background_by_position(source, sentences)


@pytest.mark.parametrize(
    "result",
    [
        "Pooling the trials of 1400 adults gives a clear survival benefit from the added tablet "
        "(HR 0.74, 95% CI 0.64 to 0.89).",
        "The night dose eased morning stiffness more than the day dose (P = 0.003).",
        "The relapse rate with the injection was about half of that with the dummy drug "
        "(RR 0.52; 95%CI 0.31 to 0.88).",
    ],
)
def test_a_result_with_its_statistic_is_the_study_s_own(result):
    text = (
        "Nine trials of a tablet taken each night by adults with long-term joint pain were "
        "pooled. Most of the trials lasted less than a year. "
        f"{result} The tablets were well tolerated in most people."
    )
    assert not _set_aside(text, result)


def test_a_statistic_of_earlier_work_stays_the_scene():
    text = (
        "Joint pain is common in older adults. Many take tablets for it every day. "
        "Previous trials have shown that night tablets ease stiffness (RR 0.7, 95% CI 0.5 to "
        "0.9). Tablets given at night were compared with tablets given in the morning in 40 "
        "adults. Stiffness was lower with the night tablet."
    )
    source = parse(text)
    sentences = source_sentences(source)
    assert 2 in background_by_position(source, sentences)


@pytest.mark.parametrize(
    "result",
    [
        "The splint was worn every night by 31 people (78%).",
        "Sleep was better in the splint group (n = 40) than in the others.",
    ],
)
def test_a_count_with_its_share_is_the_study_s_own(result):
    text = (
        "Wrist pain wakes many people at night. Splints are cheap and easy to wear. "
        "Some people stop wearing them. "
        f"{result} We conclude that a night splint may help."
    )
    assert not _set_aside(text, result)


def test_results_after_this_kind_of_study_are_its_own():
    """ "This observational study investigated ..." says the work is the paper's own, as
    "this study" does: the results after it are drafted."""
    text = (
        "Throat clearing is a common reason to see a doctor. No treatment is known to work. "
        "This observational study looked at sipping cold water to stop the habit. "
        "Forty adults who had tried it answered a short survey. "
        "Most of them said the habit was less frequent. "
        "We conclude that sipping cold water may help."
    )
    source = parse(text)
    sentences = source_sentences(source)
    assert not {3, 4} & background_by_position(source, sentences)
