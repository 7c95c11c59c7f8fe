"""What a thing the article names is or means ("“三区融合”是什么意思", "e游小镇是干什么的"): a sentence that only
names it is no answer; one saying what it is, beside its name, is marked. Real model on the real article."""

from __future__ import annotations

import pytest

from qa.ingest.words import to_simplified
from qa.retrieval.policy.meaning import explains, meaning_asked

BUILDINGS = ("今年以来,曹娥街道深刻把握“八八战略”,以建设“青春之城”为契机,谋实谋细谋深一批围绕网络大城市、"
             "“青春之城”建设的大项目好项目新项目,加快推进卧龙智慧新能源产业化项目、晶盛产业园项目建设,大力推进"
             "万顺大厦、皇马总部等一批“一江两岸”总部楼宇建设,构筑起产业高质量发展的坚实基础,"
             "全力打造高能级科技创新平台体系。")
COMMUNITY = "近日,作为浙江省首批24个未来社区试点创建项目之一,绍兴地区首个未来社区——曹娥街道鸿雁社区,备受创业者关注。"
PARK = ("其中,作为浙江省重点项目,总投资60亿元打造的卧龙智慧新能源产业园,达产后,预计每年可新增销售收入150"
        "亿元,年利润18.74亿元,可实现税收6.55亿元。")
CAZ = ("曹娥街道在谋划发展楼宇经济的同时,做精做优特色产业,按照“一楼一总部”“一楼一特色”,规划“两轴四区”发"
       "展布局,培育城市CAZ(中央活动区),推进楼宇二次招商,以形成功能完善、特色明显、适度集聚的总部经济群与"
       "产业发展新格局。")
RIDERS = ("以网络党群驿站为例,发挥圆通快递员、外卖员、网约车司机等“红骑先锋”走街串巷的优势,鼓励其参与基层社会治"
          "理,")
INNOVATION = ("晶盛联合创新园项目在建设完成投入使用后,可为客户提供硅片设备和硅片生产线测试,加快创新过程,也有利于企业"
              "培育高质量的研发、工艺等方面专业人才。")
AWARDS = ("2022年,晶盛机电荣获“浙江省制造业重点行业亩均效益领跑者”,卧龙集团“电机产业大脑”和“未来工厂”收"
          "获全省制造业高质量发展两项殊荣。")
STRATEGY = "随着今年初上虞区委区政府提出建设“青春之城”主战略,曹娥街道以超常规力度和举措推动各项工作取得新进展,"


@pytest.mark.parametrize(("question", "thing"), [
    ("“八八战略”到底是啥意思？", "八八战略"),
    ("什么叫楼宇二次招商", "楼宇二次招商"),
    ("產業大腦指的是什麼？", "产业大脑"),
    ("这个“以才引才”的说法该怎么理解", "以才引才"),
    ("e游小镇主要是用来干什么的", "e游小镇"),
    ("万顺大厦是干嘛", "万顺大厦"),  # the 嘛 of 干嘛 is no particle
    ("德济苑是个什么样的社区", "德济苑"),
    ("晶盛联合创新园建成以后是做什么用的", "晶盛联合创新园"),
    ("What does 'Youth City' mean?", "Youth City"),
    ("What is the 'Eight-Eight Strategy' (八八战略)?", "八八战略"),
    ("What is Hongyan community?", "Hongyan community"),
    ("“CAZ”这个缩写翻译过来是什么意思", "CAZ"),  # the name, not the translating
    ('Explain "lianzhu daidong" (chain-leader driving).', "lianzhu daidong"),  # the quoted name, not its gloss
])
def test_what_a_thing_is_asked(article_policy, question, thing):
    assert meaning_asked(to_simplified(question), article_policy.lexical) == thing


@pytest.mark.parametrize("question", [
    "卧龙智慧新能源产业园的年利润是多少",
    "曹娥街道的目标定位是什么",  # an aspect of the article's subject, not a thing named
    "倪博文是干什么的",  # a person's work
    "小倪是干什么的",  # by a nickname
    "晶盛机电是做什么的",  # a company's business
    "那位技术人员在干什么？",  # an action asked
    "曹娥街道的现代社区改革试点是哪几个社区？",  # which ones
    "What's Jingsheng's stock ticker?",
    "What's the name of the group (卧龙集团) that won two honours?",  # its name asked, not what it is
    "What is the total investment of the Wolong park?",
    "What does Ni Bowen do on his visits?",
])
def test_other_questions_ask_no_meaning(article_policy, question):
    assert meaning_asked(to_simplified(question), article_policy.lexical) is None


@pytest.mark.parametrize(("sentence", "thing"), [
    (CAZ, "城市CAZ"),  # a gloss in brackets after it
    (COMMUNITY, "鸿雁社区"),  # a description before a dash
    (COMMUNITY, "Hongyan community"),
    (PARK, "卧龙产业园"),  # 作为…, 总投资…打造的: its words close together
    (BUILDINGS, "皇马总部"),  # the kind it is listed as: 等一批“一江两岸”总部楼宇
    (RIDERS, "红骑先锋"),  # its members listed before it
    (INNOVATION, "晶盛联合创新园"),  # what it does, as the subject
    (STRATEGY, "青春之城"),  # what was put forward as what
])
def test_a_sentence_saying_what_the_thing_is_explains_it(article_policy, sentence, thing):
    assert explains(to_simplified(sentence).lower(), thing, article_policy.lexical)


@pytest.mark.parametrize(("sentence", "thing"), [
    (BUILDINGS, "八八战略"),  # only grasped
    (BUILDINGS, "网络大城市"),
    (COMMUNITY, "未来社区"),  # the kind of another thing
    (CAZ, "两轴四区"),  # only planned
    (AWARDS, "未来工厂"),  # only said to win an honour
    (AWARDS, "亩均效益领跑者"),
    (RIDERS, "网络党群驿站"),  # only an example
    ("曹娥街道相关负责人表示。", "曹娥街道"),  # 负责人 is no 负责
    (BUILDINGS, "人才码"),  # its words apart (人才…码) are not it
])
def test_a_sentence_only_naming_the_thing_does_not_explain_it(article_policy, sentence, thing):
    assert not explains(to_simplified(sentence).lower(), thing, article_policy.lexical)


@pytest.mark.parametrize(("question", "missing"), [
    ("“八八战略”到底是啥意思？", "“八八战略”的含义"),
    ("产业大脑指的是什么", "“产业大脑”的含义"),
    ("「一樓一總部」係咩意思？", "“一楼一总部”的含义"),
    ("What does 'two axes, four zones' (两轴四区) refer to?", "what “两轴四区” is"),
])
def test_a_thing_the_article_only_names_is_said_to_be_unexplained(article_policy, question, missing):
    reply = article_policy.ask(question)
    assert reply.outcome == "partial"
    assert missing in reply.missing
    assert missing in to_simplified(reply.message)  # a Traditional asker sees it in Traditional


@pytest.mark.parametrize(("question", "answering"), [
    ("城市CAZ指的是什么", "中央活动区"),
    ("德济苑是个什么样的社区？", "德济苑等2个未来社区"),
    ("晶盛联合创新园是用来干嘛的", "可为客户提供"),
    ("曹娥街道是个什么地方？", "桥头堡"),  # the passage saying it, not the one nearest the words
    ("红骑先锋指的是什么人", "外卖员"),
    ("What is Hongyan community?", "绍兴地区首个未来社区"),
    ("What is the Wolong smart new-energy park?", "总投资60亿元打造的"),
    ("「青春之城」係乜嘢嚟？", "主战略"),  # past the captions and headings naming it
])
def test_a_thing_the_article_explains_is_answered_by_the_sentence_saying_what_it_is(
        article_policy, question, answering):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert answering in reply.passages[0].sentence


@pytest.mark.parametrize("question", ["什么是数字乡村？", "“最多跑一次”改革是什么意思"])
def test_a_thing_the_article_never_names_is_not_answered(article_policy, question):
    assert article_policy.ask(question).outcome != "answered"
