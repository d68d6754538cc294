"""A single study whose one conclusion would head and leave why it matters empty heads with the
result that conclusion rests on, and the conclusion says why it matters (issue 9: journal
abstracts of a vaccine-response comparison and a diagnostic-accuracy study had nothing but the
care-team pointer there). Never when the result is a side one, nor when the body would lose a
sentence for it, nor when the headline says that conclusion whole (it stays the headline, and why
it matters says the summary says no more: the lead's v10). Abstracts written for these tests, in
the shape of journal abstracts."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import OWN_DESIGN, compose
from plainsum.plain.frames import HEADLINE_IS_THEIRS
from plainsum.plain.headline import Headline
from plainsum.plain.lines import Line
from plainsum.plain.material import gather
from plainsum.plain.result_head import hollow, result_carries

BOOSTER = """Antibody response to a COVID-19 booster in people with MS taking fingolimod

Sphingosine 1-phosphate receptor modulators such as fingolimod keep immune cells in the lymph \
nodes and may blunt the response to vaccines. We measured antibodies to the spike protein 4 weeks \
after a booster dose in 52 people with MS taking fingolimod and 47 people with MS taking no \
disease-modifying therapy. Antibodies above the protective threshold were found in 38% of people \
on fingolimod and 94% of untreated people. People taking fingolimod mount a weaker antibody \
response to a booster, and timing the booster may matter.
"""

VEIN = """The central vein sign to tell MS from migraine-related white matter lesions

Background: White matter lesions are seen on brain scans of many people with migraine.
Methods: We studied 88 people with MS and 61 people with migraine who had white matter lesions. \
Two readers who did not know the diagnosis looked for a vein at the centre of each lesion.
Results: The central vein sign had a sensitivity of 92% and a specificity of 89% for MS. The two \
readers agreed on 95% of scans.
Conclusions: The central vein sign distinguishes MS from migraine-related white matter lesions \
with high accuracy.
"""

# the same study with a conclusion that heads and a second one that says why it matters: the
# conclusion heads as before
VEIN_WITH_USE = VEIN.replace(
    "with high accuracy.\n",
    "with high accuracy. These findings can help neurologists avoid wrong diagnoses of MS in "
    "people with migraine.\n",
)


def _draft(text: str) -> tuple[Headline, dict[str, list[Line]]]:
    source = parse(text)
    return compose(gather(source, detect_design(source)))


def _said(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines)


def test_a_conclusion_the_headline_says_whole_is_never_swapped_for_its_figure() -> None:
    # the headline says the authors' one conclusion whole: it stays the headline (the main
    # finding in words), the comparison it rests on stays in the body, and why it matters says
    # the summary says no more rather than the conclusion again under a figure headline
    head, sections = _draft(BOOSTER)
    assert head.text.startswith("People taking fingolimod mount a weaker antibody response")
    assert "found in 38% of people on fingolimod" in _said(sections["what_the_study_did"])
    assert HEADLINE_IS_THEIRS in _said(sections["why_it_matters"])


def test_a_test_accuracy_heads_and_the_conclusion_says_why_it_matters() -> None:
    head, sections = _draft(VEIN)
    assert "sensitivity of 92%" in head.text
    assert "distinguishes MS from migraine-related" in _said(sections["why_it_matters"])
    # the readers' agreement is still said in the body
    assert "agreed on 95% of scans" in _said(sections["what_the_study_did"])


def test_the_conclusion_still_heads_when_why_it_matters_has_the_papers_own_words() -> None:
    head, sections = _draft(VEIN_WITH_USE)
    assert head.text.startswith("The central vein sign distinguishes MS")
    assert "help neurologists avoid wrong diagnoses" in _said(sections["why_it_matters"])


def _sections(body: list[Line], why: list[Line]) -> dict[str, list[Line]]:
    return {"what_the_study_did": body, "why_it_matters": why, "limitations": []}


def test_a_result_carries_only_what_the_conclusion_is_about() -> None:
    conclusion = "Drug Q lowered the relapse rate in people with MS."
    results = {"Relapses were fewer with drug Q than with placebo.", "Headaches were common."}
    on_it = Headline(
        "Relapses were fewer with drug Q than with placebo",
        (3,),
        origin="Relapses were fewer with drug Q than with placebo.",
    )
    why = [Line(conclusion, (5,), main=True)]
    body = [Line("The researchers gave drug Q or placebo to 80 people with MS.", (2,))]
    assert result_carries(on_it, _sections(body, why), body, conclusion, results)
    # a side result shares nothing with the conclusion
    side = Headline("Headaches were common", (4,), origin="Headaches were common.")
    assert not result_carries(side, _sections(body, why), body, conclusion, results)
    # why it matters still empty: no gain
    stock = [Line("Talk with your care team.", kind="frame")]
    assert not result_carries(on_it, _sections(body, stock), body, conclusion, results)
    # the body would lose a sentence it showed with the conclusion heading
    fuller = [*body, Line("These people also had fewer new scars on scans.", (4,))]
    assert not result_carries(on_it, _sections(body, why), fuller, conclusion, results)


REVIEW = (
    "Objectives: To assess cooling vests for tiredness in people with MS.\n"
    "Main results: We included five trials with 240 participants. Vests were better than wraps "
    "for tiredness. Vests led to fewer bad days than no vest.\n"
    "Authors' conclusions: Cooling vests may reduce tiredness in people with MS."
)


def test_a_review_keeps_its_conclusion_as_the_headline() -> None:
    # a review's conclusion weighs all its trials: one comparison never heads in its place
    head, _ = _draft(REVIEW)
    assert head.text == "Cooling vests may reduce tiredness in people with MS"


CROSSOVER = """Evening stretching for night-time spasms in MS: a randomised crossover trial

Night-time spasms disturb sleep in many people with MS. In this randomised crossover trial, 30 \
adults with MS and night-time spasms did a 15-minute stretching routine or a sitting rest each \
evening for 3 weeks each. Spasms were counted on the Penn Spasm Frequency Scale (PSFS). Mean PSFS \
was 1.1 points lower after stretching than after rest. Sleep quality did not differ. Evening \
stretching reduced night-time spasms in people with MS over 3 weeks; longer studies are needed.
"""


def test_a_conclusion_with_its_call_says_why_it_matters_once_a_result_heads() -> None:
    head, sections = _draft(CROSSOVER)
    assert head.text.startswith("Mean Penn Spasm Frequency Scale was 1.1 points lower")
    why = _said(sections["why_it_matters"])
    assert "Evening stretching reduced night-time" in why and "over 3 weeks" in why
    # its call is said there, not again under limitations
    assert "more research is needed" not in _said(sections["limitations"])


def test_the_frame_is_not_said_twice_when_the_paper_names_its_design() -> None:
    _, sections = _draft(CROSSOVER)
    body = _said(sections["what_the_study_did"])
    assert body.startswith("In this randomised crossover trial, 30 adults with MS")
    assert "This was a clinical trial in people." not in body
    # only a sentence that says what kind of study it was, as it says who took part
    assert OWN_DESIGN.match("In this registry cohort study, 2,310 people with MS were followed")
    assert not OWN_DESIGN.match("In this study, we grew cells from 12 donors")
    assert not OWN_DESIGN.match("Thirty adults with MS took part in the trial")


# one paragraph, its drop-out said last before a one-clause conclusion
DROPPED = """Evening stretching for night-time spasms in MS: a randomised crossover trial

Night-time spasms disturb sleep in many people with MS. In this randomised crossover trial, 30 \
adults with MS and night-time spasms did a 15-minute stretching routine or a sitting rest each \
evening for 3 weeks each. Spasms were counted on the Penn Spasm Frequency Scale (PSFS). Mean PSFS \
was 1.1 points lower after stretching than after rest. Sleep quality did not differ. One person \
stopped because of knee pain. Evening stretching reduced night-time spasms in people with MS.
"""


def test_who_stopped_is_no_reason_why_it_matters() -> None:
    head, sections = _draft(DROPPED)
    why = _said(sections["why_it_matters"])
    assert "stopped because of knee pain" not in why
    # the result names stretching but not which ("evening"): the one-clause conclusion is
    # clearer and heads (issue 9, stop 57); why it matters says honestly that the summary says
    # no more, never the headline again, and the body gives the result it rests on
    assert head.text == "Evening stretching reduced night-time muscle spasms in people with MS"
    assert "does not say more" in why and "Evening stretching" not in why
    assert "1.1 points lower after stretching" in _said(sections["what_the_study_did"])


PHASE_TWO = """Oral drug ZT-9 in chronic optic neuritis: a randomised, placebo-controlled trial

Background: No treatment repairs the myelin sheath in MS.
Methods: In this phase 2 trial, 84 people with MS and a past episode of optic neuritis were \
randomly assigned to ZT-9 or placebo for 24 weeks. The primary outcome was the change in visual \
evoked potential latency, a measure of how fast signals travel along the optic nerve.
Results: Latency shortened by 2.8 milliseconds more with ZT-9 than with placebo. Low-contrast \
vision did not differ between groups. Fatigue was more common with ZT-9.
Conclusions: ZT-9 shortened visual evoked potential latency, suggesting myelin repair, but did not \
improve vision over 24 weeks.
"""


def test_the_frame_stays_when_the_papers_own_design_sentence_is_not_shown() -> None:
    _, sections = _draft(PHASE_TWO)
    body = _said(sections["what_the_study_did"])
    # one frame: the paper's or the drafter's, never both and never none
    assert ("In this phase 2 trial" in body) != ("This was a clinical trial in people." in body)


# a sentence that leans on the result ("The result was similar ...") may go when the result
# heads: it never keeps the conclusion heading and why it matters empty
BMI = """Sleep duration and risk of multiple sclerosis: a Mendelian randomisation study

Short sleep in adolescence has been linked with MS in observational studies. We used genetic \
variants associated with sleep duration to estimate the effect of short sleep on MS risk, with \
genetic associations for MS from a large consortium of 14,000 cases and 26,000 controls. Each \
hour less of genetically predicted sleep was associated with a 19% higher risk of MS (odds ratio \
1.19, 95% CI 1.05 to 1.35). The result was similar in sensitivity analyses. These findings \
support a causal role of short sleep in MS risk and suggest that better sleep in adolescence \
could lower the risk of MS.
"""


def test_a_leaning_follower_does_not_stop_the_result_from_heading() -> None:
    head, sections = _draft(BMI)
    why = _said(sections["why_it_matters"])
    assert "These findings support a causal role" in why or "support a causal role" in why
    assert not hollow(sections["why_it_matters"])
    assert "support a causal role" not in head.text
