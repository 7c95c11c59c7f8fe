"""The lexical channel's stored index: BM25 over the words of each passage.

Dense vectors blur exact names and figures (卧龙 vs 晶盛, 697万 vs 103.4亿);
BM25 over words keeps them sharp. English words reach Chinese passages
through pinyin (names) and CC-CEDICT (`qa/ingest/bilingual.py`). The index is
built and saved with each build, so serving never tokenises the corpus.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

from qa.ingest import bilingual
from qa.ingest.words import HONORIFIC_TITLES, Tokenizer, corpus_terms, pinyin, to_simplified
from qa.store.versions import LEXICAL_VERSION

LEXICAL_DIR = "lexical"  # inside a build folder: the BM25 index tokenised at build time
# Capitalised words in a row (Liu Huimin, Chen Fu-guo), a Chinese name an English text spells syllable by
# syllable, or one such word after an honorific or inside the question (Ms. Jiang, "Guo owes")
_HONORIFIC = "|".join(sorted((h.capitalize() for h in HONORIFIC_TITLES), key=len, reverse=True))
_CAPITALISED = rf"(?!(?:{_HONORIFIC})\b)[A-Z][a-z]+"  # an honorific starts the next name ("Did Mr. Liu")
_SPELLED_NAME = re.compile(rf"(?:\b({_HONORIFIC})\.? +)?\b({_CAPITALISED}(?: +{_CAPITALISED}|-[A-Za-z][a-z]+)*)\b")
_SURNAME_TITLES = ("某", "某某")  # a surname without honorific: news writes 郭某, 宋某某


def token_key(terms_digest: str, text: str) -> str:
    """Tokens depend on the text, the corpus's learnt terms and the tokeniser's version."""
    return hashlib.sha1(f"{LEXICAL_VERSION}\0{terms_digest}\0{text}".encode()).hexdigest()


@dataclass
class LexicalMatch:
    scores: np.ndarray  # BM25 score per passage
    coverage: float  # share of the query's IDF mass the corpus knows (as written or translated)
    tokens: list[str]  # the query's content words
    matched: list[str]  # those found in the corpus as written
    translated: dict[str, list[str]]  # English words -> the corpus words they can stand for
    weights: dict[str, float]  # the corpus words scored and their weight in the sum (``scores`` = rows · weights)


class LexicalIndex:
    """BM25 over passage tokens (with the section heading as extra context).

    ``choose_senses(word, senses)`` picks the corpus words an English question word is searched with
    (by default ``bilingual.few_senses``); the retriever has its model choose (``qa.retrieval.senses``).
    """

    choose_senses: Callable[[str, list[str]], list[str]] = staticmethod(bilingual.few_senses)

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
        for key, words in bilingual.name_pairs(passage_texts, self.tokenizer.words).items():
            # a name jieba cuts otherwise in running text (克/吕西普) is known by the words it is indexed as
            known = [t for w in words for t in ([w] if w in self.document_frequency else self.tokenizer.tokens(w))
                     if t in self.document_frequency]
            if known:  # a name the corpus spells in both scripts reaches its Chinese words
                self.english[key] = sorted(set(self.english.get(key, [])) | set(known))
        characters = {ch for text in passage_texts for ch in to_simplified(text)}
        self.glosses = bilingual.reading_glosses([*self.document_frequency, *characters])

    def save(self, folder: Path) -> None:
        """Persist BM25, document frequencies and the learnt terms (so loading never tokenises)."""
        folder.mkdir(parents=True, exist_ok=True)
        self.bm25.save(str(folder / "bm25"), show_progress=False)
        meta = {"version": LEXICAL_VERSION, "size": self.size, "user_terms": self.user_terms,
                "document_frequency": self.document_frequency, "english": self.english,
                "synonyms": self.synonyms, "glosses": self.glosses}
        (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, size: int) -> LexicalIndex | None:
        """The index saved in ``folder`` for ``size`` passages, or None if absent, outdated or unreadable."""
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if meta["version"] != LEXICAL_VERSION or meta["size"] != size:
                return None
            index = cls.__new__(cls)
            index.user_terms = meta["user_terms"]
            index.tokenizer = Tokenizer(set(index.user_terms))
            index.bm25 = bm25s.BM25.load(str(folder / "bm25"), show_progress=False)
            index.document_frequency = meta["document_frequency"]
            index.size = size
            index.english = meta["english"]
            index.synonyms = meta["synonyms"]
            index.glosses = meta["glosses"]
            return index
        except (OSError, ValueError, KeyError):
            return None

    def _idf(self, token: str) -> float:
        df = self.document_frequency.get(token, 0)
        return float(np.log(1 + (self.size - df + 0.5) / (df + 0.5)))

    def names_as_indexed(self, query: str) -> str:
        """The query with the Chinese names it spells in pinyin written as the corpus indexes them.

        English writes a name a syllable at a time (Liu Huimin) and jieba keeps it whole (刘会民,
        indexed as liuhuimin): a run of capitalised words is joined where joined it is a corpus word,
        the longest such run first. A person news names by surname alone (郭某, 何先生) is "Guo" or
        "Mr. He" in English: one capitalised word is read with the form its honorific calls for
        (guomou, hexiansheng) where the corpus has it. The question's first word may be any word.
        """
        def indexed(run: re.Match[str]) -> str:
            honorific = run.group(1)
            name = self._name_as_indexed(re.split(r"[ -]+", run.group(2)), honorific, run.start() == 0)
            return run.group()[:run.start(2) - run.start()] + name if name else run.group()
        return _SPELLED_NAME.sub(indexed, query)

    def _name_as_indexed(self, words: list[str], honorific: str | None, first: bool) -> str | None:
        """These capitalised words with the name among them written as a corpus word, or None."""
        if len(words) == 1:
            titles = HONORIFIC_TITLES[honorific.lower()] if honorific else () if first else _SURNAME_TITLES
            forms = (words[0] + pinyin(title) for title in titles)
            return next((form for form in forms if form.lower() in self.document_frequency), None)
        for size in range(len(words), 1, -1):
            for start in range(len(words) - size + 1):
                joined = "".join(words[start:start + size])
                if joined.lower() in self.document_frequency:
                    return " ".join([*words[:start], joined, *words[start + size:]])
        rest = self._name_as_indexed(words[1:], None, False) if first and not honorific else None
        return f"{words[0]} {rest}" if rest else None

    def _read(self, query: str) -> tuple[list[str], list[str], dict[str, list[str]], dict[str, float]]:
        """The query's content words, those the corpus writes, English words' translations, and the
        corpus words scored with their weight (each English word weighs as one word, shared by its senses)."""
        tokens = self.tokenizer.tokens(self.names_as_indexed(query))
        matched = [t for t in tokens if t in self.document_frequency]
        english = {t: bilingual.stem(t) for t in tokens
                   if t not in self.document_frequency and t.isascii() and t.isalpha()}
        translated = {t: senses for t, s in english.items()
                      if (senses := self.choose_senses(t, self.english.get(s, [])))}
        for month, number in bilingual.months_named(query).items():  # October: 10月, read as 10 and 月
            if month in english and str(number) in self.document_frequency:
                translated[month] = sorted({*translated.get(month, ()), str(number)})
        weights = dict(Counter(matched))
        for words in translated.values():
            for word in words:
                weights[word] = weights.get(word, 0.0) + 1 / len(words)
        return tokens, matched, translated, weights

    def query_words(self, query: str) -> list[str]:
        """The corpus words a query is searched with (as written or translated), without scoring."""
        return list(self._read(query)[3])

    def match(self, query: str) -> LexicalMatch:
        tokens, matched, translated, weights = self._read(query)
        if not tokens:
            return LexicalMatch(np.zeros(self.size, dtype=np.float32), 0.0, [], [], {}, {})
        # Coverage counts an unknown token as fully informative (max IDF); a translated
        # English word counts with the IDF of its most common corpus word.
        total = sum(self._idf(t) for t in tokens)
        found = (sum(self._idf(t) for t in matched)
                 + sum(min(self._idf(w) for w in words) for words in translated.values()))
        scores = np.zeros(self.size, dtype=np.float32)
        if matched:
            scores += self.bm25.get_scores(matched)
        for words in translated.values():
            scores += self.bm25.get_scores(words) / len(words)
        return LexicalMatch(scores, found / total if total > 0 else 0.0, tokens, matched, translated, weights)

    def head(self, name: str) -> str:
        """A name's first word, the one that tells it apart (华为 of 华为公司, 宁远 of 宁远县)."""
        return next(iter(self.tokenizer.tokens(name)), name)

    def knows(self, word: str) -> bool:
        """Whether the corpus holds the word (as written, or as the pinyin of one of its words)."""
        return word in self.document_frequency

    def sparse_rows(self) -> list[dict[int, float]]:
        """Each passage's BM25 weight per word id: a sparse vector whose inner product with
        ``sparse_query`` is the passage's BM25 score (how a vector database scores it)."""
        matrix = self.bm25.scores
        rows: list[dict[int, float]] = [{} for _ in range(self.size)]
        for word_id in range(len(matrix["indptr"]) - 1):
            start, end = matrix["indptr"][word_id], matrix["indptr"][word_id + 1]
            for passage, weight in zip(matrix["indices"][start:end], matrix["data"][start:end]):
                rows[int(passage)][word_id] = float(weight)
        return rows

    def sparse_query(self, weights: dict[str, float]) -> dict[int, float]:
        """A match's word weights by word id, to score against ``sparse_rows``."""
        return {self.bm25.vocab_dict[word]: float(weight) for word, weight in weights.items()
                if word in self.bm25.vocab_dict}

    def word_weights(self, query_words: list[str], translated: dict[str, list[str]] | None = None) -> dict[str, float]:
        """The query's corpus words weighted by IDF, summing to 1 (empty if it has none).

        Weighting keeps words found in every passage (the place name, often)
        from outvoting the one rare word (a figure, a name) that picks the sentence.
        The senses of one ``translated`` English word each weigh as its most common
        one: which sense a sentence happens to use (投入 or 投资 for "investment")
        says nothing of whether it answers.
        """
        weights = {word: self._idf(word) for word in set(query_words) if word in self.document_frequency}
        for senses in (translated or {}).values():
            known = [sense for sense in senses if sense in self.document_frequency]
            weight = min(map(self._idf, known), default=0.0)
            weights |= {sense: weight for sense in known if sense not in weights}
        total = sum(weights.values())
        return {word: weight / total for word, weight in weights.items()} if total > 0 else {}


def sentence_overlap(word_weights: dict[str, float], sentence: str) -> float:
    """Weighted share of the query's words (``LexicalIndex.word_weights``) that a sentence contains."""
    text = to_simplified(sentence).lower()
    return sum(weight for word, weight in word_weights.items() if word in text)
