"""Opening a ready-to-ask retriever: load, check, rebuild when needed, follow new builds.

The library, the CLI and the chat app all go through here, so they agree on
what counts as a usable index and all say so when they rebuild.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from qa import settings
from qa.model.embedder import Embedder, load_embedder
from qa.retrieval.config import RetrievalConfig
from qa.retrieval.retriever import Retriever
from qa.settings import Paths
from qa.store import layout
from qa.store.build import build_index, load_checked

logger = logging.getLogger(__name__)


def open_embedder(paths: Paths, model: str | None = None) -> tuple[Embedder, RetrievalConfig]:
    """The model with the retrieval settings fitted for it (the index folder's fit, else the shipped one)."""
    name = model or settings.get("QA_MODEL")
    config = RetrievalConfig.for_model(name, paths.index_dir)
    return load_embedder(name, passage_prompt=config.passage_prompt), config


def open_index(paths: Paths, embedder: Embedder, rebuild: bool = True) -> layout.LoadedIndex:
    """Load a usable index, rebuilding it (and saying why) when allowed."""
    try:
        return load_checked(paths, embedder)
    except layout.IndexProblem as problem:
        if not rebuild:
            raise
        logger.info(f"{'Building' if problem.reason == 'missing' else 'Rebuilding'} the index: {problem}.")
    build_index(paths, embedder)
    return load_checked(paths, embedder)


def open_retriever(paths: Paths, model: str | None = None, rebuild: bool = True) -> Retriever:
    embedder, config = open_embedder(paths, model)
    return Retriever(open_index(paths, embedder, rebuild), embedder, config)


class LiveRetriever:
    """A retriever that swaps to a newer published build without a restart.

    Requests keep using the build they started with; a new build is loaded
    whole, then swapped in under a lock. While one request loads it, the others
    go on answering from the old build instead of waiting. A build that fails to
    load is ignored (and reported once) so the old index keeps answering.
    """

    def __init__(self, paths: Paths, retriever: Retriever) -> None:
        self.paths = paths
        self._retriever = retriever
        self._lock = threading.Lock()
        self._rejected: Path | None = None

    def current(self) -> Retriever:
        published = layout.current_build(self.paths.index_dir)
        if published is None or published in (self._retriever.index.folder, self._rejected):
            return self._retriever
        if not self._lock.acquire(blocking=False):  # another request is loading it
            return self._retriever
        try:
            if published not in (self._retriever.index.folder, self._rejected):
                old = self._retriever
                index = load_checked(self.paths, old.embedder)
                self._retriever = Retriever(index, old.embedder, old.config)
                logger.info(f"Switched to the new index {index.folder.name}.")
        except Exception as problem:  # noqa: BLE001 - whatever it is, the old index keeps answering
            self._rejected = published
            logger.warning(f"Ignoring the new index {published.name}: {problem}")
        finally:
            self._lock.release()
        return self._retriever
