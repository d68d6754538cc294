"""The plain-language building blocks of the offline drafter, on texts written for the tests."""

import pytest

from plainsum.ingest import parse
from plainsum.plain.abbreviations import expand, find_definitions, unexplained
from plainsum.plain.glossary import load_glossary, parse_glossary, plain_words
from plainsum.plain.numbers import (
    count_people,
    has_statistics,
    strip_statistics,
)
from plainsum.plain.sentences import Role, classify, split_sentences
from plainsum.plain.simplify import fit_for_readers, rewrite, split_long


def test_split_sentences_keeps_abbreviations_and_decimals_whole():
    text = "Smith et al. gave 2.5 mg, e.g. daily. Mice improved! Next we tested rats."
    assert split_sentences(text) == [
        "Smith et al. gave 2.5 mg, e.g. daily.",
        "Mice improved!",
        "Next we tested rats.",
    ]


def test_roles_come_from_headings():
    source = parse(
        "Background: MS is a disease of the brain.\nObjective: To test a drug in mice.\n"
        "Methods: We gave the drug to mice for a month.\nResults: Treated mice walked better.\n"
        "Conclusions: The drug may help mice with an MS-like illness."
    )
    roles = [s.role for s in classify(source)]
    assert roles == [Role.BACKGROUND, Role.AIM, Role.METHODS, Role.RESULTS, Role.CONCLUSION]


@pytest.mark.parametrize("inline", [False, True])
def test_funding_and_registration_are_not_findings(inline):
    parts = [
        "Methods and findings: We followed 300 adults with MS for two years.",
        "Those who walked daily had fewer relapses.",
        "Conclusions: Walking may help.",
        "Funding: The national research council paid for this work.",
        "Trial registration: The trial was registered before it began.",
    ]
    source = parse(" ".join(parts) if inline else "\n".join(parts))
    sentences = classify(source)
    assert not any("council" in s.text or "registered" in s.text for s in sentences)
    assert [s.role for s in sentences] == [Role.RESULTS, Role.RESULTS, Role.CONCLUSION]


def test_roles_come_from_cue_words_without_headings():
    source = parse(
        "Tiredness is common in many long illnesses and hard to treat. We aimed to test whether "
        "a walking plan helps. We recruited adults from three clinics and followed them. We "
        "found that tiredness fell in the walking group. The small sample limits what we can "
        "say. These findings suggest that walking may ease tiredness."
    )
    roles = [s.role for s in classify(source)]
    assert roles == [
        Role.BACKGROUND,
        Role.AIM,
        Role.METHODS,
        Role.RESULTS,
        Role.LIMITATION,
        Role.CONCLUSION,
    ]


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "mice with experimental autoimmune encephalomyelitis (EAE) fell ill",
            "EAE",
            "experimental autoimmune encephalomyelitis",
        ),
        ("levels of the central nervous system (CNS) marker", "CNS", "central nervous system"),
        (
            "we included randomised controlled trials (RCTs) only",
            "RCTs",
            "randomised controlled trials",
        ),
        ("Epstein-Barr virus (EBV) infects most people", "EBV", "Epstein-Barr virus"),
    ],
)
def test_definitions_are_found(text, short, long):
    assert find_definitions(text)[short] == long


def test_expand_replaces_later_uses_and_drops_the_definition():
    text = "We studied the Expanded Disability Status Scale (EDSS). The EDSS rose in PPMS."
    out = expand(text, find_definitions(text))
    assert "(EDSS)" not in out and "The Expanded Disability Status Scale rose" in out
    assert unexplained(out) == ["PPMS"]
    assert unexplained("MS and MRI and DNA are known; COVID-19 too") == []


def test_glossary_is_large_number_free_and_matches_whole_words():
    glossary = load_glossary()
    assert len(glossary.entries) >= 400
    assert plain_words("Demyelination in lesions") == "Loss of myelin in damaged areas"
    assert plain_words("undemyelination stays") == "undemyelination stays"
    assert plain_words("adverse events were rare") == "unwanted events were rare"
    with pytest.raises(ValueError, match="number"):
        parse_glossary("dose\ttwo 5 mg pills")


def test_statistics_are_removed_and_detected():
    text = "Relapses fell (HR 0.52, 95% CI 0.31 to 0.87; p = 0.01) in 120 patients, n = 42."
    out = strip_statistics(text)
    assert out == "Relapses fell in 120 patients."
    assert has_statistics(text) and not has_statistics(out)
    assert has_statistics("the odds ratio was 2.1 for smokers")


@pytest.mark.parametrize(
    ("text", "statistics"),
    [
        ("The pill at a dose of 0.5 mg once daily may be safe.", False),
        ("A smaller dose of 0.15 mg per kg may work as well.", False),
        ("Relapses fell by a ratio of 0.52 in the treated group.", True),
        ("The correlation was 0.4 for walking speed.", True),
        # an amount in a unit a reader knows
        ("Pain fell by 2.1 points with stretching and by 0.8 points with rest.", False),
        ("Babies on the new feed gained 0.3 kg more by six months.", False),
        ("Stays in hospital were 0.7 days shorter.", False),
        ("Walking 25 feet took 0.9 seconds less after the course.", False),
        ("People walked 0.4 miles further and took 0.5 steps more a second.", False),
        ("Agreement between raters was 0.7 for the new scale.", True),
    ],
)
def test_a_dose_below_one_is_no_statistic(text: str, statistics: bool) -> None:
    assert has_statistics(text) is statistics


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # a statistic appended after a colon: the sentence ends before it
        (
            "Cooling made no clear difference to falls: risk ratio (RR) 0.61, 95% CI 0.20 to "
            "1.80, P value = 0.38.",
            "Cooling made no clear difference to falls.",
        ),
        ("Relapses were fewer; RR 0.72, 95% CI 0.59 to 0.87.", "Relapses were fewer."),
        # a statistic the sentence is built on stays, and the sentence is not shown
        ("The odds ratio was 2.1 for smokers.", "The odds ratio was 2.1 for smokers."),
        ("Relapses fell with an odds ratio of 2.1 in smokers.", None),
        # words after the statistic: the statistic is part of the sentence
        ("Relapses fell: RR 0.7 in the first year of treatment.", None),
    ],
)
def test_a_statistic_appended_to_a_whole_sentence_goes(text, out):
    stripped = strip_statistics(text)
    if out is None:
        assert has_statistics(stripped)
    else:
        assert stripped == out


def test_counts_are_quoted_exactly():
    text = "We included 14 randomised trials with 1,204 participants and 33 children."
    assert count_people(text) == "1,204 people"


def test_long_sentences_split_into_whole_sentences():
    text = (
        "Treated mice had fewer damaged areas in the spinal cord, whereas untreated mice "
        "showed more damage and walked much worse after three weeks."
    )
    parts = split_long(text)
    assert parts == [
        "Treated mice had fewer damaged areas in the spinal cord.",
        "But untreated mice showed more damage and walked much worse after three weeks.",
    ]
    short = "Mice walked better."
    assert split_long(short) == [short]


def test_rewrite_makes_we_explicit_and_drops_lead_ins():
    assert rewrite("In conclusion, we found that relapses were reduced.") == (
        "The researchers found that relapses were reduced."
    )
    assert rewrite("We included nine trials.", review=True) == (
        "The review authors included nine trials."
    )


@pytest.mark.parametrize(
    "text",
    [
        "This drug is a breakthrough for people with MS.",
        "The ratio was 3/4 in treated mice.",
        # a subheading the splitter joined to the sentence after it
        "Cooling vests or fans for walking in heat One trial showed a clear effect on speed.",
    ],
)
def test_unfit_sentences_are_refused(text):
    assert not fit_for_readers(text)


def test_counts_are_never_the_tail_of_a_bigger_number():
    assert count_people("Two hundred six women were put into groups.") is None
    assert count_people("We enrolled 1 200 patients and 45 women.") == "45 women"


def test_counts_are_never_glued_to_statistics():
    assert count_people("(RR 1.24, 95% CI 0.78 to 1.96,1423 women)") is None
    assert count_people("3.5 patients and 42 patients") == "42 patients"


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Mice walked better.", True),
        ("People who smoke had more flare-ups.", True),
        ("While one trial scored poorly, others did well.", True),
        ("While one trial scored poorly.", False),
        ("The results that are affected.", False),
        ("Can improve the lives of people with MS.", False),
        ("And compared with another drug.", False),
        ("But untreated mice showed more damage.", True),
        ("In this group, lower levels were linked to more flare-ups.", True),
        ("To check this, the researchers measured blood levels.", True),
        ("To check the benefit of exercise in adults.", False),
        ("Exercise programmes play a part in daily life.", True),
    ],
)
def test_only_whole_sentences_pass(text, whole):
    from plainsum.plain.simplify import is_sentence

    assert is_sentence(text) is whole


def test_search_date_is_the_latest_date_of_the_search_sentences():
    from plainsum.plain.compose import search_date

    text = (
        "We searched MEDLINE (January 1966 to June 2003) and EMBASE (January 1988 to May 2003). "
        "The first trial ran in March 1990."
    )
    assert search_date(text) == "June 2003"
    assert search_date("Trials ran from March 1990 to June 1995.") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a register searched "28 Nov 2011" is later than trials registers searched to April 2010
        (
            "We searched the Specialised Register (searched 28 Nov 2011) and MEDLINE. Trials "
            "registers were also searched to April 2010.",
            "28 November 2011",
        ),
        ("We searched CENTRAL (Sept 2019) and Embase (to Aug 2019).", "September 2019"),
        ("We searched MEDLINE to Dec, 2015.", "December 2015"),
        ("We searched the register on 3 May 2012.", "3 May 2012"),
    ],
)
def test_search_date_reads_months_cut_to_three_letters(text, date):
    from plainsum.plain.compose import search_date

    assert search_date(text) == date


def test_and_joined_clauses_split_into_two_sentences():
    text = (
        "The drug lowered the number of flare-ups in the first year of the trial, and "
        "side effects were mild in most of the people who took it."
    )
    assert split_long(text) == [
        "The drug lowered the number of flare-ups in the first year of the trial.",
        "Side effects were mild in most of the people who took it.",
    ]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # A phrase that post-modifies a noun cannot modify the next noun: the term stays.
        ("Two people carried SARS-CoV-2 variants.", "Two people carried SARS-CoV-2 variants."),
        ("We looked at postoperative nausea.", "We looked at postoperative nausea."),
        ("They used patient-reported pain scores.", "They used patient-reported pain scores."),
        ("The test has proved useful.", "The test has proved useful."),
        ("The test proved useful.", "The test proved useful."),  # not "was shown useful"
        ("The prevalence of gout is rising.", "The prevalence of gout is rising."),
        # The same terms are swapped where the plain phrase fits.
        (
            "The cells were exposed to SARS-CoV-2.",
            "The cells were exposed to the virus that causes COVID.",
        ),
        (
            "Nausea was common postoperative and later.",
            "Nausea was common after surgery and later.",
        ),
        ("We measured prevalence in adults.", "We measured how common it is in adults."),
        # bare "placebo" stays: "to get dummy treatment" lacks its article
        (
            "Adults were randomised to placebo.",
            "Adults were put by chance into groups to get placebo.",
        ),
    ],
)
def test_glossary_swaps_only_where_the_sentence_stays_grammatical(text, plain):
    assert plain_words(text) == plain


def test_example_lists_are_dropped_from_long_sentences():
    text = (
        "The nurses in the four clinics reported fewer missed doses over the whole year of "
        "the study, including doses of pills, creams, drops and sprays."
    )
    assert split_long(text) == [
        "The nurses in the four clinics reported fewer missed doses over the whole year of "
        "the study."
    ]


def test_a_list_of_flaws_after_including_is_never_dropped():
    # the list is the flaws themselves, and its second flaw runs on after a comma
    text = (
        "The quality of the trials was low, with several trials including no washout period "
        "between treatments, and a lack of blinding of the people who took part."
    )
    assert split_long(text) == [text]
    # nor is a list whose end runs on to a second claim ("and for cooling vests":
    # tests/test_split_tails.py)
    examples = (
        "There is low level evidence for home programmes such as walking given with other "
        "treatments, and for cooling vests worn during the hottest days of the summer months."
    )
    assert split_long(examples) == [examples]


def test_a_bare_aim_under_any_heading_becomes_a_sentence():
    from plainsum.design import detect_design
    from plainsum.plain.compose import gather

    source = parse(
        "Methods: To compare two kinds of walking sticks in older adults. "
        "We gave sticks to older adults and watched how they walked. "
        "Most of the adults walked further with the new kind of stick."
    )
    material = gather(source, detect_design(source))
    texts = [s.text for ps in material.by_role.values() for s in ps]
    assert "The researchers wanted to compare two kinds of walking sticks in older adults." in texts


def test_abbreviations_inside_long_forms_and_one_word_names_are_written_out():
    text = (
        "Short-arm casts (SAC) and long-arm SAC (LSAC) were compared. "
        "Children also took tramadol (TRX; a pain drug). LSAC and TRX were safe."
    )
    definitions = find_definitions(text)
    assert definitions["TRX"] == "tramadol"
    out = expand(text, definitions)
    assert out.endswith("long-arm short-arm casts and tramadol were safe.")
    assert "SAC" not in out and "TRX" not in out


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Another trial compared walking with swimming.", True),
        ("The scores ranged from low to high.", True),
        ("In the second group there was no change in pain.", True),
        ("The drug compared with a dummy pill.", False),
        ("In the second group of older adults.", False),
    ],
)
def test_more_whole_sentences_are_recognised(text, whole):
    from plainsum.plain.simplify import is_sentence

    assert is_sentence(text) is whole


def test_repeated_words_and_asides_are_tidied_away():
    from plainsum.plain.simplify import tidy

    assert tidy("It helped the prevention of prevention of sickness") == (
        "It helped the prevention of sickness."
    )
    text = (
        "The older adults in the walking group felt much less tired at the end of the "
        "whole year, together with their partners and friends."
    )
    assert split_long(text) == [text]  # "together with" may carry the finding: never cut


def test_two_aims_become_two_sentences():
    text = (
        "The researchers wanted to check the effect of walking on sleep in older adults and "
        "to find out whether it helped their mood."
    )
    assert split_long(text) == [
        "The researchers wanted to check the effect of walking on sleep in older adults.",
        "The researchers also wanted to find out whether it helped their mood.",
    ]


def test_rare_share_of_found_words_is_the_texts_rare_share():
    from plainsum.plain.measure import rare_share, rare_share_of, words

    for text in (
        "Interferon beta lowered the yearly relapse rate in people with relapsing MS.",
        "Most people felt less tired.",
        "A b c.",
        "",
    ):
        assert rare_share_of(words(text)) == rare_share(text)
    assert rare_share("Most people felt less tired.") == 0.0
    assert rare_share("Interferon beta lowered the yearly relapse rate.") > 0.0
