"""A condition named only in the list of harms seen is never what the paper was about ("This
review was about influenza." for a review of tea and heart disease whose harms included
"hospitalisation for influenza": the lead's end reading, stop 54, CD009934)."""

from plainsum.plain.condition import conditions_of
from plainsum.plain.sentences import Role


def test_a_harm_listed_is_no_topic():
    said = [
        (
            "Eleven trials of cocoa drinks for the prevention of stroke were included.",
            0,
            Role.RESULTS,
        ),
        (
            "Adverse events were seen in four trials and included hospitalisation for influenza "
            "and a broken wrist.",
            1,
            Role.CONCLUSION,
        ),
        ("Cocoa drinks for people with influenza were not studied.", 2, Role.CONCLUSION),
    ]
    assert "influenza" not in [c.name for c in conditions_of(said)]
