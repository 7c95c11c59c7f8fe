"""Whose fact it is: a figure the article gives of 曹娥街道 is no answer about the district around it
(上虞区), a town it never names (百官街道), or another project; asked of the right subject, with or
without the district written in front, it still is."""

from __future__ import annotations

import pytest

from qa.ingest.bilingual import is_pinyin, is_pinyin_name
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.evidence import Evidence
from qa.retrieval.policy.terms import key_terms


@pytest.fixture(scope="module")
def assistant(article_policy) -> AnswerPolicy:
    return article_policy


@pytest.mark.parametrize(("question", "lacking"), [
    ("上虞区有多少家高新技术企业", "上虞"),  # the title's 上虞区曹娥街道: the article is about 曹娥街道
    ("上虞區有幾家上市公司", "上虞"),
    ("上虞区一季度规上工业总产值是多少", "上虞"),
    ("How many listed companies does Shangyu have?", "shangyu"),  # not the shangyun of 上云
    ("上虞区楼宇经济项目一共投资了多少钱", "上虞"),  # 按照上虞区…规划,目前,曹娥街道…,共引入…26个
    ("百官街道有几家上市公司", "百官"),  # a town the article never names, though 百官 is a common word
    ("上虞区百官街道有几家上市公司", "百官"),  # the district in front, the wrong town after it
    ("How many listed companies are there in Keqiao District?", "keqiao"),  # a place's pinyin, not in the article
    ("how many listed companies does songxia town have", "songxia"),
])
def test_a_fact_the_article_gives_of_another_subject_is_not_given_as_the_answer(assistant, question, lacking):
    reply = assistant.ask(question)
    assert reply.outcome != "answered"
    assert any(lacking in item.lower() for item in reply.missing), reply.missing


@pytest.mark.parametrize(("question", "answering"), [
    ("上虞区曹娥街道有多少家高新技术企业", "81家"),
    ("曹娥街道有几家上市公司", "10家上市公司"),
    ("上虞区曹娥街道一季度规上工业总产值是多少", "103.4亿元"),
    ("上虞区委区政府提出了什么主战略", "青春之城"),  # said of 上虞区 itself
    ("上虞区的青春之城建设哪年起步", "起步之年"),
    ("曹娥街道一季度限上零售额是多少", "1.5亿元"),
    ("鸿雁社区的人才公寓能引进多少人才", "4900余人"),
    ("绍兴上虞的曹娥街道有几家上市公司", "10家上市公司"),  # places in front only say where it is
    ("浙江绍兴上虞区曹娥街道有多少家高新技术企业", "81家"),
    ("How many listed companies does Cao'e Subdistrict have?", "10家上市公司"),
])
def test_the_same_facts_asked_of_their_own_subject_are_answered(assistant, question, answering):
    reply = assistant.ask(question)
    assert reply.outcome == "answered" and reply.missing == []
    assert any(answering in sentence for sentence in reply.passages[0].marked_sentences())


@pytest.mark.parametrize(("question", "place"), [
    ("百官街道有几家上市公司", "百官"),  # jieba: 百官/n
    ("崧厦街道有几家上市公司", "崧厦"),  # jieba: 崧/yg 厦/ng
    ("章镇镇有几家上市公司", "章镇镇"),
])
def test_a_name_before_a_word_for_a_town_is_a_place_asked_about(article_retriever, question, place):
    assert place in key_terms(question, article_retriever.lexical).subjects


@pytest.mark.parametrize(("question", "subjects"), [
    ("你住在哪个街道", []),  # a question word
    ("这条街道叫什么", []),  # a demonstrative and a measure word
    ("曹娥街道有几个未来社区", ["曹娥"]),  # 社区 ends common nouns (未来社区): no town word
])
def test_words_that_only_point_at_a_town_name_none(article_retriever, question, subjects):
    assert key_terms(question, article_retriever.lexical).subjects == subjects


@pytest.mark.parametrize(("text", "name", "spelled"), [
    ("推进企业上市、上云、上规、上榜", "shangyu", False),  # shang|yun: not a syllable boundary
    ("推进企业上市、上云、上规、上榜", "shangyun", True),
    ("作为上虞区的桥头堡", "shangyu", True),
    ("兴元湖公园", "xingyuanhu", True),  # a name run over several words
])
def test_a_pinyin_name_is_found_syllable_for_syllable(article_retriever, text, name, spelled):
    assert Evidence._of_text(text, article_retriever.lexical).spells(name) is spelled


@pytest.mark.parametrize(("question", "subjects"), [
    ("绍兴上虞的曹娥街道有几家上市公司", ["曹娥", "上市公司"]),
    ("上虞区百官街道有几家上市公司", ["百官", "上市公司"]),
    ("上虞区委区政府提出了什么主战略", ["上虞"]),  # 区委 is no place
    ("上虞区楼宇经济项目一共投资了多少钱", ["上虞", "楼宇"]),  # jieba's 楼宇/nr is a common word
    ("上虞和曹娥街道有几家上市公司", ["上虞", "曹娥", "上市公司"]),  # two places, neither in front of the other
    ("浙江省绍兴市上虞区曹娥街道有几家上市公司", ["曹娥", "上市公司"]),  # 绍兴市 is not the articles' word
    ("今年以来中暑的武汉市民中，有多少名重症中暑患者？", ["武汉市", "民中"]),  # jieba: 武汉市/民中, no place
])
def test_a_place_written_in_front_of_another_name_only_says_where_it_is(article_retriever, question, subjects):
    assert key_terms(question, article_retriever.lexical).subjects == subjects


@pytest.mark.parametrize(("word", "pinyin"), [
    ("keqiao", True), ("shangyu", True), ("baiguan", True), ("district", False), ("denver", False),
    ("xian", False),  # one syllable: too short to tell
])
def test_a_word_is_read_as_pinyin_only_when_it_is_whole_syllables(word, pinyin):
    assert is_pinyin(word) is pinyin


@pytest.mark.parametrize(("word", "name"), [("songxia", True), ("chinese", False), ("china", False)])
def test_an_english_word_spelled_in_syllables_is_no_pinyin_name(word, name):
    assert is_pinyin_name(word) is name  # chi-ne-se: "Chinese city" names no place in pinyin


@pytest.mark.parametrize(("clause", "opens"), [
    ("曹娥街道结合自身特色", True),  # 曹娥/nr 街道: a place's name, whatever jieba's tag
    ("也属于南门供热站供热", False),  # a station mentioned, not the clause's subject
    ("共引入楼宇经济项目26个", False),
])
def test_a_clause_is_about_the_place_it_opens_with(article_retriever, clause, opens):
    assert Evidence._of_text(clause, article_retriever.lexical).opens_with_other([]) is opens
