"""Messages in languages neither Chinese nor English: telling them, and the replies they get on the real article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.retrieval.policy.languages import other_language

GOLD = Path(__file__).parent / "gold"


@pytest.mark.parametrize(("question", "language"), [
    ("卧龙の新エネルギー産業園の総投資額はいくらですか", "ja"),
    ("曹娥街道에는 상장회사가 몇 개 있나요?", "ko"),
    ("Combien d'entreprises cotées en bourse compte le sous-district de Caoe ?", "fr"),
    ("cuanto dinero invirtio el grupo Wolong en el parque", "es"),
    ("Wie viele Talente soll die Hongyan-Gemeinde anziehen?", "de"),
    ("Сколько стоил проект парка Волун?", "ru"),
    ("Tổng vốn đầu tư của khu công nghiệp Wolong là bao nhiêu?", "vi"),
    ("Quantas empresas listadas existem em Caoe?", "pt"),
    ("ما هو إجمالي الاستثمار في منطقة تساوأ؟", "ar"),
])
def test_a_question_in_another_language_is_told_by_its_script_or_its_words(question, language):
    assert other_language(question) == language


@pytest.mark.parametrize("question", [
    "Ni Bowen age",  # names in pinyin read to fastText as Esperanto or Polish
    "He Shengming donation to Nie Xin",
    "altitude of Que'er Mountain (Chola Mountain)",
    "Caoe young cadre training plan name",
    "numbr of talnt apartmnts hongyan", "jingsheng prk compltion dat",  # a phone's English
    "Where is the Musée d'Orsay mentioned?",  # a French name in English
    "小鲜肉の日常是哪篇文章写的",  # Chinese with a kana in it
    "滨江新天地是when完工的",
    "曹娥街道嘅人才公寓有幾多套？",
    "2023", "？？", "",
])
def test_chinese_english_and_names_in_pinyin_are_no_other_language(question):
    assert other_language(question) is None


def test_no_question_or_greeting_of_the_gold_sets_in_chinese_or_english_is_read_as_another_language():
    """Junk and code (lorem ipsum, HTML) are told by triage before the language is asked."""
    questions = [json.loads(line) for path in sorted(GOLD.glob("*.jsonl"))
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    read = [q.get("question") or q["text"] for q in questions if q.get("lang") in ("zh", "zh-hant", "en", "mixed")
            and q.get("label", q.get("kind")) not in ("junk", "code")]
    assert len(read) > 1000
    assert [q for q in read if other_language(q)] == []


def test_a_question_in_another_language_gets_the_passage_nearest_in_meaning_said_to_be_unchecked(article_policy):
    reply = article_policy.ask("와룡 스마트 신에너지 산업단지의 총 투자 규모는 얼마인가요?")
    assert reply.outcome == "partial" and reply.answerable and reply.missing == [], (reply.outcome, reply.missing)
    assert reply.message.startswith("I read questions in Chinese and English, so I could not check")
    assert "60亿元" in reply.passages[0].sentence and reply.passages[0].confidence == "medium"
    assert all(hit.confidence != "high" for hit in reply.passages)


@pytest.mark.parametrize("question", [
    "Wie backe ich einen Apfelkuchen ohne Ei?",
    "Quelle est la meilleure saison pour visiter le Maroc ?",
    "как правильно заваривать зелёный чай",
])
def test_an_unrelated_question_in_another_language_is_not_covered(article_policy, question):
    reply = article_policy.ask(question)
    assert reply.outcome == "not_covered" and not reply.answerable, (reply.outcome, reply.evidence)
    assert reply.message.startswith("I read questions in Chinese and English, and found nothing in the article")
    assert all(hit.confidence == "low" for hit in reply.passages)


@pytest.mark.parametrize(("message", "intent"), [
    ("Bonjour !", "hello"), ("안녕하세요", "hello"), ("Hola, ¿quién eres?", "help"),
    ("ありがとうございます", "thanks"), ("Спасибо за помощь", "thanks"), ("tschüss", "bye"),
])
def test_a_greeting_in_another_language_gets_the_greeting_reply_saying_what_is_read(article_policy, message, intent):
    reply = article_policy.ask(message)
    assert reply.outcome == "greeting" and not reply.passages, reply.outcome
    assert reply.message.isascii() or "《" in reply.message  # English, around the article's title
    said = "Ask in Chinese or English" if intent == "help" else "I read questions in Chinese and English."
    assert (said in reply.message) == (intent != "bye"), reply.message
    assert reply.message.count("Chinese and English") <= 1, reply.message


def test_a_question_after_a_greeting_in_another_language_is_searched_without_it(article_policy):
    reply = article_policy.ask("Bonjour, quel est l'investissement total du parc industriel de Wolong ?")
    assert reply.outcome == "partial" and "60亿元" in reply.passages[0].sentence, (reply.outcome, reply.message)


def test_the_blind_set_in_other_languages_on_the_real_article(article_policy):
    """40 messages in ten languages by a helper who read only the article (``tests/gold/languages.jsonl``):
    greetings get the greeting reply, unrelated questions are not answered, most answered ones have the right
    passage first and are offered, and no reply claims more than medium confidence. (Near-topic ones are
    mostly offered too: see the README's known limits.)"""
    rows = [json.loads(line) for line in (GOLD / "languages.jsonl").read_text(encoding="utf-8").splitlines()]
    replies = {row["id"]: article_policy.ask(row["question"]) for row in rows}
    of_kind = {kind: [row for row in rows if row["kind"] == kind] for kind in ("greeting", "out_of_scope", "foreign")}
    greeted = [row["id"] for row in of_kind["greeting"] if replies[row["id"]].outcome == "greeting"]
    assert len(greeted) >= 3, greeted  # of 4
    assert not any(replies[row["id"]].answerable for row in of_kind["out_of_scope"])
    offered = [row["id"] for row in of_kind["foreign"] if replies[row["id"]].answerable
               and row["answer"] in replies[row["id"]].passages[0].text]
    assert len(offered) >= 12, offered  # of 20
    assert not any(hit.confidence == "high" for row in rows for hit in replies[row["id"]].passages)
    told = [row["id"] for row in rows if row["kind"] != "greeting" and other_language(row["question"])]
    assert len(told) >= 33, told  # of 36
