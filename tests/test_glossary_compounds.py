"""Glossary swaps that would leave a compound no reader can parse (issue 9): two swaps side by
side ("kidney unwanted events", "treatment treatments"), a bare head after a classifier ("this
treatment way"), a word swapped inside a name the paper defines ("homeostatic model check") or
in a sense its plain word does not have ("lateral link of the dimers", "in link with").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words
from plainsum.plain.senses import kept_terms


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # before an adjective-led plain phrase, a word whose plain word is a noun stays
        (
            "Calcitriol may raise the number of renal adverse events.",
            "the number of renal unwanted events.",
        ),
        ("Gastrointestinal adverse events were rare.", "Gastrointestinal unwanted events were"),
        ("Respiratory adverse events were common.", "Respiratory unwanted events were common."),
        # ... in a list too
        (
            "Little is known of its maternal and neonatal adverse effects.",
            "its maternal and neonatal harmful effects.",
        ),
        # a plain word the two would say twice is said once
        ("The drug led to neuronal apoptosis in rats.", "led to nerve cell death in rats."),
        # never a verb's phrase or a verb before it
        (
            "Fewer children receiving placebo improved.",
            "Fewer children getting dummy treatment improved.",
        ),
        ("Iron supplementation resulted in a small drop in anaemia.", "Iron supplements led to"),
        (
            "Fish oil supplementation compared to placebo may result in little to no difference.",
            "supplements compared with a dummy treatment may",
        ),
    ],
)
def test_two_swaps_side_by_side_read_as_one_phrase(sentence: str, want: str) -> None:
    assert want in plain_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("It is unclear whether this treatment strategy helps.", "this treatment plan helps"),
        ("A diagnostic strategy based on the test cut deaths.", "A diagnostic plan based"),
        ("Early treatment strategies were compared.", "Early treatment plans were"),
        ("Several effective strategies to prevent falls exist.", "Several helpful ways to"),
        ("Two strategies lowered the dose.", "Two ways lowered"),
    ],
)
def test_a_classified_strategy_is_a_plan_not_a_way(sentence: str, want: str) -> None:
    assert want in plain_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a link found between things is a link; molecules coming together, "in association
        # with", and the word before a noun are not
        ("There was no association between sleep and falls.", "no link between sleep"),
        ("Heat causes lateral association of receptor dimers.", "lateral association of"),
        ("Mild rashes were reported in association with the cream.", "in association with"),
        ("Correlation studies between the two tests are needed.", "Correlation studies"),
        # a chemical mark on a molecule stays a modification
        ("Histone modification levels varied.", "Histone modification levels"),
        ("Diet modification lowered weight.", "Diet change lowered"),
        # who describes: the researchers, not a symptom
        ("High copper levels characterize the disease.", "levels characterize the"),
        ("We aimed to characterize the kinetics.", "aimed to describe the"),
        # an adjective before a noun it cannot take
        ("The trial took in ACL deficient patients.", "ACL deficient patients"),
        ("Most women were deficient in iron.", "were lacking in iron"),
        # a tool's name, a cost measure, a procedure one undergoes, a noun stack
        ("We graded it with the GRADE assessment tool.", "the GRADE assessment tool"),
        ("The dressing was more cost effective.", "more cost effective"),
        ("All underwent renal biopsies in 2010.", "underwent kidney biopsies"),
        ("The warfarin initiation nomograms differed.", "warfarin initiation nomograms"),
        ("Pain fell after initiation of the drug.", "after start of the drug"),
        # a noun before: a gerund or "enough" after it breaks the phrase
        ("mTOR inhibition rescued the cilia.", "mTOR inhibition rescued"),
        ("The rash went away upon discontinuation.", "went away upon stopping"),
        # "first" after a noun or a degree word breaks the phrase; after an article it reads
        ("It gave a more rapid initial easing of pain.", "more rapid initial easing"),
        ("A low dose initial treatment was as good.", "low dose initial treatment"),
        ("The initial dose was 5 mg.", "The first dose was"),
        ("More erections sufficient for sex were seen.", "erections sufficient for sex"),
        ("The evidence was sufficient to conclude.", "was enough to conclude"),
        # "X induced Y" closing a noun phrase is X-induced, never "X caused Y"
        ("The cream eased the UV induced redness.", "the UV induced redness"),
        ("Drugs for steroid induced bone loss were studied.", "steroid induced bone"),
        ("Heat induced a rash in most people.", "Heat caused a rash"),
        # "right away" ends a clause; before the word "immediately" describes it breaks it
        ("Drugs were started immediately.", "started right away."),
        ("Drugs were started immediately and kept up.", "started right away and"),
        ("Implants immediately placed in sockets held.", "Implants immediately placed"),
        ("It compared immediately delayed implants.", "compared immediately delayed"),
        ("Pain fell immediately after surgery.", "fell right after surgery"),
    ],
)
def test_a_swap_keeps_the_sense_the_sentence_gives(sentence: str, want: str) -> None:
    assert want in plain_words(sentence)


_PAPER = (
    "We measured fasting insulin and the homeostatic model assessment (HOMA) of insulin "
    "resistance. Levels of pregnancy associated plasma protein A (PAPP-A) were low. People "
    "on continuous renal replacement therapy (CRRT) were left out."
)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The homeostatic model assessment did not change.", "homeostatic model assessment"),
        ("Pregnancy associated plasma protein A was low.", "associated plasma protein A"),
        # an adjective among the name's adjectives is swapped as elsewhere
        ("Continuous renal replacement therapy was stopped.", "kidney replacement treatment"),
        # the paper's words outside its names are swapped as ever
        ("The assessment was associated with age.", "check was linked with age"),
    ],
)
def test_a_name_the_paper_defines_is_said_as_it_names_it(sentence: str, want: str) -> None:
    assert want in plain_words(sentence, keep=kept_terms(_PAPER))
