"""Slips of a phone's keyboard or voice input put right: a character typed or heard for another of the
same sound, a letter missed, doubled or swapped.

On a phone, Chinese is typed by its sound, and the keyboard may offer the wrong character
of that sound: 曹娥街到 for 曹娥街道, 投姿 for 投资, 产业圆 for 产业园; English loses or
swaps a letter (talnt, modle). Such a word is in no dictionary and not in the articles, so
search misses it and the answer says it is not stated.

* A run of whole words of the question (as jieba cuts it) that is no word of the articles
  and sounds as one of theirs does is read as that word when the articles write it next to
  the same character as the question does (曹娥 before 街道); or when only one character
  differs and it is four characters long and a term the articles mark out (quote) or the
  dictionary knows, or no word the dictionary knows said alone between pauses (a name said
  and said again: 余默 鱼墨). Voice input writes real words of that sound (红艳社区 for
  鸿雁社区, 两周四区 for 两轴四区, a pause where a neighbour would be), a keyboard also
  characters that make none (曹娥街到). Without the neighbour, a colloquial phrase the
  dictionary lacks would be taken for a slip (多少来着 is no 来者, 面积多大 no 多达).
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

from qa.ingest import bilingual
from qa.ingest.words import STOPWORDS, syllables, to_simplified, to_traditional
from qa.store.layout import IndexedPassage
from qa.store.lexical import LexicalIndex

MIN_LETTERS = 5  # a shorter English word is one letter away from too many others (univ, unit)
WINDOWS = (4, 3, 2)  # lengths of the words a slip is looked for in, longest first
SURE_CHARS = 4  # a word this long with one character of another of the same sound is that word, wherever it stands
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_SAID_AGAIN = re.compile(r"(?<=[\u4e00-\u9fff])(?:\s+|\s*还是\s*|\s*、\s*)(?=[\u4e00-\u9fff])")
_LATIN_WORD = re.compile(r"(?<![A-Za-z'])[A-Za-z]+(?![A-Za-z'])")


class SlipReader:
    """Puts a question's same-sound slips right, against one corpus's words and text."""

    def __init__(self, lexical: LexicalIndex, passages: Sequence[IndexedPassage]) -> None:
        self.lexical = lexical
        self.passages = passages
        self.words = {word for word in lexical.document_frequency
                      if min(WINDOWS) <= len(word) <= max(WINDOWS) and _HAN.fullmatch(word)}
        self.same_sound: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for word in self.words:
            self.same_sound[tuple(syllables(word))].add(word)
        self.spelling = bilingual.spelling()  # read now, not mid-question

    def corrected(self, question: str) -> str:
        """The question with each slip replaced by the word meant (unchanged when there is none), and a
        name said again in another sound-alike spelling left out."""
        chinese = self._said_once(self._chinese_corrected(question))
        return _LATIN_WORD.sub(lambda m: self._english_meant(m.group()) or m.group(), chinese)

    def _said_once(self, question: str) -> str:
        """The question without the second try at a name said twice (李明远 李明源, 金潭 金坛, 卧龙 握龙 once
        read as 卧龙 卧龙): of two runs of the same sound either side of a pause or 还是, the one the
        articles do not write, or the second where they are the same."""
        for pause in _SAID_AGAIN.finditer(question):
            for length in WINDOWS:
                first = question[pause.start() - length:pause.start()]
                second = question[pause.end():pause.end() + length]
                if not (len(first) == len(second) == length and _HAN.fullmatch(first + second)
                        and syllables(first) == syllables(second)):
                    continue
                if first == second or self.writes(first) and not self.writes(second):
                    rest = question[pause.end() + length:]
                    return self._said_once(question[:pause.start()] + (" " if _HAN.match(rest) else "") + rest)
                if self.writes(second) and not self.writes(first):
                    return self._said_once(question[:pause.start() - length] + question[pause.end():])
        return question

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
            bounds = {run.start() + bound for bound in self.lexical.tokenizer.word_bounds(run.group())}
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

    def _meant(self, question: str, start: int, end: int) -> str | None:
        """The word of the articles the question's characters from ``start`` to ``end`` were typed or
        dictated for."""
        window = question[start:end]
        if window in self.words:
            return None
        known = self.lexical.tokenizer.known(window)
        if known and not self._noun(window):  # a word the dictionary knows is heard only for a name or noun
            return None
        before, after = question[start - 1:start] if start else "", question[end:end + 1]
        context = [(part, side) for part, side in ((before, "before"), (after, "after")) if _HAN.fullmatch(part)]
        for meant in sorted(self.same_sound.get(tuple(syllables(window)), ())):
            changed = [typed for typed, other in zip(window, meant) if typed != other]
            if any(typed in STOPWORDS for typed in changed):
                continue
            one_off = len(changed) == 1
            # a name said alone between pauses (余默 鱼墨, 伯文、河城) has no neighbour to go by
            if one_off and (len(window) >= SURE_CHARS and self._whole(meant) or not context and not known) or any(
                    self._written(meant, part, side) for part, side in context):
                return meant
        return None

    def _noun(self, word: str) -> bool:
        """Whether jieba reads the word as one name or noun (红艳, 人材; not 哪里, which is no 那里)."""
        tagged = self.lexical.tokenizer.tagged_words(word)
        return len(tagged) == 1 and tagged[0][1].startswith("n")

    def _whole(self, word: str) -> bool:
        """Whether the word is one the articles mark out (a quoted term) or the dictionary knows, not a
        run of characters jieba joined (朱一龙座 of 朱一龙座驾)."""
        return word in self.lexical.user_terms or self.lexical.tokenizer.known(word)

    def writes(self, phrase: str, words: list[str] | None = None) -> bool:
        """Whether some passage writes the phrase (looked for among the passages holding ``words``, by default
        the phrase's own)."""
        words = words or self.lexical.tokenizer.tokens(phrase)
        holding = np.flatnonzero(self.lexical.bm25.get_scores(words)) if words else []
        return any(phrase in to_simplified(self.passages[row].text) for row in holding)

    def _written(self, word: str, neighbour: str, side: str) -> bool:
        """Whether some passage writes the word with that character before or after it."""
        return self.writes(neighbour + word if side == "before" else word + neighbour, [word])
