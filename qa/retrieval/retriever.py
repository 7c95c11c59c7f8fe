"""Answering a question from one index: candidates, fused scores, the answering sentence, refusal."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np

from qa.ingest.quotes import with_speakers
from qa.ingest.sentences import with_antecedent
from qa.model.embedder import Embedder
from qa.retrieval import fusion, null, refusal
from qa.retrieval.config import RetrievalConfig
from qa.retrieval.contract import Answer, Hit
from qa.retrieval.question import clean_question
from qa.retrieval.senses import SenseChooser
from qa.store.layout import IndexedPassage, LoadedIndex
from qa.store.lexical import LEXICAL_DIR, LexicalIndex, sentence_overlap
from qa.store.search import open_search
from qa.store.texts import embedding_texts


@dataclass
class Scored:
    """One question's scores over its candidate passages."""

    candidates: np.ndarray  # passage rows
    scores: np.ndarray  # one per candidate
    document_lift: np.ndarray  # one per candidate: what it adds to its document's rank (see fusion.document_lift)
    query_vector: np.ndarray
    # The question's corpus words (its own, and those its English words stand for), IDF-weighted
    query_words: dict[str, float]
    names_something: bool  # the question contains a word (or pinyin name) found in the corpus
    coverage: float  # share of the question's words the corpus knows (see LexicalMatch.coverage)
    timings: dict[str, float]


class Retriever:
    """Searches one loaded index with one embedding model."""

    def __init__(self, index: LoadedIndex, embedder: Embedder, config: RetrievalConfig | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.config = config or RetrievalConfig.for_model(embedder.name)
        # The build saves the BM25 index; tokenising every passage here is only the fallback.
        self.lexical = (LexicalIndex.load(index.folder / LEXICAL_DIR, len(index.passages))
                        or LexicalIndex(embedding_texts(index.passages)[0]))
        self.lexical.choose_senses = SenseChooser(embedder)
        self.search = open_search(index, self.lexical)  # in process, or the Milvus collection of this build
        self._same_text = [" ".join(p.text.split()) for p in index.passages]  # identical passages are one hit
        self._docs = np.array([p.doc for p in index.passages], dtype=object)
        # How high the shipped unrelated questions score on this build (see qa/retrieval/null.py):
        # measured once per build and kept in its folder.
        scoring = {k: v for k, v in asdict(self.config).items() if not k.startswith("answer_threshold")}
        self.null_levels = null.load_or_measure(index.folder, json.dumps([embedder.name, scoring], sort_keys=True),
                                                self._best_evidence)

    @property
    def passages(self) -> list[IndexedPassage]:
        return self.index.passages

    def _sentence_scores(self, query_vector: np.ndarray, passage_id: int) -> np.ndarray:
        if not len(self.index.sentence_vectors):  # large corpora embed passages only (qa/store/build.py)
            return self.index.passage_vectors[passage_id:passage_id + 1] @ query_vector
        passage = self.passages[passage_id]
        rows = self.index.sentence_vectors[passage.first_sentence:
                                           passage.first_sentence + len(passage.sentences)]
        return rows @ query_vector

    def _query_vector(self, question: str, context: str | None) -> np.ndarray:
        if not context:
            return self.embedder.encode_queries([question])[0]
        own, earlier = self.embedder.encode_queries([question, context])
        vector = own + self.config.context_weight * earlier
        return vector / np.linalg.norm(vector)

    def score(self, question: str, mode: str = "fused", context: str | None = None,
              docs: frozenset[str] | None = None, titles: bool = False,
              query_vector: np.ndarray | None = None) -> Scored:
        """Scores of the candidate passages under one of ``fusion.MODES``.

        ``context`` is an earlier question this one continues: it is searched along
        with the question (at ``context_weight`` in the dense vector), while the
        answering sentence is still picked by the question's own words. ``docs`` limits the
        search to those documents; title passages are ranked only with ``titles`` (a question
        about a title), as they otherwise outrank the paragraphs they head. ``query_vector`` is the
        question's, when encoded already.
        """
        started = time.perf_counter()
        if query_vector is None:
            query_vector = self._query_vector(question, context)
        encode_ms = (time.perf_counter() - started) * 1000
        own_words = self.lexical.match(question)
        lexical = self.lexical.match(f"{context} {question}") if context else own_words
        candidates = self.search.candidates(query_vector, lexical, self.config.candidates, docs, titles)
        passage_cos = self.index.passage_vectors[candidates] @ query_vector
        sentence_cos = np.array([self._sentence_scores(query_vector, c).max() for c in candidates])
        dense = fusion.dense_scores(passage_cos, sentence_cos, self.config)
        bm25 = fusion.normalised_bm25(lexical.scores)[candidates]
        scores = fusion.fuse(dense, bm25, lexical.coverage, self.config, mode)
        lift = (fusion.document_lift(bm25, lexical.coverage, question, self.config) if mode == "fused"
                else np.zeros_like(scores))
        names_something = any(not token.isdigit() for token in lexical.matched)
        timings = {"encode_ms": encode_ms, "total_ms": (time.perf_counter() - started) * 1000}
        return Scored(candidates, scores, lift, query_vector,
                      self.lexical.word_weights(own_words.tokens, own_words.translated), names_something,
                      lexical.coverage, timings)

    def _best_evidence(self, questions: list[str]) -> list[float]:
        """Each question's evidence (see ``refusal.evidence``), the questions encoded together."""
        return [self._evidence(self.score(question, query_vector=vector))
                for question, vector in zip(questions, self.embedder.encode_queries(questions))]

    def _evidence(self, scored: Scored) -> float:
        """What the refusal threshold is compared with: the best score with its bonuses."""
        return refusal.evidence(float(scored.scores.max()) if len(scored.scores) else None,
                                scored.names_something, scored.coverage, self.config)

    def threshold_for(self, question: str) -> float:
        """The refusal threshold for this question on this corpus (see ``refusal.threshold_for``)."""
        return refusal.threshold_for(question, self.config, self.null_levels.chinese)

    def other_language_threshold(self) -> float:
        """The refusal threshold on this corpus for a question in neither Chinese nor English."""
        return refusal.other_language_threshold(self.config, self.null_levels.other)

    def best_sentence(self, scored: Scored, passage_id: int, marks: Callable[[str], int] | None = None) -> int:
        """The sentence that best answers: dense similarity plus shared (rare) query words, among the
        sentences ``marks`` rates highest where it rates any above 0 (those giving the kind of answer asked,
        a list of the things asked above them); a sentence shares the words of what it points back to and
        of who says it where another names them."""
        passage = self.passages[passage_id]
        dense = self._sentence_scores(scored.query_vector, passage_id)
        texts = [passage.sentence_text(i) for i in range(len(passage.sentences))]
        spoken = with_speakers(texts, self.lexical.tokenizer.tagged_words)  # 倪博文：“我的电话……”
        about = [with_antecedent(texts[i - 1] if i else "", text) for i, text in enumerate(spoken)]
        score = dense + self.config.lexical_weight * np.array([sentence_overlap(scored.query_words, t) for t in about])
        rated = np.array([marks(text) for text in texts]) if marks and len(texts) > 1 else None
        if rated is not None and rated.max() > 0:
            score = np.where(rated == rated.max(), score, -np.inf)
        return int(np.argmax(score))

    def _distinct(self, candidates: np.ndarray, ranking: np.ndarray, top_k: int) -> list[tuple[int, list[str]]]:
        """The ``top_k`` best-ranked candidates with different texts, each with every document holding its text."""
        chosen: dict[str, tuple[int, list[str]]] = {}
        for position in np.argsort(-ranking, kind="stable"):
            text = self._same_text[int(candidates[position])]
            if text in chosen:
                chosen[text][1].append(self._docs[int(candidates[position])])
            elif len(chosen) < top_k:
                chosen[text] = (int(position), [self._docs[int(candidates[position])]])
        return list(chosen.values())

    def ask(self, question: str, top_k: int = 5, mode: str = "fused", context: str | None = None,
            docs: frozenset[str] | None = None, titles: bool = False,
            marks: Callable[[str], int] | None = None) -> Answer:
        """Search the index; raises ``QuestionError`` for unusable questions. ``marks``, where given,
        rates how well each sentence gives the kind of answer asked (see ``best_sentence``)."""
        if mode not in fusion.MODES:
            raise ValueError(f"mode must be one of {fusion.MODES}")
        question = clean_question(question)
        top_k = max(1, int(top_k))
        scored = self.score(question, mode, context, docs, titles)
        candidates, scores = scored.candidates, scored.scores
        ranking = (fusion.document_ranked(scores, self._docs[candidates], self.config.document_weight,
                                          scored.document_lift) if mode == "fused" else scores)
        distinct = self._distinct(candidates, ranking, top_k)
        order = [position for position, _ in distinct]
        threshold = self.threshold_for(question)
        fitted = refusal.threshold_for(question, self.config)  # confidence words keep the fitted scale
        best = float(scores[order[0]]) if order else 0.0
        hits = []
        for rank, position in enumerate(order, start=1):
            passage_id = int(candidates[position])
            passage = self.passages[passage_id]
            sentence = self.best_sentence(scored, passage_id, marks)
            score = float(scores[position])
            own = refusal.evidence(score, scored.names_something, scored.coverage, self.config)
            hits.append(Hit(passage.id, rank, round(score, 4), passage.doc,
                            passage.section, passage.kind, passage.text,
                            passage.sentence_text(sentence), tuple(passage.sentences[sentence]), passage.title,
                            refusal.confidence(own, fitted, best - score) if mode != "lexical" else "low",
                            distinct[rank - 1][1]))
        evidence = self._evidence(scored)
        answerable = mode != "lexical" and bool(hits) and evidence >= threshold
        return Answer(question, answerable, hits, {k: round(v, 2) for k, v in scored.timings.items()},
                      evidence, "answered" if answerable else "not_covered", searched_with=context)
