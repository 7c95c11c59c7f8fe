"""Stage 3, the index on disk: building, the build folder layout, FAISS, BM25, caches and format versions."""
