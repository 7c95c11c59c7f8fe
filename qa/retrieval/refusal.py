"""The refusal decision: is the best passage good enough evidence to call the question answered?

Fused scores of answerable and unrelated questions lie close together, most
of all in English where cross-lingual cosines are compressed, so the evidence
adds small bonuses when the question names something the corpus contains and
in proportion to how much of the question the corpus knows. The thresholds
are fitted on the gold set's dev split (``python -m qa eval --fit``).
"""

from __future__ import annotations

from qa.retrieval.config import RetrievalConfig
from qa.retrieval.question import is_chinese_script


def evidence(best_score: float | None, names_something: bool, coverage: float, config: RetrievalConfig) -> float:
    """What the threshold is compared with: the best fused score plus the two bonuses."""
    if best_score is None:
        return 0.0
    return best_score + config.name_bonus * names_something + config.coverage_bonus * coverage


def threshold_for(question: str, config: RetrievalConfig, null_level: float | None = None) -> float:
    """Cross-lingual cosines run lower, so questions not in Chinese script have their own threshold.
    A Chinese-script question's is at least the corpus's ``null_level`` (see ``chinese_threshold``);
    the other is not, as an answerable English question's cosines reach no higher than that level."""
    if is_chinese_script(question):
        return chinese_threshold(config, null_level)
    return config.answer_threshold_other_script


def chinese_threshold(config: RetrievalConfig, null_level: float | None = None) -> float:
    """The Chinese-script threshold: as fitted, or the corpus's null level where that is higher (half
    the questions known to be unrelated score above it there; see ``qa.retrieval.null``)."""
    return max(config.answer_threshold, null_level or 0.0)


# A question in a language the checks do not read is answered on its evidence alone, which must lie this far
# above the corpus's level for unrelated questions in such languages: most of them lie below it.
OTHER_LANGUAGE_MARGIN = 0.03


def other_language_threshold(config: RetrievalConfig, null_level: float) -> float:
    """The threshold for a question in neither Chinese nor English (see ``qa.retrieval.policy.languages``): the
    other-script threshold, or OTHER_LANGUAGE_MARGIN above the corpus's null level for such questions."""
    return max(config.answer_threshold_other_script, null_level + OTHER_LANGUAGE_MARGIN)


CONFIDENT_MARGIN = 0.03  # evidence this far above the threshold can read as "high" confidence
CLOSE_TO_BEST = 0.05  # a passage scoring within this of the best one can read as "high" ...
FAR_FROM_BEST = 0.10  # ... and one further below it than this reads as "low"


def confidence(evidence_value: float, threshold: float, below_best: float) -> str:
    """The confidence word for one passage: its evidence against the threshold, and how far
    its score lies below the best passage's (the runner-up of a clear answer is no answer)."""
    if evidence_value < threshold or below_best > FAR_FROM_BEST:
        return "low"
    return "high" if evidence_value >= threshold + CONFIDENT_MARGIN and below_best <= CLOSE_TO_BEST else "medium"


def fit_threshold(points: list[tuple[float, bool]]) -> float:
    """The threshold on (evidence, should answer) points that makes the fewest mistakes.

    Mistakes are false refusals plus missed refusals; ties go to the widest
    margin (the midpoint of the best gap between neighbouring scores).
    """
    points = sorted(points)
    if not points:
        return 0.0
    best: tuple[int, float, float] | None = None
    candidates = [points[0][0] - 1e-3] + [(a[0] + b[0]) / 2 for a, b in zip(points, points[1:])]
    for threshold in candidates:
        errors = sum(1 for score, answer in points if (score >= threshold) != answer)
        margin = min(abs(score - threshold) for score, _ in points)
        if best is None or (errors, -margin) < (best[0], -best[1]):
            best = (errors, margin, threshold)
    return round(best[2], 4)
