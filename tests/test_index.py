"""Index build, load, staleness, corruption and atomic publishing (with the stand-in standin)."""

from __future__ import annotations

import json

import pytest

from qa.service import open_index
from qa.store import layout
from qa.store.build import build_index, load_checked
from qa.store.layout import IndexProblem
from qa.store.versions import LEXICAL_VERSION


def test_build_writes_a_complete_manifest(small_corpus, standin):
    manifest = build_index(small_corpus, standin)
    folder, stored = layout.read_manifest(small_corpus.index_dir)
    for key in ("model", "model_fingerprint", "dim", "corpus_hash", "chunker_version",
                "passages", "built_at", "files"):
        assert key in stored
    assert stored["passages"] == manifest["passages"] == 4
    assert stored["dim"] == standin.dim and stored["model_fingerprint"] == standin.fingerprint
    assert len(load_checked(small_corpus, standin).passages) == 4


def test_missing_index_is_reported(small_corpus, standin, log):
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, standin)
    assert problem.value.reason == "missing"
    open_index(small_corpus, standin)
    assert any(m.startswith("Building the index: no index") for m in log.messages)
    assert not any("Rebuilding" in m for m in log.messages)


def test_corpus_change_makes_the_index_stale_and_open_rebuilds(small_corpus, standin, log):
    build_index(small_corpus, standin)
    (small_corpus.corpus_dir / "c.txt").write_text("新增的一篇报道。\n", encoding="utf-8")
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, standin)
    assert problem.value.reason == "stale" and "changed" in str(problem.value)
    index = open_index(small_corpus, standin)
    assert any("Rebuilding the index" in m for m in log.messages)
    assert any("新增的一篇报道" in p.text for p in index.passages)


def test_model_change_makes_the_index_stale(small_corpus, standin):
    build_index(small_corpus, standin)
    folder, manifest = layout.read_manifest(small_corpus.index_dir)
    manifest["model_fingerprint"] = "some-other-model"
    (folder / layout.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, standin)
    assert problem.value.reason == "stale" and "model" in str(problem.value)


@pytest.mark.parametrize("damaged", [layout.FAISS_FILE, layout.PASSAGES_FILE,
                                     layout.PASSAGE_VECTORS])
def test_truncated_files_are_detected_as_corrupt(small_corpus, standin, damaged):
    build_index(small_corpus, standin)
    path = layout.current_build(small_corpus.index_dir) / damaged
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, standin)
    assert problem.value.reason == "corrupt" and damaged in str(problem.value)


def test_unreadable_manifest_is_corrupt(small_corpus, standin):
    build_index(small_corpus, standin)
    (layout.current_build(small_corpus.index_dir) / layout.MANIFEST).write_text("{not json")
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, standin)
    assert problem.value.reason == "corrupt"


def test_a_build_that_crashes_leaves_the_previous_index(small_corpus, standin, monkeypatch):
    build_index(small_corpus, standin)
    before = layout.current_build(small_corpus.index_dir)
    (small_corpus.corpus_dir / "c.txt").write_text("这篇不会进入索引。\n", encoding="utf-8")

    def crash(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(layout, "publish", crash)
    with pytest.raises(RuntimeError):
        build_index(small_corpus, standin)
    assert layout.current_build(small_corpus.index_dir) == before
    loaded = layout.load_index(small_corpus.index_dir)
    assert not any("不会进入索引" in p.text for p in loaded.passages)


def test_rebuild_reuses_cached_embeddings(small_corpus, standin, log):
    build_index(small_corpus, standin)
    (small_corpus.corpus_dir / "c.txt").write_text("只有这一段是新的。\n", encoding="utf-8")
    standin.embedded.clear()
    build_index(small_corpus, standin)
    assert any("already embedded" in m for m in log.messages)
    assert standin.embedded and all("只有这一段是新的" in text for text in standin.embedded)


@pytest.mark.parametrize(("key", "value"), [("lexical_version", "0"), ("chunker_version", "0"),
                                            ("embedding_text_version", "0"), ("passage_prompt", "other")])
def test_an_index_built_by_other_code_or_prompt_is_stale(small_corpus, standin, key, value):
    build_index(small_corpus, standin)
    folder, manifest = layout.read_manifest(small_corpus.index_dir)
    assert manifest["lexical_version"] == LEXICAL_VERSION
    (folder / layout.MANIFEST).write_text(json.dumps(manifest | {key: value}))
    with pytest.raises(IndexProblem) as problem:
        load_checked(small_corpus, standin)
    assert problem.value.reason == "stale" and value in str(problem.value)
