"""The cluster extra on this machine: the Milvus store on Milvus Lite, embedding on a local Ray runtime.

The same code reaches a Milvus server or a Ray cluster by URI; these run the
embedded editions, which CI installs with ``.[cluster]``.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from app_process import qa_env
from conftest import PROJECT_ROOT
from test_faults import Build, run_qa, warehouse_document

from qa.eval.evaluate import gold_path, load_gold, metrics, run
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.retriever import Retriever
from qa.settings import Paths
from qa.store import layout, milvus
from qa.store.build import build_index, load_checked, staleness
from qa.store.embedding_cache import EmbeddingCache
from qa.store.search import InProcessSearch
from qa.store.uri import StoreError, StoreURI
from qa.store.workers import parse_workers


@pytest.fixture()
def lite(tmp_path):
    """A Milvus Lite file of the test's own, released afterwards so another process may open it."""
    uri = StoreURI.parse(f"milvus://{tmp_path}/milvus/store.db")
    yield uri
    milvus.release(uri)


def with_store(paths: Paths, uri: StoreURI) -> Paths:
    return Paths(paths.corpus_dir, paths.index_dir, str(uri))


@pytest.mark.parametrize(("written", "kind", "target"), [
    ("faiss", "faiss", None), ("", "faiss", None),
    ("milvus:///data/qa/store.db", "milvus", "/data/qa/store.db"),
    ("milvus://index/store.db", "milvus", str(Path("index/store.db").resolve())),
    ("milvus://milvus.internal:19530", "milvus", "http://milvus.internal:19530"),
    ("milvus://milvus.internal", "milvus", "http://milvus.internal:19530"),
])
def test_store_uris(written, kind, target):
    uri = StoreURI.parse(written)
    assert (uri.kind, uri.target) == (kind, target)
    assert StoreURI.parse(str(uri)) == uri


@pytest.mark.parametrize("written", ["qdrant://localhost", "milvus://", "milvus://host/a/b"])
def test_a_bad_store_uri_is_one_clear_sentence(written):
    with pytest.raises(StoreError, match="is not a store: use faiss"):
        StoreURI.parse(written)


@pytest.mark.parametrize("question", ["卧龙智慧新能源产业园总投资多少？", "How much tax will the Wolong park pay?",
                                      "鸿雁社区 人才 人才", "completely unrelated words"])
def test_sparse_vectors_score_exactly_as_bm25(standin_retriever, question):
    """What Milvus computes (passage sparse rows · the question's sparse query) is the lexical channel's score."""
    lexical = standin_retriever.lexical
    match = lexical.match(question)
    query = lexical.sparse_query(match.weights)
    scores = [sum(row.get(word, 0.0) * weight for word, weight in query.items()) for row in lexical.sparse_rows()]
    np.testing.assert_allclose(scores, match.scores, atol=1e-5)


def test_without_the_extra_the_milvus_store_says_how_to_install_it(monkeypatch, lite):
    monkeypatch.setitem(sys.modules, "pymilvus", None)  # as if not installed
    with pytest.raises(StoreError, match=r"pip install '\.\[cluster\]'"):
        milvus.client_for(lite)


def test_without_the_extra_ray_workers_say_how_to_install_it(monkeypatch, small_corpus, standin):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(StoreError, match=r"Ray workers need the cluster extra: pip install '\.\[cluster\]'"):
        build_index(small_corpus, standin, workers="ray")


@pytest.mark.parametrize("written", ["ray:", "spark://host", "ray://"])
def test_a_bad_workers_address_is_one_sentence(written):
    with pytest.raises(StoreError, match="use ray"):
        parse_workers(written)


def test_an_unreachable_milvus_server_is_one_sentence(small_corpus, standin):
    build_index(small_corpus, standin)
    paths = Paths(small_corpus.corpus_dir, small_corpus.index_dir, "milvus://127.0.0.1:9")
    done = run_qa(paths, "build", "--store", "milvus://127.0.0.1:9")
    assert done.returncode == 1
    assert "Error: cannot open Milvus at http://127.0.0.1:9" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_default_install_imports_neither_pymilvus_nor_ray(small_corpus):
    script = ("import sys, qa, app\n"
              "from qa.model.standin import HashingEmbedder\n"
              f"a = qa.Assistant({str(small_corpus.corpus_dir)!r}, {str(small_corpus.index_dir)!r}, "
              "embedder=HashingEmbedder())\n"
              "a.build(); a.ask('人才公寓在哪里？')\n"
              "print(sorted(m for m in ('pymilvus', 'milvus_lite', 'ray') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT,
                          env=qa_env(small_corpus), timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_milvus_filters_documents_and_titles_inside_the_search(small_corpus, standin, lite):
    paths = with_store(small_corpus, lite)
    manifest = build_index(paths, standin)
    assert manifest["store"]["collection"] == milvus.published(lite, paths.index_dir)
    retriever = Retriever(load_checked(paths, standin), standin)
    assert isinstance(retriever.search, milvus.MilvusSearch)
    only_b = retriever.ask("market at night", docs=frozenset({"b.md"}))
    assert {hit.doc for hit in only_b.passages} == {"b.md"}
    assert all(hit.kind != "title" for hit in retriever.ask("标题").passages)


def test_a_store_change_makes_the_index_stale(small_corpus, standin, lite):
    build_index(small_corpus, standin)
    manifest = layout.load_index(small_corpus.index_dir).manifest
    assert staleness(manifest, small_corpus, standin) is None
    assert "built for store faiss" in staleness(manifest, with_store(small_corpus, lite), standin)


@pytest.mark.slow
def test_the_gold_set_ranks_the_same_on_milvus_as_on_faiss(article_index, article_policy, embedder, lite):
    """The fusion and the answer policy sit above the store: both stores give the same rankings."""
    paths = with_store(article_index, lite)
    build_index(paths, embedder)
    on_milvus = AnswerPolicy(Retriever(load_checked(paths, embedder), embedder))
    assert isinstance(on_milvus.retriever.search, milvus.MilvusSearch)
    assert isinstance(article_policy.retriever.search, InProcessSearch)
    questions = [q for q in load_gold(gold_path()) if q.in_scope]
    faiss_run, milvus_run = run(article_policy, questions), run(on_milvus, questions)
    assert [o.rank for o in milvus_run] == [o.rank for o in faiss_run]
    for k in ("recall@1", "recall@3", "recall@5"):
        assert metrics(milvus_run)[k] == metrics(faiss_run)[k]
    assert metrics(milvus_run)["recall@1"] > 0.8


@pytest.mark.slow
def test_a_kill_during_a_milvus_publish_leaves_the_previous_collection_serving(small_corpus, lite):
    env = {"QA_STORE": str(lite)}
    paths = with_store(small_corpus, lite)
    assert run_qa(paths, "build", **env).returncode == 0
    before = layout.load_index(paths.index_dir)
    old_collection = before.manifest["store"]["collection"]
    (paths.corpus_dir / "warehouses.md").write_text(warehouse_document(), encoding="utf-8")

    build = Build(paths, **env)
    build.wait_until(lambda: "Milvus: writing" in build.stderr, "the Milvus publish")
    build.kill()
    assert build.process.returncode == -signal.SIGKILL
    assert "published as" not in build.stderr

    current = layout.load_index(paths.index_dir)
    assert current.folder == before.folder
    assert milvus.published(lite, paths.index_dir) == old_collection
    assert milvus.client_for(lite).has_collection(old_collection)
    milvus.release(lite)

    assert run_qa(paths, "build", **env).returncode == 0  # the next build publishes and tidies up
    new_collection = layout.load_index(paths.index_dir).manifest["store"]["collection"]
    assert milvus.published(lite, paths.index_dir) == new_collection
    kept = {milvus.collection_for(paths.index_dir, b.name) for b in layout.finished_builds(paths.index_dir)}
    prefix = milvus.alias_for(paths.index_dir)
    assert {c for c in milvus.client_for(lite).list_collections() if c.startswith(prefix)} == kept


@pytest.mark.slow
def test_a_ray_build_fills_the_same_cache_as_a_plain_build(article_paths, embedder, tmp_path):
    """``qa build --workers ray`` as a user runs it, into a Milvus Lite store: Ray must start before
    Milvus Lite serves gRPC from the same process (else its start stalls), and more workers than cores."""
    plain = Paths(article_paths.corpus_dir, tmp_path / "plain")
    on_ray = Paths(article_paths.corpus_dir, tmp_path / "ray")
    build_index(plain, embedder)
    done = run_qa(on_ray, "build", "--workers", "ray", "--worker-count", "3",
                  "--store", f"milvus://{tmp_path}/milvus/store.db")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Embedding on 3 Ray workers" in done.stderr
    assert layout.load_index(on_ray.index_dir).manifest["passages"] == layout.load_index(plain.index_dir).manifest[
        "passages"]
    caches = [EmbeddingCache.for_embedder(p.index_dir, embedder).vectors for p in (plain, on_ray)]
    assert caches[0].keys() == caches[1].keys(), (len(caches[0]), len(caches[1]))
    largest = max(float(np.abs(caches[0][key] - caches[1][key]).max()) for key in caches[0])
    assert largest < 1e-5, f"vectors differ by up to {largest}"
