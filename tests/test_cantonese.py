"""Written Cantonese read as Mandarin: the table on its own, and questions on the real article."""

from __future__ import annotations

import pytest

from qa.retrieval.policy.cantonese import MANDARIN, in_mandarin


@pytest.mark.parametrize(("typed", "read"), [
    ("國姓爺喺邊度出世？", "國姓爺在哪裡出生？"),
    ("港鐵東涌綫係邊年通車？", "港鐵東涌綫是哪年通車？"),
    ("點解第二次感染唔同型嘅病毒會變重症？", "為什麼第二次感染不同型的病毒會變重症？"),
    ("佢哋之間嘅關係係點樣", "他們之間的關係是怎樣"),  # 關係 keeps its 係
    ("国姓爷喺边度出世", "国姓爷在哪里出生"),  # Simplified in, Simplified out
    ("佢系边个", "他是谁"),
    ("張忠謀係幾時正式退休㗎？", "張忠謀是什麼時候正式退休？"),  # a closing particle is read as nothing
])
def test_cantonese_words_are_read_as_mandarin_in_the_question_s_script(typed, read):
    assert in_mandarin(typed) == read


@pytest.mark.parametrize("question", ["两国关系几十年来怎么样", "體系點評", "曹娥街道的常住人口有多少？",
                                      "What is Caoe known for?"])
def test_mandarin_and_english_are_left_as_typed(question):
    assert in_mandarin(question) == question


def test_every_cantonese_form_is_read_as_something_else():
    assert all(form != mandarin and mandarin for form, mandarin in MANDARIN.items())


@pytest.mark.parametrize(("question", "answer"), [
    ("鴻雁社區嘅人才公寓可以引進幾多人才？", "人才公寓"),
    ("曹娥街道今年第一季外資到位係幾多？", "外资到位"),
])
def test_a_cantonese_question_on_the_article_is_answered_with_no_cantonese_word_missing(article_policy, question,
                                                                                       answer):
    reply = article_policy.ask(question)
    assert reply.outcome == "answered", reply.missing
    assert answer in reply.passages[0].text
