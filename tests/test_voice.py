"""Questions said aloud, as a phone's voice input writes them: hesitations, restarts, slips taken back,
words heard for others of the same sound and a story told first, on the real article."""

from __future__ import annotations

import pytest

from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.framing import without_asides
from qa.retrieval.policy.slips import SlipReader
from qa.retrieval.policy.voice import as_typed


@pytest.mark.parametrize(("said", "typed"), [
    ("嗯 曹娥街道有几家上市公司", "曹娥街道有几家上市公司"),
    ("跟建设职业技术学院 呃 合作的是什么", "跟建设职业技术学院 合作的是什么"),  # the pause it filled
    ("红烧肉怎么做 就是那个 要放多少冰糖", "红烧肉怎么做，要放多少冰糖"),  # two in one pause; 就是: a clause ends
    ("嗯曹娥街道有几家上市公司", "曹娥街道有几家上市公司"),  # a sound no word is written with, glued on
    ("um how much uh is the total investment", "how much is the total investment"),
    ("so like what is cao'e known for", "what is cao'e known for"),
    ("那個那個 紅騎先鋒 即係邊啲人", "紅騎先鋒 即係邊啲人"),
    ("今天 今天心情怎么样", "今天心情怎么样"),
    ("曹娥曹娥街道有几家上市公司", "曹娥街道有几家上市公司"),
    ("hello hello can you hear me", "hello can you hear me"),
    ("民警叫余墨还是什么 他在警务站处理了多少起警情", "民警叫余墨 他在警务站处理了多少起警情"),  # unsure of a name
])
def test_hesitations_and_restarts_are_left_out(said, typed):
    assert as_typed(said) == typed


@pytest.mark.parametrize(("said", "typed"), [
    ("人才公寓能引进人才 四万九 不对 四千九百多 是不是", "人才公寓能引进人才 四千九百多 是不是"),
    ("目標要成長 百分之五十 不對 百分之多少", "目標要成長 百分之多少"),
    ("曹娥有十家 呃不对 我是想问 曹娥街道一共有几家上市公司", "曹娥街道一共有几家上市公司"),
    ("what was the profit no sorry the tax of the park", "what was the tax of the park"),
    ("how much did wolong i mean jingsheng invest", "how much did jingsheng invest"),
    ("那个招商引资不对招商引智的领导小组", "那个招商引智的领导小组"),  # no pause: the words started again
    ("how long is the subway line to young low i mean the yang luo line",
     "how long is the subway line to the yang luo line"),
])
def test_a_slip_taken_back_is_replaced_by_what_follows(said, typed):
    assert as_typed(said) == typed


@pytest.mark.parametrize("typed", [
    "那个人才公寓有多大",  # 那个 before its noun is no hesitation
    "what is it like to live in caoe",  # nor a "like" that means something
    "哈哈哈哈",  # a laugh stays whole, for triage
    "谢谢谢谢",
    "项目对外开放吗", "哪些项目不对外开放", "这个说法对不对",  # 不对 inside a clause takes nothing back
    "卧龙产业园不对晶盛产业园投资多少",  # nor without a pause or a start said again
    "嗯嗯",  # nothing but a hesitation: triage reads it
])
def test_what_is_no_hesitation_restart_or_slip_taken_back_stays(typed):
    assert as_typed(typed) == typed


@pytest.mark.parametrize("said", [
    "喂 喂 你好 能听到吗", "hello hello um is this thing on", "謝謝你啊 辛苦了 那就 拜拜",
    "你好啊 小助手 今天 今天心情怎么样", "hello, is this working?",
])
def test_a_greeting_said_aloud_gets_the_greeting_s_reply(article_policy: AnswerPolicy, said):
    answer = article_policy.ask(said)
    assert answer.outcome == "greeting" and not answer.passages


def test_the_reply_shows_the_reading_when_a_slip_was_taken_back(article_policy: AnswerPolicy):
    answer = article_policy.ask("卧龙智慧新能源产业园 一年的销售收入 呃 不对 一年的利润是多少")
    assert answer.read_as == "卧龙智慧新能源产业园 一年的利润是多少"
    assert article_policy.ask("嗯 那个 曹娥街道有几家上市公司").read_as is None  # a hesitation changes nothing asked


@pytest.fixture(scope="module")
def slips(standin_retriever) -> SlipReader:
    return SlipReader(standin_retriever.lexical, standin_retriever.passages)


@pytest.mark.parametrize(("heard", "meant"), [
    ("红艳社区的人才公寓有多大", "鸿雁社区的人才公寓有多大"),  # two characters, each a word's: 鸿雁 before 社区
    ("曹娥街道规划了什么布局 两周四区吗", "曹娥街道规划了什么布局 两轴四区吗"),  # 周四 is a word; four characters
    ("红旗先锋 指的是哪些人", "红骑先锋 指的是哪些人"),
])
def test_a_word_heard_for_the_article_s_word_of_the_same_sound_is_read_as_it(slips, heard, meant):
    assert slips.corrected(heard) == meant


@pytest.mark.parametrize("question", [
    "红艳是谁",  # two characters with no neighbour the article writes beside 鸿雁
    "下周四有什么活动",  # 周四 beside 下, which the article never writes beside 两轴四区's characters
])
def test_a_word_of_the_same_sound_without_the_article_s_neighbour_stays(slips, question):
    assert slips.corrected(question) == question


@pytest.mark.parametrize(("said", "meant"), [
    ("服务专班的倪博文 尼博文 负责什么", "服务专班的倪博文 负责什么"),  # the try the article does not write
    ("卧龙 握龙 产业园投资多少", "卧龙 产业园投资多少"),  # 握龙 read as 卧龙: the same said twice
    ("三个现代社区改革试点 伯文、和城、聚英 在哪", "三个现代社区改革试点 博文、和城、聚英 在哪"),  # a name alone
])
def test_a_name_said_twice_or_alone_is_read_as_the_article_writes_it(slips, said, meant):
    assert slips.corrected(said) == meant


@pytest.mark.parametrize(("told", "asked"), [
    ("我昨天路过鸿雁社区那边看到在盖楼 就是想问一下那个人才公寓总建筑面积有多大",
     "鸿雁社区，那个人才公寓总建筑面积有多大"),
    ("我们小区楼下经常有外卖小哥戴着红袖章，红骑先锋指的是哪些人", "红骑先锋指的是哪些人"),
    ("我是曹娥街道的居民，这里有几家上市公司", "曹娥街道，这里有几家上市公司"),
])
def test_a_story_told_before_the_question_is_cut_to_what_the_articles_name(standin_retriever, told, asked):
    assert without_asides(told, standin_retriever.lexical) == asked


def test_a_story_in_traditional_script_is_cut_at_its_own_words_for_asking(standin_retriever):
    said = as_typed("欸我是從台灣來玩的，想問一下，曹娥街道有幾家上市公司")
    assert without_asides(said, standin_retriever.lexical) == "曹娥街道有幾家上市公司"


def test_a_clause_in_the_first_person_that_asks_stays(standin_retriever):
    question = "我想知道卧龙智慧新能源产业园总投资多少"
    assert without_asides(question, standin_retriever.lexical) == question


@pytest.mark.parametrize(("said", "answer_holds"), [
    ("我前两天去红艳社区那边办事 就是想问一下 那个人才公寓 能引进多少人才啊", "4900余人"),
    ("嗯 那个 卧龙智慧新能源产业园 一年的销售收入 呃 不对 一年的利润是多少", "18.74亿元"),
    ("曹娥街道那个 那个发展布局 是 两周四区吗", "两轴四区"),
    ("我们单位好多人都在讨论 就是想问一下 红旗先锋 到底是哪些人", "红骑先锋"),
    ("um so how much uh is the total investment in the wolong smart new energy industrial park", "60亿元"),
])
def test_a_dictated_question_is_answered_with_its_sentence_marked(article_policy: AnswerPolicy, said,
                                                                  answer_holds):
    answer = article_policy.ask(said)
    assert answer.outcome == "answered" and not answer.missing, (answer.outcome, answer.missing)
    assert answer_holds in answer.passages[0].sentence
