"""Measuring retrieval quality on a gold question set."""
