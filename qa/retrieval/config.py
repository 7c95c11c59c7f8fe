"""Retrieval settings per model: fusion weights, refusal thresholds, passage prompt.

The defaults are the values fitted for the default model and shipped, read
only, in ``qa/retrieval/calibration.json``. ``python -m qa eval --fit`` writes
a new fit to ``calibration.json`` in the index folder, which then wins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

CALIBRATION_FILE = "calibration.json"


@dataclass(frozen=True)
class RetrievalConfig:
    """Fusion weights, refusal thresholds and the passage prompt (see qa/retrieval/fusion.py, refusal.py)."""

    sentence_weight: float = 1.0  # 1: dense = max(passage, best sentence); 0: their mean
    lexical_weight: float = 0.12  # cosine units added by a full-strength BM25 match
    lexical_coverage_power: float = 2.0  # BM25 is trusted by coverage ** power
    document_coverage_power_other_script: float = 1.0  # the same, choosing the document of an English question
    document_weight: float = 0.5  # a passage ranks by its score plus this share of its document's best
    answer_threshold: float = 0.8498  # best evidence below which a Chinese-script question is refused
    answer_threshold_other_script: float = 0.7584  # the same for questions in other scripts
    name_bonus: float = 0.01  # added to the evidence when the question names a corpus word
    coverage_bonus: float = 0.05  # added in proportion to the share of the question the corpus knows
    context_weight: float = 0.5  # a follow-up's dense vector adds this share of the question it continues
    candidates: int = 200  # per channel, when the corpus is larger than this
    # Prompt passages are embedded under when the model has it: for E5, "query: " (symmetric)
    # beat "passage: " on the dev split, most of all for English questions about Chinese text.
    passage_prompt: str = "query"

    @classmethod
    def for_model(cls, model_name: str, index_dir: Path | None = None) -> RetrievalConfig:
        """The settings fitted for this model: in the index folder's calibration, else the shipped one."""
        for table in (_read(index_dir / CALIBRATION_FILE) if index_dir else {}, shipped_calibration()):
            if model_name in table:
                known = {f.name for f in fields(cls)}
                return cls(**{k: v for k, v in table[model_name].items() if k in known})
        return cls()


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def shipped_calibration() -> dict:
    """The calibration that ships with the package (read only)."""
    return json.loads(resources.files("qa.retrieval").joinpath(CALIBRATION_FILE).read_text(encoding="utf-8"))


def save_calibration(index_dir: Path, model_name: str, values: dict) -> Path:
    """Record a fit for this model in the index folder's calibration file; returns its path."""
    path = index_dir / CALIBRATION_FILE
    table = _read(path)
    table[model_name] = values
    index_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(table, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
