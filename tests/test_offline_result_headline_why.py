"""When the headline is the paper's main result, the authors' conclusion that rests on it is
said under why it matters, not pulled into the body as if no shown result were the main one
(which left why it matters empty: the gate's hollow_why error) (issue 9). Text written for the
test, in the shape of a genetic study without headings."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.material import gather

STUDY = (
    "Observational studies have linked smoking in youth to a higher risk of multiple sclerosis "
    "(MS). We used genetic variants linked with teenage smoking in a two-sample Mendelian "
    "randomization study of 12,000 people with MS and 20,000 controls. Each one standard "
    "deviation increase in genetically predicted teenage smoking was associated with a 1.3-fold "
    "higher odds of MS (95% CI 1.1 to 1.6). Genetically predicted adult smoking was not "
    "associated with MS. Our results support a causal role of heavier smoking in the teenage years "
    "in the development of MS and suggest that preventing smoking in teenagers might lower the "
    "risk of MS later in life."
)


def test_the_conclusion_a_result_headline_rests_on_is_why_it_matters() -> None:
    source = parse(STUDY)
    head, sections = compose(gather(source, detect_design(source)))
    assert head.text.startswith("Higher genetically predicted teenage smoking was linked")
    body = " ".join(x.text for x in sections["what_the_study_did"])
    why = " ".join(x.text for x in sections["why_it_matters"])
    assert "causal role" not in body
    assert "support a causal role of heavier smoking" in why
