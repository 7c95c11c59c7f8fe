"""Question answering over Chinese news articles, offline, on the CPU."""

__version__ = "0.1.0"
