"""The input screen: what is not research is refused before drafting, and flagged by `check`."""

import json
from pathlib import Path

import pytest
from gate_texts import LAB_SOURCE, OBS_SOURCE
from screen_texts import NOT_RESEARCH, RESEARCH

from plainsum.api import check, draft
from plainsum.cli import main
from plainsum.errors import InputError
from plainsum.ingest import parse
from plainsum.screen import is_research, require_research, screen

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
EXPECTED_KIND = {
    "advert": "advert",
    "product_page": "advert",
    "press_release_no_study": "press_release",
    "french": "not_english",
    "german": "not_english",
    "recipe": "recipe",
    "news_story": "news",
    "opinion_blog": "personal",
    "erratum": "notice",
    "retraction": "notice",
}


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "PLAINSUM_MODEL", "PLAINSUM_BACKEND"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.mark.parametrize("name", sorted(NOT_RESEARCH))
def test_what_is_not_research_is_named(name):
    verdict = screen(parse(NOT_RESEARCH[name]))
    assert not verdict.is_research
    assert verdict.kind == EXPECTED_KIND[name]
    assert verdict.reason and "\n" not in verdict.reason


@pytest.mark.parametrize("name", sorted(RESEARCH))
def test_research_passes(name):
    assert screen(parse(RESEARCH[name])).is_research


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_examples_and_test_papers_pass(path):
    assert screen(path.read_text()).is_research
    require_research(LAB_SOURCE)
    require_research(OBS_SOURCE)


def test_drafting_an_advert_raises_the_bad_input_error():
    with pytest.raises(InputError, match="advert"):
        draft(NOT_RESEARCH["advert"])


def test_cli_refuses_a_recipe_with_one_line_and_exit_2(capsys, tmp_path):
    path = tmp_path / "dinner.txt"
    path.write_text(NOT_RESEARCH["recipe"])
    code = main(["draft", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    (line,) = [line for line in err.splitlines() if "error" in line]
    assert "recipe" in line and err.strip().endswith(line)
    assert "Traceback" not in err


def test_check_flags_a_source_that_is_not_research_without_refusing(capsys, tmp_path):
    code, out, _ = main(["draft", str(EXAMPLES[0]), "-f", "json"]), *capsys.readouterr()
    summary = json.loads(out)["summary"]
    assert [f.check for f in check(parse(RESEARCH["trial"]), _as_summary(summary))].count(
        "source"
    ) == 0
    findings = check(parse(NOT_RESEARCH["press_release_no_study"]), _as_summary(summary))
    (flag,) = [f for f in findings if f.check == "source"]
    assert flag.severity == "error" and "press release" in flag.message
    drafted = tmp_path / "d.json"
    drafted.write_text(json.dumps(summary))
    news = tmp_path / "news.txt"
    news.write_text(NOT_RESEARCH["news_story"])
    code = main(["check", str(drafted), "--source", str(news), "-f", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and any(f["check"] == "source" for f in report["findings"])


def _as_summary(data):
    from plainsum.schemas import PlainSummary

    return PlainSummary.model_validate(data)


def _mixtures() -> list[str]:
    """Research texts with more and more of each other genre's sentences: the counts on both
    sides of every threshold."""
    out = [*NOT_RESEARCH.values(), *RESEARCH.values(), *(p.read_text() for p in EXAMPLES)]
    for other in NOT_RESEARCH.values():
        sentences = other.split(". ")
        for paper in RESEARCH.values():
            for n in range(1, len(sentences) + 1):
                out.append(paper + " " + ". ".join(sentences[:n]))
                out.append(". ".join(sentences[:n]) + " " + paper.split(". ")[0])
    return out


def test_is_research_is_the_screens_verdict():
    texts = _mixtures()
    verdicts = [screen(t).is_research for t in texts]
    assert [is_research(t) for t in texts] == verdicts
    assert 10 < sum(verdicts) < len(texts) - 10  # both answers are exercised
