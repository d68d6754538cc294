"""The body sections of an offline draft (issue 9): what the study did carries the main results
with their direction, why it matters comes from the authors' conclusion (never a call for more
research), and the limitations are the ones the paper states. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.glossary import plain_words
from plainsum.plain.limits import stated_limits
from plainsum.plain.pick import LEANS_BACK
from plainsum.plain.sentences import Role
from plainsum.plain.simplify import plain_sentences, rewrite
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _sections(text: str) -> dict[str, list[str]]:
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)))
    return {k: [line.text for line in lines] for k, lines in sections.items()}


REVIEW = (
    "Background: Cooling vests are sold to people with MS who feel worse in the heat.\n"
    "Objectives: To assess the effects of cooling vests for heat-sensitive people with MS.\n"
    "Search methods: We searched the trial registers up to 3 May 2024.\n"
    "Selection criteria: We included randomised trials of cooling vests versus no vest.\n"
    "Data collection and analysis: Two review authors extracted the data.\n"
    "Main results: We included six trials with 310 participants. "
    "Four trials reported walking speed using different scales. "
    "Two trials were done in Italy and one in Spain. "
    "Cooling vests probably make little or no difference to walking speed over the summer "
    "months, to tiredness during the hot season, or to how often people needed to rest during "
    "a walk. "
    "People who wore a vest reported fewer bad days in the heat than people who did not. "
    "One trial reported that the vests were heavy. "
    "The other trial found that people liked them.\n"
    "Authors' conclusions: Cooling vests may make people with MS feel better on hot days. "
    "Cooling vests probably do not help people with MS walk faster. "
    "Further large trials with longer follow-up are needed. "
    "The evidence is of low certainty because the trials were small."
)


def test_what_the_study_did_leads_with_results_that_say_which_way_things_went():
    did = _sections(REVIEW)["what_the_study_did"]
    text = " ".join(did)
    # a long result that says "little or no difference" is kept whole, not left out for length
    assert any(
        line.startswith("Cooling vests probably make little or no difference") for line in did
    )
    assert "fewer bad days" in text
    assert "using different scales" not in text  # what was measured, not what was found


def test_a_sentence_that_leans_back_never_follows_the_wrong_sentence():
    did = _sections(REVIEW)["what_the_study_did"]
    for i, line in enumerate(did):
        if line.startswith("The other trial"):
            assert did[i - 1].startswith("One trial reported")


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("But it made no difference to tiredness.", True),
        ("The other study found no change.", True),
        ("Both trials were small.", True),
        ("This study found less tiredness.", False),
        ("Cooling made no difference.", False),
    ],
)
def test_leaning_starts_are_recognised(text, leans):
    assert bool(LEANS_BACK.match(text)) is leans


def test_why_it_matters_is_the_authors_conclusion_not_a_call_for_more_research():
    sections = _sections(REVIEW)
    why = " ".join(sections["why_it_matters"])
    assert "are needed" not in why
    assert "walk faster" in why or "feel better" in why
    limits = " ".join(sections["limitations"])
    assert "more research is needed" in limits
    assert "few people" in limits or "low certainty" in limits


_HEAD = (
    "Background: Heat makes MS symptoms worse for many people, and cooling is often tried. "
    "Objectives: To assess cooling for tiredness in people with MS.\n"
)


def _limits(text: str, design: StudyDesign) -> dict[str, str]:
    sentences = source_sentences(parse(_HEAD + text))
    return {x.name: x.text for x in stated_limits(sentences, design)}


def test_a_certainty_grade_in_the_brackets_of_a_result_is_a_stated_limit():
    text = (
        "Main results: Cooling may reduce tiredness (RR 0.8, 95% CI 0.6 to 1.0; 3 trials; "
        "low-certainty evidence). Conclusions: Cooling may help."
    )
    assert "certainty" in _limits(text, StudyDesign.REVIEW)


@pytest.mark.parametrize(
    ("results", "said"),
    [
        # one grade for every outcome: the evidence, not "some of the evidence" (false)
        (
            "Cooling may reduce tiredness (2 trials; very low-certainty evidence). Cooling may "
            "not change walking (1 trial; very low-certainty evidence).",
            "The authors rated the evidence as very low certainty.",
        ),
        # grades that differ, all of them low or very low: the evidence, as both
        (
            "Cooling may reduce tiredness (2 trials; low-certainty evidence). Cooling may "
            "not change walking (1 trial; very low-certainty evidence).",
            "The authors rated the evidence as low or very low certainty.",
        ),
        # grades that differ, one above low: this grade is for some of it
        (
            "Cooling may reduce tiredness (2 trials; low-certainty evidence). Cooling may "
            "not change walking (1 trial; moderate-certainty evidence).",
            "The authors rated some of the evidence as low certainty.",
        ),
        # the paper says all of it
        (
            "All of the evidence was of very low certainty. Cooling may reduce tiredness.",
            "The authors rated all of the evidence as very low certainty.",
        ),
    ],
)
def test_a_certainty_limit_says_as_much_of_the_evidence_as_the_paper_does(results, said):
    text = f"Main results: {results} Conclusions: Cooling may help."
    assert _limits(text, StudyDesign.REVIEW)["certainty"] == said


def test_flaws_in_how_studies_were_done_are_a_stated_limit_but_leaving_them_out_is_not():
    flawed = (
        "Main results: All trials were open to bias. Cooling may reduce tiredness. "
        "Conclusions: Cooling may help."
    )
    # the share is the paper's: "all trials" is never drafted as "some of the studies" (false)
    assert _limits(flawed, StudyDesign.REVIEW)["bias"].startswith("The authors say all of")
    some = flawed.replace("All trials were", "Two of the trials were")
    assert _limits(some, StudyDesign.REVIEW)["bias"].startswith("The authors say some of")
    unsaid = flawed.replace("All trials were", "The trials were")
    assert _limits(unsaid, StudyDesign.REVIEW)["bias"].startswith("The authors say the studies")
    method = (
        "Methods: We ran the analysis again excluding trials at high risk of bias. "
        "Main results: Cooling may reduce tiredness. Conclusions: Cooling may help."
    )
    assert "bias" not in _limits(method, StudyDesign.REVIEW)
    sound = "Main results: No trial was at high risk of bias. Conclusions: Cooling may help."
    assert "bias" not in _limits(sound, StudyDesign.REVIEW)


def test_few_studies_of_a_subgroup_is_not_a_claim_that_the_studies_were_few():
    text = (
        "Main results: We included 40 studies. Few studies targeted older adults. "
        "Conclusions: Brief advice may help."
    )
    assert "small_studies" not in _limits(text, StudyDesign.REVIEW)
    few = "Main results: Only a few small trials were found. Conclusions: Advice may help."
    assert "small_studies" in _limits(few, StudyDesign.REVIEW)


def test_more_research_is_never_said_where_the_authors_say_it_is_not_justified():
    text = (
        "Main results: Cooling did not help. Conclusions: Larger trials are needed to look at "
        "other symptoms. New trials of cooling for walking are not justified."
    )
    assert "more_research" not in _limits(text, StudyDesign.REVIEW)


def test_a_small_total_number_of_participants_is_a_stated_limit():
    text = (
        "Main results: Cooling may help. Conclusions: The evidence is uncertain, mainly "
        "because of the small total number of participants."
    )
    assert "small" in _limits(text, StudyDesign.REVIEW)


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # a statistical result: "no clear difference"; a stated difference is said without
        # the word (plain/statistic_words.unsigned_significance), never "clearly"
        ("There was no significant difference in walking.", "no clear difference"),
        ("Tiredness fell significantly (p = 0.01) in the cooled group.", "Tiredness fell in"),
        # not a statistical result: the word stays as written, never "a clear burden"
        ("Heat is a significant burden for people with MS.", "a significant burden"),
    ],
)
def test_significant_is_clear_only_where_it_reports_a_statistical_result(text, out):
    assert out in rewrite(text)


@pytest.mark.parametrize(
    ("text", "out"),
    [
        (
            "Genes were typed by restriction fragment length polymorphism analysis.",
            "restriction fragment length polymorphism analysis",
        ),
        # "most" cannot stand before "the": the phrase stays ("most the people" is broken)
        ("The majority of the participants were women.", "The majority of the people"),
        ("The majority of participants were women.", "Most people"),
        ("One single nucleotide polymorphism was linked to MS.", "One gene variant"),
        # "the more benefit" is broken: "additional" stays after a determiner
        ("The gel helped, but the additional benefit was small.", "the additional benefit"),
        ("Some people needed additional doses.", "needed more doses"),
    ],
)
def test_glossary_keeps_method_names_and_whole_phrases(text, out):
    assert out in plain_words(text)


def test_likely_results_in_reads_as_a_verb_and_the_result_is_kept():
    pieces = plain_sentences("Cooling likely results in little to no difference in falls.")
    assert [p.text for p in pieces] == ["Cooling likely leads to little to no difference in falls."]


def test_a_greek_letter_after_a_full_stop_starts_the_next_sentence():
    pieces = plain_sentences(
        "Two trials with 90 people were included. ß-interferon did not slow worsening."
    )
    assert [p.text for p in pieces][-1] == "Beta-interferon did not slow worsening."


def test_what_earlier_studies_found_is_never_drafted_as_this_studys_result():
    text = (
        "Heat often makes MS symptoms worse. Earlier studies have shown that cooling was "
        "associated with less tiredness in people with MS. But little is known about cooling at "
        "night. We aimed to test "
        "whether a cooling pillow helps sleep in MS. We enrolled 60 adults with MS for a month. "
        "People who used the pillow slept longer than those who did not."
    )
    source = parse(text)
    material = gather(source, detect_design(source))
    drafted = [p.text for ps in material.by_role.values() for p in ps]
    assert not any("Earlier studies" in t or "little is known" in t for t in drafted)
    assert any("slept longer" in t for t in drafted)


def test_the_end_of_a_list_cut_off_by_a_split_is_not_drafted():
    text = (
        "Two of the trials reported on walking speed, balance, grip strength, hand use, "
        "tiredness, and mood but the evidence was not enough to judge the effect of cooling."
    )
    pieces = [p.text for p in plain_sentences(text)]
    assert not any(p.startswith(("Mood but", "And mood")) for p in pieces)
    assert all(not p.lower().startswith("mood") for p in pieces)


def test_a_subheading_that_starts_with_an_abbreviation_is_dropped():
    text = "TENS versus sham Compared with sham, TENS may ease pain a little."
    assert rewrite(text) == "Compared with sham, TENS may ease pain a little."


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("The gel was a useful add-on for some people.", "a useful add-on"),
        ("A uniform dose was given to each person.", "A uniform dose"),
        ("Each person had a one-day stay in the clinic.", "a one-day stay"),
        ("It was an easy test to give in clinic.", "an easy test"),
    ],
)
def test_a_and_an_follow_the_sound_of_the_next_word(text, out):
    assert out in plain_sentences(text)[0].text


CONCLUDED = (
    "Background: Some people with MS use cooling vests in summer.\n"
    "Objectives: To assess cooling vests for people with MS.\n"
    "Main results: We included four trials with 200 participants. Cooling vests probably "
    "reduce tiredness on hot days. It was not possible to pool the data on walking. Cooling "
    "vests made little or no difference to walking speed.\n"
    "Authors' conclusions: Cooling vests may ease tiredness on hot days. "
    "There is not enough evidence to support the use of cooling vests "
    "for walking in MS because the trials were short. Cooling vests were safe for most people "
    "who wore them. Research could be done to compare vests with cool rooms."
)


def test_why_it_matters_leads_with_the_authors_first_conclusion():
    source = parse(CONCLUDED)
    _, kept = compose(gather(source, detect_design(source)), level=2)  # room for one
    assert [line.text for line in kept["why_it_matters"]][0].startswith("There is not enough")
    sections = _sections(CONCLUDED)
    why = sections["why_it_matters"]
    assert any(line.startswith("There is not enough evidence to support") for line in why)
    assert not any(line.startswith("Research could be done") for line in why)
    assert not any("not possible to pool" in line for line in sections["what_the_study_did"])


def test_why_it_matters_gives_a_conclusion_whole_when_the_headline_cut_it_short(monkeypatch):
    from plainsum.plain import compose as compose_module
    from plainsum.plain import drafted_headline
    from plainsum.plain.headline import Headline

    source = parse(CONCLUDED)
    material = gather(source, detect_design(source))
    only = material.by_role[Role.CONCLUSION][1]
    assert only.text.startswith("There is not enough evidence")
    material.by_role[Role.CONCLUSION] = [only]  # the authors said only one thing

    def cut(*args, **kwargs):
        return Headline("Cooling vests may not help walking in MS", only.sources, origin=only.text)

    monkeypatch.setattr(drafted_headline, "choose_headline", cut)
    _, sections = compose_module.compose(material)
    assert [line.text for line in sections["why_it_matters"]][0] == only.text

    def whole(*args, **kwargs):
        return Headline(only.text.rstrip("."), only.sources, origin=only.text)

    monkeypatch.setattr(drafted_headline, "choose_headline", whole)
    material.headlines.clear()  # the material keeps the headline it gave: the other chooser's
    _, sections = compose_module.compose(material)
    assert only.text not in [line.text for line in sections["why_it_matters"]]


def test_a_build_that_leaves_out_the_same_sentences_chooses_its_headline_once(monkeypatch):
    """A repair rebuilds from the same material: a headline chosen for one set of sentences
    left out is kept with the material, not chosen again; another set is chosen afresh."""
    import plainsum.plain.drafted_headline as composing

    asked: list[frozenset[str]] = []
    real = composing.choose_headline

    def counted(*args, **kwargs):
        asked.append(args[8])  # the sentences left out
        return real(*args, **kwargs)

    monkeypatch.setattr(composing, "choose_headline", counted)
    source = parse(REVIEW)
    material = gather(source, detect_design(source))
    head, _ = compose(material)
    again, _ = compose(material, level=1)
    assert again == head and len(asked) == 1
    other, _ = compose(material, drop=frozenset({head.text}))
    assert len(asked) == 2 and asked[1] != asked[0]
    assert other.text  # a headline still
    fresh = gather(source, detect_design(source))
    assert compose(fresh)[0] == head and len(asked) == 3  # a new material asks again
