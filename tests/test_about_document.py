"""Questions about a document itself: when and where it was published, who wrote it, what it is.

The answer is the document's record (its file's metadata or its dateline), not a passage, and a
document that does not say gets a reply that says so. Real model, real files made here: two web
pages with their metadata, a text file with a dateline, and the article, which states neither its
date nor its paper.
"""

from __future__ import annotations

import pytest
from conftest import ARTICLE, policy_beside_the_article

from qa.retrieval.policy.answer import AnswerPolicy

CITRUS, TURTLES, SCHOOL = "citrus.html", "turtles.html", "school.txt"


def _page(title: str, date: str, site: str, paragraphs: list[str]) -> str:
    return (f'<!doctype html><html><head><title>{title} - {site}</title>'
            f'<meta property="article:published_time" content="{date}"><meta property="og:site_name" content="{site}">'
            f'</head><body><nav><a href="/">首页</a></nav><article><h1>{title}</h1>'
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article><footer>版权所有</footer></body></html>")


@pytest.fixture(scope="module")
def documents_policy(tmp_path_factory, embedder) -> AnswerPolicy:
    return policy_beside_the_article(tmp_path_factory.mktemp("about"), {
        CITRUS: _page("一百万斤柑橘滞销 供销社热心“救援”解难题", "2019-01-25", "丽水日报", [
            "连日来，县供销社下属公司雇用的包装工人们在腊口镇瑶均村收购点，正抓紧时间打包最后一批柑橘。",
            "据了解，截至1月24日，原本滞销的一百万斤柑橘已经卖出九十万斤，剩下的十万斤预计春节前能全部售完。",
            "“这么多柑橘都卖出去了，终于能过个好年了。”果农俞金芬说。"]),
        TURTLES: _page("非法贩售海龟“下家”落网", "2018-11-20", "三亚日报", [
            "11月5日，本报报道了我区警方抓获两个非法贩卖野生海龟的犯罪团伙的新闻。",
            "经进一步审讯侦查，警方查获，这两个团伙多年来非法收购的野生海龟都出售给广东揭阳的林某某。",
            "11月中旬，民警在揭阳将林某某抓获，目前案件正在进一步审理中。"]),
        SCHOOL: "小学生开学翻车现场，太可爱了!哈哈…\n2019年2月18日 本报记者 王晓帆\n\n"
                "今天的上班路途格外拥堵，家长们的朋友圈里满是孩子开学的趣事。\n\n"
                "有的孩子背错了书包，有的穿反了校服，还有的把寒假作业忘在了家里。\n"}, embedder)


@pytest.mark.parametrize(("question", "doc", "facts"), [
    ("柑橘滞销那篇报道是哪天发的？", CITRUS, ["2019-01-25"]),
    ("海龟下家落网那篇新闻出自哪家报纸", TURTLES, ["三亚日报"]),
    ("小学生开学那篇是谁写的", SCHOOL, ["王晓帆", "2019-02-18"]),
    ("When was the story about the sea turtles published?", TURTLES, ["2018-11-20", "三亚日报"]),
    ("Who wrote the article about the first day of school?", SCHOOL, ["王晓帆"]),
])
def test_a_document_named_by_its_words_gets_its_publication(documents_policy, question, doc, facts):
    answer = documents_policy.ask(question)
    assert answer.outcome == "overview" and answer.answerable and answer.missing == []
    assert answer.passages[0].doc == doc
    assert all(fact in answer.message for fact in facts), answer.message


def test_this_article_is_the_one_picked_in_the_filter(documents_policy):
    """In the chat's "只查这篇文章" (``--doc``), 这篇 is that document, for its summary too."""
    picked = frozenset({TURTLES})
    answer = documents_policy.ask("這篇文章是什麼時候發表的？", docs=picked)
    assert answer.outcome == "overview" and "2018-11-20" in answer.message and "三亚日报" in answer.message
    summary = documents_policy.ask("这篇文章讲了什么？", docs=picked)
    assert summary.outcome == "overview" and summary.passages[0].doc == TURTLES
    assert "非法贩售海龟" in summary.message and "共收录" not in summary.message


@pytest.mark.parametrize(("question", "missing"), [
    ("这篇文章是什么时候发表的？", "发表日期"), ("这篇稿子出自哪家报纸", "出处"),
    ("When was this article published?", "publication date"),
])
def test_a_document_that_does_not_say_gets_a_reply_that_says_so(documents_policy, question, missing):
    answer = documents_policy.ask(question, docs=frozenset({ARTICLE.name}))
    assert answer.outcome == "overview" and not answer.answerable and answer.missing == [missing]
    assert answer.message.splitlines()[0] in ("这篇文章没有注明发表日期。", "这篇文章没有注明出处。",
                                              "The article does not state its publication date.")
    assert answer.passages[0].doc == ARTICLE.name


@pytest.mark.parametrize("question", [
    "这篇报道是哪天发的？",
    # no word of it reaches the articles' words (柑橘 is "citrus" to the dictionary): no article is guessed
    "When was the story about the unsold oranges published?",
])
def test_without_a_document_named_the_list_says_when_and_where_each_was_published(documents_policy, question):
    answer = documents_policy.ask(question)
    assert answer.outcome == "overview" and answer.message.startswith(("共收录 4 篇文章", "4 articles are held"))
    assert "《一百万斤柑橘滞销 供销社热心“救援”解难题》（2019-01-25 · 丽水日报）" in answer.message
    assert "《小学生开学翻车现场，太可爱了!哈哈…》（2019-02-18）" in answer.message


@pytest.mark.parametrize(("question", "said"), [
    ("海龟下家林某某是什么时候被抓获的？", "11月中旬"),  # no word for a document: the event's date
    ("这篇文章里说滞销的柑橘截至哪天卖出了九十万斤？", "截至1月24日"),  # 文章里: what the text says
])
def test_a_date_in_the_text_is_searched_not_the_publication(documents_policy, question, said):
    answer = documents_policy.ask(question)
    assert answer.outcome != "overview"
    assert said in answer.passages[0].sentence
