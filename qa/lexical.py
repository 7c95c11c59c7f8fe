"""The lexical channel: OpenCC-normalised jieba tokens scored with BM25.

Dense vectors blur exact names and figures (卧龙 vs 晶盛, 697万 vs 103.4亿);
BM25 over words keeps them sharp. Queries and passages are converted to
Simplified Chinese first, so a Traditional question matches the same words.
Jieba learns the corpus's own names and terms (quoted terms, headings'
phrases, mixed Latin/Chinese names) before tokenising.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import bm25s
import jieba
import numpy as np
from opencc import OpenCC

_QUOTED_TERM = re.compile(r"[“「『\"]([^”」』\"，。、,！？!?\s]{2,12})[”」』\"]")
_MIXED_TERM = re.compile(r"[A-Za-z][A-Za-z0-9]*[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{1,6}[A-Za-z]{2,}")
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
STOPWORDS = frozenset("""
的 了 是 在 有 和 与 及 或 也 都 就 还 又 把 被 让 给 对 从 向 以 为 于 而 等 这 那 这个 那个 这些 那些
什么 哪些 哪个 哪里 哪儿 多少 几个 怎么 怎样 如何 为什么 吗 呢 吧 啊 呀 么 嘛 我 你 他 她 它 我们 你们
他们 请问 请 一下 一个 有没有 是不是 是否 能 能否 可以 会 要 里 中 上 下 个 之 其 该 此 各 每
""".split())


@lru_cache(maxsize=1)
def _to_simplified() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese (other scripts pass through unchanged)."""
    return _to_simplified().convert(text)


def corpus_terms(texts: list[str]) -> set[str]:
    """Names and terms the corpus itself marks out: quoted terms and mixed-script names."""
    terms: set[str] = set()
    for text in texts:
        terms.update(_QUOTED_TERM.findall(text))
        terms.update(m.group(0) for m in _MIXED_TERM.finditer(text))
    return {t for t in terms if len(t) >= 2}


class Tokenizer:
    """jieba (search mode) with a user dictionary learnt from the corpus."""

    def __init__(self, user_terms: set[str]) -> None:
        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        for term in sorted(user_terms):
            self._jieba.add_word(to_simplified(term), freq=2000)

    def tokens(self, text: str) -> list[str]:
        simplified = to_simplified(text).lower()
        return [token for token in self._jieba.lcut_for_search(simplified)
                if _WORD.search(token) and token not in STOPWORDS
                and (len(token) > 1 or token.isascii() and token.isalnum())]


@dataclass
class LexicalMatch:
    scores: np.ndarray  # BM25 score per passage
    coverage: float  # share of the query's IDF mass that occurs in the corpus at all


class LexicalIndex:
    """BM25 over passage tokens (with the section heading as extra context)."""

    def __init__(self, passage_texts: list[str]) -> None:
        self.tokenizer = Tokenizer(corpus_terms(passage_texts))
        tokenised = [self.tokenizer.tokens(text) or ["\u2205"] for text in passage_texts]
        self.bm25 = bm25s.BM25()
        self.bm25.index(tokenised, show_progress=False)
        self.document_frequency: dict[str, int] = {}
        for tokens in tokenised:
            for token in set(tokens):
                self.document_frequency[token] = self.document_frequency.get(token, 0) + 1
        self.size = len(passage_texts)

    def _idf(self, token: str) -> float:
        df = self.document_frequency.get(token, 0)
        return float(np.log(1 + (self.size - df + 0.5) / (df + 0.5)))

    def match(self, query: str) -> LexicalMatch:
        tokens = self.tokenizer.tokens(query)
        if not tokens:
            return LexicalMatch(np.zeros(self.size, dtype=np.float32), 0.0)
        # Coverage counts an unknown token as fully informative (max IDF).
        total = sum(self._idf(t) for t in tokens)
        found = sum(self._idf(t) for t in tokens if t in self.document_frequency)
        scores = np.asarray(self.bm25.get_scores(tokens), dtype=np.float32)
        return LexicalMatch(scores, found / total if total > 0 else 0.0)

    def sentence_overlap(self, query: str, sentence: str) -> float:
        """Share of the query's content words that a sentence contains."""
        tokens = set(self.tokenizer.tokens(query))
        if not tokens:
            return 0.0
        text = to_simplified(sentence).lower()
        return sum(1 for t in tokens if t in text) / len(tokens)
