"""Building the index: chunk the corpus, embed passages and sentences, publish atomically."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import time
from collections import Counter
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from tqdm import tqdm

from qa.ingest.byline import headline, written_author, written_date
from qa.ingest.corpus import Document, chunk_corpus, corpus_hash, load_documents
from qa.model.embedder import Embedder, describe
from qa.settings import Paths
from qa.store import ann, layout
from qa.store.embedding_cache import EmbeddingCache
from qa.store.layout import IndexedPassage
from qa.store.lexical import LEXICAL_DIR, LexicalIndex
from qa.store.texts import embedding_texts, index_passages
from qa.store.token_cache import TokenCache
from qa.store.uri import FAISS, MILVUS, StoreURI
from qa.store.versions import CHUNKER_VERSION, EMBEDDING_TEXT_VERSION, LEXICAL_VERSION

logger = logging.getLogger(__name__)
EMBED_BATCH = 32
CHECKPOINT_TEXTS = 2048  # save the embedding cache this often, so a killed long build keeps its work
# Sentence vectors let a long passage match on its best sentence, but embedding every
# sentence about doubles or triples the embedding work. Above this many passages only
# passages are embedded; search then scores a passage's sentences by the passage's own
# vector (measured by ``python -m qa bench scale``; the real article is far below it).
SENTENCE_VECTORS_MAX_PASSAGES = 5_000


def embed_all(embedder: Embedder, cache: EmbeddingCache, texts: list[str], on_ray: bool = False,
              worker_count: int | None = None) -> np.ndarray:
    """Embed texts not yet in the cache (longest first, for even batches), with a progress bar;
    ``on_ray`` embeds them on Ray actors instead of here (inside ``workers.ray_runtime``)."""
    todo = sorted(cache.missing(texts), key=len, reverse=True)
    if len(todo) < len(set(texts)):
        logger.info(f"Embedding cache: {len(set(texts)) - len(todo)} of {len(set(texts))} texts already embedded.")
    if on_ray and todo:
        from qa.store import workers as ray_workers

        ray_workers.embed_on_ray(embedder, cache, todo, EMBED_BATCH, CHECKPOINT_TEXTS, worker_count)
        todo = []
    embed_here(embedder, cache, todo)
    return cache.lookup(texts)


def embed_here(embedder: Embedder, cache: EmbeddingCache, todo: list[str]) -> None:
    """Embed ``todo`` in this process, batch by batch, saving the cache now and then."""
    with tqdm(total=len(todo), desc="Embedding", unit="text", disable=not todo) as bar:
        for start in range(0, len(todo), EMBED_BATCH):
            batch = todo[start:start + EMBED_BATCH]
            cache.add(batch, embedder.encode_passages(batch))
            bar.update(len(batch))
            if (start + EMBED_BATCH) % CHECKPOINT_TEXTS == 0:
                cache.save()
    cache.save()


def document_info(documents: list[Document], passages: list[IndexedPassage]) -> dict[str, dict]:
    """Per document: title, author, date, source and passage count, as ``qa docs`` lists them. The
    author and date are the file's metadata, else what the text's title block writes (a dateline, a
    byline); the title is shown without that dateline."""
    counts = Counter(p.doc for p in passages)
    titles = {p.doc: p.title for p in passages if p.title}
    bylines = {p.doc: p.text for p in passages if p.kind == "byline"}
    return {d.name: {"title": headline(titles.get(d.name)),
                     "author": d.author or written_author(titles.get(d.name), bylines.get(d.name)),
                     "date": d.date or written_date(titles.get(d.name), bylines.get(d.name)),
                     "source": d.source, "passages": counts[d.name]} for d in documents}


@contextmanager
def build_lock(index_dir: Path):
    """One build at a time per index folder (a second waits for the first)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".build.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(paths: Paths, embedder: Embedder, cache_dir: Path | None = None, workers: str | None = None,
                worker_count: int | None = None) -> dict:
    """Build and publish a new index; returns its manifest.

    ``cache_dir`` holds the embedding cache (default: the index folder); the scale
    benchmark shares one across corpora. ``workers`` (``ray`` or ``ray://host:10001``) embeds
    on Ray actors, ``worker_count`` of them (``qa/store/workers.py``).
    """
    with contextlib.ExitStack() as runtime:
        if workers:  # Ray first: see workers.ray_runtime
            from qa.store import workers as ray_workers

            runtime.enter_context(ray_workers.ray_runtime(workers, worker_count))
        return _build(paths, embedder, cache_dir, bool(workers), worker_count)


def _build(paths: Paths, embedder: Embedder, cache_dir: Path | None, on_ray: bool, worker_count: int | None) -> dict:
    """The build itself, once Ray (if asked for) runs."""
    started = time.perf_counter()
    store = StoreURI.parse(paths.store)
    if store.kind == MILVUS:  # reach it now, not after hours of embedding
        from qa.store import milvus

        milvus.client_for(store)
    with build_lock(paths.index_dir):
        fingerprint_before = corpus_hash(paths.corpus_dir)
        documents = load_documents(paths.corpus_dir)
        passages = index_passages(chunk_corpus(documents), {d.name: d.title for d in documents if d.title})
        passage_texts, sentence_texts = embedding_texts(passages)
        logger.info(f"Indexing {len(passages)} passages ({len(sentence_texts)} sentences) "
            f"from {paths.corpus_dir} with {embedder.name}.")
        cache = EmbeddingCache.for_embedder(cache_dir or paths.index_dir, embedder)
        with_sentences = len(passages) <= SENTENCE_VECTORS_MAX_PASSAGES
        vectors = embed_all(embedder, cache, passage_texts + (sentence_texts if with_sentences else []),
                            on_ray, worker_count)
        passage_vectors, sentence_vectors = vectors[:len(passages)], vectors[len(passages):]
        # Exact while small, HNSW above (qa/store/ann.py); a Milvus build searches in Milvus instead.
        faiss_index = ann.make_index(passage_vectors if store.kind == FAISS else passage_vectors[:0])
        tokens = TokenCache(paths.index_dir)  # tokenised here, once, and only what changed
        lexical = LexicalIndex(passage_texts, token_cache=tokens)
        tokens.save()
        manifest = {
            **describe(embedder),
            "corpus_dir": str(paths.corpus_dir),
            "corpus_hash": fingerprint_before,
            "chunker_version": CHUNKER_VERSION,
            "embedding_text_version": EMBEDDING_TEXT_VERSION,
            "lexical_version": LEXICAL_VERSION,
            "passages": len(passages),
            "sentences": len(sentence_texts),
            "sentence_vectors": len(sentence_vectors),
            "documents": len({p.doc for p in passages}),
            "document_info": document_info(documents, passages),
            "index_kind": ann.describe(faiss_index),
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "build_seconds": round(time.perf_counter() - started, 3),
        }
        folder = layout.new_build_folder(paths.index_dir)
        manifest["store"] = {"kind": FAISS, "uri": FAISS}
        if store.kind == MILVUS:  # its collection is loaded and aliased before the build is published
            manifest["store"] = milvus.publish_build(store, paths.index_dir, folder.name, passages,
                                                     passage_vectors, lexical.sparse_rows())
            manifest["index_kind"] = f"Milvus {manifest['store']['index']}"
        lexical.save(folder / LEXICAL_DIR)
        layout.write_build(folder, manifest, passages, passage_vectors, sentence_vectors,
                                faiss_index)
        layout.publish(paths.index_dir, folder)
        if store.kind == MILVUS:
            milvus.prune(store, paths.index_dir, {milvus.collection_for(paths.index_dir, build.name)
                                                  for build in layout.finished_builds(paths.index_dir)})
    logger.info(f"Index written to {folder} in {manifest['build_seconds']:.1f} s.")
    return manifest


def staleness(manifest: dict, paths: Paths, embedder: Embedder) -> str | None:
    """Why a built index no longer matches the corpus, the model or this code, or None if it does."""
    if manifest.get("model_fingerprint") != embedder.fingerprint:
        return (f"it was built with model {manifest.get('model')} "
                f"({manifest.get('model_fingerprint')}), not {embedder.name} ({embedder.fingerprint})")
    if manifest.get("passage_prompt") != embedder.passage_prompt:
        return f"passages were embedded under prompt {manifest.get('passage_prompt')}, not {embedder.passage_prompt}"
    return content_staleness(manifest, paths)


def content_staleness(manifest: dict, paths: Paths) -> str | None:
    """Why a built index no longer matches the corpus, the store or this code (the model aside, which
    takes loading), or None if it does."""
    if manifest.get("store", {}).get("uri", FAISS) != str(StoreURI.parse(paths.store)):
        return f"it was built for store {manifest.get('store', {}).get('uri', FAISS)}, not {paths.store}"
    for key, version in (("chunker_version", CHUNKER_VERSION), ("embedding_text_version", EMBEDDING_TEXT_VERSION),
                         ("lexical_version", LEXICAL_VERSION)):
        if manifest.get(key) != version:
            return f"it was built by {key.replace('_', ' ')} {manifest.get(key)}, not {version}"
    if manifest.get("corpus_hash") != corpus_hash(paths.corpus_dir):
        return f"the documents in {paths.corpus_dir} changed since it was built"
    return None


def load_checked(paths: Paths, embedder: Embedder) -> layout.LoadedIndex:
    """Load the index, raising ``IndexProblem`` if it is missing, corrupt or stale."""
    index = layout.load_index(paths.index_dir)
    reason = staleness(index.manifest, paths, embedder)
    if reason:
        raise layout.IndexProblem("stale", f"the index is out of date: {reason}")
    return index
