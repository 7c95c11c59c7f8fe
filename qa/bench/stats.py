"""Summary figures shared by the benchmarks and the load test."""

from __future__ import annotations

import math
import resource


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile, ``fraction`` from 0 to 1: no interpolation, so every figure is one that happened."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) * fraction) - 1)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
