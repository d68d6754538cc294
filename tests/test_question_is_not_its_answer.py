"""The question a study asked ("The researchers wanted to check whether an online course reduces
low mood in people with MS") is not its answer ("An online course reduced low mood in people with
MS over 12 weeks"), however many words they share: the answer under why it matters is no repeat
(a hand-written MS trial's draft failed, and its repair emptied why it matters). The same
statement twice still is one."""

from plainsum.checks.repeats import same_thing

_ASKED = (
    "The researchers wanted to check whether an online course reduces low mood in people with MS."
)
_FOUND = "An online course reduced low mood in people with MS over 12 weeks."


def test_the_answer_is_not_the_question_again():
    assert not same_thing(_FOUND, _ASKED)
    assert not same_thing(
        "The study tested whether the online course reduces low mood in people with MS.",
        "The online course reduces low mood in people with MS.",
    )


def test_a_statement_said_twice_is_still_a_repeat():
    assert same_thing(_FOUND, "Over 12 weeks, an online course reduced low mood in people with MS.")
