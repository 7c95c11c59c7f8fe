"""Which FAISS index to build for a corpus of a given size.

Exact search (``IndexFlatIP``) scans every vector per question, linear in the
corpus; above ``FLAT_MAX_PASSAGES`` an HNSW graph answers in a millisecond or
two. HNSW rather than IVF: no training step (an incremental rebuild never needs
a re-trained quantiser) and no recall cliff when a cluster is under-probed.
The parameters come from sweeps recorded in the README ("Scaling").
"""

from __future__ import annotations

import faiss
import numpy as np

FLAT_MAX_PASSAGES = 10_000
HNSW_M = 32  # links per node; the graph adds ~260 B a passage to the 1.5 KB vector
HNSW_EF_CONSTRUCTION = 200
HNSW_EF_SEARCH = 512  # FAISS searches with max(efSearch, k); the retriever asks for k = 200


def index_kind_for(passages: int) -> str:
    """"flat" (exact) while a scan is cheap, "hnsw" above ``FLAT_MAX_PASSAGES`` passages."""
    return "flat" if passages <= FLAT_MAX_PASSAGES else "hnsw"


def make_index(vectors: np.ndarray, kind: str | None = None) -> faiss.Index:
    """An inner-product index over unit vectors (cosine), of the kind chosen for their number."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    kind = kind or index_kind_for(len(vectors))
    if kind == "flat":
        index = faiss.IndexFlatIP(vectors.shape[1])
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        raise ValueError(f"unknown index kind {kind!r}")
    index.add(vectors)
    return index


def describe(index: faiss.Index) -> str:
    """Short name for the manifest, e.g. ``IndexFlatIP`` or ``IndexHNSWFlat(M=32,efSearch=128)``."""
    name = type(index).__name__
    if isinstance(index, faiss.IndexHNSW):
        return f"{name}(M={HNSW_M},efConstruction={index.hnsw.efConstruction},efSearch={index.hnsw.efSearch})"
    return name


def recall_at_k(index: faiss.Index, vectors: np.ndarray, queries: np.ndarray, k: int = 10) -> float:
    """Share of the exact top-k (by inner product) that ``index`` also returns in its top-k."""
    exact = faiss.IndexFlatIP(vectors.shape[1])
    exact.add(np.ascontiguousarray(vectors, dtype=np.float32))
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    _, truth = exact.search(queries, k)
    _, found = index.search(queries, k)
    return float(np.mean([len(set(t) & set(f)) / k for t, f in zip(truth, found)]))


def clustered_vectors(count: int, dim: int = 384, clusters: int = 200, intrinsic: int = 24,
                      seed: int = 0) -> np.ndarray:
    """Unit vectors in clusters on a low-dimensional manifold, the shape real text embeddings have.

    Uniform high-dimensional noise would make every neighbour equally far (no
    index, exact or not, is meaningful there); sentence embeddings instead vary
    along a few dozen directions, which is what graph indexes exploit.
    """
    rng = np.random.default_rng(seed)
    basis = np.linalg.qr(rng.standard_normal((dim, intrinsic)))[0].T.astype(np.float32)
    centres = rng.standard_normal((clusters, intrinsic)).astype(np.float32)
    local = centres[rng.integers(0, clusters, count)] + 0.5 * rng.standard_normal((count, intrinsic))
    points = local.astype(np.float32) @ basis + 0.02 * rng.standard_normal((count, dim)).astype(np.float32)
    return (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)
