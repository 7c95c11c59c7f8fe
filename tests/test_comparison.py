"""Comparisons: a party the articles never mention is named as missing, not answered for by the
passage on the other party; comparisons of what the article holds are answered as before."""

from __future__ import annotations

import pytest

from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.comparison import parties, unmentioned


@pytest.fixture(scope="module")
def assistant(article_policy) -> AnswerPolicy:
    return article_policy


@pytest.mark.parametrize(("question", "sides"), [
    ("上虞的e游小镇和杭州的云栖小镇哪个大", ["上虞的e游小镇", "杭州的云栖小镇"]),
    ("晶盛机电比卧龙集团大吗", ["晶盛机电", "卧龙集团"]),
    ("鸿雁社区与德济苑社区相比有什么不同", ["鸿雁社区", "德济苑社区"]),
    ("一季度的增加值是零售额的几倍", ["一季度的增加值", "零售额"]),
    ("Is the Wolong park bigger than the Tesla Gigafactory?", ["the Tesla Gigafactory"]),
    ("Which is older, Jingsheng or Wolong?", ["Jingsheng", "Wolong"]),
    ("卧龙产业园比去年同期多了多少利润", []),  # compared with last year's same period: Evidence.compares
    ("曹娥街道和绍兴文理学院签了什么协议", []),  # two parties of one event, not compared
    ("鸿雁社区的人才公寓和德济苑在哪个街道", []),  # which street, not which of them
    ("这个比喻是什么意思", []),
])
def test_the_parties_of_a_comparison_are_read_as_written(question, sides):
    assert parties(question) == sides


@pytest.mark.parametrize(("question", "strangers"), [
    ("e游小镇和云栖小镇哪个规模更大", ["云栖小镇"]),
    ("萧山区的高新技术企业比曹娥街道多吗", ["萧山区"]),  # named by its owner, not what is compared
    ("上虞的e游小镇和杭州的云栖小镇哪个大", ["杭州的云栖小镇"]),  # 杭州 is in 杭州湾: the name after 的 is not
    ("Does Caoe have more listed companies than Yiwu?", ["Yiwu"]),
    ("卧龙集团和晶盛机电哪个投资多", []),
    ("曹娥街道上市公司数量跟卧龙集团比怎么样", []),  # 数量 is what is compared, no name
    ("鸿雁社区人才公寓能引进的人才比5000人多吗", []),  # a threshold, not a party
    ("和城社区和博文社区哪个大", []),  # 和城 is written in the article (博文、和城、聚英)
])
def test_a_party_the_article_never_mentions_is_found(assistant, question, strangers):
    assert unmentioned(question, assistant.lexical) == strangers


@pytest.mark.parametrize(("question", "stranger"), [
    ("萧山区和曹娥街道，哪个高新技术企业多？", "萧山区"),
    ("Does Caoe have more listed companies than Yiwu?", "Yiwu"),
])
def test_a_comparison_with_a_party_the_article_never_mentions_is_not_answered(assistant, question, stranger):
    reply = assistant.ask(question)
    assert reply.outcome in ("partial", "not_covered") and stranger in reply.missing
    assert all(hit.confidence != "high" for hit in reply.passages)


def test_a_comparison_of_what_the_article_gives_is_answered(assistant):
    reply = assistant.ask("卧龙智慧新能源产业园的年利润和税收哪个多？")
    assert reply.outcome == "answered" and "年利润18.74亿元" in reply.passages[0].sentence
