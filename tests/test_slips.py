"""Questions typed on a phone: same-sound slips of a pinyin keyboard, mistyped English, chat
abbreviations and greetings typed with a slip, on the real article."""

from __future__ import annotations

import pytest

from qa.ingest import bilingual
from qa.render import answer_html
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.slips import SlipReader
from qa.retrieval.policy.triage import triage


@pytest.fixture(scope="module")
def slips(standin_retriever) -> SlipReader:
    return SlipReader(standin_retriever.lexical, standin_retriever.passages)


@pytest.mark.parametrize(("typed", "meant"), [
    ("曹娥街到今年一季度外资到位多少", "曹娥街道今年一季度外资到位多少"),
    ("卧龙智慧新能源产业圆总投资多少", "卧龙智慧新能源产业园总投资多少"),
    ("今年一季度限上零受額累計多少", "今年一季度限上零售額累計多少"),  # a Traditional question keeps its script
    ("红雁社区的人才公寓能引进多少人才", "鸿雁社区的人才公寓能引进多少人才"),
])
def test_a_character_typed_for_another_of_the_same_sound_is_read_as_the_article_s_word(slips, typed, meant):
    assert slips.corrected(typed) == meant


@pytest.mark.parametrize("question", [
    "那个推进会叫什么来着",  # 来着 is no 来者, though the dictionary lacks it
    "鸿雁社区人才公寓面积多大",  # nor 多大 多达
    "数字经济发展主要靠什么",  # 济发 straddles two words; 激发 is not meant
    "网络党群驿站在哪里",
    "晶盛机电去年赢收多少",  # 应收 sounds the same, but the article never writes it after 去年
])
def test_words_that_are_no_slip_are_left_as_typed(slips, question):
    assert slips.corrected(question) == question


@pytest.mark.parametrize(("typed", "meant"), [
    ("what new modle did caoe explore for atracting talnt", "what new model did caoe explore for attracting talent"),
    ("retial sales growth in the first quarter", "retail sales growth in the first quarter"),
])
def test_a_mistyped_english_word_is_read_as_the_word_leading_to_the_article(slips, typed, meant):
    assert slips.corrected(typed) == meant


@pytest.mark.parametrize("question", [
    "Whose record did Miroslav Klose break?",  # a capital marks a name
    "What honour did Jingsheng receive?",  # British spelling
    "what did caoe and hongyan build",  # the article's names in pinyin
])
def test_names_and_other_spellings_are_no_english_slip(slips, question):
    assert slips.corrected(question) == question


def test_abbreviations_are_written_out_inside_chinese_text_too():
    assert bilingual.spelled_out("一季度增加值YoY增长多少") == "一季度增加值year-on-year增长多少"
    assert bilingual.spelled_out("how many bldg projects r on schedule") == (
        "how many building projects are on schedule")
    assert bilingual.spelled_out("U.S. R&D spending") == "U.S. R&D spending"


@pytest.mark.parametrize(("text", "intent"), [
    ("尼好 在吗", "hello"), ("谢谢你的帮住", "thanks"), ("thx u r so helpful 😊", "thanks"),
    ("嗯你好请问一下 你你能帮我干什么", "help"),
])
def test_a_greeting_typed_with_a_slip_is_still_a_greeting(text, intent):
    assert (triage(text).kind, triage(text).intent) == ("greeting", intent)


@pytest.mark.parametrize(("text", "question"), [
    ("whos the ceo of wolong grp? thx", "whos the ceo of wolong grp?"), ("外资到位多少 谢谢", "外资到位多少"),
    ("外資到位多少？多謝晒🙏", "外資到位多少？"), ("Who says thank you?", "Who says thank you?"),
])
def test_a_closing_thanks_is_no_part_of_the_question(text, question):
    assert (triage(text).kind, triage(text).question) == ("question", question)


def test_a_question_that_begins_with_a_courtesy_s_sound_is_still_a_question():
    assert triage("你号码是多少").kind == "question"  # ni hao ma, then a question


def test_the_answer_says_how_the_question_was_read(article_policy: AnswerPolicy):
    answer = article_policy.ask("今年一季度限上零受额多少")
    assert answer.outcome == "answered" and not answer.missing  # 零受额 was reported missing, and declined
    assert "1.5亿元" in answer.passages[0].text
    assert answer.question == "今年一季度限上零受额多少"
    assert answer.read_as == "今年一季度限上零售额多少" == answer.to_json()["read_as"]
    assert "已按此理解" in answer_html(answer) and "零售额" in answer_html(answer)


def test_a_question_without_slips_says_nothing_about_its_reading(article_policy: AnswerPolicy):
    answer = article_policy.ask("今年一季度限上零售额多少")
    assert answer.read_as is None and "已按此理解" not in answer_html(answer)
