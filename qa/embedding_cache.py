"""Embeddings cached by content hash, so rebuilds only embed what changed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

CACHE_DIR = "embedding-cache"


def text_key(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


class EmbeddingCache:
    """A per-model store of ``sha1(text) -> vector``, saved atomically as one .npz file."""

    def __init__(self, index_dir: Path, model_fingerprint: str, dim: int) -> None:
        safe = hashlib.sha1(model_fingerprint.encode()).hexdigest()[:16]
        self.path = Path(index_dir) / CACHE_DIR / f"{safe}-{dim}.npz"
        self.dim = dim
        self.vectors: dict[bytes, np.ndarray] = {}
        self.added = 0
        try:
            with np.load(self.path) as data:
                keys, matrix = data["keys"], data["vectors"]
            if matrix.shape[1:] == (dim,):
                self.vectors = {bytes(k): row for k, row in zip(keys, matrix)}
        except (OSError, ValueError, KeyError):
            self.vectors = {}  # no cache yet, or an unreadable one: start afresh

    def missing(self, texts: list[str]) -> list[str]:
        seen: set[bytes] = set()
        result = []
        for text in texts:
            key = text_key(text)
            if key not in self.vectors and key not in seen:
                seen.add(key)
                result.append(text)
        return result

    def add(self, texts: list[str], vectors: np.ndarray) -> None:
        for text, row in zip(texts, vectors):
            self.vectors[text_key(text)] = np.asarray(row, dtype=np.float32)
        self.added += len(texts)

    def lookup(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.vectors[text_key(t)] for t in texts]).astype(np.float32)

    def save(self) -> None:
        if not self.added:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        keys = np.array(list(self.vectors), dtype="S20")
        matrix = np.stack(list(self.vectors.values())) if self.vectors else np.zeros((0, self.dim))
        with open(temporary, "wb") as handle:
            np.savez(handle, keys=keys, vectors=matrix.astype(np.float32))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
