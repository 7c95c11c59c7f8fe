"""A message asking two things: each part answered, each answering sentence marked, a part left unanswered named."""

from __future__ import annotations

import pytest

from qa.render import answer_html
from qa.retrieval.contract import Answer, Hit
from qa.retrieval.policy.compound import parts


@pytest.fixture(scope="module")
def lexical(article_retriever):
    return article_retriever.lexical


@pytest.mark.parametrize(("question", "expected"), [
    ("卧龙智慧新能源产业园总投资多少，达产后每年利润多少？",
     ["卧龙智慧新能源产业园总投资多少", "达产后每年利润多少？"]),
    ("兰某常是在哪儿被抓的？还有他买假身份证花了多少钱？", ["兰某常是在哪儿被抓的", "还有他买假身份证花了多少钱？"]),
    ("孟晚舟保释金总额是多少以及保释后每天几点到几点必须待在家里？",
     ["孟晚舟保释金总额是多少", "保释后每天几点到几点必须待在家里？"]),
    ("王某今年多大？最后被判了什么刑？", ["王某今年多大", "最后被判了什么刑？"]),  # jieba cuts 多/大
    ("那架A320最后在哪儿紧急着陆、有没有乘客受伤？", ["那架A320最后在哪儿紧急着陆", "有没有乘客受伤？"]),
    ("What did police seize and how many people were arrested?",
     ["What did police seize", "how many people were arrested?"]),
    ("How many shops did Yu Mo pair up with, and how old is he?",
     ["How many shops did Yu Mo pair up with", "how old is he?"]),
    ("陈某最后判了多久 还有他那晚到底喝了多少", ["陈某最后判了多久", "还有他那晚到底喝了多少"]),  # a phone's space
    ("朱某这回被判了什么，卖她冰毒的丹阳光头抓到没", ["朱某这回被判了什么", "卖她冰毒的丹阳光头抓到没"]),
    ("孟晚舟保释金一共多少、要几个保释人", ["孟晚舟保释金一共多少", "要几个保释人"]),
    ("ec一平被几辆车撞了，最后拿了第几名啊", ["ec一平被几辆车撞了", "最后拿了第几名啊"]),
    ("how many sea turtles were seized, also how much money was involved",
     ["how many sea turtles were seized", "how much money was involved"]),
    # one question: a condition or topic before it, a list of things, one question word shared, a relative clause
    ("如果签了合同，后来又反悔了，怎么办？", None),
    ("卧龙和晶盛，哪个投资更多？", None),
    ("2022年晶盛机电和卧龙集团分别获得了什么荣誉？", None),
    ("这个活动是什么时候、在哪里举办的？", None),
    ("How long was Wang, who poisoned his labmate, sentenced to?", None),
    ("How many men and women were hurt?", None),
    ("曹娥街道几乎所有企业都上云了吗？", None),
])
def test_a_message_is_split_where_one_asking_clause_ends_and_another_begins(lexical, question, expected):
    assert parts(question, lexical) == (expected or [question])


def test_two_questions_in_one_message_are_both_answered_with_both_sentences_marked(article_policy):
    answer = article_policy.ask("曹娥街道今年一季度规上工业总产值多少，街道现在有几家上市公司")
    assert answer.outcome == "answered" and not answer.missing, (answer.outcome, answer.missing)
    assert answer.parts == ["曹娥街道今年一季度规上工业总产值多少", "街道现在有几家上市公司"]
    marked = [sentence for hit in answer.passages[:2] for sentence in hit.to_json()["sentences"]]
    assert any("103.4亿元" in s for s in marked) and any("10家上市公司" in s for s in marked), marked
    assert answer.answering == 2
    same = article_policy.ask("卧龙产业园投了多少钱?达产以后一年能多出多少销售收入")  # one sentence answers both
    assert same.outcome == "answered" and same.answering == 1 and "150亿元" in same.passages[0].sentence
    # asked alone, the first question gets one sentence: the other part's passage is not first
    single = article_policy.ask("曹娥街道今年一季度规上工业总产值多少")
    assert single.parts == [] and "103.4亿元" in single.passages[0].sentence


def test_a_part_the_article_does_not_answer_is_named_and_the_other_still_answered(article_policy):
    answer = article_policy.ask("卧龙智慧新能源产业园达产后每年能贡献多少税收？这个项目是哪天开工的？")
    assert answer.outcome == "partial" and answer.missing == ["开工"], (answer.outcome, answer.missing)
    assert "6.55亿元" in answer.passages[0].sentence and answer.passages[0].confidence == "high"
    answer = article_policy.ask("鸿雁社区的人才公寓建筑面积有多大？什么时候能建成交付？")
    assert answer.outcome == "partial" and "交付" in answer.missing, (answer.outcome, answer.missing)
    assert "32万平方米" in answer.passages[0].sentence


@pytest.mark.parametrize(("earlier", "question", "said"), [
    ("Who is Ni Bowen?", "which team does he work on", "重大项目服务专班"),
    ("曹娥街道第一季限上零售額是多少?", "成長幅度呢?", "80.5%"),
])
def test_a_follow_up_marks_the_sentence_about_what_it_continues(article_policy, earlier, question, said):
    """A part or follow-up without its own subject (and the second part of a message, see above) is
    checked with the words of the question it continues: the sentence marked is about that subject."""
    answer = article_policy.ask(question, history=[earlier])
    first = answer.passages[0]
    assert answer.searched_with == earlier and first.carries_evidence and said in first.sentence, first


def _hit(rank: int, text: str, span: tuple[int, int], also=(), confidence="high") -> Hit:
    return Hit(f"doc.txt#{rank}", rank, 0.9, "doc.txt", None, "body", text, text[span[0]:span[1]], span,
               confidence=confidence, also_spans=tuple(also))


def test_a_passage_answering_two_parts_marks_both_sentences_and_each_answering_passage_is_open():
    both = _hit(1, "甲乙。丙丁。戊己。", (6, 9), also=[(0, 3)])
    other = _hit(2, "庚辛。壬癸。", (3, 6))
    rest = _hit(3, "子丑。", (0, 3))  # carries evidence for one part, but is no part's first passage
    assert both.pieces() == [("甲乙。", True), ("丙丁。", False), ("戊己。", True)]
    assert both.to_json()["sentences"] == ["甲乙。", "戊己。"] and both.to_json()["sentence"] == "戊己。"
    asked = ["一问？", "二问？", "三问？"]
    html = answer_html(Answer("问？", True, [both, other, rest], outcome="answered", parts=asked, answering=2))
    assert html.count('class="qa-answer"') == 3 and "子丑。</blockquote>" not in html  # the two open passages' marks
    assert "分 3 问作答" in html and "<li>一问？</li><li>二问？</li><li>三问？</li>" in html
    assert html.index('data-rank="2"') < html.index("更多段落 · More passages (1)") < html.index('data-rank="3"')
