"""Retrieval quality on the gold question set.

A gold question names a substring of the passage that answers it (or null
when the corpus does not answer it). A retrieved passage is relevant when it
contains that substring, in its text or in the section heading it sits under.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from qa import settings
from qa.retrieval.contract import Answer, Hit
from qa.retrieval.policy.answer import AnswerPolicy

K_VALUES = (1, 3, 5)
# Kinds with no answer passage that are not questions to refuse: they get replies of their own.
REPLY_KINDS = ("greeting", "junk", "overview")


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    question: str
    lang: str
    kind: str
    answer: str | None
    split: str
    history: tuple[str, ...] = ()  # earlier questions of the conversation (follow-ups)

    @property
    def in_scope(self) -> bool:
        return self.answer is not None

    @property
    def to_refuse(self) -> bool:
        """A question the corpus does not answer (out of scope or near topic): the refusal figures."""
        return self.answer is None and self.kind not in REPLY_KINDS


class GoldError(RuntimeError):
    """The gold question set cannot be found or read."""


def gold_path(given: str | Path | None = None) -> Path:
    """The gold set to use: the one given, else ``QA_GOLD``; it must exist."""
    path = Path(given or settings.get("QA_GOLD"))
    if not path.is_file():
        raise GoldError(f"no gold question set at {path}; give one with --gold FILE (or QA_GOLD)")
    return path


def load_gold(path: Path, split: str | None = None) -> list[GoldQuestion]:
    """The gold questions of one split (None or "all" for every split)."""
    questions = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            questions.append(GoldQuestion(**{k: record[k] for k in
                                             ("id", "question", "lang", "kind", "answer", "split")},
                                          history=tuple(record.get("history", ()))))
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}:{number}: not a gold question ({exc})") from exc
    return [q for q in questions if split in (None, "all", q.split)]


def relevant_rank(question: GoldQuestion, answer: Answer) -> int | None:
    """1-based rank of the first passage that holds the gold answer, if any."""
    for hit in answer.passages:
        if question.answer in hit.text or (hit.section and question.answer in hit.section):
            return hit.rank
    return None


def marks_answer(question: GoldQuestion, hit: Hit) -> bool | None:
    """Whether the hit's marked sentence covers (part of) the gold answer;
    None when the answer is not in the passage text (a heading, or a wrong passage)."""
    start = hit.text.find(question.answer) if question.answer else -1
    if start < 0:
        return None
    sentence_start, sentence_end = hit.sentence_span
    return sentence_start < start + len(question.answer) and start < sentence_end


@dataclass
class Outcome:
    question: GoldQuestion
    answer: Answer
    rank: int | None
    latency_ms: float


def outcome_right(outcome: Outcome) -> bool:
    """Whether the reply is what the question's kind calls for (see the README's gold set section)."""
    kind, answer = outcome.question.kind, outcome.answer
    if kind == "greeting":
        return answer.outcome == "greeting"
    if kind == "junk":
        return answer.outcome == "unclear"
    if kind == "out_of_scope":
        return not answer.answerable
    if kind == "near_topic":
        return not answer.answerable or bool(answer.missing)
    if kind == "overview":
        return answer.answerable and bool(answer.passages) and answer.passages[0].kind in ("title", "byline")
    return answer.answerable and outcome.rank == 1


def run(policy: AnswerPolicy, questions: list[GoldQuestion], mode: str = "fused",
        top_k: int = 5) -> list[Outcome]:
    """Ask every question (with its history) and record the rank of the first right passage."""
    outcomes = []
    for question in questions:
        answer = policy.ask(question.question, history=question.history, top_k=top_k, mode=mode)
        outcomes.append(Outcome(question, answer, relevant_rank(question, answer) if question.in_scope
                                else None, answer.timings_ms.get("total_ms", 0.0)))
    return outcomes


def metrics(outcomes: list[Outcome]) -> dict[str, float]:
    """Recall@k, MRR and nDCG@5 over in-scope questions; refusal figures over all.

    ``answer_sentence`` is the share of right first passages (answer in their
    text) whose marked sentence covers the answer.
    """
    answerable = [o for o in outcomes if o.question.in_scope]
    unanswerable = [o for o in outcomes if o.question.to_refuse]
    result: dict[str, float] = {"questions": len(outcomes), "in_scope": len(answerable)}
    if answerable:
        for k in K_VALUES:
            result[f"recall@{k}"] = sum(1 for o in answerable if o.rank and o.rank <= k) / len(answerable)
        result["mrr"] = sum(1 / o.rank for o in answerable if o.rank) / len(answerable)
        result["ndcg@5"] = sum(1 / math.log2(o.rank + 1) for o in answerable
                               if o.rank and o.rank <= 5) / len(answerable)
        marked = [marks_answer(o.question, o.answer.passages[0]) for o in answerable if o.rank == 1]
        marked = [m for m in marked if m is not None]
        result["answer_sentence_checked"] = len(marked)
        result["answer_sentence"] = sum(marked) / len(marked) if marked else 0.0
        answered = [o for o in answerable if o.answer.answerable]
        result["answered_with_missing"] = (sum(1 for o in answered if o.answer.missing) / len(answered)
                                           if answered else 0.0)
    result["outcome_right"] = sum(map(outcome_right, outcomes)) / len(outcomes) if outcomes else 0.0
    result["outcome_right_count"] = sum(map(outcome_right, outcomes))
    refused = [o for o in outcomes if not o.answer.answerable and (o.question.in_scope or o.question.to_refuse)]
    correct_refusals = sum(1 for o in refused if not o.question.in_scope)
    result["out_of_scope"] = len(unanswerable)
    result["refused_out_of_scope"] = correct_refusals
    result["false_refusals"] = len(refused) - correct_refusals
    result["refusal_precision"] = correct_refusals / len(refused) if refused else 1.0
    result["refusal_recall"] = correct_refusals / len(unanswerable) if unanswerable else 1.0
    result["median_latency_ms"] = statistics.median(o.latency_ms for o in outcomes) if outcomes else 0.0
    return result


def breakdown(outcomes: list[Outcome], key: str) -> dict[str, dict[str, float]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[getattr(outcome.question, key)].append(outcome)
    return {name: metrics(group) for name, group in sorted(groups.items())}


def refusal_points(outcomes: list[Outcome]) -> list[tuple[float, bool]]:
    """(evidence, should answer) of the searched questions the refusal threshold decides.

    Follow-ups and policy replies are left out: the threshold never decides them.
    """
    return [(o.answer.evidence, o.question.in_scope) for o in outcomes
            if o.answer.searched_with is None and o.answer.outcome in ("answered", "partial", "not_covered")
            and (o.question.in_scope or o.question.to_refuse)]
