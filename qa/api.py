"""The library's front door: an assistant over one corpus folder and one index folder.

    import qa

    assistant = qa.Assistant(corpus="corpus", index="index")
    assistant.build()
    answer = assistant.ask("鸿雁社区的人才公寓能引进多少人才？")
    print(answer.outcome, answer.passages[0].sentence)
"""

from __future__ import annotations

from pathlib import Path

from qa.eval import evaluate
from qa.ingest.corpus import CorpusError
from qa.model.embedder import Embedder
from qa.retrieval.config import RetrievalConfig
from qa.retrieval.contract import Answer
from qa.retrieval.policy.answer import AnswerPolicy
from qa.retrieval.retriever import Retriever
from qa.service import open_embedder, open_index
from qa.settings import Paths
from qa.store.build import build_index


class Assistant:
    """Answers questions from the documents in ``corpus``, keeping its index in ``index``.

    ``model`` names a sentence-transformers model (default: the offline
    multilingual-e5-small); ``embedder`` may instead be any object following
    ``qa.Embedder``. The model loads, and a missing or stale index is built,
    on first use; with ``rebuild=False`` an unusable index raises ``qa.IndexProblem``.
    ``store`` says where passages are searched (``QA_STORE``: faiss, or a Milvus URI).
    """

    def __init__(self, corpus: str | Path | None = None, index: str | Path | None = None,
                 model: str | None = None, *, embedder: Embedder | None = None, rebuild: bool = True,
                 store: str | None = None) -> None:
        self.paths = Paths.from_env(corpus, index, store)
        self.model = model
        self.rebuild = rebuild
        self._embedder = embedder
        self._config = RetrievalConfig.for_model(embedder.name, self.paths.index_dir) if embedder else None
        self._policy: AnswerPolicy | None = None

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder, self._config = open_embedder(self.paths, self.model)
        return self._embedder

    @property
    def policy(self) -> AnswerPolicy:
        """The answer policy over the current index (opened, or built, on first use)."""
        if self._policy is None:
            self._policy = self._open_policy()
        return self._policy

    def _open_policy(self) -> AnswerPolicy:
        index = open_index(self.paths, self.embedder, self.rebuild)
        return AnswerPolicy(Retriever(index, self.embedder, self._config))

    def build(self, workers: str | None = None, worker_count: int | None = None) -> dict:
        """Build and publish a new index of the corpus; returns its manifest. ``workers``
        (``ray`` or ``ray://host:10001``) embeds on Ray actors, ``worker_count`` of them."""
        manifest = build_index(self.paths, self.embedder, workers=workers, worker_count=worker_count)
        # Opening the new build measures its null level (qa/retrieval/null.py) before anyone asks.
        self._policy = self._open_policy()
        return manifest

    def ask(self, question: str, history: list[str] | tuple[str, ...] = (), top_k: int = 5,
            mode: str = "fused", docs: list[str] | None = None) -> Answer:
        """Reply to one input; ``history`` is the conversation's earlier questions as read (an answer's
        ``read_as`` where it has one, so a correction's question is the one later messages continue), oldest first;
        ``docs`` limits the search to those documents (names as ``documents()`` lists them).

        Raises ``qa.QuestionError`` for input that cannot be searched (empty, too long).
        """
        unknown = sorted(set(docs) - set(self.documents())) if docs else []
        if unknown:
            raise CorpusError(f"the index holds no document {unknown[0]} (see `qa docs`)")
        return self.policy.ask(question, history=history, top_k=top_k, mode=mode,
                               docs=frozenset(docs) if docs else None)

    def documents(self) -> dict[str, dict]:
        """The indexed documents: name → title, author, date, source and passage count."""
        return self.policy.retriever.index.manifest.get("document_info", {})

    def evaluate(self, gold: str | Path | None = None, split: str = "all", mode: str = "fused") -> dict:
        """Recall@k, MRR, refusal and reply figures on a gold question set (see the README)."""
        questions = evaluate.load_gold(evaluate.gold_path(gold), split)
        return evaluate.metrics(evaluate.run(self.policy, questions, mode))
