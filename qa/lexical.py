"""The lexical channel: OpenCC-normalised jieba tokens scored with BM25.

Dense vectors blur exact names and figures (卧龙 vs 晶盛, 697万 vs 103.4亿);
BM25 over words keeps them sharp. Queries and passages are converted to
Simplified Chinese first, so a Traditional question matches the same words.
Jieba learns the corpus's own names and terms (quoted terms, headings'
phrases, mixed Latin/Chinese names) before tokenising. English words reach
Chinese passages through pinyin (names) and CC-CEDICT (`qa/bilingual.py`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bm25s
import jieba
import jieba.posseg
import numpy as np
from opencc import OpenCC
from pypinyin import lazy_pinyin

from qa import bilingual

_QUOTED_TERM = re.compile(r"[“「『\"]([^”」』\"，。、,！？!?\s]{2,12})[”」』\"]")
_MIXED_TERM = re.compile(r"[A-Za-z][A-Za-z0-9]*[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{1,6}[A-Za-z]{2,}")
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")  # Shangyu's -> shangyu
_APOSTROPHES = re.compile(r"['’]")  # Cao'e -> caoe, as its pinyin is indexed
LEXICAL_DIR = "lexical"  # inside a build folder: the BM25 index tokenised at build time
# A saved index is only reused by the code that wrote it: any edit to this module
# (tokeniser, stopwords, scoring) or to the English lexicon makes old saved indexes
# rebuild at load instead.
LEXICAL_CODE_VERSION = hashlib.sha1(Path(__file__).read_bytes()
                                    + Path(bilingual.__file__).read_bytes()).hexdigest()[:16]
STOPWORDS = frozenset("""
的 了 是 在 有 和 与 及 或 也 都 就 还 又 把 被 让 给 对 从 向 以 为 于 而 等 这 那 这个 那个 这些 那些
什么 哪些 哪个 哪里 哪儿 多少 几个 怎么 怎样 如何 为什么 吗 呢 吧 啊 呀 么 嘛 我 你 他 她 它 我们 你们
他们 请问 请 一下 一个 有没有 是不是 是否 能 能否 可以 会 要 里 中 上 下 个 之 其 该 此 各 每
a an the of in on at to for by with from and or is are was were be been do does did how what which who
whom whose when where why much many there this that these those it its has have had will would can
could should about into as than
""".split())


@lru_cache(maxsize=1)
def _to_simplified() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese (other scripts pass through unchanged)."""
    return _to_simplified().convert(text)


@lru_cache(maxsize=65536)
def pinyin(word: str) -> str:
    """A Chinese word's pinyin without tones or spaces (卧龙 → wolong)."""
    return "".join(lazy_pinyin(word))


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
            self._jieba.add_word(to_simplified(term), freq=2000, tag="nz")
        self._tagger = jieba.posseg.POSTokenizer(self._jieba)
        # The answer policy tags one question in several places (follow-up, overview, evidence check).
        self.tagged_words = lru_cache(maxsize=256)(self._tagged_words)

    @staticmethod
    def _normalise(text: str) -> str:
        return _APOSTROPHES.sub("", _POSSESSIVE.sub("", to_simplified(text).lower()))

    def _tagged_words(self, text: str) -> tuple[tuple[str, str], ...]:
        """All words of a text in reading order with their part of speech (jieba's precise mode)."""
        return tuple((pair.word, pair.flag) for pair in self._tagger.cut(self._normalise(text)))

    def tokens(self, text: str) -> list[str]:
        """Content words of a question (Traditional folded to Simplified, apostrophes dropped)."""
        return [token for token in self._jieba.lcut_for_search(self._normalise(text))
                if _WORD.search(token) and token not in STOPWORDS
                and (len(token) > 1 or token.isascii() and token.isalnum())]

    def passage_tokens(self, text: str) -> list[str]:
        """A passage's words plus the pinyin of its Chinese words.

        English questions spell Chinese names in pinyin (Wolong, Hongyan,
        Cao'e); indexing 卧龙 also as "wolong" lets them match. Only passages
        get pinyin, so Chinese questions are scored exactly as before.
        """
        words = self.tokens(text)
        return words + [pinyin(w) for w in words if len(w) > 1 and _HAN.fullmatch(w)]


def token_key(terms_digest: str, text: str) -> str:
    """Tokens depend on the text, the corpus's learnt terms and this module's code."""
    return hashlib.sha1(f"{LEXICAL_CODE_VERSION}\0{terms_digest}\0{text}".encode()).hexdigest()


@dataclass
class LexicalMatch:
    scores: np.ndarray  # BM25 score per passage
    coverage: float  # share of the query's IDF mass the corpus knows (as written or translated)
    tokens: list[str]  # the query's content words
    matched: list[str]  # those found in the corpus as written
    translated: dict[str, list[str]]  # English words -> the corpus words they can stand for


class LexicalIndex:
    """BM25 over passage tokens (with the section heading as extra context)."""

    def __init__(self, passage_texts: list[str], token_cache: dict[str, list[str]] | None = None) -> None:
        """``token_cache`` (text key -> tokens, see ``token_key``) is read and filled, so a rebuild
        after a small change tokenises only the passages that changed."""
        self.user_terms = sorted(corpus_terms(passage_texts))
        self.tokenizer = Tokenizer(set(self.user_terms))
        cache = {} if token_cache is None else token_cache
        terms_digest = hashlib.sha1("\n".join(self.user_terms).encode()).hexdigest()
        tokenised = []
        for text in passage_texts:
            key = token_key(terms_digest, text)
            if key not in cache:
                cache[key] = self.tokenizer.passage_tokens(text) or ["\u2205"]
            tokenised.append(cache[key])
        self.bm25 = bm25s.BM25()
        self.bm25.index(tokenised, show_progress=False)
        self.document_frequency: dict[str, int] = {}
        for tokens in tokenised:
            for token in set(tokens):
                self.document_frequency[token] = self.document_frequency.get(token, 0) + 1
        self.size = len(passage_texts)
        self.english, self.synonyms = bilingual.english_lexicon(self.document_frequency)

    def save(self, folder: Path) -> None:
        """Persist BM25, document frequencies and the learnt terms (so loading never tokenises)."""
        folder.mkdir(parents=True, exist_ok=True)
        self.bm25.save(str(folder / "bm25"), show_progress=False)
        meta = {"code_version": LEXICAL_CODE_VERSION, "size": self.size, "user_terms": self.user_terms,
                "document_frequency": self.document_frequency, "english": self.english,
                "synonyms": self.synonyms}
        (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, size: int) -> LexicalIndex | None:
        """The index saved in ``folder`` for ``size`` passages, or None if absent, outdated or unreadable."""
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if meta["code_version"] != LEXICAL_CODE_VERSION or meta["size"] != size:
                return None
            index = cls.__new__(cls)
            index.user_terms = meta["user_terms"]
            index.tokenizer = Tokenizer(set(index.user_terms))
            index.bm25 = bm25s.BM25.load(str(folder / "bm25"), show_progress=False)
            index.document_frequency = meta["document_frequency"]
            index.size = size
            index.english = meta["english"]
            index.synonyms = meta["synonyms"]
            return index
        except (OSError, ValueError, KeyError):
            return None

    def _idf(self, token: str) -> float:
        df = self.document_frequency.get(token, 0)
        return float(np.log(1 + (self.size - df + 0.5) / (df + 0.5)))

    def match(self, query: str) -> LexicalMatch:
        tokens = self.tokenizer.tokens(query)
        if not tokens:
            return LexicalMatch(np.zeros(self.size, dtype=np.float32), 0.0, [], [], {})
        matched = [t for t in tokens if t in self.document_frequency]
        english = {t: bilingual.stem(t) for t in tokens
                   if t not in self.document_frequency and t.isascii() and t.isalpha()}
        translated = {t: self.english[s] for t, s in english.items()
                      if 0 < len(self.english.get(s, ())) <= bilingual.MAX_SENSES}
        # Coverage counts an unknown token as fully informative (max IDF); a translated
        # English word counts with the IDF of its most common corpus word.
        total = sum(self._idf(t) for t in tokens)
        found = (sum(self._idf(t) for t in matched)
                 + sum(min(self._idf(w) for w in words) for words in translated.values()))
        scores = np.zeros(self.size, dtype=np.float32)
        if matched:
            scores += self.bm25.get_scores(matched)
        for words in translated.values():  # each English word weighs as one word, shared by its senses
            scores += self.bm25.get_scores(words) / len(words)
        return LexicalMatch(scores, found / total if total > 0 else 0.0, tokens, matched, translated)

    def word_weights(self, query_words: list[str]) -> dict[str, float]:
        """The query's corpus words weighted by IDF, summing to 1 (empty if it has none).

        Weighting keeps words found in every passage (the place name, often)
        from outvoting the one rare word (a figure, a name) that picks the sentence.
        """
        weights = {word: self._idf(word) for word in set(query_words) if word in self.document_frequency}
        total = sum(weights.values())
        return {word: weight / total for word, weight in weights.items()} if total > 0 else {}


def sentence_overlap(word_weights: dict[str, float], sentence: str) -> float:
    """Weighted share of the query's words (``LexicalIndex.word_weights``) that a sentence contains."""
    text = to_simplified(sentence).lower()
    return sum(weight for word, weight in word_weights.items() if word in text)
