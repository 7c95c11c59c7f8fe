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

CJK_RANGES = (
    ("\u3000", "\u303f"), ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"),
    ("\uf900", "\ufaff"), ("\uff00", "\uffef"), ("\u2018", "\u201d"),
)


def is_cjk(char: str) -> bool:
    """True for Chinese characters and full-width punctuation (joined without a space)."""
    return any(low <= char <= high for low, high in CJK_RANGES)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (whitespace trimmed)."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
