"""The document collection: every readable file under the corpus folder (see ``qa/ingest/formats.py``)."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from qa.ingest.chunking import Passage, chunk_document
from qa.ingest.formats import READERS, UnreadableDocument, extract

DOCUMENT_SUFFIXES = tuple(READERS)
logger = logging.getLogger(__name__)


class CorpusError(RuntimeError):
    """The corpus folder is missing, empty or unreadable."""


@dataclass(frozen=True)
class Document:
    name: str  # path relative to the corpus folder, with forward slashes
    text: str
    title: str | None = None  # from the file's metadata, where it has them
    author: str | None = None
    date: str | None = None
    source: str | None = None


def discover(corpus_dir: Path) -> list[Path]:
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist")
    return sorted(p for p in corpus_dir.rglob("*")
                  if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(corpus_dir).parts))


def read_document(path: Path, name: str) -> Document:
    """One file as a document; raises ``UnreadableDocument``."""
    found = extract(path)
    return Document(name, found.text, found.title, found.author, found.date, found.source)


def load_documents(corpus_dir: Path) -> list[Document]:
    """Every readable document; a file that cannot be read is reported in one sentence and left out."""
    documents = []
    for path in discover(corpus_dir):
        name = path.relative_to(corpus_dir).as_posix()
        try:
            documents.append(read_document(path, name))
        except UnreadableDocument as problem:
            logger.warning(f"Skipped {name}: it {problem}.")
    if not documents:
        raise CorpusError(f"corpus folder {corpus_dir} holds no readable documents "
                          f"({', '.join(DOCUMENT_SUFFIXES)})")
    return documents


def add_documents(corpus_dir: Path, files: list[Path]) -> list[str]:
    """Copy readable files into the corpus folder; returns their names there. A file that cannot
    be read, or whose name is taken by a different document, is reported in one sentence and left out."""
    import shutil

    added = []
    for path in files:
        target = Path(corpus_dir) / path.name
        try:
            read_document(path, path.name)
        except (UnreadableDocument, OSError) as problem:
            logger.error(f"Not added {path}: it {problem}.")
            continue
        if target.exists() and target.read_bytes() != path.read_bytes():
            logger.error(f"Not added {path}: the corpus already holds a different {path.name} "
                         f"(remove it first with `qa remove {path.name}`).")
            continue
        Path(corpus_dir).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        added.append(path.name)
        logger.info(f"Added {path.name}.")
    return added


def remove_documents(corpus_dir: Path, names: list[str]) -> None:
    """Delete documents (names relative to the corpus folder) from it."""
    known = {p.relative_to(corpus_dir).as_posix(): p for p in discover(corpus_dir)}
    for name in names:
        if name not in known:
            raise CorpusError(f"the corpus holds no document {name} (see `qa docs`)")
    for name in names:
        known[name].unlink()
        logger.info(f"Removed {name}.")


def corpus_hash(corpus_dir: Path) -> str:
    """Content hash of the whole corpus: names and bytes of every document."""
    digest = hashlib.sha256()
    for path in discover(corpus_dir):
        digest.update(path.relative_to(corpus_dir).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def chunk_corpus(documents: list[Document]) -> list[Passage]:
    return [passage for doc in documents for passage in chunk_document(doc.name, doc.text)]
