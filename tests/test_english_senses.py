"""English questions over Chinese text: a word of many senses is searched with those the model puts closest to it."""

from __future__ import annotations

import pytest

from qa.ingest.bilingual import MAX_SENSES
from qa.retrieval.senses import SenseChooser


@pytest.fixture(scope="module")
def choose(embedder) -> SenseChooser:
    return SenseChooser(embedder)


def test_a_word_of_few_senses_is_searched_with_all_of_them(choose):
    senses = ["一对", "夫妇", "夫妻"]
    assert choose("couple", senses) == senses


@pytest.mark.parametrize(("word", "senses", "meant", "other"), [
    ("company", ["一块", "企业", "公司", "商行", "总公司", "分公司", "制药厂"], "公司", "一块"),
    ("firms", ["企业", "公司", "坚实", "扎实", "牢固"], "企业", "扎实"),
    ("speed", ["加快", "增速", "快速", "提速", "速度"], "速度", "加快"),
    ("value", ["价值", "货值", "价值观", "金额", "宝贵", "划算", "估价", "尊重", "重视"], "价值", "尊重"),
])
def test_a_word_of_many_senses_is_searched_with_its_everyday_translation(choose, word, senses, meant, other):
    chosen = choose(word, senses)
    assert meant in chosen and other not in chosen
    assert len(chosen) <= MAX_SENSES


def test_a_word_no_sense_stands_out_for_is_not_searched(choose):
    assert choose("year", ["今年", "年度", "去年", "几年", "每年", "同年", "年初", "连年"]) == []


def test_the_article_is_searched_with_the_senses_chosen(article_policy):
    words = article_policy.lexical.query_words("How many high-tech firms does Caoe have?")
    assert {"企业", "公司"} <= set(words)
    assert "扎实" not in words


def test_the_senses_of_one_english_word_weigh_alike_in_marking_a_sentence(article_policy):
    lexical = article_policy.lexical
    as_written = lexical.word_weights(["卧龙", "投入", "投资"])
    assert as_written["投入"] != as_written["投资"]  # written in the question, the rarer word weighs more
    weights = lexical.word_weights(["卧龙"], {"investment": ["投入", "投资"]})
    assert weights["投入"] == weights["投资"]  # as senses of one word, each weighs as the more common one
    assert weights["投入"] / weights["卧龙"] == pytest.approx(
        min(as_written["投入"], as_written["投资"]) / as_written["卧龙"])


@pytest.mark.parametrize(("question", "answer"), [
    ("How many high-tech firms does Caoe have?", "高新技术企业"),
    ("Which firms did Caoe bring in as chain leaders?", "晶盛"),
])
def test_a_word_of_many_senses_finds_its_passage_first(article_policy, question, answer):
    reply = article_policy.ask(question)
    assert reply.answerable
    assert answer in reply.passages[0].text
