"""The chat's HTML: answer first, passages folded, plain words instead of scores, the reader view."""

from __future__ import annotations

import re
from html import escape

from qa.render import answer_html, article_html, article_link, echo_text, short_title
from qa.retrieval.contract import Answer, Hit

TITLE = "聚力向高而攀 勇毅向新而行 上虞区曹娥街道以“青春之城”聚青春之力奏响时代强音"


def hit(rank: int, confidence: str, text: str = "甲乙。<b>丙丁</b>。", span=(3, 13)) -> Hit:
    return Hit(f"doc.txt#{rank}", rank, 0.9123 - rank / 100, "doc.txt", "聚才汇智", "body", text,
               text[span[0]:span[1]], span, TITLE, confidence)


def test_an_answer_shows_its_sentence_first_and_folds_the_other_passages():
    html = answer_html(Answer("问？", True, [hit(1, "high"), hit(2, "low"), hit(3, "low")], outcome="answered",
                              message="文章中的答案："))
    assert html.index('class="qa-answer"') < html.index('class="qa-passage')
    assert "更多段落 · More passages (2)" in html
    assert html.count("<mark>") == 1  # only the passage that carries the answer is marked
    assert "《聚力向高而攀…》 · 聚才汇智" in html and "可信度高 · high confidence" in html
    assert "doc.txt" not in re.sub(r'(href|data-id)="[^"]*"', "", html)  # no file name shown
    assert "0.9" not in html  # no raw score
    assert "&lt;b&gt;丙丁&lt;/b&gt;" in html and "<b>丙丁</b>" not in html  # corpus markup is text


def test_every_passage_links_to_the_article_at_itself():
    html = answer_html(Answer("问？", True, [hit(1, "high"), hit(2, "medium")], outcome="answered"))
    assert html.count("在原文中查看 · Show in article") == 2
    assert 'href="?doc=doc.txt&amp;p=doc.txt%231"' in html
    assert article_link("a b.txt", "a b.txt#3") == "?doc=a+b.txt&p=a+b.txt%233"


def test_each_outcome_looks_different():
    kinds = {}
    for outcome in ("answered", "partial", "not_covered", "overview", "greeting", "unclear"):
        html = answer_html(Answer("问？", outcome in ("answered", "partial", "overview"),
                                  [] if outcome in ("greeting", "unclear") else [hit(1, "medium")],
                                  outcome=outcome, message=f"{outcome} 的话", missing=["租金"]))
        assert f"qa-{outcome}" in html
        assert (f"{outcome} 的话" in html) == (outcome != "answered")  # an answer is labelled, not explained
        kinds[outcome] = html
    assert "答案 · Answer" in kinds["answered"]
    assert "文章没有涉及这个问题 · Not covered" in kinds["not_covered"]
    assert "<mark>" not in answer_html(Answer("问？", False, [hit(1, "low")], outcome="not_covered"))


def test_english_readers_get_word_glosses_marked_as_such():
    answer = Answer("How many?", True, [hit(1, "high")], outcome="answered",
                    glosses=[("人才", "réncái", "talent"), ("余", "yú", "")])
    html = answer_html(answer)
    assert "not a translation" in html and "réncái" in html and "talent" in html
    assert "qa-gloss" not in answer_html(Answer("多少？", True, [hit(1, "high")], outcome="answered"))


def test_a_partial_answer_quotes_the_sentence_its_glosses_gloss():
    """On a phone the glosses fill the screen: the sentence they gloss comes first, not after them."""
    glossed = answer_html(Answer("How many?", True, [hit(1, "medium")], outcome="partial", message="未提及",
                                 glosses=[("人才", "réncái", "talent")]))
    quote = f'<blockquote class="qa-answer">{escape(hit(1, "medium").sentence)}</blockquote>'
    assert quote in glossed and glossed.index(quote) < glossed.index("qa-gloss")
    chinese = Answer("多少？", True, [hit(1, "medium")], outcome="partial", message="未提及")
    assert "qa-answer" not in answer_html(chinese)  # no glosses: its passage, marked, comes next


def test_short_titles():
    assert short_title(TITLE) == "聚力向高而攀…"
    assert short_title("短标题") == "短标题"
    assert short_title("一个没有空格而且非常非常非常长的标题文字") == "一个没有空格而且非常非常非常长的…"


def test_the_reader_view_lays_out_the_article_with_the_passage_marked(standin_retriever):
    passages = standin_retriever.passages
    doc = passages[0].doc
    chosen = next(p for p in passages if "4900余人" in p.text)
    html = article_html(passages, doc, chosen.id)
    assert html.count('id="qa-here"') == 1 and "<mark>" in html and "4900余人" in html
    assert html.count("<h1") == 1 and html.count("<h2>") == 3 and "<figure" in html and "孙金良" in html
    assert html.index("项目为王") < html.index("4900余人")  # in reading order
    dated = article_html(passages, doc, None, {"date": "2023-05-10", "source": "上虞日报", "author": None})
    assert '<p class="qa-dateline">2023-05-10 · 上虞日报</p>' in dated and 'id="qa-here"' not in dated
    # the byline already names the reporters: the author the build read from it is not said twice
    bylined = article_html(passages, doc, None, {"date": "2023-05-10", "author": "孙金良、戴沈蓉、冯洁娜"})
    assert '<p class="qa-dateline">2023-05-10</p>' in bylined
    missing = article_html(passages, "<script>.txt", None)
    assert "No such article" in missing and "<script>" not in missing


def test_echoed_questions_are_printable_and_bounded():
    assert echo_text("a\x00b\nc") == "ab c"
    assert echo_text("问" * 300).endswith("…") and len(echo_text("问" * 300)) == 201


def test_a_question_read_otherwise_says_how_it_was_read_above_the_answer():
    html = answer_html(Answer("曹娥街到<i>外资</i>", True, [hit(1, "high")], outcome="answered",
                              read_as="曹娥街道<i>外资</i>"))
    assert html.index("已按此理解 · Read as：曹娥街道&lt;i&gt;外资&lt;/i&gt;") < html.index('class="qa-answer"')
    assert "<i>" not in html
    assert "已按此理解" not in answer_html(Answer("问？", True, [hit(1, "high")], outcome="answered"))
