"""``python -m qa bench``: end-to-end question time (answer policy included) next to bare query encoding.

Both are timed in the same process and interleaved question by question, so
machine noise hits them alike; medians and the ratio of medians are reported.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import tempfile
import time
from pathlib import Path

from qa import evaluate
from qa.build import build_index
from qa.settings import Paths

WARMUP = 5


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def query_bench(paths: Paths, model: str | None, runs: int, log) -> dict:
    from qa.policy.assistant import Assistant
    from qa.service import open_retriever

    retriever = open_retriever(paths, model, log=log)
    assistant = Assistant(retriever)
    questions = evaluate.load_gold()
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
        build_index(Paths(paths.corpus_dir, Path(scratch)), retriever.embedder, log=lambda *_: None)
        build_seconds = time.perf_counter() - started
    median_e2e, median_encode = statistics.median(end_to_end), statistics.median(encode_only)
    return {
        "model": retriever.embedder.name, "passages": len(retriever.passages), "runs": runs,
        "question_median_ms": round(median_e2e, 2), "question_p95_ms": round(percentile(end_to_end, 0.95), 2),
        "encode_median_ms": round(median_encode, 2), "encode_p95_ms": round(percentile(encode_only, 0.95), 2),
        "overhead_ratio": round(median_e2e / median_encode, 3),
        "build_seconds_cold": round(build_seconds, 2), "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def run_bench(args: argparse.Namespace, paths: Paths, log) -> int:
    if args.what == "scale":
        from qa.scale_bench import run_scale_bench

        return run_scale_bench(args, paths, log)
    if args.what == "throughput":
        from qa.scale_bench import run_throughput_bench

        return run_throughput_bench(args, paths, log)
    result = query_bench(paths, args.model, args.runs, log)
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
