"""How people name things: a name the article holds written as another thing's (鸿雁电器 beside 鸿雁社区,
卧龙自然保护区 beside 卧龙集团), a person called by surname (小倪 for 倪博文), a company's legal form
(股份有限公司) and a name jieba takes for an adjective (晶盛的…). Real model on the real article."""

from __future__ import annotations

import pytest

from qa.ingest.bilingual import familiar_surname
from qa.retrieval.policy.evidence import Evidence
from qa.retrieval.policy.namesakes import namesakes
from qa.retrieval.policy.terms import key_terms


@pytest.mark.parametrize(("question", "namesake"), [
    ("鸿雁电器的人才公寓面积有多大", "鸿雁电器"),  # the article's 鸿雁 is a community
    ("卧龙自然保护区的新能源产业园投了多少钱", "卧龙自然保护区"),  # one word to jieba
    ("浙江建设技师学院跟曹娥探索什么合作", "浙江建设技师学院"),  # the article's is 浙江建设职业技术学院
])
def test_a_name_written_as_another_things_is_not_answered_with_the_articles_fact(article_policy, question, namesake):
    reply = article_policy.ask(question)
    assert reply.outcome != "answered"
    assert namesake in reply.missing
    assert namesake in reply.message


@pytest.mark.parametrize(("question", "answering"), [
    ("卧龙控股拿了全省哪两项殊荣?", "两项殊荣"),  # a legal form names no other company
    ("浙江晶盛机电股份有限公司的荣誉是什么", "亩均效益领跑者"),
    ("鸿雁小区是第几批省级未来社区试点", "首批"),  # 小区 is 社区 through the dictionary, and last
    ("在上虞向西发展、并入绍兴市区的格局里，曹娥街道充当什么角色？", "桥头堡"),  # 市区: a word for an area
    ("皇马科技的总部大楼建好了吗", "按期顺利推进"),  # 科技: a word the article writes
    ("卧龙控股集团的新能源产业园每年能新增多少销售收入?", "150亿元"),  # 控股集团/nz: a legal form, no name
    ("曹娥街办一共引进了多少个楼宇项目?", "26个"),  # 一共/j is no part of a name
    ("浙江龙盛的总部楼建得怎么样了", "龙盛总部"),  # a province before a company's name: its prefix
    ("小倪是做什么的", "倪博文"),  # a person called by surname is the one the article names in full
    ("老倪平时走访哪些项目", "倪博文"),  # 哪些项目/nz is a question word and its noun
    ("小倪是哪个专班的?", "专班"),
    ("浙江建设职院上虞校区和街道探索啥模式", "资源共享"),  # 职院 abbreviates 职业技术学院
    ("浙建院上虞校区跟曹娥搞什么合作", "资源共享"),
])
def test_a_name_written_as_people_write_it_is_answered_with_its_sentence_marked(article_policy, question, answering):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert answering in reply.passages[0].sentence


def test_only_the_words_after_the_name_and_before_what_is_asked_can_make_it_another_things(article_policy):
    evidence = Evidence(article_policy.retriever.passages, article_policy.lexical)
    assert namesakes("曹娥街道人口有多少", evidence) == []  # 人口 is what is asked: the evidence check names it
    assert namesakes("楼主上虞本地人,想问下曹娥街道有几家上市公司", evidence) == []
    assert namesakes("曹娥街道党工委书记是谁", evidence) == []  # after 街道: a body of the place, not its name
    assert namesakes("鸿雁电器人才公寓面积", evidence) == ["鸿雁电器人才公寓面积"]


@pytest.mark.parametrize(("word", "surname"), [
    ("小倪", "倪"), ("老倪", "倪"), ("小王", "王"), ("老张", "张"),
    ("小区", ""), ("老师", ""), ("小时", ""), ("小组", ""), ("倪博文", ""), ("大王", ""),
])
def test_a_person_called_by_surname_with_xiao_or_lao(word, surname):
    assert familiar_surname(word) == surname


def test_a_surname_the_article_gives_no_one_is_no_one_in_it(article_policy):
    reply = article_policy.ask("小王是做什么的")
    assert reply.outcome == "not_covered"
    assert reply.missing == ["小王"]


@pytest.mark.parametrize(("question", "height"), [
    ("万顺大厦有多高", "高度"), ("萬順大廈有多高?", "高度"), ("万顺大厦有多少米高", "高度"),  # a length unit asked
    ("How tall is the Wanshun Building?", "height"), ("height of the wanshun building", "height"),
])
def test_the_height_of_a_building_the_article_does_not_give_is_missing(article_policy, question, height):
    reply = article_policy.ask(question)
    assert reply.outcome != "answered"
    assert height in reply.missing


@pytest.mark.parametrize("question", ["卧龙智慧新能源产业园的年利润有多高",
                                      "How high is the annual profit of the Wolong new energy park?"])
def test_how_high_a_sum_is_asks_no_height(article_policy, question):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert "18.74亿元" in reply.passages[0].sentence


def test_a_name_jieba_takes_for_an_adjective_is_a_name(article_policy):
    terms = key_terms("晶盛的利润有多少", article_policy.lexical)
    assert "晶盛" in terms.subjects
    reply = article_policy.ask("晶盛的利润有多少")  # the profit the article gives is 卧龙's park's
    assert reply.outcome != "answered"
    assert any("晶盛" in item for item in reply.missing)
    assert article_policy.ask("卧龙的利润有多少").outcome == "answered"


def test_a_name_opening_an_english_question_is_a_name(article_policy):
    reply = article_policy.ask("Jingsheng 2022 revenue?")  # the revenue the article gives is the Wolong park's
    assert reply.outcome != "answered"
    assert any("Jingsheng" in item for item in reply.missing), reply.missing  # named as the question writes it
    reply = article_policy.ask("Wolong park total investment?")
    assert reply.outcome == "answered", reply.missing
    assert "60亿元" in reply.passages[0].sentence


def test_a_community_the_article_never_names_is_not_the_one_it_does(article_policy):
    reply = article_policy.ask("鸿运社区人才公寓总建筑面积多少?")
    assert reply.outcome == "not_covered"
    assert reply.missing == ["鸿运"]
    assert article_policy.ask("未来社区有几个").outcome == "answered"  # 未来: a word the article uses


def test_a_city_before_a_name_is_no_prefix(article_policy):
    assert "上海" in article_policy.ask("上海新天地算曹娥已完工的楼宇吗").missing  # not the article's 滨江新天地
