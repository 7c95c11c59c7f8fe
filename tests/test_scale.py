"""Scaling: index choice by size, ANN recall, incremental builds, persisted BM25, synthetic corpora.

These run on small inputs and the stand-in embedder, so they are quick; the
timings themselves are measured by ``qa bench scale``.
"""

from __future__ import annotations

import faiss
import numpy as np
import pytest
from conftest import PROJECT_ROOT

from qa.bench import synthetic
from qa.model.standin import HashingEmbedder
from qa.retrieval.retriever import Retriever
from qa.settings import Paths
from qa.store import ann, build
from qa.store.build import build_index
from qa.store.layout import load_index
from qa.store.lexical import LEXICAL_DIR, LexicalIndex
from qa.store.texts import embedding_texts

SOURCE = PROJECT_ROOT / "corpus"


@pytest.fixture()
def synthetic_paths(tmp_path) -> Paths:
    synthetic.write_corpus(tmp_path / "corpus", 60, SOURCE)
    return Paths(tmp_path / "corpus", tmp_path / "index")


def test_index_kind_follows_corpus_size(monkeypatch):
    assert ann.index_kind_for(1_000) == "flat"
    assert ann.index_kind_for(ann.FLAT_MAX_PASSAGES) == "flat"
    assert ann.index_kind_for(ann.FLAT_MAX_PASSAGES + 1) == "hnsw"
    vectors = ann.clustered_vectors(300, dim=32, clusters=5, intrinsic=8)
    monkeypatch.setattr(ann, "FLAT_MAX_PASSAGES", 200)
    assert isinstance(ann.make_index(vectors[:150]), faiss.IndexFlatIP)
    hnsw = ann.make_index(vectors)
    assert isinstance(hnsw, faiss.IndexHNSWFlat) and hnsw.ntotal == 300
    assert hnsw.hnsw.efSearch == ann.HNSW_EF_SEARCH
    assert "HNSW" in ann.describe(hnsw)


def test_build_records_the_chosen_index_kind(synthetic_paths, monkeypatch):
    monkeypatch.setattr(ann, "FLAT_MAX_PASSAGES", 30)
    manifest = build_index(synthetic_paths, HashingEmbedder())
    assert manifest["passages"] == 60 and manifest["index_kind"].startswith("IndexHNSWFlat")
    assert isinstance(load_index(synthetic_paths.index_dir).faiss_index, faiss.IndexHNSWFlat)


def test_hnsw_recall_at_10_against_exact_search():
    vectors = ann.clustered_vectors(20_200, seed=3)
    queries, vectors = vectors[:200], vectors[200:]
    index = ann.make_index(vectors, kind="hnsw")
    assert ann.recall_at_k(index, vectors, queries, k=10) >= 0.98
    # The data is not trivially easy: a starved graph search misses neighbours.
    index.hnsw.efSearch = 10
    weak = faiss.IndexHNSWFlat(vectors.shape[1], 4, faiss.METRIC_INNER_PRODUCT)
    weak.hnsw.efConstruction, weak.hnsw.efSearch = 8, 10
    weak.add(vectors)
    assert ann.recall_at_k(weak, vectors, queries, k=10) < 0.98


def test_incremental_rebuild_embeds_only_changed_passages(synthetic_paths):
    embedder = HashingEmbedder()
    build_index(synthetic_paths, embedder)
    first = len(embedder.embedded)
    assert first >= 60  # every passage (and its sentences) once
    embedder.embedded.clear()
    build_index(synthetic_paths, embedder)
    assert embedder.embedded == []  # nothing changed, nothing embedded

    document = sorted(synthetic_paths.corpus_dir.glob("synthetic-*.txt"))[0]
    text = document.read_text(encoding="utf-8")
    paragraph = text.split("\n\n")[-2]  # the last body paragraph
    edited = paragraph.rstrip("。") + "。新增一句关于夜市的说明。"
    document.write_text(text.replace(paragraph, edited), encoding="utf-8")
    manifest = build_index(synthetic_paths, embedder)
    # the edited passage plus its new sentence (its other sentences are unchanged)
    assert len(embedder.embedded) == 2, embedder.embedded
    assert any(t.endswith(edited) for t in embedder.embedded)
    assert manifest["passages"] == 60


def test_large_corpora_skip_sentence_vectors_and_search_still_works(synthetic_paths, monkeypatch):
    monkeypatch.setattr(build, "SENTENCE_VECTORS_MAX_PASSAGES", 10)
    embedder = HashingEmbedder()
    manifest = build_index(synthetic_paths, embedder)
    assert manifest["sentence_vectors"] == 0 and len(set(embedder.embedded)) <= 60
    answer = Retriever(load_index(synthetic_paths.index_dir), embedder).ask("人才公寓有多大？", top_k=3)
    assert len(answer.passages) == 3 and all(hit.sentence for hit in answer.passages)


def test_lexical_index_is_saved_at_build_and_loaded_without_tokenising(synthetic_paths, monkeypatch):
    embedder = HashingEmbedder()
    build_index(synthetic_paths, embedder)
    index = load_index(synthetic_paths.index_dir)
    folder = index.folder / LEXICAL_DIR
    assert (folder / "meta.json").is_file()
    texts, _ = embedding_texts(index.passages)
    fresh, loaded = LexicalIndex(texts), LexicalIndex.load(folder, len(texts))
    assert loaded is not None
    for question in ("人才公寓有多大？", "项目总投资多少亿元", "no chinese words"):
        fresh_match, loaded_match = fresh.match(question), loaded.match(question)
        np.testing.assert_allclose(fresh_match.scores, loaded_match.scores, rtol=1e-5)
        assert fresh_match.coverage == pytest.approx(loaded_match.coverage)
    assert LexicalIndex.load(folder, len(texts) + 1) is None  # a mismatched index is not used

    def no_tokenising(*_args, **_kwargs):
        raise AssertionError("the retriever re-tokenised the corpus at load")

    monkeypatch.setattr(LexicalIndex, "__init__", no_tokenising)
    retriever = Retriever(index, embedder)
    assert retriever.ask("人才公寓有多大？").passages


def test_synthetic_corpus_is_deterministic_marked_and_kept_out_of_corpus(tmp_path):
    sentences = synthetic.source_sentences(SOURCE)
    first, again = synthetic.generate(500, sentences), synthetic.generate(500, sentences)
    assert first == again and sum(d.passages for d in first) == 500
    assert synthetic.generate(500, sentences, seed=1) != first
    assert all(d.text.startswith(synthetic.SYNTHETIC_MARK) and d.name.startswith("synthetic-") for d in first)
    larger = synthetic.generate(2000, sentences)
    assert larger[:len(first) - 1] == first[:-1]  # a smaller corpus is a prefix of a larger one
    texts = " ".join(d.text for d in first)
    assert "曹娥" not in texts and "卧龙" not in texts  # real names are replaced

    synthetic.write_corpus(tmp_path / "syn", 100, SOURCE)
    assert (tmp_path / "syn" / synthetic.MARKER_FILE).is_file()
    written = sorted(p.read_bytes() for p in (tmp_path / "syn").glob("*.txt"))
    synthetic.write_corpus(tmp_path / "syn2", 100, SOURCE)
    assert written == sorted(p.read_bytes() for p in (tmp_path / "syn2").glob("*.txt"))
    with pytest.raises(ValueError):
        synthetic.write_corpus(SOURCE, 10, SOURCE)
    with pytest.raises(ValueError):
        synthetic.write_corpus(SOURCE / "sub", 10, SOURCE)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("一篇真的报道。\n", encoding="utf-8")
    with pytest.raises(ValueError):
        synthetic.write_corpus(tmp_path / "news", 10, SOURCE)  # a folder with documents of its own


def test_rebuild_tokenises_only_changed_passages(synthetic_paths, monkeypatch):
    from qa.ingest.words import Tokenizer

    build_index(synthetic_paths, HashingEmbedder())
    tokenised: list[str] = []
    original = Tokenizer.passage_tokens

    def counting(self, text):
        tokenised.append(text)
        return original(self, text)

    monkeypatch.setattr(Tokenizer, "passage_tokens", counting)
    document = sorted(synthetic_paths.corpus_dir.glob("synthetic-*.txt"))[0]
    text = document.read_text(encoding="utf-8")
    paragraph = text.split("\n\n")[-2]
    document.write_text(text.replace(paragraph, paragraph + "补充一句。"), encoding="utf-8")
    build_index(synthetic_paths, HashingEmbedder())
    assert len(tokenised) == 1 and tokenised[0].endswith("补充一句。")


def test_percentile_is_nearest_rank():
    from qa.bench.stats import percentile

    values = [float(v) for v in range(100, 0, -1)]
    assert percentile(values, 0.5) == 50.0 and percentile(values, 0.95) == 95.0
    assert percentile(values, 1.0) == 100.0 and percentile(values, 0.0) == 1.0
    assert percentile([7.0], 0.99) == 7.0
    assert percentile([], 0.5) != percentile([], 0.5)  # NaN: no figure from no data
