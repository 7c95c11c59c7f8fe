"""Requests to write, translate, rewrite or make something: said to be beyond the assistant, with the
passages on their topic (or the article's overview) as material, never offered as the text asked for."""

from __future__ import annotations

import pytest

from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.tasks import requested


@pytest.fixture(scope="module")
def assistant(article_policy) -> AnswerPolicy:
    return article_policy


@pytest.mark.parametrize(("message", "kind", "topic"), [
    ("帮我写一篇介绍卧龙智慧新能源产业园的宣传稿", "write", "卧龙智慧新能源产业园"),
    ("给鸿雁社区人才公寓起个响亮的名字和一句口号", "write", "鸿雁社区人才公寓"),
    ("以青春之城为主题作一首诗", "write", "青春之城"),
    ("我下周要开会，帮我把曹娥街道人才工作的情况写成发言稿", "write", "曹娥街道人才工作"),
    ("请把“红骑先锋”那一段翻译成英文", "translate", "红骑先锋"),
    ("把這篇報導翻譯成日文", "translate", None),
    ("把讲晶盛机电的第二段缩写到30字", "rewrite", "晶盛机电"),
    ("帮我校对一下全文", "rewrite", None),
    ("根据文章里的数字做一张统计表", "make", "数字"),
    ("把楼宇经济的内容整理成思维导图", "make", "楼宇经济"),
    ("Write a short poem about the night market", "write", "the night market"),
    ("Could you draft an invitation to the talent apartments' opening?", "write", "the talent apartments' opening"),
    ("Translate the part about Ni Bowen into French", "translate", "Ni Bowen"),
    ("Please proofread the whole article", "rewrite", None),
    ("Turn the first-quarter figures into a bar chart", "make", None),
])
def test_a_request_is_read_for_what_it_asks_done_and_what_about(message, kind, topic):
    task = requested(message)
    assert task is not None and task.kind == kind
    if topic is not None or kind != "make":
        assert task.topic == topic


@pytest.mark.parametrize("question", [
    "文章里写了哪些重大项目？", "这篇报道是哪几位记者写的？", "报道的标题是什么", "文中CAZ翻译成中文是什么意思",
    "CAZ是什么的缩写", "曹娥街道提出一个怎样的口号？", "帮我列出三大平台", "卧龙集团那张图片配的文字是什么",
    "e游小镇要配套引进哪些项目", "文章是怎么写倪博文的", "Who wrote the article?", "Give me the headline",
    "List the companies the article names", "What slogan does Caoe use?", "How does the article describe the park?",
])
def test_a_question_using_the_same_words_is_no_request(question):
    assert requested(question) is None


def test_a_request_about_a_topic_gets_its_passages_as_material(assistant):
    reply = assistant.ask("请帮我写一段介绍鸿雁社区人才公寓的朋友圈文案")
    assert reply.outcome == "partial" and reply.missing == ["代写文字"]
    assert reply.message == ("我只能找出文章里的原文段落，不能代写文字。"
                             "以下是文章中关于“鸿雁社区人才公寓”的段落，可作素材：")
    assert "人才公寓" in reply.passages[0].text
    assert all(hit.confidence != "high" for hit in reply.passages)


def test_a_request_in_english_says_so_in_english(assistant):
    reply = assistant.ask("Make a chart of the first-quarter economic figures")
    assert reply.outcome == "partial" and reply.missing == ["make tables, charts or slides"]
    assert reply.message.startswith("I can only find passages in the article, not make tables, charts or slides.")
    assert "103.4亿元" in reply.passages[0].text


def test_a_request_in_traditional_chinese_is_answered_in_traditional(assistant):
    reply = assistant.ask("麻煩幫我潤色一下介紹e遊小鎮的那段")
    assert reply.outcome == "partial" and reply.missing == ["改寫或校對"]
    assert reply.message.startswith("我只能找出文章裏的原文段落，不能改寫或校對。")
    assert "e游小镇" in reply.passages[0].text


@pytest.mark.parametrize(("message", "doing"), [
    ("把这篇文章翻译成英文", "翻译"), ("Proofread the article and fix any typos", "rewrite or proofread"),
    ("帮我写一篇关于曹娥街道的宣传稿", "代写文字"),  # the article's own subject: all of it is material
])
def test_a_request_about_the_whole_article_gets_its_overview(assistant, message, doing):
    reply = assistant.ask(message)
    assert reply.outcome == "overview" and not reply.answerable and reply.missing == [doing]
    first, second = reply.message.split("\n")[:2]
    assert doing in first and second in ("文章概览：", "About the article:")
    assert reply.passages[0].kind == "title"


def test_a_request_on_a_topic_the_article_lacks_is_not_covered(assistant):
    reply = assistant.ask("帮我写一首关于西湖的诗")
    assert reply.outcome == "not_covered" and reply.missing == ["代写文字", "西湖"]
    assert reply.message.startswith("我只能找出文章里的原文段落，不能代写文字。文章未提及：西湖")


def test_a_request_about_the_answer_before_searches_the_question_before(assistant):
    reply = assistant.ask("把上面这段翻译成英文", history=["鸿雁社区的人才公寓能引进多少人才？"])
    assert reply.outcome == "partial" and reply.missing == ["翻译"]
    assert "4900余人" in reply.passages[0].text


@pytest.mark.parametrize(("question", "said"), [
    ("文章里写了几家上市公司？", "10家上市公司"),
    ("文中“CAZ”翻译过来是什么意思？", "CAZ(中央活动区)"),
])
def test_a_question_using_a_request_s_words_is_answered(assistant, question, said):
    reply = assistant.ask(question)
    assert reply.outcome == "answered" and said in reply.passages[0].sentence


def test_an_outline_asked_is_the_article_s_sections(assistant):
    reply = assistant.ask("帮我列个提纲")
    assert reply.outcome == "overview" and "小标题：1. 项目为王" in reply.message
