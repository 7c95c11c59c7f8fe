"""Things named by what the article says of them ("拿了全省两项殊荣的那个集团，它的新能源产业园投了多少钱？"): the
description is searched on its own, and the rest of the question is asked of the name it points at, or
after the description as a follow-up where it names none. Real model on the real article."""

from __future__ import annotations

import pytest

from qa.ingest.sentences import with_antecedent
from qa.retrieval.policy.description import Described, described, referent
from qa.retrieval.policy.terms import key_terms

AWARDS = ("2022年,晶盛机电荣获“浙江省制造业重点行业亩均效益领跑者”,卧龙集团“电机产业大脑”和“未来工厂”"
          "收获全省制造业高质量发展两项殊荣。")
CADRE = ("近日,曹娥街道重大项目服务专班的年轻干部倪博文挨个走访他所服务的在建企业项目,并向项目负责人了解工程进度,"
         "帮助协调解决项目建设中的困难和问题。")
COMMUNITY = "近日,作为浙江省首批24个未来社区试点创建项目之一,绍兴地区首个未来社区——曹娥街道鸿雁社区,备受创业者关注。"
PARK = "其中,作为浙江省重点项目,总投资60亿元打造的卧龙智慧新能源产业园,达产后,预计每年可新增销售收入150亿元。"


@pytest.mark.parametrize(("question", "description", "head", "rest"), [
    ("拿了全省两项殊荣的那个集团，它在曹娥的新能源产业园投了多少钱？", "拿了全省两项殊荣的那个集团", "集团",
     "它在曹娥的新能源产业园投了多少钱？"),
    ("那个挨个走访在建项目的年轻干部，属于哪个专班？", "那个挨个走访在建项目的年轻干部", "年轻干部", "属于哪个专班？"),
    ("總投資超過一百億嘅那批樓宇項目，有幾多個已經完工？", "總投資超過一百億嘅那批樓宇項目", "项目",
     "有幾多個已經完工？"),
    ("预计引进4900多名人才那个社区，人才公寓面积多大？", "预计引进4900多名人才那个社区", "社区", "人才公寓面积多大？"),
    ("The company that was named a per-mu efficiency leader — what is its new park for?",
     "The company that was named a per-mu efficiency leader", "company", "what is its new park for?"),
])
def test_a_description_the_question_opens_with_is_read_apart_from_what_it_asks(
        article_policy, question, description, head, rest):
    found = described(question.replace("嘅", "的"), article_policy.lexical)
    assert found is not None
    assert (found.head, found.rest) == (head, rest)
    assert found.description == description.replace("嘅", "的")


@pytest.mark.parametrize("question", [
    "借助e游小镇的平台，街道准备引入哪些新技术项目？",  # a means, not a thing pointed at
    "找街道帮忙协调项目的话，打电话还是加微信？",  # a condition
    "卧龙集团的新能源产业园，总投资多少？",  # named, not described
    "那个新能源产业园总投资多少？",  # one clause: nothing asked of a description
    "The Wolong park, how much did it cost?",
    "The one that — what?",  # says nothing of it
])
def test_a_question_describing_nothing(article_policy, question):
    assert described(question, article_policy.lexical) is None


def test_the_rest_is_asked_of_the_name_in_place_of_the_word_pointing_back():
    assert Described("…的那个集团", "集团", "集团", "它在曹娥的产业园投了多少钱？").asked_of("卧龙集团") == (
        "卧龙集团在曹娥的产业园投了多少钱？")
    assert Described("…的那個集團", "集团", "集团", "他們的產業園投了多少錢？").asked_of("卧龙集团") == (
        "卧龙集团的產業園投了多少錢？")
    assert Described("…的那个社区", "社区", "社区", "人才公寓有多大？").asked_of("鸿雁社区") == (
        "鸿雁社区，人才公寓有多大？")
    assert Described("The company that …", "company", "company", "what is its new park for?").asked_of(
        "晶盛机电") == "what is 晶盛机电's new park for?"


@pytest.mark.parametrize(("sentence", "question", "name"), [
    (AWARDS, "拿了全省两项殊荣的那个集团，它投了什么项目？", "卧龙集团"),  # the clause bearing the description out
    (AWARDS, "被评为亩均效益领跑者的那家企业，它有什么新项目？", "晶盛机电"),
    (CADRE, "那个挨个走访在建项目的年轻干部，属于哪个专班？", "倪博文"),  # a person after the kind word
    (PARK, "投了60亿的那个新能源产业园，每年交多少税？", "卧龙智慧新能源产业园"),  # the nouns before it
    (COMMUNITY, "同鸿雁一起推进的那个未来社区，有多少户居民？", None),  # the one it names is the one set apart
])
def test_the_name_pointed_at_is_read_from_the_sentence_bearing_the_description_out(
        article_policy, sentence, question, name):
    found = described(question, article_policy.lexical)
    assert found is not None
    terms = key_terms(found.description, article_policy.lexical).terms
    assert referent(sentence, found, terms, article_policy.lexical) == name


@pytest.mark.parametrize(("question", "answering", "read_as"), [
    ("拿了全省两项殊荣的那个集团，它在曹娥搞的新能源产业园总共投了多少钱？", "总投资60亿元", "卧龙集团在曹娥"),
    ("相入面嗰個有自動裝配線嘅集團車間，佢哋喺曹娥搞嘅新能源產業園總投資幾多？", "总投资60亿元", "卧龙集团车间"),
    ("那个引进大数据、云计算项目的小镇，是街道招商依托的三大平台之一吗？", "三大平台", "e游小镇"),
    # no name: the rest asked after the description, as a follow-up
    ("那批总投资超过100亿元的楼宇经济项目，已经完工了几个？", "8个建设项目已完工", None),
    ("The community that is one of Zhejiang's first 24 future-community pilots — how many talents will its "
     "talent apartment attract?", "4900余人", None),
])
def test_what_is_asked_of_a_thing_described_is_answered_by_the_sentence_saying_it(
        article_policy, question, answering, read_as):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert answering in reply.passages[0].sentence
    assert (reply.read_as or "").startswith(read_as) if read_as else reply.read_as is None


@pytest.mark.parametrize("question", [
    "投资80亿的那个新能源产业园，什么时候开工？",  # the article's park cost 60亿
    "同鸿雁一起推进的那个未来社区，有多少户居民？",
])
def test_a_description_the_article_does_not_bear_out_names_nothing(article_policy, question):
    reply = article_policy.ask(question)
    assert reply.read_as is None
    assert reply.outcome != "answered" or reply.differs


def test_a_sentence_pointing_back_is_matched_with_the_name_before_it():
    before = "近日,绍兴地区首个未来社区——曹娥街道鸿雁社区,备受创业者关注。"
    assert with_antecedent(before, "该社区规划建设人才公寓项目。") == "曹娥街道鸿雁社区 该社区规划建设人才公寓项目。"
    assert with_antecedent(before, "该项目总投资60亿元。") == "该项目总投资60亿元。"  # no 项目 before it
    assert with_antecedent(before, "社区规划建设人才公寓项目。") == "社区规划建设人才公寓项目。"


@pytest.mark.parametrize(("question", "answering"), [
    ("鸿雁社区能引进多少人才", "4900余人"),  # 该社区规划建设人才公寓项目…: about 鸿雁社区
    ("鸿雁社区除了产城融合，还要建成哪种类型的未来社区？", "居创共享型"),
])
def test_what_a_sentence_says_of_the_thing_named_before_it_answers(article_policy, question, answering):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert answering in reply.passages[0].sentence


def test_a_figure_of_the_thing_described_that_the_article_gives_otherwise_is_said(article_policy):
    reply = article_policy.ask("那个总投资80亿的新能源产业园，达产后每年能交多少税？")
    assert reply.differs == [("80亿", "60亿元")]
    assert reply.message.startswith("文章写的是60亿元，不是80亿")
    assert "税收6.55亿元" in reply.passages[0].sentence


@pytest.mark.parametrize(("question", "name"), [
    ("挨个走访在建项目的那个年轻干部，叫什么名字？", "倪博文"),
    ("预计能引进4900多名人才的那个社区，叫啥？", "鸿雁社区"),  # named in the sentence before 该社区…
    ("2022年拿了亩均效益领跑者的那家企业，是哪家？", "晶盛机电"),
])
def test_which_thing_is_described_is_answered_by_the_sentence_naming_it(article_policy, question, name):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert name in reply.passages[0].sentence
    assert reply.read_as is None  # the name is the answer, not a subject to ask of
