"""How high questions that no news corpus answers score on this one: the least refusal asks.

A corpus of many documents offers any question more near matches than the one
article the refusal threshold was fitted on, so unrelated questions score
higher there and clear a fixed threshold. The shipped questions (everyday and
general-knowledge questions: ``null_questions.txt`` in Simplified and
Traditional Chinese, ``null_questions_en.txt`` in English, ``null_questions_other.txt``
in twelve other languages) are asked of each build once; the median of each set's
evidence is kept in the build folder. The Chinese-script threshold is never below
the Chinese level (``refusal.chinese_threshold``). The English level is no
threshold, as an answerable English question's cross-lingual cosines reach no
higher: below it an English question must share its words with the passages (see
``MIN_FOUND_SHARE_LATIN`` in the answer policy). A question in another language,
whose words no check reads, must clear the other languages' level by a margin
(``refusal.other_language_threshold``).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from itertools import chain
from pathlib import Path
from statistics import median

NULL_FILE = "null_evidence.json"
QUESTIONS_FILES = {"chinese": "null_questions.txt", "latin": "null_questions_en.txt",
                   "other": "null_questions_other.txt"}

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class NullLevels:
    """The median evidence of the shipped unrelated questions on one build: Chinese-script, English, and
    in languages neither Chinese nor English."""

    chinese: float
    latin: float
    other: float


def null_questions(script: str = "chinese") -> list[str]:
    """The shipped unrelated questions of one script (a key of QUESTIONS_FILES)."""
    text = resources.files("qa.retrieval").joinpath(QUESTIONS_FILES[script]).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def load_or_measure(folder: Path, settings: str, evidence: Callable[[list[str]], list[float]]) -> NullLevels:
    """The build's null levels: read from its folder when measured with these ``settings`` (the model
    and scoring weights) and questions, else measured and saved there (a read-only folder is only
    measured again next time)."""
    questions = {script: null_questions(script) for script in QUESTIONS_FILES}
    key = hashlib.sha256("\n".join([settings, *chain.from_iterable(questions.values())]).encode()).hexdigest()[:16]
    stored = _stored(folder)
    if stored and stored[0] == key:
        return stored[1]
    logger.info(f"Measuring how {sum(map(len, questions.values()))} unrelated questions score on this build.")
    levels = NullLevels(**{script: round(median(evidence(asked)), 4) for script, asked in questions.items()})
    try:
        (folder / NULL_FILE).write_text(json.dumps({"key": key, "level": levels.chinese, "level_latin": levels.latin,
                                                    "level_other": levels.other}) + "\n", encoding="utf-8")
    except OSError as problem:
        logger.info(f"Could not save the null levels in {folder}: {problem}")
    return levels


def stored_levels(folder: Path) -> NullLevels | None:
    """The null levels last measured for the build in ``folder``, if any (for ``qa info``)."""
    stored = _stored(folder)
    return stored[1] if stored else None


def _stored(folder: Path) -> tuple[str, NullLevels] | None:
    try:
        stored = json.loads((folder / NULL_FILE).read_text(encoding="utf-8"))
        return str(stored["key"]), NullLevels(float(stored["level"]), float(stored["level_latin"]),
                                              float(stored["level_other"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
