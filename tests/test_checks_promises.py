"""Overclaiming by meaning (texts written for these tests): how long, for whom, how sure, how
soon and how big a step a summary says a finding is, against what the paper says."""

import pytest
from gate_texts import LAB_SOURCE, LAB_SUMMARY, edit

from plainsum.checks.claims import check_claims
from plainsum.checks.promises import find_promises
from plainsum.ingest import parse
from plainsum.schemas import Severity


@pytest.mark.parametrize(
    "text,family",
    [
        # how long: a benefit said to last, a condition said to be gone
        ("Cooling vests are an easy way to keep heat fatigue away for life.", "permanence"),
        ("With this diet, tingling in the hands could be gone for good.", "permanence"),
        ("The exercise plan gives lasting relief from stiff legs.", "permanence"),
        ("For people on the new pill, flare-ups are now a thing of the past.", "permanence"),
        ("The injections permanently repair the coating around nerves.", "permanence"),
        ("People who stayed on the pill kept benefiting.", "permanence"),
        ("Those who swam went on to feel better.", "permanence"),
        # for whom
        ("Yoga classes help anyone living with MS sleep better.", "universality"),
        ("Balance training protects every person with MS from falls.", "universality"),
        ("The treatment works regardless of which type of MS people have.", "universality"),
        # how sure
        ("These trials put the old debate about diet to rest.", "certainty"),
        ("Walking programmes offer genuine relief from tiredness.", "certainty"),
        ("Massage made a dramatic difference to pain in the trial.", "certainty"),
        ("Vitamin D clearly works against relapses.", "certainty"),
        # how soon
        ("Pills may shortly replace monthly drips for people with MS.", "imminence"),
        ("Within a few years this scan could become a routine test.", "imminence"),
        ("A home test for relapses is just around the corner.", "imminence"),
        # a benefit said to be on its way
        ("The scan paves the way for a test that picks each person's best drug.", "imminence"),
        ("This finding offers fresh hope to people with tremor.", "imminence"),
        ("It brings a pill for bladder problems a step closer.", "imminence"),
        ("New drugs for nerve pain are now on their way.", "imminence"),
        # how big a step
        ("The study marks a new chapter for people with tremor.", "milestone"),
        ("Doctors call the result a watershed for bladder care.", "milestone"),
    ],
)
def test_overclaims_by_meaning_are_found(text, family):
    assert family in [p.family.name for p in find_promises(text)], find_promises(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same scope words, saying no more than a study can
        "MS is a lifelong condition, and many people take treatment for life.",
        "Some nerve damage in MS is permanent.",
        "Everyone in the trial wore the vest for six weeks.",
        "All participants in both groups filled in a diary.",
        "It is not yet clear whether the vests offer real relief.",
        "None of the trials showed a real difference in walking.",
        "More research is needed to know for sure.",
        "This does not settle the question of whether diet matters.",
        "Side effects started soon after the first dose.",
        "People stopped smoking within six months of the course.",
        "The trial will report its results within two years.",
        "One day this could pave the way for a new test.",
        "Larger trials are needed to know for sure.",
        "Many people with MS hope for a treatment that repairs nerves.",
        "Anyone with questions about their own care should talk with their doctor.",
        "This treatment is not for everyone with MS.",
        "Developmental milestones were similar in both groups.",
        "Walking kept improving over the 12 weeks of the course.",
        "People kept taking the pill for a year.",
        # everyone screened or advised is not everyone said to benefit
        "Health services advise that all adults get a flu jab to prevent illness.",
        "Nurses checked all people with diabetes for the antibody, which may help care.",
    ],
)
def test_plain_statements_with_scope_words_pass(text):
    assert find_promises(text) == []


def test_a_scope_the_paper_states_itself_is_not_the_summary_s_overclaim():
    text = "All patients improved after the course."
    paper = "Methods: 20 adults took a six-week course. Results: All patients improved."
    assert find_promises(text)  # against nothing, a claim about everyone
    assert find_promises(text, paper) == []


def test_a_benefit_that_went_on_is_the_paper_s_when_it_reports_one_that_lasted():
    text = "People who stayed on the pill kept benefiting."
    short = "Results: Relapses were fewer with the pill than with placebo over one year."
    lasting = short + " The benefit was maintained in the five-year extension."
    assert find_promises(text, short)
    assert find_promises(text, lasting) == []


def test_the_claims_check_reports_them_once_a_sentence_with_the_paper_as_yardstick():
    why = "These results mean lasting relief for people with MS. " + LAB_SUMMARY.why_it_matters
    summary = edit(LAB_SUMMARY, why_it_matters=why)
    found = [f for f in check_claims(summary, LAB_SOURCE) if f.section == "why_it_matters"]
    assert len(found) == 1 and found[0].severity == Severity.ERROR, found
    assert "'lasting relief'" in found[0].message and found[0].hint
    # a sentence that a hype rule already names is reported once
    both = edit(LAB_SUMMARY, headline="A breakthrough drug offers lasting relief in MS")
    assert len([f for f in check_claims(both, LAB_SOURCE) if f.section == "headline"]) == 1
    # when the paper itself speaks of lasting relief, the summary may too
    lasting = parse(LAB_SOURCE.full_text + "\n\nConclusions: the drug gave lasting relief.")
    assert [f for f in check_claims(summary, lasting) if f.section == "why_it_matters"] == []


def test_lasting_protection_is_the_paper_s_when_it_reports_long_lived_immunity():
    text = "Only germs that escaped gave lasting protection against a second infection."
    short = "Results: Mice given the germ were protected against a second infection."
    long_lived = short + " The escape was needed for long-lived protective immunity."
    assert find_promises(text, short)
    assert find_promises(text, long_lived) == []


@pytest.mark.parametrize(
    "text,flagged",
    [
        ("A fish oil capsule fixes ADHD in children.", True),
        ("The cream gets rid of the pain of shingles.", True),
        ("This review shows that the pill gives people with MS their energy back.", True),
        ("The team fixed the dose at 200 mg a day.", False),
        ("The researchers reversed the order of the two tests.", False),
    ],
)
def test_a_cure_in_other_words_is_an_overclaim(text, flagged):
    assert bool(find_promises(text)) is flagged


def test_a_cure_the_paper_reports_is_its_own():
    text = "The drug reverses the disease in mice."
    assert find_promises(text)
    assert find_promises(text, "Results: Treatment reversed established disease in mice.") == []
