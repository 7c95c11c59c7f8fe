"""``python -m qa bench scale``: how build time, memory and question time grow with the corpus.

For each size a synthetic corpus (``qa/bench/synthetic.py``) is written under
``artifacts/scale/`` (``QA_SCALE_DIR``) and indexed with the real pipeline. Embeddings go to one
persistent cache (``artifacts/scale-cache/``, or ``QA_SCALE_CACHE``), shared by
all sizes and runs: only the first run pays for embedding, and the output says
how many texts were embedded now and how many came from the cache. The loaded
index is measured in a fresh subprocess (as the app would load it): resident
memory, question latency (end to end, warm) and Recall@10 of the chosen FAISS
index against exact search.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from qa import settings
from qa.bench import synthetic
from qa.bench.stats import percentile
from qa.ingest.corpus import chunk_corpus, load_documents
from qa.model.embedder import Embedder
from qa.retrieval.retriever import Retriever
from qa.service import open_embedder, open_index
from qa.settings import Paths
from qa.store import ann
from qa.store.build import SENTENCE_VECTORS_MAX_PASSAGES, build_index, embed_all
from qa.store.embedding_cache import EmbeddingCache, text_key
from qa.store.layout import current_build
from qa.store.texts import embedding_texts, index_passages
from qa.store.uri import FAISS, MILVUS, StoreURI

logger = logging.getLogger(__name__)
PROBE_QUESTIONS = 120
COLD_RECORD = "cold-builds.json"
LATEST_RATE = "latest-rate"  # in COLD_RECORD: cold-build estimates use the newest rate, not stale ones


def scale_dir() -> Path:
    return Path(settings.get("QA_SCALE_DIR"))


def cache_dir() -> Path:
    return Path(settings.get("QA_SCALE_CACHE"))


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def embed_corpus(corpus_dir: Path, embedder: Embedder, cache_folder: Path) -> dict:
    """Embed what the build will need (same texts, prompt and cache as ``build_index``), timed apart."""
    passages = index_passages(chunk_corpus(load_documents(corpus_dir)))
    passage_texts, sentence_texts = embedding_texts(passages)
    texts = passage_texts + (sentence_texts if len(passages) <= SENTENCE_VECTORS_MAX_PASSAGES else [])
    cache = EmbeddingCache.for_embedder(cache_folder, embedder)
    missing = len(cache.missing(texts))
    started = time.perf_counter()
    if missing:
        embed_all(embedder, cache, texts)
    seconds = time.perf_counter() - started
    return {"texts": len(set(texts)), "embedded_now": missing, "embed_s": round(seconds, 1),
            "texts_per_s": round(missing / seconds, 2) if missing else None}


class ProxyEmbedder:
    """The real model's identity with stand-in passage vectors for texts not embedded yet.

    For a corpus whose first (hours-long) embedding has not finished, this still
    measures everything else at that size with real text: chunking, BM25 at build
    and load, HNSW build, index size, memory and question latency (queries are
    encoded by the real model). Stand-ins are unit vectors clustered on a
    low-dimensional manifold; Recall@10 on them says nothing about real
    embeddings, so results carry ``proxy_vectors`` and the README marks them.
    """

    def __init__(self, embedder: Embedder, cached: EmbeddingCache) -> None:
        self.real, self.cached = embedder, cached
        self.name, self.fingerprint, self.dim = embedder.name, embedder.fingerprint, embedder.dim
        self.passage_prompt = embedder.passage_prompt
        rng = np.random.default_rng(0)
        self._basis = np.linalg.qr(rng.standard_normal((self.dim, 24)))[0].T.astype(np.float32)
        self._centres = rng.standard_normal((200, 24)).astype(np.float32)
        self.proxied = 0
        self.real_for_missing = False  # set for an incremental rebuild: changed texts get real vectors

    def _stand_in(self, text: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha1(text.encode()).digest()[:8], "little")
        rng = np.random.default_rng(seed)
        local = self._centres[seed % len(self._centres)] + 0.5 * rng.standard_normal(24).astype(np.float32)
        vector = local @ self._basis + 0.02 * rng.standard_normal(self.dim).astype(np.float32)
        return vector / np.linalg.norm(vector)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self.real.encode_queries(texts)

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        if self.real_for_missing:
            return self.real.encode_passages(texts)
        rows = []
        for text in texts:
            known = self.cached.vectors.get(text_key(text))
            self.proxied += known is None
            rows.append(known if known is not None else self._stand_in(text))
        return np.array(rows, dtype=np.float32)


def _questions(corpus_dir: Path, count: int) -> list[str]:
    """Gold questions (they share the synthetic text's vocabulary) plus questions made of passage words."""
    from qa.eval.evaluate import load_gold

    gold_path = Path(settings.get("QA_GOLD"))
    gold = [q.question for q in load_gold(gold_path) if q.lang == "zh"] if gold_path.is_file() else []
    rng = np.random.default_rng(0)
    passages = [p for p in chunk_corpus(load_documents(corpus_dir)) if p.kind == "body"]
    made = []
    for number in rng.choice(len(passages), size=max(0, count - len(gold[:count // 2])), replace=False):
        text = passages[int(number)].text
        start = int(rng.integers(0, max(1, len(text) - 16)))
        made.append(f"{text[start:start + 14]}是怎么回事？")
    return gold[:count // 2] + made


def probe(corpus_dir: Path, index_dir: Path, model: str | None, store: str = FAISS) -> dict:
    """Run in a fresh process: load as the app does, then time questions and measure memory."""
    import faiss
    import psutil

    started = time.perf_counter()
    paths = Paths(corpus_dir, index_dir, store)
    embedder, config = open_embedder(paths, model)
    model_rss = psutil.Process().memory_info().rss
    retriever = Retriever(open_index(paths, embedder, rebuild=False), embedder, config)
    load_s = time.perf_counter() - started
    questions = _questions(corpus_dir, PROBE_QUESTIONS)
    for question in questions[:5]:
        retriever.ask(question)
    latencies, encode = [], []
    for question in questions:
        began = time.perf_counter()
        retriever.ask(question)
        latencies.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        embedder.encode_queries([question])
        encode.append((time.perf_counter() - began) * 1000)
    rss = psutil.Process().memory_info().rss
    index = retriever.index
    queries = embedder.encode_queries(questions)
    exact = faiss.IndexFlatIP(index.passage_vectors.shape[1])
    exact.add(np.ascontiguousarray(index.passage_vectors))
    _, truth = exact.search(queries, 10)
    found = [retriever.search.nearest(query, 10) for query in queries]
    recall = float(np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found)]))
    extra = {"search_k200_p50_ms": round(_median_ms(lambda q: retriever.search.nearest(q, 200), queries), 3)}
    vectors = np.asarray(index.passage_vectors)
    if ann.index_kind_for(len(vectors)) == "flat" and len(vectors) >= 2000:
        # Exact search was chosen; what would FAISS HNSW give on these same real vectors?
        began = time.perf_counter()
        hnsw = ann.make_index(vectors, kind="hnsw")
        extra["hnsw_build_s"] = round(time.perf_counter() - began, 1)
        extra["hnsw_recall_at_10"] = round(ann.recall_at_k(hnsw, vectors, queries), 4)
        for name, candidate in (("flat", exact), ("hnsw", hnsw)):
            extra[f"{name}_search_k200_p50_ms"] = round(
                _median_ms(lambda q, index=candidate: index.search(q[None, :], 200), queries), 3)
    return {"load_s": round(load_s, 2), "rss_mb": round(rss / 2**20, 1),
            "rss_index_mb": round((rss - model_rss) / 2**20, 1),
            "query_p50_ms": round(statistics.median(latencies), 2),
            "query_p95_ms": round(percentile(latencies, 0.95), 2),
            "encode_p50_ms": round(statistics.median(encode), 2),
            "recall_at_10": round(recall, 4), "questions": len(questions),
            "load_avg_1m": round(os.getloadavg()[0], 1), **extra}  # other work on the machine inflates latency


def _median_ms(search, queries: np.ndarray) -> float:
    times = []
    for query in queries:
        began = time.perf_counter()
        search(query)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _probe_subprocess(corpus_dir: Path, index_dir: Path, model: str | None, store: str) -> dict:
    command = [sys.executable, "-m", "qa.bench.scale", "--probe", str(corpus_dir), str(index_dir), "--store", store]
    if model:
        command += ["--model", model]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


class _Counting:
    """Wraps an embedder to count (and time) the texts a build actually sends to it."""

    def __init__(self, embedder: Embedder) -> None:
        self.inner, self.texts, self.seconds = embedder, 0, 0.0
        self.name, self.fingerprint, self.dim = embedder.name, embedder.fingerprint, embedder.dim
        self.passage_prompt = embedder.passage_prompt

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        started = time.perf_counter()
        vectors = self.inner.encode_passages(texts)
        self.texts += len(texts)
        self.seconds += time.perf_counter() - started
        return vectors


def incremental_rebuild(paths: Paths, builder: Embedder, cache_folder: Path, source_dir: Path) -> dict:
    """Edit one document and add one, rebuild, and count what was embedded again (by the real model)."""
    nonce = time.time_ns()
    corpus_dir = paths.corpus_dir
    documents = sorted(corpus_dir.glob("synthetic-*.txt"))
    edited = documents[len(documents) // 2]
    edited.write_text(edited.read_text(encoding="utf-8")
                      + f"\n编辑补记：本段为第{nonce % 100000}号更新,补充了项目最新进展。\n", encoding="utf-8")
    new_doc = synthetic.generate(14, synthetic.source_sentences(source_dir), seed=nonce)[0]
    (corpus_dir / "synthetic-zz-added.txt").write_text(new_doc.text, encoding="utf-8")
    if isinstance(builder, ProxyEmbedder):
        builder.real_for_missing = True
    counting = _Counting(builder)
    started = time.perf_counter()
    build_index(paths, counting, cache_dir=cache_folder)
    return {"incremental_s": round(time.perf_counter() - started, 2), "incremental_embedded": counting.texts,
            "incremental_embed_s": round(counting.seconds, 2), "incremental_changed_docs": 2}


def bench_size(size: int, embedder: Embedder, model: str | None, incremental: bool, proxy: bool,
               source_dir: Path, store: StoreURI) -> dict:
    suffix = "-proxy" * proxy + ("-milvus" if store.kind == MILVUS else "")
    corpus_dir, index_dir = scale_dir() / f"corpus-{size}", scale_dir() / f"index-{size}{suffix}"
    paths = Paths(corpus_dir, index_dir, str(store))
    synthetic.write_corpus(corpus_dir, size, source_dir)
    shutil.rmtree(index_dir, ignore_errors=True)
    cache_folder = cache_dir()
    builder: Embedder | ProxyEmbedder = embedder
    if proxy:
        builder = ProxyEmbedder(embedder, EmbeddingCache.for_embedder(cache_folder, embedder))
        cache_folder = index_dir / "proxy-cache"  # stand-ins never enter the real cache
        embedded = {"texts": None, "embedded_now": 0, "embed_s": 0.0, "texts_per_s": None}
        logger.info(f"[{size}] PROXY: texts not embedded yet get stand-in vectors; building...")
    else:
        logger.info(f"[{size}] embedding (cache {cache_folder})...")
        embedded = embed_corpus(corpus_dir, embedder, cache_folder)
        logger.info(f"[{size}] {embedded['embedded_now']} of {embedded['texts']} texts embedded now, "
            f"the rest from the cache; building...")
    started = time.perf_counter()
    manifest = build_index(paths, builder, cache_dir=cache_folder)
    index_s = time.perf_counter() - started
    _release(store)
    if proxy:
        embedded["texts"] = manifest["passages"]
        embedded["proxy_vectors"] = builder.proxied
    build_s = embedded["embed_s"] + index_s
    record_path = cache_dir() / COLD_RECORD
    records = json.loads(record_path.read_text()) if record_path.is_file() else {}
    if not proxy and embedded["embedded_now"] >= 500:  # the latest embedding rate measured on this machine
        records[LATEST_RATE] = {"texts_per_s": embedded["texts_per_s"], "size": size,
                                "load_avg_1m": round(os.getloadavg()[0], 1)}
    if not proxy and embedded["embedded_now"] == embedded["texts"]:  # nothing cached: a cold build
        records[str(size)] = {"build_s": round(build_s, 1), "texts_per_s": embedded["texts_per_s"]}
    record_path.parent.mkdir(parents=True, exist_ok=True)
    record_path.write_text(json.dumps(records, indent=2))
    cold = records.get(str(size), {}).get("build_s")
    rate = records.get(LATEST_RATE, {}).get("texts_per_s")
    cold_estimate = None
    if cold is None and rate:  # the build without embeddings, plus every text at the latest measured rate
        to_embed = embedded["texts"] if not proxy else manifest["passages"] + manifest["sentence_vectors"]
        cold_estimate = round(index_s + to_embed / rate, 1)
    result = {"passages": manifest["passages"], "documents": manifest["documents"],
              "build_s": round(build_s, 1), "passages_per_s": round(manifest["passages"] / build_s, 1),
              "build_s_cold": cold, "build_s_cold_estimate": cold_estimate, "index_s": round(index_s, 1), **embedded,
              "index_kind": manifest["index_kind"], "sentence_vectors": manifest["sentence_vectors"],
              "index_mb": round(_folder_mb(current_build(index_dir)), 1)}
    logger.info(f"[{size}] built in {build_s:.1f} s; loading in a fresh process...")
    result.update(_probe_subprocess(corpus_dir, index_dir, model, str(store)))
    if incremental:
        result.update(incremental_rebuild(paths, builder, cache_folder, source_dir))
        _release(store)
        if cold or cold_estimate:
            result["incremental_speedup"] = round((cold or cold_estimate) / result["incremental_s"], 1)
            result["incremental_speedup_vs"] = "build_s_cold" if cold else "build_s_cold_estimate"
        synthetic.write_corpus(corpus_dir, size, source_dir)  # back to the generated corpus
        (corpus_dir / "synthetic-zz-added.txt").unlink(missing_ok=True)
    return result


def plot(results: list[dict], path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["passages"] for r in results]
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.plot(sizes, [r["build_s_cold"] or r["build_s_cold_estimate"] or r["build_s"] for r in results], "o-",
              label="full build, cold cache (measured or estimated)")
    left.plot(sizes, [r["index_s"] for r in results], "s--", label="build with all embeddings cached")
    left.set(xscale="log", yscale="log", xlabel="passages", ylabel="seconds", title="Index build time")
    right.plot(sizes, [r["query_p50_ms"] for r in results], "o-", label="question p50")
    right.plot(sizes, [r["query_p95_ms"] for r in results], "s--", label="question p95")
    right.plot(sizes, [r["encode_p50_ms"] for r in results], ":", label="bare query encoding p50")
    right.set(xscale="log", xlabel="passages", ylabel="ms", title="Question latency (warm)")
    for axes in (left, right):
        axes.grid(True, alpha=0.3)
        axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)


COLUMNS = ("passages", "build_s", "build_s_cold", "passages_per_s", "embedded_now", "index_kind", "index_mb",
           "rss_mb", "query_p50_ms", "query_p95_ms", "recall_at_10")


def _release(store: StoreURI) -> None:
    """Milvus Lite lets one process open its file: the probe's process opens it next."""
    if store.kind == MILVUS:
        from qa.store import milvus

        milvus.release(store)


def bench_store(given: str) -> StoreURI:
    """The store to measure: ``milvus`` alone means a Milvus Lite file beside the synthetic corpora."""
    return StoreURI.parse(f"milvus://{scale_dir().resolve()}/milvus.db" if given == MILVUS else given)


def run_scale_bench(args: argparse.Namespace, paths: Paths) -> int:
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    store = bench_store(paths.store)
    embedder, _ = open_embedder(paths, args.model)
    incremental_size = min(sizes, key=lambda s: abs(s - 10_000))
    proxy = getattr(args, "proxy_vectors", False)
    logger.info(f"Synthetic corpora in {scale_dir()} (marked {synthetic.SYNTHETIC_MARK}, made from "
                f"{paths.corpus_dir}); embeddings cached by content hash in {cache_dir()}: only the first run "
                "pays for embedding.")
    results = []
    for size in sizes:
        result = bench_size(size, embedder, args.model, size == incremental_size, proxy, paths.corpus_dir, store)
        results.append(result)
        if args.json:
            print(json.dumps({"size": size, "store": store.kind, **result}), flush=True)
        else:
            print("  ".join(f"{key}={result.get(key)}" for key in COLUMNS), flush=True)
            if "incremental_s" in result:
                print(f"  one-document change: rebuilt in {result['incremental_s']} s, "
                      f"{result['incremental_embedded']} texts embedded, "
                      f"{result.get('incremental_speedup')}x faster than the cold full build", flush=True)
    reused = sum(r["texts"] - r["embedded_now"] for r in results)
    logger.info(f"Embedding cache: {reused} of {sum(r['texts'] for r in results)} texts came from {cache_dir()} "
        f"(embedded by an earlier run); build_s_cold is the first, uncached build of each size.")
    if args.plot:
        plot(results, args.plot)
        logger.info(f"Plot written to {args.plot}.")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description="internal: probe a built index in a fresh process")
    parser.add_argument("--probe", nargs=2, metavar=("CORPUS", "INDEX"), required=True)
    parser.add_argument("--model", default=None)
    parser.add_argument("--store", default=FAISS)
    args = parser.parse_args()
    print(json.dumps(probe(Path(args.probe[0]), Path(args.probe[1]), args.model, args.store)))


if __name__ == "__main__":
    main()
