"""Shared fixtures: the real model and a real index of the real article, built once per run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa.build import build_index
from qa.embedding import load_embedder
from qa.policy.assistant import Assistant
from qa.search import Retriever
from qa.service import load_checked
from qa.settings import PROJECT_ROOT, Paths

ARTICLE = PROJECT_ROOT / "corpus" / "caoe-subdistrict-youth-city-2023.txt"


def quiet(*_args, **_kwargs) -> None:
    """A log function that drops progress messages."""


@pytest.fixture(scope="session")
def embedder():
    return load_embedder(log=quiet)


@pytest.fixture(scope="session")
def article_paths(tmp_path_factory) -> Paths:
    """A private copy of the real corpus with its own index folder."""
    root = tmp_path_factory.mktemp("article")
    shutil.copytree(PROJECT_ROOT / "corpus", root / "corpus")
    return Paths(root / "corpus", root / "index")


@pytest.fixture(scope="session")
def article_retriever(article_paths, embedder) -> Retriever:
    build_index(article_paths, embedder, log=quiet)
    return Retriever(load_checked(article_paths, embedder), embedder)


@pytest.fixture(scope="session")
def article_assistant(article_retriever) -> Assistant:
    return Assistant(article_retriever)


@pytest.fixture()
def small_corpus(tmp_path) -> Paths:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("第一段讲鸿雁社区的人才公寓。\n\n第二段讲晶盛机电的产业园。\n", encoding="utf-8")
    (corpus / "b.md").write_text("# 标题\n\nThe market opens at night.\n", encoding="utf-8")
    return Paths(corpus, tmp_path / "index")


def article_text() -> str:
    return Path(ARTICLE).read_text(encoding="utf-8")
