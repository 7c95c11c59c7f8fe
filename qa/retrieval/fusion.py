"""Score fusion: dense cosines of passages and sentences, plus BM25 trusted by coverage.

For each candidate passage the dense channel takes the better of the whole
passage's cosine and its best sentence's cosine (a factoid is usually one
sentence of a long paragraph). The lexical channel adds BM25, scaled by how
much of the question's vocabulary the corpus knows at all: an English question
has no Chinese words to match, so it gets no lexical noise and falls back to dense.
"""

from __future__ import annotations

import numpy as np

from qa.retrieval.config import RetrievalConfig

MODES = ("fused", "dense", "lexical")


def dense_scores(passage_cos: np.ndarray, best_sentence_cos: np.ndarray, config: RetrievalConfig) -> np.ndarray:
    """Per passage: ``sentence_weight`` 1 takes the better of passage and best sentence, 0 their mean."""
    best = np.maximum(passage_cos, best_sentence_cos)
    mean = (passage_cos + best_sentence_cos) / 2
    return config.sentence_weight * best + (1 - config.sentence_weight) * mean


def normalised_bm25(scores: np.ndarray) -> np.ndarray:
    """BM25 scores over the best one in the corpus (all zero when nothing matched)."""
    top = float(scores.max()) if len(scores) else 0.0
    return scores / top if top > 0 else np.zeros_like(scores)


def fuse(dense: np.ndarray, lexical: np.ndarray, coverage: float, config: RetrievalConfig,
         mode: str = "fused") -> np.ndarray:
    """Scores under one of the MODES; ``lexical`` is normalised BM25 (see ``normalised_bm25``)."""
    if mode == "dense":
        return dense
    if mode == "lexical":
        return lexical * coverage
    trust = coverage ** config.lexical_coverage_power
    return dense + config.lexical_weight * trust * lexical


def document_ranked(scores: np.ndarray, docs: np.ndarray, weight: float) -> np.ndarray:
    """Ranking keys: each passage's score plus ``weight`` times its document's best score.

    A question is about one document's subject more often than not, and the paragraph that
    answers it may describe that subject less than the document's lead does (who is "the first
    woman to earn a medical degree" is said in the lead; where she died, later). Ranking a
    document's passages by its best one keeps them ahead of near-equal passages of other
    documents; the first passage is the same, and each passage keeps its own score.
    """
    best: dict[str, float] = {}
    for doc, score in zip(docs, scores):
        best[doc] = max(best.get(doc, float("-inf")), float(score))
    return scores + weight * np.array([best[doc] for doc in docs], dtype=scores.dtype)
