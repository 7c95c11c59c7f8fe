"""How high Chinese questions that no news corpus answers score on this one: the least refusal asks.

A corpus of many documents offers any question more near matches than the one
article the refusal threshold was fitted on, so unrelated questions score
higher there and clear a fixed threshold. The shipped questions
(``null_questions.txt``: everyday and general-knowledge questions in Simplified
and Traditional Chinese) are asked of each build once; the median of their
evidence is kept in the build folder, and the Chinese-script threshold is never
below it (``refusal.chinese_threshold``). English questions are left out: their
cross-lingual cosines reach no higher than this level even when answerable.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from statistics import median

NULL_FILE = "null_evidence.json"
QUESTIONS_FILE = "null_questions.txt"

logger = logging.getLogger(__name__)


def null_questions() -> list[str]:
    text = resources.files("qa.retrieval").joinpath(QUESTIONS_FILE).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def load_or_measure(folder: Path, settings: str, evidence: Callable[[list[str]], list[float]]) -> float:
    """The build's null level: read from its folder when measured with these ``settings`` (the model
    and scoring weights) and questions, else measured and saved there (a read-only folder is only
    measured again next time)."""
    questions = null_questions()
    key = hashlib.sha256("\n".join([settings, *questions]).encode()).hexdigest()[:16]
    stored = _stored(folder)
    if stored and stored[0] == key:
        return stored[1]
    logger.info(f"Measuring how {len(questions)} unrelated questions score on this build.")
    level = round(median(evidence(questions)), 4)
    try:
        (folder / NULL_FILE).write_text(json.dumps({"key": key, "level": level}) + "\n", encoding="utf-8")
    except OSError as problem:
        logger.info(f"Could not save the null level in {folder}: {problem}")
    return level


def stored_level(folder: Path) -> float | None:
    """The null level last measured for the build in ``folder``, if any (for ``qa info``)."""
    stored = _stored(folder)
    return stored[1] if stored else None


def _stored(folder: Path) -> tuple[str, float] | None:
    try:
        stored = json.loads((folder / NULL_FILE).read_text(encoding="utf-8"))
        return str(stored["key"]), float(stored["level"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
