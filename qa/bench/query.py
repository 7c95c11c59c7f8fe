"""``python -m qa bench``: end-to-end question time (answer policy included) next to bare query encoding.

Both are timed in the same process and interleaved question by question, so
machine noise hits them alike; medians and the ratio of medians are reported.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from qa.bench.stats import peak_rss_mb, percentile
from qa.eval import evaluate
from qa.retrieval.policy.answer import AnswerPolicy
from qa.service import open_retriever
from qa.settings import Paths
from qa.store.build import build_index

WARMUP = 5


def query_bench(paths: Paths, model: str | None, runs: int, gold: Path) -> dict:
    retriever = open_retriever(paths, model)
    assistant = AnswerPolicy(retriever)
    questions = evaluate.load_gold(gold)
    for question in questions[:WARMUP]:
        assistant.ask(question.question, history=question.history)
    end_to_end, encode_only = [], []
    for number in range(runs):
        question = questions[number * len(questions) // runs % len(questions)]  # spread over every kind
        started = time.perf_counter()
        retriever.embedder.encode_queries([question.question])
        encode_only.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        assistant.ask(question.question, history=question.history)
        end_to_end.append((time.perf_counter() - started) * 1000)
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        build_index(Paths(paths.corpus_dir, Path(scratch)), retriever.embedder)
        build_seconds = time.perf_counter() - started
    median_e2e, median_encode = statistics.median(end_to_end), statistics.median(encode_only)
    return {
        "model": retriever.embedder.name, "passages": len(retriever.passages), "runs": runs,
        "question_median_ms": round(median_e2e, 2), "question_p95_ms": round(percentile(end_to_end, 0.95), 2),
        "encode_median_ms": round(median_encode, 2), "encode_p95_ms": round(percentile(encode_only, 0.95), 2),
        "overhead_ratio": round(median_e2e / median_encode, 3),
        "build_seconds_cold": round(build_seconds, 2), "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def run_query_bench(args: argparse.Namespace, paths: Paths) -> int:
    result = query_bench(paths, args.model, args.runs, evaluate.gold_path(args.gold))
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"Model {result['model']}, {result['passages']} passages, {result['runs']} questions (warm):")
    print(f"  question end to end   median {result['question_median_ms']:7.2f} ms   "
          f"p95 {result['question_p95_ms']:7.2f} ms")
    print(f"  bare query encoding   median {result['encode_median_ms']:7.2f} ms   "
          f"p95 {result['encode_p95_ms']:7.2f} ms")
    print(f"  overhead              {result['overhead_ratio']:.2f}x the bare encoding (budget 1.5x)")
    print(f"  index build (cold, no embedding cache)  {result['build_seconds_cold']:.2f} s")
    print(f"  peak memory           {result['peak_rss_mb']:.0f} MB")
    return 0
