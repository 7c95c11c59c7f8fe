"""Taiwan, Hong Kong and Singapore or Malaysia wording: regional words read as the articles' mainland ones,
on the real article, and what the replies show a Traditional asker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import policy_beside_the_article

from qa.ingest.words import Tokenizer
from qa.retrieval.policy.cantonese import in_mandarin
from qa.retrieval.policy.regional import in_mainland_words

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer(set())


@pytest.mark.parametrize(("question", "written", "read"), [
    ("臥龍的馬達產業", {"电机"}, "臥龍的電機產業"),  # the list, shown in the question's script
    ("卧龙的马达产业", {"电机"}, "卧龙的电机产业"),
    ("晶片的軟體", {"软件", "芯片"}, "芯片的軟件"),  # OpenCC's Taiwan phrases (芯片 in Simplified, as OpenCC writes it)
    ("晶片的程序", {"进程"}, "晶片的程序"),  # OpenCC's table only for Traditional (TW 程序 is a process)
    ("坐巴士去", {"大巴"}, "坐大巴去"),  # the first mainland word the articles write
    ("马达加斯加的马达", {"电机"}, "马达加斯加的电机"),  # a whole word only
    ("坐巴士去", {"巴士", "公交车"}, "坐巴士去"),  # the articles' own word is kept
    ("坐巴士去", set(), "坐巴士去"),  # nor read as a word the articles do not write either
])
def test_a_regional_word_is_read_as_the_mainland_word_the_articles_write(tokenizer, question, written, read):
    assert in_mainland_words(question, tokenizer, written.__contains__) == read


def test_a_taiwan_question_is_answered_in_the_articles_words_and_says_how_it_was_read(article_policy):
    reply = article_policy.ask("曹娥除了先進裝備製造和汽車零組件，另一個策略性新興產業是什麼？")
    assert reply.outcome == "answered", (reply.outcome, reply.missing)
    assert "零部件" in reply.read_as and "戰略性" in reply.read_as, reply.read_as
    assert "新能源新材料" in reply.passages[0].sentence


@pytest.mark.parametrize(("question", "answer"), [
    ("曹娥街道有幾家上市櫃公司？", "10家上市公司"),
    ("臥龍的馬達產業大腦拿到什麼肯定？", "电机产业大脑"),
    ("曹娥要培育多少家數位轉型的標竿企業", "标杆企业30家"),
])
def test_regional_words_of_taiwan_are_no_terms_the_article_lacks(article_policy, question, answer):
    reply = article_policy.ask(question)
    assert reply.answerable and reply.missing == [], (reply.outcome, reply.missing)
    assert answer in reply.passages[0].text


def test_a_regional_word_the_articles_write_is_kept(embedder, tmp_path):
    policy = policy_beside_the_article(tmp_path, {"bus.txt": "上虞巴士公司今年新开通巴士线路12条，日均客流3万人次。\n"},
                                       embedder)
    reply = policy.ask("上虞今年新開了幾條巴士線路？")
    assert reply.answerable and reply.read_as is None, (reply.outcome, reply.read_as)
    assert "12条" in reply.passages[0].sentence


def test_what_the_article_lacks_is_named_in_the_characters_the_asker_typed(article_policy):
    reply = article_policy.ask("街道在推動哪些軟體產業？")
    assert "軟體" in reply.message and "软体" not in reply.message, reply.message
    assert any("软体" in term for term in reply.missing), reply.missing  # the JSON keeps the form the checks read


@pytest.mark.parametrize("message", [
    "早晨！你可以幫我做啲咩？", "你係咩嚟㗎？", "請問你是誰啊？可以幫我做什麼", "你識答啲咩問題？",
])
def test_help_asked_in_hong_kong_and_taiwan_wording_gets_the_help_reply(article_policy, message):
    reply = article_policy.ask(message)
    assert reply.outcome == "greeting" and not reply.passages, (reply.outcome, reply.message)


def test_cantonese_not_yet_and_spent_are_read_in_mandarin():
    assert in_mandarin("佢哋判咗死刑未？") == "他们判了死刑没有？"
    assert in_mandarin("個案判咗死刑未？") == "個案判了死刑沒有？"
    assert in_mandarin("佢使咗幾多錢？") == "他花了多少錢？"
    assert in_mandarin("未來點樣？") == "未來怎樣？"  # 未 only closing a Cantonese question


def test_the_blind_set_in_regional_wording_on_the_real_article(article_policy):
    """40 messages as readers in Taiwan, Hong Kong and Singapore or Malaysia type them, by a helper who read only
    the article (``tests/gold/regional.jsonl``): greetings get the greeting reply, unrelated questions are not
    answered, answered ones have the right passage first and nothing reported missing, near-topic ones are not
    answered or name what is missing."""
    rows = [json.loads(line) for line in (GOLD / "regional.jsonl").read_text(encoding="utf-8").splitlines()]
    replies = {row["id"]: article_policy.ask(row["question"]) for row in rows}
    of_kind = {kind: [row for row in rows if row["kind"] == kind]
               for kind in ("greeting", "out_of_scope", "regional", "near_topic")}
    greeted = [row["id"] for row in of_kind["greeting"] if replies[row["id"]].outcome == "greeting"]
    assert len(greeted) >= 4, greeted  # of 5
    declined = [row["id"] for row in of_kind["out_of_scope"] if not replies[row["id"]].answerable]
    assert len(declined) >= 4, declined  # of 5
    answered = [row["id"] for row in of_kind["regional"] if replies[row["id"]].outcome == "answered"
                and row["answer"] in replies[row["id"]].passages[0].text]
    assert len(answered) >= 15, answered  # of 20
    told = [row["id"] for row in of_kind["near_topic"] if not replies[row["id"]].answerable
            or replies[row["id"]].missing]
    assert len(told) >= 8, told  # of 10
