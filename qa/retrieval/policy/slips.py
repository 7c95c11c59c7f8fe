"""Slips of a phone's keyboard put right: a character typed for another of the same sound, a
letter missed, doubled or swapped.

On a phone, Chinese is typed by its sound, and the keyboard may offer the wrong character
of that sound: 曹娥街到 for 曹娥街道, 投姿 for 投资, 产业圆 for 产业园; English loses or
swaps a letter (talnt, modle). Such a word is in no dictionary and not in the articles, so
search misses it and the answer says it is not stated.

* A run of whole words of the question (as jieba cuts it) that is no word itself, and is
  one character away from a word of the articles that sounds the same, is read as that
  word when the articles write it next to the same character as the question does (曹娥
  before 街道). Without that, a colloquial phrase the dictionary lacks would be taken for a
  slip (多少来着 is no 来者, 面积多大 no 多达).
* An English word typed in lower case (a capital marks a name: Klose is no "close") that
  the dictionary does not know, nor the articles as a name's pinyin, is read as the most
  used English word one letter away that leads to the articles' words (pyspellchecker's
  English words and their frequencies).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from spellchecker import SpellChecker

from qa.ingest import bilingual
from qa.ingest.words import STOPWORDS, pinyin, to_simplified, to_traditional
from qa.store.layout import IndexedPassage
from qa.store.lexical import LexicalIndex

MIN_LETTERS = 5  # a shorter English word is one letter away from too many others (univ, unit)
WINDOWS = (4, 3, 2)  # lengths of the words a slip is looked for in, longest first
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_WORD = re.compile(r"(?<![A-Za-z'])[A-Za-z]+(?![A-Za-z'])")


class SlipReader:
    """Puts a question's same-sound slips right, against one corpus's words and text."""

    def __init__(self, lexical: LexicalIndex, passages: Sequence[IndexedPassage]) -> None:
        self.lexical = lexical
        self.passages = passages
        self.words = {word for word in lexical.document_frequency
                      if min(WINDOWS) <= len(word) <= max(WINDOWS) and _HAN.fullmatch(word)}
        self.same_sound: dict[str, set[str]] = defaultdict(set)
        for character in {c for word in self.words for c in word}:
            self.same_sound[pinyin(character)].add(character)
        self.spelling = SpellChecker(distance=1)  # English words and their frequencies, read now, not mid-question

    def corrected(self, question: str) -> str:
        """The question with each slip replaced by the word meant (unchanged when there is none)."""
        return _LATIN_WORD.sub(lambda m: self._english_meant(m.group()) or m.group(), self._chinese_corrected(question))

    def _english_meant(self, typed: str) -> str | None:
        """The most used English word one letter away that leads to the articles' words, if the typed
        word is no word itself nor a name the articles spell in pinyin."""
        word, spelling = typed, self.spelling
        if (not word.islower() or len(word) < MIN_LETTERS or word in spelling or bilingual.is_english_word(word)
                or self.lexical.knows(word)):
            return None
        meant = [w for w in spelling.candidates(word) or () if bilingual.stem(w) in self.lexical.english]
        return max(meant, key=lambda w: (spelling.word_usage_frequency(w), w)) if meant else None

    def _chinese_corrected(self, question: str) -> str:
        simplified = to_simplified(question)
        if len(simplified) != len(question):
            return question
        traditional = simplified != question  # the word meant is written in the question's own script
        text = list(question)
        for run in _HAN.finditer(simplified):
            bounds = self._word_bounds(run.group(), run.start())
            at = run.start()
            while at < run.end():
                for length in WINDOWS:
                    if at in bounds and at + length in bounds and (
                            meant := self._meant(simplified, at, at + length)):
                        shown = to_traditional(meant) if traditional else meant
                        text[at:at + length] = shown if len(shown) == length else meant
                        at += length
                        break
                else:
                    at += 1
        return "".join(text)

    def _word_bounds(self, run: str, start: int) -> set[int]:
        """Where the run's words begin and end, as offsets in the question."""
        bounds, at = {start}, start
        for word in self.lexical.tokenizer.words(run):
            at += len(word)
            bounds.add(at)
        return bounds if at == start + len(run) else set()

    def _meant(self, question: str, start: int, end: int) -> str | None:
        """The word of the articles the question's characters from ``start`` to ``end`` were typed for."""
        window = question[start:end]
        if window in self.words or self.lexical.tokenizer.known(window):
            return None
        before, after = question[start - 1:start] if start else "", question[end:end + 1]
        context = [(part, side) for part, side in ((before, "before"), (after, "after")) if _HAN.fullmatch(part)]
        for at, typed in enumerate(window):
            if typed in STOPWORDS:
                continue
            for other in sorted(self.same_sound.get(pinyin(typed), ())):
                meant = window[:at] + other + window[at + 1:]
                if other != typed and meant in self.words and any(
                        self._written(meant, part, side) for part, side in context):
                    return meant
        return None

    def _written(self, word: str, neighbour: str, side: str) -> bool:
        """Whether some passage writes the word with that character before or after it."""
        phrase = neighbour + word if side == "before" else word + neighbour
        holding = np.flatnonzero(self.lexical.bm25.get_scores([word]))
        return any(phrase in to_simplified(self.passages[row].text) for row in holding)

