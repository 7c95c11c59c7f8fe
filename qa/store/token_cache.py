"""Passage tokens cached by content hash, so a rebuild only tokenises what changed.

Tokenising (jieba + pinyin) every passage is the slowest step of a rebuild once
embeddings are cached: ~80 s for 10k passages on 2 busy cores. Keys cover the
text, the corpus's learnt terms and the lexical code version (``lexical.token_key``),
so a stale entry is never used. The cache lives in the index folder and keeps
only the entries the last build used, so it does not grow without bound.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

TOKEN_CACHE_FILE = "token-cache.json"


class TokenCache(dict):
    """``key -> tokens`` loaded from ``folder``, remembering which keys a build read."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        try:
            stored = json.loads((self.folder / TOKEN_CACHE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        super().__init__(stored if isinstance(stored, dict) else {})
        self.used: set[str] = set()

    def __getitem__(self, key: str) -> list[str]:
        self.used.add(key)
        return super().__getitem__(key)

    def save(self) -> None:
        """Write the entries this build used, atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        kept = {key: super(TokenCache, self).__getitem__(key) for key in self.used}
        temporary = self.folder / f".{TOKEN_CACHE_FILE}.{os.getpid()}.tmp"
        temporary.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.folder / TOKEN_CACHE_FILE)
