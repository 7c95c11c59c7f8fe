"""Question answering over Chinese news articles, offline, on the CPU.

The public API (see the README's "Use it as a library"): ``Assistant`` and the
objects it returns or raises. Names load on first use, so importing one stage
of the pipeline (``qa.ingest.chunking``, say) does not load the model stack.
"""

from __future__ import annotations

import importlib

__version__ = "0.2.0"

_EXPORTS = {
    "Assistant": "qa.api",
    "Answer": "qa.retrieval.contract",
    "Hit": "qa.retrieval.contract",
    "OUTCOMES": "qa.retrieval.contract",
    "Embedder": "qa.model.embedder",
    "QuestionError": "qa.retrieval.question",
    "ModelError": "qa.model.embedder",
    "IndexProblem": "qa.store.layout",
    "CorpusError": "qa.ingest.corpus",
    "GoldError": "qa.eval.evaluate",
}
__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> object:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'qa' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
