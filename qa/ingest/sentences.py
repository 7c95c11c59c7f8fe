"""Sentence splitting for Chinese and English passages.

Sentences are the unit of evidence: retrieval scores them and the UI marks
the best one. Spans are character offsets into the passage text so the mark
can be placed exactly.
"""

from __future__ import annotations

import re

# A sentence ends at Chinese/ASCII terminal punctuation (with any closing quotes
# that follow it), or at an English full stop followed by whitespace.
_SENTENCE = re.compile(
    r"""[^。！？!?…；;]*?                   # sentence body
        (?:[。！？!?；;]+|…+|\.(?=\s)|$)  # terminal punctuation or end
        [”’」』）)"']*                     # closing quotes after the stop
    """,
    re.VERBOSE,
)

# Verbs that attribute speech, longest first (告诉记者 before 说).
SAYS = (r"(?:告诉记者|对记者说|回忆道|回忆说|补充说|补充道|笑着说|解释说|解释道|介绍说|感慨道|感叹道|问道|答道"
        r"|坦言|直言|坦承|透露|表示|介绍|指出|强调|认为|回应|回答|呼吁|提醒|称赞|声称|说道|称|说)")
# A sentence that only says who spoke the quote before it (曹娥街道相关负责人表示。) is part of that sentence.
_ATTRIBUTION_TAIL = re.compile(rf"[^“”「」。！？!?]{{1,24}}?{SAYS}[。！？!?]")
QUOTE_OPENING, QUOTE_CLOSING = "“「", "”」"

CJK_RANGES = (
    ("\u3000", "\u303f"), ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"),
    ("\uf900", "\ufaff"), ("\uff00", "\uffef"), ("\u2018", "\u201d"),
)


def is_cjk(char: str) -> bool:
    """True for Chinese characters and full-width punctuation (joined without a space)."""
    return any(low <= char <= high for low, high in CJK_RANGES)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (whitespace trimmed); a quote's attribution tail
    (“……。”宋亮表示。) stays with the quote, so the sentence marked names who said it."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        if spans and text[spans[-1][1] - 1] in QUOTE_CLOSING and _ATTRIBUTION_TAIL.fullmatch(text, start, end):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


_POINTS_BACK = re.compile(r"^[“\"]?(?:该|此|这个|这一)([\u4e00-\u9fff]{1,2})")  # 该社区…, 此项目…
NAME_REACH = 8  # characters before a kind word that may name the thing (曹娥街道鸿雁 of 曹娥街道鸿雁社区)


def sentence_before(text: str, start: int) -> str:
    """The sentence of ``text`` ending before ``start`` (a marked sentence's start), or ""."""
    spans = split_sentences(text[:start])
    return text[spans[-1][0]:spans[-1][1]] if spans else ""


def with_antecedent(previous: str, sentence: str) -> str:
    """The sentence with the name its opening points back to written before it (鸿雁社区 for 该社区…, from the
    sentence before it that ends a name in 社区), for matching a question's words: it is about that thing."""
    match = _POINTS_BACK.match(sentence)
    if match is None:
        return sentence
    kind = match.group(1)
    for kind_word in (kind, kind[:1]):
        at = previous.rfind(kind_word)
        if at > 0:
            named = re.split(r"[^\w]", previous[max(0, at - NAME_REACH):at])[-1]
            return f"{named}{kind_word} {sentence}" if named else sentence
    return sentence
