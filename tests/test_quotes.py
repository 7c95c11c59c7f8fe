"""Quotations: text a message copies from the articles, or from elsewhere, and asks about (on the real article
where the reply is the point)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.retrieval.policy import quotes

GOLD = Path(__file__).parent / "gold"
HEADLINE = "聚力向高而攀 勇毅向新而行 上虞区曹娥街道以“青春之城”聚青春之力奏响时代强音"


@pytest.mark.parametrize(("message", "quoted"), [
    ("“一楼一总部”和「一楼一特色」分别指什么", ["一楼一总部", "一楼一特色"]),  # marks of any kind
    ("What does “共同富裕” mean?", ["共同富裕"]),
    ("曹娥街道将在明年建成三座青年公寓 出处？", ["曹娥街道将在明年建成三座青年公寓"]),  # pasted, then where from
    ("“上虞区今年将新建两座青年图书馆。”这是哪篇报道说的？", ["上虞区今年将新建两座青年图书馆。"]),  # marks around it
    ("这句话是什么意思：锚定首位立街，跑出青春速度", ["锚定首位立街，跑出青春速度"]),  # pasted after
    ("文中“有几家上市公司”这句怎么理解", []),  # a span asking something is no quotation
    ("曹娥街道的上市公司有哪些，是哪篇报道写的？", []),  # the question's own words
    ("上市公司 出处", []),  # too short to be a pasted sentence
])
def test_what_a_message_quotes(message, quoted):
    assert quotes.quotations(message) == quoted


SENTENCE = "曹娥街道启动实施培育年轻干部“青苗成长”计划,建立健全青年人才干部选拔机制。"
CORPUS = quotes.plain(SENTENCE)


@pytest.mark.parametrize(("quote", "nearest", "expected"), [
    ("青苗成长", [], True),  # word for word
    ("青苗 成长計劃", [], True),  # spaces and Traditional characters do not matter
    ("青苗成才", ["启动实施培育年轻干部“青苗成长”计划"], True),  # a character changed near the question
    ("青苗成才", [], False),  # but not from a passage far from it
    ("启动实施培养年轻干部青苗成长计划，建立青年人才干部选拔机制", [SENTENCE], True),  # most of a retyped sentence
    ("腾笼换鸟", ["曹娥街道启动实施培育年轻干部“青苗成长”计划"], False),
    ("曹娥街道启动青年人才公寓建设，新增住房两千套", [SENTENCE], False),  # the topic's words, not the sentence
])
def test_whether_the_articles_write_a_quotation(quote, nearest, expected):
    assert quotes.written(quote, CORPUS, nearest) is expected


def test_a_quotation_the_articles_lack_is_named_instead_of_its_parts():
    missing, lacking = quotes.with_unwritten("“曹娥街道将在明年建成三座青年公寓，提供两千套住房”出自哪篇？", CORPUS, [],
                                             ["青年公寓", "上虞区曹娥街道", "曹娥街道的住房"])  # in it, running into it
    assert lacking and missing == ["“曹娥街道将在明年建成三座青年公寓…”", "曹娥街道的住房"]


@pytest.mark.parametrize(("message", "named"), [
    ("《聚力向高而攀 勇毅向新而行》 原文", True),
    ("上虞区曹娥街道以“青春之城”聚青春之力奏响时代强音", False),  # pasted alone: no quotation, a search
    ("上虞区曹娥街道以“青春之城”聚青春之力奏响时代强音 是哪篇", True),
    ("《聚力向高而攀 勇毅向新而行》里的卧龙集团投资了多少", False),  # something asked in it
    ("“青春之城”出处？", False),  # a word of the headline, not the headline
])
def test_a_headline_quoted_names_its_document(message, named):
    assert quotes.headline_quoted(message, [HEADLINE]) is named


@pytest.mark.parametrize("message", [
    "What does “精准扶贫” mean in the article?",
    "文中的「鄉村振興」具體是指什麼？",
    "“乡村振兴”在曹娥街道是怎么推进的",
])
def test_a_term_quoted_that_the_article_never_writes_is_not_covered(article_policy, message):
    reply = article_policy.ask(message)
    assert not reply.answerable and reply.outcome == "not_covered", (reply.outcome, reply.missing)
    assert reply.missing[0] in ("“精准扶贫”", "“乡村振兴”"), reply.missing
    assert ("鄉村振興" if "鄉" in message else reply.missing[0].strip("“”")) in reply.message, reply.message


def test_a_quotation_is_asked_whole_not_cut_at_its_comma(article_policy):
    reply = article_policy.ask('Who said "要让企业少跑腿，让数据多跑路" in the article?')
    assert not reply.answerable and reply.missing == ["“要让企业少跑腿，让数据多跑路”"], reply.missing
    assert "“要让企业少跑腿，让数据多跑路”" in reply.message, reply.message


def test_of_two_terms_quoted_the_one_the_article_writes_is_answered(article_policy):
    reply = article_policy.ask("“一楼一总部”和“精准扶贫”分别是什么意思")
    assert reply.outcome == "partial" and reply.missing == ["“精准扶贫”"], (reply.outcome, reply.missing)
    assert "一楼一总部" in reply.passages[0].text


def test_a_sentence_pasted_that_the_article_never_prints_is_not_covered(article_policy):
    reply = article_policy.ask("“曹娥街道将在明年建成三座青年公寓,为青年人才提供两千套住房。”这是哪篇报道说的？")
    assert not reply.answerable and reply.missing == ["“曹娥街道将在明年建成三座青年公寓…”"], reply.missing
    assert reply.message.startswith("文章里没有所引的这段文字：“曹娥街道将在明年建成三座青年公寓…”"), reply.message


def test_a_sentence_pasted_from_the_article_finds_where_it_stands(article_policy):
    reply = article_policy.ask("曹娥街道以超常规力度和举措推动各项工作取得新进展,经济运行企稳向好 出处？")
    assert reply.outcome == "answered", (reply.outcome, reply.missing)
    assert "超常规力度" in reply.passages[0].sentence


def test_a_misquoted_figure_is_a_claim_the_article_corrects_not_a_quotation_it_lacks(article_policy):
    reply = article_policy.ask("文中说“曹娥街道已拥有91家省级以上高新技术企业”，这些企业都在哪些行业？")
    assert not any(term.startswith("“") for term in reply.missing), reply.missing
    assert ("91家", "81家") in [tuple(pair) for pair in reply.differs], reply.differs


def test_the_headline_pasted_with_where_it_comes_from_gets_the_overview(article_policy):
    reply = article_policy.ask("上虞区曹娥街道以“青春之城”聚青春之力奏响时代强音 是哪篇？")
    assert reply.outcome == "overview" and reply.passages[0].kind in ("title", "byline"), reply.outcome


def test_the_blind_set_of_quotations_on_the_real_article(article_policy):
    """40 messages quoting or pasting text, by a helper who read only the article (``tests/gold/quotes.jsonl``):
    answered ones have the right passage first and nothing reported missing, near-topic ones (a fact not given, a
    figure misquoted) are not answered, name what is missing or say what the article gives instead, and
    quotations from elsewhere are not answered."""
    rows = [json.loads(line) for line in (GOLD / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    replies = {row["id"]: article_policy.ask(row["question"]) for row in rows}
    of_kind = {kind: [row for row in rows if row["kind"] == kind] for kind in ("quote", "near_topic", "out_of_scope")}
    answered = [row["id"] for row in of_kind["quote"] if replies[row["id"]].answerable
                and row["answer"] in replies[row["id"]].passages[0].text]
    assert len(answered) >= 18, answered  # of 21
    told = [row["id"] for row in of_kind["near_topic"] if not replies[row["id"]].answerable
            or replies[row["id"]].missing or replies[row["id"]].differs]
    assert len(told) >= 11, told  # of 13
    declined = [row["id"] for row in of_kind["out_of_scope"] if not replies[row["id"]].answerable]
    assert len(declined) >= 5, declined  # of 6
