"""Courtesy with more talk around it: "你好 我是第一次用这个", "好的 谢谢 没有别的问题了", "that's all I
needed, bye". The talk asks nothing of the articles, so the reply is the courtesy's, not a passage or a
list of "terms" the articles lack; a question, a request, a topic or a claim said with courtesy is still
searched. Real model, real article (and articles written here beside it that use the talk's words)."""

from __future__ import annotations

import pytest
from conftest import policy_beside_the_article

from qa.retrieval.policy import replies
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.triage import reply_language, triage

TALK = [
    ("你好 我是第一次用这个", "hello"),
    ("喂 喂 你好 嗯 我这个 我这个是第一次用", "hello"),
    ("好的 谢谢 没有别的问题了", "thanks"),
    ("早上好！今天终于不用加班了，心情不错～", "hello"),
    ("谢谢 不过回答有点长 手机上看着累", "thanks"),
    ("不好意思 刚才打错字了", "sorry"),
    ("唔好意思 啱啱打錯字 sorry", "sorry"),
    ("唔該晒 我阿爸好鍾意睇呢啲新聞", "thanks"),
    ("多謝 冇嘢問喇 拜拜", "thanks"),
    ("你好 我是曹娥的居民 随便看看", "hello"),  # what the asker tells of themselves, whatever it names
    ("hello hello 测试一下 能收到吗", "hello"),
    ("Hi there, okay thanks, that's all I needed, bye", "thanks"),
    ("hi, just trying this out on my new phone", "hello"),
    ("sorry, typo in my last message", "sorry"),
    ("你好 请问直接打字问就行吗", "help"),  # asking of the chat itself, in no words of the articles
    ("谢谢 回答得很好 不过字能不能再大一点", "thanks"),
    ("谢谢 你们这个是哪个单位做的啊 还挺好用", "thanks"),
    ("hi, can i just type my question", "hello"),
    ("嘩 咁快就答到 多謝你呀 好用過我想像中好多", "thanks"),  # the courtesy said between the talk
    ("嗯嗯 收到 谢谢 我转给我们领导看一下", "thanks"),  # 给我们…看: no request
    ("你是机器人还是真人啊 😂", "help"),
    ("哇 回得真快 厉害👍", "thanks"),  # the courtesy last, after talk
    ("好了没别的事了 谢谢你 拜拜 祝你周末愉快", "thanks"),
    ("你好 我年纪大了 眼睛不太好 是女儿帮我打的字", "hello"),
]


def _courtesy_reply(policy: AnswerPolicy, intent: str, said: str) -> str:
    lang = reply_language(said)
    return replies.say(intent, lang, titles=policy.titles(lang), source=replies.source(len(policy.overviews)))


@pytest.mark.parametrize(("said", "intent"), TALK)
def test_talk_around_courtesy_gets_the_courtesy_s_reply(article_policy: AnswerPolicy, said, intent):
    answer = article_policy.ask(said)
    assert answer.outcome == "greeting" and not answer.passages and not answer.missing
    assert answer.message.startswith(_courtesy_reply(article_policy, intent, said)), answer.message


LIFE = ("熬夜加班的年轻人", ["不少年轻人刚下班又熬夜玩手机，心情烦躁时就刷新闻，医生提醒这会伤身。",
                          "刚才提到的加班问题，公司表示以后不会再有，员工心情不错，打字聊天也多了。"])


@pytest.fixture(scope="module")
def life_policy(tmp_path_factory, embedder) -> AnswerPolicy:
    title, paragraphs = LIFE
    return policy_beside_the_article(tmp_path_factory.mktemp("chatter"),
                                     {"life.txt": title + "\n\n" + "\n\n".join(paragraphs) + "\n"}, embedder)


@pytest.mark.parametrize(("said", "intent"), [
    ("早上好！今天终于不用加班了，心情不错～", "hello"),
    ("谢谢 不过回答有点长 手机上看着累", "thanks"),
    ("晚上好 刚下班 在地铁上随便翻翻新闻", "hello"),
    ("不好意思 刚才打字打错了", "sorry"),
])
def test_talk_stays_talk_where_the_articles_use_its_words(life_policy: AnswerPolicy, said, intent):
    answer = life_policy.ask(said)
    assert answer.outcome == "greeting" and not answer.passages
    assert answer.message.startswith(_courtesy_reply(life_policy, intent, said)), answer.message


@pytest.mark.parametrize(("said", "answering"), [
    ("你好，曹娥街道有几家上市公司", "10家上市公司"),
    ("你好，鸿雁社区人才公寓的总建筑面积", "32万平方米"),  # a topic alone, no question word
    ("你好 我想了解一下鸿雁社区的人才公寓能引进多少人才", "4900余人"),
    ("谢谢 那再说说卧龙智慧新能源产业园的总投资吧", "60亿元"),
    ("早上好 今天天气不错 卧龙智慧新能源产业园总投资多少", "60亿元"),
    ("卧龙智慧新能源产业园总投资多少 谢谢啊", "60亿元"),
    ("hi, tell me how much the total investment in the wolong smart new energy industrial park is", "60亿元"),
    ("ok so what is the total investment in the wolong smart new energy industrial park", "60亿元"),
    ("你好 一季度外资到位", "697万美元"),  # a verb as a headline has it: a topic, not talk
    ("哦 60亿 不少啊 谢谢 那卧龙产业园的年利润呢", "18.74亿元"),  # courtesy between talk and a question
])
def test_a_question_or_request_said_with_courtesy_is_answered(article_policy: AnswerPolicy, said, answering):
    answer = article_policy.ask(said)
    assert answer.outcome == "answered", (answer.outcome, answer.missing)
    assert answering in answer.passages[0].sentence


@pytest.mark.parametrize(("said", "lacking"), [
    ("你好 比亚迪", "比亚迪"),  # a name alone is asked about, and the articles lack it
    ("谢谢 那宁德时代呢", "宁德"),
])
def test_a_name_the_articles_lack_said_with_courtesy_is_named_as_missing(article_policy: AnswerPolicy, said,
                                                                         lacking):
    answer = article_policy.ask(said)
    assert answer.outcome != "greeting" and lacking in "".join(answer.missing), (answer.outcome, answer.missing)


@pytest.mark.parametrize("said", ["谢谢 你知道明天上海会下雨吗", "hi, can you tell me the weather in Beijing tomorrow"])
def test_an_unrelated_question_said_to_the_assistant_is_not_greeted(article_policy: AnswerPolicy, said):
    answer = article_policy.ask(said)
    assert answer.outcome == "not_covered"


@pytest.mark.parametrize("said", ["好的 还有呢", "谢谢 那利润呢", "ok thanks, and the profit?"])
def test_a_follow_up_said_with_courtesy_follows_the_question_before(article_policy: AnswerPolicy, said):
    answer = article_policy.ask(said, history=["卧龙智慧新能源产业园总投资多少"])
    assert answer.outcome == "answered" and "卧龙智慧新能源产业园" in answer.passages[0].text


def test_courtesy_between_two_questions_is_no_term_the_articles_lack(article_policy: AnswerPolicy):
    answer = article_policy.ask("卧龙智慧新能源产业园总投资多少 谢谢 另外晶盛的呢")
    assert answer.outcome == "answered" and answer.missing == []


def test_a_claim_said_with_courtesy_is_checked_not_greeted(article_policy: AnswerPolicy):
    answer = article_policy.ask("你好 卧龙集团成立于1984年")
    assert answer.outcome != "greeting" and answer.passages


@pytest.mark.parametrize(("said", "courtesy"), [
    ("你好，曹娥街道有几家上市公司", "hello"),
    ("曹娥街道有几家上市公司？谢谢啊", "thanks"),  # a particle after the thanks
    ("你好 曹娥街道有几家上市公司 拜拜", "bye"),
    ("不好意思打扰了，曹娥街道有几家上市公司", "sorry"),
    ("曹娥街道有几家上市公司？在线等", None),  # forum framing, no courtesy
    ("曹娥街道有几家上市公司", None),
])
def test_triage_keeps_the_courtesy_a_question_is_said_with(said, courtesy):
    read = triage(said)
    assert read.kind == "question" and read.courtesy == courtesy
    assert read.question.startswith("曹娥街道有几家上市公司")
