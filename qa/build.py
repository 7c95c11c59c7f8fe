"""Building the index: chunk the corpus, embed passages and sentences, publish atomically."""

from __future__ import annotations

import fcntl
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from tqdm import tqdm

from qa import ann, index_store
from qa.chunking import CHUNKER_VERSION, Passage
from qa.corpus import chunk_corpus, corpus_hash, load_documents
from qa.embedding import Embedder
from qa.embedding_cache import EmbeddingCache
from qa.index_store import IndexedPassage
from qa.lexical import LEXICAL_DIR, LexicalIndex
from qa.sentences import split_sentences
from qa.settings import Paths
from qa.token_cache import TokenCache

EMBED_BATCH = 32
CHECKPOINT_TEXTS = 2048  # save the embedding cache this often, so a killed long build keeps its work
# Sentence vectors let a long passage match on its best sentence, but embedding every
# sentence about doubles or triples the embedding work. Above this many passages only
# passages are embedded; search then scores a passage's sentences by the passage's own
# vector (measured by ``python -m qa bench scale``; the real article is far below it).
SENTENCE_VECTORS_MAX_PASSAGES = 5_000


# Generic labels that tell the model what kind of text a non-body passage is,
# so that "who wrote this?" or "what does the photo show?" can find it.
EMBEDDING_TEXT_VERSION = "2"  # bump when what gets embedded changes
KIND_LABELS = {"title": "报道标题", "byline": "作者 记者署名", "caption": "图片说明"}


def passage_context(passage: Passage | IndexedPassage, title: str | None) -> str:
    """What a passage is about beyond its own words: document title, then section or kind."""
    if passage.kind == "title":
        return KIND_LABELS["title"]
    parts = [title] if title else []
    label = KIND_LABELS.get(passage.kind) or passage.section
    if label:
        parts.append(label)
    return "。".join(parts)


def with_context(context: str, text: str) -> str:
    return f"{context}：{text}" if context else text


def _document_titles(passages: list[Passage]) -> dict[str, str]:
    titles: dict[str, str] = {}
    for passage in passages:
        if passage.kind == "title":
            titles.setdefault(passage.doc, passage.text)
    return titles


def index_passages(passages: list[Passage]) -> list[IndexedPassage]:
    titles = _document_titles(passages)
    indexed, sentence_row = [], 0
    for passage in passages:
        sentences = split_sentences(passage.text) or [(0, len(passage.text))]
        indexed.append(IndexedPassage.from_passage(passage, sentences, sentence_row,
                                                   titles.get(passage.doc)))
        sentence_row += len(sentences)
    return indexed


def embedding_texts(passages: list[IndexedPassage]) -> tuple[list[str], list[str]]:
    """The texts actually embedded: passages and sentences, each with its context."""
    passage_texts, sentence_texts = [], []
    for passage in passages:
        context = passage_context(passage, passage.title)
        passage_texts.append(with_context(context, passage.text))
        sentence_texts.extend(with_context(context, passage.sentence_text(i))
                              for i in range(len(passage.sentences)))
    return passage_texts, sentence_texts


def embed_all(embedder: Embedder, cache: EmbeddingCache, texts: list[str], log=print) -> np.ndarray:
    """Embed texts not yet in the cache (longest first, for even batches), with a progress bar."""
    todo = sorted(cache.missing(texts), key=len, reverse=True)
    prompt = embedder.passage_prompt()
    if len(todo) < len(set(texts)):
        log(f"Embedding cache: {len(set(texts)) - len(todo)} of {len(set(texts))} texts already embedded.")
    with tqdm(total=len(todo), desc="Embedding", unit="text", disable=not todo) as bar:
        for start in range(0, len(todo), EMBED_BATCH):
            batch = todo[start:start + EMBED_BATCH]
            cache.add(batch, embedder.encode_documents(batch, prompt_name=prompt))
            bar.update(len(batch))
            if (start + EMBED_BATCH) % CHECKPOINT_TEXTS == 0:
                cache.save()
    cache.save()
    return cache.lookup(texts)


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


def build_index(paths: Paths, embedder: Embedder, log=print, cache_dir: Path | None = None) -> dict:
    """Build and publish a new index; returns its manifest.

    ``cache_dir`` holds the embedding cache (default: the index folder); the scale
    benchmark shares one across corpora.
    """
    started = time.perf_counter()
    with build_lock(paths.index_dir):
        fingerprint_before = corpus_hash(paths.corpus_dir)
        passages = index_passages(chunk_corpus(load_documents(paths.corpus_dir)))
        passage_texts, sentence_texts = embedding_texts(passages)
        log(f"Indexing {len(passages)} passages ({len(sentence_texts)} sentences) "
            f"from {paths.corpus_dir} with {embedder.name}.")
        cache = EmbeddingCache.for_embedder(cache_dir or paths.index_dir, embedder)
        with_sentences = len(passages) <= SENTENCE_VECTORS_MAX_PASSAGES
        vectors = embed_all(embedder, cache, passage_texts + (sentence_texts if with_sentences else []),
                            log)
        passage_vectors, sentence_vectors = vectors[:len(passages)], vectors[len(passages):]
        faiss_index = ann.make_index(passage_vectors)  # exact while small, HNSW above (qa/ann.py)
        tokens = TokenCache(paths.index_dir)  # tokenised here, once, and only what changed
        lexical = LexicalIndex(passage_texts, token_cache=tokens)
        tokens.save()
        manifest = {
            **embedder.describe(),
            "corpus_dir": str(paths.corpus_dir),
            "corpus_hash": fingerprint_before,
            "chunker_version": CHUNKER_VERSION,
            "embedding_text_version": EMBEDDING_TEXT_VERSION,
            "passage_prompt": embedder.passage_prompt(),
            "passages": len(passages),
            "sentences": len(sentence_texts),
            "sentence_vectors": len(sentence_vectors),
            "documents": len({p.doc for p in passages}),
            "index_kind": ann.describe(faiss_index),
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "build_seconds": round(time.perf_counter() - started, 3),
        }
        folder = index_store.new_build_folder(paths.index_dir)
        lexical.save(folder / LEXICAL_DIR)
        index_store.write_build(folder, manifest, passages, passage_vectors, sentence_vectors,
                                faiss_index)
        index_store.publish(paths.index_dir, folder)
    log(f"Index written to {folder} in {manifest['build_seconds']:.1f} s.")
    return manifest
