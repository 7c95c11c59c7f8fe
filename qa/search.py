"""Answering a question: dense and lexical evidence, fused, with the answering sentence.

For each candidate passage the dense channel takes the better of the whole
passage's cosine and its best sentence's cosine (a factoid is usually one
sentence of a long paragraph). The lexical channel adds BM25, scaled by how
much of the question's vocabulary the corpus knows at all: an English question
has no Chinese words to match, so it gets no lexical noise and falls back to
dense. ``answerable`` is a threshold on the fused evidence of the best
passage, fitted on the gold set's dev split (``python -m qa eval --fit``).
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from qa.build import embedding_texts
from qa.config import RetrievalConfig
from qa.embedding import Embedder
from qa.index_store import IndexedPassage, LoadedIndex
from qa.lexical import LEXICAL_DIR, LexicalIndex, sentence_overlap
from qa.sentences import is_cjk

MAX_QUESTION_CHARS = 1000
MODES = ("fused", "dense", "lexical")
CONTRACT_KEYS = ("id", "rank", "score", "doc", "section", "kind", "text")


class QuestionError(ValueError):
    """The question cannot be searched as typed; the message says why."""


@dataclass
class Hit:
    id: str
    rank: int
    score: float
    doc: str
    section: str | None
    kind: str
    text: str
    sentence: str
    sentence_span: tuple[int, int]

    def to_json(self) -> dict:
        """The search contract's passage object (the marked sentence is for display)."""
        return {key: getattr(self, key) for key in CONTRACT_KEYS}


OUTCOMES = ("answered", "partial", "not_covered", "overview", "greeting", "unclear")


@dataclass
class Answer:
    """One reply: the passages, whether they answer, and what the answer policy made of the input.

    ``outcome`` is one of OUTCOMES: answered; answered with terms missing ("partial");
    not covered; an overview of a whole document; a greeting or help reply; or
    input that is not a question ("unclear"). ``missing`` lists what the question
    asks for that the passages do not contain; ``message`` is the reply's own words.
    """

    question: str
    answerable: bool
    passages: list[Hit]
    timings_ms: dict[str, float] = field(default_factory=dict)
    evidence: float = 0.0  # the value the refusal threshold is compared with
    outcome: str = "answered"
    message: str = ""
    missing: list[str] = field(default_factory=list)
    searched_with: str | None = None  # the earlier question a follow-up was searched together with

    def to_json(self) -> dict:
        return {"question": self.question, "answerable": self.answerable, "outcome": self.outcome,
                "message": self.message, "missing": self.missing, "searched_with": self.searched_with,
                "passages": [hit.to_json() for hit in self.passages]}


@dataclass
class Scored:
    """One question's scores over its candidate passages."""

    candidates: np.ndarray  # passage rows
    scores: np.ndarray  # one per candidate
    query_vector: np.ndarray
    # The question's corpus words (its own, and those its English words stand for), IDF-weighted
    query_words: dict[str, float]
    names_something: bool  # the question contains a word (or pinyin name) found in the corpus
    coverage: float  # share of the question's words the corpus knows (see LexicalMatch.coverage)
    timings: dict[str, float]


def is_chinese_script(text: str) -> bool:
    """True when most letters of the text are Chinese characters."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(map(is_cjk, letters)) >= 0.3 * len(letters)


def clean_question(question: str) -> str:
    """Drop control characters, collapse whitespace; reject empty or oversized questions.

    Input without words (digits, emoji) is not rejected here: the answer policy replies to it.
    """
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    if len(question) > MAX_QUESTION_CHARS * 4:
        raise QuestionError(f"the question is {len(question)} characters long; "
                            f"the limit is {MAX_QUESTION_CHARS}")
    kept = "".join(" " if ch.isspace() else ch for ch in question
                   if ch.isspace() or unicodedata.category(ch)[0] != "C")
    cleaned = " ".join(kept.split())
    if not cleaned:
        raise QuestionError("the question is empty; type a question about the articles")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(cleaned)} characters long; "
                            f"the limit is {MAX_QUESTION_CHARS}")
    return cleaned


class Retriever:
    """Searches one loaded index with one embedding model."""

    def __init__(self, index: LoadedIndex, embedder: Embedder,
                 config: RetrievalConfig | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.config = config or RetrievalConfig.for_model(embedder.name)
        # The build saves the BM25 index; tokenising every passage here is only the fallback.
        self.lexical = (LexicalIndex.load(index.folder / LEXICAL_DIR, len(index.passages))
                        or LexicalIndex(embedding_texts(index.passages)[0]))

    @property
    def passages(self) -> list[IndexedPassage]:
        return self.index.passages

    def _candidates(self, query_vector: np.ndarray, lexical_scores: np.ndarray) -> np.ndarray:
        total = len(self.passages)
        if total <= self.config.candidates:
            return np.arange(total)
        _, dense_ids = self.index.faiss_index.search(query_vector[None, :], self.config.candidates)
        lexical_ids = np.argpartition(-lexical_scores, self.config.candidates)[:self.config.candidates]
        return np.union1d(dense_ids[0][dense_ids[0] >= 0], lexical_ids)

    def _sentence_scores(self, query_vector: np.ndarray, passage_id: int) -> np.ndarray:
        if not len(self.index.sentence_vectors):  # large corpora embed passages only (qa/build.py)
            return self.index.passage_vectors[passage_id:passage_id + 1] @ query_vector
        passage = self.passages[passage_id]
        rows = self.index.sentence_vectors[passage.first_sentence:
                                           passage.first_sentence + len(passage.sentences)]
        return rows @ query_vector

    def score(self, question: str, mode: str = "fused", context: str | None = None) -> Scored:
        """Scores of the candidate passages under one of the MODES.

        ``context`` is an earlier question this one continues: it is searched along
        with the question (at ``context_weight`` in the dense vector), while the
        answering sentence is still picked by the question's own words.
        """
        started = time.perf_counter()
        if context:
            own, earlier = self.embedder.encode_queries([question, context])
            query_vector = own + self.config.context_weight * earlier
            query_vector = query_vector / np.linalg.norm(query_vector)
        else:
            query_vector = self.embedder.encode_queries([question])[0]
        encode_ms = (time.perf_counter() - started) * 1000
        own_words = self.lexical.match(question)
        lexical = self.lexical.match(f"{context} {question}") if context else own_words
        candidates = self._candidates(query_vector, lexical.scores)
        passage_cos = self.index.passage_vectors[candidates] @ query_vector
        sentence_cos = np.array([self._sentence_scores(query_vector, c).max() for c in candidates])
        best, mean = np.maximum(passage_cos, sentence_cos), (passage_cos + sentence_cos) / 2
        dense = self.config.sentence_weight * best + (1 - self.config.sentence_weight) * mean
        top_lexical = float(lexical.scores.max()) if len(lexical.scores) else 0.0
        lexical_norm = lexical.scores[candidates] / top_lexical if top_lexical > 0 else 0 * dense
        if mode == "dense":
            scores = dense
        elif mode == "lexical":
            scores = lexical_norm * lexical.coverage
        else:
            trust = lexical.coverage ** self.config.lexical_coverage_power
            scores = dense + self.config.lexical_weight * trust * lexical_norm
        names_something = any(not token.isdigit() for token in lexical.matched)
        timings = {"encode_ms": encode_ms, "total_ms": (time.perf_counter() - started) * 1000}
        words = own_words.tokens + [word for words in own_words.translated.values() for word in words]
        return Scored(candidates, scores, query_vector, self.lexical.word_weights(words), names_something,
                      lexical.coverage, timings)

    def evidence(self, scored: Scored) -> float:
        """What refusal is decided on: the best passage's fused score, plus small
        bonuses when the question names something the corpus contains and in
        proportion to how much of the question the corpus knows."""
        if not len(scored.scores):
            return 0.0
        return (float(scored.scores.max()) + self.config.name_bonus * scored.names_something
                + self.config.coverage_bonus * scored.coverage)

    def threshold_for(self, question: str) -> float:
        if is_chinese_script(question):
            return self.config.answer_threshold
        return self.config.answer_threshold_other_script

    def best_sentence(self, scored: Scored, passage_id: int) -> int:
        """The sentence that best answers: dense similarity plus shared (rare) query words."""
        passage = self.passages[passage_id]
        dense = self._sentence_scores(scored.query_vector, passage_id)
        overlap = np.array([sentence_overlap(scored.query_words, passage.sentence_text(i))
                            for i in range(len(passage.sentences))])
        return int(np.argmax(dense + self.config.lexical_weight * overlap))

    def ask(self, question: str, top_k: int = 5, mode: str = "fused", context: str | None = None) -> Answer:
        """Search the index; raises ``QuestionError`` for unusable questions."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        question = clean_question(question)
        top_k = max(1, int(top_k))
        scored = self.score(question, mode, context)
        candidates, scores = scored.candidates, scored.scores
        order = np.argsort(-scores, kind="stable")[:top_k]
        hits = []
        for rank, position in enumerate(order, start=1):
            passage_id = int(candidates[position])
            passage = self.passages[passage_id]
            sentence = self.best_sentence(scored, passage_id)
            hits.append(Hit(passage.id, rank, round(float(scores[position]), 4), passage.doc,
                            passage.section, passage.kind, passage.text,
                            passage.sentence_text(sentence), tuple(passage.sentences[sentence])))
        evidence = self.evidence(scored)
        answerable = mode != "lexical" and bool(hits) and evidence >= self.threshold_for(question)
        return Answer(question, answerable, hits, {k: round(v, 2) for k, v in scored.timings.items()},
                      evidence, "answered" if answerable else "not_covered", searched_with=context)

