"""Reading help for a reader who asked in English: the answer sentence's words, glossed.

Each Chinese word gets its pinyin and the short CC-CEDICT gloss saved with the
index. It is a word gloss, not a translation, and the chat says so.
"""

from __future__ import annotations

import re

from qa.ingest.words import STOPWORDS, pinyin_with_tones
from qa.store.lexical import LexicalIndex

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _glossable(word: str, lexical: LexicalIndex) -> list[str]:
    """The word itself if the dictionary has it, else its parts that it has (社区规划 → 社区, 规划)."""
    if word in lexical.glosses or len(word) == 1:
        return [word]
    parts = [part for part in lexical.tokenizer.tokens(word) if part != word and part in lexical.glosses]
    return parts if parts else [word]


def word_glosses(sentence: str, lexical: LexicalIndex) -> list[tuple[str, str, str]]:
    """(word, pinyin, gloss) for the sentence's Chinese words in reading order, each once, function words left out."""
    glossed, seen = [], set()
    for whole, _tag in lexical.tokenizer.tagged_words(sentence):
        for word in _glossable(whole, lexical) if _HAN.search(whole) else ():
            if word not in seen and word not in STOPWORDS:
                seen.add(word)
                glossed.append((word, pinyin_with_tones(word), lexical.glosses.get(word, "")))
    return glossed
