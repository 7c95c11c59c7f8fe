"""Which articles cover a topic: "有哪些关于诈骗的报道？", "关于柑橘的新闻有几篇？", "Is there a story about fraud?".

The reply lists the documents whose passages answer the topic, by title, each with its passage
on it; a topic no document covers is said to be missing. A document named to ask what is in it
(柑橘那篇报道里…) still asks a fact. Real model, real files made here beside the article.
"""

from __future__ import annotations

import pytest
from conftest import policy_beside_the_article

from qa.render import answer_html
from qa.retrieval.policy import cantonese
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.policy.coverage import TopicAsked, topic_asked

CITRUS, BANK, STATION, FOOTBALL = "citrus.txt", "bank.txt", "station.txt", "football.txt"
TEXTS = {
    CITRUS: ("一百万斤柑橘滞销 供销社热心“救援”解难题",
             ["连日来，县供销社下属公司雇用的包装工人们在腊口镇瑶均村收购点，正抓紧时间打包最后一批柑橘。",
              "据了解，截至1月24日，原本滞销的一百万斤柑橘已经卖出九十万斤，剩下的十万斤预计春节前能全部售完。"]),
    BANK: ("7名年轻人伪造资料骗取银行贷款304万元",
           ["7名年轻人合伙帮客户伪造资料，到银行骗取贷款，短短半年间从银行骗得304万元。",
            "法院审理认为，7人以欺骗手段取得银行贷款，构成诈骗类犯罪，分别判处有期徒刑。"]),
    STATION: ("一条信息揪出一个伪基站 男子在酒店被抓正着",
              ["用户反映收到冒充银行的短信，移动公司排查发现附近有伪基站在群发诈骗短信。",
               "民警在酒店房间门口将涉案男子抓获，截获伪基站设备一套，及时阻止了诈骗行为。"]),
    FOOTBALL: ("德甲神剧 领先被补时绝杀",
               ["北京时间周日凌晨，德甲第20轮一场比赛中，客队在领先两球的情况下被主队连扳三球。",
                "主队球员在补时阶段打入制胜球，全场球迷沸腾。"]),
}


@pytest.fixture(scope="module")
def news_policy(tmp_path_factory, embedder) -> AnswerPolicy:
    return policy_beside_the_article(tmp_path_factory.mktemp("coverage"), {
        name: title + "\n\n" + "\n\n".join(paragraphs) + "\n" for name, (title, paragraphs) in TEXTS.items()}, embedder)


@pytest.mark.parametrize(("question", "topic", "counted"), [
    ("有哪些关于消费投诉的报道？", "消费投诉", False),
    ("哪篇文章讲了德甲？", "德甲", False),
    ("哪篇文章是讲德甲的", "德甲", False),
    ("关于柑橘的新闻有几篇？", "柑橘", True),
    ("火灾的新闻有几条", "火灾", True),
    ("有没有写奶粉的文章", "奶粉", False),
    ("有关于亚运会的文章吗", "亚运会", False),
    ("收录的文章里哪些是体育新闻？", "体育", False),
    ("这些报道里哪几篇涉及死刑", "死刑", True),
    ("哪些報導跟學校、學生有關？", "学校、学生", False),
    ("找一下受贿的新闻", "受贿", False),
    ("有冇講詐騙嘅新聞？", "诈骗", False),
    ("有邊幾篇係講健康嘅？", "健康", True),
    ("Which articles are about football?", "football", False),
    ("Is there a story about a kidnapping?", "kidnapping", False),
    ("How many of the stories are about murder?", "murder", True),
    ("any article listing bus routes", "bus routes", False),
    ("Any crime stories?", "crime", False),
])
def test_articles_asked_by_topic_are_read_with_their_topic(question, topic, counted):
    asked = topic_asked(cantonese.in_mandarin(question))
    assert asked is not None and (asked.topic.lower(), asked.counted) == (topic, counted)


@pytest.mark.parametrize("question", [
    "收录了哪些文章？",  # every article: the list of documents answers it
    "有几篇文章",
    "柑橘滞销那篇报道里一共滞销了多少斤？",  # a fact in a report
    "新闻里说驻马店春节期间受理了多少件投诉？",
    "文章里说曹娥街道有几家上市公司？",
    "德甲那篇新闻讲的是什么？",  # one article's overview
    "那篇关于柑橘的报道是哪天发的",
    "这篇文章讲了什么",
    "报道中哪些人被判了死刑",
    "帮我写一篇关于地震的新闻",  # a request to write
    "What is this article about?",
    "What did the story about the oranges say?",
    "In the story about the milk powder, which certification did it get?",
    "Which articles are there?",
    "Which newspaper ran the turtle story?",
])
def test_a_question_about_what_an_article_says_is_no_topic_asked(question):
    assert topic_asked(question) is None


@pytest.mark.parametrize(("topic", "parts"), [
    ("学校、学生", ["学校", "学生"]),
    ("学校和学生", ["学校", "学生"]),
    ("老人被欺负或者被骗", ["老人被欺负", "被骗"]),
    ("courts or trials", ["courts", "trials"]),
    ("毒品案子", ["毒品"]),  # the kind of news item is no topic
    ("赛车比赛", ["赛车"]),
    ("和城社区", ["和城社区"]),  # a name beginning with 和
    ("比赛", ["比赛"]),
])
def test_a_topic_naming_several_things_is_covered_by_any(topic, parts):
    assert TopicAsked(topic, False).parts == parts


def _listed(answer) -> list[str]:
    return [line for line in answer.message.splitlines() if line[:1].isdigit()]


@pytest.mark.parametrize(("question", "heading"), [
    ("有哪些关于诈骗的报道？", "有 2 篇文章谈到“诈骗”："),
    ("有冇講詐騙嘅新聞？", "有 2 篇文章談到“詐騙”："),
    ("关于诈骗的新闻有几篇", "有 2 篇文章谈到“诈骗”："),
])
def test_the_articles_on_a_topic_are_listed_each_with_its_passage(news_policy, question, heading):
    answer = news_policy.ask(question)
    assert (answer.outcome, answer.answerable) == ("overview", True)
    assert answer.message.splitlines()[0] == heading
    assert {line.split("《", 1)[1].rstrip("》") for line in _listed(answer)} == {TEXTS[BANK][0], TEXTS[STATION][0]}
    assert {hit.doc for hit in answer.passages} == {BANK, STATION} and answer.answering == 2
    assert all("诈骗" in hit.sentence and hit.carries_evidence for hit in answer.passages)


def test_one_article_on_a_topic_is_counted_as_one(news_policy):
    answer = news_policy.ask("关于柑橘的新闻有几篇？")
    assert answer.message.splitlines() == ["有 1 篇文章谈到“柑橘”：", f"1. 《{TEXTS[CITRUS][0]}》"]
    assert answer.passages[0].doc == CITRUS and "柑橘" in answer.passages[0].sentence


def test_an_article_on_any_of_the_things_named_is_listed(news_policy):
    answer = news_policy.ask("有哪些关于柑橘或者德甲比赛的新闻？")
    assert answer.message.splitlines()[0] == "有 2 篇文章谈到“柑橘或者德甲比赛”："
    assert [hit.doc for hit in answer.passages] == [CITRUS, FOOTBALL]


def test_english_asks_for_the_articles_in_english(news_policy):
    answer = news_policy.ask("Is there a story about German football?")
    assert answer.outcome == "overview" and answer.message.startswith("1 article covers “German football”:")
    assert [hit.doc for hit in answer.passages] == [FOOTBALL]


@pytest.mark.parametrize(("question", "missing"), [
    ("有没有关于地震的报道？", "地震"),
    ("有关于杭州亚运会的文章吗", "亚运会"),
])
def test_a_topic_no_article_covers_is_said_to_be_missing(news_policy, question, missing):
    answer = news_policy.ask(question)
    assert (answer.outcome, answer.answerable) == ("not_covered", False)
    assert answer.message.startswith("没有文章谈到“") and any(missing in item for item in answer.missing)
    assert all(not hit.carries_evidence for hit in answer.passages)


def test_a_fact_asked_of_a_named_article_is_answered_from_it(news_policy):
    answer = news_policy.ask("柑橘滞销那篇报道里，一共滞销了多少斤？")
    assert answer.outcome == "answered" and answer.passages[0].doc == CITRUS
    assert "一百万斤" in answer.passages[0].sentence


def test_every_article_asked_still_gets_the_list_of_documents(news_policy):
    answer = news_policy.ask("收录了哪些文章？")
    assert answer.outcome == "overview" and answer.message.startswith("共收录 5 篇文章")


def test_the_one_article_is_listed_for_its_topic(article_policy):
    answer = article_policy.ask("有没有关于人才政策的文章？")
    assert answer.outcome == "overview" and answer.message.startswith("有 1 篇文章谈到“人才政策”：")
    assert "人才" in answer.passages[0].sentence


def test_a_listing_opens_each_article_passage_in_the_chat(news_policy):
    html = answer_html(news_policy.ask("有哪些关于诈骗的报道？"))
    assert html.count('class="qa-passage') == 2 and "qa-more" not in html
    assert html.count("<mark>") == 2 and "有 2 篇文章谈到“诈骗”：" in html
