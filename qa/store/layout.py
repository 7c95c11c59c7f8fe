"""The on-disk index: passages, their vectors, a FAISS index and a manifest.

Every build goes into a fresh folder ``index/builds/<id>/``; the manifest is
written last, and only then is the ``index/current`` symlink swapped to it in
one atomic rename. A build that crashes or is killed therefore leaves the
previous index untouched and loadable, and a reader that has opened a build
keeps using it until it chooses to reload.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np

from qa.hashing import file_sha256
from qa.ingest.chunking import Passage
from qa.store.uri import FAISS
from qa.store.versions import FORMAT_VERSION

MANIFEST = "manifest.json"
PASSAGES_FILE = "passages.jsonl"
PASSAGE_VECTORS = "passage_vectors.npy"
SENTENCE_VECTORS = "sentence_vectors.npy"
FAISS_FILE = "passages.faiss"
CURRENT_LINK = "current"
BUILDS_DIR = "builds"
KEEP_BUILDS = 2


class IndexProblem(RuntimeError):
    """The index cannot be used as it is; ``reason`` says why in one word."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # "missing" (never built), "corrupt" (damaged) or "stale"


@dataclass
class IndexedPassage:
    """A passage as stored in the index, with its sentences' spans."""

    id: str
    doc: str
    kind: str
    section: str | None
    text: str
    spans: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    first_sentence: int  # row of its first sentence in the sentence vectors
    title: str | None = None

    @classmethod
    def from_passage(cls, passage: Passage, sentences: list[tuple[int, int]],
                     first_sentence: int, title: str | None) -> IndexedPassage:
        return cls(passage.id, passage.doc, passage.kind, passage.section, passage.text,
                   list(passage.spans), sentences, first_sentence, title)

    def sentence_text(self, number: int) -> str:
        start, end = self.sentences[number]
        return self.text[start:end]


@dataclass
class LoadedIndex:
    folder: Path
    manifest: dict
    passages: list[IndexedPassage]
    passage_vectors: np.ndarray
    sentence_vectors: np.ndarray
    faiss_index: faiss.Index


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _save_npy(path: Path, array: np.ndarray) -> None:
    with open(path, "wb") as handle:
        np.save(handle, np.ascontiguousarray(array, dtype=np.float32))
        handle.flush()
        os.fsync(handle.fileno())


def current_build(index_dir: Path) -> Path | None:
    link = Path(index_dir) / CURRENT_LINK
    return link.resolve() if link.is_symlink() or link.is_dir() else None


def new_build_folder(index_dir: Path) -> Path:
    builds = Path(index_dir) / BUILDS_DIR
    builds.mkdir(parents=True, exist_ok=True)
    folder = builds / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    folder.mkdir()
    return folder


def write_build(folder: Path, manifest: dict, passages: list[IndexedPassage],
                passage_vectors: np.ndarray, sentence_vectors: np.ndarray,
                faiss_index: faiss.Index) -> None:
    """Write all files of one build, the manifest (with file checksums) last."""
    lines = "".join(json.dumps(asdict(p), ensure_ascii=False) + "\n" for p in passages)
    _write_file(folder / PASSAGES_FILE, lines.encode("utf-8"))
    _save_npy(folder / PASSAGE_VECTORS, passage_vectors)
    _save_npy(folder / SENTENCE_VECTORS, sentence_vectors)
    _write_file(folder / FAISS_FILE, faiss.serialize_index(faiss_index).tobytes())
    # Every file in the build is checksummed, including what was saved there before
    # (e.g. the lexical index), so damage anywhere is caught at load.
    files = {path.relative_to(folder).as_posix(): file_sha256(path)
             for path in sorted(folder.rglob("*")) if path.is_file() and path.name != MANIFEST}
    manifest = {**manifest, "format": FORMAT_VERSION, "files": files}
    _write_file(folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode())
    _fsync_dir(folder)


def publish(index_dir: Path, folder: Path) -> None:
    """Point ``index/current`` at a finished build in one atomic rename, then tidy up."""
    index_dir = Path(index_dir)
    link = index_dir / CURRENT_LINK
    temporary = index_dir / f".{CURRENT_LINK}.{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(Path(BUILDS_DIR) / folder.name, temporary)
    os.replace(temporary, link)
    _fsync_dir(index_dir)
    remove_old_builds(index_dir)


def finished_builds(index_dir: Path) -> list[Path]:
    """The build folders with a manifest (the current one among them)."""
    builds = Path(index_dir) / BUILDS_DIR
    return [p for p in builds.iterdir() if (p / MANIFEST).is_file()] if builds.is_dir() else []


def remove_old_builds(index_dir: Path) -> None:
    """Keep the current build and the one before it; drop older and unfinished ones."""
    builds = Path(index_dir) / BUILDS_DIR
    current = current_build(index_dir)
    finished = sorted(finished_builds(index_dir), key=lambda p: p.stat().st_mtime, reverse=True)
    keep = set(finished[:KEEP_BUILDS]) | ({current} if current else set())
    for folder in builds.iterdir():
        if folder in keep:
            continue
        unfinished_and_recent = not (folder / MANIFEST).is_file() and time.time() - folder.stat().st_mtime < 60
        if not unfinished_and_recent:  # a build still being written by another process
            shutil.rmtree(folder, ignore_errors=True)


def read_manifest(index_dir: Path) -> tuple[Path, dict]:
    folder = current_build(index_dir)
    if folder is None:
        raise IndexProblem("missing", f"no index has been built in {index_dir} yet")
    if not folder.is_dir():
        raise IndexProblem("corrupt", f"the current index {folder} no longer exists")
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc  # the path is said once
        raise IndexProblem("corrupt", f"the index manifest in {folder} is unreadable ({reason})") from exc
    if manifest.get("format") != FORMAT_VERSION:
        raise IndexProblem("stale", f"the index in {folder} has format {manifest.get('format')}, "
                                    f"this version reads {FORMAT_VERSION}")
    return folder, manifest


def load_index(index_dir: Path) -> LoadedIndex:
    """Load the current build, checking every file against the manifest's checksums."""
    folder, manifest = read_manifest(index_dir)
    for name, expected in manifest.get("files", {}).items():
        path = folder / name
        if not path.is_file():
            raise IndexProblem("corrupt", f"index file {name} is missing from {folder}")
        if file_sha256(path) != expected:
            raise IndexProblem("corrupt", f"index file {name} in {folder} is damaged (checksum mismatch)")
    try:
        passages = []
        for line in (folder / PASSAGES_FILE).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            record["spans"] = [tuple(s) for s in record["spans"]]
            record["sentences"] = [tuple(s) for s in record["sentences"]]
            passages.append(IndexedPassage(**record))
        passage_vectors = np.load(folder / PASSAGE_VECTORS)
        sentence_vectors = np.load(folder / SENTENCE_VECTORS)
        faiss_index = faiss.deserialize_index(np.fromfile(folder / FAISS_FILE, dtype=np.uint8))
    except Exception as exc:  # noqa: BLE001 - any parse failure means a corrupt index
        raise IndexProblem("corrupt", f"the index in {folder} cannot be read ({exc})") from exc
    searched_here = manifest.get("store", {}).get("kind", FAISS) == FAISS  # else FAISS holds no vectors
    if not (len(passages) == len(passage_vectors) == manifest.get("passages")
            and faiss_index.ntotal == (len(passages) if searched_here else 0)):
        raise IndexProblem("corrupt", f"the index in {folder} is inconsistent "
                                      f"({len(passages)} passages, {faiss_index.ntotal} vectors)")
    return LoadedIndex(folder, manifest, passages, passage_vectors, sentence_vectors, faiss_index)
