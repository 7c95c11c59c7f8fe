"""Benchmarks that print figures: question latency, corpus scaling, embedding throughput."""
