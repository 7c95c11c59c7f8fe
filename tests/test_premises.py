"""What a question takes for granted: a figure stated in a question that asks something else ("那15家上市公司
是哪几家") is checked against the passages offered, a quoted name credited to a company (晶盛机电的“电机产业
大脑”) against the company the article credits, and a setback a question assumes ("为什么要停掉风机产业大脑",
"同比下降了多少") must be reported there; the real model on the real article."""

from __future__ import annotations

import pytest

from qa.ingest.words import to_simplified
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.terms import key_terms


@pytest.fixture(scope="module")
def assistant(article_policy) -> AnswerPolicy:
    return article_policy


@pytest.mark.parametrize(("question", "asked", "given"), [
    ("总投资80亿元的卧龙智慧新能源产业园，预计每年能赚多少利润？", "80亿元", "60亿元"),
    ("曹娥街道引进的36个楼宇经济项目总投资有多少？", "36个", "26个"),
    ("曹娥街道那15家上市公司都有哪些？", "15家", "10家"),
    ("能引进一万多名人才的那个人才公寓在哪个社区？", "一万多名", "4900余人"),
])
def test_a_figure_taken_for_granted_that_the_article_gives_otherwise_is_corrected(assistant, question, asked,
                                                                                    given):
    reply = assistant.ask(question)
    assert reply.differs == [(asked, given)]
    assert reply.message.startswith(f"文章写的是{given}，不是{asked}")
    assert any(given in passage.text for passage in reply.passages[:3])


def test_a_traditional_question_is_corrected_in_its_own_script(assistant):
    reply = assistant.ask("鴻雁社區人才公寓總建築面積約23萬平方米，預計可以引進幾多人才？")
    assert reply.differs == [("約23萬平方米", "约32万平方米")]
    assert reply.message.startswith("文章寫的是約32萬平方米，不是約23萬平方米")
    assert reply.outcome == "answered" and "4900余人" in reply.passages[0].sentence  # what it asks is answered


@pytest.mark.parametrize("question", [
    "曹娥引进的那26个楼宇经济项目，完工了的有哪几个？",  # the marked 8个建设项目 counts the finished ones
    "除了世邦商務樓和濱江新天地，另外6個已完工的項目是哪些？",  # 6 others of the 8
    "街道推进社区建设时借助了哪两个省级试点？",  # the number is asked
    "工業增加值成長18.3%是指什麼",  # 18.3% is there, beside another 增加值's 15%
    "曹娥街道那10家上市公司都有哪些？",
    "Which of Cao'e's 36 building projects are finished?",  # English reaches the nouns too loosely to check
])
def test_a_figure_the_passages_bear_out_or_that_is_no_premise_is_left_alone(assistant, question):
    assert assistant.ask(question).differs == []


@pytest.mark.parametrize(("question", "asked", "given"), [
    ("晶盛机电的“电机产业大脑”获得了哪项省级荣誉？", "晶盛机电", "卧龙集团"),
    ("2022年卧龙集团获评“浙江省制造业重点行业亩均效益领跑者”了吗", "卧龙集团", "晶盛机电"),  # a claim too
    ("臥龍集團2022年獲評「浙江省製造業重點行業畝均效益領跑者」之後，仲攞咗咩其他獎？", "臥龍集團", "晶盛机电"),
])
def test_a_quoted_name_credited_to_the_wrong_company_is_corrected(assistant, question, asked, given):
    reply = assistant.ask(question)
    assert (asked, given) in reply.differs


@pytest.mark.parametrize("question", [
    "卧龙集团的“电机产业大脑”获得了什么荣誉？",
    "晶盛机电2022年获评“浙江省制造业重点行业亩均效益领跑者”了吗",
    "2021年晶盛机电获评“浙江省制造业重点行业亩均效益领跑者”那年，卧龙集团拿了哪两项殊荣？",  # 2021年 is not 晶盛's
])
def test_a_quoted_name_credited_to_its_company_is_no_difference(assistant, question):
    assert not any(given in ("卧龙集团", "晶盛机电") for _, given in assistant.ask(question).differs)


@pytest.mark.parametrize(("question", "event"), [
    ("曹娥街道为什么要停掉风机产业大脑？", "停掉风机产业大脑"),
    ("德濟苑社區點解會被取消未來社區試點資格？", "取消未来社区试点资格"),
    ("e游小镇为什么今年停止运营了？", "停止运营"),
    ("晶盛机电产业园二期项目为什么比原计划推迟了一年？", "推迟"),
    ("为什么曹娥街道的规上工业增加值下降了？", "下降"),
])
def test_a_setback_the_article_never_reports_has_no_reason_to_give(assistant, question, event):
    reply = assistant.ask(question)
    assert reply.outcome != "answered"
    assert event in reply.missing and "原因" not in reply.missing
    assert event in to_simplified(reply.message.split("。")[0])  # a Traditional asker sees it in Traditional


@pytest.mark.parametrize(("question", "event"), [
    ("今年一季度曹娥街道规上工业增加值同比下降了多少？", "下降"),  # it grew 18.3%
    ("萬順大廈落成後會有邊間公司將總部搬入去？", "搬入"),
    ("卧龙集团搬离曹娥街道后去了哪里？", "搬离曹娥街道"),
])
def test_an_amount_or_a_name_of_a_setback_never_reported_is_not_answered(assistant, question, event):
    reply = assistant.ask(question)
    assert reply.outcome != "answered" and event in reply.missing


@pytest.mark.parametrize(("question", "event"), [
    ("曹娥街道为什么要停掉风机产业大脑？", ("停掉", "停掉风机产业大脑")),
    ("晶盛机电为什么把总部从曹娥搬到了杭州？", ("搬到", "搬到")),
    ("倪博文被调离专班的原因是什么", ("调离", "调离专班")),
    ("在卧龙集团把总部迁到杭州之后，产业园改由哪家公司运营？", ("迁到", "迁到杭州")),  # jieba's 迁/到
    ("卧龙为什么选择在曹娥投资", None),  # no setback: investing is said in words of one's own too freely
    ("靛蓝航空那架飞机的客舱为啥会冒烟？", None),  # the article has 客舱内出现烟雾
    ("失信彩鈴可以自己取消掉嗎？", None),  # a yes-or-no question asks its verb (see KeyTerms.predicate)
])
def test_the_setback_a_question_takes_for_granted_is_read(assistant, question, event):
    assert key_terms(question, assistant.lexical).event == event


def test_a_why_question_whose_event_is_reported_is_answered(assistant):
    reply = assistant.ask("为什么说要打造坚韧的产业链和强大的产业集群？")
    assert reply.outcome == "answered" and "产业核心竞争力" in reply.passages[0].sentence
