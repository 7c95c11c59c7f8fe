"""Where things live; each path can be moved with an environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    corpus_dir: Path
    index_dir: Path

    @classmethod
    def from_env(cls, corpus_dir: str | Path | None = None, index_dir: str | Path | None = None) -> Paths:
        return cls(
            Path(corpus_dir or os.environ.get("QA_CORPUS_DIR") or PROJECT_ROOT / "corpus"),
            Path(index_dir or os.environ.get("QA_INDEX_DIR") or PROJECT_ROOT / "index"),
        )
