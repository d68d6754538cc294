"""The writer's "we" made explicit: the researchers, or the review authors.

A summary speaks of the researchers in the third person, so the paper's "we", "our" and "us"
must name them. "their" and "them" are said only where the sentence has named them already
("The researchers found that their test ..."); said alone, "their" points at whatever plural
came before it ("Seven studies met their entry rules" reads as the studies' own rules), so
there the researchers are named ("Seven studies met the review authors' entry rules"). "our" in
what people in general know ("our understanding of", "to our knowledge") is no one's in
particular and is said so.
"""

from __future__ import annotations

import re

__all__ = ["voice"]

# "our results", "our careful review", "our secondary outcomes": the study's own, said with
# "the".
_OUR_OWN = re.compile(
    r"\b([Oo])ur ((?:[\w-]+ ){0,2}?)(results|findings|data|study|studies|work|analysis|analyses|"
    r"observations|review|trial|synthesis|search|meta-analysis|interpretation|appraisal|"
    r"matrix|experiments?|outcomes?)\b"
)
# "our genes", "our bodies": people's in general, no one's in particular.
_OUR_KIND = re.compile(
    r"\b([Oo])ur (genes|genomes?|bod(?:y|ies)|brains?|immune systems?|lives|health|species|"
    r"societ(?:y|ies)|planet|world)\b"
)
# "our patient's symptoms": "the patient's", never "the researchers' patient's".
_OUR_BEFORE_POSSESSIVE = re.compile(r"\b([Oo])ur (?=[\w-]+['\u2019]s?\b)")
# "to our knowledge", "to the best of our knowledge": as far as the writers know.
_TO_OUR_KNOWLEDGE = re.compile(r"\b[Tt]o (?:the best of )?our (?:current )?knowledge\b")
# "our understanding of", "our current knowledge of": what is known, no one's in particular.
_OUR_KNOWING = re.compile(r"\b([Oo])ur ((?:current |present )?(?:understanding|knowledge))\b")
# Everyone's "we", not the writers': "X is evolving before us as we continue to learn more
# about it" read "before the review authors as the review authors continue to learn" (a reader's
# firm broken headline). The place goes; the learning is said of no one in particular.
_BEFORE_US = re.compile(r",? (?:before|ahead of|around) us\b")
_WE_LEARN = re.compile(r"\bas we (?:continue to |begin to |start to )?(learn|understand) more\b")
_DONE = {"learn": "learned", "understand": "understood"}
_OUR = re.compile(r"\b[Oo]ur\b")
_US = re.compile(r"\bus\b")


def voice(text: str, review: bool) -> str:
    """`text` with the writer's "we", "our" and "us" said as the researchers (or the review
    authors, for a review): "their" and "them" only after the sentence has named them."""
    who = "the review authors" if review else "the researchers"
    text = _OUR_OWN.sub(lambda m: ("The " if m[1] == "O" else "the ") + m[2] + m[3], text)
    text = _OUR_KIND.sub(lambda m: ("People's " if m[1] == "O" else "people's ") + m[2], text)
    text = _OUR_BEFORE_POSSESSIVE.sub(lambda m: "The " if m[1] == "O" else "the ", text)
    text = _TO_OUR_KNOWLEDGE.sub(
        lambda m: ("A" if m.group(0)[0] == "T" else "a") + f"s far as {who} know", text
    )
    text = _OUR_KNOWING.sub(
        lambda m: (m[2][:1].upper() if m[1] == "O" else m[2][:1]) + m[2][1:], text
    )
    text = _BEFORE_US.sub("", text)
    text = _WE_LEARN.sub(lambda m: f"as more is {_DONE[m[1]]}", text)
    text = re.sub(r"^We\b", who.capitalize(), text)
    text = re.sub(r"\bwe\b", who, text)
    text = _named_or_pointed(text, _OUR, who + "'", "their")
    return _named_or_pointed(text, _US, who, "them")


def _named_or_pointed(text: str, word: re.Pattern[str], named: str, pointer: str) -> str:
    """`text` with each match of `word` said as `pointer` where the researchers are named
    before it in the sentence, else as `named` (capitalised at the sentence's start)."""
    out: list[str] = []
    last = 0
    for m in word.finditer(text):
        said = "".join(out) + text[last : m.start()]
        if _names_them(said):
            plain = pointer
        elif m.start() == 0:
            plain = named[:1].upper() + named[1:]
        else:
            plain = named
        out.append(text[last : m.start()] + plain)
        last = m.end()
    return "".join(out) + text[last:]


_THEM = re.compile(r"\b(?:researchers|review authors|authors|investigators)\b", re.I)


def _names_them(before: str) -> bool:
    """Whether the researchers are named in the sentence before: a "their" can stand for them."""
    return _THEM.search(before) is not None
