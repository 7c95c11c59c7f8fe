"""``python -m qa eval``: the three systems side by side on the gold set."""

from __future__ import annotations

import argparse
import json
import logging
from dataclasses import asdict, replace
from pathlib import Path

from qa.eval import evaluate
from qa.retrieval import refusal
from qa.retrieval.config import RetrievalConfig, save_calibration
from qa.retrieval.fusion import MODES
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.question import is_chinese_script
from qa.service import open_retriever
from qa.settings import Paths

logger = logging.getLogger(__name__)

SYSTEM_NAMES = {"dense": "dense only", "lexical": "lexical only", "fused": "full pipeline"}
HEADLINE = ("recall@1", "recall@3", "recall@5", "mrr", "ndcg@5")


def _table(rows: dict[str, dict[str, float]], columns: tuple[str, ...], title: str) -> str:
    width = max([len(title)] + [len(name) for name in rows]) + 2
    widths = [max(9, len(c) + 2) for c in columns]
    lines = [title.ljust(width) + "".join(c.rjust(w) for c, w in zip(columns, widths))]
    for name, values in rows.items():
        cells = []
        for column, cell_width in zip(columns, widths):
            value = values.get(column)
            cells.append("—".rjust(cell_width) if value is None else
                         (f"{value:.3f}" if isinstance(value, float) else str(value)).rjust(cell_width))
        lines.append(name.ljust(width) + "".join(cells))
    return "\n".join(lines)


def _misses(outcomes: list[evaluate.Outcome]) -> list[str]:
    lines = []
    for outcome in outcomes:
        question, answer = outcome.question, outcome.answer
        top = answer.passages[0] if answer.passages else None
        wrong_refusal = answer.answerable != (question.in_scope or question.kind == "overview")
        if evaluate.outcome_right(outcome):
            continue
        what = (f"rank {outcome.rank or '>' + str(len(answer.passages))}" if question.in_scope
                else "out of scope")
        refusal = "" if not wrong_refusal else (" · wrongly refused" if question.in_scope
                                                 else " · not refused")
        lines.append(f"{question.id} [{question.lang}/{question.kind}] {question.question}\n"
                     f"    expected: {question.answer or '(refusal)'} · {what}{refusal} · reply {answer.outcome}"
                     f"{' missing ' + '、'.join(answer.missing) if answer.missing else ''}\n"
                     f"    ranked first: {top.text[:60] if top else '—'} (score {top.score if top else 0:.3f})")
    return lines


def plot_recall(results: dict[str, dict[str, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(6, 4))
    ks = evaluate.K_VALUES
    for mode, values in results.items():
        axis.plot(ks, [values[f"recall@{k}"] for k in ks], marker="o", label=SYSTEM_NAMES[mode])
    axis.set_xlabel("k")
    axis.set_ylabel("Recall@k")
    axis.set_xticks(ks)
    axis.set_ylim(0, 1.02)
    axis.grid(alpha=0.3)
    axis.legend()
    axis.set_title("Retrieval on the gold set")
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def fit_and_save(policy: AnswerPolicy, gold_path: Path, index_dir: Path) -> RetrievalConfig:
    """Fit both refusal thresholds on the dev split and save them for this model in the index folder."""
    retriever = policy.retriever
    outcomes = evaluate.run(policy, evaluate.load_gold(gold_path, "dev"), "fused")
    chinese = [o for o in outcomes if is_chinese_script(o.question.question)]
    other = [o for o in outcomes if not is_chinese_script(o.question.question)]
    config = replace(retriever.config, answer_threshold=refusal.fit_threshold(evaluate.refusal_points(chinese)),
                     answer_threshold_other_script=refusal.fit_threshold(evaluate.refusal_points(other)))
    values = {**asdict(config), "fitted_on": f"{gold_path.name}, dev split ({len(chinese)} Chinese-script "
                                            f"and {len(other)} other questions)"}
    saved = save_calibration(index_dir, retriever.embedder.name, values)
    retriever.config = config
    logger.info(f"Refusal thresholds fitted on the dev split: {config.answer_threshold:.4f} (Chinese script), "
                f"{config.answer_threshold_other_script:.4f} (other scripts); saved to {saved}.")
    return config


def run_eval(args: argparse.Namespace, paths: Paths) -> int:
    gold_path = evaluate.gold_path(args.gold)
    retriever = open_retriever(paths, args.model)
    assistant = AnswerPolicy(retriever)
    if args.fit:
        fit_and_save(assistant, gold_path, paths.index_dir)
    questions = evaluate.load_gold(gold_path, args.split)
    outcomes = {mode: evaluate.run(assistant, questions, mode) for mode in MODES}
    results = {mode: evaluate.metrics(outcomes[mode]) for mode in ("dense", "lexical", "fused")}
    by_lang = {mode: evaluate.breakdown(outcomes[mode], "lang") for mode in results}
    by_kind = {mode: evaluate.breakdown(outcomes[mode], "kind") for mode in results}
    if args.json:
        print(json.dumps({"split": args.split, "questions": len(questions),
                          "config": asdict(retriever.config),
                          "overall": results, "by_lang": by_lang, "by_kind": by_kind},
                         ensure_ascii=False, indent=2))
    else:
        print(f"Gold set {gold_path.name}, split {args.split}: {len(questions)} questions, "
              f"model {retriever.embedder.name}, refusal thresholds "
              f"{retriever.config.answer_threshold:.4f} (Chinese script) / "
              f"{retriever.config.answer_threshold_other_script:.4f} (other)\n")
        print(_table({SYSTEM_NAMES[m]: v for m, v in results.items()},
                     HEADLINE + ("median_latency_ms",), "system"))
        fused = results["fused"]
        print(f"\nRefusal (full pipeline): {fused['refused_out_of_scope']}/{fused['out_of_scope']} "
              f"out-of-scope questions refused, {fused['false_refusals']} in-scope questions wrongly "
              f"refused; precision {fused['refusal_precision']:.3f}, recall {fused['refusal_recall']:.3f}")
        if fused.get("answer_sentence_checked"):
            print(f"Answer sentence (full pipeline): the marked sentence covers the answer in "
                  f"{fused['answer_sentence']:.3f} of {fused['answer_sentence_checked']} right first passages")
        unanswerable_kinds = [f"{name} {values['refused_out_of_scope']}/{values['out_of_scope']}"
                              for name, values in by_kind["fused"].items() if values["out_of_scope"]]
        if unanswerable_kinds:
            print(f"Refused by kind: {', '.join(unanswerable_kinds)}")
        print("Reply right by kind (full pipeline): " + ", ".join(
            f"{name} {values['outcome_right_count']}/{values['questions']}"
            for name, values in by_kind["fused"].items()))
        if "answered_with_missing" in fused:
            print(f"Answered in-scope questions with terms reported missing: {fused['answered_with_missing']:.3f}")
        for key, groups in (("language", by_lang), ("kind", by_kind)):
            rows = {}
            for name in groups["fused"]:
                if not groups["fused"][name].get("in_scope"):
                    continue
                rows[name] = {f"{m} R@1": groups[m][name].get("recall@1") for m in results}
                rows[name] |= {"fused R@3": groups["fused"][name].get("recall@3"),
                               "fused MRR": groups["fused"][name].get("mrr"),
                               "n": groups["fused"][name]["in_scope"]}
            columns = tuple(f"{m} R@1" for m in results) + ("fused R@3", "fused MRR", "n")
            print("\n" + _table(rows, columns, f"by {key}"))
        if args.misses:
            misses = _misses(outcomes["fused"])
            print(f"\nMisses of the full pipeline ({len(misses)}):")
            print("\n".join(misses) if misses else "none")
    if args.plot:
        plot_recall(results, Path(args.plot))
        logger.info(f"Recall@k chart written to {args.plot}.")
    return 0
