"""What a question sets aside (除了卧龙，还有…; "Besides Jingsheng, which other…"): the answer names something
else, and a thing the article names alone is no answer. Real model on the real article."""

from __future__ import annotations

import pytest

from qa.retrieval.policy.exclusion import listed_with_others, set_aside
from qa.retrieval.policy.terms import key_terms


@pytest.mark.parametrize(("question", "rest", "excluded"), [
    ("除了卧龙，曹娥街道还有哪些龙头企业？", "曹娥街道还有哪些龙头企业？", "卧龙"),
    ("除了它还有啥拿奖了", "还有啥拿奖了", "它"),  # no comma: it ends before 还
    ("除已完工的以外，还有多少个楼宇项目在按期推进？", "还有多少个楼宇项目在按期推进？", "已完工的"),
    ("上虞经开区之外曹娥还依托哪两个平台", "曹娥还依托哪两个平台", "上虞经开区"),
    ("e遊小鎮除了大數據以外,還引進了哪些項目?", "e遊小鎮還引進了哪些項目?", "大數據"),  # 以外 ends 除了's phrase
    ("不算上市公司，曹娥有多少高新技术企业？", "曹娥有多少高新技术企业？", "上市公司"),
    ("那三大平台里,除去e游小镇,另外两个是哪两个?", "那三大平台里,另外两个是哪两个?", "e游小镇"),
    ("Besides Jingsheng, which other leading company is Caoe bringing in?",
     "which other leading company is Caoe bringing in?", "Jingsheng"),
    ("Which projects other than the Wolong park are provincial key projects?",
     "Which projects are provincial key projects?", "the Wolong park"),
])
def test_what_a_question_sets_aside_is_read_apart_from_what_it_asks(question, rest, excluded):
    assert set_aside(question) == (rest, excluded)


@pytest.mark.parametrize("question", [
    "除夕曹娥有什么活动", "消除隐患的工作做得怎么样", "除非下雨，活动照常举行吗", "省级以上高新技术企业有多少家",
    "What else is in the article?", "except",
])
def test_a_question_setting_nothing_aside(question):
    assert set_aside(question) is None


def test_a_thing_is_listed_where_a_mark_joins_it_to_another_in_its_clause():
    text = ("重点引进晶盛、卧龙等龙头企业,加快推进卧龙智慧新能源产业化项目、晶盛产业园项目建设,"
            "卧龙集团“电机产业大脑”和“未来工厂”")
    first, second, third = (i for i in range(len(text)) if text.startswith("卧龙", i))
    assert listed_with_others(text, first, first + 2)  # 晶盛、卧龙
    assert listed_with_others(text, second, second + 2)  # 卧龙…项目、晶盛…
    assert not listed_with_others(text, third, third + 2)  # 和 joins the two things quoted after it
    quoted = "按照“一楼一总部”“一楼一特色”,规划“两轴四区”"
    assert listed_with_others(quoted, quoted.index("一楼一总部"), quoted.index("一楼一总部") + 5)  # back to back
    assert not listed_with_others(quoted, quoted.index("两轴四区"), quoted.index("两轴四区") + 4)


def test_the_names_set_aside_are_no_terms_the_answer_must_hold(article_policy):
    terms = key_terms("除了卧龙，曹娥街道还有哪些龙头企业？", article_policy.lexical)
    assert terms.excluded == ["卧龙"] and "卧龙" not in terms.terms
    assert terms.besides == "卧龙以外的其他龙头企业"
    described = key_terms("除已完工的以外，还有多少个楼宇项目在按期推进？", article_policy.lexical)
    assert described.excluded == [] and described.besides is None  # anything else answers
    assert "else" not in key_terms("What else does Cao'e plan for talent?", article_policy.lexical).terms


@pytest.mark.parametrize(("question", "answering"), [
    ("除了卧龙，曹娥街道还有哪些龙头企业？", "晶盛、卧龙等龙头企业"),
    ("除了鸿雁社区，曹娥街道还在建设哪个未来社区？", "德济苑"),  # not the sentence on 鸿雁社区 alone
    ("除了升级电机产业大脑,街道还新搞了哪个产业大脑?", "风机产业大脑"),  # another of the kind asked
    ("那三大平台里,除去e游小镇,另外两个是哪两个?", "曹娥江旅游度假区三大平台"),
    ("人才专班除了“一对一”联系,还建了什么工作机制?", "“点对点”服务工作机制"),
    ("除了“一楼一总部”,还有个“一楼一”什么?", "“一楼一特色”"),
    ("除了晶盛，还有哪个项目是浙江省重点项目？", "作为浙江省重点项目"),  # the rest of the question, without 晶盛
    ("除已完工的以外，还有多少个楼宇项目在按期推进？", "15个项目"),
    ("卧龙产业园除了新增销售收入,每年还能交多少税?", "税收6.55亿元"),  # figures in a row: no list needed
    ("Besides Wolong's new energy project, which other industrial park project is being sped up?", "晶盛产业园项目"),
])
def test_what_else_is_answered_by_the_sentence_naming_it(article_policy, question, answering):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert answering in reply.passages[0].sentence


@pytest.mark.parametrize(("question", "lacking"), [
    ("除了倪博文，重大项目服务专班里还有谁", "倪博文以外的其他人"),
    ("除了倪博文，还有哪位干部走访了在建项目？", "倪博文以外的其他人"),  # 倪/nr 博文/nr: the name whole
    ("除了倪博文，專班裡還有誰", "倪博文以外的其他人"),
    # the article calls only the 卧龙 park so; a list of other projects does not say they are
    ("除了卧龙智慧新能源产业园，还有哪个项目是浙江省重点项目？", "卧龙智慧新能源产业园以外的其他项目"),
])
def test_what_the_article_names_alone_has_nothing_else_beside_it(article_policy, question, lacking):
    reply = article_policy.ask(question)
    assert reply.outcome != "answered"
    assert lacking in reply.missing
    assert lacking in reply.message


def test_where_nothing_else_is_named_what_the_article_says_of_the_thing_is_marked(article_policy):
    reply = article_policy.ask("除了卧龙智慧新能源产业园，还有哪个项目是浙江省重点项目？")
    assert reply.outcome == "partial"
    assert "作为浙江省重点项目" in reply.passages[0].sentence  # not the 晶盛 sentence after it
    assert "卧龙智慧新能源产业园" in reply.passages[0].sentence


def test_an_amount_asked_of_another_thing_is_not_asked_besides_the_one_set_aside(article_policy):
    terms = key_terms("除了卧龙产业园的年利润，晶盛项目一年利润多少？", article_policy.lexical)
    assert terms.excluded == ["卧龙"] and terms.besides is None  # the amount is 晶盛's, reported missing as such


@pytest.mark.parametrize(("question", "answering"), [
    ("龙盛总部还没建好吧?现在进展咋样", "全部按期顺利推进中"),  # 进展 asks only how it stands
    ("皇马总部大楼的建设现状怎么样", "全部按期顺利推进中"),
])
def test_a_word_asking_how_something_stands_is_no_term_to_find(article_policy, question, answering):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert answering in reply.passages[0].sentence
