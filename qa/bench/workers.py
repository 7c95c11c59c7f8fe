"""``python -m qa bench workers``: embedding texts/s in this process and on 1 and 2 local Ray workers.

The same texts (synthetic passages as a build embeds them, longest first, in
the build's batches) go each time into an empty cache of their own. Starting
Ray and loading the model in each worker is timed apart from embedding: it is
paid once per build, the embedding rate for every text.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from qa.bench.throughput import passage_sample
from qa.service import open_embedder
from qa.settings import Paths
from qa.store.build import CHECKPOINT_TEXTS, EMBED_BATCH, embed_here
from qa.store.embedding_cache import EmbeddingCache
from qa.store.workers import embed_on_ray, ray_runtime

RAY_WORKERS = (1, 2)


def run_workers_bench(args: argparse.Namespace, paths: Paths) -> int:
    embedder, _ = open_embedder(paths, args.model)
    texts = passage_sample(paths, args.runs * 8)
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        embedder.encode_passages(texts[:EMBED_BATCH])  # warm-up: the plain run pays no first-call cost
        for workers in (0, *RAY_WORKERS):
            cache = EmbeddingCache(Path(scratch) / str(workers), embedder.fingerprint, embedder.dim)
            if workers:
                started = time.perf_counter()
                with ray_runtime("ray", workers):
                    timing = embed_on_ray(embedder, cache, texts, EMBED_BATCH, CHECKPOINT_TEXTS, workers)
                    timing["start_s"] = time.perf_counter() - started - timing["embed_s"]
            else:
                started = time.perf_counter()
                embed_here(embedder, cache, texts)
                timing = {"workers": 0, "start_s": 0.0, "embed_s": time.perf_counter() - started}
            results.append({"where": f"Ray, {workers} worker(s)" if workers else "this process (plain build)",
                            "workers": workers, "texts": len(texts), "start_s": round(timing["start_s"], 1),
                            "embed_s": round(timing["embed_s"], 1),
                            "texts_per_s": round(len(texts) / timing["embed_s"], 2),
                            "load_avg_1m": round(os.getloadavg()[0], 1)})
    for result in results:
        print(json.dumps(result, ensure_ascii=False) if args.json else
              f"{result['where']:28} {result['texts_per_s']:7.2f} texts/s   "
              f"(start {result['start_s']} s, embedding {result['embed_s']} s for {result['texts']} texts)")
    return 0
