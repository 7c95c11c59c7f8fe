"""Index build, load, staleness, corruption and atomic publishing."""

from __future__ import annotations

import json

import pytest
from conftest import quiet

from qa import index_store
from qa.build import build_index
from qa.index_store import IndexProblem
from qa.service import load_checked, open_index


def test_build_writes_a_complete_manifest(small_corpus, embedder):
    manifest = build_index(small_corpus, embedder, log=quiet)
    folder, stored = index_store.read_manifest(small_corpus.index_dir)
    for key in ("model", "model_fingerprint", "dim", "corpus_hash", "chunker_version",
                "passages", "built_at", "files"):
        assert key in stored
    assert stored["passages"] == manifest["passages"] == 4
    assert stored["dim"] == 384 and stored["model_fingerprint"] == embedder.fingerprint
    assert len(load_checked(small_corpus, embedder).passages) == 4


def test_missing_index_is_reported(small_corpus, embedder):
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, embedder)
    assert problem.value.reason == "missing"
    messages = []
    open_index(small_corpus, embedder, log=messages.append)
    assert any(m.startswith("Building the index: no index") for m in messages)
    assert not any("Rebuilding" in m for m in messages)


def test_corpus_change_makes_the_index_stale_and_open_rebuilds(small_corpus, embedder):
    build_index(small_corpus, embedder, log=quiet)
    (small_corpus.corpus_dir / "c.txt").write_text("新增的一篇报道。\n", encoding="utf-8")
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, embedder)
    assert problem.value.reason == "stale" and "changed" in str(problem.value)
    messages = []
    index = open_index(small_corpus, embedder, log=messages.append)
    assert any("Rebuilding the index" in m for m in messages)
    assert any("新增的一篇报道" in p.text for p in index.passages)


def test_model_change_makes_the_index_stale(small_corpus, embedder):
    build_index(small_corpus, embedder, log=quiet)
    folder, manifest = index_store.read_manifest(small_corpus.index_dir)
    manifest["model_fingerprint"] = "some-other-model"
    (folder / index_store.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, embedder)
    assert problem.value.reason == "stale" and "model" in str(problem.value)


@pytest.mark.parametrize("damaged", [index_store.FAISS_FILE, index_store.PASSAGES_FILE,
                                     index_store.PASSAGE_VECTORS])
def test_truncated_files_are_detected_as_corrupt(small_corpus, embedder, damaged):
    build_index(small_corpus, embedder, log=quiet)
    path = index_store.current_build(small_corpus.index_dir) / damaged
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, embedder)
    assert problem.value.reason == "corrupt" and damaged in str(problem.value)


def test_unreadable_manifest_is_corrupt(small_corpus, embedder):
    build_index(small_corpus, embedder, log=quiet)
    (index_store.current_build(small_corpus.index_dir) / index_store.MANIFEST).write_text("{not json")
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, embedder)
    assert problem.value.reason == "corrupt"


def test_a_build_that_crashes_leaves_the_previous_index(small_corpus, embedder, monkeypatch):
    build_index(small_corpus, embedder, log=quiet)
    before = index_store.current_build(small_corpus.index_dir)
    (small_corpus.corpus_dir / "c.txt").write_text("这篇不会进入索引。\n", encoding="utf-8")

    def crash(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(index_store, "publish", crash)
    with pytest.raises(RuntimeError):
        build_index(small_corpus, embedder, log=quiet)
    assert index_store.current_build(small_corpus.index_dir) == before
    loaded = index_store.load_index(small_corpus.index_dir)
    assert not any("不会进入索引" in p.text for p in loaded.passages)


def test_rebuild_reuses_cached_embeddings(small_corpus, embedder):
    build_index(small_corpus, embedder, log=quiet)
    (small_corpus.corpus_dir / "c.txt").write_text("只有这一段是新的。\n", encoding="utf-8")
    messages = []
    build_index(small_corpus, embedder, log=messages.append)
    assert any("already embedded" in m for m in messages)
