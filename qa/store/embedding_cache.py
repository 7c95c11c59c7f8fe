"""Embeddings cached by content hash, so rebuilds only embed what changed."""

from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from qa.model.embedder import Embedder

CACHE_DIR = "embedding-cache"


def text_key(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


class EmbeddingCache:
    """A per-model store of ``sha1(text) -> vector``, saved atomically as one .npz file."""

    def __init__(self, index_dir: Path, model_fingerprint: str, dim: int) -> None:
        safe = hashlib.sha1(model_fingerprint.encode()).hexdigest()[:16]
        self.path = Path(index_dir) / CACHE_DIR / f"{safe}-{dim}.npz"
        self.dim = dim
        self.added = 0
        self.vectors: dict[bytes, np.ndarray] = self._read()

    def _read(self) -> dict[bytes, np.ndarray]:
        try:
            with np.load(self.path) as data:
                keys, matrix = data["keys"], data["vectors"]
        except (OSError, ValueError, KeyError):
            return {}  # no cache yet, or an unreadable one: start afresh
        if matrix.shape[1:] != (self.dim,):
            return {}
        # numpy's "S20" drops trailing NUL bytes of a digest on read: pad them back.
        return {bytes(k).ljust(20, b"\0"): row for k, row in zip(keys, matrix)}

    @classmethod
    def for_embedder(cls, folder: Path, embedder: Embedder) -> EmbeddingCache:
        """The cache of this model under its passage prompt (a text embeds differently under another)."""
        return cls(folder, f"{embedder.fingerprint}|{embedder.passage_prompt}", embedder.dim)

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
        """Write the cache, merged with what other builds saved meanwhile (so none loses work).

        Called at the end of a build and every few thousand texts during one, so a
        long first build that is interrupted keeps what it has embedded.
        """
        if not self.added:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            for key, row in self._read().items():
                self.vectors.setdefault(key, row)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            keys = np.array(list(self.vectors), dtype="S20")
            matrix = np.stack(list(self.vectors.values())) if self.vectors else np.zeros((0, self.dim))
            with open(temporary, "wb") as handle:
                np.savez(handle, keys=keys, vectors=matrix.astype(np.float32))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        self.added = 0
