"""Roles of the sentences of abstracts without headings (issue 9): read as a sequence."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.sentences import Role, classify
from plainsum.plain.sequence import Place, administrative, scores

B, A, M, R, C, L = (
    Role.BACKGROUND,
    Role.AIM,
    Role.METHODS,
    Role.RESULTS,
    Role.CONCLUSION,
    Role.LIMITATION,
)

ABSTRACTS = [
    pytest.param(
        [
            ("Fatigue is one of the most common symptoms of multiple sclerosis.", B),
            ("Its causes remain poorly understood.", B),
            ("We aimed to determine whether a home exercise plan eases fatigue.", A),
            ("We randomly assigned 120 adults with MS to exercise or to usual care.", M),
            ("Fatigue scores fell by 12% with exercise compared with 3% with usual care.", R),
            ("Walking speed did not differ between the groups (p = 0.41).", R),
            ("A home exercise plan eased fatigue in adults with MS.", C),
        ],
        id="trial: the last sentence concludes though it reports the result again",
    ),
    pytest.param(
        [
            ("Myelin repair fails in many lesions of people with MS.", B),
            ("How the cells that make myelin are held back is not known.", B),
            ("Here we show that a protein made by scar cells blocks the making of myelin.", C),
            ("Mice lacking the protein repaired 40% more of their myelin than normal mice.", R),
            ("Blocking the protein with an antibody restored repair in older mice.", R),
            ("Taken together, these data point to a new target for repair treatments.", C),
        ],
        id="lab study: 'Here we show that' claims a finding, 'Taken together' concludes",
    ),
    pytest.param(
        [
            ("Vitamin D levels are low in many people with MS.", B),
            ("Low levels have been linked to more relapses in earlier studies.", B),
            ("To determine whether vitamin D pills lower the relapse rate in adults.", A),
            ("The relapse rate was 0.3 per year with vitamin D and 0.5 with placebo.", R),
            ("In summary, vitamin D pills may lower the relapse rate.", C),
        ],
        id="'To determine whether' is an aim, 'In summary' a conclusion",
    ),
    pytest.param(
        [
            ("Multiple sclerosis is a long-term disease of the brain and spinal cord.", B),
            ("Many drugs now slow the disease, but none repairs the damage.", B),
            ("Several kinds of cells in the brain can make new myelin.", B),
            ("Some drugs that help these cells are being tested in early trials.", B),
            ("This review discusses what is known about myelin repair and how it is measured.", A),
            ("Drugs that repair myelin could change how the disease is treated.", C),
        ],
        id="narrative review: the scene, its scope, its closing statement",
    ),
    pytest.param(
        [
            ("Multiple sclerosis is a long-term disease of the brain and spinal cord.", B),
            ("Blood and spinal fluid markers help doctors follow the disease.", B),
            ("The markers identified indicate several kinds of damage, such as loss of myelin.", B),
            ("This review discusses the markers measured in blood and spinal fluid.", A),
        ],
        # (plaba 34638664: a closing-sounding line before the scope is the scene, never what
        # the review concluded: "The authors conclude that ..." of it was false, three readers)
        id="narrative review: a statement before its scope is the scene, not its conclusion",
    ),
    pytest.param(
        [
            ("Sleep problems are frequent in people with MS.", B),
            ("We sought to describe how often people with MS sleep badly.", A),
            ("We surveyed 800 members of a national MS register.", M),
            ("Poor sleep was reported by 52% of them, compared with 30% of their partners.", R),
            ("People who slept badly had more fatigue (odds ratio 2.1).", R),
            ("The survey relied on what people recalled, a limitation of this study.", L),
            ("Sleep problems deserve more attention in MS care.", C),
            ("(Funded by the National MS Society; ClinicalTrials.gov number, NCT01234567.)", None),
        ],
        id="survey: a limitation among the findings, the funding line left out",
    ),
    pytest.param(
        [
            ("Many people with a new stroke wait hours for a brain scan.", B),
            ("We used records from 31 hospitals to study 8,214 adults admitted with stroke.", M),
            ("We compared adults scanned within one hour with those scanned later.", M),
            ("Overall, 64% of adults were scanned within one hour.", R),
            ("Death within 90 days was 9.2% with a later scan and 7.1% with an early one.", R),
            ("Adults scanned later also stayed in hospital 3 days longer (p < 0.001).", R),
            ("Our results support a target of a scan within one hour of arrival.", C),
        ],
        id="cohort: 'Overall, 64% of adults ...' is a result with its number, not a conclusion",
    ),
    pytest.param(
        [
            ("We found four trials with 910 children.", R),
            (
                "Relapse-free survival was longer with the high-dose plan (HR 0.80, 95% CI 0.70 "
                "to 0.92).",
                R,
            ),
            ("Deaths from the treatment did not differ between the groups.", R),
            (
                "Based on the currently available evidence, the high-dose plan seems to help "
                "relapse-free survival.",
                C,
            ),
            ("Its harms are not yet clear.", C),
            ("Future trials should follow children for longer.", C),
            ("They should use the most recent risk groups.", C),
        ],
        id="results-only review extract: the conclusions start where the authors sum up",
    ),
]


@pytest.mark.parametrize("sentences", ABSTRACTS)
def test_roles_of_an_abstract_without_headings(sentences):
    text = " ".join(t for t, _ in sentences)
    got = [(s.text, s.role) for s in classify(parse(text))]
    want = [(t, r) for t, r in sentences if r is not None]
    assert got == want


@pytest.mark.parametrize(
    ("sentence", "admin"),
    [
        ("(Funded by the Example Foundation; ClinicalTrials.gov number, NCT00000001.)", True),
        ("Copyright 2021 The Authors.", True),
        ("This trial was registered with ISRCTN, number ISRCTN12345678.", True),
        ("One study was funded by the maker of the drug.", False),
        ("Support from family members helped people keep to the plan.", False),
    ],
)
def test_funding_and_copyright_lines_are_administrative(sentence, admin):
    assert administrative(sentence) is admin


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Relapses fell from 1.2 to 0.4 per year (p < 0.001).", "results"),
        ("The aim of this study was to compare two doses of the drug.", "aim"),
        ("We recruited 64 adults from two MS clinics.", "methods"),
        ("In conclusion, the drug was safe and helped.", "conclusion"),
        # a guideline's advice is what it found
        ("The panel recommends balance training for people who have fallen.", "conclusion"),
        ("Little is known about pain in children with MS.", "background"),
    ],
)
def test_a_cue_scores_its_part_highest_in_the_middle_of_an_abstract(sentence, role):
    table = scores(sentence, Place(3, 8))
    assert max(table, key=lambda k: table[k]) == role


def test_headings_still_decide_when_the_abstract_has_them():
    text = (
        "Background: Fatigue is common in MS.\n\nMethods: We asked 40 people about fatigue.\n\n"
        "Results: Fatigue was worse in the evening.\n\nConclusions: Fatigue varies over the day."
    )
    assert [s.role for s in classify(parse(text))] == [B, M, R, C]


@pytest.mark.parametrize(
    ("sentence", "limit"),
    [
        ("Of the 90 adults, 14 dropped out before the end.", True),
        ("The certainty of the evidence was rated as low.", True),
        ("The studies were small and at high risk of bias.", True),
        ("More people dropped out in the drug group than in the placebo group.", False),
        ("The evidence was graded as high, moderate or low.", False),
        ("People who withdrew were kept in the intention-to-treat analysis.", False),
        # a single study's own limits in ordinary words
        ("Because this was an observational study, the groups may have differed in age.", True),
        ("As it was a pilot study, we cannot say whether the plan works in the long run.", True),
        ("We could not rule out that people guessed their group.", True),
        ("The results may not apply to people with more severe disease.", True),
        ("Our estimates depend on assumptions about how long the benefit lasts.", True),
        ("Residual confounding by activity levels is possible.", True),
        ("Since the plan was not assigned at random, unknown differences may explain it.", True),
        ("Unmeasured differences between those who stretched and those who did not remain.", True),
        # ... and results, never limits
        ("People who could not walk unaided gained most from the plan.", False),
        ("After adjusting for confounding factors, pain still fell more with stretching.", False),
        ("Because stretching was easy to learn, most people kept it up.", False),
        # a null result, not a limit
        ("The trial could not show a difference in pain between the two groups.", False),
    ],
)
def test_a_limitation_among_the_results_of_an_abstract_without_headings(sentence, limit):
    text = (
        "Pain is common in people with MS. We aimed to test whether a stretching plan eases it. "
        "We randomly assigned 90 adults to stretching or usual care. Pain scores fell by 20% "
        f"with stretching and by 5% with usual care. {sentence} Stretching may ease pain in MS."
    )
    roles = {s.text: s.role for s in classify(parse(text))}
    assert (roles[sentence] == L) is limit


@pytest.mark.parametrize(
    ("sentence", "limit"),
    [
        # a design's limit in the conclusions of a headed abstract is a limitation ...
        (
            "Because treatment was not assigned at random, unmeasured differences between the "
            "groups may explain some of the results.",
            True,
        ),
        ("Residual confounding by smoking cannot be excluded.", True),
        ("The groups were not allocated randomly, so the comparison may be biased.", True),
        # ... while the conclusion itself, and a comparison made fair by design, stay conclusions
        ("Relapse rates were similar with the two tablets.", False),
        ("People were assigned at random, so the groups were alike at the start.", False),
    ],
)
def test_a_designs_limit_in_the_conclusions_of_a_headed_abstract(sentence, limit):
    text = (
        "Background: Two tablets are used for relapsing MS.\n\nMethods: We compared 900 people "
        "in a registry who took one tablet or the other.\n\nResults: The relapse rate was 0.2 "
        f"with both.\n\nConclusions: Relapse rates were alike. {sentence}"
    )
    roles = {s.text: s.role for s in classify(parse(text))}
    assert (roles[sentence] == L) is limit
