"""``QA_STORE``: which store holds the passages to search, as a URI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FAISS = "faiss"
MILVUS = "milvus"


class StoreError(RuntimeError):
    """The configured store cannot be used (bad URI, extra not installed, server unreachable)."""


@dataclass(frozen=True)
class StoreURI:
    """``QA_STORE``: ``faiss`` (in this process), ``milvus:///path/file.db`` (Milvus Lite, embedded;
    ``milvus://dir/file.db`` is relative to the working folder) or ``milvus://host:19530`` (a Milvus
    server or cluster)."""

    kind: str
    target: str | None = None  # Milvus Lite file, or the server's http:// address

    @classmethod
    def parse(cls, uri: str) -> StoreURI:
        uri = uri.strip()
        if uri in ("", FAISS):
            return cls(FAISS)
        if uri.startswith(f"{MILVUS}://"):
            rest = uri[len(MILVUS) + 3:]
            if rest.endswith(".db"):
                return cls(MILVUS, str(Path(rest).resolve()))  # milvus://index/store.db is relative
            if rest and "/" not in rest.rstrip("/"):
                host = rest.rstrip("/")
                return cls(MILVUS, f"http://{host if ':' in host else f'{host}:19530'}")
        raise StoreError(f"QA_STORE={uri!r} is not a store: use faiss, milvus:///path/file.db (Milvus Lite) "
                         "or milvus://host:19530 (a Milvus server)")

    @property
    def is_lite(self) -> bool:
        """Milvus Lite: embedded in this process, one process per file."""
        return self.kind == MILVUS and self.target.startswith("/")

    def __str__(self) -> str:
        if self.kind == FAISS:
            return FAISS
        return f"{MILVUS}://{self.target if self.is_lite else self.target.removeprefix('http://')}"
