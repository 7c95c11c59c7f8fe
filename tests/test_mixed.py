"""Chinese questions mixing in English words: the reading on its own, and questions on the real article."""

from __future__ import annotations

import pytest

from qa.retrieval.policy.mixed import in_chinese


@pytest.mark.parametrize(("typed", "read"), [
    ("滨江新天地是when完工的", "滨江新天地是什么时候完工的"),
    ("who是那个司机", "谁是那个司机"),
    ("那家酒吧name叫啥", "那家酒吧名字叫啥"),
    ("顾老师full name叫什么", "顾老师全名叫什么"),
    ("石板岩供销社是哪个year的故事", "石板岩供销社是哪个年份的故事"),
    ("万顺大厦有多少m高", "万顺大厦有多少米高"),  # a unit after 多少 or a figure
    ("大巴司机被罚了多少RMB", "大巴司机被罚了多少元"),
    ("罚了5w还是多少W", "罚了5万还是多少万"),
    ("车速多少km/h", "车速多少公里每小时"),
])
def test_english_question_words_and_units_in_a_chinese_question_are_read_as_chinese(typed, read):
    assert in_chinese(typed) == read


@pytest.mark.parametrize("question", [
    "Who is 倪博文?", "What does 两轴四区 mean?", "When did 卧龙 open its park?",  # English around Chinese names
    "曹娥街道的GDP是多少", "Caoe街道有几家上市公司", "那家KTV在哪条路上",  # names and abbreviations as typed
    "M记的汉堡多少钱",  # a letter that follows no figure is no unit
])
def test_english_and_names_are_left_as_typed(question):
    assert in_chinese(question) == question


@pytest.mark.parametrize(("question", "missing"), [
    ("万顺大厦有多少m高", "高度"),  # the article gives no height
    ("滨江新天地是when完工的", "完工的时间"),  # nor when it was finished
])
def test_a_mixed_question_the_article_does_not_answer_says_what_is_missing(article_policy, question, missing):
    reply = article_policy.ask(question)
    assert reply.outcome == "partial" and missing in reply.missing, (reply.outcome, reply.missing)


def test_a_mixed_question_the_article_answers_is_answered(article_policy):
    reply = article_policy.ask("卧龙智慧新能源产业园总投资多少RMB")
    assert reply.outcome == "answered" and "60亿元" in reply.passages[0].sentence, (reply.outcome, reply.missing)
