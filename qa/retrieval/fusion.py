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
from qa.retrieval.question import is_chinese_script

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


def document_lift(lexical: np.ndarray, coverage: float, question: str, config: RetrievalConfig) -> np.ndarray:
    """What a question in another script adds to each passage's document (see ``document_ranked``).

    An English question reaches Chinese text only through pinyin names and dictionary glosses, so
    its coverage runs low even when it names the document's person or place, and BM25 trusted by
    coverage squared hardly counts. Trusted by ``document_coverage_power_other_script`` instead,
    the match chooses the document; which of its passages comes first, and the refusal evidence,
    stay with the fitted scores. Zero for a Chinese-script question.
    """
    if is_chinese_script(question):
        return np.zeros_like(lexical)
    extra = coverage ** config.document_coverage_power_other_script - coverage ** config.lexical_coverage_power
    return config.lexical_weight * extra * lexical


def document_ranked(scores: np.ndarray, docs: np.ndarray, weight: float,
                    lift: np.ndarray | None = None) -> np.ndarray:
    """Ranking keys: each passage's score plus ``weight`` times its document's best score, plus its
    document's best ``lift`` (see ``document_lift``).

    A question is about one document's subject more often than not, and the paragraph that
    answers it may describe that subject less than the document's lead does (who is "the first
    woman to earn a medical degree" is said in the lead; where she died, later). Ranking a
    document's passages by its best one keeps them ahead of near-equal passages of other
    documents; each passage keeps its own score.
    """
    keys = scores + weight * _document_best(scores, docs)
    return keys if lift is None else keys + _document_best(lift, docs)


def _document_best(values: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Per passage, the best of ``values`` over its document's passages."""
    best: dict[str, float] = {}
    for doc, value in zip(docs, values):
        best[doc] = max(best.get(doc, float("-inf")), float(value))
    return np.array([best[doc] for doc in docs], dtype=values.dtype)
