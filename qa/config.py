"""Retrieval settings per model: fusion weights, refusal thresholds, passage prompt.

Values are fitted on the gold set's dev split by ``python -m qa eval --fit``
and kept in ``qa/calibration.json`` (committed, so results are reproducible).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")


@dataclass(frozen=True)
class RetrievalConfig:
    """Fusion weights and the refusal threshold (fitted on the dev split)."""

    sentence_weight: float = 1.0  # 1: dense = max(passage, best sentence); 0: their mean
    lexical_weight: float = 0.12  # cosine units added by a full-strength BM25 match
    # The lexical channel is trusted by coverage ** power: the share of the
    # question's words the corpus knows. 0 for English questions over Chinese text.
    lexical_coverage_power: float = 2.0
    # Fused score of the top passage below which we refuse. Cross-lingual cosines
    # run lower than same-language ones, so questions not written in Chinese
    # characters get their own threshold.
    answer_threshold: float = 0.85
    answer_threshold_other_script: float = 0.72
    # Added to the evidence when the question names a word (or, in English, a
    # pinyin name such as "Wolong") that occurs in the corpus.
    name_bonus: float = 0.01
    # Added to the evidence in proportion to the question's coverage (the share of
    # its words the corpus knows, as written or translated). Fused scores of
    # answerable and unrelated questions lie close together, most of all in
    # English where cross-lingual cosines are compressed; known words tip the balance.
    coverage_bonus: float = 0.05
    # A follow-up's dense vector is its own plus this share of the earlier question it continues.
    context_weight: float = 0.5
    candidates: int = 200  # per channel, when the corpus is larger than this
    # Prompt under which passages are embedded. For E5, encoding passages as
    # "query: " (symmetric) beat "passage: " on the dev split, most of all for
    # English questions about Chinese text; models without it use their own.
    passage_prompt: str = "document"

    @classmethod
    def for_model(cls, model_name: str) -> RetrievalConfig:
        """The settings fitted for this model by ``python -m qa eval --fit``, else defaults."""
        try:
            fitted = json.loads(CALIBRATION_FILE.read_text()).get(model_name, {})
        except (OSError, ValueError):
            fitted = {}
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in fitted.items() if k in known})


def save_calibration(model_name: str, values: dict) -> None:
    try:
        table = json.loads(CALIBRATION_FILE.read_text())
    except (OSError, ValueError):
        table = {}
    table[model_name] = values
    CALIBRATION_FILE.write_text(json.dumps(table, ensure_ascii=False, indent=2) + "\n")
