"""Load test: many simulated users asking the running chat app at once, over HTTP.

    .venv/bin/python scripts/load_test.py [--url http://127.0.0.1:7860/] [--users 20]
        [--questions 500] [--time-limit 600] [--request-timeout 120] [--json]

Each user is its own Gradio client (its own session) and asks one question at a
time, as a person would; together they ask ``--questions`` questions taken in
turn from the gold set. Reported: answered, failed (an error, a timeout, a
queue-full refusal, a malformed answer), not run (the time limit came first),
inconsistent (the same question got different top passages under load),
throughput and p50/p95/p99 latency. Exit status 0 only when every question was
answered consistently. Only loopback URLs are accepted: this is a test of our
own machine, never of someone else's server.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

# No telemetry from the client: gradio_client phones home unless this is set.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from gradio_client import Client  # noqa: E402 - after the telemetry switches above

from qa.bench.stats import percentile  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "gold.jsonl"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
MAX_USERS = 200
MAX_QUESTIONS = 20_000
FALLBACK_QUESTIONS = ["曹娥街道今年一季度外资到位了多少？", "卧龙智慧新能源产业园总投资多少？",
                      "鸿雁社区的人才公寓有多大？", "Who wrote this article?", "今天北京天气怎么样？"]


@dataclass
class Outcome:
    """One question's fate: answered or not, how fast, and what came back on top."""

    question: str
    answered: bool
    latency_ms: float
    top_id: str | None = None
    answerable: bool | None = None
    top_text: str = ""
    message: str = ""  # the assistant's reply as HTML, or the error
    user: int = 0


@dataclass
class Report:
    users: int
    planned: int
    outcomes: list[Outcome] = field(default_factory=list)
    wall_seconds: float = 0.0
    unconnected: int = 0  # users who could not even connect

    @property
    def answered(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.answered]

    def inconsistent(self) -> list[str]:
        """Questions whose answers differ between users: load must not change answers."""
        seen: dict[str, set] = defaultdict(set)
        for outcome in self.answered:
            seen[outcome.question].add((outcome.top_id, outcome.answerable))
        return sorted(q for q, answers in seen.items() if len(answers) > 1)

    def summary(self) -> dict:
        latencies = sorted(o.latency_ms for o in self.answered)
        failed = [o for o in self.outcomes if not o.answered]
        return {
            "users": self.users,
            "planned": self.planned,
            "answered": len(self.answered),
            "failed": len(failed),
            "not_run": self.planned - len(self.outcomes),
            "unconnected_users": self.unconnected,
            "inconsistent": len(self.inconsistent()),
            "wall_seconds": round(self.wall_seconds, 2),
            "throughput_qps": round(len(self.answered) / self.wall_seconds, 2) if self.wall_seconds else 0.0,
            "latency_ms": {name: round(percentile(latencies, q), 1)
                           for name, q in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99), ("max", 1.0))},
            "first_failures": [f"{o.question[:40]!r}: {o.message[:200]}" for o in failed[:5]],
        }


def check_loopback(url: str) -> str:
    host = urlparse(url).hostname
    if host not in LOOPBACK_HOSTS:
        raise SystemExit(f"refusing to load-test {url}: only loopback addresses ({', '.join(LOOPBACK_HOSTS)})")
    return url


def gold_questions(path: Path = GOLD) -> list[str]:
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [row["question"] for row in rows] or FALLBACK_QUESTIONS
    except (OSError, ValueError, KeyError):
        return FALLBACK_QUESTIONS


def message_text(content) -> str:
    """A chat message's text, whether Gradio gives a string or a list of parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


def _strip_tags(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def read_reply(question: str, result, latency_ms: float, user: int = 0) -> Outcome:
    """Turn the app's ``(textbox, history)`` reply into an Outcome."""
    try:
        _, history = result
        reply = message_text(history[-1]["content"])
    except (TypeError, ValueError, KeyError, IndexError):
        return Outcome(question, False, latency_ms, message=f"malformed reply {str(result)[:200]}", user=user)
    top_id = re.search(r'data-id="([^"]*)"', reply)
    top_text = re.search(r'<p class="qa-text">(.*?)</p>', reply, re.S)
    answered = 'class="qa-result' in reply
    return Outcome(question, answered, latency_ms,
                   top_id=html.unescape(top_id.group(1)) if top_id else None,
                   answerable='class="qa-answer"' in reply,
                   top_text=_strip_tags(top_text.group(1)) if top_text else "",
                   message=reply, user=user)


def ask(client: Client, question: str, timeout: float, user: int = 0) -> Outcome:
    """Ask one question through the app's ``/ask`` endpoint, bounded by ``timeout``."""
    started = time.perf_counter()
    job = client.submit(question, [], api_name="/ask")
    try:
        result = job.result(timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - any failure (timeout, queue full, server error) counts
        job.cancel()
        return Outcome(question, False, (time.perf_counter() - started) * 1000,
                       message=f"{type(exc).__name__}: {exc}", user=user)
    return read_reply(question, result, (time.perf_counter() - started) * 1000, user)


def connect(url: str, auth: tuple[str, str] | None = None) -> Client:
    return Client(check_loopback(url), verbose=False, auth=auth, download_files=False)


def run(url: str, questions: list[str], users: int, total: int, time_limit: float,
        request_timeout: float, auth: tuple[str, str] | None = None) -> Report:
    """Let ``users`` clients ask ``total`` questions between them, each one at a time."""
    check_loopback(url)
    users, total = max(1, min(users, MAX_USERS)), max(0, min(total, MAX_QUESTIONS))
    report = Report(users, total)
    lock = threading.Lock()
    next_question = iter(range(total))
    clients: list[Client | None] = [None] * users
    start = threading.Barrier(users + 1)
    deadline = [float("inf")]

    def user(number: int) -> None:
        try:
            clients[number] = connect(url, auth)
        except Exception as exc:  # noqa: BLE001 - a user who cannot connect is a failure too
            print(f"user {number} could not connect: {exc}", file=sys.stderr)
            with lock:
                report.unconnected += 1
        start.wait()
        client = clients[number]
        while client is not None and time.monotonic() < deadline[0]:
            with lock:
                position = next(next_question, None)
            if position is None:
                return
            remaining = max(1.0, min(request_timeout, deadline[0] - time.monotonic()))
            outcome = ask(client, questions[position % len(questions)], remaining, number)
            with lock:
                report.outcomes.append(outcome)

    threads = [threading.Thread(target=user, args=(n,), daemon=True) for n in range(users)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.monotonic()
    deadline[0] = began + time_limit
    for thread in threads:
        thread.join(timeout=max(0.0, deadline[0] + request_timeout + 5 - time.monotonic()))
    report.wall_seconds = time.monotonic() - began
    for client in clients:
        if client is not None:
            client.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:7860/", help="the running app (loopback only)")
    parser.add_argument("--users", type=int, default=20, help=f"concurrent users (at most {MAX_USERS})")
    parser.add_argument("--questions", type=int, default=500, help="questions in total")
    parser.add_argument("--time-limit", type=float, default=600, help="seconds before no new question is asked")
    parser.add_argument("--request-timeout", type=float, default=120, help="seconds one answer may take")
    parser.add_argument("--auth", default=os.environ.get("QA_AUTH"), help="user:password if the app asks")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    auth = tuple(args.auth.split(":", 1)) if args.auth else None
    report = run(args.url, gold_questions(), args.users, args.questions, args.time_limit,
                 args.request_timeout, auth)
    figures = report.summary()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        lat = figures["latency_ms"]
        print(f"{figures['users']} users, {figures['planned']} questions in {figures['wall_seconds']} s: "
              f"{figures['answered']} answered, {figures['failed']} failed, {figures['not_run']} not run, "
              f"{figures['inconsistent']} inconsistent, {figures['unconnected_users']} users could not connect")
        print(f"throughput {figures['throughput_qps']} questions/s; latency p50 {lat['p50']} ms, "
              f"p95 {lat['p95']} ms, p99 {lat['p99']} ms, max {lat['max']} ms")
        for line in figures["first_failures"]:
            print(f"  failed: {line}")
    ok = figures["failed"] == figures["not_run"] == figures["inconsistent"] == figures["unconnected_users"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

