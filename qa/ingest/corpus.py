"""The document collection: every ``.txt``/``.md`` file under the corpus folder."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from qa.ingest.chunking import Passage, chunk_document

DOCUMENT_SUFFIXES = (".txt", ".md")


class CorpusError(RuntimeError):
    """The corpus folder is missing, empty or unreadable."""


@dataclass(frozen=True)
class Document:
    name: str  # path relative to the corpus folder, with forward slashes
    text: str


def discover(corpus_dir: Path) -> list[Path]:
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist")
    return sorted(p for p in corpus_dir.rglob("*")
                  if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(corpus_dir).parts))


def load_documents(corpus_dir: Path) -> list[Document]:
    documents = []
    for path in discover(corpus_dir):
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
        documents.append(Document(path.relative_to(corpus_dir).as_posix(), text))
    if not documents:
        raise CorpusError(f"corpus folder {corpus_dir} holds no .txt or .md documents")
    return documents


def corpus_hash(corpus_dir: Path) -> str:
    """Content hash of the whole corpus: names and bytes of every document."""
    digest = hashlib.sha256()
    for path in discover(corpus_dir):
        digest.update(path.relative_to(corpus_dir).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def chunk_corpus(documents: list[Document]) -> list[Passage]:
    return [passage for doc in documents for passage in chunk_document(doc.name, doc.text)]
