"""Finding check: what its findings tell an editor, and a sentence drawn from the methods that
reports no result (issue 13: tests that fail when the code is wrong). Texts written for these
tests."""

from test_checks_finding import CARE, PROCEDURE_ONLY, RESULT, _check, _summary


def test_a_body_with_no_result_says_so_and_what_to_add():
    (found,) = _check(_summary(PROCEDURE_ONLY))
    assert found.message.startswith("The summary never says what the study found")
    assert "how it was done (design, search, aim, size)" in found.message
    # every section is read: the headline, why it matters and the limitations state none
    assert found.message.endswith("no other section states a result.")
    assert found.hint.startswith("Add the main results to what the study did")
    assert "by how much" in found.hint and found.hint.endswith("that nothing did.")


def test_results_under_why_it_matters_says_where_they_are_and_where_they_belong():
    (found,) = _check(_summary(PROCEDURE_ONLY, f"{RESULT} {CARE}"))
    assert found.message.startswith("What the study did says how it was done")
    assert "not what it found" in found.message
    assert found.message.endswith("the results are under why it matters.")
    assert found.hint.startswith("Move the main results")
    assert found.hint.endswith("into what the study did.")


def test_a_sentence_drawn_from_the_methods_that_states_no_effect_is_no_result():
    """It is held to the paper's search methods, not its results, and says no effect."""
    sentence = "The review covered four databases up to May 2022."
    (found,) = _check(_summary(f"{PROCEDURE_ONLY} {sentence}"))
    assert found.severity.value == "error" and "never says" in found.message
