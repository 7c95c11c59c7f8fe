"""Where a question's candidate passages are found: the part of retrieval that grows with the corpus.

The retriever scores candidates the same way whatever found them (``qa/retrieval``);
a store only has to find them. The default store searches in this process (FAISS
for dense vectors, the saved BM25 for words); ``qa/store/milvus.py`` searches a
Milvus collection with the same vectors and the same BM25 weights as sparse vectors.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from qa.store.layout import LoadedIndex
from qa.store.lexical import LexicalIndex, LexicalMatch
from qa.store.uri import FAISS, MILVUS, StoreURI


class CandidateSearch(Protocol):
    """Finds the passages worth scoring for one question (rows of the loaded index)."""

    def candidates(self, query_vector: np.ndarray, lexical: LexicalMatch, limit: int,
                   docs: frozenset[str] | None, titles: bool) -> np.ndarray: ...

    def nearest(self, query_vector: np.ndarray, k: int) -> np.ndarray:
        """The ``k`` rows the dense index returns, best first (its recall against exact search)."""


class InProcessSearch:
    """FAISS for the dense channel and the saved BM25 scores for words, both in this process.

    A small corpus is scored whole; a large one contributes the ``limit`` best of each channel.
    """

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index
        self._rankable = np.array([p.kind != "title" for p in index.passages], dtype=bool)
        self._docs = np.array([p.doc for p in index.passages], dtype=object)

    def candidates(self, query_vector: np.ndarray, lexical: LexicalMatch, limit: int,
                   docs: frozenset[str] | None, titles: bool) -> np.ndarray:
        total = len(self.index.passages)
        if total <= limit or docs:
            found = np.arange(total)
        else:
            _, dense_ids = self.index.faiss_index.search(query_vector[None, :], limit)
            lexical_ids = np.argpartition(-lexical.scores, limit)[:limit]
            found = np.union1d(dense_ids[0][dense_ids[0] >= 0], lexical_ids)
        keep = np.ones(len(found), dtype=bool) if titles else self._rankable[found]
        if docs:
            keep &= np.isin(self._docs[found], list(docs))
        return found[keep]

    def nearest(self, query_vector: np.ndarray, k: int) -> np.ndarray:
        return self.index.faiss_index.search(query_vector[None, :], k)[1][0]


def open_search(index: LoadedIndex, lexical: LexicalIndex) -> CandidateSearch:
    """The search for the store the index was built into (its manifest says which)."""
    store = index.manifest.get("store", {"kind": FAISS})
    if store["kind"] == MILVUS:
        from qa.store import milvus

        return milvus.MilvusSearch(StoreURI.parse(store["uri"]), store["collection"], lexical)
    return InProcessSearch(index)
