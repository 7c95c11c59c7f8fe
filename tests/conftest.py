"""Shared fixtures: the real model and a real index of the real article, built once per run,
and the same article indexed with the stand-in embedder for the fast tier.

Tests are marked by cost (``pytest -m "not model and not browser and not slow"`` is the
fast tier): a test that uses a fixture loading the real model is marked ``model`` here,
so no such test can slip into the fast tier; ``browser`` and ``slow`` are marked by hand.
"""

from __future__ import annotations

import io
import logging
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from qa import cli
from qa.model.embedder import load_embedder
from qa.model.standin import HashingEmbedder
from qa.retrieval.config import RetrievalConfig
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.retriever import Retriever
from qa.settings import Paths
from qa.store.build import build_index, load_checked

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ARTICLE = PROJECT_ROOT / "corpus" / "caoe-subdistrict-youth-city-2023.txt"
GOLD = PROJECT_ROOT / "tests" / "gold" / "gold.jsonl"
MODEL_FIXTURES = {"embedder", "article_retriever", "article_policy", "article_index"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def embedder():
    config = RetrievalConfig()
    return load_embedder(passage_prompt=config.passage_prompt)


def _copy_of_the_corpus(root: Path) -> Paths:
    shutil.copytree(PROJECT_ROOT / "corpus", root / "corpus")
    return Paths(root / "corpus", root / "index")


def policy_beside_the_article(root: Path, files: dict[str, str], embedder) -> AnswerPolicy:
    """An answer policy over the article and ``files`` (name → text) written beside it in ``root``'s corpus."""
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(ARTICLE, corpus)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    paths = Paths(corpus, root / "index")
    build_index(paths, embedder)
    return AnswerPolicy(Retriever(load_checked(paths, embedder), embedder))


@pytest.fixture(scope="session")
def article_paths(tmp_path_factory) -> Paths:
    """A private copy of the real corpus with its own index folder."""
    return _copy_of_the_corpus(tmp_path_factory.mktemp("article"))


@pytest.fixture(scope="session")
def article_index(article_paths, embedder) -> Paths:
    """The real article indexed with the real model (in ``article_paths``)."""
    build_index(article_paths, embedder)
    return article_paths


@pytest.fixture(scope="session")
def article_retriever(article_index, embedder) -> Retriever:
    return Retriever(load_checked(article_index, embedder), embedder)


@pytest.fixture(scope="session")
def article_policy(article_retriever) -> AnswerPolicy:
    return AnswerPolicy(article_retriever)


@pytest.fixture(scope="session")
def standin_retriever(tmp_path_factory) -> Retriever:
    """The real article indexed with the stand-in embedder: real chunks, BM25 and policy, no model."""
    paths = _copy_of_the_corpus(tmp_path_factory.mktemp("standin"))
    standin = HashingEmbedder()
    build_index(paths, standin)
    return Retriever(load_checked(paths, standin), standin)


@pytest.fixture(scope="session")
def standin_policy(standin_retriever) -> AnswerPolicy:
    return AnswerPolicy(standin_retriever)


@pytest.fixture()
def small_corpus(tmp_path) -> Paths:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("第一段讲鸿雁社区的人才公寓。\n\n第二段讲晶盛机电的产业园。\n", encoding="utf-8")
    (corpus / "b.md").write_text("# 标题\n\nThe market opens at night.\n", encoding="utf-8")
    return Paths(corpus, tmp_path / "index")


def article_text() -> str:
    return Path(ARTICLE).read_text(encoding="utf-8")


@pytest.fixture()
def standin() -> HashingEmbedder:
    """A fresh stand-in embedder (it records what it embeds)."""
    return HashingEmbedder()


@pytest.fixture()
def log(caplog) -> pytest.LogCaptureFixture:
    """What the library reports on logger "qa" during the test (``log.messages``)."""
    caplog.set_level(logging.INFO, logger="qa")
    return caplog


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture()
def run_cli(capsys, monkeypatch):
    """Run ``qa ARGS`` in this process on a corpus and index (stdin given as text), as a user would."""
    def run(paths: Paths, *args: str, stdin: str = "") -> CliResult:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main([*args, "--corpus", str(paths.corpus_dir), "--index", str(paths.index_dir)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)
    return run
