"""Which of an English word's many corpus senses a question means, chosen by the embedding model.

CC-CEDICT read backwards gives an English word every corpus word glossed with it. A word of many
senses ("time": 时间, 时候, 当时, 古代, …; "company": 公司, 企业, 有限公司, 一块, …) was too vague
to search, so the lexical channel lost it. The multilingual model puts a word next to its everyday
translation: the senses about as close to the word as the closest one are searched.
"""

from __future__ import annotations

import numpy as np

from qa.ingest.bilingual import MAX_SENSES
from qa.model.embedder import Embedder

SENSE_MARGIN = 0.03  # a sense this much less close (cosine) to the word than the closest is another meaning


class SenseChooser:
    """An English word's senses as searched: all when few (``MAX_SENSES``), else those the model puts
    closest to it (none when even those are many). Vectors are kept once encoded."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}

    def __call__(self, word: str, senses: list[str]) -> list[str]:
        if len(senses) <= MAX_SENSES:
            return senses
        rows = self._rows([word, *senses])
        closeness = rows[1:] @ rows[0]
        kept = [sense for sense, cosine in zip(senses, closeness) if cosine >= closeness.max() - SENSE_MARGIN]
        return kept if len(kept) <= MAX_SENSES else []

    def _rows(self, texts: list[str]) -> np.ndarray:
        new = [text for text in texts if text not in self._vectors]
        if new:
            self._vectors.update(zip(new, self.embedder.encode_queries(new)))
        return np.stack([self._vectors[text] for text in texts])
