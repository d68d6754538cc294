"""Evidence links: source sentences with spans, frame sentences, support scores (texts written
for these tests)."""

import pytest

from plainsum.evidence import align, frame_kind, link_summary, split_source
from plainsum.ingest import parse
from plainsum.plain.sentences import Role
from plainsum.schemas import PlainSummary, StudyDesign

PAPER = """Background: Experimental autoimmune encephalomyelitis (EAE) is a mouse model of MS.
Demyelination drives disability in MS.

Methods: We treated 24 mice with compound K for 21 days and counted cells in the spinal cord.
We also measured 300 procedures in a separate audit.

Results: Mice given compound K had fewer relapses than untreated mice. EAE scores fell by 40%.
Body weight did not differ between groups.

Conclusions: Compound K reduced demyelination in EAE mice."""

SUMMARY = PlainSummary(
    headline="A compound called K cut myelin loss in mice with an MS-like disease",
    what_the_study_did=(
        "Researchers gave compound K to 24 mice with an MS-like disease for 21 days. "
        "Treated mice had fewer relapses than mice that were not treated."
    ),
    why_it_matters=(
        "Loss of myelin drives disability in MS. "
        "If you have questions about your own care, talk with your doctor or care team."
    ),
    limitations=(
        "This work was done in mice, not in people. "
        "The treatment also made people live ten years longer."
    ),
)


@pytest.fixture(scope="module")
def source():
    return parse(PAPER)


def test_source_sentences_carry_spans_into_the_text(source):
    sentences = split_source(source)
    assert len(sentences) >= 8
    for s in sentences:
        assert source.text[s.start : s.end] == s.text
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_source_sentences_carry_roles(source):
    roles = {s.text.split()[0]: s.role for s in split_source(source)}
    assert roles["Body"] == Role.RESULTS
    assert any(s.role == Role.CONCLUSION for s in split_source(source))
    assert any(s.role == Role.METHODS for s in split_source(source))


@pytest.mark.parametrize(
    "sentence,expected_word",
    [
        # the glossary's plain phrase aligns with the paper's term
        ("Loss of myelin drives disability in MS.", "Demyelination"),
        # the long form of an abbreviation aligns with its use
        ("Experimental autoimmune encephalomyelitis scores fell by 40%.", "EAE scores"),
        # a lay synonym and a stem: "people"/"fewer" vs the paper's words
        ("Treated mice had fewer relapses.", "fewer relapses"),
    ],
)
def test_paraphrases_align_with_the_source_sentence(source, sentence, expected_word):
    found = align(source, sentence)
    assert found.score >= 0.6
    best = split_source(source)[found.sentences[0]]
    assert expected_word in best.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The treatment also made people live ten years longer.",
        "Coffee drinkers in Norway slept better after the holidays.",
    ],
)
def test_content_the_source_lacks_scores_low(source, sentence):
    assert align(source, sentence).score < 0.35


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("This work was done with cells in a lab, not in people.", "caveat:not_in_people"),
        (
            "If you have questions about your own care, talk with your doctor or care team.",
            "care_team",
        ),
        ("This paper was not about MS.", "not_about_ms"),
        ("The study did not include anyone with multiple sclerosis.", "not_about_ms"),
        ("Treated mice had fewer relapses.", None),
        # what kind of study it was: the drafters' design sentences, any animal, and short
        # statements of a design; a longer one carries content
        ("This was a study in zebrafish.", "design"),
        ("This was a lab study.", "design"),
        ("It was a study in rats.", "design"),
        ("This was a trial in which 300 people took a new pill for a year.", None),
        # a sentence about the summary itself, not the study
        ("Much of the paper is too technical to explain in plain words here.", "note"),
        ("A brief summary like this cannot list every limit of a trial.", "note"),
        ("The consent form was too technical to explain to patients.", None),
        # what the paper's own summary leaves unsaid (the offline drafters' stock why sentence)
        ("The study's summary does not say what this means for people with MS.", "note"),
        ("The abstract does not explain how these results apply to daily life.", "note"),
        ("The paper's abstract did not say whether the effect lasted.", "note"),
        # a claim about the study, not about its summary: content
        ("The study did not say whether people took the drug every day.", None),
        ("The summary of the trial results showed fewer relapses.", None),
    ],
)
def test_frame_sentences_are_recognised(sentence, kind):
    assert frame_kind(sentence) == kind


def test_links_cover_every_sentence_in_order(source):
    links = link_summary(source, SUMMARY)
    assert [(link.section, link.index) for link in links] == [
        ("headline", 0),
        ("what_the_study_did", 0),
        ("what_the_study_did", 1),
        ("why_it_matters", 0),
        ("why_it_matters", 1),
        ("limitations", 0),
        ("limitations", 1),
    ]
    kinds = {link.text: link.kind for link in links}
    assert kinds[SUMMARY.limitations.split(". ")[0] + "."] == "frame"
    assert kinds["Treated mice had fewer relapses than mice that were not treated."] == "content"
    for link in links:
        assert len(link.spans) == len(link.source_sentences)
        for a, b in link.spans:
            assert 0 <= a < b <= len(source.text)
    invented = links[-1]
    assert invented.score < 0.35
    assert links[2].score >= 0.6


@pytest.mark.parametrize(
    "sentence,design,framed",
    [
        # a caveat and nothing more is a frame
        ("Only a small number of people took part, so the results are not certain.", None, True),
        # a general remark with a direction is still a caveat
        ("Small trials often look better than larger ones later do.", None, True),
        # another design's caveat with a number in it is content for this design
        ("Only 30 people took part, so the results are not certain.", StudyDesign.ANIMAL, False),
        ("Only 30 people took part, so results are not certain.", StudyDesign.CASE_REPORT, True),
    ],
)
def test_another_designs_caveat_with_a_number_is_content(sentence, design, framed):
    assert (frame_kind(sentence, design) is not None) is framed


@pytest.mark.parametrize(
    "text", ["", "   ", " a  b\n\nc ", "a\u00a0\u2009b\t", "\n\nHeading\n\nText.  More.\n", "x"]
)
def test_flat_collapses_whitespace_and_keeps_offsets(text: str) -> None:
    from plainsum.evidence_index import _flat

    flat, offsets = _flat(text)
    expected, positions, last_space = [], [], True
    for i, ch in enumerate(text):  # the reference: one character at a time
        if ch.isspace():
            if not last_space:
                expected.append(" ")
                positions.append(i)
            last_space = True
        else:
            expected.append(ch)
            positions.append(i)
            last_space = False
    assert (flat, [offsets[i] for i in range(len(offsets))]) == ("".join(expected), positions)
    with pytest.raises(IndexError):
        offsets[len(offsets)]


def test_number_mentions_are_a_fresh_list_each_time() -> None:
    """The mentions are kept per text (the gate asks again): a caller changing its list does
    not change what the next caller gets."""
    from plainsum.checks.faithfulness import number_mentions

    first = number_mentions("Of 120 adults, 45 relapsed within two years.")
    assert [v for v, _, _ in first] == ["120", "45"]
    first.clear()
    again = number_mentions("Of 120 adults, 45 relapsed within two years.")
    assert [v for v, _, _ in again] == ["120", "45"]


# Sentences in any case: the index reads an ASCII sentence lower-cased with the glossary's
# pattern less IGNORECASE, and must find exactly the terms the pattern itself finds.
@pytest.mark.parametrize(
    "sentence",
    [
        "Demyelination and NEUROINFLAMMATION were lower in the treated mice.",
        "The Relapse rate, spasticity and fatigue did not change over 12 months.",
        "Serious Adverse Events were rare; patient-reported outcomes improved.",
        "Cognitive behaviour therapy was given to 40 people with multiple sclerosis.",
        "Hepatocytes-derived cells were counted (an ad hoc count).",
        "Nothing here is a term of the glossary at all.",
        "",
    ],
)
def test_the_index_finds_the_glossarys_terms_in_any_case(sentence):
    from plainsum.evidence_index import _glossary_lower, _glossary_plain

    pattern, _ = _glossary_plain()
    lower = _glossary_lower()
    assert lower is not None  # the shipped glossary's letters are all lower case ASCII
    assert [(m.start(), m.group(0)) for m in lower.finditer(sentence.lower())] == [
        (m.start(), m.group(0).lower()) for m in pattern.finditer(sentence)
    ]


def test_a_term_stands_for_its_plain_words_whatever_its_case():
    from plainsum.evidence import stand_in_groups

    source = parse(PAPER)
    lower = stand_in_groups(source, "Demyelination was lower in EAE mice.")
    assert lower  # the glossary's plain words for demyelination, the long form of EAE
    assert stand_in_groups(source, "DEMYELINATION was lower in EAE mice.") == lower
    # a letter outside ASCII: the pattern itself reads the sentence, with the same answer
    assert stand_in_groups(source, "Demyelination was lower in EAE mice (naïve).") == lower


def test_overlaps_are_the_callers_own_and_the_same_each_time():
    from plainsum.evidence import overlaps

    source = parse(PAPER)
    sentence = "Mice given compound K had fewer relapses."
    first = overlaps(source, sentence)
    assert first and all(0 < share <= 1 for share in first.values())
    first.clear()  # a caller's changes stay its own
    assert overlaps(source, sentence) == overlaps(parse(PAPER), sentence) != {}
    words = overlaps(source, "Mice given compound K had 40% fewer relapses.", numbers=False)
    assert words == overlaps(source, "Mice given compound K had fewer relapses.", numbers=False)


def test_one_expander_per_paper_for_every_check_reading_its_claims():
    from plainsum.evidence import stand_in_expander, stand_in_groups

    source = parse(PAPER)
    expand = stand_in_expander(source)
    assert stand_in_expander(parse(PAPER)) is expand  # the same paper: the same function
    text = "Compound K reduced demyelination in EAE mice."
    assert expand(text) == stand_in_groups(source, text)


def test_a_word_said_again_is_credited_as_when_first_said():
    """A summary says its main words in several sentences: each word's credits are worked out
    once per paper and the second sentence is aligned as it is alone against a fresh index."""
    from plainsum import evidence
    from plainsum.evidence_index import source_index

    def fresh() -> None:  # nothing kept about any paper
        for kept_fn in (source_index, evidence.align, evidence._unit_credits, evidence._overlaps):
            kept_fn.cache_clear()

    first = "Compound K cut demyelination in EAE mice."
    again = "Mice given compound K had fewer relapses and less demyelination."
    source = parse(PAPER)
    fresh()
    evidence.align(source, first)
    index = source_index(source)
    kept = dict(index.credits)
    assert kept  # the first sentence's words are kept on the paper's index
    unit = next(u for u in evidence._units(again) if u[0] == "demyelination")
    assert unit in kept and evidence._credits(unit, index) is kept[unit]  # not worked out again
    with_kept = evidence.align(source, again)
    fresh()
    alone = evidence.align(source, again)
    assert source_index(source) is not index and set(source_index(source).credits) < set(
        index.credits
    )
    assert with_kept == alone and with_kept.score > 0.5
    assert source_index(source).credits[unit] == kept[unit]


def test_the_inverted_index_lists_each_sentence_holding_a_key_in_order():
    from plainsum.evidence_index import _invert

    sets = [frozenset({"relaps", "mice"}), frozenset(), frozenset({"mice"}), frozenset({"relaps"})]
    assert _invert(sets) == {"relaps": (0, 3), "mice": (0, 2)}
    assert _invert([]) == {}
