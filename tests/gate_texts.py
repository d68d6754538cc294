"""Short texts written for the tests: a lab source and an observational source, each with a clean
summary that passes the gate. Tests plant one problem at a time into these."""

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

LAB_SOURCE = parse(
    """Herpes virus replication in cultured human astrocytes

Background: Human herpesvirus 6 (HHV-6) has been proposed as a factor in multiple sclerosis.
Methods: We infected cultured human astrocytes in vitro with HHV-6A and measured viral DNA
over 72 hours in 3 independent experiments. Cells were treated with ganciclovir or vehicle.
Results: Viral DNA rose 40-fold by 72 hours. Ganciclovir reduced viral DNA by 85%.
Conclusions: HHV-6A replicates in astrocytes, and ganciclovir limits it in cell culture.
"""
)

LAB_SUMMARY = PlainSummary(
    headline="A herpes virus grew in brain support cells, and a drug slowed it in the lab",
    what_the_study_did=(
        "Scientists grew human brain cells in dishes in the lab. They infected the cells with "
        "a herpes virus called HHV-6A. The amount of virus rose 40-fold in 72 hours. A drug "
        "called ganciclovir cut the amount of virus by 85%."
    ),
    why_it_matters=(
        "Some scientists think this virus may play a part in MS. This study looked at how the "
        "virus grows, not at MS itself. If you have questions, talk with your doctor or care "
        "team."
    ),
    limitations=(
        "This work was done in cells in a lab, not in people. We do not know yet if the same "
        "happens in the body. The team ran only 3 experiments."
    ),
)

OBS_SOURCE = parse(
    """Smoking and disability in a cohort of people with multiple sclerosis

Methods: In this prospective cohort study, 1,204 adults with relapsing MS were followed for a
median of 6.5 years. Disability was measured with the Expanded Disability Status Scale (EDSS).
Results: Current smokers reached EDSS 4 sooner than never smokers (hazard ratio 1.45; 95% CI
1.12-1.88; p=0.004). People who quit had risks close to never smokers.
Conclusions: Smoking is associated with faster disability worsening in MS.
"""
)

OBS_SUMMARY = PlainSummary(
    headline="People with MS who smoked became disabled sooner than people who never smoked",
    what_the_study_did=(
        "Researchers followed 1,204 adults with MS for about 6.5 years. They checked how fast "
        "walking and other problems got worse. People who smoked got worse sooner than people "
        "who never smoked. People who quit did about as well as people who never smoked."
    ),
    why_it_matters=(
        "Many people with MS smoke or used to smoke. This study adds to signs that smoking is "
        "linked to faster worsening. Talk with your doctor or care team about your own care."
    ),
    limitations=(
        "This kind of study can find a link, but it cannot show that smoking causes the "
        "worsening. Other things about people who smoke may explain part of the link."
    ),
)

LAB_DESIGN = detect_design(LAB_SOURCE)
OBS_DESIGN = detect_design(OBS_SOURCE)


def edit(summary: PlainSummary, **changes: str) -> PlainSummary:
    """A copy of `summary` with some sections replaced (validated again)."""
    return PlainSummary.model_validate({**summary.model_dump(), **changes})
