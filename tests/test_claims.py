"""Claims to check: a figure a question states is compared with the answering sentence's, and the reply
says the article's where it differs; a figure the article bears out leaves the answer as it was."""

from __future__ import annotations

import pytest

from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.claims import in_english, stated


@pytest.fixture(scope="module")
def assistant(article_policy) -> AnswerPolicy:
    return article_policy


@pytest.mark.parametrize(("question", "figures"), [
    ("一季度规上工业总产值超过120亿元了吗", [(1.2e10, "元", "over")]),
    ("人才公寓能引进一万多名人才吗", [(1e4, "人", "over")]),
    ("卧龙集团拿了三项殊荣是真的吗", [(3, "项", "")]),
    ("外資到位967萬美元，對嗎", [(9.67e6, "美元", "")]),
    ("今年是枫桥经验50周年吗", [(50, "周年", "")]),
    ("增加值增长不到10%吧", [(10, "%", "under")]),
    ("Is the apartment project about 230,000 square meters?", [(230000, "平方米", "about")]),
    ("Was Jingsheng honoured in 2021?", [(2021, "年份", "")]),
    ("Does the park add 15 billion yuan a year?", [(1.5e10, "元", "")]),
    ("那10家上市公司是哪几家", [(10, "家", "")]),  # taken for granted
    ("How many of the 81 companies are listed?", [(81, "", "")]),
    ("鴻雁社區嘅人才公寓預計可以引進8000幾個人才", [(8000, "个", "over")]),
    ("那个32万方的人才公寓", [(3.2e5, "平方米", "")]),
    ("扔掉的7万块钱在哪找回来的", [(7e4, "元", "")]),
    ("除了世邦商務樓和濱江新天地，另外6個已完工的項目是哪些？", []),  # the rest, not the whole
    ("街道推进社区建设时借助了哪两个省级试点？", []),  # asked
    ("He was on a ventilator 24 hours a day and weighed under 45 kg", []),  # measures not compared
    ("What's the name of Cao'e's No. 1 reform project?", []),  # a name's number
    ("曹娥街道是一个街道吗", []),  # 一个 is "a", no count
    ("鸿雁社区是第二批未来社区吗", []),  # an ordinal
    ("曹娥街道在上虞区吗", []),
])
def test_the_figures_a_question_states_are_read_with_their_unit_and_bound(question, figures):
    assert [(figure.value, figure.unit, figure.bound) for figure in stated(question)] == figures


@pytest.mark.parametrize(("written", "english"), [
    ("150亿元", "15 billion yuan (150亿元)"),
    ("4900余人", "over 4,900 people (4900余人)"),
    ("约32万平方米", "about 320,000 square metres (约32万平方米)"),
    ("81家", "81 (81家)"),
    ("18.3%", "18.3%"),
    ("2022年", "2022"),
])
def test_the_article_figure_is_read_out_for_an_english_reader(written, english):
    assert in_english(written) == english


@pytest.mark.parametrize(("question", "asked", "given"), [
    ("听说曹娥街道有20家上市公司？", "20家", "10家"),
    ("卧龙智慧新能源产业园总投资是150亿元吗", "150亿元", "60亿元"),  # 150亿元 is its sales, in another clause
    ("卧龙产业园的年利润有没有超过20亿", "超过20亿", "18.74亿元"),
    ("一季度外资到位达到1000万美元了吗", "达到1000万美元", "697万美元"),
    ("晶盛机电是2020年获评亩均效益领跑者的吗", "2020年", "2022年"),
])
def test_a_figure_the_article_gives_otherwise_is_corrected_in_the_reply(assistant, question, asked, given):
    reply = assistant.ask(question)
    assert reply.outcome == "answered" and reply.differs == [(asked, given)]
    assert reply.message == f"文章写的是{given}，不是{asked}："
    assert any(given in sentence for sentence in reply.passages[0].marked_sentences())
    assert reply.to_json()["differs"] == [{"asked": asked, "article": given}]


@pytest.mark.parametrize("question", [
    "曹娥街道有10家上市公司，没错吧",
    "一季度规上工业总产值过100亿了吗",  # a bound the article's 103.4亿元 bears out
    "规上工业增加值同比增长了18%左右吗",  # 18.3%, about
    "卧龙产业园达产后每年新增销售收入150亿元是真的吗",  # 150亿元 in its own clause, beside 总投资60亿元
    "人才公寓能引进4000多名人才吗",  # 4900余人
    "一季度外资到位少于1000万美元吗",
])
def test_a_figure_the_article_bears_out_leaves_the_answer_as_it_was(assistant, question):
    reply = assistant.ask(question)
    assert reply.outcome == "answered" and reply.differs == []
    assert reply.message == "文章中的答案："


@pytest.mark.parametrize(("question", "asked", "given"), [
    ("曹娥街道培养年轻干部的计划是不是叫“青年先锋”", "“青年先锋”", "“青苗成长”"),
    ("营商环境优化提升是“一号开放工程”吗", "“一号开放工程”", "“一号改革工程”"),  # the other's, same sentence
])
def test_a_quoted_name_the_article_gives_otherwise_is_corrected(assistant, question, asked, given):
    reply = assistant.ask(question)
    assert reply.differs == [(asked, given)]
    assert reply.message.startswith(f"文章写的是{given}，不是{asked}")


@pytest.mark.parametrize("question", [
    "地瓜经济提能升级是“一号开放工程”吗",
    "曹娥街道规划的是“两轴四区”布局吗",
    "曹娥街道是上虞区的“桥头堡”对吗",  # written there unquoted, beside other quoted names
    "地瓜经济提能升级是曹娥街道的“一号开放工程”吗",  # 街道 ends a name: the quoted name is not of it
    "曹娥街道这个“桥头堡”在哪里",  # asks where: no claim
])
def test_a_quoted_name_the_article_writes_there_is_no_difference(assistant, question):
    reply = assistant.ask(question)
    assert reply.outcome == "answered" and reply.differs == []


def test_traditional_and_english_claims_are_corrected_in_their_own_script(assistant):
    traditional = assistant.ask("今年一季度外資到位有1000萬美元嗎？")
    assert traditional.differs == [("1000萬美元", "697万美元")]  # each as its writer wrote it
    assert traditional.message == "文章寫的是697萬美元，不是1000萬美元："
    english = assistant.ask("Is it true that Cao'e has more than 20 listed companies?")
    assert english.differs == [("more than 20", "10家")]
    assert english.message == "The article says 10 (10家), not more than 20:"


def test_a_year_given_otherwise_is_no_term_the_article_lacks(assistant):
    reply = assistant.ask("Did Jingsheng win the per-mu efficiency leader title in 2020?")
    assert reply.differs == [("2020", "2022年")]
    assert reply.message.startswith("The article says 2022, not 2020")
    assert "2020" not in reply.missing


def test_a_figure_the_answer_does_not_hold_is_left_alone(assistant):
    reply = assistant.ask("曹娥街道常住人口超过10万了吗")  # the article gives no population
    assert reply.differs == [] and reply.outcome != "answered"
