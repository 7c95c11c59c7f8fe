"""Opening a ready-to-ask retriever: load, check, rebuild when needed, follow new builds.

Both the CLI and the chat app go through here, so they agree on what counts
as a usable index and both tell the user when they rebuild.
"""

from __future__ import annotations

import threading
from pathlib import Path

from qa import index_store
from qa.build import EMBEDDING_TEXT_VERSION, build_index
from qa.chunking import CHUNKER_VERSION
from qa.corpus import corpus_hash
from qa.embedding import Embedder, load_embedder
from qa.index_store import IndexProblem
from qa.search import Retriever
from qa.settings import Paths


def staleness(manifest: dict, paths: Paths, embedder: Embedder) -> str | None:
    """Why a built index no longer matches the corpus or model, or None if it does."""
    if manifest.get("model_fingerprint") != embedder.fingerprint:
        return (f"it was built with model {manifest.get('model')} "
                f"({manifest.get('model_fingerprint')}), not {embedder.name} ({embedder.fingerprint})")
    if manifest.get("chunker_version") != CHUNKER_VERSION:
        return f"it was chunked by chunker version {manifest.get('chunker_version')}, not {CHUNKER_VERSION}"
    if manifest.get("embedding_text_version") != EMBEDDING_TEXT_VERSION:
        return "what gets embedded for each passage has changed since it was built"
    wanted_prompt = embedder.passage_prompt()
    if manifest.get("passage_prompt") != wanted_prompt:
        return f"passages were embedded under prompt {manifest.get('passage_prompt')}, not {wanted_prompt}"
    if manifest.get("corpus_hash") != corpus_hash(paths.corpus_dir):
        return f"the documents in {paths.corpus_dir} changed since it was built"
    return None


def load_checked(paths: Paths, embedder: Embedder) -> index_store.LoadedIndex:
    """Load the index, raising ``IndexProblem`` if it is missing, corrupt or stale."""
    index = index_store.load_index(paths.index_dir)
    reason = staleness(index.manifest, paths, embedder)
    if reason:
        raise IndexProblem("stale", f"the index is out of date: {reason}")
    return index


def open_index(paths: Paths, embedder: Embedder, rebuild: bool = True, log=print) -> index_store.LoadedIndex:
    """Load a usable index, rebuilding it (and saying why) when allowed."""
    try:
        return load_checked(paths, embedder)
    except IndexProblem as problem:
        if not rebuild:
            raise
        log(f"{'Building' if problem.reason == 'missing' else 'Rebuilding'} the index: {problem}.")
    build_index(paths, embedder, log=log)
    return load_checked(paths, embedder)


def open_retriever(paths: Paths, model: str | None = None, rebuild: bool = True, log=print) -> Retriever:
    embedder = load_embedder(model, log=log)
    return Retriever(open_index(paths, embedder, rebuild, log), embedder)


class LiveRetriever:
    """A retriever that swaps to a newer published build without a restart.

    Requests keep using the build they started with; a new build is loaded
    whole, then swapped in under a lock. While one request loads it, the others
    go on answering from the old build instead of waiting. A build that fails to
    load is ignored (and reported once) so the old index keeps answering.
    """

    def __init__(self, paths: Paths, retriever: Retriever, log=print) -> None:
        self.paths = paths
        self._retriever = retriever
        self._lock = threading.Lock()
        self._log = log
        self._rejected: Path | None = None

    def current(self) -> Retriever:
        published = index_store.current_build(self.paths.index_dir)
        if published is None or published in (self._retriever.index.folder, self._rejected):
            return self._retriever
        if not self._lock.acquire(blocking=False):  # another request is loading it
            return self._retriever
        try:
            if published not in (self._retriever.index.folder, self._rejected):
                index = load_checked(self.paths, self._retriever.embedder)
                self._retriever = Retriever(index, self._retriever.embedder)
                self._log(f"Switched to the new index {index.folder.name}.")
        except Exception as problem:  # noqa: BLE001 - whatever it is, the old index keeps answering
            self._rejected = published
            self._log(f"Ignoring the new index {published.name}: {problem}")
        finally:
            self._lock.release()
        return self._retriever
