"""A plain word in the plural for a singular term ("supplementation" -> "supplements") must not
leave the sentence's verb singular when a phrase stands between them ("calcium supplementation
compared to placebo probably results in ...", "iron supplementation in small babies has ..."):
the term stays as written. Where nothing singular follows, the swap is made."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    "text",
    [
        "Zinc supplementation compared to placebo probably results in fewer colds.",
        "Zinc supplementation compared with no treatment has little effect on colds.",
        "It is unclear whether iron supplementation in small babies has lasting benefits.",
        "Folic acid supplementation during pregnancy reduces the risk of spina bifida.",
    ],
)
def test_a_singular_verb_after_the_phrase_keeps_the_term(text: str) -> None:
    assert "supplementation" in plain_words(text)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "We looked at zinc supplementation in older adults.",
            "We looked at zinc supplements in older adults.",
        ),
        (
            "Zinc supplementation compared to placebo made no difference.",
            "Zinc supplements compared to placebo made no difference.",
        ),
    ],
)
def test_the_swap_is_made_where_no_singular_verb_follows(text: str, plain: str) -> None:
    assert plain_words(text) == plain
