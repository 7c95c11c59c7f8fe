"""A stand-in for the model where the real one is not the point: fast tests, plumbing checks.

Vectors come from hashed character unigrams and bigrams, so texts that share
words get similar vectors (a crude lexical similarity) and no model loads.
It records every passage text it is asked to embed.
"""

from __future__ import annotations

import zlib

import numpy as np


class HashingEmbedder:
    """Follows ``qa.model.embedder.Embedder``; deterministic across runs and machines."""

    name = "standin/char-ngrams"
    fingerprint = "standin-char-ngrams-v1"
    passage_prompt = None

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.embedded: list[str] = []

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        text = text.lower()
        for gram in list(text) + [text[i:i + 2] for i in range(len(text) - 1)]:
            if not gram.isspace():
                vector[zlib.crc32(gram.encode()) % self.dim] += 1.0
        if not vector.any():
            vector[0] = 1.0
        return vector / np.linalg.norm(vector)

    def _vectors(self, texts: list[str]) -> np.ndarray:
        return np.array([self._vector(text) for text in texts], dtype=np.float32).reshape(len(texts), self.dim)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._vectors(texts)

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        self.embedded.extend(texts)
        return self._vectors(texts)
