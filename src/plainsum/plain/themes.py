"""The themes of an interview study, one sentence each.

Qualitative papers report their results as a list of named themes in one long sentence: 'Four
themes were developed: "a life that narrows", describing loss of work and leisure; "becoming
the expert", as caregivers learned to manage medicines with little training; and ...'. Too long
to show whole, such a sentence was left out, and the draft said how the study was done but not
what it found. Said one theme a sentence, each keeps its name and the paper's own words for it:
'The theme “becoming the expert” was about how caregivers learned to manage medicines with
little training.' A list that does not parse item by item is left as it is (None).
"""

from __future__ import annotations

import re

__all__ = ["theme_sentences"]

_COUNT = r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+)"
_KIND = r"(?:(?:main|key|major|overarching|central) )?(?:themes|categories)"
# "Four themes were developed:", "We identified three main themes:", "Five themes emerged:"
_HEAD = re.compile(
    rf"^(?:(?:We|The researchers) (?:identified|developed|found|generated|derived|constructed) )?"
    rf"{_COUNT} {_KIND}(?: (?:were|was) (?:developed|identified|found|generated|derived|"
    r"constructed)| emerged)?(?: from the (?:interviews|data|analysis))?:\s+(?P<items>.+?)\.?$",
    re.I,
)
_QUOTED = r"[\"“‘'](?P<name>[^\"”’']{3,60})[\"”’']"
# One item: its quoted name, then what it holds ("describing ...", "as caregivers ...").
_ITEM = re.compile(
    rf"^(?:and )?{_QUOTED},? (?P<link>describing|reflecting|including|covering|capturing|"
    r"about|as|where|in which) (?P<rest>\S.*)$",
    re.I,
)
_VERB = {
    "describing": "described",
    "reflecting": "reflected",
    "including": "included",
    "covering": "covered",
    "capturing": "captured",
}
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def theme_sentences(text: str) -> list[str] | None:
    """The themes of a theme list (see the module's docstring), a sentence each; None when
    `text` is no such list or an item does not parse. (How many there were is not said on its
    own: "The researchers described four themes." alone would say nothing of what they were.)"""
    head = _HEAD.match(text.strip())
    if head is None:
        return None
    count = head["count"]
    items = [i.strip() for i in head["items"].split(";")]
    number = int(count) if count.isdigit() else _WORDS.get(count.lower())
    if number is None or len(items) != number:
        return None  # the list is not one item per semicolon: its pieces would not be themes
    if not any(_QUOTE_MARK.search(item) for item in items):
        return _plain_items(items)
    out = []
    for item in items:
        m = _ITEM.match(item)
        if m is None:
            return None
        name, link, rest = m["name"], m["link"].lower(), m["rest"].rstrip(" .")
        if link in _VERB:
            out.append(f"The theme “{name}” {_VERB[link]} {rest}.")
        elif link == "about":
            out.append(f"The theme “{name}” was about {rest}.")
        else:  # "as caregivers learned ...", "where ...", "in which ...": a clause
            out.append(f"The theme “{name}” was about how {rest}.")
    return out


_QUOTE_MARK = re.compile(r"[\"“”‘’]")
_FIRST_WORDS = re.compile(r"^(?:and|or)\s+", re.I)
_TOO_LONG = 30  # words of a theme said in one sentence: longer is no theme's name


def _plain_items(items: list[str]) -> list[str] | None:
    """Themes named in plain words, not quoted ("taking on the role of coordinator of care;
    losing the couple relationship; and ..."), one sentence each: "One theme was ...",
    "Another theme was ..." (None when an item is empty or too long to be one theme's name)."""
    names = [_FIRST_WORDS.sub("", item).rstrip(" .") for item in items]
    if any(not name or len(name.split()) > _TOO_LONG for name in names):
        return None
    return [f"One theme was {names[0]}."] + [f"Another theme was {name}." for name in names[1:]]
