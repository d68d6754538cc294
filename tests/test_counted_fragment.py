"""Who took part copied as a fragment ("2,214 women with relapsing MS, of whom 863 had at least
one pregnancy.") is a broken sentence the gate names (lead, stop 54: hand-written s1 passed the
gate with it at the start)."""

from plainsum.checks.fluency import sentence_problems
from plainsum.checks.fluency_fragments import counted_fragment


def test_counted_people_with_no_verb_of_their_own_are_a_fragment():
    fragment = "1,120 adults with relapsing MS, of whom 410 drank three cups of coffee a day."
    assert counted_fragment(fragment) == "1,120 adults"
    assert "counted_fragment" in [p.rule for p in sentence_problems(fragment)]
    assert counted_fragment("Forty adults with MS and 20 without.") == "Forty adults"


def test_a_sentence_about_counted_people_is_whole():
    assert counted_fragment("Forty people took part.") is None
    assert counted_fragment("1,120 adults were in the study.") is None
    assert counted_fragment("One in six people suffer from depression.") is None
    assert counted_fragment("Two studies that looked at 52 infants were found.") is None
    whole = "The study included 1,120 adults with MS, of whom 410 drank coffee."
    assert "counted_fragment" not in [p.rule for p in sentence_problems(whole)]
