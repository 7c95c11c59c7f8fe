"""The Milvus store: one collection per build, published by alias swap (``pip install .[cluster]``).

Each build's passages go into a collection of their own with the dense vector,
the passage's BM25 weights as a sparse vector (computed here, by the project's
own tokenizer, so Milvus Lite, a standalone server and a cluster score words
alike), and the payload (document, section, kind, title). The index folder's
alias (``qa_<hash of the folder>``) is moved to the new collection only once it is loaded, and the
build's manifest names its collection, so a reader always searches the
collection that matches the passages it loaded; a build killed midway leaves
the previous collection serving. Only this module imports pymilvus.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from pathlib import Path

import numpy as np
from tqdm import tqdm

from qa.store import ann
from qa.store.layout import IndexedPassage
from qa.store.lexical import LexicalIndex, LexicalMatch
from qa.store.uri import MILVUS, StoreError, StoreURI

logger = logging.getLogger(__name__)
INSERT_BATCH = 1000
TEXT_FIELD_MAX = 512  # document names, sections and titles longer than this are cut in the payload
HNSW_PARAMS = {"M": ann.HNSW_M, "efConstruction": ann.HNSW_EF_CONSTRUCTION}
_clients: dict[str, object] = {}  # one client per URI and process (Milvus Lite lets one process open a file)
_clients_lock = threading.Lock()


def _pymilvus():
    try:
        import pymilvus
    except ImportError as exc:
        raise StoreError("the Milvus store needs the cluster extra: pip install '.[cluster]'") from exc
    return pymilvus


def client_for(uri: StoreURI):
    """The process's client for this Milvus, with a sentence saying what is wrong when it cannot connect."""
    pymilvus = _pymilvus()
    with _clients_lock:
        if uri.target not in _clients:
            if uri.is_lite:
                Path(uri.target).parent.mkdir(parents=True, exist_ok=True)
            try:
                _clients[uri.target] = pymilvus.MilvusClient(uri.target, timeout=10)
            except Exception as exc:  # noqa: BLE001 - every failure here means "cannot use this store"
                where = (f"Milvus Lite file {uri.target} (one process at a time may open it: is the chat app "
                         "or another build using it?)" if uri.is_lite else f"Milvus at {uri.target}")
                raise StoreError(f"cannot open {where}: {exc}") from exc
        return _clients[uri.target]


def release(uri: StoreURI) -> None:
    """Close this process's client; for Milvus Lite also stop its embedded server, freeing the file."""
    with _clients_lock:
        client = _clients.pop(uri.target, None)
    if client is None:
        return
    client.close()
    if uri.is_lite:
        from milvus_lite.server_manager import server_manager_instance

        server_manager_instance.release_server(uri.target)


def alias_for(index_dir: Path) -> str:
    """The alias of one index folder's published collection (several folders may share a server)."""
    digest = hashlib.sha1(str(Path(index_dir).resolve()).encode()).hexdigest()[:10]
    return f"qa_{digest}"


def collection_for(index_dir: Path, build_name: str) -> str:
    return f"{alias_for(index_dir)}_{''.join(ch if ch.isalnum() else '_' for ch in build_name)}"


def _schema(pymilvus, dim: int):
    schema = pymilvus.MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("row", pymilvus.DataType.INT64, is_primary=True)
    schema.add_field("vector", pymilvus.DataType.FLOAT_VECTOR, dim=dim)
    schema.add_field("sparse", pymilvus.DataType.SPARSE_FLOAT_VECTOR)
    for name in ("doc", "section", "kind", "title"):
        schema.add_field(name, pymilvus.DataType.VARCHAR, max_length=TEXT_FIELD_MAX * 4)
    return schema


def _dense_index(passages: int) -> tuple[str, dict]:
    """The same choice as the FAISS store's (``qa/store/ann.py``): exact while small, HNSW above."""
    return ("FLAT", {}) if ann.index_kind_for(passages) == "flat" else ("HNSW", HNSW_PARAMS)


def _index_params(client, passages: int):
    params = client.prepare_index_params()
    kind, settings = _dense_index(passages)
    params.add_index("vector", index_type=kind, metric_type="IP", params=settings)
    params.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="IP")
    return params


def _row(row: int, passage: IndexedPassage, vector: np.ndarray, sparse: dict[int, float]) -> dict:
    return {"row": row, "vector": vector.tolist(), "sparse": sparse, "doc": passage.doc[:TEXT_FIELD_MAX],
            "section": (passage.section or "")[:TEXT_FIELD_MAX], "kind": passage.kind,
            "title": (passage.title or "")[:TEXT_FIELD_MAX]}


def publish_build(uri: StoreURI, index_dir: Path, build_name: str, passages: list[IndexedPassage],
                  vectors: np.ndarray, sparse_rows: list[dict[int, float]]) -> dict:
    """Write one build's collection, load it, and move the alias to it; returns the manifest's store entry."""
    pymilvus = _pymilvus()
    client = client_for(uri)
    name, alias = collection_for(index_dir, build_name), alias_for(index_dir)
    logger.info(f"Milvus: writing {len(passages)} passages to collection {name} ...")
    client.create_collection(name, schema=_schema(pymilvus, vectors.shape[1]),
                             index_params=_index_params(client, len(passages)))
    with tqdm(total=len(passages), desc="Milvus insert", unit="passage", disable=len(passages) < INSERT_BATCH) as bar:
        for start in range(0, len(passages), INSERT_BATCH):
            rows = [_row(row, passages[row], vectors[row], sparse_rows[row])
                    for row in range(start, min(start + INSERT_BATCH, len(passages)))]
            client.insert(name, rows)
            bar.update(len(rows))
    client.flush(name)
    client.load_collection(name)
    if alias in client.list_aliases().get("aliases", []):
        client.alter_alias(name, alias)
    else:
        client.create_alias(name, alias)
    logger.info(f"Milvus: collection {name} published as {alias} at {uri}.")
    kind, settings = _dense_index(len(passages))
    return {"kind": MILVUS, "uri": str(uri), "collection": name, "alias": alias,
            "index": f"{kind}({','.join(f'{k}={v}' for k, v in settings.items())})"}


def prune(uri: StoreURI, index_dir: Path, keep: set[str]) -> None:
    """Drop this index folder's collections that no kept build names (old or from killed builds)."""
    client = client_for(uri)
    prefix = alias_for(index_dir) + "_"
    for name in client.list_collections():
        if name.startswith(prefix) and name not in keep:
            client.drop_collection(name)
            logger.info(f"Milvus: dropped collection {name}.")


def published(uri: StoreURI, index_dir: Path) -> str | None:
    """The collection the index folder's alias points at, if any."""
    client = client_for(uri)
    alias = alias_for(index_dir)
    if alias not in client.list_aliases().get("aliases", []):
        return None
    return client.describe_alias(alias)["collection_name"]


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class MilvusSearch:
    """Candidate passages from a Milvus collection: the best ``limit`` by dense vector and by
    BM25 weights, with the document filter and the title rule inside the search."""

    def __init__(self, uri: StoreURI, collection: str, lexical: LexicalIndex) -> None:
        self.client = client_for(uri)
        self.collection = collection
        self.lexical = lexical
        if not self.client.has_collection(collection):
            raise StoreError(f"the Milvus collection {collection} of this index is missing from {uri}; "
                             "rebuild with `qa build`")
        self.client.load_collection(collection)  # a reopened collection starts released
        # Lite serves from this very process and does not document thread safety: one search at a time.
        self._lock = threading.Lock() if uri.is_lite else None

    def _search(self, field: str, query, limit: int, expression: str) -> list[int]:
        with self._lock or contextlib.nullcontext():
            found = self.client.search(self.collection, data=[query], anns_field=field, limit=limit,
                                       filter=expression, output_fields=["row"],
                                       search_params={"metric_type": "IP", "params": {"ef": ann.HNSW_EF_SEARCH}})
        return [int(hit["row"]) for hit in found[0]]

    def candidates(self, query_vector: np.ndarray, lexical: LexicalMatch, limit: int,
                   docs: frozenset[str] | None, titles: bool) -> np.ndarray:
        conditions = [] if titles else ['kind != "title"']
        if docs:
            conditions.append(f"doc in [{', '.join(map(_quoted, sorted(docs)))}]")
        expression = " and ".join(conditions)
        rows = self._search("vector", query_vector.astype(np.float32).tolist(), limit, expression)
        sparse_query = self.lexical.sparse_query(lexical.weights)
        if sparse_query:
            rows += self._search("sparse", sparse_query, limit, expression)
        return np.unique(np.array(rows, dtype=np.int64))

    def nearest(self, query_vector: np.ndarray, k: int) -> np.ndarray:
        return np.array(self._search("vector", query_vector.astype(np.float32).tolist(), k, ""), dtype=np.int64)
