"""Questions as people post them: forum and group-chat framing around the question (有没有大佬知道…,
求科普, 在线等) and English words typed inside Chinese (这篇文章的author是谁). The framing asks nothing
of the articles, so it is no term the passages must hold."""

from __future__ import annotations

import pytest

from qa.ingest.bilingual import english_lexicon, spelled_out
from qa.ingest.words import latin_apart
from qa.retrieval.policy.framing import without_asides
from qa.retrieval.policy.triage import triage


@pytest.mark.parametrize(("question", "answering"), [
    ("有没有大佬知道曹娥街道一共有多少家上市公司啊?", "10家上市公司"),
    ("大佬们，鸿雁社区的人才公寓能引进多少人才？", "4900余人"),
    ("大佬們，卧龍產業園總投資幾多？", "60亿元"),
    ("求科普：CAZ是什么意思", "CAZ"),
    ("科普一下呗!曹娥街道说的CAZ到底是啥", "CAZ"),
    ("有懂的吗，卧龙集团2022年拿了哪些荣誉？", "殊荣"),
    ("卧龙智慧新能源产业园总投资多少？在线等，挺急的", "60亿元"),
    ("谁知道曹娥街道有几家上市公司？蹲一个", "10家上市公司"),
    ("急急急!!晶盛联合创新园建好以后能干嘛", "提供硅片设备"),  # 干嘛: what it does, no term
    ("手机打字，见谅。鸿雁社区的人才公寓能引进多少人才？", "4900余人"),  # asides no list holds
    ("树洞一下🥲 曹娥街道有几家上市公司", "10家上市公司"),
    ("路过看到在建，想问问鸿雁社区的人才公寓有多大", "32万平方米"),
])
def test_a_question_in_forum_framing_is_answered_with_its_sentence_marked(article_policy, question, answering):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered" and reply.missing == []
    assert answering in reply.passages[0].sentence


@pytest.mark.parametrize(("question", "lacking"), [
    ("有没有大佬知道曹娥街道的常住人口有多少", "常住人口"),  # near the topic: still named as missing
    ("大佬们，晶盛机电的股票代码是多少？在线等", "股票代码"),
])
def test_framing_does_not_hide_what_the_article_lacks(article_policy, question, lacking):
    reply = article_policy.ask(question)
    assert reply.outcome != "answered"
    assert any(lacking in item for item in reply.missing)
    assert not any("大佬" in item or "在线等" in item for item in reply.missing)


def test_framing_around_an_unrelated_question_is_not_answered(article_policy):
    reply = article_policy.ask("有没有大佬知道红烧肉怎么做")
    assert reply.outcome == "not_covered"
    assert reply.missing == ["红烧肉"]


@pytest.mark.parametrize("text", ["大佬们", "求科普", "在线等", "家人们谁懂啊", "各位大神"])
def test_framing_alone_is_a_greeting_not_a_search(text):
    assert triage(text).kind == "greeting"


@pytest.mark.parametrize(("text", "question"), [
    ("有没有大佬知道曹娥街道有几家上市公司", "曹娥街道有几家上市公司"),
    ("小白弱弱地问一句，外资到位多少", "外资到位多少"),
    ("姐妹们！鸿雁社区在哪", "鸿雁社区在哪"),
    ("外资到位多少？在线等，挺急的", "外资到位多少？"),
    ("小白菜多少钱一斤", "小白菜多少钱一斤"),  # 小白 is no address inside 小白菜
    ("大家电企业有哪些", "大家电企业有哪些"),
    ("请教育局的电话是多少", "请教育局的电话是多少"),  # 请教 ends inside 教育局
])
def test_framing_is_cut_off_only_where_it_stands_apart(text, question):
    assert triage(text).question == question


@pytest.mark.parametrize("question", ["这篇文章的author是谁", "这篇报道的author", "文章的title是什么",
                                      "这篇文章的summary"])
def test_english_words_inside_a_chinese_question_about_the_article_get_its_overview(article_policy, question):
    reply = article_policy.ask(question)
    assert reply.outcome == "overview"
    assert "孙金良" in reply.message


def test_latin_words_are_set_apart_from_chinese():
    assert latin_apart("这篇文章的author是谁") == "这篇文章的 author 是谁"
    assert latin_apart("e游小镇 and 卧龙") == "e 游小镇 and 卧龙"
    assert latin_apart("培育城市CAZ(中央活动区)") == "培育城市 CAZ(中央活动区)"


@pytest.mark.parametrize(("question", "searched"), [
    ("手机打字，见谅。曹娥街道有几家上市公司？", "曹娥街道有几家上市公司？"),
    ("有懂的吗，卧龙集团2022年拿了哪些荣誉？", "卧龙集团2022年拿了哪些荣誉？"),
    ("树洞一下🥲 曹娥街道有几家上市公司", "曹娥街道有几家上市公司"),
    ("常住人口，曹娥街道有多少？", "常住人口，曹娥街道有多少？"),  # a noun alone may be the topic asked about
    ("比亚迪呢，曹娥街道有没有", "比亚迪呢，曹娥街道有没有"),  # names a company the article never mentions
    ("如果签了合同，曹娥街道会帮忙吗", "如果签了合同，曹娥街道会帮忙吗"),  # a condition is part of the question
    ("听说鸿雁社区在建人才公寓，是真的吗", "听说鸿雁社区在建人才公寓，是真的吗"),  # 是真的吗 asks of the clause before
    ("红烧肉怎么做？急死了", "红烧肉怎么做？急死了"),  # no clause asks in the article's words
])
def test_an_aside_is_a_clause_that_asks_nothing_names_no_one_and_uses_no_word_of_the_articles(
        article_policy, question, searched):
    assert without_asides(question, article_policy.lexical) == searched


def test_english_words_typed_inside_chinese_reach_the_article_written_out_and_derived(article_policy):
    assert spelled_out("曹娥街道有几家high tech企业") == "曹娥街道有几家high technology企业"
    assert english_lexicon(["税收"])[0].get("tax") == ["税收"]  # taxation is made from tax, as 税收 from 税
    assert "found" not in english_lexicon(["基础"])[0]  # foundation is not made from found: 基础 shares nothing
    for question, answering in [("曹娥街道有几家high tech企业", "81家"), ("卧龙产业园每年能贡献多少tax", "6.55亿元"),
                                ("How much tax will the Wolong industrial park pay each year?", "6.55亿元")]:
        reply = article_policy.ask(question)
        assert reply.outcome == "answered" and answering in reply.passages[0].sentence, question
